"""Average loss per case from published totals, with the qualifiers carried through.

The average loss is a ratio of two published totals (damage / cases). It is a
mean, pulled up by a few large losses; the median loss, which most victims are
closer to, needs case-level data and cannot be derived from totals. When a total
is a bound or an approximation, the average inherits it: damage "более X" gives
an average of "at least X / cases". It also inherits how precisely the totals
were printed: ``significant_digits`` says how many digits the average supports
(:func:`~fraud_research.dataset.qualifiers.printed_digits`), ``derived`` that it
is computed, not published; the report layer rounds and labels it.
"""

from __future__ import annotations

import pandas as pd

from ..dataset.qualifiers import combine_ratio_qualifier, derived_digits, printed_digits
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
        One row: ``damage_kzt``, ``cases``, ``estimate`` (tenge per case, unrounded),
        ``qualifier``, ``significant_digits`` (what the printed totals support),
        ``derived`` (True: computed, never "as printed"), ``method``
        (``"ratio_of_totals"``: a mean, not a median, which needs case-level data).

    Raises
    ------
    ParameterError
        For a negative damage or a case count that is not positive.

    Examples
    --------
    Turkestan 2025: 1 млрд 665 млн 783 тыс. tenge over 843 cases.

    >>> row = average_loss(1_665_783_000, 843).iloc[0]
    >>> float(round(row["estimate"], 2)), row["qualifier"], int(row["significant_digits"])
    (1976017.79, 'exact', 7)

    Turkestan 2024: «шамамен 1 млрд» over 598 cases supports two digits (about 1.7 million).

    >>> row = average_loss(1_000_000_000, 598, damage_qualifier="approx").iloc[0]
    >>> row["qualifier"], int(row["significant_digits"]), bool(row["derived"])
    ('approx', 2, True)
    >>> average_loss(1_800_000_000, 564, damage_qualifier="at_least")["qualifier"].item()
    'at_least'
    """
    if cases is None or cases <= 0:
        raise ParameterError(f"cases must be a positive count, got {cases!r}")
    if damage is None or damage < 0:
        raise ParameterError(f"damage must be >= 0 tenge, got {damage!r}")
    qualifier = combine_ratio_qualifier(damage_qualifier, cases_qualifier)
    digits = derived_digits(
        printed_digits(damage, damage_qualifier), printed_digits(cases, cases_qualifier, count=True)
    )
    return pd.DataFrame(
        {
            "damage_kzt": [int(damage)],
            "cases": [int(cases)],
            "estimate": [damage / cases],
            "qualifier": [qualifier],
            "significant_digits": [int(digits)],
            "derived": [True],
            "method": ["ratio_of_totals"],
        }
    )


_LOSS_COLUMNS = ["year", "damage_kzt", "damage_qualifier", "cases", "cases_qualifier", "estimate",
                 "qualifier", "significant_digits", "derived", "method", "cases_figure_id",
                 "damage_figure_id"]  # fmt: skip


def average_loss_table(cases_panel: pd.DataFrame, damage_panel: pd.DataFrame) -> pd.DataFrame:
    """Return the average loss for every year that has both a case count and damage.

    Parameters
    ----------
    cases_panel, damage_panel : DataFrame
        Panels from :func:`~fraud_research.dataset.select_panel` for ``cases_registered``
        and ``damage_kzt`` of one place.

    Returns
    -------
    DataFrame
        One row per matching year: ``year``, the :func:`average_loss` columns, the
        qualifiers of its inputs as published (``damage_qualifier``, ``cases_qualifier``)
        and the ``cases_figure_id`` / ``damage_figure_id`` it was computed from.

    Examples
    --------
    >>> from fraud_research.dataset import select_panel
    >>> table = average_loss_table(select_panel(place="turkestan"),
    ...                            select_panel(place="turkestan", metric="damage_kzt"))
    >>> table[["year", "estimate", "qualifier", "significant_digits"]].round(2).values.tolist()
    [[2024, 1672240.8, 'approx', 2], [2025, 1976017.79, 'exact', 7]]

    A year with damage but no case count (Kazakhstan before 2024) gives nothing:

    >>> national = select_panel(place="kazakhstan")
    >>> average_loss_table(national[national["year"] < 2024],
    ...                    select_panel(place="kazakhstan", metric="damage_kzt")).empty
    True
    """
    key = ["year", "period_kind", "period_start", "period_end"]
    if cases_panel.empty or damage_panel.empty:  # an empty panel's dates have no dtype to merge on
        return pd.DataFrame(columns=_LOSS_COLUMNS)
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
                "damage_qualifier": row.qualifier_damage,
                "cases_qualifier": row.qualifier_cases,
                "cases_figure_id": row.figure_id_cases,
                "damage_figure_id": row.figure_id_damage,
            }
        )
    return pd.DataFrame(rows, columns=_LOSS_COLUMNS)
