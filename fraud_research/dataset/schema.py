"""The vocabulary of the dataset: columns, metrics, qualifiers, period kinds, scopes, units.

Every coded value a figure row may hold is listed here once; the loader checks
rows against these lists and the messages quote them as the allowed values.

Examples
--------
>>> "at_least" in QUALIFIERS, "damage_kzt" in METRICS
(True, True)
>>> FIGURE_COLUMNS[:3]
('figure_id', 'place', 'period_label')
"""

from __future__ import annotations

import datetime as dt
import os

from ..errors import DataValidationError


def today() -> dt.date:
    """Today's date where it is latest on Earth (UTC+14), the limit for a published date.

    A date after it is in the future everywhere, so a release published this morning in
    Almaty is never refused on a machine whose clock runs on UTC. ``FRAUD_RESEARCH_TODAY``
    (an ISO date) replaces the clock, so a test can simulate adding next year's release.

    Examples
    --------
    >>> today() >= dt.date(2026, 12, 1)
    True
    """
    override = os.environ.get("FRAUD_RESEARCH_TODAY")
    if override:
        try:
            return dt.date.fromisoformat(override)
        except ValueError:
            raise DataValidationError(
                f"FRAUD_RESEARCH_TODAY={override!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=14))).date()


#: How a published figure was printed. A bound or approximation word wins over ``rounded``.
QUALIFIERS = ("exact", "at_least", "at_most", "approx", "rounded")


PERIOD_KINDS = ("full_year", "year_to_date", "months", "point_in_time", "multi_year", "unknown")


METRICS = (
    "cases_registered",
    "cases_solved",
    "cases_sent_to_court",
    "persons_prosecuted",
    "persons_detained",
    "victims",
    "damage_kzt",
    "damage_recovered_kzt",
    "money_transferred_kzt",
    "population",
    "all_fraud_cases",
    "all_crime_cases",
    "it_crime_cases",
    "cybercrime_cases",
    "antifraud_center_incidents",
    "share_statement",
    "rank_statement",
    "growth_statement",
)


#: Metrics that may be a statement without a number.
STATEMENT_METRICS = ("share_statement", "rank_statement", "growth_statement")


SCOPES = (
    "internet_fraud",
    "all_fraud",
    "cybercrime",
    "it_crime",
    "all_crime",
    "financial_pyramid",
    "population",
)


UNITS = ("cases", "persons", "kzt", "percent", "rank")


LANGUAGES = ("ru", "kk", "kk-latn", "en")


PLACE_LEVELS = ("country", "region", "city")


FIGURE_COLUMNS = (
    "figure_id",
    "place",
    "period_label",
    "year",
    "period_kind",
    "period_start",
    "period_end",
    "metric",
    "scope",
    "scheme",
    "breakdown",
    "scheme_text",
    "value",
    "qualifier",
    "unit",
    "language",
    "quote",
    "source_url",
    "source_url_2",
    "published",
    "note",
)


PLACE_COLUMNS = ("place_id", "level", "parent", "name_ru", "name_kk", "name_en")


SCHEME_COLUMNS = ("scheme_id", "label_en", "label_ru", "label_kk", "description")


#: The largest value a figure can hold (a 64-bit integer column).
MAX_VALUE = 2**63 - 1

#: Period kinds that count cases over a span of time (a full year or part of one).
COUNT_PERIOD_KINDS = ("full_year", "months", "year_to_date")
#: Scheme id of the cases of a total that its source did not break down ("other / not listed").
UNLISTED = "not_listed"
