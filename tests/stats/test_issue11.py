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
