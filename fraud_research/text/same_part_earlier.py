"""Figures of the same part of a year, a year earlier: «за 9 месяцев 2025 года – 843 (в прошлом
году – 733)», «… (2024 г. – 1 298)», «за аналогичный период 2024 года – 33».

A release compares part of a year with the same part of the year before; the figure compared
takes the period of the figure it is compared with and is marked a year earlier
(:func:`same_part_a_year_earlier`, :func:`same_period_of_the_year_before`).
"""

from __future__ import annotations

import re

from .period_text import (
    BARE_YEAR_RE,
    KK_SAME_PERIOD_OF_YEAR,
    SAME_PERIOD_OF,
    YEAR_IN_PHRASE_RE,
    bare_year,
    year_earlier_phrases,
)
from .periods import JUST_PAST

__all__ = ["same_part_a_year_earlier", "same_period_of_the_year_before"]


#: The previous year named with no part of it: beside a figure of part of a year, releases mean
#: the same part a year earlier («за 9 месяцев … 843 (в прошлом году – 733)»); not «за прошлый
#: год», which names the whole year.
_LAST_YEAR_BESIDE_RE = re.compile(rf"^(?:в\s+{JUST_PAST}\s+году|өткен\s+жылы|былтыр)$", re.I)
#: A period phrase of part of a year: months, a quarter, a half, the year so far.
_PART_OF_A_YEAR_PHRASE_RE = re.compile(
    r"месяц|мес\.|\bай|квартал|тоқсан|полугоди|жарты|январ|қаңтар|начала|басынан|истекш|отч[её]тн",
    re.I,
)


def same_part_a_year_earlier(
    spans: list[tuple[int, int, int, int]],
    periods: list[str],
    earlier: list[bool],
    *,
    text: str = "",
) -> tuple[list[str], list[bool]]:
    """Periods and year-earlier marks with «в прошлом году» beside part of a year read as the
    same part a year earlier.

    «За 9 месяцев 2025 года зарегистрировано 843 факта (в прошлом году – 733)»: 733 is the nine
    months of 2024, as a release compares, not the whole of 2024: it takes the period of the
    figure before it in its sentence and is marked a year earlier. So is the year before named
    alone in brackets (``text`` given): «С начала 2025 года – 1 137 фактов (2024 г. – 1 298)».

    Examples
    --------
    >>> spans = [(30, 33, 0, 80), (70, 73, 0, 80)]
    >>> same_part_a_year_earlier(spans, ["За 9 месяцев 2025 года", "в прошлом году"], [False, False])
    (['За 9 месяцев 2025 года', 'За 9 месяцев 2025 года'], [False, True])
    """
    periods, earlier = list(periods), list(earlier)
    order = sorted(range(len(spans)), key=lambda f: spans[f][0])
    for first, f in zip(order, order[1:], strict=False):
        if (
            spans[first][2:] == spans[f][2:]
            and (
                _LAST_YEAR_BESIDE_RE.match(periods[f].strip())
                or _the_year_before_in_brackets(
                    text[spans[first][1] : spans[f][0]], periods[f], periods[first]
                )
            )
            and not earlier[first]
            and _PART_OF_A_YEAR_PHRASE_RE.search(periods[first])
        ):
            periods[f], earlier[f] = periods[first], True
    return periods, earlier


def _the_year_before_in_brackets(between: str, phrase: str, first: str) -> bool:
    """Whether ``phrase``, opening a bracket in ``between`` (the text from the first figure to
    the second), names alone the year before the one year ``first`` names. In running text («…
    512 фактов, а в 2024 году – 780») a year named alone stays the whole of it."""
    years = set(YEAR_IN_PHRASE_RE.findall(first))
    named = bare_year(phrase)
    return (
        named is not None
        and len(years) == 1
        and named == int(years.pop()) - 1
        and re.search(rf"\(\s*{re.escape(phrase.strip())}", between) is not None
    )


#: Last year's figure, compared with: «Бұл былтырғы көрсеткіштен 9 пайызға аз (2024 жылы –
#: 645)», «ниже прошлогоднего показателя (в 2024 году – 645)».
_LAST_YEARS_FIGURE_RE = re.compile(
    r"былтырғы\s+көрсеткіш|өткен\s+жылғы\s+көрсеткіш|прошлогодн\w+\s+показател", re.I
)
#: This year, named with no number: «текущего года», «в этом году», «биылғы», «с начала года».
_THIS_YEAR_RE = re.compile(
    r"(?:текущ|этого|нынешн)\w*\s+год|в\s+этом\s+году|\bбиыл|начала\s+года|жыл\s+басынан", re.I
)


def _part_of_this_year(phrase: str) -> bool:
    """Whether a period phrase names part of this year with no year's number: «за 10 месяцев
    текущего года», «биылғы 10 айда», «с начала года»."""
    return bool(_THIS_YEAR_RE.search(phrase) and _PART_OF_A_YEAR_PHRASE_RE.search(phrase))


_SAME_PERIOD_OF_YEAR_RE = re.compile(
    rf"^(?:{SAME_PERIOD_OF}\s+(?P<year>\d{{4}})\s*(?:года|г\.)|"
    rf"(?=(?P<kk_year>\d{{4}})){KK_SAME_PERIOD_OF_YEAR})$",
    re.I,
)


def same_period_of_the_year_before(
    spans: list[tuple[int, int, int, int]],
    periods: list[str],
    earlier: list[bool],
    *,
    text: str = "",
) -> tuple[list[str], list[bool]]:
    """Periods and year-earlier marks with «the same period of <year>» read as the period of
    the figure it is compared with, a year earlier, when the year named is the one before.

    «За 10 месяцев 2025 года зарегистрировано 50 …, тогда как за аналогичный период 2024 года
    – 33»: 33 is ten months of 2024. It takes the period of the nearest other figure of its
    sentence (before it first; else of the sentences before) and is marked a year earlier;
    with another year between them, or when that figure's period names no single year, it
    keeps its own phrase. A bare year after a phrase of the same period a year earlier in the
    figure's sentence (``text`` given) is read so too: «на 14% меньше, чем за аналогичный
    период прошлого года (в 2024 году – 596)» gives the nine months of 2024, not all of it.

    Examples
    --------
    >>> spans = [(30, 33, 0, 99), (90, 92, 0, 99)]
    >>> periods = ["За 10 месяцев 2025 года", "за аналогичный период 2024 года"]
    >>> same_period_of_the_year_before(spans, periods, [False, False])
    (['За 10 месяцев 2025 года', 'За 10 месяцев 2025 года'], [False, True])
    >>> text = "За 9 месяцев 2025 года – 512, меньше, чем за тот же период прошлого года (в 2024 году – 596)."
    >>> spans = [(25, 28, 0, len(text)), (91, 94, 0, len(text))]
    >>> same_period_of_the_year_before(
    ...     spans, ["За 9 месяцев 2025 года", "в 2024 году"], [False, False], text=text
    ... )
    (['За 9 месяцев 2025 года', 'За 9 месяцев 2025 года'], [False, True])
    """
    periods, earlier = list(periods), list(earlier)
    for f, phrase in enumerate(list(periods)):
        same = _SAME_PERIOD_OF_YEAR_RE.match(phrase.strip())
        if not same and text:
            start, _, sent_start, _ = spans[f]
            same = BARE_YEAR_RE.match(phrase.strip())
            told = text[sent_start:start]
            if same and not (year_earlier_phrases(told) or _LAST_YEARS_FIGURE_RE.search(told)):
                same = None
        if not same:
            continue
        # its sentence's other figures, nearest before first; then those of earlier sentences
        others = sorted(
            (
                g
                for g in range(len(spans))
                if g != f and (spans[g][2:] == spans[f][2:] or spans[g][1] <= spans[f][2])
            ),
            key=lambda g: (
                spans[g][2:] != spans[f][2:],
                spans[g][0] > spans[f][0],
                abs(spans[g][0] - spans[f][0]),
            ),
        )
        for g in others:
            years = set(YEAR_IN_PHRASE_RE.findall(periods[g]))
            if _SAME_PERIOD_OF_YEAR_RE.match(periods[g].strip()) or earlier[g]:
                continue
            if not years and _part_of_this_year(periods[g]):
                # «за 10 месяцев текущего года – 587 … (в 2024 году – 645)»: the year is the
                # publication's, so the one named is taken as the year before it
                periods[f], earlier[f] = periods[g], True
                break
            if len(years) != 1:
                continue
            if int(years.pop()) == int(same.group("year") or same.group("kk_year")) + 1:
                periods[f], earlier[f] = periods[g], True
            break
    return periods, earlier
