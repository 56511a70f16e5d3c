"""The dataset loads, keeps every published figure, and rejects bad rows with precise messages."""

import csv
import shutil

import pandas as pd
import pytest

from fraud_research import paths
from fraud_research.dataset import (
    FIGURE_COLUMNS,
    load_figures,
    load_places,
    load_scheme_wordings,
    load_schemes,
    load_towns,
)
from fraud_research.errors import DataValidationError


@pytest.fixture(scope="module")
def figures():
    return load_figures()


def test_seed_press_release_figures(figures):
    by_id = figures.set_index("figure_id")
    assert by_id.at["turkestan-2025-cases", "value"] == 843
    assert by_id.at["turkestan-2025-damage", "value"] == 1_665_783_000
    assert "1 млрд 665 млн 783 тыс. тенге" in by_id.at["turkestan-2025-damage", "quote"]
    akimat = figures[(figures["source_url"].str.contains("gurk.kz")) & (figures["scheme"] != "")]
    assert dict(zip(akimat["scheme"], akimat["value"], strict=True)) == {
        "impersonation_call": 340,
        "prepayment": 255,
        "fake_investment": 98,
        "messenger_acquaintance": 49,
        "lottery": 47,
        "other": 54,
    }
    assert akimat["value"].sum() == 843


def test_seed_source_document_is_archived():
    text = (paths.SOURCES_DIR / "turkestan-2025-akimat-press-release.txt").read_text(
        encoding="utf-8"
    )
    assert "843 факта интернет-мошенничества" in text
    assert "розыгрыши и лотереи - 47" in text


def test_every_figure_in_the_file_is_kept_unaltered(figures):
    """Loading neither drops, reorders nor edits a figure (compared with the raw CSV)."""
    with paths.FIGURES_CSV.open(encoding="utf-8") as handle:
        raw = list(csv.DictReader(handle))
    assert len(raw) >= 238  # 222 first collected + 16 added on 2026-11-30; more as years arrive
    assert figures["figure_id"].tolist() == [row["figure_id"] for row in raw]
    for row, (_, mine) in zip(raw, figures.iterrows(), strict=True):
        assert mine["place"] == row["place"]
        assert mine["quote"] == row["quote"]
        assert mine["qualifier"] == row["qualifier"]
        assert (str(int(mine["value"])) if pd.notna(mine["value"]) else "") == row["value"]


def test_january_may_2025_figures_are_in_the_dataset(figures):
    jan_may = figures[
        (figures["period_start"] == pd.Timestamp("2025-01-01"))
        & (figures["period_end"] == pd.Timestamp("2025-05-31"))
        & (figures["metric"] == "cases_registered")
        & (figures["scheme"] == "")
    ]
    assert dict(zip(jan_may["place"], jan_may["value"], strict=True)) == {
        "astana_city": 1548,
        "almaty_city": 1114,
        "karaganda": 868,
        "pavlodar": 861,
        "akmola": 792,
        "kazakhstan": 10145,
    }


def test_west_kazakhstan_year_to_date_ends_about_the_end_of_november(figures):
    by_id = figures.set_index("figure_id")
    kazinform = by_id.loc["west-kazakhstan-2025-cases-2"]
    assert str(kazinform["published"].date()) == "2025-12-01"
    assert "end of November" in kazinform["period_label"]
    assert "21 December" not in by_id.loc["west-kazakhstan-2025-cases", "period_label"]


def test_qualifiers_are_kept(figures):
    assert set(figures["qualifier"]) == {"exact", "rounded", "at_least", "approx"}
    almaty = figures.set_index("figure_id").loc["almaty-city-2025-cases"]
    assert (almaty["value"], almaty["qualifier"]) == (2500, "at_least")


def test_registry_and_taxonomy():
    places = load_places()
    assert (places["level"] == "region").sum() == 20
    assert places.loc["kostanay_city", "parent"] == "kostanay"
    assert places.loc["turkestan", "name_kk"] == "Түркістан облысы"
    schemes = load_schemes()
    assert {"impersonation_call", "phishing", "online_loan", "other"} <= set(schemes.index)
    wordings = load_scheme_wordings()
    mapped = wordings.set_index("wording")["scheme_id"]
    assert mapped["розыгрыши и лотереи"] == "lottery"
    assert (
        mapped["Звонки от имени сотрудников банков, правоохранительных органов, связи или почты"]
        == "impersonation_call"
    )


# --- bad input -------------------------------------------------------------------------------


def _write(tmp_path, rows, header=FIGURE_COLUMNS):
    path = tmp_path / "figures.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _row(**changes):
    row = dict.fromkeys(FIGURE_COLUMNS, "")
    row.update(
        figure_id="test-2025-cases",
        place="turkestan",
        period_label="2025",
        year="2025",
        period_kind="full_year",
        period_start="2025-01-01",
        period_end="2025-12-31",
        metric="cases_registered",
        scope="internet_fraud",
        value="100",
        qualifier="exact",
        unit="cases",
        language="ru",
        quote="100 фактов",
        source_url="https://example.kz/a",
    )
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"place": "turkistan"},
            "line 2, column 'place': 'turkistan' is not allowed; allowed values: abai",
        ),
        ({"value": "-5"}, "line 2, column 'value': -5 is negative"),
        ({"value": "12.5"}, "line 2, column 'value': '12.5' is not a non-negative integer"),
        ({"value": "1 000"}, "line 2, column 'value': '1 000' is not a non-negative integer"),
        (
            {"qualifier": "aprox"},
            "column 'qualifier': 'aprox' is not allowed; allowed values: approx, at_least, at_most, exact, rounded",
        ),
        (
            {"scheme": "romance"},
            "column 'scheme': 'romance' is not allowed; allowed values: fake_investment",
        ),
        (
            {"period_kind": "months", "period_start": "2025-09-30", "period_end": "2025-01-01"},
            "column 'period_end': 2025-01-01 is before period_start 2025-09-30",
        ),
        ({"period_end": "2025-13-01"}, "column 'period_end': '2025-13-01' is not an ISO date"),
        ({"quote": ""}, "column 'quote': empty"),
        ({"metric": "cases"}, "column 'metric': 'cases' is not allowed"),
        (
            {"period_end": "2025-09-30"},
            "a full_year period for 2025 must run 2025-01-01 to 2025-12-31",
        ),
        (
            {"value": "99999999999999999999"},
            "line 2, column 'value': 99999999999999999999 is too large: a figure must be at most",
        ),
        (
            {"published": "2024-06-01"},
            "line 2, column 'year': 2025 is after the publication date 2024-06-01",
        ),
        (
            {
                "year": "2099",
                "period_start": "2099-01-01",
                "period_end": "2099-12-31",
            },
            "line 2, column 'year': 2099 is after the current year",
        ),
        ({"published": "2099-01-01"}, "line 2, column 'published': 2099-01-01 is in the future"),
        (
            {
                "period_kind": "months",
                "period_start": "2025-07-01",
                "period_end": "2025-09-30",
                "published": "2025-06-30",
            },
            "column 'period_start': 2025-07-01 is after the publication date 2025-06-30",
        ),
    ],
)
def test_bad_row_is_rejected_with_file_line_column(tmp_path, changes, message):
    path = _write(tmp_path, [_row(**changes)])
    with pytest.raises(DataValidationError) as err:
        load_figures(path)
    assert str(path) in str(err.value) or "figures.csv" in str(err.value)
    assert message in str(err.value)


def test_duplicate_id_names_both_lines(tmp_path):
    path = _write(tmp_path, [_row(), _row(value="200")])
    with pytest.raises(
        DataValidationError,
        match=r"line 3, column 'figure_id': duplicate id 'test-2025-cases' \(first on line 2\)",
    ):
        load_figures(path)


def test_schemes_exceeding_their_total(tmp_path):
    rows = [
        _row(),
        _row(figure_id="t-call", scheme="impersonation_call", value="70"),
        _row(figure_id="t-pre", scheme="prepayment", value="40"),
    ]
    path = _write(tmp_path, rows)
    with pytest.raises(DataValidationError) as err:
        load_figures(path)
    assert (
        "lines 3, 4, column 'value': the scheme counts add up to 110, more than the total 100 (test-2025-cases)"
        in str(err.value)
    )


def test_lower_bound_total_does_not_cap_its_parts(tmp_path):
    rows = [
        _row(qualifier="at_least"),
        _row(figure_id="t-call", scheme="impersonation_call", value="170"),
    ]
    assert len(load_figures(_write(tmp_path, rows))) == 2


def test_all_problems_reported_at_once(tmp_path):
    path = _write(tmp_path, [_row(place="atlantis"), _row(figure_id="b", value="-1")])
    with pytest.raises(DataValidationError) as err:
        load_figures(path)
    assert len(err.value.problems) == 2


def test_malformed_csv(tmp_path):
    path = tmp_path / "figures.csv"
    good = _write(tmp_path, [_row()]).read_text(encoding="utf-8")
    path.write_text(good + "broken,row\n", encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"line 3: 2 fields, expected 21"):
        load_figures(path)


def test_missing_column(tmp_path):
    header = [c for c in FIGURE_COLUMNS if c != "qualifier"]
    row = {k: v for k, v in _row().items() if k != "qualifier"}
    path = _write(tmp_path, [row], header=header)
    with pytest.raises(DataValidationError, match=r"line 1: missing column\(s\) qualifier"):
        load_figures(path)


def test_not_utf8(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_bytes("figure_id,place\nx,Туркестан\n".encode("cp1251"))
    with pytest.raises(DataValidationError, match="not valid UTF-8"):
        load_figures(path)


def test_missing_file(tmp_path):
    with pytest.raises(DataValidationError, match="file not found"):
        load_figures(tmp_path / "nope.csv")


def test_loading_never_changes_the_file(tmp_path):
    copy = tmp_path / "figures.csv"
    shutil.copy(paths.FIGURES_CSV, copy)
    before = copy.read_bytes()
    load_figures(copy)
    assert copy.read_bytes() == before


def test_header_only_file_is_an_error(tmp_path):
    path = _write(tmp_path, [])
    with pytest.raises(DataValidationError, match=r"figures.csv: no figures, only a header"):
        load_figures(path)


def test_unknown_column_is_refused(tmp_path):
    header = [c if c != "qualifier" else "qualifer" for c in FIGURE_COLUMNS]
    row = {("qualifer" if k == "qualifier" else k): v for k, v in _row().items()}
    with pytest.raises(DataValidationError) as err:
        load_figures(_write(tmp_path, [row], header=header))
    assert "line 1: missing column(s) qualifier" in str(err.value)
    assert "line 1: unknown column(s) 'qualifer'; expected columns: figure_id" in str(err.value)


def test_duplicated_column_name_is_refused(tmp_path):
    path = tmp_path / "figures.csv"
    good = _write(tmp_path, [_row()]).read_text(encoding="utf-8").splitlines()
    path.write_text(good[0] + ",note\n" + good[1] + ",x\n", encoding="utf-8")
    with pytest.raises(
        DataValidationError, match=r"line 1: column\(s\) note appear more than once"
    ):
        load_figures(path)


def test_byte_order_mark_and_crlf_are_accepted(tmp_path):
    """Excel saves CSV as UTF-8 with a byte-order mark and CRLF line endings."""
    text = _write(tmp_path, [_row()]).read_text(encoding="utf-8")
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeff".encode() + text.replace("\n", "\r\n").encode("utf-8"))
    loaded = load_figures(path)
    assert loaded["figure_id"].tolist() == ["test-2025-cases"]
    assert int(loaded["value"].iloc[0]) == 100


def test_cycle_in_place_parents_is_refused(tmp_path):
    places = tmp_path / "places.csv"
    text = paths.PLACES_CSV.read_text(encoding="utf-8").splitlines()
    rows = [
        line.replace("kostanay,region,kazakhstan,", "kostanay,region,kostanay_city,", 1)
        if line.startswith("kostanay,")
        else line
        for line in text
    ]
    assert rows != text  # the fixture did change kostanay's parent
    places.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as err:
        load_places(places)
    assert "column 'parent': the parents form a cycle" in str(err.value)
    assert "kostanay" in str(err.value) and "kostanay_city" in str(err.value)


def test_towns_name_registry_places_and_each_town_once():
    towns = load_towns()
    assert set(towns["place"]) <= set(load_places().index)
    assert towns.loc[towns["name_kk"] == "Тараз", "place"].item() == "zhambyl"
    assert towns["source_url"].str.startswith("https://").all()


def test_a_town_of_an_unknown_place_or_listed_twice_is_refused(tmp_path):
    towns = tmp_path / "towns.csv"
    lines = paths.TOWNS_CSV.read_text(encoding="utf-8").splitlines()
    lines.append("Шымкент,Шымкент,shymkent,https://example.kz")
    towns.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as err:
        load_towns(towns)
    message = str(err.value)
    assert f"towns.csv, line {len(lines)}, column 'place': 'shymkent' is not a place_id" in message
    assert "column 'name_ru': 'Шымкент' is listed twice" in message
    assert "shymkent_city" in message  # the valid ids are listed
