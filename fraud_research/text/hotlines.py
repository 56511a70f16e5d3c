"""Calls and reports a hotline received: «На телефон доверия поступило 1 150 звонков о
мошенничестве», «на линию 1414 поступило более 3 тыс. обращений»; complaints counted by their
topic: «Жалобы в основном касались онлайн-покупок (53,3 тыс.)». They count what people
reported, not registered crimes: Anti-Fraud incidents. The words are data in
:mod:`fraud_research.text.cues`."""

from __future__ import annotations

from itertools import pairwise

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import CALL_NOUNS, CASE_NOUNS, INCIDENT_NOUNS, PHONE_WORDS, CueSet, first_cue

_HOTLINES = CueSet(cues.HOTLINES)
_RECEIVED = CueSet(cues.RECEIVED)


def received_by_a_hotline(ctx: NumberContext, noun: Word) -> list[str]:
    """The words naming the hotline that received a counted number of calls or reports;
    else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("На телефон доверия поступило 1 150 звонков о мошенничестве")
    >>> ctx = NumberContext("1 150", 29, 34, 1150, None, False, before=ws[:4],
    ...                     after=ws[4:], sentence=ws)
    >>> received_by_a_hotline(ctx, ws[4])
    ['доверия']
    >>> ws = words("В полицию поступило 1 150 заявлений о мошенничестве")
    >>> ctx = NumberContext("1 150", 20, 25, 1150, None, False, before=ws[:3],
    ...                     after=ws[3:], sentence=ws)
    >>> received_by_a_hotline(ctx, ws[3])
    []
    """
    if not (INCIDENT_NOUNS.matches_word(noun) or CALL_NOUNS.matches_word(noun)):
        return []
    if not first_cue(_RECEIVED, ctx.sentence):
        return []
    named = first_cue(_HOTLINES, ctx.sentence)
    if named:
        return named
    for on, line in pairwise(ctx.sentence):
        if on.lemma == "на" and PHONE_WORDS.matches_word(line):
            return [on.text, line.text]  # «на линию 1414», «на номер 102»
    return []


def complaints_by_topic(ctx: NumberContext) -> list[str]:
    """«Жалобы в основном касались онлайн-покупок (53,3 тыс.)», «Обращения граждан чаще всего
    касались звонков от имени банков (3 200)»: a sentence whose subject is complaints counts
    complaints by their topic, not cases of a scheme. The complaint noun, or none."""
    head = ctx.sentence_before[:3]
    noun = next((w for w in head if INCIDENT_NOUNS.matches_word(w)), None)
    if noun is None or CASE_NOUNS.first(ctx.sentence_before) is not None:
        return []
    return [noun.text]


def reported_to_police(ctx: NumberContext, noun: Word) -> list[str]:
    """The police a Kazakh statement («арыз», «арыз-шағым») was made to, named in its sentence:
    «полицияға алаяқтық туралы 684 арыз-шағым түсіп» counts the reports of crimes police
    registered, not complaints to a bank or an operator; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Биыл полицияға алаяқтық туралы 684 арыз түскен")
    >>> reported_to_police(NumberContext("684", 0, 3, 684, None, False, sentence=ws), ws[-2])
    ['арыз', 'полицияға']
    """
    if not noun.text.lower().startswith("арыз"):
        return []
    police = next((w for w in ctx.sentence if w.text.lower().startswith(_TO_POLICE)), None)
    return [noun.text, police.text] if police is not None else []


#: The police as a receiver: «полицияға», «полиция бөліміне», «полиция департаментіне».
_TO_POLICE = ("полицияға", "полиция бөлім", "полиция департамент")
