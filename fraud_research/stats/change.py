"""Change between years as a rate ratio with its interval: the one implementation.

Two annual counts are compared as a ratio of Poisson rates (statsmodels
``confint_poisson_2indep``, score interval), and again allowing for the
between-year variation that recorded counts show beyond Poisson (a pooled
log-scale variance, :func:`~fraud_research.stats.pooled_dispersion`): the log
ratio then has variance ``1/y1 + 1/y2 + 2 sigma2`` and a *t* quantile on
Satterthwaite degrees of freedom. The second interval is the one to read: it
assumes each year's count varies around its expected level by a log-normal
factor with the same spread in every place.

Qualifiers are carried: a later count printed «не менее» makes the ratio a lower
bound, with a one-sided interval (``bound="lower"``); two bounds in the same
direction leave it ``undetermined``. :func:`change_table` is used by both the
report's change table and :func:`~fraud_research.stats.fit_trend`.

Examples
--------
>>> table = change_table(pd.Series({2023: 567, 2024: 598, 2025: 843}))
>>> table[["from_year", "to_year"]].values.tolist(), table["estimate"].round(4).tolist()
([[2023, 2024], [2024, 2025]], [1.0547, 1.4097])
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats import rates as sm_rates

from ..dataset.qualifiers import bound_side, combine_ratio_qualifier, open_limits
from ..errors import ParameterError

__all__ = [
    "CHANGE_COLUMNS",
    "change_interval",
    "change_table",
    "overdispersed_ratio",
    "rate_ratio",
    "rounding_half_unit",
    "year_on_year",
]

CHANGE_COLUMNS = [
    "from_year",
    "to_year",
    "reference",
    "count",
    "estimate",
    "ci_lower",
    "ci_upper",
    "p_value",
    "od_ci_lower",
    "od_ci_upper",
    "od_p_value",
    "qualifier",
    "bound",
    "level",
    "method",
    "qualifiers",
]


def change_interval(row) -> tuple[float, float, str]:
    """Return the interval of a change to read: ``(lower, upper, method)``.

    The interval that allows for between-year variation (``od_ci_*``, method
    ``pooled_od``) wherever the row has one (a bound may leave one of its limits
    open), else the Poisson score interval (``score``). Every reading of a change
    (findings, summaries, the trend's prose, the spine chart) calls a change "more"
    or "fewer" from this one interval.

    Examples
    --------
    >>> from fraud_research.stats import pooled_dispersion
    >>> table = change_table(pd.Series({2024: 598, 2025: 843}), dispersion=pooled_dispersion())
    >>> lower, upper, method = change_interval(table.iloc[0])
    >>> round(lower, 2), round(upper, 2), method
    (1.01, 1.96, 'pooled_od')
    >>> change_interval(change_table(pd.Series({2024: 598, 2025: 843})).iloc[0])[2]
    'score'
    """
    od = pd.notna(row.get("od_ci_lower", np.nan)) or pd.notna(row.get("od_ci_upper", np.nan))
    lower, upper = ("od_ci_lower", "od_ci_upper") if od else ("ci_lower", "ci_upper")
    return float(row[lower]), float(row[upper]), "pooled_od" if od else "score"


def rate_ratio(
    count: int,
    reference: int,
    *,
    exposure: float = 1.0,
    reference_exposure: float = 1.0,
    alpha: float = 0.05,
    method: str = "score",
) -> pd.DataFrame:
    """Return the ratio of two Poisson counts (``count`` / ``reference``) with its interval.

    Parameters
    ----------
    count, reference : int
        The later and the earlier count (e.g. 2025 and 2024 cases).
    exposure, reference_exposure : float, keyword-only
        Exposures (years, or residents) of each count; the ratio compares rates.
    alpha : float, keyword-only
        1 - confidence level.
    method : str, keyword-only
        Interval method of ``confint_poisson_2indep`` (default ``"score"``).

    Returns
    -------
    DataFrame
        One row: ``count``, ``reference``, ``estimate`` (ratio of rates), ``ci_lower``,
        ``ci_upper``, ``p_value`` (test of equal rates), ``level``, ``method``.

    Examples
    --------
    Turkestan, 2025 against 2024:

    >>> rate_ratio(843, 598)[["estimate", "ci_lower", "ci_upper"]].round(4).values.tolist()
    [[1.4097, 1.2695, 1.5654]]
    """
    if count < 0 or reference < 0:
        raise ParameterError(f"counts must be >= 0, got {count} and {reference}")
    if reference == 0:
        raise ParameterError("the reference count is 0; a ratio against zero is undefined")
    if exposure <= 0 or reference_exposure <= 0:
        raise ParameterError("exposures must be positive")
    lower, upper = sm_rates.confint_poisson_2indep(
        count, exposure, reference, reference_exposure, method=method, compare="ratio", alpha=alpha
    )
    test = sm_rates.test_poisson_2indep(
        count, exposure, reference, reference_exposure, method=method, compare="ratio"
    )
    return pd.DataFrame(
        {
            "count": [int(count)],
            "reference": [int(reference)],
            "estimate": [(count / exposure) / (reference / reference_exposure)],
            "ci_lower": [float(lower)],
            "ci_upper": [float(upper)],
            "p_value": [float(test.pvalue)],
            "level": [1 - alpha],
            "method": [method],
        }
    )


def overdispersed_ratio(count, reference, *, sigma2, df, ratio=None, alpha=0.05):
    """Return ``(lower, upper, p_value)`` of a ratio allowing for between-year variation.

    The log ratio has variance ``1/count + 1/reference + 2 sigma2``; the quantile is
    a *t* on Satterthwaite degrees of freedom ``df * (V / 2 sigma2)**2`` (the
    Poisson part is known, only ``sigma2`` is estimated).

    Parameters
    ----------
    count, reference : float
        Later and earlier counts (> 0).
    sigma2 : float, keyword-only
        Pooled extra-Poisson log variance of one year.
    df : int, keyword-only
        Degrees of freedom of ``sigma2``.
    ratio : float, optional
        The ratio of rates when exposures differ (default ``count / reference``).
    alpha : float, keyword-only

    Examples
    --------
    >>> lo, hi, p = overdispersed_ratio(843, 598, sigma2=0.00629, df=3)
    >>> round(lo, 2), round(hi, 2), p < 0.05
    (1.01, 1.96, True)
    """
    ratio = count / reference if ratio is None else ratio
    poisson = 1 / count + 1 / reference
    variance = poisson + 2 * sigma2
    dof = np.inf if sigma2 <= 0 else df * (variance / (2 * sigma2)) ** 2
    se = float(np.sqrt(variance))
    q = float(stats.t.ppf(1 - alpha / 2, dof))
    log_ratio = float(np.log(ratio))
    p_value = float(2 * stats.t.sf(abs(log_ratio) / se, dof))
    return float(np.exp(log_ratio - q * se)), float(np.exp(log_ratio + q * se)), p_value


def _one_pair(a, b, ya, yb, *, qualifiers, exposure, dispersion, alpha, kind) -> dict:
    qa, qb = qualifiers.get(a, "exact"), qualifiers.get(b, "exact")
    ea, eb = (1.0, 1.0) if exposure is None else (float(exposure[a]), float(exposure[b]))
    row = dict.fromkeys(CHANGE_COLUMNS, np.nan)
    qualifier = combine_ratio_qualifier(qb, qa)
    row.update(
        from_year=int(a), to_year=int(b), reference=ya, count=yb, level=1 - alpha,
        qualifier=qualifier, bound=bound_side(qualifier), qualifiers=f"{qa}/{qb}",
        estimate=(yb / eb) / (ya / ea) if ya > 0 else np.nan,
    )  # fmt: skip
    if kind != "count" or ya <= 0:
        row["method"] = "ratio_of_amounts" if kind != "count" else "undefined_zero"
        return row
    # a rounded count («7 тыс.») is any count that rounds to it: the interval spans them all,
    # from its lowest ratio to its highest; the p-value is read at the end nearest no change
    da, db = rounding_half_unit(ya, qa), rounding_half_unit(yb, qb)
    corners = {"low": (yb - db, ya + da), "high": (yb + db, ya - da)}
    corners["p"] = corners["low"] if row["estimate"] > 1 else corners["high"]
    ratios = {k: (c / eb) / (r / ea) for k, (c, r) in corners.items()}
    # counts that round to the printed ones and show no change at all: nothing excludes it
    no_change_possible = bool(da or db) and ratios["low"] <= 1 <= ratios["high"]
    pairs = set(corners.values())  # one pair without rounding: each is computed once
    fits = {
        (c, r): rate_ratio(int(c), int(r), exposure=eb, reference_exposure=ea, alpha=alpha).iloc[0]
        for c, r in pairs
    }
    score = {k: fits[pair] for k, pair in corners.items()}
    row.update(
        ci_lower=score["low"]["ci_lower"], ci_upper=score["high"]["ci_upper"],
        p_value=1.0 if no_change_possible else score["p"]["p_value"],
        method="score" + (";rounding" if da or db else ""),
    )  # fmt: skip
    if dispersion is not None and yb > 0:
        od = {
            (c, r): overdispersed_ratio(c, r, sigma2=dispersion.sigma2, df=dispersion.df,
                                        ratio=(c / eb) / (r / ea), alpha=alpha)
            for c, r in pairs
        }  # fmt: skip
        ends = {k: od[pair] for k, pair in corners.items()}
        row.update(
            od_ci_lower=ends["low"][0],
            od_ci_upper=ends["high"][1],
            od_p_value=1.0 if no_change_possible else ends["p"][2],
            method=row["method"].replace("score", "score;pooled_od"),
        )
    return _apply_bound(row)


def rounding_half_unit(value: float, qualifier: str) -> float:
    """Return half the unit a rounded count was printed to (0 for any other qualifier).

    «7 тыс.» (7 000, rounded) is any count from 6 500 to 7 500; «17,8 тыс.» (17 800)
    any from 17 750 to 17 850: the unit is read from the trailing zeros.

    Examples
    --------
    >>> rounding_half_unit(7000, "rounded"), rounding_half_unit(17800, "rounded")
    (500.0, 50.0)
    >>> rounding_half_unit(7000, "exact"), rounding_half_unit(843, "rounded")
    (0.0, 0.0)
    """
    if qualifier != "rounded" or value < 10 or value != int(value):
        return 0.0
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10**zeros / 2 if zeros else 0.0


def _apply_bound(row: dict) -> dict:
    # A bound gives a one-sided statement; the other limit and a two-sided p mean nothing.
    bound = row["bound"]
    for side in open_limits(bound):
        row.update({f"ci_{side}": np.nan, f"od_ci_{side}": np.nan})
    pointless_p = (
        bound == "undetermined"
        or (bound == "lower" and row["estimate"] <= 1)
        or (bound == "upper" and row["estimate"] >= 1)
    )
    if pointless_p:
        row.update(p_value=np.nan, od_p_value=np.nan)
    return row


def change_table(
    series: pd.Series,
    *,
    qualifiers=None,
    exposure=None,
    dispersion=None,
    alpha: float = 0.05,
    kind: str = "count",
) -> pd.DataFrame:
    """Return the change between consecutive years of a series, with both intervals.

    Parameters
    ----------
    series : Series
        Values indexed by integer year (sorted here; the input is not changed).
    qualifiers : mapping year -> str, optional
        How each value was printed; bounds give one-sided statements.
    exposure : mapping year -> float, optional
        Populations, to compare rates.
    dispersion : PooledDispersion, optional
        Between-year variance for the overdispersion-aware interval (``od_*`` columns).
    alpha : float, keyword-only
    kind : {"count", "amount"}, keyword-only
        Amounts get the ratio only (no sampling interval from aggregates).

    Returns
    -------
    DataFrame
        Columns :data:`CHANGE_COLUMNS`: the Poisson score interval (``ci_*``,
        ``p_value``), the overdispersion-aware one (``od_*``), the ratio's
        ``qualifier`` and ``bound`` (``lower``, ``upper``, ``undetermined`` or ``""``),
        ``method`` codes (``score``; ``pooled_od``) and a ``{earlier}/{later}``
        ``qualifiers`` string. Pairs more than a year apart are compared too and
        show it in ``from_year`` / ``to_year``.

    Examples
    --------
    >>> from fraud_research.stats import pooled_dispersion
    >>> t = change_table(pd.Series({2024: 598, 2025: 843}), dispersion=pooled_dispersion())
    >>> t[["ci_lower", "ci_upper", "od_ci_lower", "od_ci_upper"]].round(2).values.tolist()
    [[1.27, 1.57, 1.01, 1.96]]
    >>> change_table(pd.Series({2024: 2000, 2025: 2500}), qualifiers={2025: "at_least"})[
    ...     ["bound", "ci_upper"]].values.tolist()
    [['lower', nan]]
    """
    s = series.sort_index()
    qualifiers = dict(qualifiers or {})
    rows = [
        _one_pair(
            int(a),
            int(b),
            float(s[a]),
            float(s[b]),
            qualifiers=qualifiers,
            exposure=exposure,
            dispersion=dispersion,
            alpha=alpha,
            kind=kind,
        )  # fmt: skip
        for a, b in zip(s.index[:-1], s.index[1:], strict=True)
    ]
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def year_on_year(panel: pd.DataFrame, *, alpha: float = 0.05, dispersion=None) -> pd.DataFrame:
    """Return the change between consecutive years of a full-year count panel.

    Only consecutive calendar years are compared; a gap is reported, not bridged.

    Parameters
    ----------
    panel : DataFrame
        From :func:`~fraud_research.dataset.select_panel` (``year``, ``value``,
        ``qualifier``, ``period_kind``).
    alpha : float, keyword-only
    dispersion : PooledDispersion, optional
        Adds the overdispersion-aware interval (see :func:`change_table`).

    Returns
    -------
    DataFrame
        One row per consecutive pair, columns :data:`CHANGE_COLUMNS`.

    Raises
    ------
    ParameterError
        If the panel mixes full-year and partial-year figures.

    Examples
    --------
    >>> from fraud_research.dataset import select_panel
    >>> change = year_on_year(select_panel(place="turkestan"))
    >>> change[["from_year", "to_year"]].values.tolist(), change["estimate"].round(4).tolist()
    ([[2023, 2024], [2024, 2025]], [1.0547, 1.4097])
    """
    kinds = set(panel["period_kind"])
    if kinds - {"full_year"}:
        raise ParameterError(
            f"year-on-year change needs full-year figures only, got period kinds {sorted(kinds)}; "
            "select the panel without include_partial"
        )
    years = panel["year"].astype(int).to_numpy()
    series = pd.Series(panel["value"].to_numpy(dtype=float), index=years)
    qualifiers = dict(zip(years, panel["qualifier"], strict=True))
    table = change_table(series, qualifiers=qualifiers, dispersion=dispersion, alpha=alpha)
    table = table[table["to_year"] - table["from_year"] == 1].reset_index(drop=True)
    return table.astype({"reference": "int64", "count": "int64"})
