"""Which scheme a loss is of, or none: then the loss is the total.

«Ущерб от звонков от имени сотрудников банков составил 520 млн» is a scheme's loss; «аферисты
выманили у граждан 18,6 млрд через фишинговые сайты и несуществующие интернет-магазины»
(several schemes) is the total of them all. :func:`scheme_of_the_loss` gives the words that
name the scheme, from the scheme readers of :mod:`fraud_research.text.schemes`,
:mod:`fraud_research.text.falls_to` and :mod:`fraud_research.text.scheme_pointers`.
"""

from __future__ import annotations

from . import cues
from .context import NumberContext
from .falls_to import scheme_it_falls_to
from .lemmas import Word
from .matchers import DAMAGE, first_cue
from .role_names import DAMAGE_ROLES, MONEY_ROLES
from .scheme_pointers import loss_of_a_scheme_told
from .schemes import map_scheme, scheme_counted_before, scheme_cue, scheme_named_in

__all__ = ["scheme_of_the_loss"]

#: Words joining the schemes of a list («через фишинговые сайты и … интернет-магазины»).
_JOINING = ("и", "или", "және", "немесе")


def scheme_of_the_loss(ctx: NumberContext) -> list[str]:
    """The words naming the scheme of a loss: around it, the share it falls to, the scheme
    counted right before it or the one just told; else ``[]`` (the loss is the total).

    A loss over several schemes is a total, unless it goes on a list of sums (a breakdown by
    scheme, «66 млрд за фиктивные банковские услуги, …, а также 18,6 млрд …»).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("выманили 18,6 млрд через фишинговые сайты и фейковые интернет-магазины")
    >>> ctx = NumberContext("18,6 млрд", 9, 18, 18_600_000_000, "RUB", True, before=ws[:1],
    ...                     after=ws[3:], sentence=ws)
    >>> scheme_of_the_loss(ctx)
    []
    """
    if ctx.previous not in MONEY_ROLES and _over_several_schemes(ctx.own_after[:10]):
        return []
    return (
        scheme_cue(ctx)
        # a list's line labelled by its scheme: «▫️ интернет-дүкендегі алдын ала төлем – 31 млн ₸»
        or (scheme_named_in(ctx.label) if ctx.label_kind == "dash" else [])
        or scheme_it_falls_to(ctx)
        or scheme_counted_before(ctx)
        or loss_of_a_scheme_told(ctx)
        or _scheme_of_a_part_told_after(ctx)
        or _share_of_the_total(ctx)
    )


def _share_of_the_total(ctx: NumberContext) -> list[str]:
    """The scheme named before in its sentence whose share of the whole loss the amount is: «На
    фейковые инвестиции приходится 52 факта, но почти половина всего ущерба – 280 млн»."""
    near = ctx.before[-5:]
    share = next((k for k, w in enumerate(near) if w.text.lower() in cues.FRACTION_WORDS), None)
    if share is None or not first_cue(DAMAGE, near[share:]):
        return []
    named = scheme_named_in([w for w in ctx.sentence_before if w.end <= near[share].start])
    return [near[share].text, *named] if named else []


#: How many words after a part of a loss may name its scheme.
_PART_CLAUSE_WORDS = 10
#: Words that set a further part of a loss apart before it: «Ещё 230 млн», «Больше всего денег».
_FURTHER_PART = ("ещё", "еще", "всего")


def _scheme_of_a_part_told_after(ctx: NumberContext) -> list[str]:
    """After a total loss, a further part of it («ещё», «больше всего» before it) whose own
    clause names one scheme: «Ещё 230 млн рублей перевели на «безопасные счета» после звонков
    лжесотрудников банков», «Больше всего денег – около 480 млн – жители отдали «инвесторам»»
    (up to the next number)."""
    if ctx.last_money not in DAMAGE_ROLES:
        return []
    marks = [
        w
        for k, w in enumerate(ctx.sentence_before)
        if w.text.lower() in _FURTHER_PART
        and (w.text.lower() != "всего" or (k and ctx.sentence_before[k - 1].pos == "COMP"))
    ]
    if not marks:
        return []
    named = scheme_named_in([w for w in ctx.own_after[:_PART_CLAUSE_WORDS] if not w.counted])
    return [marks[0].text, *named] if named else []


def _over_several_schemes(after: list[Word]) -> bool:
    """Whether the words after a loss name two or more schemes joined by «и» or «или»."""
    parts: list[list[str]] = [[]]
    for w in after:
        if w.text.lower() in _JOINING:
            parts.append([])
        else:
            parts[-1].append(w.text)
    named = {map_scheme(" ".join(part)) for part in parts if part} - {"", None}
    return len(named) > 1
