"""Figures a text corrects or denies: «зарегистрировано не 1 200, как сообщалось ранее, а
1 020», «ущерб не 2 млрд, а 1,6 млрд», Kazakh «1 200 емес, 1 020». The figure set aside is no
statistic of the period; the one that replaces it is."""

from __future__ import annotations

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
    return []
