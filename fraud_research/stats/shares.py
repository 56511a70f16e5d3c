"""Scheme shares with simultaneous and per-scheme intervals, and honest rankings.

Shares of one total are read together ("which scheme is most common?"), so
they get simultaneous multinomial intervals (Goodman 1965, via statsmodels
``multinomial_proportions_confint``) that hold for all categories at once.
Per-scheme Wilson intervals are given beside them for readers who look at a
single scheme. Neighbouring ranks whose simultaneous intervals overlap are
flagged as indistinguishable rather than presented as a league table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from statsmodels.stats.proportion import multinomial_proportions_confint, proportion_confint

from ..dataset.schema import UNLISTED
from ..errors import ParameterError


def scheme_counts(panel_rows: pd.DataFrame, *, total: int | None = None) -> pd.Series:
    """Turn scheme rows of one period and source into a count Series, adding the unlisted rest.

    Parameters
    ----------
    panel_rows : DataFrame
        Rows with ``scheme`` and ``value`` (e.g. scheme figures of one place and year).
    total : int, optional
        The total the schemes belong to. When the schemes add up to less, the
        remainder becomes an explicit ``not_listed`` category.

    Returns
    -------
    Series
        Counts indexed by scheme id, named ``count``.

    Raises
    ------
    ParameterError
        When the schemes add up to more than ``total``, or a scheme appears twice.

    Examples
    --------
    >>> rows = pd.DataFrame({"scheme": ["prepayment", "phishing"], "value": [60, 30]})
    >>> scheme_counts(rows, total=100).to_dict()
    {'prepayment': 60, 'phishing': 30, 'not_listed': 10}
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
    if total is not None:
        listed = int(counts.sum())
        if listed > total:
            raise ParameterError(
                f"scheme counts add up to {listed}, more than the total {total}; "
                "a breakdown cannot exceed its total"
            )
        if listed < total:
            counts = pd.concat([counts, pd.Series({UNLISTED: total - listed}, name="count")])
    return counts


def scheme_shares(
    counts: pd.Series, *, alpha: float = 0.05, method: str = "goodman"
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

    Returns
    -------
    DataFrame
        One row per scheme, largest first: ``scheme``, ``count``, ``estimate`` (share),
        ``ci_lower``, ``ci_upper`` (simultaneous), ``wilson_lower``, ``wilson_upper``
        (per scheme), ``rank``, ``tied_with_next`` (True when this scheme and the next
        one cannot be told apart: their simultaneous intervals overlap), ``level``,
        ``method`` (the simultaneous method; the per-scheme intervals are Wilson's).

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
    # Ranks i and i+1 are indistinguishable when the lower bound of i does not clear the upper of i+1.
    overlaps = frame["ci_lower"].to_numpy()[:-1] <= frame["ci_upper"].to_numpy()[1:]
    tied = np.zeros(len(frame), dtype=bool)
    tied[:-1] = overlaps
    frame["tied_with_next"] = tied
    return frame
