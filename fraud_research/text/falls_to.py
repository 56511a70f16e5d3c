"""The scheme a share «falls to»: «На звонки от лжесотрудников банков приходится 340 случаев»,
«340 случаев приходится на звонки от имени сотрудников банков»."""

from __future__ import annotations

from .context import NumberContext
from .lemmas import Word
from .schemes import scheme_named_in

#: How many words after «на» may name the scheme a share falls to.
_NAME_WORDS = 8


def scheme_it_falls_to(ctx: NumberContext) -> list[str]:
    """The words naming the scheme that «приходится на» gives a count or an amount, in its
    clause, before or after it; else ``[]``.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> ws = words("На звонки от лжесотрудников банков приходится 340 случаев")
    >>> scheme_it_falls_to(NumberContext("340", 46, 49, 340, None, False, before=ws[:6],
    ...                                  after=ws[6:], sentence=ws))
    ['На', 'звонки']
    >>> ws = words("На долю области приходится 340 случаев")
    >>> scheme_it_falls_to(NumberContext("340", 27, 30, 340, None, False, before=ws[:4],
    ...                                  after=ws[4:], sentence=ws))
    []
    """
    falls = [k for k, w in enumerate(ctx.before) if w.lemma == "приходиться"]
    if falls:
        return _named_after_on(ctx.before[: falls[-1]])
    falls = [k for k, w in enumerate(ctx.after[:3]) if w.lemma == "приходиться"]
    if falls:
        return _named_after_on(ctx.after[falls[0] + 1 :])
    return []


def _named_after_on(words: list[Word]) -> list[str]:
    """«на» and the words after it that name a scheme of the taxonomy; else ``[]``."""
    on = next((k for k, w in enumerate(words) if w.lemma == "на"), None)
    named = scheme_named_in(words[on + 1 : on + 1 + _NAME_WORDS]) if on is not None else []
    return [words[on].text, *named] if named else []
