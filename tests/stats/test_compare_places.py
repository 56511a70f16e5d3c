"""Comparisons of places, years and scheme mixes: hand calculations, reference values, refusals."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.contingency_tables import Table
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import confint_proportions_2indep
from statsmodels.stats.rates import confint_poisson_2indep

from fraud_research import paths
from fraud_research.dataset import (
    UNLISTED,
    check_like_with_like,
    crosswalk_mapping,
    scheme_breakdown,
    select_panel,
)
from fraud_research.errors import InsufficientDataError, ParameterError
from fraud_research.report import (
    check_compare_parameters,
    data_limits,
    note_text,
    plot_funnel,
    plot_ranking,
    plot_scheme_mix,
    prepare_compare_report,
    ranking_summary,
    rate_caveats,
    scheme_reading,
)
from fraud_research.stats import (
    align_scheme_counts,
    compare_counts,
    compare_scheme_mix,
    funnel_limits,
    pairwise_rate_ratios,
    rank_places,
    rates_for_places,
    rest_of_country,
    scheme_mix_against_reference,
    scheme_mix_all,
)

# Turkestan 2025 (akimat) aligned to the national 2025 categories (MVD): the 2x4 table of the issue.
HAND_TABLE = np.array(
    [[340, 255, 98, 54 + 49 + 47], [8554, 8357, 3110, 27892 - 8554 - 8357 - 3110]]
)
# The rest of the country (national minus Turkestan, scheme by scheme): the default reference.
REST = HAND_TABLE[1] - HAND_TABLE[0]
# Only the named schemes both sides list are tested ('other / not listed' differs by side).
SHARED = np.vstack([HAND_TABLE[0, :3], REST[:3]])


def adjusted_residuals(table) -> np.ndarray:
    """Haberman's adjusted residuals of the first row, by hand."""
    o = np.asarray(table, dtype=float)
    n, r, c = o.sum(), o.sum(axis=1, keepdims=True), o.sum(axis=0, keepdims=True)
    e = r * c / n
    return ((o - e) / np.sqrt(e * (1 - r / n) * (1 - c / n)))[0]


@pytest.fixture(scope="module")
def rates(figures):
    return rates_for_places(figures, year=2025)


@pytest.fixture(scope="module")
def turkestan_mix(figures):
    return scheme_mix_against_reference(figures, place="turkestan", year=2025)


def caveat_texts(result, lang="en"):
    """The caveats of a scheme-mix result as the report writes them."""
    return [note_text(note, lang) for note in result.caveats]


# --- scheme mix: Turkestan 2025 against the country -------------------------------------------


def test_aligned_table_is_the_hand_table(turkestan_mix, figures):
    schemes = turkestan_mix.schemes
    assert schemes["scheme"].tolist() == [
        "impersonation_call",
        "prepayment",
        "fake_investment",
        UNLISTED,
    ]
    assert turkestan_mix.test["reference"].item() == "rest_of_country"
    assert np.array_equal(schemes[["count", "count_reference"]].to_numpy().T, [HAND_TABLE[0], REST])
    assert schemes["merged_from"].iloc[-1] == "messenger_acquaintance, lottery, other"
    national = scheme_mix_against_reference(
        figures, place="turkestan", year=2025, versus="reference"
    )
    assert np.array_equal(national.schemes[["count", "count_reference"]].to_numpy().T, HAND_TABLE)


def test_chi_square_matches_scipy(turkestan_mix):
    reference = stats.chi2_contingency(SHARED, correction=False)
    test = turkestan_mix.test.iloc[0]
    assert test["statistic"] == pytest.approx(reference.statistic, rel=1e-12)
    assert test["statistic"] == pytest.approx(11.8474, abs=1e-4)
    assert test["dof"] == reference.dof == 2
    assert test["p_value"] == pytest.approx(reference.pvalue, rel=1e-9)
    assert (test["n"], test["n_shared"], test["test"]) == (SHARED.sum(), 3, "chi2")
    assert test["cramers_v"] == pytest.approx(np.sqrt(reference.statistic / SHARED.sum()))
    # dissimilarity index on the region's own scale: half the summed share differences
    a, b = SHARED[0] / SHARED[0].sum(), SHARED[1] / SHARED[1].sum()
    assert test["dissimilarity"] == pytest.approx(np.abs(a - b).sum() / 2)


def test_adjusted_residuals_match_the_hand_formula(turkestan_mix):
    residuals = turkestan_mix.schemes["residual"].to_numpy()
    np.testing.assert_allclose(residuals[:3], adjusted_residuals(SHARED), rtol=1e-12)
    np.testing.assert_allclose(residuals[:3], Table(SHARED).standardized_resids[0], rtol=1e-9)
    assert np.isnan(residuals[3])  # 'other / not listed' is shown, not tested
    assert residuals[0] == pytest.approx(3.4322, abs=1e-4)
    # Bonferroni critical value over the 2 x 3 cells of the shared table
    critical = stats.norm.ppf(1 - 0.05 / (2 * 3))
    assert f"critical={critical:.4f}" in turkestan_mix.test["method"].item()


def test_plain_reading_of_impersonation(turkestan_mix):
    from statsmodels.stats.proportion import confint_proportions_2indep

    first = turkestan_mix.schemes.iloc[0]
    assert first["share"] == pytest.approx(340 / 843)
    assert first["share_reference"] == pytest.approx(REST[0] / REST.sum())
    assert first["direction"] == "over"
    lo, hi = confint_proportions_2indep(
        340, 843, REST[0], REST.sum(), method="newcomb", compare="diff"
    )
    assert (first["difference_ci_lower"], first["difference_ci_upper"]) == pytest.approx((lo, hi))
    # the reading gives the shares the test compares: within the named schemes both list
    within = SHARED[:, 0] / SHARED.sum(axis=1)
    assert (first["share_among_shared"], first["share_among_shared_reference"]) == pytest.approx(
        within
    )
    assert scheme_reading(first).endswith(
        "over-represented in Turkestan Region compared with rest of the country, among the schemes "
        f"both list: {within[0]:.1%} vs {within[1]:.1%}"
    )
    assert turkestan_mix.schemes["direction"].tolist() == ["over", "under", "similar", "not_tested"]


def test_overlap_with_the_national_figure_is_stated(figures):
    national = scheme_mix_against_reference(
        figures, place="turkestan", year=2025, versus="reference"
    )
    assert [n.code for n in national.caveats][0] == "overlap"
    assert any(
        "not independent samples" in c and "843 of 27892" in c for c in caveat_texts(national)
    )


def test_rest_of_country_is_national_minus_region(figures, turkestan_mix):
    national = scheme_mix_against_reference(
        figures, place="turkestan", year=2025, versus="reference"
    )
    result = turkestan_mix  # the default
    assert result.schemes["count_reference"].tolist() == REST.tolist()
    assert result.test["reference"].item() == "rest_of_country"
    by_scipy = stats.chi2_contingency(np.vstack([HAND_TABLE[0, :3], HAND_TABLE[1, :3]]),
                                      correction=False).statistic  # fmt: skip
    assert national.test["statistic"].item() == pytest.approx(by_scipy)
    assert national.test["statistic"].item() == pytest.approx(11.0417, abs=1e-4)
    # the overlapping comparison is conservative: the independent one gives a larger statistic
    assert result.test["statistic"].item() > national.test["statistic"].item()
    assert any("minus" in c for c in caveat_texts(result))


def test_russian_reading(turkestan_mix):
    assert scheme_reading(turkestan_mix.schemes.iloc[0], "ru") == (
        "«Звонки от имени сотрудников банков, полиции, госорганов, связи или почты»: доля выше "
        "среди схем, названных обеими сторонами, — Туркестанская область: 49,1%, остальная часть "
        "страны: "
        "42,5%"
    )


def test_national_mix_shift_between_years(figures):
    before = scheme_breakdown(figures, place="kazakhstan", year=2024)
    after = scheme_breakdown(figures, place="kazakhstan", year=2025)
    assert before["count"].sum() == 22560 and after["count"].sum() == 27892
    result = compare_scheme_mix(after, before, names=("2025", "2024"))
    shared = np.array([after["count"][:3], before["count"][:3]])  # 'not listed' is not tested
    reference = stats.chi2_contingency(shared, correction=False)
    assert result.test["statistic"].item() == pytest.approx(reference.statistic)
    assert result.test["dof"].item() == 2
    np.testing.assert_allclose(
        result.schemes["residual"].to_numpy()[:3], adjusted_residuals(shared), rtol=1e-10
    )
    assert result.schemes["direction"].tolist() == ["over", "under", "over", "not_tested"]
    assert scheme_reading(result.schemes.loc[0]).startswith("Calls posing as bank")


def test_scheme_mix_all_covers_every_place_with_a_breakdown(figures):
    result = scheme_mix_all(figures, year=2025, places=["turkestan", "almaty_city"])
    assert result.test["place"].tolist() == ["turkestan"]
    assert any(
        "no full-year scheme breakdown in 2025 for: Almaty (city)" in c
        for c in caveat_texts(result)
    )
    everything = scheme_mix_all(figures, year=2025)
    assert everything.test["place"].tolist() == ["kostanay_city", "turkestan"]
    assert any("printed as at least" in c for c in caveat_texts(everything))
    empty = scheme_mix_all(figures, year=2024)
    assert (
        empty.test.empty
        and "no place has a full-year scheme breakdown in 2024" in caveat_texts(empty)[0]
    )


def test_monte_carlo_when_expected_counts_are_small():
    a = pd.Series({"prepayment": 3, "lottery": 1, "not_listed": 2})
    b = pd.Series({"prepayment": 1, "lottery": 6, "not_listed": 2})
    first = compare_scheme_mix(a, b, seed=1, n_simulations=5000)
    again = compare_scheme_mix(a, b, seed=1, n_simulations=5000)
    assert first.test["test"].item() == "monte_carlo_chi2"
    assert first.test["n_simulations"].item() == 5000
    assert first.test["p_value"].item() == again.test["p_value"].item()
    shared = np.array([[3, 1], [1, 6]])  # the named schemes both sides list
    exact = stats.chi2_contingency(shared, correction=False)
    assert first.test["statistic"].item() == pytest.approx(exact.statistic)
    fisher = stats.fisher_exact(shared).pvalue  # the exact test on the same margins
    assert first.test["p_value"].item() == pytest.approx(fisher, abs=0.02)
    two_by_two = compare_scheme_mix(
        pd.Series({"prepayment": 4, "lottery": 0, "not_listed": 1}),
        pd.Series({"prepayment": 1, "lottery": 5, "not_listed": 1}),
        n_simulations=20000,
        seed=3,
    )
    fisher = stats.fisher_exact([[4, 0], [1, 5]]).pvalue
    assert two_by_two.test["p_value"].item() == pytest.approx(fisher, abs=0.01)


def test_inputs_are_not_mutated(figures):
    table = scheme_breakdown(figures, place="turkestan", year=2025)
    before = table.copy()
    compare_scheme_mix(table, scheme_breakdown(figures, place="kazakhstan", year=2025))
    pd.testing.assert_frame_equal(table, before)


def test_foreign_categories_align_through_the_crosswalk():
    uk = pd.Series({"Purchase scam": 156516, "Investment scam": 10226, "Romance scam": 4160})
    mapping = crosswalk_mapping(framework="uk_finance_app")
    result = compare_scheme_mix(
        pd.Series({"prepayment": 255, "fake_investment": 98, "lottery": 47}),
        uk,
        names=("turkestan", "UK Finance 2023"),
        mapping_b=mapping,
    )
    assert result.schemes["scheme"].tolist() == ["prepayment", "fake_investment", UNLISTED]
    assert result.schemes["count_reference"].tolist() == [156516, 10226, 4160]


# --- refusals, each with its message ----------------------------------------------------------


def test_refuses_categories_outside_the_taxonomy():
    with pytest.raises(
        ParameterError,
        match=r"cannot align the categories: b has 'Purchase scam', "
        r"which are not in the taxonomy .*crosswalk_mapping",
    ):
        align_scheme_counts(pd.Series({"prepayment": 5}), pd.Series({"Purchase scam": 9}))


def test_refuses_tables_with_no_scheme_in_common():
    with pytest.raises(
        ParameterError,
        match="share no scheme, so only 'other / not listed' would "
        "remain; there is nothing to compare",
    ):
        compare_scheme_mix(
            pd.Series({"lottery": 5, "not_listed": 3}), pd.Series({"phishing": 9, "not_listed": 1})
        )


def test_refuses_full_year_against_year_to_date_mix(figures):
    national_ytd = scheme_breakdown(
        figures, place="kazakhstan", year=2025, period_kind="year_to_date"
    )
    assert set(national_ytd["period_kind"]) == {"year_to_date"}
    turkestan = scheme_breakdown(figures, place="turkestan", year=2025)
    with pytest.raises(ParameterError) as err:
        compare_scheme_mix(turkestan, national_ytd, names=("turkestan", "kazakhstan"))
    message = str(err.value)
    assert (
        "cannot compare turkestan (full_year 2025-01-01 to 2025-12-31) with kazakhstan "
        "(year_to_date 2025-01-01 to date not stated): a full year against part of a year"
        in message
    )
    assert "pass adjust='annualise'" in message
    with pytest.raises(
        ParameterError,
        match="cannot annualise kazakhstan .*the period end is not "
        "stated, so its length is unknown",
    ):
        compare_scheme_mix(
            turkestan, national_ytd, names=("turkestan", "kazakhstan"), adjust="annualise"
        )


def test_refuses_periods_of_different_length(figures):
    panel = select_panel(figures, place="kazakhstan", include_partial=True)
    six = panel[panel["figure_id"] == "kazakhstan-2025-cases-8"]
    nine = panel[panel["figure_id"] == "kazakhstan-2025-cases-6"]
    with pytest.raises(
        ParameterError,
        match=r"months 2025-01-01 to 2025-06-30\) with b \(months "
        r"2025-01-01 to 2025-09-30\): periods of different length \(181 and 273 days\)",
    ):
        check_like_with_like(six, nine)
    same = check_like_with_like(nine, nine)
    assert same["factor"].tolist() == [1.0, 1.0] and (same["adjustment"] == "").all()


def test_explicit_annualisation_is_labelled(figures):
    panel = select_panel(figures, place="kazakhstan", include_partial=True)
    full = panel[panel["figure_id"] == "kazakhstan-2025-cases-5"]
    nine = panel[panel["figure_id"] == "kazakhstan-2025-cases-6"]
    with pytest.raises(ParameterError, match="a full year against part of a year"):
        check_like_with_like(full, nine)
    adjusted = check_like_with_like(full, nine, names=("2025", "9 months"), adjust="annualise")
    assert adjusted["factor"].tolist() == pytest.approx([1.0, 365 / 273])
    assert adjusted["adjustment"].tolist() == ["", "annualised"]
    assert adjusted["days"].iloc[1] == 273
    with pytest.raises(ParameterError, match="unknown adjustment 'scale'; allowed: None"):
        check_like_with_like(full, nine, adjust="scale")


def test_refuses_a_side_with_several_periods(figures):
    panel = select_panel(figures, place="kazakhstan", include_partial=True)
    with pytest.raises(ParameterError, match="a mixes several periods"):
        check_like_with_like(panel, panel.iloc[[0]])
    with pytest.raises(ParameterError, match="no period columns"):
        check_like_with_like(pd.DataFrame({"value": [1]}), panel.iloc[[0]])


def test_rest_of_country_refuses_tables_that_do_not_nest():
    with pytest.raises(
        ParameterError,
        match="region has more cases than country for prepayment; the tables do not nest",
    ):
        rest_of_country(pd.Series({"prepayment": 5}), pd.Series({"prepayment": 9}))


def test_mix_needs_a_breakdown_on_both_sides(figures):
    with pytest.raises(
        InsufficientDataError, match="no full-year scheme breakdown for almaty_city in 2025"
    ):
        scheme_mix_against_reference(figures, place="almaty_city", year=2025)
    with pytest.raises(ParameterError, match="versus must be 'reference' or 'rest_of_country'"):
        scheme_mix_against_reference(figures, place="turkestan", year=2025, versus="world")


# --- rates ------------------------------------------------------------------------------------


# Mid-year populations: the average of 1 January 2025 and 1 January 2026 (both sourced).
TURKESTAN_MID_2025 = (2_154_334 + 2_148_658) / 2
KAZAKHSTAN_MID_2025 = (20_286_084 + 20_495_975) / 2
ALMATY_CITY_MID_2025 = (2_292_333 + 2_347_924) / 2


def test_rates_match_hand_calculations(rates):
    table = rates.set_index("place")
    assert table.loc["turkestan", "estimate"] == pytest.approx(843 / TURKESTAN_MID_2025 * 1e5)
    assert round(table.loc["turkestan", "estimate"], 2) == 39.18
    # a half resident of rounding changes the rate by less than 1e-6 of itself
    assert table.loc["kazakhstan", "estimate"] == pytest.approx(
        27892 / KAZAKHSTAN_MID_2025 * 1e5, rel=1e-6
    )
    assert table.loc["almaty_city", "estimate"] == pytest.approx(
        2500 / ALMATY_CITY_MID_2025 * 1e5, rel=1e-6
    )
    lower = stats.chi2.ppf(0.025, 2 * 843) / 2 / TURKESTAN_MID_2025 * 1e5
    upper = stats.chi2.ppf(0.975, 2 * 844) / 2 / TURKESTAN_MID_2025 * 1e5
    assert table.loc["turkestan", ["ci_lower", "ci_upper"]].tolist() == pytest.approx(
        [lower, upper]
    )


def test_population_figure_date_and_source_are_part_of_the_result(rates):
    row = rates.set_index("place").loc["kazakhstan"]
    assert int(row["population"]) == round(KAZAKHSTAN_MID_2025 + 0.1)  # .5 rounded up
    assert row["population_basis"] == "mid_year_average"
    assert str(row["population_date"].date()) == "2025-01-01"
    assert str(row["population_date_2"].date()) == "2026-01-01"
    assert row["population_source"].startswith("https://turantimes.kz/")
    assert row["population_figure_id"] == "kazakhstan-2025-population + kazakhstan-2026-population"
    # ng.kz printed 20 283 399 for 1 January 2025: kept, and named
    assert row["population_conflict"] == "kazakhstan-2025-population-2"


def test_qualifiers_are_carried(rates, figures):
    table = rates.set_index("place")
    caveat = {place: rate_caveats(row, figures) for place, row in table.iterrows()}
    assert table.loc["almaty_city", "qualifier"] == "at_least"
    assert "the rate is a lower bound" in caveat["almaty_city"]
    assert table.loc["kostanay_city", "population_basis"] == "year_only"
    assert "undated" in caveat["kostanay_city"] and "rounded" in caveat["kostanay_city"]
    assert pd.isna(table.loc["kostanay_city", "population_date"])
    assert table.loc["almaty_region", "flags"] == "definition_note"
    assert "treat with caution" in caveat["almaty_region"]


def test_how_few_places_have_a_rate(rates):
    assert sorted(rates.loc[rates["has_rate"], "place"]) == [
        "almaty_city",
        "almaty_region",
        "kazakhstan",
        "kostanay_city",
        "turkestan",
    ]
    assert data_limits(rates, year=2025).startswith(
        "- Only 5 of 24 places in the registry have a full-year count and a sourced population"
    )


def test_places_without_population_are_kept_and_explained(figures):
    everything = rates_for_places(figures)
    no_rate = everything[~everything["has_rate"]]
    assert "north_kazakhstan" in set(no_rate["place"])
    assert (no_rate["flags"].str.split(";").map(lambda f: "no_population" in f)).all()
    caveats = [rate_caveats(row, figures) for _, row in no_rate.iterrows()]
    assert all("no rate: no sourced population" in c for c in caveats)


def test_unknown_metric_and_place_are_refused(figures):
    with pytest.raises(
        ParameterError,
        match="metric 'damage_kzt' cannot be a rate per resident; valid: cases_registered, victims",
    ):
        rates_for_places(figures, metric="damage_kzt")
    with pytest.raises(ParameterError, match="unknown place 'turkistan' for parameter 'places'"):
        rates_for_places(figures, places=["turkistan"])


# --- funnel and ranking -----------------------------------------------------------------------


def test_funnel_limits_are_poisson_predictive_quantiles_of_the_expected_count():
    p0 = 27892 / 20286084 * 1e5
    limits = funnel_limits(p0, 2154334).set_index("level")
    theta = 27892 / 20286084 * 2154334
    assert limits.loc[0.95, "expected"] == pytest.approx(theta)

    def interpolated(p):  # Spiegelhalter 2005, appendix A.1.1, by hand
        r = stats.poisson.ppf(p, theta)
        f_r, f_r1 = stats.poisson.cdf(r, theta), stats.poisson.cdf(r - 1, theta)
        return r - (f_r - p) / (f_r - f_r1)

    assert limits.loc[0.95, "lower"] == pytest.approx(interpolated(0.025) / 2154334 * 1e5)
    assert limits.loc[0.998, "upper"] == pytest.approx(interpolated(0.999) / 2154334 * 1e5)
    assert limits.loc[0.998, "lower"] < limits.loc[0.95, "lower"] < p0 < limits.loc[0.95, "upper"]
    overdispersed = funnel_limits(p0, 2154334, levels=(0.95,), tau2=1e-6)
    half = stats.norm.ppf(0.975) * np.sqrt(p0 / 1e5 / 2154334 + 1e-6) * 1e5
    assert overdispersed["upper"].item() == pytest.approx(p0 + half)
    assert overdispersed["method"].item() == "additive_re"
    with pytest.raises(ParameterError, match="national_rate must be positive"):
        funnel_limits(0, 100)


def test_ranking_against_the_national_rate(rates):
    ranking = rank_places(rates).set_index("place")
    assert list(ranking.index) == ["kostanay_city", "almaty_city", "turkestan", "almaty_region"]
    assert "kazakhstan" not in ranking.index
    turkestan = ranking.loc["turkestan"]
    expected = 27892 / KAZAKHSTAN_MID_2025 * TURKESTAN_MID_2025
    assert turkestan["ratio_to_national"] == pytest.approx(843 / expected)
    # Spiegelhalter's overdispersion from winsorised z-scores of the places with exact counts
    p0 = 27892 / KAZAKHSTAN_MID_2025
    exact = ranking[ranking["qualifier"] == "exact"]
    n = exact["population"].astype(float).to_numpy()
    z = (exact["count"].to_numpy() / n - p0) / np.sqrt(p0 / n)
    lo, hi = np.quantile(z, [0.1, 0.9])
    phi = np.mean(np.clip(z, lo, hi) ** 2)
    w = n / p0
    tau2 = (len(n) * phi - (len(n) - 1)) / (w.sum() - (w**2).sum() / w.sum())
    assert turkestan["tau"] == pytest.approx(np.sqrt(tau2) * 1e5)
    # with that between-place variation, no place is outside the 95% limits
    assert (ranking["funnel_flag"].drop("almaty_city") == "within").all()
    assert turkestan["direction"] == "similar"
    # A lower bound decides nothing two-sided.
    assert ranking.loc["almaty_city", "direction"] == "undetermined"
    assert ranking.loc["almaty_city", "reason"] == "bound_undetermined"
    assert not ranking.loc["almaty_city", "distinguishable_from_national"]
    tested = ranking["p_value"].dropna()
    _, holm, _, _ = multipletests(tested, method="holm")
    np.testing.assert_allclose(ranking.loc[tested.index, "p_adjusted"], holm)


def test_pairwise_comparisons_and_rank_intervals(rates):
    pairs = pairwise_rate_ratios(rates)
    assert len(pairs) == 6
    row = pairs[(pairs["place_a"] == "almaty_city") & (pairs["place_b"] == "turkestan")].iloc[0]
    assert row["estimate"] == pytest.approx(
        (2500 / ALMATY_CITY_MID_2025) / (843 / TURKESTAN_MID_2025)
    )
    lo, _ = confint_poisson_2indep(
        2500, ALMATY_CITY_MID_2025, 843, TURKESTAN_MID_2025, method="score", compare="ratio"
    )
    assert row["ci_lower"] == pytest.approx(lo) and np.isnan(row["ci_upper"])  # one-sided
    exact_pairs = pairs.dropna(subset=["p_value"])
    _, holm, _, _ = multipletests(exact_pairs["p_value"], method="holm")
    np.testing.assert_allclose(exact_pairs["p_adjusted"], holm)
    ranking = rank_places(rates).set_index("place")
    assert "group" not in ranking.columns  # letters replaced by rank intervals
    assert ranking[["rank_lower", "rank_upper"]].loc["turkestan"].tolist() == [3, 3]
    assert ranking.loc["almaty_city", "rank_lower"] == 1  # a lower bound could rank first
    # ... and then Kostanay (city), first at the printed values, would rank second
    assert ranking[["rank_lower", "rank_upper"]].loc["kostanay_city"].tolist() == [1, 2]
    assert ranking[["rank_lower", "rank_upper"]].loc["almaty_city"].tolist() == [1, 2]


def test_ranking_of_2024_uses_the_populations_of_that_year(figures):
    ranking = rank_places(rates_for_places(figures, year=2024))
    # Kostanay city's 760 over its 272 174 residents (1 December 2024, its only date in 2024);
    # Turkestan's 598 and Almaty region's 75 over the mid-year average of 1 January 2024 and
    # 1 January 2025 (Almaty region: «1,5 млн» and 1 560 377)
    assert ranking["place"].tolist() == ["kostanay_city", "turkestan", "almaty_region"]
    assert ranking["estimate"].tolist() == pytest.approx(
        [
            760 / 272_174 * 1e5,
            598 / ((2_142_171 + 2_154_334) / 2) * 1e5,
            75 / ((1_500_000 + 1_560_377) / 2) * 1e5,
        ],
        rel=1e-6,
    )
    assert ranking["national_rate"].iloc[0] == pytest.approx(
        22560 / ((20_033_546 + 20_286_084) / 2) * 1e5
    )


def test_ranking_refuses_without_reference_or_places(rates):
    with pytest.raises(InsufficientDataError, match="no rate for the reference 'atyrau'"):
        rank_places(rates, reference="atyrau")
    only_national = rates[rates["place"] == "kazakhstan"]
    with pytest.raises(InsufficientDataError, match="nothing can be ranked"):
        rank_places(only_national)
    with pytest.raises(ParameterError, match="rates cover several years"):
        rank_places(rates_for_places())


def test_ranking_summary_in_both_languages(rates):
    ranking = rank_places(rates)
    english = ranking_summary(ranking)
    assert "allowing for the between-place variation" in english
    assert "Undetermined (count printed as a bound): Almaty (city)." in english
    assert "Не определено (число — граница): город Алматы." in ranking_summary(ranking, lang="ru")


# --- plots ------------------------------------------------------------------------------------


def test_funnel_plot_draws_places_and_limits(rates):
    fig, ax = plt.subplots()
    out = plot_funnel(rates, lang="en", ax=ax)
    assert out is ax
    points = np.vstack([c.get_offsets() for c in ax.collections])
    assert len(points) == 4  # every place except the reference
    assert len(ax.lines) == 5  # national rate and two pairs of limits
    assert ax.get_xscale() == "log"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels[0].startswith("National rate (136.8)") and "lower bound" in labels
    assert {t.get_text() for t in ax.texts} >= {"Turkestan Region", "Almaty (city)"}


def test_ranking_and_mix_plots_use_labels_in_the_language(rates, turkestan_mix):
    ax = plot_ranking(rank_places(rates), lang="ru")
    assert ax.get_xlabel() == "Случаев на 100 000 жителей"
    fig, ax = plt.subplots()
    plot_scheme_mix(turkestan_mix, lang="en", ax=ax)
    widths = [p.get_width() for p in ax.patches]
    assert widths[0] == pytest.approx(340 / 843)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Turkestan Region", "rest of the country"]
    figure = prepare_compare_report(year=2025).figure("scheme_mix")
    assert figure.png.startswith(b"\x89PNG") and figure.height > figure.width / 2  # two panels


# --- notebook parameters and saving -----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lang": "de"}, "unknown language 'de' for parameter 'lang'; valid: en, ru, kk"),
        ({"metric": "damage_kzt"}, "parameter 'metric' is 'damage_kzt'; valid: cases_registered"),
        ({"places": "turkestan"}, "parameter 'places' must be a list of place ids"),
        ({"places": ["turkistan"]}, "unknown place 'turkistan' for parameter 'places'"),
        ({"reference": "atlantis"}, "unknown place 'atlantis' for parameter 'reference'"),
        ({"year": "2025"}, "parameter 'year' must be an integer year"),
        ({"year": 2019}, "no full-year internet-fraud figure for kazakhstan in 2019"),
        ({"output_dir": "../elsewhere"}, "parameter 'output_dir' must stay inside"),
    ],
)
def test_bad_parameters_are_refused_with_a_message(change, message):
    params = dict(
        year=2025,
        metric="cases_registered",
        places=[],
        reference="kazakhstan",
        lang="en",
        output_dir="",
    )
    params.update(change)
    with pytest.raises((ParameterError, InsufficientDataError)) as err:
        check_compare_parameters(**params)
    assert message in str(err.value)


def test_compare_report_limits_rates_to_the_chosen_places():
    report = prepare_compare_report(year=2025, places=["turkestan"], lang="ru")
    assert sorted(report.rates["place"]) == ["kazakhstan", "turkestan"]
    assert report.ranking["place"].tolist() == ["turkestan"]


def test_save_tables_writes_csv_under_outputs(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "OUTPUTS_DIR", tmp_path / "outputs")
    report = prepare_compare_report(year=2025)
    written = report.save_tables("compare")
    assert [p.name for p in written] == [
        "rates.csv",
        "ranking.csv",
        "pairs.csv",
        "mix_tests.csv",
        "mix_schemes.csv",
        "not_comparable.csv",
    ]
    assert pd.read_csv(written[0])["count"].sum() == report.rates["count"].sum()
    assert not [p for p in written[0].parent.iterdir() if p.name.startswith(".tmp-")]


# --- invariants (property tests) --------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SCHEMES = ["impersonation_call", "prepayment", "fake_investment", "lottery", "phishing"]
tables = st.dictionaries(st.sampled_from(SCHEMES), st.integers(20, 5000), min_size=1, max_size=5)


@settings(max_examples=40, deadline=None)
@given(a=tables, b=tables)
def test_alignment_keeps_each_total(a, b):
    a, b = pd.Series(a, dtype=int), pd.Series(b, dtype=int)
    if not set(a.index) & set(b.index):
        with pytest.raises(ParameterError, match="share no scheme"):
            align_scheme_counts(a, b)
        return
    aligned = align_scheme_counts(a, b)
    assert aligned["count_a"].sum() == a.sum() and aligned["count_b"].sum() == b.sum()
    assert aligned["scheme"].is_unique


@settings(max_examples=25, deadline=None)
@given(a=tables, b=tables)
def test_swapping_sides_keeps_the_statistic_and_flips_residuals(a, b):
    a, b = pd.Series(a, dtype=int), pd.Series(b, dtype=int)
    shared = set(a.index) & set(b.index)
    if not shared or len(align_scheme_counts(a, b)) < 2:
        return
    ab = compare_scheme_mix(a, b, n_simulations=200)
    ba = compare_scheme_mix(b, a, n_simulations=200)
    if len(shared) < 2:  # one shared named scheme: a single proportion, not tested
        assert np.isnan(ab.test["statistic"].item()) and np.isnan(ba.test["statistic"].item())
        assert "mix_too_few_named" in [n.code for n in ab.caveats]
        return
    assert ab.test["statistic"].item() == pytest.approx(ba.test["statistic"].item())
    assert ab.test["cramers_v"].item() == pytest.approx(ba.test["cramers_v"].item())
    assert ab.test["dissimilarity"].item() == pytest.approx(ba.test["dissimilarity"].item())
    by_scheme = ba.schemes.set_index("scheme")["residual"]
    np.testing.assert_allclose(
        ab.schemes["residual"], -by_scheme[ab.schemes["scheme"]].to_numpy(), atol=1e-9
    )
    assert 0 <= ab.test["cramers_v"].item() <= 1


def test_compare_counts_like_with_like(figures):
    panel = select_panel(figures, place="kazakhstan", include_partial=True).set_index("figure_id")
    full_2025 = panel.loc[["kazakhstan-2025-cases-5"]]
    full_2024 = panel.loc[["kazakhstan-2024-cases"]]
    nine = panel.loc[["kazakhstan-2025-cases-6"]]
    years = compare_counts(full_2025, full_2024, names=("2025", "2024"))
    assert years["estimate"].item() == pytest.approx(27892 / 22560)
    assert pd.isna(years["annualised_days"].item())
    with pytest.raises(
        ParameterError,
        match=r"cannot compare 2025 \(full_year .*\) with 9 months "
        r"\(months 2025-01-01 to 2025-09-30\): a full year against part of a year; "
        r".*pass adjust='annualise'",
    ):
        compare_counts(full_2025, nine, names=("2025", "9 months"))
    adjusted = compare_counts(full_2025, nine, names=("2025", "9 months"), adjust="annualise")
    assert adjusted["estimate"].item() == pytest.approx(27892 / (20400 * 365 / 273))
    assert adjusted["reference_annualised_days"].item() == 273


def test_misspelt_notebook_parameter_is_refused():
    namespace = {"yaer": 2024, "year": 2025, "plt": object(), "_i1": "x"}
    with pytest.raises(ParameterError) as err:
        check_compare_parameters(
            year=2025,
            metric="cases_registered",
            places=[],
            reference="kazakhstan",
            lang="en",
            namespace=namespace,
        )
    assert "unknown parameter 'yaer' given to the notebook" in str(err.value)
    assert "year, period, metric, places, reference, lang, output_dir" in str(err.value)


def test_share_differences_are_shown_in_points_with_newcombe_limits(figures, turkestan_mix):
    """Each scheme's share of all cases against the rest of the country, Newcombe 95%."""
    rows = turkestan_mix.schemes.set_index("scheme")
    calls = rows.loc["impersonation_call"]
    assert calls["share_difference"] == pytest.approx(340 / 843 - REST[0] / REST.sum())
    lower, upper = confint_proportions_2indep(
        340, 843, REST[0], REST.sum(), method="newcomb", compare="diff"
    )
    assert (calls["difference_ci_lower"], calls["difference_ci_upper"]) == pytest.approx(
        (lower, upper)
    )
    report = prepare_compare_report(figures=figures, year=2025)
    shown = report.table("mix_schemes").to_html()
    # percentage points with one decimal, not fractions rounded to a whole 0
    assert ">+10.0 pp<" in shown and ">+6.7 pp<" in shown and ">+13.4 pp<" in shown
    assert ">-10.8 pp<" in shown
    # the shares the test and its reading compare (among the schemes both name) are shown too,
    # so "prepayment under-represented" (36.8% against 41.9%) stands beside its numbers
    assert ">36.8%<" in shown and ">41.9%<" in shown and "not published" not in shown
    assert ">6.6%<" in report.table("mix_tests").to_html()  # dissimilarity index 0.066


def test_a_scheme_printed_as_a_bound_leaves_one_limit_open_on_each_side(figures):
    """Kostanay (city) prints its calls as «более 300»: its share is a lower bound, and that
    of "other / not listed", the rest of an exact total, an upper bound."""
    mix = scheme_mix_against_reference(figures, place="kostanay_city", year=2025)
    rows = mix.schemes.set_index("scheme")
    calls, rest = rows.loc["impersonation_call"], rows.loc[UNLISTED]
    assert calls["bound"] == "lower" and np.isnan(calls["difference_ci_upper"])
    assert calls["difference_ci_lower"] < calls["share_difference"]
    assert rest["bound"] == "upper" and np.isnan(rest["difference_ci_lower"])
    assert rest["difference_ci_upper"] > rest["share_difference"]
    # too few named schemes to test, but that alone opens no limit
    exact = compare_scheme_mix(
        pd.Series({"prepayment": 30, "not_listed": 70}),
        pd.Series({"prepayment": 300, "not_listed": 500}),
    )
    assert exact.schemes[["difference_ci_lower", "difference_ci_upper"]].notna().all().all()
    assert exact.schemes["bound"].tolist() == ["", ""]


def test_the_comparison_says_when_the_funnel_cannot_flag_a_place_below(figures, rates):
    """Three places (Kostanay city, Turkestan, Almaty Region) give a spread between places of
    152 per 100 000, beside a national rate of 136.8: every lower 95% limit is 0."""
    national = 27_892 / 20_391_029.5 * 100_000
    ranking = rank_places(rates)
    tau = ranking["tau"].iloc[0]
    assert tau == pytest.approx(152.3, abs=0.1) and 1.96 * tau > national
    limits = funnel_limits(national, np.geomspace(1e4, 1e8, 9), tau2=(tau / 100_000) ** 2)
    assert (limits["lower"] == 0).all()
    text = data_limits(rates, year=2025)
    assert "estimated from 3 places only; at 152 per 100 000" in text
    assert "no place can fall below it" in text


def test_a_side_with_nothing_merged_says_none(turkestan_mix):
    merged = [note_text(n) for n in turkestan_mix.caveats if n.code == "merged"]
    assert merged == [
        "schemes listed by one side only are merged into 'Other / not listed' (Turkestan Region: "
        "Money requests in messengers posing as acquaintances, Prize draws and lotteries, Other "
        "schemes; rest of the country: none)"
    ]


def test_an_untested_bound_share_is_read_the_way_it_bounds_and_names_its_place():
    # Kostanay (city) printed «более 300» calls of 981 cases: at least 30.58% (not "30.6%"), and
    # its remainder at most 69.42% (not "69.4%"), as its table says; the line names the place
    from fraud_research.stats import scheme_mix_against_reference

    result = scheme_mix_against_reference(place="kostanay_city", year=2025)
    calls, rest = (scheme_reading(row) for _, row in result.schemes.iterrows())
    assert calls.startswith("Kostanay (city), Calls posing as bank")
    assert "at least 30.5% vs 30.7% (rest of the country)" in calls
    assert "at most 69.5% vs 69.3%" in rest
    assert "не менее 30,5% против 30,7%" in scheme_reading(result.schemes.iloc[0], "ru")
