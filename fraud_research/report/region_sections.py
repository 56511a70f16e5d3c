"""The region report's sections in reading order, each built from a :class:`RegionReport`.

Examples
--------
>>> from fraud_research.report import prepare_region_report
>>> report = prepare_region_report(place="turkestan", year=2025, lang="kk")
>>> region_section(report, "methods").text().splitlines()[0]
'Әдістер мен ескертулер'
"""

from __future__ import annotations

from ..errors import ParameterError
from ..stats.trend import AICC_MIN_YEARS, ROLLING_MIN_YEARS
from .findings import region_findings
from .formatting import format_amount
from .labels import plural, translate
from .sections import Section, cite_part, downloads_part

#: The sections of the region report, in reading order.
REGION_SECTIONS = (
    "summary",
    "headline",
    "part_year",
    "shares",
    "average_loss",
    "counts_and_rates",
    "change",
    "trend",
    "sources",
    "methods",
    "cite",
)


def _heading(report, name: str, *, intro: bool = True) -> list[tuple]:
    parts = [("h2", translate(f"section_{name}", report.lang))]
    if intro:
        parts.append(("md", translate(f"intro_{name}", report.lang)))
    return parts


def _summary(report) -> list[tuple]:
    lang = report.lang
    parts = [
        ("h1", translate("region_title", lang, place=report.place_name, year=report.year)),
        ("text", translate("region_lede", lang)),
        ("h2", translate("section_findings", lang)),
        ("list", region_findings(report) or _part_year_finding(report), "key-findings"),
    ]
    if not report.spine().empty:
        parts.append(("figure", report.figure("spine")))
    return parts


def _part_year_finding(report) -> list[str]:
    """The key finding of a report without full-year figures: its latest part-year count."""
    table = report.part_year()
    if not report.cases.empty or table.empty:
        return []
    latest = table.iloc[0]
    value = int(latest["value"])
    text = format_amount(value, latest["qualifier"], lang=report.lang)
    count = plural(value, "n_cases", report.lang, n_text=text)
    return [
        translate(
            "f_part_year", report.lang, year=report.year, count=count, period=latest["period"]
        )
    ]


def _headline(report) -> list[tuple]:
    parts = _heading(report, "headline")
    table = report.headline()
    if len(table) < 3:
        parts.append(("text", translate("only_some_headline", report.lang)))
    parts.append(
        ("table", report.table("headline"))
        if len(table)
        else ("text", translate("no_counts_text", report.lang))
    )
    return parts


def _part_year(report) -> list[tuple]:
    lang = report.lang
    parts = _heading(report, "part_year")
    if report.table_frame("part_year").empty:
        return [*parts, ("text", translate("no_part_year_text", lang))]
    parts.append(("table", report.table("part_year")))
    parts.append(("h3", translate("part_year_change_heading", lang)))
    parts.append(_table_or_sentence(report, "part_year_change", "no_part_year_change_text"))
    if report.annualise and not report.table_frame("annualised").empty:
        parts += [
            ("h3", translate("annualised_heading", lang)),
            ("md", f"*{translate('annualised_note', lang)}*"),
            ("table", report.table("annualised")),
        ]
    return parts


def _shares(report) -> list[tuple]:
    parts = _heading(report, "shares")
    shares = report.scheme_shares()
    if shares.empty:
        return [*parts, ("text", translate("no_breakdown_text", report.lang))]
    parts.append(("md", report.shares_markdown()))
    parts.append(("figure", report.figure("shares")))
    parts.append(("table", report.table("shares")))
    return parts


def _trend(report) -> list[tuple]:
    lang = report.lang
    parts = _heading(report, "trend")
    result = report.trend_result
    if result is None:
        return [*parts, ("text", translate("no_counts_text", lang))]
    parts.append(("text", report.trend_reading()))
    method = report.trend_method()
    if method:  # no model is fitted to one or two years: no method to name
        parts.append(("md", f"*{translate('method_label', lang)}:* {method}"))
    parts.append(("list", report.trend_caveats()))
    parts.append(("figure", report.figure("trend")))
    parts.append(("h3", translate("projection_heading", lang)))
    parts.append(_table_or_sentence(report, "projection", "no_projection_text"))
    if not report.table_frame("models").empty:
        parts += [("h3", translate("models_heading", lang)), _models(report)]
    return parts


def _models(report) -> tuple:
    """The candidate models' table, or a sentence when none has a score to compare it by
    (with three years every AICc and held-out error is a dash)."""
    models = report.trend_comparison()
    if models[["aicc", "rolling_origin_mae"]].isna().all(axis=None):
        return ("text", translate("models_not_compared", report.lang,
                                  n=report.trend_result.n_years, aicc_years=AICC_MIN_YEARS,
                                  rolling_years=ROLLING_MIN_YEARS))  # fmt: skip
    return ("table", report.table("models"))


def _methods(report) -> list[tuple]:
    lang = report.lang
    parts = [("h2", translate("section_methods", lang))]
    parts.append(("list", [translate(f"methods_{i}", lang) for i in range(1, 6)]))
    parts.append(("h3", translate("conflicts_heading", lang)))
    parts.append(_table_or_sentence(report, "conflicts", "no_conflicts_text"))
    return parts


def _cite(report) -> list[tuple]:
    lang = report.lang
    parts = [("h2", translate("section_cite", lang))]
    parts.append(
        cite_part(report.sources(), subject=report.place_name, year=report.year, lang=lang)
    )
    if report.output_dir:
        names = [path.name for path in report.chart_data_paths()]
        parts.append(downloads_part(names[:-1], names[-1], lang))
    return parts


def _table_or_sentence(report, name: str, empty_key: str) -> tuple:
    if report.table_frame(name).empty:
        return ("text", translate(empty_key, report.lang))
    return ("table", report.table(name))


def _table_section(name: str, empty_key: str):
    def build(report) -> list[tuple]:
        return [*_heading(report, name), _table_or_sentence(report, name, empty_key)]

    return build


_BUILDERS = {
    "summary": _summary,
    "headline": _headline,
    "part_year": _part_year,
    "shares": _shares,
    "average_loss": _table_section("average_loss", "no_loss_text"),
    "counts_and_rates": _table_section("counts_and_rates", "no_counts_text"),
    "change": _table_section("change", "no_change_text"),
    "trend": _trend,
    "sources": _table_section("sources", "no_counts_text"),
    "methods": _methods,
    "cite": _cite,
}


def region_section(report, name: str) -> Section:
    """Return one section of the region report, whole, in the report's language.

    Raises
    ------
    ParameterError
        For an unknown section (listing the sections).
    """
    if name not in _BUILDERS:
        raise ParameterError(f"unknown section {name!r}; valid: {', '.join(REGION_SECTIONS)}")
    return Section(tuple(_BUILDERS[name](report)))
