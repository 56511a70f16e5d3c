"""Explicit, labelled adjustments: annualising a partial year, deflating tenge to constant prices.

Neither is ever applied silently. :func:`annualise` scales a 9-month (or other
partial) figure to a full year and says how uncertain the scaling is;
:func:`deflate` turns nominal tenge into constant tenge only with a consumer-price
index whose source is given (none is invented). :func:`fraud_research.stats.trend.fit_trend`
accepts annualised years when the caller marks them, and a CPI series with its source.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from ..errors import ParameterError

__all__ = ["annualise", "deflate"]

#: What a series counts: cases (a count) or tenge (an amount).
KINDS = ("count", "amount")
ANNUALISE_METHODS = ("proportional",)
ANNUALISE_QUALIFIERS = ("exact", "at_least", "at_most", "approx", "rounded")


def annualise(
    value, *, months, qualifier="exact", method="proportional", kind="count"
) -> pd.DataFrame:
    """Scale a partial-year figure to a full year, explicitly and with an interval.

    The ``proportional`` method assumes no seasonality: cases arrive at a constant
    rate over the year. The estimate is ``value * 12 / months``. For counts the
    interval is the predictive interval of the full-year total: the observed
    ``value`` plus the unobserved months, whose count, given a Jeffreys gamma
    posterior for the rate, is negative binomial with size ``value + 1/2`` and
    success probability ``months / 12``. Seasonality is *not* in the interval; if
    the late months are busier (or quieter), the true figure can fall outside it.
    For tenge amounts no interval can be computed from an aggregate (NaN).

    Parameters
    ----------
    value : float
        The partial-year figure as published.
    months : int
        Months covered (1-11).
    qualifier : {"exact", "at_least", "at_most", "approx", "rounded"}
        How the figure was published; ``at_least`` leaves the upper bound open,
        ``at_most`` the lower bound.
    method : {"proportional"}
    kind : {"count", "amount"}

    Returns
    -------
    DataFrame
        One row: ``estimate``, ``ci_lower``, ``ci_upper`` (95% predictive interval of
        the full-year count: observed months plus a negative binomial count for the
        unobserved ones; NaN for amounts), ``level``, ``months``, ``qualifier`` (as
        given: a bound stays a bound) and ``method``.

    Raises
    ------
    ParameterError
        For months outside 1-11, a negative value, or an unknown method/qualifier.

    Examples
    --------
    >>> a = annualise(600, months=9)
    >>> int(a["estimate"].iloc[0]), int(a["ci_lower"].iloc[0]), int(a["ci_upper"].iloc[0])
    (800, 769, 833)
    >>> a["method"].iloc[0], int(a["months"].iloc[0])
    ('proportional', 9)
    """
    if method not in ANNUALISE_METHODS:
        raise ParameterError(f"method={method!r} is not valid; use one of {ANNUALISE_METHODS}")
    if qualifier not in ANNUALISE_QUALIFIERS:
        raise ParameterError(
            f"qualifier={qualifier!r} is not valid; use one of {ANNUALISE_QUALIFIERS}"
        )
    if kind not in KINDS:
        raise ParameterError(f"kind={kind!r} is not valid; use one of {KINDS}")
    try:
        months_f = float(months)
        value = float(value)
    except (TypeError, ValueError) as exc:
        raise ParameterError("value and months must be numbers") from exc
    if not 1 <= months_f <= 11 or months_f != int(months_f):
        raise ParameterError(
            f"months must be a whole number from 1 to 11 (a partial year), got {months!r}"
        )
    if not np.isfinite(value) or value < 0:
        raise ParameterError(f"value must be a non-negative number, got {value!r}")
    p = months_f / 12.0
    est = value / p
    if kind == "count":
        nb = stats.nbinom(value + 0.5, p)
        lo, hi = value + nb.ppf(0.025), value + nb.ppf(0.975)
    else:
        lo = hi = float("nan")  # no interval for amounts from an aggregate
    if qualifier == "at_least":
        hi = float("inf")
    elif qualifier == "at_most":
        lo = 0.0
    return pd.DataFrame(
        {
            "estimate": [est],
            "ci_lower": [float(lo)],
            "ci_upper": [float(hi)],
            "level": [0.95],
            "months": [int(months_f)],
            "qualifier": [qualifier],
            "method": [method],
        }
    )


def deflate(amounts, cpi, *, base_year, source=None) -> pd.Series:
    """Convert nominal tenge to constant tenge of ``base_year`` with a supplied CPI.

    Parameters
    ----------
    amounts : Series
        Nominal tenge indexed by year.
    cpi : Series
        Consumer-price index (any base) indexed by year; must cover every year of
        ``amounts`` and ``base_year``. Nothing is invented or interpolated.
    base_year : int
    source : str, optional
        Where the CPI comes from; if omitted, ``cpi.attrs["source"]`` is used. One
        of the two is required.

    Returns
    -------
    Series
        Amounts in constant tenge of ``base_year``; ``attrs`` record base year and source.

    Raises
    ------
    ParameterError
        When no source is given, or the CPI misses a year or is not positive.

    Examples
    --------
    >>> import pandas as pd
    >>> cpi = pd.Series({2024: 100.0, 2025: 110.0})
    >>> deflate(pd.Series({2024: 1000.0, 2025: 1100.0}), cpi, base_year=2025,
    ...         source="Bureau of National Statistics, CPI table").tolist()
    [1100.0, 1100.0]
    """
    if not isinstance(cpi, pd.Series) or not isinstance(amounts, pd.Series):
        raise ParameterError("amounts and cpi must be pandas Series indexed by year")
    src = source if source is not None else cpi.attrs.get("source")
    if not src or not str(src).strip():
        raise ParameterError(
            "a CPI needs its source: pass source='...' or set cpi.attrs['source']; "
            "no price index is invented"
        )
    cpi_i = pd.Series(
        pd.to_numeric(cpi, errors="coerce").to_numpy(dtype=float), index=[int(i) for i in cpi.index]
    )
    needed = sorted({int(y) for y in amounts.index} | {int(base_year)})
    missing = [y for y in needed if y not in cpi_i.index or not np.isfinite(cpi_i.get(y))]
    if missing:
        raise ParameterError(
            f"CPI is missing for years {missing}; supply it (nothing is interpolated)"
        )
    if (cpi_i.loc[needed] <= 0).any():
        raise ParameterError("CPI values must be positive")
    factor = cpi_i.loc[int(base_year)] / cpi_i.loc[[int(y) for y in amounts.index]].to_numpy()
    out = pd.Series(
        np.asarray(amounts, dtype=float) * factor, index=amounts.index, name=amounts.name
    )
    out.attrs.update({"constant_tenge_base_year": int(base_year), "cpi_source": str(src)})
    return out
