"""Labels a reader sees, in English, Russian or Kazakh: places, schemes, headings, UI strings.

Place names come from ``data/places.csv`` and scheme labels from
``data/schemes.csv`` (the taxonomy), so there is one source of truth for every
name. Column headings, sentences and the words for coded values live in
:mod:`fraud_research.report.translations`. When a Kazakh label is missing the Russian one is used, and when a
Russian one is missing the English one: a reader always sees a label, never an id.

Examples
--------
>>> label_place("turkestan", "ru")
'Туркестанская область'
>>> label_scheme("not_listed", "en")
'Other / not listed'
>>> translate("rate_axis", "ru")
'Случаев на 100 000 жителей'
"""

from __future__ import annotations

import numbers
import string
from typing import TYPE_CHECKING

from ..dataset import UNLISTED, cached_places, cached_schemes
from ..errors import ParameterError
from .numerals import THIN, with_decimal_mark
from .translations import (
    COLUMN_LABELS,
    QUALIFIER_PREFIXES,
    UI_STRINGS,
    UNLISTED_LABELS,
    VALUE_LABELS,
)

if TYPE_CHECKING:  # only annotations name pandas here
    import pandas as pd

#: Languages a report can be written in.
LANGUAGES = ("en", "ru", "kk")
#: Where each language looks for a label, in order.
FALLBACKS = {"en": ("en",), "ru": ("ru", "en"), "kk": ("kk", "ru", "en")}


def qualifier_prefix(qualifier: str, lang: str = "en") -> str:
    """Return the word to write before a number with this qualifier («более» -> "at least").

    Examples
    --------
    >>> qualifier_prefix("at_least", "ru"), qualifier_prefix("rounded"), qualifier_prefix("exact")
    ('не менее', 'about', '')
    """
    check_language(lang)
    if qualifier not in QUALIFIER_PREFIXES:
        return qualifier.replace("_", " ") if qualifier else ""
    return QUALIFIER_PREFIXES[qualifier].get(lang, QUALIFIER_PREFIXES[qualifier]["en"])


def label_value(value: str, lang: str = "en") -> str:
    """Return the reader's word for a coded value (a qualifier, a direction), or the value itself.

    Examples
    --------
    >>> label_value("at_least", "ru"), label_value("at_least", "en"), label_value("xyz", "ru")
    ('не менее', 'at least', 'xyz')
    """
    check_language(lang)
    labels = VALUE_LABELS.get(value)
    return (_pick(labels, lang) if labels else None) or value


def check_language(lang: str, *, parameter: str = "lang") -> str:
    """Return ``lang`` if reports can be written in it, else raise listing the languages.

    Examples
    --------
    >>> check_language("ru")
    'ru'
    >>> check_language("de")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown language 'de' for parameter 'lang'; valid: en, ru, kk
    """
    if lang not in LANGUAGES:
        raise ParameterError(
            f"unknown language {lang!r} for parameter {parameter!r}; valid: {', '.join(LANGUAGES)}"
        )
    return lang


def _pick(labels: dict[str, str], lang: str) -> str | None:
    for candidate in FALLBACKS[check_language(lang)]:
        text = labels.get(candidate, "")
        if isinstance(text, str) and text.strip():
            return text
    return None


def label_place(place_id: str, lang: str = "en") -> str:
    """Return the name of a place in ``lang`` (Kazakh falls back to Russian, then English).

    Parameters
    ----------
    place_id : str
        Place id from ``data/places.csv``.
    lang : {"en", "ru", "kk"}
        Language of the label.

    Raises
    ------
    ParameterError
        For an unknown place (listing the valid ids) or language.

    Examples
    --------
    >>> [label_place("almaty_city", lang) for lang in LANGUAGES]
    ['Almaty (city)', 'город Алматы', 'Алматы қаласы']
    >>> label_place("atlantis")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown place 'atlantis'; valid ids: abai, ...
    """
    check_language(lang)
    places = cached_places()
    if place_id not in places.index:
        raise ParameterError(
            f"unknown place {place_id!r}; valid ids: {', '.join(sorted(places.index))}"
        )
    row = places.loc[place_id]
    label = _pick({code: row[f"name_{code}"] for code in LANGUAGES}, lang)
    return label if label is not None else place_id


#: The Cyrillic alphabets in their dictionary order (Python's own order puts the Kazakh
#: letters Ә Ғ Қ Ң Ө Ұ Ү Һ І after Я).
ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "kk": "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
}


def alphabetical_key(text: str, lang: str = "en") -> tuple:
    """Return a sort key that puts words in the dictionary order of ``lang``.

    Letters of the language's alphabet (:data:`ALPHABETS`) sort in its order, case
    ignored; spaces and punctuation before letters, so a shorter word comes first;
    other letters (Latin in a Russian name) after, by code point.

    Examples
    --------
    >>> names = ["Қарағанды облысы", "Павлодар облысы", "Алматы қаласы", "Ақмола облысы"]
    >>> sorted(names, key=lambda name: alphabetical_key(name, "kk"))
    ['Ақмола облысы', 'Алматы қаласы', 'Қарағанды облысы', 'Павлодар облысы']
    >>> sorted(["Kostanay (city)", "almaty Region"], key=alphabetical_key)
    ['almaty Region', 'Kostanay (city)']
    """
    check_language(lang)
    alphabet = ALPHABETS.get(lang, "")
    key = []
    for char in text.casefold():
        if char in alphabet:
            key.append((1, alphabet.index(char)))
        else:
            key.append((2 if char.isalpha() else 0, ord(char)))
    return tuple(key)


def label_scheme(scheme_id: str, lang: str = "en") -> str:
    """Return the label of a scheme in ``lang``, including the ``not_listed`` remainder.

    Examples
    --------
    >>> label_scheme("fake_investment", "ru")
    'Лже-инвестиции'
    >>> label_scheme("not_listed", "kk")
    'Басқа / көрсетілмеген'
    >>> label_scheme("romance")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown scheme 'romance'; valid ids: fake_investment, ..., not_listed, ...
    """
    check_language(lang)
    if scheme_id == UNLISTED:
        return UNLISTED_LABELS[lang]
    schemes = cached_schemes()
    if scheme_id not in schemes.index:
        valid = sorted([*schemes.index, UNLISTED])
        raise ParameterError(f"unknown scheme {scheme_id!r}; valid ids: {', '.join(valid)}")
    row = schemes.loc[scheme_id]
    label = _pick({code: row[f"label_{code}"] for code in LANGUAGES}, lang)
    return label if label is not None else scheme_id


def translate(key: str, lang: str = "en", **fields) -> str:
    """Return an interface string or column heading in ``lang``, filled with ``fields``.

    Parameters
    ----------
    key : str
        A key of ``UI_STRINGS`` or ``COLUMN_LABELS``.
    lang : {"en", "ru", "kk"}
        Language; a missing Kazakh string falls back to Russian, then English.
    **fields
        Values for the ``{placeholders}`` of the string.

    Raises
    ------
    ParameterError
        For an unknown key (listing the known ones) or language.

    Examples
    --------
    >>> translate("section_limits", "kk")
    'Деректер нені айта алмайды'
    >>> translate("reading_over", "en", scheme="Impersonation calls", place="Turkestan Region",
    ...           reference="Kazakhstan", share="40.3%", share_reference="30.7%")
    'Impersonation calls are over-represented in Turkestan Region compared with Kazakhstan, among the schemes both list: 40.3% vs 30.7%'
    """
    check_language(lang)
    labels = UI_STRINGS.get(key) or COLUMN_LABELS.get(key)
    if labels is None:
        known = sorted({*UI_STRINGS, *COLUMN_LABELS})
        raise ParameterError(f"no label for key {key!r}; known keys: {', '.join(known)}")
    text = _pick(labels, lang) or key
    return _ReaderFormatter(lang).format(text, **fields) if fields else text


class _ReaderFormatter(string.Formatter):
    """Fill a sentence's ``{placeholders}``, writing numbers with the reader's decimal mark.

    Text fields (names, numbers already written by the formatters) are left as they are.
    """

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, numbers.Real) and not isinstance(value, bool):
            # «{mae:,.0f}»: thousands split as everywhere else, never by a comma (a decimal
            # mark in Russian and Kazakh)
            return with_decimal_mark(text.replace(",", THIN), self.lang)
        return text


def plural(n: int, key: str, lang: str = "en", **fields) -> str:
    """Return the counted phrase ``key`` for ``n`` in the grammar of ``lang``.

    A counted phrase holds its forms separated by ``|``: English ``one|other``,
    Russian ``one|few|many`` (1, 21 факт; 2–4, 22 факта; 5–20, 11–14 фактов),
    Kazakh one form (a noun after a numeral stays singular). ``{n}`` is the number
    as written (``n_text`` if given, e.g. with a qualifier or thin spaces).

    Examples
    --------
    >>> [plural(n, "n_cases", "ru") for n in (1, 3, 5, 11, 21, 843)]
    ['1 случай', '3 случая', '5 случаев', '11 случаев', '21 случай', '843 случая']
    >>> plural(1, "n_years", "en"), plural(3, "n_years", "en"), plural(3, "n_years", "kk")
    ('1 year', '3 years', '3 жыл')
    >>> plural(843, "registered_cases", "ru", n_text="не менее 843")
    'зарегистрировано не менее 843 факта интернет-мошенничества'
    """
    forms = translate(key, lang).split("|")
    n = abs(int(n))
    if lang == "ru" and len(forms) == 3:
        if n % 10 == 1 and n % 100 != 11:
            form = forms[0]
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            form = forms[1]
        else:
            form = forms[2]
    elif lang == "en" and len(forms) == 2:
        form = forms[0] if n == 1 else forms[1]
    else:
        form = forms[-1]
    return form.format(n=fields.pop("n_text", n), **fields)


def column_label(column: str, lang: str = "en") -> str:
    """Return the heading of a table column in ``lang`` (the column name when none is defined).

    Examples
    --------
    >>> column_label("population_date", "ru"), column_label("line", "ru")
    ('Население на дату', 'line')
    """
    check_language(lang)
    labels = COLUMN_LABELS.get(column)
    return (_pick(labels, lang) if labels else None) or column


def relabel(
    frame: pd.DataFrame,
    lang: str = "en",
    *,
    place_columns: tuple[str, ...] = ("place", "reference", "place_a", "place_b"),
    scheme_columns: tuple[str, ...] = ("scheme",),
    value_columns: tuple[str, ...] = (
        "qualifier",
        "population_qualifier",
        "rate_kind",
        "direction",
        "funnel_flag",
        "reason",
    ),
    headings: bool = True,
    decimals: int | None = None,
) -> pd.DataFrame:
    """Return a copy of ``frame`` for readers: place and scheme ids as names, headings translated.

    Only the listed columns that exist are translated; values that are not ids
    (e.g. "rest of the country") are kept as they are. With ``decimals`` the float
    columns are rounded for display. The input is not changed.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"place": ["turkestan"], "scheme": ["not_listed"], "count": [150]})
    >>> relabel(table, "ru").to_dict("records")
    [{'Территория': 'Туркестанская область', 'Схема': 'Прочие / не указано', 'Случаи': 150}]
    """
    check_language(lang)
    out = frame.copy()
    schemes = {*cached_schemes().index, UNLISTED}
    for column in place_columns:  # a place, or "the rest of the country" a place is compared with
        if column in out.columns:
            out[column] = [label_name(v, lang) if isinstance(v, str) else v for v in out[column]]
    for column in scheme_columns:
        if column in out.columns:
            out[column] = [
                label_scheme(v, lang) if isinstance(v, str) and v in schemes else v
                for v in out[column]
            ]
    for column in value_columns:
        if column in out.columns:
            out[column] = [label_value(v, lang) if isinstance(v, str) else v for v in out[column]]
    if decimals is not None:
        floats = out.select_dtypes("float").columns
        out[floats] = out[floats].round(decimals)
    if headings:
        out = out.rename(columns={c: column_label(c, lang) for c in out.columns})
    return out


def label_name(name: str, lang: str = "en") -> str:
    """Return a comparison side's name: a place's name, "rest of the country", or the label as is.

    Examples
    --------
    >>> label_name("turkestan", "ru"), label_name("rest_of_country", "ru"), label_name("2024")
    ('Туркестанская область', 'остальная часть страны', '2024')
    """
    check_language(lang)
    if name in cached_places().index:
        return label_place(name, lang)
    if name == "rest_of_country":
        return translate("rest_of_country", lang)
    return name
