"""The numbers behind each chart, as CSV beside the report, with a short metadata README.

Examples
--------
>>> import tempfile, pathlib
>>> from fraud_research.report import prepare_region_report
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> paths = write_region_chart_data(prepare_region_report(place="turkestan", year=2025), folder)
>>> [p.name for p in paths]
['turkestan_2025_chart_spine.csv', 'turkestan_2025_chart_shares.csv', 'turkestan_2025_chart_trend.csv', 'turkestan_2025_README.txt']
>>> "https://gurk.kz/" in paths[-1].read_text(encoding="utf-8")
True
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..dataset import atomic_path
from .formatting import without_marks
from .labels import label_place

_README = """{title}

Files
{files}

Sources (publisher first; each figure's quote is in the report's Sources table)
{sources}

Qualifiers: "exact", "at_least" («более»: a lower bound), "approx" («около»), "rounded"
(«7 тыс.»: any count that rounds to it). A qualifier travels into every number derived from
the figure.
Method: counts with exact Poisson (Garwood) 95% intervals; shares with Goodman simultaneous
95% intervals; year-on-year change as a ratio of Poisson rates with a score 95% interval and
a 95% interval allowing for between-year variation (the one the report reads); rates per
100 000 only with a sourced population; the average loss is a ratio of totals.
Licence: the figures are facts published by the sources named above; cite them first. The
derived tables may be reused with attribution ("via fraud-research").
"""


def _published(date) -> str:
    """«published 2026-02-07», or that the page shows no date (never a computer's NaT)."""
    return "publication date not shown" if pd.isna(date) else f"published {str(date)[:10]}"


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write a report's table as UTF-8 CSV, atomically and without the page's text marks."""
    with atomic_path(path) as tmp:
        without_marks(frame).to_csv(tmp, index=False, encoding="utf-8")
    return path


def _trend_frame(report) -> pd.DataFrame:
    result = report.trend_result
    if result is None:
        return pd.DataFrame(columns=["year", "kind", "value"])
    observed = result.observed[["year", "value"]].assign(kind="observed")
    projection = result.projection.drop(columns=["method"], errors="ignore").assign(
        kind="projection"
    )
    return pd.concat([observed, projection], ignore_index=True)


def write_region_chart_data(report, folder: str | Path) -> list[Path]:
    """Write each chart's numbers (spine, shares, trend) and a README into ``folder``; return paths."""
    folder = Path(folder)
    stem = f"{report.place}_{report.year}"
    frames = {
        "spine": report.spine(),
        "shares": report.scheme_shares(),
        "trend": _trend_frame(report),
    }
    paths = [
        write_csv(frame, folder / f"{stem}_chart_{name}.csv") for name, frame in frames.items()
    ]
    sources = report.sources()
    lines = "\n".join(
        f"- {row.source_url or 'no address'} ({_published(row.published)}; "
        f"{row.figure_id}, as printed: {row.qualifier})"
        for row in sources.itertuples()
    )
    place = label_place(report.place, "en")  # the README is in English, as its file names
    text = _README.format(
        title=f"Internet fraud, {place}, {report.year}: the numbers behind the charts",
        files="\n".join(f"- {p.name}" for p in paths),
        sources=lines,
    )
    readme = folder / f"{stem}_README.txt"
    with atomic_path(readme) as tmp:
        Path(tmp).write_text(text, encoding="utf-8")
    return [*paths, readme]
