"""Times counted: «зафиксировали 4621 раз», «жители 11 раз обратились в полицию» are cases;
«клиенты банка жаловались больше 3 млн раз», «заявили о том, что их обманули, 62 тыс. раз»
complaints; «в 5 раз больше», «звонили ей 15 раз» neither."""

from __future__ import annotations

from .context import NumberContext
from .lemmas import Word
from .matchers import (
    CHANGE_WORDS,
    COMPLAINED,
    OFFENDER_NOUNS,
    PREVENTED,
    REGISTERED,
    SINGLE,
    first_cue,
)

__all__ = ["times_role"]


def times_role(ctx: NumberContext, own_noun: Word | None) -> tuple[str, list[str]] | None:
    """The role of a count of times («раз») registered, struck or complained of, or None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("мошенники атаковали жителей более раз")
    >>> times_role(NumberContext("700", 40, 43, 700, None, False, before=ws[:4], after=ws[4:],
    ...                          sentence=ws), ws[4])
    ('cases_total', ['раз', 'мошенники'])
    """
    times = _times_registered(ctx, own_noun)
    if not times:
        return None
    # «клиенты банка жаловались на мошенников больше 3 млн раз»: complaints, not cases; so are
    # reports of having been deceived made to others than the police («американцы заявили о том,
    # что их обманули …, около 62,4 тыс. раз»)
    complained = first_cue(COMPLAINED, ctx.before[-6:]) or _reported_elsewhere(ctx)
    return ("antifraud_incidents", complained + times) if complained else ("cases_total", times)


def _reported_elsewhere(ctx: NumberContext) -> list[str]:
    """«заявили о том, что их обманули», «сообщили, что стали жертвами»: persons telling that
    they were deceived (a verb of telling, then one of deceit) before the count, and no police
    they told it to; the verb of telling, or none. Not «как сообщили в полиции, мошенники …
    атаковали жителей 700 раз», the police's count."""
    before = ctx.sentence_before
    told = next((k for k, w in enumerate(before) if w.lemma in ("заявить", "сообщить")), None)
    if told is None or not any(w.lemma in _DECEIVED for w in before[told + 1 :]):
        return []
    return [] if any(w.lemma in _POLICE for w in ctx.sentence) else [before[told].text]


_DECEIVED = frozenset(("обмануть", "жертва", "пострадать"))
_POLICE = frozenset(("полиция", "милиция", "правоохранительный", "мвд", "овд", "уголовный"))


def _times_registered(ctx: NumberContext, own_noun: Word | None) -> list[str]:
    """«зафиксировали 4621 раз», «мошенники атаковали жителей более 700 раз»: times registered
    or times offenders struck are cases; not «в 5 раз больше» (a factor) nor «звонили ей 15
    раз» (the calls to one person) nor times a loss was prevented. The cue words, or none."""
    if own_noun is None or own_noun.lemma != "раз" or first_cue(CHANGE_WORDS, ctx.after[1:3]):
        return []
    if first_cue(PREVENTED, ctx.after[1:3]):
        return []  # «112 раз предотвратили переводы средств мошенникам»: times a loss was kept off
    offenders = (
        first_cue(OFFENDER_NOUNS, ctx.sentence)
        or first_cue(REGISTERED, ctx.before[-2:])
        or _reported_to_the_police(ctx.after[1:8])
    )
    if not offenders or any(SINGLE.matches_word(w) and not w.maybe_plural for w in ctx.sentence):
        return []
    return [own_noun.text] + offenders


def _reported_to_the_police(words: list[Word]) -> list[str]:
    """«жители 11 раз обратились в полицию с заявлениями о мошенничестве»: times the police were
    told of a crime, each a case registered."""
    told = [w.text for w in words[:2] if w.lemma == "обратиться"]
    if told and any(w.lemma in ("полиция", "заявление", "правоохранительный") for w in words):
        return told
    return []
