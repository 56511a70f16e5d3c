"""The sourced population figure behind a rate per 100 000 residents.

Nothing is interpolated or extrapolated: a rate uses population figures that a
source published, and says which (their dates, qualifier and address) and how
they were chosen (``basis``, one of :data:`POPULATION_BASES`). A full year uses
the mid-year population, the average of 1 January of the year and of the next
when both are sourced; any other period uses the sourced figure nearest its
midpoint. Where outlets disagree about one date, the panel's rule chooses
(:func:`~fraud_research.dataset.panel.choose_figure`) and the others are named in
``conflict``.

Examples
--------
>>> pop = population_for_year(place="turkestan", year=2025)
>>> int(pop["value"]), pop["basis"], pop["figure_id"]
(2151496, 'mid_year_average', 'turkestan-2025-population + turkestan-2026-population')
"""

from __future__ import annotations

import pandas as pd

from ..errors import InsufficientDataError
from .figures import load_figures
from .panel import choose_figure
from .qualifiers import derived_digits, printed_digits, sum_qualifier

#: How the population of a rate was chosen (the reader layer words each code).
POPULATION_BASES = (
    "mid_year_average",  # full year: average of 1 January of the year and of the next
    "start_of_year",  # full year: 1 January of the year, nearest sourced date to mid-year
    "start_of_next_year",  # full year: 1 January of the next year, nearest to mid-year
    "within_year",  # full year: another dated figure inside the year, nearest to mid-year
    "year_only",  # a figure the source assigns to the year without a date
    "nearest_date",  # a dated figure outside the year, within a year of its middle
    "nearest_midpoint",  # part of a year: the sourced figure nearest the period's midpoint
)
POPULATION_FIELDS = [
    "value",
    "qualifier",
    "period_start",
    "period_start_2",
    "figure_id",
    "source_url",
    "quote",
    "basis",
    "conflict",
    "digits",
]
#: How far from a period's midpoint a dated population may be (no older figure is used).
MAX_DISTANCE = pd.Timedelta(days=366)


def _by_date(figures: pd.DataFrame, place: str) -> tuple[dict, pd.DataFrame]:
    """One chosen population per date (panel rule), and the undated ones."""
    pops = figures[
        (figures["place"] == place) & (figures["metric"] == "population") & figures["value"].notna()
    ]
    sizes = figures.loc[figures["place"] == place, "source_url"].value_counts()
    chosen = {
        date: choose_figure(group, sizes)
        for date, group in pops[pops["period_start"].notna()].groupby("period_start")
    }
    return chosen, pops[pops["period_start"].isna()]


def _one(choice: tuple, basis: str) -> pd.Series:
    row, _, conflict = choice
    return pd.Series(
        {
            "value": int(row["value"]),
            "qualifier": row["qualifier"],
            "period_start": row["period_start"],
            "period_start_2": pd.NaT,
            "figure_id": row["figure_id"],
            "source_url": row["source_url"],
            "quote": row["quote"],
            "basis": basis,
            "conflict": conflict,
            "digits": _digits(row),
        }
    )[POPULATION_FIELDS]


def _average(first: tuple, second: tuple) -> pd.Series:
    a, b = first[0], second[0]
    total = int(a["value"]) + int(b["value"])
    digits = derived_digits(_digits(a), _digits(b))
    return pd.Series(
        {
            "value": (total + 1) // 2,  # the average, rounded to a whole resident
            "qualifier": sum_qualifier([a["qualifier"], b["qualifier"]]),
            "period_start": a["period_start"],
            "period_start_2": b["period_start"],
            "figure_id": f"{a['figure_id']} + {b['figure_id']}",
            "source_url": " ".join(dict.fromkeys([a["source_url"], b["source_url"]])),
            "quote": f"{a['quote']} | {b['quote']}",
            "basis": "mid_year_average",
            "conflict": "; ".join(c for c in (first[2], second[2]) if c),
            # an average of two halves the coarser input's rounding: one digit more than it
            "digits": None if digits is None else digits + 1,
        }
    )[POPULATION_FIELDS]


def _digits(row) -> int | None:
    """The significant digits a printed population supports (None: exact, every resident)."""
    if row["qualifier"] == "exact":
        return None
    return printed_digits(int(row["value"]), row["qualifier"])


def _nearest(dated: dict, middle: pd.Timestamp, low=None, high=None):
    dates = [
        d for d in dated if (low is None or low <= d <= high) and abs(d - middle) <= MAX_DISTANCE
    ]
    return min(dates, key=lambda d: (abs(d - middle), d)) if dates else None


def population_for_period(
    figures: pd.DataFrame | None = None, *, place: str, start, end
) -> pd.Series:
    """Return the sourced population to divide a period's count by.

    The rule (``basis``, :data:`POPULATION_BASES`): for a full calendar year, the
    average of 1 January of the year and of the next when both are sourced
    (``mid_year_average``); else the sourced date inside the year nearest its
    middle (``start_of_year``, ``start_of_next_year``, ``within_year``); else a
    figure assigned to the year without a date (``year_only``); else the nearest
    dated figure within a year of the middle (``nearest_date``). For part of a
    year, the dated figure nearest the period's midpoint (``nearest_midpoint``,
    within a year), else ``year_only``. Between outlets for one date, the panel's
    rule chooses and the others are listed in ``conflict``.

    Parameters
    ----------
    figures : DataFrame, optional
        Output of :func:`~fraud_research.dataset.load_figures`; loaded if omitted.
    place : str
        Place id.
    start, end : str or Timestamp
        First and last day of the period.

    Returns
    -------
    Series
        ``value``, ``qualifier``, ``period_start`` (the date it refers to, NaT when
        undated), ``period_start_2`` (the second date of an average, else NaT),
        ``figure_id`` (``" + "``-joined for an average), ``source_url``, ``quote``,
        ``basis``, ``conflict`` and ``digits`` (the significant digits the printed figures
        support, None when exact; an average of two supports one more than its coarser input).

    Raises
    ------
    InsufficientDataError
        When no population figure fits; the message lists the dates that exist.

    Examples
    --------
    January–May 2025 has its midpoint on 16 March; 1 January 2025 is nearest:

    >>> pop = population_for_period(place="astana_city", start="2025-01-01", end="2025-05-31")
    >>> int(pop["value"]), str(pop["period_start"].date()), pop["basis"]
    (1528887, '2025-01-01', 'nearest_midpoint')
    >>> population_for_period(place="akmola", start="2025-01-01", end="2025-05-31")
    Traceback (most recent call last):
    ...
    fraud_research.errors.InsufficientDataError: no sourced population for akmola near 2025-01-01 to 2025-05-31 (dates on record: none); a rate per 100 000 needs one, and none is estimated
    """
    figures = load_figures() if figures is None else figures
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    dated, undated = _by_date(figures, place)
    middle = start + (end - start) / 2
    year_only = undated[undated["year"] == start.year]
    full_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if full_year:
        first, second = pd.Timestamp(start.year, 1, 1), pd.Timestamp(start.year + 1, 1, 1)
        if first in dated and second in dated:
            return _average(dated[first], dated[second])
        inside = _nearest(dated, middle, first, second)
        if inside is not None:
            basis = {first: "start_of_year", second: "start_of_next_year"}.get(inside)
            return _one(dated[inside], basis or "within_year")
    else:
        near = _nearest(dated, middle)
        if near is not None:
            return _one(dated[near], "nearest_midpoint")
    if not year_only.empty:
        sizes = figures.loc[figures["place"] == place, "source_url"].value_counts()
        return _one(choose_figure(year_only, sizes), "year_only")
    near = _nearest(dated, middle)
    if near is not None:
        return _one(dated[near], "nearest_date")
    known = ", ".join(str(d.date()) for d in sorted(dated)) or "none"
    span = str(start.year) if full_year else f"{start.date()} to {end.date()}"
    raise InsufficientDataError(
        f"no sourced population for {place} near {span} (dates on record: {known}); "
        "a rate per 100 000 needs one, and none is estimated"
    )


def population_for_year(figures: pd.DataFrame | None = None, *, place: str, year: int) -> pd.Series:
    """Return the sourced population for a full year's rate (see :func:`population_for_period`).

    Examples
    --------
    >>> pop = population_for_year(place="kostanay_city", year=2025)
    >>> int(pop["value"]), pop["qualifier"], pop["basis"]
    (276800, 'rounded', 'year_only')
    >>> pop = population_for_year(place="karaganda", year=2025)
    >>> int(pop["value"]), pop["conflict"]  # (1 133 984 + 1 131 287) / 2, rounded up
    (1132636, 'karaganda-2025-population-2')
    >>> population_for_year(place="pavlodar", year=2025)
    Traceback (most recent call last):
    ...
    fraud_research.errors.InsufficientDataError: no sourced population for pavlodar near 2025 (dates on record: none); a rate per 100 000 needs one, and none is estimated
    """
    return population_for_period(
        figures, place=place, start=pd.Timestamp(year, 1, 1), end=pd.Timestamp(year, 12, 31)
    )
