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
    # a page's source: each paragraph in «<p>», each figure in bold, no line breaks left
    "HTML tags": lambda t: "".join(
        f"<p>{line}</p>" if line.strip() else ""
        for line in re.sub(r"\d+(?:[ ,.]\d+)*", r"<strong>\g<0></strong>", t).split("\n")
    ),
    # a messenger post: each figure in bold («**843**»), as Telegram and Markdown write it
    "Markdown bold": lambda t: re.sub(r"\d+(?:[ ,.]\d+)*", r"**\g<0>**", t),
    "wrapped at 60 characters": lambda t: hard_wrapped(t, 60),
    "wrapped at 40 characters": lambda t: hard_wrapped(t, 40),
}


#: Kazakh Cyrillic letters in the two official Latin alphabets, as a writer spells them (the
#: decree's rules, written here independently of the library's tables that read them back).
_LATIN = {
    "2018": dict(
        zip(
            "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
            "a á b v g ǵ d e ıo j z ı ı k q l m n ń o ó p r s t ý u ú f h h ts ch sh shsh - y i - e ıý ıa".split(),
            strict=True,
        )
    ),
    "2021": dict(
        zip(
            "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
            "a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ch ş şş - y ı - e iu ia".split(),
            strict=True,
        )
    ),
}
#: Capitals that are not the plain ``str.upper`` of the small letter: 2018's «ı» and «i» have
#: one capital «I»; 2021's «i» is «İ» and its «ı» is «I».
_CAPITALS = {"2018": {"ı": "I", "i": "I"}, "2021": {"i": "İ", "ı": "I"}}


def kazakh_in_latin(text: str, alphabet: str) -> str:
    """A Cyrillic Kazakh text spelt in the Latin alphabet of 2018 or 2021."""
    letters, capitals = _LATIN[alphabet], _CAPITALS[alphabet]
    out = []
    for char in text:
        latin = letters.get(char.lower())
        if latin is None:
            out.append(char)
            continue
        latin = "" if latin == "-" else latin
        if char.isupper() and latin:
            latin = capitals.get(latin[0], latin[0].upper()) + latin[1:]
        out.append(latin)
    return "".join(out)


#: Scripts a Kazakh passage is also published in: it should read as in Cyrillic.
SCRIPTS = {
    "Latin alphabet of 2018": lambda t: kazakh_in_latin(t, "2018"),
    "Latin alphabet of 2021": lambda t: kazakh_in_latin(t, "2021"),
}
