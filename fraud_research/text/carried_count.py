"""A count with no word of its own counts what the count before it counted: «843 факта, 212 из
которых раскрыты», «Годом ранее было 4 775.», «Для сравнения: за весь 2023 год было 21 600».

A bare count carries the role of the count before it in its sentence (a part's scheme named
between them); with only its period said before it, that of a count told in an earlier sentence
(speech and comparisons drop the noun the sentence before named). Words after it that say what
became of it (solved, unsolved, checked) or whom it counts decide before that.
"""

from __future__ import annotations

from .answers import only_a_period
from .context import NumberContext
from .matchers import (
    CHECKS,
    MONTHS,
    PERIOD_WORDS,
    SOLVED,
    SUSPECTS,
    TIME_UNITS,
    UNSOLVED,
    VICTIMS,
    first_cue,
)
from .role_names import CARRIED_ROLES
from .schemes import scheme_since_the_count
from .unrealised import negated

__all__ = ["OF_THEM", "carried_on", "count_for_another_period"]


#: «из них», «из которых», «олардың»: the words after a part's count that point to its whole.
OF_THEM = ("из", "они", "который", "олардың")

#: Words that may stand beside the period in a sentence that says only a count's period: a verb
#: of being, an adverb of time or degree, «для сравнения», «весь» («за весь 2023 год»), a «да».
_BESIDE_A_PERIOD = frozenset(
    "быть стать уже ещё всего лишь только весь целый для сравнение ранее да а".split()
)


def carried_on(ctx: NumberContext) -> tuple[str, list[str]]:
    """The role of a count with no word of its own: the count's before it carried on (a part's
    scheme named between them), persons named after it, else ``other``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("843 факта, 212 из которых раскрыты")
    >>> carried_on(NumberContext("212", 11, 14, 212, None, False, after=ws[2:],
    ...                          previous="cases_total"))
    ('solved', ['раскрыты'])
    """
    unsolved = first_cue(UNSOLVED, ctx.after[:5])
    if unsolved:
        return "other", unsolved  # «из 843 фактов 631 остаются нераскрытыми»
    own = [w for w in ctx.after[:4] if w.lemma not in OF_THEM][:2]
    solved = first_cue(SOLVED, own)
    if solved and not negated(own, SOLVED):
        return "solved", solved  # «843 факта, 212 из которых раскрыты»
    if ctx.previous in CARRIED_ROLES:
        checks = first_cue(CHECKS, ctx.after[:3])
        if checks:
            return "other", checks  # «ещё по двум — проверки»
        scheme = scheme_since_the_count(ctx)
        return ("cases_scheme", scheme) if scheme else (ctx.previous, [])
    another_period = count_for_another_period(ctx)  # «Годом ранее было 4 775.»
    if another_period:
        return another_period
    for role, cueset in (("suspects", SUSPECTS), ("victims", VICTIMS)):
        found = first_cue(cueset, ctx.after[:8])
        if found:
            return role, found
    return "other", []


def count_for_another_period(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """The role of a bare count whose sentence says only its period before it (a month, a year,
    «годом ранее»), after a count told in an earlier sentence: that count's role, and the words of
    the period; None otherwise.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Для сравнения: за весь 2023 год было 21 600")
    >>> ctx = NumberContext("21 600", 38, 44, 21600, None, False, sentence=ws,
    ...                     last_count="cases_total")
    >>> count_for_another_period(ctx)
    ('cases_total', ['год'])
    >>> count_for_another_period(NumberContext("21 600", 38, 44, 21600, None, False, sentence=ws))
    """
    if ctx.currency or ctx.previous or ctx.last_count not in CARRIED_ROLES:
        return None
    if ctx.after and ctx.after[0].start - ctx.end <= 1:
        return None  # «Жыл басынан бері 16 жиналыс өткізіліп»: a word of its own follows
    said = [w for w in ctx.sentence_before if w.lemma not in _BESIDE_A_PERIOD]
    period = [
        w.text
        for w in said
        if PERIOD_WORDS.matches_word(w) or TIME_UNITS.matches_word(w) or MONTHS.matches_word(w)
    ]
    if not period or not only_a_period(said):
        return None
    return ctx.last_count, period
