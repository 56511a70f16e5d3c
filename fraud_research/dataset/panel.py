"""Select an analysis panel: one place, one metric, one figure per period.

The dataset keeps every published figure, including the same figure from two
outlets and figures that disagree. An analysis needs one value per period, so
:func:`select_panel` picks one by a documented rule and reports every
disagreement it resolved, instead of hiding it.

Choice rule (applied in order, among figures of the same place, metric, scope,
scheme and period):

1. the most precise qualifier: ``exact`` before ``rounded``, ``approx``,
   ``at_least``, ``at_most``;
2. the fullest source: the one that publishes the most figures for that place
   (usually the primary release rather than a retelling; counting over all years
   keeps one outlet across a series instead of switching between years);
3. the earliest publication date (unknown dates last);
4. the order of the data file (the first recorded figure).

A conflict is two or more figures for the same period with different values;
the same value from several outlets is not a conflict, only corroboration
(counted in ``n_sources``).
"""

from __future__ import annotations

import pandas as pd

from ..errors import InsufficientDataError
from .figures import load_figures
from .memo import per_dataset
from .qualifiers import difference_qualifier, sum_qualifier, values_consistent
from .registry import check_place
from .schema import COUNT_PERIOD_KINDS, UNLISTED

_QUALIFIER_RANK = {"exact": 0, "rounded": 1, "approx": 2, "at_least": 3, "at_most": 4}
_PERIOD_COLUMNS = ["period_kind", "year", "period_start", "period_end"]

PANEL_COLUMNS = [
    "place",
    "metric",
    "scheme",
    "year",
    "period_kind",
    "period_start",
    "period_end",
    "value",
    "qualifier",
    "figure_id",
    "source_url",
    "published",
    "quote",
    "language",
    "n_sources",
    "conflict",
]


def _choice_order(candidates: pd.DataFrame, source_sizes: pd.Series) -> pd.DataFrame:
    order = candidates.assign(
        _qualifier=candidates["qualifier"].map(_QUALIFIER_RANK),
        _briefing=-candidates["source_url"].map(source_sizes).fillna(0),
        _undated=candidates["published"].isna(),
    )
    return order.sort_values(
        ["_qualifier", "_briefing", "_undated", "published", "line"], kind="stable"
    )


def choose_figure(candidates: pd.DataFrame, source_sizes: pd.Series) -> tuple[pd.Series, int, str]:
    """Choose one of several figures for the same thing by the panel's rule (see module notes).

    Parameters
    ----------
    candidates : DataFrame
        Rows of ``figures`` that describe the same place, metric and period.
    source_sizes : Series
        Figures per ``source_url`` for the place (the "fullest source" step).

    Returns
    -------
    tuple
        The chosen row, how many figures agree with it (``n_sources``) and the ids
        of those that disagree (``"; "``-separated, ``""`` when none).

    Examples
    --------
    >>> figures = load_figures()
    >>> pops = figures[(figures["place"] == "karaganda") & (figures["metric"] == "population")
    ...                & (figures["period_start"] == "2025-01-01")]
    >>> chosen, n, conflict = choose_figure(pops, pops["source_url"].value_counts())
    >>> chosen["figure_id"], n, conflict
    ('karaganda-2025-population', 1, 'karaganda-2025-population-2')
    """
    ordered = _choice_order(candidates, source_sizes)
    chosen = ordered.iloc[0]
    same = ordered[ordered["value"] == chosen["value"]]
    disagree = [
        r.figure_id
        for r in ordered.itertuples()
        if not values_consistent(r.value, r.qualifier, chosen["value"], chosen["qualifier"])
    ]
    return chosen, len(same), "; ".join(disagree)


def _period_key(rows: pd.DataFrame) -> list[pd.Series]:
    """What makes two figures describe the same period.

    A year-to-date figure whose end date is not stated is a period of its own: two
    such figures («с начала года» in August and in December) describe different spans,
    and different counts. The same count of the same year printed by two outlets is one
    figure reported twice (one briefing, republished), so it is one period with two sources.
    """
    open_ended = (rows["period_kind"] == "year_to_date") & rows["period_end"].isna()
    same_count = rows["value"].astype(str) + "|" + rows["qualifier"].astype(str)
    own = same_count.where(open_ended, "")
    return [rows[c] for c in _PERIOD_COLUMNS] + [own]


def headline_rows(
    figures: pd.DataFrame,
    *,
    metric: str = "cases_registered",
    scope: str = "internet_fraud",
    scheme: str | None = None,
    kinds: tuple[str, ...] = ("full_year",),
) -> pd.DataFrame:
    """Return the rows that can head a report: one metric's totals (or one scheme) by period.

    This is the one definition of a headline figure used everywhere (panels,
    the places a batch run covers, the places a comparison ranks): a number
    (not a statement) for a stated year, for the given metric and scope, that is
    a total (no breakdown) or the given scheme, over a period of one of ``kinds``.

    Parameters
    ----------
    figures : DataFrame
        Output of :func:`~fraud_research.dataset.load_figures`.
    metric, scope : str, keyword-only
        What is counted (registered internet-fraud cases by default).
    scheme : str, optional
        A scheme id; ``None`` keeps totals.
    kinds : tuple of str, keyword-only
        Period kinds kept: full years only by default; add ``"months"`` and
        ``"year_to_date"`` (:data:`~fraud_research.dataset.schema.COUNT_PERIOD_KINDS`)
        for partial years.

    Returns
    -------
    DataFrame
        The matching rows of ``figures``, in file order (every published figure,
        duplicates and conflicts included: :func:`select_panel` chooses).

    Examples
    --------
    >>> rows = headline_rows(load_figures())
    >>> sorted(rows.loc[rows["place"] == "turkestan", "value"].astype(int))
    [567, 598, 843, 843]
    """
    return figures[
        (figures["metric"] == metric)
        & (figures["scope"] == scope)
        & (figures["breakdown"] == "")
        & (figures["scheme"] == (scheme or ""))
        & figures["period_kind"].isin(kinds)
        & figures["value"].notna()
        & figures["year"].notna()
    ]


def _panel_key(
    figures=None,
    *,
    place,
    metric="cases_registered",
    scope="internet_fraud",
    scheme=None,
    include_partial=False,
):
    return figures, (place, metric, scope, scheme, include_partial)


# A report asks for the same panel from many sections; loaded figures are never changed.
@per_dataset(_panel_key)
def select_panel(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    metric: str = "cases_registered",
    scope: str = "internet_fraud",
    scheme: str | None = None,
    include_partial: bool = False,
) -> pd.DataFrame:
    """Return one figure per period for one place and metric, with conflicts reported.

    Parameters
    ----------
    figures : DataFrame, optional
        Output of :func:`~fraud_research.dataset.load_figures`; loaded if omitted.
    place : str
        Place id from the registry (e.g. ``"turkestan"``).
    metric : str
        Metric id, e.g. ``"cases_registered"`` or ``"damage_kzt"``.
    scope : str
        What is counted; internet fraud by default.
    scheme : str, optional
        A scheme id for scheme rows; ``None`` selects totals (no scheme, no breakdown).
    include_partial : bool
        Full-year figures only by default. With ``True`` the panel also holds
        partial-year figures (``months``, ``year_to_date``); the ``period_kind``
        column tells them apart and no analysis function mixes them silently.

    Returns
    -------
    DataFrame
        One row per period, sorted by year, with the columns of ``PANEL_COLUMNS``:
        the chosen figure, its source, ``n_sources`` (figures agreeing with it) and
        ``conflict`` (the ids of the figures that disagree with it, ``"; "``-separated,
        or empty; the report layer writes them as a sentence).

    Raises
    ------
    ParameterError
        For an unknown place.

    Examples
    --------
    >>> panel = select_panel(place="turkestan")
    >>> panel[["year", "value", "qualifier", "n_sources"]].to_string(index=False)
    ' year  value qualifier  n_sources\\n 2023    567     exact          1\\n 2024    598     exact          1\\n 2025    843     exact          2'

    Two outlets printed different damage for Kostanay city in 2025; one is chosen
    and the other is reported (alau.kz also gives the
    victims' sex and age, so it is the fuller source):

    >>> damage = select_panel(place="kostanay_city", metric="damage_kzt")
    >>> row = damage.set_index("year").loc[2025]
    >>> int(row["value"]), row["figure_id"]
    (2270000000, 'kostanay-city-2025-damage-2')
    >>> row["conflict"]
    'kostanay-city-2025-damage'
    """
    figures = load_figures() if figures is None else figures
    check_place(place)
    kinds = COUNT_PERIOD_KINDS if include_partial else ("full_year",)
    selected = headline_rows(figures, metric=metric, scope=scope, scheme=scheme, kinds=kinds)
    selected = selected[selected["place"] == place]
    source_sizes = figures.loc[figures["place"] == place, "source_url"].value_counts()
    rows = []
    for _, group in selected.groupby(_period_key(selected), dropna=False, sort=False):
        chosen, n_sources, conflict = choose_figure(group, source_sizes)
        rows.append(
            {
                **{c: chosen[c] for c in PANEL_COLUMNS if c in chosen.index},
                "n_sources": n_sources,
                "conflict": conflict,
            }
        )
    panel = pd.DataFrame(rows, columns=PANEL_COLUMNS)
    if panel.empty:  # the figures' own dtypes, so an empty panel merges like a full one
        return panel.astype({c: figures[c].dtype for c in PANEL_COLUMNS if c in figures}).astype(
            {"value": "Int64", "year": "Int64"}
        )
    panel["value"] = panel["value"].astype("Int64")
    panel["year"] = panel["year"].astype("Int64")
    return panel.sort_values(["year", "period_end"]).reset_index(drop=True)


def years_with_data(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    metric: str = "cases_registered",
    include_partial: bool = False,
) -> list[int]:
    """Return the years with a full-year (or, if asked, any) figure for ``place`` and ``metric``.

    Examples
    --------
    >>> years_with_data(place="turkestan")
    [2023, 2024, 2025]
    >>> years_with_data(place="karaganda"), years_with_data(place="karaganda", include_partial=True)
    ([], [2025])
    """
    panel = select_panel(figures, place=place, metric=metric, include_partial=include_partial)
    return sorted({int(y) for y in panel["year"].dropna()})


def require_year(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    year: int,
    parameter: str = "year",
    include_partial: bool = False,
) -> int:
    """Return ``year`` if ``place`` has a full-year case count or damage for it, else raise.

    With ``include_partial=True`` a year with only part-year case counts is accepted.

    Raises
    ------
    InsufficientDataError
        Naming the years that do have data.

    Examples
    --------
    >>> require_year(place="turkestan", year=2025)
    2025
    >>> require_year(place="turkestan", year=2019)
    Traceback (most recent call last):
    ...
    fraud_research.errors.InsufficientDataError: no full-year internet-fraud figure for turkestan in 2019 (parameter 'year'); years with data: 2023, 2024, 2025
    """
    figures = load_figures() if figures is None else figures
    years = _years(figures, place, include_partial)
    if year not in years:
        available = ", ".join(str(y) for y in years) or "none"
        kind = "internet-fraud" if include_partial else "full-year internet-fraud"
        raise InsufficientDataError(
            f"no {kind} figure for {place} in {year} (parameter {parameter!r}); "
            f"years with data: {available}"
        )
    return year


def _years(figures: pd.DataFrame, place: str, include_partial: bool) -> list[int]:
    """Years with a full-year count or damage, plus (if asked) years with a part-year count."""
    years = set(years_with_data(figures, place=place)) | set(
        years_with_data(figures, place=place, metric="damage_kzt")
    )
    if include_partial:
        years |= set(years_with_data(figures, place=place, include_partial=True))
    return sorted(years)


def places_with_data(
    figures: pd.DataFrame | None = None, *, include_partial: bool = False
) -> list[str]:
    """Return the place ids with a full-year internet-fraud count or damage (or, if asked,
    any dated internet-fraud count, full or part-year).

    Examples
    --------
    >>> places = places_with_data()
    >>> "turkestan" in places and "kazakhstan" in places, "karaganda" in places
    (True, False)
    >>> "karaganda" in places_with_data(include_partial=True)
    True
    """
    figures = load_figures() if figures is None else figures
    rows = [headline_rows(figures, metric=m) for m in ("cases_registered", "damage_kzt")]
    if include_partial:
        rows.append(headline_rows(figures, kinds=COUNT_PERIOD_KINDS))
    return sorted(pd.concat(rows)["place"].unique())


def latest_year(
    figures: pd.DataFrame | None = None, *, place: str, include_partial: bool = False
) -> int:
    """Return the latest year with a full-year case count or damage for ``place``.

    With ``include_partial=True``, a year with only part-year case counts counts too.

    Raises
    ------
    InsufficientDataError
        When the place has no full-year figure at all.

    Examples
    --------
    >>> latest_year(place="turkestan"), latest_year(place="north_kazakhstan")
    (2025, 2022)
    """
    figures = load_figures() if figures is None else figures
    years = _years(figures, place, include_partial)
    if not years:
        kind = "internet-fraud" if include_partial else "full-year internet-fraud"
        raise InsufficientDataError(
            f"no {kind} figure for {place}; places with data: "
            f"{', '.join(places_with_data(figures, include_partial=include_partial))}"
        )
    return max(years)


#: Columns of :func:`scheme_breakdown`.
BREAKDOWN_COLUMNS = [
    "place",
    "year",
    "period_kind",
    "period_start",
    "period_end",
    "scheme",
    "count",
    "qualifier",
    "derived",
    "figure_id",
    "source_url",
]


def scheme_breakdown(
    figures: pd.DataFrame | None = None,
    *,
    place: str,
    year: int,
    metric: str = "cases_registered",
    period_kind: str = "full_year",
) -> pd.DataFrame:
    """Return a place's scheme counts for one period, from one source, with the unlisted rest.

    The one rule for a scheme breakdown: figures from different outlets are never
    mixed; the source that names the most schemes wins (ties: the larger sum, then
    file order); sub-categories of one scheme in that source are added up. When
    the period's total is published (:func:`select_panel`), the cases the source
    leaves out become a ``not_listed`` row (``derived`` is True) whose qualifier
    follows :func:`~fraud_research.dataset.qualifiers.difference_qualifier`: the
    rest of 981 cases after «более 300» is *at most* 681.

    Returns
    -------
    DataFrame
        Columns of :data:`BREAKDOWN_COLUMNS`; empty when there is no breakdown.

    Raises
    ------
    DataValidationError
        Never: parts exceeding their total are refused when the data is loaded.

    Examples
    --------
    >>> rows = scheme_breakdown(place="turkestan", year=2025)
    >>> rows["count"].tolist()
    [340, 255, 98, 49, 47, 54]
    >>> rows = scheme_breakdown(place="kostanay_city", year=2025)
    >>> rows[["scheme", "count", "qualifier", "derived"]].values.tolist()
    [['impersonation_call', 300, 'at_least', False], ['not_listed', 681, 'at_most', True]]
    """
    figures = load_figures() if figures is None else figures
    check_place(place)
    rows = figures[
        (figures["place"] == place)
        & (figures["year"] == year)
        & (figures["period_kind"] == period_kind)
        & (figures["metric"] == metric)
        & (figures["scope"] == "internet_fraud")
        & (figures["scheme"] != "")
        & figures["value"].notna()
    ]
    if rows.empty:
        return pd.DataFrame(columns=BREAKDOWN_COLUMNS)
    ranking = rows.groupby("source_url", sort=False).agg(
        n=("scheme", "nunique"), total=("value", "sum"), first=("line", "min")
    )
    best = ranking.sort_values(["n", "total", "first"], ascending=[False, False, True]).index[0]
    chosen = rows[rows["source_url"] == best]
    parts = chosen.groupby("scheme", sort=False, as_index=False).agg(
        place=("place", "first"),
        year=("year", "first"),
        period_kind=("period_kind", "first"),
        period_start=("period_start", "first"),
        period_end=("period_end", "first"),
        count=("value", "sum"),
        qualifier=("qualifier", sum_qualifier),
        figure_id=("figure_id", " + ".join),
        source_url=("source_url", "first"),
    )
    parts["derived"] = False
    parts["count"] = parts["count"].astype(int)
    total = _same_period_total(figures, parts.iloc[0], metric=metric)
    if total is not None and int(total["value"]) > parts["count"].sum():
        rest = parts.iloc[0].to_dict() | {
            "scheme": UNLISTED,
            "count": int(total["value"]) - int(parts["count"].sum()),
            "qualifier": difference_qualifier(
                total["qualifier"], sum_qualifier(parts["qualifier"])
            ),
            "derived": True,
            "figure_id": total["figure_id"],
            "source_url": total["source_url"],
        }
        parts = pd.concat([parts, pd.DataFrame([rest])], ignore_index=True)
    return parts[BREAKDOWN_COLUMNS]


def _same_period_total(figures: pd.DataFrame, part: pd.Series, *, metric: str) -> pd.Series | None:
    kinds = COUNT_PERIOD_KINDS if part["period_kind"] != "full_year" else ("full_year",)
    totals = select_panel(
        figures, place=part["place"], metric=metric, include_partial=len(kinds) > 1
    )
    same = totals[
        (totals["year"] == part["year"])
        & (totals["period_kind"] == part["period_kind"])
        & _same_date(totals["period_start"], part["period_start"])
        & _same_date(totals["period_end"], part["period_end"])
    ]
    if same.empty:
        return None
    return same.iloc[0]


def _same_date(dates: pd.Series, date) -> pd.Series:
    """Element-wise: the same date, or both not stated."""
    return dates.isna() if pd.isna(date) else dates.eq(date)
