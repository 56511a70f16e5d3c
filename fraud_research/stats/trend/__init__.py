"""Trends and projections for short annual series of counts or tenge.

:func:`fit_trend` adapts to the years available (one year: a level; two: a
ratio; three or more: count models, a projection with prediction intervals and a
verdict read from the intervals); :mod:`.models` holds the model fits.

Examples
--------
>>> import pandas as pd
>>> fit_trend(pd.Series({2023: 567, 2024: 598, 2025: 843})).n_years
3
"""

from .fit import (
    ETS_MIN_YEARS,
    MAE_MARGIN,
    ROLLING_MIN_YEARS,
    USEFUL_RATIO,
    VERDICT_LEVEL,
    VERDICTS,
    TrendResult,
    fit_trend,
)

__all__ = [
    "ETS_MIN_YEARS",
    "MAE_MARGIN",
    "ROLLING_MIN_YEARS",
    "USEFUL_RATIO",
    "VERDICTS",
    "VERDICT_LEVEL",
    "TrendResult",
    "fit_trend",
]
