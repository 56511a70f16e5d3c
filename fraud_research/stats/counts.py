"""Counts with exact Poisson intervals, and rates per 100 000 residents.

Registered crimes are not a sample: their uncertainty is the year-to-year
variability of the process that generates them, modelled as Poisson. The exact
(Garwood) interval is the public-health standard for a count, and a rate's
interval is the count's interval divided by the population (Byar/exact method),
treating the population as known.

Examples
--------
>>> poisson_interval(843).round(2).to_dict("records")
[{'count': 843, 'estimate': 843.0, 'ci_lower': 787.05, 'ci_upper': 901.88, 'level': 0.95, 'method': 'garwood'}]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from ..errors import ParameterError

PER = 100_000


def _check_alpha(alpha: float) -> float:
    if not 0 < alpha < 1:
        raise ParameterError(f"alpha must be between 0 and 1 (e.g. 0.05 for 95%), got {alpha!r}")
    return alpha


def _check_counts(counts: Sequence[int] | np.ndarray, name: str = "count") -> np.ndarray:
    array = np.atleast_1d(np.asarray(counts, dtype=float))
    if np.isnan(array).any():
        raise ParameterError(f"{name} has missing values; pass observed counts only")
    if (array < 0).any():
        raise ParameterError(f"{name} must be >= 0, got {array[array < 0].tolist()}")
    if (array != np.round(array)).any():
        raise ParameterError(f"{name} must be whole numbers, got {array[array != np.round(array)]}")
    return array


def poisson_interval(count, *, alpha: float = 0.05) -> pd.DataFrame:
    """Return exact (Garwood) confidence intervals for Poisson counts.

    Parameters
    ----------
    count : int or sequence of int
        Observed counts (>= 0).
    alpha : float, keyword-only
        1 - confidence level.

    Returns
    -------
    DataFrame
        ``count``, ``estimate``, ``ci_lower``, ``ci_upper``, ``level`` and ``method``
        (``"garwood"``: exact Poisson limits from the chi-square distribution); one row
        per count.

    Raises
    ------
    ParameterError
        For negative or non-integer counts or an alpha outside (0, 1).

    Examples
    --------
    >>> poisson_interval([0, 10])[["ci_lower", "ci_upper"]].round(3).values.tolist()
    [[0.0, 3.689], [4.795, 18.39]]
    """
    alpha = _check_alpha(alpha)
    counts = _check_counts(count)
    lower = np.where(counts > 0, stats.chi2.ppf(alpha / 2, 2 * counts) / 2, 0.0)
    upper = stats.chi2.ppf(1 - alpha / 2, 2 * (counts + 1)) / 2
    return pd.DataFrame(
        {
            "count": counts.astype(int),
            "estimate": counts,
            "ci_lower": lower,
            "ci_upper": upper,
            "level": 1 - alpha,
            "method": "garwood",
        }
    )


def rate_per_100k(count, population, *, alpha: float = 0.05) -> pd.DataFrame:
    """Return rates per 100 000 residents with exact Poisson intervals.

    Parameters
    ----------
    count : int or sequence of int
        Registered cases.
    population : int or sequence of int
        Residents, from a sourced population figure for the same year.
    alpha : float, keyword-only
        1 - confidence level.

    Returns
    -------
    DataFrame
        ``count``, ``population``, ``estimate`` (per 100 000), ``ci_lower``, ``ci_upper``,
        ``level``, ``method`` (``"garwood"``: the count's exact interval, per 100 000).

    Examples
    --------
    Turkestan 2025: 843 cases, 2 154 334 residents on 1 January 2025.

    >>> rate_per_100k(843, 2_154_334)[["estimate", "ci_lower", "ci_upper"]].round(2).values.tolist()
    [[39.13, 36.53, 41.86]]
    """
    counts = poisson_interval(count, alpha=alpha)
    pop = np.atleast_1d(np.asarray(population, dtype=float))
    if (pop <= 0).any() or np.isnan(pop).any():
        raise ParameterError(f"population must be a positive number, got {pop.tolist()}")
    scale = PER / pop
    return pd.DataFrame(
        {
            "count": counts["count"],
            "population": pop.astype(int),
            "estimate": counts["estimate"] * scale,
            "ci_lower": counts["ci_lower"] * scale,
            "ci_upper": counts["ci_upper"] * scale,
            "level": counts["level"],
            "method": counts["method"],
        }
    )
