"""A press text without what a page leaves in it but a reader never sees.

Pages copied from the web carry soft hyphens («обл\\xadасти»), zero-width spaces and joiners,
byte-order marks, and runs of spaces or tabs where a layout was flattened («за  2025  год»);
PDFs and OCR leave Latin look-alikes inside Cyrillic words («зарегистрирoвано» with a Latin
«o»); a page's source leaves HTML character references («1&nbsp;204») and tags
(«<strong>843</strong> факта», «</p><p>»), a messenger its emphasis («**843**»); PDFs and e-mails wrap
lines at a fixed width, so a line break may fall inside a number («свыше 1\\n100») or a word. A
reader sees «области», «за 2025 год», «зарегистрировано», «1 204» and one paragraph; the rules
read words and digit groups, so they read the text :func:`plain_text` gives, and the offsets of
what they find are mapped back to the text as given (:meth:`PlainText.span`). A Kazakh text
published in the Latin alphabet («564 ınternet-alaıaqtyq deregi tirkeldi») is respelt in the
Cyrillic letters the rules read (:mod:`fraud_research.text.latin_kazakh`) and quoted as
published (:meth:`PlainText.quote`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .latin_kazakh import latin_edits
from .lemmas import is_known_russian_word, is_name_inside_sentence, part_of_speech
from .tables import is_table_row, spaced_table_edits

#: Characters a browser does not show: soft hyphen, zero-width space, non-joiner, joiner,
#: word joiner, byte-order mark.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: A run of spaces or tabs (not line breaks, which end a heading or a paragraph) longer than
#: one character, or any character to drop. A run between two digits stays: it parts the
#: columns of a table («1 204  350»), not the groups of one number. A space (or an invisible
#: character) before a decimal comma («2 ,5 трлн») is dropped.
_NOISE_RE = re.compile(
    rf"(?<=\d)[ {_INVISIBLE}]+(?=,\d)|[{_INVISIBLE}]|(?<!\d)[ \t]{{2,}}|[ \t]{{2,}}(?!\d)"
)

#: An HTML character reference: named («&nbsp;»), decimal («&#160;») or hexadecimal («&#xA0;»).
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")

#: Markdown and messenger emphasis («**843**», «__1,6 млрд__», «*843*») and footnote stars
#: («1,6 млрд* тенге»): no star is ever read, and underscores only where they touch a word on
#: one side and a space, a bracket, punctuation or an edge of the text on the other.
_MARKUP_RE = re.compile(r"\*+|(?:(?<=^)|(?<=[\s(«\"]))_+(?=\w)|(?<=\w)_+(?=$|[\s).,;:!?»\"])")

#: An HTML tag from a page's source: «<p>», «</strong>», «<br/>», «<a href="…">». Only the names
#: of tags are taken (a letter after «<»), so «<5%» or «x < y» in prose stays.
_TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>]{0,300})?\s*/?>")
#: What a script, a style or a comment holds is never shown.
_HIDDEN_RE = re.compile(
    r"<(script|style)\b[^<>]{0,300}>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
#: Tags a browser shows as a line break (paragraphs, line breaks, list items, headings, table
#: rows), as a tab (table cells, as a browser copies them), or as nothing (the rest: bold,
#: links, spans).
_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr table thead tbody section article blockquote hr "
    "header footer figure figcaption main nav aside pre dl dt dd html head body title".split()
)
_CELL_TAGS = frozenset({"td", "th"})
_ROW_TAGS = frozenset({"tr", "td", "th"})
_INLINE_TAGS = frozenset(
    "b i u s a em strong span font small big sup sub mark abbr time code label del ins strike "
    "img wbr nobr q cite meta link".split()
)

#: The longest line of a hard-wrapped text: PDFs, e-mails and terminals wrap at 40–100
#: characters; a text whose lines are paragraphs has longer ones.
_WRAP_WIDTHS = (30, 160)
#: A line at least this share of the longest is full: the wrap, not the writer, ended it.
_FULL_LINE = 0.6
_LOWER = "a-zа-яёәіңғүұқөһ"
#: A line end no sentence, heading or table row has: a comma, a dash or a lowercase word.
_RUNS_ON_END_RE = re.compile(rf"(?:[,–—-]|[{_LOWER}]{{2}})$")
#: A line end that links to what follows: a comma, a dash or a word of one to three letters
#: («в», «на», «и», «по», «от»).
_LINKING_END_RE = re.compile(rf"(?:[,–—-]|(?<![\w-])[{_LOWER}]{{1,3}})$")
#: A line end in a conjunction longer than three letters, which no heading ends in («а также»,
#: «либо», «және», «сондай-ақ», also in the Latin alphabets: «sondaı-aq», «jáne»).
_CONJUNCTION_END_RE = re.compile(
    r"(?<![\w-])(?:также|либо|или|және|сондай-ақ|jáne|jane|sondaı-aq|sondai-aq)$", re.IGNORECASE
)
#: A line that runs on from the one before: it starts with a lowercase word.
_RUNS_ON_START_RE = re.compile(rf"[ \t]*[{_LOWER}]")
#: A digit group broken by the wrap: «свыше 1» at a line end, «100 преступлений» after it.
_BROKEN_GROUP_RE = re.compile(rf"(?<![\d,.])\d{{1,3}}\n[ \t]*\d{{3}} [{_LOWER}]")
#: A line end that closes a sentence or a heading («…тенге.», «Итоги:»).
_ENDS_BLOCK_RE = re.compile(r"[.!?:;…]$")
_DASHES = "-–—"
_WORD_RE = re.compile(r"\w+")
#: A line that starts a list item: a bullet, a dash, a number with a point or a bracket, or an
#: emoji or symbol a messenger post marks its lines with («📦 алдын ала төлем – 11»).
_LIST_ITEM_RE = re.compile(
    rf"[ \t]*(?:[{_DASHES}•*·]\s|\d{{1,2}}[.)]\s|[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?)"
)
#: A site's address at a line's start: «Sarbaz.kz», «Zakon.kz», «ria.ru».
_SITE_RE = re.compile(r"\w[\w-]*(?:\.[\w-]+)*\.(?:kz|ru|kg|uz|by|com|org|net|info|media|su)(?!\w)")
#: A line numbered as a list item, with its number: «2. », «3) ».
_NUMBERED_ITEM_RE = re.compile(r"^[ \t]*(\d{1,2})[.)]\s", re.MULTILINE)
#: A kind of place abbreviated after a word, before the place's name: «жителей п.», «в с.»,
#: «в г.» (not «в 2023 г.», a year).
_PLACE_BEFORE_NAME_RE = re.compile(r"(?<![\d\s])\s+(?:г|п|с|пос|д|мкр|пгт)\.$")
#: A point after an abbreviation of a year, a scale, a currency or a place («в 2023 г.»).
_ABBREVIATION_END_RE = re.compile(
    r"(?<![^\W\d_])(?:г|гг|тыс|млн|млрд|трлн|руб|тг|обл|р-н|ул|ст|ч|им|см)\.$", re.IGNORECASE
)


#: Latin letters that look like Cyrillic ones, and those Cyrillic letters: in a word that mixes
#: both scripts («зарегистрирoвано» with a Latin «o», from a PDF or an OCR), the Latin ones are
#: the Cyrillic look-alikes. Kazakh «і» is the look-alike of Latin «i».
_LOOK_ALIKES = str.maketrans("aeopcxyiAEOPCXYHBTKMI", "аеорсхуіАЕОРСХУНВТКМІ")
_LATIN_RUN_RE = re.compile(r"[a-zA-Z]+")
_CYRILLIC_RE = re.compile(r"[а-яёА-ЯЁәіңғүұқөһӘІҢҒҮҰҚӨҺ]")


@dataclass(frozen=True)
class PlainText:
    """The plain text and, for each of its characters, the offset in the text as given."""

    text: str
    offsets: tuple[int, ...] | None = None  # None: every character where it was
    #: The text as given, kept when its Latin-script Kazakh words were respelt in Cyrillic
    #: letters: a quote is then taken from it, as published.
    latin_source: str | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the text as given of ``text[start:end]`` (a non-empty span)."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """``text[start:end]`` as the reader saw it: from the text as given when that was in
        the Latin script (respelt words are no quote), else from the plain text."""
        if self.latin_source is None or start >= end:
            return self.text[start:end]
        start, end = self.span(start, end)
        quoted = self.latin_source[start:end]
        return _edited(quoted, _markup_edits(quoted))[0]  # as published, without tags or stars

    def spans(self, starts, ends) -> tuple[list[int], list[int]]:
        """:meth:`span` of each pair: the starts and the ends in the text as given."""
        pairs = [self.span(s, e) for s, e in zip(starts, ends, strict=True)]
        return [s for s, _ in pairs], [e for _, e in pairs]


def plain_text(text: str) -> PlainText:
    """``text`` without invisible characters, with runs of spaces or tabs as one space (one tab
    when the run holds a tab or parts the columns of a table aligned by spaces: the cells of a
    table), HTML character references as the
    characters they stand for, HTML tags as what a browser shows in their place (a line break,
    a tab between table cells, or nothing), the lines of a hard-wrapped
    paragraph joined, keycap digits («1️⃣») as list numbers («1.»), and Kazakh words in the Latin
    alphabet spelt in Cyrillic letters.

    Parameters
    ----------
    text : str
        A press text as copied from a page.

    Returns
    -------
    PlainText
        The plain text and the map of its offsets back to ``text``.

    Examples
    --------
    >>> plain = plain_text("обл\\u00adасти  1 204 факта")
    >>> plain.text
    'области 1 204 факта'
    >>> start = plain.text.index("1 204")
    >>> plain.span(start, start + 5)
    (10, 15)
    >>> wrapped = "За 2025 год в области зарегистрировано свыше 1\\n100 фактов мошенничества, ущерб составил\\n2 млрд."
    >>> plain_text(wrapped).text
    'За 2025 год в области зарегистрировано свыше 1 100 фактов мошенничества, ущерб составил 2 млрд.'
    >>> plain_text("<p>Ущерб – <strong>1,6 млрд</strong> тенге.</p>").text
    '\\nУщерб – 1,6 млрд тенге.\\n'
    """
    given = text
    # tags and emphasis first: «2</strong> ,5» and «**2** ,5» are «2 ,5», which the other
    # edits then read
    text, untagged = _edited(text, _markup_edits(text))
    # a table aligned by spaces, its cells parted by tabs before any line is joined
    text, tabbed = _edited(text, spaced_table_edits(text))
    if tabbed is not None:
        untagged = tabbed if untagged is None else tuple(untagged[k] for k in tabbed)
    text = _one_script_per_word(text)  # same length: offsets do not move
    respelt = latin_edits(text)
    edits = _line_joins(text) + _noise_edits(text) + _entity_edits(text) + _keycaps(text)
    edits += respelt
    plain, offsets = _edited(text, edits)
    if untagged is not None:
        offsets = tuple(untagged[k] for k in (offsets or range(len(plain))))
    return PlainText(plain, offsets, given if respelt else None)


#: A keycap digit a messenger numbers a list with («1️⃣ Покупки в интернете — 248»): the digit,
#: an optional variation selector and the combining keycap.
_KEYCAP_RE = re.compile(r"(\d)\ufe0f?\u20e3")


def _keycaps(text: str) -> list[tuple[int, int, str]]:
    """Edits that write each keycap digit as the list number it shows («1️⃣» as «1.»)."""
    return [(m.start(), m.end(), m.group(1) + ".") for m in _KEYCAP_RE.finditer(text)]


def _edited(text: str, edits: list) -> tuple[str, tuple[int, ...] | None]:
    """``text`` with ``edits`` (``(start, end, replacement[, offsets])``) made, and the offset
    in ``text`` of each character of the result (None when there was nothing to edit)."""
    if not edits:
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for start, end, replacement, *where in sorted(edits, key=lambda edit: (edit[0], -edit[1])):
        if start < last:  # inside an edit already made («  \n» is one line join)
            continue
        parts.append(text[last:start])
        offsets.extend(range(last, start))
        parts.append(replacement)
        offsets.extend(where[0] if where else [start] * len(replacement))
        last = end
    parts.append(text[last:])
    offsets.extend(range(last, len(text)))
    return "".join(parts), tuple(offsets)


def _noise_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` of each invisible character and run of spaces to fix."""
    if not _may_be_noisy(text):
        return []
    return [(m.start(), m.end(), _space_for(m.group(), text[m.end() : m.end() + 1]))
            for m in _NOISE_RE.finditer(text)]  # fmt: skip


def _space_for(run: str, following: str) -> str:
    """What a run of spaces or an invisible character becomes: one space; one tab when the run
    holds a tab (the cells of a table row stay parted, :mod:`fraud_research.text.tables`);
    nothing for an invisible character or before a decimal comma."""
    if run[0] not in " \t" or following == ",":
        return ""
    return "\t" if "\t" in run else " "


def _entity_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, character)`` of each HTML character reference («1&nbsp;204», «&laquo;»,
    «&#8212;») in a text copied from a page's source: what a browser shows in its place."""
    if "&" not in text:
        return []
    edits = []
    for match in _ENTITY_RE.finditer(text):
        shown = html.unescape(match.group())
        if shown != match.group():
            edits.append((match.start(), match.end(), " " if shown.isspace() else shown))
    return edits


def _markup_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` of each HTML tag and each emphasis mark (:data:`_MARKUP_RE`):
    what a browser or a messenger shows in their place."""
    return _tag_edits(text) + [(m.start(), m.end(), "") for m in _MARKUP_RE.finditer(text)]


def _tag_edits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` of each HTML tag in a text copied from a page's source,
    and of each script or style with what it holds: what a browser shows in their place."""
    if "<" not in text:
        return []
    edits = [(m.start(), m.end(), "") for m in _HIDDEN_RE.finditer(text)]
    for match in _TAG_RE.finditer(text):
        name = match.group(1).lower()
        if name in _ROW_TAGS and match.group().startswith("</"):
            # a row or a cell starts where its opening tag is: its closing tag adds no line
            # or cell of its own, so the rows of a table stay next to each other
            edits.append((match.start(), match.end(), ""))
        elif name in _BLOCK_TAGS:
            edits.append((match.start(), match.end(), "\n"))
        elif name in _CELL_TAGS:  # a tab parts the cells, as a browser copies a table
            edits.append((match.start(), match.end(), "\t"))
        elif name in _INLINE_TAGS:
            edits.append((match.start(), match.end(), ""))
    return edits


def _line_joins(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` of each line break inside a hard-wrapped paragraph.

    Text copied from a PDF, an e-mail or a terminal is wrapped at a fixed width, and a break
    there may fall inside a number («свыше 1\\n100 преступлений») or after the hyphen of
    «млн-\\nнан». A text is taken as wrapped when its longest line is of a wrapping width and
    at least one full line (:func:`_full`) plainly runs on (:func:`_runs_on`);
    then every break after a full line that ends no sentence or heading and starts no list item
    is a space, and a break after a hyphen joins the word (without the hyphen when only the
    joined Russian word is in the dictionary: «мошен-\\nничества»).
    """
    if "\n" not in text:
        return []
    lines = list(re.finditer(r"^.*$", text, flags=re.MULTILINE))
    # a running header or a table row laid out by runs of spaces is no line of the wrapped prose
    prose = [line for line in lines if not _LAID_OUT_RE.search(line.group().strip())] or lines
    width = max(len(line.group().rstrip()) for line in prose)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return []
    # a row of a table ends its line, whatever its last cell is
    breaks = [
        (line, following)
        for line, following in zip(lines, lines[1:], strict=False)
        if following.group().strip()
        and not (is_table_row(line.group()) or is_table_row(following.group()))
        and _full(line.group().rstrip(), following.group(), width)
    ]
    if not any(_runs_on(line.group().rstrip(), following.group()) for line, following in breaks):
        return []
    numbered = frozenset(int(item) for item in _NUMBERED_ITEM_RE.findall(text))
    edits, joined = [], set()
    for line, following in breaks:
        # a line joined to the one before is no list item, whatever it starts with
        edit = _join(text, line, following, numbered=numbered, joined=line.start() in joined)
        if edit:
            edits.append(edit)
            joined.add(following.start())
    return edits


#: Runs of spaces or a tab inside a line: a layout, not prose («ОБЗОР …      Прокуратура …»).
_LAID_OUT_RE = re.compile(r"\S(?: {3,}|\t)\S")


def _full(ending: str, following: str, width: int) -> bool:
    """Whether the wrap, not the writer, ended the line ``ending``: it fills most of ``width``,
    or the first word of ``following`` would not have fit on it («с использованием\\n
    информационно-телекоммуникационных технологий» wraps a short line before a long word)."""
    first = following.split(maxsplit=1)[0] if following.strip() else ""
    return len(ending) >= _FULL_LINE * width or bool(first) and len(ending) + 1 + len(first) > width


def _runs_on(ending: str, following: str) -> bool:
    """Whether the line ``ending`` so plainly runs on into ``following`` that the text is wrapped."""
    return bool(
        _RUNS_ON_START_RE.match(following)
        or _RUNS_ON_END_RE.search(ending)
        or _BROKEN_GROUP_RE.search(ending[-4:] + "\n" + following[:8])
    )


def _breaks_sentence(
    ending: str, following: str, *, numbered: frozenset[int] = frozenset(), joined: bool = False
) -> bool:
    """Whether the break between the full line ``ending`` and ``following`` is inside a sentence.

    A lowercase word after it always runs on. A point after an abbreviation («в 2023 г.»,
    «1,5 тыс.») ends no sentence unless a capital follows, nor after a kind of place before
    its name («жителей п.\\nДобринка»), and an ellipsis none before a
    number («всего…\\n1,58!»). Other sentence ends stay. Before a
    capital the line must end in a comma, a dash, a short linking word («в», «на», «и») or a
    conjunction («также», «сондай-ақ»), or
    the capital must start a name («жителей\\nОренбургской области», «Бұл туралы\\nSarbaz.kz»)
    or follow an adjective («в Российской\\nФедерации»), as a heading may end in any other word.
    List items stay, with two exceptions. A dash joins a line that plainly runs on («в 2022
    году\\n— уже 4332», «625\\n— кибермошенничество») when that line is no list item
    itself (``joined``: it was joined to the line before), or is an item still waiting for its
    number («- предложение заработка\\n— 4 случая»). A number with a point joins when it is no
    item of a list: the text has no line numbered one less (``numbered``), as in «из них
    раскрыто\\n16. Причиненный ущерб …».
    """
    first = following.lstrip()[:1]
    if _RUNS_ON_START_RE.match(following):
        return True
    if _PLACE_BEFORE_NAME_RE.search(ending):
        return True  # «жителей п.\nДобринка»: the place's name follows its kind
    if _ABBREVIATION_END_RE.search(ending):
        return not first.isupper()
    if ending.endswith("…") and first.isdigit():
        return True
    if _ENDS_BLOCK_RE.search(ending):
        return False
    if first.isupper():  # a heading may end in a word: join only what cannot end one
        return (
            _LINKING_END_RE.search(ending) is not None
            or _CONJUNCTION_END_RE.search(ending) is not None
            or _name_follows(following)
            or _adjective_ends(ending)
        )
    if not _LIST_ITEM_RE.match(following):
        return True
    runs_on = _RUNS_ON_END_RE.search(ending) is not None
    number = _NUMBERED_ITEM_RE.match(following)
    if number is not None:
        return runs_on and int(number.group(1)) > 1 and int(number.group(1)) - 1 not in numbered
    if first not in _DASHES or not (runs_on or ending[-1] in "0123456789%"):
        return False
    waiting = re.match(rf"[ \t]*[{_DASHES}]\s*\d", following) and not re.search(r"\d", ending)
    return joined or not _LIST_ITEM_RE.match(ending) or bool(waiting)


def _join(
    text: str, line: re.Match, following: re.Match, *, numbered: frozenset[int], joined: bool
) -> tuple[int, int, str] | None:
    """The edit that joins ``line`` to the ``following`` one, or None to keep the break.

    ``numbered`` are the numbers of the text's numbered lines; ``joined`` tells that ``line``
    was itself joined to the line before it.
    """
    ending = line.group().rstrip()
    start = line.start() + len(ending)
    inside = _inside_brackets(text, start)  # no heading or list item opens inside a bracket
    if not inside and not _breaks_sentence(
        ending, following.group(), numbered=numbered, joined=joined
    ):
        return None
    end = following.start() + len(following.group()) - len(following.group().lstrip())
    hyphenated = re.search(r"(\w+)-$", ending)
    if hyphenated is None:
        return start, end, " "
    rest = _WORD_RE.match(text, end)
    if rest and _hyphen_breaks_word(hyphenated.group(1), rest.group()):
        return start - 1, end, ""
    return start, end, ""


#: How far back a bracket or quote may have been opened for a wrapped line to be inside it.
_BRACKET_REACH = 300


def _inside_brackets(text: str, at: int) -> bool:
    """Whether ``at`` lies inside a bracket or quote opened earlier in its paragraph and not yet
    closed: «дело по «Антарес\nТрейд»», «(2017 ж\n- 74, 2018 ж - 103)», «"Надежда"» (a
    blank line or :data:`_BRACKET_REACH` characters back ends the search)."""
    start = max(text.rfind("\n\n", 0, at), at - _BRACKET_REACH, 0)
    before = text[start:at]
    return (
        before.count("(") > before.count(")")
        or before.count("«") > before.count("»")
        or before.count('"') % 2 == 1
    )


def _name_follows(following: str) -> bool:
    """Whether ``following`` starts with a name inside a sentence («Оренбургской области»), or
    a site's address, as an outlet is named («Sarbaz.kz», «Tengrinews.kz»)."""
    if _SITE_RE.match(following.lstrip()):
        return True
    word = _WORD_RE.match(following.lstrip())
    return word is not None and is_name_inside_sentence(word.group())


def _adjective_ends(ending: str) -> bool:
    """Whether ``ending`` ends in a Russian adjective or participle, whose noun is to follow
    («в Российской\\nФедерации»)."""
    word = re.search(r"\w+$", ending)
    return word is not None and part_of_speech(word.group()) in {"ADJF", "PRTF"}


def _hyphen_breaks_word(left: str, right: str) -> bool:
    """Whether «left-» at a line end and «right» are one Russian word broken by a hyphen."""
    return (
        right[:1].islower()
        and is_known_russian_word(left + right)
        and not is_known_russian_word(right)
    )


def _may_be_noisy(text: str) -> bool:
    """A quick look (substring searches) for anything :data:`_NOISE_RE` may find."""
    return any(mark in text for mark in ("  ", "\t", " ,", *_INVISIBLE))


def _one_script_per_word(text: str) -> str:
    """Runs of Latin look-alikes beside a Cyrillic letter («зарегистрирoвано», «cyммa») as the
    Cyrillic letters they look like; a run with a letter that has none («Halykбанк») is a
    Latin word and stays."""
    fixed = []
    for run in _LATIN_RUN_RE.finditer(text):
        start, end = run.span()
        beside = text[start - 1 : start] + text[end : end + 1]
        if _CYRILLIC_RE.search(beside):
            cyrillic = run.group().translate(_LOOK_ALIKES)
            if not _LATIN_RUN_RE.search(cyrillic):
                fixed.append((start, end, cyrillic))
    if not fixed:
        return text
    parts, last = [], 0
    for start, end, cyrillic in fixed:
        parts += [text[last:start], cyrillic]
        last = end
    return "".join(parts) + text[last:]
