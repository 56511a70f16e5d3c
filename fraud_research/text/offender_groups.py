"""A count of cases broken down by who committed them: minors, foreigners, repeat offenders.

«Зарегистрировано 312 фактов, 40 из них совершены несовершеннолетними», «15 преступлений
совершено подростками», «совершённых ранее судимыми лицами»: each is a part of the region's
count, split by the offenders, not a total nor a scheme's count. Such parts are labelled
``other``, as parts by victims are (:mod:`fraud_research.text.victim_groups`). Crimes «совершены
мошенниками» name no group: every fraud is committed by a fraudster.
"""

from __future__ import annotations

from itertools import takewhile

from .context import NumberContext
from .lemmas import Word
from .matchers import OFFENDER_NOUNS, person_noun

#: Adjectives used as nouns of offenders («несовершеннолетними», «ранее судимыми»).
_OFFENDERS_AS_ADJECTIVES = ("несовершеннолетний", "судимый", "судить", "осуждённый", "осудить")
#: How far after the verb the doers may come: «совершены ранее судимыми лицами».
_DOERS_WITHIN = 3


def done_by_a_group(ctx: NumberContext) -> list[str]:
    """The words naming a group of offenders that a count of cases is the part of, or ``[]``.

    The count's own clause says its crimes were committed («совершены», «совершено») by a
    group of persons, named in the instrumental plural or as «группой лиц».

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("из них совершены несовершеннолетними")
    >>> done_by_a_group(NumberContext("40", 0, 2, 40, None, False, after=ws))
    ['совершены', 'несовершеннолетними']
    >>> ws = words("совершены мошенниками из других стран")
    >>> done_by_a_group(NumberContext("40", 0, 2, 40, None, False, after=ws))
    []
    """
    # up to the next number's noun: «40 совершены …, 12 — …» names the 40's doers only
    after = ctx.after[:1] + list(takewhile(lambda w: not w.counted, ctx.after[1:8]))
    for k, word in enumerate(after):
        if not word.text.lower().startswith("соверш"):
            continue
        for doer in after[k + 1 : k + 1 + _DOERS_WITHIN]:
            if _a_group_of_doers(doer, after):
                return [word.text, doer.text]
    return []


def _a_group_of_doers(word: Word, words: list[Word]) -> bool:
    """A person word in the instrumental plural, not a fraudster («несовершеннолетними»,
    «иностранцами», «лицами»), or «группой» before «лиц»."""
    low = word.text.lower()
    if low == "группой":
        nxt = words[words.index(word) + 1 : words.index(word) + 2]
        return bool(nxt) and nxt[0].lemma == "лицо"
    if not low.endswith(("ами", "ями", "ими", "ыми")) or OFFENDER_NOUNS.matches_word(word):
        return False
    return person_noun(word) or word.lemma in _OFFENDERS_AS_ADJECTIVES
