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

from .dataset import load_figures, load_places
from .errors import InsufficientDataError, ParameterError

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


def check_place(place: str, *, places: pd.DataFrame | None = None, parameter: str = "place") -> str:
    """Return ``place`` if it is in the registry, else raise with the list of valid ids.

    Examples
    --------
    >>> check_place("turkestan")
    'turkestan'
    >>> check_place("turkistan")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown place 'turkistan' for parameter 'place'; valid ids: abai, ...
    """
    places = load_places() if places is None else places
    if place not in places.index:
        raise ParameterError(
            f"unknown place {place!r} for parameter {parameter!r}; "
            f"valid ids: {', '.join(sorted(places.index))}"
        )
    return place


def _choice_order(candidates: pd.DataFrame, source_sizes: pd.Series) -> pd.DataFrame:
    order = candidates.assign(
        _qualifier=candidates["qualifier"].map(_QUALIFIER_RANK),
        _briefing=-candidates["source_url"].map(source_sizes).fillna(0),
        _undated=candidates["published"].isna(),
    )
    return order.sort_values(
        ["_qualifier", "_briefing", "_undated", "published", "line"], kind="stable"
    )


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
        ``conflict`` (a sentence naming the other values and sources, or empty).

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
    'sources disagree: 2277000000 (exact, kostanay-city-2025-damage, https://www.ng.kz/...)'
    """
    figures = load_figures() if figures is None else figures
    check_place(place)
    selected = figures[
        (figures["place"] == place)
        & (figures["metric"] == metric)
        & (figures["scope"] == scope)
        & (figures["breakdown"] == "")
        & (figures["scheme"] == (scheme or ""))
        & figures["value"].notna()
        & figures["year"].notna()
    ]
    kinds = ["full_year", "months", "year_to_date"] if include_partial else ["full_year"]
    selected = selected[selected["period_kind"].isin(kinds)]
    source_sizes = figures.loc[figures["place"] == place, "source_url"].value_counts()
    rows = []
    for _, group in selected.groupby(_PERIOD_COLUMNS, dropna=False, sort=False):
        ordered = _choice_order(group, source_sizes)
        chosen = ordered.iloc[0]
        same = ordered[ordered["value"] == chosen["value"]]
        others = ordered[ordered["value"] != chosen["value"]]
        conflict = ""
        if not others.empty:
            conflict = "sources disagree: " + "; ".join(
                f"{int(r.value)} ({r.qualifier}, {r.figure_id}, {r.source_url or 'no address'})"
                for r in others.itertuples()
            )
        rows.append(
            {
                **{c: chosen[c] for c in PANEL_COLUMNS if c in chosen.index},
                "n_sources": len(same),
                "conflict": conflict,
            }
        )
    panel = pd.DataFrame(rows, columns=PANEL_COLUMNS)
    if panel.empty:
        return panel
    panel["value"] = panel["value"].astype("Int64")
    panel["year"] = panel["year"].astype("Int64")
    return panel.sort_values(["year", "period_end"]).reset_index(drop=True)


def years_with_data(
    figures: pd.DataFrame | None = None, *, place: str, metric: str = "cases_registered"
) -> list[int]:
    """Return the years with a full-year internet-fraud figure for ``place`` and ``metric``.

    Examples
    --------
    >>> years_with_data(place="turkestan")
    [2023, 2024, 2025]
    """
    panel = select_panel(figures, place=place, metric=metric)
    return [int(y) for y in panel["year"]]


def require_year(
    figures: pd.DataFrame | None = None, *, place: str, year: int, parameter: str = "year"
) -> int:
    """Return ``year`` if ``place`` has a full-year case count or damage for it, else raise.

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
    years = sorted(
        set(years_with_data(figures, place=place))
        | set(years_with_data(figures, place=place, metric="damage_kzt"))
    )
    if year not in years:
        available = ", ".join(str(y) for y in years) or "none"
        raise InsufficientDataError(
            f"no full-year internet-fraud figure for {place} in {year} (parameter {parameter!r}); "
            f"years with data: {available}"
        )
    return year


def places_with_data(figures: pd.DataFrame | None = None) -> list[str]:
    """Return the place ids that have at least one full-year internet-fraud count or damage.

    Examples
    --------
    >>> places = places_with_data()
    >>> "turkestan" in places and "kazakhstan" in places
    True
    """
    figures = load_figures() if figures is None else figures
    mask = (
        (figures["period_kind"] == "full_year")
        & (figures["scope"] == "internet_fraud")
        & figures["metric"].isin(["cases_registered", "damage_kzt"])
        & (figures["scheme"] == "")
        & (figures["breakdown"] == "")
        & figures["year"].notna()
        & figures["value"].notna()
    )
    return sorted(figures.loc[mask, "place"].unique())
