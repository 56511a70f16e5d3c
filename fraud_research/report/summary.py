"""The headline figures of every place and year: the index page's table and ``summary.csv``.

Examples
--------
>>> summary = headline_summary(places=["turkestan"])
>>> summary["year"].tolist()
[2023, 2024, 2025]
"""

from __future__ import annotations

import pandas as pd

from ..dataset import load_figures, places_with_data, select_panel
from ..stats import average_loss_table, change_interval, pooled_dispersion, year_on_year

SUMMARY_COLUMNS = [
    "place",
    "year",
    "cases",
    "cases_qualifier",
    "damage_kzt",
    "damage_qualifier",
    "average_loss_kzt",
    "average_loss_qualifier",
    "average_loss_digits",
    "change_ratio",
    "change_ci_lower",
    "change_ci_upper",
    "change_method",
]


def headline_summary(figures: pd.DataFrame | None = None, *, places=None) -> pd.DataFrame:
    """Return the headline figures of every place and year: the index page's table.

    Parameters
    ----------
    figures : DataFrame, optional
        The validated dataset; loaded if omitted.
    places : list of str, optional
        Place ids; defaults to every place with a full-year figure.

    Returns
    -------
    DataFrame
        One row per place and year with ``SUMMARY_COLUMNS``; empty cells where a
        figure is not published (nothing is filled in). ``average_loss_kzt`` is the
        unrounded ratio; ``average_loss_digits`` the significant digits its printed
        totals support (the report layer rounds to them).

    Examples
    --------
    >>> summary = headline_summary(places=["turkestan"])
    >>> row = summary.set_index("year").loc[2025]
    >>> int(row["cases"]), int(row["damage_kzt"]), round(float(row["average_loss_kzt"]), 2)
    (843, 1665783000, 1976017.79)
    >>> round(float(row["change_ratio"]), 4), int(row["average_loss_digits"])
    (1.4097, 7)
    """
    figures = load_figures() if figures is None else figures
    places = places_with_data(figures) if places is None else list(places)
    rows = []
    dispersion = pooled_dispersion(figures)
    for place in places:
        cases = select_panel(figures, place=place).set_index("year")
        damage = select_panel(figures, place=place, metric="damage_kzt").set_index("year")
        loss = average_loss_table(cases.reset_index(), damage.reset_index()).set_index("year")
        yoy = year_on_year(cases.reset_index(), dispersion=dispersion).set_index("to_year")
        for year in sorted(set(cases.index) | set(damage.index)):
            row = {"place": place, "year": int(year)}
            if year in cases.index:
                row.update(
                    cases=int(cases.at[year, "value"]), cases_qualifier=cases.at[year, "qualifier"]
                )
            if year in damage.index:
                row.update(
                    damage_kzt=int(damage.at[year, "value"]),
                    damage_qualifier=damage.at[year, "qualifier"],
                )
            if year in loss.index:
                row.update(
                    average_loss_kzt=float(loss.at[year, "estimate"]),
                    average_loss_qualifier=loss.at[year, "qualifier"],
                    average_loss_digits=int(loss.at[year, "significant_digits"]),
                )
            if year in yoy.index:
                row.update(_change_fields(yoy.loc[year]))
            rows.append(row)
    summary = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    for column in ("cases", "damage_kzt", "average_loss_digits"):
        summary[column] = summary[column].astype("Int64")
    return summary


def _change_fields(change: pd.Series) -> dict:
    """The change on the previous year with the interval the reports read
    (:func:`~fraud_research.stats.change_interval`)."""
    lower, upper, method = change_interval(change)
    return {
        "change_ratio": float(change["estimate"]),
        "change_ci_lower": lower,
        "change_ci_upper": upper,
        "change_method": method,
    }
