"""Read one number phrase into its value, qualifier and currency: :func:`parse_amount`.

«1 млрд 665 млн 783 тыс. тенге» is 1 665 783 000 KZT, exact; «более 1,8 млрд тенге» is
at least 1 800 000 000; «20,4 тыс.» is 20 400, rounded. The phrase is read with the tokenizer
and number reader of :mod:`fraud_research.text.amounts`, which the extractor shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..errors import FraudResearchError
from .amounts import (
    CURRENCY_SYMBOLS,
    HALF_SCALE,
    SPACES,
    qualifier_of,
    read_after,
    read_number_words,
    scale_of,
    scan_number,
    tokenize,
)
from .bound_words import prefix_qualifier
from .country import local_currency


class AmountParseError(FraudResearchError, ValueError):
    """A phrase could not be read as one amount; the message quotes the phrase."""


@dataclass(frozen=True)
class Amount:
    """One amount as printed: its integer value, qualifier, currency code and the text read."""

    value: int
    qualifier: str
    currency: str | None
    text: str


def as_int(value: Decimal, text: str) -> int:
    """The value as an integer; AmountParseError when it is not whole.

    Examples
    --------
    >>> as_int(Decimal("843"), "843")
    843
    """
    if value != value.to_integral_value():
        raise AmountParseError(
            f"{text!r} is not a whole number ({value}); an amount or count must be an integer"
        )
    return int(value)


def parse_amount(text: str) -> Amount:
    """Read one number phrase into its value, qualifier and currency.

    Parameters
    ----------
    text : str
        A phrase such as «1 млрд 665 млн 783 тыс. тенге», «более 1,8 млрд тенге»,
        «20,4 тыс.», «1 700 000 000 тенге» or «14 мыңнан астам». Spaces between
        digit groups may be ordinary, thin or non-breaking spaces.

    Returns
    -------
    Amount
        ``value`` as an integer, ``qualifier`` (``exact``, ``rounded``,
        ``at_least``, ``at_most``, ``approx``), ``currency`` (``KZT``, ``RUB``, ``KGS``,
        ``UZS``, ``TJS``, ``BYN``, ``USD``, ``EUR``, ``UAH``, ``CNY``, ``AMD``, ``GEL``,
        ``AZN`` (a manat) or None) and the ``text`` read.

    Raises
    ------
    AmountParseError
        When the phrase is not exactly one readable amount; the message quotes it.

    See Also
    --------
    extract_figures : find every case count and damage amount in a text.

    Examples
    --------
    >>> parse_amount("более 1,8 млрд тенге")
    Amount(value=1800000000, qualifier='at_least', currency='KZT', text='более 1,8 млрд тенге')
    >>> parse_amount("около 700 млн тенге").qualifier
    'approx'
    >>> parse_amount("20,4 тыс.")
    Amount(value=20400, qualifier='rounded', currency=None, text='20,4 тыс.')
    >>> parse_amount("1\u202f700\u202f000\u202f000 тенге").value
    1700000000
    >>> parse_amount("полмиллиарда рублей")
    Amount(value=500000000, qualifier='rounded', currency='RUB', text='полмиллиарда рублей')
    >>> kazakh = parse_amount("1 млрд 665 млн теңгеден астам")
    >>> kazakh.value, kazakh.qualifier, kazakh.currency
    (1665000000, 'at_least', 'KZT')
    >>> parse_amount("много денег")
    Traceback (most recent call last):
    ...
    fraud_research.text.AmountParseError: cannot read 'много денег' as an amount: ...
    """
    if not isinstance(text, str):
        raise AmountParseError(f"expected a phrase as text, got {type(text).__name__}")
    phrase = text.strip(SPACES + "\n\t")
    body = phrase.rstrip(".,;:!?)»")
    if (
        body.endswith(("тыс", "млн", "млрд", "руб", "тг", "долл"))
        and phrase[len(body) :][:1] == "."
    ):
        body += "."
    toks = tokenize(body)
    hint = (
        "expected one number phrase such as '1 млрд 665 млн 783 тыс. тенге', "
        "'более 1,8 млрд тенге', '20,4 тыс.' or '14 мыңнан астам'"
    )
    if not toks:
        raise AmountParseError(f"cannot read {text!r} as an amount: it is empty; {hint}")
    # leading qualifier words and a leading currency symbol
    i = 0
    while (
        i < len(toks)
        and toks[i].kind == "word"
        and read_number_words(toks, i) is None
        and not (scale_of(toks[i].text) or HALF_SCALE.fullmatch(toks[i].text))
    ):
        i += 1
    prefix_currency = None
    if i < len(toks) and toks[i].text in CURRENCY_SYMBOLS:
        prefix_currency = CURRENCY_SYMBOLS[toks[i].text]
        i += 1
    before_text = body[: toks[i].start] if i < len(toks) else body
    if prefix_currency:
        before_text = re.sub(r"(?:US|U\.S\.)?\s*\S$", "", before_text.rstrip())
    before_q, before_len = prefix_qualifier(before_text)
    if before_text.strip() and (before_q is None or before_len < len(before_text.strip())):
        raise AmountParseError(
            f"cannot read {text!r} as an amount: {before_text.strip()!r} is not a number, "
            f"a scale word or a qualifier; {hint}"
        )
    found = scan_number(toks, i, body) if i < len(toks) else None
    if found is None:
        raise AmountParseError(f"cannot read {text!r} as an amount: no number found; {hint}")
    read_after(found, toks, body)
    end = found.after_end or found.currency_end or found.i1
    if end < len(toks):
        rest = body[toks[end].start :]
        raise AmountParseError(
            f"cannot read {text!r} as an amount: {rest!r} after the number is not a "
            f"currency or a qualifier; {hint}"
        )
    value = as_int(found.value, text)
    # «300 бел. руб.», «туркменских манатов»: the phrase itself is the text the money is read in
    currency = local_currency(found.currency or prefix_currency, text, text)
    return Amount(value, qualifier_of(found, before_q), currency, text)
