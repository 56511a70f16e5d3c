"""Bare answers in an interview: «– Сколько мошенничеств зарегистрировано с начала года?
– 2 114.» A number that answers a question with no words of its own is what the question asks
for: its count, its period, its year."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import cues
from .amounts import word_number
from .matchers import (
    CASE_NOUNS,
    MONTHS,
    PERIOD_WORDS,
    PREVENTED,
    RECOVERED,
    REGISTERED,
    SOLVED,
    SUSPECTS,
    TIME_UNITS,
    VICTIMS,
    first_cue,
)
from .period_text import YEAR_BEFORE_WORD_RE
from .role_names import CARRIED_ROLES

__all__ = ["money_asked", "only_a_period", "question_answered", "role_asked"]


#: A line that opens an answer: a dash, or «Ответ:», «Жауап:».
_ANSWER_OPENS_RE = re.compile(r"[ \t]*(?:[–—-]|(?:ответ|жауап)\s*:)", re.I)
#: An answer said to be one, anywhere on a line: «Ответ:», «Жауап:».
_SAID_ANSWER_RE = re.compile(r"(?:ответ|жауап)\s*:", re.I)


def question_answered(doc, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the question ``sentence`` answers, or None: the sentence right before it
    ends with «?», and ``sentence`` opens a new line with a dash or «Ответ:».

    Examples
    --------
    >>> from fraud_research.text.document import Document
    >>> doc = Document("– Сколько фактов зарегистрировано?\\n– 2 114. Это меньше.")
    >>> question_answered(doc, doc.sentence_of(40)) == doc.sentences[0]
    True
    >>> question_answered(doc, doc.sentence_of(50)) is None
    True
    >>> doc = Document("Вопрос: сколько вернули? Ответ: 296 млн.")
    >>> question_answered(doc, doc.sentence_of(33)) == doc.sentences[0]
    True
    """
    k = bisect_left(doc.sentence_starts, sentence[0])
    if k == 0:
        return None
    question = doc.sentences[k - 1]
    if _SAID_ANSWER_RE.match(doc.text, sentence[0]) and doc.sentence(question).endswith("?"):
        return question  # a live blog's «Вопрос: …? Ответ: «…»» on one line
    between = doc.text[question[1] : sentence[0]]
    line = doc.text.rfind("\n", question[0], sentence[0] + 3)
    if not doc.text[question[0] : question[1]].rstrip().endswith("?") or line < 0:
        return None
    if between.strip(" \t\n?") and not _ANSWER_OPENS_RE.fullmatch(between.strip("\n?")):
        return None
    return question if _ANSWER_OPENS_RE.match(doc.text, line + 1) else None


def money_asked(question: list) -> tuple[str, list[str]] | None:
    """The role of a bare amount answering ``question`` (its words) when it asks what was
    returned or prevented («Сколько удалось вернуть?», «Қанша қаражат қайтарылды?»); else None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> money_asked(words("Сколько удалось вернуть?"))
    ('recovered', ['вернуть'])
    >>> money_asked(words("Какой ущерб?")) is None
    True
    """
    for role, cueset in (("recovered", RECOVERED), ("prevented", PREVENTED)):
        found = first_cue(cueset, question)
        if found:
            return role, found
    return None


def role_asked(question: list, asked_before: str) -> tuple[str, list[str]] | None:
    """The role of a bare answer: what its ``question`` (its words) asks for («Сколько удалось
    раскрыть?» solved, «қанша дерегі тіркелді?» cases), or, for a question about the year
    before that names nothing counted («Былтыр ше?»), the role of the count answered before
    (``asked_before``); else None.

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> role_asked(words("Сколько мошенничеств зарегистрировано?"), "")
    ('cases_total', ['зарегистрировано', 'мошенничеств'])
    >>> role_asked(words("Былтыр ше?"), "cases_total")
    ('cases_total', ['Былтыр'])
    """
    for role, cueset in (("solved", SOLVED), ("suspects", SUSPECTS), ("victims", VICTIMS)):
        found = first_cue(cueset, question)
        if found:
            return role, found
    cases = first_cue(CASE_NOUNS, question)
    if cases:
        return "cases_total", first_cue(REGISTERED, question) + cases
    earlier = YEAR_BEFORE_WORD_RE.search(" ".join(w.text for w in question))
    if earlier and asked_before in CARRIED_ROLES:
        return asked_before, [earlier.group()]
    return None


#: Words an answer may open with before its figure besides those of a period and number words:
#: prepositions, pointers and particles («За 10 месяцев – 2 114», «Осы кезеңде 1 190», «Да, около
#: 900», «Иә, шамамен 1 100»).
_OPENING_WORDS = frozenset(
    "с по до на тот же да иә ну всего около порядка шамамен жуық басынан бері осы ответ жауап".split()
)


def only_a_period(words: list) -> bool:
    """Whether ``words`` before an answer's figure say only its period (or nothing).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> only_a_period(words("Он айда")), only_a_period(words("Задержано"))
    (True, False)
    """
    return all(
        w.lemma in cues.PERIOD_OF_A_COUNT
        or w.text.lower() in _OPENING_WORDS
        or PERIOD_WORDS.matches_word(w)
        or TIME_UNITS.matches_word(w)
        or MONTHS.matches_word(w)  # «С 1 января по 31 октября – 1 486»
        or word_number(w.text) is not None
        for w in words
    )
