"""The comparison on a common part of a year (issue 12.1), on the shipped data.

Reference values are read straight from ``data/figures.csv`` with the csv module
and recomputed with scipy, not taken from the code under test.
"""

from __future__ import annotations

import csv

import pytest
from scipy import stats

from fraud_research import paths
from fraud_research.dataset import parse_period
from fraud_research.errors import InsufficientDataError, ParameterError
from fraud_research.report import check_compare_parameters, prepare_compare_report
from fraud_research.stats import rates_for_places

#: January–May 2025 counts as published (issue 12).
JAN_MAY_2025 = {
    "astana_city": 1548,
    "almaty_city": 1114,
    "karaganda": 868,
    "pavlodar": 861,
    "akmola": 792,
    "kazakhstan": 10145,
}


def _csv_population(figure_id: str) -> int:
    with open(paths.DATA_DIR / "figures.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["figure_id"] == figure_id:
                return int(row["value"])
    raise KeyError(figure_id)


@pytest.fixture(scope="module")
def jan_may():
    return prepare_compare_report(year=2025, period="2025-01/2025-05")


def test_every_place_with_a_jan_may_figure_is_compared(jan_may):
    rates = jan_may.rates.set_index("place")
    assert rates["count"].to_dict() == JAN_MAY_2025
    # one period only: never mixed
    assert set(rates["period_start"].astype(str)) == {"2025-01-01"}
    assert set(rates["period_end"].astype(str)) == {"2025-05-31"}


@pytest.mark.parametrize(
    ("place", "population_id"),
    [
        ("astana_city", "astana-city-2025-population"),
        ("almaty_city", "almaty-city-2025-population"),
        ("karaganda", "karaganda-2025-population"),
        ("kazakhstan", "kazakhstan-2025-population"),
    ],
)
def test_rates_use_the_population_nearest_the_midpoint(jan_may, place, population_id):
    # the midpoint of 1 January–31 May 2025 is 16 March: 1 January 2025 is the nearest date
    population = _csv_population(population_id)
    count = JAN_MAY_2025[place]
    row = jan_may.rates.set_index("place").loc[place]
    assert int(row["population"]) == population
    assert row["population_basis"] == "nearest_midpoint"
    assert row["estimate"] == pytest.approx(count / population * 1e5)
    lower = stats.chi2.ppf(0.025, 2 * count) / 2 / population * 1e5
    upper = stats.chi2.ppf(0.975, 2 * (count + 1)) / 2 / population * 1e5
    assert [row["ci_lower"], row["ci_upper"]] == pytest.approx([lower, upper])
    assert row["denominator"] == (
        "population: 1 January 2025 (the sourced date nearest the period's midpoint)"
    )


def test_astana_rate_by_hand(jan_may):
    assert round(jan_may.rates.set_index("place").at["astana_city", "estimate"], 1) == 101.3


def test_places_without_population_keep_their_count_and_get_no_rate(jan_may):
    rates = jan_may.rates.set_index("place")
    for place in ("pavlodar", "akmola"):
        assert not rates.at[place, "has_rate"]
        assert rates.at[place, "denominator"] == "no sourced population: no rate"
    text = jan_may.section("not_comparable").text()
    assert (
        "Counted but without a rate (no sourced population): Akmola Region, Pavlodar Region."
        in (text)
    )
    ranked = set(jan_may.ranking["place"])
    assert ranked == {"astana_city", "almaty_city", "karaganda"}


def test_other_places_are_said_to_have_no_figure_for_the_span(jan_may):
    text = jan_may.section("not_comparable").text()
    line = next(t for t in text.splitlines() if t.startswith("No figure for any span of 2025"))
    for name in ("Shymkent (city)", "Abai Region"):
        assert name in line
    # compared, or listed below with their own span (Turkestan's full year, Aktobe's nine months)
    for name in ("Astana (city)", "Karaganda Region", "Pavlodar Region", "Turkestan Region",
                 "Aktobe Region"):  # fmt: skip
        assert name not in line
    # 24 registry places, 6 with a January–May figure, 6 more with another span of 2025
    assert len(line.split(": ", 1)[1].split(", ")) == 12


def test_no_place_is_said_to_have_no_figure_and_listed_with_one():
    # the full-year page said «No figure for 2025 was found for: … Akmola Region …» right above
    # a table of Akmola's January–May 2025 figure
    report = prepare_compare_report(year=2025)
    line = next(
        t for t in report.section("not_comparable").text().splitlines()
        if t.startswith("No figure for any span of 2025")
    )  # fmt: skip
    listed = {r[0] for r in report.table("not_comparable").data.itertuples(index=False)}
    assert "Akmola Region" in listed and not [name for name in listed if name in line]


def test_figures_for_another_span_are_listed_with_their_own_period(jan_may):
    table = jan_may.table("not_comparable").data
    rows = {(r[0], r[1], int(r[2])) for r in table.itertuples(index=False)}
    assert ("Aktobe Region", "January–September 2025", 846) in rows
    assert ("Turkestan Region", "2025", 843) in rows
    ru = prepare_compare_report(year=2025, period="2025-01/2025-05", lang="ru")
    assert "январь–сентябрь 2025" in ru.section("not_comparable").text()


def test_title_findings_and_mix_name_the_period(jan_may):
    summary = jan_may.section("summary").text()
    assert summary.splitlines()[0].endswith("— January–May 2025")
    assert "For January–May 2025, 3 places can be compared" in summary
    assert "on full years only" in jan_may.section("mix").text()
    kk = prepare_compare_report(year=2025, period="2025-01/2025-05", lang="kk")
    assert "2025 жылғы қаңтар–мамыр" in kk.section("summary").text()


def test_full_year_comparison_is_unchanged_in_kind():
    report = prepare_compare_report(year=2025)
    assert set(report.rates["period_kind"]) == {"full_year"}
    assert not report.part_year
    # Astana has only January–May 2025: it is listed as not comparable with a full year
    assert "astana_city" in set(report.not_comparable["place"])


def test_bad_periods_are_refused_with_the_valid_forms():
    with pytest.raises(ParameterError, match="valid forms: '' \\(the full year\\)"):
        check_compare_parameters(year=2025, period="spring")
    with pytest.raises(ParameterError, match="not within 2024"):
        check_compare_parameters(year=2024, period="2025-01/2025-05")
    with pytest.raises(InsufficientDataError, match="has no cases_registered figure for exactly"):
        check_compare_parameters(year=2025, period="2025-01/2025-04")
    with pytest.raises(ParameterError, match="needs the year"):
        rates_for_places(period="2025-01/2025-05")


def test_year_to_date_form_matches_the_same_span():
    span = parse_period("ytd:2025-05-31", year=2025)
    assert (str(span["period_start"].date()), span["days"]) == ("2025-01-01", 151)
    same = rates_for_places(year=2025, period="ytd:2025-05-31")
    assert dict(zip(same["place"], same["count"], strict=True)) == JAN_MAY_2025


def test_params_file_is_planned():
    from fraud_research.batch.plan import plan_reports

    specs = {spec.report_id: spec for spec in plan_reports()}
    spec = specs["compare_regions_2025_jan_may"]
    assert spec.notebook.name == "compare_regions.ipynb"
    assert spec.parameters["period"] == "2025-01/2025-05"
