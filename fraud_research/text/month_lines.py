"""Lines of a list labelled by a month: «Январь – 141», «Май – 149», «Қазан – 96».

A release may break a period down by month, one line each, under a heading that says what is
counted («Количество интернет-мошенничеств за полгода»). Each line's count is of its month, not
of the heading's period: :func:`month_of_the_line` gives the month phrase a line's label names.
"""

from __future__ import annotations

import re

from .item_labels import LINE_BULLETS
from .periods import KK_MONTH_WORD, MONTH_WORD

__all__ = ["month_of_the_line"]

#: A line that opens with a month name (and maybe its year) and a dash or colon before its
#: number: «Январь – », «• май 2025 г.: », «Қазан – ».
_MONTH_LABEL_RE = re.compile(
    rf"^{LINE_BULLETS}(?P<month>{MONTH_WORD}|{KK_MONTH_WORD})"
    r"(?:\s+(?P<year>\d{4})\s*(?:года|год|г\.|жыл\w*)?)?\s*[–—:-]\s*$",
    re.I | re.M,
)


def month_of_the_line(
    text: str, line_start: int, start: int, *, year: str | None = None
) -> str | None:
    """The month phrase of a number at ``start`` whose line (from ``line_start``) is labelled by
    a month, with the year its label names, else ``year`` (the heading's); else None.

    Examples
    --------
    >>> text = "Количество интернет-мошенничеств за 6 месяцев 2025 года\\nЯнварь – 141"
    >>> month_of_the_line(text, text.index("Январь"), text.index("141"), year="2025")
    'за Январь 2025 года'
    >>> month_of_the_line("Қазан – 96", 0, 8)
    'Қазан айында'
    >>> month_of_the_line("Алматы – 149", 0, 9) is None
    True
    """
    m = _MONTH_LABEL_RE.search(text, line_start, start)
    if m is None or m.end() != start:
        return None
    month = m.group("month")
    year = m.group("year") or year
    # written as the period phrases :func:`~fraud_research.text.resolve_period` reads
    if re.fullmatch(KK_MONTH_WORD, month, re.I):
        return f"{year} жылдың {month} айында" if year else f"{month} айында"
    return f"за {month} {year} года" if year else f"за {month}"
