"""What a quantity or a change counts: «число [преступлений в сфере …]», «их число» (the
crime named before «их»), «интернет-алаяқтық 5%-ға … артқан» (the noun the change follows)."""

from __future__ import annotations

import re

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import (
    CASE_NOUNS,
    CHANGE,
    CRIME_WORDS,
    FRAUD_WORDS,
    NAMED_CRIMES,
    QUANTITY_AFTER,
    QUANTITY_BEFORE,
    THEIR,
)

#: How many words after «число», «количество» name what it counts.
_QUANTITY_WORDS = 5

#: A clause's end between a number and a quantity word after it.
_CLAUSE_MARK_RE = re.compile(r"[,;.]")


def quantity_words(text: str, sentence: list[Word], start: int, end: int) -> list[Word]:
    """The noun phrase of the quantity nearest a change: «число [преступлений в сфере …]».

    Russian names the quantity before its noun phrase («число нераскрытых преступлений»),
    Kazakh after it («интернет-алаяқтықтар саны»); the nearest such word to the number
    wins, one after it only within the number's clause («(с 790 до 1031) число …»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "снизилось число преступлений в сфере высоких технологий - с 1465 до 1454"
    >>> [w.text for w in quantity_words(text, words(text), 60, 64)][:2]
    ['преступлений', 'в']
    """
    best, distance = [], None
    for k, w in enumerate(sentence):
        gap = start - w.end if w.end <= start else w.start - end
        if (distance is not None and gap >= distance) or (
            w.start >= end and _CLAUSE_MARK_RE.search(text, end, w.start)
        ):
            continue
        if QUANTITY_BEFORE.matches_word(w) and not _including(sentence, k):
            best, distance = sentence[k + 1 : k + 1 + _QUANTITY_WORDS], gap
        elif QUANTITY_AFTER.matches_word(w) and k > 0:
            best, distance = sentence[max(0, k - 3) : k], gap
    return best


def _including(sentence: list[Word], k: int) -> bool:
    """Whether ``sentence[k]`` is the «числе» of «в том числе», «в их числе» (including)."""
    if k == 0 or sentence[k].lemma != "число":
        return False
    return sentence[k - 1].lemma == "тот" or THEIR.matches_word(sentence[k - 1])


def quantity_of(text: str, ctx: NumberContext) -> list[Word]:
    """The words of the quantity a number gives or ends: «их число» (:func:`their_quantity`),
    else the noun phrase after «число», «количество» (:func:`quantity_words`).

    A list item («их количество … в Коми (132)») is counted by its own label, not by «их».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "Преобладают мошенничества – их число возросло до 3246."
    >>> ctx = NumberContext("3246", 46, 50, 3246, None, False, sentence=words(text))
    >>> [w.text for w in quantity_of(text, ctx)]
    ['мошенничества']
    """
    their = [] if ctx.label_kind else their_quantity(ctx.sentence, ctx.story, ctx.start)
    if their:
        return their
    phrase = quantity_words(text, ctx.sentence, ctx.start, ctx.end)
    item = bracketed_item(text, ctx.sentence, ctx.start)
    if item and item[0] in phrase:  # «количество расследованных преступлений (с 903 до 726)»
        return phrase[: phrase.index(item[0]) + 1]
    return item or phrase


#: A change opened in a bracket, up to one of its ends: «(с », «(с 5 до », «(со 111 до ».
_CHANGE_BRACKET_RE = re.compile(r"\(\s*(?:со?|от)\s+(?:\d[\d\s,.]*\s*(?:до|по)\s+)?$")


def bracketed_item(text: str, sentence: list[Word], start: int) -> list[Word]:
    """The noun a change in a bracket right after it counts, in a list of such items: «возросло
    количество разбоев (с 5 до 6, + 20 %), мошенничеств (с 680 до 1144, + 68,2 %)» (robberies,
    then frauds, not the list's first noun each time); else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "возросло количество разбоев (с 5 до 6), мошенничеств (с 680 до 1144)"
    >>> [w.text for w in bracketed_item(text, words(text), text.index("1144"))]
    ['мошенничеств']
    """
    paren = text.rfind("(", 0, start)
    if paren < 0 or not _CHANGE_BRACKET_RE.search(text[paren:start]):
        return []
    before = [w for w in sentence if w.end <= paren]
    if not before or text[before[-1].end : paren].strip():
        return []
    noun = before[-1]  # a crime's noun: not «по указанным статьям (с 903 до 726)»
    crime = CASE_NOUNS.matches_word(noun) or NAMED_CRIMES.matches_word(noun)
    return [noun] if crime or FRAUD_WORDS.matches_word(noun) else []


def their_quantity(sentence: list[Word], story: list[Word], start: int) -> list[Word]:
    """What «их число», «олардың саны» before a number count: the crime named before «их».

    «Большую часть … составляют мошенничества – их число возросло на 20,8% (до 3246)»;
    «… преобладают мошенничества … Их число также возросло с 5,8 до 6,5 тысячи»; «Их стало на
    12 % больше – количество выросло с 4 345 до 4 866»: the quantity has no noun of its own (a
    verb follows it), so it counts the nearest crime or fraud word before the pointer, in its
    sentence or the sentences before (``story``).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> text = "Преобладают мошенничества – их число возросло до 3246."
    >>> [w.text for w in their_quantity(words(text), [], 46)]
    ['мошенничества']
    >>> their_quantity(words("Их число возросло до 3246."), [], 21)
    []
    """
    before = [w for w in sentence if w.end <= start]
    for k in range(len(before) - 1, 0, -1):
        if not (QUANTITY_BEFORE.matches_word(before[k]) or QUANTITY_AFTER.matches_word(before[k])):
            continue
        pointer = k - 1 if THEIR.matches_word(before[k - 1]) else None
        if pointer is None and k > 1 and before[k - 1].pos == "ADJF":
            pointer = k - 2 if THEIR.matches_word(before[k - 2]) else None  # «их общее количество»
        if pointer is None and k + 1 < len(before) and before[k + 1].pos in ("VERB", "PRTS"):
            # «Их стало больше – количество выросло с …»: the quantity's own clause has no noun
            pointer = next((j for j in range(k) if THEIR.matches_word(before[j])), None)
        if pointer is None:
            return []
        for w in reversed(story + before[:pointer]):
            if any(c.matches_word(w) for c in (CASE_NOUNS, FRAUD_WORDS, NAMED_CRIMES, CRIME_WORDS)):
                return [w]
        return []
    return []


def change_subject(before: list[Word]) -> list[Word]:
    """The case noun a change with no quantity word is of: the nearest in the words before it.

    «Бұл ретте интернет-алаяқтық 5%-ға (21 777-ден 22 870-ке дейін) артқан»: what grew is
    the noun the change follows; a person («мошенники требовали от 70 до 80 тысяч») is no
    quantity.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [w.text for w in change_subject(words("Бұл ретте интернет-алаяқтық 5%-ға"))]
    ['интернет-алаяқтық']
    >>> change_subject(words("За свои услуги мошенники требовали от"))
    []
    """
    for w in reversed(before[-6:]):
        if CASE_NOUNS.matches_word(w):
            return [w]
    if THEIR.first(before[-6:]) is not None:
        # «… олардың саны 40 есе өсті. Атап айтқанда 517-ден 20,5 мыңға дейін»: their number,
        # of the crime named further back
        for w in reversed(before[:-6]):
            if CASE_NOUNS.matches_word(w):
                return [w]
    return []


def what_a_change_became(ctx: NumberContext) -> bool:
    """Whether a Kazakh count is what a change told before it became: «Интернет-алаяқтық
    фактілері 12 пайызға азайып, 538 болды»."""
    return (
        bool(ctx.after)
        and ctx.after[0].text.lower() in cues.WAS_AFTER_A_COUNT
        and bool(CHANGE.first(ctx.sentence_before))
    )
