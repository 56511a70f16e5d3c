"""Whole sections of the reports, each one displayable object: heading, words, tables, figures.

A notebook displays one :class:`Section` per part of the report
(``display(report.section("shares"))``); the section is written in the
report's language from the translation table, shows a sentence instead of an
empty table, and puts wide tables in a box that scrolls on its own.

Examples
--------
>>> section = Section((("h2", "Схемы"), ("md", "**843** случая"), ("text", "Нет данных.")))
>>> print(section._repr_html_())
<section class="report-section"><h2>Схемы</h2>
<p><strong>843</strong> случая</p>
<p>Нет данных.</p></section>
>>> section.text()
'Схемы\\n**843** случая\\nНет данных.'
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import urlparse

import pandas as pd

from .figures import ReportFigure
from .formatting import in_english, reader_table
from .labels import translate
from .page import markdown_html


@dataclass(frozen=True)
class Section:
    """One section of a report: a sequence of parts, displayed as HTML.

    Parts are ``(kind, content)``: ``h1``/``h2``/``h3`` headings, ``md`` a
    paragraph with bold/italics, ``text`` a plain paragraph, ``list`` a bullet
    list (``class_`` optional as a third item), ``table`` a reader
    :class:`~pandas.io.formats.style.Styler`, ``figure`` a
    :class:`~fraud_research.report.ReportFigure`, ``html`` trusted HTML.
    """

    parts: tuple

    def __repr__(self) -> str:
        # The default dataclass repr would print every figure's PNG bytes into the
        # notebook's text/plain output (hundreds of KB per section, saved many times).
        return self.text()

    def _repr_html_(self) -> str:
        out = []
        for part in self.parts:
            kind, content = part[0], part[1]
            if kind in ("h1", "h2", "h3"):
                out.append(f"<{kind}>{html.escape(content)}</{kind}>")
            elif kind == "md":
                out.append(f"<p>{markdown_html(content)}</p>")
            elif kind == "text":
                out.append(f"<p>{html.escape(content)}</p>")
            elif kind == "list":
                css = f' class="{part[2]}"' if len(part) > 2 else ""
                items = "".join(f"<li>{markdown_html(item)}</li>" for item in content)
                out.append(f"<ul{css}>{items}</ul>")
            elif kind == "table":
                out.append(f'<div class="table-scroll">{content.to_html()}</div>')
            elif kind == "figure":
                out.append(content._repr_html_())
            else:
                out.append(content)
        return '<section class="report-section">' + "\n".join(out) + "</section>"

    def text(self) -> str:
        """Return the section's words (headings, paragraphs, list items, captions) as text."""
        lines = []
        for part in self.parts:
            kind, content = part[0], part[1]
            if kind == "list":
                lines.extend(content)
            elif kind == "figure":
                lines.append(content.caption)
            elif kind == "table":
                lines.append(_table_text(content))
            elif kind != "html":
                lines.append(content)
        return "\n".join(lines)

    def figures(self) -> list[ReportFigure]:
        """Return the section's figures (a report checks none is missing)."""
        return [part[1] for part in self.parts if part[0] == "figure"]


def _table_text(table) -> str:
    """A reader table as aligned text, each cell as the reader sees it («1 976 018», not the
    float «1976018.0» behind it): what a notebook prints when it cannot show HTML."""
    rows = [line.split("\t") for line in table.to_string(delimiter="\t").splitlines()]
    widths = [max(len(row[k]) for row in rows if k < len(row)) for k in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip()
        for row in rows
    )


def table_or_sentence(frame: pd.DataFrame, sentence_key: str, lang: str, **options) -> tuple:
    """Return a table part, or a sentence part saying there is nothing to show.

    Examples
    --------
    >>> table_or_sentence(pd.DataFrame(), "no_conflicts_text", "kk")
    ('text', 'Бұл есептегі сандар бойынша дереккөздер арасында айырмашылық жоқ.')
    """
    if frame is None or frame.empty:
        return ("text", translate(sentence_key, lang))
    return ("table", reader_table(frame, lang=lang, **options))


def publishers(sources: pd.DataFrame) -> list[str]:
    """Return the publishers (web sites) of the figures used, in order of first use.

    Examples
    --------
    >>> publishers(pd.DataFrame({"source_url": ["https://gurk.kz/a", "https://www.gurk.kz/b",
    ...                                         "https://polisia.kz/c", ""]}))
    ['gurk.kz', 'polisia.kz']
    """
    sites = []
    for url in sources["source_url"].fillna(""):
        host = urlparse(url).netloc.removeprefix("www.")
        if host and host not in sites:
            sites.append(host)
    return sites


def source_line(sources: pd.DataFrame, lang: str, *, most: int = 3) -> str:
    """Return the line drawn into every chart: publishers (with release dates), via fraud-research.

    Examples
    --------
    >>> frame = pd.DataFrame({"source_url": ["https://gurk.kz/a"], "published": ["2026-01-12"]})
    >>> source_line(frame, "ru")
    'Источник: gurk.kz (опубл. 2026-01-12); через fraud-research'
    """
    named = []
    for site in publishers(sources)[:most]:
        rows = sources[sources["source_url"].fillna("").str.contains(site, regex=False)]
        dates = sorted({str(d)[:10] for d in rows.get("published", pd.Series()).dropna() if str(d)})
        date = f" ({translate('published_on', lang, date=dates[-1])})" if dates else ""
        named.append(site + date)
    more = ", …" if len(publishers(sources)) > most else ""
    return translate("source_line", lang, publishers=", ".join(named) + more)


def cite_part(sources: pd.DataFrame, *, subject: str, year: int, lang: str) -> tuple:
    """Return the "cite as" paragraph: the original publishers first, then the toolkit."""
    from .. import __version__

    text = translate(
        "cite_text",
        lang,
        publishers=", ".join(publishers(sources)),
        subject=subject,
        year=year,
        version=__version__,
    )
    return ("html", f'<p class="cite-as">{html.escape(text)}</p>')


def downloads_part(names: list[str], readme: str, lang: str) -> tuple:
    """Return the paragraph linking the charts' CSV files and their README (beside the report)."""
    links = ", ".join(f'<a href="{html.escape(n)}" download>{html.escape(n)}</a>' for n in names)
    readme_link = f'<a href="{html.escape(readme)}">{html.escape(readme)}</a>'
    text = html.escape(translate("downloads_text", lang, links="\0", readme="\1"))
    return ("html", "<p>" + text.replace("\0", links).replace("\1", readme_link) + "</p>")


def reader_caveats(row: pd.Series, figures: pd.DataFrame, lang: str) -> str:
    """Return a rate's caveats in ``lang``; the dataset's notes, written in English by its
    curators, are kept in every language and marked as such (a caution such as "treat with
    caution" must reach every reader).

    Examples
    --------
    >>> from fraud_research.dataset import load_figures
    >>> from fraud_research.stats import rates_for_places
    >>> figures = load_figures()
    >>> row = rates_for_places(figures, year=2025).set_index("place").loc["almaty_region"]
    >>> "treat with caution" in reader_caveats(row, figures, "en")
    True
    >>> text = reader_caveats(row, figures, "ru")
    >>> "примечание к данным (на английском)" in text, "treat with caution" in text
    (True, True)
    """
    from .prose import rate_caveats

    if lang == "en":
        return rate_caveats(row, figures, lang)
    marked = figures.assign(note=[data_note(n, lang) for n in figures["note"]])
    text = rate_caveats(row, marked, lang)
    return "; ".join(part for part in text.split("; ") if part.strip())


def data_note(note, lang: str) -> str:
    """Return a curator's note of the dataset (written in English) for a reader in ``lang``:
    as it is in English, marked as an English note otherwise, "" when there is none.

    Examples
    --------
    >>> data_note("treat with caution", "kk").replace("\u2068", "[").replace("\u2069", "]")
    'деректерге ескертпе (ағылшынша): [treat with caution]'
    >>> data_note(None, "ru")
    ''
    """
    text = "" if note is None or pd.isna(note) else str(note).strip()
    if not text or lang == "en":
        return text
    return f"{translate('english_note', lang)}: {in_english(text)}"
