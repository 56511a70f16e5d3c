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

from .labels import translate
from .translations import DATE_MONTHS, MONTH_NAMES

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
            first, last = MONTH_NAMES[lang][0], MONTH_NAMES[lang][end.month - 1]
            form = "month" if end.month == 1 else "span"
            return _FORMS[form][lang].format(first=first, last=last, year=year)
        return _FORMS["to_date"][lang].format(year=year, day=end.strftime("%d.%m.%Y"))
    if start is not None and end is not None and end.is_month_end:
        first, last = MONTH_NAMES[lang][start.month - 1], MONTH_NAMES[lang][end.month - 1]
        return _FORMS["span"][lang].format(first=first, last=last, year=year)
    return _FORMS["year_to_date"][lang].format(year=year)


def row_period_words(row, *, lang: str = "en") -> str:
    """Write the period of a figure row (a panel, rate or figure row) for readers.

    Examples
    --------
    >>> row = {"period_kind": "months", "year": 2025, "period_start": "2025-01-01",
    ...        "period_end": "2025-09-30"}
    >>> row_period_words(row, lang="kk")
    '2025 жылғы қаңтар–қыркүйек'
    """
    return period_words(
        row["period_kind"], row["year"], row["period_start"], row["period_end"], lang=lang
    )


def date_words(date, *, lang: str = "en") -> str:
    """Write a date for readers: «1 January 2025», «1 января 2025», «2025 жылғы 1 қаңтар».

    Examples
    --------
    >>> date_words("2026-01-01", lang="ru"), date_words("2026-01-01", lang="kk")
    ('1 января 2026', '2026 жылғы 1 қаңтар')
    """
    day = pd.Timestamp(date)
    month = DATE_MONTHS[lang][day.month - 1]
    return translate("date_words", lang, day=day.day, month=month, year=day.year)


#: The sentence that names a rate's denominator, by ``population_basis`` code.
_DENOMINATOR_KEYS = {
    "mid_year_average": "denominator_mid_year_average",
    "start_of_year": "denominator_on_date",
    "start_of_next_year": "denominator_on_date",
    "within_year": "denominator_on_date",
    "nearest_date": "denominator_on_date",
    "nearest_midpoint": "denominator_nearest_midpoint",
    "year_only": "denominator_year_only",
}


def denominator_words(row, *, lang: str = "en") -> str:
    """Name the population a rate divides by (its ``population_basis`` and dates).

    Parameters
    ----------
    row : mapping
        A row of :func:`~fraud_research.stats.rates_for_places`.

    Examples
    --------
    >>> row = {"population_basis": "mid_year_average", "year": 2025,
    ...        "population_date": pd.Timestamp("2025-01-01"),
    ...        "population_date_2": pd.Timestamp("2026-01-01")}
    >>> denominator_words(row)
    'population: average of 1 January 2025 and 1 January 2026'
    >>> denominator_words({"population_basis": "", "year": 2025}, lang="ru")
    'нет населения из источника: уровень не рассчитан'
    """
    key = _DENOMINATOR_KEYS.get(row["population_basis"], "denominator_none")
    dates = {
        name: date_words(row[column], lang=lang)
        for name, column in (("date", "population_date"), ("date_2", "population_date_2"))
        if column in row and pd.notna(row[column])
    }
    return translate(key, lang, year=int(row["year"]), **dates)
