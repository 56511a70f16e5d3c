"""Numbers restated in brackets: «1 024 (одна тысяча двадцать четыре) факта», «1 500 000
(один миллион пятьсот тысяч) тенге», as court and prosecutors' releases write them, and a count
with its share «340 фактов (40%)», «12% (98 фактов)».

The restatement is the same figure: one of the pair keeps its role (the one that carries the
currency, else the one read with a role, else the first), the other is read as ``other``, so no
figure is proposed twice. The one kept takes the currency written after the closing bracket
(«12 000 000 (двенадцать миллионов) тенге»).

A bracket that holds only a number, as a share or a count, is no clause of its own: the words
after it («340 фактов (40%) — звонки от имени сотрудников банков») and before it («Доля
лжеинвестиций составила 12% (98 фактов)», «вишинг (423 случая)») belong to the number in it
and to the one before it (:func:`restating_bracket_end`, :func:`in_a_number_bracket`).
"""

from __future__ import annotations

import re

from .currency_words import currency_of
from .parentheticals import before_a_parenthetical

__all__ = ["clause_of", "in_a_number_bracket", "restatements", "restating_bracket_end"]

#: Only an opening bracket between the figure and its restatement.
_OPENING = re.compile(r"\s*\(\s*")
#: The currency word after the closing bracket of a restatement.
_CURRENCY_AFTER = re.compile(r"\s*\)\s*(\w+)")
#: A bracket of one number and at most its percent sign or one noun: «(40%)», «(98 фактов)».
_NUMBER_BRACKET = re.compile(r"\s*\(\s*\d[\d \u00a0\u202f]*(?:[.,]\d+)?\s*(?:%|[^\W\d_]+\.?)?\s*\)")
#: An opening bracket and the spaces after it, right before a number.
_OPENED_BEFORE = re.compile(r"\(\s*$")


def restating_bracket_end(text: str, end: int) -> int | None:
    """Where a bracket restating the number that ends at ``end`` closes («340 фактов (40%)»),
    or None when no such bracket follows it.

    Examples
    --------
    >>> text = "340 фактов (40%) — звонки"
    >>> restating_bracket_end(text, 10), restating_bracket_end("843 (в 2024 году — 700)", 3)
    (16, None)
    """
    found = _NUMBER_BRACKET.match(text, end)
    return found.end() if found else None


def in_a_number_bracket(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands in brackets alone, with at most its percent sign or
    one noun: «12% (98 фактов)», «вишинг (423 случая)», not «(в 2024 году — 760)».

    Examples
    --------
    >>> text = "Доля составила 12% (98 фактов)."
    >>> in_a_number_bracket(text, text.index("98")), in_a_number_bracket(text, 15)
    (True, False)
    """
    opened = _OPENED_BEFORE.search(text, max(0, start - 8), start)
    return opened is not None and _NUMBER_BRACKET.match(text, opened.start()) is not None


def clause_of(doc, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The start and end of the clause of the number at ``start``:``end`` in a
    :class:`~fraud_research.text.document.Document`; a bracket that holds only a number («340
    фактов (40%) — звонки …», «Доля лжеинвестиций 12% (98 фактов)») is no clause of its own.

    Examples
    --------
    >>> from fraud_research.text.document import Document
    >>> doc = Document("Доля лжеинвестиций составила 12% (98 фактов).")
    >>> clause_of(doc, (0, len(doc.text)), 34, 36)  # from the sentence start to the «)»
    (0, 43)
    """
    (s0, s1), text = sentence, doc.text
    clause0 = doc.clause_start(s0, start)
    if clause0 > s0 and text[clause0 - 1] == "(" and in_a_number_bracket(text, start):
        clause0 = doc.clause_start(s0, clause0 - 1)
    clause0 = before_a_parenthetical(text, s0, clause0, lambda pos: doc.clause_start(s0, pos))
    return clause0, doc.clause_end(restating_bracket_end(text, end) or end, s1)


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
