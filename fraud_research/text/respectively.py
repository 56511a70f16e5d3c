"""Figures given «respectively»: each takes the period of the figure it answers, in order.

«В 2024 году зарегистрировано 812 фактов, в 2025 году – 655. Ущерб составил соответственно
1,2 млрд и 980 млн тенге»: the first amount is 2024's, the second 2025's, as the counts before
them. So in Kazakh («… сәйкесінше 1,2 млрд және 980 млн теңге») and with «тиісінше».
"""

from __future__ import annotations

import re

__all__ = ["RESPECTIVELY_RE", "respective_periods"]

#: «соответственно» and its Kazakh words: numbers given in the order of those before them.
RESPECTIVELY_RE = re.compile(r"\b(?:соответственно|сәйкесінше|тиісінше)\b", re.I)


def respective_periods(
    text: str, spans: list[tuple[int, int, int, int]], periods: list[str]
) -> list[str]:
    """``periods`` with the figures after «соответственно» given, in order, the distinct periods
    of the figures before it (in its sentence or the one before), when there are as many of
    them as figures after it; else ``periods`` unchanged.

    ``spans`` are each figure's ``(start, end, sentence_start, sentence_end)``.

    Examples
    --------
    >>> text = "В 2024 году – 812, в 2025 году – 655. Ущерб соответственно 1,2 млрд и 980 млн."
    >>> spans = [(14, 17, 0, 37), (33, 36, 0, 37), (59, 67, 38, 79), (70, 76, 38, 79)]
    >>> respective_periods(text, spans, ["В 2024 году", "в 2025 году", "в 2025 году", "в 2025 году"])
    ['В 2024 году', 'в 2025 году', 'В 2024 году', 'в 2025 году']
    """
    periods = list(periods)
    order = sorted(range(len(spans)), key=lambda f: spans[f][0])
    for m in RESPECTIVELY_RE.finditer(text):
        sentence = next((s for s in spans if s[2] <= m.start() < s[3]), None)
        if sentence is None:
            continue
        after = [f for f in order if spans[f][2] == sentence[2] and spans[f][0] > m.end()]
        before = [f for f in order if spans[f][1] <= m.start() and spans[f][3] >= sentence[2] - 1]
        if not before or len(after) < 2:
            continue
        # the sentence before, when the word's own sentence has no figure before it
        if not any(spans[f][2] == sentence[2] for f in before):
            last = spans[before[-1]][2]
            before = [f for f in before if spans[f][2] == last]
        else:
            before = [f for f in before if spans[f][2] == sentence[2]]
        named = list(dict.fromkeys(periods[f] for f in before if periods[f]))
        if len(named) == len(after):
            for f, phrase in zip(after, named, strict=True):
                periods[f] = phrase
    return periods
