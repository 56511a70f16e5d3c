"""What is known, place by place and year by year: the coverage of the published figures.

Most figures are published for part of a year ("January–May", "since the start of
the year", "11 months"), few for a full year. :func:`coverage_items` lists, for
every first-level place (the 20 regions and cities of republican significance) and
the country, each published figure a researcher looks for: a full-year count of
registered internet-fraud cases, a part-year count with its span, damage, a scheme
breakdown and a population, each with its source address. :func:`coverage_matrix`
folds them into one row per place and year, with the place-years where nothing was
found kept as empty rows: a gap is shown, never hidden.

Examples
--------
>>> matrix = coverage_matrix()
>>> row = matrix[(matrix["place"] == "turkestan") & (matrix["year"] == 2025)].iloc[0]
>>> int(row["full_year_cases"]), bool(row["scheme_breakdown"])
(843, True)
>>> gap = matrix[(matrix["place"] == "shymkent_city") & (matrix["year"] == 2025)].iloc[0]
>>> bool(gap["found"])
False
"""

from __future__ import annotations

import pandas as pd

from .figures import load_figures
from .panel import headline_rows
from .registry import cached_places
from .schema import COUNT_PERIOD_KINDS

#: What a coverage item is, in the order the matrix shows them.
COVERAGE_KINDS = ("full_year_cases", "part_year_cases", "damage", "scheme_breakdown", "population")

ITEM_COLUMNS = [
    "place",
    "year",
    "kind",
    "value",
    "qualifier",
    "period_kind",
    "period_start",
    "period_end",
    "period_label",
    "figure_id",
    "source_url",
]

MATRIX_COLUMNS = [
    "place",
    "year",
    "found",
    "full_year_cases",
    "full_year_cases_qualifier",
    "part_year_cases",
    "damage",
    "scheme_breakdown",
    "population",
    "source_urls",
]


def coverage_places(places: pd.DataFrame | None = None) -> list[str]:
    """The country and its first-level places (regions and cities of republican significance).

    Examples
    --------
    >>> ids = coverage_places()
    >>> ids[0], len(ids) - 1, "kostanay_city" in ids
    ('kazakhstan', 20, False)
    """
    places = cached_places() if places is None else places
    return [p for p in places.index if places.loc[p, "level"] in ("country", "region")]


def coverage_items(figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every published figure that answers one of the coverage questions, one row each.

    Parameters
    ----------
    figures : DataFrame, optional
        Output of :func:`~fraud_research.dataset.load_figures`; the project's by default.

    Returns
    -------
    DataFrame
        Columns :data:`ITEM_COLUMNS`; ``kind`` is one of :data:`COVERAGE_KINDS`.
        Scheme breakdowns are one row per period (the first scheme row's source).

    Examples
    --------
    >>> items = coverage_items()
    >>> may = items[(items["kind"] == "part_year_cases") & (items["period_end"] == "2025-05-31")]
    >>> sorted(may["place"])
    ['akmola', 'almaty_city', 'astana_city', 'karaganda', 'kazakhstan', 'pavlodar']
    """
    figures = load_figures() if figures is None else figures
    parts = [
        headline_rows(figures).assign(kind="full_year_cases"),
        headline_rows(figures, kinds=tuple(k for k in COUNT_PERIOD_KINDS if k != "full_year"))
        .assign(kind="part_year_cases"),
        headline_rows(figures, metric="damage_kzt", kinds=(*COUNT_PERIOD_KINDS, "unknown"))
        .assign(kind="damage"),
        _scheme_breakdowns(figures),
        figures[(figures["metric"] == "population") & (figures["year"].notna())]
        .assign(kind="population"),
    ]  # fmt: skip
    items = pd.concat(parts, ignore_index=True)
    items = items[items["year"].notna()]
    items = items.assign(year=items["year"].astype(int))
    return items[ITEM_COLUMNS].sort_values(["place", "year", "kind"]).reset_index(drop=True)


def _scheme_breakdowns(figures: pd.DataFrame) -> pd.DataFrame:
    schemes = figures[
        (figures["metric"] == "cases_registered")
        & (figures["scope"] == "internet_fraud")
        & (figures["scheme"] != "")
        & figures["value"].notna()
    ]
    periods = ["place", "year", "period_kind", "period_start", "period_end"]
    return schemes.drop_duplicates(periods).assign(kind="scheme_breakdown")


def coverage_matrix(
    figures: pd.DataFrame | None = None,
    *,
    places: list[str] | None = None,
    years: list[int] | None = None,
) -> pd.DataFrame:
    """One row per place and year: what is published, and where.

    Parameters
    ----------
    figures : DataFrame, optional
        Output of :func:`~fraud_research.dataset.load_figures`; the project's by default.
    places : list of str, optional
        Place ids; the country and its 20 first-level places by default.
    years : list of int, optional
        Years; from 2023 to the latest year with a figure by default.

    Returns
    -------
    DataFrame
        Columns :data:`MATRIX_COLUMNS`: ``found`` (any internet-fraud figure; a population
        alone does not count),
        ``full_year_cases`` with its qualifier (the first published; conflicts are
        listed by :func:`~fraud_research.dataset.select_panel`), ``part_year_cases``
        (a list of ``(value, qualifier, period_label)``, longest span first), ``damage``
        (a list likewise), ``scheme_breakdown`` (bool), ``population`` (a list of
        ``(value, qualifier, date)``) and ``source_urls`` (a list, each once).

    Examples
    --------
    >>> matrix = coverage_matrix(years=[2025])
    >>> len(matrix), int(matrix["found"].sum()) > 10
    (21, True)
    >>> row = matrix[matrix["place"] == "akmola"].iloc[0]
    >>> [value for value, qualifier, label in row["part_year_cases"]]
    [792]
    """
    figures = load_figures() if figures is None else figures
    items = coverage_items(figures)
    places = coverage_places() if places is None else list(places)
    if years is None:
        years = list(range(2023, int(items["year"].max()) + 1))
    items = items[items["place"].isin(places) & items["year"].isin(years)]
    by_cell = dict(tuple(items.groupby(["place", "year"], sort=False)))
    rows = [
        _matrix_row(place, year, by_cell.get((place, year), items.iloc[0:0]))
        for place in places
        for year in years
    ]
    return pd.DataFrame(rows, columns=MATRIX_COLUMNS)


def _matrix_row(place: str, year: int, cell: pd.DataFrame) -> dict:
    def listed(kind: str, by: str) -> list[tuple]:
        rows = cell[cell["kind"] == kind].sort_values(by, ascending=False, na_position="last")
        return [
            (
                int(r.value),
                r.qualifier,
                r.period_label if by == "period_end" else _iso(r.period_start),
            )
            for r in rows.itertuples()
        ]

    full = cell[cell["kind"] == "full_year_cases"]
    return {
        "place": place,
        "year": year,
        # a population alone is no internet-fraud figure: the place-year is still a gap
        "found": bool((cell["kind"] != "population").any()),
        "full_year_cases": int(full["value"].iloc[0]) if len(full) else None,
        "full_year_cases_qualifier": full["qualifier"].iloc[0] if len(full) else None,
        "part_year_cases": listed("part_year_cases", "period_end"),
        "damage": listed("damage", "period_end"),
        "scheme_breakdown": bool((cell["kind"] == "scheme_breakdown").any()),
        "population": listed("population", "period_start"),
        "source_urls": list(dict.fromkeys(u for u in cell["source_url"] if u)),
    }


def _iso(date) -> str:
    return "" if pd.isna(date) else pd.Timestamp(date).date().isoformat()


def coverage_counts(matrix: pd.DataFrame) -> dict[str, int]:
    """Place-years with any figure, with a full-year count, and with a population.

    Examples
    --------
    >>> counts = coverage_counts(coverage_matrix(years=[2023, 2024, 2025]))
    >>> counts["place_years"], counts["with_full_year_count"]  # 6 regions and the country's 2
    (63, 8)
    """
    return {
        "place_years": len(matrix),
        "with_any_figure": int(matrix["found"].sum()),
        "with_full_year_count": int(matrix["full_year_cases"].notna().sum()),
        "with_population": int(matrix["population"].map(bool).sum()),
    }
