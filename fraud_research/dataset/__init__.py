"""The curated dataset: read, check and select published figures.

Every figure in ``data/figures.csv`` is a number as it was published, with its
qualifier, period, place and source. This layer reads it (:func:`load_figures`,
checking every rule and naming file, line and column of each problem), holds
the registry of places and the scheme taxonomy, and selects what analyses use:
one figure per period with conflicts reported (:func:`select_panel`), the one
definition of a headline figure (:func:`headline_rows`), a place's scheme
breakdown from one source (:func:`scheme_breakdown`), the population for a rate
(:func:`population_for_year`) and comparable periods (:func:`check_like_with_like`).

Examples
--------
>>> figures = load_figures()
>>> select_panel(figures, place="turkestan")["value"].tolist()
[567, 598, 843]
"""

from .coverage import (
    COVERAGE_KINDS,
    coverage_counts,
    coverage_items,
    coverage_matrix,
    coverage_places,
)
from .crosswalk import CROSSWALK_COLUMNS, FRAMEWORKS, MATCHES, crosswalk_mapping, load_crosswalk
from .figures import data_version, load_figures, validate_figures
from .files import (
    TMP_PREFIX,
    atomic_path,
    atomic_write,
    display_path,
    read_csv_rows,
    refuse_read_only,
    tmp_path_for,
)
from .panel import (
    BREAKDOWN_COLUMNS,
    PANEL_COLUMNS,
    choose_figure,
    headline_rows,
    latest_year,
    places_with_data,
    require_year,
    scheme_breakdown,
    select_panel,
    years_with_data,
)
from .periods import (
    ADJUSTMENTS,
    PERIOD_FORMS,
    check_like_with_like,
    describe_period,
    parse_period,
    single_period,
)
from .population import POPULATION_BASES, population_for_period, population_for_year
from .qualifiers import (
    MIN_DIGITS,
    combine_ratio_qualifier,
    derived_digits,
    difference_qualifier,
    printed_digits,
    sum_qualifier,
    values_consistent,
)
from .registry import (
    cached_places,
    cached_schemes,
    check_place,
    load_places,
    load_scheme_wordings,
    load_schemes,
)
from .schema import (
    COUNT_PERIOD_KINDS,
    FIGURE_COLUMNS,
    LANGUAGES,
    METRICS,
    PERIOD_KINDS,
    PLACE_COLUMNS,
    QUALIFIERS,
    SCHEME_COLUMNS,
    SCOPES,
    UNITS,
    UNLISTED,
    today,
)

__all__ = [
    "ADJUSTMENTS",
    "COVERAGE_KINDS",
    "coverage_counts",
    "coverage_items",
    "coverage_matrix",
    "coverage_places",
    "TMP_PREFIX",
    "atomic_path",
    "atomic_write",
    "tmp_path_for",
    "POPULATION_BASES",
    "check_like_with_like",
    "describe_period",
    "population_for_year",
    "population_for_period",
    "parse_period",
    "PERIOD_FORMS",
    "single_period",
    "BREAKDOWN_COLUMNS",
    "COUNT_PERIOD_KINDS",
    "CROSSWALK_COLUMNS",
    "FIGURE_COLUMNS",
    "FRAMEWORKS",
    "LANGUAGES",
    "MATCHES",
    "METRICS",
    "PANEL_COLUMNS",
    "PERIOD_KINDS",
    "MIN_DIGITS",
    "PLACE_COLUMNS",
    "QUALIFIERS",
    "SCHEME_COLUMNS",
    "SCOPES",
    "UNITS",
    "UNLISTED",
    "cached_places",
    "cached_schemes",
    "check_place",
    "combine_ratio_qualifier",
    "crosswalk_mapping",
    "data_version",
    "derived_digits",
    "difference_qualifier",
    "display_path",
    "headline_rows",
    "choose_figure",
    "latest_year",
    "load_crosswalk",
    "load_figures",
    "load_places",
    "load_scheme_wordings",
    "load_schemes",
    "places_with_data",
    "printed_digits",
    "read_csv_rows",
    "refuse_read_only",
    "require_year",
    "scheme_breakdown",
    "select_panel",
    "sum_qualifier",
    "validate_figures",
    "values_consistent",
    "today",
    "years_with_data",
]
