"""Funnel plot and ranking: which rates differ from the national rate, allowing for overdispersion.

Recorded rates differ between places far more than Poisson variation allows
(z from -81 to +24 in 2025), so a Poisson funnel flags every place. Following
Spiegelhalter (*Statistics in Medicine* 2005, "Funnel plots for comparing
institutional performance"), the z-scores are winsorised (10% each tail), the
overdispersion factor ``phi`` is their mean square, and an additive
random-effects variance ``tau2 = (I phi - (I - 1)) / (sum w - sum w^2 / sum w)``
widens the limits to ``p0 +/- z sqrt(p0 / n + tau2)``. Without overdispersion
the limits are Poisson *predictive* quantiles of the count expected at the
national rate (interpolated as in Spiegelhalter 2005, appendix), so a zero in
a small place is not flagged. Rank intervals come from simulated rates
(Marshall & Spiegelhalter 1998), not letters. Counts printed as bounds give
one-sided statements; the reason is in ``reason``.

Examples
--------
>>> from fraud_research.stats import rates_for_places
>>> ranking = rank_places(rates_for_places(year=2025))
>>> ranking[["place", "funnel_flag", "rank_lower", "rank_upper"]].values.tolist()
[['kostanay_city', 'within', 1, 2], ['almaty_city', 'undetermined', 1, 2], ['turkestan', 'within', 3, 3], ['almaty_region', 'within', 4, 4]]
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats.multitest import multipletests

from ..errors import InsufficientDataError, ParameterError
from .change import rate_ratio
from .counts import PER

#: Control-limit levels of the funnel plot.
FUNNEL_LEVELS = (0.95, 0.998)
#: Share of z-scores winsorised in each tail (Spiegelhalter 2005).
WINSOR = 0.10


def _poisson_predictive(theta, p):
    """Interpolated Poisson quantile (Spiegelhalter 2005, appendix A.1.1)."""
    r = stats.poisson.ppf(p, theta)
    f_r, f_r1 = stats.poisson.cdf(r, theta), stats.poisson.cdf(r - 1, theta)
    with np.errstate(invalid="ignore", divide="ignore"):
        a = np.where(f_r > f_r1, (f_r - p) / (f_r - f_r1), 0.0)
    return np.maximum(r - a, 0.0)


def funnel_limits(
    national_rate: float, population, *, levels=FUNNEL_LEVELS, tau2: float = 0.0
) -> pd.DataFrame:
    """Return funnel-plot control limits (per 100 000) around a national rate.

    With ``tau2 = 0`` the limits are interpolated Poisson predictive quantiles of
    the count ``theta = rate * n / 100 000``, divided by ``n``; with ``tau2 > 0``
    (a between-place variance of the rate per resident, see
    :func:`funnel_overdispersion`) they are ``p0 +/- z sqrt(p0 / n + tau2)``.

    Parameters
    ----------
    national_rate : float
        Reference rate per 100 000 residents.
    population : int or array of int
    levels : sequence of float, keyword-only
    tau2 : float, keyword-only
        Additive random-effects variance (per resident, squared).

    Returns
    -------
    DataFrame
        ``population``, ``level``, ``expected`` (count), ``lower``, ``upper`` (per
        100 000), ``method`` (``poisson_predictive`` or ``additive_re``).

    Examples
    --------
    >>> limits = funnel_limits(137.49, 2_154_334)
    >>> limits[["lower", "upper"]].round(2).values.tolist()
    [[132.54, 142.44], [129.73, 145.34]]
    >>> float(funnel_limits(10.0, 1_000, levels=(0.95,))["lower"].iloc[0])   # a zero is not low
    0.0
    """
    if not national_rate > 0:
        raise ParameterError(f"national_rate must be positive, got {national_rate!r}")
    pops = np.atleast_1d(np.asarray(population, dtype=float))
    if (pops <= 0).any():
        raise ParameterError(f"populations must be positive, got {pops[pops <= 0].tolist()}")
    p0, theta, rows = national_rate / PER, national_rate * pops / PER, []
    for level in levels:
        if not 0 < level < 1:
            raise ParameterError(f"levels must be between 0 and 1, got {level!r}")
        if tau2 > 0:
            half = stats.norm.ppf(0.5 + level / 2) * np.sqrt(p0 / pops + tau2)
            lower, upper, method = np.maximum(p0 - half, 0) * PER, (p0 + half) * PER, "additive_re"
        else:
            lower = _poisson_predictive(theta, (1 - level) / 2) / pops * PER
            upper = _poisson_predictive(theta, (1 + level) / 2) / pops * PER
            method = "poisson_predictive"
        rows.append(pd.DataFrame({"population": pops, "level": level, "expected": theta,
                                  "lower": lower, "upper": upper, "method": method}))  # fmt: skip
    return pd.concat(rows, ignore_index=True)


def funnel_overdispersion(rates: pd.DataFrame, *, reference: str = "kazakhstan", year=None) -> dict:
    """Return Spiegelhalter's overdispersion estimate from the places' winsorised z-scores.

    Places whose count is a bound are left out of the estimate (they are still
    plotted); places with a definition note stay in: differing definitions are
    part of the variation between places.

    Returns
    -------
    dict
        ``phi`` (mean square of winsorised z), ``tau2`` (additive random-effects
        variance per resident), ``tau`` (its root per 100 000), ``n_places``.

    Examples
    --------
    >>> from fraud_research.stats import rates_for_places
    >>> od = funnel_overdispersion(rates_for_places(year=2025))
    >>> od["n_places"], round(od["phi"]), round(od["tau"], 1)
    (3, 1251, 152.3)
    """
    national, places = split_reference(rates, reference, year)
    p0 = national["count"] / float(national["population"])
    usable = places[places["qualifier"] == "exact"]
    n = usable["population"].astype(float).to_numpy()
    if len(n) < 2:
        return {"phi": float("nan"), "tau2": 0.0, "tau": 0.0, "n_places": len(n)}
    z = (usable["count"].to_numpy() / n - p0) / np.sqrt(p0 / n)
    lo, hi = np.quantile(z, [WINSOR, 1 - WINSOR])
    phi = float(np.mean(np.clip(z, lo, hi) ** 2))
    w = n / p0
    tau2 = max(0.0, (len(n) * phi - (len(n) - 1)) / (w.sum() - (w**2).sum() / w.sum()))
    return {"phi": phi, "tau2": tau2, "tau": float(np.sqrt(tau2) * PER), "n_places": len(n)}


def split_reference(rates: pd.DataFrame, reference: str, year: int | None):
    usable = rates[rates["has_rate"]] if "has_rate" in rates else rates
    if year is not None:
        usable = usable[usable["year"] == year]
    years = usable["year"].unique()
    if len(years) > 1:
        raise ParameterError(
            f"rates cover several years ({', '.join(str(y) for y in sorted(years))}); pass year="
        )
    national = usable[usable["place"] == reference]
    if national.empty:
        raise InsufficientDataError(
            f"no rate for the reference {reference!r}; a funnel plot needs the national rate "
            "(full-year count and sourced population) for the same year"
        )
    places = usable[usable["place"] != reference]
    if places.empty:
        raise InsufficientDataError(
            "no place besides the reference has a full-year count and a sourced population "
            "for this year; nothing can be ranked"
        )
    return national.iloc[0], places


def rank_intervals(places: pd.DataFrame, *, level=0.95, n_draws=20_000, seed=0) -> pd.DataFrame:
    """Return each place's plausible ranks from simulated rates (1 = highest rate).

    Rates are drawn from ``Gamma(count + 0.5) / population`` (Jeffreys). A count printed
    as a lower bound may be any larger number, so each place's interval is the union of
    its ranks with the bound taken as printed and with it taken as higher than every
    other rate: the bounded place can hold the best rank, and a place it may overtake
    can lose one. Ranks are integers, so the limits do not move with the seed at this
    number of draws.

    Examples
    --------
    >>> frame = pd.DataFrame({"place": ["a", "b"], "count": [100, 400], "population": [1e5, 1e5],
    ...                       "qualifier": ["exact", "exact"]})
    >>> rank_intervals(frame)[["rank_lower", "rank_upper"]].values.tolist()
    [[2, 2], [1, 1]]
    >>> bounded = frame.assign(qualifier=["at_least", "exact"])
    >>> rank_intervals(bounded)[["rank_lower", "rank_upper"]].values.tolist()
    [[1, 2], [1, 2]]
    """
    rng = np.random.default_rng(seed)
    counts = places["count"].to_numpy(dtype=float)
    draws = rng.gamma(counts + 0.5, size=(n_draws, len(counts))) / places["population"].to_numpy(
        dtype=float
    )
    bounded = places["qualifier"].to_numpy() == "at_least"
    lower, upper = _rank_limits(draws, level)
    if bounded.any():
        top = np.where(bounded, np.inf, draws)  # each bound as high as it may go
        lower_top, upper_top = _rank_limits(top, level)
        lower, upper = np.minimum(lower, lower_top), np.maximum(upper, upper_top)
        lower = np.where(bounded, 1, lower)
    return pd.DataFrame({"place": places["place"].to_numpy(), "rank_lower": lower,
                         "rank_upper": upper})  # fmt: skip


def _rank_limits(draws: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Equal-tailed ``level`` limits of each column's rank among the draws (1 = highest)."""
    ranks = (-draws).argsort(axis=1, kind="stable").argsort(axis=1) + 1
    lower = np.quantile(ranks, (1 - level) / 2, axis=0, method="lower").astype(int)
    upper = np.quantile(ranks, (1 + level) / 2, axis=0, method="higher").astype(int)
    return lower, upper


def _flag(rate, lower95, upper95, lower998, upper998) -> str:
    if rate > upper998:
        return "above_998"
    if rate > upper95:
        return "above_95"
    if rate < lower998:
        return "below_998"
    return "below_95" if rate < lower95 else "within"


def rank_places(
    rates: pd.DataFrame,
    *,
    reference: str = "kazakhstan",
    year: int | None = None,
    alpha: float = 0.05,
    adjust: str = "holm",
    seed: int = 0,
) -> pd.DataFrame:
    """Rank places by rate against the national rate, allowing for overdispersion.

    Parameters
    ----------
    rates : DataFrame
        Output of :func:`fraud_research.stats.rates_for_places` (rows without a
        rate are ignored).
    reference : str, keyword-only
        The place whose rate is the standard (the country).
    year : int, optional
    alpha : float, keyword-only
        Family-wise error rate of the comparisons with the national rate.
    adjust : str, keyword-only
        Multiple-comparison method of statsmodels ``multipletests`` (``"holm"``).
    seed : int, keyword-only
        Seed of the rank simulation.

    Returns
    -------
    DataFrame
        One row per place, highest rate first: ``place``, ``rank``, ``rank_lower``,
        ``rank_upper``, ``count``, ``qualifier``, ``population``, ``estimate``,
        ``ci_lower``, ``ci_upper``, ``national_rate``, ``ratio_to_national``,
        ``ratio_ci_lower``, ``ratio_ci_upper`` (exact Poisson; one-sided for bounds),
        ``p_value`` and ``p_adjusted`` (z against the overdispersed limits; NaN when
        a bound decides nothing), ``distinguishable_from_national``, ``direction``,
        ``funnel_flag`` (``above_998`` ... ``within`` ... ``below_998``), ``flags``,
        ``reason`` (``bound_undetermined`` or ``""``), ``tau``, ``level``, ``method``.

    Examples
    --------
    >>> from fraud_research.stats import rates_for_places
    >>> ranking = rank_places(rates_for_places(year=2025)).set_index("place")
    >>> str(ranking.loc["almaty_city", "ratio_ci_upper"]), ranking.loc["almaty_city", "reason"]
    ('nan', 'bound_undetermined')
    >>> ranking.loc["turkestan", "direction"]
    'similar'
    """
    national, places = split_reference(rates, reference, year)
    p0 = national["count"] / float(national["population"])
    od = funnel_overdispersion(rates, reference=reference, year=year)
    n = places["population"].astype(float).to_numpy()
    counts = places["count"].to_numpy()
    r = counts / n
    z = (r - p0) / np.sqrt(p0 / n + od["tau2"])
    pvalues = 2 * stats.norm.sf(np.abs(z))
    qualifier = places["qualifier"].to_numpy()
    undetermined = ((qualifier == "at_least") & (z < 0)) | ((qualifier == "at_most") & (z > 0))
    pvalues = np.where(undetermined, np.nan, pvalues)
    p_adjusted = np.full(len(pvalues), np.nan)
    ok = ~np.isnan(pvalues)
    if ok.any():
        p_adjusted[ok] = multipletests(pvalues[ok], alpha=alpha, method=adjust)[1]
    limits = {lv: funnel_limits(p0 * PER, n, levels=(lv,), tau2=od["tau2"]) for lv in FUNNEL_LEVELS}
    flags = [
        _flag(rate * PER, *limits[0.95].iloc[i][["lower", "upper"]],
              *limits[0.998].iloc[i][["lower", "upper"]])
        for i, rate in enumerate(r)
    ]  # fmt: skip
    expected = p0 * n
    lower = stats.chi2.ppf(alpha / 2, 2 * counts) / 2 / expected
    upper = stats.chi2.ppf(1 - alpha / 2, 2 * (counts + 1)) / 2 / expected
    frame = pd.DataFrame(
        {
            "place": places["place"].to_numpy(), "count": counts, "qualifier": qualifier,
            "population": places["population"].to_numpy(),
            "estimate": places["estimate"].to_numpy(), "ci_lower": places["ci_lower"].to_numpy(),
            "ci_upper": np.where(qualifier == "at_least", np.nan, places["ci_upper"].to_numpy()),
            "national_rate": float(national["estimate"]), "ratio_to_national": counts / expected,
            "ratio_ci_lower": np.where(qualifier == "at_most", np.nan, lower),
            "ratio_ci_upper": np.where(qualifier == "at_least", np.nan, upper),
            "p_value": pvalues, "p_adjusted": p_adjusted,
            "distinguishable_from_national": ok & (p_adjusted < alpha),
            "funnel_flag": np.where(undetermined, "undetermined", flags),
            "flags": places.get("flags", pd.Series("", index=places.index)).fillna("").to_numpy(),
            "reason": np.where(qualifier == "at_least", "bound_undetermined", ""),
        }
    )  # fmt: skip
    frame["direction"] = np.where(
        undetermined, "undetermined",
        np.where(~frame["distinguishable_from_national"], "similar", np.where(z > 0, "above", "below")),
    )  # fmt: skip
    frame = frame.merge(rank_intervals(places, level=1 - alpha, seed=seed), on="place")
    frame = frame.sort_values("estimate", ascending=False, kind="stable").reset_index(drop=True)
    frame.insert(1, "rank", np.arange(1, len(frame) + 1))
    frame["tau"] = od["tau"]
    frame["level"] = 1 - alpha
    frame["method"] = f"additive_re;{adjust}"
    return frame[RANK_COLUMNS]


RANK_COLUMNS = [
    "place", "rank", "rank_lower", "rank_upper", "count", "qualifier", "population", "estimate",
    "ci_lower", "ci_upper", "national_rate", "ratio_to_national", "ratio_ci_lower",
    "ratio_ci_upper", "p_value", "p_adjusted", "distinguishable_from_national", "direction",
    "funnel_flag", "flags", "reason", "tau", "level", "method",
]  # fmt: skip


def pairwise_rate_ratios(
    rates: pd.DataFrame,
    *,
    reference: str = "kazakhstan",
    year: int | None = None,
    alpha: float = 0.05,
    adjust: str = "holm",
) -> pd.DataFrame:
    """Return every pairwise rate ratio between places, with Holm-adjusted p-values.

    Returns
    -------
    DataFrame
        One row per pair (higher rate first): ``place_a``, ``place_b``, ``estimate``
        (ratio of rates a / b), ``ci_lower``, ``ci_upper`` (unadjusted score interval),
        ``p_value``, ``p_adjusted``, ``distinguishable`` (adjusted p < alpha, and not
        undone by a count printed as a bound: a lower bound below the other place
        decides nothing), ``method``.

    Examples
    --------
    >>> from fraud_research.stats import rates_for_places
    >>> pairs = pairwise_rate_ratios(rates_for_places(year=2025))
    >>> len(pairs), int(pairs["distinguishable"].sum())
    (6, 5)
    >>> pairs.loc[~pairs["distinguishable"], ["place_a", "place_b"]].values.tolist()
    [['kostanay_city', 'almaty_city']]
    """
    _, places = split_reference(rates, reference, year)
    ordered = places.sort_values("estimate", ascending=False, kind="stable")
    rows = []
    for a, b in itertools.combinations(ordered.itertuples(), 2):
        ratio = rate_ratio(
            int(a.count),
            int(b.count),
            exposure=float(a.population),
            reference_exposure=float(b.population),
            alpha=alpha,
        ).iloc[0]
        # a has the higher rate: a lower bound in b, or an upper bound in a, can close the gap.
        unsafe = b.qualifier == "at_least" or a.qualifier == "at_most"
        rows.append(
            {
                "place_a": a.place,
                "place_b": b.place,
                "estimate": ratio["estimate"],
                "ci_lower": np.nan if b.qualifier == "at_least" else ratio["ci_lower"],
                "ci_upper": np.nan if a.qualifier == "at_least" else ratio["ci_upper"],
                "p_value": np.nan if unsafe else ratio["p_value"],
                "_unsafe": unsafe,
            }
        )
    columns = [
        "place_a",
        "place_b",
        "estimate",
        "ci_lower",
        "ci_upper",
        "p_value",
        "p_adjusted",
        "distinguishable",
        "method",
    ]
    frame = pd.DataFrame(rows, columns=[*columns[:6], "_unsafe"])
    if frame.empty:
        return pd.DataFrame(columns=columns)
    ok = frame["p_value"].notna().to_numpy()
    p_adjusted = np.full(len(frame), np.nan)
    if ok.any():
        p_adjusted[ok] = multipletests(frame.loc[ok, "p_value"], alpha=alpha, method=adjust)[1]
    frame["p_adjusted"] = p_adjusted
    frame["distinguishable"] = ok & (p_adjusted < alpha) & ~frame.pop("_unsafe").to_numpy(bool)
    frame["method"] = f"score;{adjust}"  # unadjusted score intervals, adjusted p-values
    return frame
