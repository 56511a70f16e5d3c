"""The country a press text reports from, where its words leave a currency open: «рублей» in
a Belarusian text are Belarusian roubles (BYN), not Russian ones; «манат» in a Turkmen text
are Turkmen manats (TMT), not Azerbaijani ones (AZN)."""

from __future__ import annotations

import re
from functools import lru_cache

from .amounts import scale_of
from .cues import CURRENCY_SYMBOLS
from .currency_words import currency_of

#: Words that place a text in Belarus: the country's name, its regional cities and regions
#: («Витебщина», «Минщина»), its larger towns whose names no Russian town or common surname
#: shares, its executive committees («облисполком», «райисполком»: Russia has no such body),
#: its banks.
BELARUS_RE = re.compile(
    r"беларус|белорус|исполком"
    r"|\b(?:Минск|Минщин|Гомел|Брест|Витебск|Витебщин|Гродн|Могил[её]в|Беларусбанк|Белагропромбанк"
    r"|Белинвестбанк|Полоцк|Новополоцк|Новополоч|Пинск|Пинчан|Бобруйск|Барановичск|Барановичи"
    r"|Солигорск|Молодечн|Жлобин|Слуцк|Кобрин|Речиц|Жодино|Новогрудск|Мозыр|Волковыск|Лунинец)",
    re.I,
)
#: Words that place a text in Russia.
RUSSIA_RE = re.compile(r"росси|\bРФ\b|Москв|Петербург|\bСбер|УМВД|ГУ МВД", re.I)
#: Words that place a text in Turkmenistan (its manat is TMT) or in Azerbaijan (AZN).
TURKMENISTAN_RE = re.compile(r"туркмен|\b(?:Ашхабад|Туркменабат|Мары\b|Дашогуз|Балканабат)", re.I)
AZERBAIJAN_RE = re.compile(r"азербайдж|\b(?:Баку|Гяндж|Сумгаит)", re.I)


@lru_cache(maxsize=8)
def reports_from_belarus(text: str) -> bool:
    """Whether a text names Belarus and not Russia: its bare «рублей» are BYN.

    Examples
    --------
    >>> reports_from_belarus("В Гомеле мошенники похитили 3000 рублей.")
    True
    >>> reports_from_belarus("В Москве и Минске мошенники похитили 3000 рублей.")
    False
    >>> reports_from_belarus("Хотела приобрести товар за 3000 рублей.")
    False
    >>> reports_from_belarus("Пенсионер из Новополоцка перевел 5 тысяч рублей.")
    True
    """
    return BELARUS_RE.search(text) is not None and RUSSIA_RE.search(text) is None


def local_currency(currency: str | None, text: str, near: str) -> str | None:
    """The currency a word read as ``currency`` names in ``text``, given the words ``near`` it.

    A rouble is Belarusian when the words near it say so or the text reports from Belarus; a
    manat is Turkmen when the words near it or the text (and not Azerbaijan) say so.

    Examples
    --------
    >>> local_currency("RUB", "В Гомеле мошенники похитили 3000 рублей.", "3000 рублей")
    'BYN'
    >>> local_currency("AZN", "В Ашхабаде ущерб составил 5 тыс. манатов.", "5 тыс. манатов")
    'TMT'
    >>> local_currency("AZN", "В Баку ущерб составил 5 тыс. манатов.", "5 тыс. манатов")
    'AZN'
    """
    if currency == "RUB" and ("белорус" in near.lower() or reports_from_belarus(text)):
        return "BYN"
    if currency == "AZN" and (
        "туркмен" in near.lower()
        or (TURKMENISTAN_RE.search(text) is not None and AZERBAIJAN_RE.search(text) is None)
    ):
        return "TMT"
    return currency


def amount_currency(found, toks: list, i: int, text: str) -> str | None:
    """The currency of the amount at token ``i``: its word after it or its symbol before it,
    in the variant the text's country uses (Belarusian roubles, Turkmen manats)."""
    prefix_currency = CURRENCY_SYMBOLS.get(toks[i - 1].text) if i > 0 else None
    near = text[max(0, toks[i].start - 30) : toks[found.i1 - 1].end + 40]
    return local_currency(found.currency or prefix_currency, text, near)


#: «на» (or «на сумму») right before a sum.
_ON_A_SUM_BEFORE = re.compile(r"(?:(?<!\w)на\s+(?:сумму\s+)?|(?<=\w)\s+и\s+)$", re.I)


def currency_written_once(
    text: str, start: int, end: int, scaled: bool, earlier: str | None
) -> str | None:
    """The currency of a scaled sum after «на» at ``start:end`` that prints none and names
    nothing after it, when ``earlier``, its sentence's first currency, was printed once for all
    its sums: «38 фактов на 41 млн тенге, по лжеинвестициям — 17 на 19,2 млн», «93 факта и 287 млн
    тенге … 186 фактов и 118 млн»; not «на 100 тысяч населения» (a rate's base); else None."""
    if not scaled or _WORD_AFTER.match(text, end):
        return None
    return earlier if _ON_A_SUM_BEFORE.search(text, max(0, start - 12), start) else None


#: A word right after a number: what it counts («тысяч населения»), no sum.
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")


#: What may stand between the sums of a series whose currency is printed once, after its last
#: member: commas, «и», brackets, dashes, words of «then» («алдымен 1,7 млн, кейін 2,3 млн теңге»),
#: and a place's label («Алматы (12 млн), Тараз (3 млн тенге)»).
_SERIES_JOINS = frozenset(
    {",", ";", "(", ")", "и", "және", "–", "—", "-", ":", ".", "затем", "потом", "кейін", "сосын"}
)
_LABEL_ABBREVIATIONS = frozenset({"г", "қ", "обл", "р-н", "ауд", "с"})


def currency_written_last(toks: list, k: int, text: str) -> str | None:
    """The currency printed once after the last of a series of scaled sums, for the member
    whose tokens end at ``k`` and print none: «300 тысяч, 200 тысяч и 150 тысяч тенге»,
    «Алматы (12 млн), Шымкент (8 млн), Тараз (3 млн тенге)»; None when any other word comes
    first (not «12 млн, возмещено 3 млн тенге»).

    Examples
    --------
    >>> from fraud_research.text.amounts import tokenize
    >>> toks = tokenize("перевели 300 тысяч, 200 тысяч и 150 тысяч тенге")
    >>> currency_written_last(toks, 3, "")
    'KZT'
    >>> toks = tokenize("ущерб 12 млн, возмещено 3 млн тенге")
    >>> currency_written_last(toks, 3, "") is None
    True
    """
    members, after_scale = 0, True
    for j in range(k, min(len(toks), k + 60)):
        tok, low = toks[j], toks[j].text.lower()
        if tok.kind == "num":
            members, after_scale = members + 1, False
        elif tok.kind == "word" and currency_of(tok.text):
            near = text[max(0, toks[k - 1].start - 30) : tok.end + 40]
            return (
                local_currency(currency_of(tok.text), text, near)
                if after_scale and members
                else None
            )
        elif tok.kind == "word" and scale_of(tok.text):
            if j == 0 or toks[j - 1].kind != "num":
                return None
            after_scale = True
        elif low in _SERIES_JOINS or low in _LABEL_ABBREVIATIONS:
            if low == "." and not (
                toks[j - 1].kind == "num" or toks[j - 1].text.lower() in _LABEL_ABBREVIATIONS
            ):
                return None  # a sentence ends, not a decimal point nor an abbreviation
        elif not (tok.kind == "word" and tok.text[:1].isupper() and after_scale):
            return None  # a word of its own, no place's label
    return None
