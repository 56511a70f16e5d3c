"""Numbers written as words, read from the token where they start.

A Kazakh number run («екі жүз он бес»), the units after a Russian ten («тридцать два»),
shares («одно из четырёх», «две трети», «каждое третье», «вдвое») and durations («полгода»):
each, where it is one, as a :class:`~fraud_research.text.read_number.ReadNumber`; and a
number word alone («двое», «төрт», «свыше шестидесяти»), read as a count
(:func:`bare_word_number`).
"""

from __future__ import annotations

import re

from . import cues, number_word_cues
from .amounts import bare_word_value, scale_of, word_number
from .bound_words import ABLATIVE_RE, postposed_qualifier, prefix_qualifier
from .candidates import listed_one, registered_one
from .lemmas import Word, lemma, words
from .matchers import CASE_NOUNS, CRIME_WORDS, EVERY, FRAUD_NOUNS, TIME_UNITS, person_noun
from .read_number import ReadNumber, word_reading
from .shares import is_factor, ordinal_value, share_value


def kazakh_number_run(doc, i: int, value: int) -> tuple[int, int, int]:
    """A Kazakh number in words from token ``i`` (worth ``value`` alone): its value, end and
    the token after it. «он бір» is 11, «екі жүз он бес» 215: a unit before «жүз» multiplies
    it, a smaller word after a larger one adds."""
    toks, j, end = doc.toks, i + 1, doc.toks[i].end
    while j < len(toks) and toks[j].kind == "word" and toks[j].start - end <= 1:
        low = toks[j].text.lower()
        part = number_word_cues.KK_UNITS.get(low) if value % 10 == 0 and value < 100 else None
        part = part or (int(word_number(low) or 0) if low != "бір" else 0)
        if part == 100 and 0 < value < 10:
            value *= 100  # «екі жүз»
        elif 0 < part < (10 if value % 10 else 100 if value % 100 else 1000) and part < value:
            value += part  # «жүз он», «жиырма бес»
        else:
            break
        end, j = toks[j].end, j + 1
    return value, end, j


def smaller_part(tok, value: int) -> int | None:
    """The units after a ten, or the tens or units after a hundred, of one number word."""
    if tok.kind != "word":
        return None
    part = word_number(tok.text.lower().replace("ё", "е"))
    if part is None or part != part.to_integral_value() or part < 1:
        return None
    place = 100 if value % 100 == 0 else 10 if value % 10 == 0 else 1  # 1: nothing fits
    return int(part) if part < place else None


def one_in(doc, i: int, value: int) -> ReadNumber | None:
    """«одно из четырёх преступлений»: a share (25 percent), read from «одно» to the number."""
    toks = doc.toks
    if value < 2 or i < 2 or toks[i - 1].text.lower() != "из":
        return None
    if lemma(toks[i - 2].text) != "один":
        return None
    # a share of crimes or cases, not «один из двух подозреваемых» (one of the two)
    nouns = [lemma(t.text) for t in toks[i + 1 : i + 3] if t.kind == "word"]
    if not any(c.matches(n) for c in (CASE_NOUNS, CRIME_WORDS, FRAUD_NOUNS) for n in nouns):
        return None
    share = round(100 / value, 1)
    qualifier = "exact" if float(share).is_integer() else "approx"
    start = toks[i - 2].start
    return word_reading(doc, start, start, toks[i].end, share, qualifier, role="percent")


def out_of_ten(doc, i: int, value: int) -> ReadNumber | None:
    """«трое из каждых десяти», «девять из десяти»: a count out of ten or a hundred, a share
    (30, 90 percent), read from the count to the base."""
    toks, k = doc.toks, i + 1
    if k + 1 >= len(toks) or toks[k].text.lower() != "из":
        return None
    k += toks[k + 1].text.lower() in ("каждых", "каждого") and k + 2 < len(toks)
    base = word_number(toks[k + 1].text.lower()) if toks[k + 1].kind == "word" else None
    if base not in (10, 100) or not 0 < value < base:
        return None
    share = round(value * 100 / int(base), 1)
    return _share_reading(doc, toks[i].start, toks[k + 1].end, share, exact=True)


def fraction(doc, i: int, value: int) -> ReadNumber | None:
    """«две трети», «три четверти»: a number of fractions, one share (66.7, 75 percent)."""
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if value < 2 or nxt is None or nxt.start - doc.toks[i].end > 1:
        return None
    part = cues.FRACTION_WORDS.get(nxt.text.lower())
    if part is None or part == 50:
        return None  # not «две половины» (two halves of something)
    share = round(value * 100 / round(100 / part), 1)
    return _share_reading(doc, doc.toks[i].start, nxt.end, share)


def kazakh_fraction(doc, i: int, value: int) -> ReadNumber | None:
    """«үштен бірі», «шамамен үштен бірге», «бестен екісі», «төрттен үші»: parts of a whole in
    Kazakh, a number word with an ablative ending, then the number of parts in the possessive
    (33.3, 40, 75 percent)."""
    tok, nxt = doc.toks[i], doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if value < 2 or nxt is None or nxt.kind != "word" or nxt.start - tok.end > 1:
        return None
    if not ABLATIVE_RE.search(tok.text):
        return None
    low = nxt.text.lower()
    parts = 1 if low.startswith("бір") else 2 if low.startswith("екі") and value > 2 else 0
    if not parts:
        unit = _KK_PARTS_RE.fullmatch(low)
        parts = number_word_cues.KK_UNITS[unit.group(1)] if unit else 0
    if not 0 < parts < value:
        return None
    return _share_reading(doc, tok.start, nxt.end, round(parts * 100 / value, 1))


#: A Kazakh unit of three or more in the possessive, maybe in a case: «үші», «бесіне»,
#: «алтысында»; not in the accusative, as «үшін» is also «for».
_KK_PARTS_RE = re.compile(
    r"(үш|төрт|бес|алты|жеті|сегіз|тоғыз)(?:і|ы|сі|сы)(?:не|на|нде|нда|нен|нан)?"
)


#: Kazakh wholes in the ablative that no number word reads: «оннан жетісі» (seven of ten).
_KK_WHOLES = {"оннан": 10}


def duration_word(doc, i: int) -> ReadNumber | None:
    """A duration written as one word («за полгода»: a date of 6 months; «полчаса»: 30
    minutes), or a half number or «один» before a unit of time («полтора года»: 1.5; «за один
    день»: 1)."""
    tok = doc.toks[i]
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    half = cues.HALF_FACTORS.get(tok.text.lower())
    # «За один день», «в течение одной недели»: one unit of time is a date, as «за 9 месяцев»
    # (not «не один год»: many years)
    # and Kazakh «бір тәуліктің ішінде», «бір жылда» (the unit's case forms are data)
    one = lemma(tok.text) == "один" or tok.text.lower() == "бір"
    one = one and doc.text[max(0, tok.start - 3) : tok.start].lower() != "не "
    half = half or (1 if one else None)
    unit = nxt is not None and nxt.kind == "word"
    low = nxt.text.lower() if unit else ""
    # (the Kazakh day «тәулік» only here: «1 878-і тәулік ішінде ашылды» counts crimes solved)
    unit = unit and (
        TIME_UNITS.matches(lemma(nxt.text)) or TIME_UNITS.matches(low) or low.startswith("тәулік")
    )
    if half and unit:
        return word_reading(doc, tok.start, tok.start, tok.end, half, "exact", role="date")
    if tok.text.lower() == "жарты" and low.startswith("жыл"):
        # «жарты жыл ішінде», «жарты жылдың қорытындысы»: half a year, as «полгода»
        return word_reading(doc, tok.start, tok.start, nxt.end, 6, "exact", role="date")
    amount = cues.DURATION_WORDS.get(tok.text.lower())
    if amount is None:
        return None
    return word_reading(doc, tok.start, tok.start, tok.end, amount, "exact", role="date")


#: A compound adjective of years: «тридцатипятилетняя», «семнадцатилетнего».
_YEARS_OLD_RE = re.compile(r"(\w+?)летн\w+")


def age_value(word: str) -> int | None:
    """The age a compound adjective of years names, or None when its stem is no number
    («несовершеннолетний», «многолетний»).

    Examples
    --------
    >>> age_value("Тридцатипятилетняя"), age_value("семнадцатилетний"), age_value("сорокалетнему")
    (35, 17, 40)
    >>> age_value("несовершеннолетний"), age_value("многолетний")
    (None, None)
    """
    found = _YEARS_OLD_RE.fullmatch(word.lower().replace("ё", "е"))
    if found is None:
        return None
    stem = found.group(1)
    tens = next((t for t in cues.AGE_WORD_TENS if stem.startswith(t)), "")
    rest = stem[len(tens) :]
    if rest and rest not in cues.AGE_WORD_UNITS:
        return None
    value = cues.AGE_WORD_TENS.get(tens, 0) + cues.AGE_WORD_UNITS.get(rest, 0)
    return value or None


def age_word(doc, i: int) -> ReadNumber | None:
    """A person's age written as one word before the person: «Тридцатипятилетняя жительница
    Челябинска», «семнадцатилетний подросток»; not a stretch of time («двухлетний срок»)."""
    tok = doc.toks[i]
    value = age_value(tok.text)
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if value is None or nxt is None or nxt.kind != "word":
        return None
    if not person_noun(words(nxt.text)[0]):
        return None
    return word_reading(doc, tok.start, tok.start, tok.end, value, "exact", role="age")


def share_word(doc, i: int) -> ReadNumber | None:
    """A share written as words: «каждое третье», «әр бесіншісі», «вдвое», «одного процента»."""
    tok = doc.toks[i]
    prev = doc.toks[i - 1] if i > 0 and doc.toks[i - 1].kind == "word" else None
    before = Word(prev.text, lemma(prev.text), prev.start, prev.end) if prev else None
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    half = cues.HALF_FACTORS.get(tok.text.lower())
    unit = lemma(nxt.text) if nxt is not None and nxt.kind == "word" else ""
    if unit == "процент" and (value := 1 if lemma(tok.text) == "один" else half):
        # «не превышала одного процента», «полтора процента»
        return _share_reading(doc, tok.start, nxt.end, value, exact=True)
    if half and unit == "раз":
        # «в полтора раза»: a growth factor of 1.5
        return _share_reading(doc, tok.start, nxt.end, half, exact=True)
    if unit in ("часть", "доля") and (n := ordinal_value(Word(tok.text, lemma(tok.text), 0, 0))):
        # «пятая часть преступлений», «десятая доля ущерба»: a share of 1/n; not «второй части
        # статьи 190», a part of the law
        of = doc.toks[i + 2 : i + 3]
        if not (of and lemma(of[0].text) in ("статья", "ст")):
            return _share_reading(doc, tok.start, nxt.end, round(100 / n, 1))
    factor = is_factor(tok.text)
    if not factor and not (before and EVERY.matches_word(before)):
        return None  # neither «вдвое» nor an ordinal after «каждый», «әр»: no share
    value = share_value(Word(tok.text, lemma(tok.text), tok.start, tok.end), before)
    if value is None:
        return None
    start = prev.start if prev is not None and not factor else tok.start
    return _share_reading(doc, start, tok.end, value)


def _share_reading(doc, start: int, end: int, value: float, *, exact: bool = False) -> ReadNumber:
    """A share in words as a percent, qualified by a bound or approximation word before it
    («почти вдвое», «почти каждое второе»); else exact, or approximate when it is a rounded
    share of an ordinal («каждое третье», 33.3) and not ``exact``."""
    before_q, before_len = prefix_qualifier(doc.text[max(0, start - 40) : start])
    qualifier = before_q or ("exact" if exact or float(value).is_integer() else "approx")
    begin = start - (before_len if before_q else 0)
    return word_reading(doc, start, begin, end, value, qualifier, role="percent")


def _unit_after(doc, i: int) -> bool:
    """Whether a Kazakh number word of units follows token ``i`` right after («тоқсан бес»,
    «тоқсан бесі»), so that the ten before it is a number."""
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if nxt is None or nxt.kind != "word" or nxt.start - doc.toks[i].end > 1:
        return False
    unit = word_number(nxt.text.lower())
    return unit is not None and 1 <= unit < 10


def bare_word_number(doc, i: int, language: str) -> tuple[ReadNumber | None, int]:
    """A number word without a scale word («двое», «төрт», «екеуі»), read as a count, and the
    token after its words, from which its role is read (-1 for a share or a duration, whose
    reading is its role; the number is None when the word is none)."""
    tok = doc.toks[i]
    # «трёх» as «трех»; a range of number words «пять-шесть» is read from its first word
    low = tok.text.lower().replace("ё", "е").split("-")[0]
    value = bare_word_value(low, language)
    if value is None and (registered_one(doc.toks, i) or listed_one(doc.toks, i)):
        # «зарегистрирован один факт», «бір дерек тіркелді», «два грабежа и один угон авто»
        value = 1
    if value is None and language == "kk" and low == "тоқсан" and _unit_after(doc, i):
        value = 90  # «тоқсан бесі»: ninety-five («тоқсан» alone is also a quarter)
    if value is None:
        return share_word(doc, i) or duration_word(doc, i) or age_word(doc, i), -1
    # «оннан жетісі»: seven of ten, «он» being no number word read alone
    prev = doc.toks[i - 1] if i else None
    whole = _KK_WHOLES.get(prev.text.lower()) if prev is not None else None
    if whole and value < whole and tok.start - prev.end <= 1:
        return _share_reading(doc, prev.start, tok.end, round(value * 100 / whole, 1)), -1
    share = (
        one_in(doc, i, value)
        or out_of_ten(doc, i, value)
        or fraction(doc, i, value)
        or kazakh_fraction(doc, i, value)
    )
    if share is not None:
        return share, -1
    nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
    if value == 0 and nxt is not None and nxt.kind == "word" and scale_of(nxt.text):
        return None, -1  # «сотни миллиардов»: one vague amount, read at its scale word
    # «свыше шестидесяти заявлений»: a bound or approximation word before it, as for digits
    before_q, before_len = prefix_qualifier(doc.text[max(0, tok.start - 40) : tok.start])
    if value == 0 and before_q and low in number_word_cues.ONE_HUNDRED_AFTER_A_BOUND:
        value = 100  # «более сотни преступлений»: more than one hundred, not «сотни» (hundreds)
    qualifier, start = before_q or "exact", tok.start - (before_len if before_q else 0)
    end, after = tok.end, i + 1
    unit = doc.toks[after] if after < len(doc.toks) else None
    if language == "kk" and unit is not None:
        value, end, after = kazakh_number_run(doc, i, value)
        # «екі жүзден астам», «үш жүзге жуық»: a bound after the number, as for digits
        post = postposed_qualifier(
            [t.text for t in doc.toks[after : after + 2]], doc.toks[after - 1].text
        )
        if post is not None and qualifier == "exact":
            qualifier = post[0]
    elif language != "kk":
        # «тридцать два факта», «ста двадцати», «семидесяти трех процентов»: one number
        while value >= 20 and after < len(doc.toks) and doc.toks[after].start - end <= 1:
            part = smaller_part(doc.toks[after], value)
            if part is None:
                break
            value, end, after = value + part, doc.toks[after].end, after + 1
        if after < len(doc.toks) and doc.toks[after].start - end <= 1 and value:
            if doc.toks[after].text.lower() in number_word_cues.TENS_WORDS:
                # «двух десятков жителей»: two tens, 20
                value, end, after = value * 10, doc.toks[after].end, after + 1
    return word_reading(doc, tok.start, start, end, value or None, qualifier), after
