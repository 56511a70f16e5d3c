"""Readers see a population to the digits its printed sources support, never to the resident."""

from __future__ import annotations

from fraud_research.report.compare import prepare_compare_report
from fraud_research.report.formatting import THIN
from fraud_research.report.region import prepare_region_report


def test_an_approximate_population_is_shown_to_the_digits_its_sources_support():
    almaty = prepare_region_report(place="almaty_region", year=2025).table("counts_and_rates")
    html = almaty.to_html().replace(THIN, " ")
    assert "about 1 530 000" in html and "1 530 189" not in html
    assert "1 578 354" in html  # an average of two exact figures is exact
    kostanay = prepare_region_report(place="kostanay_city", year=2025, lang="ru")
    assert "около 276 800" in kostanay.table("counts_and_rates").to_html().replace(THIN, " ")
    rates = prepare_compare_report(year=2025).table("rates").to_html().replace(THIN, " ")
    assert "about 276 800" in rates and "Population qualifier" not in rates
