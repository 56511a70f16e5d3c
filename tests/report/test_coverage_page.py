"""outputs/coverage.html: every place and year, gaps marked, sources linked, in three languages."""

import re

import pytest

from fraud_research.dataset import coverage_matrix, coverage_places
from fraud_research.report import coverage_cells, coverage_conflicts, coverage_page, label_place


@pytest.fixture(scope="module")
def matrix():
    return coverage_matrix(years=[2023, 2024, 2025])


@pytest.mark.parametrize(("lang", "not_found"), [("en", "not found"), ("ru", "не найдено"),
                                                 ("kk", "табылмады")])  # fmt: skip
def test_the_page_lists_every_place_and_marks_what_is_not_found(matrix, lang, not_found):
    page = coverage_page(matrix, lang=lang)
    assert f'<html lang="{lang}">' in page and "<title>" in page
    rows = re.findall(r"<tr><th scope='row'>(.*?)</th>(.*?)</tr>", page)
    assert [name for name, _ in rows] == [label_place(p, lang) for p in coverage_places()]
    shymkent = dict(rows)[label_place("shymkent_city", lang)]
    cells = re.findall(r"<td class='(\w+)'>(.*?)</td>", shymkent)
    css_class, text = cells[2]  # 2025: no internet-fraud figure was found (a population was)
    assert css_class == "missing" and text.startswith(f"{not_found}<br>")
    assert "fraud-research ingest" in page and "coverage.csv" in page


def test_a_cell_says_what_is_published_with_its_span_and_links_its_sources(matrix):
    cells = coverage_cells(matrix, lang="en").set_index(["place", "year"])
    akmola = cells.loc[("akmola", 2025)]
    assert "792 cases (January–May 2025)" in akmola["text"]
    assert all(url.startswith("http") for url in akmola["source_urls"])
    turkestan = cells.loc[("turkestan", 2025), "text"]
    assert turkestan[0] == "843 cases (full year)" and "breakdown by scheme" in turkestan


def test_conflicts_are_figures_two_sources_give_differently():
    sentences = coverage_conflicts()
    sentences = [s.replace("\u202f", " ") for s in sentences]
    assert "Kazakhstan, 2024: 22 560 (kaz.inform.kz), 22 870 (prosud.kz)." in sentences
    # a lower bound consistent with a value is not a conflict: «более 11 000» and 12 390
    assert not any("11 000" in s for s in sentences)


def test_each_year_keeps_its_own_span_when_one_label_names_two(matrix):
    # «2025 H1 vs 2024 H1»: 9 936 is January–June 2024, 12 390 January–June 2025; the page had
    # written both as 2025 because the span was looked up by the label alone
    cells = coverage_cells(matrix, lang="en").set_index(["place", "year"])
    assert "9\u202f936 cases (January–June 2024)" in cells.loc[("kazakhstan", 2024), "text"]
    assert "12\u202f390 cases (January–June 2025)" in cells.loc[("kazakhstan", 2025), "text"]


def test_a_figure_several_sources_print_is_listed_once_with_a_russian_count(matrix):
    cells = coverage_cells(matrix, lang="ru").set_index(["place", "year"])
    kazakhstan = cells.loc[("kazakhstan", 2024), "text"]
    assert kazakhstan.count("население 20\u202f033\u202f546 на 2024-01-01 (в 2 источниках)") == 1
    assert not any(line.startswith("население 20\u202f033\u202f546 на 2024-01-01") and
                   "источник" not in line for line in kazakhstan)  # fmt: skip
    assert "792 факта (январь–май 2025)" in cells.loc[("akmola", 2025), "text"]  # not «фактов»
