"""Rates per 100 000 residents for many places, and counts compared like with like.

- :func:`rates_for_places` — a rate for every place with a headline count for a
  full year or for one common part of a year, and a sourced population, with exact
  Poisson intervals, the population figure(s), their dates, how they were chosen
  (the denominator) and their source;
- :func:`other_periods` — what the places left out of a comparison published for
  the same year instead (never mixed into its table);
- :func:`compare_counts` — two published counts as a ratio of rates, refusing
  unlike periods unless an explicit, reported adjustment is requested.

Caveats are codes (``flags``) and ids (``conflict``): the report layer writes
them as sentences in the reader's language.

Examples
--------
>>> rates = rates_for_places(year=2025)
>>> row = rates.set_index("place").loc["turkestan"]
>>> int(row["count"]), int(row["population"]), round(float(row["estimate"]), 2)
(843, 2151496, 39.18)
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
    parse_period,
    population_for_period,
    select_panel,
)
from ..dataset.qualifiers import bound_side, open_limits
from ..dataset.schema import COUNT_PERIOD_KINDS
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
    "period_kind",
    "period_start",
    "period_end",
    "metric",
    "count",
    "qualifier",
    "bound",
    "count_ci_lower",
    "count_ci_upper",
    "population",
    "population_qualifier",
    "population_digits",
    "population_date",
    "population_date_2",
    "population_basis",
    "population_conflict",
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
    period: str = "",
    metric: str = "cases_registered",
    places: list[str] | tuple[str, ...] | None = None,
    alpha: float = 0.05,
) -> pd.DataFrame:
    """Return rates per 100 000 residents for every place with a count for one kind of period.

    By default every full-year internet-fraud figure gets a row. With ``period``
    (see :func:`~fraud_research.dataset.parse_period`; needs ``year``) only figures
    for exactly that span do, whatever they were published as (``months`` or
    ``year_to_date`` with the same first and last day): periods are never mixed.
    The rate is filled only where a sourced population exists (see
    :func:`~fraud_research.dataset.population_for_period`: a full year divides by the
    mid-year population, part of a year by the population nearest its midpoint).
    Nothing is estimated or interpolated. Counts printed as bounds keep their
    qualifier: a count printed «более 2 500» gives a rate that is a lower bound.

    Parameters
    ----------
    figures : DataFrame, optional
        Output of :func:`~fraud_research.dataset.load_figures`; loaded if omitted.
    year : int, optional
        Keep one year; all years when omitted (full years only).
    period : str, keyword-only
        ``""`` for full years, else a span of ``year`` such as ``"2025-01/2025-05"``.
    metric : {"cases_registered", "victims"}, keyword-only
        What is counted.
    places : list of str, optional
        Place ids; every place with data when omitted or empty.
    alpha : float, keyword-only
        1 - confidence level of the exact Poisson intervals.

    Returns
    -------
    DataFrame
        One row per place and period, with the columns of ``RATE_COLUMNS``: the
        period, the count, its qualifier and exact interval; the population, its
        qualifier, the significant digits it supports (``population_digits``, NA when
        exact), date(s) (``population_date_2`` is the second date of a mid-year
        average), ``population_basis`` (a code of
        :data:`~fraud_research.dataset.POPULATION_BASES`), ``population_conflict``
        (population figures for the same date that disagree), source and figure id;
        the rate (``estimate``, ``ci_lower``, ``ci_upper``), ``has_rate``,
        ``conflict`` (ids of figures that disagree with the count) and ``flags``
        (codes of :data:`RATE_FLAGS`, ``";"``-separated). Sorted by year, then rate.

    Raises
    ------
    ParameterError
        For an unknown metric or place, a malformed period or a period without ``year``.

    Examples
    --------
    Turkestan 2025: 843 / ((2 154 334 + 2 148 658) / 2) × 100 000 = 39.18 per 100 000.

    >>> rates = rates_for_places(year=2025).set_index("place")
    >>> rates.loc[["turkestan", "kazakhstan"], "estimate"].round(2).tolist()
    [39.18, 136.79]
    >>> rates.loc["almaty_city", "qualifier"], rates.loc["kostanay_city", "flags"]
    ('at_least', 'city')
    >>> rates.loc["kazakhstan", "population_basis"]
    'mid_year_average'

    January–May 2025: Astana 1 548 cases over 1 528 887 residents on 1 January 2025.

    >>> may = rates_for_places(year=2025, period="2025-01/2025-05").set_index("place")
    >>> round(float(may.loc["astana_city", "estimate"]), 2), bool(may.loc["akmola", "has_rate"])
    (101.25, False)
    """
    if metric not in RATE_METRICS:
        raise ParameterError(
            f"metric {metric!r} cannot be a rate per resident; valid: {', '.join(RATE_METRICS)}"
        )
    if period and year is None:
        raise ParameterError(f"period {period!r} needs the year it lies in (pass year=)")
    span = parse_period(period, year=year) if period else None
    figures = load_figures() if figures is None else figures
    kinds = COUNT_PERIOD_KINDS if span is not None else ("full_year",)
    if places:
        for place in places:
            check_place(place, parameter="places")
        candidates = list(dict.fromkeys(places))
    else:
        candidates = sorted(headline_rows(figures, metric=metric, kinds=kinds)["place"].unique())
    notes = figures.set_index("figure_id")["note"]
    rows = []
    for place in candidates:
        panel = select_panel(figures, place=place, metric=metric, include_partial=span is not None)
        panel = _on_period(panel, span) if span is not None else panel
        if year is not None:
            panel = panel[panel["year"] == year]
        for chosen in panel.itertuples():
            rows.append(_rate_row(figures, chosen, metric, alpha, notes.get(chosen.figure_id, "")))
    frame = pd.DataFrame(rows, columns=RATE_COLUMNS)
    if frame.empty:
        return frame
    frame["population"] = frame["population"].astype("Int64")
    frame["population_digits"] = frame["population_digits"].astype("Int64")
    return frame.sort_values(["year", "estimate"], ascending=[True, False]).reset_index(drop=True)


def _on_period(panel: pd.DataFrame, span: dict) -> pd.DataFrame:
    """The panel rows for exactly one span (full year: full-year figures only)."""
    full = span["period_kind"] == "full_year"
    return panel[
        (panel["period_kind"] == "full_year" if full else panel["period_kind"] != "full_year")
        & (panel["period_start"] == span["period_start"])
        & (panel["period_end"] == span["period_end"])
    ]


def _rate_row(figures, chosen, metric: str, alpha: float, note: str) -> dict:
    count = int(chosen.value)
    interval = poisson_interval(count, alpha=alpha).iloc[0]
    record = {
        "place": chosen.place,
        "year": int(chosen.year),
        "period_kind": chosen.period_kind,
        "period_start": chosen.period_start,
        "period_end": chosen.period_end,
        "metric": metric,
        "count": count,
        "qualifier": chosen.qualifier,
        "count_ci_lower": interval["ci_lower"],
        "count_ci_upper": interval["ci_upper"],
        "population": pd.NA,
        "population_qualifier": "",
        "population_digits": pd.NA,
        "population_date": pd.NaT,
        "population_date_2": pd.NaT,
        "population_basis": "",
        "population_conflict": "",
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
        pop = population_for_period(
            figures, place=chosen.place, start=chosen.period_start, end=chosen.period_end
        )
    except InsufficientDataError:
        pop = None
    if pop is not None:
        rate = rate_per_100k(count, int(pop["value"]), alpha=alpha).iloc[0]
        record.update(
            population=int(pop["value"]),
            population_qualifier=pop["qualifier"],
            population_digits=pd.NA if pop["digits"] is None else pop["digits"],
            population_date=pop["period_start"],
            population_date_2=pop["period_start_2"],
            population_basis=pop["basis"],
            population_conflict=pop["conflict"],
            population_source=pop["source_url"],
            population_figure_id=pop["figure_id"],
            estimate=rate["estimate"],
            ci_lower=rate["ci_lower"],
            ci_upper=rate["ci_upper"],
            has_rate=True,
        )
    # «не менее 2 500»: a lower bound, so the count and the rate have a lower limit only.
    record["bound"] = bound_side(chosen.qualifier)
    for side in open_limits(record["bound"]):
        record.update({f"count_ci_{side}": np.nan, f"ci_{side}": np.nan})
    record["flags"] = _flags(chosen.place, note, has_population=pop is not None)
    return record


#: Columns of :func:`other_periods`.
OTHER_PERIOD_COLUMNS = [
    "place", "year", "period_kind", "period_start", "period_end", "count", "qualifier",
    "figure_id", "source_url",
]  # fmt: skip


def other_periods(
    figures: pd.DataFrame | None = None,
    *,
    year: int,
    period: str = "",
    metric: str = "cases_registered",
    places: list[str] | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """Return the figures of ``year`` that are *not* for the compared period, place by place.

    A comparison lists them as "not comparable", each with its own period, so a
    reader sees what else was published without its being mixed into the rates.
    Places that do have a figure for the period are left out.

    Returns
    -------
    DataFrame
        Columns of :data:`OTHER_PERIOD_COLUMNS`, one row per place and period
        (the panel's choice among outlets), sorted by place and period end.

    Examples
    --------
    >>> other = other_periods(year=2025, period="2025-01/2025-05")
    >>> other.loc[other["place"] == "aktobe", ["count", "period_end"]].astype(str).values.tolist()
    [['846', '2025-09-30']]
    >>> "astana_city" in set(other["place"])
    False
    """
    figures = load_figures() if figures is None else figures
    span = parse_period(period, year=year)
    rows = headline_rows(figures, metric=metric, kinds=COUNT_PERIOD_KINDS)
    rows = rows[rows["year"] == year]
    chosen = list(places) if places else sorted(rows["place"].unique())
    frames = []
    for place in chosen:
        panel = select_panel(figures, place=place, metric=metric, include_partial=True)
        panel = panel[panel["year"] == year]
        if panel.empty or not _on_period(panel, span).empty:
            continue
        frames.append(panel.rename(columns={"value": "count"})[OTHER_PERIOD_COLUMNS])
    if not frames:
        return pd.DataFrame(columns=OTHER_PERIOD_COLUMNS)
    return (
        pd.concat(frames, ignore_index=True)
        .sort_values(["place", "period_end"], na_position="last", kind="stable")
        .reset_index(drop=True)
    )


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


__all__ = [
    "OTHER_PERIOD_COLUMNS",
    "RATE_COLUMNS",
    "RATE_FLAGS",
    "RATE_METRICS",
    "compare_counts",
    "other_periods",
    "rates_for_places",
]
