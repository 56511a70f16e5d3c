"""A loss broken down by the channel it was taken through (cards, ATMs, an internet bank) or by
the kind of account holder it was taken from (legal persons, individuals).

Bank and central-bank reviews give a damage total, then split it by channel: «общая сумма
ущерба составила 3,5 млрд рублей. С карточек мошенники забрали 1,58 млрд рублей … Более
миллиарда рублей мошенники украли через интернет-банк», «С использованием банкоматов было
похищено 175,8 млн руб.». Each part is a channel's share of the total told before, not a
second total nor a fraud scheme's loss; the corpus labels such parts ``other``. So is the part
taken from one kind of account holder («Объем хищений у юридических лиц достиг 667,4 миллиона»).
The channel and holder words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

from . import cues
from .context import NumberContext
from .matchers import CueSet

CHANNELS = CueSet(cues.LOSS_CHANNELS)
HOLDERS = CueSet(cues.ACCOUNT_HOLDERS)
#: What «мобильный» must name to be a channel (not «мобильные мошенники»).
_MOBILE_CHANNELS = CueSet(cues.MOBILE_CHANNELS)
#: Words of a period of its own in the amount's clause.
_PERIOD_WORDS = CueSet(("год", "ранее", "прошлый", "предыдущий", "квартал", "месяц", "жыл*"))
#: Words of a payment card: a channel when taken from («с карт», «со счетов карт»).
_CARDS = ("карта", "карточка")
#: Words of borrowed money: the part of a loss the victims had borrowed («кредитные средства»,
#: «несие қаражаты»).
_BORROWED = ("кредитный", "заемный", "заёмный", "несие")


def loss_part_by_channel(ctx: NumberContext) -> list[str]:
    """The words naming the channel an amount was taken through, or the kind of account holder
    it was taken from, when a damage total was told before it (``ctx.damage_told``), or ``[]``.

    The channel is named in the amount's own clause: from the words after the previous
    number (or the sentence's start) to the next number.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("С использованием банкоматов было похищено руб.")
    >>> ctx = NumberContext("175,8 млн", 42, 51, 175.8e6, "RUB", True, before=ws[:4],
    ...                     after=ws[4:], damage_told=True)
    >>> loss_part_by_channel(ctx)
    ['банкоматов']
    >>> ws = words("С карточек мошенники забрали рублей")
    >>> loss_part_by_channel(NumberContext("1,58 млрд", 28, 37, 1.58e9, "RUB", True,
    ...                                    before=ws[:4], after=ws[4:], damage_told=True))
    ['С', 'карточек']
    >>> loss_part_by_channel(NumberContext("1,58 млрд", 28, 37, 1.58e9, "RUB", True,
    ...                                    before=ws[:4], after=ws[4:]))  # no total before
    []
    >>> ws = words("Объем хищений у юридических лиц достиг рублей")
    >>> loss_part_by_channel(NumberContext("667,4 млн", 40, 49, 667.4e6, "RUB", True,
    ...                                    before=ws[:6], after=ws[6:], damage_told=True))
    ['юридических']
    """
    if not ctx.damage_told:
        return []
    clause = ctx.own_clause
    if _PERIOD_WORDS.first(clause):
        return []  # «а годом ранее с карт похитили 15 млрд»: another period's total
    for k, w in enumerate(clause):
        if CHANNELS.matches_word(w):
            return [w.text]
        if HOLDERS.matches_word(w) and not ctx.statistics_period:
            # not «В 2018 году … похитить с банковских счетов юрлиц 1,46 млрд»: a year's own
            # sentence, when totals by holder are all there is
            return [w.text]
        if w.lemma == "мобильный" and _MOBILE_CHANNELS.first(clause[k + 1 : k + 3]):
            return [w.text, clause[k + 1].text]
        if w.lemma in _CARDS and k and clause[k - 1].lemma in ("с", "со"):
            return [clause[k - 1].text, w.text]
        if w.lemma in _CARDS and k > 1 and clause[k - 2].lemma in ("с", "со"):
            return [clause[k - 2].text, w.text]  # «с банковских карт»
        if w.lemma in _BORROWED and ctx.part:
            return [w.text]  # «из которых 120 млн – кредитные средства»: the borrowed part
    return []
