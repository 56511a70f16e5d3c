"""The coverage of the published figures: every place and year, gaps kept, sources listed."""

import pandas as pd

from fraud_research.dataset import coverage_counts, coverage_items, coverage_matrix, coverage_places


def test_the_country_and_its_twenty_first_level_places_are_listed():
    places = coverage_places()
    assert places[0] == "kazakhstan" and len(places) == 21
    assert {"shymkent_city", "almaty_city", "astana_city", "ulytau", "jetisu"} <= set(places)
    assert not {"kostanay_city", "pavlodar_city", "petropavl_city"} & set(places)


def test_a_place_year_without_any_figure_is_kept_as_not_found(figures):
    matrix = coverage_matrix(figures, years=[2023, 2024, 2025])
    assert len(matrix) == 21 * 3
    shymkent = matrix[(matrix["place"] == "shymkent_city") & (matrix["year"] == 2025)].iloc[0]
    assert not shymkent["found"]  # no internet-fraud figure; its 1 January population is listed
    assert pd.isna(shymkent["full_year_cases"]) and shymkent["part_year_cases"] == []
    assert shymkent["damage"] == [] and not shymkent["scheme_breakdown"]
    assert shymkent["population"] == [(1256263, "exact", "2025-01-01")]


def test_january_to_may_2025_counts_are_part_year_items_with_their_span(figures):
    items = coverage_items(figures)
    may = items[(items["kind"] == "part_year_cases") & (items["period_end"] == "2025-05-31")]
    values = dict(zip(may["place"], may["value"].astype(int), strict=True))
    assert values == {
        "astana_city": 1548,
        "almaty_city": 1114,
        "karaganda": 868,
        "pavlodar": 861,
        "akmola": 792,
        "kazakhstan": 10145,
    }
    assert set(may["period_start"].astype(str)) == {"2025-01-01"}
    assert may["source_url"].str.startswith("http").all()


def test_counts_of_what_is_known(figures):
    # 60 region place-years 2023-2025: full-year counts for Turkestan 2023-2025, Almaty
    # region 2024-2025 and Almaty city 2025; the country adds 2024 and 2025.
    regions = coverage_matrix(figures, places=coverage_places()[1:], years=[2023, 2024, 2025])
    counts = coverage_counts(regions)
    assert counts["place_years"] == 60 and counts["with_full_year_count"] == 6
    full = regions[regions["full_year_cases"].notna()]
    triples = zip(full["place"], full["year"], full["full_year_cases"].astype(int), strict=True)
    assert sorted(triples) == [
        ("almaty_city", 2025, 2500),
        ("almaty_region", 2024, 75),
        ("almaty_region", 2025, 35),
        ("turkestan", 2023, 567),
        ("turkestan", 2024, 598),
        ("turkestan", 2025, 843),
    ]
    assert counts["with_any_figure"] >= counts["with_full_year_count"]


def test_turkestan_2025_has_every_kind_of_figure(figures):
    row = coverage_matrix(figures, places=["turkestan"], years=[2025]).iloc[0]
    assert row["full_year_cases"] == 843 and row["full_year_cases_qualifier"] == "exact"
    assert row["scheme_breakdown"]
    assert (1665783000, "exact") in [(v, q) for v, q, _ in row["damage"]]
    # two outlets give the 1 January 2025 population differently; both are listed
    assert sorted(row["population"]) == [
        (2105272, "exact", "2025-01-01"),
        (2154334, "exact", "2025-01-01"),
    ]
