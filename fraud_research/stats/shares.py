"""Scheme shares with simultaneous and per-scheme intervals, and honest rankings.

Shares of one total are read together ("which scheme is most common?"), so
they get simultaneous multinomial intervals (Goodman 1965, via statsmodels
``multinomial_proportions_confint``) that hold for all categories at once.
Per-scheme Wilson intervals are given beside them for readers who look at a
single scheme. Neighbouring ranks whose simultaneous intervals overlap are
flagged as indistinguishable rather than presented as a league table.

Qualifiers travel into the shares: the share of a count printed «более 300» is
a lower bound, the share of the remainder after it an upper bound. Such a
share keeps only the limit on its side (``bound``: ``lower``/``upper``), and a
share whose direction is lost (``indeterminate``) keeps none; two neighbours
are told apart only when a kept limit separates them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from statsmodels.stats.proportion import multinomial_proportions_confint, proportion_confint

from ..dataset.qualifiers import (
    bound_side,
    combine_ratio_qualifier,
    difference_qualifier,
    open_limits,
    sum_qualifier,
)
from ..dataset.schema import UNLISTED
from ..errors import ParameterError

_CANDIDATES = ("exact", "approx", "at_least", "at_most", "approx_at_least", "approx_at_most")


def _total_qualifier(parts: list[str], remainder: str | None) -> str:
    """The qualifier of a total whose parts and derived remainder have these qualifiers."""
    if remainder is None:
        return sum_qualifier(parts)
    listed = sum_qualifier(parts)
    return next(
        (q for q in _CANDIDATES if difference_qualifier(q, listed) == remainder), "indeterminate"
    )


def scheme_counts(
    panel_rows: pd.DataFrame, *, total: int | None = None, total_qualifier: str = "exact"
) -> pd.Series:
    """Turn scheme rows of one period and source into a count Series, adding the unlisted rest.

    Parameters
    ----------
    panel_rows : DataFrame
        Rows with ``scheme`` and ``value`` (e.g. scheme figures of one place and year),
        optionally ``qualifier`` and ``derived`` (a remainder row computed from the total,
        as :func:`~fraud_research.dataset.scheme_breakdown` gives).
    total : int, optional
        The total the schemes belong to. When the schemes add up to less, the
        remainder becomes an explicit ``not_listed`` category.
    total_qualifier : str, keyword-only
        How ``total`` was printed; the remainder's qualifier follows
        :func:`~fraud_research.dataset.qualifiers.difference_qualifier`.

    Returns
    -------
    Series
        Counts indexed by scheme id, named ``count``. With qualifiers, ``attrs``
        holds ``qualifiers`` (scheme -> qualifier) and ``total_qualifier``, which
        :func:`scheme_shares` carries into the shares.

    Raises
    ------
    ParameterError
        When the schemes add up to more than ``total``, or a scheme appears twice.

    Examples
    --------
    >>> rows = pd.DataFrame({"scheme": ["prepayment", "phishing"], "value": [60, 30]})
    >>> scheme_counts(rows, total=100).to_dict()
    {'prepayment': 60, 'phishing': 30, 'not_listed': 10}

    Kostanay city 2025: «более 300» of 981 cases by calls; the rest is at most 681.

    >>> rows = pd.DataFrame({"scheme": ["impersonation_call"], "value": [300],
    ...                      "qualifier": ["at_least"]})
    >>> counts = scheme_counts(rows, total=981)
    >>> counts.attrs["qualifiers"], counts.attrs["total_qualifier"]
    ({'impersonation_call': 'at_least', 'not_listed': 'at_most'}, 'exact')
    """
    if panel_rows["scheme"].duplicated().any():
        dupes = sorted(panel_rows.loc[panel_rows["scheme"].duplicated(), "scheme"])
        raise ParameterError(
            f"scheme(s) {', '.join(dupes)} appear more than once; pass one figure per scheme "
            "(select one source, or add sub-categories of one scheme together first)"
        )
    counts = pd.Series(
        panel_rows["value"].astype(int).to_numpy(),
        index=panel_rows["scheme"].to_list(),
        name="count",
    )
    qualifiers = (
        dict(zip(counts.index, panel_rows["qualifier"], strict=True))
        if "qualifier" in panel_rows
        else None
    )
    if total is not None:
        listed = int(counts.sum())
        if listed > total:
            raise ParameterError(
                f"scheme counts add up to {listed}, more than the total {total}; "
                "a breakdown cannot exceed its total"
            )
        if listed < total:
            counts = pd.concat([counts, pd.Series({UNLISTED: total - listed}, name="count")])
            if qualifiers is not None:
                parts = sum_qualifier(qualifiers.values())
                qualifiers[UNLISTED] = difference_qualifier(total_qualifier, parts)
    if qualifiers is not None:
        derived = panel_rows.get("derived", pd.Series(False, index=panel_rows.index))
        rest = [q for q, d in zip(panel_rows["qualifier"], derived, strict=True) if d]
        parts = [q for q, d in zip(panel_rows["qualifier"], derived, strict=True) if not d]
        counts.attrs["qualifiers"] = qualifiers
        counts.attrs["total_qualifier"] = (
            total_qualifier
            if total is not None
            else _total_qualifier(parts, next(iter(rest), None))
        )
    return counts


def scheme_shares(
    counts: pd.Series,
    *,
    alpha: float = 0.05,
    method: str = "goodman",
    qualifiers: dict | None = None,
    total_qualifier: str | None = None,
) -> pd.DataFrame:
    """Return each scheme's share of the total with simultaneous and per-scheme intervals.

    Parameters
    ----------
    counts : Series
        Non-negative integer counts indexed by scheme (all categories of one total,
        including any unlisted remainder).
    alpha : float, keyword-only
        1 - confidence level (0.05 gives 95% intervals).
    method : {"goodman", "sison-glaz"}, keyword-only
        Simultaneous interval method of ``multinomial_proportions_confint``.
        Goodman suits few categories with large counts (the usual press figures).
    qualifiers : dict, keyword-only, optional
        Scheme -> how its count was printed; defaults to ``counts.attrs["qualifiers"]``
        (set by :func:`scheme_counts`), else every count is exact.
    total_qualifier : str, keyword-only, optional
        How the total was printed; defaults to ``counts.attrs["total_qualifier"]``,
        else ``exact``.

    Returns
    -------
    DataFrame
        One row per scheme, largest first: ``scheme``, ``count``, ``estimate`` (share),
        ``ci_lower``, ``ci_upper`` (simultaneous), ``wilson_lower``, ``wilson_upper``
        (per scheme), ``rank``, ``tied_with_next`` (True when this scheme and the next
        one cannot be told apart: their simultaneous intervals overlap, or a bound
        leaves it open), ``qualifier`` (of the share: count over total),
        ``bound`` (``lower``, ``upper``, ``undetermined`` when the qualifier leaves
        only one limit or none, else ``""``), ``level``, ``method`` (the simultaneous
        method; the per-scheme intervals are Wilson's).

    Raises
    ------
    ParameterError
        For negative or non-integer counts, a zero total or fewer than two categories.

    See Also
    --------
    statsmodels.stats.proportion.multinomial_proportions_confint

    Examples
    --------
    Turkestan 2025 (akimat press release):

    >>> counts = pd.Series({"impersonation_call": 340, "prepayment": 255, "fake_investment": 98,
    ...                     "messenger_acquaintance": 49, "lottery": 47, "other": 54})
    >>> shares = scheme_shares(counts)
    >>> shares[["scheme", "count", "estimate", "tied_with_next"]].round(4).to_string(index=False)
    '                scheme  count  estimate  tied_with_next\\n    impersonation_call    340    0.4033           False\\n            prepayment    255    0.3025           False\\n       fake_investment     98    0.1163           False\\n                 other     54    0.0641            True\\nmessenger_acquaintance     49    0.0581            True\\n               lottery     47    0.0558           False'

    A lower-bound count gives a lower-bound share (Kostanay city 2025):

    >>> kostanay = scheme_shares(pd.Series({"impersonation_call": 300, "not_listed": 681}),
    ...                          qualifiers={"impersonation_call": "at_least",
    ...                                      "not_listed": "at_most"})
    >>> kostanay[["scheme", "qualifier", "bound"]].values.tolist()
    [['not_listed', 'at_most', 'upper'], ['impersonation_call', 'at_least', 'lower']]
    >>> kostanay["ci_lower"].isna().tolist(), kostanay["ci_upper"].isna().tolist()
    ([True, False], [False, True])
    """
    if method not in ("goodman", "sison-glaz"):
        raise ParameterError(f"method must be 'goodman' or 'sison-glaz', got {method!r}")
    if not 0 < alpha < 1:
        raise ParameterError(f"alpha must be between 0 and 1, got {alpha!r}")
    values = np.asarray(counts, dtype=float)
    if len(values) < 2:
        raise ParameterError("shares need at least two categories")
    if (values < 0).any() or (values != np.round(values)).any():
        raise ParameterError(f"counts must be non-negative integers, got {values.tolist()}")
    total = values.sum()
    if total == 0:
        raise ParameterError("all counts are zero; shares of nothing are undefined")
    order = np.argsort(-values, kind="stable")
    values = values[order]
    labels = [counts.index[i] for i in order]
    simultaneous = multinomial_proportions_confint(values, alpha=alpha, method=method)
    wilson_lower, wilson_upper = proportion_confint(values, total, alpha=alpha, method="wilson")
    frame = pd.DataFrame(
        {
            "scheme": labels,
            "count": values.astype(int),
            "estimate": values / total,
            "ci_lower": simultaneous[:, 0],
            "ci_upper": simultaneous[:, 1],
            "wilson_lower": wilson_lower,
            "wilson_upper": wilson_upper,
            "rank": np.arange(1, len(values) + 1),
            "level": 1 - alpha,
            "method": method,
        }
    )
    frame = _apply_qualifiers(frame, counts, qualifiers, total_qualifier)
    # Ranks i and i+1 are indistinguishable unless the lower limit of i clears the upper of i+1
    # (a limit a bound leaves undetermined clears nothing).
    clears = frame["ci_lower"].to_numpy()[:-1] > frame["ci_upper"].to_numpy()[1:]
    tied = np.zeros(len(frame), dtype=bool)
    tied[:-1] = ~clears
    frame["tied_with_next"] = tied
    return frame[[c for c in _SHARE_COLUMNS if c in frame]]


_SHARE_COLUMNS = ["scheme", "count", "estimate", "ci_lower", "ci_upper", "wilson_lower",
                  "wilson_upper", "rank", "tied_with_next", "qualifier", "bound", "level",
                  "method"]  # fmt: skip


def _apply_qualifiers(frame, counts, qualifiers, total_qualifier) -> pd.DataFrame:
    """Qualify each share (count over total) and keep only the limits its bound leaves."""
    qualifiers = counts.attrs.get("qualifiers", {}) if qualifiers is None else qualifiers
    total_qualifier = total_qualifier or counts.attrs.get("total_qualifier", "exact")
    shares = [
        combine_ratio_qualifier(qualifiers.get(s, "exact"), total_qualifier)
        for s in frame["scheme"]
    ]
    frame["qualifier"] = shares
    frame["bound"] = [bound_side(q) for q in shares]
    for bound in ("lower", "upper", "undetermined"):
        rows = frame["bound"] == bound
        for side in open_limits(bound):
            frame.loc[rows, [f"ci_{side}", f"wilson_{side}"]] = np.nan
    return frame
