"""Earnings: what fraudsters earned is their victims' loss; what others earned is no loss.

«Доходы кибермошенников составили 3,2 млрд», «заработок всех преступных групп … оценивается в
$6,2 млн», «доходы 70% групп … уменьшились с 58 до 45 миллионов»: the earnings of fraudsters
or of their gangs are what their victims lost. An income elsewhere («с доходом 50 тыс.»,
«доходы российского сегмента» of a market) stays other money
(:data:`fraud_research.text.cues.OTHER_MONEY`), and so do what spammers, hackers or a market
earned («спамеры, которые заработали 830 млн долл.»; :func:`others_earnings`).
"""

from __future__ import annotations

from . import cues
from .lemmas import Word, may_be_someone_in_dative
from .matchers import DAMAGE, EARNINGS, OFFENDER_NOUNS, first_cue

__all__ = ["fraudsters_earnings", "others_earnings"]

#: Nouns of earnings.
_EARNINGS = frozenset(("доход", "заработок", "прибыль"))
#: How far after the noun its earners may come: «доходы 70% групп», «заработок всех
#: преступных групп».
_EARNERS_WITHIN = 4


def fraudsters_earnings(words: list[Word]) -> list[str]:
    """The noun of earnings and its earners when fraudsters or their gangs earned, else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> fraudsters_earnings(words("Доходы кибермошенников составили"))
    ['Доходы', 'кибермошенников']
    >>> fraudsters_earnings(words("заработок всех преступных групп оценивается"))
    ['заработок', 'групп']
    >>> fraudsters_earnings(words("доходы российского сегмента составили"))
    []
    """
    for k, w in enumerate(words):
        if w.lemma not in _EARNINGS:
            continue
        for earner in words[k + 1 : k + 1 + _EARNERS_WITHIN]:
            if earner.lemma in cues.GANG_NOUNS or OFFENDER_NOUNS.matches_word(earner):
                return [w.text, earner.text]
    return []


def others_earnings(before: list[Word]) -> list[str]:
    """The words of earnings when «спамеры, которые заработали 830 млн долл.», «внутренний рынок … составил 230 млн»: what
    spammers, hackers or a market earned, when the clause before the amount names no loss, else ``[]``.
    What fraudsters «earned», or what was earned *on* someone, is a loss («мошенники
    «заработали» больше 40 миллионов рублей за счёт жителей», «заработали на омичах 360 млн»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> others_earnings(words("за ними следуют спамеры, которые заработали"))
    ['заработали']
    >>> others_earnings(words("за прошедшую неделю мобильные мошенники заработали"))
    []
    """
    for k, w in enumerate(before):
        if EARNINGS.matches_word(w):
            if w.lemma == "принести" and any(
                may_be_someone_in_dative(v.text) for v in before[k + 1 :]
            ):
                return []  # «принесла «следователю» 2 миллиона»: handed to someone, no earnings
            on_someone = any(v.text.lower() == "на" for v in before[k + 1 : k + 3])
            if on_someone or first_cue(DAMAGE, before) or first_cue(OFFENDER_NOUNS, before):
                return []
            return [w.text]
    return []
