"""Figures of the same period a year earlier: «против 512 годом ранее», «612 (665) фактов»,
«97 против 41», «Бұл 2024 жылмен салыстырғанда … (1 023)».

:func:`year_earlier_of` marks each figure a release gives for the same period one year before
its own; the figure keeps the period phrase of the text and is filed a year earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .answers import question_answered
from .change_pair import change_end, first_end_year
from .document import Document
from .period_text import (
    COMPARISON_AFTER_RE,
    PERIOD_RE,
    SAME_PERIOD_RE,
    YEAR_BEFORE_WORD_RE,
    YEAR_EARLIER_RE,
    YEAR_IN_PHRASE_RE,
    alone_in_brackets,
    year_earlier_phrases,
)

__all__ = ["compared_with_the_year_before", "year_earlier_of"]

#: How far (characters) a year-earlier phrase may stand from its figure, with no digit between.
_YEAR_EARLIER_REACH = 40


_COMPARED_WITH_RE = re.compile(
    r"(?:сравнению\s+со?|сравнении\s+со?|\bчем|относительно|\bпротив)\s*$", re.I
)


#: A comparison with the year before, in words of the year rather than a period phrase: «Бұл
#: 2024 жылмен салыстырғанда 9,3%-ға көп», «өткен жылмен салыстырғанда», «по сравнению с
#: прошлым годом», «по сравнению с 2024 годом». A count alone in brackets after it is that year's.
_COMPARED_WITH_A_YEAR_RE = re.compile(
    r"(?:(?P<kk_year>\d{4})\s+жыл|өткен\s+жыл|былтырғы\s+жыл|былтыр)(?:мен|ға|ге)?\s+"
    r"(?:салыстырғанда|қарағанда)|"
    r"(?:сравнению|сравнении)\s+со?\s+(?:(?P<year>\d{4})\s*(?:годом|г\.)|прошлым\s+годом)",
    re.I,
)


def compared_with_the_year_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a sentence up to a figure) compares with the year before
    the text's own, in words of the year.

    A year named must be one before the latest year the text names before the comparison.

    Examples
    --------
    >>> text = "2025 жылы 1 118 тіркелді. Бұл 2024 жылмен салыстырғанда көп"
    >>> compared_with_the_year_before(text, 25, len(text))
    True
    >>> text = "2025 жылы 1 118. Бұл 2023 жылмен салыстырғанда көп"
    >>> compared_with_the_year_before(text, 17, len(text))
    False
    >>> compared_with_the_year_before("Это на 9% больше по сравнению с прошлым годом", 0, 45)
    True
    """
    for m in _COMPARED_WITH_A_YEAR_RE.finditer(text, start, end):
        named = m.group("kk_year") or m.group("year")
        if named is None:
            return True
        others = [int(y) for y in YEAR_IN_PHRASE_RE.findall(text, 0, m.start())]
        if others and int(named) == max(others) - 1:
            return True
    return False


def year_earlier_of(doc: Document, spans: list[tuple[int, int, int, int]]) -> list[bool]:
    """Whether each figure ``(start, end, sentence_start, sentence_end)`` is of a year earlier.

    Three ways a release gives the same period a year earlier: a figure alone in brackets right
    after the figure («612 (665) фактов») or after a year-earlier phrase in its sentence («на 8%
    меньше, чем годом ранее (665)»); a phrase of its own next to the figure, no digit
    between («против 512 годом ранее», «за аналогичный период прошлого года – 790», «өткен
    жылдың осы уағында 304 іс»); and the first end of a change between two figures («по
    сравнению с аналогичным периодом прошлого года (с 5233 до 6276)», «4 385-тен 4 023-ке
    дейін»). A phrase after «по сравнению с» or «чем» names what a change is measured
    against and marks only a figure right after it.

    Examples
    --------
    >>> text = "В 2025 году зарегистрировано 843 факта против 512 годом ранее."
    >>> doc = Document(text)
    >>> year_earlier_of(doc, [(29, 32, 0, len(text)), (46, 49, 0, len(text))])
    [False, True]
    """
    if not spans:
        return []
    text = doc.text
    marked = [False] * len(spans)
    order = sorted(range(len(spans)), key=lambda f: spans[f][0])
    for i, f in enumerate(order):
        start, end, sent_start, sent_end = spans[f]
        nxt = order[i + 1] if i + 1 < len(order) else None
        if nxt is None or spans[nxt][0] >= sent_end:
            continue  # the other end of a change is a figure too, in the same sentence
        if change_end(text, (sent_start, sent_end), start, end) == "from":
            # unless it carries its own year («с 56 в 2023 году до 83»)
            marked[f] = first_end_year(text, (sent_start, sent_end), start, end) is None
    # alone in brackets right after a figure («612 (665) фактов») or after a comparison with
    # a year earlier («Это на 8% меньше, чем годом ранее (665)»)
    figure_ends = sorted(end for _, end, _, _ in spans)
    for f, (start, end, sent_start, _) in enumerate(spans):
        if not alone_in_brackets(text, start, end):
            continue
        k = bisect_right(figure_ends, start) - 1
        right_after = (
            k >= 0 and figure_ends[k] > sent_start and not text[figure_ends[k] : start].strip(" (")
        )
        if (
            right_after
            or year_earlier_phrases(text[sent_start:start])
            or compared_with_the_year_before(text, sent_start, start)
        ):
            marked[f] = True
    # only the nearest figure on either side can belong to a phrase: no digit may stand between
    starts = [spans[f][0] for f in order]
    ends = [spans[f][1] for f in order]
    for m in year_earlier_phrases(text):
        strict = bool(_COMPARED_WITH_RE.search(text[max(0, m.start() - 20) : m.start()]))
        k = bisect_left(starts, m.end())
        after = order[k] if k < len(order) else None
        if (
            after is not None
            and spans[after][2] <= m.start()
            and _attached(text[m.end() : spans[after][0]], strict=strict)
        ):
            marked[after] = True
            continue
        k = bisect_right(ends, m.start()) - 1
        before = order[k] if k >= 0 else None
        if (
            before is not None
            and not strict
            and spans[before][3] >= m.end()
            and _attached(text[spans[before][1] : m.start()], strict=strict)
            # not «1 120 … тіркелді, бұл өткен жылдың осы кезеңімен салыстырғанда …»: the
            # period compared with, after the figure of its own period
            and not COMPARISON_AFTER_RE.match(text[m.end() : m.end() + 30])
        ):
            marked[before] = True
    for f in _in_a_sentence_opened_a_year_earlier(text, spans):
        marked[f] = True
    for f in _set_against_the_one_before(text, spans, order):
        marked[f] = True
    for f in _under_a_head_of_a_year_earlier(doc, spans):
        marked[f] = True
    for f in _answers_about_the_year_before(doc, spans):
        marked[f] = True
    return marked


#: The most words an answer may say before its figure («– Осы кезеңде 1 190 болған»).
_ANSWER_OPENING_WORDS = 3


def _answers_about_the_year_before(doc: Document, spans: list) -> list[int]:
    """The figures that open the answer to a question about the year before: «– А годом
    ранее? – 2 370.», «– Былтыр ше? – Осы кезеңде 1 190 болған.»."""
    out = []
    for f, (start, _, sent_start, sent_end) in enumerate(spans):
        asked = question_answered(doc, (sent_start, sent_end))
        opening = doc.text[sent_start:start]
        if (
            asked is not None
            and YEAR_BEFORE_WORD_RE.search(doc.text, *asked)
            and not re.search(r"\d", opening)
            and len(re.findall(r"[^\W\d_]+", opening)) <= _ANSWER_OPENING_WORDS
        ):
            out.append(f)
    return out


def _under_a_head_of_a_year_earlier(doc: Document, spans: list) -> list[int]:
    """The figures in a table's column headed by the year before («Тіркелді | Былтыр»)."""
    heads = (doc.tables.cell_at(start) for start, *_ in spans)
    return [
        f
        for f, cell in enumerate(heads)
        if cell is not None and YEAR_BEFORE_WORD_RE.search(doc.text, *cell.head)
    ]


#: «97 против 41», «890 млн против 462», «97 фактов против 41»: the second of two figures set
#: against each other, with no period of its own, is the same period a year earlier.
_AGAINST_RE = re.compile(r"\s*(?:[^\W\d_]+\.?\s+){0,2}против\s+")


def _set_against_the_one_before(
    text: str, spans: list[tuple[int, int, int, int]], order: list[int]
) -> list[int]:
    """Figures set «против» the figure before them in their sentence, naming no period."""
    out = []
    for first, f in zip(order, order[1:], strict=False):
        start, end, sent_start, sent_end = spans[f]
        if spans[first][2] != sent_start or not _AGAINST_RE.fullmatch(text, spans[first][1], start):
            continue
        # not «97 против 41 в 2023 году»: a period of its own, right after it
        own = PERIOD_RE.search(text, end, min(sent_end, end + 40))
        if own is not None and own.start() - end <= 3:
            continue
        out.append(f)
    return out


#: What opens a sentence before its year-earlier phrase: spaces, quotes, dashes, «За» or «В».
_SENTENCE_OPENING_RE = re.compile(r"[\s«\"–—-]*(?:(?:за|в)\s+)?", re.I)
#: What ends the reach of a sentence's opening «Годом ранее»: a contrast («, а …», «тогда как»).
_CONTRAST_RE = re.compile(r",\s*а\s|тогда\s+как|в\s+то\s+время\s+как|\bсейчас|\bныне", re.I)


def _in_a_sentence_opened_a_year_earlier(
    text: str, spans: list[tuple[int, int, int, int]]
) -> list[int]:
    """Figures of a sentence that opens with a year-earlier phrase («Годом ранее мошенники
    скомпрометировали 267 тыс. карт, ущерб составил 1,08 млрд»), up to a period phrase of
    their own or a contrast («…, а в этом году – 843»), and not in brackets opened since."""
    out = []
    for f, (start, _, sent_start, _) in enumerate(spans):
        opener = YEAR_EARLIER_RE.match(text, _SENTENCE_OPENING_RE.match(text, sent_start).end())
        if (
            opener
            and not SAME_PERIOD_RE.match(opener.group())
            and opener.end() <= start
            and not PERIOD_RE.search(text, opener.end(), start)
            and not _CONTRAST_RE.search(text, opener.end(), start)
            # an aside in brackets has its own period («(… и 1,78 млрд в 2015-ом)»)
            and text.count("(", opener.end(), start) <= text.count(")", opener.end(), start)
        ):
            out.append(f)
    return out


def _attached(between: str, *, strict: bool) -> bool:
    """Whether a year-earlier phrase and a figure ``between`` characters apart belong together."""
    if strict:  # right after it, or in a clause on it: «чем за … период, когда эта сумма составила»
        return (
            re.fullmatch(r"[\s(:—–-]*(?:со?\s+)?", between) is not None
            or re.fullmatch(r",?\s*когда\b[^\d.!?;]{0,40}", between) is not None
        )
    return len(between) <= _YEAR_EARLIER_REACH and not re.search(r"\d|[.!?;]", between)
