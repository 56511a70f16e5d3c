"""What helps a reader on a phone: one typeface on every page; wide tables that show they scroll;
a command shown as code, said in words."""

import re
from pathlib import Path

import pytest

from fraud_research.batch.index import render_index
from fraud_research.report import PAGE_CSS
from fraud_research.report.coverage import coverage_page
from fraud_research.report.page import visible_text


def css_rule(selector: str) -> str:
    """The declarations of the page CSS's screen rules whose selector lists have ``selector``."""
    screen = re.sub(r"/\*.*?\*/", "", PAGE_CSS, flags=re.DOTALL).split("@media")[0]
    bodies = [body for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", screen)
              if selector in [s.strip() for s in selectors.split(",")]]  # fmt: skip
    assert bodies, f"no rule for {selector!r}"
    return " ".join(bodies)


def test_every_page_uses_the_same_sans_serif_typeface():
    # the index and coverage pages are not notebooks: they used the browser's serif default
    rule = css_rule("body")
    font = re.search(r"font-family:([^;]*);", rule)
    assert font is not None and font.group(1).strip().endswith("sans-serif")
    assert "font-family" in css_rule(".jp-RenderedHTMLCommon")
    assert PAGE_CSS in render_index({"reports": {}}, None, "", Path("."))


def test_a_wide_table_scrolls_in_its_box_with_a_cue_on_the_side_with_more():
    rule = css_rule(".table-scroll")
    assert "overflow-x: auto" in rule
    # shadows that stay at the box's edges (scroll) under covers that move with the content
    # (local): a shadow shows only on a side with hidden columns
    assert rule.count("no-repeat local") == 2 and rule.count("no-repeat scroll") == 2
    assert "scrollbar-width: thin" in rule
    assert "transparent" in css_rule(".table-scroll tbody tr:nth-child(odd)")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_coverage_page_shows_the_command_as_code_and_says_it_in_words(lang):
    from fraud_research.dataset import coverage_matrix

    page = coverage_page(coverage_matrix(years=[2025]), lang=lang)
    assert "`" not in visible_text(page)  # no Markdown backticks left for readers
    command = re.search(r"<pre class='command'><code>(.*?)</code></pre>", page).group(1)
    assert command.startswith("fraud-research ingest release.txt --place &lt;")
    assert "<code>--apply</code>" in page and "<a href='coverage.csv'>coverage.csv</a>" in page


def test_a_report_page_keeps_its_margins_and_measure_though_its_body_is_a_notebook():
    # nbconvert gives the report's <body> the class jp-Notebook, whose padding the page CSS
    # zeroes with !important and whose max-width it sets to 100%: the text ran from edge to
    # edge, on a phone (0 px margin) and on a desktop (1228 px lines)
    assert "padding: 0 !important" in css_rule(".jp-Notebook")
    rule = css_rule("body.jp-Notebook")
    assert re.search(r"padding: 0 1rem 2rem !important", rule)
    assert "max-width: 62rem" in rule and "margin: 0 auto" in rule
    phone = PAGE_CSS.split("@media (max-width: 600px)")[1]
    assert "body, body.jp-Notebook { padding: 0 0.6rem 1rem !important; }" in phone
