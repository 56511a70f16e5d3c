"""Panels pick one figure per period and report conflicts; the report validates its parameters."""

import pytest

from fraud_research.errors import InsufficientDataError, ParameterError
from fraud_research.panel import places_with_data, select_panel
from fraud_research.report import headline_summary, prepare_region_report


def test_panel_is_full_year_by_default_and_partial_only_when_asked():
    full = select_panel(place="kazakhstan")
    assert set(full["period_kind"]) == {"full_year"}
    assert full.set_index("year")["value"].to_dict() == {2024: 22560, 2025: 27892}
    partial = select_panel(place="kazakhstan", include_partial=True)
    assert len(partial) > len(full)


def test_conflicting_outlets_are_both_kept_and_reported():
    damage = select_panel(place="kostanay_city", metric="damage_kzt").set_index("year")
    assert damage.at[2025, "value"] == 2_270_000_000
    assert "2277000000" in damage.at[2025, "conflict"]
    assert damage.at[2024, "value"] == 1_134_000_000
    assert "1104000000" in damage.at[2024, "conflict"]


def test_same_figure_from_two_outlets_is_corroboration_not_conflict():
    cases = select_panel(place="turkestan").set_index("year")
    assert cases.at[2025, "n_sources"] == 2
    assert cases.at[2025, "conflict"] == ""
    assert cases.at[2025, "figure_id"] == "turkestan-2025-cases"  # the akimat release


def test_places_with_data():
    assert places_with_data() == [
        "almaty_city",
        "almaty_region",
        "kazakhstan",
        "kostanay",
        "kostanay_city",
        "north_kazakhstan",
        "turkestan",
    ]


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
    assert headline.at["Average loss per case, tenge", "value"] == pytest.approx(1_976_017.79)
    sources = report.sources().set_index("figure_id")
    assert sources.at["turkestan-2025-cases-lottery", "value"] == 47
    assert "47 обманутых граждан" in sources.at["turkestan-2025-cases-lottery", "quote"]
    assert sources.at["turkestan-2025-population", "value"] == 2_154_334


def test_lower_bound_is_carried_into_the_headline():
    report = prepare_region_report(place="almaty_city", year=2025, lang="ru")
    headline = report.headline()
    assert headline["as_printed"].iloc[0] == "не менее 2 500"
    # about 2.5 bn tenge over at least 2 500 cases: at most about 1 000 000 per case
    assert headline["qualifier"].tolist() == ["at_least", "rounded", "approx_at_most"]
    assert headline["as_printed"].iloc[2] == "не более примерно 1 000 000"


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
