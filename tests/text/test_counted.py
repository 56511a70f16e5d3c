"""What a count counts: the crime its text speaks of, list and bracket labels, changes, shares."""

from __future__ import annotations

import pytest

from fraud_research.text import extract_figures, read_numbers


def roles(text: str) -> list[tuple[object, str]]:
    frame = read_numbers(text)
    return [(v, r) for v, r in zip(frame["value"], frame["role"], strict=True)]


def test_a_count_of_crime_in_general_is_not_a_fraud_count():
    text = (
        "Биыл елде қылмыс саны былтырмен салыстырғанда азайды. "
        "Соңғы 1 жыл ішінде 49667 қылмыстық жағдай тіркелген."
    )
    assert (49667, "other") in roles(text)
    assert extract_figures(text).empty


def test_a_count_after_other_named_crimes_is_not_a_fraud_count():
    text = (
        "За год число компьютерных мошенничеств превысило 25 тысяч. "
        "Сократилось число убийств и грабежей. За год МВД отреагировало на 792 тыс. заявлений."
    )
    assert extract_figures(text)["value"].tolist() == [25_000]


def test_a_count_the_next_sentence_breaks_into_other_crimes_is_all_crime():
    # the sentence after names murders and thefts among these crimes; fraud told later does
    # not make them fraud
    text = (
        "Зарегистрировано 77 преступлений, что меньше, чем годом ранее. Среди совершенных в "
        "этом году преступлений семь убийств, 21 кража чужого имущества, два грабежа. "
        "Забайкальцы обращались в полицию и по поводу мошенничества."
    )
    assert (77, "other") in roles(text)
    assert extract_figures(text).empty
    # grades of the same crimes are no other crimes
    text = (
        "За одиннадцать месяцев 2025 года зафиксировано свыше 12 тысяч преступлений, "
        "совершённых с использованием IT-инструментов. Более 6 600 из них относятся к тяжким "
        "составам. Мошенничества составили половину."
    )
    assert extract_figures(text)["value"].tolist() == [12_000]


def test_a_crime_count_takes_the_fraud_of_the_sentences_around_it():
    text = (
        "2025 жылдың он айында өңірде 416 қылмыстық іс тіркелген. "
        "Өткен жылдың осы уағында 304 іс тіркеліпті. Биыл интернет алаяқтығы көбейген."
    )
    assert extract_figures(text)["value"].tolist() == [416, 304]


def test_a_regional_list_counts_what_its_header_counts():
    text = (
        "Алаяқтық көп жасалған аймақтар:\nАлматы қаласы - 6742,\nАстана қаласы - 5358,\n"
        "Шымкент қаласы - 1921,\nАлматы – 1836,\nАқтөбе -1334."
    )
    assert extract_figures(text)["value"].tolist() == [6742, 5358, 1921, 1836, 1334]
    assert {r for _, r in roles(text)} == {"cases_total"}


def test_a_crime_structure_line_counts_its_label():
    text = "Қылмыстардың құрылымы бойынша:\n34% алаяқтық (45 156),\n23% ұрлық (30 593),\n0,4% адам өлтіру (566)."
    assert roles(text) == [
        (34, "percent"),
        (45156, "cases_total"),
        (23, "percent"),
        (30593, "other"),
        (0.4, "percent"),
        (566, "other"),
    ]


def test_persons_in_brackets_are_victims():
    text = (
        "Алаяқтық әрекеттердің салдарынан 34 623 адам зардап шеккен. Алданғандардың ішінде "
        "кәмелетке толмаған балалар (102), студенттері (291), зейнеткерлер (1714) мен мүгедектер (8) бар."
    )
    assert {r for _, r in roles(text)} == {"victims"}


def test_a_list_of_scheme_wordings_counts_schemes():
    text = (
        "Взломанные аккаунты в социальных сетях - два случая, «освобождение» от "
        "ответственности - два случая, предложение дополнительного заработка - четыре случая."
    )
    assert roles(text) == [(2, "cases_scheme"), (2, "cases_scheme"), (4, "cases_scheme")]


def test_a_kazakh_change_gives_both_counts():
    text = (
        "Биылғы жылдың 2 айында интернет-алаяқтықтар саны 8,3%-ға төмендеген "
        "(4 385-тен 4 023-ке дейін)."
    )
    figures = extract_figures(text)
    assert figures[["metric", "value", "qualifier"]].values.tolist() == [
        ["cases", 4385, "exact"],
        ["cases", 4023, "exact"],
    ]


def test_a_russian_change_counts_what_changed():
    text = (
        "В 2017 году число преступлений в сфере информационно-телекоммуникационных "
        "технологий увеличилось с 65 949 до 90 587. При этом на 19,6% уменьшилось количество "
        "расследованных преступлений (с 903 до 726), выросло на 30,5% (с 790 до 1031) число "
        "нераскрытых преступлений."
    )
    assert roles(text) == [
        (2017, "date"),
        (65949, "cases_total"),
        (90587, "cases_total"),
        (19.6, "percent"),
        (903, "solved"),
        (726, "solved"),
        (30.5, "percent"),
        (790, "other"),
        (1031, "other"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Каждое третье преступление совершается с использованием технологий.", 33.3),
        ("В стране каждый десятый стал жертвой мошенников.", 10.0),
        ("Бұл қылмыстардың әр бесіншісінің беті ашылған.", 20.0),
        ("Их доля составляет 4,4% - это почти каждое 20 преступление.", None),
        ("Киберпреступлений стало вдвое больше, чем годом ранее.", 2),
    ],
)
def test_every_nth_and_factor_words_are_percents(text, value):
    frame = read_numbers(text)
    shares = frame[frame["role"] == "percent"]
    assert not frame["proposed"].any()
    if value is not None:
        assert shares["value"].tolist() == [value]
    else:
        assert shares["value"].tolist() == [4.4, 5]  # «каждое 20»: one in twenty


def test_the_largest_sum_is_one_victims_loss():
    text = (
        "За 11 месяцев россияне лишились 168 миллиардов рублей. Ранее в МВД сообщили, что в "
        "2024 году наибольшая сумма, переведенная мошенникам, составила 180 миллионов рублей."
    )
    frame = read_numbers(text).set_index("value")["role"]
    assert frame[168_000_000_000] == "damage_total"
    assert frame[180_000_000] == "single_case_loss"


def test_a_per_month_average_is_not_damage():
    text = (
        "Вологжане перевели с начала года мошенникам порядка 157 млн рублей. В среднем "
        "получается, что почти по 20 млн рублей в месяц уходили со счетов жителей области."
    )
    assert extract_figures(text)["value"].tolist() == [157_000_000]
    assert read_numbers(text)["role"].tolist() == ["damage_total", "other"]


def test_changes_rates_courts_and_compound_heads():
    text = (
        "За 2024 год число компьютерных мошенничеств превысило 25 тыс, а случаи телефонного "
        "хищения данных выросли на 7 тыс. В Мангистау возбуждено 284 уголовных дела "
        "интернет-мошенничества. Из них направлено в суд 136. Кроме того, зарегистрировано "
        "13 интернет-краж. В расчете на 10 тыс. населения зарегистрировано 11 фактов "
        "кибермошенничества."
    )
    assert extract_figures(text)["value"].tolist() == [25_000, 284]
    frame = read_numbers(text).set_index("value")["role"]
    assert frame[7000] == "other"
    assert frame[136] == "sent_to_court"
    assert frame[13] == "other"
    assert frame[10_000] == "population"
    assert frame[11] == "other"


def test_kazakh_sent_to_court_and_offenders():
    text = (
        "Интернет-алаяқтық бойынша 400-ден астам іс тіркеліп, оның 66-сы сотқа жолданды. "
        "Интернет-алаяқтық үшін қылмыстық жауаптылыққа 913 құқықбұзушы тартылған."
    )
    frame = read_numbers(text).set_index("value")["role"]
    assert frame[66] == "sent_to_court"
    assert frame[913] == "suspects"


def test_ages_with_a_case_ending_or_a_bound_and_kazakh_article_numbers():
    text = (
        "Жительница района 67-ми лет отправила мошенникам 1,6 млн рублей. Потерпевшие — "
        "молодые люди в возрасте до 25 лет. Қылмыстық кодекстің 232-1-бабы бойынша іс тіркелді."
    )
    frame = read_numbers(text)
    assert frame[["value", "role"]].values.tolist()[:2] == [
        [67, "age"],
        [1_600_000, "single_case_loss"],
    ]
    assert frame["role"].tolist()[2:] == ["age", "article", "article"]


def test_a_part_counts_what_its_whole_counts():
    text = (
        "Антифрод-орталықта 111 031 оқиға тіркелгенін атап өтті. "
        "Оның ішінде 90 мыңы алаяқтық әрекеттермен байланысты."
    )
    assert roles(text) == [(111_031, "antifraud_incidents"), (90_000, "antifraud_incidents")]
    assert extract_figures(text).empty


def test_a_nearly_lost_sum_is_prevented_unless_returned():
    nearly = (
        "Ол жоғалтып ала жаздаған сома 4 миллион теңгеден асты. Полицейлер қаражатты сақтап қалды."
    )
    returned = (
        "Жительницу Калуги чуть не обманули на 1 миллион рублей, но благодаря работе полиции "
        "деньги удалось вернуть."
    )
    assert roles(nearly) == [(4_000_000, "prevented")]
    assert roles(returned)[0][1] != "prevented"  # the returned million was lost first


def test_a_previous_year_count_told_with_a_pronoun_is_a_case_count():
    text = (
        "За первые шесть месяцев 2025 года в районе зарегистрировано 20 киберпреступлений. "
        "В прошлом году за аналогичный период их было лишь восемь."
    )
    assert extract_figures(text)["value"].tolist() == [20, 8]


def test_this_figure_carries_the_role_of_the_count_before():
    text = (
        "В текущем году в суд направлено 6 уголовных дел о мошенничестве, в то время как за "
        "2023–2024 годы этот показатель составил 31 дело."
    )
    frame = read_numbers(text).set_index("value")["role"]
    assert frame[6] == "sent_to_court"
    assert frame[31] == "sent_to_court"


def test_all_crime_with_a_fraud_share_is_not_a_fraud_count_but_counted_parts_are():
    share = (
        "За прошлый год в области зарегистрировали 15 921 преступление, причём почти "
        "четверть из них — дистанционные мошенничества."
    )
    parts = (
        "Всего за этот период правоохранители зарегистрировали 33 преступления, в том числе "
        "29 дистанционных мошенничеств и 4 кражи с банковских карт."
    )
    assert extract_figures(share).empty
    assert extract_figures(parts)["value"].tolist() == [33, 29]


def test_such_crimes_after_other_named_crimes_are_not_fraud_counts():
    text = (
        "По итогам четырех месяцев прошлого года зарегистрировано почти 5 тыс. краж со счетов "
        "граждан, а за аналогичный период этого года таких преступлений зафиксировано "
        "немногим более 2 тыс. По мошенничествам обратная тенденция."
    )
    assert extract_figures(text).empty


def test_cases_with_verdicts_severity_parts_and_approximate_damage():
    text = (
        "За три года зарегистрировано 13 уголовных дел, связанных с финансовыми пирамидами. "
        "По девяти делам уже вынесены приговоры. Возбуждено 52 уголовных дела о "
        "мошенничестве, из них 25 преступлений, относящиеся к категории тяжких. Гражданам "
        "был причинён материальный ущерб почти на 2 трлн сумов."
    )
    figures = extract_figures(text)
    assert figures[["metric", "value", "qualifier"]].values.tolist() == [
        ["cases", 13, "exact"],
        ["cases", 52, "exact"],
        ["damage", 2_000_000_000_000, "approx"],
    ]


def test_a_daily_rate_names_and_word_ranges():
    text = (
        "Полицейские каждый день регистрируют по пять-шесть фактов интернет-мошенничества. "
        "Как стало известно 47news, пресечена деятельность трёх преступных групп."
    )
    assert extract_figures(text).empty
    # a word range is two numbers, as a digit range is («пять-шесть» → 5 and 6)
    assert roles(text) == [(5, "other"), (6, "other"), (47, "other"), (3, "other")]


def test_kazakh_words_are_not_read_as_russian_forms():
    # «Ер адам» (a man) is one person, not a Russian plural; «азаматы» is «his citizens»
    single = (
        "Биыл 180-нен астам адам анықталды. Ер адам 700 000 теңгеден астам ақшаны үшінші "
        "тұлғаның есепшотына аударып, алаяқтық құрбаны болғанын кейін түсінген."
    )
    assert extract_figures(single).empty
    suspects = "Ақшаны шығару үшін Қазақстанның төрт азаматы алаяқтармен тартылған."
    assert roles(suspects) == [(4, "suspects")]
    victims = "Алаяқтар 4 адамды алдап соққан."
    assert roles(victims) == [(4, "victims")]


def test_previous_year_comparisons_and_kazakh_parts_are_case_counts():
    russian = (
        "За январь–сентябрь зарегистрировано 3 412 фактов интернет-мошенничества против "
        "2 980 годом ранее."
    )
    dash = (
        "Ақтөбе облысында 9 айда 1 102 интернет-алаяқтық фактісі тіркелді. "
        "Былтырғы осы мерзімде – 1 310."
    )
    part = "Биыл облыста 2 345 алаяқтық тіркелді. Оның 1 890-ы интернет арқылы жасалған."
    assert extract_figures(russian)["value"].tolist() == [3412, 2980]
    assert extract_figures(dash)["value"].tolist() == [1102, 1310]
    assert extract_figures(part)["value"].tolist() == [2345, 1890]


def test_a_dash_after_a_period_is_a_comparison_not_a_scheme():
    text = "В прошлом году было зарегистрировано 18 450 киберпреступлений, в текущем — 20 311."
    assert roles(text) == [(18_450, "cases_total"), (20_311, "cases_total")]


def test_a_person_noun_counted_by_a_number_is_a_group():
    text = "Алаяқтар 320 тұрғынды алдап, 210 млн теңгесін иемденген."
    assert roles(text) == [(320, "victims"), (210_000_000, "damage_total")]


def test_a_kazakh_part_that_was_solved_is_solved():
    text = "Интернет-алаяқтық бойынша 1 100 қылмыстық іс тіркеліп, оның 450-і ашылды."
    assert roles(text) == [(1100, "cases_total"), (450, "solved")]


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "Всего в регионе с начала года зарегистрировано 12 430 преступлений, из них 3 215 – "
            "с использованием информационно-коммуникационных технологий.",
            12430,
            3215,
        ),
        (
            "Всего в городе зафиксировано 2708 преступлений. Причем 771 из них совершены с "
            "использованием интернета. Мошенничество растет.",
            2708,
            771,
        ),
    ],
)
def test_all_crime_whose_part_is_set_apart_by_cyber_means(text, whole, part):
    roles = read_numbers(text).set_index("value")["role"]
    assert roles[whole] == "other"  # all crime: its cybercrime part is named after it
    assert roles[part] == "cases_total"


def test_a_whole_whose_parts_are_schemes_stays_a_case_count():
    text = (
        "Всего зарегистрировано 843 преступления, из них 340 – звонки под видом сотрудников "
        "банка, 255 – предоплата через интернет-площадки. Интернет-мошенничество растет."
    )
    figures = extract_figures(text)
    assert figures[["metric", "value"]].values.tolist() == [
        ["cases", 843],
        ["cases", 340],
        ["cases", 255],
    ]
