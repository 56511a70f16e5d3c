"""General rules of the language the extractor reads by: number-word declension, series, ….

Each test states one property of Russian or Kazakh, on sentences written for it.
"""

from __future__ import annotations

from fraud_research.text import extract_figures, read_numbers


def roles(text: str) -> list[tuple[object, str]]:
    frame = read_numbers(text)
    return [(v, r) for v, r in zip(frame["value"], frame["role"], strict=True)]


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
