"""What a region report resolved when sources disagreed: counts, damage and populations.

Examples
--------
>>> from fraud_research.report import prepare_region_report
>>> turkestan = resolved_conflicts(prepare_region_report(place="turkestan", year=2025))
>>> turkestan[["metric", "value", "figure_id", "conflict"]].values.tolist()
[['population', 2154334, 'turkestan-2025-population', 'turkestan-2025-population-2']]
"""

from __future__ import annotations

import pandas as pd

#: Columns of :func:`resolved_conflicts`.
CONFLICT_COLUMNS = ["metric", "year", "value", "figure_id", "conflict"]


def resolved_conflicts(report) -> pd.DataFrame:
    """Return one row per figure the report chose over another outlet's: its ``metric``,
    ``year``, ``value``, ``figure_id`` and the ``conflict`` ids set aside (``"; "``)."""
    frames = [
        report.cases.assign(metric="cases_registered"),
        report.damage.assign(metric="damage_kzt"),
        population_conflicts(report),
    ]
    table = pd.concat(frames, ignore_index=True)
    return table.loc[table["conflict"] != "", CONFLICT_COLUMNS].reset_index(drop=True)


def population_conflicts(report) -> pd.DataFrame:
    """One row per population figure a rate used that another outlet contradicts (the
    populations of one date: a mid-year average uses two, each may have its own)."""
    by_id = report.figures.set_index("figure_id")
    found: dict[str, list[str]] = {}
    rates = report.counts_and_rates()
    for used, others in rates[["population_figure_id", "population_conflict"]].values:
        for other in filter(None, str(others).split("; ")):
            date = by_id.at[other, "period_end"]
            for chosen in filter(None, str(used).split(" + ")):
                if by_id.at[chosen, "period_end"] == date and other not in found.get(chosen, []):
                    found.setdefault(chosen, []).append(other)
    rows = [
        {"metric": "population", "year": int(by_id.at[chosen, "year"]),
         "value": int(by_id.at[chosen, "value"]), "figure_id": chosen,
         "conflict": "; ".join(others)}
        for chosen, others in found.items()
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)
