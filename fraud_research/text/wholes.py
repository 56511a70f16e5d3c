"""A whole a part is taken from: a count of crimes, registered or of every kind, or the damage a
sum returned is part of («возмещено 120 млн тенге из 1,6 млрд», :func:`damage_whole`).

«Из 2 341 преступления раскрыто 412»: the verb is the part's and the whole is registered.
«Из 3 700 зарегистрированных преступлений 1 120 … – интернет-мошенничества», «1 122
преступления, из которых 457 совершены с использованием информационно-коммуникационных
технологий»: crimes of every kind whose part is fraud or cybercrime, an all-crime total
(``other``), not the fraud count.
"""

from __future__ import annotations

from itertools import takewhile

from .context import NumberContext
from .lemmas import Word
from .matchers import CRIME_WORDS, CYBER, DAMAGE, FRAUD_NOUNS, FRAUD_WORDS
from .role_names import CASE_ROLES
from .schemes import scheme_named_in

__all__ = [
    "all_crime_before_its_part",
    "all_crime_of_a_fraud_part",
    "damage_whole",
    "whole_of_a_part",
]


def whole_of_a_part(ctx: NumberContext, noun: Word) -> bool:
    """«Из 2 341 преступления раскрыто 412», «Из зарегистрированных 772 случаев … 375 переданы в
    суд»: the number after «из» is the whole the clause's verb takes a part of (unless the words
    before its noun say otherwise: «из 10 раскрытых»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Из преступлений раскрыто")
    >>> whole_of_a_part(NumberContext("2 341", 3, 8, 2341, None, False, before=ws[:1],
    ...                               after=ws[1:]), ws[1])
    True
    """
    if noun not in ctx.after or not ctx.before:
        return False
    # «Из зарегистрированных 772 случаев … 375 переданы в суд»: a participle between
    k = len(ctx.before) - 1
    while k > 0 and ctx.before[k].pos in ("PRTF", "ADJF") and len(ctx.before) - k <= 2:
        k -= 1
    return ctx.before[k].text.lower() == "из"


def all_crime_before_its_part(ctx: NumberContext, noun: Word) -> list[str]:
    """«1 122 преступления, из которых 457 совершены с использованием информационно-
    коммуникационных технологий», «540 преступлений, из них 312 — мошенничества»: crimes of every
    kind whose first part, told right after them, is fraud or cybercrime; not a fraud count
    whose parts are schemes («843 преступления, из них 340 – звонки …»). The words, else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("преступлений, из них — мошенничества")
    >>> all_crime_before_its_part(NumberContext("540", 0, 3, 540, None, False, after=ws[:1],
    ...                                         sentence=ws), ws[0])
    ['преступлений', 'мошенничества']
    """
    if (
        ctx.last_count in CASE_ROLES
        or not CRIME_WORDS.matches_word(noun)
        or CYBER.matches_word(noun)
    ):
        return []
    later = [w for w in ctx.sentence if w.start > noun.end]
    if [w.lemma for w in later[:2]] not in (["из", "который"], ["из", "они"]):
        return []
    part = list(takewhile(lambda w: w.start - noun.end < 120, later[2:8]))
    named = FRAUD_NOUNS.first(part) or CYBER.first(part)
    if named is None or scheme_named_in(part):
        return []
    return [noun.text, named.text]


def all_crime_of_a_fraud_part(ctx: NumberContext, noun: Word) -> list[str]:
    """«Из 3 700 зарегистрированных преступлений 1 120 … – интернет-мошенничества»: a whole of
    crimes of every kind whose part the sentence names as fraud; else ``[]``. Not after a count
    of fraud: «половина из 2 тысяч зарегистрированных преступлений» points back to it.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Из преступлений — интернет-мошенничества")
    >>> all_crime_of_a_fraud_part(NumberContext("3 700", 3, 8, 3700, None, False, before=ws[:1],
    ...                                         after=ws[1:2], sentence=ws), ws[1])
    ['преступлений', 'интернет-мошенничества']
    """
    if ctx.last_count in CASE_ROLES:
        return []
    own = ctx.after[: ctx.after.index(noun) + 1]
    if not CRIME_WORDS.matches_word(noun) or FRAUD_WORDS.first(own):
        return []
    later = [w for w in ctx.sentence if w.start > noun.end]
    fraud = FRAUD_WORDS.first(later)
    return [noun.text, fraud.text] if fraud is not None else []


def damage_whole(ctx: NumberContext) -> list[str]:
    """The words that make an amount the damage a part is taken from: «возмещено 120 млн тенге
    из 1,6 млрд», «Из 1,6 млрд тенге ущерба возмещено», «Из общей суммы ущерба 1,6 млрд тенге
    возмещено …» («из» and a phrase of damage right before it, with no verb: not «охранник из
    Киреевска перечислил»); else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Из общей суммы ущерба 1,6 млрд тенге возмещено")
    >>> damage_whole(NumberContext("1,6 млрд", 22, 30, 1.6e9, "KZT", True, before=ws[:4]))
    ['Из', 'ущерба']
    """
    if ctx.after_from:
        if ctx.previous == "recovered" or (ctx.after and DAMAGE.matches_word(ctx.after[0])):
            return [ctx.before[-1].text]
    tail = ctx.before[-4:]
    k = next((k for k, w in enumerate(tail) if w.text.lower() == "из"), None)
    one = ctx.before[-5:][:-4] + tail[:k] if k is not None else []
    if one and one[-1].lemma == "один":
        return []  # «Один из самых крупных ущербов – 21 млн»: one of the losses, no whole
    phrase = tail[k + 1 :] if k is not None else []
    if not phrase or any(w.pos in ("VERB", "INFN") for w in phrase):
        return []
    return [tail[k].text, phrase[-1].text] if DAMAGE.matches_word(phrase[-1]) else []
