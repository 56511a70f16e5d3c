"""No reader ever sees a computer's word for a missing number ("nan", "None", "inf").

A bound («не менее 2 500») leaves one limit of an interval open; sentences and
tables say so (``103.6–∞``, "open (bound)") instead of printing the empty value.
"""

from __future__ import annotations

import re

import pytest

from fraud_research.report import prepare_compare_report, prepare_region_report

MISSING = re.compile(r"\b(?:nan|NaN|None|inf|NaT|<NA>)\b")
SECTIONS = ("summary", "headline", "part_year", "shares", "average_loss", "counts_and_rates",
            "change", "trend")  # fmt: skip


@pytest.mark.parametrize("place", ["almaty_city", "kostanay_city", "turkestan", "kazakhstan"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_region_report_sections_have_no_missing_value_words(place, lang):
    report = prepare_region_report(place=place, year=2025, lang=lang)
    for name in SECTIONS:
        html = report.section(name)._repr_html_()
        # addresses are as published («…/69297-elimizdegi-kazaktar-sany-14-mln-nan-asty»)
        text = re.sub(r"<[^>]+>|data:image/png;base64,[A-Za-z0-9+/=]+|https?://\S+", " ", html)
        assert not MISSING.search(text), (name, MISSING.search(text).group(0))


def test_almaty_city_rate_sentence_is_one_sided():
    summary = prepare_region_report(place="almaty_city", year=2025).section("summary").text()
    # 2 500 / 2 320 128.5 * 100 000 = 107.753: a lower bound is rounded down, never up
    assert "at least 107.7 cases per 100 000 residents (95% CI 103.6–∞)" in summary


def test_comparison_summary_has_no_missing_value_words():
    text = prepare_compare_report(year=2025, lang="en").section("summary").text()
    assert not MISSING.search(text)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_comparison_names_its_sides_and_describes_its_methods_as_they_are(lang):
    report = prepare_compare_report(year=2025, lang=lang)
    html = "".join(report.section(name)._repr_html_() for name in ("ranking", "mix"))
    assert "rest_of_country" not in html  # the side a place is compared with, named
    assert "letter" not in html and "букв" not in html and "әрп" not in html  # rank intervals now


def test_a_test_that_was_not_run_leaves_its_cells_empty_not_unpublished():
    html = prepare_compare_report(year=2025, lang="ru").table("mix_tests").to_html()
    kostanay = html[
        html.index("город Костанай") : html.index("</tr>", html.index("город Костанай"))
    ]
    assert "не опубликовано" not in kostanay and kostanay.count(">—<") == 4
    assert "нет критерия" in kostanay or "меньше двух" in kostanay
