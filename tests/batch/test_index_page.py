"""The index page in the reader's language: rows in the order of its alphabet, the reports' words."""

import re
from pathlib import Path

import pytest

from fraud_research.batch.index import headline_table, render_index
from fraud_research.report import translate
from fraud_research.report.page import visible_text

PLACES = ["west_kazakhstan", "almaty_city", "karaganda", "akmola", "turkestan", "pavlodar"]


def manifest(places):
    reports = {
        place: {"status": "ok", "notebook": "region_report.ipynb", "place": place, "year": 2025,
                "html": f"{place}/region_report.html"}
        for place in places
    }  # fmt: skip
    return {"run": {"finished": "2026-01-01T00:00:00+00:00"}, "reports": reports}


def row_names(page: str) -> list[str]:
    return re.findall(r"<tr><td>(.*?)</td>", page)


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("ru", ["Акмолинская область", "город Алматы", "Западно-Казахстанская область",
                "Карагандинская область", "Павлодарская область", "Туркестанская область"]),
        # Kazakh letters in the Kazakh alphabet's order: Ақ- before Ал-, Қ between К and Л
        ("kk", ["Ақмола облысы", "Алматы қаласы", "Батыс Қазақстан облысы", "Қарағанды облысы",
                "Павлодар облысы", "Түркістан облысы"]),
        ("en", ["Akmola Region", "Almaty (city)", "Karaganda Region", "Pavlodar Region",
                "Turkestan Region", "West Kazakhstan Region"]),
    ],
)  # fmt: skip
def test_rows_follow_the_place_names_in_the_alphabet_of_the_page(lang, names):
    page = render_index(manifest(PLACES), None, "", Path("."), lang=lang)
    assert row_names(page) == names


def test_the_kazakh_index_says_cases_and_damage_as_the_reports_do():
    table = headline_table(["turkestan"])
    page = render_index(manifest(["turkestan"]), table, "", Path("."), lang="kk")
    headings = re.findall(r"<th[^>]*>(.*?)</th>", page)
    assert headings[2:5] == ["Тіркелген фактілер", translate("headline_damage", "kk"),
                             "Бір фактіге орташа шығын, теңге (есептелген)"]  # fmt: skip
    assert translate("headline_damage", "kk") == "Шығын, теңге"  # the reports' heading
    text = visible_text(page)
    assert "залал" not in text.lower() and "деректер сан" not in text
    assert "Фактілер санының алдыңғы жылға өзгерісі (95% СА)" in text


def test_the_index_explains_the_interval_it_shows():
    page = render_index(manifest(["turkestan"]), headline_table(["turkestan"]), "", Path("."),
                        lang="ru")  # fmt: skip
    box = re.search(r'<details class="glossary".*?</details>', page, re.DOTALL).group(0)
    assert "<strong>ДИ</strong> (доверительный интервал" in box
    assert "<strong>×1,41</strong>" in box  # the change column's ratios
    assert page.index(box) < page.index("<h2>")
