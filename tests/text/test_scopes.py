"""What an aggregate counts (its scope), and the scope ingest files it under.

Internet fraud, cybercrime and fraud in general are separate series in the dataset: a count of
all crimes committed by internet means filed as internet fraud, or a figure left ``unknown``
although its text says what it counts (ingest skips it), are both a figure lost to its series.
"""

from __future__ import annotations

import generated
import pytest

from fraud_research.text import format_proposal, propose_records, read_numbers, scoped_figures


def scopes(text: str) -> list[tuple[object, str]]:
    frame = read_numbers(text)
    aggregate = frame[frame["scope"] != ""]
    return [(v, s) for v, s in zip(aggregate["value"], aggregate["scope"], strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crimes (not fraud) by internet means, and thefts counted with fraud: cybercrime
        ("Зарегистрировано 1912 преступлений, совершённых с использованием интернета.",
         [(1912, "cybercrime")]),
        ("С начала года зафиксировано 2 900 фактов дистанционных краж и мошенничеств.",
         [(2900, "cybercrime")]),
        ("Поступило 12 заявлений о дистанционных хищениях денег.", [(12, "cybercrime")]),
        # fraud by internet means: internet fraud, also beside a crime noun
        ("Зарегистрировано 843 факта интернет-мошенничества.", [(843, "internet_fraud")]),
        ("Зарегистрировано 120 преступлений в сфере интернет-мошенничества.",
         [(120, "internet_fraud")]),
        ("Интернет-алаяқтықтың 500 фактісі тіркелді.", [(500, "internet_fraud")]),
        # a fraud noun counted right after the number keeps it internet fraud, whatever thefts
        # the sentence counts beside it
        ("Зарегистрировано 33 преступления, в том числе 29 дистанционных мошенничеств и 4 кражи "
         "с банковских карт.", [(33, "cybercrime"), (29, "internet_fraud")]),
        # internet fraud said by an adverb, an adjective or its doers' name
        ("В Петербурге IT-мошенники за год совершили около 60 тысяч преступлений.",
         [(60_000, "internet_fraud")]),
        ("За январь мошенники дистанционно украли деньги у жителей области 359 раз.",
         [(359, "internet_fraud")]),
        ("Жители региона 1278 раз попались на удочку виртуальных аферистов.",
         [(1278, "internet_fraud")]),
        # fraud by means of information technologies is internet fraud; crimes by them cybercrime
        ("В 2024 году зарегистрировано 9262 случая мошенничества с использованием "
         "информационно-телекоммуникационных технологий.", [(9262, "internet_fraud")]),
        ("Зарегистрировано 1 600 преступлений в сфере информационных технологий.",
         [(1600, "cybercrime")]),
        # fraud alone is all fraud
        ("Зарегистрировано 1 245 фактов мошенничества.", [(1245, "all_fraud")]),
    ],
)  # fmt: skip
def test_internet_means_make_fraud_internet_fraud_and_other_crimes_cybercrime(text, expected):
    assert scopes(text) == expected


def filed(text: str) -> list[tuple[int, str]]:
    return [(int(v), s) for v, s in scoped_figures(text)[["value", "scope"]].values.tolist()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text says what its figures count in a sentence without a figure
        ("Жертвами интернет-мошенников стали 197 жителей. Совокупный ущерб превысил 76 млн рублей.",
         [(76_000_000, "internet_fraud")]),
        ("Прокуратура опубликовала статистику киберпреступлений. Мошенники похитили у жителей "
         "более 31 млн рублей.", [(31_000_000, "cybercrime")]),
        # a sentence that speaks of no offence states no scope
        ("Мошенники похитили у жителей более 31 млн рублей. Будьте бдительны при покупках в "
         "интернете.", [(31_000_000, "unknown")]),
        # two scopes stated: the reader cannot tell which, so neither is guessed
        ("В области растёт число мошенничеств. Жертвами интернет-мошенников стали 197 жителей. "
         "Совокупный ущерб превысил 76 млн рублей.", [(76_000_000, "unknown")]),
    ],
)  # fmt: skip
def test_a_figure_that_does_not_say_what_it_counts_takes_the_one_scope_its_text_states(
    text, expected
):
    assert filed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fraud part of crimes committed by internet means is internet fraud
        ("Зарегистрировано 1 600 преступлений в сфере информационных технологий, в том числе 900 "
         "мошенничеств.", [(1600, "cybercrime"), (900, "internet_fraud")]),
        ("В 2022 году зафиксировано около 18 тысяч IT-преступлений (около 9,4 тысяч из них – "
         "мошенничества).", [(18_000, "cybercrime"), (9400, "internet_fraud")]),
        ("Зарегистрировано 1 600 IT-преступлений. Из них 245 — это мошенничества.",
         [(1600, "cybercrime"), (245, "internet_fraud")]),
        # the part of all fraud says itself which fraud it is
        ("Зарегистрировано 1 245 фактов мошенничества, из них 980 – интернет-мошенничества.",
         [(1245, "all_fraud"), (980, "internet_fraud")]),
        ("Зарегистрировано 1 245 фактов мошенничества, из них 300 – в Шымкенте.",
         [(1245, "all_fraud"), (300, "all_fraud")]),
    ],
)  # fmt: skip
def test_a_fraud_part_of_crimes_by_internet_means_is_internet_fraud(text, expected):
    assert scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Число киберпреступлений в области растёт. За 10 месяцев зарегистрировано более 1,6 тыс. "
         "таких преступлений.", [(1600, "cybercrime")]),
        ("Число интернет-мошенничеств растёт. Всего их зарегистрировано за год 12 745.",
         [(12_745, "internet_fraud")]),
        ("Облыста интернет-алаяқтық көбейді. Биыл мұндай 800 қылмыс тіркелді.",
         [(800, "internet_fraud")]),
        # a count that points nowhere keeps what its own words say
        ("Число интернет-мошенничеств растёт. За год зарегистрировано 12 745 преступлений.",
         [(12_745, "unknown")]),
    ],
)  # fmt: skip
def test_a_count_that_points_back_counts_what_the_sentence_before_named(text, expected):
    assert scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means the Russian code's articles name make fraud internet fraud, other acts
        # by them cybercrime
        ("За 2024 год число компьютерных мошенничеств превысило 25 тыс.",
         [(25_000, "internet_fraud")]),
        ("Зарегистрировано 596 мошенничеств в сфере компьютерной информации.",
         [(596, "internet_fraud")]),
        ("Зарегистрировано 14 552 мошенничества с использованием электронных средств платежа.",
         [(14_552, "internet_fraud")]),
        # phone and messengers, as «телефонный»; «в сети» is online, «в сети магазинов» a chain
        ("Зарегистрировано пять фактов мошенничества с использованием средств мобильной связи "
         "и Интернета.", [(5, "internet_fraud")]),
        ("С начала года возбуждено 104 уголовных дела по факту мошенничества в сети.",
         [(104, "internet_fraud")]),
        ("Зарегистрировано 300 фактов мошенничества в сети магазинов.", [(300, "all_fraud")]),
    ],
)  # fmt: skip
def test_means_named_by_the_code_phone_and_network_state_the_scope(text, expected):
    assert scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the means of a part («из них … с использованием сотовой связи») are not the whole's,
        # and a year-earlier figure counts what the figure it restates counts
        ("С начала 2017 года возбуждены уголовные дела по 568 фактам мошенничества (АППГ – 390), "
         "из них с использованием сотовой связи совершены 235 фактов (АППГ – 123).",
         [(568, "all_fraud"), (390, "all_fraud"), (235, "internet_fraud"),
          (123, "internet_fraud")]),
        ("Возбуждены дела по 568 фактам мошенничества, за аналогичный период прошлого года "
         "(АППГ) – 390, из них через интернет – 235.",
         [(568, "all_fraud"), (390, "all_fraud"), (235, "internet_fraud")]),
    ],
)  # fmt: skip
def test_a_part_and_a_year_earlier_figure_keep_their_own_scope(text, expected):
    assert scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fraud named as what the crimes by internet means were is internet fraud
        ("Самыми распространенными киберпреступлениями являются мошенничества (1818), кражи "
         "(429).", [(1818, "internet_fraud")]),
        ("Большинство преступлений, совершенных с использованием информационно-"
         "телекоммуникационных технологий, составляют мошенничества (848).",
         [(848, "internet_fraud")]),
        ("Из зарегистрированных дистанционных хищений случаи мошенничества составляют около 15 "
         "тысяч.", [(15_000, "internet_fraud")]),
        # of crimes in general, it is all fraud
        ("Большинство зарегистрированных преступлений составляют мошенничества (3000).",
         [(3000, "all_fraud")]),
    ],
)  # fmt: skip
def test_fraud_named_as_the_kind_of_crimes_by_internet_means_is_internet_fraud(text, expected):
    assert scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), list(generated.scopes("ru")) + list(generated.scopes("kk"))
)
def test_every_generated_release_is_filed_under_its_scope(text, expected):
    # a count of internet fraud, cybercrime or fraud in general in every shape of ``generated``,
    # and a loss after it that takes its scope
    assert [[v, s] for v, s in filed(text)] == expected


def test_a_record_whose_scope_comes_from_the_rest_of_the_text_says_so():
    # the scope of «Совокупный ущерб … 76 млн» is the reader's inference from another sentence:
    # the reviewer sees it in the record's note; the count names its own scope
    text = (
        "Жертвами интернет-мошенников стали 197 жителей области. Совокупный ущерб превысил 76 "
        "млн тенге. Зарегистрировано 300 фактов интернет-мошенничества."
    )
    proposal = propose_records(
        text, place="abai", source_url="https://example.kz/a", published="2025-06-01",
        year=2025, period_kind="year_to_date",
    )  # fmt: skip
    notes = dict(zip(proposal["value"], proposal["note"], strict=True))
    assert proposal["scope"].tolist() == ["internet_fraud", "internet_fraud"]
    assert notes[76_000_000].endswith("; scope from the rest of the text")
    assert "scope from" not in notes[300]
    # and the review printed for the reviewer shows what each record counts
    shown = format_proposal(proposal)
    assert "counts: internet fraud (scope from the rest of the text)" in shown
    assert shown.count("counts: internet fraud") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ends of a change told a sentence or two after the quantity that changed count it
        ("В области растет число интернет-мошенничеств. За пять лет их количество выросло в 40 "
         "раз. В частности, с 517 в 2018 году до 20,5 тысячи в 2022 году.",
         [(517, "internet_fraud"), (20_500, "internet_fraud")]),
        ("Соңғы 5 жылда интернет-алаяқтық қылмыстарының саны 40 есе өсті. Кейінгі 5 жыл ішінде "
         "олардың саны 40 есе өсті. Атап айтқанда 2018 жылы 517-ден 2022 жылы 20,5 мыңға дейін.",
         [(517, "internet_fraud"), (20_500, "internet_fraud")]),
        # what changed is thefts: the ends are no fraud count
        ("В области растет число краж. За пять лет их количество выросло в 40 раз. В частности, "
         "с 517 в 2018 году до 20,5 тысячи в 2022 году.", []),
    ],
)  # fmt: skip
def test_the_ends_of_a_change_count_the_quantity_that_changed(text, expected):
    assert scopes(text) == expected
