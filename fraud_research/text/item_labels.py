"""The label a count is an item of: the words before its dash («Алматы қаласы - 6742», «кражи –
1 176») or before the bracket it stands in («зейнеткерлер (1714)», «кража (почти 19 тысяч
случаев)»), or the year its line starts with («2016 — 2471»)."""

from __future__ import annotations

import re

from . import cues
from .counted_noun import without_kazakh_modifiers
from .lemmas import Word
from .matchers import CueSet
from .periods import MONTH_WORD
from .place_text import place_kind

__all__ = ["BULLET_MARK", "LABEL_WORDS", "LINE_BULLETS", "heads_the_list", "label_noun", "label_of"]


#: A mark that may open a list's line («•», «▪», «🔹», «-», «*»): no letter, digit, space,
#: bracket, stop or quote.
BULLET_MARK = r"[^\w\s(),.;:!?«»\"']"
#: Spaces and bullet marks before a list line's label, none or more.
LINE_BULLETS = rf"(?:\s|{BULLET_MARK})*"
#: A year (with «год», «г.», «жыл») at a line's or a clause's start, then a dash: «2016 — ».
_DATED_BEFORE_RE = re.compile(
    # an item starts a line, follows a comma or colon, or opens a bracket after words
    # («нестабильна (2017 г. - 74, …»; not «по 42 (2020 - 28)», the year before of the 42), its
    # year said with «в», «за» or not («в 2023 году – 567»)
    # after a bullet («• 2024 г. – 702»), a month named before the year («январь 2025 г. – »)
    rf"(?:^|\n|[,;:]\s|[^\W\d_]\s?\(){LINE_BULLETS}(?:(?:в|за)\s+)?(?:{MONTH_WORD}\s+)?(?:19|20)\d\d"
    r"(?:\s*(?:год\w*|г\.?|жыл\w*|ж\.?))?"
    r"\s*[-–—]\s*$"
)
#: The year after an item's count, in a list after a colon: «зарегистрировано: 612 – в 2023
#: году, 743 – в 2024 году», «612 (2023 год), 743 (2024 год)».
_ITEM_START_RE = re.compile(rf"(?:^|\n|[,;:]\s){LINE_BULLETS}$")
_DATED_AFTER_RE = re.compile(
    r"\s*(?:[-–—]\s+(?:в|за)\s+|\(\s*)(?:19|20)\d\d(?:\s*(?:год\w*|г\.?|жыл\w*|ж\.?))?\s*"
    r"(?:\)|[,;.]|\s+и\s|$)"
)
#: «Тараз қ. – 214»; a hyphen glued on both sides is a word's («Топ-3», «ТОП-10»), no dash; a
#: bound word may come between the dash and the number («мессенджеры — около 1 200»)
_DASH_BEFORE_RE = re.compile(
    r"[^\W\d_]\.?[»\"”]?(?:\s*[–—]\s*|\s+-\s*|-\s+)"
    rf"(?:(?:{'|'.join(cues.NUMBER_PARTICLES)})\s+)?$",
    re.I,
)
#: A list line's label before a colon: «— Талдыкорган: 310;», «• Карасайский район: 240»; only on a
#: line of its own that opens with a bullet and ends with the number («Ущерб: 5 млн» in a sentence,
#: «• раскрыто: 2024 г. – 190, 2025 г. – 214» are read by their words).
#: The rest of a list line after its number: «;», «.», a bracket («(128,4);»), nothing.
_LINE_END_RE = re.compile(r"(?:\s*\([^()\n]*\))?[\s;.,]*")
_LINE_COLON_LABEL_RE = re.compile(
    rf"\s*{BULLET_MARK}{LINE_BULLETS}(?P<label>[^\n:\d]{{0,60}}[^\W\d_]\.?)[»\"”]?\s*:\s*"
)
#: A label whose bracket (an article, a note) comes before its dash: «путем мошенничества (ст.
#: 159 УК РФ) – 1 148»; the label ends before the bracket.
_BRACKET_DASH_BEFORE_RE = re.compile(r"[^\W\d_][»\"”]?\s*\([^()]{1,50}\)\s*[-–—]\s*$")
#: The bracket opened after the label, a change in percent on the way: «мошенничеств (-14%, 1,2
#: тыс.)».
_OPEN_BEFORE_RE = re.compile(
    r"[^\W\d_%]\s*\(\s*(?:[+−–-]?\s*\d+(?:[.,]\d+)?\s*%\s*[,;]\s*)?"
    # a bound word before the number: «кража (почти 19 тысяч случаев)»
    rf"(?:(?:не\s+)?(?:{'|'.join(cues.NUMBER_PARTICLES)})\s+)?$"
)
#: The bracket's end after the number, with the share the count makes or its change on the way:
#: «(1159)», «(1159 или 17,1%)», «(1662 или 24,5% от общего числа …)», «(1,3 тыс., +5%)».
_CLOSE_AFTER_RE = re.compile(
    # the noun the number counts may come first: «(почти 19 тысяч случаев)»
    r"(?:\s+[^\W\d_]+)?"
    r"\s*(?:(?:или|,|;|[-–—])\s*[+−–-]?\s*\d+(?:[.,]\d+)?\s*%[^()]{0,80})?\)"
)

#: The upper end of a range of percents right after a number: «7-8%».
_PERCENT_RANGE_AFTER_RE = re.compile(r"[-–—]\d+(?:[.,]\d+)?\s*%")


#: How many words before a list item's dash or an item's bracket make its label.
LABEL_WORDS = 8


#: The end of a list item before a label: its number and «и» or a comma («– 1758 и», «– 1320,»).
_ITEM_END_RE = re.compile(r"[-–—]\s*\d[\d\s]*?(?:[,;]|\s+и\b)\s*")


#: A table row labelled with its period only: «2024», «2024 г.», «2024 год», «2024 жыл».
_DATED_CELL_RE = re.compile(r"\d{4}(?:\s*(?:г\.?|год|жыл\w*))?", re.I)


def label_of(doc, sent: tuple[int, int], start: int, end: int) -> tuple[str, int, int]:
    """The label a count is an item of: «Алматы қаласы - 6742», «зейнеткерлер (1714)».

    Parameters
    ----------
    doc : Document
        The prepared text.
    sent : (int, int)
        The span of the number's sentence.
    start, end : int
        The span of the number.

    Returns
    -------
    (str, int, int)
        ``("dash", a, b)`` for a label before a dash, ``("bracket", a, b)`` for a label
        before the bracket the number stands in (``a``, ``b``: the label's span, from the
        clause start), ``("dated", start, start)`` for an item labelled with a year at the
        start of its line («2016 — 2471»), ``("", start, start)`` when the number is no item.

    Examples
    --------
    >>> from fraud_research.text.document import Document
    >>> doc = Document("Алматы қаласы - 6742,")
    >>> label_of(doc, (0, 21), 16, 20)
    ('dash', 0, 13)
    >>> doc = Document("34% алаяқтық (45 156),")
    >>> label_of(doc, (0, 22), 14, 20)
    ('bracket', 0, 12)
    """
    cell = doc.tables.cell_at(start)
    if cell is not None:
        # a table's cell: its row's label is its label (a period's row is dated; what it
        # counts then heads its column, see ``read._read_label``)
        a, b = cell.row_label
        return (
            ("dated", start, start) if _DATED_CELL_RE.fullmatch(doc.text, a, b) else ("dash", a, b)
        )
    before = doc.text[max(sent[0], start - 60) : start]
    if _DATED_BEFORE_RE.search(before[-30:]) or (
        _ITEM_START_RE.search(before[-4:]) and _DATED_AFTER_RE.match(doc.text, end)
    ):
        return "dated", start, start  # «2016 — 2471,», «612 – в 2023 году»: a year's item
    m = _DASH_BEFORE_RE.search(before) or _BRACKET_DASH_BEFORE_RE.search(before)
    kind = "dash"
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end) % (len(doc.text) + 1)
    line = (
        _LINE_COLON_LABEL_RE.fullmatch(doc.text, line_start, start)
        if m is None and _LINE_END_RE.fullmatch(doc.text, end, line_end)
        else None
    )
    if line is not None:
        label_end = line.end("label")
        return kind, max(sent[0], doc.clause_start(sent[0], label_end - 1)), label_end
    if m is None:
        m = _OPEN_BEFORE_RE.search(before)
        kind = "bracket"
        if m is None or not _CLOSE_AFTER_RE.match(doc.text, end):
            return "", start, start
    if kind == "bracket" and _PERCENT_RANGE_AFTER_RE.match(doc.text, end):
        return "", start, start  # «(около 7-8% приговоров)»: a range of percents, no item
    label_end = start - len(before) + m.start() + 1
    label_start = doc.clause_start(sent[0], label_end - 1)
    # «кражи – 1758 и мошенничество – 327»: the item before ends at its number
    for item in _ITEM_END_RE.finditer(doc.text, label_start, label_end):
        label_start = item.end()
    return kind, label_start, label_end


def label_noun(label: list[Word], nouns: CueSet) -> Word | None:
    """The last word of a label that is one of ``nouns`` (what the item counts), or None; not
    a bare Kazakh person noun before another word, which modifies it («Күдікті қоңырау – 102»:
    suspicious calls, no suspects).

    Examples
    --------
    >>> from fraud_research.text.lemmas import words
    >>> from fraud_research.text.matchers import PERSON_NOUNS
    >>> label_noun(words("колледж студенттері"), PERSON_NOUNS).text
    'студенттері'
    >>> label_noun(words("Күдікті қоңырау"), PERSON_NOUNS) is None
    True
    """
    for w in reversed(without_kazakh_modifiers(label[-LABEL_WORDS:])):
        # not a place's name mid-sentence that reads as a noun: «Жана Семей (64)» (not «семей»)
        named = w.text[:1].isupper() and len(label) > 1 and place_kind(w.text)
        if nouns.matches_word(w) and not named:
            return w
    return None


def heads_the_list(doc, before: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Whether the sentence ``before`` a list item's heads the list: it ends with a colon, or
    it is a line of its own with no final stop and no number at its end («Количество
    интернет-мошенничеств за полгода» over «Январь – 141»).

    Examples
    --------
    >>> from fraud_research.text.document import Document
    >>> doc = Document("Количество интернет-мошенничеств за полгода\\nЯнварь – 141")
    >>> heads_the_list(doc, doc.sentences[0], doc.sentences[1])
    True
    """
    line = doc.sentence(before).rstrip()
    if line.endswith(":"):
        return True
    return "\n" in doc.text[before[1] : sentence[0]] and line[-1:].isalpha() and "\n" not in line
