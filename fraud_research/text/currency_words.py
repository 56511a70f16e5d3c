"""Currency words: the ISO code of a currency word («теңгеден» → KZT, «сомов» → KGS) and a
country's adjective between an amount and its currency («2 млн белорусских рублей»)."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["country_adjective_end", "currency_of"]


_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"тенге\w*|теңге\w*|тг|tenge\w*|teńge\w*|teñge\w*|kzt", "KZT"),
    (r"рубл\w*|руб|rub|roubles?|rubles?", "RUB"),
    # with Kazakh case endings: «сомды», «еуроны» (not «Еуропа»)
    (r"сом|сомов|сома|сомы|сомах|сом(?:ды|ға|нан|да|ен)|kgs|soms?", "KGS"),
    (r"сомони|tjs|somoni", "TJS"),
    (r"сум|сумов|сума|сумы|сўм\w*|so‘m|uzs|soums?|sums?", "UZS"),
    (r"доллар\w*|usd|dollars?|dollar\w*|долл", "USD"),
    (r"евро|еуро(?:ны|ға|да|дан|мен)?|eur|euros?", "EUR"),
    (r"byn|byr", "BYN"),
    # the money of other countries whose press writes in Russian
    (r"гривн\w*|гривен|грн|uah|hryvni?as?", "UAH"),
    (r"юан\w*|cny|yuan", "CNY"),
    (r"драм|драмов|amd|drams?", "AMD"),
    (r"лари|gel|lari", "GEL"),
    # Azerbaijan's and Turkmenistan's manat share a word (country.local_currency tells them apart)
    (r"манат\w*|azn|manats?", "AZN"),
)


# A country's adjective or the money's form may stand between an amount and its currency word
# («2 млн белорусских рублей», «300 тыс. бел. руб.», «3,5 млрд электронных рублей», Kazakh
# «350 АҚШ долларына»); a Belarusian rouble is BYN, not RUB.
_CURRENCY_ADJECTIVE = re.compile(
    r"(?:белорусск|российск|казахстанск|кыргызск|киргизск|узбекск|американск"
    r"|украинск|китайск|армянск|грузинск|азербайджанск|туркменск"
    r"|электронн|цифров|безналичн|наличн)\w*|бел"
    # Kazakh names a currency by its country: «АҚШ доллары» (US dollars), «Ресей рублі»
    r"|ақш|aqsh|ресей|reseı|qytaı|қытай",
    re.I,
)


_CURRENCY_RES = tuple((re.compile(p, re.I), c) for p, c in _CURRENCIES)


@lru_cache(maxsize=4096)
def currency_of(word: str) -> str | None:
    """The ISO code of a currency word («теңгеден» → KZT, «сомов» → KGS), or None.

    Examples
    --------
    >>> currency_of("теңгеден"), currency_of("сомов"), currency_of("рублей"), currency_of("раз")
    ('KZT', 'KGS', 'RUB', None)
    """
    for pattern, code in _CURRENCY_RES:
        if pattern.fullmatch(word):
            return code
    return None


def country_adjective_end(toks: list, j: int) -> int:
    """Where a currency word may start after a country's adjective at ``j`` (0 if none)."""
    if j >= len(toks) or toks[j].kind != "word" or not _CURRENCY_ADJECTIVE.fullmatch(toks[j].text):
        return 0  # (a number followed by no word, the most common case, ends here)
    k = j + 1
    if k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].end:
        k += 1  # «бел. руб.»
    if k < len(toks) and toks[k].kind == "word" and currency_of(toks[k].text):
        return k
    return 0
