"""Change between two years as a rate ratio with its confidence interval.

Two annual counts are compared as a ratio of Poisson rates (with equal exposure
of one year each, or populations when both are given), using statsmodels
``confint_poisson_2indep`` (score interval). A ratio whose interval includes 1
is not evidence of a change.
"""

from __future__ import annotations

import pandas as pd
from statsmodels.stats import rates as sm_rates

from ..errors import ParameterError


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
        ``ci_upper``, ``p_value`` (test of equal rates), ``level``, ``method`` (the interval
        method of ``confint_poisson_2indep``, e.g. ``"score"``).

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


def year_on_year(panel: pd.DataFrame, *, alpha: float = 0.05) -> pd.DataFrame:
    """Return the change between consecutive years of a full-year count panel.

    Only consecutive calendar years are compared; a gap is reported, not bridged.

    Returns
    -------
    DataFrame
        One row per pair: ``from_year``, ``to_year``, and the :func:`rate_ratio` columns.

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
    ordered = panel.sort_values("year")
    rows = []
    for before, after in zip(
        ordered.iloc[:-1].itertuples(), ordered.iloc[1:].itertuples(), strict=True
    ):
        if int(after.year) - int(before.year) != 1:
            continue
        ratio = rate_ratio(int(after.value), int(before.value), alpha=alpha).iloc[0]
        rows.append(
            {
                "from_year": int(before.year),
                "to_year": int(after.year),
                **ratio.to_dict(),
                "qualifiers": f"{before.qualifier}/{after.qualifier}",
            }
        )
    columns = [
        "from_year",
        "to_year",
        "count",
        "reference",
        "estimate",
        "ci_lower",
        "ci_upper",
        "p_value",
        "level",
        "method",
        "qualifiers",
    ]
    return pd.DataFrame(rows, columns=columns)
