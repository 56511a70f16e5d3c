"""Numbers restated in words in brackets: «1 024 (одна тысяча двадцать четыре) факта»,
«1 500 000 (один миллион пятьсот тысяч) тенге», as court and prosecutors' releases write them.

The restatement is the same figure: one of the pair keeps its role (the one that carries the
currency, else the one read with a role, else the first), the other is read as ``other``, so no
figure is proposed twice. The one kept takes the currency written after the closing bracket
(«12 000 000 (двенадцать миллионов) тенге»).
"""

from __future__ import annotations

import re

from .amounts import currency_of

__all__ = ["restatements"]

#: Only an opening bracket between the figure and its restatement.
_OPENING = re.compile(r"\s*\(\s*")
#: The currency word after the closing bracket of a restatement.
_CURRENCY_AFTER = re.compile(r"\s*\)\s*(\w+)")


def restatements(text: str, numbers: list) -> None:
    """Read as ``other`` the one of each figure and its restatement in words that does not
    keep the role.

    ``numbers`` are :class:`fraud_research.text.read.ReadNumber` in text order; roles and cues
    are updated in place.

    Examples
    --------
    >>> from fraud_research.text.read import walk_numbers
    >>> _, numbers = walk_numbers(
    ...     "Зарегистрировано 1 024 (одна тысяча двадцать четыре) факта мошенничества."
    ... )
    >>> [(n.value, n.role) for n in numbers]
    [(1024, 'cases_total'), (1024, 'other')]
    """
    for figure, words in zip(numbers, numbers[1:], strict=False):
        if (
            figure.value is None
            or figure.value != words.value
            or not text[words.number_start : words.number_start + 1].isalpha()
            or not _OPENING.fullmatch(text, figure.end, words.number_start)
        ):
            continue
        first_kept = figure.currency or (figure.role != "other" and not words.currency)
        kept, repeat = (figure, words) if first_kept else (words, figure)
        repeat.role, repeat.cues = "other", (*repeat.cues, "restated in words")
        currency = _CURRENCY_AFTER.match(text, words.end)
        if not kept.currency and currency and currency_of(currency.group(1)):
            kept.currency = currency_of(currency.group(1))  # «… (двенадцать миллионов) тенге»
