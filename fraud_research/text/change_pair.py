"""A change between two numbers: «с 65 949 до 90 587», «4 385-тен 4 023-ке дейін».

:func:`change_end` tells which end of such a change a number is. The role rules read both ends
as counts of one quantity; the period of the first end is the earlier one («по сравнению с
аналогичным периодом прошлого года (с 5233 до 6276)»), and a bare first end shares the scale
word printed after the second («с 203 до 195 млрд рублей»).
"""

from __future__ import annotations

import re

from .amounts import word_number
from .bound_words import ABLATIVE_RE, KAZAKH_ABLATIVE, KAZAKH_DATIVE

__all__ = ["change_end", "first_end_year", "is_change_pair", "kazakh_dative"]

# «с 65 949 до 90 587», «(от 1465 до 1454)»: the first number, then the second
_FROM_BEFORE_RE = re.compile(r"(?:^|[\s(])(с|от|со)\s+$", re.I)
# the first end may carry its year: «с 56 в 2023 году до 83», «с 4 345 в 2021 г. до 4 866»
_YEAR_OF_END = r"(?:\s+в\s+(?:19|20)\d\d(?:\s*(?:году|г\.?))?)?"
# or its period in brackets: «с 18 тысяч рублей (I квартал 2023 года) до 14 тысяч 500 рублей»
_PERIOD_OF_END = r"(?:\s*\([^()]{1,40}\))?"
_TO_AFTER_RE = re.compile(
    rf"{_YEAR_OF_END}{_PERIOD_OF_END}\s+до\s+(?:более(?:\s+чем)?\s+|почти\s+)?(\d|[^\W\d_]+)",
    re.I,
)
# the first end's scale and currency words («с 18 тысяч рублей до …») stand between
_FROM_TO_BEFORE_RE = re.compile(
    rf"(?:^|[\s(])(?:с|от|со)\s+\d[\d\s,]*?(?:\s*[^\W\d]+\.?){{0,2}}{_YEAR_OF_END}"
    rf"{_PERIOD_OF_END}\s+до\s+(?:более(?:\s+чем)?\s+|почти\s+)?$",
    re.I,
)
# «4 385-тен 4 023-ке дейін», «292,2 мыңнан 157,4 мың фактіге дейін»: Kazakh case endings
_UNTIL_AFTER_RE = re.compile(r"(?:-?\s*[\w]*\s+){0,2}?дейін", re.I)
_GLUED_ABLATIVE_BEFORE_RE = re.compile(rf"\d-?{KAZAKH_ABLATIVE}\s+(?:[^\W\d]+\s+){{0,2}}$")
_DATIVE_AFTER_RE = re.compile(rf"-?{KAZAKH_DATIVE}\b")
_ABLATIVE_BEFORE_RE = re.compile(
    rf"\d[\w\s,]*?-?\s*\w*{KAZAKH_ABLATIVE}\s+(?:\d{{4}}\s+\w+\s+)?$", re.I
)


#: The Kazakh dative ending of a number's last word («теңгеге», «миллионға»); «тенге» itself,
#: Russian for the currency, is none.
_DATIVE_WORD_RE = re.compile(r"(?:ге|ға|ке|қа)$", re.I)
#: «940-қа жетті», «1 200-ге жеткен»: the count a quantity reached, the end of a change.
_REACHED_AFTER_RE = re.compile(rf"-?{KAZAKH_DATIVE}\s+жет", re.I)


def kazakh_dative(after: str, last_word: str = "") -> bool:
    """Whether a number (``after``: the text right after it) or its last word (a scale or
    currency word read with it) carries the Kazakh dative: «133-ке көп», «150 миллион теңгеге
    артты».

    Examples
    --------
    >>> kazakh_dative("-ке көп"), kazakh_dative(" артты", "теңгеге"), kazakh_dative(" больше", "тенге")
    (True, True, False)
    """
    if _DATIVE_AFTER_RE.match(after):
        return True
    return last_word.lower() != "тенге" and bool(_DATIVE_WORD_RE.search(last_word))


def _to_end_after(after: str) -> bool:
    """Whether «до» and a second end (digits or a number word: «до пяти миллионов») follow."""
    found = _TO_AFTER_RE.match(after)
    if found is None:
        return False
    return found.group(1).isdigit() or word_number(found.group(1).lower()) is not None


def change_end(text: str, sent: tuple[int, int], start: int, end: int) -> str:
    """Which end of a change the number at ``start:end`` is: ``from``, ``to`` or "".

    «от A до B» may be a range as well as a change: its first end is ``range``.

    Examples
    --------
    >>> text = "число преступлений увеличилось с 65 949 до 90 587."
    >>> change_end(text, (0, 50), 33, 39), change_end(text, (0, 50), 43, 49)
    ('from', 'to')
    >>> text = "12 пайызға азайды: 802 деректен 706 дерекке дейін."
    >>> change_end(text, (0, 50), 19, 22), change_end(text, (0, 50), 32, 35)
    ('from', 'to')
    >>> text = "саны төмендеген (4 385-тен 4 023-ке дейін)."
    >>> change_end(text, (0, 43), 17, 22), change_end(text, (0, 43), 27, 32)
    ('from', 'to')
    >>> change_end("требовали от 70 до 80 тысяч", (0, 27), 13, 15)
    'range'
    >>> text = "возросло с 56 в 2023 году до 83 в прошедшем"
    >>> change_end(text, (0, 43), 11, 13), change_end(text, (0, 43), 29, 31)
    ('from', 'to')
    >>> text = "снизился с 18 тысяч рублей (I квартал 2023 года) до 14 тысяч 500 рублей"
    >>> change_end(text, (0, 71), 11, 26), change_end(text, (0, 71), 52, 71)
    ('from', 'to')
    """
    before, after = text[max(sent[0], start - 70) : start], text[end : min(sent[1], end + 50)]
    if "до" in before or "до" in after:
        opening = _FROM_BEFORE_RE.search(before)
        if opening and _to_end_after(after):
            return "range" if opening.group(1).lower() == "от" else "from"
        if _FROM_TO_BEFORE_RE.search(before):
            return "to"
    if "дейін" not in after:
        # «былтыр 131-ден биыл 102-ге (азайды)»: the ablative end glued to its number, a dative
        # end after it; «саны … 940-қа жетті»: the count reached; otherwise both ends of a
        # Kazakh change come before «дейін»
        glued = _GLUED_ABLATIVE_BEFORE_RE.search(before) and _DATIVE_AFTER_RE.match(after)
        if glued or _REACHED_AFTER_RE.match(after):
            return "to"
        return "from" if _reached_from(text[start:end], after) else ""
    # the ablative ends the number, its scale word or the noun after it («802 деректен 706
    # дерекке дейін»)
    word_end = re.match(r"-?\w*", after)
    raw = text[start:end] + (word_end.group() if word_end else "")
    noun = re.match(r"\s+([^\W\d]+)\s+\d", after)
    if (ABLATIVE_RE.search(raw) or (noun and ABLATIVE_RE.search(noun.group(1)))) and re.search(
        r"\d", after
    ):
        return "from"
    if _ABLATIVE_BEFORE_RE.search(before) and _UNTIL_AFTER_RE.match(after):
        return "to"
    return ""


def _reached_from(raw: str, after: str) -> bool:
    """Whether a number in the ablative is the start of a quantity that reached the next one:
    «410 млн теңгеден 803 млн теңгеге жетті» (``raw`` is the number as read, ``after`` the
    text after it)."""
    word_end = re.match(r"-?\w*", after)
    rest = after[word_end.end() :] if word_end else after
    return bool(ABLATIVE_RE.search(raw + (word_end.group() if word_end else ""))) and bool(
        _REACHES_NEXT_RE.match(rest)
    )


#: The next number, in the dative, then «жетті» (reached): « 803 млн теңгеге жетті».
_REACHES_NEXT_RE = re.compile(
    rf"\s+\d[\d\s,]*?(?:\s*[^\W\d]+){{0,2}}?-?{KAZAKH_DATIVE}\s+жет", re.I
)


_FIRST_END_YEAR_RE = re.compile(r"\s+(в\s+(?:19|20)\d\d(?:\s*(?:году|г\.?))?)\s+до\s", re.I)
#: Kazakh writes the first end's year before it: «2023 жылғы 612-ден 2025 жылы 843-ке дейін».
_KK_FIRST_END_YEAR_RE = re.compile(r"((?:19|20)\d\d\s+(?:жылғы|жылы|ж\.))\s+$", re.I)


def first_end_year(
    text: str, sent: tuple[int, int], start: int, end: int
) -> tuple[int, int] | None:
    """The span of the year the first end of a change carries («с 56 [в 2023 году] до 83»).

    That year is the first end's own period, not the second end's, and not a year earlier.

    Examples
    --------
    >>> text = "возросло с 56 в 2023 году до 83 в прошедшем"
    >>> span = first_end_year(text, (0, 43), 11, 13)
    >>> text[slice(*span)], first_end_year(text, (0, 43), 29, 31)
    ('в 2023 году', None)
    >>> text = "2023 жылғы 612-ден 2025 жылы 843-ке дейін өсті"
    >>> text[slice(*first_end_year(text, (0, 46), 11, 14))]
    '2023 жылғы'
    """
    m = _FIRST_END_YEAR_RE.match(text, end) or _KK_FIRST_END_YEAR_RE.search(
        text, max(sent[0], start - 30), start
    )
    if m is None or change_end(text, sent, start, end) != "from":
        return None
    return m.span(1)


#: «3 245 против 3 566»: one quantity for two periods, set against each other.
_VERSUS_AFTER_RE = re.compile(r"\s+против\s+(?:\d|[^\W\d_]+\s+\d)", re.I)
_VERSUS_BEFORE_RE = re.compile(r"\d\s+против\s+$", re.I)


def is_change_pair(doc, sent: tuple[int, int], start: int, end: int) -> bool:
    """Whether a number is one end of a change «с A до B» / «A-дан B-ға дейін» (or a range),
    or of a comparison «A против B».

    Examples
    --------
    >>> from fraud_research.text.document import Document
    >>> text = "число преступлений увеличилось с 65 949 до 90 587."
    >>> doc = Document(text)
    >>> is_change_pair(doc, (0, 50), 33, 39), is_change_pair(doc, (0, 50), 43, 49)
    (True, True)
    >>> text = "12 пайызға азайды: 802 деректен 706 дерекке дейін."
    >>> change_end(text, (0, 50), 19, 22), change_end(text, (0, 50), 32, 35)
    ('from', 'to')
    >>> text = "саны төмендеген (4 385-тен 4 023-ке дейін)."
    >>> is_change_pair(Document(text), (0, 43), 17, 26), is_change_pair(Document(text), (0, 43), 27, 35)
    (True, True)
    >>> text = "число мошенничеств снизилось на 9% (3 245 против 3 566)."
    >>> is_change_pair(Document(text), (0, 56), 36, 41), is_change_pair(Document(text), (0, 56), 49, 54)
    (True, True)
    """
    text = doc.text
    versus = _VERSUS_AFTER_RE.match(text[end : min(sent[1], end + 30)]) or _VERSUS_BEFORE_RE.search(
        text[max(sent[0], start - 20) : start]
    )
    return bool(versus) or bool(change_end(text, sent, start, end))
