"""Rich display in JupyterLab: a compact card with the key figures and the sections available.

Examples
--------
>>> from fraud_research.report import prepare_region_report
>>> card = report_card(prepare_region_report(place="kostanay_city", year=2025))
>>> "981" in card and "section(&quot;summary&quot;)" in card
True
"""

from __future__ import annotations

import html

from .labels import translate


def _rows(pairs) -> str:
    return "".join(
        f"<tr><th style='text-align:left'>{html.escape(str(k))}</th>"
        f"<td style='text-align:right'>{html.escape(str(v))}</td></tr>"
        for k, v in pairs
    )


def report_card(report) -> str:
    """Return the HTML card of a region report: place, year, headline figures, sections."""
    from .region_sections import REGION_SECTIONS

    head = report.headline()
    title = translate("region_title", report.lang, place=report.place_name, year=report.year)
    calls = ", ".join(f'<code>.section("{name}")</code>' for name in REGION_SECTIONS)
    return (
        f"<div class='fraud-research-card'><strong>{html.escape(title)}</strong>"
        f"<table>{_rows(zip(head['figure'], head['as_printed'], strict=True))}</table>"
        f"<p>{html.escape(translate('sections_available', report.lang))}: "
        f"{html.escape(calls, quote=True).replace('&lt;', '<').replace('&gt;', '>')}</p></div>"
    )


def compare_card(report, *, sections: tuple[str, ...]) -> str:
    """Return the HTML card of a comparison: year, rates of the places compared, sections.

    Examples
    --------
    >>> from fraud_research.report import prepare_compare_report
    >>> "Turkestan Region" in compare_card(prepare_compare_report(year=2025), sections=("rates",))
    True
    """
    from .formatting import format_number
    from .labels import label_place

    rates = report.rates[report.rates["has_rate"]].sort_values("estimate", ascending=False)
    pairs = [
        (label_place(p, report.lang), format_number(r, 1, lang=report.lang))
        for p, r in zip(rates["place"], rates["estimate"], strict=True)
    ]
    calls = ", ".join(f'.section("{name}")' for name in ("summary", *sections, "cite"))
    return (
        f"<div class='fraud-research-card'><strong>{html.escape(translate('title', report.lang))}"
        f" — {report.year}</strong><p>{html.escape(translate('rate_axis', report.lang))}</p>"
        f"<table>{_rows(pairs)}</table><p>{html.escape(translate('sections_available', report.lang))}:"
        f" <code>{html.escape(calls)}</code></p></div>"
    )


def trend_card(result, lang: str = "en") -> str:
    """Return the HTML card of a trend result: verdict, years, projection (no raw dumps).

    Examples
    --------
    >>> import pandas as pd
    >>> from fraud_research.stats import fit_trend
    >>> "too early to say" in trend_card(fit_trend(pd.Series({2023: 567, 2024: 598, 2025: 843})))
    True
    """
    from .formatting import format_short
    from .labels import label_value

    obs = result.observed
    pairs = [
        (int(y), format_short(v, lang=lang)) for y, v in zip(obs["year"], obs["value"], strict=True)
    ]
    if not result.projection.empty:
        p = result.projection.iloc[0]
        pairs.append(
            (
                f"{int(p['year'])} ({translate('trend_projection', lang)})",
                f"{format_short(p['estimate'], lang=lang)} "
                f"[{format_short(p['pi80_lower'], lang=lang)}–{format_short(p['pi80_upper'], lang=lang)}]",
            )
        )
    verdict = translate("trend_title", lang, verdict=label_value(result.verdict, lang))
    return (
        f"<div class='fraud-research-card'><strong>{html.escape(verdict)}</strong>"
        f"<table>{_rows(pairs)}</table></div>"
    )
