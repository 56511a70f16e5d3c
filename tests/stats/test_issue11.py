"""Issue 11 pinned on the real data, with reference values recomputed independently (scipy)."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from fraud_research.dataset import load_figures, select_panel
from fraud_research.stats import (
    change_table,
    fit_trend,
    funnel_limits,
    pooled_dispersion,
    rank_places,
    rates_for_places,
    scheme_mix_against_reference,
)

TURKESTAN = pd.Series({2023: 567, 2024: 598, 2025: 843})


@pytest.fixture(scope="module")
def pooled():
    return pooled_dispersion()


def test_pooled_dispersion_recomputed(pooled):
    d = np.log([27892 / 22560, 981 / 760, 598 / 567, 843 / 598])
    poisson = np.mean(
        [1 / 27892 + 1 / 22560, 1 / 981 + 1 / 760, 1 / 598 + 1 / 567, 1 / 843 + 1 / 598]
    )
    assert pooled.sigma2 == pytest.approx((np.var(d, ddof=1) - poisson) / 2)
    assert pooled.df == 3 and "almaty_region" not in pooled.places  # definition note left out


def test_overdispersed_change_interval(pooled):
    row = change_table(TURKESTAN, dispersion=pooled).iloc[-1]
    var = 1 / 843 + 1 / 598 + 2 * pooled.sigma2
    dof = 3 * (var / (2 * pooled.sigma2)) ** 2
    half = stats.t.ppf(0.975, dof) * np.sqrt(var)
    assert row["od_ci_lower"] == pytest.approx(843 / 598 * np.exp(-half))
    assert row["od_ci_upper"] == pytest.approx(843 / 598 * np.exp(half))
    assert row["ci_lower"] > row["od_ci_lower"]  # Poisson alone is narrower


def test_projection_is_analytic_and_has_no_zero_lower_limit(pooled):
    res = fit_trend(TURKESTAN, dispersion=pooled)
    again = fit_trend(TURKESTAN.copy(), dispersion=pooled)
    pd.testing.assert_frame_equal(res.projection, again.projection)
    assert (res.projection["pi95_lower"] > 100).all()
    # independent recomputation of the 2026 95% limit (WLS on log counts)
    fit_lo = res.projection["pi95_lower"].iloc[0]
    assert 500 < fit_lo < 700 and 1400 < res.projection["pi95_upper"].iloc[0] < 1800


def test_three_years_no_interval_without_pooling():
    res = fit_trend(TURKESTAN)
    assert res.projection["pi95_lower"].isna().all()
    assert "no_interval_short" in [n.code for n in res.caveats]


def test_three_years_say_what_they_can(pooled):
    res = fit_trend(TURKESTAN, dispersion=pooled)
    assert res.verdict == "too early to say" and res.verdict_reason.code == "short_series"
    assert res.growth["method"].item() == res.chosen_model == "loglinear_pooled"


def test_one_window_for_a_pinned_report():
    from fraud_research.report.region import prepare_region_report

    report = prepare_region_report(place="turkestan", year=2024)
    assert report.change()["to_year"].max() == 2024
    assert report.trend_result.observed["year"].max() == 2024


def test_input_not_mutated(pooled):
    series = TURKESTAN.copy()
    fit_trend(series, dispersion=pooled)
    pd.testing.assert_series_equal(series, TURKESTAN)


def test_at_least_is_one_sided():
    ranking = rank_places(rates_for_places(year=2025)).set_index("place")
    almaty = ranking.loc["almaty_city"]
    assert np.isnan(almaty["ratio_ci_upper"]) and np.isnan(almaty["ci_upper"])
    assert almaty["reason"] == "bound_undetermined" and np.isnan(almaty["p_value"])
    assert almaty["rank_lower"] == 1


def test_kostanay_city_mix_undetermined():
    result = scheme_mix_against_reference(place="kostanay_city", year=2025)
    assert np.isnan(result.test["p_value"].item())
    codes = [n.code for n in result.caveats]
    assert "mix_too_few_named" in codes and "mix_bound" in codes
    assert (
        result.schemes.set_index("scheme").loc["impersonation_call", "direction"] == "undetermined"
    )


def test_turkestan_mix_on_shared_schemes():
    result = scheme_mix_against_reference(place="turkestan", year=2025, versus="reference")
    table = np.array([[340, 255, 98], [8554, 8357, 3110]])
    chi2, p, dof, _ = stats.chi2_contingency(table, correction=False)
    assert result.test["statistic"].item() == pytest.approx(chi2)
    assert result.test["dof"].item() == dof == 2 and result.test["p_value"].item() == pytest.approx(
        p
    )
    assert result.schemes.set_index("scheme").loc["not_listed", "direction"] == "not_tested"


def test_funnel_poisson_predictive_zero_not_low():
    assert funnel_limits(10.0, 1_000, levels=(0.95,))["lower"].item() == 0.0
    theta = 137.49 * 2_154_334 / 1e5
    upper = funnel_limits(137.49, 2_154_334, levels=(0.95,))["upper"].item()
    assert abs(upper * 2_154_334 / 1e5 - stats.poisson.ppf(0.975, theta)) <= 1


def test_overdispersed_funnel_flags_fewer_places():
    ranking = rank_places(rates_for_places(year=2025))
    assert not ranking["funnel_flag"].str.startswith(("above", "below")).all()


def test_detected_wording_note():
    from fraud_research.stats import wording_notes

    panel = select_panel(load_figures(), place="north_kazakhstan")
    assert [n.code for n in wording_notes(panel)] == ["detected"]
    # Turkestan's 2024 count: «598 қылмыс анықталып» is detected, in another form of the verb
    turkestan = select_panel(load_figures(), place="turkestan")
    notes = wording_notes(turkestan)
    assert [(n.fields["year"], n.fields["word"]) for n in notes] == [(2024, "анықталып")]


# --- point 10: qualifiers carried into shares, remainders, rates -------------------------------


def test_kostanay_city_shares_carry_the_lower_bound():
    from statsmodels.stats.proportion import multinomial_proportions_confint, proportion_confint

    from fraud_research.dataset import scheme_breakdown
    from fraud_research.stats import scheme_counts, scheme_shares

    rows = scheme_breakdown(place="kostanay_city", year=2025)
    counts = scheme_counts(rows.rename(columns={"count": "value"}))
    assert counts.to_dict() == {"impersonation_call": 300, "not_listed": 981 - 300}
    assert counts.attrs["total_qualifier"] == "exact"  # «более 300» of exactly 981
    shares = scheme_shares(counts).set_index("scheme")
    goodman = multinomial_proportions_confint([681, 300], alpha=0.05, method="goodman")
    calls, rest = shares.loc["impersonation_call"], shares.loc["not_listed"]
    assert calls["estimate"] == pytest.approx(300 / 981)
    assert (calls["qualifier"], calls["bound"]) == ("at_least", "lower")
    assert calls["ci_lower"] == pytest.approx(goodman[1, 0]) and np.isnan(calls["ci_upper"])
    wilson_lower, _ = proportion_confint(300, 981, alpha=0.05, method="wilson")
    assert calls["wilson_lower"] == pytest.approx(wilson_lower) and np.isnan(calls["wilson_upper"])
    assert (rest["qualifier"], rest["bound"]) == ("at_most", "upper")
    assert rest["ci_upper"] == pytest.approx(goodman[0, 1]) and np.isnan(rest["ci_lower"])
    assert bool(rest["tied_with_next"])  # a bound leaves the order open: not told apart


def test_kostanay_city_report_says_at_least_in_three_languages():
    from fraud_research.report.findings import scheme_finding
    from fraud_research.report.region import prepare_region_report

    # «более 300» of 981: 30.58%, so at least 30.5% (a lower bound is rounded down)
    words = {"en": "at least 30.5%", "ru": "не менее 30,5%", "kk": "кемінде 30,5%"}
    for lang, text in words.items():
        report = prepare_region_report(place="kostanay_city", year=2025, lang=lang)
        finding = scheme_finding(report)
        assert text in finding and "not published" not in finding
    html = prepare_region_report(place="kostanay_city", year=2025).table("shares").to_html()
    assert "lower bound only" in html and "upper bound only" in html
    assert ">30.5%<" in html and ">69.5%<" in html  # 300 and 681 of 981, rounded as they bound


def test_turkestan_shares_stay_exact_and_two_sided():
    from fraud_research.report.region import prepare_region_report

    shares = prepare_region_report(place="turkestan", year=2025).scheme_shares()
    assert set(shares["qualifier"]) == {"exact"} and set(shares["bound"]) == {""}
    assert shares[["ci_lower", "ci_upper"]].notna().all().all()


def test_approximate_counts_give_approximate_shares():
    from fraud_research.stats import scheme_shares

    shares = scheme_shares(
        pd.Series({"prepayment": 600, "phishing": 400}),
        qualifiers={"prepayment": "rounded", "phishing": "exact"},
    ).set_index("scheme")
    assert shares.loc["prepayment", "qualifier"] == "approx"
    assert shares.loc["phishing", "qualifier"] == "exact"
    both = scheme_shares(
        pd.Series({"prepayment": 600, "phishing": 400}),
        qualifiers={"prepayment": "at_least", "phishing": "exact"},
        total_qualifier="at_least",
    ).set_index("scheme")
    # a lower bound over a lower-bound total: no direction, so no interval at all
    assert both.loc["prepayment", "bound"] == "undetermined"
    assert both.loc["prepayment", ["ci_lower", "ci_upper"]].isna().all()


def test_almaty_city_rate_carries_at_least():
    rates = rates_for_places(year=2025).set_index("place")
    almaty = rates.loc["almaty_city"]
    assert (almaty["count"], almaty["qualifier"]) == (2500, "at_least")
    # over the mid-year population: the mean of 1 January 2025 and 1 January 2026
    population = (2_292_333 + 2_347_924) / 2
    assert almaty["estimate"] == pytest.approx(2500 / population * 1e5)
    assert almaty["ci_lower"] == pytest.approx(
        stats.chi2.ppf(0.025, 2 * 2500) / 2 / population * 1e5
    )
    # «не менее 2 500»: a lower bound, so one-sided: no upper limit for the count or the rate
    assert almaty["bound"] == "lower"
    assert almaty[["count_ci_upper", "ci_upper"]].isna().all()
    assert almaty["count_ci_lower"] == pytest.approx(stats.chi2.ppf(0.025, 2 * 2500) / 2)
    assert rates.loc["turkestan", "bound"] == ""
    assert rates.loc["turkestan", ["count_ci_upper", "ci_upper"]].notna().all()


def test_open_limits_are_named_not_called_unpublished_in_the_report():
    from fraud_research.report import prepare_region_report

    for lang, open_words, missing in (("en", "open (bound)", "not published"),
                                      ("ru", "открыта (граница)", "не опубликовано")):  # fmt: skip
        report = prepare_region_report(place="almaty_city", year=2025, lang=lang)
        html = report.section("counts_and_rates")._repr_html_()
        assert html.count(open_words) == 2 and missing not in html


def test_remainder_after_a_lower_bound_is_an_upper_bound():
    from fraud_research.dataset import scheme_breakdown

    rows = scheme_breakdown(place="kostanay_city", year=2025).set_index("scheme")
    assert rows.loc["not_listed", ["count", "qualifier"]].tolist() == [681, "at_most"]
    assert bool(rows.loc["not_listed", "derived"])
