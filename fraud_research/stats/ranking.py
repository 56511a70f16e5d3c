"""Funnel plot and ranking: which rates differ from the national rate, and from each other.

A league table orders places by their rate even when the differences are noise.
Here each place is compared with the national rate as a fixed standard (funnel
plot, Spiegelhalter 2005): the control limits are exact Poisson limits of the
count expected at the national rate for the place's population, at 95% and
99.8%. Places are then compared with each other pairwise (ratio of Poisson
rates, statsmodels ``confint_poisson_2indep`` via
:func:`fraud_research.stats.rate_ratio`) with a Holm adjustment over all
comparisons, and grouped: places that share a letter cannot be told apart.

Examples
--------
>>> from fraud_research.stats import rates_for_places
>>> ranking = rank_places(rates_for_places(year=2025))
>>> ranking[["place", "rank", "distinguishable_from_national", "group"]].values.tolist()
[['kostanay_city', 1, True, 'a'], ['almaty_city', 2, False, 'a'], ['turkestan', 3, True, 'b'], ['almaty_region', 4, True, 'c']]
"""

from __future__ import annotations

import itertools
import string

import numpy as np
import pandas as pd
from scipy import stats
from statsmodels.stats import rates as sm_rates
from statsmodels.stats.multitest import multipletests

from ..errors import InsufficientDataError, ParameterError
from .change import rate_ratio
from .counts import PER

#: Control-limit levels of the funnel plot.
FUNNEL_LEVELS = (0.95, 0.998)


def funnel_limits(national_rate: float, population, *, levels=FUNNEL_LEVELS) -> pd.DataFrame:
    """Return funnel-plot control limits (per 100 000) around a national rate.

    For a population ``n`` the count expected at the national rate is
    ``theta = national_rate * n / 100 000``; the limits are the exact (Garwood)
    Poisson limits ``chi2.ppf(a/2, 2 theta) / 2`` and ``chi2.ppf(1 - a/2, 2 theta + 2) / 2``,
    divided by ``n``.

    Parameters
    ----------
    national_rate : float
        Reference rate per 100 000 residents.
    population : int or array of int
        Populations at which to compute the limits.
    levels : sequence of float, keyword-only
        Coverage of each pair of limits (0.95 and 0.998 by default).

    Returns
    -------
    DataFrame
        One row per population and level: ``population``, ``level``, ``expected``
        (count), ``lower``, ``upper`` (rates per 100 000), ``method``.

    Examples
    --------
    >>> limits = funnel_limits(137.49, 2_154_334)
    >>> limits["level"].tolist(), limits[["lower", "upper"]].round(2).values.tolist()
    ([0.95, 0.998], [[132.58, 142.53], [129.82, 145.48]])
    """
    if not national_rate > 0:
        raise ParameterError(f"national_rate must be positive, got {national_rate!r}")
    pops = np.atleast_1d(np.asarray(population, dtype=float))
    if (pops <= 0).any():
        raise ParameterError(f"populations must be positive, got {pops[pops <= 0].tolist()}")
    rows = []
    for level in levels:
        if not 0 < level < 1:
            raise ParameterError(f"levels must be between 0 and 1, got {level!r}")
        alpha = 1 - level
        theta = national_rate * pops / PER
        lower = stats.chi2.ppf(alpha / 2, 2 * theta) / 2
        upper = stats.chi2.ppf(1 - alpha / 2, 2 * theta + 2) / 2
        rows.append(
            pd.DataFrame(
                {
                    "population": pops,
                    "level": level,
                    "expected": theta,
                    "lower": lower / pops * PER,
                    "upper": upper / pops * PER,
                    "method": "garwood",
                }
            )
        )
    return pd.concat(rows, ignore_index=True)


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


def _groups(order: list[str], indistinguishable: set[frozenset]) -> dict[str, str]:
    """Compact letter display: places sharing a letter cannot be told apart."""

    def linked(a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in indistinguishable

    cliques: list[list[str]] = []

    def expand(current: list[str], candidates: list[str], excluded: list[str]) -> None:
        if not candidates and not excluded:
            cliques.append(current)
            return
        for place in list(candidates):
            expand(
                current + [place],
                [c for c in candidates if linked(place, c) and c != place],
                [e for e in excluded if linked(place, e) and e != place],
            )
            candidates = [c for c in candidates if c != place]
            excluded = excluded + [place]

    expand([], list(order), [])
    cliques.sort(key=lambda c: min(order.index(p) for p in c))
    letters = {p: "" for p in order}
    for letter, clique in zip(string.ascii_lowercase, cliques, strict=False):
        for place in clique:
            letters[place] += letter
    return letters


def rank_places(
    rates: pd.DataFrame,
    *,
    reference: str = "kazakhstan",
    year: int | None = None,
    alpha: float = 0.05,
    adjust: str = "holm",
) -> pd.DataFrame:
    """Rank places by rate and say which ones differ from the national rate and from each other.

    Parameters
    ----------
    rates : DataFrame
        Output of :func:`fraud_research.stats.rates_for_places` (rows without a
        rate are ignored).
    reference : str, keyword-only
        The place whose rate is the standard (the country).
    year : int, optional
        Year to rank when ``rates`` covers several.
    alpha : float, keyword-only
        Family-wise error rate of each set of comparisons.
    adjust : str, keyword-only
        Multiple-comparison method of statsmodels ``multipletests`` (``"holm"``).

    Returns
    -------
    DataFrame
        One row per place, highest rate first: ``place``, ``rank``, ``count``,
        ``qualifier``, ``population``, ``estimate``, ``ci_lower``, ``ci_upper``
        (rate), ``national_rate``, ``ratio_to_national`` with ``ratio_ci_lower``,
        ``ratio_ci_upper``, ``p_value`` (exact Poisson test against the national
        rate), ``p_adjusted``, ``distinguishable_from_national``, ``direction``
        (``above``, ``below``, ``similar``), ``group`` (places sharing a letter are
        indistinguishable), ``level``, ``method`` (``"exact_poisson_test;holm"``: each
        count tested against the national rate as a fixed standard, Holm-adjusted;
        the national figure includes each place's own cases).

    Raises
    ------
    InsufficientDataError
        When the reference or every other place lacks a rate.

    See Also
    --------
    pairwise_rate_ratios : the comparisons behind ``group``.

    Examples
    --------
    >>> from fraud_research.stats import rates_for_places
    >>> ranking = rank_places(rates_for_places(year=2025)).set_index("place")
    >>> round(float(ranking.loc["turkestan", "ratio_to_national"]), 3), ranking.loc["turkestan", "direction"]
    (0.285, 'below')
    """
    national, places = split_reference(rates, reference, year)
    p0 = national["count"] / national["population"]
    expected = p0 * places["population"].astype(float).to_numpy()
    counts = places["count"].to_numpy()
    pvalues = np.array(
        [
            sm_rates.test_poisson(int(c), nobs=int(n), value=float(p0), method="exact-c").pvalue
            for c, n in zip(counts, places["population"], strict=True)
        ]
    )
    reject, p_adjusted, _, _ = multipletests(pvalues, alpha=alpha, method=adjust)
    level = 1 - alpha
    lower = stats.chi2.ppf(alpha / 2, 2 * counts) / 2
    upper = stats.chi2.ppf(1 - alpha / 2, 2 * (counts + 1)) / 2
    ratio = counts / expected
    frame = pd.DataFrame(
        {
            "place": places["place"].to_numpy(),
            "count": counts,
            "qualifier": places["qualifier"].to_numpy(),
            "population": places["population"].to_numpy(),
            "estimate": places["estimate"].to_numpy(),
            "ci_lower": places["ci_lower"].to_numpy(),
            "ci_upper": places["ci_upper"].to_numpy(),
            "national_rate": float(national["estimate"]),
            "ratio_to_national": ratio,
            "ratio_ci_lower": lower / expected,
            "ratio_ci_upper": upper / expected,
            "p_value": pvalues,
            "p_adjusted": p_adjusted,
            "distinguishable_from_national": reject,
        }
    )
    frame["direction"] = np.where(
        ~frame["distinguishable_from_national"], "similar", np.where(ratio > 1, "above", "below")
    )
    # A lower bound below the national rate (or an upper bound above it) decides nothing.
    unsafe = ((frame["qualifier"] == "at_least") & (frame["direction"] == "below")) | (
        (frame["qualifier"] == "at_most") & (frame["direction"] == "above")
    )
    frame.loc[unsafe, "distinguishable_from_national"] = False
    frame.loc[unsafe, "direction"] = "undetermined"
    frame = frame.sort_values("estimate", ascending=False, kind="stable").reset_index(drop=True)
    frame.insert(1, "rank", np.arange(1, len(frame) + 1))
    pairs = pairwise_rate_ratios(rates, reference=reference, year=year, alpha=alpha, adjust=adjust)
    same = {
        frozenset((a, b))
        for a, b, d in zip(
            pairs["place_a"], pairs["place_b"], pairs["distinguishable"], strict=True
        )
        if not d
    }
    letters = _groups(frame["place"].tolist(), same)
    frame["group"] = frame["place"].map(letters)
    frame["level"] = level
    frame["method"] = f"exact_poisson_test;{adjust}"
    columns = [
        "place",
        "rank",
        "count",
        "qualifier",
        "population",
        "estimate",
        "ci_lower",
        "ci_upper",
        "national_rate",
        "ratio_to_national",
        "ratio_ci_lower",
        "ratio_ci_upper",
        "p_value",
        "p_adjusted",
        "distinguishable_from_national",
        "direction",
        "group",
        "level",
        "method",
    ]
    return frame[columns]


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
                "ci_lower": ratio["ci_lower"],
                "ci_upper": ratio["ci_upper"],
                "p_value": ratio["p_value"],
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
    reject, p_adjusted, _, _ = multipletests(frame["p_value"], alpha=alpha, method=adjust)
    frame["p_adjusted"] = p_adjusted
    frame["distinguishable"] = reject & ~frame.pop("_unsafe").to_numpy(dtype=bool)
    frame["method"] = f"score;{adjust}"  # unadjusted score intervals, adjusted p-values
    return frame
