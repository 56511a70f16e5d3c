"""One figure per period: full years by default, conflicts reported, corroboration counted."""

from fraud_research.dataset import places_with_data, select_panel


def test_panel_is_full_year_by_default_and_partial_only_when_asked():
    full = select_panel(place="kazakhstan")
    assert set(full["period_kind"]) == {"full_year"}
    assert full.set_index("year")["value"].to_dict() == {2024: 22560, 2025: 27892}
    partial = select_panel(place="kazakhstan", include_partial=True)
    assert len(partial) > len(full)


def test_conflicting_outlets_are_both_kept_and_reported():
    damage = select_panel(place="kostanay_city", metric="damage_kzt").set_index("year")
    assert damage.at[2025, "value"] == 2_270_000_000
    assert damage.at[2025, "conflict"] == "kostanay-city-2025-damage"  # ng.kz: 2 277 mln
    assert damage.at[2024, "value"] == 1_134_000_000
    assert damage.at[2024, "conflict"] == "kostanay-city-2024-damage"  # ng.kz: 1 104 mln


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
