"""General rules of the language the extractor reads by: number-word declension, series, ….

Each test states one property of Russian or Kazakh, on sentences written for it.
"""

from __future__ import annotations

import generated
import pytest

from fraud_research.errors import ParameterError
from fraud_research.text import extract_figures, map_scheme, read_numbers, resolve_period
from fraud_research.text.currency_words import currency_of
from fraud_research.text.place_text import is_own_place, place_kind
from fraud_research.text.plain_text import plain_text
from fraud_research.text.scopes import text_scopes


def roles(text: str) -> list[tuple[object, str]]:
    frame = read_numbers(text)
    return [(v, r) for v, r in zip(frame["value"], frame["role"], strict=True)]


def money_roles(text: str) -> list[tuple[object, str]]:
    """The roles of the amounts of money only (a currency read with them)."""
    frame = read_numbers(text)
    money = frame[frame["currency"].fillna("") != ""]
    return list(zip(money["value"], money["role"], strict=True))


def test_russian_number_words_are_read_in_every_case_form():
    # dative «трем», «двум», instrumental «двумя»: the number is read and counts its noun
    assert roles("Полиция вернула деньги трем пенсионеркам, которые стали жертвами.") == [
        (3, "victims")
    ]
    text = "По двум фактам мошенничества ущерб составил 10 тысяч рублей."
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [
        ["cases", 2],
        ["damage", 10_000],
    ]
    assert roles("Она перевела деньги двумя часами ранее.") == [(2, "date")]


def test_kazakh_number_words_are_not_russian_pronouns():
    # «Он» is «he» in a Russian text, not the Kazakh «он» (ten)
    assert roles("Он отметил, что зарегистрировано 596 мошенничеств.") == [(596, "cases_total")]


def test_numbers_of_a_series_count_what_the_last_counts():
    # the unit is written once, after the last number of the series
    text = "Деньги возвращены трем женщинам в возрасте 78, 84 и 90 лет."
    assert roles(text) == [(3, "victims"), (78, "age"), (84, "age"), (90, "age")]
    assert roles("Оказалось, пенсионерки 81 и 84 лет общались по телефону.") == [
        (81, "age"),
        (84, "age"),
    ]
    assert roles("Дропперами чаще всего являются лица от 16 до 25 лет.") == [
        (16, "age"),
        (25, "age"),
    ]
    # years after no noun of persons stay a duration
    assert roles("Мошенничество совершено 5 лет назад.") == [(5, "date")]


def test_a_fraction_of_digits_is_a_share_not_a_count():
    text = "2/3 случаев совершены путем мошенничества, 1/3 – путем модификации информации."
    assert roles(text) == [(66.7, "percent"), (33.3, "percent")]  # the denominator read with it
    assert extract_figures(text).empty


def test_the_label_of_a_list_item_says_what_it_counts():
    text = (
        "В пятёрке «лидеров»: кражи — 1 176 случая, мошенничество — 221, умышленное "
        "причинение средней тяжести вреда здоровью — 88, хулиганство — 82."
    )
    # «пятёрке» is the five of the ranking (a number, `other`, as the corpus labels it)
    assert roles(text) == [
        (5, "other"),
        (1176, "other"),
        (221, "cases_total"),
        (88, "other"),
        (82, "other"),
    ]
    assert extract_figures(text)["value"].tolist() == [221]


def test_the_bare_name_of_the_crime_is_no_scheme():
    from fraud_research.text import map_scheme

    assert map_scheme("мошенничество") == ""
    assert map_scheme("мошенничество при онлайн-покупках") == "prepayment"


def test_a_count_beside_a_crime_structure_is_of_all_crime():
    # a sentence naming fraud among several other crimes breaks all crime down
    text = (
        "В апреле зафиксировано 1 805 уголовных правонарушений. Лидируют кражи — 1 176 "
        "случаев, мошенничество — 221, грабежи — 77. Больше всего преступлений совершено "
        "в Алматы (20 882)."
    )
    assert extract_figures(text)["value"].tolist() == [221]
    assert (1805, "other") in roles(text) and (20882, "other") in roles(text)


def test_a_number_ending_a_quantity_counts_what_the_quantity_counts():
    text = (
        "По итогам года количество киберпреступлений сократилось на 4% и составило порядка 13 000."
    )
    assert extract_figures(text)[["metric", "value", "qualifier"]].values.tolist() == [
        ["cases", 13_000, "approx"]
    ]


def test_a_change_without_a_quantity_word_counts_its_subject():
    text = "Бұл ретте интернет-алаяқтық 5%-ға (21 777-ден 22 870-ке дейін) артқан."
    assert extract_figures(text)["value"].tolist() == [21_777, 22_870]
    # a range of money after persons is no change of a count
    # (a sum demanded is a loss when the text tells it was paid: «Получив перевод, …»)
    text = (
        "Двое подозреваемых задержаны. За свои услуги мошенники требовали от 70 до 80 тысяч тенге. "
        "Получив перевод, они прекращали выходить на связь."
    )
    # (the lower end of a range takes the upper end's scale: at least 70 000)
    assert roles(text)[1:] == [(70_000, "single_case_loss"), (80_000, "single_case_loss")]


def test_all_crime_whose_share_opens_the_next_sentence_is_no_fraud_count():
    text = (
        "В 2025 году зарегистрировали 36 тысяч преступлений. Треть из них совершена с "
        "помощью информационно-телекоммуникационных технологий."
    )
    assert (36_000, "other") in roles(text)
    assert extract_figures(text).empty


def test_an_average_is_no_total():
    # an average or per-period word anywhere before the number in its clause
    text = "В Татарстане средний еженедельный ущерб от дистанционного мошенничества достигает 20 млн рублей."
    assert roles(text) == [(20_000_000, "other")]
    text = "В среднем за день в полицию обращаются порядка 30 обманутых татарстанцев."
    assert roles(text) == [(30, "other")]
    assert extract_figures("Жители области перевели мошенникам 20 млн рублей.")[
        "value"
    ].tolist() == [20_000_000]


def test_kazakh_case_forms_of_units_and_verbs():
    # «екі жылда» (in two years) is a duration, «4 есеге» (fourfold) a factor
    assert roles("Соңғы екі жылда 1612 тұрғын алаяқтардың арбауына түскен.")[0] == (2, "date")
    assert roles("Киберқылмыс саны 4 есеге артты.") == [(4, "percent")]
    # «тосқауыл қойылды» (blocked) is prevented, «ашты» (solved) solved
    assert roles("Антифрод орталығы 3 млрд теңгенің ұрлануына тосқауыл қойылды.") == [
        (3_000_000_000, "prevented")
    ]
    text = "Полиция биыл интернет-алаяқтық бойынша 3,7 мыңнан астам қылмысты ашты."
    assert roles(text) == [(3700, "solved")]
    # solved crimes of crime in general are no fraud figure, as registered ones
    assert roles("Полиция биыл 3,7 мыңнан астам қылмысты ашты.") == [(3700, "other")]


def test_prison_terms_years_and_fractions_by_their_form():
    # a term named after the number: «үш жылға бас бостандығынан айырылды»
    assert roles("Сот үкімімен ол 5 жылға бас бостандығынан айырылды.") == [(5, "other")]
    # the years a penalty threatens, with no word of prison: «грозит до 10 лет»
    assert roles("За мошенничество грозит до 10 лет.") == [(10, "other")]
    assert roles("Угроза мошенничества растет уже 5 лет.") == [(5, "date")]
    # a year is never approximate: «2000-ға жуық алаяқ» counts offenders
    assert roles("Министрдің мәліметінше 2000-ға жуық алаяқ жауапқа тартылды.") == [
        (2000, "suspects")
    ]
    assert roles("По итогам 2025 года зарегистрировано 843 факта.")[0] == (2025, "date")
    # «две трети»: a number of fractions is one share, its fraction word not read again
    assert roles("Две трети преступлений совершены дистанционно.") == [(66.7, "percent")]
    assert roles("Почти три четверти ущерба пришлось на Абакан.") == [(75.0, "percent")]
    assert roles("Более двух пятых звонков – от лжесотрудников банков.") == [(40.0, "percent")]
    # a third is 33.3, as one third of a hundred is written
    assert roles("Число киберпреступлений выросло на треть.") == [(33.3, "percent")]
    # a fraction word in the accusative is the same share
    assert roles("Кибермошенничество составляет почти половину всех преступлений.") == [
        (50, "percent")
    ]


def test_the_largest_sum_is_one_victims_and_a_kazakh_sum_is_money():
    text = "Наибольшая сумма ущерба составила 5 млн рублей."
    assert roles(text) == [(5_000_000, "single_case_loss")]
    text = (
        "Итоги года по интернет-мошенничеству по районам. "
        "Самым благополучным оказался район – всего десять преступлений и 334 000 рублей ущерба."
    )
    assert roles(text)[1] == (334_000, "damage_total")


def test_the_size_of_a_change_is_no_count_even_after_a_pointer():
    text = (
        "За этот период зарегистрировано около восьми тысяч фактов мошенничества. "
        "По сравнению с прошлым годом, показатели выросли на две тысячи."
    )
    assert extract_figures(text)["value"].tolist() == [8000]


def test_events_of_an_anti_fraud_centre_named_before_are_incidents():
    text = (
        "Ұлттық Антифрод-орталықта дерекқор құрылады. "
        "Былтыр бұл орталықта 80 мыңнан астам жағдай тіркелді."
    )
    assert roles(text) == [(80_000, "antifraud_incidents")]
    assert extract_figures(text).empty


def test_number_words_thirteen_to_nineteen_and_hundreds_and_a_passed_bound():
    text = (
        "Потерпевшие лишились в общей сложности свыше шестнадцати миллионов шестисот тысяч рублей."
    )
    assert extract_figures(text)[["value", "qualifier"]].values.tolist() == [
        [16_600_000, "at_least"]
    ]
    text = "За два месяца число киберпреступлений перевалило за 2,5 тыс."
    assert extract_figures(text)[["value", "qualifier"]].values.tolist() == [[2500, "at_least"]]


def test_a_count_of_crimes_with_fraud_among_them_counts_fraud():
    text = (
        "С начала года зарегистрировано 2570 краж, мошенничеств и случаев вымогательства, "
        "совершенных с использованием информационно-коммуникационных технологий."
    )
    assert extract_figures(text)["value"].tolist() == [2570]


def test_another_crime_named_right_before_a_count_is_what_it_counts():
    text = (
        "Зарегистрировано 1848 киберпреступлений. Наименьшее количество – вымогательства, "
        "66 фактов."
    )
    assert roles(text) == [(1848, "cases_total"), (66, "other")]
    # «бұл сома 4 млрд»: «сома» (a sum) makes a large round number money without a currency
    text = "Қазақстандықтар 11,4 млрд теңгесін аударған. 2023 жылы бұл сома 4 млрд болған."
    assert roles(text)[-1] == (4_000_000_000, "damage_total")


def test_persons_of_a_rate_a_part_of_persons_and_counted_banks():
    # «10 мың тұрғынға шаққанда»: persons before a rate word are the rate's base
    text = "Облыста әр 10 мың тұрғынға шаққанда 15 қылмыс тіркелген."
    assert (10_000, "population") in roles(text)
    # «Оның ішінде 460 адам»: a part of the detained persons are detained persons
    text = "1891 адам ұсталып, жауапкершілікке тартылды. Оның ішінде 460 адам көп адамды алдаған."
    assert roles(text) == [(1891, "suspects"), (460, "suspects")]
    # «екі банк арқылы»: banks are counted things
    assert roles("Алаяқтар оның атына екі банк арқылы несие рәсімдеген.") == [(2, "other")]


def test_frauds_the_suspects_committed_are_solved_in_every_verb_form():
    text = "Үш айдың ішінде күдіктілер дәл осындай әдіспен 9 алаяқтық жасап үлгерген."
    assert roles(text) == [(3, "date"), (9, "solved")]
    assert extract_figures(text).empty


def test_number_words_with_a_half_several_scales_or_no_definite_count():
    frame = read_numbers(
        "13 жителей в общей сумме отдали мошенникам пять с половиной миллионов рублей."
    )
    assert frame["value"].tolist() == [13, 5_500_000]
    assert frame["role"].tolist() == ["victims", "damage_total"]
    frame = read_numbers("Больше миллиарда двухсот миллионов тенге возвращены потерпевшим.")
    assert frame[["value", "qualifier", "role"]].values.tolist() == [
        [1_200_000_000, "at_least", "recovered"]
    ]
    # «десятки миллионов» has no definite value: shown, never proposed as one million
    frame = read_numbers("Ущерб от мошенников составил десятки миллионов рублей.")
    assert frame["value"].isna().tolist() == [True]
    assert extract_figures("Ущерб от мошенников составил десятки миллионов рублей.").empty
    assert roles("Раскрываемость составила почти шестьюдесятью процентами.") == [(60, "percent")]


def test_the_size_of_a_change_is_neither_a_total_nor_the_count_a_bracket_refers_to():
    text = (
        "Жители потеряли от действий мошенников 1,6 млрд рублей - это на 200 миллионов рублей "
        "больше, чем в 2024 году."
    )
    assert extract_figures(text)["value"].tolist() == [1_600_000_000]
    text = (
        "Зарегистрировали 2 210 киберпреступлений - на 705 меньше, чем за январь-май "
        "2024-го (2 915)."
    )
    assert [r for r in roles(text) if r[0] in (2210, 705, 2915)] == [
        (2210, "cases_total"),
        (705, "other"),
        (2915, "cases_total"),
    ]


def test_persons_the_tables_do_not_list_are_read_from_the_noun_and_the_story():
    # a demonym is a person; it counts victims when its sentence tells of a loss
    text = "За неделю 52 оренбуржца перевели телефонным мошенникам почти 10 млн рублей."
    assert roles(text) == [(52, "victims"), (10_000_000, "damage_total")]
    # officers of no known part in the story are neither victims nor suspects
    assert roles("В рейде участвовали шесть сотрудников полиции.") == [(6, "other")]


def test_one_victim_named_outright_and_a_group_that_lost_together():
    text = "Максимальная сумма, которую потерял один человек, - 1,9 млн рублей."
    assert roles(text) == [(1_900_000, "single_case_loss")]
    text = "За один раз мошенникам удалось похитить более 32 миллионов рублей в области."
    assert roles(text) == [(32_000_000, "single_case_loss")]
    text = "За выходные жертвами злоумышленников стали 16 человек, отдавших 5,6 млн рублей."
    assert roles(text) == [(16, "victims"), (5_600_000, "damage_total")]


def test_all_crime_together_and_a_text_that_never_speaks_of_fraud():
    text = (
        "Общее число зарегистрированных преступлений сократилось, составив 1265 фактов. "
        "Сокращение числа мошенничеств составило 29,3%."
    )
    assert roles(text)[0] == (1265, "other")
    text = "Вырос размер материального ущерба от преступлений – до 184 млрд рублей."
    assert roles(text) == [(184_000_000_000, "other")]
    assert extract_figures(text).empty


def test_shares_times_names_and_dates_read_from_the_form():
    assert roles("Это каждое второе преступление в округе.") == [(50.0, "percent")]
    assert roles("Число краж выросло в 2,2 раза.") == [(2.2, "percent")]
    assert roles("Мошенники атаковали жителей города 661 раз.")[0][1] != "percent"
    assert roles("ТОП-3 самых пострадавших районов.") == [(3, "other")]
    assert roles("За 5 истекших месяцев года ситуация не изменилась.") == [(5, "date")]


def test_lawsuits_thefts_and_offences_are_not_fraud_figures():
    text = "По искам прокурора мошенники должны будут выплатить свыше 19 000 000 рублей."
    assert roles(text) == [(19_000_000, "other")]
    text = "Бейнекамералардың көмегімен 286 қылмыс, оның ішінде 133 ұрлық ашылды."
    assert roles(text)[1] == (133, "other")
    text = "17 мыңнан астам әкімшілік құқықбұзушылық анықталған."
    assert roles(text)[0][1] not in ("suspects", "victims")


def test_crimes_attributed_to_known_offenders_are_solved():
    text = "Пресечена деятельность группы мошенников из трех участников, на счету которых 236 преступлений."
    assert (236, "solved") in roles(text)
    text = "Были установлены лица по 145 интернет-мошенничествам."
    assert roles(text) == [(145, "solved")]
    assert extract_figures(text).empty


def test_a_number_counts_its_first_noun_and_the_head_of_a_quantity():
    # the first noun after a number (adjectives between) is what it counts
    assert roles("Совершено 6 разбойных нападений на студентов.") == [(6, "other")]
    assert roles("Мошенники действовали в трёх городах области.") == [(3, "other")]
    text = "Предварительно расследовано 28 329 такого рода мошенничеств."
    assert roles(text) == [(28_329, "solved")]
    # «число задержанных» counts persons, whatever crime follows
    text = "Число задержанных за дистанционные хищения выросло в полтора раза с 534 до 713."
    assert roles(text) == [(1.5, "percent"), (534, "suspects"), (713, "suspects")]
    assert roles("Вырос ущерб от мошенников за полгода.") == [(6, "date")]
    # a count before a plural modifier is no year; «2017-м» is one
    text = "Зафиксировано 1912 совершённых с использованием интернета преступлений."
    assert roles(text) == [(1912, "cases_total")]
    assert roles("В 2017-м их число увеличилось до 290 мошенничеств.")[0] == (2017, "date")


def test_bounds_on_number_words_signs_and_lost_separators():
    text = "Зарегистрировано свыше шестидесяти заявлений о мошенничествах."
    assert extract_figures(text)[["value", "qualifier"]].values.tolist() == [[60, "at_least"]]
    text = "Число интернет-мошенничеств выросло (с 5233 до 6276, +1043)."
    assert roles(text) == [(5233, "cases_total"), (6276, "cases_total"), (1043, "other")]
    text = "Зарегистрировано 11?507 мошенничеств с использованием интернета."
    assert roles(text) == [(11_507, "cases_total")]


def test_prevented_crimes_banknotes_measures_and_recovered_parts():
    text = "Полиция предотвратила более 200 киберпреступлений на стадии покушения."
    assert roles(text) == [(200, "other")]
    text = "Изъяты фальшивые купюры номиналом 20 тысяч сумов и 1,25 кг золота."
    assert roles(text) == [(20_000, "other"), (1.25, "other")]
    text = "Жители лишились почти 1,5 млрд рублей из-за мошенников. Вернуть удалось лишь 18 млн из них."
    assert roles(text) == [(1_500_000_000, "damage_total"), (18_000_000, "recovered")]
    text = "Жители Среднего Урала перевели интернет-мошенникам 1,7 млрд руб. за полугодие."
    assert roles(text) == [(1_700_000_000, "damage_total")]
    text = "Третья пострадавшая потеряла 4,5 тысячи рублей при покупке детской коляски."
    assert roles(text) == [(4500, "single_case_loss")]


def test_a_sentence_that_points_back_keeps_its_damage():
    # cut from a text on fraud: «этого вида правонарушений» names no crime of its own
    text = "Общий ущерб от этого вида правонарушений в области составил более 2 млрд тенге."
    assert roles(text) == [(2_000_000_000, "damage_total")]
    # a text on crime that never speaks of fraud gives no fraud damage
    text = "Общий ущерб от правонарушений в области составил более 2 млрд тенге."
    assert roles(text) == [(2_000_000_000, "other")]


def test_money_lost_in_a_text_that_names_no_offence_is_no_damage():
    text = "Из-за отключений интернета экономики стран потеряли 189 млн долларов."
    assert roles(text) == [(189_000_000, "other")]
    assert extract_figures(text).empty
    # a damage word is enough: a quote cut from a release keeps its figure
    assert roles("Общий ущерб составил 1 млрд 657 млн тенге.") == [(1_657_000_000, "damage_total")]


def test_round_7_rules_periods_reports_changes_and_crimes():
    # the largest month is a month's total, not one victim's loss
    text = "Максимальный ущерб от мошенников отмечен в октябре: около 220 млн рублей."
    assert roles(text) == [(220_000_000, "damage_total")]
    # citizens' reports about thefts are registered cases, not Anti-Fraud incidents
    text = "В отдел поступило более 104 обращений граждан по фактам хищений их денег."
    assert roles(text) == [(104, "cases_total")]
    # «на порядка 1 тыс.» after a verb of change is the size of the change
    text = (
        "Число киберпреступлений увеличилось по сравнению с прошлым годом на порядка "
        "1 тыс. преступлений."
    )
    assert roles(text) == [(1000, "other")]
    # a verb of losing makes a scaled number money; one person's verb makes it hers
    assert roles("Алматинка ответила на звонок мошенников и лишилась 7 миллионов.") == [
        (7_000_000, "single_case_loss")
    ]
    # fraud among the crimes counted; «адам өлтіру» is a crime, not persons
    text = "С начала года зафиксировано почти 3 тысячи фактов дистанционных краж и мошенничеств."
    assert roles(text) == [(3000, "cases_total")]
    assert roles("Облыста 27 қасақана адам өлтіру тіркелді.") == [(27, "other")]
    # a bare four-digit number after 2040 is a count
    text = "В 2017 году было зарегистрировано 2099 киберпреступлений."
    assert roles(text) == [(2017, "date"), (2099, "cases_total")]


def test_a_plural_scale_word_alone_has_no_value_and_offenders_may_be_women():
    frame = read_numbers(
        "Каждый день казахстанцы становятся жертвами мошенников, теряя миллиарды тенге."
    )
    assert frame["value"].isna().tolist() == [True]
    assert extract_figures("Жертвы мошенников теряют миллиарды тенге.").empty
    assert roles("Две мошенницы задержаны в Алматы.") == [(2, "suspects")]
    assert roles("Он позвонил около шести вечера.") == [(6, "date")]


def test_round_8_rules_verbs_records_hyphens_and_registered_counts():
    # a verb of losing right after a scaled number makes it money
    text = "Более 486 миллионов отдали сахалинцы мошенникам в 2023 году."
    assert roles(text)[0] == (486_000_000, "damage_total")
    # a record sum of a year is the year's total, not one victim's loss
    text = "В 2023 году сахалинцы отдали аферистам рекордную сумму — 486 млн рублей."
    assert roles(text)[1] == (486_000_000, "damage_total")
    # «общий» makes all crime only with the crimes or their number
    text = "Общий ущерб, который причинили мошенники в 1899 преступлениях, составил 2 млрд рублей."
    assert roles(text)[0] == (1899, "cases_total")
    # a compound with a non-breaking hyphen or written apart is one word
    text = "Хищения с использованием IT\u2011технологий. Всего их было зарегистрировано 4407."
    assert roles(text) == [(4407, "cases_total")]
    text = "Сократилось количество кибер-преступлений. Всего их было зарегистрировано 1407."
    assert roles(text) == [(1407, "cases_total")]
    # an investigation completed is a solved case; an attempted sum is no damage
    text = "С начала года завершено расследование 68 уголовных дел о финпирамидах."
    assert roles(text) == [(68, "solved")]
    text = "Мошенники покушались на сумму более 46 тысяч рублей."
    assert roles(text) == [(46_000, "other")]
    assert roles("Пострадали люди от 60 лет и старше.") == [(60, "age")]


def test_round_9_rules_year_lists_caseloads_and_one_of_the_cases():
    # a list of years: each line counts what the list counts, also without a word
    text = (
        "Рост количества регистрируемых киберпреступлений:\n"
        "2015 — 2440 преступлений,\n2016 — 2471,\n2017 — 3099."
    )
    assert [r for r in roles(text) if r[1] != "date"] == [
        (2440, "cases_total"),
        (2471, "cases_total"),
        (3099, "cases_total"),
    ]
    # a caseload, road accidents and assaults are no registered fraud
    text = (
        "За неделю в производстве следователей находилось 193 уголовных дела о мошенничестве, "
        "зарегистрировано 11 дорожно-транспортных происшествий."
    )
    assert roles(text) == [(193, "other"), (11, "other")]
    # thefts by IT are counted; «в одном из случаев» is one case's loss
    text = "Зарегистрировано 12 преступлений (кражи), совершенных посредством ИТ-технологий."
    assert roles(text) == [(12, "cases_total")]
    text = (
        "Мошенники обманули 58 человек, в одном из случаев размер ущерба превысил 4,8 млн рублей."
    )
    assert roles(text) == [(58, "victims"), (4_800_000, "single_case_loss")]
    text = "Жители потеряли мошенникам 666 млн рублей, ущерб больше почти на 12 млн рублей."
    assert roles(text) == [(666_000_000, "damage_total"), (12_000_000, "other")]


def test_round_11_rules_losses_that_did_not_happen_counts_in_millions_and_shared_scales():
    # a loss negated, attempted or only possible is prevented, never damage
    text = "В 2024 году мошенникам не дали увести со счетов жертв 200 млрд рублей."
    assert roles(text) == [(2024, "date"), (200_000_000_000, "prevented")]
    text = "Нам удалось предотвратить хищение по 84 фактам, общий ущерб мог бы составить 54 млн."
    assert roles(text)[-1] == (54_000_000, "prevented")
    text = (
        "Полицейские остановили горожан у банкоматов, когда те пытались перевести 400 тысяч рублей."
    )
    assert roles(text) == [(400_000, "prevented")]
    # «чуть не обманули» stays with the nearly-lost rule, which knows the money was returned
    text = "Пенсионерку чуть не обманули на 1 миллион рублей, но деньги удалось вернуть."
    assert roles(text)[0][1] != "prevented"
    # a number in millions that counts a noun is no money
    text = "Банки смогли отразить 34,8 млн попыток похитить деньги у граждан."
    assert roles(text) == [(34_800_000, "other")]
    assert extract_figures(text).empty
    # the first end of «с A до B млрд рублей» shares B's scale word and currency
    text = "Материальный ущерб от киберпреступлений сократился с 203 до 195 млрд рублей."
    found = extract_figures(text)
    assert found[["value", "currency", "qualifier", "year_earlier"]].values.tolist() == [
        [203_000_000_000, "RUB", "rounded", True],
        [195_000_000_000, "RUB", "rounded", False],
    ]
    # a person of a given age is one victim, whatever the number of the verb
    text = "У 67-летней жительницы Новополоцка увели более 62 000 рублей."
    assert roles(text) == [(67, "age"), (62_000, "single_case_loss")]
    # a count read as one scheme's keeps the words that decided it, so ingest never files it as
    # the total (an unmapped wording is skipped for the reviewer to map); a pretext keeps its
    # words, not «предлогом» alone
    text = (
        "В 2025 году зарегистрировано 523 факта интернет-мошенничества, в 39 случаях потерпевшие "
        "переводили деньги под предлогом заработка на отзывах."
    )
    found = extract_figures(text)
    assert found[["value", "scheme", "scheme_text"]].values.tolist() == [
        [523, "", ""],
        [39, "", "случаях под предлогом заработка на отзывах"],
    ]
    # «всемирная паутина» is the internet; «за такой же срок» is the same period a year earlier
    text = (
        "Количество зарегистрированных на территории региона преступлений с использованием "
        "всемирной паутины за пять месяцев этого года возросло на 11,4% - с 1381 до 1538."
    )
    assert extract_figures(text)[["value", "year_earlier"]].values.tolist() == [
        [1381, True],
        [1538, False],
    ]
    text = (
        "За 3 месяца этого года зарегистрировано 583 факта кибермошенничества. В прошлом году "
        "за такой же срок было зарегистрировано 185 фактов кибермошенничества."
    )
    assert extract_figures(text)[["value", "year_earlier"]].values.tolist()[-1] == [185, True]
    # a negated recovery is no recovery
    text = "Пенсионерке так и не смогли вернуть 5 млн тенге, а соседке полицейские вернули 2 млн тенге."
    first, second = roles(text)
    assert first[1] != "recovered" and second == (2_000_000, "recovered")


def test_round_12_rules_joined_groups_and_forecasts():
    # «и» joins the groups of one amount when the currency follows; a forecast is no damage
    text = (
        "42 миллиона и 700 тысяч рублей жители Хакасии потеряли из-за мошенников за два месяца. "
        "Если люди будут терять по 42,7 миллиона, то к концу года ущерб вырастет до 256 миллионов "
        "рублей."
    )
    money = [(v, r) for v, r in roles(text) if v >= 1_000_000]
    assert money == [(42_700_000, "damage_total"), (42_700_000, "other"), (256_000_000, "other")]
    assert extract_figures(text)["value"].tolist() == [42_700_000]


def test_round_13_rules():
    # the first end of a change may carry its own year: it is a count of that year, and the
    # year is neither the second end's period nor a sign of «a year earlier»
    text = (
        "Количество преступлений, совершённых с использованием информационно-коммуникационных "
        "технологий, возросло с 56 в 2023 году до 83 в прошедшем."
    )
    found = read_numbers(text)
    assert found[["value", "role", "year_earlier", "period_text"]].values.tolist() == [
        [56, "cases_total", False, "в 2023 году"],
        [2023, "date", False, ""],
        [83, "cases_total", False, ""],
    ]
    # «их стало N» counts what the sentence counts; «стать» alone names no victims
    text = (
        "Количество преступлений с использованием информационных технологий выросло. В 2017 году "
        "в регионе было совершено 1 234 таких преступления, в 2018-м их стало уже 1 757."
    )
    assert [r for v, r in roles(text) if v in (1234, 1757)] == ["cases_total", "cases_total"]
    # «на сумму» gives the sum of what its clause counts: prevented thefts' sum is prevented
    text = (
        "В результате сотрудниками банка предотвращено 55 хищений денежных средств у граждан на "
        "сумму свыше 70 млн рублей."
    )
    assert roles(text)[-1] == (70_000_000, "prevented")
    # money where nothing names a loss is no damage; a list of losses goes on without the word
    text = "В Казахстане объем онлайн-операций с 2018 года вырос в 26 раз, почти до 120 трлн тенге."
    assert roles(text)[-1] == (120_000_000_000_000, "other")
    text = (
        "Наибольший ущерб от мошенничеств причинён гражданам на территориях:\n"
        "- Ленинского района — более 144 млн рублей;\n- Находки — более 83 млн рублей."
    )
    assert [r for _, r in roles(text)] == ["damage_total", "damage_total"]
    # a count under a fraud scheme's wording is that scheme's, even among other crimes' counts
    text = (
        "Преступления чаще всего связаны с хищениями (1264 случая) и незаконным оборотом "
        "наркотиков (830 случаев). Злоумышленники используют различные методы для совершения "
        "преступлений: звонки гражданам (1094 случая), мессенджеры (1207 случаев)."
    )
    assert [r for v, r in roles(text) if v in (1094, 1207)] == ["cases_scheme", "cases_scheme"]
    # «это число выросло до 2281» counts what the count before counted
    text = (
        "В 2020 году было зарегистрировано всего 106 киберпреступлений. Однако в 2021 году это "
        "число выросло до 2281, а в 2022 году удвоилось до 4332."
    )
    assert [r for v, r in roles(text) if v in (106, 2281, 4332)] == ["cases_total"] * 3
    # a possible amount is no loss
    text = "Ущерб от мошенников растёт. В годовом выражении эта сумма может составлять до 18 млрд тенге."
    assert roles(text) == [(18_000_000_000, "other")]

    # a range's lower end takes the upper end's scale and is at least, the upper end at most;
    # an approximation word before the range qualifies both; a word range is two numbers
    def ends(text):
        frame = read_numbers(text)
        return frame[["value", "qualifier"]].values.tolist()

    assert ends("Россиянин отдал мошенникам 50–100 тысяч рублей.") == [
        [50_000, "at_least"],
        [100_000, "at_most"],
    ]
    assert ends("Средний чек составляет от 50 до 100 тысяч рублей.") == [
        [50_000, "at_least"],
        [100_000, "at_most"],
    ]
    # each end with its own scale, the currency printed once: both money, never a count
    text = "Сумма ущерба по одному факту варьируется от 10 тысяч до 5 млн тенге."
    assert ends(text) == [[10_000, "at_least"], [5_000_000, "at_most"]]
    assert read_numbers(text)["currency"].tolist() == ["KZT", "KZT"]
    assert extract_figures(text).empty
    assert ends("Дельцы получили порядка пяти-шести миллиардов рублей.") == [
        [5_000_000_000, "approx"],
        [6_000_000_000, "approx"],
    ]
    assert ends("Ущерб сократился с 203 до 195 млрд рублей.") == [
        [203_000_000_000, "rounded"],
        [195_000_000_000, "rounded"],
    ]
    # a scaled number after a word of loss is money though no currency follows, also as a
    # list item («по киберпреступлениям – 2,513 млрд»), not a count of cases
    text = (
        "Жители области отдали мошенникам в 2024 году более 2,5 млрд рублей. Размер причиненного "
        "ущерба по киберпреступлениям – 2,513 млрд."
    )
    assert extract_figures(text)[["metric", "value", "currency"]].values.tolist() == [
        ["damage", 2_500_000_000, "RUB"],
        ["damage", 2_513_000_000, "RUB"],
    ]
    # «таких преступлений» points to the nearest crime named: a fraud named after a murder wins
    text = (
        "За год было зафиксировано всего одно убийство. Также стоит отметить борьбу с "
        "дистанционным мошенничеством, количество таких преступлений уменьшилось с 73 до 62."
    )
    assert [r for v, r in roles(text) if v in (73, 62)] == ["cases_total", "cases_total"]
    # years after persons are ages: «детей до 13 лет», «подростков 14-15 лет», «исполнилось 60 лет»
    text = (
        "Обратились родители детей до 13 лет. Также 16 заявлений поступило от представителей "
        "подростков 14-15 лет. Проверять будут всех, кому исполнилось 60 лет."
    )
    assert [r for v, r in roles(text) if v != 16] == ["age"] * 4


def test_round_15_rules():
    # «в сфере IT», «с использованием ИКТ», «в киберпространстве»: words of cybercrime
    for text in (
        "В области зарегистрировано 1 200 преступлений в сфере IT.",
        "Зарегистрировано 300 преступлений с использованием ИКТ.",
        "Зарегистрировано 300 преступлений в киберпространстве.",
    ):
        assert [r for _, r in roles(text)] == ["cases_total"], text
    # without them a count of crimes in a text on nothing else is all crime
    assert [r for _, r in roles("В области зарегистрировано 1 200 преступлений.")] == ["other"]
    # «одно из четырёх преступлений» is a share of crimes (25 percent), not four cases;
    # «один из двух подозреваемых» stays two persons
    assert roles("Одно из четырех регистрируемых преступлений совершается онлайн.") == [
        (25, "percent")
    ]
    assert roles("Один из трех случаев мошенничества — звонки.") == [(33.3, "percent")]
    assert roles("Задержан один из двух подозреваемых.") == [(2, "suspects")]


def test_round_16_rules():
    # an intention to hand money over is no loss: «собиралась передать», «намереваясь снять»,
    # also in a «который» clause after the amount
    for text in (
        "Пенсионерка собиралась передать мошенникам 573 тысячи рублей.",
        "Пенсионеры пришли в банк, намереваясь снять со счета почти 12 миллионов рублей.",
        "В коробке оказалось 1,16 млн рублей, которые пенсионер готовил для передачи аферистам.",
    ):
        assert [r for _, r in roles(text)] == ["prevented"], text
    # the second end of a change of money takes the first end's role (an average here)
    text = (
        "Средний размер переводов мошенникам снизился с 18 тысяч рублей (I квартал 2023 года) "
        "до 14 тысяч 500 рублей (I квартал 2024 года)."
    )
    assert [r for v, r in roles(text) if v in (18_000, 14_500)] == ["other", "other"]
    # «в данной сфере» points back to the crime named before, though «данной» lemmatises as «дать»
    text = (
        "В Беларуси совершено около 20 тысяч киберпреступлений. Только за 2023 год совершено "
        "около 20 тысяч преступлений в данной сфере, что составляет 21% от общего количества."
    )
    assert [r for v, r in roles(text) if v == 20_000] == ["cases_total", "cases_total"]
    # the lower end of a percent range is a percent
    assert roles("Раскрыть удается лишь 30-40% таких преступлений.") == [
        (30, "percent"),
        (40, "percent"),
    ]
    # «их количество» with no count before: the cybercrime the sentence before named
    text = (
        "Доля киберпреступлений возросла до 40% от общего числа преступлений. "
        "В прошлом году их количество превысило 765 тыс."
    )
    assert roles(text)[-1] == (765_000, "cases_total")
    # «сотни миллиардов рублей» is one vague amount; «ущерб, превышающий …» a loss, not a threshold
    assert roles("Киберпреступления наносят ущерб, превышающий сотни миллиардов рублей.") == [
        (None, "damage_total")
    ]
    # «за 6 тысяч рублей» right after a purchase or an order: a price paid, no loss
    assert roles("Женщина заказала доставку в Москву за 6 тысяч рублей.") == [(6_000, "other")]
    # a participle names where the money came from; the verb of returning decides
    text = (
        "Мошенники похитили у клиентов 27,5 млрд рублей. Банки вернули клиентам 9,9% от объема "
        "похищенных мошенниками средств, или 2,7 миллиарда рублей."
    )
    assert roles(text)[-1] == (2_700_000_000, "recovered")
    # a bank's «операции без согласия клиентов» are money taken from them
    text = (
        "Мошенники активно атакуют клиентов банков. В 2023 году объем операций без согласия "
        "клиентов составил 15791,41 млн руб."
    )
    assert roles(text)[-1] == (15_791_410_000, "damage_total")


def test_round_17_rules():
    # a time of day is a date, not a count
    assert roles("Около 19.00 неизвестная вошла в дом.") == [(19, "date")]
    # a bare number after «процент»/«доля» as the subject is a share; not after «66 процентов»
    assert roles("Процент успеха составил всего… 1,58!") == [(1.58, "percent")]
    text = "Число таких краж выросло на 66 процентов и составило 835."
    assert roles(text)[-1][0] == 835 and roles(text)[-1][1] != "percent"
    # applications «на» something are no crime reports; reports «о мошенничестве» are
    assert roles("Россияне направили 15,7 млн заявлений на установку запрета.") == [
        (15_700_000, "other")
    ]
    assert roles("Поступило 120 заявлений о мошенничестве.") == [(120, "cases_total")]
    # every collective numeral in every case counts persons; a person noun after it decides
    assert roles("Мошенники обманули сразу семерых местных жителей.") == [(7, "victims")]
    assert roles("Задержаны пятеро подозреваемых.") == [(5, "suspects")]
    # «группа риска» is no criminal group: the loss of seven pensioners is theirs together
    text = (
        "Мошенники обманули пенсионеров. В группе риска — одиноко проживающие пенсионеры. "
        "Общая сумма, которую отдали семеро пенсионеров, составила свыше полутора миллионов рублей."
    )
    assert roles(text)[-1] == (1_500_000, "damage_total")
    # a scaled count before an adjective and its noun counts that noun, it is no money
    text = (
        "Кибермошенники похитили 15,8 млрд рублей, совершив более 1,17 млн успешных операций "
        "по выводу средств."
    )
    assert roles(text) == [(15_800_000_000, "damage_total"), (1_170_000, "other")]
    # one person's loss: «у хозяйки пропало»; a rate per person: «с человека»
    assert roles("Мошенники похитили у хозяйки 54 тысячи рублей.") == [(54_000, "single_case_loss")]
    assert roles("Организатор брал по 30 тысяч рублей с человека.") == [(30_000, "other")]
    # unsolved cases are not the registered ones, nor solved
    assert roles("За неделю остаются не раскрытыми 3 таких мошенничества.") == [(3, "other")]
    # the times offenders struck are cases; the calls to one person are not, nor a phone number
    assert roles("С начала года мошенники атаковали жителей города более 700 раз.") == [
        (700, "cases_total")
    ]
    assert roles("Жительница говорит, что мошенники звонили 15 раз.") == [(15, "other")]


def test_round_18_rules():
    # «может потерять» some words before the amount: a possibility, no loss
    text = "По оценке, российская экономика может потерять на мошеннических схемах 1 трлн рублей."
    assert roles(text) == [(1_000_000_000_000, "other")]
    # a scale's abbreviation before a capitalised word ends the sentence, and a bare amount after
    # a sum saved goes on with the list of saved sums
    text = (
        "С начала года мы сохранили от мошенников более 180 млрд рублей. По итогам 2023 года — "
        "300 млрд. То есть мошенники не снижают активность."
    )
    assert [r for v, r in roles(text) if v and v > 10_000] == ["prevented", "prevented"]
    # but a count at the end of its clause stays a count
    text = (
        "Ущерб составил 2 млрд рублей. В прошлом году число киберпреступлений превысило 765 тысяч."
    )
    assert roles(text)[-1] == (765_000, "cases_total")


def test_kazakh_possessive_counts_name_their_scheme():
    # «оның ішінде 540-ы <wording>»: 540 of them are of the scheme the wording names, as
    # «из них 340 — <wording>» is in Russian; «интернет-дүкен» is the Kazakh «интернет-магазин»
    text = (
        "Биыл облыста 1 245 интернет-алаяқтық тіркелді. Оның ішінде 540-ы интернет-дүкендер "
        "арқылы алдау, 320-сы банк қызметкері атынан қоңырау шалу."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [1245, "cases_total", ""],
        [540, "cases_scheme", "prepayment"],
        [320, "cases_scheme", "impersonation_call"],
    ]


def test_round_20_rules():
    # «внутренних дел» is the police, no criminal case: a count of groups after it is no case count
    text = "Министерством внутренних дел ликвидировано 6 ОПГ и пресечена работа 165 сайтов."
    assert roles(text) == [(6, "other"), (165, "other")]
    assert roles("Органами внутренних дел выявлено 12 фактов интернет-мошенничества.") == [
        (12, "cases_total")
    ]
    # a number that ends a name in quotes: «Якутия 24», «Хабар 24»
    text = "Жертвами мошенников стали 15 жителей, передает телеканал «Якутия 24»."
    assert roles(text) == [(15, "victims"), (24, "other")]
    # «70-процентный рост», «двух третей» are shares
    assert roles("МВД зафиксировало 70-процентный рост преступности.") == [(70, "percent")]
    assert roles("Из них больше двух третей совершены по телефону.")[0][1] == "percent"
    # «24 числа – …» is a day of the month, unless «числа» counts something after it
    text = "24 числа – гражданка перевела преступникам более 46 тысяч рублей."
    assert roles(text) == [(24, "date"), (46_000, "single_case_loss")]
    assert roles("Выявлено 24 числа мошеннических звонков.") == [(24, "other")]
    # «до» alone is an upper bound; after a change («выросло на 12%, до 843», «удвоилось до»,
    # «в 2,8 раза — до 6653») or a range's first end («от 70 до 80») it is the change's end
    assert read_numbers("Зарегистрировано до 900 фактов.")["qualifier"].tolist() == ["at_most"]
    for text in (
        "Число фактов выросло на 12%, до 843.",
        "В 2022 году число удвоилось до 4332.",
        "Прирост в 2,8 раза — до 6653 фактов.",
    ):
        assert read_numbers(text)["qualifier"].iloc[-1] == "exact", text
    # an amount «по каждому факту» is per case, not a total
    assert roles("Сумма ущерба — до 5 млн тенге по каждому факту.") == [(5_000_000, "other")]
    # the whole an amount recovered is part of is the damage («возмещено 120 млн из 1,6 млрд»)
    assert roles("Потерпевшим возмещено 120 млн тенге из 1,6 млрд.") == [
        (120_000_000, "recovered"),
        (1_600_000_000, "damage_total"),
    ]
    assert roles("Из 1,6 млрд тенге ущерба возмещено 120 млн.") == [
        (1_600_000_000, "damage_total"),
        (120_000_000, "recovered"),
    ]


def test_round_21_rules():
    # a ten or a hundred and the number words after it are one number
    assert roles("Зарегистрировано тридцать два факта мошенничества.") == [(32, "cases_total")]
    assert roles("Мошенники обманули пятьдесят пять пенсионеров.") == [(55, "victims")]
    assert roles("Полиция вернула деньги ста двадцати трем гражданам.") == [(123, "victims")]
    assert roles("Задержаны двадцать подозреваемых и пять соучастников.") == [
        (20, "suspects"),
        (5, "suspects"),
    ]
    # «одного процента», «полтора процента» are percents
    assert roles("Доля таких операций не превышала одного процента.") == [(1, "percent")]
    assert roles("Рост составил полтора процента.") == [(1.5, "percent")]
    # a bare number in brackets right after a count is that count for the period before
    text = "За год в районе зарегистрировано 22 киберпреступления. Раскрыто 12 (8) преступлений."
    assert roles(text)[1:] == [(12, "solved"), (8, "solved")]


def test_round_22_rules():
    # a count of operations stays a count when its clause starts after a percent and money was
    # returned in the sentence before
    text = (
        "В 2021-м банки вернули жертвам мошенников 920,5 млн рублей. В прошлом году количество "
        "операций без согласия клиентов снизилось на 15,31% до 877 тысяч."
    )
    assert roles(text)[-1] == (877_000, "other")
    # «180-і банк …»: a possessive ending and the next word are no article («190-бабы» is)
    frame = read_numbers(
        "Оның ішінде 250-і интернет-дүкендер арқылы алдау, 180-і банк қызметкері атынан қоңырау "
        "шалу. ҚР ҚК 190-бабы және 232-1-бабы бойынша іс қозғалды."
    )
    assert frame[["value", "role", "scheme"]].values.tolist()[:2] == [
        [250, "cases_scheme", "prepayment"],
        [180, "cases_scheme", "impersonation_call"],
    ]
    assert frame["role"].tolist()[2:5] == ["article", "article", "article"]
    # an item of a scheme list whose label holds a case noun is shown as the scheme's, as it is
    # filed («мошенничество при покупке товаров через интернет – 412» was grouped as a total)
    text = (
        "За 10 месяцев 2025 года зарегистрировано 1 012 фактов интернет-мошенничества. Наиболее "
        "распространены: мошенничество при покупке товаров через интернет – 412, звонки от имени "
        "сотрудников банков – 305."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "scheme"]].values.tolist()[-2:] == [
        [412, "cases_scheme", "prepayment"],
        [305, "cases_scheme", "impersonation_call"],
    ]


def test_a_phone_line_is_known_by_a_case_ending_not_by_a_possessive():
    # «150-і» is "150 of them" in a scheme list; «102-ге», «1414-тен» are the phone lines
    frame = read_numbers(
        "Оның ішінде 230 дерек – банк қызметкері атынан қоңырау шалу, 150-і – интернет-дүкендер "
        "арқылы алдау. Алаяқтық туралы 102-ге хабарласыңыз, 1414-тен келген СМС кодын айтпаңыз."
    )
    assert frame[["value", "role"]].values.tolist() == [
        [230, "cases_scheme"],
        [150, "cases_scheme"],
        [102, "phone"],
        [1414, "phone"],
    ]


def test_the_whole_after_iz_is_not_the_part_its_verb_counts():
    # «Из 2 341 преступления раскрыто 412»: 412 are solved, the 2 341 are the registered whole;
    # «из 10 раскрытых преступлений» names solved cases before its noun
    text = (
        "Зарегистрировано 2 341 факт интернет-мошенничества. Из 2 341 преступления раскрыто 412. "
        "Из 10 раскрытых преступлений 5 совершены иногородними."
    )
    assert read_numbers(text)[["value", "role"]].values.tolist() == [
        [2341, "cases_total"],
        [2341, "cases_total"],
        [412, "solved"],
        [10, "solved"],
        [5, "solved"],
    ]


def test_a_loss_from_a_named_scheme_is_that_schemes_damage():
    # «Ущерб от звонков от имени сотрудников банков составил 520 млн» is one scheme's damage,
    # never a second total beside «ущерб – 1,6 млрд»; «ущерб от интернет-мошенничества» names
    # no scheme
    found = extract_figures(
        "Зарегистрировано 843 факта интернет-мошенничества, ущерб – 1,6 млрд тенге. Ущерб от "
        "звонков от имени сотрудников банков составил 520 млн тенге. Ущерб от "
        "интернет-мошенничества в 2024 году составил 1,2 млрд тенге."
    )
    assert found[["metric", "value", "scheme"]].values.tolist() == [
        ["cases", 843, ""],
        ["damage", 1_600_000_000, ""],
        ["damage", 520_000_000, "impersonation_call"],
        ["damage", 1_200_000_000, ""],
    ]
    # Kazakh: «<scheme> арқылы келтірілген залал», «<scheme>дан келген шығын»
    found = extract_figures(
        "Биыл облыста интернет-алаяқтықтың 734 дерегі тіркелді, залал 1,6 млрд теңге. Банк "
        "қызметкері атынан қоңырау шалу арқылы келтірілген залал 520 млн теңгені құрады. Жалған "
        "инвестициялардан келген шығын – 610 млн теңге."
    )
    assert found[["metric", "value", "scheme"]].values.tolist() == [
        ["cases", 734, ""],
        ["damage", 1_600_000_000, ""],
        ["damage", 520_000_000, "impersonation_call"],
        ["damage", 610_000_000, "fake_investment"],
    ]


def test_a_kazakh_person_noun_before_a_noun_modifies_it():
    # «12 мың күдікті операция» are suspicious operations, not suspects; «12 күдікті» are
    assert read_numbers("Банктер 12 мың күдікті операцияны бұғаттады.")["role"].tolist() == [
        "other"
    ]
    assert read_numbers("Полиция 12 күдіктіні ұстады. 5 күдікті ұсталды.")["role"].tolist() == [
        "suspects",
        "suspects",
    ]


def test_a_count_broken_down_by_victims_sex_or_age_is_no_total():
    # parts of the region's count split by who the victims were are not proposed
    text = (
        "В 2025 году в городе зарегистрировано 981 факт интернет-мошенничества. Чаще всего "
        "жертвами становятся женщины — 567 случаев, в отношении мужчин совершено 414 "
        "преступлений. На граждан от 18 до 44 лет приходится 548 случаев, в группе 45–59 лет "
        "зарегистрировано 268 преступлений."
    )
    assert roles(text) == [
        (2025, "date"),
        (981, "cases_total"),
        (567, "other"),
        (414, "other"),
        (18, "age"),
        (44, "age"),
        (548, "other"),
        (45, "age"),
        (59, "age"),
        (268, "other"),
    ]
    assert extract_figures(text)["value"].tolist() == [981]
    # a group named after the count: «в 99 случаях потерпевшими являются пожилые люди»
    text = "Зарегистрировано 257 мошенничеств, в 99 случаях потерпевшими были пенсионеры."
    assert roles(text) == [(257, "cases_total"), (99, "other")]
    # not a group: the residents of a region are its total; victims named in a clause of
    # their own, or a stretch of years, split nothing
    text = "В отношении жителей области совершено 843 факта интернет-мошенничества."
    assert roles(text) == [(843, "cases_total")]
    text = (
        "Жертвами мошенников чаще всего становятся пенсионеры: в 2025 году зарегистрировано 843 "
        "факта интернет-мошенничества."
    )
    assert roles(text) == [(2025, "date"), (843, "cases_total")]
    text = "За последние 5 лет от мошенников пострадали многие, зарегистрировано 3000 фактов."
    assert roles(text)[-1] == (3000, "cases_total")


def test_a_year_compared_with_is_the_period_of_its_figure():
    # «превышает показатели 2024 года (486,7 млн тенге)»: 486,7 млн is 2024's
    text = (
        "В 2025 году жертвам интернет-мошенников причинён ущерб более 1 млрд тенге, что в 2,8 "
        "раза превышает показатели 2024 года (486,7 млн тенге)."
    )
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [
        [1_000_000_000, "В 2025 году"],
        [486_700_000, "показатели 2024 года"],
    ]
    # «по статистике текущего года», «в наступившем году»: this year's
    text = "По статистике текущего года число фактов интернет-мошенничества выросло с 346 до 489."
    assert set(extract_figures(text)["period_text"]) == {"По статистике текущего года"}
    text = "Мошенничество в интернете: в наступившем году люди обмануты уже на 19 млн тенге."
    assert extract_figures(text)["period_text"].tolist() == ["в наступившем году"]


def test_a_district_list_keeps_each_districts_place_around_brackets():
    # the later districts are named by their adjective alone, each with a bracket of changes;
    # «в областном центре» is the region's capital, a town, not the region
    text = (
        "Больше всего интернет-мошенничеств в областном центре (с 271 до 385 случаев), "
        "Бурлинском районе (+40%, с 22 до 31), Казталовском (+400%, с 1 до 5) и "
        "Байтерекском (с 12 до 19) районах."
    )
    found = extract_figures(text)
    assert found[["value", "place_text"]].values.tolist() == [
        [271, "областном центре"],
        [385, "областном центре"],
        [22, "Бурлинском районе"],
        [31, "Бурлинском районе"],
        [1, "Казталовском"],
        [5, "Казталовском"],
        [12, "Байтерекском"],
        [19, "Байтерекском"],
    ]
    assert place_kind("областном центре") == "town"
    assert not is_own_place("в областном центре", ["Костанайская область", "Қостанай облысы"])


def test_a_count_of_the_way_just_named_is_that_schemes():
    # «Таким образом совершено N», «Таких случаев N» after a sentence naming a scheme
    text = (
        "По итогам года зарегистрировано 4 100 фактов интернет-мошенничества. Самым "
        "распространённым способом обмана остаются звонки якобы от сотрудников банков. Таким "
        "образом было совершено 1 812 правонарушений."
    )
    found = extract_figures(text)
    assert found[["value", "scheme"]].values.tolist() == [
        [4100, ""],
        [1812, "impersonation_call"],
    ]
    text = (
        "Зарегистрировано 4 100 фактов интернет-мошенничества. Самым распространённым вариантом "
        "остаются звонки от лжесотрудников банка. Таких случаев было более 300."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [
        [4100, ""],
        [300, "impersonation_call"],
    ]
    # an item whose scheme's wording ends with persons («без ведома граждан») counts the scheme
    text = "Из них оформление онлайн-займов без ведома граждан — 505, фишинг — 420."
    assert roles(text) == [(505, "cases_scheme"), (420, "cases_scheme")]


def test_a_group_of_victims_counted_in_words_lost_money_together():
    # «у пятерых горожан украли 1,1 млн», «три жителя, которые потеряли 2 млн»: one group's
    # losses together, a day's or a week's total, not one person's
    text = "За сутки у пятерых горожан мошенники украли 1,1 млн рублей."
    assert roles(text) == [(5, "victims"), (1_100_000, "damage_total")]
    text = "За день обратились три жителя, которые потеряли из-за мошенников более 2 млн рублей."
    assert roles(text) == [(3, "victims"), (2_000_000, "damage_total")]
    # «выманили у 120 жителей»: the persons the money was taken from are victims
    text = "Участники группы выманили у 120 жителей области 45 млн тенге."
    assert roles(text)[0] == (120, "victims")


def test_a_speech_dash_after_a_full_stop_opens_a_sentence():
    # «…, – сказал он. – Сумма ущерба …»: the comparison year of the sentence before is not the
    # damage's period
    text = (
        "– За 9 месяцев зарегистрировано 789 фактов интернет-мошенничества, что больше, чем в "
        "прошлом году, на 24%, – сказал он. – Сумма ущерба составила 1,7 млрд тенге."
    )
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [
        [789, "За 9 месяцев"],
        [1_700_000_000, "За 9 месяцев"],
    ]


def test_a_year_or_months_make_an_arrest_count_statistics():
    # «В 2025 году задержаны 57 подозреваемых …, ущерб составил …»: a year's statistics of
    # arrests beside the year's damage; a story of one arrest names no year or months
    text = "В 2025 году задержаны 57 подозреваемых в интернет-мошенничестве, ущерб 1,6 млрд тенге."
    assert roles(text) == [(2025, "date"), (57, "suspects"), (1_600_000_000, "damage_total")]
    text = "За 9 месяцев жители области перевели мошенникам 400 млн тенге, задержаны 12 человек."
    assert roles(text)[1] == (400_000_000, "damage_total")
    text = "В марте задержаны двое подозреваемых, похитивших у жителей области 12 млн тенге."
    assert roles(text)[1] == (12_000_000, "single_case_loss")


def test_a_number_after_the_number_sign_names_and_never_counts():
    # «указ № 269 против мошенничества»: an act's number, like an article's; «отдел полиции № 8»
    # a name; neither is a count of cases
    text = "За 9 месяцев зафиксировано 13,5 тыс. киберпреступлений. Действует указ № 269 против мошенничества."
    assert roles(text) == [(9, "date"), (13_500, "cases_total"), (269, "article")]
    text = "Мошенничество: в отдел полиции № 8 поступило заявление о хищении."
    assert roles(text) == [(8, "other")]
    assert extract_figures(text).empty


def test_units_after_thousands_at_a_clauses_end_belong_to_the_number():
    # «зарегистрировано 18 тыс. 718.»: one number written group by group, as before a noun
    text = "Интернет-мошенничество: в органах внутренних дел зарегистрировано 18 тыс. 718."
    assert roles(text) == [(18_718, "cases_total")]
    # «2 тыс. 150 из них» stays two numbers
    text = "Мошенничеств зарегистрировано 2 тыс. 150 из них раскрыто."
    assert [value for value, _ in roles(text)] == [2000, 150]


def test_a_text_that_tells_of_one_arrest_gives_one_groups_haul():
    # no statistics anywhere, an arrest in the text: «общий ущерб» is the group's, not a region's
    text = (
        "Организатором преступной схемы оказался 23-летний житель Алматы. Он создал call-центр, "
        "вводя граждан в заблуждение. В результате мошеннических действий пострадали 57 человек. "
        "Общий материальный ущерб составил более 36 миллионов тенге. Полицейские продолжают "
        "работу по задержанию остальных участников."
    )
    assert roles(text)[-1] == (36_000_000, "single_case_loss")
    assert extract_figures(text).empty
    # the same words in a release of statistics: the region's damage
    text = (
        "С начала года зарегистрировано 640 фактов интернет-мошенничества. Общий материальный "
        "ущерб составил более 936 миллионов тенге. Задержаны 57 подозреваемых."
    )
    assert extract_figures(text)["value"].tolist() == [640, 936_000_000]


def test_cases_on_which_money_was_returned_are_no_registered_count():
    # «по 60 фактам гражданам возвращено 11 млн»: the cases with money returned, not a total
    text = "Интернет-мошенничество: по 60 фактам гражданам возвращено более 11 млн тенге."
    assert roles(text) == [(60, "other"), (11_000_000, "recovered")]
    text = (
        "Интернет-алаяқтық: 60-тан астам анықталған факті бойынша азаматтарға 11 миллион "
        "теңгеден астам қаражат қайтарылды."
    )
    assert roles(text) == [(60, "other"), (11_000_000, "recovered")]
    # registered, then returned in a clause of its own: the count stays the registered one
    text = (
        "По итогам года зарегистрировано 843 факта интернет-мошенничества, возвращено 11 млн тенге."
    )
    assert roles(text) == [(843, "cases_total"), (11_000_000, "recovered")]


def test_a_part_sent_to_court_is_read_by_its_own_verb():
    # «Из них 375 уже переданы в суд», «375 из них уже направлены в суд», «Из зарегистрированных
    # 772 случаев … 375 переданы в суд»: the part is sent to court, the whole registered
    for text in (
        "Зарегистрировано 772 случая мошенничества. Из них 375 уже переданы в суд.",
        "Зарегистрировано 772 случая мошенничества, 375 из них уже направлены в суд.",
        "Из зарегистрированных 772 случаев мошенничества 375 уже переданы в суд.",
    ):
        assert roles(text) == [(772, "cases_total"), (375, "sent_to_court")], text


def test_months_of_the_previous_year_are_no_period_for_the_next_sentence():
    # «Ал өткен жылдың 5 айында 1730 жағдай тіркелген еді»: 1730's own period; the damage in
    # the next sentence keeps the text's own five months
    text = (
        "Жыл басынан бері 5 айда елордада 1390 интернет-алаяқтық фактісі тіркелді. Ал өткен "
        "жылдың 5 айында 1730 жағдай тіркелген еді. Интернет-алаяқтықтан келген жалпы шығын 1 "
        "млрд 150 млн теңгеден асты."
    )
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [
        [1390, "Жыл басынан бері 5 айда"],
        [1730, "өткен жылдың 5 айында"],
        [1_150_000_000, "Жыл басынан бері 5 айда"],
    ]


def test_one_victim_named_with_adjectives_is_a_single_loss():
    # «у пожилой волгоградки», «у 75-летней москвички», «у молодого человека»: one person, though
    # «волгоградки» alone reads first as a plural; «у пожилых пенсионеров» are many
    for victim in (
        "пожилой волгоградки",
        "75-летней москвички",
        "молодого человека",
        "пенсионерки",
    ):
        text = f"Мошенники похитили у {victim} более 200 тысяч рублей."
        assert roles(text)[-1] == (200_000, "single_case_loss"), text
        assert extract_figures(text).empty, text
    text = "С начала года мошенники похитили у пожилых жителей области более 200 млн рублей."
    assert roles(text) == [(200_000_000, "damage_total")]


def test_female_and_compound_offender_nouns_count_suspects():
    # «две злоумышленницы похитили»: the offenders, not victims; «2-ой злоумышленницы»: a rank
    text = "Две злоумышленницы похитили у пожилой волгоградки более 200 тысяч рублей."
    assert roles(text) == [(2, "suspects"), (200_000, "single_case_loss")]
    assert roles("Трое лжеброкеров задержаны в Алматы.") == [(3, "suspects")]
    assert roles("Устанавливается местопребывание 2-ой злоумышленницы.") == [(2, "other")]


def test_money_handed_to_couriers_is_no_arrest_story():
    # «жертвы передали курьерам»: couriers took the money, no one was arrested; the month's sum
    # of many victims is the damage
    text = "Только в январе жертвы аферистов передали курьерам более 30 тысяч долларов."
    assert roles(text) == [(30_000, "damage_total")]
    # a courier arrested: one group's haul
    text = "Задержан курьер, который забрал у пенсионеров 3 млн тенге."
    assert roles(text) == [(3_000_000, "single_case_loss")]
    # «передали курьерам по 200 и 100 тысяч рублей»: each one's loss
    text = "Жительницы передали курьерам по 200 и 100 тысяч рублей, поверив мошенникам."
    assert roles(text)[-1] == (100_000, "single_case_loss")


def test_a_typical_sum_is_no_damage():
    # «Суммы, как правило, не больше 1000 рублей», «обычно»: what one case tends to cost
    for text in (
        "Суммы, как правило, не больше 1000 рублей. Мошенники рассчитывают на невнимательность.",
        "Мошенники обычно просят перевести до 50 тысяч рублей.",
    ):
        assert roles(text)[-1][1] == "other", text
        assert extract_figures(text).empty, text


def test_an_age_after_a_verb_of_calling_is_no_phone_number():
    # «звонили 75-летней москвичке»: an age; «звоните 102»: a phone line
    assert roles("Злоумышленники звонили 75-летней москвичке.") == [(75, "age")]
    assert roles("Звоните по телефону 102.") == [(102, "phone")]


@pytest.mark.parametrize(
    ("words", "value", "qualifier"),
    [
        ("екі жүз он бес", 215, "exact"),
        ("жүз елу", 150, "exact"),
        ("жиырма бес", 25, "exact"),
        ("үш жүзге жуық", 300, "approx"),
        ("екі жүзден астам", 200, "at_least"),
        ("он екі", 12, "exact"),
        # one number word with a case ending, as «екі жүзден» has
        ("жүзден астам", 100, "at_least"),
        ("жиырмаға жуық", 20, "approx"),
    ],
)
def test_kazakh_counts_in_words_are_one_number(words, value, qualifier):
    # «екі жүз» is two hundreds: a unit before «жүз» multiplies it, a smaller word after adds
    text = f"Жыл басынан бері облыста интернет-алаяқтықтың {words} дерегі тіркелді."
    found = extract_figures(text)
    assert found[["value", "qualifier"]].values.tolist() == [[value, qualifier]], text


def test_items_of_a_list_joined_by_i_each_count_what_their_own_label_names():
    # «кражи – 1758 и мошенничество – 327»: the label of 327 starts after the item before it,
    # and «и кражи –» after 500 opens the next item, no noun of 500's
    text = "Среди них кражи – 1758 и мошенничество – 327."
    assert roles(text) == [(1758, "other"), (327, "cases_total")]
    text = "В их числе мошенничество – 500 и кражи – 100."
    assert roles(text) == [(500, "cases_total"), (100, "other")]


def test_persons_or_cases_counted_after_a_month_are_no_date():
    # «ноября 2019»: a year; «за 10 дней ноября 100 жителей», «с 1 ноября 12 жителей»: persons
    assert roles("За 10 дней ноября 100 жителей лишились денег.")[:2] == [
        (10, "date"),
        (100, "victims"),
    ]
    assert roles("С 1 ноября 12 жителей пострадали от мошенников.") == [
        (1, "date"),
        (12, "victims"),
    ]
    assert roles("В ноябре 2019 года зарегистрировано 50 фактов мошенничества.") == [
        (2019, "date"),
        (50, "cases_total"),
    ]


def test_persons_trained_are_an_audience_in_kazakh_too():
    # the Kazakh verb follows the persons: «1700 жуық тұрғын оқудан өткен» (were trained)
    text = "Панфилов ауданында жоба басталғаннан бері 1700 жуық тұрғын оқудан өткен."
    assert roles(text) == [(1700, "other")]
    assert roles("2024 жылы 300 тұрғын алаяқтардың құрбаны болды.")[-1] == (300, "victims")


def test_persons_asked_in_a_survey_are_respondents_not_victims():
    # «опросил более 600 жителей», as «обучили 60 тысяч пенсионеров» (an audience)
    assert roles("Исследовательский центр опросил более 600 жителей края.") == [(600, "other")]


def test_times_registered_are_cases():
    # «зафиксировали 4621 раз»: as «мошенники атаковали … 700 раз»; not «звонили 15 раз» (calls
    # to one person) nor «в 5 раз больше» (a factor)
    assert roles("Интернет-мошенничество в 2019 году зафиксировали 4621 раз.")[-1] == (
        4621,
        "cases_total",
    )
    assert roles("Ей звонили 15 раз.") == [(15, "other")]
    assert roles("Зарегистрировали в 5 раз больше фактов.")[0][1] == "percent"


def test_a_verb_after_i_opens_a_clause_of_its_own():
    # «… 500 фактов мошенничества и раскрыто 100»: 500 were registered, 100 solved
    text = "Зарегистрировано 500 фактов мошенничества и раскрыто 100."
    assert roles(text) == [(500, "cases_total"), (100, "solved")]


def test_kazakh_more_than_of_them_after_a_number_or_a_percent():
    # «70%-дан астамы», «300-ден астамы»: more than … of them
    found = read_numbers("Балалардың 70%-дан астамы интернетті пайдаланады.")
    assert found[["value", "qualifier", "role"]].values.tolist() == [[70, "at_least", "percent"]]
    found = read_numbers("Олардың 300-ден астамы Атырауда тәркіленді.")
    assert found[["value", "qualifier"]].values.tolist() == [[300, "at_least"]]


def test_kazakh_parts_of_a_whole_are_one_share():
    # «үштен бірі»: one of three, «бестен екісі»: two of five; the number word before
    # «бір-» is no count of its own
    assert roles("Қылмыстардың үштен бірі интернетте жасалған.") == [(33.3, "percent")]
    assert roles("Ұрлық шамамен төрттен бірге азайды.") == [(25, "percent")]
    assert roles("Алаяқтықтың бестен екісі интернетте жасалады.") == [(40, "percent")]
    # a number word with an ablative ending and no part after it is a count
    assert roles("Әрбір адамға алтыдан астам карта тиесілі.") == [(6, "other")]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Число киберпреступлений выросло почти в два раза.", 2, "approx"),
        ("Число киберпреступлений выросло примерно в 2,5 раза.", 2.5, "approx"),
        ("Это почти вдвое больше, чем годом ранее.", 2, "approx"),
        ("Ущерб вырос более чем вдвое.", 2, "at_least"),
        ("Почти каждое второе преступление совершается в интернете.", 50, "approx"),
        ("Число мошенничеств выросло почти в полтора раза.", 1.5, "approx"),
        ("Доля не превышала полтора процента.", 1.5, "at_most"),
    ],
)
def test_a_bound_word_before_a_factor_or_a_share_qualifies_it(text, value, qualifier):
    # «почти в два раза», «почти вдвое», «почти каждое второе»: the word before «в» or before
    # «каждое» qualifies the share as it does a number
    found = read_numbers(text)
    assert found[["value", "qualifier", "role"]].values.tolist() == [[value, qualifier, "percent"]]


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Число финансовых мошенников в 2022 году удвоилось.", 2, "percent"),
        ("Это привело к удвоению числа жалоб.", 2, "percent"),
        ("Ущерб вырос в двукратном размере.", 2, "percent"),
        ("Число звонков утроилось.", 3, "percent"),
        ("Количество кибератак на учащихся увеличилось наполовину.", 50, "percent"),
        ("Штрафы станут вдвойне строже.", 2, "percent"),
        ("Каждый тысячный вызов — мошеннический.", 0.1, "percent"),
        ("Полтора года назад пенсионерка перевела мошенникам все сбережения.", 1.5, "date"),
        ("Разговор длился полчаса.", 30, "date"),
        ("Через пару минут после получаса ожидания позвонил «банк».", 30, "date"),
    ],
)
def test_growth_factors_shares_and_durations_written_as_one_word(text, value, role):
    # verbs, nouns and adjectives of a growth factor, an ordinal of a thousand after «каждый»,
    # half of a unit of time; none of them is any figure
    found = read_numbers(text)
    assert (value, role) in list(zip(found["value"], found["role"], strict=True))


def test_an_ordinal_of_a_scale_is_no_scale_word():
    # «тысячный», «миллионный» scale nothing, even after a bound word: «около миллионного
    # клиента» is no million victims
    assert roles("Около миллионного клиента банка обманули.") == []
    assert roles("Похищено 5 миллионов рублей и ещё 3 тысячи рублей.")[0] == (
        5_000_000,
        "damage_total",
    )


def test_a_value_not_reached_is_an_upper_bound():
    # «не достигает», «не доходил и до»: at most; the amount is still the damage it bounds
    text = (
        "Ущерб с начала года приблизился к 1,2 млрд руб. Год назад показатель не доходил и до "
        "миллиарда."
    )
    assert extract_figures(text)[["value", "qualifier"]].values.tolist() == [
        [1_200_000_000, "approx"],
        [1_000_000_000, "at_most"],
    ]
    text = "Ущерб от интернет-мошенничества не достиг 5 млн тенге."
    assert extract_figures(text)["qualifier"].tolist() == ["at_most"]


def test_more_than_a_hundred_is_a_hundred_and_hundreds_are_vague():
    # «более сотни»: the genitive of «сотня», at least 100; «сотни жителей»: hundreds, no value
    text = "За полгода в регионе зарегистрировано более сотни таких преступлений."
    assert extract_figures(text)[["value", "qualifier"]].values.tolist() == [[100, "at_least"]]
    assert read_numbers("Пострадали сотни жителей.")["value"].isna().all()


def test_one_registered_case_is_a_count_of_one():
    # «зарегистрирован один факт», «бір дерегі тіркелді»: a count; «в одном случае», «один из»,
    # «ещё один», «тағы бір»: no count
    text = "За неделю в городе зарегистрирован один факт интернет-мошенничества."
    assert extract_figures(text)["value"].tolist() == [1]
    text = "Жыл басынан бері ауданда интернет-алаяқтықтың бір дерегі тіркелді."
    assert extract_figures(text)["value"].tolist() == [1]
    for text in (
        "В одном случае мошенники похитили 5 млн тенге.",
        "Один из фактов зарегистрирован в Шымкенте.",
        "Зарегистрирован ещё один факт мошенничества.",
        "Тағы бір дерек тіркелді.",
    ):
        assert 1 not in read_numbers(text)["value"].tolist(), text


def test_a_forecast_count_is_no_registered_count():
    # «в 2025 году будет около 100 тысяч киберпреступлений»: a forecast, not a count
    assert roles("По прогнозам, в 2025 году будет около 100 тысяч киберпреступлений.")[-1] == (
        100_000,
        "other",
    )
    assert roles("В 2025 году было около 100 тысяч киберпреступлений.")[-1] == (
        100_000,
        "cases_total",
    )


def test_an_economy_losing_money_is_no_single_victim():
    # «экономика России потеряла»: a singular verb, but a whole economy, not one victim
    text = "В 2019 году экономика России потеряла около 2,5 трлн рублей из-за киберпреступности."
    assert roles(text)[-1] == (2_500_000_000_000, "damage_total")
    text = "В 2019 году жительница Москвы потеряла около 2,5 млн рублей из-за мошенников."
    assert roles(text)[-1] == (2_500_000, "single_case_loss")


def test_a_months_count_after_a_dash_is_no_date():
    # «за январь – 378, февраль – 458»: each month's count; «январь 2025 года» is a date
    text = (
        "С января по апрель 2022 года зарегистрировано 1090 мошенничеств, совершенных с "
        "использованием цифровых технологий, за январь – 378, февраль – 458."
    )
    assert roles(text)[2:] == [(378, "cases_total"), (458, "cases_total")]
    assert roles("Срок: январь 2025 года.") == [(2025, "date")]


def test_fraudulent_or_unlawful_acts_are_counted_cases():
    # «15 тысяч мошеннических действий», «433 000 противоправных действий такого рода»
    text = "Правоохранительные органы зарегистрировали 15 тысяч мошеннических действий."
    assert extract_figures(text)["value"].tolist() == [15_000]
    text = "Мошенничество лидирует: в 2023 году было совершено 433 000 противоправных действий."
    assert extract_figures(text)["value"].tolist() == [433_000]


def test_a_loss_not_let_happen_is_prevented():
    # «не позволили мошенникам украсть»: the one let stands between «не позволили» and the loss
    text = "По итогам 2023 года банки не позволили мошенникам украсть у клиентов 5,8 трлн рублей."
    assert roles(text)[-1] == (5_800_000_000_000, "prevented")
    text = "Сотрудники банка не дали мошенникам похитить 2 млн тенге."
    assert roles(text)[-1] == (2_000_000, "prevented")
    # a negated verb of managing before another clause leaves that clause's loss a loss
    text = "Банки не смогли уберечь клиентов, мошенники украли 15,8 млрд рублей."
    assert roles(text)[-1] == (15_800_000_000, "damage_total")


def test_the_form_of_money_may_stand_before_its_currency():
    # «3,5 млрд электронных рублей», «5 млн наличных тенге»: still roubles and tenge
    text = "За квартал злоумышленники выманили у россиян более 3,5 млрд электронных рублей."
    assert extract_figures(text)[["value", "currency"]].values.tolist() == [[3_500_000_000, "RUB"]]
    assert roles("За год похищено 5 млн наличных тенге.")[-1] == (5_000_000, "damage_total")


def test_a_sum_of_some_days_or_of_every_day_is_no_total():
    # «в отдельные дни ущерб превышал 11 млн»: a peak day's sum; «каждый день … 20 млн»: a rate
    text = "В 2020 году мошенники похитили 940 млн рублей. А ущерб в отдельные дни превышал 11 млн руб."
    assert roles(text)[1:] == [(940_000_000, "damage_total"), (11_000_000, "other")]
    assert roles("Каждый день мошенники похищают у жителей 20 млн тенге.") == [
        (20_000_000, "other")
    ]
    assert roles("В отдельные месяцы регистрировалось более 100 преступлений.") == [(100, "other")]
    text = "В каждом районе мошенники похитили 20 млн тенге."
    assert roles(text) == [(20_000_000, "damage_total")]


def test_companies_in_the_plural_and_who_said_it_are_no_single_victim():
    # «компании» is plural beside a plural adjective or verb; «считают в компании» names a source
    text = (
        "Компании несут потери из-за кибератак в размере от 170 до 200 млрд рублей ежегодно, "
        "считают в страховой компании «Уралсиб Страхование»."
    )
    assert [r for _, r in roles(text)] == ["damage_total", "damage_total"]
    text = "Российские компании теряют на кибератаках примерно 600 млрд рублей в год."
    assert roles(text) == [(600_000_000_000, "damage_total")]
    assert roles("Компания потеряла 5 млн рублей, сообщили в компании.") == [
        (5_000_000, "single_case_loss")
    ]


def test_a_count_before_a_later_damage_clause_is_no_money():
    # «ИТ-преступлений совершено порядка 680 тыс., а ущерб превысил 156 млрд»: 680 thousand crimes
    text = "ИТ-мошенничеств совершено порядка 680 тыс., а ущерб превысил 156 млрд рублей."
    assert roles(text) == [(680_000, "cases_total"), (156_000_000_000, "damage_total")]
    # a money word nearer before it than any count's word keeps it money
    text = "По объему хищений средств компании опережали граждан — 1,57 млрд против 961,3 млн руб."
    assert roles(text)[0] == (1_570_000_000, "damage_total")


def test_a_year_before_a_dash_and_a_percent_is_no_percent_range():
    # «в 2009 — 95,4%»: a year and its share; «30–40%» is a range of percents
    text = "В 2008 году доля составила 97,3%, в 2009 — 95,4%, в 2010 — 93%."
    assert [r for _, r in roles(text)] == ["date", "percent", "date", "percent", "date", "percent"]
    assert [r for _, r in roles("Доля выросла на 30–40%.")] == ["percent", "percent"]
    assert [r for _, r in roles("Доля снизилась с 40 до 30%.")] == ["percent", "percent"]


def test_the_ends_of_a_range_from_to_are_bounds_whatever_they_count():
    # «от 10 до 20»: at least the first, at most the second, for counts and ages as for money;
    # a bare dash pair of years or classes stays exact
    def qualifiers(text):
        return read_numbers(text)[["value", "qualifier"]].values.tolist()

    assert qualifiers("Ежедневно фиксируется от 10 до 20 фактов мошенничества.") == [
        [10, "at_least"],
        [20, "at_most"],
    ]
    assert qualifiers("Жертвами стали граждане в возрасте от 27 до 89 лет.") == [
        [27, "at_least"],
        [89, "at_most"],
    ]
    assert qualifiers("Гражданам сообщают о перерасчете пенсии за 2016–2018 годы.") == [
        [2016, "exact"],
        [2018, "exact"],
    ]
    # a dash range of percents is bounded at both ends; a year and its share are no range
    assert qualifiers("Раскрыть удается только 30-40% таких преступлений.") == [
        [30, "at_least"],
        [40, "at_most"],
    ]
    assert qualifiers("Доля составила в 2009 — 95,4%.") == [[2009, "exact"], [95.4, "exact"]]
    # «старше 60», «младше 18», «в возрасте до 25 лет» («возрасте» is no «возросло до»)
    assert qualifiers("Пострадали люди старше 60 лет и младше 18 лет.") == [
        [60, "at_least"],
        [18, "at_most"],
    ]
    assert qualifiers("Потерпевшие — молодые люди в возрасте до 25 лет.") == [[25, "at_most"]]
    # number words share the scale word of the upper end, and the lower end counts what the
    # upper end counts, whatever money word the sentence holds
    text = "Мошенники похитили от трех до пяти миллионов тенге."
    assert read_numbers(text)[["value", "qualifier", "role"]].values.tolist() == [
        [3_000_000, "at_least", "damage_total"],
        [5_000_000, "at_most", "damage_total"],
    ]
    text = (
        "В пирамиде участвовало от двух до пятнадцати миллионов вкладчиков, а ущерб превысил "
        "110 млн долларов."
    )
    assert roles(text)[:2] == [(2_000_000, "victims"), (15_000_000, "victims")]


def test_shares_in_digits_read_as_percents():
    # «2/3» is two thirds (its «3» no number of its own), «каждое 7-е» one in seven
    def values(text):
        return read_numbers(text)[["value", "role"]].values.tolist()

    assert values("2/3 случаев совершены путем мошенничества, 1/3 – путем взлома.") == [
        [66.7, "percent"],
        [33.3, "percent"],
    ]
    assert values("В округе это каждое 2-е преступление, а в России – каждое 7-е.") == [
        [50, "percent"],
        [14.3, "percent"],
    ]
    assert values("Это почти каждое 20 преступление.") == [[5, "percent"]]
    # a count out of ten or a hundred is a share, in digits or in words; out of fifteen it is not
    assert values("9 из 10 финансовых преступлений — телефонное мошенничество.") == [
        [90, "percent"]
    ]
    assert values("С атаками мошенников сталкивались трое из каждых десяти россиян.") == [
        [30, "percent"]
    ]
    assert values("9 из 15 потерпевших являются работниками бюджетной сферы.") == [
        [9, "victims"],
        [15, "victims"],
    ]


def test_a_minus_sign_glued_before_a_share_makes_it_negative():
    # «краж (-2,1%)», «темп прироста –32,9%»: a fall; the second end of «10-15%» and the share
    # after «2019 - » are no negative numbers
    def values(text):
        return read_numbers(text)["value"].tolist()

    assert values("Снизилось количество краж (-2,1%), разбоев (-40,9%).") == [-2.1, -40.9]
    assert values("Темп прироста –32,9%, сообщает группа.") == [-32.9]
    assert values("Число жертв сократилось на 10-15%.") == [10, 15]
    assert values("Доля: 2019 - 15%, 2020 - 20%.") == [2019, 15, 2020, 20]


def test_kazakh_demonyms_of_known_places_count_persons():
    # «1612 ақтөбелік» (residents of Aktobe): persons, built from data/places.csv and towns.csv
    assert roles("Соңғы екі жылда 1612 ақтөбелік алаяқтардың арбауына түскен.")[-1] == (
        1612,
        "victims",
    )
    text = "Биыл 3 мыңнан астам шымкенттіктер интернет-алаяқтардың құрбаны болды."
    assert roles(text)[-1] == (3000, "victims")
    # «алаяқтық» ends like a demonym but names no place
    text = "Биыл облыста интернет-алаяқтықтың 843 дерегі тіркелді."
    assert roles(text)[-1] == (843, "cases_total")


def test_signs_written_for_qualifier_words():
    # «~2,9 млрд» is about, «>100» more than, «≤ 50» at most; a tag's «>» is no sign
    figures = extract_figures("Мошенники украли у граждан ~2,9 млрд руб.")
    assert figures[["value", "qualifier"]].values.tolist() == [[2_900_000_000, "approx"]]
    figures = extract_figures("Зарегистрировано >100 фактов интернет-мошенничества.")
    assert figures[["value", "qualifier"]].values.tolist() == [[100, "at_least"]]
    figures = extract_figures("Зарегистрировано ≤ 50 фактов интернет-мошенничества.")
    assert figures[["value", "qualifier"]].values.tolist() == [[50, "at_most"]]
    figures = extract_figures("<p>843 факта интернет-мошенничества зарегистрировано</p>")
    assert figures[["value", "qualifier"]].values.tolist() == [[843, "exact"]]


def test_persons_every_day_living_somewhere_or_taught_are_no_victims():
    # «Каждый день … 200 тыс. россиян становятся жертвами»: a rate; residents; an audience
    text = "Каждый день порядка 200 тыс. россиян становятся жертвами мошенников."
    assert roles(text) == [(200_000, "other")]
    assert roles("В 2023 году 200 тыс. россиян стали жертвами мошенников.")[-1] == (
        200_000,
        "victims",
    )
    text = "В отделении, где проживают 76 пожилых людей, участились звонки от мошенников."
    assert roles(text) == [(76, "population")]
    text = "За 2016 год соцработники обучили 60 тысяч пенсионеров основам защиты от мошенников."
    assert roles(text)[-1] == (60_000, "other")


def test_a_record_sum_named_as_such_is_one_loss():
    # «Самой рекордной суммой в регионе стали 30 миллионов»: one victim's, though «в регионе»
    text = "Самой рекордной суммой в регионе стали 30 миллионов рублей."
    assert roles(text) == [(30_000_000, "single_case_loss")]
    text = "В эту легенду поверили 43 жителя региона, а самым крупным ущербом стала сумма в 5 млн 808 тыс. рублей."
    assert roles(text)[-1] == (5_808_000, "single_case_loss")
    text = "Аферисты похитили у 13 граждан свыше 15 млн рублей. Антирекордом стала сумма в 3 млн рублей."
    assert roles(text)[-1] == (3_000_000, "single_case_loss")
    # a record total the region's residents handed over stays a total
    text = "За год сахалинцы отдали мошенникам рекордную сумму — 1,2 млрд рублей."
    assert roles(text)[-1] == (1_200_000_000, "damage_total")


def test_typical_and_average_citizens_sums_are_no_loss():
    # «в основном» right before a sum, «Среднестатистический россиянин»: typical sums
    text = "Раньше ущерб составлял в основном 15-50 тысяч рублей."
    assert [r for _, r in roles(text)] == ["other", "other"]
    text = "Среднестатистический россиянин в минувшем году отдал мошенникам 50–100 тысяч рублей."
    assert [r for _, r in roles(text)] == ["other", "other"]
    # «в основном» elsewhere in the sentence qualifies no sum
    text = "В основном преступления были связаны с мошенничеством (5 641 случай)."
    assert roles(text) == [(5641, "cases_total")]


def test_a_districts_name_built_on_a_month_is_no_month():
    # «Октябрьский» is a district, «За октябрь – 378 фактов» a month's count (not a scheme's)
    from fraud_research.text.lemmas import words
    from fraud_research.text.matchers import MONTHS

    assert [MONTHS.matches_word(w) for w in words("Октябрьский район, в октябре, за ноябрь")] == [
        False,
        False,
        False,
        True,
        False,
        True,
    ]
    assert roles("За октябрь – 378 фактов мошенничества.") == [(378, "cases_total")]


def test_parts_beside_a_schemes_count_within_the_total_are_schemes_counts():
    # 52 + 12 + 9 + 13 = 86: «иным способом» names a scheme, so its siblings are schemes' parts
    text = (
        "Сотрудники зарегистрировали 86 фактов мошенничества. Большая часть преступлений "
        "(52 эпизода) были совершены через социальные сети, 12 случаев – по мобильному телефону, "
        "9 случаев – путем перехода по неизвестным ссылкам, 13 случаев – иным способом."
    )
    assert roles(text) == [
        (86, "cases_total"),
        (52, "cases_scheme"),
        (12, "cases_scheme"),
        (9, "cases_scheme"),
        (13, "cases_scheme"),
    ]
    # more than the total: no breakdown of it
    text = text.replace("52 эпизода", "152 эпизода")
    assert roles(text)[1] == (152, "cases_total")
    # the frauds among crimes name fraud itself: no scheme
    text = (
        "Зарегистрировано 317 преступлений с использованием сети Интернет. Из них 245 — это "
        "мошенничества, 30 — по схеме с предоплатой."
    )
    assert roles(text)[1] == (245, "cases_total")


def test_a_count_of_pyramids_or_companies_is_no_count_of_cases():
    # «число финансовых пирамид — до 2176»: organisations counted, not crimes
    text = "В России почти в 1,5 раза выросло число финансовых пирамид — до 2176."
    assert roles(text)[-1] == (2176, "other")
    text = "Число мошенничеств с банковскими картами выросло до 1200."
    assert roles(text) == [(1200, "cases_total")]
    # directions of work: «күрес үш бағытта жүргізілуге тиіс», «по трём направлениям»
    assert roles("Мұндай қылмыспен күрес үш бағытта жүргізілуге тиіс.") == [(3, "other")]
    assert roles("Работа с мошенничеством ведётся по трём направлениям.") == [(3, "other")]


def test_including_is_no_quantity_word():
    # «в том числе краж …»: «числе» says «including»; the frauds after it are read as frauds
    text = (
        "За 4 месяца зафиксировано снижение числа зарегистрированных преступлений на 16,9% (с 2414 "
        "до 2006 фактов), в том числе краж безналичных денежных средств на 29,2% (со 1050 до 743), "
        "дистанционных мошенничеств на 7,4% (с 1364 до 1263)."
    )
    assert [r for v, r in roles(text) if v in (1364, 1263)] == ["cases_total", "cases_total"]
    # a quantity of thefts is no count of frauds
    text = "Растёт количество совершённых краж – на 48,08% (с 364 до 539)."
    assert [r for v, r in roles(text) if v in (364, 539)] == ["other", "other"]


def test_a_count_in_brackets_with_its_share_keeps_its_label():
    # «мошенничества (1159 или 17,1%)»: the fraud count of a crime structure
    text = (
        "Самыми распространенными преступлениями остаются кражи (1662 или 24,5% от общего числа "
        "зарегистрированных преступлений) и мошенничества (1159 или 17,1%)."
    )
    assert [(v, r) for v, r in roles(text) if v in (1662, 1159)] == [
        (1662, "other"),
        (1159, "cases_total"),
    ]


def test_police_summaries_of_all_crime_are_no_fraud_counts():
    # «сообщений о преступлениях и происшествиях»: everything reported to the duty desk
    text = (
        "В дежурные части поступило 919 сообщений о преступлениях и происшествиях, возбуждено "
        "18 уголовных дел. На территории региона зарегистрировано 4 дистанционных мошенничества."
    )
    assert roles(text) == [(919, "other"), (18, "other"), (4, "cases_total")]
    # a sentence that counts by severity («тяжких и особо тяжких») breaks all crime down
    text = (
        "В 2021 году было зафиксировано 4064 преступления. Произошло снижение на 4,1% тяжких и "
        "особо тяжких преступлений, на 23,7% снизилось количество мошенничеств."
    )
    assert roles(text)[1] == (4064, "other")


def test_an_amount_pointed_back_to_and_operations_counted_are_no_new_damage():
    # «этот показатель» after an average is that average a year earlier; operations are counted
    text = (
        "В 2023 году средний чек хищений составил 13,5 тысячи рублей. В 2022-м этот показатель "
        "был на 11% выше — 15,2 тысячи рублей."
    )
    assert [(v, r) for v, r in roles(text) if v in (13_500, 15_200)] == [
        (13_500, "other"),
        (15_200, "other"),
    ]
    text = (
        "Мошенники похитили 15,8 млрд рублей. Больше всего мошеннических операций пришлось на "
        "платежные карты (984,77 тысячи)."
    )
    assert roles(text)[-1] == (984_770, "other")


def test_a_penalty_is_no_duration():
    # «обязательные работы – до 360 часов»: a penalty, not the period of a figure
    assert roles("Наказание: обязательные работы – до 360 часов.") == [(360, "other")]
    assert roles("За 360 часов зарегистрировано 12 фактов мошенничества.")[0] == (360, "date")


def test_a_kazakh_stem_with_the_suffix_without_names_the_opposite():
    # «қайтарымсыз грант» is a grant never to be returned: no money recovered
    text = (
        "Алаяқ әйелге 20 000 000 теңге мемлекеттік қайтарымсыз грант алып беремін деп уәде берген."
    )
    assert roles(text)[0][1] != "recovered"
    text = "Алаяқтардан 20 000 000 теңге қайтарылды."
    assert roles(text) == [(20_000_000, "recovered")]


def test_a_number_before_the_kazakh_noun_of_a_phone_number_is_a_phone():
    # Kazakh puts «нөмір» after the number: «1414 қысқа нөмірінен», «119 немесе … нөмірлері»
    text = "Алаяқтар 1414 қысқа нөмірінен келген кодты сұрайды."
    assert roles(text) == [(1414, "phone")]
    text = "Ақпаратты 119 немесе 8 7172 58-00-58 нөмірлері бойынша алуға болады."
    assert {role for _, role in roles(text)} == {"phone"}
    # «нөмірлі» (numbered) names no phone
    assert roles("5 нөмірлі мектепте 12 оқушы алданған.")[0][1] != "phone"


def test_a_kazakh_count_in_the_genitive_is_the_whole_its_part_is_taken_of():
    # «N …-ның M-ы ашылған»: the verb is the part's; the whole was registered
    text = "Биыл тіркелген 1200 алаяқтық оқиғасының 160-ы ғана ашылған."
    assert roles(text) == [(1200, "cases_total"), (160, "solved")]
    text = "18 мың интернет-алаяқтық қылмыстың 3 мыңы ғана ашылған."
    assert roles(text) == [(18_000, "cases_total"), (3_000, "solved")]
    # the object of the verb is what was solved
    assert roles("2023 жылы полиция 370 алаяқтық қылмысты ашты.") == [
        (2023, "date"),
        (370, "solved"),
    ]
    assert roles("Департамент алаяқтық бойынша 85 қылмыстық істі аяқтады.") == [(85, "solved")]


def test_a_territory_that_lost_money_is_no_single_victim():
    text = "Калифорния потеряла более $1 миллиарда из-за мошенничества с криптовалютой в 2023 году."
    assert roles(text)[0] == (1_000_000_000, "damage_total")
    assert roles("Пенсионерка потеряла более 3 млн рублей из-за мошенников.") == [
        (3_000_000, "single_case_loss")
    ]


def test_romance_scams_are_the_scheme_of_messenger_acquaintances():
    text = "В 2021 году жители США потеряли порядка $64 млн из-за романтических афер мошенников."
    figures = extract_figures(text)
    assert figures[["metric", "value", "scheme"]].values.tolist() == [
        ["damage", 64_000_000, "messenger_acquaintance"]
    ]


def test_money_taken_this_way_is_the_schemes_just_described():
    text = (
        "Наибольшие потери понесли горожане, которые доверились лже-сотрудникам банков. "
        "Общая сумма, похищенная этим способом, составила порядка 1 миллиона 350 тысяч рублей."
    )
    assert roles(text) == [(1_350_000, "damage_scheme")]
    # never proposed as a total: the pointer and the words it points back to are the scheme's
    # wording, and they name the scheme
    found = extract_figures(text)
    assert found[["scheme", "scheme_text"]].values.tolist() == [
        ["impersonation_call", "этим способом лже-сотрудникам похищенная"]
    ]
    assert roles("Осы тәсілмен алаяқтар тұрғындардан 45 миллион теңге ұрлаған.") == [
        (45_000_000, "damage_scheme")
    ]
    # «таким образом» (thus) points to no scheme
    assert roles("Таким образом, ущерб от мошенничества составил 5 млн рублей.") == [
        (5_000_000, "damage_total")
    ]


def test_thus_inside_the_amounts_clause_points_back_to_the_scheme_just_described():
    # «Таким образом» with no comma is «in this way»: the sentence before names the scheme
    scheme = "Второе место занимает предложение «продлить» срок действия сим-карты. "
    found = extract_figures(
        scheme + "Таким образом аферисты похитили у 13 граждан свыше 15 млн рублей."
    )
    assert found[["metric", "value", "scheme"]].values.tolist() == [
        ["damage", 15_000_000, "impersonation_call"]
    ]
    # set apart by a comma it is «thus»: a total
    found = extract_figures(
        scheme + "Таким образом, аферисты похитили у граждан свыше 15 млн рублей."
    )
    assert found[["value", "scheme", "scheme_text"]].values.tolist() == [[15_000_000, "", ""]]
    # the police or a bank named as who spoke or where is no call in their name
    text = (
        "Полицейские провели беседу с пенсионерами в банке. "
        "Таким образом аферисты похитили свыше 15 млн рублей."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [[15_000_000, ""]]
    text = (
        "Мошенники рекомендовали перевести сбережения на так называемые «безопасные счета». "
        "Подобным образом было совершено 22 эпизода мошенничества."
    )
    assert extract_figures(text)[["metric", "value", "scheme"]].values.tolist() == [
        ["cases", 22, "impersonation_call"]
    ]


@pytest.mark.parametrize(("text", "expected"), list(generated.scheme_pointers()))
def test_generated_counts_and_losses_pointed_back_at_a_described_scheme(text, expected):
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == expected


def test_a_count_whose_nouns_phrase_names_a_scheme_is_that_schemes():
    text = "В органы внутренних дел поступило 11 заявлений о неправомерных действиях лжебанкиров."
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [
        [11, "impersonation_call"]
    ]
    text = "Полиция зарегистрировала 45 фактов мошенничества при покупке товаров в интернете."
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [[45, "prepayment"]]
    # a bank named as whose cards or clients, not as who called, names no scheme
    for text in (
        "В области зарегистрировано 843 факта мошенничества с использованием банковских карт.",
        "Зарегистрировано 77 фактов мошенничества в отношении клиентов банков.",
    ):
        assert extract_figures(text)["scheme"].tolist() == [""], text


def test_such_cases_after_the_number_point_back_at_the_scheme_just_described():
    text = (
        "Сотни жителей пострадали от вишинга. Только за последнюю неделю было "
        "зарегистрировано более 100 подобных случая."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [
        [100, "impersonation_call"]
    ]
    text = (
        "Растёт число жертв мошенников при продаже или покупке товаров на сайтах объявлений. За "
        "полгода в регионе зарегистрировано более сотни таких преступлений."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [[100, "prepayment"]]
    # a kind of crime named after the scheme's words is what «таких» points at
    text = (
        "Угроза лишиться денег, просто ответив на звонок, растёт: количество телефонных и "
        "онлайн-преступлений увеличивается. В 2022 году было зарегистрировано 3380 таких "
        "правонарушений."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [[3380, ""]]
    text = "Мошенники звонят от имени банков. Зарегистрировано 2300 подобных киберпреступлений."
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [[2300, ""]]


def test_a_loss_under_a_pretext_is_the_schemes_it_names():
    text = "Под предлогом купли-продажи у забайкальцев похищено 463 650 рублей."
    assert extract_figures(text)[["value", "scheme_text"]].values.tolist() == [
        [463_650, "Под предлогом купли-продажи похищено"]
    ]
    text = "Мошенники под видом сотрудников банка похитили у жителей области 12 млн рублей."
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [
        [12_000_000, "impersonation_call"]
    ]
    # a pretext in a clause of its own («в том числе под предлогом …») leaves the total a total
    text = (
        "Общий ущерб от мошенничеств, в том числе под предлогом инвестиций, составил 5 млн рублей."
    )
    assert extract_figures(text)[["value", "scheme_text"]].values.tolist() == [[5_000_000, ""]]


def test_safe_accounts_sim_cards_and_special_services_are_calls_in_someones_name():
    assert map_scheme("перевод средств на «безопасный счёт»") == "impersonation_call"
    assert map_scheme("продление срока действия сим-карты") == "impersonation_call"
    assert map_scheme("звонки лжесотрудников спецслужб") == "impersonation_call"
    assert map_scheme("беседа с лжесотрудником") == "impersonation_call"
    # strangers («незнакомцы») are no acquaintances
    assert map_scheme("незнакомцы по телефону сообщают") == ""
    assert map_scheme("через сайты знакомств") == "messenger_acquaintance"


def test_kazakh_kinds_networks_and_livestock_counted_are_no_cases():
    # «алаяқтықтың 70 түрі»: seventy kinds of fraud; «27 қылмыстық тор»: networks; «8 бас
    # жылқы»: eight head of horses
    assert roles("Облыста алаяқтықтың 70-ке жуық түрі тіркелген.") == [(70, "other")]
    assert roles("Алаяқтық бойынша 27 қылмыстық тор құрықталды.") == [(27, "other")]
    assert roles("Жайылымға жіберген 8 бас жылқысы белгісіз жағдайда жоғалған.") == [(8, "other")]
    assert roles("Облыста 843 алаяқтық дерегі тіркелді.") == [(843, "cases_total")]


def test_kazakh_suspects_of_one_theft_and_a_legal_size_of_loss_make_one_case():
    text = (
        "Олар әлеуметтік желіде жалған ақпарат тарату арқылы жәбірленушілерден жалпы "
        "45 млн. теңге ақшаны алаяқтық жолмен жымқыру бойынша күдіктеледі."
    )
    assert roles(text) == [(45_000_000, "single_case_loss")]
    text = "Прокуратура 8,2 млрд теңге көлемінде аса ірі залал келтірген тұлғалардың ісін сотқа жолдады."
    assert roles(text) == [(8_200_000_000, "single_case_loss")]


def test_decisions_cancelled_and_cases_closed_are_no_registered_cases():
    text = "Алаяқтық істері бойынша 3 387 заңсыз шешімі жойылды, 129 іс тоқтатылды."
    assert roles(text) == [(3387, "other"), (129, "other")]
    text = "По фактам мошенничества прекращено 129 уголовных дел, отменено 120 незаконных решений."
    assert roles(text) == [(129, "other"), (120, "other")]


def test_a_round_number_of_persons_after_na_is_the_base_of_a_rate():
    text = "Наибольший уровень мошенничеств на одну тысячу граждан наблюдается в г. Пензе."
    assert roles(text) == [(1000, "population")]
    assert roles("В районе 12 преступлений на 100 тысяч душ населения.")[1] == (
        100_000,
        "population",
    )
    # persons counted, and a change in persons, are no base
    assert roles("Мошенники обманули 1000 граждан.") == [(1000, "victims")]
    text = "Потерпевших от мошенников стало на 1000 человек больше, чем годом ранее."
    assert roles(text) == [(1000, "other")]


def test_a_short_line_at_a_sentence_end_is_a_phone_only_in_a_call_to_get_in_touch():
    text = "Немедленно сообщите об этом в полицию по номеру: 102 (112)."
    assert roles(text) == [(102, "phone"), (112, "phone")]
    assert roles("Если вам звонят мошенники, сообщите в 102.") == [(102, "phone")]
    # a count that happens to be a short line's number
    assert roles("Жалоб поступило 150.")[0][1] != "phone"
    assert roles("Первое полугодие 2020 — 102, второе — 87.")[1] == (102, "other")


def test_persons_who_complained_are_victims_and_complaints_are_not():
    text = "За прошлый год около 11 000 пользователей обратились с жалобами на мошенников."
    assert roles(text) == [(11_000, "victims")]
    assert roles("Биыл 2,7 мыңнан астам адам шағым түсірген.") == [(2_700, "victims")]
    assert roles("Жалоб поступило 150.") == [(150, "other")]


def test_a_part_of_a_total_whose_clause_names_a_scheme_counts_that_scheme():
    text = (
        "Всего в регионе зарегистрировали 4 576 случаев киберпреступлений. "
        "В 1 592 случаях преступники действовали через мессенджеры."
    )
    figures = extract_figures(text)
    assert figures[["value", "scheme"]].values.tolist() == [
        [4576, ""],
        [1592, "messenger_acquaintance"],
    ]
    # the clause of the next item is not the part's
    text = (
        "Всего зарегистрировано 33 преступления, в том числе 29 дистанционных мошенничеств и "
        "4 кражи с банковских карт."
    )
    assert roles(text)[:2] == [(33, "cases_total"), (29, "cases_total")]


def test_animals_counted_are_things_stolen_not_victims():
    # pymorphy3 marks animals animate, as it marks persons
    assert roles("У фермера похищены семь овец.") == [(7, "other")]
    assert roles("За год украдены 802 животных.") == [(802, "other")]
    assert roles("Мошенники обманули 12 малолетних детей.") == [(12, "victims")]


def test_kazakh_members_of_a_group_are_persons_counted():
    assert roles("Биыл 63 қылмыстық топ мүшесі ұсталып, жауапқа тартылды.") == [(63, "suspects")]
    assert roles("Биыл 10 қылмыстық топ жойылды.") == [(10, "other")]


def test_money_taken_from_cards_and_a_sum_said_again_are_damage():
    text = "В III квартале совершена 541 мошенническая операция, с платежных карт снято 5.33 млн сомов."
    assert roles(text)[1] == (5_330_000, "damage_total")
    text = "В руки злоумышленников было передано 445 миллионов рублей, фактически полмиллиарда."
    frame = read_numbers(text)
    assert frame[["value", "role", "qualifier"]].values.tolist() == [
        [445_000_000, "damage_total", "rounded"],
        [500_000_000, "damage_total", "approx"],
    ]
    text = "Пострадавшим вернули 445 миллионов рублей, фактически полмиллиарда."
    assert roles(text) == [(445_000_000, "recovered"), (500_000_000, "recovered")]
    # a Kazakh verb of stealing is shown as the word that decided it
    frame = read_numbers("Биыл алаяқтар облыс тұрғындарынан 25 млрд теңге жымқырған.")
    assert frame["role"].tolist() == ["damage_total"]
    assert "жымқырған" in frame["cues"].iloc[0]


def test_an_articles_number_before_its_codes_abbreviation_and_growth_with_a_bit_more():
    text = "Основная статья, касающаяся мошеннических действий, — 168 УК РУз."
    assert roles(text) == [(168, "article")]
    assert roles("Рост в четыре с лишним раза за три года!") == [(4, "percent"), (3, "date")]
    assert roles("Ущерб вырос в три с половиной раза.") == [(3, "percent")]


def test_a_fine_said_again_in_money_is_no_loss():
    # «т. е.» ends no sentence, and the fine said again in sums stays a fine
    text = (
        "Минимальное наказание — штраф в 50 базовых расчётных величин, т. е. 17 млн сумов. "
        "Возможны также исправительные работы."
    )
    assert roles(text) == [(50, "other"), (17_000_000, "other")]


def test_kazakh_means_before_arqyly_is_no_price_and_the_accused_tell_an_arrest_story():
    text = (
        "Олар іс жүзінде жоқ ғимаратты жалған сатып алу арқылы 91 млн теңгеден астам қаражатты "
        "алаяқтық жолмен жымқырды деп айыпталып отыр."
    )
    assert roles(text) == [(91_000_000, "single_case_loss")]


def test_their_number_counts_the_crime_named_before_their():
    # «их число» has no noun of its own: it counts the fraud named before «их»
    text = "Большую часть составляют мошенничества – их число возросло на 20,8% (до 3246)."
    assert roles(text) == [(20.8, "percent"), (3246, "cases_total")]
    text = (
        "Преобладают мошенничества с использованием социальной инженерии. "
        "Их число также возросло на 11% - с 5,8 до 6,5 тысячи."
    )
    assert roles(text)[1:] == [(5800, "cases_total"), (6500, "cases_total")]
    text = (
        "Выросло число мошенничеств, которые совершают при помощи компьютеров. Их стало на 12% "
        "больше – количество выросло с 4 345 в 2021 году до 4 866."
    )
    assert [r for r in roles(text) if r[1] == "cases_total"] == [
        (4345, "cases_total"),
        (4866, "cases_total"),
    ]
    # another crime named before «их» keeps the count no fraud count
    text = "Выросло число краж – их число возросло на 5% (до 812)."
    assert roles(text)[-1] == (812, "other")
    # a ranking's items after «их количество» are counted by their own labels
    text = (
        "Наибольшее их количество выявлялось в Удмуртской Республике (194), Республике Коми (132)."
    )
    assert [role for _, role in roles(text)] == ["other", "other"]


def test_money_the_victims_borrowed_is_part_of_the_loss_not_a_loss():
    text = "Белгородцы потеряли из-за мошенников 14 млн рублей, 8 млн они взяли в кредит."
    assert roles(text) == [(14_000_000, "damage_total"), (8_000_000, "other")]
    text = "У них похитили более 94 млн рублей. 56 млн из этой суммы белгородцы взяли в кредит."
    assert roles(text) == [(94_000_000, "damage_total"), (56_000_000, "other")]
    # loans taken out in a victim's name are what she lost
    text = "Мошенники заставили пенсионерку взять кредиты на семь миллионов тенге."
    assert roles(text) == [(7_000_000, "single_case_loss")]


def test_a_social_group_or_a_police_unit_is_no_criminal_group():
    text = (
        "Жертвами злоумышленников становились граждане разных профессий и социальных групп. "
        "Общий размер ущерба, причиненного киберпреступлениями, составил 3,8 млрд рублей."
    )
    assert roles(text) == [(3_800_000_000, "damage_total")]
    text = (
        "Для раскрытия киберпреступлений создана группа «Киберпол». В результате выявили "
        "134 преступления с ущербом на сумму более 200 млн тенге."
    )
    assert roles(text)[-1] == (200_000_000, "damage_total")
    # a criminal group's haul is still one group's
    text = "Задержана преступная группа, которая обманула жителей на 45 млн тенге."
    assert roles(text) == [(45_000_000, "single_case_loss")]
    # the Russian «топ» of an outlet's name is no Kazakh «топ» (group); the Kazakh cases still are
    text = (
        "Рост случаев кибермошенничества, рассказали РИА «ТОП68» в УМВД. "
        "Сумма ущерба — более 200 миллионов рублей."
    )
    assert roles(text) == [(68, "other"), (200_000_000, "damage_total")]
    text = "Полиция алаяқтар тобын ұстады. Олар тұрғындардан 45 млн теңге алған."
    assert roles(text) == [(45_000_000, "single_case_loss")]


def test_a_count_per_persons_is_a_rate():
    text = "Чаще других страдали жители Москвы (232,1 факта мошенничества на 100 тыс. граждан)."
    assert roles(text) == [(232.1, "other"), (100_000, "population")]
    text = "При пересчете на 100 тысяч населения в области совершается 280 мошенничеств."
    assert roles(text) == [(100_000, "population"), (280, "other")]
    # a count of cases «на сумму» is no rate
    text = "Зарегистрировано 232 факта мошенничества на сумму 5 млн тенге."
    assert roles(text)[0] == (232, "cases_total")


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier", "quoted"),
    [
        ("мошенники похитили у американцев более $300 млн.", 300_000_000, "USD", "at_least",
         "более $300 млн"),
        ("жители области перевели мошенникам свыше ₸5 млн.", 5_000_000, "KZT", "at_least",
         "свыше ₸5 млн"),
        ("ущерб составил около €1,2 млрд.", 1_200_000_000, "EUR", "approx", "около €1,2 млрд"),
        ("ущерб составил почти ₽40 млн.", 40_000_000, "RUB", "approx", "почти ₽40 млн"),
        ("ущерб составил $1,2 млрд.", 1_200_000_000, "USD", "rounded", "1,2 млрд"),
    ],
)  # fmt: skip
def test_a_bound_word_before_a_currency_sign_bounds_the_amount(
    text, value, currency, qualifier, quoted
):
    frame = read_numbers(text)
    assert frame[["value", "currency", "qualifier"]].values.tolist() == [
        [value, currency, qualifier]
    ]
    assert text[frame["start"].iloc[0] : frame["end"].iloc[0]].rstrip(".") == quoted


def test_years_after_an_age_named_earlier_in_the_sentence_are_ages():
    text = (
        "Средний возраст пострадавших увеличился: в 2025 году он составил 48 лет (50 лет среди "
        "женщин, 46 лет — у мужчин), год назад — около 40 лет."
    )
    assert roles(text) == [(2025, "date"), (48, "age"), (50, "age"), (46, "age"), (40, "age")]
    # a span of time stays a span, an age named or not
    text = "Возраст потерпевших разный, но за 5 лет число случаев выросло, а 3 года назад упало."
    assert roles(text) == [(5, "date"), (3, "date")]


def test_money_a_bank_protected_from_theft_was_prevented():
    text = "ВТБ с начала года защитил от хищения свыше 14 млрд рублей клиентских средств."
    assert roles(text) == [(14_000_000_000, "prevented")]
    assert extract_figures(text).empty
    # a «защищённая» group of persons says nothing about the money
    text = (
        "В 2021 году от мошенничества почти 57 млрд тенге составили прямые убытки граждан, то "
        "есть наименее защищенной категории."
    )
    assert roles(text)[-1] == (57_000_000_000, "damage_total")


def test_depositors_of_a_pyramid_are_its_victims():
    assert roles("Пирамидаға 2,5 мыңға жуық салымшы тартылды.") == [(2500, "victims")]


def test_a_collective_numeral_after_a_month_is_no_day():
    # «двое», «трое» count persons; only a cardinal after a month names its day
    assert roles("В сентябре трое мужчин задержаны.") == [(3, "suspects")]
    assert roles("В начале сентября двое жителей отвезли деньги.")[0][1] != "date"


def test_every_number_of_a_list_of_articles_is_an_article():
    # the clause ends at each comma, but the list goes on: each number is an article
    text = "Ответственность предусмотрена статьями 158, 159, 159.3, 159.6 УК РФ."
    assert roles(text) == [
        (158, "article"),
        (159, "article"),
        (159.3, "article"),
        (159.6, "article"),
    ]
    assert [r for _, r in roles("Дела возбуждены по ст. 190, 213 и 385 УК РК.")] == ["article"] * 3
    # a number a noun or a verb follows is no article, even after one
    text = "По ст. 190 зарегистрировано 25 фактов, 30 фактов раскрыто."
    assert roles(text) == [(190, "article"), (25, "cases_total"), (30, "solved")]
    assert roles("По статье 190 УК, 12 фактов раскрыто.") == [(190, "article"), (12, "solved")]


@pytest.mark.parametrize("it", ["IТ", "ІТ"])  # a Latin «I» beside a Cyrillic «Т», and Kazakh «І»
def test_it_crimes_written_with_a_cyrillic_letter_are_cybercrime(it):
    text = f"В 2018 году в республике зарегистрировали около полутора тысяч {it}-преступлений."
    frame = read_numbers(text)
    assert frame["role"].tolist() == ["date", "cases_total"]
    assert frame["scope"].tolist()[-1] == "cybercrime"


def test_a_count_for_another_period_with_its_noun_left_out_counts_what_the_count_before_counts():
    text = (
        "За 2022 год зарегистрировано более 370 тысяч краж и мошенничеств, совершенных с "
        "использованием информационно-телекоммуникационных технологий. А за первый квартал "
        "текущего года – уже более 100 тысяч."
    )
    assert roles(text) == [(2022, "date"), (370_000, "cases_total"), (100_000, "cases_total")]
    # a noun of its own decides («уже более 100 тысяч обращений» counts reports, not cases)
    text = text.replace("100 тысяч.", "100 тысяч обращений в полицию.")
    assert roles(text)[-1][1] != "cases_total"


def test_a_phone_number_in_hyphenated_groups_is_one_phone_number():
    # a local number and one with a trunk and area code: one number each, shown as a phone
    text = "Звоните на горячую линию: 2-32- 70, 2-05-60 или 8(86196) 7-19-64. Ущерб 5 млн тенге."
    frame = read_numbers(text)
    assert frame["role"].tolist() == ["phone", "phone", "phone", "damage_total"]
    assert text[frame["start"][2] : frame["end"][2]] == "8(86196) 7-19-64"
    # ranges and years with a hyphen stay numbers
    assert roles("В 2020-2021 годах пострадали 12-15 человек.")[2:] == [
        (12, "victims"),
        (15, "victims"),
    ]


def test_a_sentence_ends_after_a_currency_abbreviation_before_a_capital():
    # «руб.» then a capitalised word: a new sentence, whose «Средний» opens it (no name)
    text = (
        "Объем похищенных средств сократился до 1,08 млрд руб. Средний размер мошеннической "
        "транзакции составил 3,6 тыс. руб."
    )
    assert roles(text) == [(1_080_000_000, "damage_total"), (3600, "other")]


def test_an_amount_after_против_is_the_same_amount_for_another_period():
    text = (
        "Похищено 1,08 млрд руб. Средний размер транзакции составил 3,6 тыс. руб. против "
        "4,3 тыс. руб. в 2015 году."
    )
    assert roles(text) == [
        (1_080_000_000, "damage_total"),
        (3600, "other"),
        (4300, "other"),
        (2015, "date"),
    ]
    text = "Ущерб составил 5 млн тенге против 3 млн тенге годом ранее."
    assert roles(text) == [(5_000_000, "damage_total"), (3_000_000, "damage_total")]


@pytest.mark.parametrize(
    "text", ["Акция прошла 18-23 февраля в школах.", "Акция 18-23 ақпан аралығында өтті."]
)
def test_the_first_day_of_a_range_of_days_before_a_month_is_a_date(text):
    assert roles(text) == [(18, "date"), (23, "date")]
    # a range of counts stays counts
    assert roles("Зарегистрировано 5-7 фактов.") == [(5, "cases_total"), (7, "cases_total")]


def test_a_role_word_before_particles_and_bound_words_decides_the_count():
    text = (
        "В 2025 году было зарегистрировано около 20 тысяч киберпреступлений, а раскрыто – всего "
        "лишь чуть больше 3400."
    )
    assert roles(text) == [(2025, "date"), (20_000, "cases_total"), (3400, "solved")]


def test_a_registration_verb_counts_the_plural_noun_before_it():
    # the noun before the verb is what was registered: bank operations, not cases, though the
    # sentence before speaks of fraud
    text = (
        "Банк России выявил 474 тыс. мошеннических операций. Для сравнения – за весь 2020 г. "
        "таких операций было выявлено 362 тыс."
    )
    assert roles(text) == [(474_000, "other"), (2020, "date"), (362_000, "other")]
    assert roles("Мошеннических звонков зафиксировано 1200.") == [(1200, "other")]
    # a noun a preposition governs is no count's noun: the cases are counted
    text = "По интернет-мошенничеству с использованием банковских карт зарегистрировано 50 фактов."
    assert roles(text) == [(50, "cases_total")]
    assert roles("Интернет-мошенничеств зарегистрировано 843.") == [(843, "cases_total")]


def test_the_part_of_a_damage_total_one_kind_of_victim_lost_is_no_second_total():
    # «из этой суммы», «большая часть этих средств», «основная доля»: a part told after the
    # total, by who lost it (citizens, individuals, pensioners), is not proposed
    text = (
        "Ущерб от мошенничества за 10 месяцев составил 65,5 млрд тенге. Почти 57 млрд тенге из "
        "этой суммы составляют прямые убытки граждан."
    )
    assert roles(text)[1:] == [(65_500_000_000, "damage_total"), (57_000_000_000, "other")]
    text = (
        "Мошенники похитили 28,1 млрд рублей. Большая часть этих средств — 26,9 млрд рублей — "
        "была украдена со счетов физических лиц."
    )
    assert roles(text) == [(28_100_000_000, "damage_total"), (26_900_000_000, "other")]
    assert extract_figures(text)["value"].tolist() == [28_100_000_000]
    text = (
        "Ущерб от мошенников составил 100 млн тенге. Основная доля пришлась на пенсионеров — "
        "60 млн тенге."
    )
    assert roles(text)[-1] == (60_000_000, "other")
    # a part of no damage total, or by kind of fraud, stays what it is
    text = (
        "Объем переводов между клиентами составил 1 трлн рублей. Из них 13,5 млрд рублей "
        "украли мошенники у граждан."
    )
    assert roles(text)[-1] == (13_500_000_000, "damage_total")
    text = "Ущерб составил 100 млн тенге, из них 40 млн тенге – от интернет-мошенничества."
    assert roles(text) == [(100_000_000, "damage_total"), (40_000_000, "damage_total")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Зарегистрировано 3643 кибермошенничества. Иногда ущерб потерпевшим составлял более "
            "1 млн рублей.",
            1_000_000,
        ),
        ("Суммы, которые указывают мошенники, порой достигают 2 тысяч долларов.", 2000),
        (
            "Облыста 843 алаяқтық тіркелді. Кейде бір адамның шығыны 5 млн теңгеге жетеді.",
            5_000_000,
        ),
    ],
)
def test_a_sum_said_to_happen_sometimes_is_no_total(text, value):
    # «иногда», «порой», «кейде»: an occasional loss, like a typical one, is not the period's
    assert (value, "other") in roles(text)
    assert value not in extract_figures(text)["value"].tolist()


def test_a_phone_line_is_never_a_scaled_number_nor_the_end_of_a_change():
    # «нөмірлерден 17 миллион қоңырау»: calls from numbers, counted in millions
    assert roles("Ауыстырылған нөмірлерден 17 миллион қоңырау бұғатталды.") == [
        (17_000_000, "other")
    ]
    # «131-ден биыл 102-ге»: a Kazakh change without «дейін», the count fell to 102
    text = "Ауданда жалпы қылмыс саны былтыр 131-ден биыл 102-ге, яғни 22,1 пайызға азайды."
    assert [role for _, role in roles(text)] == ["other", "other", "percent"]
    assert roles("Алаяқтар туралы 102-ге хабарласыңыз.") == [(102, "phone")]
    assert roles("Сообщите в полицию по номеру 102.") == [(102, "phone")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # «не» is a word: the end of «стране» before «превысил» is no negation
        ("Годовой ущерб от мошенников по стране превысил 30 млрд тенге.", 30_000_000_000),
        ("Число интернет-мошенничеств превысило отметку в 205 тыс.", 205_000),
        ("Ущерб от мошенников оказался выше 154 миллиардов рублей.", 154_000_000_000),
        ("Число интернет-мошенничеств выросло, превысив отметку в 6383 случая.", 6383),
    ],
)
def test_a_verb_or_word_of_exceeding_makes_a_figure_a_lower_bound(text, value):
    figures = extract_figures(text)
    assert figures[["value", "qualifier"]].values.tolist() == [[value, "at_least"]]


def test_a_negated_verb_of_exceeding_makes_a_figure_an_upper_bound():
    assert extract_figures("Ущерб от мошенников не превысил 5 млн тенге.")[
        "qualifier"
    ].tolist() == ["at_most"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("В Краснодаре зафиксировали 3 тыс. 249 кибермошенничеств.", 3249),
        ("С начала года жертвами мошенников стали 3 тысячи 587 наших земляков.", 3587),
        ("Посредством мобильной связи — 4 тыс. 822, с использованием карт — 1 тыс. 132.", 4822),
    ],
)
def test_units_written_after_the_thousands_are_one_number(text, value):
    # «3 тыс. 249»: the units belong to the number before a counted noun (also one with a
    # modifier before it, or a word that only contains one: «кибермошенничеств») or a comma
    assert roles(text)[0][0] == value


def test_с_лишним_between_a_number_and_its_scale_word_makes_one_lower_bound():
    # «204 с лишним миллиона»: at least 204 million, one number, not 204 and a million
    text = "Вернули всего около 6%, или 204 с лишним миллиона рублей."
    frame = read_numbers(text)
    assert frame[["value", "qualifier", "role"]].values.tolist()[1:] == [
        [204_000_000, "at_least", "recovered"]
    ]
    assert roles("Зарегистрировано 100 с лишним фактов мошенничества.") == [(100, "cases_total")]


def test_a_number_word_before_десяток_counts_tens():
    # «двух десятков»: 20, one number, its noun after «десятков»
    assert roles("Около двух десятков жителей стали жертвами обмана.") == [(20, "victims")]
    assert roles("Задержаны три десятка человек.") == [(30, "suspects")]
    assert roles("Зарегистрировано двадцать два факта.") == [(22, "cases_total")]


@pytest.mark.parametrize(
    "text",
    [
        "Основной массив обращений — почти 80% — связан с хищениями небольших сумм, не "
        "превышающих двадцати тысяч рублей. Мошенничество растет.",
        "В банки все чаще обращаются пострадавшие от мошенников с небольшими суммами хищений "
        "- до 20 тысяч рублей.",
        # sums that vary between bounds are the sizes of many losses
        "Мошенники обманули жителей области. Суммы, которые удавалось похитить, варьировались "
        "от 15 тыс. руб. до 25 млн руб.",
        "Ущерб от мошенничества в каждом случае колебался от 5 до 10 млн тенге.",
    ],
)
def test_sums_in_the_plural_bound_many_losses_and_are_no_total(text):
    assert extract_figures(text).empty


def test_the_varying_loss_of_one_fraud_is_one_cases():
    text = (
        "Сумма ущерба от одного мошенничества варьируется от 15 тысяч рублей до десятков "
        "миллионов рублей."
    )
    assert [role for _, role in roles(text)] == ["single_case_loss"] * 2


def test_a_total_sum_in_the_plural_stays_damage():
    text = "Общие суммы ущерба от мошенничества за год составили 5 млн рублей."
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [["damage", 5_000_000]]


def test_their_count_after_a_sentence_that_counts_fraud_cases():
    text = "В области растет число интернет-мошенничеств. В прошлом году их было 750, в этом — уже 900."
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [
        ["cases", 750],
        ["cases", 900],
    ]
    # «их» of persons, after a sentence that counts no cases, stays what it was
    assert roles("Мошенники звонят пенсионерам. Их было пятеро.") == [(5, "suspects")]


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        (
            "По шести фактам мошенничества возбуждены уголовные дела, еще по двум проводятся проверки.",
            [6],
        ),
        ("По трем заявлениям о мошенничестве стражи порядка проводят проверку.", []),
        ("Были проверены 689 мобильных номеров по 496 уголовным делам о мошенничестве.", []),
        ("По результатам проверки зарегистрировано 15 фактов мошенничества.", [15]),
    ],
)
def test_reports_under_check_are_not_registered_cases(text, cases):
    assert extract_figures(text)["value"].tolist() == cases


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        (
            "Кроме того, за год было выявлено более трех тысяч экономических преступлений, в два "
            "раза возросло число мошенничеств.",
            [],
        ),
        (
            "Выросло число преступлений коррупционной направленности: всего 164 преступления за "
            "год. Мошенничеств стало больше.",
            [],
        ),
        ("Зарегистрировано 500 мошенничеств экономической направленности.", [500]),
        # the internet words of the next clause do not make the economic crimes cybercrime
        (
            "За год выявлено более трех тысяч экономических преступлений, в два раза возросло "
            "число интернет-мошенничеств.",
            [],
        ),
    ],
)
def test_economic_and_corruption_crime_counts_are_no_fraud_counts(text, cases):
    assert extract_figures(text)["value"].tolist() == cases


def test_reports_of_crime_in_general_are_all_reports_not_fraud_cases():
    text = (
        "Мошенники активизировались. За неделю зарегистрировано 83 сообщения о преступлениях. "
        "За ту же неделю зарегистрировали 40 сообщений о преступлениях, совершённых с "
        "использованием IT-технологий."
    )
    assert extract_figures(text)["value"].tolist() == [40]


def test_a_change_with_no_quantity_of_its_own_continues_the_change_told_before():
    text = (
        "Число интернет-мошенничеств выросло в 40 раз. В частности, с 517 в 2018 году до 20,5 "
        "тысячи в 2022 году."
    )
    assert extract_figures(text)["value"].tolist() == [517, 20500]
    # the sentence before tells of no change: the bare ends stay unread
    assert extract_figures("Мошенники не дремлют. С 517 до 20,5 тысячи.").empty


def test_elderly_victims_name_a_group_of_the_count_they_follow_only():
    text = (
        "Всего зарегистрировано 257 мошенничеств и в 99 случаях потерпевшими являются люди "
        "пожилого возраста."
    )
    assert roles(text) == [(257, "cases_total"), (99, "other")]


def test_a_list_label_keeps_its_words_when_a_bracket_comes_before_the_dash():
    text = (
        "Преимущественное число преступлений в данной сфере связано:\n\n"
        "- с хищениями чужого имущества, совершенных с банковского счета, а равно в отношении "
        "электронных денежных средств (п. «г» ч. 3 ст. 158 УК РФ) – 665;\n\n"
        "- с хищением имущества путем мошенничества (ст. 159 УК РФ) – 1 148.\n"
    )
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [["cases", 1148]]


def test_their_total_number_counts_the_crimes_named_before():
    text = (
        "Число преступлений, совершенных с использованием информационно-телекоммуникационных "
        "технологий, возросло. Рост данных посягательств составил 73,4%, а их общее количество "
        "за год достигло 510,3 тыс."
    )
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [["cases", 510300]]
    # «общее количество преступлений» with no «их» is still all crime
    assert extract_figures(
        "Общее количество преступлений за год достигло 51 тыс. Киберпреступлений стало больше."
    ).empty


def test_kazakh_tulga_names_the_persons_detained_not_victims():
    text = (
        "Жыл басынан бері осы қылмыс түрімен айналысқан 18 тұлға ұсталып, қылмыстық "
        "жауапкершілікке тартылды. Олардың 9-ы басқа облыстардың тұрғындары екені анықталды."
    )
    assert roles(text) == [(18, "suspects"), (9, "suspects")]
    text = (
        "Прокуратура 8,2 млрд теңге көлемінде аса ірі залал келтірген әрекеттерге қатысы бар "
        "тұлғаларға қатысты істерді сотқа жолдады."
    )
    assert roles(text)[0][1] != "damage_total"


def test_items_listed_after_a_solved_count_are_its_parts():
    text = (
        "Сотрудниками полиции раскрыто 46 преступлений, в том числе: два грабежа, 23 кражи "
        "личного имущества граждан, пять мошенничеств, восемь прочих преступлений. "
        "Зарегистрировано 120 мошенничеств."
    )
    assert roles(text) == [
        (46, "solved"),
        (2, "other"),
        (23, "other"),
        (5, "solved"),
        (8, "other"),
        (120, "cases_total"),
    ]


def test_complaints_about_fraud_are_no_registered_cases():
    text = "В 2025 году на прямую линию от петербуржцев поступило 2445 жалоб, связанных с мошенничеством."
    assert roles(text)[-1] == (2445, "antifraud_incidents")
    # reports to the police about fraud still are
    assert roles("В полицию поступило 300 обращений граждан по фактам мошенничества.") == [
        (300, "cases_total")
    ]


def test_an_item_of_another_crime_is_no_fraud_scheme():
    from fraud_research.text import map_scheme

    assert map_scheme("кражи с банковского счета") == ""  # not a bank impersonation call
    assert map_scheme("звонки от имени сотрудников банка") == "impersonation_call"
    text = (
        "Зарегистрировано 317 преступлений, связанных с хищением денежных средств с "
        "использованием мобильной связи и сети Интернет. Из них 245 — это мошенничества, 72 — "
        "кражи с банковских счетов."
    )
    assert roles(text)[-1] == (72, "other")


def test_property_seized_or_frozen_is_no_damage():
    text = (
        "За год зарегистрировано 120 мошенничеств. Общая сумма ущерба превышает 48 миллионов "
        "рублей. Изъято имущества на сумму 3 миллиона 802 тысячи рублей, а арестовано — на 19 "
        "миллионов."
    )
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [
        ["cases", 120],
        ["damage", 48_000_000],
    ]


def test_an_arrest_of_property_makes_no_arrest_story():
    text = (
        "Ущерб от мошенничеств превышает 48 миллионов рублей. Изъято имущества на сумму 3 "
        "миллиона 802 тысячи рублей, а арестовано — на 19 миллионов."
    )
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [["damage", 48_000_000]]
    story = "Арестованы участники группы, похитившей 45 млн тенге."
    assert roles(story) == [(45_000_000, "single_case_loss")]


def test_a_bound_word_does_not_hide_the_loss_verb_of_money_without_a_currency():
    text = "За год мошенники сняли с банковских карт более 3,5 млрд."
    assert extract_figures(text)[["metric", "value", "qualifier"]].values.tolist() == [
        ["damage", 3_500_000_000, "at_least"]
    ]


def test_operations_without_consent_are_the_offence_and_all_payments_no_damage():
    text = (
        "В «Обзоре операций, совершенных без согласия клиентов» за 2019 год объем указанных "
        "операций составил 6,42 млрд рублей. Учитывая общую статистику операций по переводу "
        "денежных средств с использованием электронных средств платежа (ЭСП) физических лиц "
        "(40,3 млрд единиц и 71,03 трлн рублей соответственно), удельный объем "
        "несанкционированных операций составил 0,009%."
    )
    assert extract_figures(text)[["metric", "value"]].values.tolist() == [["damage", 6_420_000_000]]


def test_criminal_investigations_opened_are_cases():
    text = (
        "Полиция предоставила статистику по случаям мошенничества с использованием телефонной "
        "связи и интернета. За первые месяцы 2026 года было начато свыше 390 уголовных "
        "расследований."
    )
    assert extract_figures(text)[["metric", "value", "qualifier"]].values.tolist() == [
        ["cases", 390, "at_least"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Раскрыто 46 преступлений, в том числе пять мошенничеств, а зарегистрировано 120 "
        "мошенничеств.",
        "Задержаны 12 человек, из них 5 подростков, а зарегистрировано 120 мошенничеств.",
    ],
)
def test_a_verb_of_its_own_ends_a_list_of_parts(text):
    assert roles(text)[-1] == (120, "cases_total")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count still to come, pointed back to by «эта цифра»
        (
            "Если в 2019 году было совершено 863 киберпреступления, то к 2024 году эта цифра "
            "достигнет 58 800.",
            [(2019, "date"), (863, "cases_total"), (2024, "date"), (58_800, "other")],
        ),
        # a second infinitive shares the first one's «могут»: both sums are forecasts
        (
            "Накопленные потери от киберпреступлений могут составить 8 трлн рублей, а к 2030 "
            "году возрасти уже до 90 трлн рублей.",
            [(8e12, "other"), (2030, "date"), (9e13, "other")],
        ),
        # a modal of another clause, with a finite verb between, does not make a loss a forecast
        (
            "Жители могут обратиться в полицию, а мошенники похитили у них 300 млн тенге.",
            [(3e8, "damage_total")],
        ),
    ],
)
def test_forecasts_are_not_counts_or_losses(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crimes of the criminal code listed beside fraud count themselves, not fraud
        (
            "На 13,8% увеличилось количество мошенничеств (2401), на 7,7% – грабежей (126), на "
            "13,3% – поджогов (51).",
            [
                (13.8, "percent"),
                (2401, "cases_total"),
                (7.7, "percent"),
                (126, "other"),
                (13.3, "percent"),
                (51, "other"),
            ],
        ),  # fmt: skip
        # the crime may follow the case noun: «12 случаев грабежа», «фактов вандализма»
        (
            "В области зарегистрировано 120 мошенничеств, 12 случаев грабежа и 7 фактов "
            "вандализма.",
            [(120, "cases_total"), (12, "other"), (7, "other")],
        ),
    ],
)
def test_other_crimes_named_beside_fraud_are_not_fraud_counts(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a range of articles are articles, with or without «ст.» before it
        (
            "Число преступлений по статьям о мошенничестве (159–159.6 УК) выросло на треть.",
            [(159, "article"), (159.6, "article"), (33.3, "percent")],
        ),
        # and a range of the fraud articles makes what it counts fraud
        (
            "По статьям 159-159.6 УК РФ зарегистрировано 120 преступлений.",
            [(159, "article"), (159.6, "article"), (120, "cases_total")],
        ),
        (
            "В 2024 году зарегистрировано 520 преступлений (159–159.6 УК).",
            [(2024, "date"), (520, "cases_total"), (159, "article"), (159.6, "article")],
        ),
    ],
)
def test_a_range_of_fraud_articles_is_read_as_articles_of_fraud(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review's damage total, then the parts taken through each channel
        (
            "За 2014 год общая сумма ущерба составила 3,5 млрд рублей. С карточек мошенники "
            "забрали 1,58 млрд рублей. Более миллиарда рублей мошенники украли через "
            "интернет-банк и мобильное приложение. С использованием банкоматов было похищено "
            "175,8 млн руб.",
            [
                (2014, "date"),
                (3.5e9, "damage_total"),
                (1.58e9, "other"),
                (1e9, "other"),
                (175.8e6, "other"),
            ],
        ),  # fmt: skip
        # with no total told before, a loss from cards is the total
        (
            "В 2019 году мошенники увели с карт россиян почти 6,5 млрд рублей.",
            [(2019, "date"), (6.5e9, "damage_total")],
        ),
        # so is the part taken from one kind of account holder
        (
            "Мошенники в 2024 году похитили у клиентов банков 27,5 миллиарда рублей. Объем "
            "хищений у юридических лиц достиг 667,4 миллиона рублей.",
            [(2024, "date"), (27.5e9, "damage_total"), (667.4e6, "other")],
        ),
        # but a year's own sentence of totals by holder gives totals
        (
            "В 2017 году компании потеряли 1,57 млрд руб. В 2018 году киберпреступники смогли "
            "похитить с банковских счетов юрлиц 1,46 млрд руб.",
            [(2017, "date"), (1.57e9, "damage_total"), (2018, "date"), (1.46e9, "damage_total")],
        ),
        # a channel's loss in another period is that period's total, not a part
        (
            "В 2024 году с карт россиян похитили 27 млрд рублей, а годом ранее с карт "
            "похитили 15 млрд рублей.",
            [(2024, "date"), (27e9, "damage_total"), (15e9, "damage_total")],
        ),
    ],
)
def test_a_loss_by_channel_after_a_total_is_a_part_of_it(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bans counted, and persons who set one or switch a service on: users, not suspects
        (
            "Россияне установили уже 22 млн самозапретов на оформление кредитов.",
            [(22_000_000, "other")],
        ),
        (
            "В Казахстане 1,2 млн граждан установили самозапрет на кредиты.",
            [(1_200_000, "other")],
        ),
        ("На данный момент 752 780 казахстанцев активировали услугу.", [(752_780, "other")]),
        ("Биыл 300 мыңнан астам қазақстандық несие алуға өзіне тыйым салды.", [(300_000, "other")]),
        # persons named victims or suspects stay so, a ban in the sentence or not
        (
            "Жертвами мошенников стали 500 человек, не установивших самозапрет.",
            [(500, "victims")],
        ),
        ("Полицейские установили 12 подозреваемых.", [(12, "suspects")]),
    ],
)
def test_persons_who_set_a_self_ban_are_its_users(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what spammers or a market earned is no loss; a gapped clause after it neither
        (
            "В 2011 году интернет-мошенники похитили около 942 млн долл.; за ними следуют "
            "спамеры, которые заработали 830 млн долл. Внутренний рынок составил 230 млн "
            "долл., а DDoS — 130 млн долл.",
            [
                (2011, "date"),
                (942e6, "damage_total"),
                (830e6, "other"),
                (230e6, "other"),
                (130e6, "other"),
            ],
        ),  # fmt: skip
        # what fraudsters «earned», or earned on someone, is the victims' loss
        (
            "За прошедшую неделю мобильные мошенники «заработали» больше 40 миллионов рублей "
            "за счёт жителей края.",
            [(40e6, "damage_total")],
        ),
        (
            "В 2024 году мошенники похитили 5 млрд рублей, а в 2023 году — 4 млрд рублей.",
            [(2024, "date"), (5e9, "damage_total"), (2023, "date"), (4e9, "damage_total")],
        ),
    ],
)
def test_what_a_market_or_spammers_earned_is_no_loss(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «подобных фактов» points to the cybercrime of the sentence before, the nearer crime
        (
            "За год снизилось количество преступлений (в том числе тяжких). Однако преступлений "
            "в области высоких технологий стало больше. Подобных фактов зарегистрировано 342.",
            [(342, "cases_total")],
        ),
        # but a crime done by technology is the crime named with it
        (
            "Из 51 вымогательства 46 совершены с использованием интернет-технологий. "
            "Таких преступлений зарегистрировано 55.",
            [(51, "other"), (46, "other"), (55, "other")],
        ),
    ],
)
def test_such_crimes_point_to_the_nearer_crime_named(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В 2025 году зарегистрировано 371 400 киберпреступлений [7].",
            [(2025, "date"), (371_400, "cases_total"), (7, "other")],
        ),
        ("Число мошенничеств выросло [3, с. 45].", [(3, "other"), (45, "other")]),
    ],
)
def test_a_number_in_square_brackets_is_a_reference(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague counts are read, with no value, for their role
        ("Жертвами мошенников стали десятки тысяч человек.", [(None, "victims")]),
        ("Миллионы людей остались без вложений.", [(None, "victims")]),
        # and a vague amount of millions is money, though no currency follows it
        ("Причиненный ущерб гражданам исчисляется миллионами.", [(None, "damage_total")]),
        ("С начала года ущерб — десятки миллионов.", [(None, "damage_total")]),
    ],
)
def test_vague_counts_and_amounts_are_read_for_their_role(text, expected):
    assert roles(text) == expected


def test_a_vague_amount_is_never_proposed_as_a_figure():
    assert extract_figures("С начала года ущерб — десятки миллионов. Пострадали 200 человек.").empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reports to a body other than the police are incidents told to it, not crimes
        (
            "Федеральная торговая комиссия получила около 2,2 млн заявлений о столкновении с "
            "мошенниками.",
            [(2_200_000, "antifraud_incidents")],
        ),
        (
            "Так ФБР получило 207,5 тыс. заявлений от пострадавших.",
            [(207_500, "antifraud_incidents")],
        ),
        # reports to the police about fraud stay registered cases
        (
            "За сутки в полицию поступило 12 заявлений о мошенничестве.",
            [(12, "cases_total")],
        ),
    ],
)
def test_reports_to_a_body_other_than_the_police_are_incidents(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound on the loss that sets a class of crimes apart is no loss
        (
            "По тяжким составам, где ущерб более 250 тыс. руб., рост составил 27%.",
            [(250_000, "other"), (27, "percent")],
        ),
        (
            "Крупных мошенничеств, в которых сумма ущерба превысила 100 тыс. долл., было 40%.",
            [(100_000, "other"), (40, "percent")],
        ),
        # what the cases cost, and their total, stay losses
        (
            "Участились случаи мошенничества с банковскими картами. Произошло три таких случая, "
            "в результате которых жители региона лишились более чем 150 тысяч рублей.",
            [(3, "cases_total"), (150_000, "damage_total")],
        ),
        (
            "Потери понесла треть авторов, общий объем которых комиссия оценила в сумму свыше "
            "$3,3 млрд.",
            [(33.3, "percent"), (3.3e9, "damage_total")],
        ),
    ],
)
def test_a_bound_that_sets_a_class_of_crimes_apart_is_no_loss(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «Цифра снизилась до 7 320»: the figure of the cybercrime the sentence before counted
        (
            "В регионе количество киберпреступлений сократилось на четверть. Цифра снизилась "
            "до 7 320.",
            [(25, "percent"), (7320, "cases_total")],
        ),
        ("Зарегистрировано 9 000 киберпреступлений. Эта цифра выросла.", [(9000, "cases_total")]),
    ],
)
def test_the_figure_points_back_to_the_crime_counted_before(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «перевалил за» bounds the amount: a loss, not a price paid «за»
        ("Ущерб перевалил за 2 млрд тенге.", [(2e9, "damage_total")]),
        (
            "В 2023 году общая сумма украденных у россиян средств перевалила за 15 миллиардов "
            "рублей.",
            [(2023, "date"), (15e9, "damage_total")],
        ),
        ("Она заказала доставку за 6 тысяч рублей.", [(6000, "other")]),
    ],
)
def test_a_loss_that_passed_a_mark_is_no_price(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of the sums of single operations is no damage total
        (
            "В 2016 году со счетов компаний мошенники снимали от 100 тыс. до 1 млн руб.",
            [(2016, "date"), (100_000, "other"), (1_000_000, "other")],
        ),
        # a range a loss noun names is an estimate of the total
        (
            "Потери от кибератак в размере от 170 до 200 млрд рублей ежегодно.",
            [(170e9, "damage_total"), (200e9, "damage_total")],
        ),
        # one victim's range stays a single loss
        (
            "Пенсионерка перевела мошенникам от 70 до 80 тысяч тенге.",
            [(70_000, "single_case_loss"), (80_000, "single_case_loss")],
        ),
    ],
)
def test_a_range_of_sums_is_no_damage_total(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a share of the people lost bands each one's loss: no total
        (
            "Около трети опрошенных потеряли от 5 до 10 тысяч рублей.",
            [(33.3, "percent"), (5000, "other"), (10_000, "other")],
        ),
        (
            "Каждый пятый пострадавший лишился более 50 тысяч тенге.",
            [(20, "percent"), (50_000, "other")],
        ),
        (
            "Большинство из них перевели аферистам до 100 тысяч тенге.",
            [(100_000, "other")],
        ),
        (
            "40 процентов клиентов банка отдали мошенникам до 3 тысяч рублей, а 2% — более "
            "миллиона.",
            [(40, "percent"), (3000, "other"), (2, "percent"), (1_000_000, "other")],
        ),
        # a share of the money, and people lost as a whole, stay damage
        (
            "Мошенники похитили у жителей края 45 млн рублей. Более половины этих денег "
            "потеряли жители столицы — 24 миллиона рублей.",
            [(45e6, "damage_total"), (50, "percent"), (24e6, "damage_total")],
        ),
        (
            "Жители области потеряли из-за мошенников 300 млн тенге, половина пострадавших — "
            "пенсионеры.",
            [(300e6, "damage_total"), (50, "percent")],
        ),
    ],
)
def test_what_a_share_of_the_people_lost_is_no_total(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative beside a region's parts ranks places: each place's loss is its total
        (
            "В области мошенники похитили 197 млн рублей. Наибольший ущерб зарегистрирован в "
            "Аскизском районе — 9 миллионов рублей.",
            [(197e6, "damage_total"), (9e6, "damage_total")],
        ),
        (
            "В области мошенники похитили 197 млн рублей. Тройку городов с наибольшими потерями "
            "замыкает Черногорск с 15 миллионами рублей.",
            [(197e6, "damage_total"), (3, "other"), (15e6, "damage_total")],
        ),
        (
            "В октябре мошенники похитили 20 млн тенге. Наибольший ущерб — в Сайрамском районе, "
            "5 млн тенге.",
            [(20e6, "damage_total"), (5e6, "damage_total")],
        ),
        # the largest sum is one loss, wherever it was recorded
        (
            "В области мошенники похитили 197 млн рублей. Максимальную сумму ущерба "
            "зафиксировали в Индустриальном районе — около 10 миллионов рублей.",
            [(197e6, "damage_total"), (10e6, "single_case_loss")],
        ),
        (
            "В области мошенники похитили 197 млн рублей. Самой рекордной суммой в регионе "
            "стали 30 миллионов рублей.",
            [(197e6, "damage_total"), (30e6, "single_case_loss")],
        ),
    ],
)
def test_a_superlative_beside_a_regions_parts_ranks_places(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «преступность», crime as a whole, makes a count of crimes all crime
        (
            "Прокуратура подвела итоги: уровень преступности снизился, зарегистрировано 4 200 "
            "преступлений. Число интернет-мошенничеств выросло до 900.",
            [(4200, "other"), (900, "cases_total")],
        ),
        # and «общий уровень» said of it carries to the count in the next sentence
        (
            "Общий уровень преступности снизился на 3%. Всего зарегистрировано 5 100 "
            "преступлений. Число кибермошенничеств выросло до 1 200.",
            [(3, "percent"), (5100, "other"), (1200, "cases_total")],
        ),
        (
            "Состояние преступности в районе обсудили на совещании. Меньше всего преступлений "
            "зарегистрировано в Кадошкинском (25) районе. Интернет-мошенничеств стало больше — "
            "310.",
            [(25, "other"), (310, "cases_total")],
        ),
        # cybercrime as a whole is the topic, not all crime
        (
            "В области снизилась киберпреступность. Зарегистрировано 800 преступлений. Ущерб "
            "составил 90 млн тенге.",
            [(800, "cases_total"), (90e6, "damage_total")],
        ),
    ],
)
def test_crime_as_a_whole_makes_a_count_of_crimes_all_crime(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item of a list of scheme counts in brackets counts its scheme, year-like or not
        (
            "Самые распространенные способы обмана: звонки от имени сотрудников банков (2500); "
            "оформление онлайн-займов (2000); взлом аккаунтов (1500).",
            [(2500, "cases_scheme"), (2000, "cases_scheme"), (1500, "cases_scheme")],
        ),
        # a year in brackets outside such a list stays a year
        ("Закон о связи (2000) с тех пор менялся не раз.", [(2000, "date")]),
    ],
)
def test_an_item_of_a_list_of_scheme_counts_counts_its_scheme(text, expected):
    assert roles(text) == expected


def test_the_scheme_of_a_list_item_is_read_from_its_label():
    figures = extract_figures(
        "Самые распространенные способы обмана: звонки от имени сотрудников банков (2500); "
        "оформление онлайн-займов (2000)."
    )
    assert figures[["value", "scheme"]].values.tolist() == [
        [2500, "impersonation_call"],
        [2000, "online_loan"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crimes that identified persons were involved in are solved, not registered
        (
            "Привлечено к уголовной ответственности 596 лиц, причастных к совершению почти "
            "3 тысячам интернет-мошенничеств.",
            [(596, "suspects"), (3000, "solved")],
        ),
        ("Установлены лица, причастные к 120 интернет-мошенничествам.", [(120, "solved")]),
    ],
)
def test_crimes_persons_were_involved_in_are_solved(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons kept from a loss did not fall victim
        ("Банки спасли более 45 миллионов человек от мошенников.", [(45e6, "other")]),
        ("Полицейские уберегли 300 пенсионеров от обмана.", [(300, "other")]),
        # what was theirs kept safe: the persons were still the fraudsters' targets
        ("Таксист спас сбережения двух пенсионерок от мошенников.", [(2, "victims")]),
        ("Мошенники обманули 300 пенсионеров.", [(300, "victims")]),
    ],
)
def test_persons_kept_from_a_loss_are_no_victims(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kazakh verb's negative suffix: not repaid is no money recovered
        (
            "Қазір 90 күннен асып өтелмеген кредиттердің үлесі — 3,4 пайыз, яғни шамамен "
            "1,3 триллион теңге.",
            [(90, "date"), (3.4, "percent"), (1.3e12, "other")],
        ),
        # «жеке тұлғалар» are natural persons (borrowers), no offenders: a loan book is no loss
        (
            "Жеке тұлғалардың несие портфелі өсті. Жеке тұлғалардың мерзімі өткен несиелері "
            "943 миллиард теңгеге жетті.",
            [(943e9, "other")],
        ),
    ],
)
def test_kazakh_unpaid_credit_is_neither_recovered_nor_lost(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of crimes whose every n-th the next sentence says was done with IT: all crime
        (
            "В 2025 году на территории региона было зарегистрировано свыше 12 тысяч "
            "преступлений. Каждое третье совершено с помощью информационных технологий.",
            [(2025, "date"), (12_000, "other"), (33.3, "percent")],
        ),
        # a count of fraud itself stays the case count its share is taken of
        (
            "В 2025 году зарегистрировано 900 интернет-мошенничеств. Каждое третье совершено "
            "через маркетплейсы.",
            [(2025, "date"), (900, "cases_total"), (33.3, "percent")],
        ),
        # money «сберечь» from offenders was kept from them
        (
            "Мошенники похитили у жителей области 300 млн рублей. Полицейским удалось сберечь "
            "от преступных посягательств свыше 50 миллионов рублей.",
            [(300e6, "damage_total"), (50e6, "prevented")],
        ),
    ],
)
def test_crimes_of_which_every_nth_was_done_with_it_are_all_crime(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the clause of a part says happened to the part: the whole is the loss
        (
            "Былтыр облыста алаяқтар тұрғындардан 500 миллион теңге алған, оның 120 миллионы "
            "қайтарылды.",
            [(500e6, "damage_total"), (120e6, "recovered")],
        ),
        (
            "Мошенники получили от жителей 500 млн тенге, из них 120 млн удалось вернуть.",
            [(500e6, "damage_total"), (120e6, "recovered")],
        ),
        # a part of a damage total that names its scheme is that scheme's damage, and «схема»
        # in the part's clause makes neither the whole nor the part one victim's loss
        (
            "В 2024 году ущерб от интернет-мошенничества составил 500 млн тенге, в том числе по "
            "схеме «инвестиции» — 120 млн.",
            [(2024, "date"), (500e6, "damage_total"), (120e6, "damage_scheme")],
        ),
        (
            "В 2024 году ущерб от интернет-мошенничества составил 500 млн тенге, из них 120 млн "
            "тенге по схеме «инвестиции».",
            [(2024, "date"), (500e6, "damage_total"), (120e6, "damage_scheme")],
        ),
        # «в том числе» counts nothing: the part is money, not a count of cases
        (
            "Ущерб составил 500 млн тенге, в том числе 120 млн по мошенничествам с предоплатой.",
            [(500e6, "damage_total"), (120e6, "damage_scheme")],
        ),
    ],
)
def test_the_clause_of_a_part_speaks_of_the_part_not_the_whole(text, expected):
    assert roles(text) == expected
    assert extract_figures(text).query("scheme == ''")["value"].tolist() == [500e6]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «… тәсілімен N факті»: the way a list item names its scheme, as «… бойынша N»
        (
            "Оның ішінде банк қызметкері атынан қоңырау шалу тәсілімен 512 факті, "
            "интернет-алаңдардағы алдын ала төлем бойынша 301 факті тіркелді.",
            [(512, "cases_scheme"), (301, "cases_scheme")],
        ),
        # the instrumental of a way in a story of one deception is no list item
        (
            "Биыл алаяқтар банк қызметкері атынан қоңырау шалу тәсілімен 512 адамды алдады.",
            [(512, "victims")],
        ),
        # «өндірілді» (was recovered) from offenders
        (
            "Ағымдағы жылы интернет-алаяқтықтан келтірілген шығын 1,5 миллиард теңгеден асты, "
            "оның 300 миллион теңгесі өндірілді.",
            [(1.5e9, "damage_total"), (300e6, "recovered")],
        ),
    ],
)
def test_kazakh_ways_of_a_scheme_and_money_recovered(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kazakh object of bringing to account or detaining is suspects, not victims
        (
            "Полицейлер 420 интернет-алаяқтық қылмысын ашып, 130 адамды қылмыстық "
            "жауапкершілікке тартты.",
            [(420, "solved"), (130, "suspects")],
        ),
        ("Полиция 15 адамды ұстады.", [(15, "suspects")]),
        # the object of deceiving stays the victims
        ("Алаяқтар 4 адамды алдап соққан.", [(4, "victims")]),
    ],
)
def test_a_kazakh_object_brought_to_account_is_suspects(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons things were explained to are an audience, whether the verb is near or at the end
        (
            "Біз 2024 жылы 56 мың азаматқа түсіндіру жұмыстарын жүргіздік.",
            [(2024, "date"), (56_000, "other")],
        ),
        (
            "Полиция қызметкерлері 3 мыңнан астам тұрғынға алаяқтардың жаңа тәсілдерін түсіндірді.",
            [(3000, "other")],
        ),
        ("Алаяқтар 40 тұрғынды алдады.", [(40, "victims")]),
    ],
)
def test_kazakh_persons_things_were_explained_to_are_no_victims(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kazakh bound after a unit of age or time: «60 жастан асқан» is older than 60
        (
            "Зардап шеккендердің басым бөлігі – 60 жастан асқан азаматтар.",
            [(60, "age", "at_least")],
        ),
        ("Жәбірленушілердің 40 жастан кем емес.", [(40, "age", "at_least")]),
        # the bound right after an amount is still read with its currency
        (
            "Облыста 843 интернет-алаяқтық тіркелді, 2 млрд теңгеден астам шығын келтірілді.",
            [(843, "cases_total", "exact"), (2e9, "damage_total", "at_least")],
        ),
    ],
)
def test_a_kazakh_bound_after_a_unit_of_age_or_time(text, expected):
    found = read_numbers(text)
    assert list(zip(found["value"], found["role"], found["qualifier"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part told in the next sentence («В том числе …») of money kept from offenders
        (
            "За год банк предотвратил хищения у клиентов на сумму около 40 млн рублей. В том "
            "числе около 6 млн рублей кредитных средств, полученных людьми под давлением аферистов.",
            [(40e6, "prevented"), (6e6, "prevented")],
        ),
        # persons who nearly lost are no victims
        (
            "Сотрудники банка помогли 35 клиентам, которые поверили звонившим и едва не "
            "лишились своих накоплений.",
            [(35, "other")],
        ),
        # a count of crimes stopped, its verb further back in the clause
        (
            "За квартал сотрудники банка пресекли в Ростовской области и Краснодарском крае "
            "более 80 случаев телефонного мошенничества.",
            [(80, "other")],
        ),
        # a registering word after the verb of stopping counts what was registered
        (
            "Благодаря профилактике удалось предотвратить рост мошенничеств и зарегистрировано "
            "только 300 фактов.",
            [(300, "cases_total")],
        ),
    ],
)
def test_parts_and_persons_of_money_kept_from_offenders(text, expected):
    assert roles(text) == expected


def test_a_noun_the_places_of_a_list_share_does_not_end_the_list():
    text = (
        "С начала года зарегистрировано 900 интернет-мошенничеств. Больше всего их совершено "
        "в Советском – 210, Ленинском – 180 и Кировском – 95 районах, а также в Заречном – 40 "
        "районе."
    )
    assert roles(text) == [
        (900, "cases_total"),
        (210, "cases_total"),
        (180, "cases_total"),
        (95, "cases_total"),
        (40, "cases_total"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crime as a whole, past a sentence that says nothing of crime
        (
            "Депутаты заслушали доклад начальника полиции об уровне преступности в городе. – "
            "Год был трудным, – сказал он. – Всего совершено 9 210 преступлений. Растёт число "
            "мошенничеств с использованием интернета.",
            [(9210, "other")],
        ),
        # «преступность в сфере ИТК» is IT crime, not all crime
        (
            "Прокурор провёл совещание по вопросам борьбы с преступностью в сфере ИТК. "
            "Участники отметили, что число преступлений остаётся высоким (2023 год – 3 120 "
            "преступлений). Большая их часть совершена через интернет.",
            [(2023, "date"), (3120, "cases_total")],
        ),
    ],
)
def test_crime_as_a_whole_carries_past_sentences_of_no_crime(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crimes whose doers were identified or detained are solved ones
        (
            "С начала года в области зарегистрировано 843 факта интернет-мошенничества. "
            "Установлены лица, совершившие 37 преступлений.",
            [(843, "cases_total"), (37, "solved")],
        ),
        (
            "С начала года в области зарегистрировано 843 факта интернет-мошенничества. "
            "Мошенники, совершившие 120 преступлений, задержаны.",
            [(843, "cases_total"), (120, "solved")],
        ),
    ],
)
def test_crimes_whose_doers_are_known_are_solved(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cases opened on what an arrest story told are the group's, not the region's
        (
            "В Актобе задержаны пособники мошеннического колл-центра. Они помогали звонить "
            "жителям страны от имени банков. По этим фактам в разных регионах возбуждено 18 "
            "уголовных дел.",
            [(18, "solved")],
        ),
        # in a release of statistics they stay the registered cases
        (
            "С начала года в области зарегистрировано 843 факта интернет-мошенничества. По этим "
            "фактам возбуждено 843 уголовных дела.",
            [(843, "cases_total"), (843, "cases_total")],
        ),
        # persons who «подверглись» attacks are victims
        (
            "В прошлом году мошенническим атакам подверглись 12 тысяч клиентов банка.",
            [(12_000, "victims")],
        ),
    ],
)
def test_cases_of_an_arrest_story_and_persons_attacked(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one victim's loss by a named scheme stays one victim's
        (
            "По итогам года ущерб от интернет-мошенничества составил 1,6 млрд тенге. По схеме "
            "«лжеинвестиции» пенсионерка из Тараза потеряла 20 млн тенге.",
            [(1.6e9, "damage_total"), (20e6, "single_case_loss")],
        ),
        # a scheme with no name («по многоступенчатой схеме») names no scheme
        (
            "Её обманули по многоступенчатой схеме: звонили «специалисты». Несовершеннолетняя "
            "отправила аферистам более 1,5 миллиона рублей.",
            [(1.5e6, "single_case_loss")],
        ),
    ],
)
def test_a_named_scheme_does_not_hide_one_victims_loss(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative beside towns named by their names ranks places: each is a town's total
        (
            "С начала года зарегистрировано 843 факта интернет-мошенничества. Наибольший ущерб – "
            "в Шымкенте (600 млн тенге) и Туркестане (400 млн тенге).",
            [(843, "cases_total"), (600e6, "damage_total"), (400e6, "damage_total")],
        ),
        # the largest «сумма», or one victim named, is still one loss
        (
            "Максимальная сумма ущерба в Алматы составила 80 млн тенге.",
            [(80e6, "single_case_loss")],
        ),
        (
            "Самый крупный ущерб в Шымкенте – 45 млн тенге – понесла пенсионерка.",
            [(45e6, "single_case_loss")],
        ),
    ],
)
def test_a_superlative_beside_named_towns_ranks_places(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole of crimes of every kind whose part the sentence names as fraud
        (
            "Из 3 700 зарегистрированных преступлений 1 120, или 30%, – интернет-мошенничества.",
            [(3700, "other"), (1120, "cases_total"), (30, "percent")],
        ),
        # after a count of fraud, «преступлений» points back to it
        (
            "С начала года зарегистрировано 2 тысячи мошенничеств. Половина из 2 тысяч "
            "зарегистрированных преступлений – мошенничество по телефону.",
            [(2000, "cases_total"), (50.0, "percent"), (2000, "cases_total")],
        ),
        # a whole of fraud stays registered fraud
        (
            "Из 1 300 зарегистрированных интернет-мошенничеств раскрыто 420.",
            [(1300, "cases_total"), (420, "solved")],
        ),
    ],
)
def test_a_whole_of_all_crime_whose_part_is_fraud(text, expected):
    assert roles(text) == expected


def test_a_kazakh_period_compared_with_is_not_the_figures_own():
    # «1 120 … тіркелді, бұл өткен жылдың осы кезеңімен салыстырғанда 1,5 есе көп (760)»: 1 120 is
    # this period's, 760 the year before's
    text = (
        "Облыста 1 120 интернет-алаяқтық тіркелді, бұл өткен жылдың осы кезеңімен "
        "салыстырғанда 1,5 есе көп (760)."
    )
    found = read_numbers(text)
    assert found[["value", "year_earlier"]].values.tolist() == [
        [1120, False],
        [1.5, False],
        [760, True],
    ]
    text = (
        "Облыста 1 120 интернет-алаяқтық тіркелді, өткен жылғы осы кезеңге қарағанда 12 пайызға аз."
    )
    assert read_numbers(text)["year_earlier"].tolist() == [False, False]


def _filed_years(text: str) -> list[list]:
    """Each proposal's value and the year ingest files it under (its period phrase read)."""
    found = extract_figures(text)
    return [
        [value, int(resolve_period(phrase, year_earlier=bool(earlier))["year"])]
        for value, phrase, earlier in found[["value", "period_text", "year_earlier"]].values
    ]


def test_a_year_after_an_item_of_a_series_is_that_items_own():
    # each item's year follows its number: the year before it belongs to the item before
    text = (
        "Ущерб от интернет-мошенничества растёт: 40 млн тенге в 2021 году, 55 млн тенге – в "
        "2022-м и 90 млн тенге – в 2023-ом."
    )
    assert _filed_years(text) == [[40e6, 2021], [55e6, 2022], [90e6, 2023]]
    text = "Фактов интернет-мошенничества зарегистрировано: 310 (2021 год), 402 (2022 год)."
    assert _filed_years(text) == [[310, 2021], [402, 2022]]


def test_a_year_of_a_series_may_go_without_its_noun():
    # «а в 2018 — почти 6000», «к 2025 году … до 3600», «2008 - 1614»: the year is still named
    text = "В 2020 году зафиксировано 210 интернет-мошенничеств, а в 2021 — уже 305."
    assert _filed_years(text) == [[210, 2020], [305, 2021]]
    text = "Если в 2019 году было 95 интернет-мошенничеств, то к 2022 году их число выросло до 480."
    assert _filed_years(text)[-1] == [480, 2022]
    text = "Число интернет-мошенничеств в районе: 2020 год – 77, 2021 - 96, 2022 – 131."
    assert _filed_years(text) == [[77, 2020], [96, 2021], [131, 2022]]
    text = "Интернет-мошенничество, статистика:\n- 2024 год — 382 случая;\n- 2025 год — 424 случая."
    assert _filed_years(text) == [[382, 2024], [424, 2025]]
    # a bare year closing its figure's bracket is that figure's, not the sentence's
    text = "В 2022 году зарегистрировано 25 фактов интернет-мошенничества (19 в 2021)."
    assert _filed_years(text) == [[25, 2022], [19, 2021]]


def _filed_periods(text: str) -> list[list]:
    """Each proposal's value and the period label ingest files it under."""
    found = extract_figures(text)
    return [
        [value, resolve_period(phrase, year_earlier=bool(earlier))["period_label"]]
        for value, phrase, earlier in found[["value", "period_text", "year_earlier"]].values
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Интернет-мошенничество. Статистика за пять месяцев: - 2024 год — 382 случая; - 2025 год "
         "— 424 случая.", [[382, "2024 (5 months)"], [424, "2025 (5 months)"]]),
        ("Фактов интернет-мошенничества за первое полугодие: 2023 г. — 12, 2024 г. — 15.",
         [[12, "2023 (6 months)"], [15, "2024 (6 months)"]]),
        # without a heading of months each item is its whole year
        ("Фактов интернет-мошенничества зарегистрировано: 2024 год — 382, 2025 год — 424.",
         [[382, "2024 (full year)"], [424, "2025 (full year)"]]),
    ],
)  # fmt: skip
def test_a_year_item_under_a_heading_of_months_is_those_months_of_its_year(text, expected):
    # «за пять месяцев: 2024 год — 382» is five months of 2024, never the whole year
    assert _filed_periods(text) == expected


def test_an_item_labelled_by_its_year_counts_what_its_header_counts():
    # «деректері: 2023 жылы – 612»: the header before the colon names what each year's item counts
    text = "Аудандағы интернет-алаяқтық деректері: 2021 жылы – 48, 2022 жылы – 63."
    assert roles(text) == [(2021, "date"), (48, "cases_total"), (2022, "date"), (63, "cases_total")]
    text = "Интернет-алаяқтық деректері: 2021 ж. – 48, 2022 ж. – 63."
    assert _filed_years(text) == [[48, 2021], [63, 2022]]


def test_a_kazakh_first_end_carries_its_year_before_it():
    # Kazakh writes a period before its figure: «2021 жылғы N-нан 2023 жылы M-ға дейін»; the first
    # end is 2021's own, not a year earlier than 2023
    text = "Интернет-алаяқтықтан келтірілген шығын 2021 жылғы 700 млн теңгеден 2023 жылы 2 млрд теңгеге дейін өсті."  # noqa: E501
    assert _filed_years(text) == [[7e8, 2021], [2e9, 2023]]


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("за весь 2024 год", "2024 (full year)"),
        ("2024 жылғы", "2024 (full year)"),
        ("2023 ж.", "2023 (full year)"),
        ("2020 жылдың қорытындысында", "2020 (full year)"),
        ("2 квартал 2024 года", "2024 (months 4-6)"),
        ("за четвертый квартал 2024 года", "2024 (months 10-12)"),
        ("в 2015-ом", "2015 (full year)"),
    ],
)
def test_period_phrases_of_a_year_or_its_quarter_are_read(phrase, label):
    assert resolve_period(phrase)["period_label"] == label


def test_crimes_whose_doers_are_not_identified_are_not_the_registered_count():
    # «Лица, совершившие 37 преступлений, пока не установлены»: unsolved crimes, a part of the
    # registered ones; identified doers («установлены лица, совершившие …») make them solved
    lead = "В 2025 году зарегистрировано 843 факта интернет-мошенничества. "
    text = lead + "Лица, совершившие 37 преступлений, пока не установлены."
    assert roles(text)[-1] == (37, "other")
    assert extract_figures(text)["value"].tolist() == [843]
    assert roles(lead + "Установлены лица, совершившие 37 преступлений.")[-1] == (37, "solved")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "По итогам прошедшего 2024 года зарегистрировано 512 интернет-мошенничеств.",
            "2024 (full year)",
        ),  # noqa: E501
        ("В течение 2019 года зарегистрировано 512 интернет-мошенничеств.", "2019 (full year)"),
        ("В минувшем 2024 году зарегистрировано 512 интернет-мошенничеств.", "2024 (full year)"),
        (
            "По итогам III квартала 2024 года зарегистрировано 512 интернет-мошенничеств.",
            "2024 (months 7-9)",
        ),  # noqa: E501
        (
            "По итогам первого полугодия 2024 года зарегистрировано 512 интернет-мошенничеств.",
            "2024 (6 months)",
        ),  # noqa: E501
        # a mistyped case or a dropped preposition leaves the year plain
        ("Известно, что 2024 году зарегистрировано 512 интернет-мошенничеств.", "2024 (full year)"),
        ("В 2024 года зарегистрировано 512 интернет-мошенничеств.", "2024 (full year)"),
    ],
)
def test_a_year_named_with_an_adjective_or_a_slip_is_the_figures_period(text, period):
    phrase = extract_figures(text)["period_text"].tolist()
    assert len(phrase) == 1 and resolve_period(phrase[0])["period_label"] == period


@pytest.mark.parametrize(
    "text",
    [
        "В минувшем году зарегистрировано 512 интернет-мошенничеств.",
        "За прошедший год зарегистрировано 512 интернет-мошенничеств.",
        "В ушедшем году жители области отдали интернет-мошенникам 512 млн тенге.",
        "По итогам минувшего года зарегистрировано 512 интернет-мошенничеств.",
        "За весь истекший год зарегистрировано 512 интернет-мошенничеств.",
    ],
)
def test_the_year_just_gone_in_words_is_the_year_before_publication(text):
    # «минувший», «прошедший», «ушедший», «истекший» год say «прошлый год» in other words
    (phrase,) = extract_figures(text)["period_text"].tolist()
    assert resolve_period(phrase, published="2026-02-07")["period_label"] == "2025 (full year)"


def test_the_year_just_gone_beside_part_of_a_year_is_that_part_a_year_earlier():
    text = "За 9 месяцев 2025 года зарегистрировано 843 интернет-мошенничества (в минувшем году – 733)."
    found = extract_figures(text)
    assert found["period_text"].tolist() == ["За 9 месяцев 2025 года"] * 2
    assert found["year_earlier"].tolist() == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "С 16 по 22 августа жители региона отдали интернет-мошенникам более 7,9 млн рублей.",
        "За ушедшие сутки интернет-мошенники похитили у жителей области 4 708 650 рублей.",
        "За последние 24 часа поступило 12 заявлений об интернет-мошенничестве.",
        "За одни только минувшие выходные жители отдали интернет-аферистам 13 млн рублей.",
        "Так, за 3 недели августа совершено 20 интернет-мошенничеств.",
        "Всего за семь дней интернет-мошенники похитили более одного миллиона рублей.",
        "За истекшие сутки зарегистрировано 12 интернет-мошенничеств.",
    ],
)
def test_a_figure_of_days_or_weeks_is_never_filed_under_a_year(text):
    # its phrase is read, so that ingest refuses it even when told a year (--year)
    (phrase,) = extract_figures(text)["period_text"].tolist()
    with pytest.raises(ParameterError, match="shorter than a month"):
        resolve_period(phrase, year=2025, period_kind="full_year")


def test_days_that_span_their_month_are_not_shorter_than_a_month():
    from fraud_research.text.periods import shorter_than_a_month

    assert shorter_than_a_month("с 16 по 22 августа")
    assert not shorter_than_a_month("с 1 по 31 августа 2025 года")


@pytest.mark.parametrize(
    ("phrase", "published", "label"),
    [
        ("За 10 месяцев", "2023-11-28", "2023 (10 months)"),
        ("за 4 месяца", "2021-06-08", "2021 (4 months)"),
        ("за девять месяцев", "2025-10-24", "2025 (9 months)"),
        ("за 12 месяцев", "2025-03-26", "2024 (full year)"),  # twelve have not passed in 2025
        ("9 айда", "2025-10-10", "2025 (9 months)"),
        ("за первое полугодие", "2020-07-21", "2020 (6 months)"),
        ("в III квартале", "2017-05-19", "2016 (months 7-9)"),  # the third quarter is to come
    ],
)
def test_months_or_a_quarter_with_no_year_are_the_last_such_up_to_publication(
    phrase, published, label
):
    assert resolve_period(phrase, published=published)["period_label"] == label


def test_months_with_no_year_and_no_publication_date_need_the_year_given():
    with pytest.raises(ParameterError, match="cannot tell the period"):
        resolve_period("за 10 месяцев")


@pytest.mark.parametrize(
    "second",
    [
        "Годом ранее мошенники скомпрометировали 267 тыс. карт, ущерб от интернет-мошенничества "
        "составил 1,08 млрд тенге.",
        "За аналогичный период прошлого года зарегистрировано 665 фактов, ущерб от "
        "интернет-мошенничества составил 1,08 млрд тенге.",
        "Өткен жылдың осы кезеңінде 665 дерек тіркеліп, интернет-алаяқтықтан 1,08 млрд теңге "
        "залал келтірілген.",
    ],
)
def test_a_sentence_opened_by_a_year_earlier_is_a_year_earlier_to_its_end(second):
    # the phrase opens the sentence, and a number stands between it and the loss
    text = "За 9 месяцев 2025 года зарегистрировано 612 интернет-мошенничеств. " + second
    found = extract_figures(text).set_index("value")
    assert found.loc[1_080_000_000, "year_earlier"]
    assert not found.loc[612, "year_earlier"]


def test_a_contrast_or_a_period_of_its_own_ends_the_reach_of_an_opening_year_earlier():
    text = (
        "В 2025 году зарегистрировано 843 интернет-мошенничества. Годом ранее их было 512, "
        "а ущерб за 2025 год составил 900 млн тенге."
    )
    found = extract_figures(text).set_index("value")
    assert found.loc[512, "year_earlier"] and not found.loc[900_000_000, "year_earlier"]
    aside = (
        "В 2017 г. ущерб от интернет-мошенничества составил 1,05 млрд руб. Годом ранее ущерб "
        "составил 1,08 млрд (1,78 млрд в 2015-ом)."
    )
    found = extract_figures(aside).set_index("value")
    assert found.loc[1_080_000_000, "year_earlier"]
    assert found.loc[1_780_000_000, ["period_text", "year_earlier"]].tolist() == [
        "в 2015-ом",
        False,
    ]


def test_the_period_so_far_is_not_the_year_just_gone():
    (phrase,) = extract_figures(
        "За истекший период 2025 года зарегистрировано 512 интернет-мошенничеств."
    )["period_text"].tolist()
    assert resolve_period(phrase)["period_kind"] == "year_to_date"


@pytest.mark.parametrize(
    "text",
    [
        "Если сравнивать 11 месяцев 2021 года, совершено 494 тыс. интернет-мошенничеств.",
        "Статистика: 11 месяцев 2021 г. — 494 тыс. интернет-мошенничеств.",
    ],
)
def test_months_of_a_year_are_never_read_as_the_whole_year(text):
    # «11 месяцев 2021 года»: the «в» ending «месяцев» is no preposition, and «2021 г. —» no
    # year heading an item; the period is eleven months, even without «за»
    (phrase,) = extract_figures(text)["period_text"].tolist()
    assert resolve_period(phrase)["period_label"] == "2021 (11 months)"


def test_a_label_that_says_its_cases_were_solved_counts_solved_cases():
    # «Количество раскрытых преступлений – 456», «Ашылған қылмыстар саны – 456»: the label's
    # participle says what was done to the cases it counts
    lead = "Зарегистрировано 1 245 интернет-мошенничеств. "
    assert roles(lead + "Количество раскрытых преступлений – 456.")[-1] == (456, "solved")
    lead = "Облыста интернет-алаяқтықтың 1 245 дерегі тіркелді. "
    assert roles(lead + "Ашылған қылмыстар саны – 456.")[-1] == (456, "solved")
    assert roles(lead + "Ашылмаған қылмыстар – 56.")[-1] == (56, "other")


def test_kazakh_pen_joins_a_series_like_men_and_ben():
    # «мен», «бен», «пен» are one conjunction after different sounds: «35 пен 60 жас» are ages
    text = "Алаяқтардың құрбандарының басым бөлігі – 35 пен 60 жас аралығындағы азаматтар."
    assert roles(text) == [(35, "age"), (60, "age")]


def test_a_fraud_word_before_a_thing_counts_the_thing():
    # «15 алаяқтық call-орталық»: fraudulent call centres, not 15 frauds
    text = "Облыста интернет-алаяқтықтың 1 245 дерегі тіркелді. Полиция 15 алаяқтық call-орталықтың жұмысын тоқтатты."  # noqa: E501
    assert roles(text)[-1] == (15, "other")


@pytest.mark.parametrize(
    "text",
    [
        "Из 1 245 фактов мошенничества 980 – интернет-мошенничества.",
        "Из 1 245 фактов мошенничества 980 совершены с использованием интернета.",
        "1 245 алаяқтық дерегінің 980-і интернет-алаяқтық.",
    ],
)
def test_a_whole_is_read_by_its_own_words_not_its_parts(text):
    # the whole of all fraud whose part is internet fraud: ingest files 1 245 as fraud of every
    # kind, not as a second, larger count of internet fraud
    frame = read_numbers(text)
    assert frame[["value", "scope"]].values.tolist() == [
        [1245, "all_fraud"],
        [980, "internet_fraud"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beside part of a year, the previous year is the same part a year earlier
        (
            "За 9 месяцев 2025 года зарегистрировано 843 факта интернет-мошенничества (в прошлом году – 733).",
            "2024 (9 months)",
        ),  # noqa: E501
        (
            "2025 жылдың 9 айында облыста интернет-алаяқтықтың 843 дерегі тіркелді (өткен жылы – 733).",
            "2024 (9 months)",
        ),  # noqa: E501
        # beside a whole year, it is the whole previous year
        (
            "В 2025 году зарегистрировано 843 факта интернет-мошенничества (в прошлом году – 733).",
            "2024 (full year)",
        ),  # noqa: E501
        # «за прошлый год» names the whole year, whatever the figure before it
        (
            "За 9 месяцев 2025 года зарегистрировано 843 факта интернет-мошенничества, за прошлый год – 1 020.",
            "2024 (full year)",
        ),  # noqa: E501
    ],
)
def test_last_year_beside_part_of_a_year_is_the_same_part(text, expected):
    found = extract_figures(text)
    phrase, earlier = found[["period_text", "year_earlier"]].values.tolist()[-1]
    fields = resolve_period(phrase, year_earlier=bool(earlier), published="2025-10-15")
    assert fields["period_label"].removesuffix(", a year earlier") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loss told right after a scheme's count, in its sentence, is that scheme's
        ("Также зарегистрировано 8 фактов мошенничества под предлогом взлома личного кабинета "
         "портала «Госуслуг», в результате похищено 1 735 000 рублей.",
         [(8, "cases_scheme"), (1_735_000, "damage_scheme")]),
        # a loss summed up for the region after it is the total
        ("Зарегистрировано 8 фактов мошенничества под предлогом взлома аккаунтов, а всего по "
         "области похищено 9 000 000 рублей.",
         [(8, "cases_scheme"), (9_000_000, "damage_total")]),
    ],
)  # fmt: skip
def test_a_loss_after_a_schemes_count_in_its_sentence_is_that_schemes(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one verb for two counts of persons joined by «а также», «и», «сондай-ақ»
        ("Задержаны 47 иностранцев, а также 5 граждан Казахстана.",
         [(47, "suspects"), (5, "suspects")]),
        ("47 шетел азаматы, сондай-ақ Қазақстанның 5 азаматы ұсталды.",
         [(47, "suspects"), (5, "suspects")]),
        ("Пострадали 12 пенсионеров, а также 3 студента.", [(12, "victims"), (3, "victims")]),
        # a count of persons in a clause of its own keeps its own reading
        ("Задержаны 47 иностранцев, 5 жителей области пострадали от их действий.",
         [(47, "suspects"), (5, "victims")]),
    ],
)  # fmt: skip
def test_two_counts_of_persons_joined_share_their_verb(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held in custody or suspected: suspects, whatever the noun
        ("Кінәлі деп танылған 7 адам уақытша ұстау изоляторына қамауға алынды.", "suspects"),
        ("Ұрлады деп күдіктенген бес адам полицияға жеткізілді.", "suspects"),
        ("В изолятор временного содержания помещены 7 человек.", "suspects"),
        # persons who fell victim stay victims
        ("Алаяқтардың құрбаны болған 12 адам полицияға жүгінді.", "victims"),
    ],
)
def test_persons_held_or_suspected_are_suspects(text, expected):
    assert [role for _, role in roles(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the loss of one pyramid, company or group is a single case, not the region's damage
        ("Ущерб только от одной финансовой пирамиды превысил 40 млн тенге.", "single_case_loss"),
        ("Одна преступная группа похитила у граждан 500 млн тенге.", "single_case_loss"),
        # «один из видов» names a kind of fraud, not one victim
        ("Ущерб от одного из видов мошенничества превысил 5 млн тенге.", "damage_total"),
    ],
)
def test_the_loss_of_one_pyramid_or_group_is_a_single_case(text, expected):
    assert [role for _, role in roles(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a size of loss the law names is no loss that happened
        ("Крупным размером считается ущерб свыше 250 тысяч рублей.", [(250_000, "other")]),
        ("Особо крупным ущербом признается сумма, превышающая один миллион рублей.",
         [(1_000_000, "other")]),
        ("За мошенничество с ущербом в 50 тысяч рублей грозит до двух лет лишения свободы.",
         [(50_000, "other")]),
        # a loss told in a sentence that also names the penalty is still the loss
        ("В 2024 году ущерб от мошенничества превысил 5 млрд тенге, за такие преступления "
         "грозит до 10 лет.", [(5_000_000_000, "damage_total")]),
    ],
)  # fmt: skip
def test_a_size_of_loss_the_law_names_is_no_loss(text, expected):
    assert money_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons who committed the crimes, or who are charged, are suspects
        ("Эти преступления совершили 389 человек.", "suspects"),
        ("В списке обвиняемых 675 человек.", "suspects"),
        # persons the crimes were done to are victims
        ("Мошенники совершили звонки 120 пенсионерам и обманули их.", "victims"),
    ],
)
def test_persons_who_committed_the_crimes_are_suspects(text, expected):
    assert [role for _, role in roles(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # crimes laid at a known offender's door are solved, not registered
        ("Установлена причастность задержанного к 5 эпизодам мошенничеств.", "solved"),
        ("Злоумышленник подозревается в совершении 12 мошенничеств.", "solved"),
        ("Ему инкриминируют 20 фактов мошенничества.", "solved"),
        # registered crimes stay registered
        ("В 2024 году в области зарегистрировано 843 факта мошенничества.", "cases_total"),
    ],
)
def test_crimes_laid_at_a_known_offenders_door_are_solved(text, expected):
    assert [role for value, role in roles(text) if value != 2024] == [expected]


def test_crimes_whose_trail_was_cut_are_solved():
    # «ізі кесілді»: the trail of the crimes cut off, and the fraud part of them with it
    text = "Іс-шара барысында 15 қылмыстың ізі кесілді, оның 12-сі интернет-алаяқтық фактісі."
    assert roles(text) == [(15, "solved"), (12, "solved")]
    assert extract_figures(text).empty


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum demanded is no loss
        ("Мошенники требовали 40 тысяч рублей за «разблокировку» счета.", "other"),
        ("Лжеброкер потребовал заплатить один миллион тенге комиссии.", "other"),
        # so is a sum the fraudster says is needed, unless it was then paid
        ("Мошенник сказал, что для решения проблемы нужно перевести 800 тысяч рублей.", "other"),
        ("Лжеполицейский заявил, что для спасения сбережений необходимо перевести 2 млн тенге "
         "на безопасный счёт.", "other"),
        ("Пенсионерке сказали, что необходимо перевести 300 тысяч тенге на безопасный счёт. "
         "Женщина перевела деньги.", "single_case_loss"),
        # a sum demanded and then paid is the victim's loss
        ("Мошенники потребовали у жительницы Актобе 2 млн тенге, которые она перевела на "
         "указанный счёт.", "single_case_loss"),
        ("«Полицейский» потребовал у пенсионерки 100 тысяч рублей. Женщина повелась на уловку "
         "злоумышленника и передала ему деньги.", "single_case_loss"),
        # taken from one person («от пенсионерки»), not from the region's residents
        ("Аферисты требовали от пенсионерки перевести 500 тысяч тенге, и она перевела деньги.",
         "single_case_loss"),
        ("Мошенники получили от жителей области 400 млн тенге.", "damage_total"),
    ],
)  # fmt: skip
def test_a_sum_demanded_is_no_loss_unless_it_was_paid(text, expected):
    assert [role for _, role in roles(text)] == [expected]


def test_as_many_sums_as_victims_counted_are_each_ones_loss():
    text = (
        "Трое жителей п. Добринка своими сбережениями пополнили кошелек мошенников на 500 тыс. "
        "рублей, 259 тыс. руб. и 161 тыс. руб."
    )
    assert money_roles(text) == [
        (500_000, "single_case_loss"),
        (259_000, "single_case_loss"),
        (161_000, "single_case_loss"),
    ]
    assert extract_figures(text).empty
    text = "Двое пенсионеров перевели мошенникам 300 тысяч и 450 тысяч тенге."
    assert [role for _, role in roles(text)][1:] == ["single_case_loss"] * 2
    # sums of years, or more victims than sums, are no one's each
    text = "В 2024 и 2025 годах ущерб составил 1 млрд и 1,5 млрд тенге соответственно."
    assert [role for value, role in roles(text) if value >= 10**9] == ["damage_total"] * 2
    text = "Трое жителей перевели мошенникам 300 тысяч и 450 тысяч тенге."
    assert [role for _, role in roles(text)][1:] == ["damage_total"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money that came onto someone's account was received, not lost, in a story of fraud
        ("Мошенники обманули жительницу Астрахани. На счет астраханки неожиданно поступило "
         "40 тысяч рублей.", "other"),
        ("Задержан дроппер. С сентября на его счет поступило более 2 млн тенге.", "other"),
        ("Алаяқ ұсталды. Қыркүйектен бастап оның шотына 2 миллион теңгеден астам қаражат "
         "түскен.", "other"),
        # unless it was then lost
        ("Пенсионерка стала жертвой мошенников: на ее карту поступило 40 тысяч рублей, которые "
         "она затем перевела.", "single_case_loss"),
        # onto the fraudsters' accounts it is what the victims lost; returned, it is recovered
        ("На счета мошенников от жителей области поступило 5 млн рублей.", "damage_total"),
        ("На счет пенсионерки поступило возмещение в размере 500 тысяч рублей.", "recovered"),
    ],
)  # fmt: skip
def test_money_credited_to_an_account_is_received_not_lost(text, expected):
    assert [role for _, role in money_roles(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the haul of offenders a penalty is told of is one case's
        ("Злоумышленникам, похитившим свыше 3 млн тенге, грозит до 7 лет лишения свободы.",
         [(3_000_000, "single_case_loss")]),
        # a region's loss beside the penalty for such crimes stays the region's
        ("В 2024 году ущерб от мошенничества превысил 5 млрд тенге, за такие преступления "
         "грозит до 10 лет.", [(5_000_000_000, "damage_total")]),
    ],
)  # fmt: skip
def test_the_haul_of_offenders_a_penalty_is_told_of_is_one_case(text, expected):
    assert money_roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with one person (no official) tells one victim's story
        ("Накануне ей позвонил неизвестный. Он утверждал, что сбережения женщины пытаются "
         "похитить. Дама продиктовала данные карты и обнаружила пропажу 86 тысяч рублей.",
         "single_case_loss"),
        ("Мужчина перешел по ссылке, после чего произошло списание 92 тысяч рублей.",
         "single_case_loss"),
        # an official opening the sentence reports the region's loss
        ("Начальник управления отметил, что жители области перевели мошенникам 400 млн тенге.",
         "damage_total"),
        # persons after a noun a preposition takes are the clause's subject, not an owner
        ("Если в прошлом году жертвы мошенников потеряли 6,5 млн рублей, то в этом году "
         "больше.", "damage_total"),
    ],
)  # fmt: skip
def test_one_person_opening_a_story_makes_its_loss_single(text, expected):
    assert [role for _, role in money_roles(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal before «часть» or «доля» is a share of 1/n
        ("Раскрывается лишь пятая часть таких преступлений.", [(20.0, "percent")]),
        ("Десятая доля ущерба возмещена.", [(10.0, "percent")]),
        # a part of a criminal-code article is the law, no share
        ("Вторая часть статьи 190 предусматривает штраф.", [(190, "article")]),
        ("По третьей части ст. 159 возбуждено 5 дел.", [(159, "article"), (5, "cases_total")]),
    ],
)  # fmt: skip
def test_an_ordinal_part_is_a_share_unless_it_is_part_of_an_article(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause on the counted cases or their offenders names the scheme
        ("В МВД отмечают, что в семи случаях пострадавшие стали жертвами мошенников, которые "
         "представлялись сотрудниками банков, еще двое совершили покупки в интернете.",
         (7, "cases_scheme", "impersonation_call")),
        ("Так, зарегистрированы 11 эпизодов, когда злоумышленники представлялись сотрудниками "
         "мобильных операторов.", (11, "cases_scheme", "impersonation_call")),
        # a clause that names the means, not a call in someone's name, leaves the total
        ("В области зарегистрировано 843 интернет-мошенничества, которые совершены с "
         "использованием банковских карт.", (843, "cases_total", "")),
    ],
)  # fmt: skip
def test_a_clause_after_the_counted_cases_names_their_scheme(text, expected):
    found = read_numbers(text)
    first = found.iloc[0]
    assert (first["value"], first["role"], first["scheme"]) == expected


def test_a_clause_naming_several_schemes_leaves_the_total():
    text = (
        "Так, зарегистрированы 11 эпизодов, когда злоумышленники представлялись сотрудниками "
        "мобильных операторов, предлагали фиктивные инвестиционные проекты и рекламировали "
        "услуги в соцсетях."
    )
    assert roles(text) == [(11, "cases_total")]


def test_the_injured_make_a_text_speak_of_an_offence():
    # pymorphy3 reads «пострадавших» as the verb «пострадать»: the text still names victims,
    # so the money they gave away is a loss
    text = (
        "Жители области легко расстаются с деньгами: 19 оренбуржцев отдали незнакомым людям "
        "почти 3 миллиона рублей. ТОП-3 самых пострадавших: 643 000 рублей житель Оренбурга "
        "перевел на «безопасный счет»."
    )
    assert money_roles(text) == [(3_000_000, "damage_total"), (643_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a month of the year before publication, or months named after their year
        ("В январе прошлого года было совершено 120 интернет-мошенничеств.", "2025 (January)"),
        ("Для сравнения в прошлом году за 10 месяцев было совершено 3 684 интернет-мошенничества.",
         "2025 (10 months)"),
        ("В 2024 году за 10 месяцев зарегистрировано 843 интернет-мошенничества.",
         "2024 (10 months)"),
        # the year just gone with its noun left out after a year named before
        ("Если в 2024 году жители перевели мошенникам 69 млн рублей, то в прошлом — уже 1,1 млрд "
         "рублей.", "2025 (full year)"),
    ],
)  # fmt: skip
def test_months_and_years_said_with_the_year_before_are_filed_under_it(text, label):
    phrase = extract_figures(text)["period_text"].tolist()[-1]
    assert resolve_period(phrase, published="2026-02-07")["period_label"] == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # months from a month other than January, half a year, «полных» months
        ("За апрель—июнь 2020 года зарегистрировали 82,5 тысячи дел о мошенничестве.",
         "2020 (months 4-6)"),
        ("Кибермошенники в период с июля по сентябрь 2020 года похитили у россиян 2,5 млрд "
         "рублей.", "2020 (months 7-9)"),
        ("Жители области за полгода 2025 года потеряли от действий мошенников 1,6 млрд рублей.",
         "2025 (6 months)"),
        ("За три полных месяца 2025 года ущерб от мошенников составил 323,5 млн рублей.",
         "2025 (3 months)"),
        ("Это на 705 меньше, чем за январь-май 2024-го (2 915 мошенничеств).", "2024 (5 months)"),
    ],
)  # fmt: skip
def test_ranges_of_months_and_half_years_are_read_with_their_year(text, label):
    phrase = extract_figures(text)["period_text"].tolist()[-1]
    assert resolve_period(phrase)["period_label"] == label


def test_a_range_of_months_not_yet_ended_is_refused():
    # published in August, «июль–сентябрь текущего года» names months still to come
    with pytest.raises(ParameterError, match="cannot tell the period"):
        resolve_period("с июля по сентябрь текущего года", published="2025-08-10")
    assert resolve_period("с июля по сентябрь", published="2025-08-10")["year"] == "2024"


def test_months_of_a_story_do_not_make_its_loss_a_statistic():
    # months from one other than January date one story, like one month; from January they
    # are a statistic's period
    story = (
        "Задержан заместитель главы муниципалитета, который подозревается в хищении бюджетных "
        "денег. В результате их деятельности в период с февраля по ноябрь 2018 года на счет "
        "фирмы было перечислено более 6,3 млн рублей."
    )
    assert money_roles(story) == [(6_300_000, "single_case_loss")]


def test_a_count_reached_by_a_month_is_that_year_to_date():
    text = (
        "К примеру, к сентябрю 2023 года было зарегистрировано почти 8 тысяч интернет-мошенничеств."
    )
    (phrase,) = extract_figures(text)["period_text"].tolist()
    period = resolve_period(phrase)
    assert (period["year"], period["period_kind"]) == ("2023", "year_to_date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh puts the verb of asking after the sum
        ("Бірер жыл бұрын алаяқтар WhatsApp желісіне суретімді қойып, бірнеше құрбымнан 50 мың "
         "теңге сұраған. Бірақ телефон нөмір менікі емес.", [(50_000, "other")]),
        # what each one is promised or given is no total
        ("Алаяқтар «әрбір қазақстандыққа 150 мың теңгеден беріледі» деген хабарлама таратып, "
         "жұртты дүрліктірді.", [(150_000, "other")]),
        ("Мошенники обещали каждому вкладчику по 10 тысяч рублей выплат.", [(10_000, "other")]),
    ],
)  # fmt: skip
def test_sums_asked_for_or_promised_to_each_one_are_no_loss(text, expected):
    assert money_roles(text) == expected


def test_every_fifth_is_still_a_share_before_a_loss():
    text = "В области каждый пятый пострадавший потерял более 100 тысяч рублей."
    assert roles(text)[0] == (20, "percent")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pupils counted are an audience, not the crimes named after them
        ("Қостанай қаласының 120-дан астам оқушысы қаржылық қылмыстардың алдын алу туралы "
         "суреттер байқауына қатысты.", "other"),
        ("Атап айтқанда, Өскеменнің 7 мектебінде сабақ барысында порнографиялық сипаттағы "
         "сюжеттер іздестіріліп, қаралған.", "other"),
        # lawsuits and a caseload are no registered cases
        ("Прокуратура подала в суд 498 исковых заявлений о взыскании неосновательного обогащения.",
         "other"),
        ("Из них примерно 1,2 миллиона заявлений направлено на отмену ранее установленного "
         "самозапрета.", "other"),
        ("По его словам, в производстве следователей и дознавателей с начала года находилось "
         "около 216 тысяч уголовных дел.", "other"),
        # unlawful acts taken together are all crime
        ("Общее число противоправных деяний достигает почти 10 тысяч.", "other"),
    ],
)  # fmt: skip
def test_counts_of_pupils_lawsuits_caseloads_and_all_unlawful_acts_are_no_cases(text, expected):
    # after a sentence of fraud, which alone would make a count of crimes a count of fraud
    told = (
        "Биыл облыста 843 интернет-алаяқтық дерегі тіркелді. "
        if "қ" in text
        else "С начала года зарегистрировано 843 интернет-мошенничества. "
    )
    assert [r for _, r in roles(told + text)] == ["cases_total", expected]


@pytest.mark.parametrize(
    "text",
    [
        # the sum a class of gravity starts from, as the code sets it, is no loss
        "Тяжкие преступления начинаются от суммы в 250 тысяч рублей.",
        "Раньше расследовали преступления с ущербом в 50 тысяч рублей, теперь почти все они "
        "относятся к категориям тяжких и особо тяжких.",
    ],
)
def test_a_sum_a_class_of_gravity_starts_from_is_no_loss(text):
    told = "Мошенники похитили у жителей области 34 миллиарда рублей. "
    expected = (250_000 if "250" in text else 50_000, "other")
    assert money_roles(told + text) == [(34_000_000_000, "damage_total"), expected]


@pytest.mark.parametrize(
    "text",
    [
        "За ними следуют жертвы мошенников в возрасте 30–40 лет с 10,8 тыс. обращений на общую "
        "сумму $693 млн.",
        "Больше всего заявлений в прошлом году подали лица старше 60 лет, сообщив о потерях более "
        "чем на $1,6 млрд.",
        "60 жастан асқан зейнеткерлер алаяқтарға 300 млн теңге аударған.",
    ],
)
def test_the_loss_of_one_age_group_is_no_total(text):
    assert [role for _, role in money_roles(text)] == ["other"]


def test_the_cases_of_one_age_group_are_no_total():
    text = (
        "Чаще всего страдают женщины в возрасте от 50 до 80 лет – всего 186 случаев мошенничества."
    )
    assert roles(text)[-1] == (186, "other")


def test_a_sum_a_loss_is_inflated_by_is_a_change():
    text = (
        "В целом бытовые случаи, когда автовладельцы завышают реальный ущерб на 30–50 тыс. рублей."
    )
    assert money_roles(text) == [(30_000, "other"), (50_000, "other")]


@pytest.mark.parametrize(
    "wording", ["алло, бабушка, я попал в ДТП, нужны деньги", "«Родственник попал в беду»"]
)
def test_a_relative_in_trouble_on_the_phone_is_an_impersonation_call(wording):
    assert map_scheme(wording) == "impersonation_call"


def test_a_heading_over_crimes_makes_its_fraud_item_the_fraud_count():
    text = (
        "Наиболее распространённые преступления — 38 фактов мошенничества, 27 краж, 12 "
        "правонарушений, связанных с оборотом наркотиков."
    )
    assert [r for _, r in roles(text)] == ["cases_total", "other", "other"]
    # a label naming a scheme still makes its item that scheme's
    assert roles("Преступления под видом продажи товаров — 38 фактов.") == [(38, "cases_scheme")]


def test_one_persons_genitive_after_a_preposition_is_no_group():
    # «по просьбе героини»: no plural verb follows, so the heroine is one person, and the story
    # the headline opens is hers
    text = (
        "Алматинка ответила на звонок и лишилась 7 миллионов\n"
        "В июле редакция рассказывала историю алматинки Анастасии (имя изменено по просьбе "
        "героини — прим. автора), которую мошенники за один день заставили взять кредиты на семь "
        "миллионов тенге."
    )
    assert roles(text) == [
        (7_000_000, "single_case_loss"),
        (1, "date"),  # «за один день»
        (7_000_000, "single_case_loss"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym pymorphy3 first reads as a surname, counted after a scale word
        ("Только за текущий год более двух тыс. уфимцев стали жертвами кибератак.",
         [(2000, "victims")]),
        ("За год пострадали 2 тыс. человек.", [(2000, "victims")]),
    ],
)  # fmt: skip
def test_persons_counted_after_a_scale_word_are_persons(text, expected):
    assert roles(text) == expected


def test_offenders_kept_from_getting_money_is_a_loss_prevented():
    text = (
        "Аферисты не смогли получить порядка 200 млрд рублей со счетов своих потенциальных жертв."
    )
    assert money_roles(text) == [(200_000_000_000, "prevented")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a change from a count is a count, even when it looks like a year
        ("Число интернет-мошенничеств выросло с 1500 до 2000.",
         [(1500, "cases_total"), (2000, "cases_total")]),
        ("Показатель рос с 2019 до 2021 года.", [(2019, "date"), (2021, "date")]),
    ],
)  # fmt: skip
def test_the_end_of_a_change_from_a_count_is_no_year(text, expected):
    assert roles(text) == expected


def test_a_pretext_after_a_count_is_no_noun_it_counts():
    # «под видом» names the scheme of the list item; «вид» is no thing counted
    text = (
        "Совершено 20 мошенничеств, в том числе 10 - под видом разблокировки банковской карты, "
        "2 - под видом выигрыша автомашины и еще 2 - под видом выплаты компенсации."
    )
    assert [r for _, r in roles(text)][-1] == "cases_scheme"


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        # a loss that goes on from a scheme just described, after the text's total
        ("Ущерб от их действий оценивается в 400 тысяч рублей.", "damage_scheme"),
        ("Так, 11 потерпевших потеряли 10,6 миллиона рублей.", "damage_scheme"),
        # a loss told anew is the total again
        ("Материальный ущерб от дистанционных аферистов превысил 14 миллионов рублей.",
         "damage_total"),
    ],
)  # fmt: skip
def test_a_loss_going_on_from_a_scheme_just_described_is_that_schemes(last, expected):
    text = (
        "За неделю жители области перевели мошенникам 14 миллионов рублей. Получив предоплату, "
        "лже-продавцы переставали выходить на связь. " + last
    )
    assert money_roles(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years of a term named earlier in the sentence, or after them in Kazakh
        ("• принудительные работы – на срок до 2 лет (до 3 лет – при действиях в составе группы);",
         [(2, "other"), (3, "other")]),
        ("Күдіктінің кінәсі дәлелденсе, 5 жылға дейін бас бостандығынан айырылуы мүмкін.",
         [(5, "other")]),
        # school grades counted after a date
        ("2026 жылы 16 ақпанда 7–11 сынып оқушыларына бейнероликтер көрсетілді.",
         [(2026, "date"), (16, "date"), (7, "other"), (11, "other")]),
        # a stretch of years is still a date
        ("За 5 лет число мошенничеств выросло, за такой же срок вырос и ущерб.", [(5, "date")]),
    ],
)  # fmt: skip
def test_prison_terms_and_grades_are_no_dates(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Жительница Череповца 78 лет рассказала полицейским, как попала на уловки мошенников.",
        "Пенсионерка 78 лет перевела мошенникам деньги.",
    ],
)
def test_years_right_after_one_person_are_her_age(text):
    assert roles(text)[0] == (78, "age")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «таких» after a list that names fraud beside another crime points at the fraud
        (
            "Главной угрозой остаётся киберпреступность, включающая мошенничество и "
            "вымогательство. За 2025 год зарегистрировано 612 таких фактов.",
            [(2025, "date"), (612, "cases_total")],
        ),
        # but after another crime named alone, at that crime
        (
            "Зарегистрировано 900 фактов мошенничества. Отдельно отмечен рост вымогательства. "
            "За 2025 год зарегистрировано 612 таких фактов.",
            [(900, "cases_total"), (2025, "date"), (612, "other")],
        ),
    ],
)
def test_such_crimes_after_a_list_naming_fraud_point_at_the_fraud(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one offender's verb clauses before the amount
        (
            "Житель области открыл кооператив и похитил у доверчивых, в основном пожилых, "
            "людей более 38 миллионов рублей.",
            [(38_000_000, "single_case_loss")],
        ),
        # but not when the amount's own clause is an aggregate, nor a share of victims
        (
            "Каждый третий потерпевший перевёл мошенникам свыше 250 тысяч рублей, а общий "
            "ущерб в городе оценивается в 1,2 млрд рублей.",
            [(250_000, "other"), (1_200_000_000, "damage_total")],
        ),
    ],
)
def test_one_offenders_loss_verb_may_stand_clauses_back(text, expected):
    assert money_roles(text) == expected


def test_places_listed_with_their_counts_share_the_noun_after_the_last():
    text = (
        "Киберпреступлений в Забайкальском крае зафиксировано 3,5 тыс. Меньше всего — в "
        "Магаданской области — 690, Еврейской автономной области — 550 и Чукотском автономном "
        "округе — 210 преступлений."
    )
    assert roles(text) == [
        (3500, "cases_total"),
        (690, "cases_total"),
        (550, "cases_total"),
        (210, "cases_total"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons in a sentence (or after one) that tells of no offence against them
        (
            "Зарегистрировано 900 фактов мошенничества. Отдельно: за телефон в руке водителя "
            "оштрафованы 4 тысячи человек.",
            [(900, "cases_total"), (4000, "other")],
        ),
        (
            "Зарегистрировано 900 фактов мошенничества. В здании колледжа находятся 350 человек.",
            [(900, "cases_total"), (350, "other")],
        ),
        # but persons who came to the police about fraud are its victims
        (
            "В полицию обратились 43 жителя региона и сообщили о мошенничестве.",
            [(43, "victims")],
        ),
    ],
)
def test_counted_persons_are_victims_only_when_told_of_an_offence(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kazakh number in the dative with a comparative or a verb of change after it is
        # the size of the change
        (
            "Алаяқтық фактілері бойынша 1 020 қылмыстық іс тіркелді, бұл былтырғыдан 133-ке көп.",
            [(1020, "cases_total"), (133, "other")],
        ),
        (
            "Интернет-алаяқтықтан келген залал 2024 жылмен салыстырғанда 150 миллион теңгеге "
            "артты.",
            [(2024, "date"), (150_000_000, "other")],
        ),
        # the count a quantity reached is a count of it
        (
            "Интернет-алаяқтық саны 2024 жылмен салыстырғанда 12 пайызға азайып, 940-қа жетті.",
            [(2024, "date"), (12, "percent"), (940, "cases_total")],
        ),
    ],
)
def test_kazakh_dative_counts_are_changes_or_what_a_quantity_reached(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after «путём», «под видом» is how the crimes were done, not what is counted,
        # and a scheme it names makes the part a scheme's count
        (
            "Зарегистрировано 843 факта мошенничества. Из них 340 совершены путём звонков от "
            "имени сотрудников банков.",
            [(843, "cases_total"), (340, "cases_scheme")],
        ),
        (
            "Зарегистрировано 900 фактов мошенничества, из них 120 связаны с онлайн-покупками.",
            [(900, "cases_total"), (120, "cases_scheme")],
        ),
        # a channel alone is no scheme
        (
            "Зарегистрировано 900 фактов мошенничества, из них 120 совершены через мессенджеры.",
            [(900, "cases_total"), (120, "cases_total")],
        ),
    ],
)
def test_a_part_done_by_a_named_scheme_is_that_schemes_count(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «A против B» sets one quantity for two periods against each other: both count it
        (
            "Число интернет-мошенничеств снизилось на 9% (3 245 против 3 566).",
            [(9, "percent"), (3245, "cases_total"), (3566, "cases_total")],
        ),
        # «на» takes the percent before, not the count after it
        (
            "За 11 месяцев интернет-мошенничеств стало меньше на 9% — 3 245 против 3 566.",
            [(11, "date"), (9, "percent"), (3245, "cases_total"), (3566, "cases_total")],
        ),
        # an amount with no currency set against money is that money for another period
        (
            "Ущерб от интернет-мошенничества составил 2,1 млрд тенге против 1,7 млрд годом ранее.",
            [(2_100_000_000, "damage_total"), (1_700_000_000, "damage_total")],
        ),
    ],
)
def test_numbers_set_against_each_other_count_one_quantity(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an average told after a total is no part of it, nor its one victim the total's
        "Ущерб, причиненный гражданам, составил порядка 950 миллионов тенге, в среднем 1,3 млн "
        "тенге на одного потерпевшего.",
        "Жалпы залал 950 миллион теңгені құрады, орта есеппен бір жәбірленушіге 1,3 млн "
        "теңгеден келеді.",
    ],
)
def test_an_average_after_a_total_leaves_the_total_a_total(text):
    assert money_roles(text) == [(950_000_000, "damage_total"), (1_300_000, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «таких случаев» after a scheme described in its own sentence is that scheme's count
        (
            "Зарегистрировано 900 фактов мошенничества. Чаще всего мошенники представляются "
            "сотрудниками банков – таких случаев 218.",
            [(900, "cases_total"), (218, "cases_scheme")],
        ),
        # but not after a crime named after the scheme
        (
            "Зарегистрировано 900 фактов мошенничества. Мошенники представляются сотрудниками "
            "банков, но растёт и число краж – таких случаев 218.",
            [(900, "cases_total"), (218, "other")],
        ),
    ],
)
def test_such_cases_after_a_scheme_told_in_their_own_sentence(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # «каждый потерпевший» is any one of many: the loss after it stays the total
        "Зарегистрировано 500 фактов мошенничества. В среднем каждый потерпевший терял около "
        "1,6 млн тенге. Ущерб превысил 780 млн тенге.",
        "Зарегистрировано 500 фактов мошенничества. Каждый третий потерпевший – пенсионер. "
        "Ущерб превысил 780 млн тенге.",
    ],
)
def test_any_one_of_many_victims_is_no_single_victim(text):
    assert money_roles(text)[-1] == (780_000_000, "damage_total")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «лже-» before a thing names a scheme
        (
            "Зарегистрировано 843 факта мошенничества. На лжеинвестиции приходится 98 фактов и "
            "более 500 млн тенге ущерба.",
            [(843, "cases_total"), (98, "cases_scheme"), (500_000_000, "damage_scheme")],
        ),
        (
            "Интернет-мошенничество остается актуальным. Зарегистрировано 98 лжеинвестиций.",
            [(98, "other")],
        ),
        # before a person, an offender
        (
            "Интернет-мошенничество остается актуальным. Задержаны 12 лжеброкеров.",
            [(12, "suspects")],
        ),
    ],
)
def test_a_fake_thing_is_a_scheme_and_a_fake_person_an_offender(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pretext in a participle clause before the sentence's only number
        (
            "Зарегистрировано 843 факта мошенничества. Сумма, похищенная под видом инвестиций, "
            "составила 6,4 млрд тенге.",
            [(843, "cases_total"), (6_400_000_000, "damage_scheme")],
        ),
        # a pretext before another number is that number's, not the total's after it
        (
            "Под предлогом продажи товаров похищено 5 млн тенге, а общий ущерб составил 20 млн "
            "тенге.",
            [(5_000_000, "damage_scheme"), (20_000_000, "damage_total")],
        ),
    ],
)
def test_a_pretext_before_the_first_number_names_its_scheme(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Зарегистрировано 2 004 факта мошенничества. По 540 уголовным делам лица, их "
            "совершившие, не установлены.",
            [(2004, "cases_total"), (540, "other")],
        ),
        (
            "Зарегистрировано 2 004 факта мошенничества. По 145 преступлениям лица, их "
            "совершившие, установлены.",
            [(2004, "cases_total"), (145, "solved")],
        ),
    ],
)
def test_doers_named_after_a_count_make_it_solved_or_unsolved(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Интернет-мошенничество остается актуальным. На звонки от лжесотрудников банков "
            "приходится 340 случаев.",
            [(340, "cases_scheme")],
        ),
        (
            "Интернет-мошенничество остается актуальным. 340 случаев приходится на звонки от "
            "имени сотрудников банков.",
            [(340, "cases_scheme")],
        ),
        (
            "Интернет-мошенничество остается актуальным. На звонки от лжесотрудников банков "
            "приходится 1,2 млрд тенге ущерба.",
            [(1_200_000_000, "damage_scheme")],
        ),
        # a place is no scheme
        (
            "Интернет-мошенничество остается актуальным. На долю Шымкента приходится 340 случаев.",
            [(340, "cases_total")],
        ),
        # nor a rate's base
        (
            "Интернет-мошенничество остается актуальным. На 100 тысяч населения приходится 98 "
            "фактов интернет-мошенничества.",
            [(100_000, "population"), (98, "other")],
        ),
    ],
)
def test_what_a_share_falls_to_names_its_scheme(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Интернет-мошенничество остается актуальным. На телефон доверия поступило 1 150 "
            "звонков о мошенничестве.",
            [(1150, "antifraud_incidents")],
        ),
        (
            "Интернет-мошенничество остается актуальным. На номер 1414 поступило 900 сообщений о "
            "мошенничестве.",
            [(1414, "phone"), (900, "antifraud_incidents")],
        ),
        (
            "За сутки на горячие линии «102» и «111» поступило более 45 звонков от пенсионеров, "
            "которым звонили мошенники.",
            [(102, "phone"), (111, "phone"), (45, "antifraud_incidents")],
        ),
        (
            "Алаяқтық жиілеп кетті. Сенім телефонына 300 қоңырау түсті.",
            [(300, "antifraud_incidents")],
        ),
        # reports to the police are registered
        (
            "Интернет-мошенничество остается актуальным. В полицию поступило 900 заявлений о "
            "мошенничестве.",
            [(900, "cases_total")],
        ),
    ],
)
def test_calls_and_reports_a_hotline_received_are_incidents(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Интернет-мошенничество остается актуальным. Зарегистрировано фактов "
            "интернет-мошенничества: 843.",
            [(843, "cases_total")],
        ),
        (
            "Интернет-мошенничество остается актуальным. Раскрыто: 412. Задержано подозреваемых: "
            "64. Потерпевших: 900.",
            [(412, "solved"), (64, "suspects"), (900, "victims")],
        ),
    ],
)
def test_a_bare_value_after_a_colon_reads_its_label(text, expected):
    assert roles(text) == expected


def test_crimes_against_property_are_a_class_fraud_is_a_part_of():
    text = (
        "Интернет-мошенничество остается актуальным. В прошлом году было зарегистрировано 4 320 "
        "преступлений против собственности, из которых 1 215 – интернет-мошенничества."
    )
    assert roles(text) == [(4320, "other"), (1215, "cases_total")]


def test_cases_in_work_need_no_verb_of_holding():
    text = (
        "В текущем году в суд направлено 214 уголовных дел об интернет-мошенничестве. Всего в "
        "производстве органов – 1 350 дел этой категории."
    )
    assert roles(text) == [(214, "sent_to_court"), (1350, "other")]


@pytest.mark.parametrize("word", ["аз", "артық"])
def test_a_kazakh_count_fewer_or_more_than_last_year_is_a_change(word):
    text = f"Облыста интернет-алаяқтықтың 702 дерегі тіркелді. Бұл былтырғыдан 54 дерекке {word}."
    assert roles(text) == [(702, "cases_total"), (54, "other")]


def test_a_fraction_of_a_case_is_a_rate_not_a_count():
    text = (
        "Интернет-мошенничество остается актуальным. При пересчете на 100 тысяч населения в "
        "области совершается 280 мошенничеств, тогда как в федеральном округе – 307,5."
    )
    assert roles(text)[-1] == (307.5, "other")
    # a scaled fraction counts whole cases
    assert roles("Зарегистрировано 2,5 тыс. фактов мошенничества.") == [(2500, "cases_total")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Алаяқтар тұрғындарға бір жарым миллиард теңге залал келтірген.", 1_500_000_000),
        ("Алаяқтардан келген залал екі жарым миллион теңге.", 2_500_000),
    ],
)
def test_kazakh_half_after_a_number_word_adds_a_half(text, value):
    assert money_roles(text) == [(value, "damage_total")]


def test_tajik_somoni_are_a_currency():
    frame = read_numbers(
        "В Таджикистане зарегистрировано 412 киберпреступлений, ущерб – 6,7 млн сомони."
    )
    assert frame[["value", "currency", "role"]].values.tolist()[-1] == [
        6_700_000,
        "TJS",
        "damage_total",
    ]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a Belarusian city, an executive committee: bare roubles are Belarusian
        ("В Гомеле за неделю мошенники похитили у горожан 96 тыс. рублей.", "BYN"),
        ("Как сообщили в райисполкоме, ущерб от мошенничеств составил 120 000 рублей.", "BYN"),
        # a region named the Belarusian way, a larger town of Belarus
        ("Как сообщает «Милиция Витебщины», мошенники похитили 96 тыс. рублей.", "BYN"),
        ("Жители Бобруйска за неделю перевели мошенникам 96 тыс. рублей.", "BYN"),
        ("Общая сумма потерь пинчан превысила 5 000 рублей.", "BYN"),
        # Russia named beside it, or nothing: Russian roubles
        ("Мошенники из Москвы похитили у жителей Минска 96 тыс. рублей.", "RUB"),
        ("Хотела приобрести телефон, а мошенники похитили 96 тыс. рублей.", "RUB"),
    ],
)
def test_roubles_in_a_text_from_belarus_are_belarusian(text, currency):
    frame = read_numbers(text)
    assert frame["currency"].tolist() == [currency]


@pytest.mark.parametrize(
    ("bound", "qualifier"),
    [
        ("без малого 2 млрд тенге", "approx"),
        ("в районе 2 млрд тенге", "approx"),
        ("2 млрд тенге с небольшим", "at_least"),
        ("чуть менее 2 млрд тенге", "at_most"),
        ("чуть более 2 млрд тенге", "at_least"),
    ],
)
def test_russian_bound_words_qualify_the_damage(bound, qualifier):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. Ущерб составил {bound}.")
    # «чуть» here is «slightly», not «чуть не» (nearly lost): still the damage
    assert frame[["value", "role", "qualifier"]].values.tolist() == [
        [2_000_000_000, "damage_total", qualifier]
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Жыл басынан бері кем дегенде 450 алаяқтық дерегі тіркелген.", "at_least"),
        ("Жыл басынан бері кемінде 450 алаяқтық дерегі тіркелген.", "at_least"),
    ],
)
def test_kazakh_at_least_before_a_count(text, qualifier):
    frame = read_numbers(text)
    assert frame[["value", "role", "qualifier"]].values.tolist()[-1] == [
        450,
        "cases_total",
        qualifier,
    ]


@pytest.mark.parametrize(
    ("amount", "qualifier"),
    [
        ("ең кемі 300 млн теңге", "at_least"),  # «ең» here opens a bound, not a superlative
        ("ең көбі 300 млн теңге", "at_most"),
        ("300 млн теңгедей", "approx"),
    ],
)
def test_kazakh_bound_words_qualify_the_damage(amount, qualifier):
    frame = read_numbers(f"Интернет-алаяқтық өзекті болып отыр. Залал {amount}.")
    assert frame[["value", "role", "qualifier"]].values.tolist() == [
        [300_000_000, "damage_total", qualifier]
    ]


def test_amounts_going_on_after_an_average_are_averages():
    text = (
        "Самая опасная афера – нигерийские письма: средний ущерб от них составляет 5,1 тыс. "
        "долл. Далее идут мошенничество с чеками (3,7 тыс. долл.) и фиктивные инвестиции (2,7 "
        "тыс. долл.)."
    )
    assert money_roles(text) == [(5100, "other"), (3700, "other"), (2700, "other")]
    # a loss told with its own verb after an average is a total
    text = (
        "Зарегистрировано 800 фактов мошенничества. Средний ущерб составил 1,9 млн тенге. "
        "Мошенники похитили 1,5 млрд тенге."
    )
    assert money_roles(text)[-1] == (1_500_000_000, "damage_total")


def test_persons_a_deceiving_verb_takes_are_victims_whoever_is_detained():
    text = "Интернет-мошенничество остается актуальным. Задержанный мошенник обманул 12 человек."
    assert roles(text) == [(12, "victims")]
    # the detained themselves are suspects
    text = (
        "Интернет-мошенничество остается актуальным. Задержаны 12 человек, обманувших пенсионеров."
    )
    assert roles(text) == [(12, "suspects")]


def test_the_damage_a_recovered_part_is_taken_from_is_the_total():
    text = (
        "Интернет-мошенничество остается актуальным. Из общей суммы ущерба 1,6 млрд тенге "
        "возмещено лишь 180 млн."
    )
    assert roles(text) == [(1_600_000_000, "damage_total"), (180_000_000, "recovered")]
    # «из» of a place or a message, before a verb of loss, names no whole
    text = "Интернет-мошенничество растет. Пенсионер из Шымкента перечислил 4 900 тенге."
    assert money_roles(text) == [(4900, "single_case_loss")]
    text = "Интернет-мошенничество растет. Девушка назвала код из SMS и лишилась 1,28 млн тенге."
    assert money_roles(text) == [(1_280_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # one company named by its legal form is one victim
        ("Ущерб, причиненный ПАО «Телеком», составил 5 млн рублей.", "single_case_loss"),
        ("Мошенники похитили у ООО «Ромашка» 3 млн рублей.", "single_case_loss"),
        # the clients of one are many
        ("Клиенты ПАО «Банк» потеряли 5 млрд рублей.", "damage_total"),
    ],
)
def test_a_company_named_by_its_legal_form_is_one_victim(text, role):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. {text}")
    assert frame["role"].tolist() == [role]


def schemes_read(text: str) -> list[tuple[object, str, str]]:
    frame = read_numbers(text)
    return list(zip(frame["value"], frame["role"], frame["scheme"], strict=True))


def test_a_kazakh_record_noun_is_counted_before_the_scheme_it_names():
    # «дерек» (a fact) modifies no noun after it: the facts are counted, «банк …» names how
    text = (
        "Интернет-алаяқтық өзекті. Оның ішінде 340 дерек банк қызметкері атынан қоңырау шалу "
        "арқылы жасалған."
    )
    assert schemes_read(text) == [(340, "cases_scheme", "impersonation_call")]
    # nor does a Russian case noun («фактов звонков»: facts of calls)
    text = (
        "Интернет-мошенничество остается актуальным. Зарегистрировано 340 фактов звонков от "
        "имени сотрудников банков."
    )
    assert schemes_read(text) == [(340, "cases_scheme", "impersonation_call")]
    # a Kazakh crime noun still modifies the noun after it: «алаяқтық қоңырау орталығы»
    assert roles("Интернет-алаяқтық өзекті. Биыл 25 алаяқтық қоңырау орталығы жабылды.") == [
        (25, "other")
    ]


def test_a_kazakh_genitive_count_is_the_whole_of_the_parts_after_it():
    text = (
        "Интернет-алаяқтық өзекті. Тіркелген 843 алаяқтықтың 340-ы қоңырау арқылы, 255-і "
        "интернет-дүкендер арқылы жасалған."
    )
    assert schemes_read(text) == [
        (843, "cases_total", ""),
        (340, "cases_scheme", "impersonation_call"),
        (255, "cases_scheme", "prepayment"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count", "scheme"),
    [
        (
            "Мессенджерде таныстары атынан ақша сұрау арқылы 49 алаяқтық тіркелді.",
            49,
            "messenger_acquaintance",
        ),
        ("Ұтыс ойындары сылтауымен 47 дерек тіркелді.", 47, "lottery"),
        # a means that names no scheme leaves the count a total
        ("Жыл басынан бері облыста интернет арқылы 843 алаяқтық тіркелді.", 843, ""),
    ],
)
def test_a_kazakh_means_or_pretext_before_a_count_names_its_scheme(sentence, count, scheme):
    role = "cases_scheme" if scheme else "cases_total"
    assert schemes_read(f"Интернет-алаяқтық өзекті. {sentence}") == [(count, role, scheme)]


def test_the_scheme_a_part_names_is_not_the_whole_s():
    text = (
        "Интернет-алаяқтық өзекті. Облыс бойынша 843 дерек тіркелді, оның ішінде банк "
        "қызметкерлері атынан 340 дерек."
    )
    assert schemes_read(text) == [
        (843, "cases_total", ""),
        (340, "cases_scheme", "impersonation_call"),
    ]


def test_a_bare_count_carried_on_takes_the_scheme_named_since_the_count_before():
    text = (
        "Зарегистрировано 843 факта мошенничества, из них под видом инвестиций 98, под "
        "предлогом выигрыша в лотерею 47."
    )
    assert schemes_read(text) == [
        (843, "cases_total", ""),
        (98, "cases_scheme", "fake_investment"),
        (47, "cases_scheme", "lottery"),
    ]
    # with no scheme between, the count before is carried on as it was
    text = "Интернет-мошенничество растет. В 2024 году зарегистрировано 654, в 2025 году – 843."
    assert [r for r in roles(text) if r[1] != "date"] == [
        (654, "cases_total"),
        (843, "cases_total"),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # where one victim lives is no aggregate: «Жамбыл облысының тұрғыны»
        ("Жамбыл облысының тұрғыны алаяқтарға 3 млн теңге аударып жіберген.", "single_case_loss"),
        ("Облыс тұрғыны алаяқтарға 3 млн теңге аударған.", "single_case_loss"),
        # the region's residents are many
        ("Облыс тұрғындары алаяқтарға 3 млн теңге аударған.", "damage_total"),
    ],
)
def test_the_region_of_one_resident_makes_no_aggregate(text, role):
    assert roles(f"Интернет-алаяқтық өзекті. {text}") == [(3_000_000, role)]


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        ("200 тысяч гривен", "UAH"),
        ("200 тыс. грн", "UAH"),
        ("2 млн китайских юаней", "CNY"),
        ("10 млн драмов", "AMD"),
        ("500 тыс. лари", "GEL"),
        ("300 тыс. азербайджанских манатов", "AZN"),
        ("300 тыс. туркменских манатов", "TMT"),
    ],
)
def test_the_money_of_other_russian_writing_countries_is_damage(amount, currency):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. Ущерб составил {amount}.")
    assert frame[["role", "currency"]].values.tolist() == [["damage_total", currency]]


def test_an_abbreviated_month_count_is_a_period_not_a_count():
    text = (
        "За 9 месяцев 2025 года зарегистрировано 640 интернет-мошенничеств (9 мес. 2024 г. – 702)."
    )
    assert [r for r in roles(text) if r[1] != "date"] == [
        (640, "cases_total"),
        (702, "cases_total"),
    ]
    assert (9, "date") in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Зарегистрировано 843 факта. Из них:\n1) 340 – звонки от имени банков;\n"
        "2) 255 – интернет-торговля;\n3) 98 – инвестиции.",
        "Зарегистрировано 843 факта.\n1. Звонки от имени банков – 340.\n2. Предоплата – 255.\n"
        "3. Инвестиции – 98.",
    ],
)
def test_the_numbers_of_a_numbered_list_count_nothing_and_break_no_list(text):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. {text}")
    read = list(zip(frame["value"], frame["role"], frame["scheme"], strict=True))
    assert [r for r in read if r[1] != "other"] == [
        (843, "cases_total", ""),
        (340, "cases_scheme", "impersonation_call"),
        (255, "cases_scheme", "prepayment"),
        (98, "cases_scheme", "fake_investment"),
    ]
    assert [r[0] for r in read if r[1] == "other"] == [1, 2, 3]


def test_number_words_after_a_thousand_are_its_units():
    text = "Интернет-мошенничество остается актуальным. Зарегистрировано одна тысяча двадцать четыре факта."
    assert roles(text) == [(1024, "cases_total")]
    text = "Интернет-мошенничество остается актуальным. Ущерб составил один миллион пятьсот тысяч двести тенге."
    assert money_roles(text) == [(1_500_200, "damage_total")]
    # a count of its own after the thousands is not joined to them
    text = "Интернет-мошенничество остается актуальным. Две тысячи двадцать пятый год."
    assert roles(text)[0] == (2000, "other")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Зарегистрировано 1 024 (одна тысяча двадцать четыре) факта.", (1024, "cases_total", "")),
        (
            "Ущерб составил 12 000 000 (двенадцать миллионов) тенге.",
            (12_000_000, "damage_total", "KZT"),
        ),
        (
            "Мошенник похитил 1 500 000 (один миллион пятьсот тысяч) тенге.",
            (1_500_000, "single_case_loss", "KZT"),
        ),
    ],
)
def test_a_figure_restated_in_words_in_brackets_is_one_figure(sentence, kept):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. {sentence}")
    read = list(zip(frame["value"], frame["role"], frame["currency"].fillna(""), strict=True))
    assert [r for r in read if r[1] != "other"] == [kept]
    assert len(read) == 2
    assert len(extract_figures(f"Интернет-мошенничество остается актуальным. {sentence}")) == (
        0 if kept[1] == "single_case_loss" else 1
    )


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        ("В сравнении с прошлым годом рост составил 56 фактов.", 56, "other"),
        ("Прирост ущерба составил 230 млн тенге.", 230_000_000, "other"),
        # a change the sentence mentions aside is not the subject of the figure
        ("Ущерб несмотря на рост составил 230 млн тенге.", 230_000_000, "damage_total"),
    ],
)
def test_what_a_change_noun_amounted_to_is_the_size_of_the_change(sentence, value, role):
    assert roles(f"Интернет-мошенничество остается актуальным. {sentence}") == [(value, role)]


def test_a_known_short_line_named_by_its_service_is_a_phone_number():
    text = "Интернет-алаяқтық өзекті. Анықтама үшін: 102 – полицияның кезекші бөлімі."
    assert roles(text) == [(102, "phone")]
    text = "Интернет-мошенничество растет. Телефоны: 102 – полиция, 1414 – единый контакт-центр."
    assert roles(text) == [(102, "phone"), (1414, "phone")]
    # a count after a dash is still a count
    text = "Интернет-мошенничество растет. Зарегистрировано 843 факта, раскрыто 102 – это 12%."
    assert roles(text)[:2] == [(843, "cases_total"), (102, "solved")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Полицейлер 48 күдіктіні ұстап, 112 қылмыстық істі сотқа жолдады.",
        "Полиция 112 істі сотқа жіберді.",
        "112 қылмыстық іс сотқа жолданды.",
    ],
)
def test_kazakh_cases_the_police_sent_to_court_are_no_registered_cases(sentence):
    assert (112, "sent_to_court") in roles(f"Интернет-алаяқтық өзекті. {sentence}")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the size of a prize a bait promises is no loss
        (
            "Интернет-мошенничество растет. Мошенники сообщают о выигрыше приза в 5 тыс. тенге.",
            "other",
        ),
        (
            "Интернет-алаяқтық өзекті. Алаяқтар 5 мың теңгелік сыйлық ұтып алдыңыз деп хабарлама "
            "жібереді.",
            "other",
        ),
        # a prize pretext names the scheme of a loss
        (
            "Интернет-мошенничество растет. Под предлогом выигрыша в лотерею у жителей похищено "
            "5 тыс. тенге.",
            "damage_scheme",
        ),
    ],
)
def test_the_size_of_a_promised_prize_is_no_loss(text, role):
    assert money_roles(text) == [(5000, role)]


def test_one_kazakh_offender_opening_a_sentence_tells_one_story():
    text = "Интернет-алаяқтық өзекті. Алаяқ 500 мың теңге несие рәсімдеп, оны өз шотына аударған."
    assert money_roles(text) == [(500_000, "single_case_loss")]
    text = "Интернет-алаяқтық өзекті. Алаяқтар тұрғындардан 900 млн теңге алдап алған."
    assert money_roles(text) == [(900_000_000, "damage_total")]


def test_kazakh_months_of_a_year_in_the_attributive_are_a_period():
    text = "Облыстық полиция департаменті 2025 жылдың 9 айындағы қорытындыны шығарды."
    assert {r for _, r in roles(text)} == {"date"}


def test_a_bare_count_left_unsolved_is_no_registered_count():
    text = (
        "Интернет-мошенничество остается актуальным. Из 843 зарегистрированных фактов 631 "
        "остаются нераскрытыми."
    )
    assert roles(text) == [(843, "cases_total"), (631, "other")]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "По 631 уголовному делу лица, подлежащие привлечению к ответственности, не установлены.",
            "other",
        ),
        (
            "По 631 уголовному делу лица, подлежащие привлечению к ответственности, установлены.",
            "solved",
        ),
        ("Лица, совершившие 631 преступление, пока не установлены.", "other"),
    ],
)
def test_whether_the_persons_to_be_charged_are_known_is_said_after_their_phrase(sentence, role):
    assert roles(f"Интернет-мошенничество остается актуальным. {sentence}") == [(631, role)]


def test_the_members_of_a_band_are_suspects():
    text = (
        "Интернет-мошенничество остается актуальным. Группа из 5 человек похитила у 40 граждан "
        "более 60 млн тенге."
    )
    assert roles(text)[:2] == [(5, "suspects"), (40, "victims")]
    text = "Интернет-мошенничество остается актуальным. Задержана ОПГ, состоящая из 7 человек."
    assert roles(text) == [(7, "suspects")]
    # any one of many persons is no band
    text = "Интернет-мошенничество остается актуальным. Каждый из 5 человек потерял деньги."
    assert roles(text) == [(5, "victims")]


def test_a_kazakh_age_and_region_of_one_pensioner_make_her_loss_single():
    text = (
        "Интернет-алаяқтық өзекті. Ақмола облысында 62 жастағы зейнеткер алаяқтардың арбауына "
        "түсіп, 4,5 млн теңгеден айырылды."
    )
    assert money_roles(text) == [(4_500_000, "single_case_loss")]
    # the region's residents in the plural lost the total
    text = "Интернет-алаяқтық өзекті. Ақмола облысында тұрғындар 1,6 млрд теңгеден айырылды."
    assert money_roles(text) == [(1_600_000_000, "damage_total")]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # the words after a bare count name its scheme; the whole before it stays a total
        (
            "Из 843 фактов 340 совершены путем звонков от имени сотрудников банков.",
            (340, "cases_scheme"),
        ),
        ("Из 843 фактов 340 связаны с инвестициями.", (340, "cases_scheme")),
        # a verb right after it says what became of the cases
        ("Из 843 фактов 212 раскрыты.", (212, "solved")),
    ],
)
def test_a_bare_count_of_the_cases_named_before_it_reads_the_words_after_it(sentence, second):
    assert roles(f"Интернет-мошенничество остается актуальным. {sentence}") == [
        (843, "cases_total"),
        second,
    ]


def test_posing_as_staff_after_a_count_names_the_call_scheme():
    sentence = "Зарегистрировано 340 фактов мошенничества под видом сотрудников банков."
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. {sentence}")
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [340, "cases_scheme", "impersonation_call"]
    ]
    # a bank that speaks is no scheme
    text = "Интернет-мошенничество растет. Сотрудники банков предупреждают: зарегистрировано 340 фактов."
    assert roles(text) == [(340, "cases_total")]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("В Ашхабаде ущерб от мошенников составил 5 млн манатов.", "TMT"),
        ("В Баку ущерб от мошенников составил 5 млн манатов.", "AZN"),
    ],
)
def test_a_manat_is_the_money_of_the_country_the_text_reports_from(text, currency):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. {text}")
    assert frame[["value", "role", "currency"]].values.tolist() == [
        [5_000_000, "damage_total", currency]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rising dash pair before a noun of cases or persons is a range: lower and upper end
        (
            "Зарегистрировано 800–900 фактов интернет-мошенничества.",
            [(800, "cases_total", "at_least"), (900, "cases_total", "at_most")],
        ),
        # years, or a falling pair, are no range
        (
            "В 2023–2024 годах зарегистрировано 900 фактов интернет-мошенничества.",
            [(2023, "date", "exact"), (2024, "date", "exact"), (900, "cases_total", "exact")],
        ),
    ],
)
def test_a_dash_pair_of_counts_is_a_range(text, expected):
    frame = read_numbers(f"Интернет-мошенничество остается актуальным. {text}")
    assert [tuple(r) for r in frame[["value", "role", "qualifier"]].values.tolist()] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share restated as a count in brackets, and a count restated as a share: the words
        # around the bracket name the scheme of both
        "Доля лжеинвестиций составила 12% (98 фактов).",
        "Жалған инвестициялар үлесі 12% (98 дерек) құрады.",
        "Лжеинвестиции — 12% (98 фактов).",
    ],
)
def test_a_count_restating_a_share_in_brackets_is_of_the_shares_scheme(text):
    lead = "Интернет-алаяқтық өзекті." if "үлесі" in text else "Интернет-мошенничество остается."
    assert schemes_read(f"{lead} {text}") == [
        (12, "percent", ""),
        (98, "cases_scheme", "fake_investment"),
    ]


def test_the_scheme_after_a_share_in_brackets_is_the_counts():
    text = (
        "Интернет-мошенничество остается актуальным. "
        "Из них 340 фактов (40%) — звонки от имени сотрудников банков."
    )
    assert schemes_read(text) == [
        (340, "cases_scheme", "impersonation_call"),
        (40, "percent", ""),
    ]


def test_a_comparison_in_brackets_is_no_restatement():
    text = (
        "Интернет-мошенничество остается актуальным. Зарегистрировано 843 факта "
        "(в 2024 году — 760), из них 340 — звонки от имени сотрудников банков."
    )
    assert schemes_read(text) == [
        (843, "cases_total", ""),
        (2024, "date", ""),
        (760, "cases_total", ""),
        (340, "cases_scheme", "impersonation_call"),
    ]


@pytest.mark.parametrize(
    ("wording", "scheme"),
    [
        ("мошенничество с призами", "lottery"),
        ("сообщения о выигрыше", "lottery"),
        ("розыгрыши призов", "lottery"),
        # «признан» (recognised) and «призыв» (a call) name no prize
        ("признанные потерпевшими", ""),
        ("призывы к бдительности", ""),
    ],
)
def test_a_prize_names_the_lottery_scheme(wording, scheme):
    assert map_scheme(wording) == scheme


def test_a_loss_from_a_fraud_with_prizes_is_the_lottery_schemes():
    text = "Интернет-мошенничество остается актуальным. Ущерб от мошенничества с призами составил 12 млн тенге."
    assert schemes_read(text) == [(12_000_000, "damage_scheme", "lottery")]


def test_a_statement_before_a_colon_is_no_schemes_name():
    # the police, who speak, are not impersonated: the count is the total
    text = "Интернет-мошенничество остается. Полиция призывает граждан быть бдительными: 843 факта за год."
    assert schemes_read(text) == [(843, "cases_total", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Зарегистрировано 300 фактов, 12 из которых совершены по схеме «лжеинвестиции».",
        "Зарегистрировано 300 фактов, в том числе 12 фактов совершены по схеме «лжеинвестиции».",
    ],
)
def test_a_part_done_by_a_named_scheme_is_the_schemes_count(text):
    assert schemes_read(f"Интернет-мошенничество остается. {text}") == [
        (300, "cases_total", ""),
        (12, "cases_scheme", "fake_investment"),
    ]


def test_a_count_by_a_scheme_the_taxonomy_does_not_know_is_no_other_thing_counted():
    # «по схеме» opens the way the cases were done: «схеме» is not what is counted, and the
    # part is that scheme's count (one the taxonomy does not list), not a second total
    text = "Интернет-мошенничество остается. Зарегистрировано 300 фактов, в том числе 12 – по схеме «сим-своп»."
    assert roles(text) == [(300, "cases_total"), (12, "cases_scheme")]


def test_a_year_and_its_count_after_a_dash_are_no_range():
    text = (
        "Интернет-мошенничество остается. "
        "Количество киберпреступлений растет: 2015 — 2440 преступлений."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "qualifier"]].values.tolist() == [
        [2015, "date", "exact"],
        [2440, "cases_total", "exact"],
    ]


def test_a_part_solved_of_the_cases_before_is_solved():
    text = "Интернет-мошенничество остается. Зарегистрировано 843 факта, 212 из которых раскрыты."
    assert roles(text) == [(843, "cases_total"), (212, "solved")]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # a person's age in brackets: the person named before the bracket owns the years
        ("Жертвой мошенников стала пенсионерка (75 лет), она перевела 3 млн тенге.", 75),
        ("Жертвой мошенников стала жительница Тараза (62 года), она перевела 3 млн тенге.", 62),
        ("Задержан мужчина (41 год), подозреваемый в мошенничестве.", 41),
    ],
)
def test_a_persons_age_in_brackets_is_an_age(text, age):
    assert (age, "age") in roles(f"Интернет-мошенничество остается. {text}")


def test_a_scheme_named_before_a_count_in_brackets_is_the_counts():
    text = "Интернет-мошенничество остается. Каждое пятое киберпреступление – вишинг (423 случая)."
    assert schemes_read(text)[-1] == (423, "cases_scheme", "impersonation_call")


@pytest.mark.parametrize(
    "text",
    [
        "Интернет-мошенничество остается. Потерпевшие перевели мошенникам в общей сложности "
        "320 млн тенге, из которых 120 млн – кредитные средства.",
        "Интернет-алаяқтық өзекті. Зардап шеккендер алаяқтарға жалпы 320 млн теңге аударған, "
        "оның 120 млн теңгесі – несие қаражаты.",
    ],
)
def test_the_borrowed_part_of_a_loss_is_no_second_total(text):
    assert roles(text) == [(320_000_000, "damage_total"), (120_000_000, "other")]


@pytest.mark.parametrize(
    ("wording", "scheme"),
    [
        # borrowed money is handed over in any scheme; loans taken in one's name are a scheme
        ("кредитные средства", ""),
        ("несие қаражаты", ""),
        ("онлайн несие рәсімдеу", "online_loan"),
        ("оформление кредитов на имя потерпевших", "online_loan"),
        ("онлайн-кредиты", "online_loan"),
    ],
)
def test_borrowed_money_is_no_loan_scheme(wording, scheme):
    assert map_scheme(wording) == scheme


@pytest.mark.parametrize(
    "sentence",
    [
        "Таких случаев в этом году уже 140.",
        "По словам полицейских, таких случаев в этом году уже 140.",
        "В этом году таких случаев 140.",
    ],
)
def test_such_cases_and_their_count_with_a_period_between_are_cases(sentence):
    text = f"Мошенники похитили у пенсионерки 2 млн тенге. {sentence}"
    assert roles(text) == [(2_000_000, "single_case_loss"), (140, "cases_total")]


def test_such_victims_and_their_count_are_victims():
    text = "Мошенники похитили у пенсионерки 2 млн тенге. Таких потерпевших в этом году уже 140."
    assert roles(text) == [(2_000_000, "single_case_loss"), (140, "victims")]


@pytest.mark.parametrize(
    "text",
    [
        "Интернет-мошенничество остается. У мошенников изъято 1,2 млрд тенге.",
        "Интернет-алаяқтық өзекті. Алаяқтардан 1,2 млрд теңге тәркіленді.",
    ],
)
def test_money_seized_from_offenders_is_no_damage(text):
    assert roles(text) == [(1_200_000_000, "other")]


def test_a_scale_abbreviation_before_the_noun_it_counts_ends_no_sentence():
    # «тыс.» then a capitalised noun only in the genitive plural: the count's noun, not a
    # sentence that opens with it
    text = (
        "Интернет-мошенничество остается. За 9 месяцев в Москве зарегистрировано 38 тыс. "
        "IT-преступлений, ущерб составил 12 млрд рублей."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "scope"]].values.tolist()[1:] == [
        [38_000, "cases_total", "cybercrime"],
        [12_000_000_000, "damage_total", "cybercrime"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «алдын алды» (prevented) is a phrase; «алдын ала» (in advance) is not it
        ("Интернет-алаяқтық өзекті. Банк 12 млн теңгені ұрлаудың алдын алды.", "prevented"),
        ("Интернет-алаяқтық өзекті. Банктер 3 млрд теңгені ұрлаудың жолын кесті.", "prevented"),
        (
            "Интернет-мошенничество остается. Банку удалось не допустить хищения 50 млн тенге.",
            "prevented",
        ),
        (
            "Интернет-алаяқтық өзекті. Алаяқтар алдын ала төлем алып, 3 млн теңге ұрлаған.",
            "damage_total",
        ),
    ],
)
def test_phrases_of_prevention_make_money_prevented(text, expected):
    assert [role for _, role in money_roles(text)] == [expected]


def test_a_kazakh_verb_of_prevention_after_a_count_makes_it_stopped_crimes():
    # the Kazakh verb ends the clause, after the count; a release on prevention measures still
    # registers its count
    assert roles("Интернет-алаяқтық өзекті. Полиция биыл 200 алаяқтық әрекеттің алдын алды.") == [
        (200, "other")
    ]
    text = (
        "Интернет-алаяқтық өзекті. Алаяқтықтың алдын алу шаралары нәтижесінде 2025 жылы 843 "
        "қылмыс тіркелді."
    )
    assert roles(text) == [(2025, "date"), (843, "cases_total")]


def test_the_labels_of_a_list_after_a_colon_name_its_items_not_the_total():
    text = (
        "Интернет-мошенничество остается. Зарегистрировано 843 факта интернет-мошенничества: "
        "звонки от имени сотрудников банков (340), мошенничество на интернет-площадках (255), "
        "ложные инвестиции (98)."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "scheme"]].fillna("").values.tolist() == [
        [843, "cases_total", ""],
        [340, "cases_scheme", "impersonation_call"],
        [255, "cases_scheme", "prepayment"],
        [98, "cases_scheme", "fake_investment"],
    ]


@pytest.mark.parametrize(
    "wording",
    [
        "мошенничество на интернет-площадках",
        "на торговых площадках",
        "онлайн-площадок",
        "интернет-алаңдарда",
    ],
)
def test_trading_platforms_name_the_prepayment_scheme(wording):
    assert map_scheme(wording) == "prepayment"


def test_a_square_is_no_trading_platform():
    assert map_scheme("торговая площадь") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «N из них — X»: X is the part's own noun, as in «из них N — X»
        (
            "Зарегистрировано 900 фактов мошенничества, 9 из них — взломы портала госуслуг.",
            [(900, "cases_total"), (9, "other")],
        ),
        (
            "Зарегистрировано 900 киберпреступлений, 600 из них — мошенничества.",
            [(900, "cases_total"), (600, "cases_total")],
        ),
        (
            "Зарегистрировано 843 факта мошенничества, 340 из них — звонки от имени сотрудников "
            "банков.",
            [(843, "cases_total"), (340, "cases_scheme")],
        ),
        ("Пострадали 500 человек, 200 из них — пенсионеры.", [(500, "victims"), (200, "victims")]),
    ],
)
def test_the_noun_after_n_of_them_is_the_parts_own(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Зарегистрировано 900 фактов мошенничества, из них 12 – по схеме «сим-своп».",
        "Зарегистрировано 900 фактов мошенничества, из них 12 совершены по схеме «сим-своп».",
    ],
)
def test_a_part_by_a_scheme_the_text_names_is_a_schemes_count_even_if_unlisted(text):
    frame = read_numbers(text)
    assert frame[["value", "role"]].values.tolist() == [[900, "cases_total"], [12, "cases_scheme"]]
    assert frame["scheme"].fillna("").tolist() == ["", ""]  # not one of the taxonomy's


def test_crimes_named_by_their_cyber_means_are_counted_as_cybercrime():
    text = "В 2025 году зарегистрировано 66 преступлений в сфере компьютерной информации."
    frame = read_numbers(text)
    assert frame[["value", "role", "scope"]].values.tolist()[1:] == [
        [66, "cases_total", "cybercrime"]
    ]


def test_a_count_labelled_with_another_crimes_article_is_no_fraud_count():
    text = (
        "В 1998 году зарегистрировано 66 преступлений в сфере компьютерной информации, в том "
        "числе по ст.272 УК РФ – 53, по ст.273 – 12."
    )
    assert roles(text) == [
        (1998, "date"),
        (66, "cases_total"),
        (272, "article"),
        (53, "other"),
        (273, "article"),
        (12, "other"),
    ]
    # a fraud article's count stays a count
    text = (
        "Зарегистрировано 900 киберпреступлений, из них по ст. 159 УК РФ – 600, по ст. 158 – 300."
    )
    assert [r for _, r in roles(text)] == [
        "cases_total",
        "article",
        "cases_total",
        "article",
        "other",
    ]


def test_crimes_against_a_group_are_a_part_by_the_victims_not_suspects():
    text = (
        "Интернет-мошенничество остается. Из 843 преступлений 612 совершены в отношении "
        "женщин, 231 – в отношении мужчин."
    )
    assert roles(text) == [(843, "cases_total"), (612, "other"), (231, "other")]
    # persons of its own after «в отношении» are the persons charged
    assert roles("В отношении 5 человек возбуждены уголовные дела.") == [(5, "suspects")]


def test_an_articles_number_opens_no_range():
    text = "Всего по ст. 159 УК РФ возбуждено 3 тыс. уголовных дел, по ст. 158 – 1,2 тыс."
    frame = read_numbers(text)
    assert frame[["value", "role", "qualifier"]].values.tolist() == [
        [159, "article", "exact"],
        [3000, "cases_total", "rounded"],
        [158, "article", "exact"],
        [1200, "other", "rounded"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Зарегистрировано 1 200 преступлений в сфере информатизации и связи.",
        "Ақпараттандыру және байланыс саласында 1 200 қылмыс тіркелді.",
    ],
)
def test_crimes_of_informatisation_and_communication_are_cybercrime(text):
    frame = read_numbers(text)
    assert frame[["value", "role", "scope"]].values.tolist() == [
        [1200, "cases_total", "cybercrime"]
    ]


def test_places_in_brackets_after_a_header_of_cases_are_the_places_counts():
    text = (
        "Интернет-алаяқтық өзекті. Интернет-алаяқтық бойынша көш бастап тұрған өңірлер: Алматы "
        "қаласы (4 812), Астана қаласы (3 120), Қарағанды облысы (1 905)."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "place_text"]].values.tolist() == [
        [4812, "cases_total", "Алматы қаласы"],
        [3120, "cases_total", "Астана қаласы"],
        [1905, "cases_total", "Қарағанды облысы"],
    ]


def test_the_place_after_a_verb_is_the_label_of_a_dash_item():
    text = "Интернет-мошенничество остается. Из 14 районов области лидирует Сарыагашский район – 96 фактов."
    assert roles(text) == [(14, "other"), (96, "cases_total")]


def test_a_loss_per_one_case_with_an_adjective_between_is_a_single_loss():
    text = (
        "Интернет-мошенничество остается. Сумма ущерба по одному уголовному делу варьируется "
        "от 5 тысяч до 20 млн тенге."
    )
    assert money_roles(text) == [(5_000, "single_case_loss"), (20_000_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Киберпреступления составили 38,7% (6 104) от всех зарегистрированных преступлений.",
            [(38.7, "percent", ""), (6104, "cases_total", "cybercrime")],
        ),
        (
            "Интернет-алаяқтық өзекті. Интернет-алаяқтық барлық қылмыстың 38,7% (6 104) құрады.",
            [(38.7, "percent", ""), (6104, "cases_total", "internet_fraud")],
        ),
    ],
)
def test_a_bare_count_in_brackets_after_a_share_counts_the_shares_subject(text, expected):
    frame = read_numbers(text)
    assert frame[["value", "role", "scope"]].fillna("").values.tolist() == [
        list(e) for e in expected
    ]


def test_the_count_in_brackets_after_a_shares_percent_is_no_share():
    text = "Интернет-мошенничество остается. Доля пенсионеров среди потерпевших – 25% (210)."
    assert roles(text) == [(25, "percent"), (210, "victims")]


@pytest.mark.parametrize(
    "text",
    [
        "Интернет-мошенничество остается. Пенсионерка хотела отправить мошенникам 1,5 млн тенге.",
        "Интернет-алаяқтық өзекті. Зейнеткер 1300 еуроны аудармақ болған.",
        "Интернет-алаяқтық өзекті. Тұрғын 500 мың теңгені аудармақ болған, бірақ банк "
        "қызметкері операцияны тоқтатты.",
    ],
)
def test_money_a_victim_only_meant_to_send_is_prevented(text):
    assert [role for _, role in money_roles(text)] == ["prevented"]


def test_money_sent_is_no_intention():
    text = "Интернет-алаяқтық өзекті. Зейнеткер алаяқтарға 6 млн теңгесін аударып жіберген."
    assert money_roles(text) == [(6_000_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("word", "currency"),
    [("еуроны", "EUR"), ("еуроға", "EUR"), ("Еуропа", None), ("сомды", "KGS"), ("сомнан", "KGS")],
)
def test_kazakh_case_endings_of_euro_and_som_keep_the_currency(word, currency):
    assert currency_of(word) == currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part by who committed the crimes, as a part by who suffered them, is no total
        (
            "Зарегистрировано 312 фактов интернет-мошенничества, 40 из них совершены "
            "несовершеннолетними.",
            [(312, "cases_total"), (40, "other")],
        ),
        (
            "Зарегистрировано 843 факта интернет-мошенничества. 25 преступлений совершены "
            "группой лиц.",
            [(843, "cases_total"), (25, "other")],
        ),
        # fraudsters are no group: every fraud is theirs
        (
            "Зарегистрировано 843 факта интернет-мошенничества, совершенных мошенниками из "
            "других стран.",
            [(843, "cases_total")],
        ),
        # nor is a way of doing it
        (
            "Зарегистрировано 843 факта интернет-мошенничества, совершенных дистанционными "
            "способами.",
            [(843, "cases_total")],
        ),
    ],
)
def test_a_part_by_who_committed_the_crimes_is_no_total(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kazakh «дейін» after a dative amount is «up to»
        (
            "Облыста интернет-алаяқтықтан 1,6 млрд теңгеге дейін залал келтірілген.",
            (1_600_000_000, "at_most", "damage_total"),
        ),
        # not the second end of a change, nor the value a change reached
        (
            "Интернет-алаяқтық 843-тен 760-қа дейін төмендеді.",
            (760, "exact", "cases_total"),
        ),
        ("Интернет-алаяқтық саны 843-ке дейін өсті.", (843, "exact", "cases_total")),
        ("Залал 1,2 млрд теңгеге дейін өсті.", (1_200_000_000, "rounded", "damage_total")),
    ],
)
def test_kazakh_up_to_bounds_an_amount_but_not_a_value_reached(text, expected):
    rows = read_numbers(text)
    assert tuple(rows[["value", "qualifier", "role"]].iloc[-1]) == expected


def test_a_kazakh_dative_before_a_change_verb_is_still_the_changes_size():
    assert roles("Интернет-алаяқтық 120-ға өсті.") == [(120, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Задержан дроппер, через счета которого прошло 45 млн тенге.", "other"),
        (
            "Через банковские карты дропперов прошло более 120 млн тенге похищенных средств.",
            "other",
        ),
        ("Через его счет было обналичено 12 млн тенге.", "other"),
        ("Дропперлердің шоттары арқылы 45 млн теңге өткен.", "other"),
        # cashed out *and* stolen is a loss
        ("Злоумышленники обналичили и похитили 242 миллиона рублей.", "damage_total"),
        # taken from accounts is a loss
        ("Злоумышленники вывели со счетов граждан 500 млн тенге.", "damage_total"),
    ],
)
def test_money_moved_through_accounts_or_cashed_out_is_no_loss(text, expected):
    lead = "Интернет-алаяқтық өзекті. " if "ө" in text else "Интернет-мошенничество растёт. "
    assert [role for _, role in money_roles(lead + text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из 300 уголовных дел по 95 вынесены приговоры.", [(300, "cases_total"), (95, "other")]),
        (
            "Из 300 уголовных дел по 40 направлены в суд.",
            [(300, "cases_total"), (40, "sent_to_court")],
        ),
    ],
)
def test_a_bare_part_with_a_verdict_or_sent_to_court_is_not_registered(text, expected):
    assert roles("Интернет-мошенничество растёт. " + text) == expected


def test_the_sum_of_a_count_that_points_back_at_a_scheme_is_that_schemes():
    text = (
        "Жительнице Шымкента позвонил лжесотрудник банка и убедил перевести 2 млн тенге на "
        "«безопасный счет». С начала года в области зарегистрировано 312 подобных фактов на "
        "сумму 980 млн тенге."
    )
    figures = extract_figures(text)
    assert figures[["value", "scheme"]].values.tolist() == [
        [312, "impersonation_call"],
        [980_000_000, "impersonation_call"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year, a dash and its sum: no range, since a range rises as printed
        (
            "Ущерб по годам: 2023 – 0,8 млрд тенге, 2025 – 1,67 млрд тенге.",
            [
                (2023, "exact"),
                (800_000_000, "rounded"),
                (2025, "exact"),
                (1_670_000_000, "rounded"),
            ],
        ),
        (
            "Ущерб составил 5-6 млрд тенге.",
            [(5_000_000_000, "at_least"), (6_000_000_000, "at_most")],
        ),
    ],
)
def test_a_year_dash_and_a_sum_is_no_range(text, expected):
    rows = read_numbers("Интернет-мошенничество растёт. " + text)
    assert list(zip(rows["value"], rows["qualifier"], strict=True)) == expected


def test_the_end_of_a_change_in_a_hotlines_calls_counts_calls():
    text = "Количество обращений на линию 1414 по фактам мошенничества выросло вдвое – до 12 тысяч."
    assert roles(text)[-1] == (12_000, "antifraud_incidents")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular noun after «300 тысяч» is whom the money went to, not what it counts
        ("Женщина намеревалась отправить 300 тысяч «сотруднику банка».", "prevented"),
        ("Вкладчица перевела 1,2 млн «инвестору».", "single_case_loss"),
        # a plural one is counted
        ("В 2025 году зарегистрировано 120 тысяч обращений.", "antifraud_incidents"),
    ],
)
def test_a_scaled_number_before_a_singular_recipient_is_money(text, expected):
    assert roles("Интернет-мошенничество растёт. " + text)[-1][1] == expected


def test_a_share_label_and_a_dash_make_no_article_nor_scheme():
    text = (
        "Задокументировано 1 540 преступлений в сфере информационных технологий. "
        "Основная часть – 1 190 – мошенничества."
    )
    assert roles(text) == [(1540, "cases_total"), (1190, "cases_total")]
    # an article word right before its number is still an article
    assert roles("Возбуждено дело по ч. 2 ст. 190 УК РК.") == [(2, "article"), (190, "article")]


def test_money_in_a_story_of_a_conviction_is_one_groups_haul():
    text = (
        "В Жамбылской области супругов осудили за продажу несуществующих товаров через "
        "WhatsApp - от их действий пострадали 112 человек, а общий ущерб превысил 51 млн тенге."
    )
    assert money_roles(text) == [(51_000_000, "single_case_loss")]


@pytest.mark.parametrize("person", ["Қария", "Кейуана", "Келіншек", "Мұғалім"])
def test_a_kazakh_person_losing_money_is_one_victim(person):
    text = f"{person} 13 млн теңгесін алаяқтарға беріп қойды."
    assert money_roles(text) == [(13_000_000, "single_case_loss")]


@pytest.mark.parametrize(
    "text",
    [
        # items labelled with a year in a bracket after the header that names what they count
        "Динамика регистрации дел о мошенничестве нестабильна (2017 г. - 74, 2018 г. - 103).",
        "Қаржы пирамидалары туралы істерді тіркеу серпіні тұрақсыз (2017 ж - 74, 2018 ж - 103).",
        # a year said with «в … году»
        "Зарегистрировано интернет-мошенничеств: в 2017 году – 74, в 2018 году – 103.",
    ],
)
def test_year_labelled_items_count_what_their_header_counts(text):
    assert roles(text) == [
        (2017, "date"),
        (74, "cases_total"),
        (2018, "date"),
        (103, "cases_total"),
    ]


def test_a_years_value_in_brackets_after_a_count_is_no_list_item():
    text = (
        "По 42 (2020 - 28) преступлениям в сфере ИТ потерпевшими явились несовершеннолетние лица."
    )
    assert roles(text)[-1] == (28, "other")


def test_a_range_of_sums_victims_lose_again_and_again_is_each_ones_loss():
    text = (
        "Интернет-мошенничество растёт. Пожилые люди чаще всего становятся жертвами афер, "
        "теряя крупные суммы – от 30 до 80 миллионов тенге."
    )
    assert money_roles(text) == [(30_000_000, "single_case_loss"), (80_000_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [
        ("как минимум", "at_least"),
        ("по меньшей мере", "at_least"),
        ("по крайней мере", "at_least"),
        ("как максимум", "at_most"),
    ],
)
def test_bound_phrases_before_an_amount(words, qualifier):
    text = f"Жители области за неделю отдали аферистам {words} 30,9 млн рублей."
    assert read_numbers(text)["qualifier"].tolist() == [qualifier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «потерпевшему» is read first as the verb's participle: still the victim
        ("Группа причинила ущерб 21 потерпевшему.", [(21, "victims")]),
        # a participle before its noun tells of the noun
        ("Пострадали 8 пострадавших организаций.", [(8, "other")]),
        ("Среди 12 пострадавших большинство - пенсионеры.", [(12, "victims")]),
    ],
)
def test_victims_named_by_a_participle(text, expected):
    assert roles("Интернет-мошенничество растёт. " + text) == expected


def test_many_pretexts_name_no_scheme():
    text = "Интернет-мошенничество растёт. Жители под разными предлогами отдали преступникам 8,8 млн рублей."
    assert money_roles(text) == [(8_800_000, "damage_total")]
    text = "Интернет-мошенничество растёт. Под предлогом инвестиций жители отдали 8,8 млн рублей."
    assert money_roles(text) == [(8_800_000, "damage_scheme")]


def test_persons_counted_among_victims_are_victims_not_population():
    text = (
        "Среди жертв интернет-мошенников в возрасте от 18 до 30 лет насчитывалось около двух "
        "тысяч человек."
    )
    assert roles(text)[-1] == (2000, "victims")
    assert roles("В районе насчитывается 12 тысяч жителей.") == [(12_000, "population")]


def test_a_decade_is_a_date():
    assert roles("Интернет-мошенничество растёт. Ждали возвращения 90-х.") == [(90, "date")]


@pytest.mark.parametrize(
    "text",
    [
        "Алаяқтардың басым бөлігі банк қызметкері болып хабарласады, мұндай 480 жағдай тіркелген.",
        "Алаяқтар өздерін полиция қызметкері ретінде таныстырады. Мұндай 480 дерек тіркелді.",
    ],
)
def test_a_kazakh_count_pointing_back_at_posing_as_staff_is_that_schemes(text):
    figures = extract_figures("Интернет-алаяқтық өзекті. " + text)
    assert figures[["value", "scheme"]].values.tolist() == [[480, "impersonation_call"]]


@pytest.mark.parametrize(
    ("wording", "scheme"),
    [
        ("полиция қызметкері болып таныстырып", "impersonation_call"),
        ("мессенджерде таныстары атынан ақша сұрау", "messenger_acquaintance"),
    ],
)
def test_kazakh_introducing_oneself_is_no_acquaintance(wording, scheme):
    assert map_scheme(wording) == scheme


@pytest.mark.parametrize(
    "text",
    [
        "Ущерб составил 900 млн тенге. Из них 300 млн возвращено владельцам.",
        "Облыс тұрғындары алаяқтарға 900 миллион теңге жоғалтты. Оның 300 миллионы ғана "
        "иелеріне қайтарылды.",
    ],
)
def test_a_part_opening_the_next_sentence_is_of_the_amount_told_last(text):
    assert roles(text)[-1] == (300_000_000, "recovered")


def test_a_part_of_a_count_told_last_stays_a_count():
    text = "Зарегистрировано 900 тысяч обращений. Из них 300 тысяч рассмотрено."
    assert [role for _, role in roles(text)] == ["antifraud_incidents", "antifraud_incidents"]


def test_a_verb_after_a_comma_before_the_next_amount_is_that_amounts():
    text = "Сумма похищенного составила более 826 млн сомов, удалось вернуть 74 млн сомов."
    assert money_roles(text) == [(826_000_000, "damage_total"), (74_000_000, "recovered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Потерпевшие лишились 120 млн тенге, но 45 млн удалось заблокировать.", "prevented"),
        ("Ущерб составил 120 млн тенге, 45 млн вернули потерпевшим.", "recovered"),
        # not a count of things after a count
        ("Зарегистрировано 120 тысяч звонков, 45 тысяч удалось заблокировать.", "other"),
    ],
)
def test_money_kept_after_money_lost_needs_no_currency(text, expected):
    assert roles(text)[-1][1] == expected


def test_a_kazakh_part_of_the_damage_by_legal_entities_is_no_total():
    text = (
        "Келтірілген залалдың сомасы 12,2 млрд теңгені құрады. Оның ішінде 176,7 млн теңге "
        "заңды тұлғаларға келтірілген."
    )
    assert money_roles(text) == [(12_200_000_000, "damage_total"), (176_700_000, "other")]
    # «жеке азаматтардың шығыны» (individual citizens' loss) may be the total
    text = "Хакерлерден тұрғындар зардап шекті. Жеке азаматтардың шығыны 20 млн теңгені құрады."
    assert money_roles(text) == [(20_000_000, "damage_total")]


def test_kazakh_victims_by_occupation_are_victims():
    text = (
        "Ең көп зардап шеккендер – жұмыссыздар – 201, зейнеткерлер – 108. Сондай-ақ жеке "
        "компанияның 161 қызметкері алданған."
    )
    assert roles(text) == [(201, "victims"), (108, "victims"), (161, "victims")]


@pytest.mark.parametrize(
    "text",
    [
        # a sum a scheme required, after a verb of need earlier in the sentence
        "Чтобы стать соинвестором, необходимо было пройти регистрацию по реферальной ссылке, "
        "внести от 20 до 10 тыс. долларов на криптокошелек и ожидать прибыли.",
        # a sum offered as bait
        "Мошенники предлагали компенсацию до 580 тысяч рублей.",
    ],
)
def test_sums_required_or_offered_are_no_loss(text):
    assert {role for _, role in money_roles("Интернет-мошенничество растёт. " + text)} == {"other"}


def test_the_accused_in_court_are_suspects():
    text = "Интернет-мошенничество растёт. На скамье подсудимых оказались 10 человек."
    assert roles(text) == [(10, "suspects")]


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        ("Зарегистрировано 19 фактов мошенничества под предлогом инвестиций.", "fake_investment"),
        (
            "За неделю возбуждено 19 уголовных дел по фактам обмана под предлогом защиты "
            "банковских карт от мошенников.",
            "impersonation_call",
        ),
    ],
)
def test_a_pretext_after_a_count_names_its_scheme_with_its_words(text, scheme):
    figures = extract_figures(text)
    assert figures[["value", "scheme"]].values.tolist() == [[19, scheme]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «өткен жылы» is «last year», no verb of passing
        ("Өткен жылы алаяқтар банк карталары арқылы 500 млн теңге ұрлады.", "damage_total"),
        ("Дропперлердің шоттары арқылы 45 млн теңге өткен.", "other"),
        # «қолма-қол ақшамен» is «in cash», no cashing out
        ("Тұрғын қолма-қол ақшамен 5 млн теңгені алаяқтарға берді.", "single_case_loss"),
    ],
)
def test_kazakh_words_of_time_and_cash_are_no_money_moved(text, expected):
    assert [role for _, role in money_roles("Интернет-алаяқтық өзекті. " + text)] == [expected]


def test_kazakh_bank_cards_as_a_means_are_no_call_in_a_banks_name():
    figures = extract_figures("Алаяқтар банк карталары арқылы 500 млн теңге ұрлады.")
    assert figures["scheme"].tolist() == [""]


def test_staff_one_poses_as_in_a_list_label_are_no_persons_counted():
    text = (
        "2025 жылы облыста интернет-алаяқтықтың 843 дерегі тіркелді. Ең көп таралған тәсілдер: "
        "банк қызметкері атынан қоңырау шалу – 340, интернет-дүкендер арқылы алдау – 255."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [
        [843, ""],
        [340, "impersonation_call"],
        [255, "prepayment"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Жас жігіт инвестиция жобасына 700 мың теңге салып, алданып қалды.",
        "Алматы облысында 56 жастағы ер адам интернет-алаяққа 3 млн 200 мың теңгесін берген.",
        "Қостанай облысында 40 жастағы азамат алаяққа 450 мың теңге аударған.",
        "«Qairat Invest» компаниясы салымшылардан 800 млн теңге жинаған.",
    ],
)
def test_one_kazakh_man_citizen_or_company_loses_a_single_case(text):
    money = money_roles("Интернет-алаяқтық өзекті. " + text)
    assert [role for _, role in money] == ["single_case_loss"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ущерб составил 2,4 млрд тенге. Из них пенсионеры потеряли 500 млн тенге, студенты – "
            "120 млн тенге.",
            [(2_400_000_000, "damage_total"), (500_000_000, "other"), (120_000_000, "other")],
        ),
        (
            "Ущерб составил 2,4 млрд тенге. Пенсионерам причинен ущерб на 500 млн тенге.",
            [(2_400_000_000, "damage_total"), (500_000_000, "other")],
        ),
        (
            "Ущерб составил 2,4 млрд тенге. Предприниматели лишились 150 млн тенге.",
            [(2_400_000_000, "damage_total"), (150_000_000, "other")],
        ),
        (
            "Интернет-алаяқтық өзекті. Залал 2,4 млрд теңгені құрады. Зейнеткерлер 300 млн "
            "теңгеден айырылды.",
            [(2_400_000_000, "damage_total"), (300_000_000, "other")],
        ),
        # with no total told before, the group's loss is all the text gives
        (
            "Пенсионеры области с начала года потеряли из-за интернет-мошенников 500 млн тенге.",
            [(500_000_000, "damage_total")],
        ),
        # one pensioner's loss is a single case
        (
            "Ущерб составил 2,4 млрд тенге. Пенсионерка потеряла 5 млн тенге.",
            [(2_400_000_000, "damage_total"), (5_000_000, "single_case_loss")],
        ),
    ],
)
def test_a_group_of_victims_loss_after_a_total_is_its_part(text, expected):
    assert money_roles(text) == expected


def test_online_trade_in_kazakh_is_the_prepayment_scheme():
    text = (
        "Облыста 612 интернет-алаяқтық дерегі тіркелді. Олардың 230-ы онлайн-сауда кезінде "
        "алдау, 150-і банк қызметкері атынан қоңырау шалу."
    )
    assert extract_figures(text)[["value", "scheme"]].values.tolist() == [
        [612, ""],
        [230, "prepayment"],
        [150, "impersonation_call"],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the decimal comma of the percent ends no clause: «Раскрыто» is the count's verb too
        ("Раскрыто лишь 27,3% преступлений — всего 1167 эпизодов.", "solved"),
        ("Зарегистрировано 2,5 тыс. преступлений — из них 1167 мошенничеств.", "cases_total"),
    ],
)
def test_a_decimal_comma_ends_no_clause(text, expected):
    assert roles("Интернет-мошенничество растет. " + text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Келтірілген 3,4 млрд теңге залалдың 1,9 млрд теңгесі өтелді.",
            [(3_400_000_000, "damage_total"), (1_900_000_000, "recovered")],
        ),
        (
            "Келтірілген залалды өтеу деңгейі 57%-ды құрады (3,4 млрд теңгенің 1,9 млрд теңгесі "
            "өтелді).",
            [(3_400_000_000, "damage_total"), (1_900_000_000, "recovered")],
        ),
    ],
)
def test_the_verb_after_a_kazakh_partitive_amount_is_the_parts(text, expected):
    assert money_roles("Интернет-алаяқтық өзекті. " + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one arrest's story: the cases opened are the group's, solved
        (
            "В Костанае полицейские задержали 16 молодых людей, помогавших интернет-мошенникам. "
            "Их номера были зарегистрированы на подставных лиц. Уже возбуждено пять уголовных "
            "дел.",
            "solved",
        ),
        # a text of statistics: cases opened are registered
        (
            "С начала года зарегистрировано 843 факта интернет-мошенничества, задержаны 40 "
            "подозреваемых. Возбуждено 612 уголовных дел.",
            "cases_total",
        ),
    ],
)
def test_cases_opened_in_the_story_of_one_arrest_are_solved(text, expected):
    assert roles(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Компания «Qairat Invest» собрала с вкладчиков 800 млн тенге.", "single_case_loss"),
        ("Мошенник похитил у пенсионеров 5 млн тенге.", "single_case_loss"),
        ("«Qairat Invest» компаниясы салымшылардан 800 млн теңге жинаған.", "single_case_loss"),
        # many doers: a total
        ("Мошенники похитили у пенсионеров области 500 млн тенге.", "damage_total"),
    ],
)
def test_one_doers_haul_from_many_victims_is_a_single_case(text, expected):
    lead = "Интернет-алаяқтық өзекті. " if "ң" in text else "Интернет-мошенничество растет. "
    assert [role for _, role in money_roles(lead + text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Возбуждено 5 дел о неправомерном доступе к компьютерной информации.",
        "По статье «неправомерный доступ к компьютерной информации» зарегистрировано 841 "
        "преступление.",
    ],
)
def test_unauthorised_access_to_computer_information_is_another_crime(text):
    assert roles("Интернет-мошенничество растет. " + text)[-1] == (
        5 if text.startswith("Возбуждено") else 841,
        "other",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # persons counted as victims of another crime
        ("Также 402 ребенка подверглись насилию в семье.", "other"),
        ("402 бала зорлық-зомбылыққа ұшыраған.", "other"),
        # a means of fraud is no other crime
        ("12 человек перешли по вредоносным ссылкам, после чего лишились денег.", "victims"),
        # the Anti-Fraud centre's count of another crime
        (
            "Антифрод-центр зарегистрировал около 19 810 инцидентов, связанных с наркоторговлей и "
            "незаконным игорным бизнесом.",
            "other",
        ),
        (
            "Антифрод-орталық 80 мыңнан астам инцидентті, сондай-ақ есірткі саудасына қатысты 20 "
            "мың жағдайды тіркеген.",
            "antifraud_incidents",
        ),
    ],
)
def test_counts_of_another_crimes_victims_or_incidents_are_other(text, expected):
    lead = "Интернет-алаяқтық өзекті. " if "ң" in text or "ұ" in text else ""
    lead = lead or "Интернет-мошенничество растет. "
    assert roles(lead + text)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Стало сокращаться и общее число мошенничеств - на 7,1%, до 382,3 тыс. за январь-ноябрь "
        "2025 года.",
        "Общее число мошенничеств снизилось на 7,1%, до 382,3 тыс. за 11 месяцев.",
    ],
)
def test_the_count_a_change_reached_counts_what_changed(text):
    figures = extract_figures(text)
    assert figures[["value", "metric"]].values.tolist() == [[382_300, "cases"]]


def test_a_deception_counted_is_a_case():
    text = "С начала года зарегистрировано 1854 мошенничества. В Саяногорске произошло 261 обман."
    assert [v for v in extract_figures(text)["value"]] == [1854, 261]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a criminal group caught: its haul
        (
            "Жақында 1 миллиард теңгені жымқырған қылмыстық топ құрықталды.",
            "single_case_loss",
        ),
        # a few persons counted as the doers: their haul
        (
            "Трое жителей Омска организовали колл-центр и похитили у граждан свыше 40 млн рублей.",
            "single_case_loss",
        ),
        # persons counted as those money was taken from: a total
        ("Мошенники похитили у 120 жителей области 30 млн рублей.", "damage_total"),
    ],
)
def test_a_groups_haul_is_one_case(text, expected):
    lead = "Интернет-алаяқтық өзекті. " if "ң" in text else "Интернет-мошенничество растет. "
    assert [role for _, role in money_roles(lead + text)] == [expected]


def test_a_kazakh_birth_year_is_no_period_of_statistics():
    text = "Интернет-алаяқтық өзекті. 1978 жылы туған тұрғын алаяққа 2 млн теңге аударған."
    assert [role for _, role in money_roles(text)] == ["single_case_loss"]


def test_a_sentence_that_turns_to_fraud_lends_no_topic_to_the_counts_before():
    text = (
        "Уровень уголовных правонарушений снизился с 82 573 до 76 512. При этом серьезным "
        "вызовом остается интернет-мошенничество."
    )
    assert extract_figures(text).empty
    # without the turn the next sentence's fraud is the counts' topic
    text = "Зарегистрировано 843 преступления. Большинство из них – интернет-мошенничества."
    assert extract_figures(text)["value"].tolist() == [843]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За неделю жители республики потеряли 16,5 млн рублей. Наибольшая разовая потеря "
            "за неделю составила 8,5 млн рублей, сообщили в прокуратуре республики.",
            [(16_500_000, "damage_total"), (8_500_000, "single_case_loss")],
        ),
        (
            "Сейчас расследуется дело по «Антарес Трейд», ущерб от деятельности которой составил "
            "больше 1 млн долларов.",
            [(1_000_000, "single_case_loss")],
        ),
        (
            "Например, жительница Уфы перевела мошенникам 2 млн рублей, а её соседи — 3 млн рублей.",
            [(2_000_000, "single_case_loss"), (3_000_000, "single_case_loss")],
        ),
        (
            "Мысалы, Алматыда қаржы пирамидасын құру бойынша 255 миллион теңге залал "
            "келтірілгені анықталған.",
            [(255_000_000, "single_case_loss")],
        ),
        # a sum the law sets, said with «начинается от»
        (
            "Половина таких преступлений относится к категории тяжких: сумма ущерба начинается "
            "от 250 тысяч рублей.",
            [(250_000, "other")],
        ),
        # an instruction to pay is no loss
        (
            "Злата оның банк картасына 14 300 теңге ақша аударыңыздар.",
            [(14_300, "other")],
        ),
        (
            "«Переведите 50 тысяч рублей на безопасный счет», — сказал звонивший.",
            [(50_000, "other")],
        ),
    ],
)
def test_one_loss_a_law_sum_or_an_order_is_no_damage_total(text, expected):
    lead = "Интернет-алаяқтық өзекті. " if "ң" in text else "Интернет-мошенничество растет. "
    assert money_roles(lead + text) == expected


def test_kazakh_completed_cases_are_solved():
    text = (
        "2022 жылы ҚМА қаржы пирамидаларын ұйымдастыру фактісі бойынша 85 қылмыстық істі аяқтаған."
    )
    assert roles(text)[-1] == (85, "solved")


def test_a_kazakh_sum_demanded_is_no_loss():
    text = "Шығыс Қазақстан облысында алаяқтар істі болған адамдардан 5 млн теңге талап еткен."
    assert money_roles("Интернет-алаяқтық өзекті. " + text) == [(5_000_000, "other")]


def test_a_solve_negated_across_an_adverb_is_unsolved():
    text = "Всего за сутки полицейским не удалось оперативно раскрыть 12 мошенничеств."
    assert roles(text) == [(12, "other")]


def test_money_a_victim_was_deprived_of_is_her_loss():
    # «лишить» is a verb of loss: without it the amount, with no currency, was no loss at all
    text = "Наиболее крупную потерю понесла жительница Читы. Аферисты лишили ее 5,2 млн."
    assert roles(text) == [(5_200_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record of a day or a week is that period's total, not one victim's loss
        (
            "В Самаре зафиксирован новый антирекорд за сутки – 14 млн рублей. Именно столько "
            "похитили мошенники у жителей города.",
            [(14_000_000, "damage_total")],
        ),
        (
            "Мошенники установили рекорд за неделю: горожане отдали им 31 млн рублей.",
            [(31_000_000, "damage_total")],
        ),
        # the largest single sum stays one loss
        (
            "Самая крупная сумма за неделю – 3 млн рублей – у пенсионерки из Самары.",
            [(3_000_000, "single_case_loss")],
        ),
    ],
)
def test_a_record_of_a_day_is_that_days_total(text, expected):
    assert money_roles("Интернет-мошенничество растет. " + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Чаще всего жертвами становятся женщины: от них поступило 41 заявление.",
        "В полицию поступило 120 заявлений от пенсионеров.",
    ],
)
def test_statements_from_a_group_of_victims_are_its_part(text):
    # a count of statements from women or pensioners is a part by who the victims were
    assert [role for _, role in roles("Интернет-мошенничество растет. " + text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Уголовное дело направлено в суд, обвинение предъявлено по 14 эпизодам.",
        "Қылмыстық іс сотқа жіберілді, 14 эпизод бойынша айып тағылды.",
    ],
)
def test_episodes_charged_to_an_offender_are_solved(text):
    # a charge lays the episodes at a known offender's door: they are solved, not registered
    lead = "Интернет-алаяқтық өзекті. " if "ң" in text or "і" in text else "Мошенничество растет. "
    assert roles(lead + text) == [(14, "solved")]


@pytest.mark.parametrize(
    "text",
    [
        "Қаржы пирамидасын ұйымдастырған топ 3 мыңнан астам салымшыдан 2 млрд теңге жинаған.",
        "Компания 5 мыңнан астам адамнан 900 млн теңге жинаған.",
    ],
)
def test_a_kazakh_doers_haul_from_counted_people_is_one_case(text):
    # a Kazakh noun stays singular after a number: «3 мыңнан астам салымшыдан» is many people
    assert money_roles("Интернет-алаяқтық өзекті. " + text)[0][1] == "single_case_loss"


def test_kazakh_many_robbed_by_many_is_a_total():
    text = "Жыл басынан бері алаяқтар облыс тұрғындарынан 1,2 млрд теңге алды."
    assert money_roles("Интернет-алаяқтық өзекті. " + text) == [(1_200_000_000, "damage_total")]


@pytest.mark.parametrize(
    "wording",
    ["мошенничество на OLX", "обман при продаже на «Авито»", "OLX сайты арқылы алдау", "на Kufar"],
)
def test_a_named_marketplace_is_the_prepayment_scheme(wording):
    assert map_scheme(wording) == "prepayment"


def test_a_kazakh_list_item_by_a_marketplace_counts_its_scheme():
    text = "Соның ішінде OLX сайты арқылы алдау – 19, банк қызметкері болып хабарласу – 15 дерек."
    frame = read_numbers("Интернет-алаяқтық өзекті. " + text)
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [19, "cases_scheme", "prepayment"],
        [15, "cases_scheme", "impersonation_call"],
    ]


def test_a_bare_kazakh_place_word_names_no_place():
    # a named Kazakh place is possessive («Жамбыл облысында»); bare «облыс» is «the region»
    lead = "Интернет-алаяқтық өзекті. "
    frame = read_numbers(lead + "Алаяқтар облыс тұрғындарын 1,6 миллиард теңгеге алдаған.")
    assert frame["place_text"].fillna("").tolist() == [""]
    frame = read_numbers(lead + "Жамбыл облысында алаяқтар 1,6 миллиард теңге алдаған.")
    assert frame["place_text"].tolist() == ["Жамбыл облысында"]


@pytest.mark.parametrize(
    "text",
    [
        "В отношении дропперов возбуждено более 300 уголовных дел.",
        "Против мошенников заведено 300 уголовных дел.",
        "Дропперлерге қатысты 300-ден астам қылмыстық іс қозғалды.",
    ],
)
def test_cases_against_offenders_or_their_helpers_are_no_registered_count(text):
    # cases opened against known persons are laid at their door: not the registered count
    lead = "Интернет-алаяқтық өзекті. " if "қ" in text else "Мошенничество растет. "
    assert roles(lead + text) == [(300, "solved")]


def test_a_ranking_that_goes_on_keeps_the_role_of_its_first_item():
    # the places of a ranking («Карагандинская область») name no sum of their own
    text = (
        "Больше всего денег банк сберег клиентам в Алматы (400 млн тенге). Далее следуют Шымкент "
        "(200 млн тенге), Карагандинская область (120 млн тенге)."
    )
    assert [role for _, role in money_roles(text)] == ["prevented"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a difference of two years' sums is a change, not a total
        (
            "В 2024 году аферисты выманили у горожан 2 млрд 100 млн рублей — разница составила "
            "около 40 млн.",
            [(2_100_000_000, "damage_total"), (40_000_000, "other")],
        ),
        # taken from him: one victim told before
        (
            "Пенсионер поверил звонку «следователя» и купил золото. Общая стоимость украденного у "
            "него металла составила 5 млн рублей.",
            [(5_000_000, "single_case_loss")],
        ),
    ],
)
def test_a_difference_or_a_loss_taken_from_him_is_no_total(text, expected):
    assert roles("Мошенничество растет. " + text)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        (
            "Чаще всего звонили от имени банка — 52 случая. На втором месте мошенничество при "
            "покупке товаров в интернете, которое принесло аферистам успех в 25 эпизодах.",
            "prepayment",
        ),
        (
            "Самой частой стала уловка со звонком от имени службы безопасности банка. Под этим "
            "предлогом злоумышленники выманили деньги в 25 случаях.",
            "impersonation_call",
        ),
    ],
)
def test_a_ranked_or_pointed_back_scheme_is_the_counts_scheme(text, scheme):
    frame = read_numbers("Мошенничество растет. " + text)
    last = frame.iloc[-1]
    assert (last["value"], last["role"], last["scheme"]) == (25, "cases_scheme", scheme)


def test_the_start_of_a_known_wording_names_no_scheme():
    # «мошенничество при» opens «мошенничество при онлайн-покупках», but says nothing of it
    assert map_scheme("мошенничество при") == ""
    assert map_scheme("онлайн-покупок") == "prepayment"


def test_crimes_in_the_economy_pointed_back_at_are_no_fraud_count():
    text = (
        "Мошенничество растет. Отдельно – преступления в сфере экономики. За год выявлено 300 "
        "преступлений данной категории."
    )
    assert roles(text) == [(300, "other")]


def test_incidents_pointing_back_at_crimes_are_cases():
    text = (
        "Прокурор отметил рост киберпреступлений. В 2024 году насчитали 8,2 тысячи таких "
        "инцидентов."
    )
    assert roles(text) == [(2024, "date"), (8200, "cases_total")]


def test_a_kazakh_verb_after_the_amount_says_what_happened_to_it():
    # the participle «бұғатталған» (blocked) names the money, the verb «қайтарылды» its fate
    text = "Бұғатталған қаражаттың бір бөлігі — 30 миллионнан астам теңге иелеріне қайтарылды."
    assert money_roles("Интернет-алаяқтық өзекті. " + text) == [(30_000_000, "recovered")]


def test_kazakh_persons_in_the_genitive_after_a_scaled_number_are_counted():
    text = "Бұл шаралар 3 миллионнан астам салымшылардың шығындарының алдын алды."
    frame = read_numbers("Интернет-алаяқтық өзекті. " + text)
    assert frame[["value", "currency"]].fillna("").values.tolist() == [[3_000_000, ""]]
    assert frame["role"].tolist() != ["damage_total"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekly summary: the running totals grew by what the week added
        (
            "Только за последнюю неделю число потерпевших увеличилось на 40 человек, а сумма "
            "ущерба выросла на 9 млн рублей.",
            [(40, "victims"), (9_000_000, "damage_total")],
        ),
        # growth set against another period stays a change
        (
            "За неделю сумма ущерба выросла на 9 млн рублей по сравнению с предыдущей неделей.",
            [(9_000_000, "other")],
        ),
    ],
)
def test_a_running_totals_growth_over_the_last_days_is_that_periods_figure(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


def test_a_kazakh_credit_limit_is_no_loss():
    text = "Несие лимиті 2 млн теңге болатын карта арқылы алаяқтар ақша ұрлаған."
    assert money_roles("Интернет-алаяқтық өзекті. " + text) == [(2_000_000, "other")]


def test_a_count_after_a_kazakh_phone_noun_with_an_ending_is_no_phone():
    # «102 нөміріне» is «to the number 102»: the number after it counts something else
    frame = read_numbers("Интернет-алаяқтық өзекті. 102 нөміріне 300 хабарлама түсті.")
    assert frame[["value", "role"]].values.tolist()[0] == [102, "phone"]
    assert frame["role"].tolist()[1] != "phone"


@pytest.mark.parametrize(
    ("wording", "scheme"),
    [
        ("жертвами лжеброкеров", "fake_investment"),
        ("под видом трейдинга", "fake_investment"),
        ("продление договора сотовой связи", "impersonation_call"),
    ],
)
def test_brokers_and_contract_extensions_name_their_schemes(wording, scheme):
    assert map_scheme(wording) == scheme


def test_a_scheme_named_after_with_counts_its_cases():
    text = (
        "Мошенники все чаще используют схему с «продлением договора сотовой связи» – с начала "
        "года 214 случаев."
    )
    frame = read_numbers("Мошенничество растет. " + text)
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [214, "cases_scheme", "impersonation_call"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Павлодарлық ер адам алаяқтарға 18 млн теңге аударған.",
        "Шымкенттік зейнеткер алаяқтарға 4 млн теңге аударған.",
    ],
)
def test_a_kazakh_demonym_before_one_person_is_where_she_lives(text):
    # «Павлодарлық ер адам» is a man from Pavlodar: one victim, not the town's people
    assert money_roles("Интернет-алаяқтық өзекті. " + text)[0][1] == "single_case_loss"


def test_a_count_of_crimes_in_a_text_of_fraud_alone_counts_fraud():
    # the fraud was named four sentences before; nothing else in the text names another crime
    text = (
        "В области сократилось количество мошенничеств. Пострадали более 3 тыс. человек. Каждый "
        "четвертый из них – пенсионер. Ситуация выглядит лучше. За 2026-й зафиксировано 109 "
        "преступлений против 339 за аналогичный период прошлого года."
    )
    assert roles(text)[-2:] == [(109, "cases_total"), (339, "cases_total")]


def test_a_count_of_crimes_before_fraud_is_named_stays_crime():
    text = (
        "Уровень уголовных правонарушений снизился с 82 573 до 76 512. При этом серьезным "
        "вызовом остается интернет-мошенничество."
    )
    assert [role for _, role in roles(text)] == ["other", "other"]


def test_their_count_after_fraud_named_in_its_sentence_counts_fraud():
    text = (
        "Краж с карт в этом году 152. Если говорить о мошенничествах с использованием "
        "информационных технологий, то их 562."
    )
    assert roles(text)[-1] == (562, "cases_total")
    # «их» after schemes of deception counts the schemes
    text = "Раньше россияне сталкивались с тремя схемами обмана, теперь их стало четыре."
    assert roles("Мошенничество растет. " + text)[-1][1] != "cases_total"


def test_a_predicate_right_after_an_amount_decides_what_happened_to_it():
    text = (
        "Ущерб составил 845 миллионов рублей. Удалось спасти лишь половину — 480 миллионов рублей "
        "были возвращены владельцам."
    )
    assert money_roles("Мошенничество растет. " + text) == [
        (845_000_000, "damage_total"),
        (480_000_000, "recovered"),
    ]


def test_she_who_makes_up_a_sum_is_the_sum():
    text = "Сумма ущерба выросла почти вдвое. Сейчас она составляет свыше 58 миллионов рублей."
    assert money_roles("Мошенничество растет. " + text) == [(58_000_000, "damage_total")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Минчанин передал аферисту деньги на сумму Br9 тыс.", [(9000, "BYN")]),
        ("Ущерб превысил Br2 млн.", [(2_000_000, "BYN")]),
    ],
)
def test_the_belarusian_rouble_sign_names_its_currency(text, expected):
    frame = read_numbers("Мошенничество растет. " + text)
    assert list(zip(frame["value"], frame["currency"], strict=True)) == expected


def test_a_sum_one_was_ready_to_transfer_was_not_lost():
    text = "Пенсионерка уже была готова перевести 230 тысяч рублей мошенникам."
    assert money_roles("Мошенничество растет. " + text) == [(230_000, "prevented")]


def test_years_before_the_number_after_a_person_are_an_age():
    assert roles("Деньги у нее забирала женщина лет 60.") == [(60, "age")]


def test_kazakh_robberies_are_another_crime():
    text = "Соңғы жылдары 613 қарақшылық қылмыс ашылды."
    assert roles("Интернет-алаяқтық өзекті. " + text) == [(613, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Менің бір құрбым 50 мың теңге салып үлгеріпті.",
        "Таныс емес біреу әлдекімге 150 мың теңге аударған.",
    ],
)
def test_a_kazakh_friend_or_someone_is_one_victim(text):
    assert money_roles("Интернет-алаяқтық өзекті. " + text)[0][1] == "single_case_loss"


def test_times_a_loss_was_prevented_are_no_cases():
    text = "Полицейские, дежурившие у банкоматов, 112 раз предотвратили переводы мошенникам."
    assert roles("Мошенничество растет. " + text) == [(112, "other")]


def test_a_count_labelled_with_another_crime_after_a_dash_is_no_fraud_count():
    text = "В августе возбуждено 866 дел о мошенничестве, 203 — по фактам краж с банковских карт."
    assert roles(text) == [(866, "cases_total"), (203, "other")]
    # the count's own nouns are no label: «2570 краж, мошенничеств и …» counts fraud too
    text = "Зарегистрировано 2570 краж, мошенничеств и случаев вымогательства с использованием IT."
    assert roles(text) == [(2570, "cases_total")]


def test_an_elided_change_in_a_list_of_changes_is_a_change():
    text = (
        "В 2022 году зарегистрировано на 27,6% меньше краж, на 29 — фактов мошенничества, на "
        "22,5% - преступлений в сфере компьютерной информации."
    )
    assert (29, "other") in roles(text)


def test_money_offenders_tried_to_take_was_not_lost():
    text = "Полиция задержала аферистов, пытавшихся забрать 12 миллионов рублей у пенсионеров."
    assert money_roles("Мошенничество растет. " + text) == [(12_000_000, "prevented")]


@pytest.mark.parametrize(
    "text",
    [
        "Благодаря профилактике удалось сократить сумму похищенных средств почти на два "
        "миллиарда рублей.",
        "За год удалось снизить ущерб от мошенников на 300 млн тенге.",
    ],
)
def test_a_sum_someone_cut_the_loss_by_is_a_change(text):
    assert money_roles("Мошенничество растет. " + text)[0][1] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Речь идет о совершении организованной группой 27 преступлений, связанных с "
        "мошенничеством.",
        "Суд установил совершение ими 12 мошенничеств.",
        "Преступная группа совершила 45 мошенничеств в отношении жителей области.",
    ],
)
def test_crimes_told_as_a_groups_deeds_are_laid_at_its_door(text):
    assert roles("Мошенничество растет. " + text)[0][1] == "solved"


def test_a_count_in_brackets_after_a_change_is_the_crimes_count():
    text = "Чаще всего в регионе совершались кражи (+3%, 2,1 тыс.) и мошенничества (-9%, 1,4 тыс.)."
    assert [(v, r) for v, r in roles(text) if r != "percent"] == [
        (2100, "other"),
        (1400, "cases_total"),
    ]
    text = "Больше всего зарегистрировано мошенничеств (1,3 тыс., +5%)."
    assert roles(text)[0] == (1300, "cases_total")


def test_crimes_taken_from_a_group_are_a_part_by_victims():
    text = "В регионе зарегистрировано 14 хищений денег у родственников участников СВО."
    assert roles("Мошенничество растет. " + text) == [(14, "other")]
    text = "В регионе зарегистрировано 140 хищений у жителей области."
    assert roles("Мошенничество растет. " + text) == [(140, "cases_total")]


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        (
            "Самой частой схемой стали фейковые продажи — в 15 случаях люди платили за вещи, "
            "которые им так и не прислали.",
            "prepayment",
        ),
        (
            "На втором месте звонки от лжебанкиров. В 9 эпизодах людей убеждали, что их вклады "
            "под угрозой.",
            "impersonation_call",
        ),
    ],
)
def test_a_count_after_a_rankings_place_is_that_schemes(text, scheme):
    frame = read_numbers("Мошенничество растет. " + text)
    assert frame[["role", "scheme"]].values.tolist() == [["cases_scheme", scheme]]


def test_a_loss_after_a_ranking_stays_the_total():
    text = (
        "Вторым по популярности способом остаются звонки от лжебанкиров. Белгородцы потеряли "
        "14 млн рублей."
    )
    assert money_roles("Мошенничество растет. " + text) == [(14_000_000, "damage_total")]


def test_a_loss_told_after_a_rescue_attempt_is_a_loss():
    text = "75-летняя жительница пыталась спасти сына и передала аферистам почти миллион рублей."
    assert money_roles("Мошенничество растет. " + text) == [(1_000_000, "single_case_loss")]
    text = "Она перевела мошенникам 2 млн рублей, ещё 1 млн рублей банк заблокировал."
    assert money_roles("Мошенничество растет. " + text) == [
        (2_000_000, "single_case_loss"),
        (1_000_000, "prevented"),
    ]


def test_money_kept_at_home_is_one_households():
    text = (
        "Мошенникам позвонил школьник. Аферисты поняли, что дома хранятся деньги - больше 300 "
        "тысяч рублей."
    )
    assert money_roles("Мошенничество растет. " + text) == [(300_000, "single_case_loss")]


def test_a_number_word_after_a_month_counts_pupils_not_a_day():
    text = "В мае семь учащихся Бреста потеряли деньги на криптовалюте."
    assert roles("Мошенничество растет. " + text) == [(7, "victims")]


def test_persons_who_deceived_others_are_suspects():
    text = (
        "По данным полиции, трое мужчин и две женщины приехали в город и обманывали пожилых людей."
    )
    assert roles("Мошенничество растет. " + text) == [(3, "suspects"), (2, "suspects")]
    text = "Пять человек обманули мошенники за неделю."
    assert roles("Мошенничество растет. " + text) == [(5, "victims")]


def test_cyber_thefts_written_solid_are_cases_of_cybercrime():
    text = "В Минске за неделю зафиксировано 57 киберхищений, в области — 23."
    frame = read_numbers("Мошенничество растет. " + text)
    assert frame[["value", "role", "scope"]].values.tolist() == [
        [57, "cases_total", "cybercrime"],
        [23, "cases_total", "cybercrime"],
    ]


@pytest.mark.parametrize(
    ("text", "scheme"),
    [
        (
            "Девять жителей поверили звонкам «сотрудников банков» и отдали аферистам 3 млн рублей.",
            "impersonation_call",
        ),
        (
            "Ещё 11 человек лишились денег, пытаясь заработать на инвестициях, — в общей "
            "сложности 6,2 млн рублей.",
            "fake_investment",
        ),
    ],
)
def test_a_groups_loss_after_the_total_is_the_scheme_its_sentence_names(text, scheme):
    lead = (
        "За неделю в полицию поступило 48 заявлений. Общая сумма ущерба составила 19,3 млн рублей. "
    )
    frame = read_numbers(lead + text)
    money = frame[frame["currency"] == "RUB"]
    assert money[["role", "scheme"]].values.tolist() == [
        ["damage_total", ""],
        ["damage_scheme", scheme],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Область вошла в десятку регионов, наиболее подверженных мошенничеству.", [(10, "other")]),
        ("Жертвами мошенников стали более десятка жителей.", [(10, "victims")]),
        ("Около двух десятков жителей стали жертвами.", [(20, "victims")]),
    ],
)
def test_ten_as_a_noun_is_a_number(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


def test_cases_opened_against_offenders_named_first_are_theirs():
    text = (
        "На дропперов, предоставляющих сим-карты мошенникам, с начала года возбудили 62 "
        "уголовных дела."
    )
    assert roles("Мошенничество растет. " + text) == [(62, "solved")]
    text = "На территории области возбуждено 312 уголовных дел о мошенничестве."
    assert roles("Мошенничество растет. " + text) == [(312, "cases_total")]


def test_a_price_the_next_sentence_says_was_handed_over_is_a_loss():
    text = (
        "Ей предложили препарат стоимостью 320 тысяч рублей. Вечером к ней приехал курьер, "
        "которому женщина передала указанную сумму."
    )
    assert money_roles("Мошенничество растет. " + text) == [(320_000, "single_case_loss")]
    text = "Ей предложили препарат стоимостью 320 тысяч рублей, но она отказалась."
    assert money_roles("Мошенничество растет. " + text) == [(320_000, "other")]


def test_a_kazakh_september_with_its_voiced_ending_is_a_month():
    text = "Ағымдағы жылдың 22 қыркүйегінде полицияға тұрғын жүгінді."
    assert roles("Интернет-алаяқтық өзекті. " + text) == [(22, "date")]


def test_a_kazakh_genitive_after_a_count_is_what_it_counts():
    text = "Облыстың 5 ауылдың тұрғындары алаяқтықтың құрбанына айналды."
    assert roles("Интернет-алаяқтық өзекті. " + text) == [(5, "other")]


def test_a_count_by_which_one_figure_exceeds_another_is_a_change():
    text = (
        "За десять месяцев зарегистрировано около восьми тысяч случаев, что на две тысячи "
        "превышает цифры минувшего года."
    )
    assert roles("Мошенничество растет. " + text) == [
        (10, "date"),
        (8000, "cases_total"),
        (2000, "other"),
    ]


def test_a_budget_however_far_before_its_verb_is_no_loss():
    text = (
        "Для сравнения, весь «Городской бюджет», на который в городе ремонтируют дороги и "
        "дворы, составляет 44 млн рублей."
    )
    assert money_roles("Мошенничество растет. " + text) == [(44_000_000, "other")]


@pytest.mark.parametrize(
    ("wording", "scheme"),
    [
        ("интернет-хабарландырулар мен мессенджерлер арқылы жасалған алаяқтық", ""),
        ("через объявления и мессенджеры", ""),
        ("звонки от имени сотрудников банков и полиции", "impersonation_call"),
        ("предоплата за товары и услуги", "prepayment"),
    ],
)
def test_two_ways_joined_name_no_one_scheme(wording, scheme):
    assert map_scheme(wording) == scheme


@pytest.mark.parametrize(
    "text",
    [
        "Полиция задержала 12 дропперов, в отношении них возбуждено 9 уголовных дел.",
        "Полиция қызметкерлері 12 дропперді анықтап, оларға қатысты 9 қылмыстық іс тіркеді.",
    ],
)
def test_cases_against_offenders_pointed_back_at_are_theirs(text):
    lead = "Интернет-алаяқтық өзекті. " if "қ" in text else "Мошенничество растет. "
    assert roles(lead + text) == [(12, "suspects"), (9, "solved")]


def test_cases_against_them_with_no_offenders_named_stay_registered():
    text = "Полиция провела рейд, в отношении них возбуждено 9 уголовных дел."
    assert roles("Мошенничество растет. " + text) == [(9, "cases_total")]


def test_kazakh_persons_who_came_to_the_police_are_victims():
    text = "Бір ғана қазан айында 312 азамат полицияға жүгінген."
    assert roles("Интернет-алаяқтық өзекті. " + text) == [(312, "victims")]


def test_a_kazakh_count_said_close_to_a_round_year_is_a_count():
    text = "WhatsApp-пен хабарласқан: 2000-ға тарта адам алаяқтарға алданып қалған."
    frame = read_numbers("Интернет-алаяқтық өзекті. " + text)
    assert frame[["value", "role", "qualifier"]].values.tolist() == [[2000, "victims", "approx"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мошенники чаще атакуют жителей городов с населением менее 500 000 человек.", 500_000),
        ("В городе с населением 120 тысяч человек растет число обманутых.", 120_000),
    ],
)
def test_persons_counted_after_population_are_the_population(text, expected):
    assert roles("Мошенничество растет. " + text) == [(expected, "population")]


def test_money_the_victims_borrowed_said_in_the_passive_is_no_further_loss():
    text = (
        "Жители потеряли 27 миллионов рублей. Свыше 9,3 миллиона из этой суммы были взяты "
        "пострадавшими в кредит."
    )
    assert roles("Мошенничество растет. " + text) == [
        (27_000_000, "damage_total"),
        (9_300_000, "other"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На втором месте — люди до 64 лет. И замыкают тройку пожилые.",
            [(64, "age"), (3, "other")],
        ),
        ("Область вошла в пятёрку регионов по числу мошенничеств.", [(5, "other")]),
    ],
)
def test_the_top_three_or_five_of_a_ranking_is_a_number(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


@pytest.mark.parametrize(
    "text",
    ["Милиция начала 11-дневные рейды по домам.", "Полиция провела 7-дневную операцию."],
)
def test_a_number_glued_to_days_is_a_duration(text):
    assert roles("Мошенничество растет. " + text)[0][1] == "date"


def test_persons_counted_after_a_schemes_dash_are_victims_and_their_loss_that_schemes():
    text = (
        "За неделю ущерб превысил 210 тыс. белорусских рублей. Больше всего пострадавших от "
        "вишинга — 19 человек лишились в общей сложности Br86 тыс."
    )
    frame = read_numbers("Мошенничество растет. " + text)
    assert frame[["value", "role"]].values.tolist() == [
        [210_000, "damage_total"],
        [19, "victims"],
        [86_000, "damage_scheme"],
    ]
    assert frame["scheme"].iloc[2] == "impersonation_call"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За январь было выявлено 1 122 преступления, из которых 457 совершены с "
            "использованием информационно-коммуникационных технологий.",
            [(1122, "other"), (457, "cases_total")],
        ),
        (
            "Зарегистрировано 540 преступлений, из них 312 — мошенничества.",
            [(540, "other"), (312, "cases_total")],
        ),
        (
            "Зарегистрировано 540 мошенничеств, из них 312 совершены с использованием интернета.",
            [(540, "cases_total"), (312, "cases_total")],
        ),
    ],
)
def test_crimes_whose_part_told_after_is_fraud_or_cybercrime_are_all_crime(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


def test_half_a_hundred_is_fifty():
    text = "Лишь за неделю на уловки мошенников попались полсотни жителей региона."
    assert roles("Мошенничество растет. " + text) == [(50, "victims")]


def test_years_after_a_group_of_persons_are_an_age():
    text = "Мошенники обманывают и 50-летних, и даже молодежь от 25 лет."
    assert roles(text) == [(50, "age"), (25, "age")]


def test_a_prize_promised_is_no_loss():
    text = "Женщина перешла по ссылке и получила сообщение о выигрыше 290 тысяч рублей."
    assert money_roles("Мошенничество растет. " + text) == [(290_000, "other")]


def test_money_a_victim_kept_was_not_lost():
    text = "Так 83-летний мужчина остался при своих 70 тысячах рублей."
    assert money_roles("Мошенничество растет. " + text) == [(70_000, "prevented")]


def test_they_after_a_count_of_deceived_persons_are_those_persons():
    text = (
        "В городе растет число обманутых злоумышленниками граждан. Год назад их было 1323, а в "
        "этом году – уже 1486."
    )
    assert roles(text) == [(1323, "victims"), (1486, "victims")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Две пенсионерки потеряли 5 и 7 млн рублей.", [5_000_000, 7_000_000]),
        ("Были совершены хищения на сумму 21 и 22 млн рублей.", [21_000_000, 22_000_000]),
    ],
)
def test_a_bare_number_joined_to_an_amount_shares_its_scale_and_currency(text, expected):
    frame = read_numbers("Мошенничество растет. " + text)
    money = frame[frame["currency"] == "RUB"]
    assert money["value"].tolist() == expected


def test_a_bound_on_the_losses_in_half_the_cases_is_no_total():
    text = "Потери жителей в половине случаев не превышали 20 тысяч рублей."
    assert roles("Мошенничество растет. " + text) == [(50, "percent"), (20_000, "other")]


def test_property_lost_with_money_on_a_total_sum_is_a_loss():
    text = "В итоге женщина лишилась денег и имущества на общую сумму 3,3 миллиона рублей."
    assert money_roles("Мошенничество растет. " + text) == [(3_300_000, "single_case_loss")]
    text = "Суд арестовал имущество на сумму 12 млн рублей."
    assert money_roles("Мошенничество растет. " + text) == [(12_000_000, "other")]


def test_a_small_sum_lost_takes_the_currency_printed_later():
    text = "Одна из пострадавших потеряла 18 тыс., а вторая - 20 тыс. рублей."
    assert roles("Мошенничество растет. " + text) == [
        (18_000, "single_case_loss"),
        (20_000, "single_case_loss"),
    ]


def test_an_age_set_off_by_commas_after_a_person_is_an_age():
    assert roles("Престарелая женщина, 70 лет, пришла в банк.") == [(70, "age")]


def test_a_sum_of_the_solved_cases_is_no_further_loss():
    text = (
        "В текущем году в городе зарегистрировано более 509 фактов дистанционного "
        "мошенничества, ущерб от которых превысил 134 млн рублей, из которых раскрыто на сумму "
        "32 млн рублей."
    )
    assert money_roles(text) == [(134_000_000, "damage_total"), (32_000_000, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ол сегіз эпизод бойынша кінәсін мойындап жауап берген.", (8, "solved")),
        ("Осылайша, аталған іс бойынша 40 эпизод тіркелді.", (40, "solved")),
        ("Облыста 40 эпизод тіркелді.", (40, "cases_total")),
    ],
)
def test_kazakh_episodes_confessed_or_of_one_case_are_solved(text, expected):
    assert roles("Интернет-алаяқтық өзекті. " + text) == [expected]


def test_kazakh_episodes_read_the_same_in_the_latin_alphabet():
    text = "Осылайша, аталған іс бойынша 40 эпизод тіркелді."
    latin = "Osylaısha, atalǵan is boıynsha 40 epızod tirkeldi."
    assert roles("Интернет-алаяқтық өзекті. " + text) == [(40, "solved")]
    assert roles("Internet-alaıaqtyq ózekti. " + latin) == [(40, "solved")]


@pytest.mark.parametrize(
    "text",
    [
        "В 2018 году было зафиксировано порядка четырех тысяч случаев - не менее 10 фактов в день.",
        "Зарегистрировано 120 фактов в месяц.",
    ],
)
def test_a_count_per_day_or_month_is_a_rate(text):
    assert roles("Мошенничество растет. " + text)[-1][1] == "other"


def test_a_count_of_a_year_stays_a_count():
    text = "В 2023 году зарегистрировано 312 мошенничеств."
    assert roles("Мошенничество растет. " + text)[-1] == (312, "cases_total")


LEAD_DAMAGE = (
    "В 2024 году в области зарегистрировано 500 фактов интернет-мошенничества, ущерб составил "
    "900 млн тенге. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Средний ущерб, по данным полиции, составил 1,2 млн тенге.",
        "Средняя сумма ущерба, как отметили в ДП, составляет 1,2 млн тенге.",
        "Ежемесячный доход группы, по предварительным сведениям следствия, составлял 1,2 млн тенге.",
    ],
)
def test_an_average_reads_across_an_inserted_source(text):
    # the words between the commas name the source; the clause still begins with «Средний ущерб»
    assert money_roles(LEAD_DAMAGE + text) == [(900_000_000, "damage_total"), (1_200_000, "other")]


def test_a_comma_that_opens_no_insertion_still_ends_the_clause():
    text = "Средний ущерб вырос, а общий ущерб за год составил 1,2 млрд тенге."
    assert money_roles("Мошенничество растет. " + text) == [(1_200_000_000, "damage_total")]


@pytest.mark.parametrize(
    "text",
    [
        "Задержаны двое жителей Гродно. На их счету 68 эпизодов.",
        "Задержаны двое жителей Гродно. На их счету, согласно документам, 68 эпизодов.",
        "Задержан житель Гродно. На его счету 68 эпизодов.",
    ],
)
def test_crimes_on_known_doers_account_are_solved(text):
    assert roles("Мошенничество растет. " + text)[-1] == (68, "solved")


def test_money_on_a_bank_account_is_no_count_of_crimes():
    text = "В 2024 году зарегистрировано 68 эпизодов мошенничества на банковском счету."
    assert roles("Мошенничество растет. " + text)[-1] == (68, "cases_total")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a singular noun after a number is a group of persons: «у 21 жителя»
        ("За неделю у 21 жителя края похищено более 78 млн рублей.", "damage_total"),
        ("За неделю у 197 жителя края похищено более 78 млн рублей.", "damage_total"),
        # one person: one loss
        ("За неделю у жителя Ачинска похищено 780 тысяч рублей.", "single_case_loss"),
    ],
)
def test_a_loss_taken_from_a_counted_group_is_no_single_loss(text, role):
    lead = "С начала 2025 года жители края перечислили мошенникам 2 455 740 076 рублей. "
    assert money_roles(lead + text)[-1][1] == role


LEAD_CASES = "В 2024 году зарегистрировано 1 200 фактов интернет-мошенничества. "


@pytest.mark.parametrize(
    "text",
    [
        "Пенсионеры пострадали в 230 случаях.",
        "Жертвами 230 преступлений стали пенсионеры.",
        "Из них 230 — в отношении лиц пенсионного возраста.",
    ],
)
def test_a_count_of_the_crimes_a_group_suffered_is_a_part_by_victims(text):
    assert roles(LEAD_CASES + text)[-1] == (230, "other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жертвами 230 преступлений стали жители области.", (230, "cases_total")),
        ("От действий мошенников пострадали 230 пенсионеров.", (230, "victims")),
    ],
)
def test_crimes_against_everyone_and_persons_of_a_group_stay_as_they_are(text, expected):
    assert roles(LEAD_CASES + text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тридцатипятилетняя жительница Костаная перевела мошенникам 2 млн тенге.", (35, "age")),
        ("У восьмидесятилетней пенсионерки похитили 300 тысяч рублей.", (80, "age")),
        ("Двадцатидвухлетний житель Актобе задержан.", (22, "age")),
        ("Семнадцатилетний подросток передал реквизиты карты мошенникам.", (17, "age")),
    ],
)
def test_an_age_written_as_one_word_before_a_person_is_an_age(text, expected):
    assert roles("Мошенничество растет. " + text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Суд назначил ему двухлетний испытательный срок.",
        "Многолетний опыт полиции показывает, что несовершеннолетний подросток уязвим.",
    ],
)
def test_years_of_a_term_and_words_of_no_number_are_no_age(text):
    assert roles("Мошенничество растет. " + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sum of one victim's transfers is still one victim's loss
        (
            "Сначала она перевела 100 тысяч, затем еще 250 тысяч, а всего — 1,2 млн тенге.",
            ["single_case_loss"] * 3,
        ),
        (
            "Пенсионерка перевела 100 тысяч, затем еще 250 тысяч, а в общей сложности — 1,2 млн.",
            ["single_case_loss"] * 3,
        ),
        # one victim, then the region's whole in a clause of its own
        (
            "Одна пенсионерка перевела 2 млн тенге, а всего жители области потеряли 900 млн тенге.",
            ["single_case_loss", "damage_total"],
        ),
        # offenders in the plural are no whole: «мошенники похитили у женщины»
        (
            "Неизвестный позвонил пенсионерке, после чего мошенники похитили у женщины 1,4 млн.",
            ["single_case_loss"],
        ),
    ],
)
def test_one_victims_sums_and_a_whole_in_a_clause_of_its_own(text, expected):
    frame = read_numbers("Мошенничество растет. " + text)
    assert frame["role"].tolist() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жертвами мошенников стали 35 жителей области. Из них 12 человек поверили "
            "«сотрудникам банков», 8 — «следователям».",
            [(35, "victims"), (12, "victims"), (8, "victims")],
        ),
        (
            "Задержаны 12 подозреваемых в Павлодаре, а 8 — в Экибастузе.",
            [(12, "suspects"), (8, "suspects")],
        ),
    ],
)
def test_a_count_whose_noun_is_left_out_after_a_dash_counts_the_noun_before(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small sum handed over to a person named after it, its currency printed nowhere near
        ("Женщина перевела порядка 3 тысяч своей сестре.", [(3000, "single_case_loss")]),
        # a count of persons after a verb of losing stays a count
        ("Из-за кризиса лишились работы 3 тысячи человек.", [(3000, "victims")]),
    ],
)
def test_a_small_sum_handed_over_is_money_without_a_currency(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


def test_the_last_item_of_a_list_takes_the_verb_the_list_began_with():
    text = (
        "В ходе 15 обысков полицейские изъяли более 100 телефонов, 240 банковских карт, а также "
        "более 72 млн рублей."
    )
    assert money_roles("Мошенничество растет. " + text) == [(72_000_000, "other")]
    stolen = "Мошенники похитили у пенсионерки телефон, а также более 72 тысяч рублей."
    assert money_roles("Мошенничество растет. " + stolen) == [(72_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "За последнее время дистанционным ворам удалось убедить 17 брянцев так поступить.",
            "victims",
        ),
        ("Мошенники уговорили 17 пенсионеров оформить кредиты.", "victims"),
        ("Сотрудники банка уговорили 17 клиентов отказаться от перевода.", "other"),
    ],
)
def test_persons_offenders_talked_into_paying_are_victims(text, role):
    assert roles("Мошенничество растет. " + text) == [(17, role)]


def test_a_sum_in_a_series_of_one_victims_sums_is_money():
    text = (
        "Пенсионер рассказал, что сначала он передал курьеру 9,3 млн руб, в следующий раз 11 млн, "
        "потом 1,4 млн и затем еще 21 млн рублей."
    )
    assert roles("Мошенничество растет. " + text) == [
        (9_300_000, "single_case_loss"),
        (11_000_000, "single_case_loss"),
        (1_400_000, "single_case_loss"),
        (21_000_000, "single_case_loss"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За один день мошенники похитили у жителей 5 млн рублей.", (1, "date")),
        ("В течение одной недели зарегистрировано 40 фактов.", (1, "date")),
    ],
)
def test_one_unit_of_time_is_a_date(text, expected):
    assert roles("Мошенничество растет. " + text)[0] == expected


def test_not_one_year_is_no_date():
    assert roles("Мошенничество растет. Этой проблемой мы занимаемся уже не один год.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тергеу барысында күдіктінің 15 эпизодқа қатысы бар екені анықталды.", (15, "solved")),
        ("Зейнеткерлерге қатысты 15 дерек тіркелді.", (15, "other")),
    ],
)
def test_kazakh_episodes_a_suspect_is_involved_in_are_solved(text, expected):
    assert roles("Интернет-алаяқтық өзекті. " + text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «жертвы» may be one victim's genitive; the plural verb a few words on makes it many
        (
            "В Уральской области жертвы мошенников за год потеряли 800 миллионов тенге.",
            (800_000_000, "damage_total"),
        ),
        # a singular adjective agrees with the noun: one company
        (
            "Злоумышленники, представившись юристами финансовой компании, убедили гражданина "
            "вернуть вложения и похитили около 90 млн тенге.",
            (90_000_000, "single_case_loss"),
        ),
    ],
)
def test_a_noun_that_may_be_plural_is_plural_as_a_plural_verbs_subject(text, expected):
    assert money_roles(text) == [expected]


def test_an_officer_by_rank_who_reports_figures_is_no_victim():
    text = (
        "Полковник Вадим Саматов отметил, что борьба с мошенничеством требует комплексного "
        "подхода. По его словам, в текущем году в городе зарегистрировано 509 фактов "
        "дистанционного мошенничества, ущерб от которых превысил 134 млн рублей."
    )
    assert money_roles(text) == [(134_000_000, "damage_total")]


@pytest.mark.parametrize(
    "text",
    [
        "Ущерб вырос на более чем 300 миллионов рублей по сравнению с 2023 годом.",
        "Ущерб вырос на больше чем 300 миллионов рублей.",
    ],
)
def test_the_size_of_a_change_with_a_bound_and_chem_is_no_total(text):
    assert money_roles("Мошенничество растет. " + text) == [(300_000_000, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower bound alone sizes a class of sums
        (
            "Все чаще мошенникам попадают крупные капиталы — от 5 млн рублей.",
            [(5_000_000, "other")],
        ),
        # a range is still the damage
        (
            "Ущерб составил от 5 до 7 млн рублей.",
            [(5_000_000, "damage_total"), (7_000_000, "damage_total")],
        ),
    ],
)
def test_a_sum_from_a_lower_bound_alone_is_no_total(text, expected):
    assert money_roles("Мошенничество растет. " + text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a participle phrase says where the money came from; the verb after it what became of it
        (
            "Без малого 5 млн рублей, украденных мошенниками, вернули белорусам в 2025 году.",
            "recovered",
        ),
        (
            "Более 5 млн рублей, украденных мошенниками, перевели на счета дропперов.",
            "single_case_loss",
        ),
    ],
)
def test_the_verb_after_a_participle_phrase_says_what_became_of_the_money(text, role):
    assert money_roles("Мошенничество растет. " + text)[0][1] == role


def test_seized_property_as_the_means_of_recovery_is_recovered():
    text = (
        "Ущерб составил 335 миллионов рублей. Возмещено с помощью арестованного имущества всего "
        "200 миллионов рублей."
    )
    assert money_roles(text) == [(335_000_000, "damage_total"), (200_000_000, "recovered")]


def test_a_sum_of_a_period_of_its_own_goes_not_on_from_the_money_recovered_before():
    text = (
        "Возмещено 200 миллионов рублей. За 6 месяцев текущего года в полицию обратилось 2 тыс. "
        "человек. По предварительным оценкам, сумма в этом году составила около 800 миллионов "
        "рублей."
    )
    assert money_roles(text)[-1] != (800_000_000, "recovered")


@pytest.mark.parametrize(
    "text",
    [
        "За год в полицию поступило более 500 тысяч заявлений и других сообщений о нарушениях закона.",
        "За год в полицию поступило более 500 тысяч сообщений о происшествиях.",
    ],
)
def test_every_report_of_a_breach_is_no_count_of_fraud(text):
    assert roles("Мошенничество растет. " + text) == [(500_000, "other")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Уголовное дело, включающее 35 эпизодов, направлено в суд.", "solved"),
        ("Задержан житель Актобе. В отношении него возбуждено 8 уголовных дел.", "solved"),
        ("Мошенника подозревают в 23 эпизодах обмана пенсионеров.", "solved"),
        # crimes against one person are no crimes laid at a suspect's door
        (
            "Пенсионерка обратилась в полицию. В отношении неё совершено 8 преступлений.",
            "cases_total",
        ),
    ],
)
def test_episodes_of_one_case_or_one_suspect_are_solved(text, role):
    lead = "В 2024 году в области зарегистрировано 1 200 фактов интернет-мошенничества. "
    assert roles(lead + text)[-1][1] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a dropper's fee for a card or an account is no one's loss
        ("Дропперу заплатили 50 тысяч тенге за оформление карты.", "other"),
        ("За каждую переданную карту дропперы получали 50 тысяч тенге.", "other"),
        # money handed to a courier, or droppers' takings over a period, are losses
        (
            "Потерпевшая передала курьеру 300 тысяч тенге за «освобождение» сына.",
            "single_case_loss",
        ),
        ("Дропперы за неделю получили от потерпевших 5 млн тенге.", "single_case_loss"),
        # loans the banks refused to the fraudsters were prevented
        ("Банки отказали в выдаче кредитов на сумму 4 млрд тенге.", "prevented"),
    ],
)
def test_droppers_fees_and_refused_loans_are_no_losses(text, role):
    lead = "В 2024 году жители области перевели мошенникам 1,2 млрд тенге. "
    assert money_roles(lead + text)[-1][1] == role


def test_a_droppers_fee_in_kazakh_is_no_loss():
    text = (
        "Биыл облыста интернет-алаяқтықтан келген шығын 1,2 млрд теңгені құрады. "
        "Дропперлерге әр карта үшін 30 мың теңге төленген."
    )
    assert money_roles(text) == [(1_200_000_000, "damage_total"), (30_000, "other")]


def test_a_bracket_with_a_bound_word_and_a_noun_is_still_an_item_of_its_label():
    text = (
        "Самыми распространенными видами преступлений стали кража (почти 19 тысяч случаев), "
        "мошенничество (11,3 тысячи случаев) и незаконный оборот наркотиков (более семи тысяч "
        "эпизодов)."
    )
    assert roles(text) == [(19_000, "other"), (11_300, "cases_total"), (7_000, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fraud named beside theft in the label: the fraud count
        (
            "В основном преступления были связаны с кражами или мошенничеством (5 641 случай).",
            (5641, "cases_total"),
        ),
        # a range of percents in brackets is no item
        (
            "Наказание получают лишь несколько сотен мошенников (около 7-8% приговоров).",
            (7, "percent"),
        ),
    ],
)
def test_labels_that_name_fraud_and_brackets_of_percents(text, expected):
    assert expected in roles("Киберпреступность растет. " + text)


def test_a_scale_after_last_years_figure_in_brackets_belongs_to_both():
    text = "С начала года ущерб превысил 66,1 (51,1) млн рублей."
    frame = read_numbers("Мошенничество растет. " + text)
    assert frame[["value", "currency", "role"]].values.tolist() == [
        [66_100_000, "RUB", "damage_total"],
        [51_100_000, "RUB", "damage_total"],
    ]
    # a count and last year's in brackets, no scale word: as printed
    assert roles("Мошенничество растет. Зарегистрировано 408 (412) преступлений.") == [
        (408, "cases_total"),
        (412, "cases_total"),
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Пенсионерка отдала аферистам часы стоимостью более 27 миллионов рублей.",
            "single_case_loss",
        ),
        ("Мужчина передал курьеру слиток золота стоимостью 5 млн рублей.", "single_case_loss"),
        ("Женщина хотела купить телефон стоимостью 300 тысяч рублей.", "other"),
    ],
)
def test_the_value_of_a_thing_handed_to_fraudsters_is_the_loss(text, role):
    assert money_roles("Мошенничество растет. " + text)[0][1] == role


def test_times_clients_complained_are_complaints():
    text = "Клиенты банка жаловались на мошенников больше 3 млн раз."
    assert roles("Мошенничество растет. " + text) == [(3_000_000, "antifraud_incidents")]


def test_incidents_of_a_named_crime_are_that_crimes():
    text = (
        "Больше всего зафиксировано краж — 45 инцидентов. На втором месте мошенничества, их было "
        "совершено 37."
    )
    assert roles("За праздники совершено 205 преступлений. " + text)[1:] == [
        (45, "other"),
        (37, "cases_total"),
    ]


def test_things_counted_in_a_schemes_bracket_are_no_cases():
    text = (
        "Эксперты выявили в крае 58 компаний с признаками незаконной финансовой деятельности. "
        "Большинство нелегальных участников рынка — черные кредиторы (49 проектов)."
    )
    assert roles(text) == [(58, "other"), (49, "other")]


def test_crimes_a_suspect_is_involved_in_after_a_bound_are_solved():
    text = (
        "Задержаны восемь человек. Полицейские установили причастность данных лиц к совершению "
        "не менее 20 преступлений."
    )
    assert roles("Мошенничество растет. " + text) == [(8, "suspects"), (20, "solved")]


def test_the_damage_in_the_story_of_one_organised_groups_case_is_one_cases():
    text = (
        "Следователи завершили расследование дела о мошенничестве против 21 участника ОПГ. "
        "Злоумышленники убеждали пенсионеров передать сбережения курьеру. Ущерб жертв составил "
        "более 110 миллионов рублей."
    )
    assert money_roles(text) == [(110_000_000, "single_case_loss")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Общий ущерб горожан за неделю составил более 250-ти тысяч рублей.", 250_000),
        ("Ущерб превысил 2-х миллионов тенге.", 2_000_000),
    ],
)
def test_a_numerals_case_ending_before_its_scale_word_is_part_of_the_amount(text, expected):
    assert money_roles(text) == [(expected, "damage_total")]


def test_a_numerals_case_ending_before_years_is_no_amount():
    assert roles("Осужденному назначили 5-ти лет лишения свободы.") == [(5, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Только за один день 21-го ноября зарегистрировано 6 случаев мошенничества.",
            [(1, "date"), (21, "date"), (6, "cases_total")],
        ),
        (
            "С 3-го по 9-е марта зарегистрировано 17 фактов мошенничества.",
            [(3, "date"), (9, "date"), (17, "cases_total")],
        ),
        # an ordinal with no month after it is a rank
        (
            "Задержанный 2-ой раз мошенник похитил 40 тысяч рублей.",
            [(2, "other"), (40_000, "single_case_loss")],
        ),
    ],
)
def test_a_day_written_as_an_ordinal_before_its_month_is_a_date(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "В четырёх из них жертвами стали жители, которые продавали вещи через интернет-площадки.",
            (4, "cases_scheme"),
        ),
        ("В трех из них пострадали пенсионеры.", (3, "other")),
    ],
)
def test_in_so_many_of_them_after_cases_counts_cases_not_persons(second, expected):
    text = "За неделю зарегистрировано 9 фактов мошенничества. " + second
    assert roles(text) == [(9, "cases_total"), expected]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Сотрудники полиции предотвратили 12 случаев мошенничества и потенциальный ущерб "
            "более чем на 5 млн тенге.",
            "prevented",
        ),
        ("Ықтимал залал 3 млн теңгеге жетті.", "prevented"),
        ("Банк перехватил подозрительные переводы на сумму 45 млн тенге.", "prevented"),
        # the fraudsters intercepting a code is how they stole
        ("Злоумышленники перехватили СМС-код и сняли со счета 85 тысяч тенге.", "damage_total"),
    ],
)
def test_a_potential_loss_and_money_intercepted_are_prevented(text, role):
    assert [r for _, r in money_roles(text)] == [role]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полиция арестовала 40 человек и допросила несколько десятков свидетелей по делу о "
            "мошенничестве.",
            (40, "suspects"),
        ),
        (
            "Более 2 тыс. граждан Китая, подозреваемых в мошенничестве, были арестованы.",
            (2000, "suspects"),
        ),
        ("Операция привела к аресту более 500 подозреваемых.", (500, "suspects")),
        ("Мошенника приговорили к аресту на 15 суток.", (15, "other")),
        (
            "К уголовной ответственности за мошенничество было привлечено 120 лиц.",
            (120, "suspects"),
        ),
        (
            "Двух жительниц привлек легкий заработок на бирже, и они перевели аферистам деньги.",
            (2, "victims"),
        ),
    ],
)
def test_persons_arrested_suspected_or_drawn_in(text, expected):
    assert roles(text)[:1] == [expected]


def test_times_residents_reported_fraud_to_the_police_are_cases():
    text = "За выходные жители области 14 раз обратились в полицию с заявлениями о мошенничестве."
    assert roles(text) == [(14, "cases_total")]
    assert roles("Мошенники звонили ей 15 раз.") == [(15, "other")]


def test_the_clause_after_in_so_many_cases_names_their_scheme():
    frame = read_numbers("В 52 случаях мошенники представлялись сотрудниками банков.")
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [52, "cases_scheme", "impersonation_call"]
    ]


def test_a_count_after_a_dash_stays_persons_though_its_clause_names_a_scheme():
    text = (
        "Из 80 потерпевших 31 пострадавший вложил деньги в фейковые биржи, 12 — перешли по "
        "фишинговым ссылкам."
    )
    assert roles(text) == [(80, "victims"), (31, "victims"), (12, "victims")]


def test_a_count_pointed_back_at_all_crime_is_no_fraud_count():
    text = (
        "В области общее количество преступлений снизилось (их зарегистрировано около 9100), "
        "чего нельзя сказать о мошенничествах."
    )
    assert roles(text) == [(9100, "other")]


@pytest.mark.parametrize(
    ("first", "role"),
    [
        ("Каждое пятое преступление в области совершено дистанционным способом.", "cases_total"),
        (
            "Чаще всего мошенники использовали способ звонков от имени сотрудников банков.",
            "cases_scheme",
        ),
    ],
)
def test_crimes_done_remotely_name_a_channel_not_a_scheme(first, role):
    text = first + " С начала года зарегистрировано 1900 таких преступлений."
    assert roles(text)[-1] == (1900, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Убытки от мошенничества за год достигли рекордной суммы в 3,2 миллиарда рублей.",
            "damage_total",
        ),
        ("Пенсионерка лишилась рекордной суммы в 20 млн тенге.", "single_case_loss"),
    ],
)
def test_a_record_reached_by_the_losses_as_a_whole_is_no_one_victims(text, role):
    assert [r for _, r in money_roles(text)] == [role]


def test_a_loss_tied_to_a_schemes_count_by_a_relative_clause_is_the_schemes():
    text = (
        "В прошлом году зарегистрировано более 3 тыс. случаев инвестиционного мошенничества, в "
        "результате которых жертвы потеряли в общей сложности 2 млрд тенге."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [3000, "cases_scheme", "fake_investment"],
        [2_000_000_000, "damage_scheme", "fake_investment"],
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "В структуре преступности доминируют интернет-мошенничества, где общая сумма "
            "причинённого ущерба составила более 2 млрд тенге.",
            "damage_total",
        ),
        ("Возбуждены дела по мошенничествам, где ущерб превышает 250 тысяч тенге.", "other"),
    ],
)
def test_a_sum_of_a_class_of_crimes_is_their_total_a_bound_on_each_sets_them_apart(text, role):
    assert [r for _, r in money_roles(text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Следователи возбудили уголовное дело по заявлению пенсионерки о факте мошенничества, "
            "повлёкшего ущерб в размере 600 тысяч рублей.",
            "single_case_loss",
        ),
        (
            "Зарегистрировано 120 фактов мошенничества, повлекших ущерб на сумму 300 млн тенге.",
            "damage_total",
        ),
    ],
)
def test_the_loss_of_one_fact_of_fraud_is_one_cases(text, role):
    assert [r for _, r in money_roles(text)] == [role]


def test_cases_under_consideration_in_court_are_sent_to_court():
    text = (
        "Возбуждено 500 уголовных дел о мошенничестве. 120 из этих дел уже находятся на "
        "рассмотрении в судах."
    )
    assert roles(text) == [(500, "cases_total"), (120, "sent_to_court")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Из общего количества зарегистрированных преступлений (9 800) значительная доля "
            "приходится на мошенничество – 3100 случаев.",
            [(9800, "other"), (3100, "cases_total")],
        ),
        (
            "Чаще всего совершались кражи (1200 или 30% от общего числа преступлений) и "
            "мошенничества (900 или 22%).",
            [(1200, "other"), (30, "percent"), (900, "cases_total"), (22, "percent")],
        ),
    ],
)
def test_the_figure_in_brackets_after_all_crime_is_all_crime(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ақмола облысында бір тәуліктің ішінде 12 интернет-алаяқтық тіркелді.",
            [(1, "date"), (12, "cases_total")],
        ),
        (
            "СҚО-да бір айға жуық уақытта 40-тан астам интернет-алаяқтық тіркелді.",
            [(1, "date"), (40, "cases_total")],
        ),
    ],
)
def test_one_unit_of_time_in_kazakh_is_a_date(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Бұған дейін қала тұрғыны пәтер сатып аламын деп 9 млн теңгесінен айырылып қалғаны "
            "туралы жаздық.",
            "single_case_loss",
        ),
        # a price promised, nothing lost after it
        ("Ол көлікті 9 млн теңгеге сатып алмақ болды.", "other"),
    ],
)
def test_a_kazakh_verb_of_losing_after_the_amount_outweighs_what_it_bought(text, role):
    assert [r for _, r in money_roles("Алаяқтар көбейді. " + text)] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Банк с начала года помог жителям округа защитить от мошенников более 1,6 млрд рублей.",
            "prevented",
        ),
        (
            "Почти 57 млрд тенге из этой суммы составляют убытки граждан, наименее защищенной "
            "категории.",
            "other",
        ),
    ],
)
def test_money_protected_from_fraudsters_is_prevented(text, role):
    text = "Ущерб от мошенничеств за год составил 65 млрд тенге. " + text
    assert [r for _, r in money_roles(text)][1:] == [role]


def test_persons_money_was_taken_from_are_victims_whoever_was_detained():
    text = (
        "Напомним, в прошлом году удалось задержать организаторов кол-центра, чьи сотрудники "
        "выманили у шестерых пенсионеров миллион."
    )
    assert roles("Мошенничество растет. " + text) == [(6, "victims")]


def test_things_seized_from_the_detained_are_no_suspects():
    text = "Задержаны двое. У двоих задержанных изъяли 5 телефонов."
    assert roles("Мошенничество растет. " + text)[-1] == (5, "other")


def test_one_at_the_end_of_a_list_of_counts_is_a_count():
    text = "Полиция выявила 114 краж, 83 мошенничества, два грабежа и один угон авто."
    assert roles("Мошенничество растет. " + text) == [
        (114, "other"),
        (83, "cases_total"),
        (2, "other"),
        (1, "other"),
    ]
    assert roles("Мошенничество растет. Задержаны двое и один из них признался.") == [
        (2, "suspects")
    ]


def test_persons_of_a_deceit_told_in_their_clause_are_victims():
    text = (
        "Полицейские пресекли деятельность сообщества, 12 участников которого обвиняются в "
        "обмане под видом купли-продажи криптовалюты 38 россиян."
    )
    assert roles("Мошенничество растет. " + text) == [(12, "suspects"), (38, "victims")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полиция қызметкерлері қалада үш жасөспірімді анықтады.", [(3, "suspects")]),
        ("Полиция 50 жәбірленушіні анықтады.", [(50, "victims")]),
        (
            "14 жастан 18 жасқа дейінгі 5 жасөспірім ұсталды.",
            [(14, "age"), (18, "age"), (5, "suspects")],
        ),
    ],
)
def test_a_kazakh_teenager_is_no_age_and_persons_the_police_identified_are_suspects(text, expected):
    assert roles("Интернет-алаяқтық өзекті. " + text) == expected


def test_players_of_a_market_are_neither_suspects_nor_victims():
    text = (
        "В прошлом году Банк России выявил 600 нелегальных участников рынка ценных бумаг (в 2020 "
        "году — 300)."
    )
    assert roles("Мошенничество растет. " + text) == [
        (600, "other"),
        (2020, "date"),
        (300, "other"),
    ]
    assert roles("Мошенничество растет. Задержаны 12 участников преступной группы.") == [
        (12, "suspects")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыл басынан бері қалада 90 алаяқтық фактісі тіркелді. Оның 60-ы ашылса, 30-ы бойынша "
            "әлі жедел-іздестіру шаралары жүргізілуде.",
            [(90, "cases_total"), (60, "solved"), (30, "other")],
        ),
        (
            "С начала года зарегистрировано 90 фактов мошенничества. 60 из них раскрыты, по 30 "
            "проводятся оперативно-розыскные мероприятия.",
            [(90, "cases_total"), (60, "solved"), (30, "other")],
        ),
    ],
)
def test_cases_still_searched_for_are_unsolved(text, expected):
    assert roles(text) == expected


def test_a_go_between_handed_the_money_is_no_arrest():
    text = (
        "Мошенники звонили пенсионерам и просили передать деньги курьером. Всего за неделю "
        "аферисты выманили у горожан более 3 миллионов рублей."
    )
    assert money_roles(text) == [(3_000_000, "damage_total")]
    # an arrested courier still makes the story one case's
    story = "Задержан курьер мошенников. Он забрал у пенсионерки 300 тысяч рублей."
    assert money_roles(story) == [(300_000, "single_case_loss")]


def test_what_a_ring_took_from_each_victim_is_a_single_case_loss():
    text = "Интернет-алаяқтық өзекті. Екі күдікті ұсталды. Олар әр зейнеткерден 50 мың теңге алған."
    assert roles(text) == [(2, "suspects"), (50_000, "single_case_loss")]
    # an average taken from each victim stays other
    average = (
        "Мошенничество растет. В среднем мошенники получают с каждой жертвы около 50 тысяч рублей."
    )
    assert money_roles(average) == [(50_000, "other")]
    assert money_roles(
        "Интернет-алаяқтық өзекті. Алаяқтар әр тұрғыннан орта есеппен 50 мың теңге алады."
    ) == [(50_000, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За год зарегистрировано 4, 2 тысячи интернет-мошенничеств, ущерб — 1, 5 млрд тенге.",
            [(4200, "cases_total"), (1_500_000_000, "damage_total")],
        ),
        (
            "Зарегистрировано 4, 5 и 6 фактов интернет-мошенничества.",
            [(4, "cases_total"), (5, "cases_total"), (6, "cases_total")],
        ),
    ],
)
def test_a_decimal_comma_followed_by_a_space_before_a_scale_word(text, expected):
    assert roles(text) == expected


def test_crimes_named_by_their_mobile_means_are_cybercrime():
    text = (
        "В городе отмечен рост преступлений с использованием мобильной связи. С начала года их "
        "зарегистрировано 512."
    )
    frame = read_numbers(text)
    assert list(zip(frame["value"], frame["role"], frame["scope"], strict=True)) == [
        (512, "cases_total", "cybercrime")
    ]


def test_persons_deprived_of_liberty_are_convicted_offenders_not_a_prison_term():
    text = (
        "Мошенничество растет. К ответственности привлечены 90 человек, среди них 40 человек "
        "осудили условно, а 30 были лишены свободы."
    )
    assert roles(text) == [(90, "suspects"), (40, "suspects"), (30, "suspects")]
    assert roles("Мошенничество растет. За это грозит лишение свободы до 6 лет.") == [(6, "other")]


def qualified(text: str) -> list[tuple[object, object, str, str]]:
    frame = read_numbers(text)
    currencies = frame["currency"].fillna("")
    return list(zip(frame["value"], currencies, frame["qualifier"], frame["role"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Зардап шеккендер 10 мыңнан 2 млн теңгеге дейін жоғалтқан.",
            [
                (10_000, "KZT", "at_least", "damage_total"),
                (2_000_000, "KZT", "at_most", "damage_total"),
            ],
        ),
        (
            "Облыста айына 300-ден 400-ге дейін алаяқтық фактісі тіркеледі.",
            [(300, "", "at_least", "cases_total"), (400, "", "at_most", "cases_total")],
        ),
        (
            "Дропперлер шоттарын бергені үшін 200-ден 350 АҚШ долларына дейін сыйақы алған.",
            [(200, "USD", "at_least", "other"), (350, "USD", "at_most", "other")],
        ),
        (
            "Алаяқтар салымшыларға 10-нан 15%-на дейін пайда уәде еткен.",
            [(10, "", "at_least", "percent"), (15, "", "at_most", "percent")],
        ),
        # a change keeps its ends exact: a verb of change, or the years of its ends
        (
            "Интернет-алаяқтық саны төмендеген (4 385-тен 4 023-ке дейін).",
            [(4385, "", "exact", "cases_total"), (4023, "", "exact", "cases_total")],
        ),
    ],
)
def test_a_kazakh_range_from_an_ablative_up_to_a_dative(text, expected):
    assert qualified("Интернет-алаяқтық өзекті. " + text) == expected


def test_a_kazakh_change_between_two_years_is_no_range():
    text = "Интернет-алаяқтық өзекті. Атап айтқанда 2018 жылы 517-ден 2022 жылы 20,5 мыңға дейін."
    assert [q for _, _, q, _ in qualified(text)] == ["exact", "exact", "exact", "rounded"]


def test_a_currency_printed_once_after_a_range_of_bare_numbers():
    text = "Мошенничество растет. Дропперы получали от 200 до 350 долларов вознаграждения."
    assert [(v, c) for v, c, _, _ in qualified(text)] == [(200, "USD"), (350, "USD")]
    year = "Мошенничество растет. В 2024 — 350 долларов ущерба."
    assert [(v, c) for v, c, _, _ in qualified(year)] == [(2024, ""), (350, "USD")]


def test_counterfeit_banknotes_in_a_kazakh_amount_are_no_loss():
    text = (
        "Интернет-алаяқтық өзекті. Екі азамат 9700 АҚШ доллары көлемінде жалған банкноттарды "
        "айналымға жіберген."
    )
    assert money_roles(text) == [(9700, "other")]


def test_a_kazakh_prison_term_named_after_its_years():
    text = (
        "Интернет-алаяқтық өзекті. Сотталушылар 4 жылдан 7 жылға дейінгі мерзімге бас "
        "бостандығынан айырылды."
    )
    assert roles(text) == [(4, "other"), (7, "other")]
    # a Kazakh year of a change is still its year
    change = "Интернет-алаяқтық өзекті. Олардың саны 2019 жылы 300-ден 2023 жылы 900-ге дейін."
    assert [q for _, _, q, _ in qualified(change)] == ["exact"] * 4


def test_belarus_theft_by_computer_means_article_212_counts_cases():
    text = (
        "Хищения растут. За 2024 год по статье 212 УК возбуждено около 3 тыс. уголовных дел, а "
        "с начала 2025 года - более 600."
    )
    assert roles(text) == [
        (2024, "date"),
        (212, "article"),
        (3000, "cases_total"),
        (2025, "date"),
        (600, "cases_total"),
    ]


def test_persons_counted_past_a_participle_and_its_complement():
    text = (
        "С начала года зарегистрировано 3 тыс. кибермошенничеств. Полицейские установили 75 "
        "причастных к этим преступлениям лиц."
    )
    assert roles(text) == [(3000, "cases_total"), (75, "suspects")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Установлены 37 жителей области, потерпевших от действий аферистов.", [(37, "victims")]),
        ("Задержаны 4 курьера, пострадавших нет.", [(4, "suspects")]),
        ("Задержаны 4 мужчины, обманувших пенсионеров.", [(4, "suspects")]),
    ],
)
def test_a_victims_participle_after_the_persons_phrase(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


def test_such_cases_registered_since_the_start_of_the_year_out_of_all():
    text = (
        "Мошенничество растет. Чаще всего аферисты обманывают при покупке товаров в интернете. "
        "Таких случаев зарегистрировано с начала года более 300 из 900."
    )
    frame = read_numbers(text)
    assert list(zip(frame["value"], frame["role"], frame["scheme"].fillna(""), strict=True)) == [
        (300, "cases_scheme", "prepayment"),
        (900, "cases_total", ""),
    ]


def test_a_superlative_of_many_things_and_an_attempt_told_far_before_the_amount():
    text = (
        "Мошенничество растет. За полгода злоумышленники пытались похитить со счетов в "
        "крупнейших банках страны свыше 12 млрд рублей."
    )
    assert money_roles(text) == [(12_000_000_000, "prevented")]
    told = "Мошенничество растет. В крупнейших городах области мошенники украли 9 миллионов рублей."
    assert money_roles(told) == [(9_000_000, "damage_total")]


def test_articles_named_by_their_ordinals_after_the_word_of_articles():
    text = (
        "Мошенничество растет. Следователи применяют статьи кодекса: 159-ю (мошенничество) и "
        "187-ю (неправомерный оборот средств платежей)."
    )
    assert roles(text) == [(159, "article"), (187, "article")]


def test_a_count_of_blocked_calls_is_no_count_of_cases():
    text = (
        "По данным оператора связи, число заблокированных мошеннических вызовов за полгода "
        "превысило 120 млн."
    )
    assert roles(text) == [(6, "date"), (120_000_000, "other")]


def test_the_total_of_one_victims_losses_told_in_the_sentence_before():
    text = (
        "Мошенничество растет. Пенсионерка заметила, что каждый час с её карты списывали от 50 до "
        "90 долларов. За двое суток общий ущерб составил 412 300 тенге."
    )
    assert roles(text)[-2:] == [(2, "date"), (412_300, "single_case_loss")]
    # a story of several victims sums their losses: a total
    many = (
        "Мошенничество растет. За выходные жертвами аферистов стали девять жителей области. Общая "
        "сумма ущерба превысила 4 миллиона рублей."
    )
    assert money_roles(many) == [(4_000_000, "damage_total")]


def test_an_example_that_counts_cases_sums_them():
    text = (
        "Мошенничество растет. Например, только за 3 января возбуждено 14 уголовных дел, сумма "
        "ущерба по которым превысила 7,2 тыс. рублей."
    )
    assert money_roles(text) == [(7200, "damage_total")]


def test_a_record_year_is_no_single_loss():
    text = (
        "Мошенничество растет. По данным ведомства, 2024 год стал рекордным по числу краж "
        "криптовалюты, а потери от них превысили 2,1 миллиарда долларов."
    )
    assert money_roles(text) == [(2_100_000_000, "damage_total")]


def test_thefts_by_computer_means_are_cybercrime_before_a_bare_count():
    text = (
        "В области растет число преступлений, связанных с хищением денег с использованием "
        "компьютерной техники. За полгода зарегистрировано 640 преступлений."
    )
    assert roles(text) == [(6, "date"), (640, "cases_total")]


def test_their_loss_after_persons_named_in_its_own_sentence_is_no_schemes_part():
    text = (
        "Ущерб от кибермошенничества в мире превысил 9 миллиардов долларов. Чаще всего людей "
        "обманывали с помощью фальшивых инвестиций. Жители Канады понесли наибольшие потери – их "
        "убытки составили 1,3 миллиарда долларов."
    )
    assert money_roles(text) == [(9_000_000_000, "damage_total"), (1_300_000_000, "damage_total")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За год зарегистрировано 1958 краж с банковских карт.", [(1958, "other")]),
        ("В 2019 краж стало меньше.", [(2019, "date")]),
    ],
)
def test_a_year_like_number_before_a_named_crime_counts_it(text, expected):
    assert roles("Мошенничество растет. " + text) == expected


def test_such_crimes_after_fraudsters_and_their_deceit_are_fraud_not_a_scheme():
    text = (
        "Рост цен и новая экономическая обстановка оживили мошенников, которые придумывают все новые "
        "способы обмана пожилых людей. За год в городе зарегистрировано более трех тысяч таких "
        "преступлений."
    )
    assert roles(text) == [(3000, "cases_total")]


def test_crimes_of_another_sphere_make_the_cases_after_them_other():
    text = (
        "Мошенничество растет. Выросло и число преступлений в сферах земельных отношений и "
        "строительства. Возбуждено около 300 уголовных дел."
    )
    assert roles(text) == [(300, "other")]


def test_a_loss_over_several_schemes_is_a_total_unless_it_goes_on_a_list():
    text = (
        "Мошенничество растет. По оценкам аналитиков, аферисты выманили у граждан около 9,2 "
        "миллиарда рублей через фишинговые сайты и фейковые интернет-магазины."
    )
    assert money_roles(text) == [(9_200_000_000, "damage_total")]


def test_the_volume_of_loans_is_no_loss_but_a_loan_taken_out_is():
    text = (
        "Мошенничество растет. За год жители потеряли более 9 млрд тенге. На этом фоне растет и "
        "кредитование: общий объем кредитов населению вырос на 1,2%, достигнув 19,5 трлн тенге."
    )
    assert money_roles(text) == [(9_000_000_000, "damage_total"), (19_500_000_000_000, "other")]
    story = (
        "Мошенничество растет. Пенсионерка рассказала, что мошенники оформили на неё кредит на 410 "
        "тысяч рублей."
    )
    assert money_roles(story) == [(410_000, "single_case_loss")]


def test_a_verb_of_stopping_that_stops_a_trend_leaves_the_sum_stolen():
    text = (
        "Банк оценивает объем похищенных у клиентов средств за год примерно в 40-45 млрд рублей, "
        "к декабрю рост хищений удалось остановить."
    )
    assert money_roles(text) == [(40_000_000_000, "damage_total"), (45_000_000_000, "damage_total")]
    blocked = "Мошенничество растет. Банк остановил подозрительные переводы на 40 млрд рублей."
    assert money_roles(blocked) == [(40_000_000_000, "prevented")]


def test_a_count_that_falls_on_another_crime_is_its_count_and_its_fraud_part_is_fraud():
    text = (
        "Почти столько же (512 случаев) приходится на преступления против собственности, из "
        "которых большая часть (430) квалифицирована как мошенничество, а 61 случай — как "
        "присвоение или растрата."
    )
    assert roles(text) == [(512, "other"), (430, "cases_total"), (61, "other")]


def test_each_crime_of_a_list_of_changes_counts_its_own_change():
    text = (
        "Выросло число грабежей (с 14 до 19, + 35,7 %), мошенничеств (с 410 до 502, + 22,4 %), "
        "вымогательств (с 8 до 11, + 37,5 %)."
    )
    assert roles(text) == [
        (14, "other"), (19, "other"), (35.7, "percent"),
        (410, "cases_total"), (502, "cases_total"), (22.4, "percent"),
        (8, "other"), (11, "other"), (37.5, "percent"),
    ]  # fmt: skip


def test_incidents_of_police_statistics_are_crimes_not_antifraud_reports():
    text = (
        "Больше всего преступлений зафиксировано в Центральном районе — 1312 инцидентов. Самым "
        "частым преступлением стало мошенничество (4120 инцидентов)."
    )
    assert roles(text) == [(1312, "other"), (4120, "cases_total")]
    centre = "Антифрод-центр Нацбанка зарегистрировал 5200 инцидентов."
    assert roles(centre) == [(5200, "antifraud_incidents")]


def test_crimes_tied_to_computers_make_a_text_of_cybercrime():
    text = (
        "За полгода каждое пятое преступление в области было связано с компьютерами. Жители "
        "пострадали в общей сложности на 310 млн рублей."
    )
    assert money_roles(text) == [(310_000_000, "damage_total")]


def test_years_given_to_someone_in_the_dative_are_an_age():
    assert roles("Начальнику управления Ивану Петрову 47 лет.") == [(47, "age")]
    assert roles("Этому делу уже 5 лет.") == [(5, "date")]


def test_an_ordinal_quarter_or_half_year_is_a_date():
    assert roles("Құрылыс 2023 жылдың 2-ші тоқсанында аяқталуы тиіс еді.") == [
        (2023, "date"), (2, "date"),
    ]  # fmt: skip
    assert roles("Во 2-м полугодии зарегистрировано 45 фактов мошенничества.") == [
        (2, "date"), (45, "cases_total"),
    ]  # fmt: skip


def test_one_more_million_is_an_amount():
    text = "Пенсионерка отдала курьеру 2 миллиона рублей, а потом перевела мошенникам еще миллион."
    assert roles(text) == [(2_000_000, "single_case_loss"), (1_000_000, "single_case_loss")]


def test_an_indicator_given_again_for_an_earlier_period_keeps_its_role():
    text = (
        "Мошенничество растет. Банки вернули клиентам лишь 5% похищенного — около 1 млрд рублей. "
        "Как отмечают аналитики, годом ранее показатель составлял 8% или почти 2 млрд рублей."
    )
    assert money_roles(text) == [(1_000_000_000, "recovered"), (2_000_000_000, "recovered")]


def test_a_sum_a_victim_was_talked_into_paying_is_her_loss():
    text = (
        "Пенсионер отдал курьеру 300 тысяч рублей. На 120 тысяч уговорили раскошелиться "
        "мошенники 79-летнюю жительницу района."
    )
    assert roles(text)[1] == (120_000, "single_case_loss")


def test_a_sum_requested_is_no_loss():
    text = "Мошенничество растет. Менеджер турфирмы запросил с клиента $8 тысяч за путевку."
    assert money_roles(text) == [(8_000, "other")]


def test_one_of_several_persons_is_one_victim():
    text = "В марте один из местных студентов стал жертвой аферистов, лишившись 3 миллионов рублей."
    assert money_roles(text) == [(3_000_000, "single_case_loss")]


def test_every_working_day_makes_a_rate():
    text = (
        "Мошенничество растет. По данным аналитиков, каждый рабочий день со счетов граждан "
        "похищали не менее 600 тыс. рублей."
    )
    assert money_roles(text) == [(600_000, "other")]


def test_a_count_compared_further_on_is_the_size_of_a_change():
    text = (
        "Мошенничество растет. За год зарегистрировано на 57 фактов мошенничества в сети больше, "
        "чем годом ранее."
    )
    assert roles(text) == [(57, "other")]


def test_money_taken_from_one_owners_account_is_a_single_loss():
    text = "Мошенничество растет. После звонка с его счёта списали 45 тысяч рублей."
    assert money_roles(text) == [(45_000, "single_case_loss")]
    many = "Мошенничество растет. За год со своих счетов жители перевели аферистам 3 млрд рублей."
    assert money_roles(many) == [(3_000_000_000, "damage_total")]


def test_thefts_from_bank_cards_name_no_bank_call_scheme():
    text = "Ущерб от хищений средств с банковских карт граждан достиг 12 млрд рублей за квартал."
    assert money_roles(text) == [(12_000_000_000, "damage_total")]


def test_a_loss_avoided_is_prevented():
    text = "Мошенничество растет. Благодаря мерам банка удалось избежать ущерба в 120 млн рублей."
    assert money_roles(text) == [(120_000_000, "prevented")]


def test_billion_is_a_thousand_millions():
    text = "Ущерб от киберпреступлений в стране оценивается в 40 биллионов рублей."
    assert money_roles(text) == [(40_000_000_000, "damage_total")]


def test_a_named_group_of_companies_is_no_gang():
    text = (
        "По словам руководителя группы «Альфа Полис» Ивана Петрова, ущерб от страхового "
        "мошенничества за год достиг 4 млрд рублей."
    )
    assert money_roles(text) == [(4_000_000_000, "damage_total")]
    gang = "Задержана преступная группа «Черные», похитившая у пенсионеров 4 млн рублей."
    assert money_roles(gang) == [(4_000_000, "single_case_loss")]


def test_every_quarter_makes_a_rate():
    text = "Мошенничество растет. Каждый квартал полиция получает около 2 тыс. заявлений о нем."
    assert roles(text) == [(2000, "other")]


def test_a_kazakh_count_of_schemes_is_no_case_count():
    text = "Полиция интернет-алаяқтықтың бес негізгі схемасын атады."
    assert roles(text) == [(5, "other")]


def test_the_ends_of_a_range_of_sums_lost_are_single_losses():
    # the smallest and the largest of many losses, told as a range of sums
    text = "Аферисты обманули пятерых пенсионеров на разные суммы — от 40 до 250 тысяч тенге."
    assert money_roles(text) == [(40_000, "single_case_loss"), (250_000, "single_case_loss")]
    text = "Размеры похищенного варьировались от 12 тысяч до 3 млн рублей."
    assert money_roles(text) == [(12_000, "single_case_loss"), (3_000_000, "single_case_loss")]


def test_a_factor_given_as_a_range_of_number_words_is_a_ratio():
    text = "Число жалоб на мошенников за год выросло в четыре-пять раз."
    assert roles(text) == [(4, "percent"), (5, "percent")]
    text = "Потери банков от кражи данных оказались в два–три раза выше прошлогодних."
    assert roles(text) == [(2, "percent"), (3, "percent")]


def test_a_span_of_time_given_as_a_range_of_number_words_is_a_date():
    text = "За последние три–четыре года число мошенничеств в области заметно выросло."
    assert roles(text) == [(3, "date"), (4, "date")]
    text = "Пять-шесть лет назад о таких схемах обмана никто не слышал."
    assert roles(text) == [(5, "date"), (6, "date")]


def test_hackers_speak_of_cybercrime():
    # thefts by hackers are cybercrime, so their losses are damage though no word of fraud is said
    text = (
        "Убытки от кражи криптовалют с бирж за год превысили 300 млн долларов, подсчитали в "
        "компании. Большинство таких краж совершили хакеры."
    )
    assert money_roles(text) == [(300_000_000, "damage_total")]


def test_a_bound_verb_keeps_its_bound_past_a_period_between():
    text = "Ущерб от интернет-мошенничеств превысил за отчетный период 2,4 млрд тенге."
    figures = extract_figures(text)
    assert figures[["metric", "value", "qualifier"]].values.tolist() == [
        ["damage", 2_400_000_000, "at_least"]
    ]


def test_a_dotted_date_and_a_time_of_day_are_dates():
    text = "03.11.2024 около 16:30 жительнице позвонил лжесотрудник банка."
    assert roles(text) == [(3, "date"), (16, "date")]


def test_civil_claims_sent_to_court_are_no_criminal_cases():
    text = "Прокуратура помогла жертвам мошенников. В суды было направлено 75 таких заявлений."
    assert roles(text) == [(75, "other")]
    text = "В суд направлено 75 уголовных дел о мошенничестве."
    assert roles(text) == [(75, "sent_to_court")]


def test_a_sum_practically_equal_to_an_amount_is_approximate():
    text = "Мошенники похитили у жителей района сумму, практически равную 900 тыс. рублей."
    assert read_numbers(text)["qualifier"].tolist() == ["approx"]


def test_a_kazakh_range_between_two_amounts_has_two_bounds():
    # «A мен B арасында»: between A and B; the first end takes the second's scale and currency
    frame = read_numbers("Облыста 1500 бен 1600 аралығында интернет-алаяқтық дерегі тіркелді.")
    assert frame["qualifier"].tolist() == ["at_least", "at_most"]
    text = "Әр зардап шегушінің шығыны 20 мың мен 300 мың теңге арасында болды."
    frame = read_numbers(text)
    assert frame[["value", "currency", "qualifier", "role"]].values.tolist() == [
        [20_000, "KZT", "at_least", "single_case_loss"],
        [300_000, "KZT", "at_most", "single_case_loss"],
    ]


def test_a_kazakh_sum_one_can_get_is_no_loss():
    # «алуға болады» (one can get), «аударуы мүмкін» (may transfer): a possibility, not a loss
    text = "Хабарламада 500 мың теңгеге дейін несие алуға болады деп жазылған."
    assert money_roles(text) == [(500_000, "other")]
    text = "Алаяқтарға сенген адам 200 мың теңге аударуы мүмкін."
    assert money_roles(text) == [(200_000, "other")]


def test_a_kazakh_number_after_sany_counts_what_the_quantity_names():
    # «X-тардың саны N»: the number of X is N; deceived persons are victims
    text = "Өткен жылы алданып қалған зейнеткерлердің саны 148 болды."
    assert roles(text) == [(148, "victims")]
    text = "Өткен жылы алаяқтардың құрбаны болған тұрғындардың саны 230-ға дейін өсті."
    assert roles(text) == [(230, "victims")]


def test_money_someone_is_obliged_to_return_has_not_moved():
    text = "Суд обязал бывшего директора фонда вернуть 4 млн тенге."
    assert money_roles(text) == [(4_000_000, "other")]
    text = "Фонд вернул жертвам 4 млн тенге."
    assert money_roles(text) == [(4_000_000, "recovered")]


def test_a_kazakh_forecast_is_no_loss():
    text = (
        "Сарапшылар 2030 жылға қарай мұндай алаяқтықтан шығын 15 млрд долларға жетеді деп болжауда."
    )
    assert money_roles(text) == [(15_000_000_000, "other")]


def test_a_total_after_a_story_of_one_person_told_by_a_pronoun_is_hers():
    # «общий ущерб» sums the transfers of the one person the sentence before tells of
    text = (
        "Лжесотрудники банка запугали пенсионерку и убедили её перевести деньги на другие счета. "
        "Общий ущерб составил 812 000 рублей."
    )
    assert money_roles(text) == [(812_000, "single_case_loss")]
    text = (
        "Мужчина зашёл на сайт знакомств. Там его уговорили вложить деньги в биржу. "
        "Общий ущерб составил 450 тысяч рублей."
    )
    assert money_roles(text) == [(450_000, "single_case_loss")]
    # the same total after a story of many, or of who spoke, is the region's
    text = (
        "Лжесотрудники банка запугали жителей области и убедили их перевести деньги. "
        "Общий ущерб составил 812 000 рублей."
    )
    assert money_roles(text) == [(812_000, "damage_total")]
    text = (
        "Как сообщили ей в полиции, мошенники звонят с подменных номеров. "
        "Общий ущерб составил 812 000 рублей."
    )
    assert money_roles(text) == [(812_000, "damage_total")]


def test_a_loss_laid_at_one_doers_door_is_a_single_case():
    # «от его действий», «жертвами пирамиды», «от действий этой группы»: one doer's haul
    text = "Лжеарендодатель брал предоплату. От его действий пострадали 9 человек на сумму 300 тыс. рублей."
    assert money_roles(text) == [(300_000, "single_case_loss")]
    text = "Жертвами финансовой пирамиды стали 40 человек, общий ущерб составил 75 млн тенге."
    assert money_roles(text) == [(75_000_000, "single_case_loss")]
    text = "От действий этой группы пострадали 25 пенсионеров, ущерб превысил 8 млн рублей."
    assert money_roles(text) == [(8_000_000, "single_case_loss")]
    text = "В результате деятельности хорошо организованной межрегиональной преступной группировки мошенников похищено 90 млн рублей."
    assert money_roles(text) == [(90_000_000, "single_case_loss")]
    text = "Потери вкладчиков только в пирамиде «Golden Way» превысили 3 млрд тенге."
    assert money_roles(text) == [(3_000_000_000, "single_case_loss")]
    # fraudsters at large, pyramids in the plural: the region's damage
    text = "Жители области вложили в финансовые пирамиды 3 млрд тенге и потеряли их."
    assert money_roles(text) == [(3_000_000_000, "damage_total")]
    text = "От действий мошенников в области пострадали 400 человек, ущерб составил 120 млн рублей."
    assert money_roles(text) == [(120_000_000, "damage_total")]


def test_a_loss_told_of_each_case_is_a_single_case():
    # «по каждому (факту)», «в каждом случае»: what each case lost, not the total
    text = "Выявлено 14 фактов мошенничества, ущерб по каждому составил от 40 до 70 тысяч тенге."
    assert money_roles(text) == [(40_000, "single_case_loss"), (70_000, "single_case_loss")]
    text = "В каждом случае потерпевшие лишились от 15 до 120 тысяч рублей."
    assert money_roles(text) == [(15_000, "single_case_loss"), (120_000, "single_case_loss")]
    # a total told beside a count of cases stays the region's
    text = "Ущерб по области составил 900 млн тенге, по 14 фактам возбуждены дела."
    assert money_roles(text) == [(900_000_000, "damage_total")]
    text = (
        "Зарегистрировано 30 фактов мошенничества. "
        "По каждому факту возбуждено уголовное дело, ущерб превысил 40 млн рублей."
    )
    assert money_roles(text) == [(40_000_000, "damage_total")]


def test_a_person_of_an_age_written_as_one_word_is_one_victim():
    # «девятилетнюю школьницу», «семидесятидвухлетний пенсионер»: one person of a given age
    text = "Аферисты убедили двенадцатилетнего школьника перевести им 640 тысяч рублей."
    assert money_roles(text) == [(640_000, "single_case_loss")]
    text = "Мошенники выманили у семидесятилетней пенсионерки 2,1 млн рублей."
    assert money_roles(text) == [(2_100_000, "single_case_loss")]


def test_money_asked_for_with_a_singular_order_is_a_request():
    # «кинь мне 950 руб» quoted from a fraudster's message: asked, not lost
    text = "Мошенники пишут с взломанных аккаунтов: «Срочно кинь мне 3000 рублей, потом верну»."
    assert money_roles(text) == [(3_000, "other")]
    text = "Пришло сообщение от «сына»: «Мама, переведи мне 15 тысяч рублей»."
    assert money_roles(text) == [(15_000, "other")]


def test_a_zero_amount_is_no_loss():
    text = "Сначала мошенники списали с карты пенсионерки 0 тенге, проверяя её, а затем 90 тысяч тенге."
    assert money_roles(text) == [(0, "other"), (90_000, "single_case_loss")]


def test_both_ends_of_a_range_show_the_words_that_decided_them():
    # the reviewer sees why each end is what it is, not an empty cue
    frame = read_numbers(
        "Мошенники обманули покупателей на крупные суммы — от 90 до 360 тысяч рублей."
    )
    assert frame["role"].tolist() == ["single_case_loss", "single_case_loss"]
    assert frame["cues"].tolist() == ["суммы", "суммы"]


def test_an_item_of_a_list_shows_why_it_has_its_role():
    # «2016 — 2471» has no word of its own: it is a case count like the item before it
    frame = read_numbers(
        "Число киберпреступлений росло: 2015 — 2440 преступлений, 2016 — 2471, 2017 — 3099."
    )
    counts = frame[frame["role"] == "cases_total"]
    assert counts["value"].tolist() == [2440, 2471, 3099]
    assert counts["cues"].tolist()[1:] == [
        "like 2440 before it; преступлений",
        "like 2440 before it; преступлений",
    ]


def test_a_bare_year_heading_the_first_item_after_a_colon_is_that_items_period():
    # «росло: 2023 — 640 преступлений, 2024 — 598»: 640 is 2023's, not the next item's year
    text = "Число интернет-мошенничеств в области росло: 2023 — 640 преступлений, 2024 — 598, 2025 — 843."
    frame = extract_figures(text)
    assert frame[["value", "period_text"]].values.tolist() == [
        [640, "2023"],
        [598, "2024"],
        [843, "2025"],
    ]


def test_a_loss_in_brackets_after_a_schemes_count_is_that_schemes():
    text = (
        "В области зарегистрировано 512 фактов интернет-мошенничества. Из них по схеме «звонок "
        "из банка» — 201 факт, лжеинвестиции — 64 (ущерб 310 млн тенге)."
    )
    frame = extract_figures(text)
    damage = frame[frame["metric"] == "damage"]
    assert damage[["value", "scheme"]].values.tolist() == [[310_000_000, "fake_investment"]]


def test_persons_named_suspects_are_no_victims_whatever_follows():
    # «потерпевшим» after the comma opens the next clause: it does not make the detained victims
    text = "Задержано 37 подозреваемых, потерпевшим возвращено 41 млн тенге."
    assert roles(text) == [(37, "suspects"), (41_000_000, "recovered")]


def test_counted_arrests_are_statistics_not_an_arrest_story():
    # «41 күдікті ұсталды», «41 подозреваемый задержан»: arrests counted, so the damage that
    # follows is the region's, not one arrested group's haul
    text = (
        "Облыста 96 алаяқтық ашылды, 41 күдікті ұсталды. Келтірілген залал 1,9 млрд теңгені құрады."
    )
    assert money_roles(text) == [(1_900_000_000, "damage_total")]
    text = "В области раскрыто 96 мошенничеств, 41 подозреваемый задержан. Ущерб составил 1,9 млрд тенге."
    assert money_roles(text) == [(1_900_000_000, "damage_total")]
    # one arrest told: its damage is the group's
    text = "Задержан 41-летний мошенник. Ущерб составил 1,9 млн тенге."
    assert money_roles(text) == [(1_900_000, "single_case_loss")]


def test_a_lending_markets_volume_is_no_damage():
    text = (
        "Потери банков от мошеннических кредитов сократились. В целом общий объем выданных кредитов "
        "за полгода упал на 60%, с 2,2 трлн до 953 млрд рублей."
    )
    assert money_roles(text) == [(2_200_000_000_000, "other"), (953_000_000_000, "other")]


def test_a_penalty_on_a_loan_is_no_loss():
    text = "На пенсионерку оформили займ, и уже начислена неустойка в 4–5 тысяч рублей."
    assert money_roles(text) == [(4_000, "other"), (5_000, "other")]


def test_a_number_ending_a_banks_name_counts_nothing():
    text = "В ВТБ 24 подтвердили факт мошенничества с картами клиентов."
    assert roles(text) == [(24, "other")]
    # an abbreviation before a count of what follows, or before a year, keeps the count's role
    assert roles("По данным ДП 35 из них раскрыты.") == [(35, "solved")]
    assert roles("Об этом объявили на SOC FORUM 2025 в Москве.") == [(2025, "date")]


def test_a_count_whose_sum_its_bracket_gives_is_no_money():
    # «59 тыс. (на сумму 5 млрд рублей) против 99,5 тыс. (на сумму 9 млрд)»: counts of loans
    text = (
        "Потери банков сократились: выдано 59 тыс. таких кредитов (на сумму около 5 млрд рублей) "
        "против 99,5 тыс. (на сумму более 9 млрд рублей)."
    )
    assert roles(text) == [
        (59_000, "other"),
        (5_000_000_000, "damage_total"),
        (99_500, "other"),
        (9_000_000_000, "damage_total"),
    ]


def test_a_few_persons_counted_in_words_and_detained_are_one_arrest():
    # «Двое подозреваемых задержаны»: one arrest told, not arrests counted
    text = "Двое подозреваемых задержаны. Ущерб составил 1,9 млн тенге."
    assert money_roles(text) == [(1_900_000, "single_case_loss")]


def test_a_bare_year_after_the_same_period_a_year_earlier_is_that_part_of_it():
    # «на 14% меньше, чем за аналогичный период прошлого года (в 2024 году – 596)»: 596 is the
    # nine months of 2024 the release compares with, not the whole of 2024
    text = (
        "За 9 месяцев 2025 года в области зарегистрировано 512 фактов интернет-мошенничества, что "
        "на 14% меньше, чем за аналогичный период прошлого года (в 2024 году – 596)."
    )
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist() == [
        [512, "За 9 месяцев 2025 года", False],
        [596, "За 9 месяцев 2025 года", True],
    ]
    period = resolve_period(found["period_text"].iloc[1], year_earlier=True)
    assert (period["period_start"], period["period_end"]) == ("2024-01-01", "2024-09-30")
    # Kazakh, the comparison in a sentence of its own
    text = (
        "2025 жылдың 9 айында өңірде интернет-алаяқтықтың 512 фактісі тіркелген. Бұл өткен "
        "жылдың сәйкес кезеңімен салыстырғанда 14 пайызға аз (2024 жылы – 596)."
    )
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist() == [
        [512, "2025 жылдың 9 айында", False],
        [596, "2025 жылдың 9 айында", True],
    ]
    # with no phrase of the same period, a year named alone is the whole of it
    text = "За 9 месяцев 2025 года зарегистрировано 512 фактов, а в 2024 году – 780."
    assert extract_figures(text)[["value", "period_text", "year_earlier"]].values.tolist() == [
        [512, "За 9 месяцев 2025 года", False],
        [780, "в 2024 году", False],
    ]


def test_the_year_before_alone_in_brackets_beside_part_of_a_year_is_that_part_of_it():
    # «(2024 г. – 1 298)» after a figure of the year so far: a release prints the same months
    # of the year before in brackets, as it prints «(в прошлом году – 733)»
    text = (
        "С начала 2025 года в регионе зарегистрировано 1 137 фактов интернет-мошенничества "
        "(2024 г. – 1 298). Сумма ущерба составила 1,9 млрд тенге (в 2024 году – 2,3 млрд)."
    )
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist() == [
        [1137, "С начала 2025 года", False],
        [1298, "С начала 2025 года", True],
        [1_900_000_000, "С начала 2025 года", False],
        [2_300_000_000, "С начала 2025 года", True],
    ]
    text = "2025 жылдың 9 айында 512 интернет-алаяқтық дерегі тіркелді (2024 жылы – 596)."
    assert extract_figures(text)["year_earlier"].tolist() == [False, True]
    # a year two years back, or the whole of a year compared, keeps its own phrase
    for text in (
        "За 9 месяцев 2025 года зарегистрировано 512 фактов интернет-мошенничества (2023 г. – 596).",
        "В 2025 году зарегистрировано 512 фактов интернет-мошенничества (2024 г. – 596).",
    ):
        found = extract_figures(text)
        assert found["year_earlier"].tolist() == [False, False]
        assert found["period_text"].iloc[1] in ("2023 г.", "2024 г.")


def test_last_year_at_this_time_in_kazakh_is_the_same_part_a_year_earlier():
    # «Былтыр осы уақытта 1 211 қылмыс тіркелген еді»: ten months of 2024, not the whole year
    text = (
        "Биыл он айда облыста интернет-алаяқтықтың 1 048 фактісі тіркелді. Былтыр осы уақытта "
        "1 211 факт тіркелген еді."
    )
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist() == [
        [1048, "Биыл он айда", False],
        [1211, "Биыл он айда", True],
    ]


def test_persons_detained_with_a_kazakh_converb_are_suspects():
    # «39 алаяқты ұстап, …» (detained, and then …)
    text = "Полиция 39 алаяқты ұстап, 17 қылмыстық топтың әрекетінің жолын кесті."
    assert roles(text) == [(39, "suspects"), (17, "other")]


def test_a_place_counted_after_a_ranking_counts_no_scheme():
    # the sentence after «Екінші орында – …» opens with a town's count, not that scheme's
    text = (
        "Екінші орында – банк қызметкерімін деп қоңырау шалу (298). Тараз қаласында 603 факт "
        "тіркелсе, Шу ауданында – 87."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "scheme"]].values.tolist() == [
        [298, "cases_scheme", "impersonation_call"],
        [603, "cases_total", ""],
        [87, "cases_total", ""],
    ]
    # a sentence opening with its count after a ranking still counts the scheme ranked
    text = "На втором месте — звонки лжебанкиров. В 11 эпизодах граждан убеждали перевести деньги."
    assert read_numbers(text)[["value", "role", "scheme"]].values.tolist() == [
        [11, "cases_scheme", "impersonation_call"]
    ]


def test_a_place_item_counts_what_the_count_told_before_it_counts():
    # «Тараз қаласында 603 факт тіркелсе, Шу ауданында – 87»: 87 are cases like 603, not the
    # victims an earlier list item counted
    text = (
        "Облыста 1 048 адам алаяқтардың құрбаны болды. Ең көп тараған әдіс – жалған "
        "хабарландырулар (412 факт). Екінші орында – банк қызметкерімін деп қоңырау шалу (298). "
        "Тараз қаласында 603 факт тіркелсе, Шу ауданында – 87, Қордай ауданында – 64."
    )
    assert roles(text) == [
        (1048, "victims"),
        (412, "cases_scheme"),
        (298, "cases_scheme"),
        (603, "cases_total"),
        (87, "cases_total"),
        (64, "cases_total"),
    ]


def test_the_staff_fraudsters_pose_as_lost_nothing():
    # «банк қызметкерлеріне сеніп»: trusting the «bank staff», one resident lost 8 million
    text = "Рудный қаласының тұрғыны «банк қызметкерлеріне» сеніп, 8 млн теңгесінен айырылды."
    assert money_roles(text) == [(8_000_000, "single_case_loss")]
    # staff who are counted are persons counted
    text = "Мошенники обманули 12 сотрудников предприятия на общую сумму 4 млн рублей."
    assert roles(text) == [(12, "victims"), (4_000_000, "damage_total")]


def test_this_year_so_far_is_the_months_the_headline_names():
    # «Итоги … за 10 месяцев 2025 года / С начала года зарегистрировано 1 245»: January–October
    text = (
        "Итоги работы полиции Шымкента за 10 месяцев 2025 года\n"
        "С начала года в мегаполисе зарегистрировано 1 245 фактов интернет-мошенничества."
    )
    assert extract_figures(text)["period_text"].tolist() == ["за 10 месяцев 2025 года"]
    # a months period named later is no lead: «С начала года» keeps its own reading
    text = (
        "С начала года в регионе зарегистрировано 1 245 фактов интернет-мошенничества. "
        "За 10 месяцев 2024 года их было 1 102."
    )
    assert extract_figures(text)["period_text"].tolist() == [
        "С начала года",
        "За 10 месяцев 2024 года",
    ]


def test_a_loan_asked_for_in_a_friends_name_is_the_messenger_scheme():
    assert map_scheme("просьбы о займе от имени знакомых в мессенджерах") == (
        "messenger_acquaintance"
    )
    assert map_scheme("взлом аккаунтов в WhatsApp и просьбы занять денег") == (
        "messenger_acquaintance"
    )
    # a loan taken out in someone's name is the loan scheme
    assert map_scheme("оформление онлайн-займов на чужое имя") == "online_loan"


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("2025 жылдың бірінші тоқсанында", "2025-01-01", "2025-03-31"),
        ("2025 жылдың алғашқы жартыжылдығында", "2025-01-01", "2025-06-30"),
        ("2024 жылдың бірінші жартысында", "2024-01-01", "2024-06-30"),
        ("2025 жылдың үшінші тоқсанында", "2025-07-01", "2025-09-30"),
    ],
)
def test_kazakh_quarters_and_halves_name_their_year_first(phrase, start, end):
    period = resolve_period(phrase)
    assert (period["period_start"], period["period_end"]) == (start, end)


def test_a_period_given_for_comparison_is_no_period_of_the_figures_after_it():
    # «Салыстыру үшін: 2024 жылдың бірінші жартысында 401 …»; the towns after it are of 2025
    text = (
        "2025 жылдың алғашқы жартыжылдығында облыста интернет-алаяқтықтың 356 дерегі тіркелді. "
        "Салыстыру үшін: 2024 жылдың бірінші жартысында 401 дерек тіркелген. Қылмыстардың басым "
        "бөлігі Ақтау қаласында (241) тіркелген."
    )
    assert extract_figures(text)[["value", "period_text"]].values.tolist() == [
        [356, "2025 жылдың алғашқы жартыжылдығында"],
        [401, "2024 жылдың бірінші жартысында"],
        [241, "2025 жылдың алғашқы жартыжылдығында"],
    ]
    text = (
        "За 9 месяцев 2025 года зарегистрировано 512 фактов интернет-мошенничества. Для "
        "сравнения: за 9 месяцев 2024 года – 596. Больше всего – в Актау (301)."
    )
    assert extract_figures(text)["period_text"].tolist() == [
        "За 9 месяцев 2025 года",
        "за 9 месяцев 2024 года",
        "За 9 месяцев 2025 года",
    ]


def test_a_figure_set_against_the_one_before_is_a_year_earlier():
    # «97 против 41»: 41 is the same nine months a year earlier
    text = "За 9 месяцев 2025 года рост отмечается по фактам лжеинвестиций: 97 против 41."
    found = extract_figures(text)
    assert found[["value", "year_earlier"]].values.tolist() == [[97, False], [41, True]]
    text = "За 9 месяцев 2025 года ущерб составил 890 млн тенге против 462 млн."
    found = extract_figures(text)
    assert found[["value", "year_earlier"]].values.tolist() == [
        [890_000_000, False],
        [462_000_000, True],
    ]
    # with a year of its own it is that year's
    text = "За 9 месяцев 2025 года зарегистрировано 97 фактов мошенничества против 41 в 2023 году."
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist() == [
        [97, "За 9 месяцев 2025 года", False],
        [41, "в 2023 году", False],
    ]


def test_an_average_opening_the_sentence_holds_over_a_clause_between():
    # «Средняя сумма хищения, при которой клиенты жалуются …, составила 6,7 тысяч рублей»
    text = (
        "Средняя сумма хищения, при которой клиенты банка жалуются на мошенников, составила "
        "6,7 тысяч рублей."
    )
    assert money_roles(text) == [(6_700, "other")]
    # a clause of its own with a noun names what the amount is
    text = "Средняя сумма хищения выросла, а ущерб жителей области составил 6,7 млн рублей."
    assert money_roles(text) == [(6_700_000, "damage_total")]


def test_a_kazakh_percent_word_borrowed_from_russian_makes_a_percent():
    # «Соның 16-18 проценті ғана ашылды» (only 16–18 per cent of them were solved)
    assert roles("Соның 16-18 проценті ғана ашылды.") == [(16, "percent"), (18, "percent")]


def test_doers_pointed_back_at_taking_from_many_is_one_cases_haul():
    # «эти сотрудники собрали … с более чем 80 граждан»: the officials of the story
    text = "В 2024 году эти сотрудники собрали более 700 тысяч долларов с более чем 80 граждан."
    assert money_roles(text) == [(700_000, "single_case_loss")]
    # pointed-back victims who hand money over are not doers
    text = "Эти пенсионеры перевели мошенникам 7 млн рублей."
    assert money_roles(text) == [(7_000_000, "damage_total")]


def test_a_noun_in_the_instrumental_after_a_scaled_number_is_not_what_it_counts():
    # «украл у нее почти 200 тысяч мелкими транзакциями»: money taken by small transfers
    text = "Кто-то украл у нее почти 200 тысяч мелкими транзакциями."
    assert roles(text) == [(200_000, "single_case_loss")]
    # a genitive after it is counted
    assert roles("Банк заблокировал 44 млн сомнительных звонков.") == [(44_000_000, "other")]


def test_what_a_business_brought_its_owners_is_earned_not_lost():
    text = (
        "К бизнесу сотовых операторов на мобильном контенте, принесшему им в прошлом году около "
        "$1,6 млрд, пристроился криминальный бизнес."
    )
    assert money_roles(text) == [(1_600_000_000, "other")]
    # what frauds brought the fraudsters, or the loss they brought, is the victims' loss
    text = "В 2024 году аферы принесли злоумышленникам 1,6 млрд рублей."
    assert money_roles(text) == [(1_600_000_000, "damage_total")]
    text = "В 2024 году мошенники принесли ущерб жителям области в 1,6 млрд рублей."
    assert money_roles(text) == [(1_600_000_000, "damage_total")]


def test_a_count_of_blocked_calls_reaching_a_million_is_no_money():
    # «количество заблокированных вызовов достигало одного млн»: calls, not money prevented
    text = "В апреле ежемесячное количество заблокированных вызовов достигало одного млн."
    assert roles(text) == [(1_000_000, "other")]
    assert roles("В 2025 году банки заблокировали более 3,5 млрд.") == [
        (2025, "date"),
        (3_500_000_000, "prevented"),
    ]


@pytest.mark.parametrize(
    ("text", "period", "earlier"),
    [
        (
            "2025 жылы өңірде интернет-алаяқтықтың 1 118 қылмысы тіркелді. Бұл 2024 жылмен "
            "салыстырғанда 9,3%-ға көп (1 023).",
            "2025 жылы",
            True,
        ),
        (
            "2025 жылы өңірде интернет-алаяқтықтың 1 118 қылмысы тіркелді. Бұл өткен жылмен "
            "салыстырғанда 9,3%-ға көп (1 023).",
            "2025 жылы",
            True,
        ),
        (
            "В 2025 году зарегистрировано 1 118 интернет-мошенничеств. Это на 9,3% больше, чем в "
            "2024 году (1 023).",
            "в 2024 году",
            False,
        ),
    ],
)
def test_a_count_in_brackets_after_a_comparison_with_the_year_before_is_that_years(
    text, period, earlier
):
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist()[-1] == [
        1023,
        period,
        earlier,
    ]


def test_a_comparison_with_another_year_than_the_one_before_marks_nothing():
    text = (
        "2025 жылы өңірде интернет-алаяқтықтың 1 118 қылмысы тіркелді. Бұл 2023 жылмен "
        "салыстырғанда 20%-ға көп (930)."
    )
    assert extract_figures(text)["year_earlier"].tolist() in ([False], [False, False])


def test_a_schemes_damage_in_its_list_item_after_a_quoted_adjective_is_that_schemes():
    # «по ним» points back at the item's cases; the quotes around «инвестиционные» keep it the
    # adjective that makes «схемы» plural, not one scheme's single loss
    text = (
        "Структура схем выглядит так:\n"
        "— звонки от имени сотрудников банков – 412;\n"
        "— «инвестиционные» схемы – 131, ущерб по ним превысил 780 млн тенге;\n"
        "— прочие – 209."
    )
    assert money_roles(text) == [(780_000_000, "damage_scheme")]


@pytest.mark.parametrize(
    ("text", "own", "earlier"),
    [
        (
            "В 2025 году в области зарегистрировано 964 факта интернет-мошенничества, в 2024 "
            "году этот показатель составлял 1 102. Мошенники похитили у жителей более 1,4 млрд "
            "тенге.",
            "В 2025 году",
            "в 2024 году",
        ),
        (
            "2025 жылы облыста 964 интернет-алаяқтық дерегі тіркелді, 2024 жылы бұл көрсеткіш "
            "1 102 болған. Алаяқтар тұрғындардан 1,4 миллиард теңгеден астам ақша алдап алған.",
            "2025 жылы",
            "2024 жылы",
        ),
    ],
)
def test_a_year_whose_count_restates_the_measure_is_no_period_of_the_sentences_after(
    text, own, earlier
):
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [
        [964, own],
        [1102, earlier],
        [1_400_000_000, own],
    ]


def test_a_period_after_only_goes_on_into_the_next_sentence():
    # «Только за минувшую неделю …» sets a stretch the sentences after it go on telling of
    text = (
        "С начала 2025 года жители края перечислили мошенникам 2,4 млрд рублей. Только за "
        "минувшую неделю у 197 жителей похищено более 78 млн рублей. Еще 48 случаев "
        "интернет-мошенничества связаны с фишинговыми ссылками."
    )
    periods = extract_figures(text).set_index("value")["period_text"]
    assert periods[48] == periods[78_000_000] == "за минувшую неделю"


@pytest.mark.parametrize(
    "ranking",
    [
        "Наименьшее количество зарегистрировано в Улытауской области (214).",
        "Наименьшее число – в Улытауской области (214).",
        "Меньше всего – в Улытауской области (214).",
    ],
)
def test_a_ranked_place_after_a_ranking_of_counts_counts_the_same(ranking):
    text = "Больше всего таких преступлений совершено в Алматы (4 812), Астане (3 905). " + ranking
    assert roles(text)[-1] == (214, "cases_total")


@pytest.mark.parametrize(
    "means", ["с использованием информационных технологий", "совершены с использованием IT"]
)
def test_a_part_of_fraud_done_by_internet_means_is_internet_fraud(means):
    text = f"В 2025 году зарегистрировано 2 036 мошенничеств, в том числе 1 412 – {means}."
    found = read_numbers(text).set_index("value")
    assert found.loc[[2036, 1412], "scope"].tolist() == ["all_fraud", "internet_fraud"]


def test_a_part_of_all_crime_done_by_internet_means_stays_cybercrime():
    text = (
        "В 2025 году зарегистрировано 5 000 преступлений, из них 1 412 – с использованием "
        "информационных технологий."
    )
    assert read_numbers(text).set_index("value").loc[1412, "scope"] == "cybercrime"


@pytest.mark.parametrize(
    ("phrase", "label"),
    [("алты айда", "2025 (6 months)"), ("он бір айда", "2025 (11 months)"),
     ("екі айда", "2025 (2 months)")],
)  # fmt: skip
def test_kazakh_months_counted_in_words_are_a_period(phrase, label):
    text = f"Абай облысында {phrase} 402 интернет-алаяқтық тіркелді."
    found = extract_figures(text)
    assert found["period_text"].tolist() == [phrase]
    assert resolve_period(phrase, published="2025-12-20")["period_label"] == label


def test_a_kazakh_year_compared_with_is_no_period_of_the_figures_after():
    # «былтырғы көрсеткіштен 48-ге көп»: 48 more than last year's figure; the damage after it is
    # not last year's
    text = (
        "Облыста 402 интернет-алаяқтық тіркелді. Бұл былтырғы көрсеткіштен 48-ге көп. "
        "Келтірілген залал – 610 миллион теңге."
    )
    assert extract_figures(text)["period_text"].tolist() == ["", ""]


def test_a_dated_list_line_under_its_own_measure_counts_that_measure():
    text = (
        "Показатели интернет-мошенничества в области:\n"
        "• зарегистрировано: 2024 г. – 702, 2025 г. – 655;\n"
        "• раскрыто: 2024 г. – 190, 2025 г. – 214."
    )
    assert [r for v, r in roles(text) if v in (702, 655, 190, 214)] == [
        "cases_total", "cases_total", "solved", "solved",
    ]  # fmt: skip


def test_a_heading_of_months_dates_the_items_of_the_lines_below_it():
    text = (
        "Показатели интернет-мошенничества в Мангистауской области (январь – ноябрь):\n"
        "• зарегистрировано: 2024 г. – 702, 2025 г. – 655;\n"
        "• ущерб: 2024 г. – 1,1 млрд тенге, 2025 г. – 1,32 млрд тенге.\n\n"
        "Годом раньше, по итогам всего года: 2023 г. – 610 фактов интернет-мошенничества."
    )
    periods = extract_figures(text).set_index("value")["period_text"]
    assert periods[702] == periods[1_100_000_000] == "январь – ноябрь 2024 года"
    assert periods[655] == periods[1_320_000_000] == "январь – ноябрь 2025 года"
    assert periods[610] == "2023 г."


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("қараша айында", "2025 (November)"),
        ("2024 жылдың қазан айында", "2024 (October)"),
        ("өткен жылғы қараша айында", "2024 (November)"),
        # «тоқсан» (a quarter) ends «желтоқсан» (December): no quarter here; the month of
        # publication, as «в декабре» is
        ("желтоқсан айында", "2025 (December)"),
    ],
)
def test_one_month_named_in_kazakh_is_that_month(phrase, label):
    text = (
        "Облыста биыл интернет-алаяқтықтың 1 030 дерегі тіркелді. "
        f"Оның ішінде {phrase} 96 дерек тіркелген."
    )
    found = extract_figures(text)
    assert found["period_text"].tolist() == ["биыл", phrase]
    assert resolve_period(phrase, published="2025-12-20")["period_label"] == label


def test_a_headline_figure_with_no_period_takes_the_bodys_first():
    text = (
        "Жители области за год отдали мошенникам более 1,3 млрд тенге\n"
        "По словам начальника полиции, в 2025 году зарегистрирован 1 021 факт "
        "интернет-мошенничества. Для сравнения, в 2024 году – 917."
    )
    assert extract_figures(text)["period_text"].tolist() == [
        "в 2025 году", "в 2025 году", "в 2024 году",
    ]  # fmt: skip


def test_a_headline_figure_takes_no_week_that_opens_the_body():
    text = (
        "Причиненный мошенниками ущерб составляет более 120 млн рублей\n"
        "Только за предыдущую неделю жители перечислили мошенникам 2,9 млн рублей."
    )
    assert extract_figures(text)["period_text"].tolist() == ["", "за предыдущую неделю"]


def test_a_first_sentence_that_is_no_headline_takes_no_later_period():
    text = (
        "Жители области отдали мошенникам более 1,3 млрд тенге.\n"
        "В 2025 году зарегистрирован 1 021 факт интернет-мошенничества."
    )
    assert extract_figures(text)["period_text"].tolist() == ["", "В 2025 году"]


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        (
            "В 2025 году зарегистрировано 655 интернет-мошенничеств, в 2024 году – 702. Ущерб "
            "составил 1,32 млрд тенге.",
            "В 2025 году",
        ),
        (
            "2025 жылы 655 интернет-алаяқтық дерек тіркелсе, 2024 жылы – 702. Зиян көлемі 1,32 "
            "млрд теңге болды.",
            "2025 жылы",
        ),
    ],
)
def test_a_sentence_after_a_series_of_years_takes_its_latest_year(text, latest):
    assert extract_figures(text)["period_text"].tolist()[-1] == latest


def test_a_sentence_after_one_year_takes_that_year():
    text = (
        "В 2023 году ущерб был 1 млрд тенге. В 2024 году зарегистрировано 702 "
        "интернет-мошенничества. Ущерб составил 1,32 млрд тенге."
    )
    assert extract_figures(text)["period_text"].tolist()[-1] == "В 2024 году"


def test_the_kazakh_total_of_all_criminal_offences_is_no_fraud_count():
    text = (
        "2025 жылы өңірде қылмыстық құқық бұзушылықтардың жалпы саны 4,1 пайызға азайды "
        "(9 870-нен 9 466-ға дейін). Интернет-алаяқтық қылмыстарының жалпы саны 843 болды."
    )
    assert [r for v, r in roles(text) if v in (9870, 9466, 843)] == [
        "other", "other", "cases_total",
    ]  # fmt: skip


def test_a_measure_restated_for_the_next_year_is_that_years_own_period():
    # «этот показатель» for a later year than the text's first is the series going on, not a
    # comparison: the sentences after it are of that year
    text = (
        "За 2023 год зарегистрировано 54 случая дистанционного мошенничества. В 2024 году этот "
        "показатель вырос до 74. Ущерб составил 12 млн рублей."
    )
    assert extract_figures(text)["period_text"].tolist() == [
        "За 2023 год", "В 2024 году", "В 2024 году",
    ]  # fmt: skip


def test_a_texts_first_period_is_its_own_even_after_only():
    text = (
        "Только за второй квартал 2024 года мошенники провели 257 тысяч операций. Удалось "
        "украсть 4,8 миллиарда рублей."
    )
    assert extract_figures(text)["period_text"].tolist() == ["за второй квартал 2024 года"]


def test_a_table_figure_takes_its_columns_period_and_its_rows_measure():
    text = (
        "Интернет-мошенничество в Мангистауской области\n\n"
        "Показатель\t2024 год\t2025 год\n"
        "Зарегистрировано фактов\t702\t655\n"
        "Раскрыто\t190\t214\n"
    )
    found = read_numbers(text).set_index("value")
    assert found.loc[[702, 655, 190, 214], "role"].tolist() == [
        "cases_total", "cases_total", "solved", "solved",
    ]  # fmt: skip
    periods = extract_figures(text).set_index("value")["period_text"]
    assert periods.to_dict() == {702: "2024 год", 655: "2025 год"}


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_a_table_of_years_by_row_takes_its_columns_measure(separator):
    rows = [
        ["Год", "Зарегистрировано фактов интернет-мошенничества", "Раскрыто"],
        ["2024 г.", "702", "190"],
        ["2025 г.", "655", "214"],
    ]
    text = "\n".join(separator.join(row) for row in rows)
    found = read_numbers(text).set_index("value")
    assert found.loc[[702, 190, 655, 214], "role"].tolist() == [
        "cases_total", "solved", "cases_total", "solved",
    ]  # fmt: skip
    periods = extract_figures(text).set_index("value")["period_text"]
    assert periods.to_dict() == {702: "2024 г.", 655: "2025 г."}


def test_an_html_table_is_read_as_a_table():
    text = (
        "<h2>Интернет-мошенничество</h2><table><tr><th>Показатель</th><th>2024 год</th>"
        "<th>2025 год</th></tr><tr><td>Зарегистрировано фактов</td><td>702</td><td>655</td>"
        "</tr><tr><td>Раскрыто</td><td>190</td><td>214</td></tr></table>"
    )
    found = read_numbers(text).set_index("value")
    assert found.loc[[702, 655, 190, 214], "role"].tolist() == [
        "cases_total", "cases_total", "solved", "solved",
    ]  # fmt: skip
    periods = extract_figures(text).set_index("value")["period_text"]
    assert periods.to_dict() == {702: "2024 год", 655: "2025 год"}


@pytest.mark.parametrize(
    "rows",
    [
        [["Показатель", "2024 год", "2025 год"], ["Ущерб, млн тенге", "1 100", "1 320"]],
        [["Год", "Ущерб (млн теңге)"], ["2024 жыл", "1 100"], ["2025 жыл", "1 320"]],
    ],
)
def test_a_table_cell_takes_the_unit_its_row_or_column_names(rows):
    text = "Интернет-алаяқтық\n\n" + "\n".join("\t".join(row) for row in rows)
    found = extract_figures(text)
    assert found[["value", "metric"]].values.tolist() == [
        [1_100_000_000, "damage"], [1_320_000_000, "damage"],
    ]  # fmt: skip
    assert read_numbers(text).set_index("value").loc[1_100_000_000, "currency"] == "KZT"


@pytest.mark.parametrize(
    "text",
    [
        "Жалобы в основном касались покупок в интернете (41,2 тыс.) и инвестиций (18,5 тыс.).",
        "Обращения граждан чаще всего касались звонков от имени банков (41,2 тыс.) и "
        "инвестиций (18,5 тыс.).",
    ],
)
def test_counts_of_complaints_by_topic_are_complaints_not_cases_of_a_scheme(text):
    assert [r for _, r in roles(text)] == ["antifraud_incidents", "antifraud_incidents"]


@pytest.mark.parametrize(
    ("told", "role"),
    [
        ("жители сообщили, что их обманули мошенники,", "antifraud_incidents"),
        ("жители заявили о том, что их обманули мошенники,", "antifraud_incidents"),
        ("жители сообщили в полицию, что их обманули мошенники,", "cases_total"),
    ],
)
def test_times_reported_elsewhere_than_to_the_police_are_complaints(told, role):
    assert roles(f"С начала года {told} более 12 тыс. раз.") == [(12_000, role)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("с 14 до 2 суток", "суток"), ("от 3 до 5 дней", "дней"), ("с 10 до 4 часов", "часов")],
)
def test_the_first_end_of_a_range_of_time_is_a_duration(text, unit):
    found = read_numbers(f"Ведомства сократили время блокировки сайтов {text}.")
    assert found[["role", "cues"]].values.tolist() == [["date", unit], ["date", unit]]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Следователь отправился в 2000-мильную поездку по трём штатам.", "other"),
        ("В 2000-х годах таких схем не было.", "date"),
        ("В 2000-м году таких схем не было.", "date"),
    ],
)
def test_a_number_glued_to_an_adjective_of_a_measure_is_no_year(text, role):
    assert roles(text)[0] == (2000, role)


def test_a_loss_after_one_victims_sentence_is_hers_whatever_total_came_before():
    text = (
        "За неделю мошенники похитили у жителей области более 5 млн тенге. Больше всех "
        "пострадала 45-летняя жительница Актобе: она перевела деньги «брокеру». Ущерб составил "
        "3 млн 100 тыс. тенге."
    )
    assert money_roles(text) == [(5_000_000, "damage_total"), (3_100_000, "single_case_loss")]


def test_a_total_after_one_victims_sentence_stays_a_total():
    text = (
        "45-летняя жительница Актобе перевела «брокеру» 3 млн тенге. Всего за неделю жители "
        "области потеряли из-за мошенников более 5 млн тенге."
    )
    assert money_roles(text) == [(3_000_000, "single_case_loss"), (5_000_000, "damage_total")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("В Жетысуской области мошенники выманили у пенсионерки 7 млн тенге.", "single_case_loss"),
        ("В Жетысуской области мошенники выманили у жительницы 7 млн тенге.", "single_case_loss"),
        ("В Жетысуской области мошенники выманили у пенсионеров 700 млн тенге.", "damage_total"),
    ],
)
def test_one_victim_after_a_genitive_preposition_outweighs_the_region_of_the_scene(text, role):
    assert money_roles(text) == [(7_000_000 if role == "single_case_loss" else 700_000_000, role)]


def test_who_gave_an_estimate_in_the_sentence_before_is_no_victim():
    text = (
        "Более пессимистичную оценку дает управляющий директор компании Олег Сафонов. "
        "Российские компании теряют из-за мошенников примерно 600 млрд рублей в год."
    )
    assert money_roles(text) == [(600_000_000_000, "damage_total")]


def test_the_schemes_after_a_whole_named_with_iz_label_its_parts_not_it():
    text = (
        "Из 900 фактов интернет-мошенничества звонки от имени банков – 320, покупки на "
        "маркетплейсах – 190."
    )
    assert [r for _, r in roles(text)] == ["cases_total", "cases_scheme", "cases_scheme"]
    assert extract_figures(text)["scheme"].tolist() == [
        "", "impersonation_call", "prepayment",
    ]  # fmt: skip


def test_a_clause_of_when_after_the_same_period_a_year_earlier_counts_what_was_counted():
    # «…, когда было 1 096»: the clause names no noun; the period it is of stands before its comma
    text = (
        "За десять месяцев 2025 года мы зарегистрировали 964 таких преступления "
        "интернет-мошенничества. Это на 12% меньше, чем за аналогичный период прошлого года, когда "
        "было 1 096."
    )
    found = extract_figures(text)
    assert found[["value", "year_earlier"]].values.tolist() == [[964, False], [1096, True]]
    assert found["metric"].tolist() == ["cases", "cases"]
    # a «когда» clause of its own noun is read by it
    assert roles("В прошлом году, когда задержали 12 человек, дело закрыли.")[-1] == (
        12,
        "suspects",
    )


def test_a_loss_after_a_scheme_count_with_a_long_name_is_that_schemes():
    # the scheme's name takes eight words before its count; its loss in the same sentence is its own
    text = (
        "Звонки от имени сотрудников банков и правоохранительных органов – 356 фактов (31%), "
        "ущерб – 934 млн тенге."
    )
    assert roles(text) == [(356, "cases_scheme"), (31, "percent"), (934_000_000, "damage_scheme")]
    # a loss told as the whole is not the scheme's
    text = (
        "Звонки от имени сотрудников банков и правоохранительных органов – 356 фактов. Общий "
        "ущерб по области – 1,9 млрд тенге."
    )
    assert roles(text)[-1] == (1_900_000_000, "damage_total")


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (
            "Количество интернет-мошенничеств в Шымкенте за 6 месяцев 2025 года\n"
            "Январь – 141\nФевраль – 128\nМай – 149\nИтого за полугодие – 418 фактов.",
            ["2025 (January)", "2025 (February)", "2025 (May)", "2025 (6 months)"],
        ),
        (
            "Динамика интернет-мошенничеств в 2025 году:\n• январь 2025 г. – 141;\n"
            "• февраль 2025 г. – 128.",
            ["2025 (January)", "2025 (February)"],
        ),
        (
            "Облыс бойынша интернет-алаяқтық деректері, 2025 жыл:\nҚаңтар – 61\nАқпан – 58",
            ["2025 (January)", "2025 (February)"],
        ),
    ],
)
def test_a_list_line_labelled_by_a_month_is_that_months_count(text, periods):
    # each line counts what its heading counts, for the month of its label: not the heading's
    # whole period, and not nothing
    found = extract_figures(text)
    assert found["metric"].tolist() == ["cases"] * len(periods)
    labels = [
        resolve_period(p, published="2025-07-10")["period_label"] for p in found["period_text"]
    ]
    assert labels == periods


def test_a_bullet_before_a_years_line_keeps_it_an_item():
    # «• 2024 г. – 702»: the bullet stands where a line's start would
    text = "Количество интернет-мошенничеств:\n• 2024 г. – 702;\n🔹 2025 г. – 655."
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [[702, "2024 г."], [655, "2025 г."]]


def test_a_total_pointing_back_after_a_schemes_share_is_the_total():
    # «Всего … таких преступлений» after «60% всех интернет-мошенничеств – это звонки»: the whole,
    # not the scheme the share named («всего» reads as the lemma «весь»)
    text = (
        "Более 60% всех интернет-мошенничеств в области – это звонки от имени сотрудников "
        "банков. Всего в 2025 году зарегистрировано 1 356 таких преступлений."
    )
    assert roles(text)[-1] == (1356, "cases_total")
    # without «всего» the pointer names the scheme told
    text = (
        "Чаще всего мошенники звонят от имени сотрудников банков. В 2025 году зарегистрировано "
        "356 таких преступлений."
    )
    assert roles(text)[-1] == (356, "cases_scheme")


def test_fraud_pointed_back_at_a_story_of_internet_fraud_is_internet_fraud():
    # «осындай алаяқтықтың 97 дерегі», «97 подобных мошенничеств» after a story told online
    for text in (
        "Ақмола облысында бір тұрғын интернет арқылы көлік сатып алмақ болып, алаяқтарға 2,8 млн "
        "теңге аударған. Облыста биыл осындай алаяқтықтың 97 дерегі тіркелген.",
        "Житель Кокшетау перевёл 2,8 млн тенге, пытаясь купить автомобиль через интернет. В "
        "области с начала года зарегистрировано 97 подобных мошенничеств.",
    ):
        frame = read_numbers(text)
        assert frame[["value", "scope"]].values.tolist()[-1] == [97, "internet_fraud"]
    # a story that names no internet means leaves fraud all fraud
    text = (
        "Пенсионерка отдала незнакомцу 300 тысяч тенге у подъезда. В области с начала года "
        "зарегистрировано 97 подобных мошенничеств."
    )
    assert read_numbers(text)["scope"].tolist()[-1] == "all_fraud"


def test_personal_data_in_kazakh_is_no_case_count():
    # «жеке деректер» (personal data): «дерек» is a case only when it counts one
    text = "Қазақстанда тұрғындардың жеке деректерін таратқан сегіз Telegram-бот бұғатталды."
    assert roles(text) == [(8, "other")]
    assert roles("Облыста биыл алаяқтықтың 97 дерегі тіркелген.")[0] == (97, "cases_total")


def test_a_capital_glued_to_a_number_is_a_code_not_an_article():
    text = "Половине клиентов советуют ставить на П1, остальным – на П2, по п. 2 статьи 190."
    assert [r for _, r in roles(text)] == ["percent", "other", "other", "article", "article"]


def test_latin_letters_glued_before_a_number_end_a_name():
    # «Эксперты F6», «сообщил infopro54.ru»: the number ends a company's or a site's name
    text = (
        "Ущерб превысил 1 миллиард рублей, сообщил нашим коллегам infopro54.ru начальник отдела. "
        "Эксперты F6 заявили о новых случаях."
    )
    assert roles(text)[1:] == [(54, "other"), (6, "other")]
    # a Russian word glued to a count by a lost space still counts
    text = "За январь-март 2025 года в районе зафиксировано7 преступлений, связанных с интернетом."
    assert (7, "cases_total") in roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "2025 жылғы 1 қаңтар мен 1 желтоқсан аралығында интернет-алаяқтықтың 1 476 дерегі тіркелген.",
        "2025 жылғы 1 қаңтардан 1 желтоқсанға дейін интернет-алаяқтықтың 1 476 дерегі тіркелген.",
    ],
)
def test_kazakh_days_from_the_first_of_january_are_that_part_of_the_year(text):
    # «1 қаңтар мен 1 желтоқсан аралығында» (between 1 January and 1 December): not all of 2025
    (phrase,) = extract_figures(text)["period_text"].tolist()
    period = resolve_period(phrase, published="2025-12-20")
    assert (period["period_start"], period["period_end"]) == ("2025-01-01", "2025-12-01")


def test_a_period_in_the_brackets_of_a_lists_heading_dates_its_lines():
    # «Статистика … (2025 год):» over «Зарегистрировано – 742»: the lines are of 2025
    text = (
        "Статистика интернет-мошенничества в Абайской области (2025 год):\n"
        "Зарегистрировано – 742\nРаскрыто – 218\nУщерб – 1 104 млн тенге"
    )
    found = extract_figures(text)
    assert found[["metric", "value", "period_text"]].values.tolist() == [
        ["cases", 742, "2025 год"],
        ["damage", 1_104_000_000, "2025 год"],
    ]
    # a bracket in running text still keeps its period to itself
    text = (
        "Раскрыто 218 преступлений (в 2024 году – 190). Зарегистрировано 742 факта "
        "интернет-мошенничества."
    )
    assert extract_figures(text)["period_text"].tolist() == [""]


def test_a_scheme_set_apart_by_a_dash_after_a_loss_is_its_scheme():
    text = (
        "Общая сумма ущерба – 1,3 млрд тенге. Из них 412 млн тенге похищено под видом "
        "инвестиций, ещё 286 млн тенге – через звонки от «сотрудников банков»."
    )
    assert money_roles(text) == [
        (1_300_000_000, "damage_total"),
        (412_000_000, "damage_scheme"),
        (286_000_000, "damage_scheme"),
    ]
    assert extract_figures(text)["scheme"].tolist() == ["", "fake_investment", "impersonation_call"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Доходы кибермошенников в 2024 году составили 3,2 млрд рублей.", 3_200_000_000),
        ("Заработок мошеннических групп за год превысил 1,5 млрд рублей.", 1_500_000_000),
        ("Прибыль аферистов от таких звонков оценивают в 40 млн тенге.", 40_000_000),
    ],
)
def test_what_fraudsters_earned_is_their_victims_loss(text, value):
    (row,) = extract_figures(text)[["metric", "value"]].values.tolist()
    assert row == ["damage", value]


def test_an_income_of_no_fraudster_is_no_loss():
    assert money_roles("Мужчина с доходом 50 тыс. рублей взял кредит у знакомого.") == [
        (50_000, "other")
    ]


def test_the_earnings_of_many_groups_are_no_arrested_groups_haul():
    # «групп» in the genitive plural: gangs counted by analysts, not one arrested group
    text = (
        "В целом, за 2023 год заработок всех преступных групп, использующих эту схему "
        "мошенничества, оценивается более чем в 6,2 млн долларов."
    )
    assert money_roles(text) == [(6_200_000, "damage_scheme")]
    # an arrest of two groups names its verb, and stays one operation's haul
    text = (
        "Полицейские задержали участников двух преступных групп, похитивших у пенсионеров "
        "12 млн рублей."
    )
    assert money_roles(text) == [(12_000_000, "single_case_loss")]


@pytest.mark.parametrize(
    "text",
    [
        "Алаяқтар Instagram пайдаланушыларының парақшасын бұзады. Осыдан кейін «бұл парақша "
        "бұзылған және сіз 200-ден 1000 долларға дейін төлеуіңіз керек» деген SMS хабарлама "
        "келе бастайды.",
        "Алаяқтар парақшаны бұзып, «сіз 200-ден 1000 долларға дейін төлеуіңіз керек» деп "
        "хабарлама жібереді.",
    ],
)
def test_a_kazakh_payment_demanded_is_no_loss(text):
    # «төлеуіңіз керек» (you must pay): what the fraudsters demand, not what anyone lost
    assert money_roles(text) == [(200, "other"), (1000, "other")]
    assert extract_figures(text).empty


def test_a_kazakh_payment_made_is_a_loss():
    assert money_roles("Тұрғын алаяқтарға 500 мың теңге аударған.") == [
        (500_000, "single_case_loss")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Самой пожилой потерпевшей было 84 года.",
        "Самой пожилой потерпевшей исполнилось 84 года.",
        "Пострадавшему было 84 года.",
    ],
)
def test_years_someone_had_are_an_age(text):
    assert roles(text) == [(84, "age")]


@pytest.mark.parametrize(
    "text",
    [
        "В Туркестанской области за 10 месяцев текущего года зарегистрировано 587 фактов "
        "интернет-мошенничества. Это на 9% меньше, чем за аналогичный период прошлого года "
        "(в 2024 году – 645).",
        "Түркістан облысында биылғы 10 айда интернет-алаяқтықтың 587 дерегі тіркелді. Бұл "
        "былтырғы көрсеткіштен 9 пайызға аз (2024 жылы – 645).",
        "Түркістан облысында биылғы 10 айда интернет-алаяқтықтың 587 дерегі тіркелді. Бұл өткен "
        "жылдың сәйкес кезеңімен салыстырғанда 9 пайызға аз (2024 жылы – 645).",
    ],
)
def test_a_year_in_brackets_after_part_of_this_year_is_that_part_a_year_earlier(text):
    # this year's ten months name no year's number: 645 is the same ten months of 2024
    found = extract_figures(text)
    assert found["value"].tolist() == [587, 645]
    assert found["year_earlier"].tolist() == [False, True]
    (phrase,) = set(found["period_text"])
    period = resolve_period(phrase, published="2025-11-20")
    assert (period["period_start"], period["period_end"]) == ("2025-01-01", "2025-10-31")


def test_a_scheme_named_before_the_registering_verb_is_the_counts_scheme():
    # the adjective of the fronted noun names the scheme; the loss «по ним» is that scheme's
    text = (
        "С начала года в регионе зарегистрировано 1 012 интернет-мошенничеств. Общий ущерб "
        "превысил 1,4 млрд тенге. Инвестиционных мошенничеств зарегистрировано 118, ущерб по "
        "ним составил 520 млн тенге."
    )
    found = extract_figures(text)
    assert found[["metric", "value", "scheme"]].values.tolist() == [
        ["cases", 1012, ""],
        ["damage", 1_400_000_000, ""],
        ["cases", 118, "fake_investment"],
        ["damage", 520_000_000, "fake_investment"],
    ]


def test_the_period_of_a_figure_compared_with_is_not_carried_on():
    # «против 980 млн в 2024-м» dates the 980 alone; the parts after are of 2025's count
    text = (
        "За 2025 год в Мангистауской области зарегистрировано 689 интернет-мошенничеств. "
        "Ущерб составил 1 120 млн тенге против 980 млн в 2024-м. Из общего числа 214 "
        "преступлений совершены путём звонков от имени банков, 173 – при покупке товаров "
        "через интернет."
    )
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [
        [689, "За 2025 год"],
        [1_120_000_000, "За 2025 год"],
        [980_000_000, "в 2024-м"],
        [214, "За 2025 год"],
        [173, "За 2025 год"],
    ]


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("ағымдағы жылдың қаңтар-қазан айларында", ("2025-01-01", "2025-10-31")),
        ("биылғы қаңтар–қазан айларында", ("2025-01-01", "2025-10-31")),
        ("өткен жылдың қаңтар-қазан айларында", ("2024-01-01", "2024-10-31")),
    ],
)
def test_kazakh_months_from_january_of_this_or_last_year(phrase, span):
    text = f"Шымкентте {phrase} интернет-алаяқтықтың 1 103 фактісі тіркелді."
    (found,) = extract_figures(text)["period_text"].tolist()
    assert found == phrase
    period = resolve_period(found, published="2025-11-15")
    assert (period["period_start"], period["period_end"]) == span


def test_a_named_year_before_the_same_period_makes_it_a_year_earlier():
    # «в 2024 году за тот же период – 1 480»: 1 480 is the year so far of 2024, and the loss
    # after it is this year's, not 2024's
    text = (
        "Всего с начала года в Гродненской области зарегистрировано 1 206 киберпреступлений, в "
        "2024 году за тот же период – 1 480. Ущерб от них составил почти 5,9 млн рублей."
    )
    found = extract_figures(text)
    assert found[["value", "period_text", "year_earlier"]].values.tolist() == [
        [1206, "с начала года", False],
        [1480, "с начала года", True],
        [5_900_000, "с начала года", False],
    ]


def test_parts_of_a_loss_told_after_it_take_the_scheme_their_clause_names():
    text = (
        "В Омской области с начала года жертвами кибермошенников стали более 3,2 тысячи "
        "человек. Общий ущерб превысил 1,1 млрд рублей. Больше всего денег – около 480 млн – "
        "жители отдали «инвесторам». Ещё 230 млн рублей перевели на «безопасные счета» после "
        "звонков лжесотрудников банков."
    )
    found = extract_figures(text)
    assert found[["value", "currency", "scheme"]].values.tolist() == [
        [1_100_000_000, "RUB", ""],
        [480_000_000, "RUB", "fake_investment"],
        [230_000_000, "RUB", "impersonation_call"],
    ]


def test_kazakh_months_within_and_of_last_year():
    # «он ай ішінде» (within ten months); «Былтырғы жылдың он айында» (last year's ten months)
    text = (
        "Қарағанды облысы бойынша он ай ішінде интернет-алаяқтықтың 1 415 дерегі тіркеліп, "
        "жалпы шығын 2,3 млрд теңгеге жетті. Былтырғы жылдың он айында бұл көрсеткіш 1 602 "
        "дерек болған."
    )
    found = extract_figures(text)
    spans = [
        (p["period_start"], p["period_end"])
        for p in (resolve_period(t, published="2025-11-15") for t in found["period_text"])
    ]
    assert found["value"].tolist() == [1415, 2_300_000_000, 1602]
    assert spans == [("2025-01-01", "2025-10-31")] * 2 + [("2024-01-01", "2024-10-31")]


@pytest.mark.parametrize(
    "text",
    [
        "В Атырауской области в 2024 году зарегистрировано 812 интернет-мошенничеств, а за 10 "
        "месяцев 2025 года – 655. Ущерб составил соответственно 1,2 млрд и 980 млн тенге.",
        "Атырау облысында 2024 жылы интернет-алаяқтықтың 812 дерегі тіркелген, ал 2025 жылдың 10 "
        "айында – 655. Келтірілген шығын сәйкесінше 1,2 млрд және 980 млн теңге.",
    ],
)
def test_amounts_given_respectively_take_the_periods_in_order(text):
    # two amounts joined by «и»/«және», not one of 2,18 billion; the currency printed once
    found = extract_figures(text)
    rows = found[["value", "currency"]].values.tolist()
    assert rows == [[812, ""], [655, ""], [1_200_000_000, "KZT"], [980_000_000, "KZT"]]
    spans = [
        resolve_period(t, published="2025-11-15")["period_label"] for t in found["period_text"]
    ]
    assert spans == ["2024 (full year)", "2025 (10 months)"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Прокуроры установили, что фермеры незаконно получали субсидии. Общий ущерб государству "
        "по выявленным эпизодам составил 271 миллион тенге.",
        "В результате махинаций с госзакупками государству причинён ущерб в размере 685,8 "
        "миллиона тенге.",
        "Подрядчики нанесли ущерб бюджету на 24 миллиона тенге.",
    ],
)
def test_a_loss_to_the_state_is_one_cases_not_fraud_victims(text):
    # subsidies, procurement: the state lost, in one case; not a region's damage of fraud
    assert money_roles(text)[-1][1] == "single_case_loss"
    assert extract_figures(text).empty


def test_a_loss_to_the_state_from_internet_fraud_stays_damage():
    text = "Общий ущерб государству от интернет-мошенничества за год составил 5 млрд тенге."
    assert money_roles(text) == [(5_000_000_000, "damage_total")]


@pytest.mark.parametrize(
    "text",
    [
        "Ущерб составил 7 млрд тенге. Вернуть удалось лишь 11% похищенного. Это 777 млн тенге.",
        "Залал 7 млрд теңге. Жоғалған соманың тек 11 пайызы ғана қайтарылды. Бұл 777 миллион "
        "теңге соманы құрайды.",
    ],
)
def test_a_sentence_saying_as_money_what_was_returned_is_recovered(text):
    assert money_roles(text) == [(7_000_000_000, "damage_total"), (777_000_000, "recovered")]


def test_a_year_before_a_word_of_penalties_is_still_a_year():
    # «обязательной» is a word of penalties («обязательные работы»), not of this year
    text = "Система запущена с 1 июля 2024 года и стала обязательной для всех туристов."
    assert roles(text) == [(1, "date"), (2024, "date")]
    assert roles("Суд приговорил его к 5 годам обязательных работ.") == [(5, "other")]


@pytest.mark.parametrize(
    ("phrase", "place"),
    [
        ("в Жетысуской области", "jetisu"),  # «Жетісу» spelled the Russian way
        ("Абайской области", "abai"),  # a name shorter than five letters
        ("Улытауской области", "ulytau"),
        ("Шығыс Қазақстан облысында", "east_kazakhstan"),
    ],
)
def test_a_regions_russian_spelling_is_its_own_place(phrase, place):
    from fraud_research.dataset.registry import load_places

    places = load_places()
    assert is_own_place(phrase, [places.at[place, "name_ru"], places.at[place, "name_kk"]])


def test_each_registry_name_is_its_own_place_only():
    # «Солтүстік Қазақстан облысы» shares «Қазақстан» with the east and the west, and is neither
    from fraud_research.dataset.registry import load_places

    places = load_places()
    names = {p: [r.name_ru, r.name_kk] for p, r in places.iterrows() if p != "kazakhstan"}
    owned = [
        (name, other)
        for place, own_names in names.items()
        for name in own_names
        for other, other_names in names.items()
        if is_own_place(name, other_names) != (other == place)
    ]
    assert owned == []


def test_kazakh_parts_of_a_loss_set_apart_by_a_dash_name_their_way_after_it():
    # «58 млн теңгесі – OLX сайтындағы алдын ала төлем арқылы»: «арқылы» (by) follows the way
    text = (
        "Ұлытау облысында биыл 11 айда интернет-алаяқтықтың 214 дерегі тіркелді. Залал 287 млн "
        "теңгені құрады. Оның 96 млн теңгесі – жалған инвестициялық платформалар арқылы, 58 млн "
        "теңгесі – OLX сайтындағы алдын ала төлем арқылы жасалған алаяқтықтан."
    )
    found = extract_figures(text)
    assert found[["value", "scheme"]].values.tolist() == [
        [214, ""],
        [287_000_000, ""],
        [96_000_000, "fake_investment"],
        [58_000_000, "prepayment"],
    ]


def test_fake_sellers_are_the_prepayment_scheme():
    assert map_scheme("уловки лжепродавцов") == "prepayment"
    assert map_scheme("фейковые продавцы") == "prepayment"


def test_a_regions_abbreviation_names_that_region():
    from fraud_research.dataset.registry import load_places

    places = load_places()
    east = [places.at["east_kazakhstan", "name_ru"], places.at["east_kazakhstan", "name_kk"]]
    assert (place_kind("ВКО"), is_own_place("ВКО", east)) == ("region", True)
    assert not is_own_place("СКО", east)
    text = "В СКО с начала года зарегистрировано 345 интернет-мошенничеств."
    assert extract_figures(text)["place_text"].tolist() == ["СКО"]


def test_a_police_units_name_states_no_scope():
    # «управления по противодействию киберпреступности» names who speaks, not what is counted
    text = (
        "По словам начальника управления по противодействию киберпреступности, с начала года "
        "зарегистрировано 712 фактов мошенничества."
    )
    frame = read_numbers(text)
    assert frame[["value", "scope"]].values.tolist() == [[712, "all_fraud"]]
    # nothing else says what the 712 reports are: not cybercrime for the unit's name
    text = (
        "С начала года жители области перевели мошенникам 1 млрд 48 млн тенге. По словам "
        "начальника управления по противодействию киберпреступности, зарегистрировано 712 "
        "заявлений."
    )
    assert text_scopes(text) == set()


def test_a_messengers_post_with_keycap_numbers_and_a_headline_of_months():
    # «итоги 10 месяцев» dates the post; «1️⃣ Покупки в интернете — 248» is a list's item
    text = (
        "📊 Киберпреступность в Абайской области: итоги 10 месяцев\n\n"
        "🔹 Зарегистрировано: 615 интернет-мошенничеств (-8%)\n🔹 Ущерб: 702,4 млн ₸\n\n"
        "Топ-3 схемы:\n1️⃣ Покупки в интернете — 248\n2️⃣ Звонки «из банка» — 171\n"
        "3️⃣ Инвестиции — 77"
    )
    found = extract_figures(text)
    assert found[["value", "scheme", "period_text"]].values.tolist() == [
        [615, "", "итоги 10 месяцев"],
        [702_400_000, "", "итоги 10 месяцев"],
        [248, "prepayment", "итоги 10 месяцев"],
        [171, "impersonation_call", "итоги 10 месяцев"],
        [77, "fake_investment", "итоги 10 месяцев"],
    ]
    assert text[found["start"][2] : found["end"][2]] == "248"
    period = resolve_period("итоги 10 месяцев", published="2025-11-10")
    assert (period["period_start"], period["period_end"]) == ("2025-01-01", "2025-10-31")


def test_cases_when_fraudsters_did_something_are_a_part_not_the_total():
    # «14 фактов, когда аферисты подделывали голос родственников»: a way outside the taxonomy
    text = (
        "С начала года зафиксировано 14 фактов, когда аферисты подделывали голос родственников. "
        "Всего же интернет-мошенничеств в ЗКО за 10 месяцев – 597."
    )
    assert roles(text) == [(14, "cases_scheme"), (10, "date"), (597, "cases_total")]


def test_the_total_loss_of_one_criminal_case_is_no_regions_damage():
    # a court hearing or an indictment of one case: «общий ущерб» is that case's
    text = (
        "В районном суде Костаная начали рассматривать уголовное дело в отношении двух "
        "лжеброкеров. Следствие считает, что общий ущерб составил около 48 миллионов тенге."
    )
    assert money_roles(text) == [(48_000_000, "single_case_loss")]
    assert extract_figures(text).empty
    # «В итоге» (in the end) is no result of a period
    text = (
        "Суд начал рассматривать уголовное дело в отношении двух лжеброкеров. В итоге общий "
        "ущерб составил 48 миллионов тенге."
    )
    assert money_roles(text) == [(48_000_000, "single_case_loss")]
    # «фигурант уголовного дела» is the pretext phone scammers tell, and a weekly summary is
    # statistics: its total stays the region's damage
    text = (
        "Пенсионерке сказали, что она фигурант уголовного дела. За неделю от действий "
        "мошенников пострадали 14 жителей области. Общий ущерб превысил 31 млн тенге."
    )
    assert money_roles(text) == [(31_000_000, "damage_total")]
    text = (
        "За минувшую неделю жертвами аферистов стали 9 павлодарцев, общий ущерб — 12 млн тенге. "
        "По каждому факту возбуждено уголовное дело."
    )
    assert money_roles(text) == [(12_000_000, "damage_total")]


def test_episodes_an_investigation_established_in_one_case_are_solved():
    text = (
        "В рамках уголовного дела следователи установили 11 эпизодов обмана покупателей. "
        "Ущерб превысил 2 млн тенге."
    )
    assert roles(text)[0] == (11, "solved")
    # the region's episodes registered stay its cases
    assert roles("С начала года установлено 15 эпизодов интернет-мошенничества.") == [
        (15, "cases_total")
    ]


def test_participants_of_the_war_or_a_programme_are_no_gang_members():
    text = (
        "Жертвами лжеюристов стали 17 семей участников специальной военной операции. Ещё "
        "трое участников преступной группы задержаны."
    )
    assert roles(text) == [(17, "victims"), (3, "suspects")]


def test_administrative_cases_are_no_crimes():
    assert roles("Былтыр ЭЦҚ-ны бергені үшін 64 әкімшілік іс тіркелді.") == [(64, "other")]
    assert roles("По фактам передачи ЭЦП составлено 38 административных дел.") == [(38, "other")]


def test_a_number_in_a_web_address_counts_nothing():
    text = "Пострадали более 300 дольщиков, сообщает www.45.ru. По данным 24.kg, их больше."
    assert roles(text) == [(300, "victims"), (45, "other"), (24, "other")]


def test_the_second_of_two_articles_named_in_brackets_is_an_article():
    text = (
        "Возбуждено дело по статьям 190 (мошенничество) и 385 (подделка документов) "
        "Уголовного кодекса."
    )
    assert roles(text) == [(190, "article"), (385, "article")]
    # a count after «и» with a verb between is no article
    assert roles("По статье 190 зарегистрировано 12 фактов и 7 (кражи).")[1:] == [
        (12, "cases_total"),
        (7, "cases_total"),
    ]


def test_a_kazakh_half_year_is_a_period_and_cyber_fraud_is_internet_fraud():
    text = (
        "Жарты жылда Атырау облысында кибералаяқтық қылмыстар саны 11 пайызға азайып, 244 "
        "дерек тіркелді."
    )
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist() == [[244, "Жарты жылда"]]
    assert read_numbers(text)["scope"].tolist()[-1] == "internet_fraud"
    period = resolve_period("Жарты жылда", published="2025-07-15")
    assert (period["period_start"], period["period_end"]) == ("2025-01-01", "2025-06-30")
    # another year's half is not this year's
    earlier = read_numbers("Өткен жылдың жарты жылында 300 дерек тіркелді.")
    assert earlier[earlier["proposed"]]["period_text"].tolist() == [""]


def test_a_year_earlier_figure_takes_the_place_of_the_figure_it_is_compared_with():
    text = (
        "С начала года в Иссык-Кульской области зарегистрировано 412 интернет-мошенничеств. "
        "Ущерб превысил 60 млн сомов. Для сравнения: за тот же период прошлого года было "
        "зарегистрировано 350 таких преступлений."
    )
    frame = read_numbers(text)
    assert frame[["value", "place_text"]].values.tolist() == [
        [412, "Иссык-Кульской области"],
        [60_000_000, ""],
        [350, "Иссык-Кульской области"],
    ]
    # a wider area named between keeps the figure its own
    text = (
        "В Сарыагашском районе зарегистрировано 120 фактов интернет-мошенничества. Всего по "
        "области за тот же период прошлого года было зарегистрировано 700 фактов."
    )
    assert read_numbers(text)["place_text"].tolist()[-1] == ""


def test_a_kazakh_amount_that_reached_another_is_the_earlier_end():
    # «410 млн теңгеден 803 млн теңгеге жетті»: the first end is last year's
    text = (
        "Павлодар облысында 2025 жылы 488 интернет-алаяқтық тіркелді. Залал 512 млн теңгеден "
        "917 млн теңгеге жетті."
    )
    found = extract_figures(text)
    assert found[["value", "year_earlier"]].values.tolist() == [
        [488, False],
        [512_000_000, True],
        [917_000_000, False],
    ]


def test_a_kazakh_count_whose_noun_carries_the_ablative_is_the_earlier_end():
    text = (
        "Ақмола облысында ағымдағы жылдың 10 айында интернет-алаяқтық 9 пайызға азайды: 641 "
        "деректен 583 дерекке дейін."
    )
    found = extract_figures(text)
    assert found[["value", "year_earlier"]].values.tolist() == [[641, True], [583, False]]


def test_residents_who_open_a_sentence_name_no_other_place():
    assert is_own_place("Жители Астаны", ["город Астана", "Астана қаласы"])
    assert is_own_place("Жителям Шымкента", ["город Шымкент", "Шымкент қаласы"])
    assert not is_own_place("Жители Астаны", ["город Алматы", "Алматы қаласы"])


def test_a_headlines_half_year_is_a_period():
    text = "Итоги полугодия: в Шымкенте зарегистрировано 1 204 интернет-мошенничества."
    assert extract_figures(text)["period_text"].tolist() == ["Итоги полугодия"]
    period = resolve_period("Итоги полугодия", published="2025-07-20")
    assert (period["period_start"], period["period_end"]) == ("2025-01-01", "2025-06-30")
    # a quarter with no ordinal could be any quarter: no period
    assert read_numbers("По итогам квартала зарегистрировано 941 интернет-мошенничество.")[
        "period_text"
    ].tolist() == [""]


def test_cases_prevented_told_after_their_noun_are_no_registered_cases():
    assert roles("Ещё 27 фактов мошенничества предотвращено благодаря кассирам банков.") == [
        (27, "other")
    ]
    assert roles("Благодаря банкам 14 фактов удалось предотвратить.") == [(14, "other")]


def test_money_collected_back_in_kazakh_is_recovered_and_its_payers_are_no_victims():
    text = "Сот шешімімен 6 алаяқтан 3,2 млн теңге өндіріп алынды."
    assert roles(text) == [(6, "other"), (3_200_000, "recovered")]
    # persons money is returned to stay victims
    assert roles("Жәбірленушілерге 104 млн теңге өтелді, 12 адамға ақша қайтарылды.") == [
        (104_000_000, "recovered"),
        (12, "victims"),
    ]


def test_a_size_the_law_defines_is_no_loss():
    assert money_roles("Особо крупный размер — это хищение на сумму свыше 1 млн рублей.") == [
        (1_000_000, "other")
    ]
    # a loss that is of such a size stays a loss
    assert money_roles("Мошенница причинила ущерб в 3 млн рублей, это особо крупный размер.") == [
        (3_000_000, "single_case_loss")
    ]


def test_budget_money_misspent_is_no_fraud_damage():
    text = "Прокуратура выявила нецелевое использование 2,4 млрд тенге и хищение 310 млн тенге."
    assert money_roles(text) == [(2_400_000_000, "other"), (310_000_000, "damage_total")]


def test_an_age_from_which_one_answers_is_an_age():
    assert roles("Уголовная ответственность наступает с 14 лет.") == [(14, "age")]
    assert roles("За 5 лет ущерб вырос вдвое.")[0] == (5, "date")


def test_a_table_with_a_row_per_year_reads_each_column_by_its_head():
    text = (
        "Статистика интернет-мошенничества в Павлодарской области:\n"
        "Год | Факты | Ущерб, млн тенге\n"
        "2023 | 455 | 601\n"
        "2024 | 517 | 736\n"
    )
    found = extract_figures(text)
    assert found[["metric", "value", "period_text"]].values.tolist() == [
        ["cases", 455, "2023 год"],
        ["damage", 601_000_000, "2023 год"],
        ["cases", 517, "2024 год"],
        ["damage", 736_000_000, "2024 год"],
    ]


def test_kazakh_quarters_and_months_named_alone_are_periods():
    text = (
        "Павлодар облысында қаңтарда 52, ақпанда 47, наурызда 66 интернет-алаяқтық тіркелді. "
        "Бірінші тоқсанда барлығы 165 дерек, залал – 240 млн теңге."
    )
    frame = read_numbers(text)
    # a Kazakh month in the locative is when, not a day's month
    assert "date" not in frame["role"].tolist()
    found = extract_figures(text)
    assert found[["value", "period_text"]].values.tolist()[-2:] == [
        [165, "Бірінші тоқсанда"],
        [240_000_000, "Бірінші тоқсанда"],
    ]
    for phrase, label in (("наурызда", "2025 (March)"), ("Бірінші тоқсанда", "2025 (3 months)")):
        assert resolve_period(phrase, published="2025-04-20")["period_label"] == label
    # «Қазанда» is also Kazan: no month alone
    assert read_numbers("Қазанда 40 дерек тіркелді.")["period_text"].tolist() == [""]


def test_a_verdicts_total_loss_is_one_cases():
    text = (
        "Суд вынес приговор организаторам колл-центра в Шымкенте. Подсудимые обманули 164 "
        "гражданина, общий ущерб составил 290 млн тенге."
    )
    assert money_roles(text) == [(290_000_000, "single_case_loss")]
    text = (
        "Қаржы пирамидасының ұйымдастырушысы 900 салымшыдан 2,6 млрд теңге жинаған. Ол 6 жылға "
        "бас бостандығынан айырылды."
    )
    assert money_roles(text) == [(2_600_000_000, "single_case_loss")]


def test_a_rate_on_every_hundred_thousand_residents_is_no_count():
    text = (
        "На каждые 100 тысяч жителей Костанайской области приходится 91 интернет-мошенничество. "
        "Всего с начала года зарегистрировано 788 фактов."
    )
    assert roles(text) == [(100_000, "population"), (91, "other"), (788, "cases_total")]


def test_the_first_of_two_shares_joined_by_and_is_a_share():
    # «на 8,9 и 15,9% соответственно»: the sign printed once
    text = "Число операций и сумма ущерба снизились на 7,2 и 11,4% соответственно."
    assert roles(text) == [(7.2, "percent"), (11.4, "percent")]
    assert roles("Саны мен залал сәйкесінше 12 және 20% азайды.") == [
        (12, "percent"),
        (20, "percent"),
    ]
    # an amount and its share stay an amount
    assert money_roles("Второе место занял Китай (60 млрд долларов и 0,63% ВВП).") == [
        (60_000_000_000, "other")
    ]


def test_money_words_are_no_days():
    # «За эти деньги» is no «за … день»: the loss keeps the year's period
    text = (
        "С начала года зарегистрировано 843 факта интернет-мошенничества. За эти деньги можно "
        "купить дом: ущерб составил 900 млн тенге."
    )
    assert extract_figures(text)["period_text"].tolist() == ["С начала года", "С начала года"]


def test_counts_each_after_its_place_share_the_noun_of_the_last():
    # the noun is written once, after the last member of the list
    text = "Из них в Таразе 88, в Шымкенте 35, в Туркестане 12 фактов интернет-мошенничества."
    frame = extract_figures(text)
    assert frame["value"].tolist() == [88, 35, 12]
    assert frame["place_text"].tolist() == ["в Таразе", "в Шымкенте", "в Туркестане"]
    text = "Таразда 88, Шуда 35, Жанатаста 12 интернет-алаяқтық дерегі тіркелді."
    assert roles(text) == [(88, "cases_total"), (35, "cases_total"), (12, "cases_total")]
    assert set(read_numbers(text)["scope"]) == {"internet_fraud"}
    # a count after its own noun keeps its own role
    text = "В Таразе задержаны 3 человека, в Шу 35 фактов зарегистрировано."
    assert roles(text) == [(3, "suspects"), (35, "cases_total")]


def test_a_count_after_a_month_in_the_prepositional_is_no_day():
    # a day is written before its month («12 марта»), so «в январе 61» counts
    text = "В апреле 73, в мае 64, в июне 70 случаев интернет-мошенничества учтено в области."
    frame = extract_figures(text)
    assert frame["value"].tolist() == [73, 64, 70]
    assert frame["period_text"].tolist() == ["В апреле", "в мае", "в июне"]
    assert roles("Задержан 12 марта, в мае 2025 года осуждён.") == [(12, "date"), (2025, "date")]


def test_what_a_kazakh_change_became_is_the_count_that_changed():
    # «… азайып, 538 болды»: the count the change ended at, of the noun before the change
    text = "Интернет-алаяқтық деректері 9 пайызға азайып, 412 болды."
    assert roles(text) == [(9, "percent"), (412, "cases_total")]
    # not a count of the changed noun: an age after «болды» in another clause
    text = "Зейнеткер 20 мың теңгесінен айырылды, ал оның ұлы 20 жаста болды."
    assert roles(text) == [(20_000, "single_case_loss"), (20, "age")]


def test_kazakh_parts_of_a_whole_are_shares():
    # «төрттен үші»: three of four, the number of parts in the possessive
    text = "Биыл 620 алаяқтық тіркелді, оның бестен үші – интернет-алаяқтық."
    assert roles(text) == [(620, "cases_total"), (60.0, "percent")]
    # «оннан жетісі»: seven of ten, though «он» alone is no number word read
    assert roles("Залалдың оннан жетісі инвестицияға тиесілі.") == [(70.0, "percent")]


def test_phone_prefixes_and_foreign_numbers_are_phones():
    frame = read_numbers("Звонят с номеров, которые начинаются на +7 705 и +7 777.")
    assert frame["role"].tolist() == ["phone", "phone"]
    frame = read_numbers("Пишите на +996 700 11 22 33 или звоните в контакт-центр 109.")
    assert frame["role"].tolist() == ["phone", "phone"]
    assert frame["value"].tolist()[1] == 109
    # a signed change is no phone
    assert roles("Рост составил +7 000 случаев.")[0][1] != "phone"


def test_a_base_of_a_rate_and_the_rate_after_it_are_no_counts():
    text = (
        "В пересчёте на 10 тыс. жителей области чаще всего таких преступлений в Экибастузе — 9,4."
    )
    assert roles(text) == [(10_000, "population"), (9.4, "other")]
    # a list line of places with a fraction is a rate too
    text = "Зарегистрировано преступлений на 10 тысяч населения:\n— Павлодар: 8,1;\n— Аксу: 6,5."
    assert [r for _, r in roles(text)][-2:] == ["other", "other"]


def test_each_amount_is_kept_by_the_nearest_word_of_keeping():
    text = "Банки успели заблокировать переводы на 2,3 млрд тенге и вернуть владельцам 800 млн."
    assert money_roles(text) == [(2_300_000_000, "prevented"), (800_000_000, "recovered")]
    # a cue of two words («не допустить») is a cue too
    text = "Полиции удалось не допустить потери жителями более 40 миллионов рублей."
    assert money_roles(text) == [(40_000_000, "prevented")]


def test_an_amount_without_its_currency_takes_the_one_before():
    frame = read_numbers("Ущерб составил 500 млн тенге, из них возмещено 120 млн.")
    assert frame["currency"].tolist() == ["KZT", "KZT"]
    # a count is no money: it takes no currency
    frame = read_numbers("Ущерб составил 500 млн тенге, задержаны 12 человек.")
    assert frame["currency"].tolist() == ["KZT", ""]


def test_the_victims_of_an_arrested_group_are_one_case():
    text = (
        "В Павлодаре задержаны трое жителей, которые обзванивали пенсионеров от имени банка. "
        "По данным следствия, подозреваемые обманули не менее 18 человек и похитили 27 млн тенге."
    )
    assert money_roles(text) == [(27_000_000, "single_case_loss")]
    # statistics with arrests in them stay statistics
    text = "С начала года задержаны 40 мошенников. 300 жителей области отдали им 90 млн тенге."
    assert money_roles(text) == [(90_000_000, "damage_total")]


def test_a_scheme_named_after_po_and_its_sums_written_once():
    text = (
        "За квартал учтено 210 интернет-мошенничеств. По лжеинвестициям зарегистрировано 44 "
        "факта на 61 млн тенге, по предоплате — 90 на 22,5 млн."
    )
    frame = extract_figures(text)
    schemes = frame[frame["scheme"] != ""]
    assert schemes[["metric", "value", "currency", "scheme"]].values.tolist() == [
        ["cases", 44, "", "fake_investment"],
        ["damage", 61_000_000, "KZT", "fake_investment"],
        ["cases", 90, "", "prepayment"],
        ["damage", 22_500_000, "KZT", "prepayment"],
    ]
    # «по» and no scheme: no scheme
    assert extract_figures("По сравнению с прошлым годом учтено 210 мошенничеств.")[
        "scheme"
    ].tolist() == [""]


def test_list_lines_of_places_under_a_heading_count_what_the_sentence_before_counted():
    text = (
        "С начала года в области зарегистрировано 905 интернет-мошенничеств. Больше всего — "
        "в следующих районах:\n— Сарыагашский район: 120;\n— Мактааральский район: 96."
    )
    frame = extract_figures(text)
    assert frame[["metric", "value"]].values.tolist() == [
        ["cases", 905],
        ["cases", 120],
        ["cases", 96],
    ]
    # a colon inside a sentence is no list line: read by its words
    assert roles("Итоги года. Ущерб: 5 млн тенге.") == [(5_000_000, "damage_total")]


def test_a_share_of_the_whole_loss_after_a_scheme_is_that_schemes_loss():
    text = (
        "За год учтено 700 интернет-мошенничеств, ущерб – 1 млрд тенге. На лжеинвестиции "
        "приходится 80 фактов, но почти половина всего ущерба – 470 млн тенге."
    )
    frame = extract_figures(text)
    assert frame[frame["metric"] == "damage"][["value", "scheme"]].values.tolist() == [
        [1_000_000_000, ""],
        [470_000_000, "fake_investment"],
    ]
    # a share of the loss with no scheme named before it stays the total's part
    text = "За год учтено 700 интернет-мошенничеств. Почти половина всего ущерба – 470 млн тенге."
    assert extract_figures(text)["scheme"].tolist() == ["", ""]


def test_city_numbers_and_phone_lines_listed_together_are_phones():
    assert read_numbers("Тіркелу үшін: +7 7152 41 00 22.")["role"].tolist() == ["phone"]
    text = "Күмән туса, 102 нөміріне немесе 1414 бірыңғай байланыс орталығына қоңырау шалыңыз."
    assert roles(text) == [(102, "phone"), (1414, "phone")]
    assert roles("Сообщайте по номеру 102 или 1414.") == [(102, "phone"), (1414, "phone")]
    # counts joined by «или» are counts
    assert roles("Зарегистрировано 102 или 111 фактов.") == [
        (102, "cases_total"),
        (111, "cases_total"),
    ]


def test_list_lines_with_a_rate_in_brackets_count_the_scope_of_the_count_before():
    text = (
        "За 9 месяцев учтено 6 120 фактов интернет-мошенничества. По районам (в скобках – на "
        "10 тыс. жителей):\n— Сарыагашский район: 480 (21,3);\n— Келесский район: 115."
    )
    frame = read_numbers(text)
    assert frame[frame["proposed"]][["value", "scope"]].values.tolist() == [
        [6120, "internet_fraud"],
        [480, "internet_fraud"],
        [115, "internet_fraud"],
    ]


def test_the_loss_of_the_cases_pointed_back_at_is_their_schemes():
    text = (
        "Жительнице позвонил «сотрудник банка» и убедил перевести мошенникам 900 тысяч тенге. "
        "С начала года в области учтено 88 подобных фактов, жители лишились 150 млн тенге."
    )
    frame = extract_figures(text)
    assert frame[["metric", "value", "scheme"]].values.tolist() == [
        ["cases", 88, "impersonation_call"],
        ["damage", 150_000_000, "impersonation_call"],
    ]
    text = (
        "Тұрғынға «банк қызметкері» хабарласып, ол алаяқтарға 900 мың теңге аударды. Жыл "
        "басынан бері осындай 88 дерек тіркеліп, тұрғындар 150 млн теңгесінен айырылды."
    )
    assert extract_figures(text)["scheme"].tolist() == ["impersonation_call"] * 2
    # a loss that sums up after the pointer is the total
    text = (
        "Жительнице позвонил «сотрудник банка» и убедил перевести мошенникам 900 тысяч тенге. "
        "Учтено 88 подобных фактов, а всего от мошенников жители потеряли 700 млн тенге."
    )
    assert extract_figures(text)["scheme"].tolist() == ["impersonation_call", ""]


def test_cash_seized_at_the_end_of_a_list_of_things_seized_is_no_loss():
    text = (
        "В Семее задержаны двое участников группы. При обыске изъяты 25 SIM-карт, 6 телефонов и "
        "1,9 млн тенге наличными."
    )
    assert money_roles(text) == [(1_900_000, "other")]


def test_half_a_year_in_kazakh_is_a_date():
    assert roles("Топ жарты жыл ішінде 30-ға жуық адамды алдаған.")[0] == (6, "date")
    frame = extract_figures("Жарты жылда облыста 318 интернет-алаяқтық дерегі тіркелді.")
    assert frame[["value", "period_text"]].values.tolist() == [[318, "Жарты жылда"]]


def test_a_rate_base_after_na_takes_no_currency_from_the_sentence():
    text = (
        "Интернет-мошенничество растёт. За год – 9 тысяч фактов и 14 млрд тенге ущерба, на 100 "
        "тысяч населения приходится 45 преступлений."
    )
    frame = read_numbers(text)
    base = frame[frame["value"] == 100_000]
    assert base[["currency", "role"]].values.tolist() == [["", "population"]]


def test_a_superlative_of_a_kind_of_crime_makes_no_single_loss():
    text = (
        "Интернет-мошенничество стало самым массовым преступлением. За год – 9 тысяч фактов и "
        "3,2 млрд тенге ущерба."
    )
    assert money_roles(text) == [(3_200_000_000, "damage_total")]
    assert money_roles("Самую крупную сумму потерял житель Тараза – 12 млн тенге.") == [
        (12_000_000, "single_case_loss")
    ]


def test_kazakh_money_blocked_then_returned_and_money_not_returned():
    assert money_roles("Биыл 40 млн теңге бұғатталып, иелеріне қайтарылды.") == [
        (40_000_000, "recovered")
    ]
    assert money_roles("Биыл 40 млн теңге бұғатталды.") == [(40_000_000, "prevented")]
    # «қайтара алмады»: could not return it
    assert money_roles("Тұрғын алаяқтарға 2 млн теңге аударып, ақшасын қайтара алмады.") == [
        (2_000_000, "single_case_loss")
    ]
    # the chain ends at the next number: the part's verb is no whole's
    text = "Интернет-алаяқтықтан келтірілген залал 3,3 млрд теңгені құрап, оның 410 млн теңгесі өтелді."
    assert money_roles(text) == [(3_300_000_000, "damage_total"), (410_000_000, "recovered")]


def test_a_kazakh_part_compensated_in_the_accusative_leaves_the_whole_a_loss():
    text = "Алаяқтар жымқырған 5,4 млн теңгенің 2,1 млн теңгесін сотқа дейін өтеген."
    assert money_roles(text) == [(5_400_000, "damage_total"), (2_100_000, "recovered")]


def test_lines_of_a_messenger_post_marked_by_emoji_are_items_not_a_wrapped_paragraph():
    text = (
        "📦 алдын ала төлем – 14 дерек\n📞 «банк қызметкерлері» – 9 дерек\n📈 жалған инвестиция – 4"
    )
    frame = extract_figures(text)
    assert frame[["value", "scheme"]].values.tolist() == [
        [14, "prepayment"],
        [9, "impersonation_call"],
        [4, "fake_investment"],
    ]


def test_offenders_a_country_counts_are_suspects_not_its_population():
    assert roles("По оценке АФМ, в стране насчитывается более 25 тысяч дропперов.") == [
        (25_000, "suspects")
    ]
    assert roles("В районе проживают 76 тысяч человек.") == [(76_000, "population")]


def test_a_kazakh_count_of_the_same_period_a_year_earlier_with_a_verb_of_being():
    text = (
        "– Облыста интернет-алаяқтық көбейді ме?\n– Жыл басынан бері 980-ге жуық қылмыс "
        "тіркелді. Былтыр дәл осы кезеңде 1 040 болған."
    )
    frame = extract_figures(text)
    assert frame[["value", "year_earlier"]].values.tolist() == [[980, False], [1040, True]]


def test_short_lines_named_by_a_call_or_a_contact_centre_are_phones():
    text = "Если данные уже введены – звоните на 102 или в контакт-центр ЕНПФ 1418."
    assert roles(text) == [(102, "phone"), (1418, "phone")]
    text = "Күмәнді жағдайда Ұлттық банктің 1477 байланыс орталығына хабарласыңыз."
    assert roles(text) == [(1477, "phone")]
    # calls counted are no phone, nor are cases after numbers counted
    assert roles("Мошенники звонили на 150 номеров.")[0][1] != "phone"
    text = "Проверены 320 мобильных номеров по 210 уголовным делам."
    assert [r for _, r in roles(text)] == ["other", "other"]


def test_kazakh_district_lines_with_abbreviated_towns_count_the_regions_cases():
    text = (
        "Облыста 2025 жылдың үшінші тоқсанында интернет-алаяқтықтың 276 фактісі тіркелді. "
        "Аудандар мен қала бойынша:\nТараз қ. – 150;\nШу ауданы – 33."
    )
    frame = read_numbers(text)
    proposed = frame[frame["proposed"]]
    assert proposed[["value", "scope"]].values.tolist() == [
        [276, "internet_fraud"],
        [150, "internet_fraud"],
        [33, "internet_fraud"],
    ]
    assert map_scheme("басқа аудандар") == "" and map_scheme("басқа алаяқтық түрлері") == "other"


def test_kazakh_rates_in_brackets_after_the_base_are_no_population():
    text = (
        "Елде интернет-алаяқтықтың 12 мың дерегі тіркелді. Әр 100 мың тұрғынға шаққанда ең "
        "жоғары көрсеткіш Астанада (140) және Алматыда (131)."
    )
    assert [r for v, r in roles(text) if v in (100_000, 140, 131)] == [
        "population",
        "other",
        "other",
    ]


def test_a_currency_printed_after_the_last_of_a_series_of_sums_is_every_members():
    text = "За неделю в полицию обратились трое жителей, они перевели 300 тысяч, 200 тысяч и 150 тысяч тенге."
    assert [c for c in read_numbers(text)["currency"]][1:] == ["KZT", "KZT", "KZT"]
    text = (
        "Интернет-мошенничество. Больше всего ущерба в январе: Алматы (12 млн), "
        "Шымкент (8,5 млн), Тараз (3 млн тенге)."
    )
    frame = read_numbers(text)
    assert frame[["value", "currency"]].values.tolist() == [
        [12_000_000, "KZT"],
        [8_500_000, "KZT"],
        [3_000_000, "KZT"],
    ]
    # another word first: the sum's currency is its own sentence's business, not the next sum's
    text = "Ущерб составил 12 млн, возмещено 3 млн тенге."
    assert read_numbers(text)["currency"].tolist()[0] == ""


def test_kazakh_known_lines_labelled_as_phones_and_suspicious_calls_are_no_suspects():
    text = "Күдікті қоңырау – 102, сенім телефоны – 1414."
    assert roles(text) == [(102, "phone"), (1414, "phone")]
    assert roles("Күдікті қоңырау – 102.")[0][1] != "suspects"
    assert roles("Ұсталған күдікті – 5.") == [(5, "suspects")]
    # a count of calls to the line stays a count
    assert roles("Сенім телефонына 300 қоңырау түсті.") == [(300, "antifraud_incidents")]


def test_a_way_of_fraud_opening_the_clause_names_the_scheme_of_its_loss():
    text = (
        "С начала года в области зарегистрировано 540 фактов интернет-мошенничества. На "
        "фейковых инвестиционных платформах жители области потеряли 312 млн тенге."
    )
    frame = extract_figures(text)
    assert frame[["value", "scheme"]].values.tolist() == [
        [540, ""],
        [312_000_000, "fake_investment"],
    ]
    # an office the money or reports went to names no scheme
    text = "Интернет-мошенничество. В полицию поступило 900 заявлений о мошенничестве."
    assert extract_figures(text)["scheme"].tolist() == [""]


def test_a_table_aligned_by_spaces_is_read_as_a_table():
    text = (
        "Показатель                    2024 год    2025 год\n"
        "Зарегистрировано фактов мошенничества    702     655\n"
        "Ущерб, млн тенге              1 100       1 240"
    )
    frame = extract_figures(text)
    assert frame[["value", "metric", "period_text"]].values.tolist() == [
        [702, "cases", "2024 год"],
        [655, "cases", "2025 год"],
        [1_100_000_000, "damage", "2024 год"],
        [1_240_000_000, "damage", "2025 год"],
    ]
    # prose with double spaces stays prose
    assert plain_text("Ущерб составил 1 100 млн.  Раскрыто 190.\nНа 12%  больше.").text == (
        "Ущерб составил 1 100 млн. Раскрыто 190.\nНа 12% больше."
    )


def test_the_rows_of_a_table_of_schemes_under_its_title_are_the_schemes_counts():
    text = (
        "Мошенничества с использованием IT по схемам (фактов):\n"
        "Схема\t2024\t2025\n"
        "Звонки от имени банка\t310\t340\n"
        "Инвестиции\t81\t98\n"
        "Прочие\t60\t54"
    )
    frame = extract_figures(text)
    assert frame[["value", "metric", "scheme", "period_text"]].values.tolist() == [
        [310, "cases", "impersonation_call", "2024 год"],
        [340, "cases", "impersonation_call", "2025 год"],
        [81, "cases", "fake_investment", "2024 год"],
        [98, "cases", "fake_investment", "2025 год"],
        [60, "cases", "other", "2024 год"],
        [54, "cases", "other", "2025 год"],
    ]


def test_a_kazakh_table_of_districts_reads_each_column_by_its_head_not_the_row_above():
    text = (
        "Облыстағы интернет-алаяқтық деректері, 2025 жылдың 6 айы\n"
        "Аудан\tТіркелді\tБылтыр\tЗалал, млн теңге\n"
        "Сарыағаш\t41\t37\t58,3\n"
        "Кентау\t23\t30\t21,7"
    )
    frame = extract_figures(text)
    assert frame[["value", "metric", "year_earlier"]].values.tolist() == [
        [41, "cases", False],
        [37, "cases", True],
        [58_300_000, "damage", False],
        [23, "cases", False],
        [30, "cases", True],
        [21_700_000, "damage", False],
    ]


def test_a_bare_answer_in_an_interview_is_what_its_question_asks_for():
    text = (
        "– Сколько интернет-мошенничеств зарегистрировано в районе за полгода?\n"
        "– 412.\n"
        "– А в прошлом году?\n"
        "– 455. Снижение небольшое.\n"
        "– Сколько из них удалось раскрыть?\n"
        "– Около сотни."
    )
    frame = read_numbers(text)
    assert frame[["value", "role", "year_earlier"]].values.tolist() == [
        [6, "date", ""],
        [412, "cases_total", False],
        [455, "cases_total", True],
        [100, "solved", ""],
    ]
    text = (
        "– Қалада интернет-алаяқтықтың қанша дерегі тіркелді?\n"
        "– Тоғыз айда – 318.\n"
        "– Былтыр ше?\n"
        "– Осы кезеңде 290 болған."
    )
    frame = extract_figures(text)
    assert frame[["value", "year_earlier"]].values.tolist() == [[318, False], [290, True]]
    # a line after a question that is no answer keeps its own reading
    text = "Сколько это стоит? Никто не знает.\nЗадержаны 3 человека."
    assert roles(text) == [(3, "suspects")]


def test_a_figure_a_correction_sets_aside_is_no_statistic():
    text = (
        "Редакция уточняет: за девять месяцев в области зарегистрировано не 980, как "
        "указывалось ранее, а 890 фактов интернет-мошенничества. Ущерб составил не 1,2 млрд, "
        "а 1,02 млрд тенге."
    )
    frame = extract_figures(text)
    assert frame[["value", "metric"]].values.tolist() == [[890, "cases"], [1_020_000_000, "damage"]]
    assert [r for v, r in roles(text) if v in (980, 1_200_000_000)] == ["other", "other"]
    text = "Облыста 2025 жылы 1 200 емес, 1 120 дерек тіркелді."
    assert extract_figures(text)["value"].tolist() == [1120]
    # a bound is no correction
    assert extract_figures("Зарегистрировано не менее 300 фактов мошенничества.")[
        "value"
    ].tolist() == [300]


def test_a_known_line_after_a_call_to_get_in_touch_ends_a_post_as_a_phone():
    text = (
        "Өткен аптада облыста интернет-алаяқтықтың 70 дерегі тіркелді.\n"
        "🔸 басқалары – 9\n✅ 4 дроппер анықталды.\n☎️ Күмәндансаңыз – 102."
    )
    assert roles(text)[-1] == (102, "phone")
    text = "Вам звонит «служба безопасности банка»? Положите трубку и наберите 102."
    assert roles(text) == [(102, "phone")]
    # a count of reports is no line, whatever its digits
    assert roles("За неделю поступило 102 сообщения о мошенничестве.")[0][1] != "phone"


def test_an_age_ending_a_series_makes_each_member_an_age_even_after_a_word_of_arrest():
    assert roles("Двое жителей города, 18 и 19 лет, задержаны как курьеры.")[1:] == [
        (18, "age"),
        (19, "age"),
    ]
    text = "Полиция 19-дан 30 жасқа дейінгі үш адамды ұстады."
    assert [r for v, r in roles(text) if v in (19, 30)] == ["age", "age"]
    # persons detained in a series are not ages
    assert roles("Задержаны 12 и 14 человек.") == [(12, "suspects"), (14, "suspects")]


def test_persons_money_was_taken_from_are_victims():
    text = "За полгода он получил предоплату от 14 покупателей на общую сумму 3 млн тенге."
    assert roles(text)[1] == (14, "victims")
    text = "Тұрғын 17 азаматтан «инвестиция» деген желеумен 9 млн теңге алған."
    assert roles(text)[0] == (17, "victims")
    # not the persons something else came from
    assert roles("От 120 жителей поступили заявления.")[0][1] != "victims"
    assert roles("От 5 подозреваемых получены признательные показания.")[0] == (5, "suspects")


def test_years_in_a_prison_colony_are_a_term_not_a_date():
    text = (
        "Суд приговорил организатора к 6 годам колонии, его сообщника — к четырём годам заключения."
    )
    assert roles(text) == [(6, "other"), (4, "other")]


def test_a_kazakh_story_of_one_aged_victim_keeps_her_sums_single_losses():
    text = (
        "Оралдық 58 жастағы кейуана «банк қызметкерінің» сөзіне сеніп, 3,2 млн теңге аударған. "
        "Оған қоса несие рәсімдеп, тағы 1,1 млн теңге жіберген. Жалпы залал 4,3 млн теңгені "
        "құрады. Дерек бойынша ҚК-нің 190-бабымен іс тіркелді."
    )
    assert money_roles(text) == [
        (3_200_000, "single_case_loss"),
        (1_100_000, "single_case_loss"),
        (4_300_000, "single_case_loss"),
    ]
    text = (
        "Алаяқтарға сенген семейлік 71 жастағы әже екі күн ішінде үш рет аударым жасап, "
        "барлығы 2 млн 300 мың теңгесінен айырылды."
    )
    assert money_roles(text) == [(2_300_000, "single_case_loss")]
    # the region's total after her story stays a total
    text += " Жыл басынан бері облыста алаяқтардың 1,4 млрд теңгеден астам залалы тіркелді."
    assert money_roles(text)[-1] == (1_400_000_000, "damage_total")


def test_a_sum_not_even_reached_is_an_upper_bound():
    text = "Ущерб вырос до 480 млн тенге, хотя годом ранее не достигал и 200 млн."
    assert extract_figures(text)[["value", "qualifier"]].values.tolist() == [
        [480_000_000, "rounded"],
        [200_000_000, "at_most"],
    ]


def test_a_kazakh_pointer_to_the_indicator_before_gives_its_amount_the_same_role():
    text = (
        "Жыл басынан бері ауданда интернет-алаяқтардың кесірінен тұрғындар 150 млн теңгеден "
        "айырылған. Былтыр дәл осы уақытта бұл көрсеткіш 95 миллион теңге болатын."
    )
    assert money_roles(text) == [(150_000_000, "damage_total"), (95_000_000, "damage_total")]


def test_a_count_of_all_crime_followed_by_frauds_own_count_is_no_fraud_count():
    text = "За год в районе зарегистрировано 1 420 преступлений. Мошенничеств – 610, из них 402 в интернете."
    assert roles(text)[0] == (1420, "other")
    assert extract_figures(text)["value"].tolist() == [610, 402]
    # a wrapped line's «Интернет.» read as a sentence is no fraud counted apart
    text = (
        "В октябре зарегистрировано 317 преступлений, связанных с хищением денег с использованием "
        "мобильной связи и сети\nИнтернет. Из них 245 — это мошенничества, 69 — кражи."
    )
    assert roles(text)[0] == (317, "cases_total")


def test_clients_who_lost_money_are_victims():
    assert roles("В банк поступило 2 400 обращений, число клиентов, потерявших деньги, – 310.")[
        1
    ] == (310, "victims")
    text = "Банкке 2 400 өтініш түсті, ақшасын жоғалтқан клиенттер саны – 310."
    assert roles(text)[1] == (310, "victims")
    assert roles("Банк заблокировал 200 клиентских счетов.")[0][1] != "victims"
    # clients whose money a bank kept are no victims, however the text speaks of fraud
    text = "Банк помог более 500 клиентам уберечь от мошенников 300 млн рублей."
    assert roles(text)[0] == (500, "other")


def test_kazakh_persons_who_took_money_from_others_are_suspects():
    text = "Тергеу мәліметінше, төрт жігіт 30-дан астам адамнан 90 млн теңгені жымқырған."
    assert roles(text)[:2] == [(4, "suspects"), (30, "victims")]


def test_years_after_a_kazakh_articles_word_are_its_penalty_and_digits_of_a_card_no_phone():
    text = "Алаяқтық үшін ҚК-нің 190-бабында 12 жылға дейін бас бостандығынан айыру қарастырылған."
    assert roles(text) == [(190, "article"), (12, "other")]
    assert roles("Банк ешқашан картаның 16 таңбалы нөмірін сұрамайды.") == [(16, "other")]


def test_a_table_whose_label_column_is_headed_by_places_counts_in_every_row():
    text = (
        "Облыс бойынша интернет-алаяқтық деректері\n"
        "Аудан\tТіркелді\tБылтыр\n"
        "Шу\t41\t37\n"
        "Мойынқұм\t12\t15"
    )
    frame = extract_figures(text)
    assert frame[["value", "year_earlier"]].values.tolist() == [
        [41, False],
        [37, True],
        [12, False],
        [15, True],
    ]


def test_hacked_messengers_and_friends_asking_for_money_name_the_messenger_scheme():
    assert map_scheme("взлом WhatsApp, просьбы «друзей»") == "messenger_acquaintance"
    assert map_scheme("сообщения от «друзей» в мессенджерах") == "messenger_acquaintance"
    assert map_scheme("взлом аккаунтов") == "messenger_acquaintance"
    assert map_scheme("звонки от «службы безопасности» банка") == "impersonation_call"


def test_money_a_bank_kept_a_victim_from_sending_was_prevented():
    text = "Сотрудники банка помешали пенсионерке перевести аферистам 650 тысяч рублей."
    assert money_roles(text) == [(650_000, "prevented")]


def test_a_table_with_no_head_row_under_a_title_of_ways_counts_each_schemes_cases():
    text = (
        "За год в области зарегистрировано 1 900 фактов интернет-мошенничества.\n"
        "Структура по способам совершения:\n"
        "Звонки от имени сотрудников банков\t540\t(2024 г. – 610)\n"
        "Инвестиции\t230\t(2024 г. – 190)"
    )
    frame = extract_figures(text)
    assert frame[["value", "scheme"]].values.tolist() == [
        [1900, ""],
        [540, "impersonation_call"],
        [610, "impersonation_call"],
        [230, "fake_investment"],
        [190, "fake_investment"],
    ]


def test_kazakh_colon_lines_of_towns_and_the_rest_of_the_districts_count_the_regions_cases():
    text = (
        "Биыл облыста интернет-алаяқтықтың 1 900 дерегі тіркелді. Ең көбі – Ақтөбе қаласында:\n"
        "— Ақтөбе қ.: 1 100;\n— Хромтау ауданы: 210;\n— қалған аудандар: 590."
    )
    assert extract_figures(text)["value"].tolist() == [1900, 1100, 210, 590]


def test_a_sum_in_a_claim_a_fact_check_debunks_is_no_damage():
    text = (
        "ФАКТЧЕК. В соцсетях распространяется сообщение, будто за неделю мошенники украли у "
        "казахстанцев 80 миллиардов тенге. Это не так."
    )
    assert extract_figures(text).empty
    # «будто» in a fraud story is the lie the fraudster told, not a claim checked
    text = "Мошенник убедил пенсионерку, будто её сын попал в беду, и она перевела 3 млн тенге."
    assert money_roles(text) == [(3_000_000, "single_case_loss")]


def test_money_a_speaker_asks_to_allocate_is_no_loss():
    text = (
        "Алаяқтардың кесірінен тұрғындар 2,1 млрд теңгеден айырылды. Сондықтан профилактикаға "
        "қосымша 30 млн теңге бөлуді ұсынамын."
    )
    assert money_roles(text) == [(2_100_000_000, "damage_total"), (30_000_000, "other")]


def test_a_figure_given_in_error_is_no_statistic():
    text = (
        "С начала года зарегистрировано 1 240 фактов интернет-мошенничества.\n"
        "(В первой версии новости ошибочно было указано 1 420 фактов.)"
    )
    assert extract_figures(text)["value"].tolist() == [1240]
    text = "Ранее ошибочно сообщалось о 900 фактах, на самом деле зарегистрировано 1 020 фактов мошенничества."
    assert extract_figures(text)["value"].tolist() == [1020]
    # a thing done in error is no figure given in error
    assert roles("Схемы: «ошибочно отправленные смс» (3%), «звонок из банка» (40%).")[0] == (
        3,
        "percent",
    )


def test_the_right_figure_after_one_given_in_error_counts_what_that_one_counted():
    text = (
        "В предыдущей версии материала ошибочно указано 1 870 фактов интернет-мошенничества за "
        "9 месяцев. Верная цифра — 1 780."
    )
    assert roles(text) == [(1870, "other"), (9, "date"), (1780, "cases_total")]
    text = "В первой версии новости ошибочно указан ущерб 2,1 млрд тенге. Верная сумма — 1,2 млрд тенге."
    assert money_roles(text) == [(2_100_000_000, "other"), (1_200_000_000, "damage_total")]


def test_a_kazakh_story_of_one_person_told_by_ol_keeps_her_sums_single():
    text = (
        "Талдықорғандық 51 жастағы мұғалім алаяқтардың сөзіне сеніп қалды. Ол үш күн ішінде "
        "барлығы 4,2 млн теңге аударған."
    )
    assert money_roles(text) == [(4_200_000, "single_case_loss")]
    # «ол» after a count of the region's cases is no one person's
    text = "Облыста биыл 1 200 алаяқтық тіркелді. Ол барлығы 4,2 млрд теңге шығын келтірді."
    assert money_roles(text) == [(4_200_000_000, "damage_total")]


def test_a_kazakh_verdicts_haul_is_one_case():
    text = (
        "Сот алаяқтық жасаған 42 жастағы тұрғынды кінәлі деп танып, 5 жылға бас бостандығынан "
        "айырды. Ол 2023-2024 жылдары 19 адамнан 64,3 млн теңге алдап алған."
    )
    assert money_roles(text) == [(64_300_000, "single_case_loss")]
    text = (
        "Сот интернет-алаяқты 5 жылға бас бостандығынан айырды. Сотталушы интернетте тауар "
        "сатамын деп, 19 адамнан 64,3 млн теңге алдап алған."
    )
    assert money_roles(text) == [(64_300_000, "single_case_loss")]


def test_a_part_of_persons_who_handed_money_over_are_victims():
    text = "Банк предупредил 1 200 клиентов, но 389 из них всё же перевели деньги мошенникам."
    assert roles(text) == [(1200, "other"), (389, "victims")]
    text = "Сотрудники обзвонили 500 пенсионеров. 41 из них уже перевели деньги мошенникам."
    assert roles(text) == [(500, "other"), (41, "victims")]
    # a part of cases stays a part of cases
    assert roles("Зарегистрировано 300 фактов. 41 из них совершены через мессенджеры.")[1][1] == (
        "cases_scheme"
    )


def test_a_gerund_opening_the_sentence_names_the_scheme_of_its_loss():
    text = (
        "С начала года зарегистрировано 900 фактов интернет-мошенничества. Звоня от имени "
        "сотрудников банков, злоумышленники похитили 640 млн тенге."
    )
    figures = extract_figures(text)
    assert figures["scheme"].tolist() == ["", "impersonation_call"]
    text = "Предлагая быстрый заработок на бирже, аферисты выманили у горожан 310 млн тенге."
    assert money_roles(text) == [(310_000_000, "damage_scheme")]
    # a gerund of the police's own doing names no scheme
    text = "Учитывая рост числа мошенничеств, полиция напоминает: ущерб составил 640 млн тенге."
    assert money_roles(text) == [(640_000_000, "damage_total")]


def test_kazakh_persons_whose_money_an_arrested_group_took_are_victims_and_its_haul_one_case():
    text = (
        "Алаяқтық топ ұсталды. Топ мүшелері банк қызметкері атынан хабарласып, 37 азаматтың 48 млн "
        "теңгесін иемденген."
    )
    assert roles(text) == [(37, "victims"), (48_000_000, "single_case_loss")]
    text = (
        "Полиция интернет-алаяқтық бойынша 3 күдіктіні ұстады. Олар 2025 жылы 120-дан астам адамнан "
        "барлығы 96 млн теңге жымқырған."
    )
    assert money_roles(text) == [(96_000_000, "single_case_loss")]
    # «олар» with no arrest told is fraudsters at large
    text = "Облыста алаяқтар белсенді. Олар биыл 5 000 адамнан 3 млрд теңге жымқырды."
    assert money_roles(text) == [(3_000_000_000, "damage_total")]
    assert roles("Полиция 37 азаматтың арызын қарады.") == [(37, "other")]


def test_a_convicts_age_is_no_prison_term():
    text = "Сот шешімімен 28 жастағы жігітке 6 жыл бас бостандығынан айыру жазасы тағайындалды."
    assert roles(text) == [(28, "age"), (6, "other")]


def test_a_period_before_a_verdicts_or_arrests_haul_is_the_doers_own_when_a_pronoun_tells_of_them():
    text = (
        "Суд вынес приговор жителю Темиртау. С марта 2024 по август 2025 года он обманул 19 человек "
        "и получил от них в общей сложности 47,5 млн тенге."
    )
    assert money_roles(text) == [(47_500_000, "single_case_loss")]
    text = (
        "Полиция алаяқтар тобының бес мүшесін ұстады. Алдын ала деректер бойынша, олар үш айда 31 "
        "адамнан 96 млн теңгеден астам ақша алдап алған."
    )
    assert money_roles(text) == [(96_000_000, "single_case_loss")]
    # a period of statistics with no pronoun of the doers stays the region's
    text = (
        "Суд вынес приговор жителю Темиртау за мошенничество. За 2025 год жители области потеряли "
        "3,2 млрд тенге."
    )
    assert money_roles(text) == [(3_200_000_000, "damage_total")]


def test_a_count_of_crime_whose_one_part_told_is_fraud_is_all_crime():
    text = "Өткен жылы қалада 9 412 қылмыс тіркеліп, оның 2 876-сы – алаяқтық болды."
    assert roles(text) == [(9412, "other"), (2876, "cases_total")]
    text = "В области зарегистрировано 5 120 преступлений, из них 1 870 – мошенничества."
    assert roles(text) == [(5120, "other"), (1870, "cases_total")]
    # a count of cybercrime keeps its own count
    text = (
        "Зарегистрировано 14 318 преступлений, совершённых с использованием информационно-"
        "телекоммуникационных технологий, из которых 8 947 составили дистанционные мошенничества."
    )
    assert roles(text) == [(14318, "cases_total"), (8947, "cases_total")]


def test_kazakh_rates_per_day_and_this_number_pointed_back():
    assert money_roles("Алаяқтар күн сайын қазақстандықтардан 1 млрд теңге ұрлайды.") == [
        (1_000_000_000, "other")
    ]
    assert money_roles("Қазақстандықтар күніне 1 миллиард теңгені алаяқтарға береді.") == [
        (1_000_000_000, "other")
    ]
    text = "Биыл облыста интернет-алаяқтықтың 1 206 дерегі тіркелді. Былтыр осы кезеңде бұл сан 1 094 болған."
    found = extract_figures(text)
    assert found[["value", "year_earlier"]].values.tolist() == [[1206, False], [1094, True]]


def test_a_count_after_a_period_a_year_earlier_and_a_verb_of_being_is_the_count_before():
    text = (
        "По ним возбуждено 1 684 уголовных дела по интернет-мошенничеству. В прошлом году за те же "
        "десять месяцев было 1 912, так что снижение есть."
    )
    assert [r for r in roles(text) if r[1] == "cases_total"] == [
        (1684, "cases_total"),
        (1912, "cases_total"),
    ]


def test_phone_lines_named_signed_or_given_as_contacts():
    assert roles("Сообщайте по телефону доверия 1102 или в Telegram-бот МВД.") == [(1102, "phone")]
    assert roles("☎️ 102 | 1414") == [(102, "phone"), (1414, "phone")]
    assert roles("Горячая линия банка: 7711 (бесплатно с мобильных).") == [(7711, "phone")]
    assert roles("Байланыс: 102.") == [(102, "phone")]


def test_persons_by_what_they_did_or_had():
    text = "Наибольшее распространение получил вишинг: 611 фактов, жертвы которых лишились 3,9 млн рублей."
    assert money_roles(text) == [(3_900_000, "damage_scheme")]
    text = "Установлено 236 дропов, в отношении 58 из них возбуждены уголовные дела."
    assert roles(text) == [(236, "suspects"), (58, "suspects")]
    text = "Сауалнама көрсеткендей, 160 мыңнан астам тұрғыны бар ауданымызда алаяқтық көп."
    assert roles(text) == [(160_000, "population")]
    text = "Күдікті бес жігіт үш ай ішінде 40-тан астам адамды алдап, 63 млн теңге жымқырған."
    assert [r for r in roles(text) if r[0] in (5, 40)] == [(5, "suspects"), (40, "victims")]
    assert roles("Облыста 1 200 адам алаяқтардың құрбаны болды.") == [(1200, "victims")]
    assert roles("Көлік сатамын деп 11 адамды алдаған күдікті ұсталды.") == [(11, "victims")]


def test_a_full_dates_year_a_page_number_and_a_small_share_are_no_counts():
    text = "Пенсионерка отдала сбережения\n4 ноября 2025 | Происшествия\nЖительница лишилась 3 млн тенге."
    assert roles(text)[:2] == [(4, "date"), (2025, "date")]
    text = "Обзор законности\n                                 – 7 –\nУчтено 1 318 интернет-мошенничеств."
    assert roles(text)[0] == (7, "other")
    text = "Мошенники полагаются на социальную инженерию: в 4 из 5 случаев человек сам переводил деньги."
    assert roles(text) == [(80.0, "percent")]
    assert extract_figures(text).empty


def test_a_rate_per_persons_and_a_part_of_one_victims_loss():
    text = "Зарегистрировано 1 037 интернет-мошенничеств, это 297 на 100 тысяч жителей."
    assert roles(text) == [(1037, "cases_total"), (297, "other"), (100_000, "population")]
    text = (
        "Биыл жәбірленушілер 2,7 млрд теңгеден айырылды. Жақында 58 жастағы дәрігер 33 млн "
        "теңгеден айырылды. Оның 12 миллионын банктерден несие алып салған."
    )
    assert money_roles(text) == [
        (2_700_000_000, "damage_total"),
        (33_000_000, "single_case_loss"),
        (12_000_000, "single_case_loss"),
    ]


def test_money_seized_and_money_a_court_will_collect_are_no_loss():
    text = (
        "Задержана группа, похитившая свыше 210 млн тенге. При обыске изъяты 140 SIM-карт, 62 "
        "банковские карты, 9 ноутбуков и около 4,5 млн тенге наличными."
    )
    assert money_roles(text) == [(210_000_000, "single_case_loss"), (4_500_000, "other")]
    assert money_roles("Сот шешімімен сотталушыдан 63,5 млн теңге өндіріледі.")[0][1] != "recovered"
    assert money_roles("Алаяқтық бойынша жәбірленушілерге 5 млн теңге өндірілді.") == [
        (5_000_000, "recovered")
    ]


def test_kazakh_single_losses_of_one_of_the_victims_or_one_family_while_buying():
    text = (
        "Облыста 100 алаяқтық тіркелді. Жәбірленушілердің бірі – 67 жастағы зейнеткер – 4,2 млн "
        "теңгеден айырылған."
    )
    assert money_roles(text) == [(4_200_000, "single_case_loss")]
    text = (
        "Интернет-алаяқтық көп. Мысалы, өткен айда Алматыда бір ғана отбасы «үй сатып алу» "
        "кезінде 31 млн теңгеден айырылды."
    )
    assert money_roles(text) == [(31_000_000, "single_case_loss")]


def test_figures_of_a_claim_a_fact_check_quotes_are_no_statistics():
    text = (
        "Правда ли, что жители области за год отдали мошенникам 20 миллиардов?\n\nВ соцсетях "
        "разошёлся пост: «Жители за 2024 год перевели аферистам 20 млрд рублей». Мы проверили. По "
        "данным МВД, за 2024 год зарегистрировано 7 530 дистанционных мошенничеств. Вердикт: "
        "неправда, а откуда взялись «20 миллиардов», выяснить не удалось."
    )
    assert extract_figures(text)["value"].tolist() == [7530]
    # a verdict's own sentence sets aside the quoted claim only, not the figure that refutes it
    text = "Это фейк: по данным МВД, ущерб от мошенничества составил 3,8 млрд тенге."
    assert money_roles(text) == [(3_800_000_000, "damage_total")]
    text = (
        "ФАКТЧЕК: «Қазақстандықтар күніне 1 миллиард теңгені алаяқтарға береді» – рас па?\n"
        "Әлеуметтік желіде «елде алаяқтар 1 млрд теңге ұрлайды» деген пост тарап жатыр."
    )
    assert extract_figures(text).empty


def test_persons_a_bank_or_operator_counted_and_operations_without_consent():
    text = "Тем не менее 1 204 клиента банка перевели мошенникам в общей сложности 1,9 млрд тенге."
    assert roles(text)[0] == (1204, "victims")
    assert roles("Абоненттерден 27 мыңға жуық шағым түсті.") == [(27_000, "antifraud_incidents")]
    text = "Оператор алаяқтардың 1,2 миллион қоңырауын бұғаттады, 3 900 нөмір өшірілді."
    assert roles(text)[1] == (3900, "other")
    text = (
        "Банки отразили 19,4 млн попыток проведения операций без согласия клиентов. Объём таких "
        "операций составил 7,9 млрд руб."
    )
    assert money_roles(text) == [(7_900_000_000, "damage_total")]


def test_a_column_of_counts_takes_no_unit_of_the_text_above_its_table():
    text = (
        "Ущерб от них – 412,6 млн сомов.\n\n"
        "Регион               Мошенничества   Ущерб, млн сом\n"
        "г. Бишкек                 1 214          198,3\n"
        "г. Ош                       402           61,7\n"
    )
    found = read_numbers(text)
    assert found[["value", "currency", "role"]].values.tolist()[1:] == [
        [1214, "", "cases_total"],
        [198_300_000, "KGS", "damage_total"],
        [402, "", "cases_total"],
        [61_700_000, "KGS", "damage_total"],
    ]


def test_a_tables_total_row_and_a_series_under_a_heading_count_what_the_title_counts():
    text = (
        "Таблица 7. Зарегистрировано фактов интернет-мошенничества по районам\n"
        "                      9 мес. 2024   9 мес. 2025\n"
        "г. Караганда              612           548\n"
        "прочие районы             174           152\n"
        "ВСЕГО                     786           700\n"
        "Раскрыто 318 преступлений, направлено в суд 241 уголовное дело."
    )
    assert extract_figures(text)["value"].tolist() == [612, 548, 174, 152, 786, 700]
    text = (
        "К ответственности привлечены 118 лиц, в том числе 41 дроппер. Динамика "
        "интернет-мошенничеств за пять лет: 2021 – 512; 2022 – 698; 2023 – 1 143."
    )
    assert extract_figures(text)["value"].tolist() == [512, 698, 1143]
    text = "Топ-3 региона по IT-преступлениям: г. Ташкент – 2 417; Ташкентская обл. – 1 038."
    assert extract_figures(text)["value"].tolist() == [2417, 1038]


def test_an_answer_from_a_date_to_a_date_and_a_digests_next_place():
    text = (
        "– Сколько мошенничеств через интернет зарегистрировано в этом году?\n"
        "– С 1 января по 31 октября – 1 486, годом ранее за тот же период было 1 302."
    )
    assert extract_figures(text)["value"].tolist() == [1486, 1302]
    text = (
        "Алматы.\nПолиция зарегистрировала 96 фактов интернет-мошенничества. Самый крупный "
        "ущерб – 24 млн тг: его потерял предприниматель.\nАстана.\n71 факт, ущерб – 98,4 млн тг."
    )
    assert money_roles(text) == [(24_000_000, "single_case_loss"), (98_400_000, "damage_total")]


def test_counted_drops_in_an_infographic_tell_no_arrest_story():
    text = (
        "📌 843 факта\n👮 установлено 57 подозреваемых, из них 19 – дропперы\n"
        "📈 «Инвестиции» – 96 фактов, но ущерб 640 млн ₸"
    )
    assert money_roles(text) == [(640_000_000, "damage_scheme")]


def test_the_borrowed_part_of_one_victims_loss_is_hers():
    text = "За два дня она тремя переводами отправила 3 млн тенге, из них 1,2 млн взяла в кредит."
    assert money_roles(text) == [(3_000_000, "single_case_loss"), (1_200_000, "single_case_loss")]


def test_list_items_by_place_scheme_and_others():
    text = (
        "Больше всего интернет-мошенничеств – в микрорайоне Восточный (96), затем Центр (81) и "
        "Жана Семей (64)."
    )
    assert [role for _, role in roles(text)] == ["cases_total"] * 3
    text = (
        "Облыста интернет-алаяқтықтың 1 318 дерегі тіркеліп, 2,04 млрд теңге залал келтірілді. "
        "Оның ішінде:\n— Қостанай қ.: 702;\n— басқа аудандар: 251."
    )
    assert extract_figures(text)["value"].tolist() == [1318, 2_040_000_000, 702, 251]
    text = (
        "Апта қорытындысы: интернет-алаяқтықтың 34 дерегі тіркелді. Оның ішінде:\n"
        "▫️ «банк қызметкері» қоңыраулары – 14\n▫️ интернеттегі сауда, алдын ала төлем – 11"
    )
    assert roles(text)[1:] == [(14, "cases_scheme"), (11, "cases_scheme")]
    text = (
        "Кесте 7. Интернет-алаяқтық тәсілдері бойынша\nТәсіл\tДерек\tЗалал, млн теңге\n"
        "Жалған инвестиция\t187\t792,0\nБасқалары\t250\t163,3"
    )
    assert roles(text)[3] == (250, "cases_scheme")


def test_a_wrapped_count_after_a_running_header_reads_its_verb():
    text = (
        "ОБЗОР СОСТОЯНИЯ ЗАКОННОСТИ ЗА 2025 ГОД" + " " * 20 + "Прокуратура Карагандинской области\n"
        "В 2025 году в области зарегистрировано 4 118 фактов мошен-\n"
        "ничества, из них 2 906 совершены с использованием сети Ин-\n"
        "тернет и средств связи (в 2024 году – 3 214). Раскрыто\n"
        "1 377 интернет-мошенничеств, в суд направлено 1 102 уголовных\n"
        "дела, к ответственности привлечены 246 дропперов.\n"
    )
    assert (1377, "solved") in roles(text)


def test_a_kazakh_share_of_frauds_bands_no_loss_of_a_clause_with_its_own_persons():
    text = (
        "Алаяқтықтың әрбір екіншісі, яғни 1 187 дерек интернет арқылы жасалды, тұрғындарымыз "
        "олардан 2,3 млрд теңгеден айырылды."
    )
    assert money_roles(text) == [(2_300_000_000, "damage_total")]


def test_kazakh_parts_told_by_number_words_with_a_possessive_list_schemes():
    text = (
        "Қалада интернет-алаяқтықтың 200 дерегі тіркелген. Олардың жетпіс екісі – банк қызметкері "
        "атынан қоңырау, елу бесі – интернет-дүкендегі алдын ала төлем, отызы – «таныстан» WhatsApp "
        "арқылы қарыз сұрау."
    )
    found = extract_figures(text)
    assert found[["value", "scheme"]].values.tolist() == [
        [200, ""],
        [72, "impersonation_call"],
        [55, "prepayment"],
        [30, "messenger_acquaintance"],
    ]


def test_statements_to_the_police_are_cases_and_complaints_to_an_operator_incidents():
    text = (
        "Биыл полицияға алаяқтық туралы 684 арыз-шағым түсіп, оның 590-ы бойынша тергеу басталды."
    )
    assert [role for _, role in roles(text)] == ["cases_total", "cases_total"]
    assert roles("Абоненттерден 27 мыңға жуық шағым түсті.") == [(27_000, "antifraud_incidents")]


def test_episodes_in_the_story_of_an_arrest_are_solved():
    text = (
        "Полиция алаяқтық топты ұстады. Топ мүшелері жалған дүкен ашып, тұрғындарды алдаған. "
        "Қазір 48 эпизод анықталды."
    )
    assert roles(text) == [(48, "solved")]
    text = "Задержаны четверо участников группы. Установлено 58 эпизодов мошенничества."
    assert (58, "solved") in roles(text)


def test_a_sum_after_a_count_and_and_takes_the_texts_currency_and_a_scheme_ranked_first():
    text = (
        "Зарегистрировано 529 дистанционных мошенничеств, ущерб 612 млн тенге. Наибольший урон "
        "нанесли лжеброкеры: 93 факта и 287 млн тенге. Так, 38-летний работник вложил в "
        "«торговлю криптовалютой» 23 млн тенге. На «звонки из банка» пришлось 186 фактов и 118 млн."
    )
    assert money_roles(text) == [
        (612_000_000, "damage_total"),
        (287_000_000, "damage_scheme"),
        (23_000_000, "single_case_loss"),
        (118_000_000, "damage_total"),
    ]


def test_a_numbered_lines_mark_opens_its_sentence_so_the_list_keeps_its_heading():
    # «1. Уральск – 1 206;»: the stop after a line's number marks a list item, not a sentence's
    # end, so each place's count stays under the heading that says what it counts
    text = (
        "Количество зарегистрированных фактов интернет-мошенничества по районам:\n"
        "1. Уральск – 1 206;\n2. Аксай – 91;\n3. Теректы – 47."
    )
    assert roles(text) == [
        (1, "other"),
        (1206, "cases_total"),
        (2, "other"),
        (91, "cases_total"),
        (3, "other"),
        (47, "cases_total"),
    ]
    # a count ending a sentence before a number that opens the next is still two sentences
    assert roles("Зарегистрировано 12 фактов. 5 из них раскрыто.")[0] == (12, "cases_total")


def test_a_count_said_with_only_its_period_counts_what_the_count_before_counted():
    # speech and comparisons drop the noun: «было 21 600» after a count of frauds
    text = (
        "С января по октябрь зарегистрировано 17 412 интернет-мошенничеств. "
        "Для сравнения: за весь 2023 год было 21 600, за 2024-й — 19 874."
    )
    assert [r for r in roles(text) if r[1] != "date"] == [
        (17412, "cases_total"),
        (21600, "cases_total"),
        (19874, "cases_total"),
    ]
    text = (
        "— За октябрь зарегистрировано 980 фактов интернет-мошенничества.\n"
        "— Это больше, чем в сентябре?\n— Да, в сентябре было 874."
    )
    assert roles(text) == [(980, "cases_total"), (874, "cases_total")]
    # no count before: nothing to carry; a word of its own after the number: no ellipsis
    assert roles("В сентябре было 874.") == [(874, "other")]
    text = (
        "Өткен жылы 1 184 қылмыс тіркелді, оның 312-сі – алаяқтық. "
        "Жыл басынан бері 16 жиналыс өткізілді."
    )
    assert roles(text)[-1] == (16, "other")


def test_a_bare_amount_answering_what_was_returned_is_recovered_and_said_again_keeps_it():
    text = (
        "В области зарегистрировано 1 240 фактов интернет-мошенничества, ущерб — 2 млрд 84 млн "
        "тенге.\nВопрос из зала: сколько удалось вернуть? Ответ: «Порядка трёхсот миллионов, "
        "если точно — 296 млн»."
    )
    assert money_roles(text) == [
        (2_084_000_000, "damage_total"),
        (300_000_000, "recovered"),
        (296_000_000, "recovered"),
    ]
    text = "— Сколько удалось вернуть потерпевшим?\n— Около 300 млн тенге."
    assert money_roles(text) == [(300_000_000, "recovered")]


def test_sums_on_lines_labelled_by_their_scheme_are_the_schemes_losses():
    text = (
        "🔹 Келтірілген залал – 187,3 млн ₸\n🔹 Оның ішінде:\n"
        "▫️ интернет-дүкендегі алдын ала төлем – 31 млн ₸\n"
        "▫️ «туысыңыздан» келген WhatsApp хабарламалары – 18 млн ₸"
    )
    frame = read_numbers(text)
    assert list(zip(frame["value"], frame["role"], frame["scheme"], strict=True)) == [
        (187_300_000, "damage_total", ""),
        (31_000_000, "damage_scheme", "prepayment"),
        (18_000_000, "damage_scheme", "messenger_acquaintance"),
    ]
    # a place's line names no scheme
    assert money_roles("Ущерб по городам:\n— Ақтау қаласы – 61 млн тенге;") == [
        (61_000_000, "damage_total")
    ]


def test_kazakh_number_words_of_a_part_leave_the_whole_without_the_parts_scheme():
    text = "Облыста 318 алаяқтық дерегі тіркелді, олардың жетпіс екісі – жалған инвестиция."
    assert roles(text) == [(318, "cases_total"), (72, "cases_scheme")]
    # «тоқсан» before a unit is ninety, not a quarter
    assert roles("Облыста тоқсан екі дерек тіркелді.") == [(92, "cases_total")]
    assert roles("Бірінші тоқсанда 40 дерек тіркелді.") == [(40, "cases_total")]


def test_years_set_off_after_a_person_or_given_to_a_pronoun_are_an_age_and_given_by_a_court_a_term():
    assert roles("Студент второго курса, ему 19 лет, продал свою карту.") == [(19, "age")]
    text = "Инженер из Магнитогорска, 52 года, перевёл «брокеру» 4,6 млн рублей."
    assert roles(text)[0] == (52, "age")
    assert roles("Ей дали 5 лет.") == [(5, "other")]
    assert roles("Он получил 8 лет колонии.") == [(8, "other")]
    # a span of years stays a date
    assert roles("За 5 лет получили 300 заявлений.")[0] == (5, "date")


def test_a_kazakh_superlative_names_the_scheme_its_count_falls_to():
    text = "Ең көп тараған тәсіл – OLX, Instagram арқылы алдын ала төлем, ол 96 дерек."
    frame = read_numbers(text)
    assert list(zip(frame["role"], frame["scheme"], strict=True)) == [
        ("cases_scheme", "prepayment")
    ]
    # «кең тараған» (widespread) ranks nothing
    assert roles("Кең тараған тәсіл – алдын ала төлем. Облыста 96 дерек тіркелді.") == [
        (96, "cases_total")
    ]


def test_a_bound_word_between_a_dash_and_a_count_keeps_the_lines_scheme():
    text = (
        "Зарегистрировано 15 тысяч интернет-мошенничеств. Звонки от «сотрудников банка» — "
        "3 640. «Знакомые» в мессенджерах — около 1 200."
    )
    frame = read_numbers(text)
    assert list(zip(frame["value"], frame["role"], frame["qualifier"], strict=True))[2] == (
        1200,
        "cases_scheme",
        "approx",
    )
    assert read_numbers("Ущерб — где-то 48 миллионов тенге.")["qualifier"].tolist() == ["approx"]


def test_persons_in_custody_are_suspects_and_persons_deceived_past_a_bound_are_victims():
    assert roles("Под стражей 142 человека, в том числе 63 дроппера.") == [
        (142, "suspects"),
        (63, "suspects"),
    ]
    text = "Подозреваемые обманули не менее 60 жителей из 11 регионов страны."
    assert roles(text) == [(60, "victims"), (11, "other")]
    # Kazakh places counted are no persons
    text = "Күдіктілер республиканың 11 өңіріндегі кемінде 60 азаматты алдаған."
    assert roles(text) == [(11, "other"), (60, "victims")]


def test_one_of_the_largest_losses_is_one_loss():
    text = (
        "Один из самых крупных ущербов – 21 млн тенге: столько потерял экибастузский "
        "предприниматель."
    )
    assert money_roles(text) == [(21_000_000, "single_case_loss")]
    # a whole a return is taken from stays the damage
    text = "Из общей суммы ущерба 1,6 млрд тенге возмещено 120 млн тенге."
    assert money_roles(text) == [(1_600_000_000, "damage_total"), (120_000_000, "recovered")]


def test_a_population_named_before_its_number_is_a_population():
    text = "В районе с населением около 70 тысяч зарегистрировано 163 факта."
    assert roles(text) == [(70000, "population"), (163, "cases_total")]
    text = "Халқы 70 мыңға жуық Бурабай ауданында былтыр алаяқтықтың 163 дерегі тіркелген."
    assert roles(text) == [(70000, "population"), (163, "cases_total")]


def test_a_figure_a_speaker_takes_back_is_set_aside_for_the_one_after_it():
    text = "Он айда интернет-алаяқтықтың 640... жоқ, кешіріңіз, 604 дерегі тіркелді."
    assert [r for r in roles(text) if r[1] != "date"] == [(640, "other"), (604, "cases_total")]
    text = "Зарегистрировано 900, нет, простите, 980 фактов мошенничества."
    assert roles(text) == [(900, "other"), (980, "cases_total")]
    # past the number's noun, an apology says the figure is taken back
    text = "Пострадали 1 002 человека... нет, простите, 1 120 человек."
    assert roles(text) == [(1002, "other"), (1120, "victims")]
    # «нет» opening a clause of its own takes nothing back
    assert roles("Зарегистрировано 900 фактов, нет ни одного раскрытого.") == [(900, "cases_total")]
    assert roles("Зарегистрировано 900 фактов, нет, 12 раскрыто.")[0] == (900, "cases_total")


def test_money_a_deputy_proposes_to_provide_for_is_no_loss():
    text = (
        "2025 жылы қалада интернет-алаяқтықтың 2 617 дерегі тіркеліп, тұрғындар 4,9 млрд "
        "теңгеден айырылған. Депутат түсіндіру жұмысына жылына кемінде 50 млн теңге "
        "қарастыруды ұсынды."
    )
    assert money_roles(text) == [(4_900_000_000, "damage_total"), (50_000_000, "other")]


def test_money_brought_to_someone_is_handed_over_and_money_a_scheme_brought_is_earnings():
    text = "Пенсионерка 74 лет сама принесла «следователю» 2 миллиона 300 тысяч рублей."
    assert money_roles(text) == [(2_300_000, "single_case_loss")]
    assert money_roles("Инвестиции принесли ему 5 млн рублей дохода.") == [(5_000_000, "other")]
    assert money_roles("Рынок принёс 230 млн долларов.") == [(230_000_000, "other")]


def test_places_under_a_heading_of_places_count_what_the_count_before_counted():
    # a table laid out by spaces, no head row, under «Аудандар бойынша:»
    text = (
        "Облыс бойынша 2025 жылдың 9 айында интернет-алаяқтықтың 1 048 дерегі тіркелді.\n"
        "Аудандар бойынша:\nТүркістан қ.        412\nСарыағаш ауданы     136\nКентау қ.           98"
    )
    assert [r for r in roles(text) if r[1] != "date"] == [
        (1048, "cases_total"),
        (412, "cases_total"),
        (136, "cases_total"),
        (98, "cases_total"),
    ]
    # money read without its currency between them is no count: the places are still cases
    text = (
        "В 2025 году зарегистрировано 1 098 интернет-мошенничеств. Общий ущерб составил "
        "2,34 млрд тенге, при этом на долю интернет-мошенников пришлось 1,87 млрд.\n"
        "По городам и районам:\n• Усть-Каменогорск – 612;\n• Риддер – 109;"
    )
    assert roles(text)[-2:] == [(612, "cases_total"), (109, "cases_total")]


def test_sums_lost_or_sent_in_turns_take_the_currency_and_spent_money_is_no_loss():
    text = (
        "За неделю 6 человек отдали мошенникам 9,4 млн тенге.\n"
        "Студент потерял 85 тысяч, оплатив аренду квартиры."
    )
    assert money_roles(text)[-1] == (85_000, "single_case_loss")
    text = "Зейнеткер екі рет ақша аударған: алдымен 1,7 млн, кейін 2,3 млн теңге."
    assert money_roles(text) == [(1_700_000, "single_case_loss"), (2_300_000, "single_case_loss")]
    text = (
        "Жол қозғалысы қауіпсіздігіне 38 млрд теңге жұмсалды. Тоғыз айда 15 742 дерек тіркеліп, "
        "халыққа 17 млрд 390 млн теңге залал келтірілді."
    )
    assert money_roles(text) == [(38_000_000_000, "other"), (17_390_000_000, "damage_total")]
    assert roles("Облыста 2,1 миллион адам тұрады.") == [(2_100_000, "population")]


def test_a_line_a_phone_noun_labels_a_term_said_again_and_a_grant_are_no_counts():
    assert roles("Бесплатный номер для жалоб – 7575.") == [(7575, "phone")]
    text = "Организатору назначено 8 лет лишения свободы, остальным – по 5 лет."
    assert roles(text) == [(8, "other"), (5, "other")]
    assert roles("По 5 лет мошенники работали в колл-центре.") == [(5, "date")]
    text = "Форум соңында үздік жобаларға 500 мың теңгеге дейін грант берілді."
    assert money_roles(text) == [(500_000, "other")]
