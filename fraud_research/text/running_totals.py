"""A running total's growth over the last days: that period's own figure, not a change.

Weekly prosecutors' and police summaries report the year's running totals and how much they
grew in the last week: «Только за последнюю неделю … количество пострадавших увеличилось на 156
человек, а похищенная сумма выросла на 12,8 миллиона рублей», «за последние семь дней сумма
увеличилась на 11,6 миллиона». The growth is what the week added: its victims and its damage.
Growth set against another period («на 15 больше, чем неделей ранее») stays a change.
"""

from __future__ import annotations

from . import cues
from .context import NumberContext
from .lemmas import Word
from .matchers import TIME_UNITS, CueSet

#: Verbs of a running total growing (a total of the year so far never shrinks).
_GROWTH = CueSet(("увеличиться", "вырасти", "возрасти", "прибавиться", "пополниться"))
#: Words of the last days: «за последнюю неделю», «за предыдущую неделю», «за минувшие сутки».
_LAST = CueSet(("последний", "предыдущий", "минувший", "прошедший", "прошлый"))
#: Words that set the growth against another period.
_AGAINST = CueSet(cues.COMPARED)
#: The short periods a weekly summary adds up.
_SHORT = ("неделя", "сутки", "день")


def grew_in_the_last_days(ctx: NumberContext) -> list[str]:
    """The words that make a change of size ``ctx`` the growth of a running total over the
    last days (its sentence or the one before names them), or ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("Только за последнюю неделю количество пострадавших увеличилось на человек")
    >>> grew_in_the_last_days(NumberContext("156", 70, 73, 156, None, False, before=ws[:-1],
    ...                                     after=ws[-1:], sentence=ws))
    ['за', 'последнюю', 'неделю', 'увеличилось']
    >>> ws = words("За неделю число мошенничеств выросло на по сравнению с прошлой")
    >>> grew_in_the_last_days(NumberContext("15", 40, 42, 15, None, False, before=ws[:6],
    ...                                     after=ws[6:], sentence=ws))
    []
    """
    grew = next((w for w in ctx.before[-6:] if _GROWTH.matches_word(w)), None)
    if grew is None or _AGAINST.first(ctx.sentence) is not None:
        return []
    period = _last_days(ctx.sentence)
    return period + [grew.text] if period else []


def _last_days(words: list[Word]) -> list[str]:
    """«за последнюю неделю», «за последние семь дней», «за неделю», «за минувшие сутки»."""
    for k, w in enumerate(words):
        if w.text.lower() != "за":
            continue
        tail = words[k + 1 : k + 4]
        unit = next((x for x in tail if TIME_UNITS.matches_word(x)), None)
        if unit is None or unit.lemma not in _SHORT:
            continue
        between = tail[: tail.index(unit)]
        if all(_LAST.matches_word(x) or x.lemma in ("этот", "семь", "весь") for x in between):
            return [w.text, *(x.text for x in between), unit.text]
    return []
