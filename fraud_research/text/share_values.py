"""The value of a share written in digits: «2/3», «9 из 10», «каждое 7-е», «(-2,1%)».

A share may be written as a fraction, a count out of ten or a hundred, or «every N-th», and a
percent may carry a minus sign; :func:`value_of_a_share` gives a number read as a percent the
value these mean.
"""

from __future__ import annotations

import re

__all__ = ["FRACTION_AFTER", "OUT_OF_TEN", "digit_share", "minus_before", "value_of_a_share"]

#: «/3» after one digit: the denominator of a fraction (not «1/3.5», nor a date «1/05/2024»).
FRACTION_AFTER = re.compile(r"/(\d)(?![\d/]|[.,]\d)")

#: «каждое 7-е», «каждое 20», «әр 5-ші»: a word of «every» right before the digits.
_EVERY_BEFORE = re.compile(r"(?:(?<![^\W\d_])кажд[а-яё]*|(?<![^\W\d_])әр(?:бір)?)\s+$", re.I)


#: «9 из 10», «7 из каждых 100», «4 из 5»: a count out of a small whole, ten or a hundred is a share.
OUT_OF_TEN = re.compile(r"\s+из\s+(?:каждых\s+)?(10|100|[2-9])(?![\d,.]\d|\s\d)")


def digit_share(text: str, start: int, end: int, value: float) -> tuple[float, int] | None:
    """The percent a share written in digits at ``start:end`` gives, and where it ends, or None.

    «2/3 случаев» is 66.7 (its denominator read with it), «9 из 10 преступлений» 90,
    «каждое 7-е преступление» 14.3, «каждое 20 преступление» 5.

    Examples
    --------
    >>> digit_share("2/3 случаев", 0, 1, 2), digit_share("каждое 7-е", 7, 8, 7)
    ((66.7, 3), (14.3, 8))
    >>> digit_share("9 из 10 краж", 0, 1, 9), digit_share("в 4 из 5 случаев", 2, 3, 4)
    ((90.0, 7), (80.0, 8))
    >>> digit_share("за 7 дней", 3, 4, 7) is None
    True
    """
    fraction = FRACTION_AFTER.match(text, end) if end - start == 1 else None
    if fraction is not None and int(fraction.group(1)) > 0:
        return round(value * 100 / int(fraction.group(1)), 1), fraction.end()
    out_of = OUT_OF_TEN.match(text, end)
    if out_of is not None and value < int(out_of.group(1)):
        return round(value * 100 / int(out_of.group(1)), 1), out_of.end()
    if value and value >= 2 and _EVERY_BEFORE.search(text, max(0, start - 20), start):
        return round(100 / value, 1), end
    return None


#: Minus signs a share may carry: hyphen, en dash, minus.
_MINUS_SIGNS = "-\u2013\u2212"


def minus_before(text: str, start: int) -> bool:
    """Whether a minus sign is glued before the digits at ``start`` and stands alone: after a
    bracket, a colon or a space that follows no number («(-5,4 %)», «прироста –32,9%»).

    Examples
    --------
    >>> minus_before("краж (-2,1%)", 7), minus_before("на 10-15%", 6), minus_before("2019 -15%", 6)
    (True, False, False)
    """
    if start == 0 or text[start - 1] not in _MINUS_SIGNS:
        return False
    before = text[: start - 1]
    if before.endswith(("(", ":")):
        return True
    stripped = before.rstrip()
    if stripped == before:
        return False  # glued to what is before it: «ЛОГ-25», «10-15»
    return not stripped or not (stripped[-1].isdigit() or stripped[-1] in "%")


def value_of_a_share(text: str, number) -> None:
    """The percent of a share written in digits: «2/3» is 66.7 and «каждое 7-е» 14.3
    (:func:`digit_share`); a minus sign glued before it makes it negative: «краж (-2,1%)»,
    «темп прироста –32,9%», not the second end of «10-15%» or «2019 - 15%». ``number`` is a
    :class:`~fraud_research.text.read_number.ReadNumber` read as a percent (changed in place)."""
    if number.role != "percent" or not isinstance(number.value, int | float):
        return
    share = digit_share(text, number.number_start, number.end, number.value)
    if share is not None:
        number.value, end = share
        number.row["value"] = number.value
        number.end = number.row["end"] = max(number.end, end)
    if minus_before(text, number.number_start):
        number.value = number.row["value"] = -number.value
