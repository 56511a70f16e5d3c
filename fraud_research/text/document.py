"""A text prepared once for the rules that read its numbers: tokens, sentences, clauses, searches.

:class:`Document` tokenizes a text, splits it into sentences and clauses and holds the
forward searches (:class:`Finder`) that keep the work per number independent of the
length of the text, so reading numbers is linear in it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from .amounts import tokenize
from .bound_words import CHANGE_WORD_RE
from .currency_words import currency_of
from .lemmas import only_genitive_plural
from .tables import tables_of

# A sentence about one suspect («задержан 23-летний житель, совершивший 17 эпизодов … на
# сумму 4,5 млн тенге») describes a criminal case, not the region's statistics.
_SUSPECT_STORY_RE = re.compile(
    r"(?:задержан\w*|подозреваем\w*|совершивш\w*|обвиняем\w*|осужден\w*|приговор\w*|"
    r"ұсталды|ұсталған|күдікті\w*|сотталды|detained|suspect\w*|arrested)",
    re.I,
)


_STATISTICS_RE = re.compile(
    r"(?:зарегистрир\w*|зафиксир\w*|тіркел\w*|registered|recorded|по\s+итогам|статисти\w*|"
    r"қорытынды\w*|всего|барлығы)",
    re.I,
)


_NOT_REGISTERED_RE = re.compile(
    r"(?:раскры\w*|задерж\w*|ашыл\w*|ashyl\w*|ашқан|в\s+суд|сотқа|solved|detained|"
    r"привлечен\w*|жауапкершілікке|осужден\w*)",
    re.I,
)


NOT_DAMAGE_RE = re.compile(
    r"(?:возвра\w*|верну\w*|вернул\w*|возмещ\w*|возмест\w*|өтел\w*|өтеді|қайтар\w*|"
    r"qaıtar\w*|returned|recovered|refunded|"
    r"перевел\w*|перевёл\w*|перечисл\w*|аудар\w*|transferred|"
    r"штраф\w*|айыппұл\w*|бюджет\w*|выделен\w*|зарплат\w*|fine|"
    r"в\s+среднем|средн\w+|орташа|average|"
    # the loss in one case, not the total: «ущерб по одному делу доходил до 45 млн»
    r"по\s+одному\s+\w+|в\s+одном\s+\w+|бір\s+(?:іс|дерек|оқиға)\w*|доходи\w*\s+до|"
    r"максимальн\w*|крупнейш\w*|ең\s+көп|ең\s+ірі|largest|single)",
    re.I,
)


_ARTICLE_190_RE = re.compile(
    r"(?:стать\w*|ст\.)\s*190|190\s*-?\s*ба[пб]\w*|article\s+190|"
    r"по\s+(?:этой|данной|указанной)\s+статье",
    re.I,
)


_CYBER_RE = re.compile(r"кибер\w*|cyber\w*|ciber\w*|информационн\w+\s+технолог", re.I)


_FRAUD_WORD_RE = re.compile(r"мошенни\w*|алаяқ\w*|alaıaq\w*|fraud\w*|scam\w*|обман\w*", re.I)


INTERNET_RE = re.compile(
    r"интернет|онлайн|internet|online|ınternet|кибер|cyber|"
    r"информационн\w*\s+технолог|телекоммуникац|ақпараттық\s+технолог",
    re.I,
)


_ABBREVIATIONS = re.compile(
    r"(?<![^\W\d_])(?:тыс|млн|млрд|трлн|руб|г|гг|ж|ст|др|им|т|п|ч|обл|ул|д|тг|мын|mln|mlrd|"
    r"т\.\s?[ечк]|кв|мкр|стр|рис|табл|прим|[А-ЯЁA-Z])\.$"
)


# A line break, or a run of «.!?…» followed by a capital (or a dash of speech, then a capital:
# «… – сказал он. – Сумма ущерба …»), or of «.!?» followed by a digit
# («… тенге. 340 из них»; «1,5 млн. 200 случаев» stays one sentence by the abbreviations, and
# «составил всего… 1,58» by its ellipsis). The look-behind starts a run's match at its first
# mark only: retrying from every mark of a long «......» run is quadratic.
_SENTENCE_BREAK_RE = re.compile(
    r"\n+|(?<![.!?…])(?:[.!?…]+(?=[\s«\"]+(?:[–—-]\s+)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])|[.!?]+(?=\s+\d))"
)


#: An amount's last abbreviation: a scale («млн.») or a currency («руб.», «долл.»).
_AMOUNT_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:тыс|млн|млрд|трлн|руб|долл|тг)\.$")
_NEXT_WORD = re.compile(r"[\s«\"]*(\w+(?:-\w+)*)")


def _ends_after_amount(text: str, start: int, end: int) -> bool:
    """«… — 300 млрд. То есть …», «… 1,08 млрд руб. Средний размер …»: a scale's or a currency's
    abbreviation before a capitalised word that is no currency («1,2 млн. Тенге» goes on) and
    no noun it counts («38 тыс. IT-преступлений» goes on) ends the sentence."""
    if not _AMOUNT_ABBREVIATION.search(text, max(0, start - 5), end):
        return False
    word = _NEXT_WORD.match(text, end)
    if not (word and word.group(1)[:1].isupper()) or currency_of(word.group(1)) is not None:
        return False
    return not only_genitive_plural(word.group(1))  # «38 тыс. IT-преступлений» goes on


#: A numbered list's mark: a line opening with a number of one or two digits and a stop.
_LIST_MARK_RE = re.compile(r"[^\S\n]*\d{1,2}")


def _is_list_mark(text: str, stop: int) -> bool:
    """Whether the stop at ``stop`` ends a numbered line's mark («1. Уральск», «12. Аксай»), a
    space and no line break after it."""
    line_start = text.rfind("\n", 0, stop) + 1
    return text[stop + 1 : stop + 2] in (" ", "\t") and bool(
        _LIST_MARK_RE.fullmatch(text, line_start, stop)
    )


def sentence_spans_of(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans, keeping «тыс.», «млн.», «ж.» inside sentences.

    The structural rules and period phrases use these spans (with razdel's sentences the
    seed release loses figures); the role rules read razdel's tokens within them.

    Examples
    --------
    >>> text = "Ущерб – 1,2 млн. тенге. Задержан 1 человек."
    >>> [text[a:b] for a, b in sentence_spans_of(text)]
    ['Ущерб – 1,2 млн. тенге.', 'Задержан 1 человек.']
    >>> text = "Рост на 24%, – сказал он. – Ущерб 1,7 млрд."
    >>> [text[a:b] for a, b in sentence_spans_of(text)]
    ['Рост на 24%, – сказал он.', '– Ущерб 1,7 млрд.']
    >>> text = "Сохранили 300 млрд. То есть много. Похищено 1,08 млрд руб. Средний размер – 3 тыс."
    >>> [text[a:b] for a, b in sentence_spans_of(text)]
    ['Сохранили 300 млрд.', 'То есть много.', 'Похищено 1,08 млрд руб.', 'Средний размер – 3 тыс.']
    >>> text = "Ущерб – 5 млн тенге. 340 из них пришлось на звонки, т.е. 20 дел по ч. 2 ст. 190."
    >>> [text[a:b] for a, b in sentence_spans_of(text)]
    ['Ущерб – 5 млн тенге.', '340 из них пришлось на звонки, т.е. 20 дел по ч. 2 ст. 190.']
    >>> text = "По районам:\\n1. Уральск – 1 206;\\n2. Аксай – 91."
    >>> [text[a:b] for a, b in sentence_spans_of(text)]
    ['По районам:', '1. Уральск – 1 206;', '2. Аксай – 91.']
    """
    spans, start = [], 0
    for m in _SENTENCE_BREAK_RE.finditer(text):
        if m.group().startswith(".") and _ABBREVIATIONS.search(
            text[max(0, m.start() - 5) : m.end()]
        ):
            if not _ends_after_amount(text, m.start(), m.end()):
                continue
        if m.group() == "." and _is_list_mark(text, m.start()):
            continue  # «1. Уральск – 1 206;»: a numbered line's mark opens its sentence
        end = m.end() if not m.group().startswith("\n") else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    # trim surrounding spaces
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    return trimmed


#: How far back the rules that read the end of the clause before a number look («Таких
#: случаев было более 300», «этот показатель составил 760»). Such a phrase is a few words;
#: a bound keeps the work per number constant however long a clause without commas is.
CLAUSE_TAIL = 200


# Clause marks: a clause before a number starts after the last of «,;:(», a clause after
# it ends at the first of «,;:)(».
# a decimal comma («27,3%», «2,4 млрд») ends no clause
_CLAUSE_START_RE = re.compile(r"[;:(]|(?<!\d),|,(?!\d)")


_CLAUSE_END_RE = re.compile(r"[;:)(]|(?<!\d),|,(?!\d)")


class Finder:
    """``pattern.search(text, pos, endpos)`` for positions that move forward, scanning once.

    Several rules ask whether a word occurs in the clause or sentence around each number.
    Searching that stretch afresh for every number is quadratic when a sentence holds many
    numbers («1 2 3 …»). The pattern must have no anchors, look-arounds or ``\\b`` (a match
    inside ``[pos, endpos)`` is then also a match over any longer stretch), so the leftmost
    match found from an earlier position, searched some way ahead, answers each later
    query it still lies ahead of; the text is searched again only after a number passes
    that match or that point. The look-ahead is at least :data:`_LOOKAHEAD` characters and
    at least the stretch asked for, so repeated searches from one position double in
    length and the text is scanned about twice in all.
    """

    def __init__(self, pattern: re.Pattern, text: str):
        self._pattern, self._text = pattern, text
        self._pos, self._searched_to, self._match = 0, -1, None

    def search(self, pos: int, endpos: int, limit: int) -> re.Match | None:
        """The leftmost match in ``text[pos:endpos]``; no look-ahead beyond ``limit``."""
        m = self._match
        if not (
            self._pos <= pos and endpos <= self._searched_to and (m is None or m.start() >= pos)
        ):
            ahead = max(endpos, min(limit, endpos + max(endpos - pos, _LOOKAHEAD)))
            m = self._pattern.search(self._text, pos, ahead)
            self._pos, self._searched_to, self._match = pos, ahead, m
        if m is None or m.start() >= endpos:
            return None
        if m.end() <= endpos:
            return m
        return self._pattern.search(self._text, pos, endpos)  # a match running past endpos


#: How far past the stretch asked for a :class:`Finder` searches.
_LOOKAHEAD = 4096


class SentenceFacts:
    """What the rules ask of a whole sentence, each read at most once per sentence."""

    def __init__(self, sentence: str):
        self._sentence = sentence

    @cached_property
    def _fraud(self) -> bool:
        return bool(_FRAUD_WORD_RE.search(self._sentence))

    @cached_property
    def suspect_story(self) -> bool:
        """About one suspect's case, not the region's statistics."""
        return bool(_SUSPECT_STORY_RE.search(self._sentence)) and not _STATISTICS_RE.search(
            self._sentence
        )

    @cached_property
    def general_fraud_article(self) -> bool:
        """Article 190 without «интернет»: fraud in general."""
        return bool(_ARTICLE_190_RE.search(self._sentence)) and not INTERNET_RE.search(
            self._sentence
        )

    @cached_property
    def cybercrime_not_fraud(self) -> bool:
        return bool(_CYBER_RE.search(self._sentence)) and not self._fraud

    @cached_property
    def fraud_change(self) -> bool:
        """Speaks of a change (рост, снижение) of fraud."""
        return bool(CHANGE_WORD_RE.search(self._sentence)) and self._fraud


_DIGIT_RE = re.compile(r"\d")


_CASE_WORD_RE = re.compile(r"случа|факт|преступлен|қылмыс|дерек", re.I)


_SCHEME_CUT_RE = re.compile(r"[,;.]|\s[-–—]\s")


class Document:
    """A text with what the rules look up around every number prepared once.

    Tokens, sentence spans (found by bisection), clause marks, the text of each sentence
    (one string shared by all its figures) and its :class:`SentenceFacts`, and the
    forward searches of :class:`Finder`: together they keep the work per number
    independent of the length of the text, so extraction is linear in it.
    """

    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.sentences = sentence_spans_of(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        self.tables = tables_of(text)
        self._clause_starts = [m.start() for m in _CLAUSE_START_RE.finditer(text)]
        self._clause_ends = [m.start() for m in _CLAUSE_END_RE.finditer(text)]
        self._sentence_texts: dict[tuple[int, int], str] = {}
        self._facts: dict[tuple[int, int], SentenceFacts] = {}
        self.not_damage = Finder(NOT_DAMAGE_RE, text)
        self.internet = Finder(INTERNET_RE, text)
        self.digit = Finder(_DIGIT_RE, text)
        self.case_word = Finder(_CASE_WORD_RE, text)
        self.scheme_cut = Finder(_SCHEME_CUT_RE, text)
        self.not_registered_before = Finder(_NOT_REGISTERED_RE, text)
        self.not_registered_after = Finder(_NOT_REGISTERED_RE, text)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (``(pos, pos)`` between sentences)."""
        k = bisect_right(self.sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k][1]:
            return self.sentences[k]
        return pos, pos

    def sentence(self, span: tuple[int, int]) -> str:
        if span not in self._sentence_texts:
            self._sentence_texts[span] = self.text[span[0] : span[1]]
        return self._sentence_texts[span]

    def facts(self, span: tuple[int, int]) -> SentenceFacts:
        if span not in self._facts:
            self._facts[span] = SentenceFacts(self.sentence(span))
        return self._facts[span]

    def clause_start(self, sent_start: int, pos: int) -> int:
        """Start of the clause before ``pos``: after the sentence's last «,;:(» before it."""
        k = bisect_left(self._clause_starts, pos) - 1
        if k >= 0 and self._clause_starts[k] >= sent_start:
            return self._clause_starts[k] + 1
        return sent_start

    def clause_end(self, pos: int, sent_end: int) -> int:
        """End of the clause after ``pos``: the sentence's first «,;:)(» from it on."""
        k = bisect_left(self._clause_ends, pos)
        if k < len(self._clause_ends) and self._clause_ends[k] < sent_end:
            return self._clause_ends[k]
        return sent_end

    def clause_tail(self, sent_start: int, pos: int) -> str:
        """The last :data:`CLAUSE_TAIL` characters of the clause before ``pos``."""
        return self.text[max(self.clause_start(sent_start, pos), pos - CLAUSE_TAIL) : pos]

    def clause_head(self, pos: int, sent_end: int, width: int) -> str:
        """The first ``width`` characters of the clause after ``pos``."""
        segment = self.text[pos : min(sent_end, pos + width)]
        m = _CLAUSE_END_RE.search(segment)
        return segment[: m.start()] if m else segment
