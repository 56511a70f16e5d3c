"""What the walk over a text keeps and reads once: the words and kinds of the sentences near a
number (kept for the last few read, as numbers come in text order), the story before it, and
what the whole text speaks of (a crime, fraud, an offence, an arrest).

Each function takes the parsed :class:`~fraud_research.text.document.Document` and the walk's
state (:class:`fraud_research.text.read._WalkState`), whose caches it fills.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .arrest_story import text_tells_of_an_arrest
from .counted import crime_topic
from .lemmas import words
from .matchers import OFFENCE
from .money_role import without_consent
from .place_text import place_kind
from .sentence_kinds import FRAUD_ARTICLE_RE, sentence_kind

#: How many words on each side of a number its context holds.
WINDOW = 25


def sentence_words(doc, sent, state) -> tuple[list, list[int]]:
    """The words of a sentence and their starts, kept for the last few sentences read."""
    if sent not in state.words:
        ws = words(doc.text, sent[0], sent[1])
        if len(state.words) > 8:  # numbers come in text order: keep the recent ones
            state.words.pop(next(iter(state.words)))
        state.words[sent] = (ws, [w.start for w in ws])
    return state.words[sent]


#: How many sentences before a number's tell the story it belongs to.
_STORY_SENTENCES = 3


def story_words(doc, sent, state) -> list:
    """The last words of the few sentences before ``sent`` (who the text is about)."""
    k = bisect_left(doc.sentence_starts, sent[0])
    out: list = []
    for previous in doc.sentences[max(0, k - _STORY_SENTENCES) : k]:
        ws = sentence_words(doc, previous, state)[0]
        if len(ws) == 1 and place_kind(ws[0].text):
            out = []  # «Астана.»: a digest's next item opens; the story before is another place's
        out.extend(ws[-WINDOW:])
    return out[-2 * WINDOW :]


def next_sentence_words(doc, sent, state) -> list:
    """The first words of the sentence after ``sent`` («Треть из них …» names its parts)."""
    k = bisect_left(doc.sentence_starts, sent[0]) + 1
    if k >= len(doc.sentences):
        return []
    return sentence_words(doc, doc.sentences[k], state)[0][:WINDOW]


def _kind(doc, k: int, state) -> str:
    """The :func:`sentence_kind` of the ``k``-th sentence, kept for the last few read."""
    if k not in state.kinds:
        if len(state.kinds) > 16:  # numbers come in text order: keep the recent ones
            state.kinds.pop(next(iter(state.kinds)))
        sent = doc.sentences[k]
        state.kinds[k] = sentence_kind(sentence_words(doc, sent, state)[0], doc.sentence(sent))
    return state.kinds[k]


def topic(doc, sent, state) -> str:
    """The crime the sentences around ``sent`` speak of (see :func:`crime_topic`)."""
    k = bisect_left(doc.sentence_starts, sent[0])
    if k >= len(doc.sentences) or doc.sentences[k] != sent:
        return ""
    before = [_kind(doc, j, state) for j in range(k - 1, max(-1, k - 1 - _STORY_SENTENCES), -1)]
    after = []
    for j in range(k + 1, min(len(doc.sentences), k + 3)):
        if _TURN_RE.match(doc.text, doc.sentences[j][0]):
            break  # «При этом … остаются интернет-мошенничество»: another topic, not this count's
        after.append(_kind(doc, j, state))
    topic = crime_topic(_kind(doc, k, state), before, after)
    if topic == "crime" and _kind(doc, k, state) == "crime" and _speaks_of_fraud_only(doc, state):
        # «За 2026-й зафиксировано 109 преступлений против 339 …» five sentences after «количество
        # мошенничеств»: a text of fraud alone counts the fraud it last spoke of, however far back
        told = (_kind(doc, j, state) for j in range(k - 1, -1, -1))
        if next((kind for kind in told if kind), "") == "fraud":
            return "fraud"
    return topic


#: Openings of a sentence that turn to another topic («При этом», «Вместе с тем», «Однако»,
#: Kazakh «Алайда», «Дегенмен»): what it speaks of is not what the sentences before counted.
_TURN_RE = re.compile(
    r"\s*(?:при\s+этом|вместе\s+с\s+тем|однако|в\s+то\s+же\s+время|тем\s+не\s+менее|"
    r"алайда|дегенмен)\b",
    re.I,
)


def _text_kinds(doc, state) -> frozenset:
    """The :func:`sentence_kind` of every sentence of the text, read once per text."""
    if state.text_kinds is None:
        state.text_kinds = frozenset(_kind(doc, k, state) for k in range(len(doc.sentences)))
    return state.text_kinds


def speaks_of_fraud(doc, state) -> bool:
    """Whether any sentence of the text speaks of fraud or cybercrime."""
    return not _text_kinds(doc, state).isdisjoint({"fraud", "structure"})


def _speaks_of_fraud_only(doc, state) -> bool:
    """Whether the text speaks of fraud and of crime in general only: no sentence names other
    crimes, grades or all crime together."""
    kinds = _text_kinds(doc, state)
    return "fraud" in kinds and kinds <= {"fraud", "crime", ""}


def speaks_of_offence(doc, state) -> bool:
    """Whether any word of the text speaks of an offence (read once per text)."""
    if state.offence_text is None:
        # operations «без согласия клиентов» (Bank of Russia's name for stolen transfers) are
        # an offence too, and so is a case under a fraud article («ҚК-нің 190-бабы бойынша»)
        state.offence_text = bool(FRAUD_ARTICLE_RE.search(doc.text)) or any(
            OFFENCE.first(ws) is not None or bool(without_consent(ws))
            for ws in (sentence_words(doc, sent, state)[0] for sent in doc.sentences)
        )
    return state.offence_text


def tells_of_an_arrest(doc, state) -> list:
    """:func:`text_tells_of_an_arrest`, read once per text."""
    if state.arrest_text is None:  # lazily: the reading stops at a sentence of statistics
        read = ((sent, sentence_words(doc, sent, state)[0]) for sent in doc.sentences)
        state.arrest_text = text_tells_of_an_arrest(doc.text, read)
    return state.arrest_text
