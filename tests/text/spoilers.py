"""Ways pages spoil a press text that a reader still reads the same.

Used by ``test_plain_text.py`` (on generated lead sentences) and by
``benchmarks/spoiled_text.py`` (on every corpus passage).
"""

import re


def hard_wrapped(text: str, width: int) -> str:
    """``text`` wrapped as a PDF or an e-mail wraps it: the last space before ``width`` of each
    line becomes a line break (so offsets do not move); line breaks already there stay."""
    chars, line_start, space = list(text), 0, -1
    for i, char in enumerate(chars):
        if char == " ":
            space = i
        elif char == "\n":
            line_start, space = i + 1, -1
        if i - line_start >= width and space > line_start:
            chars[space] = "\n"
            line_start = space + 1
    return "".join(chars)


SPOILERS = {
    "soft hyphens": lambda t: re.sub(r"(?<=[а-яә]{3})(?=[а-яә]{3})", "\u00ad", t),
    "zero-width spaces": lambda t: t.replace(" ", " \u200b"),
    # not between digits: there a run of spaces parts the columns of a table
    "double spaces": lambda t: re.sub(r" (?!\d)|(?<!\d) ", "  ", t),
    "Latin look-alikes": lambda t: re.sub(
        r"(?<=\w)[оеа](?=\w)", lambda m: "oea"["оеа".index(m.group())], t
    ),
    "byte-order mark": lambda t: "\ufeff" + t,
    # a page's source: a no-break space in numbers and before units, entities for quotes, dashes
    "HTML character references": lambda t: (
        re.sub(r"(?<=\d) (?=\d|млн|млрд|тыс|тенге|руб)", "&nbsp;", t)
        .replace("«", "&laquo;")
        .replace("»", "&raquo;")
        .replace("–", "&ndash;")
        .replace("—", "&#8212;")
    ),
    "wrapped at 60 characters": lambda t: hard_wrapped(t, 60),
    "wrapped at 40 characters": lambda t: hard_wrapped(t, 40),
}
