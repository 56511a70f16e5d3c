"""Whether a number opens a part of the count before it or is the whole a later one parts.

«из них 25», «в том числе 25», Kazakh «оның 1 890-ы» open a part (:func:`is_part`); Kazakh «1200
алаяқтық оқиғасының 160-ы ғана ашылған» makes 1200 the whole whose part 160 is (:func:`is_whole`).
The subset words are data in :mod:`fraud_research.text.cues`.
"""

from __future__ import annotations

import re

from . import cues

__all__ = ["POSSESSIVE_RE", "is_part", "is_whole"]

_SUBSET_RE = re.compile(
    r"(?:^|\s)(?:"
    + "|".join(w.replace(" ", r"\s+") for w in cues.SUBSET_WORDS)
    + r")\s*[-–—:]?\s*$",
    re.I,
)


#: A Kazakh possessive on a number: «300-і», «1 890-ы», «66-сы», «90 мыңы» (N of them).
POSSESSIVE_RE = re.compile(r"(?:-(?:ы|і|сы|сі)|(?<=мың)ы|(?<=миллион)ы)(?![^\W\d_])", re.I)


#: A Kazakh partitive: the number's noun in the genitive, then a number with a possessive
#: («1200 алаяқтық оқиғасының 160-ы ғана ашылған», «18 мың … қылмыстың 3 мыңы»).
_WHOLE_RE = re.compile(
    r"^\s+(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_][\w-]*(?:ның|нің|дың|дің|тың|тің)\s+"
    r"\d[\d\s,.]*?(?:\s*(?:мың|миллион)ын?|-(?:ы|і|сы|сі)н?"
    # an amount's: «3,4 млрд теңгенің 1,9 млрд теңгесі өтелді», «… теңгесін өтеген» (the
    # part in the accusative)
    r"|\s*(?:(?:мың|млн|млрд|миллион|миллиард)\.?\s+)?теңгес[іи]н?)(?![^\W\d_])",
    re.I,
)


def is_whole(after_number: str) -> bool:
    """Whether a Kazakh count is the whole a later number takes a part of.

    The verb of such a clause is the part's: in «1200 алаяқтық оқиғасының 160-ы ғана
    ашылған» 160 were solved, the 1200 were registered.

    Examples
    --------
    >>> is_whole(" алаяқтық оқиғасының 160-ы ғана ашылған")
    True
    >>> is_whole(" интернет-алаяқтық қылмыстың 3 мыңы ғана ашылған")
    True
    >>> is_whole(" теңгенің 1,9 млрд теңгесі өтелді"), is_whole(" теңгенің 1,6 млн теңгесін өтеген")
    (True, True)
    >>> is_whole(" қылмысты ашты"), is_whole(" қылмыстың ізі кесілді")
    (False, False)
    """
    return bool(_WHOLE_RE.match(after_number))


def is_part(clause_tail: str, number_and_after: str = "") -> bool:
    """Whether a number is a part of the count before it («из них 25», «оның 1 890-ы»).

    Parameters
    ----------
    clause_tail : str
        The clause before the number.
    number_and_after : str
        The number as written and a few characters after it (for a Kazakh possessive).

    Examples
    --------
    >>> is_part("Оның ішінде "), is_part("из них — "), is_part("из года в год ")
    (True, True, False)
    >>> is_part("", "1 890-ы интернет"), is_part("", "90 мыңы алаяқтық"), is_part("", "90 мың")
    (True, True, False)
    """
    return bool(_SUBSET_RE.search(clause_tail[-40:]) or POSSESSIVE_RE.search(number_and_after))
