"""How a number's decimals are written for each report language: one rule for every page.

Russian and Kazakh write a decimal comma («1,98 млн», «39,2»), English a decimal point;
thousands are split by a narrow no-break space in every language. Numbers are written with a
point first (Python's format specs) and this module turns the point into the reader's mark.
It is applied to numbers only, never to a whole sentence, so a quote, an address or a
version number is left as it was printed.

Examples
--------
>>> with_decimal_mark("39.2 (36.6–41.9)", "ru"), with_decimal_mark("39.2", "en")
('39,2 (36,6–41,9)', '39.2')
"""

from __future__ import annotations

import re

#: Thousands separator: a narrow no-break space, so a number never wraps across lines.
THIN = "\u202f"
#: The decimal mark of each report language.
DECIMAL_MARK = {"en": ".", "ru": ",", "kk": ","}

_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def with_decimal_mark(text: str, lang: str) -> str:
    """Return a formatted number (or numbers) with the decimal mark of ``lang``.

    Parameters
    ----------
    text : str
        Number text as Python formats it (``"1.98"``, ``"<0.0001"``, ``"×1.41 (1.01–1.96)"``).
    lang : {"en", "ru", "kk"}
        The reader's language.

    Examples
    --------
    >>> with_decimal_mark("<0.0001", "kk"), with_decimal_mark("+10.0 pp", "en")
    ('<0,0001', '+10.0 pp')
    """
    mark = DECIMAL_MARK.get(lang, ".")
    return text if mark == "." else _DECIMAL_POINT.sub(mark, text)
