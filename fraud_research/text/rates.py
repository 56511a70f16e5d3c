"""Rates and averages: «в месяц», «средний ущерб», «каждый день», «на 100 тыс. граждан»
make a number no total."""

from __future__ import annotations

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import (
    AVERAGE,
    EVERY,
    PER_PERIOD,
    POPULATION_NOUNS,
    RATE_WORDS,
    SOME,
    first_cue,
    person_noun,
)
from .shares import ordinal_value

#: Nouns of one case after «по каждому», «за каждый»: the amount is per case, not a total.
_EACH_CASE = frozenset(("факт", "эпизод", "случай", "преступление", "дело", "потерпевший"))


def per_period(after: list[Word]) -> list[str]:
    """«в месяц», «в день», «айына», «с человека» right after a number: a rate, not a total.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> per_period(words("рублей в месяц уходили")), per_period(words("рублей за месяц"))
    (['месяц'], [])
    >>> per_period(words("тенге по каждому факту"))
    ['каждому', 'факту']
    """
    for k, w in enumerate(after[:4]):
        if w.lemma in PER_PERIOD.exact and k > 0 and after[k - 1].lemma in ("в", "каждый"):
            return [w.text]
        if w.lemma == "человек" and k > 0 and after[k - 1].text.lower() in ("с", "на"):
            return [after[k - 1].text, w.text]  # «по 30 тысяч с человека»: per person
        if (
            w.lemma in _EACH_CASE
            and k > 1
            and after[k - 1].lemma == "каждый"
            and after[k - 2].text.lower() in ("по", "за", "на")
        ):
            return [after[k - 1].text, w.text]  # «до 5 млн тенге по каждому факту»: per case
        if PER_PERIOD.prefixes and w.text.lower().startswith(PER_PERIOD.prefixes):
            return [w.text]
    return []


def average_words(ctx: NumberContext) -> list[str]:
    """A word of an average before the number in its clause («средний ущерб», «ежедневно»).

    A capitalised word inside a sentence is part of a name, not an average: «Жители
    Среднего Урала перевели 1,7 млрд».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Жители Среднего Урала перевели")
    >>> average_words(NumberContext("5", 31, 32, 5, None, False, before=ws, sentence=ws))
    []
    >>> ws = words("Средний ущерб составил")
    >>> average_words(NumberContext("5", 23, 24, 5, None, False, before=ws, sentence=ws))
    ['Средний']
    """
    first = ctx.sentence[0] if ctx.sentence else None
    found = first_cue(AVERAGE, [w for w in ctx.before if w is first or not w.text[:1].isupper()])
    before = ctx.sentence_before  # «Суммы, как правило, не …»
    if not found and ctx.before and all(w.pos not in ("NOUN", "ADJF") for w in ctx.before):
        # «Средняя сумма хищения, при которой …, составила 6,7 тысяч»: the subject opening the
        # sentence is the average, however long the clause between
        found = first_cue(AVERAGE, before[:1])
    pairs = zip(before, before[1:], strict=False)
    typical = [
        [a.text, b.text]
        for a, b in pairs
        if (a.lemma, b.lemma) == cues.AS_A_RULE
        or (a.text.lower(), b.text.lower()) == cues.ON_AVERAGE
        # «в основном» only right before the number: «составлял в основном 15-50 тысяч», not
        # «В основном преступления были связаны с кражами (5 641 случай)»
        or ((a.lemma, b.lemma) == cues.MOSTLY and b is before[-1])
    ]
    return found or (typical[0] if typical else [])


def every_period(words: list[Word]) -> list[str]:
    """«каждый день», «күн сайын»-like pairs of «every» (or «some»: «в отдельные дни») and a unit
    of time: a per-period rate.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> every_period(words("Полицейские каждый день регистрируют по")), every_period(words("за день"))
    (['каждый', 'день'], [])
    """
    for k, w in enumerate(words[:-1]):
        some = EVERY.matches_word(w) or SOME.matches_word(w)  # «в отдельные дни»: a peak day
        unit = words[k + 1]
        if unit.lemma in _KINDS_OF_DAYS and k + 2 < len(words):
            unit = words[k + 2]  # «каждый рабочий день»
        if some and PER_PERIOD.matches_word(unit):
            return [w.text, unit.text]
        if w.text.lower() in _KAZAKH_UNITS and unit.text.lower() == "сайын":
            return [w.text, unit.text]  # Kazakh «күн сайын», «ай сайын»: every day, every month
    return []


_KAZAKH_UNITS = frozenset(("күн", "ай", "апта", "тәулік"))


#: Kinds of days between «every» and its day: «каждый рабочий день», «каждый будний день».
_KINDS_OF_DAYS = frozenset(("рабочий", "будний", "выходной", "календарный", "божий"))


def each_one(before: list[Word]) -> list[str]:
    """«әрбір қазақстандыққа 150 мың теңгеден», «каждому пенсионеру по 10 тысяч»: «every» and
    the one it names right before an amount make it what each one gets or gives, not a total.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> each_one(words("әрбір балаға")), each_one(words("каждому вкладчику по"))
    (['әрбір', 'балаға'], ['каждому', 'вкладчику', 'по'])
    >>> each_one(words("каждый пятый"))
    []
    """
    tail = before[-3:] if before[-1:] and before[-1].text.lower() == "по" else before[-2:]
    if len(tail) < 2 or not EVERY.matches_word(tail[0]) or tail[1].counted:
        return []
    if tail[1].pos == "NUMR" or ordinal_value(tail[1]) is not None:
        return []  # not «каждый пятый», «каждое третье»: a share
    return [w.text for w in tail]


#: The round bases of a rate per persons: «на 100 тыс. граждан», «на одну тысячу жителей».
_RATE_BASES = frozenset((1_000, 10_000, 100_000, 1_000_000))


def rate_base(ctx: NumberContext) -> bool:
    """«на» (or «на каждые») right before a round number of persons: the base of a rate, not
    persons counted."""
    before = ctx.before[-2:]
    every = len(before) == 2 and EVERY.matches_word(before[-1])  # «на каждые 100 тысяч»
    on = before[0] if every else (before[-1] if before else None)
    return on is not None and on.text.lower() == "на" and ctx.value in _RATE_BASES


def _per_persons(after: list[Word], noun: Word) -> list[str]:
    """«факта на 100 тыс. граждан», «случаев на 100 000 населения»: a count per a number of persons.

    The base's number is no word: a gap after «на» holds it; the person or population noun
    comes right after it or after its scale word.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("232,1 факта на 100 тыс. граждан")
    >>> _per_persons(ws, ws[0])
    ['на', 'граждан']
    >>> ws = words("232 факта на сумму 5 млн")
    >>> _per_persons(ws, ws[0])
    []
    """
    if noun not in after:
        return []
    k = after.index(noun)
    # «на» right after the noun or after its genitive («факта мошенничества на 100 тыс.»)
    on = next((j for j in (k + 1, k + 2) if j < len(after) and after[j].text.lower() == "на"), None)
    return [] if on is None else _base_of_a_rate(after, on)


def rate_words(ctx: NumberContext, noun: Word) -> list[str]:
    """The words that make a count of cases a rate: a rate word, or a base of persons after
    it («232,1 факта на 100 тыс. граждан») or before it («На 100 тысяч населения приходится
    98 фактов»); else ``[]``."""
    return (
        first_cue(RATE_WORDS, ctx.sentence)
        or _per_persons(ctx.after, noun)
        or _per_persons_before(ctx.before)
    )


def rate_per_persons_after(ctx: NumberContext) -> list[str]:
    """«это 297 на 100 тысяч жителей»: a bare number right before the base of a rate is the
    rate, not the persons of its base; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("это 297 на 100 тысяч жителей")
    >>> rate_per_persons_after(NumberContext("297", 4, 7, 297, None, False, after=ws[1:]))
    ['на', 'жителей']
    """
    return (
        _base_of_a_rate(ctx.after, 0) if ctx.after[:1] and ctx.after[0].text.lower() == "на" else []
    )


def _per_persons_before(before: list[Word]) -> list[str]:
    """«На 100 тысяч населения приходится 98 фактов»: the base of a rate before the count."""
    for on, w in enumerate(before):
        base = _base_of_a_rate(before, on) if w.text.lower() == "на" else []
        if base:
            return base
    return []


def without_rate_bases(words: list[Word]) -> list[Word]:
    """``words`` without the bases of rates in them («на 10 тыс. жителей»: «на» and the noun), whose
    persons are counted by no number of a list under them.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [w.text for w in without_rate_bases(words("По районам (на 10 тыс. жителей):"))]
    ['По', 'районам', 'тыс']
    """
    skip: set[int] = set()
    for on, w in enumerate(words):
        base = _base_of_a_rate(words, on) if w.text.lower() == "на" else []
        if base:
            skip.update(k for k in range(on, min(len(words), on + 4)) if words[k].text in base)
    return [w for k, w in enumerate(words) if k not in skip]


def _base_of_a_rate(words: list[Word], on: int) -> list[str]:
    """«на», a gap that holds a number, then a person or population noun («на 100 тыс.
    граждан»): the words of a rate's base starting at ``words[on]``; else ``[]``."""
    if on + 1 < len(words) and EVERY.matches_word(words[on + 1]):
        on += 1  # «на каждые 100 тысяч жителей»
    if on + 1 >= len(words) or words[on + 1].start - words[on].end < 3:
        return []  # no number after «на»
    for w in words[on + 1 : on + 3]:
        if person_noun(w) or POPULATION_NOUNS.matches_word(w):
            return [words[on].text, w.text]
    return []


#: Roles that count whole cases, persons or incidents: never a fraction («12,4 тыс.» is scaled).
_WHOLE_COUNTS = (
    "cases_total",
    "cases_scheme",
    "victims",
    "suspects",
    "solved",
    "sent_to_court",
    "antifraud_incidents",
)


def counts_a_fraction(ctx: NumberContext, role: str) -> bool:
    """Whether a number read as a count of whole cases, persons or incidents has a fraction
    and no scale word («в Караганде — 11,2», «… – 307,5»): a rate or an average, not a count."""
    return (
        role in _WHOLE_COUNTS and not ctx.scaled and bool(ctx.value is not None and ctx.value % 1)
    )
