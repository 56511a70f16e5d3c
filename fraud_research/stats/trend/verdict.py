"""Stage 5 of :func:`~fraud_research.stats.fit_trend`: the growth factor and the verdict.

The growth factor is the chosen model's slope with a :data:`VERDICT_LEVEL`
interval (*t* on the model's degrees of freedom); the growth table names the
model and the level. Verdicts:

* fewer than :data:`MIN_TREND_YEARS` years: ``"too early to say"`` about a
  lasting trend, always (reason ``short_series``): three or four years cannot
  separate a trend from year-to-year variation. What they can say -- whether
  the last year differs from the one before -- is the overdispersion-aware
  year-on-year change (:func:`~fraud_research.stats.change_table`).
* otherwise ``"rising"`` / ``"falling"`` when the growth interval excludes 1;
  ``"too early to say"`` when it includes 1 and the one-year-ahead top-level
  prediction interval spans more than a factor :data:`USEFUL_RATIO`;
  ``"no clear trend"`` otherwise; fewer than 3 non-zero years are never read.

:data:`VERDICT_LEVEL` is tuned on one set of simulated series and reported on
another (``benchmarks/trend_calibration.py``).

Examples
--------
>>> growth_table((1.2, 1.0, 1.4), model="loglinear_pooled")["level"].item()
0.99
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..notes import Note

#: The four verdicts (codes; the report words them).
VERDICTS = ("rising", "falling", "no clear trend", "too early to say")
#: Confidence level of the growth-factor interval behind "rising" / "falling".
VERDICT_LEVEL = 0.99
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


def verdict(growth, *, n, nonzero, width) -> tuple[str, Note]:
    """Return the verdict and its reason (a :class:`Note`).

    Parameters
    ----------
    growth : tuple of float
        Growth factor and its interval.
    n, nonzero : int
        Years observed, and years with a non-zero value.
    width : float
        Upper / lower limit of the one-year-ahead top-level prediction interval (NaN if none).

    Examples
    --------
    >>> verdict((1.22, 0.9, 1.6), n=3, nonzero=3, width=2.6)
    ('too early to say', Note('short_series', n=3, min_years=5))
    >>> verdict((1.22, 1.1, 1.3), n=6, nonzero=6, width=1.5)[0]
    'rising'
    """
    g, lo, hi = growth
    fields = {"pct": (g - 1) * 100, "lower": (lo - 1) * 100, "upper": (hi - 1) * 100}
    if nonzero < 3:
        return "too early to say", Note("few_nonzero", {"nonzero": nonzero, "n": n})
    if n < MIN_TREND_YEARS:
        return "too early to say", Note("short_series", {"n": n, "min_years": MIN_TREND_YEARS})
    if lo > 1:
        return "rising", Note("excludes_no_change", fields)
    if hi < 1:
        return "falling", Note("excludes_no_change", fields)
    if not np.isfinite(width) or width > USEFUL_RATIO:
        return "too early to say", Note(
            "too_wide", fields | {"width": width, "useful": USEFUL_RATIO}
        )
    return "no clear trend", Note("includes_no_change", fields)
