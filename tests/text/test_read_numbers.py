"""Every number of a real press text gets a role and its cue words; only aggregates are proposed.

Texts are passages of the development split of the extraction corpus
(``tests/data/extraction_corpus``) and the seed release; expected values are the labels.
"""

from __future__ import annotations

import json

import pytest
from corpus import AGGREGATE_ROLES, load_passages
from hypothesis import given, settings
from hypothesis import strategies as st

from fraud_research import paths
from fraud_research.text import (
    READ_COLUMNS,
    ROLES,
    extract_figures,
    read_numbers,
    review_numbers,
)

SEED = paths.PROJECT_ROOT / "data" / "sources" / "turkestan-2025-akimat-press-release.txt"
DEVELOPMENT = {p.id: p for p in load_passages("development")}


def roles_of(passage_id: str) -> list[tuple[object, str]]:
    frame = read_numbers(DEVELOPMENT[passage_id].text)
    return [(v, r) for v, r in zip(frame["value"], frame["role"], strict=True)]


def test_a_single_victims_loss_is_not_proposed():
    # ecosever.ru: «73-летняя пенсионерка лишилась почти пяти миллионов рублей»
    assert roles_of("ecosever_ru-01") == [
        (73, "age"),
        (5_000_000, "single_case_loss"),
        (2, "date"),
    ]
    assert extract_figures(DEVELOPMENT["ecosever_ru-01"].text).empty


def test_damage_written_with_a_verb_is_proposed():
    # baikal24.ru: «жители региона отдали аферистам более 7,9 миллиона рублей»
    frame = read_numbers(DEVELOPMENT["baikal24_ru-01"].text)
    damage = frame[frame["role"] == "damage_total"]
    assert damage[["value", "qualifier", "currency", "proposed"]].values.tolist() == [
        [7_900_000, "at_least", "RUB", True]
    ]
    assert "отдали" in damage["cues"].iloc[0]


def test_blocked_and_returned_money_and_incidents_are_not_damage():
    # baq.kz: Anti-Fraud centre incidents, 2,8 млрд blocked, half a billion returned
    assert roles_of("baq_kz-03") == [
        (2026, "date"),
        (1, "date"),
        (80_000, "antifraud_incidents"),
        (20_000, "antifraud_incidents"),
        (2_800_000_000, "prevented"),
        (500_000_000, "recovered"),
    ]


def test_kazakh_aggregate_damage_and_previous_year_count():
    # mgorod.kz: «416 қылмыстық іс тіркелген. Өткен жылдың осы уағында 304 іс»
    frame = read_numbers(DEVELOPMENT["mgorod_kz-04"].text)
    proposed = frame[frame["proposed"]]
    assert proposed[["value", "metric", "qualifier"]].values.tolist() == [
        [416, "cases", "exact"],
        [304, "cases", "exact"],
        [740_000_000, "damage", "rounded"],
    ]
    not_proposed = frame[~frame["proposed"]].set_index("value")["role"].to_dict()
    assert not_proposed[112] == "other"  # «112 фактіге артқан»: an increase
    assert not_proposed[131_000_000] == "recovered"


def test_suspects_and_collective_numerals():
    # turkystan.kz: «Қазақстанның төрт азаматы … екеуі … Біреуі»
    assert [r for _, r in roles_of("turkystan_kz-01")] == ["date"] * 3 + ["suspects"] * 3


def test_seed_release_roles():
    frame = read_numbers(SEED.read_text(encoding="utf-8"))
    proposed = frame[frame["proposed"]]
    assert sorted(proposed["role"].unique()) == ["cases_scheme", "cases_total", "damage_total"]
    assert {843, 1_665_783_000} <= set(proposed["value"])
    assert set(frame["role"]) <= set(ROLES)


def test_read_numbers_columns_and_empty_text():
    frame = read_numbers("Профилактика мошенничества — общее дело.")
    assert frame.empty and list(frame.columns) == list(READ_COLUMNS)
    with pytest.raises(TypeError, match="expects a str"):
        read_numbers(None)


def test_review_groups_proposals_first_with_reasons():
    review = review_numbers(DEVELOPMENT["mgorod_kz-01"].text)
    assert review["status"].tolist() == [
        "not proposed: recovered or returned",
        "not proposed: suspects or detained",
        "not proposed: solved cases",
    ]
    records = json.loads(review.to_json(orient="records", force_ascii=False))
    assert records[0]["value"] == 377_000_000 and records[0]["cues"]


@pytest.mark.parametrize("passage", load_passages(), ids=lambda p: p.id)
def test_no_crash_on_any_corpus_text(passage):
    frame = read_numbers(passage.text)
    assert set(frame["role"]) <= set(ROLES)
    assert frame["proposed"].dtype == bool
    assert not (frame["proposed"] & ~frame["role"].isin(AGGREGATE_ROLES)).any()


#: Pieces press texts are made of, including the ones that break number readers: digit groups
#: with every separator, scale words, currencies, qualifiers, changes, ranges, Kazakh endings,
#: dates, percents, brackets and dashes.
_PIECES = [
    "843",
    "1 665",
    "783",
    "0",
    "12,5",
    "1.665.783.000",
    "2\u00a0277",
    "22,812",
    "2026",
    "03.12",
    "млрд",
    "млн",
    "тыс.",
    "миллиона",
    "мың",
    "миллиард",
    "и",
    "және",
    "с",
    "до",
    "от",
    "по",
    "тенге",
    "теңге",
    "рублей",
    "сомов",
    "$",
    "₽",
    "₸",
    "€",
    "белорусских",
    "бел.",
    "руб.",
    "%",
    "процента",
    "раза",
    "есе",
    "более",
    "свыше",
    "около",
    "почти",
    "астам",
    "жуық",
    "-нан",
    "-ке",
    "-тен",
    "дейін",
    "зарегистрировано",
    "фактов",
    "ущерб",
    "составил",
    "перевели",
    "мошенникам",
    "пенсионерка",
    "в",
    "Туркестанской",
    "области",
    "районе",
    "за",
    "январе",
    "сутки",
    "годом",
    "ранее",
    "против",
    "АППГ",
    "—",
    "–",
    "-",
    "(",
    ")",
    ",",
    ".",
    ":",
    ";",
    "\n",
    "«",
    "»",
    "№",
    "ст.",
    "алаяқтық",
    "дерек",
    "тіркелді",
    "залал",
    "жылы",
    "ауданында",
    "будут",
    "не",
    "бы",
    "менее",
    "превысил",
    "кем",
    "емес",
    "аспайды",
    "одно",
    "из",
    "четырех",
    "преступлений",
    "IT",
    "т.е.",
    # Kazakh in the Latin alphabets of 2018 and 2021, capitals whose small letter differs
    "ınternet-alaıaqtyq",
    "tirkeldi",
    "teńgeden",
    "mlrd",
    "myń",
    "Ishki",
    "İ",
    "I",
    "ñ",
    "şı",
    "https://qamshy.kz/ı",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40),
    st.lists(st.sampled_from(["", " "]), max_size=40),
)
def test_no_crash_and_sound_output_on_any_mix_of_press_pieces(pieces, glue):
    text = "".join(p + (glue[k] if k < len(glue) else " ") for k, p in enumerate(pieces))
    frame = read_numbers(text)
    assert set(frame["role"]) <= set(ROLES)
    assert (
        (frame["start"] >= 0) & (frame["end"] <= len(text)) & (frame["start"] < frame["end"])
    ).all()
    assert not (frame["proposed"] & ~frame["role"].isin(AGGREGATE_ROLES)).any()
    figures = extract_figures(text)
    assert (figures["value"] >= 0).all()
    assert set(figures["metric"]) <= {"cases", "damage"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_no_crash_on_short_mixes_that_end_on_a_number(pieces):
    # a number at the very end of a text, with nothing after it, is where look-aheads overrun
    text = " ".join(pieces)
    frame = read_numbers(text)
    assert ((frame["start"] >= 0) & (frame["end"] <= len(text))).all()


@pytest.mark.parametrize("text", ["Ущерб: ₽ 2 млн", "Ущерб: ₽ 2 млн.", "₸5 млн", "€ 3", "$ 5"])
def test_currency_symbol_before_a_number_at_the_end_of_a_text(text):
    frame = read_numbers(text)
    assert frame["currency"].tolist()[-1] in ("RUB", "KZT", "EUR", "USD")
