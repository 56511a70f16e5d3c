"""Stage 5 of :func:`~fraud_research.stats.fit_trend`: the growth factor and the verdict.

The growth factor is the chosen model's slope with a :data:`VERDICT_LEVEL`
interval (*t* on the model's degrees of freedom); the growth table names the
model and the level. Verdicts:

* fewer than :data:`MIN_TREND_YEARS` years: ``"too early to say"`` about a
  lasting trend, always (reason ``short_series``): three or four years cannot
  separate a trend from year-to-year variation. What they can say -- whether
  the last year differs from the one before -- is the overdispersion-aware
  year-on-year change (:func:`~fraud_research.stats.change_table`).
* otherwise ``"rising"`` / ``"falling"`` when the growth interval excludes 1
  **and** the trend holds against the between-year variation: the mean
  year-on-year log change (the drift of a random walk, :func:`drift_interval`,
  its variance moderated with the pooled one) also excludes no change. A
  log-linear slope alone treats the years as independent around the line; a
  series that wanders (a random walk, a level shift) shows a "significant" slope
  far more often than its level says (17-26% of trendless 8-year random walks at
  the 99% level). When only the slope excludes 1 the verdict is
  ``"no clear trend"`` (reason ``not_beyond_variation``);
  ``"too early to say"`` when it includes 1 and the one-year-ahead top-level
  prediction interval spans more than a factor :data:`USEFUL_RATIO`;
  ``"no clear trend"`` otherwise; fewer than 3 non-zero years are never read.

:data:`VERDICT_LEVEL` is tuned on one set of simulated series and reported on
another (``benchmarks/trend_calibration.py``).

Examples
--------
>>> growth_table((1.2, 1.0, 1.4), model="loglinear_pooled")["level"].item()
0.95
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..notes import Note
from .project import RandomWalk

#: The four verdicts (codes; the report words them).
VERDICTS = ("rising", "falling", "no clear trend", "too early to say")
#: Confidence level of the growth-factor interval behind "rising" / "falling".
VERDICT_LEVEL = 0.95
#: A one-year-ahead prediction interval wider than this factor (upper / lower) is not useful.
USEFUL_RATIO = 3.0
#: Fewer years than this never give a verdict on a lasting trend.
MIN_TREND_YEARS = 5


def growth_table(growth, *, model, level=VERDICT_LEVEL) -> pd.DataFrame:
    """Return the one-row growth table: ``estimate``, ``ci_lower``, ``ci_upper``, ``level``, ``method``.

    Examples
    --------
    >>> growth_table((1.2, 1.0, 1.4), model="negbin")["method"].item()
    'negbin'
    """
    g, lo, hi = growth
    return pd.DataFrame(
        {"estimate": [g], "ci_lower": [lo], "ci_upper": [hi], "level": [level], "method": [model]}
    )


def drift_interval(years, y, *, level=VERDICT_LEVEL, offset=None, dispersion=None):
    """Return the mean annual change (random-walk drift) and its ``level`` interval, as factors.

    The drift is ``(z_last - z_first) / (t_last - t_first)`` on log counts ``z``
    (zeros shifted by 0.5, minus a log-population offset). Its variance is the
    variance of one year's log change divided by the years spanned; that variance
    is the series' own (``m - 1`` df from ``m`` changes, each scaled by its gap)
    moderated with the pooled one, ``2 sigma2 + mean(1/y_t + 1/y_t+1)`` on the
    pooled df (Smyth 2004), and the interval uses *t* on the summed df. Without
    a prior and with a single change, the interval is unbounded.

    Parameters
    ----------
    years, y : array-like
        Observed years (increasing) and counts.
    level : float, keyword-only
    offset : array-like, optional
        Log population per year.
    dispersion : PooledDispersion, optional
        The pooled between-year variance (``sigma2`` on ``df``).

    Returns
    -------
    tuple of float
        Growth factor per year, lower and upper limit.

    Examples
    --------
    Recomputed by hand: log changes of 5 400, 5 900, 6 300, 6 100, 7 000 have mean
    0.065 and sd 0.071 on 3 df, so the 99% interval is exp(0.065 +/- 5.84 x 0.071 / 2):

    >>> [round(v, 3) for v in drift_interval([2019, 2020, 2021, 2022, 2023],
    ...                                      [5400, 5900, 6300, 6100, 7000], level=0.99)]
    [1.067, 0.866, 1.314]
    """
    s0, d0 = (0.0, 0) if dispersion is None else (float(dispersion.sigma2), int(dispersion.df))
    walk = RandomWalk.fit(years, y, offset=offset, sigma2_prior=s0, df_prior=d0)
    return walk.drift_interval(level)


def verdict(growth, *, n, nonzero, width, drift=None) -> tuple[str, Note]:
    """Return the verdict and its reason (a :class:`Note`).

    Parameters
    ----------
    growth : tuple of float
        Growth factor and its interval.
    n, nonzero : int
        Years observed, and years with a non-zero value.
    width : float
        Upper / lower limit of the one-year-ahead top-level prediction interval (NaN if none).
    drift : tuple of float, optional
        The :func:`drift_interval`; a slope that excludes no change while the drift
        does not is ``"no clear trend"`` (reason ``not_beyond_variation``).

    Examples
    --------
    >>> verdict((1.22, 0.9, 1.6), n=3, nonzero=3, width=2.6)
    ('too early to say', Note('short_series', n=3, min_years=5))
    >>> verdict((1.22, 1.1, 1.3), n=6, nonzero=6, width=1.5)[0]
    'rising'
    >>> verdict((1.22, 1.1, 1.3), n=6, nonzero=6, width=1.5, drift=(1.2, 0.9, 1.6))[1].code
    'not_beyond_variation'
    """
    g, lo, hi = growth
    fields = {"pct": (g - 1) * 100, "lower": (lo - 1) * 100, "upper": (hi - 1) * 100}
    if nonzero < 3:
        return "too early to say", Note("few_nonzero", {"nonzero": nonzero, "n": n})
    if n < MIN_TREND_YEARS:
        return "too early to say", Note("short_series", {"n": n, "min_years": MIN_TREND_YEARS})
    if lo > 1 or hi < 1:
        if drift is not None and drift[1] <= 1 <= drift[2]:
            dg, dlo, dhi = drift
            return "no clear trend", Note(
                "not_beyond_variation",
                fields | {"drift": (dg - 1) * 100, "drift_lower": (dlo - 1) * 100,
                          "drift_upper": (dhi - 1) * 100},
            )  # fmt: skip
        return ("rising" if lo > 1 else "falling"), Note("excludes_no_change", fields)
    if not np.isfinite(width) or width > USEFUL_RATIO:
        return "too early to say", Note(
            "too_wide", fields | {"width": width, "useful": USEFUL_RATIO}
        )
    return "no clear trend", Note("includes_no_change", fields)
