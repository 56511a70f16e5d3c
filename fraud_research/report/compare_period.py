"""What a comparison on one period leaves out, in the reader's words.

A comparison never mixes periods: places with a figure for another span of the
year are listed as not comparable, each with its own period; places with a count
but no sourced population are named (their count is shown, no rate is invented).

Examples
--------
>>> from fraud_research.report import prepare_compare_report
>>> report = prepare_compare_report(year=2025, period="2025-01/2025-05")
>>> not_comparable_table(report).iloc[0, :3].astype(str).tolist()
['Aktobe Region', 'January–September 2025', '846']
"""

from __future__ import annotations

import pandas as pd

from ..dataset import cached_places
from .labels import label_place, relabel, translate
from .periods import row_period_words


def not_comparable_table(report) -> pd.DataFrame:
    """Return the figures for another span, one row per place and period, for readers.

    Columns: ``place`` (its name), ``period`` (its own period in words), ``count``
    and ``qualifier`` (as printed), ``figure_id``.
    """
    other = report.not_comparable.drop_duplicates(
        ["place", "period_kind", "period_start", "period_end", "count", "qualifier"]
    )
    frame = pd.DataFrame(
        {
            "place": [label_place(p, report.lang) for p in other["place"]],
            "period": [row_period_words(r, lang=report.lang) for _, r in other.iterrows()],
            "count": other["count"].astype(int).to_numpy(),
            "qualifier": other["qualifier"].to_numpy(),
            "figure_id": other["figure_id"].to_numpy(),
        }
    )
    return relabel(frame, report.lang, headings=False)


def places_without_figure(report) -> list[str]:
    """Return the ids of the chosen places (all registry places when none were chosen) that
    have no figure for the compared period nor for another span of its year (those are listed
    apart, with their spans).

    Examples
    --------
    >>> from fraud_research.report import prepare_compare_report
    >>> report = prepare_compare_report(year=2025, period="2025-01/2025-05")
    >>> missing = places_without_figure(report)
    >>> "shymkent_city" in missing, "aktobe" in missing  # Aktobe has January–September
    (True, False)
    """
    listed = set(report.rates["place"]) | set(report.not_comparable.get("place", ()))
    chosen = report.places or tuple(cached_places().index)
    return [p for p in chosen if p not in listed]


def not_comparable_parts(report) -> list[tuple]:
    """Return the section's parts: who has no figure for the span, who has another, no rate."""
    lang, label = report.lang, report.period_label
    missing = ", ".join(label_place(p, lang) for p in places_without_figure(report))
    parts = [("text", translate("no_figure_for_period", lang, year=report.year, names=missing))]
    parts = parts if missing else []
    no_rate = report.rates.loc[~report.rates["has_rate"], "place"]
    if len(no_rate):
        names = ", ".join(label_place(p, lang) for p in no_rate)
        parts.append(("text", translate("no_rate_places", lang, names=names)))
    if report.not_comparable.empty:
        return [*parts, ("text", translate("nothing_not_comparable", lang))]
    intro = translate("intro_not_comparable", lang, year=report.year, period=label)
    return [*parts, ("md", intro), ("table", report.table("not_comparable"))]
