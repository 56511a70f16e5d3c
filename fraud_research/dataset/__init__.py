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

import lazy_loader as _lazy

# Submodules load on first use of one of their names: the command line, batch workers and
# the page writer each need a few names, not pandas, statsmodels and matplotlib at once.
__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submod_attrs={
        "coverage": [
            "COVERAGE_KINDS",
            "coverage_counts",
            "coverage_items",
            "coverage_matrix",
            "coverage_places",
        ],
        "crosswalk": [
            "CROSSWALK_COLUMNS",
            "FRAMEWORKS",
            "MATCHES",
            "crosswalk_mapping",
            "load_crosswalk",
        ],
        "figures": ["data_version", "load_figures", "validate_figures"],
        "files": [
            "TMP_PREFIX",
            "atomic_path",
            "atomic_write",
            "display_path",
            "read_csv_rows",
            "refuse_read_only",
            "tmp_path_for",
        ],
        "panel": [
            "BREAKDOWN_COLUMNS",
            "PANEL_COLUMNS",
            "choose_figure",
            "headline_rows",
            "latest_year",
            "places_with_data",
            "require_year",
            "scheme_breakdown",
            "select_panel",
            "years_with_data",
        ],
        "periods": [
            "ADJUSTMENTS",
            "PERIOD_FORMS",
            "check_like_with_like",
            "describe_period",
            "parse_period",
            "single_period",
        ],
        "population": ["POPULATION_BASES", "population_for_period", "population_for_year"],
        "qualifiers": [
            "MIN_DIGITS",
            "combine_ratio_qualifier",
            "derived_digits",
            "difference_qualifier",
            "printed_digits",
            "sum_qualifier",
            "values_consistent",
        ],
        "registry": [
            "cached_places",
            "cached_schemes",
            "cached_towns",
            "check_place",
            "load_places",
            "load_scheme_wordings",
            "load_schemes",
            "load_towns",
        ],
        "schema": [
            "COUNT_PERIOD_KINDS",
            "FIGURE_COLUMNS",
            "LANGUAGES",
            "METRICS",
            "PERIOD_KINDS",
            "PLACE_COLUMNS",
            "QUALIFIERS",
            "SCHEME_COLUMNS",
            "SCOPES",
            "UNITS",
            "UNLISTED",
            "today",
        ],
    },
)
