"""The period phrase of each figure («По итогам 2025 года», «с начала года», «биыл»).

See :func:`periods_of`; comparison periods («аппг», «чем в 2024 году») are not the
figure's own. :func:`drop_headline_repeats` drops headline figures the body repeats.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .document import Document

_PERIOD_PATTERNS = (
    r"по\s+итогам\s+(?:\d+\s+месяц\w*\s+)?(?:\d{4}|прошлого|текущего)\s+года",
    r"по\s+итогам\s+январ[яь][–—-]\w+\s+\d{4}\s+года",
    r"(?:в|за)\s+январ[еья]\s*[–—-]\s*\w+\s+\d{4}\s+года",
    r"с\s+января\s+по\s+\w+\s+\d{4}\s+года",
    r"за\s+(?:первые\s+)?(?:\d+|\w+)\s+месяц\w*(?:\s+и\s+\d+\s+дн\w*)?(?:\s+\d{4}\s+года|"
    r"\s+(?:этого|текущего|прошлого)\s+года)?",
    r"за\s+(?:первые\s+)?\d+\s+дн\w*",
    r"за\s+(?:\d{4}|прошлый|этот)\s+год",
    r"в\s+\d{4}\s+году",
    r"в\s+(?:прошлом|этом|текущем)\s+году",
    r"аппг|за\s+аналогичный\s+период\s+(?:прошлого|\d{4})\s+года|(?:өткен|былтырғы)\s+жылдың\s+"
    r"(?:осы|сәйкес|ұқсас)\s+кезең\w*",
    r"\d{4}\s*ж\.",
    r"с\s+начала\s+(?:\d{4}\s+)?(?:текущего\s+)?года",
    r"\d{4}\s+жылдың\s+(?:\w+\s+)?\d+\s+ай\w*",
    r"\d{4}\s+жылдың\s+қорытындысы\s+бойынша",
    r"\d{4}\s+жыл(?:ы|ғы)",
    # from the first digit only: retrying ``\d+`` from every digit of a long run is quadratic
    r"(?<!\d)\d+\s+ай(?:дың|да|ында)\w*",
    r"жыл\s+басынан\s+бері",
    r"jyl\s+basynan\s+beri",
    r"биыл|bıyl|былтыр|өткен\s+жылы",
    r"for\s+\d+\s+months\s+of\s+\d{4}",
    r"(?:in|for|over)\s+the\s+first\s+(?:\d+|\w+)\s+months\s+of\s+\d{4}",
    r"(?:за|в)\s+(?:перв\w+|втор\w+|трет\w+|I{1,3})\s+(?:квартал\w*|полугоди\w*)"
    r"(?:\s+\d{4}\s+года|\s+(?:текущего|этого|прошлого)\s+года)?",
    r"(?:за|в)\s+(?:перв\w+\s+)?полугоди\w*(?:\s+\d{4}\s+года)?",
    r"\d{4}\s+жылдың\s+қаңтар\s*[–—-]\s*\w+\s+айлар\w*",
    r"\d{4}\s+жылдың\s+(?:бірінші|алғашқы|екінші|үшінші)\s+(?:тоқсан\w*|жарты\s+жыл\w*)",
    r"in\s+\d{4}",
    r"since\s+the\s+beginning\s+of\s+(?:this|the)\s+year",
)


_COMPARISON_PERIOD_RE = re.compile(r"аппг|за\s+аналогичный|(?:өткен|былтырғы)\s+жылдың", re.I)


# A period that a comparison word introduces: «на 8% меньше, чем в 2024 году»
_COMPARISON_BEFORE_RE = re.compile(
    r"(?:\bчем|сравнению\s+со?|\bпротив|относительно|уровн\w+|compared\s+with|"
    r"than)\s*$",
    re.I,
)


_COMPARISON_AFTER_RE = re.compile(r"^\s*(?:\w+\s+)?салыстырғанда", re.I)


def _is_comparison_period(text: str, period: tuple[int, int, str]) -> bool:
    """Whether a period phrase names the comparison period rather than the figures' own."""
    start, end, phrase = period
    return bool(
        _COMPARISON_PERIOD_RE.match(phrase)
        or _COMPARISON_BEFORE_RE.search(text[max(0, start - 30) : start])
        or _COMPARISON_AFTER_RE.match(text[end : end + 30])
    )


PERIOD_RE = re.compile("|".join(f"(?:{p})" for p in _PERIOD_PATTERNS), re.I)


class _Stack:
    """Periods kept for «the nearest period whose bracket depth is at least t» queries.

    Periods are pushed nearest-last; a pushed period hides the ones before it whose depth
    is not greater (it is nearer and at least as deep), so depths strictly decrease from
    bottom to top, and the nearest period deep enough is found by bisection.
    """

    def __init__(self) -> None:
        self._items: list[int] = []
        self._negated_depths: list[int] = []  # ascending, for bisect

    def push(self, item: int, depth: int) -> None:
        while self._negated_depths and -self._negated_depths[-1] <= depth:
            self._items.pop()
            self._negated_depths.pop()
        self._items.append(item)
        self._negated_depths.append(-depth)

    def nearest(self, depth: int) -> int | None:
        n = bisect_right(self._negated_depths, -depth)
        return self._items[n - 1] if n else None


def periods_of(doc: Document, spans: list[tuple[int, int, int, int]]) -> list[str]:
    """The period phrase of each figure ``(start, end, sentence_start, sentence_end)``.

    The last period of the sentence before the number, unless a bracket closed in between;
    else the first after the figure that opens no bracket and names no comparison period;
    else the last non-comparison period outside brackets in an earlier sentence. With
    ``depth(x)`` = «)» minus «(» before ``x``, "no bracket closed between p and x" is
    ``depth(p) >= depth(x)``, so each figure's period is found by bisection.

    Examples
    --------
    >>> doc = Document("По итогам 2025 года зарегистрировано 843 факта.")
    >>> periods_of(doc, [(37, 40, 0, len(doc.text))])
    ['По итогам 2025 года']
    """
    if not spans:
        return []  # nothing to date: do not scan the text for period phrases
    text = doc.text
    periods = [(m.start(), m.group()) for m in PERIOD_RE.finditer(text)]
    opens = [m.start() for m in re.finditer(r"\(", text)]
    closes = [m.start() for m in re.finditer(r"\)", text)]

    def depth(x: int) -> int:
        return bisect_left(closes, x) - bisect_left(opens, x)

    depths = [depth(p) for p, _ in periods]
    comparison = [
        _is_comparison_period(text, (p, p + len(phrase), phrase)) for p, phrase in periods
    ]
    chosen: list[int | None] = [None] * len(spans)
    # a period before the number in its sentence, outside a bracket closed since
    stack, k = _Stack(), 0
    for f in sorted(range(len(spans)), key=lambda f: spans[f][0]):
        start, _, sent_start, _ = spans[f]
        while k < len(periods) and periods[k][0] < start:
            stack.push(k, depths[k])
            k += 1
        best = stack.nearest(depth(start))
        if best is not None and periods[best][0] >= sent_start:
            chosen[f] = best
    # else a period after the figure in its sentence, opening no bracket, not a comparison
    stack, k = _Stack(), len(periods) - 1
    for f in sorted(range(len(spans)), key=lambda f: spans[f][1], reverse=True):
        _, end, _, sent_end = spans[f]
        while k >= 0 and periods[k][0] >= end:
            if not comparison[k]:
                stack.push(k, depths[k])
            k -= 1
        best = stack.nearest(depth(end))
        if chosen[f] is None and best is not None and periods[best][0] < sent_end:
            chosen[f] = best
    # else the last period of an earlier sentence, outside brackets, not a comparison
    earlier = [k for k in range(len(periods)) if not comparison[k] and depths[k] >= 0]
    earlier_starts = [periods[k][0] for k in earlier]
    out = []
    for f, (_, _, sent_start, _) in enumerate(spans):
        if chosen[f] is None:
            n = bisect_left(earlier_starts, sent_start)
            chosen[f] = earlier[n - 1] if n else None
        out.append(periods[chosen[f]][1] if chosen[f] is not None else "")
    return out


def drop_headline_repeats(
    rows: list[dict], spans: list[tuple[int, int, int, int]], doc: Document
) -> list[dict]:
    """Drop a figure of the headline that the body repeats (a headline restates the lead).

    A headline is the first line of a text, in capitals or without a final full stop.

    Examples
    --------
    >>> doc = Document("843 ФАКТА\\nЗарегистрировано 843 факта.")
    >>> rows = [{"metric": "cases", "value": 843, "qualifier": "exact", "currency": "",
    ...          "scheme": ""}] * 2
    >>> len(drop_headline_repeats(rows, [(0, 3, 0, 9), (27, 30, 10, 36)], doc))
    1
    """
    text = doc.text.strip()
    first = text.split("\n", 1)[0].strip()
    if not first or "\n" not in text:
        return rows
    letters = [c for c in first if c.isalpha()]
    upper = sum(c.isupper() for c in letters) > 0.8 * max(len(letters), 1)
    if not (upper or not first.endswith((".", "!", "?", "…"))):
        return rows
    headline: dict[tuple[int, int], bool] = {}
    is_head = []
    for _, _, s0, s1 in spans:
        if (s0, s1) not in headline:
            headline[s0, s1] = doc.sentence((s0, s1)).strip() == first
        is_head.append(headline[s0, s1])
    key = ("metric", "value", "qualifier", "currency", "scheme")
    body = {tuple(r[k] for k in key) for r, head in zip(rows, is_head, strict=True) if not head}
    return [
        r
        for r, head in zip(rows, is_head, strict=True)
        if not (head and tuple(r[k] for k in key) in body)
    ]
