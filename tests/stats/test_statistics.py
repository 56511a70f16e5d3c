"""Shares, counts, rates, losses and change: real values, checked against statsmodels and scipy."""

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.proportion import multinomial_proportions_confint, proportion_confint
from statsmodels.stats.rates import confint_poisson_2indep

from fraud_research.dataset import combine_ratio_qualifier, population_for_year, select_panel
from fraud_research.errors import InsufficientDataError, ParameterError
from fraud_research.stats import (
    average_loss,
    average_loss_table,
    poisson_interval,
    rate_per_100k,
    rate_ratio,
    rates_for_places,
    scheme_counts,
    scheme_shares,
    year_on_year,
)

TURKESTAN_2025 = pd.Series(
    {
        "impersonation_call": 340,
        "prepayment": 255,
        "fake_investment": 98,
        "messenger_acquaintance": 49,
        "lottery": 47,
        "other": 54,
    }
)


def test_average_loss_turkestan_2025():
    row = average_loss(1_665_783_000, 843).iloc[0]
    # 1 665 783 000 / 843 = 1 976 017.7936 (the issue text's 1 976 018.98 is 1 665 784 000 / 843)
    assert row["estimate"] == pytest.approx(1_976_017.79, abs=0.005)
    assert row["qualifier"] == "exact"
    assert row["method"] == "ratio_of_totals"  # a mean of totals, never a median


@pytest.mark.parametrize(
    ("damage_q", "cases_q", "expected"),
    [
        ("at_least", "exact", "at_least"),
        ("exact", "at_least", "at_most"),
        ("approx", "exact", "approx"),
        ("rounded", "at_least", "approx_at_most"),
        ("at_least", "at_least", "indeterminate"),
    ],
)
def test_average_loss_carries_qualifiers(damage_q, cases_q, expected):
    assert combine_ratio_qualifier(damage_q, cases_q) == expected


def test_average_loss_rejects_zero_cases():
    with pytest.raises(ParameterError, match="cases must be a positive count, got 0"):
        average_loss(100, 0)


def test_average_loss_table_from_the_dataset():
    table = average_loss_table(
        select_panel(place="turkestan"), select_panel(place="turkestan", metric="damage_kzt")
    )
    assert table["year"].tolist() == [2024, 2025]
    assert table["estimate"].round(2).tolist() == [1_672_240.8, 1_976_017.79]  # 1e9/598 approx
    assert table["qualifier"].tolist() == ["approx", "exact"]


def test_shares_match_statsmodels_goodman_and_wilson():
    shares = scheme_shares(TURKESTAN_2025).set_index("scheme").loc[TURKESTAN_2025.index]
    expected = multinomial_proportions_confint(
        TURKESTAN_2025.to_numpy(), alpha=0.05, method="goodman"
    )
    np.testing.assert_allclose(shares[["ci_lower", "ci_upper"]].to_numpy(), expected)
    lo, hi = proportion_confint(TURKESTAN_2025.to_numpy(), 843, method="wilson")
    np.testing.assert_allclose(shares["wilson_lower"], lo)
    np.testing.assert_allclose(shares["wilson_upper"], hi)
    assert shares.at["impersonation_call", "estimate"] == pytest.approx(340 / 843)
    assert shares["method"].iloc[0] == "goodman" and shares["level"].iloc[0] == 0.95


def test_neighbouring_ranks_that_cannot_be_told_apart():
    shares = scheme_shares(TURKESTAN_2025)
    assert shares["scheme"].tolist() == [
        "impersonation_call",
        "prepayment",
        "fake_investment",
        "other",
        "messenger_acquaintance",
        "lottery",
    ]
    # other 54, messenger 49, lotteries 47 overlap; the top three are separated
    assert shares["tied_with_next"].tolist() == [False, False, False, True, True, False]


def test_shares_reject_bad_counts():
    with pytest.raises(ParameterError, match="non-negative integers"):
        scheme_shares(pd.Series({"a": -1, "b": 3}))
    with pytest.raises(ParameterError, match="all counts are zero"):
        scheme_shares(pd.Series({"a": 0, "b": 0}))


def test_scheme_counts_add_the_unlisted_rest_and_refuse_excess():
    rows = pd.DataFrame(
        {
            "scheme": ["impersonation_call", "prepayment", "fake_investment"],
            "value": [8554, 8357, 3110],
        }
    )
    assert scheme_counts(rows, total=27892)["not_listed"] == 7871
    with pytest.raises(ParameterError, match="add up to 20021, more than the total 20000"):
        scheme_counts(rows, total=20000)


def test_exact_poisson_interval_matches_chi2():
    table = poisson_interval([843, 0])
    assert table.loc[0, "ci_lower"] == pytest.approx(stats.chi2.ppf(0.025, 2 * 843) / 2)
    assert table.loc[0, "ci_upper"] == pytest.approx(stats.chi2.ppf(0.975, 2 * 844) / 2)
    assert table.loc[1, "ci_lower"] == 0
    assert table.loc[1, "ci_upper"] == pytest.approx(3.6889, abs=1e-4)
    with pytest.raises(ParameterError, match="must be >= 0"):
        poisson_interval(-3)


def test_rate_per_100k_turkestan_by_hand():
    rate = rate_per_100k(843, 2_154_334).iloc[0]
    assert rate["estimate"] == pytest.approx(843 / 2_154_334 * 100_000)
    assert rate["estimate"] == pytest.approx(39.1305, abs=1e-4)
    assert rate["ci_lower"] == pytest.approx(stats.chi2.ppf(0.025, 1686) / 2 / 2_154_334 * 1e5)


def test_rate_names_its_population_and_date():
    table = rates_for_places(places=["turkestan"]).set_index("year")
    # mid-year: the average of 1 January 2025 and 1 January 2026
    assert table.at[2025, "population"] == (2_154_334 + 2_148_658) // 2
    assert table.at[2025, "population_basis"] == "mid_year_average"
    assert str(table.at[2025, "population_date"].date()) == "2025-01-01"
    assert str(table.at[2025, "population_date_2"].date()) == "2026-01-01"
    assert table.at[2025, "population_source"].startswith("https://turantimes.kz/obschestvo/57276-")
    # 2023 has no population of its own year: the next 1 January's is used, and said so
    assert table.at[2023, "population"] == 2_142_171
    assert table.at[2023, "population_basis"] == "start_of_next_year"
    assert table.at[2023, "estimate"] == pytest.approx(567 / 2_142_171 * 1e5)


def test_population_missing_is_an_error_not_a_guess():
    with pytest.raises(
        InsufficientDataError, match="no sourced population for north_kazakhstan near 2022"
    ):
        population_for_year(place="north_kazakhstan", year=2022)
    pop = population_for_year(place="turkestan", year=2026)
    assert int(pop["value"]) == 2_148_658


def test_rate_ratio_matches_statsmodels():
    ratio = rate_ratio(843, 598).iloc[0]
    lo, hi = confint_poisson_2indep(843, 1, 598, 1, method="score", compare="ratio")
    assert ratio["estimate"] == pytest.approx(843 / 598)
    assert (ratio["ci_lower"], ratio["ci_upper"]) == pytest.approx((lo, hi))
    assert ratio["ci_lower"] > 1  # 2025 is clearly above 2024
    with pytest.raises(ParameterError, match="reference count is 0"):
        rate_ratio(5, 0)


def test_year_on_year_turkestan():
    change = year_on_year(select_panel(place="turkestan")).set_index("to_year")
    assert change.at[2024, "estimate"] == pytest.approx(598 / 567)
    assert change.at[2024, "ci_lower"] < 1 < change.at[2024, "ci_upper"]  # no evidence of change
    assert change.at[2025, "estimate"] == pytest.approx(843 / 598)


def test_year_on_year_refuses_partial_years():
    panel = select_panel(place="kazakhstan", include_partial=True)
    assert {"full_year", "months"} <= set(panel["period_kind"])
    with pytest.raises(ParameterError, match="needs full-year figures only"):
        year_on_year(panel)


def test_a_change_between_rounded_counts_spans_every_count_they_round_from():
    """«7 тыс.» in 2019 and «12 тыс.» in 2021 (January-November, Kazakhstan): any counts from
    6 500 to 7 500 and from 11 500 to 12 500. The ratio 1.71 may be anything from
    11 500 / 7 500 = 1.53 to 12 500 / 6 500 = 1.92, so the interval must reach past both."""
    from fraud_research.stats import change_table

    row = change_table(
        pd.Series({2019: 7000, 2021: 12000}), qualifiers={2019: "rounded", 2021: "rounded"}
    ).iloc[0]
    low, _ = confint_poisson_2indep(11_500, 1, 7_500, 1, method="score", compare="ratio")
    _, high = confint_poisson_2indep(12_500, 1, 6_500, 1, method="score", compare="ratio")
    assert row["estimate"] == pytest.approx(12 / 7)
    assert (row["ci_lower"], row["ci_upper"]) == pytest.approx((low, high))
    assert row["ci_lower"] < 11_500 / 7_500 and row["ci_upper"] > 12_500 / 6_500
    assert row["method"] == "score;rounding"
    exact = change_table(pd.Series({2019: 7000, 2021: 12000})).iloc[0]
    assert exact["ci_upper"] < 1.8  # printed exact, the Poisson interval alone is narrow
    # «10 тыс.» then «11 тыс.»: 10 700 may be behind both, so no change cannot be excluded
    close = change_table(
        pd.Series({2024: 10_000, 2025: 11_000}), qualifiers={2024: "rounded", 2025: "rounded"}
    ).iloc[0]
    assert close["ci_lower"] < 1 < close["ci_upper"] and close["p_value"] == 1.0


def test_a_population_carries_the_digits_its_printed_figures_support():
    # Almaty Region 2024: the average of «1,5 млн» (1 January 2024, two digits) and
    # 1 560 377 (1 January 2025, exact) is 1 530 189 (rounded up from 1 530 188.5); an average
    # of two halves the coarser rounding, so it supports three digits
    pop = population_for_year(place="almaty_region", year=2024)
    assert (int(pop["value"]), pop["qualifier"], pop["digits"]) == (1_530_189, "approx", 3)
    assert population_for_year(place="kostanay_city", year=2025)["digits"] == 4  # «276,8 тыс.»
    assert population_for_year(place="turkestan", year=2025)["digits"] is None  # exact
    rates = rates_for_places(places=["almaty_region"]).set_index("year")
    # the rate divides by the average itself: 75 / 1 530 189 × 100 000 = 4.9014
    assert float(rates.at[2024, "estimate"]) == pytest.approx(75 / 1_530_189 * 1e5)
    assert int(rates.at[2024, "population_digits"]) == 3
    assert pd.isna(rates.at[2025, "population_digits"])
