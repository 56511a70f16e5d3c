"""Rates per 100 000 residents for many places, and counts compared like with like.

- :func:`rates_for_places` — a rate for every place and year with a headline
  count and a sourced population, with exact Poisson intervals, the population
  figure, its date, how it was chosen and its source;
- :func:`compare_counts` — two published counts as a ratio of rates, refusing
  unlike periods unless an explicit, reported adjustment is requested.

Caveats are codes (``flags``) and ids (``conflict``): the report layer writes
them as sentences in the reader's language.

Examples
--------
>>> rates = rates_for_places(year=2025)
>>> row = rates.set_index("place").loc["turkestan"]
>>> int(row["count"]), int(row["population"]), round(float(row["estimate"]), 2)
(843, 2154334, 39.13)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..dataset import (
    cached_places,
    check_like_with_like,
    check_place,
    headline_rows,
    load_figures,
    population_for_year,
    select_panel,
)
from ..errors import InsufficientDataError, ParameterError
from .change import rate_ratio
from .counts import poisson_interval, rate_per_100k

#: Metrics that can be turned into a rate per 100 000 residents.
RATE_METRICS = ("cases_registered", "victims")
#: Codes in the ``flags`` column of :func:`rates_for_places`.
RATE_FLAGS = ("city", "definition_note", "no_population")

RATE_COLUMNS = [
    "place",
    "year",
    "metric",
    "count",
    "qualifier",
    "count_ci_lower",
    "count_ci_upper",
    "population",
    "population_qualifier",
    "population_date",
    "population_basis",
    "population_source",
    "population_figure_id",
    "estimate",
    "ci_lower",
    "ci_upper",
    "has_rate",
    "figure_id",
    "source_url",
    "conflict",
    "flags",
    "level",
    "method",
]


def _flags(place: str, figure_note: str, *, has_population: bool) -> str:
    flags = []
    if cached_places()["level"].get(place) == "city":
        flags.append("city")  # a city inside a region: compare it with regions with care
    if "caution" in figure_note or "conflict" in figure_note.lower():
        flags.append("definition_note")  # the curators' note warns about the definition
    if not has_population:
        flags.append("no_population")
    return ";".join(flags)


def rates_for_places(
    figures: pd.DataFrame | None = None,
    *,
    year: int | None = None,
    metric: str = "cases_registered",
    places: list[str] | tuple[str, ...] | None = None,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Return rates per 100 000 residents for every place and year with a full-year count.

    Every place with a full-year internet-fraud figure gets a row; the rate is
    filled only where a sourced population exists for that year (see
    :func:`~fraud_research.dataset.population_for_year`). Nothing is estimated or
    interpolated. Counts printed as bounds keep their qualifier: a count printed
    «более 2 500» gives a rate that is a lower bound.

    Parameters
    ----------
    figures : DataFrame, optional
        Output of :func:`~fraud_research.dataset.load_figures`; loaded if omitted.
    year : int, optional
        Keep one year; all years when omitted.
    metric : {"cases_registered", "victims"}, keyword-only
        What is counted.
    places : list of str, optional
        Place ids; every place with data when omitted or empty.
    alpha : float, keyword-only
        1 - confidence level of the exact Poisson intervals.

    Returns
    -------
    DataFrame
        One row per place and year, with the columns of ``RATE_COLUMNS``: the count,
        its qualifier and exact interval; the population, its qualifier, date,
        ``population_basis`` (how it was chosen), source and figure id; the rate
        (``estimate``, ``ci_lower``, ``ci_upper``), ``has_rate``, ``conflict`` (ids of
        figures that disagree with the count) and ``flags`` (codes of
        :data:`RATE_FLAGS`, ``";"``-separated). Sorted by year, then rate.

    Raises
    ------
    ParameterError
        For an unknown metric or place.

    Examples
    --------
    Turkestan 2025: 843 / 2 154 334 × 100 000 = 39.13 per 100 000.

    >>> rates = rates_for_places(year=2025).set_index("place")
    >>> rates.loc[["turkestan", "kazakhstan"], "estimate"].round(2).tolist()
    [39.13, 137.49]
    >>> rates.loc["almaty_city", "qualifier"], rates.loc["kostanay_city", "flags"]
    ('at_least', 'city')
    >>> str(rates.loc["kazakhstan", "population_date"].date())
    '2025-01-01'
    """
    if metric not in RATE_METRICS:
        raise ParameterError(
            f"metric {metric!r} cannot be a rate per resident; valid: {', '.join(RATE_METRICS)}"
        )
    figures = load_figures() if figures is None else figures
    if places:
        for place in places:
            check_place(place, parameter="places")
        candidates = list(dict.fromkeys(places))
    else:
        candidates = sorted(headline_rows(figures, metric=metric)["place"].unique())
    notes = figures.set_index("figure_id")["note"]
    rows = []
    for place in candidates:
        panel = select_panel(figures, place=place, metric=metric)
        if year is not None:
            panel = panel[panel["year"] == year]
        for chosen in panel.itertuples():
            rows.append(_rate_row(figures, chosen, metric, alpha, notes.get(chosen.figure_id, "")))
    frame = pd.DataFrame(rows, columns=RATE_COLUMNS)
    if frame.empty:
        return frame
    frame["population"] = frame["population"].astype("Int64")
    return frame.sort_values(["year", "estimate"], ascending=[True, False]).reset_index(drop=True)


def _rate_row(figures, chosen, metric: str, alpha: float, note: str) -> dict:
    count = int(chosen.value)
    interval = poisson_interval(count, alpha=alpha).iloc[0]
    record = {
        "place": chosen.place,
        "year": int(chosen.year),
        "metric": metric,
        "count": count,
        "qualifier": chosen.qualifier,
        "count_ci_lower": interval["ci_lower"],
        "count_ci_upper": interval["ci_upper"],
        "population": pd.NA,
        "population_qualifier": "",
        "population_date": pd.NaT,
        "population_basis": "",
        "population_source": "",
        "population_figure_id": "",
        "estimate": np.nan,
        "ci_lower": np.nan,
        "ci_upper": np.nan,
        "has_rate": False,
        "figure_id": chosen.figure_id,
        "source_url": chosen.source_url,
        "conflict": chosen.conflict,
        "level": interval["level"],
        "method": interval["method"],
    }
    try:
        pop = population_for_year(figures, place=chosen.place, year=int(chosen.year))
    except InsufficientDataError:
        pop = None
    if pop is not None:
        rate = rate_per_100k(count, int(pop["value"]), alpha=alpha).iloc[0]
        record.update(
            population=int(pop["value"]),
            population_qualifier=pop["qualifier"],
            population_date=pop["period_start"],
            population_basis=pop["basis"],
            population_source=pop["source_url"],
            population_figure_id=pop["figure_id"],
            estimate=rate["estimate"],
            ci_lower=rate["ci_lower"],
            ci_upper=rate["ci_upper"],
            has_rate=True,
        )
    record["flags"] = _flags(chosen.place, note, has_population=pop is not None)
    return record


def compare_counts(
    a: pd.DataFrame | pd.Series,
    b: pd.DataFrame | pd.Series,
    *,
    names: tuple[str, str] = ("a", "b"),
    adjust: str | None = None,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Compare two published counts as a ratio of rates, like with like.

    The periods are checked with :func:`check_like_with_like`. With
    ``adjust="annualise"`` a partial period enters as a fraction of a year of
    exposure (e.g. 273/365 for nine months), so the ratio compares counts per
    year (which assumes cases are spread evenly over the year); the
    ``annualised_days`` columns say which side was scaled from how many days.

    Parameters
    ----------
    a, b : DataFrame or Series
        One figure each (a panel row), with ``value`` and the period columns.

    Returns
    -------
    DataFrame
        One row: ``name``, ``reference``, the columns of
        :func:`fraud_research.stats.rate_ratio`, ``annualised_days`` and
        ``reference_annualised_days`` (the length of a scaled period; NA when not scaled).

    Examples
    --------
    >>> from fraud_research.dataset import select_panel
    >>> panel = select_panel(place="kazakhstan", include_partial=True).set_index("figure_id")
    >>> full, nine = panel.loc[["kazakhstan-2025-cases-5"]], panel.loc[["kazakhstan-2025-cases-6"]]
    >>> compare_counts(full, nine)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: cannot compare a (full_year 2025-01-01 to 2025-12-31) with b (months 2025-01-01 to 2025-09-30): a full year against part of a year; ...
    >>> out = compare_counts(full, nine, adjust="annualise")
    >>> round(float(out["estimate"].item()), 4), out["reference_annualised_days"].item()
    (1.0227, 273)
    """
    periods = check_like_with_like(a, b, names=names, adjust=adjust)
    values = []
    for side, name in zip((a, b), names, strict=True):
        frame = side.to_frame().T if isinstance(side, pd.Series) else side
        if len(frame) != 1 or pd.isna(frame["value"].iloc[0]):
            raise ParameterError(f"{name}: pass exactly one figure with a value")
        values.append(int(frame["value"].iloc[0]))
    exposure = 1 / periods["factor"].to_numpy()
    ratio = rate_ratio(
        values[0], values[1], exposure=exposure[0], reference_exposure=exposure[1], alpha=alpha
    )
    return ratio.assign(
        name=names[0],
        reference=names[1],
        annualised_days=[_days_if_annualised(periods, 0)],
        reference_annualised_days=[_days_if_annualised(periods, 1)],
    )[["name", "reference", *ratio.columns, "annualised_days", "reference_annualised_days"]]


def _days_if_annualised(periods: pd.DataFrame, side: int):
    row = periods.iloc[side]
    return int(row["days"]) if row["adjustment"] == "annualised" else pd.NA


__all__ = ["RATE_COLUMNS", "RATE_FLAGS", "RATE_METRICS", "compare_counts", "rates_for_places"]
