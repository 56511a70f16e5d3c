"""Counts of crimes done in the way the text just described: «Таким образом было совершено 1 812
правонарушений», «Таких случаев было более 300», «более сотни таких преступлений» after a sentence
that names or describes a scheme count that scheme.

«Таким образом» is a pointer only inside the count's own clause: set apart by a comma it means
«thus». The scheme is the one the sentences before name (a scheme word, «самым
распространённым …») or describe in words the taxonomy maps (:func:`scheme_named_in`).
"""

from __future__ import annotations

from .context import NumberContext, neighbours
from .lemmas import Word
from .matchers import ANAPHORIC, CASE_NOUNS, CRIME_WORDS, CYBER, SCHEME_WORDS, way_pointer
from .schemes import scheme_named_in

__all__ = ["done_this_way"]

#: «самым распространённым …», «наиболее популярной схемой …»: the sentence names a scheme.
_MOST_COMMON = ("распространённ", "распространенн", "популярн")


def done_this_way(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """A count of crimes done «таким образом», or «таких случаев», after a sentence that names
    a scheme (or the most common one) is that scheme's.

    «Наиболее распространённым способом обмана остаются поддельные SMS и звонки якобы от банков.
    Таким образом было совершено 6 812 правонарушений»; «Самым распространенным вариантом
    мошенничества являются звонки от якобы сотрудников банка. Таких случаев было более 300»: the
    scheme's wording is the sentence before's, from its scheme word.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> story = words("Самым распространённым вариантом остаются звонки от лжесотрудников банка.")
    >>> ws = words("Таких случаев было")
    >>> ctx = NumberContext("300", 19, 22, 300, None, False, before=ws, sentence=ws, story=story)
    >>> done_this_way(ctx)[0]
    'cases_scheme'
    >>> done_this_way(NumberContext("300", 19, 22, 300, None, False, before=ws, sentence=ws))
    """
    nxt, _ = neighbours(ctx)
    such = ANAPHORIC.first(ctx.before[-4:])
    such_cases = such is not None and (
        (nxt is not None and CASE_NOUNS.matches_word(nxt))
        or any(CASE_NOUNS.matches_word(w) for w in ctx.before[-4:])
    )
    # «более 100 подобных случаев», «более сотни таких преступлений»: the pointer after it
    such_after = len(ctx.after) > 1 and ANAPHORIC.matches_word(ctx.after[0])
    such_cases |= such_after and _case_or_crime(ctx.after[1])
    if not (way_pointer(ctx.before, thus=True) or such_cases):
        return None
    start = next(
        (
            k
            for k, w in enumerate(ctx.story)
            if SCHEME_WORDS.matches_word(w) or w.text.lower().startswith(_MOST_COMMON)
        ),
        None,
    )
    if start is None:  # «при продаже или покупке товаров …»: a scheme described, not named
        named = _scheme_last_described(ctx)
        return ("cases_scheme", named) if named else None
    return "cases_scheme", [w.text for w in ctx.story[start : start + 10]]


def _case_or_crime(word: Word) -> bool:
    return CASE_NOUNS.matches_word(word) or CRIME_WORDS.matches_word(word)


def _scheme_last_described(ctx: NumberContext) -> list[str]:
    """The words of the scheme the sentences before describe, when nothing after them names a
    kind of crime the pointer may point at instead: not «ответив на звонок … количество
    телефонных и онлайн-преступлений … 807 таких правонарушений», nor «подобных
    киберпреступлений»."""
    if CYBER.first(ctx.after[:2]):
        return []
    named = scheme_named_in(ctx.story)
    if not named:
        return []
    k = next(k for k, w in enumerate(ctx.story) if w.text == named[-1])
    later = ctx.story[k + 1 :]
    return [] if CRIME_WORDS.first(later) or CYBER.first(later) else named
