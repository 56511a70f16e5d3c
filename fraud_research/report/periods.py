"""A figure's period in the reader's words: «январь–май 2025», «2025 жылдың басынан бері».

The dataset stores a period as its kind, year and ISO start and end dates; readers see
it here, in English, Russian or Kazakh, from those fields (never from the English
``period_label``, which stays the curators' note).

Examples
--------
>>> period_words("months", 2025, "2025-01-01", "2025-05-31", lang="ru")
'январь–май 2025'
>>> period_words("full_year", 2024, "2024-01-01", "2024-12-31", lang="kk")
'2024 жыл'
"""

from __future__ import annotations

import pandas as pd

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
}  # fmt: skip

_FORMS = {
    "full_year": {"en": "{year}", "ru": "{year} год", "kk": "{year} жыл"},
    "span": {"en": "{first}–{last} {year}", "ru": "{first}–{last} {year}",
             "kk": "{year} жылғы {first}–{last}"},
    "month": {"en": "{first} {year}", "ru": "{first} {year}", "kk": "{year} жылғы {first}"},
    "to_date": {"en": "{year}, from 1 January to {day}", "ru": "{year}, с 1 января по {day}",
                "kk": "{year}, 1 қаңтардан {day} дейін"},
    "year_to_date": {"en": "{year}, since the start of the year (end not stated)",
                     "ru": "{year}, с начала года (дата окончания не указана)",
                     "kk": "{year}, жыл басынан бері (аяқталу күні көрсетілмеген)"},
    "unknown": {"en": "period not stated", "ru": "период не указан", "kk": "кезеңі көрсетілмеген"},
}  # fmt: skip


def _date(value) -> pd.Timestamp | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return None
    return pd.Timestamp(value)


def period_words(kind: str, year, start=None, end=None, *, lang: str = "en") -> str:
    """Write a period for readers from the dataset's period fields.

    Parameters
    ----------
    kind : str
        ``period_kind`` of the figure.
    year : int or None
        Its year (None or NaN when the source does not state it).
    start, end : str or Timestamp, optional
        ``period_start`` and ``period_end`` (empty when not stated).
    lang : {"en", "ru", "kk"}

    Examples
    --------
    >>> period_words("months", 2025, "2025-01-01", "2025-05-31")
    'January–May 2025'
    >>> period_words("year_to_date", 2025, "", "2025-12-21", lang="ru")
    '2025, с 1 января по 21.12.2025'
    >>> period_words("year_to_date", 2025, lang="kk")
    '2025, жыл басынан бері (аяқталу күні көрсетілмеген)'
    >>> period_words("unknown", None)
    'period not stated'
    """
    start, end = _date(start), _date(end)
    if year is None or pd.isna(year) or kind not in ("full_year", "months", "year_to_date"):
        return _FORMS["unknown"][lang]
    year = int(year)
    if kind == "full_year":
        return _FORMS["full_year"][lang].format(year=year)
    if end is not None and (start is None or (start.month, start.day) == (1, 1)):
        if end.is_month_end:
            first, last = _MONTHS[lang][0], _MONTHS[lang][end.month - 1]
            form = "month" if end.month == 1 else "span"
            return _FORMS[form][lang].format(first=first, last=last, year=year)
        return _FORMS["to_date"][lang].format(year=year, day=end.strftime("%d.%m.%Y"))
    if start is not None and end is not None and end.is_month_end:
        first, last = _MONTHS[lang][start.month - 1], _MONTHS[lang][end.month - 1]
        return _FORMS["span"][lang].format(first=first, last=last, year=year)
    return _FORMS["year_to_date"][lang].format(year=year)
