"""Periods of published figures: describe them and refuse to compare unlike periods.

A nine-month count is not a full year, and a January–May count is not a
year-to-date count of unknown length. :func:`check_like_with_like` lets two sets
of figures be compared only when they cover periods of the same kind and length,
or when the caller asks for an explicit adjustment (``adjust="annualise"``),
which is then reported (``adjustment``, ``days``, ``factor``).

Examples
--------
>>> describe_period({"period_kind": "months", "period_start": pd.Timestamp("2025-01-01"),
...                  "period_end": pd.Timestamp("2025-05-31")})
'months 2025-01-01 to 2025-05-31'
"""

from __future__ import annotations

import pandas as pd

from ..errors import ParameterError
from .schema import COUNT_PERIOD_KINDS

#: Adjustments a caller may request explicitly when periods differ.
ADJUSTMENTS = ("annualise",)
#: How a comparison period is written (``period`` parameter of the comparison).
PERIOD_FORMS = (
    "'' (the full year)",
    "'2025-01/2025-05' (a span of months)",
    "'2025-01-01/2025-10-21' (a span of days)",
    "'ytd:2025-10-31' (year to date at a date)",
)


def parse_period(period: str, *, year: int) -> dict:
    """Return the period a comparison covers: its kind, year, first and last day.

    Parameters
    ----------
    period : str
        ``""`` for the full ``year``; ``"YYYY-MM/YYYY-MM"`` for a span of whole
        months; ``"YYYY-MM-DD/YYYY-MM-DD"`` for a span of days; ``"ytd:YYYY-MM-DD"``
        for the year to date at a date. A span must lie within ``year``.
    year : int, keyword-only
        The comparison year.

    Returns
    -------
    dict
        ``period_kind`` (``"full_year"`` or ``"part_year"``: a part-year figure may
        be published as ``months`` or ``year_to_date``; only its dates count),
        ``year``, ``period_start``, ``period_end`` and ``days``.

    Raises
    ------
    ParameterError
        For a malformed period or one outside ``year``, listing the valid forms.

    Examples
    --------
    >>> p = parse_period("2025-01/2025-05", year=2025)
    >>> p["period_kind"], str(p["period_end"].date()), p["days"]
    ('part_year', '2025-05-31', 151)
    >>> parse_period("ytd:2025-10-31", year=2025)["period_start"].date().isoformat()
    '2025-01-01'
    >>> parse_period("", year=2024)["period_kind"]
    'full_year'
    >>> parse_period("2025-01/2025-05", year=2024)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: parameter 'period' is '2025-01/2025-05', which is not within 2024; valid forms: '' (the full year), '2025-01/2025-05' (a span of months), '2025-01-01/2025-10-21' (a span of days), 'ytd:2025-10-31' (year to date at a date)
    """
    text = str(period).strip()
    try:
        if text == "":
            start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
        elif text.startswith("ytd:"):
            start, end = pd.Timestamp(year, 1, 1), pd.Timestamp(text[4:].strip())
        else:
            first, last = (part.strip() for part in text.split("/"))
            start, end = pd.Timestamp(first), pd.Timestamp(last)
            if len(last) == 7:  # YYYY-MM: the month's last day
                end = end + pd.offsets.MonthEnd(0)
    except ValueError:
        start = end = None
    problem = "" if start is not None else "which cannot be read"
    if not problem and not (start.year == end.year == year and start <= end):
        problem = f"which is not within {year}"
    if problem:
        raise ParameterError(
            f"parameter 'period' is {period!r}, {problem}; valid forms: {', '.join(PERIOD_FORMS)}"
        )
    full = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return {
        "period_kind": "full_year" if full else "part_year",
        "year": year,
        "period_start": start,
        "period_end": end,
        "days": int((end - start).days) + 1,
    }


def single_period(rows: pd.DataFrame | pd.Series, name: str) -> dict:
    """Return the one period a table of figures covers, with its length in days.

    Raises
    ------
    ParameterError
        When the rows have no period columns or cover several periods.

    Examples
    --------
    >>> rows = pd.DataFrame({"period_kind": ["months"], "period_start": [pd.Timestamp("2025-01-01")],
    ...                      "period_end": [pd.Timestamp("2025-05-31")]})
    >>> single_period(rows, "a")["days"]
    151
    """
    frame = rows.to_frame().T if isinstance(rows, pd.Series) else rows
    missing = [c for c in ("period_kind", "period_start", "period_end") if c not in frame.columns]
    if missing:
        raise ParameterError(
            f"{name}: no period columns ({', '.join(missing)}); pass figure rows, a panel or a "
            "scheme table, so that the periods can be checked"
        )
    periods = frame[["period_kind", "period_start", "period_end"]].drop_duplicates()
    if len(periods) != 1:
        listed = "; ".join(describe_period(p._asdict()) for p in periods.itertuples(index=False))
        raise ParameterError(f"{name} mixes several periods ({listed}); pass one period per side")
    period = periods.iloc[0].to_dict()
    start, end = period["period_start"], period["period_end"]
    known = pd.notna(start) and pd.notna(end)
    period["days"] = int((end - start).days) + 1 if known else None
    period["name"] = name
    return period


def describe_period(period: dict) -> str:
    """Return a period as ``<kind> <start> to <end>`` for messages (dates may be unknown).

    Examples
    --------
    >>> describe_period({"period_kind": "year_to_date", "period_start": pd.Timestamp("2025-01-01"),
    ...                  "period_end": pd.NaT})
    'year_to_date 2025-01-01 to date not stated'
    """

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
        ``adjustment`` (``"annualised"`` when scaled, which assumes cases spread evenly
        over the year; empty when nothing is adjusted).

    Raises
    ------
    ParameterError
        Naming both periods and how to request an adjustment.

    Examples
    --------
    >>> from fraud_research.dataset import select_panel
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
    sides = [single_period(a, names[0]), single_period(b, names[1])]
    kinds = {s["period_kind"] for s in sides}
    days = [s["days"] for s in sides]
    problem = ""
    if kinds - set(COUNT_PERIOD_KINDS):
        other = sorted(kinds - set(COUNT_PERIOD_KINDS))
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
            f"cannot compare {names[0]} ({describe_period(sides[0])}) with {names[1]} "
            f"({describe_period(sides[1])}): {problem}; compare figures of the same period, or pass "
            "adjust='annualise' to scale each count to a full year (the output is labelled)"
        )
    rows = []
    for side in sides:
        factor, label = 1.0, ""
        if problem and side["period_kind"] != "full_year":
            if side["days"] is None:
                raise ParameterError(
                    f"cannot annualise {side['name']} ({describe_period(side)}): the period end is not "
                    "stated, so its length is unknown; use a dated figure"
                )
            year_days = 366 if pd.Timestamp(side["period_start"]).is_leap_year else 365
            factor = year_days / side["days"]
            label = "annualised"
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
