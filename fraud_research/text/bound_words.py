"""Bound and approximation words around an amount: «более», «не менее», «около», «астам», «жуық».

A qualifier word before the amount (:func:`prefix_qualifier`) or a Kazakh postposition after it
(:func:`postposed_qualifier`) makes a figure a lower or upper bound or an approximation; a
negation turns a bound round («не менее» is at least, «не превысил» at most).
"""

from __future__ import annotations

import re

from . import cues

__all__ = [
    "ABLATIVE_RE",
    "KAZAKH_ABLATIVE",
    "KAZAKH_DATIVE",
    "KAZAKH_GENITIVE",
    "SUPERLATIVE_BOUNDS",
    "APPROX_SUFFIX",
    "CHANGE_WORD_RE",
    "MORE_THAN_AFTER",
    "postposed_qualifier",
    "prefix_qualifier",
]

#: Kazakh bounds opened by «ең» (most), which is then no superlative: «ең кемі» (at least),
#: «ең көбі» (at most).
SUPERLATIVE_BOUNDS = {"кемі": "at_least", "көбі": "at_most"}
_MOST_BOUND = {q: rf"ең\s+{word}" for word, q in SUPERLATIVE_BOUNDS.items()}

# A negation turns a bound round: «не менее» is at least, «не более», «не превысил» at most.
# «не» is a word of its own: the end of «стране превысил» is no negation
_NOT = r"\bне\s+"
_UNNEGATED = r"(?<!\bне\s)"
_EXCEEDED = r"(?:превыша\w*|превыс\w*|превзош\w*|перевалил\w*)"
#: A verb of exceeding, then a period, then the amount: «ущерб превысил в текущем году 1,14
#: млрд». The period is no part of the amount's words.
_EXCEEDED_IN_A_PERIOD = re.compile(
    rf"{_UNNEGATED}\b{_EXCEEDED}\s+(?:в|за)\s+(?:текущ|эт|прошл|отч[её]тн|минувш|истекш)\w*\s+"
    r"(?:год|полугоди|квартал|период|месяц)\w*\s*$",
    re.I,
)

_AT_LEAST_BEFORE = re.compile(
    rf"(?:{_UNNEGATED}(?:более|больше)(?:\s+чем)?|свыше|{_NOT}(?:менее|меньше)(?:\s+чем)?|сверх|"
    rf"{_UNNEGATED}{_EXCEEDED}(?:\s+(?:отметку|рубеж|планку))?|{_UNNEGATED}выше|{_UNNEGATED}старше|"
    # Kazakh «кем дегенде», «кемінде», «ең кемі»: at least
    rf"кем\s+дегенде|кемінде|{_MOST_BOUND['at_least']}|"
    # «как минимум 30,9 млн», «по меньшей мере»; not the noun «прожиточный минимум»
    r"как\s+минимум|по\s+меньшей\s+мере|по\s+крайней\s+мере|"
    r"more\s+than|over|above|in\s+excess\s+of|at\s+least)"
    r"(?:\s+(?:на|в|чем|за))?\s*$",  # «перевалило за 2,5 тыс.», «превысило отметку в 205 тыс.»
    re.I,
)


_APPROX_BEFORE = re.compile(
    r"(?:около|почти|порядка|примерно|приблизительно|ориентировочно|практически|фактически|"
    r"без\s+малого|в\s+районе|где-то|"
    r"шамамен|шамасы|"
    # «приближается к 1,5 млрд», «… к отметке в 2 млрд», «подбирается к»; «приближается в» is
    # a slip of the pen for «к» that press texts print
    r"(?:приближа\w+|приблизил\w*|подбира\w+)\s+(?:к(?:\s+отметке(?:\s+в)?)?|в)|"
    r"shamamen|nearly|almost|about|approximately|around|roughly|some)"
    # «почти на 2 трлн сумов», «примерно на 15 млрд», «почти в два раза»; «на общую сумму,
    # практически равную 400 тыс.»
    r"(?:\s+(?:на|в|равн\w*))?\s*$",
    re.I,
)


#: Signs written for the words: «~2,9 млрд» (about), «>100 фактов» (more than), «≤ 5%».
_SIGN_QUALIFIERS = {
    "~": "approx", "≈": "approx", "∼": "approx",
    ">": "at_least", "≥": "at_least", "⩾": "at_least",
    "<": "at_most", "≤": "at_most", "⩽": "at_most",
}  # fmt: skip
#: A currency sign written before the amount («$300 млн», «₸5 млн»), with the spaces around it.
_CURRENCY_SIGN_END = re.compile(rf"\s*(?:{'|'.join(map(re.escape, cues.CURRENCY_SYMBOLS))})\s*$")
#: The end of an HTML tag left in a copied text («<p>2025»): no «more than».
_TAG_END_RE = re.compile(r"<[^<>]*>\s*$")


# «не достигает 1 млн», «не доходил и до миллиарда», «не достигал и 300 млн»: a value not reached
# is an upper bound
_NOT_REACHED = r"(?:достига\w*|достиг\w*|дотягива\w*|дотяну\w*|доход\w*|дошл\w*|дошёл|дошел)"
_AT_MOST_BEFORE = re.compile(
    rf"(?:{_UNNEGATED}(?:менее|меньше|младше)(?:\s+чем)?|{_NOT}(?:более|больше)(?:\s+чем)?|"
    rf"{_NOT}{_EXCEEDED}|{_NOT}{_NOT_REACHED}(?:\s+(?:и\s+)?до|\s+и)?|{_MOST_BOUND['at_most']}|less\s+than|"
    r"как\s+максимум|"
    r"at\s+most)\s*$",
    re.I,
)


_AT_LEAST_AFTER = {
    "астам",
    "астамы",  # «70%-дан астамы», «300-ден астамы»: more than … of them
    "астамын",
    "аса",
    "асты",
    "асқан",
    "асып",
    "асады",
    "astam",
    "asa",
    "asty",
    "asqan",
}


# «1 млрд теңгеден аспайды» (does not exceed), «100 мыңнан кем» (less than); «кем емес» (not
# less than) is at least
_AT_MOST_AFTER = {"аспайды", "аспаған", "аспады", "аспайтын", "кем", "aspaıdy", "kem"}


#: The Kazakh dative endings: «-ге», «-ға», «-ке», «-қа» (and «-не», «-на» after a possessive); the
#: case of «дейін» (up to) and of the size of a change («133-ке көп»).
KAZAKH_DATIVE = r"(?:ге|ға|ке|қа|не|на)"
#: Kazakh genitive endings: a noun in the genitive owns, it is not counted («алаяқтардың арбауы»),
#: and after a number it is what the number counts («2 миллионнан астам салымшылардың»).
KAZAKH_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")

#: The Kazakh ablative ending («мыңнан», «4 385-тен»): «кем» is «less than» only after it
#: («мыңнан кем»; in Russian «кем» is «by whom»), and it opens a Kazakh change («A-дан B-ға дейін»).
KAZAKH_ABLATIVE = r"(?:[ндт][ае]н)"
ABLATIVE_RE = re.compile(rf"{KAZAKH_ABLATIVE}$", re.I)


_APPROX_AFTER = {
    "жуық",
    "жуығы",
    "жуықтады",
    "жуықтаған",
    "шамасында",
    # «2000-ға тарта адам»: close to
    "тарта",
    "jýyq",
    "juyq",
    "shamasynda",
}


# «1,2 млрд с лишним»
MORE_THAN_AFTER = re.compile(rf"\s*с\s+(?:{'|'.join(cues.MORE_THAN_AFTER_WORDS)})")


APPROX_SUFFIX = re.compile(r"(?:дай|дей|тай|тей|daı|deı|taı|teı|day|dey)$", re.I)


# «до 80 тысяч тенге», «вплоть до 5 лет»: «до» alone is an upper bound, but not the second end
# of a range or a change («от 70 до 80», «с 843 фактов до 900», «выросло до 5 млрд»)
_UP_TO_BEFORE = re.compile(r"(?:^|[^\w])до\s*$", re.I)
#: Words of a change in a text («рост», «увеличилось», «өсті», «decreased»).
CHANGE_WORD_RE = re.compile(
    r"(?:рост\w*|снижен\w*|увелич\w*|сократ\w*|вырос\w*|уменьш\w*|өс\w*|азай\w*|"
    r"increase\w*|decrease\w*|rose|fell)",
    re.I,
)
_RANGE_OR_CHANGE = re.compile(
    r"\b(?:от|с|со|из)\s+\d|\d\s*$|\bна\s+\d[\d,.\s]*(?:%|процент)|\bв\s+[\d,.]+\s+раз|"
    rf"\b(?:{CHANGE_WORD_RE.pattern})|"
    # and the verbs of reaching a value after a change: «возросло до», «достигло», «удвоилось до»
    r"\b(?:выр|возр(?!аст)|сниз|сниж|упа|подня|опусти|дорос|вернул|довед|доход|достиг|прибли|прирос|"
    r"паден|удво|утро|вдвое|втрое)\w*",
    re.I,
)


def prefix_qualifier(text_before: str) -> tuple[str | None, int]:
    """The qualifier word right before an amount and how many characters it spans.

    Examples
    --------
    >>> prefix_qualifier("ущерб составил более "), prefix_qualifier("ущерб составил ")
    (('at_least', 6), (None, 0))
    >>> prefix_qualifier("причинён ущерб почти на ")
    ('approx', 9)
    >>> prefix_qualifier("похищали до "), prefix_qualifier("от 70 до "), prefix_qualifier("вырос до ")
    (('at_most', 3), (None, 0), (None, 0))
    >>> prefix_qualifier("ущерб не достигает "), prefix_qualifier("ущерб не доходил и до ")
    (('at_most', 13), ('at_most', 16))
    >>> prefix_qualifier("украли ~"), prefix_qualifier("зарегистрировано > "), prefix_qualifier("<p>")
    (('approx', 1), ('at_least', 2), (None, 0))
    >>> prefix_qualifier("похитили более $"), prefix_qualifier("ущерб составил $")
    (('at_least', 7), (None, 0))
    >>> prefix_qualifier("ущерб превысил в текущем году ")
    ('at_least', 0)
    """
    window = text_before[-40:]
    sign = _CURRENCY_SIGN_END.search(window)
    if sign:  # «более $300 млн»: the bound word stands before the currency sign
        qualifier, length = prefix_qualifier(window[: sign.start()])
        return (qualifier, length + len(sign.group())) if qualifier else (None, 0)
    last = window.rstrip()[-1:]
    if last in _SIGN_QUALIFIERS and not _TAG_END_RE.search(window):
        return _SIGN_QUALIFIERS[last], len(window) - len(window.rstrip()) + 1
    if not last.isalpha():
        return None, 0  # every word qualifier ends in a letter: «1 2 3» needs no search
    for qualifier, pattern in (
        ("at_most", _AT_MOST_BEFORE),
        ("at_least", _AT_LEAST_BEFORE),
        ("approx", _APPROX_BEFORE),
    ):
        m = pattern.search(window)
        if m and (m.start() == 0 or not window[m.start() - 1].isalpha()):
            return qualifier, len(m.group())
    if _EXCEEDED_IN_A_PERIOD.search(window):
        return "at_least", 0
    m = _UP_TO_BEFORE.search(window)
    if m and not _RANGE_OR_CHANGE.search(window[: m.start() + 1]):
        return "at_most", len(window) - m.start() - (not window[m.start()].isalpha())
    return None, 0


def postposed_qualifier(after: list[str], last_word: str) -> tuple[str, int] | None:
    """The qualifier a Kazakh postposition gives and how many words it spans, or None.

    ``after`` holds the words right after the amount (and its currency), ``last_word`` the
    amount's last word (its case ending decides «кем»).

    Examples
    --------
    >>> postposed_qualifier(["астам"], "теңгеден"), postposed_qualifier(["кем", "емес"], "мыңнан")
    (('at_least', 1), ('at_least', 2))
    >>> postposed_qualifier(["аспайды"], "теңгеден"), postposed_qualifier(["кем"], "рублей")
    (('at_most', 1), None)
    """
    word = after[0].lower() if after else ""
    if word in _AT_LEAST_AFTER:
        return "at_least", 1
    if word in _APPROX_AFTER:
        return "approx", 1
    if word in _AT_MOST_AFTER and (word not in ("кем", "kem") or ABLATIVE_RE.search(last_word)):
        if len(after) > 1 and after[1].lower() in ("емес", "emes"):
            return "at_least", 2  # «кем емес»: not less than
        return "at_most", 1
    return None
