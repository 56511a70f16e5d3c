"""Counts of crimes done in the way the text just described: «Таким образом было совершено 1 812
правонарушений», «Таких случаев было более 300», «более сотни таких преступлений» after a sentence
that names or describes a scheme count that scheme.

«Таким образом» is a pointer only inside the count's own clause: set apart by a comma it means
«thus». The scheme is the one the sentences before name (a scheme word, «самым
распространённым …») or describe in words the taxonomy maps (:func:`scheme_named_in`).
"""

from __future__ import annotations

from . import cues
from .context import NumberContext, before_a_period, before_particles, neighbours
from .lemmas import Word
from .matchers import (
    AGGREGATE,
    ANAPHORIC,
    CASE_NOUNS,
    CRIME_WORDS,
    CYBER,
    INTERNET,
    SCHEME_WORDS,
    person_noun,
    summing_word,
    way_pointer,
)
from .schemes import map_scheme, scheme_named_in

__all__ = ["done_this_way", "loss_of_a_scheme_told"]


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
    # «Таких случаев зарегистрировано с начала года более 400»: a period between aside
    near = before_a_period(before_particles(ctx.before))[-4:]
    such = ANAPHORIC.first(near)
    such_cases = such is not None and (
        (nxt is not None and CASE_NOUNS.matches_word(nxt))
        or any(CASE_NOUNS.matches_word(w) for w in near)
    )
    # «более 100 подобных случаев», «более сотни таких преступлений»: the pointer after it
    such_after = len(ctx.after) > 1 and ANAPHORIC.matches_word(ctx.after[0])
    such_cases |= such_after and _case_or_crime(ctx.after[1])
    if not (way_pointer(ctx.before, thus=True) or such_cases):
        return None
    if summing_word(ctx.before) is not None:
        # «Всего в 2025 году зарегистрировано 1 356 таких преступлений»: the whole of what the
        # sentence before took a share of, not that share's scheme
        return None
    start = next(
        (
            k
            for k, w in enumerate(ctx.story)
            if (SCHEME_WORDS.matches_word(w) and not _remote_means(ctx.story, k))
            or w.text.lower().startswith(cues.MOST_COMMON)
        ),
        None,
    )
    if start is None:  # «при продаже или покупке товаров …»: a scheme described, not named
        named = _scheme_last_described(ctx, such)
        return ("cases_scheme", named) if named else None
    wording = [w.text for w in ctx.story[start : start + 10]]
    # not «придумывают все новые способы обмана московских пенсионеров»: ways that name no scheme
    return ("cases_scheme", wording) if map_scheme(" ".join(wording)) else None


def _remote_means(story: list[Word], k: int) -> bool:
    """Whether the scheme word at ``k`` names a channel, no scheme: «совершено дистанционным
    способом», «способом через интернет» (the means every scheme online shares)."""
    near = story[max(k - 1, 0) : k] + story[k + 1 : k + 2]
    return any(INTERNET.matches_word(w) or CYBER.matches_word(w) for w in near)


def _case_or_crime(word: Word) -> bool:
    return CASE_NOUNS.matches_word(word) or CRIME_WORDS.matches_word(word)


def _scheme_last_described(ctx: NumberContext, such: Word | None) -> list[str]:
    """The words of the scheme the sentences before describe, or the count's own sentence
    before its pointer ``such`` («Мошенники представляются сотрудниками банков – таких случаев
    218»), when nothing after them names a kind of crime the pointer may point at instead: not
    «ответив на звонок … количество телефонных и онлайн-преступлений … 807 таких
    правонарушений», nor «подобных киберпреступлений»."""
    if CYBER.first(ctx.after[:2]):
        return []
    own = [w for w in ctx.sentence if such is not None and w.end <= such.start]
    told = ctx.story + own
    named = scheme_named_in(told)
    if not named:
        return []
    k = next(k for k, w in enumerate(told) if w.text == named[-1])
    later = told[k + 1 :]
    return [] if CRIME_WORDS.first(later) or CYBER.first(later) else named


def loss_of_a_scheme_told(ctx: NumberContext) -> list[str]:
    """The words naming the scheme the sentence before an amount describes, when the text has
    told its damage total already: «Аферисты обманули их на 14,5 миллиона … Лжебанкиры нередко
    предлагают перевести сбережения на «безопасный» счёт. Так, 11 потерпевших потеряли 10,6
    миллиона», «Получив предоплату, лже-продавцы переставали выходить на связь. Ущерб от их
    действий оценивается в 400 тысяч»: that scheme's loss, a part of the total. The amount's
    sentence must go on from the one before: a pointer back («их», «они», «Так,») or the
    persons it counts («11 потерпевших»); not a sentence that tells the region's loss anew
    («Белгородцы потеряли 14 млн», «Материальный ущерб … превысил 829 млн»). Nor when it sums
    up («всего», «общий») or names a period of its own (a total of another time, «В 2023 году
    ущерб составил …»); else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> story = words("Получив предоплату, лже-продавцы переставали выходить на связь.")
    >>> ws = words("Ущерб от их действий оценивается в")
    >>> ctx = NumberContext("400 тысяч", 35, 44, 400_000, "RUB", True, before=ws, sentence=ws,
    ...                     story=story, damage_told=True)
    >>> loss_of_a_scheme_told(ctx)
    ['предоплату']
    """
    told = ctx.sentence_before
    if not ctx.damage_told or ctx.statistics_period:
        return []
    # «Девять жителей поверили звонкам «сотрудников банков» и отдали аферистам 3 млн»: the
    # persons' own sentence names how they lost it
    own = scheme_named_in(told) if any(w.counted and person_noun(w) for w in told) else []
    if own or AGGREGATE.first(told):
        return own
    goes_on = any(w.lemma in _GOING_ON or (w.counted and person_noun(w)) for w in told)
    # «Граждане США понесли наибольшие убытки – их потери составили 4,8 млрд»: «их» points at
    # the persons its own sentence names, not at the scheme told before
    pointer = next((k for k, w in enumerate(told) if w.lemma in _GOING_ON), len(told))
    named = any(person_noun(w) and w.maybe_plural and not w.counted for w in told[:pointer])
    return scheme_named_in(ctx.story) if goes_on and not named else []


#: Words that carry a sentence on from the one before: «Так, 11 потерпевших …», «Ущерб от их
#: действий …», «За год они сумели выманить …».
_GOING_ON = frozenset(("так", "они", "их", "этот"))
