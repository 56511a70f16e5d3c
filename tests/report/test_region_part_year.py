"""Region reports for places with only part-year figures (issue 12.2), on the shipped data.

Reference values are the published counts and ratios recomputed here with scipy.
"""

from __future__ import annotations

import pytest
from scipy import stats

from fraud_research.batch.plan import plan_reports
from fraud_research.errors import InsufficientDataError
from fraud_research.report import check_region_parameters, prepare_region_report
from fraud_research.report.region_sections import REGION_SECTIONS


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_karaganda_report_renders_every_section(lang):
    report = prepare_region_report(place="karaganda", year=0, lang=lang)
    assert report.year == 2025  # no full year: the latest year with a part-year count
    for name in REGION_SECTIONS:
        assert report.section(name)._repr_html_().startswith("<section")


def test_karaganda_shows_its_part_year_figure_and_does_not_annualise():
    report = prepare_region_report(place="karaganda", year=2025)
    text = report.section("part_year").text()
    assert "January–May 2025" in text and "868" in text
    assert report.annualised().empty
    assert "Annualised" not in text and "estimate" not in text.lower()
    assert "karaganda-2025-jan-may-cases" in set(report.sources()["figure_id"])


def test_annualising_only_when_asked_and_labelled():
    report = prepare_region_report(place="karaganda", year=2025, annualise=True)
    row = report.annualised().iloc[0]
    assert row["annualised"] == pytest.approx(868 * 12 / 5)
    # predictive interval of the full-year count: the 5 observed months plus a negative
    # binomial count for the 7 others (Jeffreys gamma posterior for the rate)
    nb = stats.nbinom(868 + 0.5, 5 / 12)
    assert row["annualised_ci_lower"] == pytest.approx(868 + nb.ppf(0.025))
    assert row["annualised_ci_upper"] == pytest.approx(868 + nb.ppf(0.975))
    text = report.section("part_year").text()
    assert "Annualised estimate (asked for; seasonality unknown)" in text
    assert "not a published figure" in text


def test_same_span_in_different_years_is_a_ratio_with_its_interval():
    change = prepare_region_report(place="astana_city", year=2025).part_year_change()
    last = change.iloc[-1]
    assert (last["from_period"], last["to_period"]) == ("January–May 2022", "January–May 2025")
    assert last["estimate"] == pytest.approx(1548 / 1390)
    # score interval of the ratio of two Poisson counts (statsmodels, as for full years)
    from statsmodels.stats.rates import confint_poisson_2indep

    lower, upper = confint_poisson_2indep(1548, 1, 1390, 1, method="score", compare="ratio")
    assert (last["ci_lower"], last["ci_upper"]) == pytest.approx((lower, upper))


def test_a_year_with_only_part_year_figures_is_accepted_and_others_refused():
    assert check_region_parameters(place="akmola", year=2025)["year"] == 2025
    with pytest.raises(InsufficientDataError, match="years with data: 2025"):
        check_region_parameters(place="karaganda", year=2019)


def test_batch_plans_a_report_for_every_place_with_any_count():
    specs = {spec.report_id: spec for spec in plan_reports()}
    for place in ("karaganda", "akmola", "astana_city", "pavlodar", "aktobe"):
        assert specs[place].parameters["year"] == 2025
    # places with full years keep their latest full year
    assert specs["kostanay_city"].parameters["year"] == 2025
    assert specs["north_kazakhstan"].parameters["year"] == 2022


def test_key_finding_names_the_latest_part_year_figure():
    summary = prepare_region_report(place="karaganda", year=2025, lang="ru").section("summary")
    assert "868 случаев за период «январь–май 2025»" in summary.text()


def test_two_years_one_quote_compares_as_the_same_span_and_a_republished_count_is_one():
    """West Kazakhstan: «jyl basynan beri 564 … ótken jyldyń osy kezeńimen (469) salystyrǵanda,
    20,3 paıyzǵa kóp» prints both counts of the same span, its end unstated. The change can be
    shown (564/469 = 1.20, score interval 1.06-1.36); the 564 of two outlets is one figure."""
    from statsmodels.stats.rates import confint_poisson_2indep

    report = prepare_region_report(place="west_kazakhstan", year=2025)
    published = report.part_year()
    assert published["value"].tolist() == [564, 469]
    assert published["n_sources"].tolist() == [2, 1]
    change = report.part_year_change()
    assert change[["from_year", "to_year", "reference", "count"]].values.tolist() == [
        [2024, 2025, 469, 564]
    ]
    lower, upper = confint_poisson_2indep(564, 1, 469, 1, method="score", compare="ratio")
    row = change.iloc[0]
    assert row["estimate"] == pytest.approx(564 / 469)
    assert (row["ci_lower"], row["ci_upper"]) == pytest.approx((lower, upper), abs=1e-6)
    assert round(row["estimate"] - 1, 3) == 0.203  # the source's «20,3 paıyzǵa»
    assert row["od_ci_lower"] < 1 < row["od_ci_upper"]  # not clear once years vary


def test_open_ended_counts_of_different_years_in_different_quotes_stay_apart():
    import pandas as pd

    from fraud_research.stats import part_year_changes

    def row(year, value, quote):
        return {"year": year, "period_kind": "year_to_date", "value": value,
                "period_start": pd.Timestamp(f"{year}-01-01"), "period_end": pd.NaT,
                "qualifier": "exact", "figure_id": f"x-{year}", "quote": quote}  # fmt: skip

    apart = pd.DataFrame([row(2024, 469, "с начала года 469"), row(2025, 564, "с начала года 564")])
    assert part_year_changes(apart).empty  # ends unknown, no source compares them
    together = apart.assign(quote=["с начала года 469", "564 против 469 годом ранее"])
    assert part_year_changes(together)["estimate"].round(4).tolist() == [round(564 / 469, 4)]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_part_year_figures_carry_the_curators_notes(lang):
    """Kazakhstan's January-November 2019 and 2021 counts come from a text whose years are
    inconsistent: the table beside their change says so, in every language."""
    report = prepare_region_report(place="kazakhstan", year=2025, lang=lang)
    caveats = report.part_year().set_index("figure_id")["caveat"]
    if lang != "en":  # the English note is marked as English, and shown as such on the page
        assert caveats["kazakhstan-2019-cases"].count("\u2068") == 1
        assert '<span lang="en">Years inconsistent' in report.table("part_year").to_html()
        caveats = caveats.str.replace("\u2068", "").str.replace("\u2069", "")
    assert caveats["kazakhstan-2019-cases"].endswith(
        "Years inconsistent in source: text says 2020 growth 70.6%, then '11 months of 2019 ... "
        "7 thousand' and 'same period of 2021 – 12 thousand'; a repost says 2020 vs 2021"
    )
    assert caveats["kazakhstan-2021-cases-4"] == ""  # no note, no caveat
    assert caveats["kazakhstan-2019-cases"].startswith(
        "Years" if lang == "en" else "примечание к данным (на английском): Years"
    )


def test_a_change_from_a_lower_bound_is_one_sided_with_its_limit_open_in_words():
    # «более 15 тыс.» (January–September 2023) to «20,4 тыс.» (2025): the ratio is at most
    # 20 400 / 15 000 = 1.36, so its lower limits say nothing and no p-value is computed
    report = prepare_region_report(place="kazakhstan", year=2025)
    html = report.table("part_year_change").to_html()
    row = next(r for r in html.split("<tr>") if "January–September 2023" in r)
    assert "upper bound only" in row and "1.36" in row
    assert row.count("open (bound)") == 2 and "not published" not in row
