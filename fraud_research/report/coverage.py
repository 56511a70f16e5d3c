"""The coverage page: what is published for each place and year, with sources, in the reader's language.

:func:`coverage_cells` writes each place-year of
:func:`~fraud_research.dataset.coverage_matrix` as the reader's words (``not found``
where nothing was found); :func:`coverage_conflicts` lists the figures two sources
give differently and the places with figures whose year is not stated;
:func:`coverage_page` puts them on one self-contained HTML page, and
:func:`coverage_csv_table` gives the same matrix for a spreadsheet.

Examples
--------
>>> from fraud_research.dataset import coverage_matrix
>>> cells = coverage_cells(coverage_matrix(places=["shymkent_city", "turkestan"], years=[2025]))
>>> cells[["place", "year"]].values.tolist()
[['shymkent_city', 2025], ['turkestan', 2025]]
>>> cells["text"].iloc[0][0]
'not found'
"""

from __future__ import annotations

import html
from collections import Counter

import pandas as pd

from ..dataset import coverage_counts, load_figures, select_panel
from .formatting import format_amount
from .labels import label_place, plural, translate
from .page import markdown_html, page_head
from .periods import period_words


def _cell_lines(row, *, lang: str) -> list[str]:
    """The published figures of one place-year, one line each (``not found`` when none)."""
    lines = [] if row.found else [translate("coverage_not_found", lang)]
    if row.full_year_cases is not None and not pd.isna(row.full_year_cases):
        count, qualifier = int(row.full_year_cases), row.full_year_cases_qualifier
        n_text = format_amount(count, qualifier, lang=lang)
        lines.append(plural(count, "coverage_full_year", lang, n_text=n_text))
    for value, qualifier, period in row.part_year_cases:
        n_text = format_amount(value, qualifier, lang=lang)
        lines.append(plural(value, "coverage_part_year", lang, n_text=n_text, period=period))
    for value, qualifier, period in row.damage:
        lines.append(translate("coverage_damage", lang, value=format_amount(value, qualifier,
                               lang=lang), period=period))  # fmt: skip
    if row.scheme_breakdown:
        lines.append(translate("coverage_schemes", lang))
    for value, qualifier, date in row.population:
        lines.append(translate("coverage_population", lang, date=date,
                               value=format_amount(value, qualifier, lang=lang)))  # fmt: skip
    # the cell links its sources together, so a figure several of them print is listed once
    counts = Counter(lines)
    return [
        line
        if counts[line] == 1
        else translate("coverage_in_sources", lang, line=line, n=counts[line])
        for line in dict.fromkeys(lines)
    ]


def coverage_cells(matrix: pd.DataFrame, *, lang: str = "en") -> pd.DataFrame:
    """The matrix as the reader's words: ``place``, ``year``, ``found``, ``text`` (lines), ``source_urls``.

    Period spans are written from the figures' dates (:func:`~.periods.period_words`).

    Examples
    --------
    >>> from fraud_research.dataset import coverage_matrix
    >>> cells = coverage_cells(coverage_matrix(places=["akmola"], years=[2025]), lang="ru")
    >>> cells["text"].iloc[0][0]
    '792 факта (январь–май 2025)'
    """
    periods = _period_words_by_label(lang)
    rows = []
    for row in matrix.itertuples(index=False):
        row = row._replace(
            part_year_cases=[
                (v, q, periods.get((p, row.year), p)) for v, q, p in row.part_year_cases
            ],
            damage=[(v, q, periods.get((p, row.year), p)) for v, q, p in row.damage],
        )
        rows.append({"place": row.place, "year": row.year, "found": row.found,
                     "text": _cell_lines(row, lang=lang), "source_urls": row.source_urls})  # fmt: skip
    return pd.DataFrame(rows, columns=["place", "year", "found", "text", "source_urls"])


def _period_words_by_label(lang: str) -> dict[tuple[str, int], str]:
    """Each ``period_label`` and year of the dataset, written from its period fields in ``lang``.

    A label may name two years' spans («2025 H1 vs 2024 H1»): each year keeps its own.
    """
    figures = load_figures()
    fields = figures[["period_label", "period_kind", "year", "period_start", "period_end"]]
    return {
        (r.period_label, r.year): period_words(
            r.period_kind, r.year, r.period_start, r.period_end, lang=lang
        )
        for r in fields.drop_duplicates(["period_label", "year"]).itertuples()
    }


def coverage_csv_table(matrix: pd.DataFrame) -> pd.DataFrame:
    """The matrix for a spreadsheet: one row per place-year, lists joined with ``; ``.

    Examples
    --------
    >>> from fraud_research.dataset import coverage_matrix
    >>> table = coverage_csv_table(coverage_matrix(places=["turkestan"], years=[2025]))
    >>> row = table.iloc[0]
    >>> row["place"], int(row["year"]), int(row["full_year_cases"]), bool(row["scheme_breakdown"])
    ('turkestan', 2025, 843, True)
    """

    def joined(items) -> str:
        return "; ".join(" ".join(str(part) for part in item if part != "exact") for item in items)

    table = matrix.assign(
        full_year_cases=matrix["full_year_cases"].astype("Int64"),
        part_year_cases=matrix["part_year_cases"].map(joined),
        damage=matrix["damage"].map(joined),
        population=matrix["population"].map(joined),
        source_urls=matrix["source_urls"].map("; ".join),
    )
    return table.reset_index(drop=True)


def coverage_conflicts(figures: pd.DataFrame | None = None, *, lang: str = "en") -> list[str]:
    """Sentences on the figures two sources give differently (headline counts and damage).

    Examples
    --------
    >>> from fraud_research.report.formatting import THIN
    >>> print(coverage_conflicts()[0].replace(THIN, " "))
    Kazakhstan, 2024: 22 560 (kaz.inform.kz), 22 870 (prosud.kz).
    >>> print(coverage_conflicts(lang="ru")[1].replace(THIN, " "))
    город Костанай, 2024 год: 1 134 000 000 (alau.kz), 1 104 000 000 (ng.kz).
    """
    figures = load_figures() if figures is None else figures
    by_id = figures.set_index("figure_id")
    sentences = []
    for place, metric in _place_metrics(figures):
        panel = select_panel(figures, place=place, metric=metric, include_partial=True)
        for row in panel[panel["conflict"] != ""].itertuples():
            ids = [row.figure_id, *row.conflict.split("; ")]
            chosen = by_id.loc[ids]
            values = ", ".join(
                f"{format_amount(int(r.value), r.qualifier, lang=lang)} ({_domain(r.source_url)})"
                for r in chosen.itertuples()
            )
            period = period_words(row.period_kind, row.year, row.period_start, row.period_end,
                                  lang=lang)  # fmt: skip
            sentences.append(translate("coverage_conflict", lang, place=label_place(row.place, lang),
                                       period=period, values=values))  # fmt: skip
    return sentences


def _place_metrics(figures: pd.DataFrame) -> list[tuple[str, str]]:
    """Each place and headline metric (counts, damage) with at least one figure."""
    headline = figures[figures["metric"].isin(["cases_registered", "damage_kzt"])]
    pairs = headline[["place", "metric"]].drop_duplicates()
    return sorted(pairs.itertuples(index=False, name=None), key=lambda p: (p[0] != "kazakhstan", p))


def _domain(url: str) -> str:
    return url.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.") if url else "—"


def coverage_page(matrix: pd.DataFrame, *, lang: str = "en", figures=None) -> str:
    """The HTML of ``outputs/coverage.html``: counts, the matrix with sources, conflicts.

    Examples
    --------
    >>> from fraud_research.dataset import coverage_matrix
    >>> page = coverage_page(coverage_matrix(years=[2025]), lang="kk")
    >>> '<html lang="kk">' in page, "табылмады" in page, "https://" in page
    (True, True, True)
    """
    cells = coverage_cells(matrix, lang=lang)
    years = sorted(cells["year"].unique())
    head = "".join(f"<th>{year}</th>" for year in years)
    body = []
    for place, group in cells.groupby("place", sort=False):
        tds = "".join(_cell_html(row, lang) for row in group.sort_values("year").itertuples())
        body.append(f"<tr><th scope='row'>{html.escape(label_place(place, lang))}</th>{tds}</tr>")
    conflicts = coverage_conflicts(figures, lang=lang) or [translate("coverage_no_conflicts", lang)]
    title = html.escape(translate("coverage_title", lang))
    counts = translate("coverage_counts", lang, **coverage_counts(matrix))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
        + page_head(title=translate("coverage_title", lang), lang=lang)
        + f"<style>{_CSS}</style>\n</head>\n<body>\n<h1>{title}</h1>\n"
        f"<p>{html.escape(translate('coverage_intro', lang))}</p>\n<p>{html.escape(counts)}</p>\n"
        f"<div class='table-scroll'><table class='coverage'><thead><tr>"
        f"<th>{html.escape(translate('coverage_place', lang))}</th>{head}</tr></thead>\n"
        f"<tbody>{''.join(body)}</tbody></table></div>\n"
        f"<h2>{html.escape(translate('coverage_conflicts_title', lang))}</h2>\n<ul>"
        + "".join(f"<li>{html.escape(s)}</li>" for s in conflicts)
        + f"</ul>\n{_how_to_add(lang)}</body>\n</html>\n"
    )


def _how_to_add(lang: str) -> str:
    """How to add a missing figure: in words, then the command as code (for researchers)."""
    words = markdown_html(translate("coverage_how_to_add", lang, csv="\0"))
    words = words.replace("\0", "<a href='coverage.csv'>coverage.csv</a>")
    command = html.escape(translate("coverage_command", lang))
    return f"<p class='note'>{words}</p>\n<pre class='command'><code>{command}</code></pre>\n"


#: Rules of the coverage page beyond the shared page CSS.
_CSS = (
    "table.coverage { min-width: 40rem; } table.coverage td { min-width: 10rem; }"
    " td.missing { color: #767676; }"
)


def _cell_html(row, lang: str) -> str:
    found = row.found
    lines = "<br>".join(html.escape(line) for line in row.text)
    links = " ".join(
        f"<a href='{html.escape(url)}'>[{n}]</a>" for n, url in enumerate(row.source_urls, 1)
    )
    css_class = "found" if found else "missing"
    return f"<td class='{css_class}'>{lines}{'<br>' + links if links else ''}</td>"
