"""Figures a text corrects or denies: «зарегистрировано не 1 200, как сообщалось ранее, а
1 020», «ущерб не 2 млрд, а 1,6 млрд», Kazakh «1 200 емес, 1 020», and the figures of a claim a
fact-check debunks («Фейк: … распространяется сообщение, будто … украли 5 млрд»). The figure set
aside is no statistic of the period; the one that replaces it is."""

from __future__ import annotations

import re
from itertools import pairwise

from .context import NumberContext

__all__ = ["denied_figure"]

#: How many words may stand between a denied figure and «а» before the figure that replaces it
#: («не 1 200, как сообщалось ранее, а 1 020»).
_ASIDE_WORDS = 5


def denied_figure(ctx: NumberContext) -> list[str]:
    """The words that set a figure aside for the one after it: «не» right before it and «а»
    right before the next figure, a few words at most between («как сообщалось ранее»), or
    Kazakh «емес» right after it; else ``[]``. Not «не менее 20» (a bound) nor «не 20 лет, а
    больше» (no figure replaces it).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("зарегистрировано не 1 200, как сообщалось ранее, а 1 020 фактов")
    >>> ctx = NumberContext("1 200", 20, 25, 1200, None, False, before=ws[:2], sentence=ws)
    >>> denied_figure(ctx)
    ['не', 'как', 'сообщалось', 'ранее', 'а']
    """
    before = ctx.before[-1:]
    if before and before[0].text.lower() == "не" and ctx.start - before[0].end <= 2:
        later = [w for w in ctx.sentence if w.start >= ctx.end][: _ASIDE_WORDS + 1]
        k = next((k for k, w in enumerate(later) if w.text.lower() == "а"), None)
        # a figure right after «а»: more than a space before the next word, or none
        if k is not None and (k + 1 == len(later) or later[k + 1].start - later[k].end > 2):
            return [before[0].text] + [w.text for w in later[: k + 1]]
    if ctx.after[:1] and ctx.after[0].text.lower() == "емес" and ctx.after[0].start - ctx.end <= 2:
        return [ctx.after[0].text]
    return _claim_debunked(ctx) or _said_in_error(ctx) or _taken_back(ctx)


#: Words a speaker takes a figure back with: «640... жоқ, кешіріңіз, 604», «900, нет, простите,
#: 980».
_APOLOGIES = frozenset(("простите", "извините", "кешіріңіз"))
_TAKING_BACK = _APOLOGIES | {"нет", "жоқ", "ой"}


def _taken_back(ctx: NumberContext) -> list[str]:
    """The words right after a figure (and its noun) that take it back for the figure after them
    («640... жоқ, кешіріңіз, 604 дерегі», «пострадали 1 002 человека... нет, простите, 1 120»);
    else ``[]``."""
    later = [w for w in ctx.sentence if w.start >= ctx.end][:5]
    first = 1 if later and later[0].start - ctx.end <= 1 else 0  # the number's own noun
    k = first
    while k < len(later) and later[k].text.lower() in _TAKING_BACK:
        k += 1
    if k == first or later[first].start - (later[first - 1].end if first else ctx.end) > 6:
        return []
    if first and not _APOLOGIES.intersection(w.text.lower() for w in later[first:k]):
        return []  # past its noun, a bare «нет» opens a clause of its own
    # a figure right after them: more than a comma and a space before the next word, or none
    if k == len(later) or later[k].start - later[k - 1].end > 2:
        return [w.text for w in later[first:k]]
    return []


def _said_in_error(ctx: NumberContext) -> list[str]:
    """«ошибочно» (in error) or «неверно» before the figure in its sentence, no number and no
    word of the right one between: «мы ошибочно указали, что … зарегистрировано 1 870 фактов»,
    «(В первой версии новости ошибочно было указано 1 181 факт.)»; not «ошибочно сообщалось
    о 900, на самом деле — 1 020» for the second figure."""
    before = [w for w in ctx.sentence if w.end <= ctx.start]
    at = next((k for k in range(len(before) - 1, -1, -1) if _IN_ERROR.match(before[k].text)), None)
    if at is None or any(_RIGHT_ONE.fullmatch(w.text) for w in before[at:]):
        return []
    # a figure reported in error («ошибочно указали», «ошибочно было указано»), not a thing
    # done in error («ошибочно отправленные смс» (2%))
    if not any(_REPORTED.match(w.text) for w in before[at + 1 : at + 4]):
        return []
    # a figure between the error and this one: «ошибочно указали 1 870 вместо 1 780»
    if any(b.start - a.end > _A_NUMBER_BETWEEN for a, b in pairwise(before[at:])):
        return []
    return [before[at].text]


#: Words of an error: «ошибочно», «ошибочные», «неверно», «неправильно».
_IN_ERROR = re.compile(r"(?:ошибочн|неверн|неправильн)\w*", re.I)
#: Verbs of reporting a figure: «указали», «сообщалось», «написали», «привели», «опубликовали».
_REPORTED = re.compile(r"(?:указ|сообщ|напис|привед|привел|опубликов|назва|озвуч)\w*", re.I)
#: Words of the right figure: «на самом деле», «верная цифра», «правильно», «а».
_RIGHT_ONE = re.compile(r"(?:верн|правильн|действительн)\w*|самом|а", re.I)
#: More characters than a space and a comma between two words: a number stands there.
_A_NUMBER_BETWEEN = 4


#: Words of a fact-check: the claim it quotes is false.
_DEBUNKING = (
    "фейк", "фактчек", "факт-чек", "фейк-чек", "опровергать", "опровергнуть", "недостоверный",
    "неправда",
)  # fmt: skip
#: Words citing a source: «по данным», «официальной статистике», «ресми мәліметінше», «деректері бойынша».
_CITING = ("данны", "официальн", "статистик", "мәлімет", "ресми", "дерект", "статистика")
#: Verbs of a claim spreading: «разошёлся пост», «распространяется сообщение», «пост тарап жатыр».
_SPREADING = ("распространяться", "разойтись", "гулять", "тарап", "тарады", "таралып", "тарауда")


def _claim_debunked(ctx: NumberContext) -> list[str]:
    """The figure of a claim a fact-check quotes: «будто» (as if) before it in its clause, a
    verb of a claim spreading before it or Kazakh «деген» (so-called) after it, in a text a
    fact-check word opens or tells («ФАКТЧЕК. В WhatsApp распространяется сообщение, будто …
    100 миллиардов», «… 1 млрд теңге ұрлайды» деген пост тарап жатыр»); a headline asking
    whether it is true («Правда ли, что … 20 миллиардов?», «… – рас па?»), or a verdict in its
    own sentence («Вердикт: неправда, а откуда взялись «20 миллиардов» …»)."""
    texts = [w.text.lower() for w in ctx.sentence]
    asked = texts[:2] == ["правда", "ли"] or any(
        a == "рас" and b == "па" for a, b in pairwise(texts)
    )
    # a verdict's own sentence sets aside the claim's figures, not those of a source it cites
    # («Это фейк: по данным МВД, ущерб составил 3,8 млрд»); a claim spreading in the sentence
    # before («В соцсетях разошёлся пост: «Башкиры … 20 млрд рублей»») likewise («… пост тарап
    # жатыр. ІІМ-нің ресми мәліметінше, … залал 36,5 млрд теңге болған» refutes it)
    cited = any(w.text.lower().startswith(_CITING) for w in ctx.sentence)
    verdict = next((w for w in ctx.sentence if w.lemma.lower() in _DEBUNKING), None)
    if asked or (verdict is not None and verdict.end <= ctx.start and not cited):
        return [ctx.sentence[0].text if asked else verdict.text]
    before = ([] if cited else ctx.story[-4:]) + [w for w in ctx.sentence if w.end <= ctx.start]
    claim = next((w for w in ctx.before if w.text.lower() == "будто"), None) or next(
        (w for w in before if w.lemma.lower() in _SPREADING), None
    )
    said = next((w for w in ctx.own_after[:8] if w.text.lower() == "деген"), None)
    told = [w for w in ctx.story + ctx.sentence if w.lemma.lower() in _DEBUNKING] or [
        a for a, b in pairwise(ctx.story) if (a.text.lower(), b.text.lower()) == ("правда", "ли")
    ]
    claim = claim or said
    return [told[0].text, claim.text] if claim is not None and told else []
