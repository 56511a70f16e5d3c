"""The tokenizer and number reader: digits, number words and scale words, currency and bounds.

:func:`tokenize` splits a text; :func:`scan_number` reads the amount at a token («1 млрд 665 млн
783 тыс.», «3 тыс. 249», «204 с лишним миллиона»), :func:`read_after` its currency and a bound
after it. One phrase alone is read by :func:`fraud_research.text.amount_phrase.parse_amount`;
every number of a text by :mod:`fraud_research.text.read`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from . import bound_words, cues, number_word_cues
from .bound_words import ABLATIVE_RE, APPROX_SUFFIX, MORE_THAN_AFTER, postposed_qualifier
from .currency_words import country_adjective_end, currency_of

SPACES = " \u00a0\u202f\u2009\u2007"


_SP = f"[{SPACES}]"

#: What a thin space between digit groups becomes when a page is saved in the wrong
#: encoding («11?507», «11�507»): read as a group separator only between digits.
_LOST_SPACE = "?�"
_LOST_SPACE_RE = re.compile(f"[{_LOST_SPACE}]")


#: Scale words; the ordinals («тысячный», «миллионный») are none.
_SCALES: tuple[tuple[str, int], ...] = (
    (r"трлн|триллион(?:нан\w*|(?!н)\w*)|trillion\w*|trln", 10**12),
    # «биллион», the old Russian word for a thousand millions («90 биллионов рублей»)
    (r"млрд|миллиард(?!н)\w*|биллион(?!н)\w*|milliard\w*|billion\w*|mlrd|bln|bn", 10**9),
    # the Kazakh ablative «миллионнан» is a scale word, the ordinal «миллионный» none
    (r"млн|миллион(?:нан\w*|(?!н)\w*)|million\w*|mln|mn", 10**6),
    (r"тыс|тысяч(?!н)\w*|тыщ\w*|мың\w*|myń\w*|myn|mynnan|thousand\w*", 10**3),
)


# a Kazakh case ending may be glued to an abbreviation with a hyphen: «400 млн-нан астам»
_SCALE_RES = tuple((re.compile(rf"(?:{p})(?:-[^\W\d_]+)?", re.I), v) for p, v in _SCALES)


_WORD_NUMBERS: tuple[tuple[str, int], ...] = (
    # Russian, in their common case forms
    (r"од(?:ин|на|ну|но|ного|ной|ному|ним)", 1),
    (r"дв(?:а|е|ух|ум|умя)", 2),
    (r"тр(?:и|ех|ёх|ем|ём|емя)", 3),
    (r"четыр(?:е|ех|ёх|ем|ём|ьмя)", 4),
    (r"пят(?:ь|и|ью)", 5),
    (r"шест(?:ь|и|ью)", 6),
    (r"сем(?:ь|и|ью)", 7),
    (r"вос(?:емь|ьми|емью|ьмью)", 8),
    (r"девят(?:ь|и|ью)", 9),
    (r"десят(?:ь|и|ью)", 10),
    (r"одиннадцат[ьи]", 11),
    (r"двенадцат[ьи]", 12),
    (r"тринадцат(?:ь|и|ью)", 13),
    (r"четырнадцат(?:ь|и|ью)", 14),
    (r"пятнадцат(?:ь|и|ью)", 15),
    (r"шестнадцат(?:ь|и|ью)", 16),
    (r"семнадцат(?:ь|и|ью)", 17),
    (r"восемнадцат(?:ь|и|ью)", 18),
    (r"девятнадцат(?:ь|и|ью)", 19),
    (r"двадцат(?:ь|и|ью)", 20),
    (r"тридцат(?:ь|и|ью)", 30),
    (r"сорок(?:а)?", 40),
    (r"пят(?:ьдесят|идесяти|ьюдесятью)", 50),
    (r"шест(?:ьдесят|идесяти|ьюдесятью)", 60),
    (r"сем(?:ьдесят|идесяти|ьюдесятью)", 70),
    (r"вос(?:емьдесят|ьмидесяти|емьюдесятью)", 80),
    (r"девяност[оа]", 90),
    (r"ст[оа]", 100),
    (r"двест[иа]|двухсот", 200),
    (r"трист[аа]|трехсот|трёхсот", 300),
    (r"четырест[аа]|четырехсот|четырёхсот", 400),
    (r"пятьсот|пятисот", 500),
    (r"шестьсот|шестисот", 600),
    (r"семьсот|семисот", 700),
    (r"восемьсот|восьмисот", 800),
    (r"девятьсот|девятисот", 900),
    (r"полтор(?:а|ы|ух)|полутора", Decimal("1.5")),
    # Kazakh (Cyrillic and Latin script)
    (r"бір|bir", 1),
    (r"екі|eki", 2),
    (r"үш|úsh|ush", 3),
    (r"төрт|tórt", 4),
    (r"бес|bes", 5),
    (r"алты|alty", 6),
    (r"жеті|jeti", 7),
    (r"сегіз|segiz", 8),
    (r"тоғыз|toǵyz", 9),
    (r"он|on", 10),
    (r"жиырма|jıyrma", 20),
    (r"отыз|otyz", 30),
    (r"қырық|qyryq", 40),
    (r"елу|elý", 50),
    (r"алпыс|alpys", 60),
    (r"жетпіс|jetpis", 70),
    (r"сексен|seksen", 80),
    (r"тоқсан|toqsan", 90),
    (r"жүз|júz", 100),
    (r"жарты|jarty", Decimal("0.5")),
    # English
    (r"one|a", 1),
    (r"two", 2),
    (r"three", 3),
    (r"four", 4),
    (r"five", 5),
    (r"six", 6),
    (r"seven", 7),
    (r"eight", 8),
    (r"nine", 9),
    (r"ten", 10),
    (r"twenty", 20),
    (r"hundred", 100),
)


#: A Kazakh ablative or dative ending on a number word: «жүзден астам», «екі жүзге жуық»; or the
#: possessive of a part («олардың жетпіс екісі», «отызы»: seventy-two, thirty of them).
#: Not on «бір» («бірге» together, «бірден» at once), «он» or «тоқсан» (a quarter).
_KAZAKH_CASE_ENDING = r"(?:[дтн][еа]н|[гкғқ][еа]|с?[ыі])?"
_KAZAKH_WITH_ENDINGS = ("екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "жиырма",
                        "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "жүз")  # fmt: skip
_KAZAKH_ENDING_RE = re.compile(_KAZAKH_CASE_ENDING)
_WORD_NUMBER_RES = tuple(
    (
        re.compile(
            f"(?:{p}){_KAZAKH_CASE_ENDING}" if p.split("|")[0] in _KAZAKH_WITH_ENDINGS else p,
            re.I,
        ),
        Decimal(v),
    )
    for p, v in _WORD_NUMBERS
)


HALF_SCALE = re.compile(r"(пол(?:у)?)(миллиард\w*|миллион\w*|тысяч\w*)", re.I)


CURRENCY_SYMBOLS = cues.CURRENCY_SYMBOLS


_YEAR_WORD_RE = re.compile(r"(?:год\w*|г|гг|жыл\w*|ж|jyl\w*|year\w*|м|го|ші|шы|ы|і)$", re.I)


_TOKEN_RE = re.compile(
    rf"(?P<phone>(?:\+7|\b8)[\s\-(]*\d{{3}}[\s\-)]*\d{{3}}[\s\-]*\d{{2}}[\s\-]*\d{{2}}\b"
    # a city number with a four-digit area code: «+7 7142 50 12 34», «8 7172 55-12-34»
    rf"|(?:\+7|\b8)[\s\-(]*\d{{4}}[\s\-)]*\d{{2}}[\s\-]*\d{{2}}[\s\-]*\d{{2}}\b"
    # a number of Kyrgyzstan, Uzbekistan, Belarus, Tajikistan or Turkmenistan: «+996 555 12 34 56»
    rf"|\+(?:996|998|375|992|993)[\s\-(]*\d{{2,3}}[\s\-)]*\d{{2,3}}[\s\-]*\d{{2}}[\s\-]*\d{{2,3}}\b"
    # a mobile operator's prefix alone: «с номеров, начинающихся на +7 700 и +7 747»
    rf"|\+7[\s(]*[79]\d\d\)?(?![\s\-)]*\d)"
    # a local number in hyphenated groups, the last two of two digits, after an optional trunk
    # and area code: «2-32- 70», «8(86196) 7-19-64», «8 7172 58-00-58»
    rf"|(?:(?:\+7|\b8)\s?(?:\(\d{{3,5}}\)|\d{{3,5}})\s?)?(?<![\d.,-])\d{{1,3}}(?:-\s?\d{{2}}){{2}}(?![\d-]))"
    # a dotted date «27.01.2021», or a time of day «14:00» (not a score «2:1» nor «1:30:15»)
    rf"|(?P<date>\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:\d))"
    # a decimal comma a typist followed by a space, before a scale word: «3, 5 тысячи»
    rf"|(?P<num>\d{{1,3}},{_SP}\d(?={_SP}+(?:тыс|млн|млрд|трлн|миллион|миллиард|биллион|мың))|\d{{1,3}}(?:,\d{{3}}){{2,}}(?!\d)|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?!\d)|\d{{1,3}}(?:[{SPACES}{_LOST_SPACE}]\d{{3}})+(?:[.,]\d{{1,2}}(?!\d))?(?!\d)|\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?P<sym>\S)"
)


@dataclass(slots=True)
class Token:
    kind: str
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split a text into digit groups, words and symbols, with their offsets.

    Examples
    --------
    >>> [(t.kind, t.text) for t in tokenize("843 факта, 1 200 000 тг")]
    [('num', '843'), ('word', 'факта'), ('sym', ','), ('num', '1 200 000'), ('word', 'тг')]
    """
    tokens = [Token(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    if "-" not in text:
        return tokens
    out = []
    for token in tokens:
        if token.kind == "word" and "-" in token.text:
            out.extend(_number_word_range(token))
        else:
            out.append(token)
    return out


def _number_word_range(token: Token) -> list[Token]:
    """«пяти-шести» is two number words and a dash (a range); any other word stays whole."""
    parts = token.text.split("-")
    if len(parts) != 2 or any(word_number(part) is None for part in parts):
        return [token]
    first_end = token.start + len(parts[0])
    return [
        Token("word", parts[0], token.start, first_end),
        Token("sym", "-", first_end, first_end + 1),
        Token("word", parts[1], first_end + 1, token.end),
    ]


@lru_cache(maxsize=4096)
def scale_of(word: str) -> int | None:
    """The power of ten a scale word stands for («млн» → 10**6), or None.

    Examples
    --------
    >>> scale_of("миллиарда"), scale_of("мыңнан"), scale_of("млн-нан"), scale_of("факта")
    (1000000000, 1000, 1000000, None)
    """
    for pattern, value in _SCALE_RES:
        if pattern.fullmatch(word):
            return value
    return None


@lru_cache(maxsize=65536)
def word_number(word: str) -> Decimal | None:
    """The value of a number word («двух» → 2, «жүз» → 100), or None.

    Examples
    --------
    >>> word_number("двух"), word_number("жүз"), word_number("факт")
    (Decimal('2'), Decimal('100'), None)
    """
    for pattern, value in _WORD_NUMBER_RES:
        if pattern.fullmatch(word):
            return value
    return None


def bare_word_value(low: str, language: str) -> int | None:
    """The count a number word without a scale word gives (0 for a vague «сотни»), or None.

    Collective, pair and vague words come from :data:`number_word_cues.NUMBER_WORDS`; other Russian
    number words of two or more in any case form from :func:`word_number` («трем»,
    «двум»: what was given to three women, by two facts); «один» alone is not a count (rule 1,
    but see :func:`~fraud_research.text.candidates.registered_one`),
    nor a Kazakh or English number word in a Russian text («он» is «he»).

    Examples
    --------
    >>> bare_word_value("трем", "ru"), bare_word_value("двое", "ru"), bare_word_value("одной", "ru")
    (3, 2, None)
    >>> bare_word_value("екеуі", "kk"), bare_word_value("семью", "ru"), bare_word_value("он", "ru")
    (2, None, None)
    """
    table = number_word_cues.NUMBER_WORDS["kk" if language == "kk" else "ru"]
    if low in table or low in cues.FRACTION_WORDS:
        return table.get(low, cues.FRACTION_WORDS.get(low))
    if language == "kk":
        return kazakh_case_form(low)
    if low in number_word_cues.NOT_NUMBER_WORDS or low in number_word_cues.NUMBER_WORDS["kk"]:
        return None  # «он» in a Russian text is «he», not the Kazakh ten
    if low.isascii():
        return None
    value = word_number(low)
    if value is None or value < 2 or value != value.to_integral_value():
        return None
    return int(value)


def kazakh_case_form(low: str) -> int | None:
    """The value of a Kazakh number word with an ablative or dative ending («алтыдан» → 6,
    «жүзге» → 100), or None for a word without one.

    Examples
    --------
    >>> kazakh_case_form("алтыдан"), kazakh_case_form("жиырмаға"), kazakh_case_form("алты")
    (6, 20, None)
    """
    for stem in _KAZAKH_WITH_ENDINGS:
        if (
            low.startswith(stem)
            and len(low) > len(stem)
            and _KAZAKH_ENDING_RE.fullmatch(low, len(stem))
        ):
            return int(word_number(stem))
    return None


_SP_RE = re.compile(_SP)
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:\.\d{3}){2,}")
_ONE_GROUP_RE = re.compile(r"\d{1,3}[.,]\d{3}")


def _digits_value(raw: str, *, scaled: bool) -> Decimal:
    """Value of a digit string: spaces group thousands; a comma or dot is decimal unless
    it groups thousands in a number that has no scale word (``22,812``)."""
    compact = _LOST_SPACE_RE.sub("", _SP_RE.sub("", raw))
    if _GROUPED_RE.fullmatch(compact):
        return Decimal(compact.replace(",", "").replace(".", ""))
    if not scaled and _ONE_GROUP_RE.fullmatch(compact):
        return Decimal(compact.replace(",", "").replace(".", ""))
    return Decimal(compact.replace(",", "."))


@dataclass
class FoundNumber:
    """One amount found in the token stream."""

    i0: int  # first token of the number
    i1: int  # token after the number (and its scale words)
    value: Decimal
    groups: int  # number + scale groups
    scaled: bool
    full_digits: bool
    currency: str | None = None
    currency_end: int | None = None  # token index after the currency word
    qualifier_after: str | None = None
    after_end: int | None = None  # token index after a postposed qualifier word
    suffix_approx: bool = False
    vague: bool = False  # «десятки миллионов»: a scale with no definite count of it


#: Words that make a bare scale word vague («десятки миллионов», «сотни тысяч»).
_VAGUE_MULTIPLES = re.compile(
    r"десят(?:ки|ков|кам|ками|ках)|сот(?:ни|ен|ням|нями|нях)|нескольк\w*|ондаған|жүздеген",
    re.I,
)
#: A scale word in the plural on its own («миллиарды», «миллионами»): many of it, no count.
_PLURAL_SCALE = re.compile(r"(?:миллион|миллиард|биллион|триллион)(?:ы|ами|ах)", re.I)
_HALF_WORD = re.compile(r"половин\w*", re.I)


def read_number_words(toks: list[Token], i: int) -> tuple[Decimal, int, bool] | None:
    """Read digits or number words at token ``i``: value, next index, whether digits.

    Digits return value 0: their value is resolved with the scale (the comma rule).

    Examples
    --------
    >>> read_number_words(tokenize("пять миллионов"), 0)
    (Decimal('5'), 1, False)
    >>> read_number_words(tokenize("екі жарым миллион"), 0)
    (Decimal('2.5'), 2, False)
    """
    tok = toks[i]
    if tok.kind == "num":
        return Decimal(0), i + 1, True  # value resolved with the scale (comma rule)
    if tok.kind == "word":
        total = Decimal(0)
        j = i
        while j < len(toks) and toks[j].kind == "word":
            value = word_number(toks[j].text)
            if value is None:
                break
            # «екі жүз он бес»: Kazakh multiplies the hundred («екі жүз» is 200), Russian
            # has a word for each hundred («двести»)
            total = total * 100 if value == 100 and 0 < total < 10 else total + value
            j += 1
        if j > i and j < len(toks) and toks[j].text.lower() == "жарым":
            total, j = total + Decimal("0.5"), j + 1  # «бір жарым миллиард»: one and a half
        if j > i:
            return total, j, False
    return None


#: Nouns a count is of: after «2 тыс. 150» they make 150 the units of one number.
_COUNTED_NOUN = re.compile(
    r"(?:факт|случа|преступлен|мошенничеств|интернет|дерек|қылмыс|оқиға|человек|адам|"
    r"жител|граждан|потерпевш|жәбірлен|заявлен|обращен|преступник|мошенник|подозрева|"
    r"задержан|земляк|хищени|краж|эпизод|жертв|пострадавш|уголовн|"
    r"offen|case|crime|victim)",
    re.I,
)


def scan_number(toks: list[Token], i: int, text: str) -> FoundNumber | None:
    """Read an amount starting at token ``i`` (digits, number words, scale words), or None.

    Examples
    --------
    >>> text = "1 млрд 665 млн 783 тыс. тенге"
    >>> found = scan_number(tokenize(text), 0, text)
    >>> found.value, found.groups, found.scaled
    (Decimal('1665783000'), 3, True)
    """
    tok = toks[i]
    # «полмиллиарда», «полумиллиона»
    if tok.kind == "word":
        m = HALF_SCALE.fullmatch(tok.text)
        if m:
            scale = scale_of(m.group(2))
            return FoundNumber(i, i + 1, Decimal("0.5") * scale, 1, True, False)
    read = read_number_words(toks, i)
    if read is None:
        if (
            tok.kind == "word"
            and scale_of(tok.text)
            and tok.text.lower()[:3] in ("тыс", "мил", "мың", "thou", "myń")
        ):
            # a bare scale word: «около тысячи», «миллиард тенге», «миллиарда двухсот миллионов»
            scale = scale_of(tok.text)
            if (i > 0 and _VAGUE_MULTIPLES.fullmatch(toks[i - 1].text)) or _PLURAL_SCALE.fullmatch(
                tok.text
            ):
                # «десятки миллионов», «теряя миллиарды»: no definite count of the scale
                return FoundNumber(i, i + 1, Decimal(scale), 1, True, False, vague=True)
            return _scan_groups(toks, i, i + 1, Decimal(scale), 1, scale, False, True)
        return None
    return _scan_groups(toks, i, read[1], Decimal(0), 0, None, True, read[2])


def _scan_groups(toks, i, j, total, groups, last_scale, first, is_digits) -> FoundNumber | None:
    """Read number groups with falling scale words from token ``j`` on («1 млрд 665 млн …»).

    ``first`` is True when the number at ``i`` (read up to ``j``) still needs its scale word;
    otherwise ``total`` holds what was read so far and ``last_scale`` its smallest scale.
    """
    start_j, more_than = i, False
    while True:
        if not first and _joined_group(toks, j, last_scale, total):
            j += 1  # «42 миллиона и 700 тысяч рублей»: «и» joins the next group
        if not first:
            read = read_number_words(toks, j) if j < len(toks) else None
            if read is None:
                break
            _, k, is_digits = read
            start_j, j_next = j, k
        else:
            j_next = j
        half = Decimal(0)
        if is_digits and _glued_case_ending(toks, j_next):
            j_next += 2  # «130-ти тысяч», «2-х млн»: the numeral's case ending, then its scale
        if _more_than_before_scale(toks, j_next):  # «204 с лишним миллиона»: at least 204 million
            j_next, more_than = j_next + 2, True
        elif (  # «пять с половиной миллионов»
            j_next + 2 < len(toks)
            and toks[j_next].text.lower() == "с"
            and _HALF_WORD.fullmatch(toks[j_next + 1].text)
            and toks[j_next + 2].kind == "word"
            and scale_of(toks[j_next + 2].text)
        ):
            half, j_next = Decimal("0.5"), j_next + 2
        scale = (
            scale_of(toks[j_next].text)
            if j_next < len(toks) and toks[j_next].kind == "word"
            else None
        )
        if scale is None:
            if first:
                if not is_digits:
                    if _ends_in_scaled(toks, j_next):  # «пяти-шести миллиардов»
                        number, _, _ = read_number_words(toks, i)
                        return FoundNumber(i, j_next, number, 0, False, False)
                    return None  # number words need a scale word («пять лет» is not an amount)
                number = _digits_value(toks[i].text, scaled=False)
                return FoundNumber(i, i + 1, number, 0, False, True)
            break
        if last_scale is not None and scale >= last_scale:
            break
        if is_digits:
            number = _digits_value(toks[start_j].text, scaled=True)
        else:
            number, _, _ = read_number_words(toks, start_j)
        number += half
        # a later group is under a thousand of its scale; only the last one may have a fraction
        # («16 млн 445,3 тыс. сомов»): a fraction of a higher scale would be its lower groups
        if not first and (number >= 1000 or _fraction_then_more(number, toks, j_next)):
            break
        total += number * scale
        groups += 1
        last_scale = scale
        j = j_next + 1
        # «млн.» — the dot belongs to the abbreviation
        if j < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].end:
            j += 1
        first = False
    total, groups, j = _units_after_thousands(toks, j, total, groups, last_scale)
    return FoundNumber(
        i, j, total, groups, True, False, qualifier_after="at_least" if more_than else None
    )


#: The case endings a numeral written in digits takes before a scale word («130-ти тысяч»,
#: «2-х миллионов», «7-ми млн»).
_NUMERAL_CASE_ENDING = re.compile(r"ти|ми|х|ух|ех|ёх|и|ью", re.I)


def _glued_case_ending(toks: list[Token], j: int) -> bool:
    """Whether a hyphen and a numeral's case ending glued to the digits before ``j`` precede
    a scale word («130-ти тысяч»; not «14-го декабря», nor «5-ти лет»)."""
    return (
        j + 2 < len(toks)
        and toks[j].text == "-"
        and toks[j].start == toks[j - 1].end
        and toks[j + 1].start == toks[j].end
        and bool(_NUMERAL_CASE_ENDING.fullmatch(toks[j + 1].text))
        and toks[j + 2].kind == "word"
        and scale_of(toks[j + 2].text) is not None
    )


def _more_than_before_scale(toks: list[Token], j: int) -> bool:
    """Whether «с лишним» («с лишком») stands at ``j`` between a number and its scale word."""
    return (
        j + 2 < len(toks)
        and toks[j].text.lower() == "с"
        and toks[j + 1].text.lower() in cues.MORE_THAN_AFTER_WORDS
        and toks[j + 2].kind == "word"
        and scale_of(toks[j + 2].text) is not None
    )


def _fraction_then_more(number: Decimal, toks: list[Token], j: int) -> bool:
    """Whether a group with a fraction («445,3» of «445,3 тыс.» at scale token ``j``) is followed
    by one more group, which the fraction would overlap («5 млн 2,5 тыс. 300»)."""
    if number == number.to_integral_value():
        return False
    k = j + 1
    if k < len(toks) and toks[k].text == "." and toks[k].start == toks[j].end:
        k += 1
    return k < len(toks) and read_number_words(toks, k) is not None


def _joined_group(toks, j, last_scale, total: Decimal) -> bool:
    """Whether «и»/«және» at ``j`` joins one more group of a smaller scale and its currency.

    Only when the currency follows the group («42 миллиона и 700 тысяч рублей»), so two
    amounts in a list («5 млн и 300 тыс. в прошлом году») stay two; and only after a whole
    group, so «соответственно 1,2 млрд и 980 млн тенге» (a fraction of its scale) stays two.
    """
    if j + 2 >= len(toks) or toks[j].text.lower() not in ("и", "және"):
        return False
    if last_scale is not None and total % last_scale:
        return False
    read = read_number_words(toks, j + 1)
    if read is None or read[0] >= 1000 or read[0] != read[0].to_integral_value():
        return False
    k = read[1]
    scale = scale_of(toks[k].text) if k < len(toks) and toks[k].kind == "word" else None
    if scale is None or last_scale is None or scale >= last_scale:
        return False
    k += 1
    if k < len(toks) and toks[k].text == ".":
        k += 1
    return k < len(toks) and toks[k].kind == "word" and currency_of(toks[k].text) is not None


#: Marks that end a clause: «зарегистрировано 18 тыс. 718.», «(1 тыс. 132/1 тыс. 489)».
_CLAUSE_END_MARKS = frozenset((".", ";", ")", "/", "»", '"'))


def _units_after_thousands(toks, j, total, groups, last_scale):
    """«1 млрд 234 млн 567 тыс. 890 тенге», «2 тыс. 150 фактов»: units after the thousands.

    They belong to the number when a currency or a counted noun follows, or the clause ends
    («зарегистрировано 18 тыс. 718.»), so «2 тыс. 150 из них» stays two numbers.
    """
    if last_scale != 1000 or total != total.to_integral_value() or j >= len(toks):
        return total, groups, j
    # digits («2 тыс. 150») or number words with no scale word of their own («одна тысяча
    # двадцать четыре факта»)
    if toks[j].kind == "num" and re.fullmatch(r"\d{1,3}", toks[j].text):
        units, k = Decimal(toks[j].text), j + 1
    else:
        read = read_number_words(toks, j) if toks[j].kind == "word" else None
        if read is None or read[0] >= 1000 or read[0] != read[0].to_integral_value():
            return total, groups, j
        (units, k, _), nxt = read, toks[read[1]] if read[1] < len(toks) else None
        if nxt is not None and nxt.kind == "word" and scale_of(nxt.text):
            return total, groups, j
    if (
        k == len(toks)
        or (groups >= 1 and toks[k].text in (*_CLAUSE_END_MARKS, ","))
        or (toks[k].kind == "word" and currency_of(toks[k].text))
        or (groups >= 1 and _counted_noun_follows(toks, k))
    ):
        total += units
        groups += 1  # written group by group, so exact
        j = k
    return total, groups, j


def _counted_noun_follows(toks: list[Token], k: int) -> bool:
    """Whether a counted noun is at token ``k`` or after one modifier word: «249
    кибермошенничеств», «587 наших земляков» (not «150 из них», nor «150 из жителей»)."""
    if toks[k].kind != "word":
        return False
    if _COUNTED_NOUN.search(toks[k].text):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        toks[k].text.lower() not in cues.PREPOSITIONS
        and nxt is not None
        and nxt.kind == "word"
        and bool(_COUNTED_NOUN.search(nxt.text))
    )


def read_after(found: FoundNumber, toks: list[Token], text: str) -> None:
    """Read the currency and a postposed qualifier word after an amount (updates ``found``).

    Examples
    --------
    >>> text = "14 мың теңгеден астам"
    >>> toks = tokenize(text)
    >>> found = scan_number(toks, 0, text)
    >>> read_after(found, toks, text)
    >>> found.currency, found.qualifier_after
    ('KZT', 'at_least')
    >>> text = "400 млн-нан астам теңге"
    >>> found = scan_number(tokenize(text), 0, text)
    >>> read_after(found, tokenize(text), text)
    >>> found.currency, found.qualifier_after
    ('KZT', 'at_least')
    """
    j = found.i1
    last_word = toks[j - 1].text if j - 1 < len(toks) else ""
    country = country_adjective_end(toks, j) if j < len(toks) and toks[j].kind == "word" else 0
    if country:
        j = country
    if j < len(toks) and toks[j].kind == "word" and currency_of(toks[j].text):
        found.currency = currency_of(toks[j].text)
        if found.currency == "RUB" and toks[found.i1].text.lower().startswith("бел"):
            found.currency = "BYN"
        last_word = toks[j].text
        j += 1
        abbreviated = toks[j - 1].text.lower() in ("руб", "тг", "долл")
        if (
            abbreviated
            and j < len(toks)
            and toks[j].text == "."
            and toks[j].start == toks[j - 1].end
        ):
            j += 1
    elif j < len(toks) and toks[j].text in CURRENCY_SYMBOLS:
        found.currency = CURRENCY_SYMBOLS[toks[j].text]
        j += 1
    found.currency_end = j
    if APPROX_SUFFIX.search(last_word) and (scale_of(last_word) or currency_of(last_word)):
        found.suffix_approx = True  # «мыңдай», «теңгедей»: about
    # Kazakh postpositions: «теңгеден астам», «мыңға жуық», «1 млрд теңгеден асты»; after a
    # percent sign («70%-дан астамы») the bound is read, the number still ends at its sign
    k = j
    percent = k < len(toks) and toks[k].text == "%"
    while k < len(toks) and toks[k].text in ("-", "%"):
        k += 1
    if k < len(toks) and toks[k].kind == "word":
        # a suffix written after a hyphen («644-ке») is part of the number word
        if k > j and toks[k].start == toks[k - 1].end and k + 1 < len(toks):
            k += 1
    # «60 жастан асқан» (older than 60), «5 жылдан астам»: a unit of time between; the bound is
    # read, the number still ends before its unit, which says what it counts
    unit = k + 1 < len(toks) and _TIME_UNIT_FROM_RE.fullmatch(toks[k].text) is not None
    if unit:
        last_word, k = toks[k].text, k + 1
    if k < len(toks) and toks[k].kind == "word":
        post = postposed_qualifier([t.text for t in toks[k : k + 2]], last_word)
        post = post or _up_to_after(toks, k, found.i0)
        if post is not None:
            found.qualifier_after = post[0]
            found.after_end = None if percent or unit else k + post[1]
    if found.after_end is None and MORE_THAN_AFTER.match(text, toks[j - 1].end):
        found.qualifier_after = "at_least"
    end = found.after_end
    if not found.currency and end is not None and end < len(toks) and toks[end].kind == "word":
        # «400 млн-нан астам теңге»: the currency after the bound word
        if currency_of(toks[end].text):
            found.currency, found.after_end = currency_of(toks[end].text), end + 1


#: A Kazakh dative ending («теңгеге», «млн-ға», «900-ге»): the case «дейін» (up to) takes.
_DATIVE_RE = re.compile(rf"{bound_words.KAZAKH_DATIVE}$", re.I)
#: Kazakh verbs of a change or of reaching a value: «843-ке дейін өсті» is «grew to 843».
_KK_CHANGE_AFTER_RE = re.compile(r"(?:өс|арт|көбей|ұлғай|азай|төмен|қысқар|кеми|жет|түс)\w*", re.I)


def _up_to_after(toks: list[Token], k: int, i0: int) -> tuple[str, int] | None:
    """``("at_most", 1)`` for Kazakh «… теңгеге дейін» (up to) at ``k``, else None.

    Not the second end of a change («843-тен 760-қа дейін», an ablative number before), nor a
    value a change reached («843-ке дейін өсті»).

    Examples
    --------
    >>> toks = tokenize("1,6 млрд теңгеге дейін залал")
    >>> _up_to_after(toks, 3, 0)
    ('at_most', 1)
    >>> toks = tokenize("843-тен 760-қа дейін төмендеді")
    >>> _up_to_after(toks, 6, 3)
    """
    if toks[k].text.lower() != "дейін" or not _DATIVE_RE.search(toks[k - 1].text):
        return None
    before = toks[max(0, i0 - 6) : i0]
    first = next((n for n in range(len(before)) if _ablative_number(before, n)), None)
    if first is not None and not kazakh_range(toks, max(0, i0 - 6) + first, k):
        return None  # «843-тен 760-қа дейін»: the end of a change
    if any(_KK_CHANGE_AFTER_RE.match(t.text) for t in toks[k + 1 : k + 3] if t.kind == "word"):
        return None
    return "at_most", 1


def kazakh_range(toks: list[Token], first: int, until: int) -> bool:
    """Whether Kazakh «A-дан B-ға дейін» (``first``: a token of its first end, ``until``: the
    index of «дейін») is a range («200-ден 350 долларға дейін сыйақы алған», from A up to B),
    not a change: no verb of a change after «дейін» or earlier in its sentence («саны
    төмендеген (4 385-тен 4 023-ке дейін)»), no year of either end («2018 жылы 517-ден 2022
    жылы 20,5 мыңға дейін»).

    Examples
    --------
    >>> toks = tokenize("200-ден 350 долларға дейін сыйақы алған")
    >>> kazakh_range(toks, 0, 6)
    True
    >>> toks = tokenize("саны 4 385-тен 4 023-ке дейін төмендеді")
    >>> kazakh_range(toks, 1, 7)
    False
    """
    start = first
    while start > 0 and first - start < 12 and toks[start - 1].text not in (".", "!", "?", ";"):
        start -= 1
    around = [*toks[start:first], *toks[until + 1 : until + 3]]
    if any(t.kind == "word" and _KK_CHANGE_AFTER_RE.match(t.text) for t in around):
        return False
    ends = toks[max(0, first - 2) : until]
    return not any(t.text.lower() in _IN_YEAR or _YEAR_DIGITS_RE.fullmatch(t.text) for t in ends)


#: Kazakh «in the year» after a year's number («2018 жылы 517-ден»), not «5 жылдан» (years long).
_IN_YEAR = ("жылы", "жылғы", "ж")
#: A year in digits (the year of an end of a change).
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")


def _ablative_number(toks: list[Token], n: int) -> bool:
    """Whether ``toks[n]`` ends a number in the ablative («-тен» of «843-тен», «мыңнан»,
    «теңгеден»), not any ablative word («интернет-алаяқтықтан»)."""
    t = toks[n]
    if t.kind != "word" or not ABLATIVE_RE.search(t.text):
        return False
    return bool(scale_of(t.text) or currency_of(t.text)) or (n > 0 and toks[n - 1].text == "-")


#: A Kazakh unit of age or time in the ablative: «жастан» (than … years of age), «жылдан».
_TIME_UNIT_FROM_RE = re.compile(r"(?:жас|жыл|ай|күн)(?:тан|тен|дан|ден|нан|нен)", re.I)


def _ends_in_scaled(toks: list[Token], k: int) -> bool:
    """Whether a dash or «до» at ``k`` leads to a number with one scale word (a range's end)."""
    if k + 1 >= len(toks) or not (
        (toks[k].kind == "sym" and toks[k].text in RANGE_DASHES) or toks[k].text == "до"
    ):
        return False
    second = scan_number(toks, k + 1, "")
    return second is not None and second.scaled and second.groups == 1


#: Dashes between the ends of a range («50–100 тысяч», «пяти-шести миллиардов»).
RANGE_DASHES = ("-", "–", "—")


def qualifier_of(found: FoundNumber, before: str | None) -> str:
    """The qualifier of an amount: a bound word wins, then a scale word (rounded), else exact.

    Examples
    --------
    >>> text = "20,4 тыс."
    >>> qualifier_of(scan_number(tokenize(text), 0, text), None)
    'rounded'
    """
    if before:
        return before
    if found.qualifier_after:
        return found.qualifier_after
    if found.suffix_approx:
        return "approx"
    if found.scaled and found.groups <= 1:
        return "rounded"
    return "exact"
