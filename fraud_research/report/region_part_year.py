"""The region report's part-year tables: published spans, same-span change, annualised on request.

Examples
--------
>>> from fraud_research.report import prepare_region_report
>>> report = prepare_region_report(place="karaganda", year=2025)
>>> part_year_table(report)[["period", "value"]].values.tolist()
[['January–May 2025', 868]]
"""

from __future__ import annotations

import pandas as pd

from ..dataset import select_panel
from ..stats import ANNUALISED_COLUMNS, annualise_part_year, part_year_changes
from .periods import period_words, row_period_words
from .sections import data_note


def part_year_panel(report) -> pd.DataFrame:
    """The place's part-year case counts up to the report year (one per period, panel rule)."""
    panel = select_panel(report.figures, place=report.place, include_partial=True)
    return panel[(panel["period_kind"] != "full_year") & (panel["year"] <= report.year)]


def part_year_table(report) -> pd.DataFrame:
    """Return the published part-year counts, latest first, each with its ``period`` in words."""
    panel = part_year_panel(report).sort_values(
        ["year", "period_end"], ascending=False, na_position="last"
    )
    words = [row_period_words(row, lang=report.lang) for _, row in panel.iterrows()]
    notes = report.figures.set_index("figure_id")["note"]
    caveats = [data_note(notes.get(fid), report.lang) for fid in panel["figure_id"]]
    return panel.assign(period=words, caveat=caveats).reset_index(drop=True)


def _span_words(years, starts, ends, lang: str) -> list[str]:
    return [
        period_words("months", int(y), s, e, lang=lang)
        for y, s, e in zip(years, starts, ends, strict=True)
    ]


def part_year_change_table(report) -> pd.DataFrame:
    """Return the change between years of the same span (the full years' change rule)."""
    table = part_year_changes(part_year_panel(report), dispersion=report._dispersion)
    first = pd.to_datetime("2001-" + table["span_start"])
    starts = {
        side: [d.replace(year=int(y)) for d, y in zip(first, table[f"{side}_year"], strict=True)]
        for side in ("from", "to")
    }
    return table.assign(
        from_period=_span_words(
            table["from_year"], starts["from"], table["from_period_end"], report.lang
        ),
        to_period=_span_words(table["to_year"], starts["to"], table["to_period_end"], report.lang),
    )


def annualised_table(report) -> pd.DataFrame:
    """Return part-year counts scaled to a year, only when the report was asked to (else empty)."""
    if not report.annualise:
        return pd.DataFrame(columns=[*ANNUALISED_COLUMNS, "period"])
    table = annualise_part_year(part_year_panel(report))
    words = _span_words(table["year"], table["period_start"], table["period_end"], report.lang)
    return table.assign(period=words)
