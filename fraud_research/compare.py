"""Compare places like with like: rates for every place, period checks, notebook parameters.

This module holds the parts of a comparison that come before any test:

- :func:`rates_for_places` — rates per 100 000 residents for every place and
  year with a full-year count and a sourced population, with exact Poisson
  intervals, the population figure, its date and its source;
- :func:`check_like_with_like` — refuses to compare a full year with part of a
  year, or periods of different length, unless the caller asks for an explicit,
  labelled adjustment (``adjust="annualise"``);
- :func:`check_compare_parameters` — validates the parameters of
  ``notebooks/compare_regions.ipynb`` in one call;
- :func:`data_limits` — what the data cannot tell, in the reader's language.

The funnel plot and the ranking are in :mod:`fraud_research.funnel`, the
scheme-mix comparison in :mod:`fraud_research.scheme_mix`.

Examples
--------
>>> rates = rates_for_places(year=2025)
>>> row = rates.set_index("place").loc["turkestan"]
>>> int(row["count"]), int(row["population"]), round(float(row["estimate"]), 2)
(843, 2154334, 39.13)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from . import paths
from .change import rate_ratio
from .counts import poisson_interval, population_for_year, rate_per_100k
from .dataset import load_figures, load_places
from .errors import InsufficientDataError, ParameterError
from .labels import check_language, label_place, label_value, translate
from .panel import check_place, require_year, select_panel

#: Metrics that can be turned into a rate per 100 000 residents.
RATE_METRICS = ("cases_registered", "victims")
#: Adjustments a caller may request explicitly when periods differ.
ADJUSTMENTS = ("annualise",)

RATE_COLUMNS = [
    "place",
    "year",
    "metric",
    "count",
    "qualifier",
    "rate_kind",
    "count_ci_lower",
    "count_ci_upper",
    "population",
    "population_qualifier",
    "population_date",
    "population_source",
    "population_figure_id",
    "estimate",
    "ci_lower",
    "ci_upper",
    "has_rate",
    "figure_id",
    "source_url",
    "caveat",
    "method",
]

_RATE_KIND = {
    "exact": "exact",
    "rounded": "rounded",
    "approx": "approximate",
    "at_least": "lower bound",
    "at_most": "upper bound",
}


def _population(
    figures: pd.DataFrame, place: str, year: int, lang: str = "en"
) -> tuple[pd.Series | None, str]:
    """Return the population figure for a rate and a caveat (empty when it is dated and exact).

    The rule of :func:`~fraud_research.counts.population_for_year` comes first.
    When it finds nothing, a population figure that the source itself assigns to
    the same year without a date (e.g. «к концу 2025 года») is used and labelled.
    """
    try:
        pop = population_for_year(figures, place=place, year=year)
    except InsufficientDataError:
        pops = figures[
            (figures["place"] == place)
            & (figures["metric"] == "population")
            & figures["value"].notna()
        ]
        undated = pops[pops["period_start"].isna() & (pops["year"] == year)]
        if undated.empty:
            dates = ", ".join(str(d.date()) for d in pops["period_start"].dropna()) or "-"
            return None, translate(
                "caveat_no_rate", lang, place=label_place(place, lang), year=year, dates=dates
            )
        pop = undated.iloc[0][
            ["value", "qualifier", "period_start", "figure_id", "source_url", "quote"]
        ]
        note = translate(
            "caveat_pop_undated",
            lang,
            value=int(pop["value"]),
            year=year,
            note=undated.iloc[0]["note"] or "-",
        )
    else:
        date = pop["period_start"].date()
        note = (
            ""
            if date == dt.date(year, 1, 1)
            else translate("caveat_pop_date", lang, date=date, year=year)
        )
    if pop["qualifier"] != "exact":
        extra = translate(
            "caveat_pop_qualifier", lang, qualifier=label_value(pop["qualifier"], lang)
        )
        note = "; ".join(filter(None, [note, extra]))
    return pop, note


def rates_for_places(
    figures: pd.DataFrame | None = None,
    *,
    year: int | None = None,
    metric: str = "cases_registered",
    places: list[str] | tuple[str, ...] | None = None,
    alpha: float = 0.05,
    lang: str = "en",
) -> pd.DataFrame:
    """Return rates per 100 000 residents for every place and year with a full-year count.

    Every place with a full-year internet-fraud figure gets a row; the rate is
    filled only where a sourced population exists for that year (see
    :func:`~fraud_research.counts.population_for_year`; a population the source
    dates only by the year is used and labelled). Nothing is estimated or
    interpolated. Counts printed as bounds keep their qualifier: a count printed
    «более 2 500» gives a rate that is a lower bound (``rate_kind``).

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
    lang : {"en", "ru", "kk"}, keyword-only
        Language of the ``caveat`` sentences (notes stored with the figures are
        quoted as recorded).

    Returns
    -------
    DataFrame
        One row per place and year, with the columns of ``RATE_COLUMNS``: the count,
        its qualifier and exact interval; the population, its qualifier, date,
        source and figure id; the rate (``estimate``, ``ci_lower``, ``ci_upper``),
        ``has_rate``, and a ``caveat`` sentence. Sorted by year, then rate.

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
    >>> rates.loc["almaty_city", "rate_kind"]
    'lower bound'
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
        mask = (
            (figures["metric"] == metric)
            & (figures["scope"] == "internet_fraud")
            & (figures["period_kind"] == "full_year")
            & (figures["scheme"] == "")
            & (figures["breakdown"] == "")
            & figures["value"].notna()
        )
        candidates = sorted(figures.loc[mask, "place"].unique())
    check_language(lang)
    notes = figures.set_index("figure_id")["note"]
    levels = load_places()["level"].to_dict()
    rows = []
    for place in candidates:
        panel = select_panel(figures, place=place, metric=metric)
        if year is not None:
            panel = panel[panel["year"] == year]
        for chosen in panel.itertuples():
            count = int(chosen.value)
            interval = poisson_interval(count, alpha=alpha).iloc[0]
            caveats = []
            if chosen.qualifier != "exact":
                kind = _RATE_KIND[chosen.qualifier]
                caveats.append(
                    translate(
                        "caveat_count_qualifier",
                        lang,
                        qualifier=label_value(chosen.qualifier, lang),
                        kind=("a " if lang == "en" and "bound" in kind else "")
                        + label_value(kind, lang),
                    )
                )
            if levels.get(place) == "city":
                caveats.append(translate("caveat_city", lang))
            if chosen.conflict:
                caveats.append(chosen.conflict)
            note = notes.get(chosen.figure_id, "")
            if "caution" in note or "conflict" in note:
                caveats.append(note)
            record = {
                "place": place,
                "year": int(chosen.year),
                "metric": metric,
                "count": count,
                "qualifier": chosen.qualifier,
                "rate_kind": _RATE_KIND[chosen.qualifier],
                "count_ci_lower": interval["ci_lower"],
                "count_ci_upper": interval["ci_upper"],
                "population": pd.NA,
                "population_qualifier": "",
                "population_date": pd.NaT,
                "population_source": "",
                "population_figure_id": "",
                "estimate": np.nan,
                "ci_lower": np.nan,
                "ci_upper": np.nan,
                "has_rate": False,
                "figure_id": chosen.figure_id,
                "source_url": chosen.source_url,
                "method": interval["method"],
            }
            pop, pop_note = _population(figures, place, int(chosen.year), lang)
            if pop is None:
                caveats.append(pop_note)
            else:
                rate = rate_per_100k(count, int(pop["value"]), alpha=alpha).iloc[0]
                record.update(
                    population=int(pop["value"]),
                    population_qualifier=pop["qualifier"],
                    population_date=pop["period_start"],
                    population_source=pop["source_url"],
                    population_figure_id=pop["figure_id"],
                    estimate=rate["estimate"],
                    ci_lower=rate["ci_lower"],
                    ci_upper=rate["ci_upper"],
                    has_rate=True,
                    method=rate["method"],
                )
                if pop_note:
                    caveats.append(pop_note)
            record["caveat"] = "; ".join(caveats)
            rows.append(record)
    frame = pd.DataFrame(rows, columns=RATE_COLUMNS)
    if frame.empty:
        return frame
    frame["population"] = frame["population"].astype("Int64")
    return frame.sort_values(["year", "estimate"], ascending=[True, False]).reset_index(drop=True)


def _single_period(rows: pd.DataFrame | pd.Series, name: str) -> dict:
    """Describe the one period a table of figures covers (raise if it covers several)."""
    frame = rows.to_frame().T if isinstance(rows, pd.Series) else rows
    missing = [c for c in ("period_kind", "period_start", "period_end") if c not in frame.columns]
    if missing:
        raise ParameterError(
            f"{name}: no period columns ({', '.join(missing)}); pass figure rows, a panel or a "
            "scheme table, so that the periods can be checked"
        )
    periods = frame[["period_kind", "period_start", "period_end"]].drop_duplicates()
    if len(periods) != 1:
        listed = "; ".join(_describe(p._asdict()) for p in periods.itertuples(index=False))
        raise ParameterError(f"{name} mixes several periods ({listed}); pass one period per side")
    period = periods.iloc[0].to_dict()
    start, end = period["period_start"], period["period_end"]
    known = pd.notna(start) and pd.notna(end)
    period["days"] = int((end - start).days) + 1 if known else None
    period["name"] = name
    return period


def _describe(period: dict) -> str:
    def show(date) -> str:
        return str(pd.Timestamp(date).date()) if pd.notna(date) else "date not stated"

    return f"{period['period_kind']} {show(period['period_start'])} to {show(period['period_end'])}"


def check_like_with_like(
    a: pd.DataFrame | pd.Series,
    b: pd.DataFrame | pd.Series,
    *,
    names: tuple[str, str] = ("a", "b"),
    adjust: str | None = None,
) -> pd.DataFrame:
    """Check that two sets of figures cover comparable periods, or apply a requested adjustment.

    Two full years compare directly, and so do two partial periods of the same,
    known length. Anything else is refused unless ``adjust="annualise"`` is passed:
    then each side gets a factor 365 / days (or 366 in a leap year) that scales its
    counts to a year, and the adjustment is labelled. An undated partial period
    cannot be annualised.

    Parameters
    ----------
    a, b : DataFrame or Series
        Figure rows, a panel or a scheme table, with ``period_kind``,
        ``period_start`` and ``period_end``; each must cover one period.
    names : tuple of str, keyword-only
        How the two sides are named in messages and output.
    adjust : {None, "annualise"}, keyword-only
        Explicit adjustment for periods that differ; ``None`` refuses them.

    Returns
    -------
    DataFrame
        One row per side: ``name``, ``period_kind``, ``period_start``, ``period_end``,
        ``days``, ``factor`` (multiply counts by it; 1 when nothing is adjusted) and
        ``adjustment`` (a label for the output, empty when none).

    Raises
    ------
    ParameterError
        Naming both periods and how to request an adjustment.

    Examples
    --------
    >>> from fraud_research.panel import select_panel
    >>> panel = select_panel(place="kazakhstan", include_partial=True).set_index("figure_id")
    >>> full = panel.loc[["kazakhstan-2025-cases-5"]]
    >>> nine_months = panel.loc[["kazakhstan-2025-cases-6"]]
    >>> check_like_with_like(full, nine_months, names=("2025", "9 months 2025"))
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: cannot compare 2025 (full_year 2025-01-01 to 2025-12-31) with 9 months 2025 (months 2025-01-01 to 2025-09-30): a full year against part of a year; compare figures of the same period, or pass adjust='annualise' to scale each count to a full year (the output is labelled)
    >>> check_like_with_like(full, nine_months, adjust="annualise")[["name", "days", "factor"]].round(4).values.tolist()
    [['a', 365, 1.0], ['b', 273, 1.337]]
    """
    if adjust is not None and adjust not in ADJUSTMENTS:
        raise ParameterError(
            f"unknown adjustment {adjust!r}; allowed: None (refuse differing periods) or "
            f"{', '.join(repr(a) for a in ADJUSTMENTS)}"
        )
    sides = [_single_period(a, names[0]), _single_period(b, names[1])]
    kinds = {s["period_kind"] for s in sides}
    days = [s["days"] for s in sides]
    problem = ""
    if kinds - {"full_year", "months", "year_to_date"}:
        other = sorted(kinds - {"full_year", "months", "year_to_date"})
        problem = f"period kind(s) {other} are not a count period"
    elif kinds == {"full_year"}:
        problem = ""
    elif "full_year" in kinds:
        problem = "a full year against part of a year"
    elif None in days:
        problem = "the length of a partial period is not stated"
    elif days[0] != days[1]:
        problem = f"periods of different length ({days[0]} and {days[1]} days)"
    if problem and adjust is None:
        raise ParameterError(
            f"cannot compare {names[0]} ({_describe(sides[0])}) with {names[1]} "
            f"({_describe(sides[1])}): {problem}; compare figures of the same period, or pass "
            "adjust='annualise' to scale each count to a full year (the output is labelled)"
        )
    rows = []
    for side in sides:
        factor, label = 1.0, ""
        if problem and side["period_kind"] != "full_year":
            if side["days"] is None:
                raise ParameterError(
                    f"cannot annualise {side['name']} ({_describe(side)}): the period end is not "
                    "stated, so its length is unknown; use a dated figure"
                )
            year_days = 366 if pd.Timestamp(side["period_start"]).is_leap_year else 365
            factor = year_days / side["days"]
            label = (
                f"annualised from {side['days']} days (x{factor:.3f}); assumes cases are spread "
                "evenly over the year"
            )
        rows.append(
            {
                "name": side["name"],
                "period_kind": side["period_kind"],
                "period_start": side["period_start"],
                "period_end": side["period_end"],
                "days": side["days"],
                "factor": factor,
                "adjustment": label,
            }
        )
    return pd.DataFrame(rows)


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
    year; the ``adjustment`` column says so.

    Parameters
    ----------
    a, b : DataFrame or Series
        One figure each (a panel row), with ``value`` and the period columns.

    Returns
    -------
    DataFrame
        One row: ``name``, ``reference``, the columns of
        :func:`fraud_research.change.rate_ratio`, and ``adjustment``.

    Examples
    --------
    >>> from fraud_research.panel import select_panel
    >>> panel = select_panel(place="kazakhstan", include_partial=True).set_index("figure_id")
    >>> full, nine = panel.loc[["kazakhstan-2025-cases-5"]], panel.loc[["kazakhstan-2025-cases-6"]]
    >>> compare_counts(full, nine)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: cannot compare a (full_year 2025-01-01 to 2025-12-31) with b (months 2025-01-01 to 2025-09-30): a full year against part of a year; ...
    >>> out = compare_counts(full, nine, adjust="annualise")
    >>> round(float(out["estimate"].item()), 4), out["adjustment"].item()
    (1.0227, 'b: annualised from 273 days (x1.337); assumes cases are spread evenly over the year')
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
    labels = [f"{row.name}: {row.adjustment}" for row in periods.itertuples() if row.adjustment]
    return ratio.assign(name=names[0], reference=names[1], adjustment="; ".join(labels))[
        ["name", "reference", *ratio.columns, "adjustment"]
    ]


#: The documented parameters of ``notebooks/compare_regions.ipynb``.
COMPARE_PARAMETERS = ("year", "metric", "places", "reference", "lang", "output_dir")


def check_compare_parameters(
    *,
    year: int,
    metric: str,
    places: list[str],
    reference: str,
    lang: str,
    output_dir: str = "",
    namespace=None,
    figures: pd.DataFrame | None = None,
) -> dict:
    """Validate the parameters of ``notebooks/compare_regions.ipynb`` in one call.

    ``namespace`` is the notebook's ``globals()``: a plain value in it that is not
    one of :data:`COMPARE_PARAMETERS` (a misspelt ``-p yaer 2024``) is refused. The
    batch runner calls this before any kernel starts.

    Returns
    -------
    dict
        The parameters, with ``places`` as a list (empty means every place with
        data) and ``output_dir`` as a Path under ``outputs/`` (or ``None``: don't save).

    Raises
    ------
    ParameterError, InsufficientDataError
        Naming the parameter, the value and what is allowed.

    Examples
    --------
    >>> check_compare_parameters(year=2025, metric="cases_registered", places=[],
    ...                          reference="kazakhstan", lang="ru")["output_dir"] is None
    True
    >>> check_compare_parameters(year=2025, metric="cases_registered", places=["turkestan"],
    ...                          reference="kazakhstan", lang="de")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown language 'de' for parameter 'lang'; valid: en, ru, kk
    """
    from .notebook_parameters import check_injected_names

    check_injected_names(namespace, COMPARE_PARAMETERS)
    figures = load_figures() if figures is None else figures
    check_language(lang)
    if metric not in RATE_METRICS:
        raise ParameterError(f"parameter 'metric' is {metric!r}; valid: {', '.join(RATE_METRICS)}")
    if isinstance(year, bool) or not isinstance(year, int):
        raise ParameterError(f"parameter 'year' must be an integer year, got {year!r}")
    if isinstance(places, str) or not isinstance(places, list | tuple):
        raise ParameterError(
            f"parameter 'places' must be a list of place ids (empty = every place with data), "
            f"got {places!r}"
        )
    for place in places:
        check_place(place, parameter="places")
    check_place(reference, parameter="reference")
    require_year(figures, place=reference, year=year, parameter="year")
    out = None
    if output_dir:
        out = Path(output_dir)
        out = (out if out.is_absolute() else paths.OUTPUTS_DIR / out).resolve()
        if not out.is_relative_to(paths.OUTPUTS_DIR.resolve()):
            raise ParameterError(
                f"parameter 'output_dir' is {output_dir!r}; outputs are written under "
                f"{paths.OUTPUTS_DIR} only (give a sub-folder name, or '' to save nothing)"
            )
    return {
        "year": year,
        "metric": metric,
        "places": list(places),
        "rate_places": [*places, reference] if places else None,
        "reference": reference,
        "lang": lang,
        "output_dir": out,
    }


def save_tables(output_dir: str | Path, **tables: pd.DataFrame) -> list[Path]:
    """Write each table as ``<name>.csv`` (UTF-8) under ``output_dir`` and return the paths.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> [p.name for p in save_tables(folder, rates=pd.DataFrame({"a": [1]}))]
    ['rates.csv']
    """
    folder = Path(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = folder / f"{name}.csv"
        table.to_csv(path, index=False, encoding="utf-8")
        written.append(path)
    return written


_LIMITS = {
    "en": [
        "Only {n_rated} of {n_places} places in the registry have a full-year count and a "
        "sourced population for {year}: {rated}. The ranking covers these places only; the "
        "other regions are not 'average', they are unknown.",
        "Counts are registered crimes: they depend on how willing victims are to report and "
        "on how each police department records a case. A higher rate may mean more fraud or "
        "more complete recording.",
        "Intervals describe year-to-year (Poisson) variability of the count, not errors in the "
        "published figures, and they treat the population as known.",
        "The national figure contains the regions' own cases, so a region is never an "
        "independent sample from it; the scheme-mix tests say so and offer 'rest of the country'.",
        "Scheme categories differ between sources; schemes a source does not name are merged "
        "into 'other / not listed', so a difference there says nothing about any single scheme.",
    ],
    "ru": [
        "Только у {n_rated} из {n_places} территорий реестра есть годовое число случаев и "
        "население с источником за {year} год: {rated}. Рейтинг охватывает только их; остальные "
        "регионы не «средние», а неизвестные.",
        "Это зарегистрированные преступления: они зависят от готовности потерпевших обращаться "
        "и от того, как каждое подразделение полиции регистрирует случаи. Более высокий уровень "
        "может означать больше мошенничества или более полную регистрацию.",
        "Интервалы описывают случайную (пуассоновскую) изменчивость числа случаев, а не ошибки "
        "в опубликованных цифрах; население считается известным точно.",
        "Общереспубликанская цифра включает случаи самих регионов, поэтому регион — не "
        "независимая выборка; проверки структуры схем это оговаривают и предлагают сравнение "
        "с остальной частью страны.",
        "Категории схем в источниках различаются; схемы, не названные источником, объединены "
        "в «прочие / не указано», и различие в этой строке ничего не говорит об отдельной схеме.",
    ],
}


def data_limits(rates: pd.DataFrame, *, year: int, lang: str = "en") -> str:
    """Return a Markdown list of what the data cannot tell, with the numbers of this run.

    Examples
    --------
    >>> rates = rates_for_places(year=2025)
    >>> print(data_limits(rates, year=2025).splitlines()[0])
    - Only 5 of 24 places in the registry have a full-year count and a sourced population for 2025: ...
    """
    check_language(lang)
    rated = rates[(rates["year"] == year) & rates["has_rate"]]["place"].tolist()
    texts = _LIMITS.get(lang, _LIMITS["ru"])
    fields = {
        "n_rated": len(rated),
        "n_places": len(load_places()),
        "year": year,
        "rated": ", ".join(label_place(p, lang) for p in rated) or "-",
    }
    return "\n".join(f"- {t.format(**fields)}" for t in texts)


__all__ = [
    "ADJUSTMENTS",
    "RATE_COLUMNS",
    "RATE_METRICS",
    "check_compare_parameters",
    "check_like_with_like",
    "compare_counts",
    "data_limits",
    "rates_for_places",
    "save_tables",
]
