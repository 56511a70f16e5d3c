"""Panels pick one figure per period and report conflicts; the report validates its parameters."""

import pytest

from fraud_research.errors import InsufficientDataError, ParameterError
from fraud_research.report import headline_summary, prepare_region_report, translate
from fraud_research.report.region import RegionReport


def test_unknown_place_lists_valid_ids():
    with pytest.raises(ParameterError) as err:
        prepare_region_report(place="../../etc", year=2025)
    assert "unknown place '../../etc' for parameter 'place'; valid ids: abai, akmola" in str(
        err.value
    )


def test_year_without_data_lists_years_with_data():
    with pytest.raises(InsufficientDataError, match="years with data: 2023, 2024, 2025"):
        prepare_region_report(place="turkestan", year=2021)


@pytest.mark.parametrize("year", ["2025", 2025.0, True])
def test_year_must_be_an_integer(year):
    with pytest.raises(ParameterError, match="must be a whole year"):
        prepare_region_report(place="turkestan", year=year)


def test_unknown_language():
    with pytest.raises(ParameterError, match="unknown language 'de'"):
        prepare_region_report(place="turkestan", year=2025, lang="de")


def test_headline_and_sources_of_the_seed_report():
    report = prepare_region_report(place="turkestan", year=2025)
    headline = report.headline().set_index("figure")
    assert headline.at["Registered internet-fraud cases", "value"] == 843
    assert headline.at["Damage, tenge", "value"] == 1_665_783_000
    assert (
        headline.at["Average loss per case, tenge", "value"] == 1_976_018
    )  # 1 665 783 000 / 843, whole tenge
    sources = report.sources().set_index("figure_id")
    assert sources.at["turkestan-2025-cases-lottery", "value"] == 47
    assert "47 обманутых граждан" in sources.at["turkestan-2025-cases-lottery", "quote"]
    assert sources.at["turkestan-2025-population", "value"] == 2_154_334


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_sources_table_keeps_how_the_curators_read_a_figure(lang):
    # «47 обманутых граждан» counts people; only the note says why it stands as 47 cases
    table = prepare_region_report(place="turkestan", year=2025, lang=lang).table_frame("sources")
    note = table.set_index("figure_id").at["turkestan-2025-cases-lottery", "note"]
    assert "coded as cases because the six scheme figures add up to the 843" in note
    assert note.startswith("Akimat") == (lang == "en")  # ru/kk mark it as an English note
    assert ("\u2068" in note) == (lang != "en")


def test_lower_bound_is_carried_into_the_headline():
    report = prepare_region_report(place="almaty_city", year=2025, lang="ru")
    headline = report.headline()
    assert headline["as_printed"].iloc[0] == "не менее 2\u202f500"
    # about 2.5 bn tenge over at least 2 500 cases: at most about 1 000 000 per case
    assert headline["qualifier"].tolist() == ["at_least", "rounded", "approx_at_most"]
    assert headline["as_printed"].iloc[2] == "не более примерно 1\u202f000\u202f000"


def test_scheme_shares_in_russian():
    shares = prepare_region_report(place="turkestan", year=2025, lang="ru").scheme_shares()
    assert shares["label"].iloc[0].startswith("Звонки от имени сотрудников")


def test_headline_summary_numbers():
    summary = headline_summary().set_index(["place", "year"])
    row = summary.loc[("turkestan", 2025)]
    assert (row["cases"], row["damage_kzt"]) == (843, 1_665_783_000)
    assert row["average_loss_kzt"] == pytest.approx(1_976_017.79, abs=0.005)
    assert row["change_ratio"] == pytest.approx(843 / 598)
    assert summary.loc[("kostanay", 2025), "damage_qualifier"] == "rounded"
    assert summary.loc[("almaty_city", 2025), "cases_qualifier"] == "at_least"


def test_year_zero_means_the_latest_year_with_data():
    assert prepare_region_report(place="turkestan", year=0).year == 2025
    assert prepare_region_report(place="north_kazakhstan", year=0).year == 2022


def test_every_planned_region_report_builds_every_section(figures):
    """What the batch renders: each region with data (and one in every language), no kernel.

    North Kazakhstan 2022 has a count and no damage: its empty damage panel once failed
    to merge (an empty panel had other dtypes than a full one).
    """
    from fraud_research.batch import plan_reports
    from fraud_research.report.region_sections import REGION_SECTIONS

    specs = [s for s in plan_reports() if s.notebook.name == "region_report.ipynb"]
    assert {"turkestan", "north_kazakhstan", "kostanay_city"} <= {s.place for s in specs}
    runs = [(spec, "en") for spec in specs]
    runs += [
        (spec, lang) for spec in specs if spec.place == "north_kazakhstan" for lang in ("ru", "kk")
    ]
    for spec, lang in runs:
        report = prepare_region_report(place=spec.place, year=spec.year, lang=lang, figures=figures)
        for name in REGION_SECTIONS:
            assert report.section(name) is not None, (spec.place, lang, name)


def test_a_key_finding_reads_a_change_from_the_interval_with_between_year_variation():
    """The headline sentence, the spine chart, the summary and the trend's prose read one
    interval. Kostanay (city) rose from 760 to 981 (+29%): the Poisson interval (+17% to
    +42%) excludes no change, the one allowing for year-to-year variation does not."""
    import numpy as np

    from fraud_research.report.findings import region_findings
    from fraud_research.stats import pooled_dispersion

    pooled = pooled_dispersion()
    log_ratio, se = np.log(981 / 760), np.sqrt(1 / 760 + 1 / 981 + 2 * pooled.sigma2)
    change = prepare_region_report(place="kostanay_city", year=2025).change().iloc[-1]
    lower, upper = change["od_ci_lower"], change["od_ci_upper"]
    assert lower < 1 < upper and change["ci_lower"] > 1
    # symmetric on the log scale, wider than z = 1.96 (a t quantile on few degrees of freedom)
    assert np.log(upper) - log_ratio == pytest.approx(log_ratio - np.log(lower))
    assert np.log(upper) - log_ratio > 1.96 * se
    first = region_findings(prepare_region_report(place="kostanay_city", year=2025))[0]
    assert first == (
        "981 internet-fraud cases were registered in Kostanay (city) in 2025; the change from "
        "2024 (+29%, 95% CI allowing for year-to-year variation: -7% to +80%) may be chance "
        "variation."
    )
    turkestan = region_findings(prepare_region_report(place="turkestan", year=2025, lang="ru"))
    assert (
        "на 41% больше, чем в 2024 году (95% ДИ с учётом колебаний между годами: от +1% до +96%; "
        "2024: источник формулирует цифру как «анықталып» (выявлено)" in turkestan[0]
    )


def test_a_rate_inside_the_funnel_is_not_called_the_same_as_the_national_rate():
    """Turkestan's 39.2 per 100 000 is clearly below the national 136.8 by its own count
    (exact Poisson ratio 0.29, 0.27-0.31), yet inside the funnel that allows for how widely
    places differ. The region report and the comparison must not contradict each other."""
    from scipy import stats

    from fraud_research.report import prepare_compare_report
    from fraud_research.report.findings import compare_findings, region_findings

    expected = 27_892 / 20_391_029.5 * 2_151_496  # Turkestan's count at the national rate
    assert stats.chi2.ppf(0.975, 2 * 844) / 2 / expected < 1  # the ratio's upper limit
    region = region_findings(prepare_region_report(place="turkestan", year=2025))[1]
    assert "clearly below the national rate (Kazakhstan: 136.8)" in region
    compared = compare_findings(prepare_compare_report(year=2025))
    inside = next(line for line in compared if line.startswith("Within the usual spread"))
    assert "does not make their rates equal to the national one" in inside
    assert "Turkestan Region" in inside
    assert not any("not clearly different from the national rate" in line for line in compared)


def test_a_population_two_outlets_disagree_on_is_a_conflict_and_both_are_cited():
    """Turkestan on 1 January 2025: 2 154 334 (turantimes.kz, chosen) against 2 105 272
    (patriotportaly.kz). The rate table's caveat named it while the conflicts section said no
    two sources disagree, and the figure set aside was not among the sources."""
    report = prepare_region_report(place="turkestan", year=2025)
    conflicts = report.conflicts()
    assert conflicts[["metric", "year", "value", "figure_id", "conflict"]].values.tolist() == [
        ["population", 2025, 2_154_334, "turkestan-2025-population", "turkestan-2025-population-2"]
    ]
    sources = report.sources().set_index("figure_id")
    assert sources.at["turkestan-2025-population-2", "value"] == 2_105_272
    assert "patriotportaly.kz" in sources.at["turkestan-2025-population-2", "source_url"]
    # the rate used the chosen figure: 843 over the mean of 1 January 2025 and 2026
    rate = report.counts_and_rates().set_index("year").loc[2025]
    assert rate["estimate"] == pytest.approx(843 / rate["population"] * 100_000)
    assert int(rate["population"]) == 2_151_496


def test_trend_tables_show_whole_cases_and_each_models_own_dispersion():
    """Projected counts are whole cases (983, not 982.93), and the models' variation beyond
    Poisson is shown on each model's own scale with its symbol, not rounded to integers."""
    import re

    import numpy as np
    import statsmodels.api as sm

    years = np.array([2023, 2024, 2025])
    counts = np.array([567, 598, 843])
    poisson = sm.GLM(counts, sm.add_constant(years - 2025), family=sm.families.Poisson()).fit()
    phi = poisson.pearson_chi2 / poisson.df_resid  # quasi-Poisson's Pearson dispersion
    report = prepare_region_report(place="turkestan", year=2025)
    models = re.sub(r"<[^>]+>", " ", report.table("models").to_html())
    assert f"φ = {phi:.3g}" == "φ = 8.75" and "φ = 8.75" in models
    assert "φ = 1 (fixed)" in models and "α = " in models and "σ² = " in models
    assert "not published" not in models  # 3 years allow no AICc: a dash, not a missing figure
    projection = report.table_frame("projection").set_index("year")
    shown = re.sub(r"<[^>]+>", " ", report.table("projection").to_html())
    assert f" {projection.at[2026, 'estimate']:.0f} " in shown and "982.93" not in shown


def test_a_loss_rounded_to_the_digits_its_totals_support_reads_about_in_every_table():
    """Kostanay (city) 2025: 2 270 000 000 / 981 = 2 313 965.34, printed to three digits
    (2 310 000): the headline said "about", the loss table did not."""
    report = prepare_region_report(place="kostanay_city", year=2025)
    loss = report.table_frame("average_loss").set_index("year")
    assert 2_270_000_000 / 981 == pytest.approx(2_313_965.34, abs=0.01)
    assert loss.at[2025, "average_loss"] == 2_310_000
    assert loss.at[2025, "qualifier"] == "derived_approx"
    headline = report.table_frame("headline").set_index("figure")
    row = headline.loc["Average loss per case, tenge"]
    assert row["as_printed"].startswith("about") and row["qualifier"] == "derived_approx"
    # Turkestan's 1 976 017.79 is shown whole (1 976 018): derived, not "about"
    turkestan = prepare_region_report(place="turkestan", year=2025).table_frame("average_loss")
    assert turkestan.set_index("year").at[2025, "qualifier"] == "derived_exact"


def test_chart_data_readme_names_the_place_and_never_prints_nat(tmp_path):
    import pandas as pd

    from fraud_research.report.downloads import write_region_chart_data

    report = prepare_region_report(place="turkestan", year=2025)
    paths = write_region_chart_data(report, tmp_path)
    readme = paths[-1].read_text(encoding="utf-8")
    assert readme.startswith(
        "Internet fraud, Turkestan Region, 2025: the numbers behind the charts"
    )
    assert "NaT" not in readme and "publication date not shown; turkestan-2025-cases," in readme
    assert "published 2026-02-07; turkestan-2024-cases, as printed: exact" in readme
    shares = pd.read_csv(tmp_path / "turkestan_2025_chart_shares.csv")
    assert shares.set_index("scheme").at["impersonation_call", "count"] == 340
    assert shares["count"].sum() == 843


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("en", ["39.2 vs 136.8", "+41% vs +24%", "40.3% vs 30.7%"]),
        ("ru", ["39,2 и 136,8", "+41% и +24%", "40,3% и 30,7%"]),
        ("kk", ["39,2 және 136,8", "+41% және +24%", "40,3% және 30,7%"]),
    ],
)
def test_spine_chart_labels_write_decimals_as_the_reader_does(lang, texts):
    # 843 / 2 151 496 per 100 000 = 39.18, the country's 136.79; impersonation calls 340 / 843
    spine = prepare_region_report(place="turkestan", year=2025, lang=lang).spine()
    assert spine["value_text"].tolist() == texts


def test_spine_label_of_a_lower_bound_rate_is_rounded_down():
    # Almaty (city) «не менее 2 500»: at least 107.753 per 100 000, marked as a bound
    spine = prepare_region_report(place="almaty_city", year=2025).spine()
    assert spine["value_text"].tolist() == ["≥107.7 vs 136.8"]


def test_spine_share_of_a_bound_scheme_is_rounded_and_marked_as_a_bound():
    # Kostanay (city) «более 300» calls of 981 cases: at least 30.58%, read ≥30.5% (it read 30.6%)
    spine = prepare_region_report(place="kostanay_city", year=2025).spine()
    share = spine.set_index("label").at["Share of the largest named scheme", "value_text"]
    assert share == "≥30.5% vs 30.7%"


def test_a_trend_chart_without_a_projection_does_not_promise_one():
    # Kazakhstan has two full years: no fitted trend is drawn, and no method is named (the page
    # showed «Method:» followed by nothing, and a caption promising a trend and its intervals)
    report = prepare_region_report(place="kazakhstan", year=2025)
    assert "too few years for a fitted trend" in report.figure("trend").caption
    trend = report.section("trend").text()
    assert "Method:" not in trend
    turkestan = prepare_region_report(place="turkestan", year=2025)
    assert "with the fitted trend" in turkestan.figure("trend").caption
    assert "Method:" in turkestan.section("trend").text()


def test_each_chart_credits_the_outlets_of_the_figures_it_draws():
    # Turkestan's schemes come from gurk.kz alone; the line credited lat.egemen.kz and others
    report = prepare_region_report(place="turkestan", year=2025)
    assert report.figure("shares").source == "Source: gurk.kz; via fraud-research"
    trend = report.figure("trend").source
    assert "kaz.inform.kz" in trend and "gurk.kz" in trend and "egemen" not in trend


def test_average_loss_table_keeps_the_qualifiers_of_its_inputs():
    # Almaty (city): «около 2,5 млрд» over «не менее 2 500» cases; the row read
    # "2 500 000 000 | 2 500 | 1 000 000", dropping "about" and "at least" ("Qualifiers travel")
    import re

    html = prepare_region_report(place="almaty_city", year=2025).table("average_loss").to_html()
    cells = [c.replace("\u202f", " ") for c in re.findall(r"<td[^>]*>([^<]*)</td>", html)]
    assert cells == ["2025", "about 2 500 000 000", "at least 2 500", "1 000 000",
                     "derived, at most about"]  # fmt: skip
    assert len(re.findall(r'class="data row0 col[12] num"', html)) == 2  # still right-aligned


def test_a_sections_text_shows_its_tables_as_readers_see_them():
    # a notebook's text output printed the float behind the cell: «1976018.0», «1700000.0»
    text = prepare_region_report(place="turkestan", year=2025).section("average_loss").text()
    text = text.replace("\u202f", " ")
    assert "1 976 018" in text and "about 1 000 000 000" in text and "1 700 000" in text
    assert "1976018.0" not in text and "1700000.0" not in text


@pytest.mark.parametrize(
    ("lang", "first"), [("en", "At least 2\u202f500"), ("ru", "Город Алматы:")]
)
def test_every_key_finding_starts_with_a_capital(lang, first):
    # «город Алматы: в 2025 году …», "at least 2 500 internet-fraud cases …" opened the list
    from fraud_research.report.findings import region_findings

    findings = region_findings(prepare_region_report(place="almaty_city", year=2025, lang=lang))
    assert findings[0].startswith(first)
    assert all(not line[0].isalpha() or line[0].isupper() for line in findings)


def test_a_source_without_a_date_says_so_not_that_it_is_unpublished():
    # the Sources table read "not published" for gurk.kz's release, which is published, undated
    import re

    html = prepare_region_report(place="turkestan", year=2025).table("sources").to_html()
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    gurk = next(r for r in rows if "gurk.kz" in r)
    assert "date not shown" in gurk and "not published" not in gurk


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "With 3 years the candidate models cannot be compared yet: a score of fit needs at "
               "least 4 years, and a test of their forecasts on past years at least 6."),
        ("ru", "По 3 годам модели-кандидаты пока нельзя сравнить: для оценки качества подгонки "
               "нужно не менее 4 лет, для проверки их прогнозов на прошлых годах — не менее 6."),
        ("kk", "3 жыл бойынша үміткер модельдерді әлі салыстыруға болмайды: сәйкестік бағасы үшін "
               "кемінде 4 жыл, олардың болжамдарын өткен жылдарда тексеру үшін кемінде 6 жыл "
               "керек."),
    ],
)  # fmt: skip
def test_three_years_give_a_sentence_not_a_table_of_dashes_for_the_candidate_models(lang, sentence):
    report = prepare_region_report(place="turkestan", year=2025, lang=lang)
    models = report.trend_comparison()
    assert models[["aicc", "rolling_origin_mae"]].isna().all(axis=None)  # every score a dash
    parts = report.section("trend").parts
    heading = [i for i, p in enumerate(parts) if p[:2] == ("h3", translate("models_heading", lang))]
    assert parts[heading[0] + 1] == ("text", sentence)
    assert len([p for p in parts if p[0] == "table"]) == 1  # the projection's only


def test_models_with_scores_are_still_shown_as_a_table(monkeypatch):
    report = prepare_region_report(place="turkestan", year=2025)
    scored = report.trend_comparison().assign(aicc=[float("nan")] * 2 + [41.2, 43.0, 44.1, 40.8])
    monkeypatch.setattr(RegionReport, "trend_comparison", lambda self: scored)
    parts = report.section("trend").parts
    tables = [p[1] for p in parts if p[0] == "table"]
    assert len(tables) == 2 and "AICc" in tables[-1].data.columns
