"""The finished page: shared CSS (screen and A4 print), ``<title>``, ``<html lang>``, checks.

Every HTML page readers open (the region report, the comparison, the index)
goes through :func:`finish_page`: it sets the page's language and title, adds
the one stylesheet (:data:`PAGE_CSS`: no sideways scrolling at 390 or 1280 px,
wide tables scrolling in their own box, a clean A4 print), and drops notebook
cells tagged ``notebook-only`` (a title that only JupyterLab users need).
:func:`untranslated_share` measures how much of a page is left in Latin letters.

Examples
--------
>>> page = finish_page("<html><head></head><body><h1>Түркістан облысы</h1></body></html>", lang="kk")
>>> '<html lang="kk">' in page, "<title>Түркістан облысы</title>" in page, "@media print" in page
(True, True, True)
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

from .glossary import glossary_items
from .labels import check_language, translate

#: The stylesheet of every page: readable measure, tables that scroll in their box, A4 print.
PAGE_CSS = """
:root { --fr-text: #1a1a1a; --fr-muted: #555; --fr-rule: #d0d0d0; --fr-accent: #0072B2; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 0 1rem 2rem; box-sizing: border-box;
  color: var(--fr-text); overflow-wrap: anywhere; }
body, .jp-RenderedHTMLCommon { font-size: 16px; line-height: 1.5; }
main, .jp-Notebook, .jp-Cell, .jp-OutputArea, .jp-OutputArea-child, .jp-OutputArea-output,
.jp-RenderedHTMLCommon { max-width: 100%; min-width: 0; box-sizing: border-box; }
.jp-Notebook { padding: 0 !important; }
/* the page's body is a .jp-Notebook too: it keeps the page's measure and margins (its text ran
   from edge to edge) */
body.jp-Notebook { max-width: 62rem; margin: 0 auto; padding: 0 1rem 2rem !important; }
.jp-Cell { padding: 0 !important; }
.jp-OutputArea-output { overflow-x: auto; }
.jp-OutputPrompt, .jp-InputPrompt { display: none !important; }
.jp-RenderedHTMLCommon h1 { font-size: 1.9rem; line-height: 1.25; margin-top: 1.5rem; }
.jp-RenderedHTMLCommon h2 { font-size: 1.4rem; margin-top: 2.2rem; border-top: 1px solid
  var(--fr-rule); padding-top: 1rem; }
/* one typeface on every page: the notebook pages' and the index's and coverage page's */
body, .jp-RenderedHTMLCommon { font-family: system-ui, -apple-system, "Segoe UI", Roboto,
  "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
/* A wide table scrolls in its own box, with a cue that there is more: a shadow on each side
   where columns are hidden (gradients that scroll with the content cover it at either end),
   and a scroll bar drawn where browsers allow it. */
.table-scroll { overflow-x: auto; max-width: 100%; margin: 0.5rem 0 1rem;
  -webkit-overflow-scrolling: touch; scrollbar-width: thin; scrollbar-color: #8a8a8a #ececec;
  background:
    linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left center / 2.5rem 100%
      no-repeat local,
    linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right center / 2.5rem 100%
      no-repeat local,
    radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.28), rgba(0, 0, 0, 0)) left center
      / 0.9rem 100% no-repeat scroll,
    radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.28), rgba(0, 0, 0, 0)) right
      center / 0.9rem 100% no-repeat scroll; }
/* rows let the shadow show through (JupyterLab paints odd rows opaque white) */
.table-scroll tbody tr:nth-child(odd), .table-scroll tbody tr:hover { background: transparent; }
.table-scroll tbody tr:nth-child(even) { background: rgba(0, 0, 0, 0.035); }
.table-scroll table, .jp-RenderedHTMLCommon table { border-collapse: collapse; font-size: 0.9rem;
  margin: 0; table-layout: auto; }
/* JupyterLab right-aligns every cell with a :not() selector; ours match its weight so text
   (quotes, notes, labels) reads from the left and only numbers align right. */
.table-scroll td, .table-scroll th,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th { padding: 0.3rem 0.6rem;
  text-align: left; vertical-align: top; max-width: 28rem; overflow-wrap: normal;
  word-break: normal; }
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td.num,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th.num { text-align: right;
  white-space: nowrap; }
.jp-RenderedHTMLCommon td.address { overflow-wrap: anywhere; min-width: 12rem; }
.table-scroll th[scope=row], .table-scroll td:first-child { min-width: 8rem; }
.jp-RenderedHTMLCommon td.quote { min-width: 16rem; font-style: italic; }
.jp-RenderedHTMLCommon td.note { min-width: 14rem; }
.jp-RenderedHTMLCommon thead th { border-bottom: 2px solid var(--fr-text); }
figure.report-figure { margin: 1rem 0; max-width: 100%; }
figure.report-figure img { display: block; max-width: 100%; height: auto; }
figure.report-figure figcaption { color: var(--fr-muted); font-size: 0.9rem; margin-top: 0.3rem; }
.key-findings { font-size: 1.05rem; }
.key-findings li { margin: 0.35rem 0; }
.cite-as { border-left: 3px solid var(--fr-accent); padding: 0.5rem 1rem; background: #f6f8fa; }
pre.command { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa;
  border: 1px solid var(--fr-rule); border-radius: 4px; padding: 0.5rem 0.75rem;
  font-size: 0.85rem; }
details.glossary { margin: 1rem 0; padding: 0.4rem 0.8rem; border: 1px solid var(--fr-rule);
  border-radius: 4px; font-size: 0.9rem; }
details.glossary summary { cursor: pointer; font-weight: 600; color: var(--fr-accent); }
details.glossary ul { margin: 0.4rem 0 0.2rem; padding-left: 1.1rem; }
details.glossary li { margin: 0.25rem 0; }
@media (max-width: 600px) {
  body, body.jp-Notebook { padding: 0 0.6rem 1rem !important; }
  body, .jp-RenderedHTMLCommon { font-size: 15px; }
  .jp-RenderedHTMLCommon h1 { font-size: 1.5rem; }
  .jp-RenderedHTMLCommon h2 { font-size: 1.2rem; }
  .table-scroll table, .jp-RenderedHTMLCommon table { font-size: 0.8rem; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body, body.jp-Notebook { max-width: none; padding: 0 !important; font-size: 10.5pt; }
  .jp-RenderedHTMLCommon h2 { break-before: page; border-top: none; }
  h1, h2, h3 { break-after: avoid; }
  figure, img, .key-findings, .cite-as, tr { break-inside: avoid; }
  .table-scroll, .jp-OutputArea-output { overflow: visible !important; }
  .table-scroll { background: none; }
  details.glossary::details-content { content-visibility: visible; display: block; }
  .table-scroll table, .jp-RenderedHTMLCommon table { font-size: 8pt; width: 100%; }
  .jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th { max-width: none;
    overflow-wrap: anywhere; white-space: normal; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  .no-print { display: none !important; }
}
"""

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_TITLE = re.compile(r"<title>.*?</title>", re.IGNORECASE | re.DOTALL)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_STYLE_ID = "fraud-research-page"
_GLOSSARY_ID = "fraud-research-glossary"
_FIRST_H2 = re.compile(r"<h2\b", re.IGNORECASE)


def markdown_html(text: str) -> str:
    """Turn the little Markdown the reports write (bold, italics, `code`) into escaped HTML.

    Examples
    --------
    >>> markdown_html("**Recorded** crime, *at least* 843 < 900")
    '<strong>Recorded</strong> crime, <em>at least</em> 843 &lt; 900'
    >>> markdown_html("run it again with `--apply`")
    'run it again with <code>--apply</code>'
    """
    escaped = html_lib.escape(text, quote=False)
    escaped = re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)
    escaped = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)
    return re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<em>\1</em>", escaped)


def add_glossary(html: str, *, lang: str) -> str:
    """Return ``html`` with a "how to read this page" box explaining the terms it uses.

    The box (folded to one line until opened, so a phone reader scrolls past it)
    lists each statistical term the page's visible text uses, once
    (:func:`~fraud_research.report.glossary.glossary_items`), and goes before the
    page's first ``<h2>`` (the key findings), or at its end when it has none. A page
    that uses no such term, or has its box already, is returned unchanged.

    Examples
    --------
    >>> page = add_glossary("<body><h1>Rates</h1><h2>Findings</h2><p>95% CI 36.6–41.9</p></body>",
    ...                     lang="en")
    >>> page.index("<details") < page.index("<h2>"), page.count("<li>"), "confidence interval" in page
    (True, 1, True)
    >>> add_glossary(page, lang="en") == page, add_glossary("<p>843 cases</p>", lang="en")
    (True, '<p>843 cases</p>')
    """
    if f'id="{_GLOSSARY_ID}"' in html:
        return html
    items = glossary_items(visible_text(html), lang=lang)
    if not items:
        return html
    entries = "".join(f"<li>{markdown_html(item)}</li>" for item in items)
    box = (
        f'<details class="glossary" id="{_GLOSSARY_ID}"><summary>'
        f"{html_lib.escape(translate('glossary_heading', lang))}</summary><ul>{entries}</ul>"
        "</details>\n"
    )
    body = html.lower().find("<body")
    first = _FIRST_H2.search(html, max(body, 0))
    if first is not None:
        return html[: first.start()] + box + html[first.start() :]
    end = html.lower().rfind("</body>")
    return html[:end] + box + html[end:] if end >= 0 else html + box


def page_head(*, title: str, lang: str) -> str:
    """Return the ``<head>`` content of a page the toolkit writes itself (e.g. the index).

    Examples
    --------
    >>> head = page_head(title="Интернет-алаяқтық", lang="kk")
    >>> "<title>Интернет-алаяқтық</title>" in head and "viewport" in head
    True
    """
    check_language(lang)
    return (
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_lib.escape(title)}</title>\n"
        f'<style id="{_STYLE_ID}">{PAGE_CSS}</style>\n'
    )


def finish_page(html: str, *, lang: str, title: str | None = None) -> str:
    """Return ``html`` ready to share: language, title, the page CSS, the terms it uses explained,
    no notebook-only cells.

    Parameters
    ----------
    html : str
        A whole page, e.g. nbconvert's export of an executed report notebook.
    lang : {"en", "ru", "kk"}
        The page's language, written into ``<html lang="...">``.
    title : str, optional
        The page title; by default the text of the first ``<h1>``.

    Returns
    -------
    str
        The page; calling it twice gives the same page (the CSS is added once).

    Examples
    --------
    >>> page = finish_page("<html><head><title>Notebook</title></head><body><h1>Сравнение "
    ...                    "регионов<a class='anchor-link' href='#x'>¶</a></h1></body></html>", lang="ru")
    >>> re.findall(r"<title>.*</title>", page), page.count("@page")
    (['<title>Сравнение регионов</title>'], 1)
    >>> finish_page(page, lang="ru") == page
    True
    """
    check_language(lang)
    html = add_glossary(remove_tagged_cells(html, "notebook-only"), lang=lang)
    if title is None:
        match = _H1.search(html)
        inner = re.sub(r"<a\b.*?</a>", "", match.group(1), flags=re.DOTALL) if match else ""
        title = html_lib.unescape(re.sub(r"<[^>]+>", "", inner)).strip() or "fraud-research"
    tag = f'<html lang="{lang}">'
    html = _HTML_TAG.sub(tag, html, count=1) if _HTML_TAG.search(html) else tag + html
    escaped = f"<title>{html_lib.escape(title)}</title>"
    if _TITLE.search(html):
        html = _TITLE.sub(lambda _: escaped, html, count=1)
    else:
        html = html.replace("<head>", f"<head>\n{escaped}", 1)
    if f'id="{_STYLE_ID}"' not in html:
        html = html.replace("</head>", f'<style id="{_STYLE_ID}">{PAGE_CSS}</style>\n</head>', 1)
    return html


def remove_tagged_cells(html: str, tag: str) -> str:
    """Remove the notebook cells carrying cell tag ``tag`` (nbconvert's ``celltag_<tag>`` class).

    Examples
    --------
    >>> page = '<div class="jp-Cell celltag_notebook-only"><div>hi</div></div><p>kept</p>'
    >>> remove_tagged_cells(page, "notebook-only")
    '<p>kept</p>'
    """
    marker = re.compile(rf'<div\b[^>]*class="[^"]*\bcelltag_{re.escape(tag)}(?=[\s"])[^"]*"[^>]*>')
    divs = re.compile(r"<div\b|</div>", re.IGNORECASE)
    while (start := marker.search(html)) is not None:
        depth, end = 0, len(html)
        for found in divs.finditer(html, start.start()):
            depth += 1 if found.group(0).lower().startswith("<div") else -1
            if depth == 0:
                end = found.end()
                break
        html = html[: start.start()] + html[end:]
    return html


class _VisibleText(HTMLParser):
    """Collect the text a reader sees, leaving out quotes, addresses and code."""

    SKIP_TAGS = {"script", "style", "head", "title", "code", "pre", "q", "blockquote", "svg"}
    SKIP_CLASSES = {"quote", "address", "code", "celltag_notebook-only", "jp-InputArea"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "meta", "link", "input", "hr", "source", "col", "wbr"}:
            return
        classes = set((dict(attrs).get("class") or "").split())
        # a passage marked as English on a page in another language is meant to be English
        marked = dict(attrs).get("lang") == "en" and tag == "span"
        skip = tag in self.SKIP_TAGS or bool(classes & self.SKIP_CLASSES) or marked
        self.stack.append((tag, skip or (bool(self.stack) and self.stack[-1][1])))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if not (self.stack and self.stack[-1][1]):
            self.parts.append(data)


_ADDRESS = re.compile(r"(https?://\S+|www\.\S+|\b[\w.-]+\.(?:kz|ru|com|org|net|gov)\b\S*)")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LATIN = re.compile(r"[A-Za-z]")


def visible_text(html: str) -> str:
    """Return the text a reader sees on a page, without quotes, addresses, code and styles.

    Examples
    --------
    >>> visible_text('<p>Дерек: <a class="address">https://gurk.kz</a> <q>цитата</q></p>')
    'Дерек:'
    >>> visible_text('<p>ескертпе: <span lang="en">treat with caution</span></p>')
    'ескертпе:'
    """
    parser = _VisibleText()
    parser.feed(html)
    # Collapse ASCII white space only: a narrow no-break space inside a number stays.
    text = re.sub(r"[ \t\r\n\f]+", " ", " ".join(parser.parts)).strip()
    return _ADDRESS.sub(" ", text).strip()


def untranslated_share(html: str, *, allowed: tuple[str, ...] = ("fraud-research",)) -> float:
    """Return the share of words in Latin letters in a page's visible text (0 for English-free).

    Words in ``allowed`` (proper names such as the toolkit's name) are not counted
    as untranslated. Quotes, addresses and code are left out (:func:`visible_text`).

    Examples
    --------
    >>> untranslated_share("<p>Тіркелген 843 факт, p-мәні &lt;0.0001; Goodman</p>")
    0.25
    >>> untranslated_share("<p>Registered cases</p>")
    1.0
    """
    kept = [w for w in _words(html) if w.lower() not in allowed]
    if not kept:
        return 0.0
    return round(sum(bool(_LATIN.search(w)) for w in kept) / len(kept), 4)


def _words(html: str) -> list[str]:
    # A symbol such as the "p" of "p-мәні" or "V" of Cramér's V is not a word to translate.
    words = []
    for word in _WORD.findall(visible_text(html)):
        parts = [part for part in re.split(r"[-'’]", word) if len(part) > 1]
        if parts:
            words.append("-".join(parts))
    return words


def latin_words(html: str) -> list[str]:
    """Return the Latin-letter words of a page's visible text, most frequent first (to fix them).

    Examples
    --------
    >>> latin_words("<p>Goodman Goodman және Wilson</p>")
    ['Goodman', 'Wilson']
    """
    words = [w for w in _words(html) if _LATIN.search(w)]
    return sorted(set(words), key=lambda w: (-words.count(w), w))
