"""Tests for fraud_research.stats.trend: stages, reference values, verdicts, errors, plots."""

from __future__ import annotations

from dataclasses import replace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
import statsmodels.api as sm  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from matplotlib.collections import PolyCollection  # noqa: E402
from scipy import stats  # noqa: E402
from statsmodels.stats.rates import confint_poisson_2indep  # noqa: E402

from fraud_research.errors import InsufficientDataError, ParameterError  # noqa: E402
from fraud_research.report import plot_trend, trend_summary  # noqa: E402
from fraud_research.stats import annualise, deflate, pooled_dispersion  # noqa: E402
from fraud_research.stats.trend import VERDICTS, TrendResult, fit_trend  # noqa: E402
from fraud_research.stats.trend.models import fit_glm, fit_negbin  # noqa: E402

TURKESTAN = pd.Series({2023: 567, 2024: 598, 2025: 843})
N_SIM = 1000  # keep the suite fast; default is 4000


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def turkestan():
    return fit_trend(TURKESTAN)


@pytest.fixture(scope="module")
def pooled():
    return pooled_dispersion()


def codes(result) -> list[str]:
    return [note.code for note in result.caveats]


def wls_slope(y, years, weights, offset=0.0) -> float:
    """Reference: statsmodels WLS of log counts on centred years with the given weights."""
    X = sm.add_constant(np.asarray(years, dtype=float) - np.mean(years))
    return float(sm.WLS(np.log(y) - offset, X, weights=weights).fit().params[1])


# --------------------------------------------------------------------------- stages


def test_single_year():
    res = fit_trend(pd.Series({2025: 843}))
    assert isinstance(res, TrendResult)
    assert res.stage == "single_year"
    assert res.n_years == 1
    assert res.projection.empty and res.fitted.empty and res.comparison.empty
    assert res.verdict == "too early to say"
    assert res.chosen_model is None
    assert "one year" in trend_summary(res).lower()


def test_two_years_ratio_matches_statsmodels():
    res = fit_trend(pd.Series({2024: 598, 2025: 843}))
    assert res.stage == "two_years"
    assert res.projection.empty
    assert res.verdict == "too early to say"
    row = res.change.iloc[0]
    assert (row["from_year"], row["to_year"]) == (2024, 2025)
    assert row["estimate"] == pytest.approx(843 / 598)
    assert row["estimate"] == pytest.approx(1.40970, abs=1e-5)
    lo, hi = confint_poisson_2indep(843, 1, 598, 1, method="score", compare="ratio")
    assert row["ci_lower"] == pytest.approx(lo)
    assert row["ci_upper"] == pytest.approx(hi)
    assert row["method"] == "score"  # no pooled dispersion given: no overdispersed interval
    assert np.isnan(row["od_ci_lower"]) and np.isnan(row["od_ci_upper"])
    assert lo < 1.4097 < hi


def test_turkestan_three_years(pooled):
    res = fit_trend(TURKESTAN, dispersion=pooled)
    assert res.stage == "model" and res.n_years == 3
    assert list(res.observed["value"]) == [567, 598, 843]
    p = res.projection
    assert list(p["year"]) == [2026, 2027] and list(p["horizon"]) == [1, 2]
    assert (p["estimate"] > 0).all()
    for _, r in p.iterrows():
        assert (
            r["pi95_lower"]
            <= r["pi80_lower"]
            <= r["estimate"]
            <= r["pi80_upper"]
            <= r["pi95_upper"]
        )
    assert set(res.comparison["model"]) == {
        "naive", "drift", "poisson", "quasi_poisson", "negbin", "loglinear_pooled"
    }  # fmt: skip
    assert res.comparison["chosen"].sum() == 1
    assert res.comparison.loc[res.comparison["chosen"], "model"].item() == res.chosen_model
    assert res.chosen_model == res.method == "loglinear_pooled"
    assert res.comparison["rolling_origin_mae"].isna().all()  # fewer than 6 years
    assert res.change["estimate"].iloc[-1] == pytest.approx(1.40970, abs=1e-5)
    assert res.verdict == "too early to say" and res.verdict_reason.code == "short_series"
    assert codes(res)[:2] == ["short_series_scope", "pooled"]
    assert len(res.fitted) == 3
    assert list(res.growth.columns) == ["estimate", "ci_lower", "ci_upper", "level", "method"]
    # Reference: WLS of log counts with weights 1 / (1/y + sigma2), sigma2 the moderated variance
    # the comparison table reports; the 95% growth interval uses t on the pooled + own df (3 + 1).
    sigma2 = res.comparison.set_index("model").loc["loglinear_pooled", "dispersion"]
    y = TURKESTAN.to_numpy(dtype=float)
    X = sm.add_constant(TURKESTAN.index.to_numpy(dtype=float) - 2024)
    ref = sm.WLS(np.log(y), X, weights=1 / (1 / y + sigma2)).fit()
    b, se = ref.params[1], np.sqrt(ref.normalized_cov_params[1, 1])
    q = stats.t.ppf(0.975, 4)
    assert res.growth["estimate"].item() == pytest.approx(np.exp(b))
    assert res.growth["ci_lower"].item() == pytest.approx(np.exp(b - q * se))
    assert res.growth["ci_upper"].item() == pytest.approx(np.exp(b + q * se))


def test_turkestan_glm_matches_statsmodels():
    years = np.array([2023, 2024, 2025])
    fit = fit_glm(years, TURKESTAN.to_numpy())
    X = sm.add_constant(years - years.mean())
    ref = sm.GLM(TURKESTAN.to_numpy(), X, family=sm.families.Poisson()).fit(scale="X2")
    np.testing.assert_allclose(fit.beta, ref.params, rtol=1e-8)
    assert fit.dispersion == pytest.approx(ref.scale, rel=1e-8)


def test_negbin_matches_statsmodels():
    y = np.array([100, 180, 120, 260, 190, 300, 240])
    years = np.arange(2019, 2026)
    fit = fit_negbin(years, y, alpha_method="ml")
    X = sm.add_constant(years - years.mean())
    ref = sm.NegativeBinomial(y, X).fit(disp=0)
    np.testing.assert_allclose(fit.beta, ref.params[:2], rtol=1e-4)
    assert fit.alpha == pytest.approx(ref.params[2], rel=1e-3)


def test_summary_text_is_plain(turkestan):
    text = trend_summary(turkestan)
    assert "2026" in text and "Verdict" in text and turkestan.verdict in text


# --------------------------------------------------------------------------- verdicts


def test_long_rising_series_is_rising():
    rng = np.random.default_rng(42)
    years = np.arange(2015, 2025)
    y = rng.poisson(300 * 1.25 ** np.arange(10))
    res = fit_trend(pd.Series(y, index=years))
    assert res.verdict == "rising" and res.verdict_reason.code == "excludes_no_change"
    assert res.growth["ci_lower"].iloc[0] > 1
    # the drift (mean log change) agrees: recomputed by hand with t on n - 2 df
    d = np.diff(np.log(y))
    half = stats.t.ppf(0.975, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d))
    assert np.exp(d.mean() - half) > 1
    assert set(res.comparison["model"]) == {
        "naive", "drift", "poisson", "quasi_poisson", "negbin", "ets_damped", "loglinear_pooled"
    }  # ETS joins at 10 years  # fmt: skip
    assert res.comparison["rolling_origin_mae"].notna().all()


def test_flat_noisy_series_is_not_rising_or_falling():
    rng = np.random.default_rng(7)
    years = np.arange(2016, 2024)
    r = 1 / 0.05
    y = rng.negative_binomial(r, r / (r + 800), size=8)
    res = fit_trend(pd.Series(y, index=years))
    assert res.verdict in ("no clear trend", "too early to say")
    assert res.growth["ci_lower"].iloc[0] <= 1 <= res.growth["ci_upper"].iloc[0]


def test_falling_series():
    years = np.arange(2016, 2024)
    y = np.round(5000 * 0.8 ** np.arange(8)).astype(int)
    assert fit_trend(pd.Series(y, index=years)).verdict == "falling"


# --------------------------------------------------------------------------- options


def test_population_offset_used_only_when_complete():
    s = pd.Series({2021: 500, 2022: 560, 2023: 640, 2024: 700})
    pop_full = pd.Series({y: 2_000_000 + 20_000 * (y - 2021) for y in range(2021, 2027)})
    res = fit_trend(s, population=pop_full)
    assert "population_missing" not in codes(res)
    sigma2 = res.comparison.set_index("model").loc["loglinear_pooled", "dispersion"]
    y = s.to_numpy(dtype=float)
    offset = np.log(pop_full.loc[s.index].to_numpy(dtype=float))
    slope = wls_slope(y, s.index, 1 / (1 / y + sigma2), offset)
    assert res.growth["estimate"].item() == pytest.approx(np.exp(slope))  # growth of the rate
    res2 = fit_trend(s, population=pop_full.drop([2026]))
    missing = [n for n in res2.caveats if n.code == "population_missing"]
    assert [dict(n.fields) for n in missing] == [{"years": [2026]}]
    sigma2 = res2.comparison.set_index("model").loc["loglinear_pooled", "dispersion"]
    slope = wls_slope(y, s.index, 1 / (1 / y + sigma2))
    assert res2.growth["estimate"].item() == pytest.approx(np.exp(slope))  # counts, no offset


def test_gaps_are_reported():
    res = fit_trend(pd.Series({2019: 300, 2021: 360, 2022: 420, 2024: 500}))
    gaps = [n for n in res.caveats if n.code == "gaps"]
    assert [n.fields["gaps"] for n in gaps] == ["2019->2021, 2022->2024"]
    assert "naive" not in set(res.comparison["model"])
    assert res.change[["from_year", "to_year"]].values.tolist() == [
        [2019, 2021], [2021, 2022], [2022, 2024]
    ]  # fmt: skip
    assert res.change["estimate"].iloc[0] == pytest.approx(360 / 300)


def test_annualised_years_flagged_and_weighted():
    s = pd.Series({2022: 500, 2023: 560, 2024: 640, 2025: 720.0})
    res = fit_trend(s, annualised_years={2025: 9})
    notes = [dict(n.fields) for n in res.caveats if n.code == "annualised"]
    assert notes == [{"year": 2025, "months": 9.0}]
    assert bool(res.observed.set_index("year").loc[2025, "annualised"])
    with pytest.raises(ParameterError, match="non-integer counts for years \\[2025\\]"):
        fit_trend(pd.Series({2023: 560, 2024: 640, 2025: 720.5}))


def test_amounts_and_cpi():
    dmg = pd.Series({2023: 1.2e9, 2024: 1.4e9, 2025: 1_665_783_000.0})
    cpi = pd.Series({2023: 100.0, 2024: 108.6, 2025: 117.9})
    with pytest.raises(ParameterError, match="source"):
        fit_trend(dmg, kind="amount", cpi=cpi)
    cpi.attrs["source"] = "test CPI"
    res = fit_trend(dmg, kind="amount", cpi=cpi)
    constant = [dict(n.fields) for n in res.caveats if n.code == "constant_tenge"]
    assert constant == [{"year": 2025, "source": "test CPI"}]
    assert res.observed["value"].iloc[-1] == pytest.approx(1_665_783_000.0)
    assert res.observed["value"].iloc[0] == pytest.approx(1.2e9 * 117.9 / 100.0)
    assert res.change["ci_lower"].isna().all()
    assert (res.change["method"] == "ratio_of_amounts").all()
    assert res.change["estimate"].iloc[-1] == pytest.approx(1_665_783_000 / (1.4e9 * 117.9 / 108.6))
    assert "poisson" not in set(res.comparison["model"])
    with pytest.raises(ParameterError, match="kind='amount'"):
        fit_trend(TURKESTAN, cpi=cpi)


def test_deflate_requires_source_and_years():
    amounts = pd.Series({2024: 1000.0, 2025: 1100.0})
    with pytest.raises(ParameterError, match="source"):
        deflate(amounts, pd.Series({2024: 100.0, 2025: 110.0}), base_year=2025)
    with pytest.raises(ParameterError, match="missing for years \\[2024\\]"):
        deflate(amounts, pd.Series({2025: 110.0}), base_year=2025, source="x")
    out = deflate(amounts, pd.Series({2024: 100.0, 2025: 110.0}), base_year=2024, source="x")
    assert out.tolist() == pytest.approx([1000.0, 1000.0])
    assert out.attrs["cpi_source"] == "x"


def test_annualise():
    a = annualise(600, months=9)
    assert list(a.columns) == [
        "estimate",
        "ci_lower",
        "ci_upper",
        "level",
        "months",
        "qualifier",
        "method",
    ]
    row = a.iloc[0]
    assert row["estimate"] == pytest.approx(800)
    assert row["ci_lower"] < 800 < row["ci_upper"]
    assert (row["months"], row["method"]) == (9, "proportional")
    assert annualise(600, months=9, qualifier="at_least")["ci_upper"].iloc[0] == np.inf
    # fewer months observed -> wider relative interval
    a3 = annualise(200, months=3).iloc[0]
    assert (a3["ci_upper"] - a3["ci_lower"]) / a3["estimate"] > (
        row["ci_upper"] - row["ci_lower"]
    ) / row["estimate"]
    with pytest.raises(ParameterError, match="months must be a whole number from 1 to 11"):
        annualise(600, months=12)
    with pytest.raises(ParameterError, match="method='seasonal' is not valid"):
        annualise(600, months=9, method="seasonal")


# --------------------------------------------------------------------------- errors


def test_empty_series():
    with pytest.raises(InsufficientDataError, match="empty"):
        fit_trend(pd.Series([], dtype=float))


@pytest.mark.parametrize(
    ("series", "match"),
    [
        (pd.Series({2023: 567, 2024: -1}), "negative values for years \\[2024\\].*>= 0"),
        (pd.Series([1, 2], index=[2023.5, 2024]), "integer years"),
        (pd.Series([1, 2], index=["2023", "2024"]), "integer years"),
        (pd.Series([1, 2, 3], index=[2023, 2023, 2024]), "duplicated years in series: \\[2023\\]"),
        (
            pd.Series({2023: 567, 2024: np.nan}),
            "missing or non-numeric values for years \\[2024\\]",
        ),
    ],
)
def test_bad_series_messages(series, match):
    with pytest.raises(ParameterError, match=match):
        fit_trend(series)


def test_bad_options_messages():
    with pytest.raises(ParameterError, match="pandas Series"):
        fit_trend([1, 2, 3])
    with pytest.raises(ParameterError, match="horizon"):
        fit_trend(TURKESTAN, horizon=0)
    with pytest.raises(ParameterError, match="levels"):
        fit_trend(TURKESTAN, levels=(0.8, 95))
    with pytest.raises(ParameterError, match="kind="):
        fit_trend(TURKESTAN, kind="rate")
    with pytest.raises(ParameterError, match="annualised year 2020 is not in the series"):
        fit_trend(TURKESTAN, annualised_years=[2020])
    with pytest.raises(ParameterError, match="not available for this series"):
        fit_trend(TURKESTAN, model="ets_damped")


def test_input_not_mutated():
    s = pd.Series({2025: 843, 2023: 567, 2024: 598})
    before = s.copy()
    fit_trend(s)
    pd.testing.assert_series_equal(s, before)


def test_seed_reproducible():
    a = fit_trend(TURKESTAN).projection
    b = fit_trend(TURKESTAN).projection
    pd.testing.assert_frame_equal(a, b)


@settings(max_examples=15, deadline=None, derandomize=True)
@given(st.lists(st.integers(min_value=0, max_value=50_000), min_size=1, max_size=7))
def test_invariants(values):
    s = pd.Series(values, index=range(2019, 2019 + len(values)))
    if len(values) >= 3 and not any(values):
        with pytest.raises(InsufficientDataError):
            fit_trend(s)
        return
    res = fit_trend(s)
    assert res.verdict in VERDICTS
    assert len(res.change) == len(values) - 1
    if res.stage == "model":
        p = res.projection
        if p["pi95_lower"].isna().any():  # 3-4 years without a pooled dispersion: none shown
            assert len(values) < 5 and p.filter(like="pi").isna().all().all()
            assert "no_interval_short" in codes(res)
        else:
            assert (p["pi95_lower"] <= p["pi80_lower"]).all()
            assert (p["pi80_upper"] <= p["pi95_upper"]).all()
            assert (p["pi95_lower"] >= 0).all()
    else:
        assert res.projection.empty


# --------------------------------------------------------------------------- plot


def test_plot_trend_draws_fan(turkestan):
    fig, ax = plt.subplots()
    out = plot_trend(turkestan, ax=ax, label="Turkestan")
    assert out is ax
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(bands) == 2
    lines = ax.get_lines()
    assert len(lines) == 2  # fit + projection
    np.testing.assert_allclose(lines[0].get_xdata(), [2023, 2024, 2025])
    np.testing.assert_allclose(lines[0].get_ydata(), turkestan.fitted["estimate"])
    np.testing.assert_allclose(lines[1].get_xdata(), [2025, 2026, 2027])
    assert "Turkestan" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_plot_single_year_has_no_fan():
    ax = plot_trend(fit_trend(pd.Series({2025: 843})))
    assert not [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert ax.get_lines() == []


def test_annualised_year_gets_a_smaller_weight():
    s = pd.Series({2022: 500, 2023: 560, 2024: 640, 2025: 720.0})
    res = fit_trend(s, annualised_years={2025: 9})
    assert res.chosen_model == "loglinear_pooled"
    notes = res.comparison.set_index("model")["note"]
    assert "ignores_weights" in notes["negbin"]
    # Reference: the 9-month year's Poisson variance on the log scale is 1 / (y * 9/12)
    sigma2 = res.comparison.set_index("model").loc["loglinear_pooled", "dispersion"]
    y = s.to_numpy(dtype=float)
    w = np.array([1, 1, 1, 9 / 12])
    slope = wls_slope(y, s.index, 1 / (1 / (y * w) + sigma2))
    assert res.growth["estimate"].item() == pytest.approx(np.exp(slope))


def test_comparison_table_notes_aicc_comparability():
    s = pd.Series({2019: 400, 2020: 470, 2021: 430, 2022: 560, 2023: 610})
    cmp_ = fit_trend(s).comparison.set_index("model")
    years = s.index.to_numpy(dtype=float)
    ref = sm.GLM(s.to_numpy(), sm.add_constant(years - years.mean()),
                 family=sm.families.Poisson()).fit()  # fmt: skip
    k, n = 2, 5
    assert cmp_.loc["poisson", "aicc"] == pytest.approx(ref.aic + 2 * k * (k + 1) / (n - k - 1))
    assert np.isfinite(cmp_.loc["negbin", "aicc"])
    # baselines work on the log scale: their likelihood is not comparable, so no AICc
    assert np.isnan(cmp_.loc["drift", "aicc"]) and "log_scale" in cmp_.loc["drift", "note"]
    assert np.isnan(cmp_.loc["loglinear_pooled", "aicc"])


def test_zeros():
    with pytest.raises(InsufficientDataError, match="all 3 values are zero"):
        fit_trend(pd.Series({2023: 0, 2024: 0, 2025: 0}))
    res = fit_trend(pd.Series({2021: 0, 2022: 0, 2023: 0, 2024: 5}))
    assert res.verdict == "too early to say"
    assert res.verdict_reason.code == "few_nonzero"
    assert dict(res.verdict_reason.fields) == {"nonzero": 1, "n": 4}


def test_projection_from_five_years_also_allows_for_a_wandering_level():
    from fraud_research.stats.trend.project import MIN_WALK_YEARS, fit_loglinear

    years, y = [2021, 2022, 2023, 2024, 2025], [500, 567, 598, 843, 900]
    fit = fit_loglinear(years, y, sigma2_prior=0.0063, df_prior=3)
    assert len(y) == MIN_WALK_YEARS and fit.walk is not None
    # The walk by hand: log changes 0.126, 0.053, 0.343, 0.065; drift (ln 900 - ln 500) / 4
    # = 0.147; change variance (3 x (2 x 0.0063 + 0.00309) + 3 x 0.01817) / 6 = 0.01693
    # on 6 df; next year: exp(ln 900 + 0.147 -/+ t(0.975, 6) x sqrt(0.01693 x 1.25)).
    half = stats.t.ppf(0.975, 6) * np.sqrt(0.016931 * 1.25)
    walk_lower, walk_upper = 900 * np.exp(0.14695 - half), 900 * np.exp(0.14695 + half)
    assert (round(walk_lower), round(walk_upper)) == (730, 1488)
    lower, upper = fit.interval([2026], 0.95)
    trend_only = replace(fit, walk=None).interval([2026], 0.95)
    # The interval covers both readings: the lasting trend and the wandering level.
    assert lower[0] == pytest.approx(min(trend_only[0][0], walk_lower), rel=1e-3)
    assert upper[0] == pytest.approx(max(trend_only[1][0], walk_upper), rel=1e-3)
    assert lower[0] < trend_only[0][0] or upper[0] > trend_only[1][0]


def test_projection_from_three_or_four_years_is_the_trend_alone():
    from fraud_research.stats.trend.project import fit_loglinear

    assert fit_loglinear([2022, 2023, 2024, 2025], [500, 567, 598, 843]).walk is None
    three = fit_loglinear([2023, 2024, 2025], [567, 598, 843], sigma2_prior=0.0063, df_prior=3)
    assert three.walk is None
    assert [v.round(-1).tolist() for v in three.interval([2026], 0.95)] == [[610.0], [1590.0]]
