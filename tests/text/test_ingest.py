"""Ingest: review without changes, safe append, conflicts, idempotence and bad input.

Every test that could write works on a copy of the data folder in ``tmp_path``;
the project's ``data/figures.csv`` is never modified.
"""

from __future__ import annotations

import datetime as dt
import os
import stat

import pandas as pd
import pytest
from click.testing import CliRunner
from corpus import load_passages

from fraud_research import paths
from fraud_research.cli import main
from fraud_research.dataset import FIGURE_COLUMNS, load_figures
from fraud_research.dataset.schema import today
from fraud_research.errors import ParameterError
from fraud_research.text import (
    apply_records,
    extract_figures,
    format_proposal,
    ingest,
    proposal_json,
    propose_records,
    read_source,
    review_numbers,
)

SEED = paths.SOURCES_DIR / "turkestan-2025-akimat-press-release.txt"
URL = "https://example.kz/news/release"

ABAI_2025 = (
    "ИНТЕРНЕТ-МОШЕННИЧЕСТВО В ОБЛАСТИ АБАЙ\n"
    "По итогам 2025 года в области Абай зарегистрировано 1 245 фактов интернет-мошенничества, "
    "ущерб составил более 2,1 млрд тенге. Из них возмещено 300 млн тенге. "
    "Задержано 35 подозреваемых, по статье 190 УК возбуждены уголовные дела.\n"
    "Наиболее распространены схемы: звонки от имени сотрудников банков – 512 фактов, "
    "предоплата за товары по объявлениям – 401 факт, лже-инвестиции – 120 случаев.\n"
)


@pytest.fixture
def data(data_copy):
    """A copy of the data folder the package's default paths point at (``data_copy``)."""
    return data_copy


def _write(tmp_path, text: str, name: str = "release.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_release_is_already_present(data):
    before = (data / "figures.csv").read_bytes()
    result = ingest(SEED, place="turkestan", source_url=URL, apply=True)
    assert result["status"].tolist() == ["present"] * 8
    assert result["value"].tolist() == [843, 1_665_783_000, 340, 255, 98, 49, 47, 54]
    assert result["figure_id"].tolist()[:3] == [
        "turkestan-2025-cases",
        "turkestan-2025-damage",
        "turkestan-2025-cases-impersonation-call",
    ]
    assert (data / "figures.csv").read_bytes() == before
    assert sorted(p.name for p in (data / "sources").iterdir()) == [SEED.name]


def _review(tmp_path, text):
    """Run ``fraud-research ingest`` on ``text`` (Abai), without --apply; the CLI's result."""
    source = _write(tmp_path, text)
    result = CliRunner().invoke(
        main, ["ingest", str(source), "--place", "abai", "--source-url", URL]
    )
    assert result.exit_code == 0, result.output
    return result


def test_review_changes_nothing_and_shows_quotes(data, tmp_path):
    before = (data / "figures.csv").read_bytes()
    result = _review(tmp_path, ABAI_2025)
    assert "abai-2025-cases" in result.output
    assert "«звонки от имени сотрудников банков – 512 фактов»" in result.output
    assert "Nothing was changed" in result.output
    assert (data / "figures.csv").read_bytes() == before
    assert not (data / "sources" / "release.txt").exists()


def test_review_shows_vague_numbers_without_a_value(data, tmp_path):
    # «десятки миллионов тенге» beside a figure made the review crash (NaN to int)
    text = (
        "В 2025 году зарегистрировано 843 факта интернет-мошенничества, ущерб составил десятки "
        "миллионов тенге. Жертвами стали десятки тысяч человек. Мошенники похитили 5 млн тенге."
    )
    result = _review(tmp_path, text)
    assert "  a vague amount in KZT  «В 2025 году" in result.output
    assert "  a vague count  «Жертвами стали десятки тысяч человек.»" in result.output


def test_apply_appends_valid_records_and_archives_source(data, tmp_path):
    before = (data / "figures.csv").read_text(encoding="utf-8")
    source = _write(tmp_path, ABAI_2025)
    result = CliRunner().invoke(
        main,
        ["ingest", str(source), "--place", "abai", "--source-url", URL,
         "--published", "2026-01-20", "--apply"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    after = (data / "figures.csv").read_text(encoding="utf-8")
    assert after.startswith(before)  # existing rows kept byte for byte
    figures = load_figures(data / "figures.csv")
    added = figures[figures["place"] == "abai"].set_index("figure_id")
    assert added.loc["abai-2025-cases", "value"] == 1245
    assert added.loc["abai-2025-damage", ["value", "qualifier"]].tolist() == [
        2_100_000_000,
        "at_least",
    ]
    assert added.loc["abai-2025-cases-impersonation-call", "value"] == 512
    assert added.loc["abai-2025-cases-prepayment", "value"] == 401
    assert added.loc["abai-2025-cases-fake-investment", "value"] == 120
    row = added.loc["abai-2025-cases"]
    assert (row["period_kind"], str(row["period_start"].date()), str(row["period_end"].date())) == (
        "full_year",
        "2025-01-01",
        "2025-12-31",
    )
    assert row["scope"] == "internet_fraud" and row["language"] == "ru"
    assert str(row["published"].date()) == "2026-01-20"
    assert (data / "sources" / "release.txt").read_text(encoding="utf-8") == ABAI_2025
    assert "data/sources/release.txt" in row["note"]
    # 300 mln returned and 35 detained are not records
    assert 300_000_000 not in added["value"].tolist() and 35 not in added["value"].tolist()
    assert len(after.splitlines()) == len(before.splitlines()) + 5
    assert after.endswith("\n") and "\r" not in after


def test_applying_twice_adds_nothing(data, tmp_path):
    source = _write(tmp_path, ABAI_2025)
    first = ingest(source, place="abai", source_url=URL, apply=True)
    assert (first["status"] == "added").sum() == 5
    snapshot = (data / "figures.csv").read_bytes()
    second = ingest(source, place="abai", source_url=URL, apply=True)
    assert second["status"].tolist() == ["present"] * 5
    assert (data / "figures.csv").read_bytes() == snapshot
    assert sorted(p.name for p in (data / "sources").iterdir()) == sorted(
        [SEED.name, "release.txt"]
    )


def test_disagreeing_figure_is_added_beside_as_conflict(data, tmp_path):
    text = (
        "По итогам 2025 года в Туркестанской области зарегистрировано 850 фактов "
        "интернет-мошенничества."
    )
    source = _write(tmp_path, text, "other-outlet.txt")
    result = ingest(source, place="turkestan", source_url=URL, apply=True)
    assert result[["figure_id", "status", "value"]].values.tolist() == [
        ["turkestan-2025-cases-3", "conflict", 850]
    ]
    assert "turkestan-2025-cases" in result["existing_ids"].iloc[0]
    figures = load_figures(data / "figures.csv").set_index("figure_id")
    assert figures.loc["turkestan-2025-cases", "value"] == 843  # untouched
    assert figures.loc["turkestan-2025-cases-3", "value"] == 850
    assert "conflicts with turkestan-2025-cases" in figures.loc["turkestan-2025-cases-3", "note"]
    again = ingest(source, place="turkestan", source_url=URL, apply=True)
    assert again["status"].tolist() == ["present"]


def test_nine_months_period_from_text(data):
    proposal = propose_records(
        "За 9 месяцев 2025 года в области зарегистрировано 789 фактов интернет-мошенничества.",
        place="kostanay",
        source_url=URL,
    )
    row = proposal.iloc[0]
    assert (row["period_kind"], row["period_start"], row["period_end"], row["year"]) == (
        "months",
        "2025-01-01",
        "2025-09-30",
        "2025",
    )
    assert row["period_label"] == "2025 (9 months)"


def test_unstated_period_needs_year_and_kind(data):
    text = "С начала года в области зарегистрировано 120 фактов интернет-мошенничества."
    with pytest.raises(ParameterError, match="cannot tell the period from 'С начала года'"):
        propose_records(text, place="abai", source_url=URL)
    proposal = propose_records(
        text, place="abai", source_url=URL, year=2026, period_kind="year_to_date"
    )
    assert proposal[["figure_id", "period_kind", "year"]].values.tolist() == [
        ["abai-2026-cases", "year_to_date", "2026"]
    ]


def test_damage_in_other_currency_is_skipped_with_reason(data, tmp_path):
    text = "По итогам 2025 года мошенники похитили 15 млн рублей."
    proposal = propose_records(text, place="abai", source_url=URL)
    assert proposal[["status", "value"]].values.tolist() == [["skipped", 15_000_000]]
    assert "damage in RUB; only tenge (KZT)" in proposal["reason"].iloc[0]
    assert apply_records(proposal, text=text).empty
    assert list(FIGURE_COLUMNS) == list(apply_records(proposal, text=text).columns)


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", ["--place", "abai"], "the file is empty; expected the text of a press release"),
        (b"  \n ", ["--place", "abai"], "the file is empty"),
        ("Текст".encode("cp1251"), ["--place", "abai"], "not valid UTF-8 (byte 0)"),
        (
            "Профилактика мошенничества — общее дело.".encode(),
            ["--place", "abai"],
            "no figures found",
        ),
        (
            ABAI_2025.encode(),
            ["--place", "atlantis"],
            "unknown place 'atlantis' for parameter '--place'; valid ids: abai, akmola",
        ),
        (ABAI_2025.encode(), ["--place", "abai", "--published", "20.01.2026"], "not an ISO date"),
        (  # a saved web page: «1&nbsp;млрд» would be read as a count of 1
            f"<html>\n<body><p>{ABAI_2025.replace(' ', '&nbsp;', 3)}</p></body></html>".encode(),
            ["--place", "abai"],
            "line 1 holds HTML ('<html>'); ingest reads plain text",
        ),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(data, tmp_path, content, args, message):
    before = (data / "figures.csv").read_bytes()
    source = tmp_path / "input.txt"
    source.write_bytes(content)
    result = CliRunner().invoke(
        main, ["ingest", str(source), "--source-url", URL, "--apply", *args]
    )
    assert result.exit_code == 2
    assert message in result.output
    assert (data / "figures.csv").read_bytes() == before
    assert sorted(p.name for p in (data / "sources").iterdir()) == [SEED.name]


def test_bad_source_url(data, tmp_path):
    with pytest.raises(ParameterError, match="is not an http\\(s\\) address"):
        propose_records(ABAI_2025, place="abai", source_url="gurk.kz/news")


def test_missing_file(tmp_path):
    with pytest.raises(ParameterError, match="file not found"):
        read_source(tmp_path / "nope.txt")


def test_kazakh_release(data):
    text = (
        "2025 жылы облыста интернет-алаяқтыққа қатысты 1 120 қылмыс дерегі тіркелді, "
        "жәбірленушілерге 900 млн теңгеден астам шығын келтірілді."
    )
    proposal = propose_records(text, place="zhambyl", source_url=URL)
    assert proposal[["figure_id", "value", "qualifier", "language"]].values.tolist() == [
        ["zhambyl-2025-cases", 1120, "exact", "kk"],
        ["zhambyl-2025-damage", 900_000_000, "at_least", "kk"],
    ]


def test_relative_periods_use_the_publication_date(data):
    proposal = propose_records(
        "В прошлом году зарегистрировано 1 512 фактов интернет-мошенничества. "
        "С начала года уже 143 случая, ущерб – около 90 млн тенге.",
        place="abai",
        source_url=URL,
        published="2026-03-02",
    )
    assert proposal[["figure_id", "period_kind", "year", "value", "qualifier"]].values.tolist() == [
        ["abai-2025-cases", "full_year", "2025", 1512, "exact"],
        ["abai-2026-cases", "year_to_date", "2026", 143, "exact"],
        ["abai-2026-damage", "year_to_date", "2026", 90_000_000, "approx"],
    ]


def test_the_same_period_a_year_earlier_gets_that_period(data):
    # АППГ: «аналогичный период прошлого года», the ten months of 2024
    proposal = propose_records(
        "За 10 месяцев 2025 года зарегистрировано 2 134 уголовных правонарушения в сфере "
        "интернет-мошенничества (АППГ – 1 802).",
        place="abai",
        source_url=URL,
    )
    assert proposal[["status", "value", "year", "period_end", "period_label"]].values.tolist() == [
        ["new", 2134, "2025", "2025-10-31", "2025 (10 months)"],
        ["new", 1802, "2024", "2024-10-31", "2024 (10 months), a year earlier"],
    ]
    assert (
        proposal["note"]
        .iloc[1]
        .endswith("period from «За 10 месяцев 2025 года»; a year earlier than that period")
    )


def test_a_release_in_the_jambyl_style_gives_its_figures_and_periods(data):
    # abbreviated year, a bracketed figure a year earlier, scheme items named with «мошенничество»
    # (no second scope of the text) and a damage sentence without a scope word of its own
    proposal = propose_records(
        "Департамент полиции подвёл итоги работы за январь–сентябрь 2025 г. С начала года "
        "зарегистрировано 1 118 (1 264) фактов интернет-мошенничества. Жители области перевели "
        "мошенникам свыше 1,9 млрд тенге. Схемы: звонки от имени сотрудников банков – 402, "
        "мошенничество при покупке товаров на маркетплейсах – 318.",
        place="zhambyl",
        source_url=URL,
        published="2025-10-08",
    )
    assert proposal[["status", "value", "qualifier", "year", "scheme"]].values.tolist() == [
        ["new", 1118, "exact", "2025", ""],
        ["new", 1264, "exact", "2024", ""],
        ["new", 1_900_000_000, "at_least", "2025", ""],
        ["new", 402, "exact", "2025", "impersonation_call"],
        ["new", 318, "exact", "2025", "prepayment"],
    ]
    assert proposal["period_label"].iloc[1].endswith("a year earlier")


def test_figures_of_districts_and_other_regions_are_skipped_with_the_place(data):
    proposal = propose_records(
        "По итогам 2025 года в Туркестанской области зарегистрировано 843 факта "
        "интернет-мошенничества. Больше всего их в Сарыагашском районе — 120 фактов, в городе "
        "Кентау — 41 факт. В соседней Жамбылской области зарегистрировано 512 фактов.",
        place="turkestan",
        source_url=URL,
    )
    assert proposal[["value", "status"]].values.tolist() == [
        [843, "present"],
        [120, "skipped"],
        [41, "skipped"],
        [512, "skipped"],
    ]
    reasons = proposal["reason"].tolist()
    assert "counts another place or a part of it («Сарыагашском районе»)" in reasons[1]
    assert "«городе Кентау»" in reasons[2] and "«Жамбылской области»" in reasons[3]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "По итогам 2025 года в Кокшетау зарегистрировано 612 фактов интернет-мошенничества, "
            "в Степногорске – 98.",
            "«в Кокшетау»",
            "«в Степногорске»",
        ),
        (
            "2025 жылы Көкшетау қаласында интернет-алаяқтықтың 612 дерегі тіркелген, "
            "Степногорскіде – 98.",
            "«Көкшетау қаласында»",
            "«Степногорскіде»",
        ),
    ],
)
def test_a_town_the_registry_does_not_list_is_its_own_items_place(data, text, first, second):
    proposal = propose_records(text, place="akmola", source_url=URL)
    assert proposal[["value", "status"]].values.tolist() == [[612, "skipped"], [98, "skipped"]]
    assert first in proposal["reason"].iloc[0]
    assert second in proposal["reason"].iloc[1]


def test_a_kazakh_month_before_a_dash_is_no_town():
    text = "Облыста 2025 жылы интернет-алаяқтықтың 612 дерегі тіркелген. Қарашада – 98."
    assert extract_figures(text)["place_text"].tolist() == ["", ""]


def test_a_release_of_another_country_is_never_filed_under_a_kazakh_place(data):
    # a Kyrgyz release reads like a Kazakh one: its counts are skipped, with the country named
    text = (
        "В Кыргызстане за 11 месяцев 2025 года зарегистрировано 4 217 фактов мошенничества с "
        "использованием IT-технологий. Больше всего преступлений зафиксировано в Бишкеке – 2 140."
    )
    proposal = propose_records(text, place="kazakhstan", source_url=URL, published="2025-12-05")
    assert proposal[["value", "status"]].values.tolist() == [[4217, "skipped"], [2140, "skipped"]]
    assert all("another country («Кыргызстане»)" in r for r in proposal["reason"])
    # a Kazakh release that mentions another country keeps its figures
    text = (
        "За 11 месяцев 2025 года в Жамбылской области зарегистрировано 4 217 фактов "
        "интернет-мошенничества; звонки часто поступают с номеров России."
    )
    proposal = propose_records(text, place="zhambyl", source_url=URL, published="2025-12-05")
    assert proposal[["value", "status"]].values.tolist() == [[4217, "new"]]


def test_the_districts_together_are_a_part_and_a_schemes_word_is_no_scope_of_the_text(data):
    text = (
        "За январь–сентябрь 2025 года жертвами интернет-мошенников стали 623 жителя области. "
        "Зарегистрировано 641 уголовное правонарушение. Рост отмечается по фактам "
        "«инвестиционного» мошенничества: 97 против 41. В районах области – 239 фактов."
    )
    proposal = propose_records(text, place="north_kazakhstan", source_url=URL)
    rows = proposal[["value", "scope", "status"]].values.tolist()
    # 641 counts internet fraud, as the text says: «мошенничества» names the scheme's kind only
    assert rows[0] == [641, "internet_fraud", "new"]
    assert rows[-1] == [239, "internet_fraud", "skipped"]
    assert "«В районах области»" in proposal["reason"].iloc[-1]


@pytest.mark.parametrize(
    "text",
    [
        "2019 жылы облыста 900 интернет-алаяқтық дерегі тіркелді.",
        "Биыл облыста 900 интернет-алаяқтық дерегі тіркелді.",
        "Былтыр облыста 900 интернет-алаяқтық дерегі тіркелді.",
        "Биыл жалпы облыс бойынша 900 интернет-алаяқтық дерегі тіркелді.",
        # a Russian region is named by an adjective: «Жители области» is the region's people
        "В 2019 году жители области потеряли от интернет-мошенничества 900 млн тенге.",
        "Жители области в 2019 году потеряли от интернет-мошенничества 900 млн тенге.",
        "Полиция области в 2019 году зарегистрировала 900 фактов интернет-мошенничества.",
    ],
)
def test_a_sentence_opening_word_before_the_region_is_no_place_name(data, text):
    # «Биыл облыста» is «this year in the region», not a region called «Биыл»
    proposal = propose_records(text, place="turkestan", source_url=URL, published="2019-12-20")
    assert proposal["status"].tolist() == ["new"]


_COUNTRY = (
    "В целом по Казахстану по итогам 2019 года зарегистрировано 20 500 фактов "
    "интернет-мошенничества."
)
_TOWN = "По итогам 2019 года в Шымкенте зарегистрировано 2 500 фактов интернет-мошенничества."
_RESIDENTS = (
    "По итогам 2019 года ущерб жителям Шымкента от интернет-мошенничества — 1,1 млрд тенге."
)
_RESIDENTS_KK = "2019 жылы Шымкент тұрғындары алаяқтарға 1,1 млрд теңге аударған."


@pytest.mark.parametrize(
    ("text", "place", "status", "phrase"),
    [
        # a figure of the whole country is the country's
        (_COUNTRY, "kazakhstan", "new", ""),
        (_COUNTRY, "turkestan", "skipped", "«по Казахстану»"),
        (_COUNTRY, "almaty_city", "skipped", "«по Казахстану»"),
        # a town named without a marker word is its place
        (_TOWN, "shymkent_city", "new", ""),
        (_TOWN, "turkestan", "skipped", "«в Шымкенте»"),
        (_TOWN, "kazakhstan", "skipped", "«в Шымкенте»"),
        # or after its residents
        (_RESIDENTS, "turkestan", "skipped", "«жителям Шымкента»"),
        (_RESIDENTS, "shymkent_city", "new", ""),
        (_RESIDENTS_KK, "turkestan", "skipped", "«Шымкент тұрғындары»"),
    ],
)
def test_a_country_or_town_named_without_a_marker_word_is_its_place(
    data, text, place, status, phrase
):
    proposal = propose_records(text, place=place, source_url=URL)
    assert proposal["status"].tolist() == [status]
    if status == "skipped":
        assert phrase in proposal["reason"].item()


_LIST = (
    "По итогам 2025 года в Казахстане зарегистрировано 20 500 фактов интернет-мошенничества. "
    "Больше всего фактов в Алматы (3 412), Астане (2 100) и Карагандинской области (1 230). "
    "Меньше всего – в Улытауской области (95)."
)


_DASH_LIST = (
    "В 2025 году в Казахстане зарегистрировано 20 500 фактов интернет-мошенничества: в Алматы – "
    "3 412, в Астане – 2 100. Ең азы Ұлытау облысында – 95."
)
_NAMES_LIST = (
    "В 2025 году в Казахстане зарегистрировано 20 500 фактов интернет-мошенничества. Больше "
    "всего фактов: Алматы – 3 412, Астана – 2 100, Шымкент (1 500). Ақтөбе – 1 334."
)


@pytest.mark.parametrize(
    ("text", "place", "value"),
    [
        (_LIST, "kazakhstan", 20_500),
        (_LIST, "astana_city", 2_100),
        (_LIST, "karaganda", 1_230),
        (_LIST, "ulytau", 95),
        (_DASH_LIST, "kazakhstan", 20_500),
        (_DASH_LIST, "almaty_city", 3_412),
        (_DASH_LIST, "ulytau", 95),
        # names alone before a dash or a bracket: never the country's or another town's
        (_NAMES_LIST, "kazakhstan", 20_500),
        (_NAMES_LIST, "astana_city", 2_100),
        (_NAMES_LIST, "shymkent_city", 1_500),
    ],
)
def test_each_place_of_a_list_gets_its_own_figure_only(data, text, place, value):
    # «в Алматы (3 412), Астане (2 100)», «: в Алматы – 3 412»: the marker word is printed once
    # for the list, a colon ends the total's clause; an item may have no case noun of its own
    proposal = propose_records(text, place=place, source_url=URL, published="2026-01-20")
    assert len(proposal) == {_LIST: 5, _DASH_LIST: 4, _NAMES_LIST: 5}[text]
    assert proposal.loc[proposal["status"] != "skipped", "value"].tolist() == [value]


@pytest.mark.parametrize(
    ("place", "status"),
    [("almaty_city", "new"), ("almaty_region", "skipped"), ("kazakhstan", "skipped")],
)
def test_a_city_owns_its_name_a_region_and_the_country_do_not(data, place, status):
    proposal = propose_records(
        "По итогам 2019 года в городе Алматы зарегистрировано 2 500 фактов интернет-мошенничества.",
        place=place,
        source_url=URL,
    )
    assert proposal["status"].tolist() == [status]


def test_a_year_earlier_figure_is_added_under_its_year(data, tmp_path):
    source = _write(
        tmp_path,
        "По итогам 2025 года в области зарегистрировано 1 204 факта интернет-мошенничества "
        "против 1 010 годом ранее.",
    )
    result = ingest(source, place="abai", source_url=URL, apply=True)
    assert result[["figure_id", "status", "year"]].values.tolist() == [
        ["abai-2025-cases", "added", "2025"],
        ["abai-2024-cases", "added", "2024"],
    ]
    added = load_figures(data / "figures.csv").set_index("figure_id")
    row = added.loc["abai-2024-cases"]
    assert (row["value"], row["year"], str(row["period_end"].date())) == (1010, 2024, "2024-12-31")


def test_a_week_is_never_filed_under_a_year_a_month_is_its_month(data):
    proposal = propose_records(
        "За прошедшую неделю в области зарегистрировано 40 фактов интернет-мошенничества. "
        "В январе 2026 года зарегистрировано 140 фактов интернет-мошенничества.",
        place="abai",
        source_url=URL,
        year=2026,
        period_kind="year_to_date",
    )
    assert proposal[["value", "status", "period_label"]].values.tolist() == [
        [40, "skipped", ""],
        [140, "new", "2026 (January)"],
    ]
    assert "shorter than a month" in proposal["reason"].iloc[0]


def test_a_count_read_as_one_schemes_is_never_filed_as_the_total(data):
    proposal = propose_records(
        "В 2019 году зарегистрировано 523 факта интернет-мошенничества, в 39 случаях потерпевшие "
        "переводили деньги под предлогом заработка на отзывах.",
        place="abai",
        source_url=URL,
    )
    assert proposal[["value", "status", "scheme"]].values.tolist() == [
        [523, "new", ""],
        [39, "skipped", ""],
    ]
    assert (
        "scheme wording «случаях под предлогом заработка на отзывах» is not in the taxonomy"
        in proposal["reason"].iloc[1]
    )


def test_several_years_together_are_never_filed_under_one_year(data):
    proposal = propose_records(
        "За последние пять лет жители области потеряли от интернет-мошенничества 22 млрд тенге. "
        "В 2019 году зарегистрировано 523 факта интернет-мошенничества.",
        place="abai",
        source_url=URL,
        year=2025,
        period_kind="full_year",
    )
    assert proposal[["value", "status"]].values.tolist() == [
        [22_000_000_000, "skipped"],
        [523, "new"],
    ]
    assert "covers several years together" in proposal["reason"].iloc[0]


def test_last_year_beside_months_is_filed_as_those_months_a_year_earlier(data):
    # beside ten months, «в прошлом году» is the same ten months a year earlier, as releases compare
    proposal = propose_records(
        "За 10 месяцев 2025 года зарегистрировано 2 134 уголовных правонарушения в сфере "
        "интернет-мошенничества (в прошлом году – 1 802).",
        place="abai",
        source_url=URL,
    )
    assert proposal[["status", "value", "period_start", "period_end"]].values.tolist() == [
        ["new", 2134, "2025-01-01", "2025-10-31"],
        ["new", 1802, "2024-01-01", "2024-10-31"],
    ]


def test_comparison_with_unstated_period_is_skipped(data):
    # «за прошлый год» names the whole previous year, which only a publication date can place
    proposal = propose_records(
        "За 10 месяцев 2025 года зарегистрировано 2 134 уголовных правонарушения в сфере "
        "интернет-мошенничества (за прошлый год – 2 301).",
        place="abai",
        source_url=URL,
    )
    assert proposal[["status", "value", "period_end"]].values.tolist() == [
        ["new", 2134, "2025-10-31"],
        ["skipped", 2301, ""],
    ]
    assert "cannot tell the period from 'за прошлый год'" in proposal["reason"].iloc[1]


def test_period_from_january_to_a_month():
    from fraud_research.text import resolve_period

    assert resolve_period("с января по октябрь 2026 года") == {
        "year": "2026",
        "period_kind": "months",
        "period_start": "2026-01-01",
        "period_end": "2026-10-31",
        "period_label": "2026 (10 months)",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("С 1 января по 30 сентября 2025 года зарегистрировано 512 интернет-мошенничеств.",
         ("2025", "months", "2025-01-01", "2025-09-30", "2025 (9 months)")),
        ("С 1 января по 15 октября 2025 года зарегистрировано 512 интернет-мошенничеств.",
         ("2025", "months", "2025-01-01", "2025-10-15", "2025 (1 January to 15 October)")),
        ("По состоянию на 1 октября 2025 года зарегистрировано 640 фактов интернет-мошенничества.",
         ("2025", "year_to_date", "", "", "2025 (year to date: По состоянию на 1 октября 2025 года)")),
        # counted up to 1 January: the whole year before
        ("По состоянию на 1 января 2026 года зарегистрировано 900 фактов интернет-мошенничества.",
         ("2025", "full_year", "2025-01-01", "2025-12-31", "2025 (full year)")),
    ],
)  # fmt: skip
def test_periods_from_dates_and_as_of_a_date(text, expected):
    from fraud_research.text import extract_figures, resolve_period

    period = resolve_period(extract_figures(text)["period_text"].item())
    fields = ("year", "period_kind", "period_start", "period_end", "period_label")
    assert tuple(period[f] for f in fields) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025 жылдың 1 қаңтарынан 15 қазанына дейін 512 интернет-алаяқтық дерегі тіркелді.",
         ("2025", "months", "2025-01-01", "2025-10-15")),
        ("2025 жылдың 1 қазанындағы жағдай бойынша 640 интернет-алаяқтық дерегі тіркелген.",
         ("2025", "year_to_date", "", "")),
        ("Биыл 9 айда облыста 700-ге жуық интернет-алаяқтық тіркелді.",
         ("2025", "months", "2025-01-01", "2025-09-30")),
        ("Өткен жылдың 10 айында 650 интернет-алаяқтық тіркелді.",
         ("2024", "months", "2024-01-01", "2024-10-31")),
        ("За 9 месяцев текущего года зарегистрировано 843 факта интернет-мошенничества.",
         ("2025", "months", "2025-01-01", "2025-09-30")),
        ("Ағымдағы жылы интернет-алаяқтықтан келген шығын 2 миллиард теңгені құрады.",
         ("2025", "year_to_date", "", "")),
        ("2025 jyly oblysta 843 internet-alaıaqtyq derek tirkeldi.",  # Kazakh in Latin script
         ("2025", "full_year", "2025-01-01", "2025-12-31")),
    ],
)  # fmt: skip
def test_periods_relative_to_publication_and_kazakh_dates(text, expected):
    from fraud_research.text import extract_figures, resolve_period

    period = resolve_period(extract_figures(text)["period_text"].item(), published="2025-10-10")
    assert (
        tuple(period[f] for f in ("year", "period_kind", "period_start", "period_end")) == expected
    )


def test_months_of_this_year_not_yet_passed_need_the_year():
    from fraud_research.text import resolve_period

    with pytest.raises(ParameterError, match="cannot tell the period"):
        resolve_period("за 11 месяцев текущего года", published="2025-10-10")


def test_unknown_scheme_wording_is_skipped_never_a_total(data, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(
        "По итогам 2026 года зарегистрировано 900 фактов интернет-мошенничества. Из них "
        "звонки от имени сотрудников банков – 300 фактов, сбор денег на ложную благотворительность "
        "– 70 фактов.",
        encoding="utf-8",
    )
    before = (data / "figures.csv").read_bytes()
    result = ingest(release, place="turkestan", source_url=URL, apply=False)
    by_value = result.set_index("value")
    assert (
        by_value.loc[900, "status"] == "new" and by_value.loc[300, "scheme"] == "impersonation_call"
    )
    assert by_value.loc[70, "status"] == "skipped"
    assert "is not in the taxonomy" in by_value.loc[70, "reason"]
    assert (data / "figures.csv").read_bytes() == before


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("По итогам 2025 года", None, ("2024", "full_year", "2024-01-01", "2024-12-31")),
        ("за 2 месяца 2024 года", None, ("2023", "months", "2023-01-01", "2023-02-28")),
        ("с начала года", "2026-05-04", ("2025", "year_to_date", "", "")),
        ("в прошлом году", "2026-01-11", ("2024", "full_year", "2024-01-01", "2024-12-31")),
    ],
)
def test_a_year_earlier_moves_the_period_back_one_year(phrase, published, expected):
    from fraud_research.text import resolve_period

    period = resolve_period(phrase, published=published, year_earlier=True)
    fields = ("year", "period_kind", "period_start", "period_end")
    assert tuple(period[f] for f in fields) == expected
    assert period["period_label"].startswith(expected[0])
    assert period["period_label"].endswith(", a year earlier")


def test_a_year_earlier_of_a_leap_february_ends_on_the_28th():
    from fraud_research.text import resolve_period

    period = resolve_period("за 2 месяца 2028 года", year_earlier=True)
    assert (period["period_start"], period["period_end"]) == ("2027-01-01", "2027-02-28")


@pytest.mark.parametrize(
    ("phrase", "published", "start", "end"),
    [
        ("2026 жылдың қаңтар-наурыз айларында", None, "2026-01-01", "2026-03-31"),
        ("за первый квартал текущего года", "2026-04-10", "2026-01-01", "2026-03-31"),
        ("за второй квартал 2025 года", None, "2025-04-01", "2025-06-30"),
        ("за первое полугодие 2025 года", None, "2025-01-01", "2025-06-30"),
        ("In the first nine months of 2026", None, "2026-01-01", "2026-09-30"),
    ],
)
def test_parts_of_a_year(phrase, published, start, end):
    from fraud_research.text import resolve_period

    period = resolve_period(phrase, published=published)
    assert (period["period_kind"], period["period_start"], period["period_end"]) == (
        "months",
        start,
        end,
    )


# --------------------------------------------------------------------------- refusals
# Each refusal: exit status 2, one line naming what is wrong and what to do, and no byte
# changed under data/ (the copy in ``tmp_path``; the project's data/ is never touched).


def _snapshot(data):
    """Every file under the data folder with its bytes and permission bits."""
    return {
        p.relative_to(data): (
            p.read_bytes() if p.is_file() else None,
            stat.S_IMODE(p.stat().st_mode),
        )
        for p in sorted(data.rglob("*"))
    }


def _apply(source, *options):
    return CliRunner().invoke(
        main,
        ["ingest", str(source), "--place", "abai", "--source-url", URL, *options, "--apply"],
    )


def _error_line(result) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output  # one line, no traceback
    return lines[0]


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o640], ids=oct)
def test_apply_keeps_the_mode_of_the_dataset(data, tmp_path, mode):
    figures = data / "figures.csv"
    figures.chmod(mode)
    result = _apply(_write(tmp_path, ABAI_2025))
    assert result.exit_code == 0, result.output
    assert "abai-2025-cases" in figures.read_text(encoding="utf-8")
    assert stat.S_IMODE(figures.stat().st_mode) == mode
    # a new archived text gets the mode of any new file (0666 less the umask), not 0600
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE((data / "sources" / "release.txt").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o464], ids=oct)
def test_apply_refuses_a_read_only_dataset(data, tmp_path, mode):
    figures = data / "figures.csv"
    figures.chmod(mode)
    before = _snapshot(data)
    try:
        result = _apply(_write(tmp_path, ABAI_2025))
    finally:
        after = _snapshot(data)
        figures.chmod(0o644)
    assert result.exit_code == 2
    assert _error_line(result) == (
        f"Error: {figures}: the file is read-only (mode {mode:04o}), so nothing was written; "
        f"make it writable (chmod u+w {figures}) and run again"
    )
    assert after == before  # neither the dataset nor an archived text under sources/


@pytest.mark.parametrize("folder", ["sources", "."])
def test_apply_refuses_a_read_only_folder(data, tmp_path, folder):
    target = (data / folder).resolve()
    target.chmod(0o555)
    before = _snapshot(data)
    try:
        result = _apply(_write(tmp_path, ABAI_2025))
    finally:
        after = _snapshot(data)
        target.chmod(0o755)
    assert result.exit_code == 2
    assert _error_line(result) == (
        f"Error: {target}: the folder is read-only (mode 0555), so nothing was written; "
        f"make it writable (chmod u+w {target}) and run again"
    )
    assert after == before


def test_review_and_nothing_to_add_work_on_a_read_only_dataset(data, tmp_path):
    figures = data / "figures.csv"
    figures.chmod(0o444)
    before = _snapshot(data)
    try:
        review = CliRunner().invoke(
            main, ["ingest", str(_write(tmp_path, ABAI_2025)), "--place", "abai",
                   "--source-url", URL],
        )  # fmt: skip
        present = CliRunner().invoke(
            main, ["ingest", str(SEED), "--place", "turkestan", "--source-url", URL, "--apply"]
        )
    finally:
        after = _snapshot(data)
        figures.chmod(0o644)
    assert review.exit_code == 0, review.output
    assert present.exit_code == 0, present.output
    assert "0 record(s) written" in present.output
    assert after == before


def test_published_in_the_future_is_refused(data, tmp_path):
    source = _write(tmp_path, ABAI_2025)
    before = _snapshot(data)
    # the package's today (UTC+14), not the machine's: after 10:00 UTC they differ by a day
    future = today() + dt.timedelta(days=2)
    result = _apply(source, "--published", future.isoformat())
    assert result.exit_code == 2
    assert _error_line(result) == (
        f"Error: --published {future} is in the future (today is {today()}); give "
        "the date the text was published, today or earlier"
    )
    assert _snapshot(data) == before
    # today itself is a valid publication date
    accepted = _apply(source, "--published", dt.date.today().isoformat())
    assert accepted.exit_code == 0, accepted.output


def test_a_figure_after_its_publication_date_is_refused(data, tmp_path):
    source = _write(tmp_path, ABAI_2025.replace("2025", "2027"))
    before = _snapshot(data)
    result = _apply(source, "--published", "2026-01-20")
    assert result.exit_code == 2
    line = _error_line(result)
    assert line.startswith(
        "Error: the proposed figure cases_registered 1245 for 2027 (full year) («По итогам 2027 "
        "года в области Абай зарегистрировано 1 245 фактов интернет-мош...») begins after"
    )
    assert line.endswith(
        "begins after its publication date --published 2026-01-20: a text can only report a "
        "period that had begun when it was published; correct --published, or check the "
        "period the text states"
    )
    assert _snapshot(data) == before


@pytest.mark.parametrize(
    ("published", "ok"), [("2026-03-31", False), ("2026-04-01", True), ("2026-07-10", True)]
)
def test_a_period_must_have_begun_when_the_text_was_published(data, published, ok):
    text = "За второй квартал 2026 года зарегистрировано 300 фактов интернет-мошенничества."
    if ok:
        proposal = propose_records(text, place="abai", source_url=URL, published=published)
        assert proposal["period_start"].tolist() == ["2026-04-01"]
    else:
        with pytest.raises(ParameterError, match=r"for 2026 \(months 4-6\) .* begins after"):
            propose_records(text, place="abai", source_url=URL, published=published)


def test_without_a_publication_date_a_figure_cannot_be_after_today(data):
    year = dt.date.today().year + 2
    text = f"В {year} году зарегистрировано 300 фактов интернет-мошенничества."
    with pytest.raises(ParameterError, match=r"begins after today \(.*\), and no --published"):
        propose_records(text, place="abai", source_url=URL)


# --------------------------------------------------------------------------- long texts
def test_a_repeated_scheme_list_is_quoted_item_by_item_each_time(data):
    paragraph = (
        "В 2025 году зарегистрировано 900 фактов интернет-мошенничества. Из них звонки от "
        "имени сотрудников банков – 512 фактов, предоплата за товары по объявлениям – 401 факт.\n"
    )
    proposal = propose_records(paragraph * 2, place="abai", source_url=URL)
    assert (
        proposal["quote"].tolist()[4:6]
        == proposal["quote"].tolist()[1:3]
        == [
            "Из них звонки от имени сотрудников банков – 512 фактов",
            "предоплата за товары по объявлениям – 401 факт",
        ]
    )


def test_a_scheme_item_is_quoted_past_a_decimal_comma(data):
    text = (
        "В 2025 году зарегистрировано 1 146 фактов интернет-мошенничества. Из них:\n"
        "— «инвестиционные» схемы – 131 (11,4%), ущерб по ним превысил 780 млн тенге;\n"
        "— прочие – 209."
    )
    proposal = propose_records(text, place="pavlodar", source_url=URL)
    quotes = proposal.set_index("value")["quote"]
    assert quotes[131] == "«инвестиционные» схемы – 131 (11,4%)"
    assert quotes[209] == "прочие – 209"


def _abai_2025_told_again(k: int) -> str:
    """The Abai release with its figures changed by ``k`` (a figure told twice is one record)."""
    return (
        ABAI_2025.replace("1 245", str(1245 + k))
        .replace("2,1 млрд", f"{2100 + k} млн")
        .replace("512", str(512 + k))
        .replace("401", str(401 + k))
        .replace("120 случаев", f"{120 + k} случаев")
    )


def test_figure_ids_of_a_long_release_stay_unique(data):
    text = "".join(_abai_2025_told_again(k) for k in range(30))
    proposal = propose_records(text, place="abai", source_url=URL)
    ids = proposal["figure_id"].tolist()
    assert len(ids) == len(set(ids)) == 150
    assert ids[:5] == [
        "abai-2025-cases",
        "abai-2025-damage",
        "abai-2025-cases-impersonation-call",
        "abai-2025-cases-prepayment",
        "abai-2025-cases-fake-investment",
    ]
    assert ids[-5:] == [
        "abai-2025-cases-30",
        "abai-2025-damage-30",
        "abai-2025-cases-impersonation-call-30",
        "abai-2025-cases-prepayment-30",
        "abai-2025-cases-fake-investment-30",
    ]


def test_review_of_a_long_release(data):
    seed = SEED.read_text(encoding="utf-8")
    proposal = propose_records("\n".join([seed] * 40), place="turkestan", source_url=URL)
    assert proposal["status"].tolist() == ["present"] * 8 * 40
    assert proposal["value"].tolist()[-8:] == [843, 1_665_783_000, 340, 255, 98, 49, 47, 54]


def test_the_review_of_every_corpus_passage_with_a_vague_number_is_shown():
    # «десятки миллионов тенге» has no value: the review printed it as int(NaN) and crashed
    # on 27 passages of the extraction corpus
    vague = [p for p in load_passages() if any(n["value"] is None for n in p.numbers)]
    assert len(vague) >= 20
    empty = pd.DataFrame(columns=["role"])
    for passage in vague:
        numbers = review_numbers(passage.text)
        not_proposed = numbers[numbers["status"] != "proposed"]
        shown = format_proposal(empty, not_proposed)
        assert " nan " not in shown.lower(), passage.id
        assert "NaN" not in proposal_json(empty, not_proposed), passage.id


def test_a_figure_the_text_tells_again_is_proposed_once(data):
    # «Из 1 102 интернет-мошенничеств раскрыто 297» restates the 1 102 of the sentence before
    text = (
        "Всего в Костанайской области с начала года зарегистрировано 1 480 мошенничеств, из них "
        "1 102 совершены с использованием интернета и средств связи. Из 1 102 "
        "интернет-мошенничеств раскрыто 297."
    )
    proposal = propose_records(text, place="kostanay", source_url=URL, published="2025-11-15")
    rows = proposal[["value", "scope", "status", "reason"]].values.tolist()
    assert rows == [
        [1480, "all_fraud", "new", ""],
        [1102, "internet_fraud", "new", ""],
        [1102, "internet_fraud", "present", "proposed above from this text"],
    ]
    assert proposal["figure_id"][2] == proposal["figure_id"][1]
