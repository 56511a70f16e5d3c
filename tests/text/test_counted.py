"""What a count counts: the crime its text speaks of, list and bracket labels, changes, shares."""

from __future__ import annotations

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


def test_a_crime_count_takes_the_fraud_of_the_sentences_around_it():
    text = (
        "2025 жылдың он айында өңірде 416 қылмыстық іс тіркелген. "
        "Өткен жылдың осы уағында 304 іс тіркеліпті. Биыл интернет алаяқтығы көбейген."
    )
    assert extract_figures(text)["value"].tolist() == [416, 304]
