"""Readers see the curators' notes with the dataset's internal names put into words."""

from __future__ import annotations

import re

import pytest

from fraud_research.dataset import load_figures
from fraud_research.report.compare import SECTIONS as COMPARE_SECTIONS
from fraud_research.report.compare import prepare_compare_report
from fraud_research.report.reader_notes import reader_note
from fraud_research.report.region import prepare_region_report

SECTIONS = (
    "summary", "headline", "shares", "average_loss", "counts_and_rates", "change", "trend",
    "sources", "methods", "cite",
)  # fmt: skip
INTERNAL = re.compile(r"source_url_2|figures\.csv|period_end|scheme_text|(?<!data/)sources/\w")


@pytest.mark.parametrize("place", ["almaty_region", "astana_city", "kazakhstan", "turkestan"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_region_report_names_no_internal_field_or_file_of_the_dataset(place, lang):
    report = prepare_region_report(place=place, year=2025, lang=lang)
    page = "\n".join(report.section(name)._repr_html_() for name in SECTIONS)
    assert INTERNAL.findall(page) == []


@pytest.mark.parametrize("period", ["", "2025-01/2025-05"])
def test_the_comparison_names_no_internal_field_or_file_of_the_dataset(period):
    report = prepare_compare_report(year=2025, period=period)
    page = "\n".join(report.section(name)._repr_html_() for name in COMPARE_SECTIONS)
    assert INTERNAL.findall(page) == []


def test_a_note_on_a_second_source_gives_its_address():
    report = prepare_region_report(place="astana_city", year=2025)
    page = report.section("sources")._repr_html_() + report.section("headline")._repr_html_()
    assert "Kazakh version on mgorod.kz (https://mgorod.kz/news/" in page


def test_a_note_naming_another_figure_gives_its_id_and_address():
    figures = load_figures()
    note = figures.set_index("figure_id").at["almaty-region-2025-population-2", "note"]
    address = figures.set_index("figure_id").at["almaty-region-2025-population", "source_url"]
    assert f"(1 560 377, almaty-region-2025-population, {address})" in reader_note(
        note, figures=figures
    )


def test_the_dataset_keeps_the_notes_as_the_curators_wrote_them():
    figures = load_figures()
    prepare_region_report(place="astana_city", year=2025, figures=figures)
    assert figures["note"].str.contains("source_url_2").any()
