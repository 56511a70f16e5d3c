"""Text as a page leaves it: soft hyphens, zero-width characters, runs of spaces, mixed scripts."""

import re

import generated
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fraud_research.text import extract_figures, read_numbers
from fraud_research.text.plain_text import plain_text

LEADS = list(generated.lead_sentences("ru")) + list(generated.lead_sentences("kk"))

#: Ways pages spoil a text a reader still reads the same.
SPOILERS = {
    "soft hyphens": lambda t: re.sub(r"(?<=[а-яә]{3})(?=[а-яә]{3})", "\u00ad", t),
    "zero-width spaces": lambda t: t.replace(" ", " \u200b"),
    # not between digits: there a run of spaces parts the columns of a table
    "double spaces": lambda t: re.sub(r" (?!\d)|(?<!\d) ", "  ", t),
    "Latin look-alikes": lambda t: re.sub(
        r"(?<=\w)[оеа](?=\w)", lambda m: "oea"["оеа".index(m.group())], t
    ),
    "byte-order mark": lambda t: "\ufeff" + t,
}


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
    assert read_numbers("ущерб составил около 2 ,5 трлн рублей")["value"].tolist() == [
        2_500_000_000_000
    ]
    # a word wholly in Latin letters is a name, not a misspelling
    assert plain_text("Kaspi, Tinder, COVID-19, 5G").text == "Kaspi, Tinder, COVID-19, 5G"
    # Kazakh «і» typed as a Latin «i» inside a Cyrillic word
    assert plain_text("тiркелдi").text == "тіркелді"


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
        assert plain_text(spoiled[s:e]).text == plain_text(text[start:end]).text


@pytest.mark.parametrize("spoiler", sorted(SPOILERS))
def test_read_numbers_keeps_offsets_of_the_text_as_given(spoiler):
    text = SPOILERS[spoiler]("С начала года зарегистрировано 843 факта, ущерб 1,6 млрд тенге.")
    numbers = read_numbers(text)
    spans = [text[s:e] for s, e in zip(numbers["start"], numbers["end"], strict=True)]
    assert [plain_text(s).text for s in spans] == ["843", "1,6 млрд тенге"]
    assert numbers["role"].tolist() == ["cases_total", "damage_total"]
