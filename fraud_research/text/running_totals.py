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
from .matchers import CueSet
from .period_text import SHORT_PERIOD_PHRASE_RE

#: Verbs of a running total growing (a total of the year so far never shrinks).
_GROWTH = CueSet(("увеличиться", "вырасти", "возрасти", "прибавиться", "пополниться"))
#: Words that set the growth against another period.
_AGAINST = CueSet(cues.COMPARED)


def grew_in_the_last_days(ctx: NumberContext) -> list[str]:
    """The words that make a change of size ``ctx`` the growth of a running total over the
    last days its sentence names, or ``[]``.

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
    """The words of a period of days or weeks among ``words`` («за последнюю неделю», «за
    последние семь дней», «за минувшие сутки»; :data:`~.period_text.SHORT_PERIOD_PHRASE_RE`), or ``[]``."""
    found = SHORT_PERIOD_PHRASE_RE.search(" ".join(w.text for w in words))
    return found.group().split() if found else []
