"""A press text without what a page leaves in it but a reader never sees.

Pages copied from the web carry soft hyphens («обл\\xadасти»), zero-width spaces and joiners,
byte-order marks, and runs of spaces or tabs where a layout was flattened («за  2025  год»);
PDFs and OCR leave Latin look-alikes inside Cyrillic words («зарегистрирoвано» with a Latin
«o»). A reader sees «области», «за 2025 год» and «зарегистрировано»; the rules read words and
digit groups, so they read the text :func:`plain_text` gives, and the offsets of what they find
are mapped back to the text as given (:meth:`PlainText.span`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Characters a browser does not show: soft hyphen, zero-width space, non-joiner, joiner,
#: word joiner, byte-order mark.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: A run of spaces or tabs (not line breaks, which end a heading or a paragraph) longer than
#: one character, or any character to drop. A run between two digits stays: it parts the
#: columns of a table («1 204  350»), not the groups of one number. A space before a decimal
#: comma («2 ,5 трлн») is dropped.
_NOISE_RE = re.compile(rf"[{_INVISIBLE}]|(?<!\d)[ \t]{{2,}}|[ \t]{{2,}}(?!\d)|(?<=\d) +(?=,\d)")


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

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the text as given of ``text[start:end]`` (a non-empty span)."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1

    def spans(self, starts, ends) -> tuple[list[int], list[int]]:
        """:meth:`span` of each pair: the starts and the ends in the text as given."""
        pairs = [self.span(s, e) for s, e in zip(starts, ends, strict=True)]
        return [s for s, _ in pairs], [e for _, e in pairs]


def plain_text(text: str) -> PlainText:
    """``text`` without invisible characters and with runs of spaces or tabs as one space.

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
    """
    text = _one_script_per_word(text)  # same length: offsets do not move
    if not _may_be_noisy(text) or not _NOISE_RE.search(text):
        return PlainText(text)
    parts: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _NOISE_RE.finditer(text):
        parts.append(text[last : match.start()])
        offsets.extend(range(last, match.start()))
        if match.group()[0] in " \t" and text[match.end() : match.end() + 1] != ",":
            parts.append(" ")
            offsets.append(match.start())
        last = match.end()
    parts.append(text[last:])
    offsets.extend(range(last, len(text)))
    return PlainText("".join(parts), tuple(offsets))


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
