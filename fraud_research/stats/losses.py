"""Average loss per case from published totals, with the qualifiers carried through.

The average loss is a ratio of two published totals (damage / cases). It is a
mean, pulled up by a few large losses; the median loss, which most victims are
closer to, needs case-level data and cannot be derived from totals. When a total
is a bound or an approximation, the average inherits it: damage "более X" gives
an average of "at least X / cases".
"""

from __future__ import annotations

import pandas as pd

from ..dataset.qualifiers import combine_ratio_qualifier
from ..errors import ParameterError


def average_loss(
    damage: int, cases: int, *, damage_qualifier: str = "exact", cases_qualifier: str = "exact"
) -> pd.DataFrame:
    """Return the average loss per case (damage / cases) with its qualifier.

    Parameters
    ----------
    damage : int
        Total damage in tenge.
    cases : int
        Registered cases for the same place and period.
    damage_qualifier, cases_qualifier : str, keyword-only
        How each total was printed (``exact``, ``at_least``, ``approx``, ``rounded``, ...).

    Returns
    -------
    DataFrame
        One row: ``damage_kzt``, ``cases``, ``estimate`` (tenge per case),
        ``qualifier``, ``method`` (``"ratio_of_totals"``: a mean, not a median, which
        needs case-level data).

    Raises
    ------
    ParameterError
        For a negative damage or a case count that is not positive.

    Examples
    --------
    Turkestan 2025: 1 млрд 665 млн 783 тыс. tenge over 843 cases.

    >>> row = average_loss(1_665_783_000, 843).iloc[0]
    >>> float(round(row["estimate"], 2)), row["qualifier"]
    (1976017.79, 'exact')
    >>> average_loss(1_800_000_000, 564, damage_qualifier="at_least")["qualifier"].item()
    'at_least'
    """
    if cases is None or cases <= 0:
        raise ParameterError(f"cases must be a positive count, got {cases!r}")
    if damage is None or damage < 0:
        raise ParameterError(f"damage must be >= 0 tenge, got {damage!r}")
    qualifier = combine_ratio_qualifier(damage_qualifier, cases_qualifier)
    return pd.DataFrame(
        {
            "damage_kzt": [int(damage)],
            "cases": [int(cases)],
            "estimate": [damage / cases],
            "qualifier": [qualifier],
            "method": ["ratio_of_totals"],
        }
    )


def average_loss_table(cases_panel: pd.DataFrame, damage_panel: pd.DataFrame) -> pd.DataFrame:
    """Return the average loss for every year that has both a case count and damage.

    Parameters
    ----------
    cases_panel, damage_panel : DataFrame
        Panels from :func:`~fraud_research.panel.select_panel` for ``cases_registered``
        and ``damage_kzt`` of one place.

    Returns
    -------
    DataFrame
        One row per matching year: ``year``, the :func:`average_loss` columns and the
        ``cases_figure_id`` / ``damage_figure_id`` it was computed from.

    Examples
    --------
    >>> from fraud_research.dataset import select_panel
    >>> table = average_loss_table(select_panel(place="turkestan"),
    ...                            select_panel(place="turkestan", metric="damage_kzt"))
    >>> table[["year", "estimate", "qualifier"]].round(2).values.tolist()
    [[2024, 1672240.8, 'approx'], [2025, 1976017.79, 'exact']]
    """
    key = ["year", "period_kind", "period_start", "period_end"]
    merged = cases_panel.merge(damage_panel, on=key, suffixes=("_cases", "_damage"))
    rows = []
    for row in merged.itertuples():
        loss = average_loss(
            int(row.value_damage),
            int(row.value_cases),
            damage_qualifier=row.qualifier_damage,
            cases_qualifier=row.qualifier_cases,
        ).iloc[0]
        rows.append(
            {
                "year": int(row.year),
                **loss.to_dict(),
                "cases_figure_id": row.figure_id_cases,
                "damage_figure_id": row.figure_id_damage,
            }
        )
    columns = [
        "year",
        "damage_kzt",
        "cases",
        "estimate",
        "qualifier",
        "method",
        "cases_figure_id",
        "damage_figure_id",
    ]
    return pd.DataFrame(rows, columns=columns)
