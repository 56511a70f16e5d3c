"""Parenthetical insertions set off by commas: «Средний ущерб, по данным полиции, составил 1,2
млн». The words between the commas say where a figure comes from; they do not end the clause
that tells what the figure is, so the clause of a number after them begins before them."""

from __future__ import annotations

import re

__all__ = ["before_a_parenthetical"]

#: The words of an insertion naming a figure's source: «по данным полиции», «по предварительным
#: сведениям», «как сообщили в ДП», «согласно статистике»; Kazakh «полиция мәліметінше».
PARENTHETICAL_RE = re.compile(
    r"\s*(?:"
    r"по\s+(?:\w+\s+){0,2}?(?:данным|сведениям|информации|словам|оценкам|подсч[её]там|мнению)"
    r"|согласно\s+\w+"
    r"|как\s+(?:\w+\s+)?(?:сообщ|отмеч|отмет|поясн|уточн|рассказ|подчеркн|говорится|стало\s+известно)"
    r"|\w+\s+мәліметін(?:ше|е\s+сәйкес)"
    r")[^,;:()]*",
    re.I,
)


def before_a_parenthetical(text: str, sent_start: int, clause_start: int, clause_start_of) -> int:
    """Where the clause that starts at ``clause_start`` begins when the words before it are an
    insertion between commas: the start of the clause before the insertion; else
    ``clause_start``. ``clause_start_of(pos)`` gives the start of the clause before ``pos``.

    Examples
    --------
    >>> text = "Средний ущерб, по данным полиции, составил 1,2 млн."
    >>> def start_of(pos):
    ...     return max((i + 1 for i, c in enumerate(text[:pos]) if c == ","), default=0)
    >>> before_a_parenthetical(text, 0, 33, start_of)  # «составил» is in «Средний ущерб»'s clause
    0
    >>> text = "Зарегистрировано 500 фактов, ущерб составил 1,2 млн."
    >>> before_a_parenthetical(text, 0, 28, start_of)
    28
    """
    if clause_start <= sent_start or text[clause_start - 1] != ",":
        return clause_start
    inserted = clause_start_of(clause_start - 1)
    if (
        inserted <= sent_start
        or text[inserted - 1] != ","
        or not PARENTHETICAL_RE.fullmatch(text, inserted, clause_start - 1)
    ):
        return clause_start
    return clause_start_of(inserted - 1)
