"""Which crime «таких преступлений» points back to: another crime named before it, or fraud.

The crime named last before the pointer wins, but a list that names fraud or cybercrime beside
another crime points at the fraud; a crime done by technology («из 51 вымогательства 46
совершены с использованием интернет-технологий») is the crime named with it, extortion.
"""

from __future__ import annotations

from .context import NumberContext
from .lemmas import Word
from .matchers import CYBER, FRAUD_NAMED, NAMED_CRIMES

__all__ = ["other_crime_pointed_at"]

#: How many words of the sentences before «таких преступлений» name what «такие» are.
_STORY_WORDS = 25
#: How many words before the last crime named may list crimes with it («мошенничество и
#: вымогательство», «киберпреступность, которая включает в себя мошенничество и …»).
_LISTED_WORDS = 6


def _names_fraud(word: Word) -> bool:
    """Whether a word names fraud, its doers or cybercrime («мошенничество», «мошенников»,
    «обмана», «киберпреступлений»)."""
    return FRAUD_NAMED.matches_word(word) or CYBER.matches_word(word)


def other_crime_pointed_at(ctx: NumberContext, pointer: Word) -> Word | None:
    """The other crime a count's «таких / подобных» points back to, or None when it points at
    fraud or cybercrime (or at nothing named).

    «5 тыс. краж … таких преступлений 2 тыс.» counts thefts, but «… убийство. … борьбе с
    дистанционным мошенничеством, количество таких преступлений» counts the fraud, the
    nearer. «Киберпреступность, которая включает в себя мошенничество и вымогательство. В 2024
    году зарегистрировано 930 таких фактов» counts the cybercrime: the list names fraud.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> story = words("Из 51 вымогательства 46 совершены с использованием интернет-технологий.")
    >>> sentence = words("Таких преступлений зарегистрировано 55.")
    >>> ctx = NumberContext("55", 36, 38, 55, None, False, before=sentence[:3],
    ...                     sentence=sentence, story=story)
    >>> other_crime_pointed_at(ctx, sentence[0]).text
    'вымогательства'
    >>> ctx.story = words("Проблемой остаётся киберпреступность: мошенничество и вымогательство.")
    >>> other_crime_pointed_at(ctx, sentence[0]) is None
    True
    """
    before = [w for w in ctx.sentence if w.end <= ctx.start and w.end <= pointer.start]
    told = ctx.story[-_STORY_WORDS:] + before
    named = [k for k, w in enumerate(told) if NAMED_CRIMES.matches_word(w) or _names_fraud(w)]
    if not named:
        return None
    if CYBER.matches_word(told[named[-1]]):
        # the crime done by technology is the one named right before it
        near = told[max(0, named[-1] - 5) : named[-1]]
        return next((w for w in near if NAMED_CRIMES.matches_word(w)), None)
    if any(_names_fraud(told[k]) for k in named if k >= named[-1] - _LISTED_WORDS):
        return None
    return next(told[k] for k in named if NAMED_CRIMES.matches_word(told[k]))
