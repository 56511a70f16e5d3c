"""Statistics: pure functions, frames in, tidy frames or result objects out.

No files, no plots and no language here: caveats and readings are codes
(:class:`Note`, ``direction``, ``method``) that :mod:`fraud_research.report`
puts into words.

- counts and rates: :func:`poisson_interval` (exact Garwood intervals),
  :func:`rate_per_100k`, :func:`rates_for_places`;
- shares of one total: :func:`scheme_counts`, :func:`scheme_shares` (Goodman
  simultaneous and Wilson intervals);
- the average loss per case: :func:`average_loss`, :func:`average_loss_table`;
- change: :func:`rate_ratio`, :func:`change_table` (the one year-on-year implementation),
  :func:`year_on_year`, :func:`compare_counts`; between-year variation pooled
  across places: :func:`pooled_dispersion`;
- explicit adjustments: :func:`annualise`, :func:`deflate`;
- places compared: :func:`funnel_limits`, :func:`rank_places`,
  :func:`pairwise_rate_ratios`; scheme mixes: :func:`compare_scheme_mix`,
  :func:`scheme_mix_against_reference`, :func:`scheme_mix_all`;
- trends and projections: :func:`fit_trend` (:mod:`fraud_research.stats.trend`).

Examples
--------
>>> poisson_interval(843)[["ci_lower", "ci_upper"]].round(1).values.tolist()
[[787.0, 901.9]]
"""

from .adjust import annualise, deflate
from .change import (
    CHANGE_COLUMNS,
    change_interval,
    change_table,
    overdispersed_ratio,
    rate_ratio,
    year_on_year,
)
from .counts import PER, poisson_interval, rate_per_100k
from .dispersion import PooledDispersion, log_changes, pooled_dispersion
from .losses import average_loss, average_loss_table
from .notes import Note, wording_notes
from .part_year import (
    ANNUALISED_COLUMNS,
    PART_YEAR_CHANGE_COLUMNS,
    annualise_part_year,
    part_year_changes,
)
from .ranking import (
    FUNNEL_LEVELS,
    funnel_limits,
    funnel_overdispersion,
    pairwise_rate_ratios,
    rank_intervals,
    rank_places,
)
from .rates import (
    OTHER_PERIOD_COLUMNS,
    RATE_COLUMNS,
    RATE_FLAGS,
    RATE_METRICS,
    compare_counts,
    other_periods,
    rates_for_places,
)
from .scheme_mix import (
    REST_OF_COUNTRY,
    SchemeMixResult,
    align_scheme_counts,
    compare_scheme_mix,
    rest_of_country,
    scheme_mix_against_reference,
    scheme_mix_all,
)
from .shares import scheme_counts, scheme_shares
from .trend import TrendResult, fit_trend

__all__ = [
    "CHANGE_COLUMNS",
    "PooledDispersion",
    "change_interval",
    "change_table",
    "log_changes",
    "overdispersed_ratio",
    "pooled_dispersion",
    "FUNNEL_LEVELS",
    "Note",
    "PER",
    "RATE_COLUMNS",
    "ANNUALISED_COLUMNS",
    "PART_YEAR_CHANGE_COLUMNS",
    "annualise_part_year",
    "part_year_changes",
    "OTHER_PERIOD_COLUMNS",
    "other_periods",
    "RATE_FLAGS",
    "RATE_METRICS",
    "REST_OF_COUNTRY",
    "SchemeMixResult",
    "TrendResult",
    "align_scheme_counts",
    "annualise",
    "average_loss",
    "average_loss_table",
    "compare_counts",
    "compare_scheme_mix",
    "deflate",
    "fit_trend",
    "funnel_limits",
    "funnel_overdispersion",
    "rank_intervals",
    "pairwise_rate_ratios",
    "poisson_interval",
    "rank_places",
    "rate_per_100k",
    "rate_ratio",
    "rates_for_places",
    "rest_of_country",
    "scheme_counts",
    "scheme_mix_against_reference",
    "scheme_mix_all",
    "scheme_shares",
    "wording_notes",
    "year_on_year",
]
