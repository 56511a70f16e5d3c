"""The sourced population figure behind a rate per 100 000 residents.

Nothing is interpolated or estimated: a rate uses a population figure that a
source published, and says which one (its date, qualifier and address) and how
it was chosen (``basis``).

Examples
--------
>>> pop = population_for_year(place="turkestan", year=2025)
>>> int(pop["value"]), str(pop["period_start"].date()), pop["basis"]
(2154334, '2025-01-01', 'start_of_year')
"""

from __future__ import annotations

import pandas as pd

from ..errors import InsufficientDataError
from .figures import load_figures

#: How the population figure of a rate was chosen, in order of preference.
POPULATION_BASES = ("start_of_year", "start_of_next_year", "within_year", "year_only")
POPULATION_FIELDS = ["value", "qualifier", "period_start", "figure_id", "source_url", "quote"]


def population_for_year(figures: pd.DataFrame | None = None, *, place: str, year: int) -> pd.Series:
    """Return the sourced population figure to use for a year's rate.

    The rule (``basis``): the population on 1 January of that year
    (``start_of_year``), else on 1 January of the next year (``start_of_next_year``),
    else any dated population figure within that year (``within_year``), else one
    the source assigns to that year without a date, e.g. «к концу 2025 года»
    (``year_only``); exact figures first at each step.

    Returns
    -------
    Series
        ``value``, ``qualifier``, ``period_start`` (the date it refers to, NaT when
        undated), ``figure_id``, ``source_url``, ``quote``, ``basis``.

    Raises
    ------
    InsufficientDataError
        When no population figure for ``place`` fits; the message lists the dates
        that exist.

    Examples
    --------
    >>> pop = population_for_year(place="kostanay_city", year=2025)
    >>> int(pop["value"]), pop["qualifier"], pop["basis"]
    (276800, 'rounded', 'year_only')
    >>> population_for_year(place="pavlodar", year=2025)
    Traceback (most recent call last):
    ...
    fraud_research.errors.InsufficientDataError: no sourced population for pavlodar near 2025 (dates on record: none); a rate per 100 000 needs one, and none is estimated
    """
    figures = load_figures() if figures is None else figures
    pops = figures[
        (figures["place"] == place) & (figures["metric"] == "population") & figures["value"].notna()
    ]
    dated = pops[pops["period_start"].notna()]
    preferences = {
        "start_of_year": dated[dated["period_start"] == pd.Timestamp(year, 1, 1)],
        "start_of_next_year": dated[dated["period_start"] == pd.Timestamp(year + 1, 1, 1)],
        "within_year": dated[dated["period_start"].dt.year == year],
        "year_only": pops[pops["period_start"].isna() & (pops["year"] == year)],
    }
    for basis, candidates in preferences.items():
        if not candidates.empty:
            exact_first = candidates.sort_values(
                ["qualifier", "line"], key=lambda s: s != "exact" if s.name == "qualifier" else s
            )
            return pd.concat([exact_first.iloc[0][POPULATION_FIELDS], pd.Series({"basis": basis})])
    known = ", ".join(str(d.date()) for d in dated["period_start"]) or "none"
    raise InsufficientDataError(
        f"no sourced population for {place} near {year} (dates on record: {known}); "
        "a rate per 100 000 needs one, and none is estimated"
    )
