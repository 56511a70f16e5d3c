"""What each chart of a region report draws: its figures (for its source line) and its caption.

A chart credits the outlets of the figures it draws, not every source of the report, and a
trend chart with no fitted trend (one or two years) says it draws the counts only.
"""

from __future__ import annotations


def chart_caption_key(report, section: str) -> str:
    """The caption's key of a chart: ``caption_<section>``, or ``caption_trend_counts`` for a
    trend chart without a projection.

    Examples
    --------
    >>> from fraud_research.report import prepare_region_report
    >>> chart_caption_key(prepare_region_report(place="kazakhstan", year=2025), "trend")
    'caption_trend_counts'
    """
    projected = report.trend_result is not None and not report.trend_projection().empty
    return "caption_trend_counts" if section == "trend" and not projected else f"caption_{section}"


def chart_figure_ids(report, section: str) -> list[str]:
    """The ids of the figures a chart draws: the scheme counts (``shares``), the yearly counts
    (``trend``), or the year's headline figures and populations (``spine``).

    Examples
    --------
    >>> from fraud_research.report import prepare_region_report
    >>> chart_figure_ids(prepare_region_report(place="turkestan", year=2025), "trend")
    ['turkestan-2023-cases', 'turkestan-2024-cases', 'turkestan-2025-cases']
    """
    breakdown = [part for fid in report._breakdown["figure_id"] for part in fid.split(" + ")]
    if section == "shares":
        return breakdown
    if section == "trend":
        return list(report.cases["figure_id"])
    cases = report.cases[report.cases["year"].isin([report.year, report.year - 1])]
    rates = report.counts_and_rates()
    populations = [
        part
        for fid in rates.loc[rates["year"] == report.year, "population_figure_id"]
        for part in fid.split(" + ")
        if part
    ]
    damage = report.damage[report.damage["year"] == report.year]
    return [*cases["figure_id"], *damage["figure_id"], *populations, *breakdown]
