"""Trends and projections for short annual series of counts or tenge.

:func:`fit_trend` adapts to the years available (one year: a level; two: a
ratio; three or more: a log-linear trend with a pooled between-year variance, a
projection with analytic prediction intervals and a verdict). Stages live in
:mod:`.prepare`, :mod:`.candidates`, :mod:`.project` and :mod:`.verdict`;
:mod:`.models` holds the candidate fits.

Examples
--------
>>> import pandas as pd
>>> fit_trend(pd.Series({2023: 567, 2024: 598, 2025: 843})).n_years
3
"""

from .candidates import AICC_MIN_YEARS, ETS_MIN_YEARS, MAE_MARGIN, ROLLING_MIN_YEARS
from .fit import MODELS, TrendResult, fit_trend
from .project import LogLinearFit, fit_loglinear
from .verdict import MIN_TREND_YEARS, USEFUL_RATIO, VERDICT_LEVEL, VERDICTS

__all__ = [
    "AICC_MIN_YEARS",
    "ETS_MIN_YEARS",
    "LogLinearFit",
    "MAE_MARGIN",
    "MIN_TREND_YEARS",
    "MODELS",
    "ROLLING_MIN_YEARS",
    "USEFUL_RATIO",
    "VERDICTS",
    "VERDICT_LEVEL",
    "TrendResult",
    "fit_loglinear",
    "fit_trend",
]
