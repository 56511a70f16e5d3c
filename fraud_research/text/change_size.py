"""The size of a change: «на 705 меньше», «выросли на 7 тыс», «былтырғыдан 133-ке көп».

A number that measures how much a count or a sum changed is neither a count nor a total;
:func:`change_size` finds the words that make it one. Which end of a change a number is
(«с 65 949 до 90 587») is :mod:`fraud_research.text.change_pair`'s.
"""

from __future__ import annotations

import re
from itertools import takewhile

from .amounts import RANGE_DASHES
from .change_pair import kazakh_dative
from .context import NumberContext, before_particles
from .matchers import CHANGE_VERBS, CHANGE_WORDS, POPULATION_NOUNS, first_cue

__all__ = ["change_size"]

#: The first end of a range between «на» and the number: «на 30–50 тыс.».
_RANGE_START_RE = re.compile(r"\s*\d[\d\s,.]*[-–—]\s*$")


def change_size(ctx: NumberContext) -> list[str]:
    """The words that make a number the size of a change, not a count or a total.

    «на 705 меньше», «почти на 100 миллионов больше», «выросли на 7 тыс»: «на» right before
    the number with a comparative after it or a verb of change before it; in Kazakh the
    number's dative with a comparative or a verb of change after it («133-ке көп»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("это на 200 миллионов рублей больше")
    >>> change_size(NumberContext("200 миллионов", 7, 20, 200_000_000, "RUB", True,
    ...                           before=ws[:2], after=ws[3:]))
    ['больше']
    """
    last = next((w.text for w in ctx.sentence if w.end == ctx.end), "")
    # «рост составил 56 фактов», «снижение составило 114 млн», «разница составила около 15 млн»:
    # a change noun's size
    told = before_particles(ctx.before)
    if told and told[-1].lemma == "составить":
        near = told[-5:-1]
        for k, w in enumerate(near):  # the subject, not «несмотря на рост»
            if (
                w.pos == "NOUN"
                and CHANGE_VERBS.matches_word(w)
                and [v.text for v in near[k - 1 : k]] != ["на"]
            ):
                return [w.text, told[-1].text]
    if ctx.change_end != "to" and kazakh_dative(ctx.char_after, last):
        if ctx.after and ctx.after[0].text.lower() == "дейін":
            return []  # «843-ке дейін өсті»: grew *to* 843, the value reached
        return first_cue(CHANGE_WORDS, ctx.after[:2])  # «былтырғыдан 133-ке көп»
    before = before_particles(ctx.before)  # «на порядка 1 тыс.», «почти на 100 миллионов»
    if not before or before[-1].lemma != "на" or ctx.start - before[-1].end > 20:
        return []
    gap = ctx.char_before[-(ctx.start - before[-1].end) :]
    if re.search(r"\d", gap) and not _RANGE_START_RE.match(gap):
        return []  # «стало меньше на 9% — 3 245 против 3 566»: «на» takes the percent before
    # «на 27,6% меньше краж, на 29 — фактов мошенничества»: a list of changes goes on
    listed = ctx.char_after.lstrip().startswith(RANGE_DASHES)
    # «на 10 тыс. населения больше всего …»: the base of a rate; its comparative is another's
    ahead = list(takewhile(lambda w: not POPULATION_NOUNS.matches_word(w), ctx.after[:3]))
    return (
        first_cue(CHANGE_WORDS, ahead)
        or _compared_later(ctx)
        or first_cue(CHANGE_WORDS, before[-3:-1])  # «ущерб больше почти на 12 млн»
        or first_cue(CHANGE_VERBS, before[-8:-1])
        or (first_cue(CHANGE_WORDS, ctx.sentence_before) if listed else [])
    )


def _compared_later(ctx: NumberContext) -> list[str]:
    """A comparative with «чем» after it further on in the clause: «зафиксировано на 98 случаев
    мошенничества в IT-сфере меньше, чем в 2016 году»."""
    after = ctx.sentence_after[:8]  # past the comma before «чем»
    for k, w in enumerate(after[:-1]):
        if CHANGE_WORDS.matches_word(w) and after[k + 1].text.lower() == "чем":
            return [w.text, after[k + 1].text]
    return []
