"""Text as a page leaves it: soft hyphens, zero-width characters, runs of spaces, mixed scripts."""

import generated
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spoilers import SPOILERS

from fraud_research.text import extract_figures, read_numbers
from fraud_research.text.plain_text import plain_text

LEADS = list(generated.lead_sentences("ru")) + list(generated.lead_sentences("kk"))


def test_plain_text_drops_what_a_reader_does_not_see_and_maps_offsets_back():
    text = "\ufeffЗа 2025 год  в обл\u00adасти зарегистрирoвано  1 204 факта"
    plain = plain_text(text)
    assert plain.text == "За 2025 год в области зарегистрировано 1 204 факта"
    start = plain.text.index("1 204")
    assert text[slice(*plain.span(start, start + 5))] == "1 204"
    assert text[slice(*plain.span(start - 5, start + 5))] == "вано  1 204"
    # a run of spaces between digits parts the columns of a table, not the groups of a number
    assert plain_text("Алматы 1 204  350").text == "Алматы 1 204  350"
    assert read_numbers("Зарегистрировано: Алматы 1 204  350")["value"].tolist() == [1204, 350]
    # a space before a decimal comma is a typo: «2 ,5 трлн» is 2.5 trillion
    assert plain_text("около 2 ,5 трлн").text == "около 2,5 трлн"
    assert plain_text("около 2 \u200b,5 трлн").text == "около 2,5 трлн"  # with a zero-width space
    assert read_numbers("ущерб составил около 2 ,5 трлн рублей")["value"].tolist() == [
        2_500_000_000_000
    ]
    # a word wholly in Latin letters is a name, not a misspelling
    assert plain_text("Kaspi, Tinder, COVID-19, 5G").text == "Kaspi, Tinder, COVID-19, 5G"
    # Kazakh «і» typed as a Latin «i» inside a Cyrillic word
    assert plain_text("тiркелдi").text == "тіркелді"
    # HTML character references from a page's source are the characters a browser shows
    text = "ущерб &ndash; 1&nbsp;204&#160;млн тенге, &laquo;AT&T&raquo; &amp; Ко"
    plain = plain_text(text)
    assert plain.text == "ущерб – 1 204 млн тенге, «AT&T» & Ко"
    start = plain.text.index("1 204")
    assert text[slice(*plain.span(start, start + 5))] == "1&nbsp;204"


def test_html_tags_from_a_page_source_are_what_a_browser_shows_in_their_place():
    text = (
        '<div class="news"><!-- счётчик: 12 --><p>Зарегистрировано <b>843</b> факта.</p>'
        "<p>Ущерб составил <strong>1 млрд 665 млн 783 тыс.</strong> тенге.<br/>"
        '<a href="/x?a=1">Подробнее</a></p><script>var total = 5;</script></div>'
    )
    plain = plain_text(text)
    assert plain.text == (
        "\n\nЗарегистрировано 843 факта.\n\nУщерб составил 1 млрд 665 млн 783 тыс. тенге.\n"
        "Подробнее\n\n"
    )
    start = plain.text.index("843")
    assert text[slice(*plain.span(start, start + 3))] == "843"
    figures = extract_figures(text)
    assert figures[["metric", "value"]].values.tolist() == [["cases", 843], ["damage", 1665783000]]
    assert figures["currency"].tolist()[1] == "KZT"  # «тенге» after the bold figure is its currency
    # a comment's and a script's numbers are never shown, so never read
    assert read_numbers(text)["value"].tolist() == [843, 1665783000]
    # a Latin-script Kazakh page is quoted as published, but without its tags
    latin = (
        "<p>Batys Qazaqstan oblysynda jyl basynan beri <b>564</b> ınternet-alaıaqtyq deregi.</p>"
    )
    assert read_numbers(latin)["sentence"].tolist() == [
        "Batys Qazaqstan oblysynda jyl basynan beri 564 ınternet-alaıaqtyq deregi."
    ]
    # angle brackets of prose and unknown names are no tags
    assert plain_text("доля <5% и x<y, <Имя>, <abc>").text == "доля <5% и x<y, <Имя>, <abc>"


def test_messenger_emphasis_and_footnote_stars_are_not_read():
    text = "Зарегистрировано *843* факта. Ущерб составил __1,6 млрд__ тенге, из них **1,2 млрд*** тенге."
    assert plain_text(text).text == (
        "Зарегистрировано 843 факта. Ущерб составил 1,6 млрд тенге, из них 1,2 млрд тенге."
    )
    numbers = read_numbers(text)
    assert numbers["value"].tolist() == [843, 1_600_000_000, 1_200_000_000]
    assert numbers["currency"].tolist()[1:] == ["KZT", "KZT"]
    # underscores inside a word (a file name, an identifier) stay
    assert plain_text("файл report_2025_final.pdf").text == "файл report_2025_final.pdf"


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(LEADS), st.sampled_from(sorted(SPOILERS)))
def test_a_spoiled_text_gives_the_same_figures_at_the_same_words(case, spoiler):
    text, _ = case
    spoiled = SPOILERS[spoiler](text)
    columns = ["metric", "value", "qualifier"]
    clean, found = extract_figures(text), extract_figures(spoiled)
    assert found[columns].values.tolist() == clean[columns].values.tolist(), spoiled
    # the spans point into the text as given: the same number, spoiled as it is there
    for (start, end), (s, e) in zip(
        clean[["start", "end"]].values, found[["start", "end"]].values, strict=True
    ):
        assert plain_text(spoiled[s:e]).text.replace("\n", " ") == plain_text(text[start:end]).text


@pytest.mark.parametrize("spoiler", sorted(SPOILERS))
def test_read_numbers_keeps_offsets_of_the_text_as_given(spoiler):
    text = SPOILERS[spoiler]("С начала года зарегистрировано 843 факта, ущерб 1,6 млрд тенге.")
    numbers = read_numbers(text)
    spans = [text[s:e] for s, e in zip(numbers["start"], numbers["end"], strict=True)]
    assert [plain_text(s).text.replace("\n", " ") for s in spans] == ["843", "1,6 млрд тенге"]
    assert numbers["role"].tolist() == ["cases_total", "damage_total"]


def test_lines_of_a_hard_wrapped_paragraph_are_joined():
    wrapped = (
        "В первом полугодии 2025 года по области зарегистрировано 1\n"
        "204 случаев интернет-мошенничества, жители лишились 1 млрд\n"
        "665 млн 783 тыс. тенге, из них 400 млн-\n"
        "нан астам по схеме с предоплатой, по схеме мошен-\n"
        "ничества с ложными инвестициями 98 фактов."
    )
    assert plain_text(wrapped).text == (
        "В первом полугодии 2025 года по области зарегистрировано 1 204 случаев "
        "интернет-мошенничества, жители лишились 1 млрд 665 млн 783 тыс. тенге, из них 400 "
        "млн-нан астам по схеме с предоплатой, по схеме мошенничества с ложными инвестициями 98 "
        "фактов."
    )
    numbers = read_numbers(wrapped).set_index("value")
    assert numbers.loc[1204, "role"] == "cases_total"
    assert numbers.loc[1_665_783_000, "role"] == "damage_total"
    # the offsets still point into the wrapped text: the number spans its line break
    start, end = numbers.loc[1204, ["start", "end"]]
    assert wrapped[start:end] == "1\n204"


def test_line_breaks_that_end_a_sentence_a_heading_or_a_list_item_stay():
    heading = (
        "Итоги года: мошенники похитили у жителей области 400 млн тенге\n"
        "Сотрудники полиции зарегистрировали с начала года 843 факта мошенничества,\n"
        "из них 340 звонков от имени сотрудников банков и 255 случаев предоплаты.\n"
        "Ущерб составил 1,6 млрд тенге."
    )
    assert plain_text(heading).text == (
        "Итоги года: мошенники похитили у жителей области 400 млн тенге\n"
        "Сотрудники полиции зарегистрировали с начала года 843 факта мошенничества, "
        "из них 340 звонков от имени сотрудников банков и 255 случаев предоплаты.\n"
        "Ущерб составил 1,6 млрд тенге."
    )
    listing = (
        "По видам мошенничества в Туркестанской области за 2025 год:\n"
        "- звонки от имени сотрудников банков и полиции 340\n"
        "- предоплата на маркетплейсах и в социальных сетях 255\n"
        "- ложные инвестиции и финансовые пирамиды в интернете 98"
    )
    assert plain_text(listing).text == listing
    # a place, a person or an abbreviation may start a line inside a sentence
    assert (
        plain_text(
            "С начала 2023 года жертвами мошенников стали более 1,5 тыс. жителей\n"
            "Оренбургской области, сообщили в пресс-службе регионального\n"
            "УМВД по итогам года, ущерб превысил 250 млн рублей."
        ).text.count("\n")
        == 0
    )
    # so may any word after a conjunction no heading ends in («а также», «сондай-ақ»)
    wrapped = (
        "В ходе операции задержаны 47 иностранцев, а также\n"
        "Граждане Казахстана – 5 человек, сообщили в полиции.\n"
        "Операция барысында 47 шетел азаматы, сондай-ақ\n"
        "Қазақстанның 5 азаматы ұсталды."
    )
    assert plain_text(wrapped).text.count("\n") == 1


def test_a_short_line_before_a_word_too_long_for_it_is_wrapped_too():
    wrapped = (
        "В 2025 году на территории Республики\n"
        "Крым зарегистрировано 5 248\n"
        "преступлений, совершенных с\n"
        "использованием\n"
        "информационно-телекоммуникационных\n"
        "технологий, что на 1% меньше чем в 2024"
    )
    assert plain_text(wrapped).text.count("\n") == 0
    # a short line before a word that would have fit on it was ended by its writer
    heading = "Итоги года\nВ области зарегистрировано 843 факта мошенничества,\nущерб 1,6 млрд."
    assert plain_text(heading).text == (
        "Итоги года\nВ области зарегистрировано 843 факта мошенничества, ущерб 1,6 млрд."
    )


def test_wrapped_lines_that_only_look_like_list_items_or_ends_are_joined():
    def joined(text):
        return plain_text(text).text.count("\n") == 0

    # a number with a point is no list item when no line is numbered one less
    assert joined(
        "За март на территории Сыктывкара\n"
        "зарегистрировано 104 киберпреступления,\n"
        "из которых сотрудниками полиции раскрыто\n"
        "16. Причиненный ущерб гражданам"
    )
    listing = (
        "Полиция советует жителям области\n"
        "при звонках мошенников делать так\n"
        "1. Положить трубку и не отвечать\n"
        "2. Позвонить в банк по номеру на карте"
    )
    assert plain_text(listing).text.endswith(
        "делать так\n1. Положить трубку и не отвечать\n2. Позвонить в банк по номеру на карте"
    )
    # an item still waiting for its number, and a line joined to the one before it
    assert plain_text(
        "Наиболее распространённые схемы мошенничества:\n"
        "- перевод средств на «безопасный счёт» —\n"
        "25 случаев\n"
        "- предложение дополнительного заработка\n"
        "— 4 случая"
    ).text.endswith("- предложение дополнительного заработка — 4 случая")
    assert joined(
        "В 2020 году выявлено 106 преступлений в сфере\n"
        "информационных технологий, а в 2022 году\n"
        "— уже 4332. Из них 2747 на киберкражи, 625\n"
        "— кибермошенничество."
    )
    # a kind of place before its name; a year's «г.» still ends a sentence before a capital
    place = plain_text(
        "Лишились денег организации в районе, а трое жителей п.\n"
        "Добринка пополнили кошелек мошенников на 500 тыс. рублей\n"
        "и 259 тыс. руб. Такие случаи участились в 2023 г.\n"
        "В области зарегистрировано 843 факта мошенничества."
    )
    assert "жителей п. Добринка" in place.text
    assert "в 2023 г.\nВ области" in place.text
    # an ellipsis before a number, and an outlet's address after «Бұл туралы»
    ellipsis = plain_text(
        "мошенники провели 257 тысяч операций, а\n"
        "банки отбили 16,3 миллиона попыток.\n"
        "Процент успеха составил всего…\n"
        "1,58! Еще хуже получится для мошенников"
    )
    assert "всего… 1,58!" in ellipsis.text
    assert joined(
        "Биыл 400-ге жуық қылмыс тіркелді. Бұл туралы\n"
        "Sarbaz.kz ведомствоның баспасөз қызметіне\n"
        "сілтеме жасап хабарлайды."
    )


def test_a_wrapped_line_inside_a_bracket_or_a_quote_is_joined():
    # a capital, a dash or a number that starts a heading or a list item elsewhere runs on
    # inside a bracket or quote still open
    text = (
        "Суд рассматривает дело по компании «Антарес\n"
        "Трейд», ущерб от которой превысил 3 млн\n"
        "тенге. Динамика регистрации дел (2017 ж\n"
        "- 74, 2018 ж - 103, 2019 ж - 24, 2020 ж\n"
        "- 180) остается высокой в последние годы.\n"
        "В области зарегистрировано 843 факта."
    )
    plain = plain_text(text).text
    assert "«Антарес Трейд»" in plain
    assert "(2017 ж - 74, 2018 ж - 103, 2019 ж - 24, 2020 ж - 180)" in plain
    assert plain.endswith("годы.\nВ области зарегистрировано 843 факта.")
    # a bracket closed before the break leaves a list item on its line
    listing = (
        "Схемы мошенников (по данным полиции) в 2025\n"
        "году были такими, по числу случаев за год:\n"
        "- звонки от имени банков — 340 случаев\n"
        "- предоплата на площадках — 255 случаев"
    )
    assert plain_text(listing).text.endswith(
        "за год:\n- звонки от имени банков — 340 случаев\n- предоплата на площадках — 255 случаев"
    )


def test_text_that_is_not_wrapped_keeps_its_lines():
    # paragraphs as long lines: no wrapping width
    paragraphs = (
        "Зарегистрировано 843 факта интернет-мошенничества " * 4 + "\n" + "Ущерб 1,6 млрд тенге."
    )
    assert plain_text(paragraphs).text == paragraphs
    # a table of short rows: no line runs on into the next
    table = "Шымкент 1 204\n350\nТуркестан 843\n512"
    assert plain_text(table).text == table
