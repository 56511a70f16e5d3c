"""A sentence that says again, as money, what the sentence before told returned or blocked.

«Жоғалған соманың тек 11 пайызы ғана қайтарылды. Бұл 777,1 миллион теңге соманы құрайды»,
«Вернуть удалось лишь 11% похищенного. Это 777 млн тенге»: the amount is what was returned, not
a further loss.
"""

from __future__ import annotations

from .context import NumberContext
from .matchers import DAMAGE, PREVENTED, RECOVERED, first_cue

__all__ = ["share_said_as_money"]


#: Words that open a sentence saying again what the sentence before told («Это», «Бұл»).
_SAID_AGAIN_OPENERS = frozenset(("это", "бұл"))


def share_said_as_money(ctx: NumberContext) -> tuple[str, list[str]] | None:
    """«… соманың тек 11 пайызы ғана қайтарылды. Бұл 777,1 миллион теңге соманы құрайды», «Вернуть
    удалось лишь 11% похищенного. Это 777 млн тенге»: a sentence opened by «Это» or «Бұл», with
    no word of a loss, says as money what the sentence before told returned or blocked.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> story, ws = words("Вернуть удалось лишь 11% похищенного."), words("Это 777 млн тенге")
    >>> ctx = NumberContext("777 млн", 4, 11, 777_000_000, "KZT", True, sentence=ws, story=story)
    >>> share_said_as_money(ctx)
    ('recovered', ['Это', 'Вернуть'])
    """
    opener = ctx.sentence[:1] and ctx.sentence[0].text.lower() in _SAID_AGAIN_OPENERS
    # the amount right after it, or after one verb («Это составляет 777 млн»)
    if not opener or len(ctx.sentence_before) > 2 or not ctx.story:
        return None
    if first_cue(DAMAGE, ctx.sentence):
        return None  # «Это на 11% больше …, ущерб …»: a loss of its own
    for role, cueset in (("recovered", RECOVERED), ("prevented", PREVENTED)):
        found = first_cue(cueset, ctx.story)
        if found:
            return role, [ctx.sentence[0].text, *found]
    return None
