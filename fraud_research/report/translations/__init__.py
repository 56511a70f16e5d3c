"""Every word a reader sees, in English, Russian and Kazakh: the one translation table.

Keys are plain identifiers. ``COLUMN_LABELS`` are table headings (keyed by the
snake_case column of the library's frames), ``UI_STRINGS`` headings, sentences and
caveats (``caveat_<code>`` for a :class:`~fraud_research.stats.Note` code,
``method_<code>`` for a method code), ``VALUE_LABELS`` the reader's words for coded
values (qualifiers, directions, verdicts). Place names and scheme labels are data
(``data/places.csv``, ``data/schemes.csv``). Strings may hold ``{placeholders}``
filled by :func:`~fraud_research.report.labels.translate`.

Examples
--------
>>> COLUMN_LABELS["year"]["kk"]
'Жыл'
"""

from __future__ import annotations

from .columns import COLUMN_LABELS as _COLUMN_LABELS
from .columns import UNLISTED_LABELS
from .coverage import COVERAGE_STRINGS
from .findings import FINDINGS_STRINGS
from .glossary import GLOSSARY_STRINGS
from .index import INDEX_STRINGS
from .periods import DATE_MONTHS, MONTH_NAMES, PERIOD_COLUMN_LABELS, PERIOD_STRINGS
from .region import REGION_STRINGS
from .reports import REPORT_STRINGS
from .statistics import STATISTICS_STRINGS
from .trend import TREND_STRINGS
from .values import QUALIFIER_PREFIXES, VALUE_LABELS


def _merge(*tables: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """One table from topic tables; a key's language defined twice is an error, not an override.

    Every key has all its languages in one topic table; the same key and language in
    two tables raises rather than one silently shadowing the other.

    Examples
    --------
    >>> _merge({"a": {"en": "A"}}, {"a": {"kk": "А"}})
    {'a': {'en': 'A', 'kk': 'А'}}
    >>> _merge({"a": {"en": "A"}}, {"a": {"en": "B"}})
    Traceback (most recent call last):
    ...
    ValueError: translation keys defined twice: ['a' (en)]
    """
    merged: dict[str, dict[str, str]] = {}
    for table in tables:
        twice = [
            f"{key!r} ({lang})"
            for key, labels in table.items()
            for lang in labels
            if lang in merged.get(key, {})
        ]
        if twice:
            raise ValueError(f"translation keys defined twice: [{', '.join(sorted(twice))}]")
        for key, labels in table.items():
            merged[key] = {**merged.get(key, {}), **labels}
    return merged


#: Headings, sentences and caveats: every topic table merged into one.
UI_STRINGS: dict[str, dict[str, str]] = _merge(
    REPORT_STRINGS,
    REGION_STRINGS,
    FINDINGS_STRINGS,
    STATISTICS_STRINGS,
    TREND_STRINGS,
    COVERAGE_STRINGS,
    INDEX_STRINGS,
    PERIOD_STRINGS,
    GLOSSARY_STRINGS,
)

#: Table headings: every topic's headings merged into one.
COLUMN_LABELS: dict[str, dict[str, str]] = _merge(_COLUMN_LABELS, PERIOD_COLUMN_LABELS)

__all__ = [
    "COLUMN_LABELS",
    "DATE_MONTHS",
    "MONTH_NAMES",
    "QUALIFIER_PREFIXES",
    "UI_STRINGS",
    "UNLISTED_LABELS",
    "VALUE_LABELS",
]
