"""The two ends of a range or a change read as amounts: the scale they share, their qualifiers.

«с 203 до 195 млрд рублей», «от 70 до 80 тысяч», «50–100 тысяч», «пяти-шести миллиардов»: the
scale word (and currency) printed once, after the second end, belongs to both; the lower end of
a range is at least, the upper end at most (the corpus labelling rule), unless an approximation
word before the range qualifies both. Which end of a change a number is comes from
:mod:`fraud_research.text.change_pair`.
"""

from __future__ import annotations

import re

from . import cues
from .amounts import (
    RANGE_DASHES,
    FoundNumber,
    Token,
    currency_of,
    kazakh_range,
    read_after,
    scale_of,
    scan_number,
    word_number,
)
from .bound_words import ABLATIVE_RE, prefix_qualifier
from .candidates import CODE_NUMBER_BEFORE_RE
from .change_pair import change_end
from .lemmas import lemma
from .matchers import CASE_NOUNS, PERSON_NOUNS

__all__ = ["range_qualifier", "share_pair_scale"]


def share_pair_scale(found: FoundNumber, toks: list[Token], text: str) -> None:
    """Give the first end of «с 203 до 195 млрд рублей» the scale and currency of the second.

    A bare first end of a change shares the one scale word (and currency) printed after the
    second: «с 2,4 до 3,6 тысячи» is 2 400 to 3 600; a first end with its own scale shares the
    currency only («от 10 тысяч до 5 млн тенге»). Updates ``found`` (value, ``scaled``,
    currency) when so; leaves any other number as it is.

    Examples
    --------
    >>> from fraud_research.text.amounts import qualifier_of, scan_number, tokenize
    >>> text = "ущерб сократился с 203 до 195 млрд рублей"
    >>> toks = tokenize(text)
    >>> found = scan_number(toks, 3, text)
    >>> share_pair_scale(found, toks, text)
    >>> int(found.value), found.currency, qualifier_of(found, None)
    (203000000000, 'RUB', 'rounded')
    >>> text = "от 10 тысяч до 5 млн тенге"
    >>> toks = tokenize(text)
    >>> found = scan_number(toks, 1, text)
    >>> share_pair_scale(found, toks, text)
    >>> int(found.value), found.currency
    (10000, 'KZT')
    >>> text = "выросло в 42 раза – с 517 до 21,88 тыс."
    >>> toks = tokenize(text)
    >>> found = scan_number(toks, [t.text for t in toks].index("517"), text)
    >>> share_pair_scale(found, toks, text)
    >>> int(found.value)
    517
    """
    if found.currency or found.i1 + 1 >= len(toks):
        return
    if (
        _scale_after_a_bracket(found, toks)
        or _kazakh_first_end(found, toks, text)
        or _kazakh_between_first_end(found, toks, text)
    ):
        return
    start, end = toks[found.i0].start, toks[found.i1 - 1].end
    link = toks[found.i1]
    if link.text.lower() in ("и", "или", "және", "немесе"):
        _share_with_the_next_amount(found, toks, text)
        return
    dash = link.kind == "sym" and link.text in RANGE_DASHES
    end_of = "range" if dash else change_end(text, (0, len(text)), start, end)
    if end_of not in ("from", "range") or not (dash or link.text == "до"):
        return
    j = found.i1 + 1  # the second end, after «до» and its bound words («более чем»)
    while (
        not dash and j < len(toks) and toks[j].kind == "word" and word_number(toks[j].text) is None
    ):
        j += 1  # «до более чем 1500»; a dash's second end follows it at once
    if j >= len(toks):
        return
    second = scan_number(toks, j, text)
    if second is None:
        return
    read_after(second, toks, text)
    # «30-40%», «800–900 фактов», not «2009 — 95%»: a range of percents or counts rises
    counted = (
        _percent_at(toks, second.i1)
        or (_count_noun_at(toks, second.i1) and not _year_like(toks[found.i0].text))
    ) and found.value < second.value
    if end_of == "range" and not found.qualifier_after and (found.scaled or not dash or counted):
        # «от 70 до 80», «10 тысяч–20 тысяч», «30-40%»: the lower end; not a bare dash pair of
        # other numbers, which may be years, classes or an article's parts («2016–2018 годы»)
        found.qualifier_after = "at_least"
    if found.scaled:
        found.currency = second.currency  # «от 10 тысяч до 5 млн тенге»: printed once
        return
    if not second.scaled:
        # «от 200 до 350 долларов», «200–350 долларов»: the currency printed once (not «2024 —
        # 350 долларов», a year and its sum)
        rising = found.value < second.value and not _year_like(toks[found.i0].text)
        if second.currency and (not dash or rising):
            found.currency = second.currency
        return
    if second.groups != 1:
        return
    # not «выросло в 42 раза – с 517 до 21,88 тыс.»: 517 000 would be the larger end
    if not _take_scale(found, second, toks):
        return
    if end_of == "range" and not found.qualifier_after:
        found.qualifier_after = "at_least"  # «50–100 тысяч»: the lower end of amounts


def _scale_after_a_bracket(found: FoundNumber, toks: list[Token]) -> bool:
    """Give both numbers of «ущерб превысил 66,1 (51,1) млн рублей» (this year's, last year's in
    brackets, as weekly police reports print them) the scale word and currency after the
    bracket; whether it did."""
    if found.scaled:
        return False
    k = found.i1
    if toks[k].text == "(" and k + 2 < len(toks) and toks[k + 1].kind == "num":
        k += 2  # the first number: «66,1 (51,1) млн»
    elif not (found.i0 > 0 and toks[found.i0 - 1].text == "("):
        return False  # the bracketed one is «(51,1) млн», its bracket opened right before it
    if toks[k].text != ")" or k + 1 >= len(toks) or toks[k + 1].kind != "word":
        return False
    scale = scale_of(toks[k + 1].text)
    if not scale:
        return False
    found.value *= scale
    found.scaled = True
    currency = currency_of(toks[k + 2].text) if k + 2 < len(toks) else None
    found.currency = currency or found.currency
    return True


def _kazakh_first_end(found: FoundNumber, toks: list[Token], text: str) -> bool:
    """Read the first end of a Kazakh range «200-ден 350 АҚШ долларына дейін», «50 мыңнан 100
    мың теңгеге дейін» (see :func:`amounts.kazakh_range`): at least, with the currency (and
    the scale, when it has none) of the second end; whether it was one."""
    j = found.i1
    if scale_of(toks[j - 1].text) and ABLATIVE_RE.search(toks[j - 1].text):
        k = j  # «50 мыңнан»: the ablative on the scale word
    else:
        k = j + 1 if toks[j].text == "-" and j + 1 < len(toks) else j
        glued = toks[k].start == toks[k - 1].end and toks[k].kind == "word"
        if not (glued and ABLATIVE_RE.search(toks[k].text)):
            return False
        k += 1
    if k >= len(toks) or toks[k].kind != "num":
        return False
    second = scan_number(toks, k, text)
    if second is None:
        return False
    read_after(second, toks, text)
    until = next(
        (
            n
            for n in range(second.i1, min(len(toks), second.i1 + 5))
            if toks[n].text.lower() == "дейін"
        ),
        None,
    )
    if until is None or not kazakh_range(toks, found.i0, until):
        return False
    _read_as_first_end(found, second, toks)
    return True


def _read_as_first_end(found: FoundNumber, second: FoundNumber, toks: list[Token]) -> None:
    """Make ``found`` the lower end of a Kazakh range: at least, with the currency (and the
    scale, when it has none) of the second end ``second``."""
    found.qualifier_after = found.qualifier_after or "at_least"
    if not found.scaled and second.scaled and second.groups == 1:
        _take_scale(found, second, toks)
    found.currency = found.currency or second.currency


def _kazakh_between(toks: list[Token], second: FoundNumber) -> bool:
    """Whether «арасында» or «аралығында» follows the second end within four words."""
    words = toks[second.i1 : second.i1 + 4]
    return any(t.text.lower() in cues.KAZAKH_BETWEEN for t in words)


def _kazakh_between_first_end(found: FoundNumber, toks: list[Token], text: str) -> bool:
    """Read the first end of a Kazakh range «50 мың мен 200 мың теңге арасында», «1200 мен 1300
    аралығында»: at least, with the currency (and the scale, when it has none) of the second
    end; whether it was one."""
    j = found.i1
    if (
        j + 1 >= len(toks)
        or toks[j].text.lower() not in cues.KAZAKH_AND
        or toks[j + 1].kind != "num"
    ):
        return False
    second = scan_number(toks, j + 1, text)
    if second is None:
        return False
    read_after(second, toks, text)
    if not _kazakh_between(toks, second):
        return False
    _read_as_first_end(found, second, toks)
    return True


def _share_with_the_next_amount(found: FoundNumber, toks: list[Token], text: str) -> None:
    """«потеряли 5 и 7 млн рублей», «на сумму 21 и 22 млн рублей»: a bare number joined by «и» to
    an amount of money takes its scale and currency (two amounts, each exact as printed); a
    scaled one takes the currency («соответственно 1,2 млрд и 980 млн тенге»)."""
    if found.i1 + 1 >= len(toks) or toks[found.i1 + 1].kind != "num":
        return
    second = scan_number(toks, found.i1 + 1, text)
    if second is None:
        return
    read_after(second, toks, text)
    if found.scaled:
        if second.scaled and second.currency:
            found.currency = second.currency
        return
    if second.scaled and second.currency and second.groups == 1 and found.value < 1000:
        _take_scale(found, second, toks)


def _take_scale(found: FoundNumber, second: FoundNumber, toks: list[Token]) -> bool:
    """Give ``found`` the last scale word and the currency of ``second``, unless it would then
    be more than ten times ``second``; whether it did."""
    scales = [scale_of(t.text) for t in toks[second.i0 : second.i1] if t.kind == "word"]
    scale = next((x for x in reversed(scales) if x), None)
    if scale is None or found.value * scale > 10 * second.value:
        return False
    found.value *= scale
    found.scaled = True
    found.currency = second.currency
    return True


def _below(head: str, value) -> bool:
    """Whether the number ``head`` («30», «7,5») is smaller than ``value``."""
    try:
        return float(head.replace(",", ".")) < float(value)
    except ValueError:
        return False


def _percent_at(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is a percent sign or word («30-40%», «30-35 процентов»)."""
    return k < len(toks) and (toks[k].text == "%" or toks[k].text.lower().startswith("процент"))


#: «от 50 до », «от 10 тысяч до »: what comes before the upper end of a range (not «с 50 до», a
#: change).
_UPPER_END_RE = re.compile(r"(?:^|[\s(])от\s+\d[\d\s,]*(?:\s*[^\W\d_]+\.?)?\s+до\s+$", re.I)
#: A number (digits or a number word) and a dash right before a number: «50–», «пяти-».
_DASH_HEAD_RE = re.compile(r"(\d+(?:[.,]\d+)?|[^\W\d_]+)\s?[–—-]\s?$")


def _year_like(head: str) -> bool:
    """Whether a number as printed may be a year («2015»), the first of «2015 — 2440 фактов»."""
    return len(head) == 4 and head.isdigit() and 1900 <= int(head) <= 2100


def _count_noun_at(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is a noun of cases or persons («800–900 фактов», «5-7 человек»)."""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    word = toks[k].text
    return CASE_NOUNS.matches(lemma(word)) or PERSON_NOUNS.matches(lemma(word))


def range_qualifier(text: str, toks: list[Token], i: int, found: FoundNumber) -> str | None:
    """The qualifier of the upper end of a range at token ``i``, or None if it is none.

    «от 50 до 100 тысяч» and «50–100 тысяч» give ``at_most``; «порядка пяти-шести миллиардов»
    gives the qualifier before the range (``approx``).

    Examples
    --------
    >>> from fraud_research.text.amounts import scan_number, tokenize
    >>> text = "отдал мошенникам 50–100 тысяч рублей"
    >>> toks = tokenize(text)
    >>> k = [t.text for t in toks].index("100")
    >>> range_qualifier(text, toks, k, scan_number(toks, k, text))
    'at_most'
    >>> text = "получили порядка пяти-шести миллиардов рублей"
    >>> toks = tokenize(text)
    >>> k = [t.text for t in toks].index("шести")
    >>> range_qualifier(text, toks, k, scan_number(toks, k, text))
    'approx'
    """
    start = toks[i].start
    before = text[max(0, start - 30) : start]
    if "до" in before[-5:] and _UPPER_END_RE.search(before):
        return "at_most"
    if (
        i > 1
        and toks[i - 1].text.lower() in cues.KAZAKH_AND
        and toks[i - 2].kind in ("num", "word")
    ):
        if _kazakh_between(toks, found) and (
            toks[i - 2].kind == "num" or scale_of(toks[i - 2].text)
        ):
            return "at_most"  # «50 мың мен 200 мың теңге арасында»: the upper end
    if not (found.scaled or _percent_at(toks, found.i1) or _count_noun_at(toks, found.i1)):
        return None  # «30-40%», «800–900 фактов»: a range; not «2016–2018 годы»
    if i < 2:
        return None
    head = _DASH_HEAD_RE.search(before)
    if head is None or not (head.group(1)[0].isdigit() or word_number(head.group(1)) is not None):
        return None
    if not found.scaled and not _below(head.group(1), found.value):
        return None  # «в 2009 — 95,4%»: a year and its share, no range
    printed = toks[i].text.replace(",", ".")
    if found.scaled and head.group(1)[0].isdigit() and not _below(head.group(1), printed):
        return None  # «2023 – 0,8 млрд тенге»: a year and its sum; a range rises as printed
    if not found.scaled and _year_like(head.group(1)) and not _percent_at(toks, found.i1):
        return None  # «2015 — 2440 преступлений»: a year and its count
    if CODE_NUMBER_BEFORE_RE.search(before[: head.start(1)]):
        return None  # «по ст. 158 – 1,2 тыс.»: an article's count, no range
    first = toks[i - 2]
    return prefix_qualifier(text[max(0, first.start - 40) : first.start])[0] or "at_most"
