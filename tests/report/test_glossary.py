"""Each page explains the statistical terms it uses, once, in a folded box before its findings."""

import re

import pytest

from fraud_research.report import finish_page, prepare_region_report, translate
from fraud_research.report.glossary import TERM_FORMS, glossary_items, glossary_terms
from fraud_research.report.page import visible_text
from fraud_research.report.region_sections import REGION_SECTIONS


@pytest.fixture(scope="module", params=["en", "ru", "kk"])
def turkestan_page(request):
    report = prepare_region_report(place="turkestan", year=2025, lang=request.param)
    body = "".join(report.section(name)._repr_html_() for name in REGION_SECTIONS)
    page = f"<html><head></head><body>{body}</body></html>"
    return request.param, finish_page(page, lang=request.param)


def test_the_region_report_explains_each_term_it_uses_once_before_its_findings(turkestan_page):
    lang, page = turkestan_page
    box = re.search(r'<details class="glossary".*?</details>', page, re.DOTALL).group(0)
    assert page.count('<details class="glossary"') == 1
    assert page.index(box) < page.index("<h2>")  # before the key findings, where CI appears
    assert translate("glossary_heading", lang) in box
    # the Turkestan report's terms: intervals, shares' intervals, change tests, the trend's
    # models with three years (their scores cannot be compared, so AICc and MAE are not shown)
    terms = ["ci", "pi", "p_value", "goodman_wilson", "poisson"]
    assert glossary_terms(visible_text(page.replace(box, "")), lang=lang) == terms
    items = re.findall(r"<li>(.*?)</li>", box)
    assert len(items) == len(terms)
    ci = {"en": "CI", "ru": "ДИ", "kk": "СА"}[lang]
    assert items[0].startswith(f"<strong>{ci}</strong>")
    assert finish_page(page, lang=lang) == page  # the box is added once


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_each_explanation_is_one_short_sentence_spotted_by_its_own_term(lang):
    for term in TERM_FORMS:
        text = translate(f"glossary_{term}", lang, pp=translate("points_short", lang))
        assert term in glossary_terms(text, lang=lang), term
        assert text.startswith("**") and len(text) <= 230 and ". " not in text, term


def test_a_page_without_terms_gets_no_box():
    page = "<html><body><h1>Index</h1><h2>Reports</h2><p>843 cases</p></body></html>"
    assert finish_page(page, lang="en").count("<details") == 0
    assert glossary_items("843 cases", lang="en") == []


@pytest.mark.parametrize(
    ("text", "lang", "terms"),
    [
        ("+10,0 п.п. (Холм) p-значение 0,03; Шпигельхальтера", "ru",
         ["pp", "p_value", "holm", "spiegelhalter"]),
        ("×1,41 (95% СА 1,01–1,96); φ = 8,75; α = 0,003; σ² = 0,008", "kk",
         ["ci", "ratio", "phi", "alpha", "sigma2"]),
        ("Scheme mix: adjusted residual 3.4, AICc 41.2, rolling-origin MAE 55", "en",
         ["aicc", "mae", "residual"]),
        ("843 cases, 1 665 783 000 tenge; apple pie", "en", []),
    ],
)  # fmt: skip
def test_terms_are_spotted_in_the_forms_the_pages_use(text, lang, terms):
    assert glossary_terms(text, lang=lang) == terms


def test_the_comparison_terms_are_explained():
    from fraud_research.report import prepare_compare_report

    report = prepare_compare_report(year=2025, lang="ru")
    body = "".join(
        report.section(name)._repr_html_() for name in ("summary", "rates", "ranking", "mix")
    )
    page = finish_page(f"<html><head></head><body>{body}</body></html>", lang="ru")
    box = re.search(r'<details class="glossary".*?</details>', page, re.DOTALL).group(0)
    for term in ("п.п.", "Поправка Холма", "Границы воронки (Шпигельхальтер)", "p-значение"):
        assert f"<strong>{term}</strong>" in box
