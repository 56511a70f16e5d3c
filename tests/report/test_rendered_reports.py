"""Both notebooks rendered in every language, as the batch exports them: whole, translated, reader-grade.

Each notebook runs once per language (with ``MPLBACKEND=Agg`` set, as on a
headless server) and is exported with the batch's ``export_html``; the tests
read the finished page.
"""

from __future__ import annotations

import re

import papermill as pm
import pytest

from fraud_research import paths
from fraud_research.batch import KERNEL_NAME as KERNEL  # the kernel the batch runs
from fraud_research.batch import export_html
from fraud_research.report import untranslated_share
from fraud_research.report.page import latin_words, visible_text

LANGS = ("en", "ru", "kk")
#: Share of Latin-letter words allowed in a Russian or Kazakh page (proper names, symbols).
MAX_LATIN = 0.03
THIN = "\u202f"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Every notebook in every language: ``{(notebook, lang): html}``."""
    mp = pytest.MonkeyPatch()
    mp.setenv("MPLBACKEND", "Agg")  # figures must not vanish on a headless server
    folder = tmp_path_factory.mktemp("rendered")
    rendered = {}
    try:
        for notebook, extra in (("region_report", {"place": "turkestan"}), ("compare_regions", {})):
            for lang in LANGS:
                nb = pm.execute_notebook(
                    str(paths.NOTEBOOKS_DIR / f"{notebook}.ipynb"),
                    str(folder / f"{notebook}_{lang}.ipynb"),
                    kernel_name=KERNEL,
                    progress_bar=False,
                    parameters={"lang": lang, **extra},
                    cwd=str(folder),
                )
                rendered[notebook, lang] = export_html(nb)
    finally:
        mp.undo()
    return rendered


CASES = [(nb, lang) for nb in ("region_report", "compare_regions") for lang in LANGS]


@pytest.mark.notebook
@pytest.mark.parametrize(("notebook", "lang"), CASES)
def test_page_is_finished(pages, notebook, lang):
    html = pages[notebook, lang]
    assert f'<html lang="{lang}">' in html
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert title and title != "Notebook" and "2025" in title
    assert "@media print" in html and "size: A4" in html
    assert "celltag_notebook-only" not in html  # the JupyterLab introduction is not shared
    assert not re.search(r'(src|href)="https?://[^"]*\.(js|css)', html)  # nothing fetched


@pytest.mark.notebook
@pytest.mark.parametrize(("notebook", "lang"), [c for c in CASES if c[1] != "en"])
def test_no_english_left(pages, notebook, lang):
    html = pages[notebook, lang]
    share = untranslated_share(html)
    assert share <= MAX_LATIN, f"{share:.1%} Latin words: {latin_words(html)[:30]}"


@pytest.mark.notebook
@pytest.mark.parametrize(("notebook", "lang"), CASES)
def test_tables_are_reader_grade(pages, notebook, lang):
    html = pages[notebook, lang]
    text = visible_text(html)
    assert "row_heading" not in html and "blank level0" not in html  # no index column
    assert not re.search(r"<tbody>\s*</tbody>", html)  # no empty table
    for word in ("NaN", "NaT", "None", "nan", "True", "False", "0.0000", "0,0000"):
        assert not re.search(rf"\b{word}\b", text), word
    smallest_p = "<0.0001" if lang == "en" else "<0,0001"  # a decimal comma in ru and kk
    assert smallest_p in text or notebook == "region_report"


@pytest.mark.notebook
@pytest.mark.parametrize(("notebook", "lang"), CASES)
def test_no_code_names_reach_the_reader(pages, notebook, lang):
    # a heading or value left as the library's name («ratio_ci_lower», «bound_undetermined»);
    # the curators' notes are data, quoted as written, so their cells are left out
    html = re.sub(
        r'<td [^>]*class="[^"]*\bnote\b[^"]*".*?</td>', "", pages[notebook, lang], flags=re.S
    )
    codes = re.findall(r"(?<![\w./-])[a-z]+(?:_[a-z0-9]+)+(?![\w./-])", visible_text(html))
    assert codes == []


@pytest.mark.notebook
@pytest.mark.parametrize(("notebook", "lang"), [c for c in CASES if c[1] != "en"])
def test_russian_and_kazakh_numbers_have_a_decimal_comma(pages, notebook, lang):
    # «1,98 млн», «39,2 (36,6–41,9)»; what is quoted as published (quotes, curators' notes,
    # addresses, ids, «…») and the package version keep their points
    html = re.sub(
        r'<td [^>]*class="[^"]*\b(quote|note|address|code)\b[^"]*".*?</td>|<span lang="en">.*?</span>',
        "",
        pages[notebook, lang],
        flags=re.S,
    )
    text = re.sub(r"«[^»]*»|\d+\.\d+\.\d+\S*", "", visible_text(html))
    points = [text[max(0, m.start() - 30) : m.end() + 10] for m in re.finditer(r"\d\.\d", text)]
    assert points == []
    assert re.search(r"\d,\d", text)


@pytest.mark.notebook
@pytest.mark.parametrize(("notebook", "lang"), CASES)
def test_text_cells_read_from_the_left(pages, notebook, lang):
    # JupyterLab's theme right-aligns every cell through this selector; the rule that wins
    # (the last one with the same weight) must align text left and only numbers right
    html = pages[notebook, lang]
    selector = re.escape(":not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td")
    aligns = re.findall(selector + r"\s*[,{][^}]*?text-align:\s*(\w+)", html)
    assert aligns[0] == "right" and aligns[-1] == "left"  # the theme's, then the page's
    numbers = re.findall(selector + r"\.num\s*[,{][^}]*?text-align:\s*(\w+)", html)
    assert numbers == ["right"]
    assert re.search(r'<td class="data row\d+ col\d+ note"', html) or notebook != "region_report"


@pytest.mark.notebook
@pytest.mark.parametrize(
    ("notebook", "lang", "images"),
    [(nb, lang, 3 if nb == "region_report" else 4) for nb, lang in CASES],
)
def test_every_figure_is_embedded_under_agg(pages, notebook, lang, images):
    html = pages[notebook, lang]
    assert len(re.findall(r'<img [^>]*src="data:image/png;base64,', html)) == images
    assert html.count('<source media="(max-width: 600px)"') == images  # a phone version each


@pytest.mark.notebook
def test_region_report_opens_with_key_findings(pages):
    en = visible_text(pages["region_report", "en"])
    assert en.index("Key findings") < en.index("Headline figures")
    assert (
        "843 internet-fraud cases were registered in Turkestan Region in 2025, 41% more than "
        "in 2024 (95% CI allowing for year-to-year variation: +1% to +96%; 2024: the source "
        "words the figure as «анықталып» (detected), which may not be the same as registered "
        "cases)."
    ) in en
    assert "about 1.98 million tenge" in en and f"1{THIN}976{THIN}018" in en
    assert "are the largest scheme: 40.3% of cases (36.0%–44.9%)" in en
    # the population two outlets disagree on is listed, and the one set aside is cited
    conflicts = en[en.index("Conflicting sources") : en.index("How to cite")]
    assert "turkestan-2025-population-2" in conflicts and "No two sources disagree" not in en
    assert "https://patriotportaly.kz/kk/post/229" in pages["region_report", "en"]  # in Sources
    assert "Source: kaz.inform.kz" not in en  # the source line is in the image, not the text
    ru = visible_text(pages["region_report", "ru"])
    assert "зарегистрировано 843 факта интернет-мошенничества — на 41% больше" in ru
    kk = visible_text(pages["region_report", "kk"])
    assert "интернет-алаяқтықтың 843 фактісі тіркелді" in kk
    assert "Средний ущерб" not in kk and "Лет вперёд" not in kk


@pytest.mark.notebook
def test_comparison_opens_with_key_findings(pages):
    ru = visible_text(pages["compare_regions", "ru"])
    assert ru.startswith("Сравнение регионов: уровни, рейтинг и структура схем — 2025")
    assert "За 2025 год можно сравнить 4 территории" in ru
    # with the variation between places allowed for, no place is outside the funnel, which is
    # not said as "no different from the country" (each region report reads its own rate)
    assert (
        "В пределах обычного разброса между территориями (внутри воронки), что не делает их "
        "уровень равным общему по стране: город Костанай, Туркестанская область"
    ) in ru
    assert "Без явного отличия от уровня по стране" not in ru
    assert "Ранжировать можно" not in ru and ": -." not in ru
    # shares among the schemes both list (340 of 693 in Turkestan), against the rest of the country
    assert "доля выше среди схем, названных обеими сторонами, — Туркестанская область: 49,1%" in ru
    en = visible_text(pages["compare_regions", "en"])
    # rates on the mid-year population: 843 / 2 151 496 and 27 892 / 20 391 030 per 100 000
    assert "39.2" in en and "136.8" in en and "How to cite" in en
