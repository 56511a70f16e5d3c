"""Shares told in words: «каждое третье», «вдвое», and what a share of the people lost.

What «половина пострадавших» or «каждая четвертая жертва» lost is the size of each one's
loss in that share, a band of a distribution, never the region's damage total.
"""

from __future__ import annotations

from . import cues
from .lemmas import Word, lemma, ordinal_lemma
from .matchers import CASE_NOUNS, EVERY, SHARE_NOUNS, person_noun


def share_value(word: Word, previous: Word | None) -> float | None:
    """The percent a share word gives: «каждое третье» 33.3, «әр бесіншісі» 20, «вдвое» 2.

    Parameters
    ----------
    word : Word
        An ordinal or a growth-factor word.
    previous : Word or None
        The word before it («каждый», «әр» make an ordinal a share).

    Returns
    -------
    float or None
        The share in percent (the factor for «вдвое»), or None when the word is no share.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ru, kk = words("каждое третье преступление, вдвое больше"), words("әр бесіншісінің")
    >>> share_value(ru[1], ru[0]), share_value(kk[1], kk[0]), share_value(ru[3], ru[2])
    (33.3, 20.0, 2)
    """
    low = word.text.lower()
    if is_factor(word.text):
        return cues.FACTOR_WORDS.get(low) or cues.FACTOR_LEMMAS[lemma(word.text)]
    if previous is None or not EVERY.matches_word(previous):
        return None
    n = ordinal_value(word)
    return round(100 / n, 1) if n else None


def ordinal_value(word: Word) -> int | None:
    """The number an ordinal word stands for: «третье» 3, «пятая» 5, «бесіншісі» 5; else None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> [ordinal_value(w) for w in words("пятая часть, бесіншісі, часть")]
    [5, None, 5, None]
    """
    low = word.text.lower()
    for entry, n in cues.ORDINAL_WORDS.items():
        if entry in (word.lemma, ordinal_lemma(word.text)) or (
            entry.endswith("*") and low.startswith(entry[:-1])
        ):
            return n
    return None


def is_factor(text: str) -> bool:
    """Whether a word is a growth factor or a half: «вдвое», «наполовину», «удвоилось»,
    «двукратном».

    Examples
    --------
    >>> [is_factor(w) for w in ("вдвое", "удвоилось", "двукратном", "двое")]
    [True, True, True, False]
    """
    return text.lower() in cues.FACTOR_WORDS or lemma(text) in cues.FACTOR_LEMMAS


def share_of_people(words: list[Word]) -> list[str]:
    """The words naming a share of the people that ``words`` (a clause before an amount) tell
    of: «половина пострадавших», «43 процента жителей», «большинство из них», «каждая
    четвертая жертва», «каждый пятый». Empty if none.

    A share of something else is not one: «половина этих денег», «треть ущерба», «каждое
    третье преступление».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> share_of_people(words("Примерно половина пострадавших отдали до"))
    ['половина', 'пострадавших']
    >>> share_of_people(words("Каждая четвертая жертва лишилась более"))
    ['Каждая', 'четвертая']
    >>> share_of_people(words("Большинство из них — пенсионеры, которые вложили от"))
    ['Большинство', 'них']
    >>> share_of_people(words("Более половины этих денег потеряли абаканцы —"))
    []
    """
    for k, w in enumerate(words):
        # the word after the share, past «из»: «большинство из них», «половина из опрошенных»
        j = k + 2 if words[k + 1 : k + 2] and words[k + 1].text.lower() == "из" else k + 1
        if j >= len(words):
            break
        nxt, after = words[j], words[j + 1 : j + 2]
        share = w.lemma in cues.SHARES_OF_PEOPLE or SHARE_NOUNS.matches_word(w)
        if share and _persons(nxt, after):
            return [w.text, nxt.text]
        if EVERY.matches_word(w) and share_value(nxt, w) is not None:
            if not (after and CASE_NOUNS.matches_word(after[0])):
                return [w.text, nxt.text]  # «каждый пятый», «каждая четвертая жертва»
    return []


def _persons(word: Word, after: list[Word]) -> bool:
    """A word standing for persons: a noun of persons, «них», or a plural participle with no
    noun after it for it to qualify («пострадавших», «опрошенных», not «похищенных средств»)."""
    if person_noun(word) or word.lemma == "они":
        return True
    noun_after = bool(after) and after[0].pos == "NOUN"
    return word.pos == "PRTF" and word.plural and not noun_after
