"""The registry of places and the scheme taxonomy, with the check of a place parameter.

Examples
--------
>>> load_places().loc["kostanay_city", "parent"]
'kostanay'
>>> load_schemes().loc["lottery", "label_en"]
'Prize draws and lotteries'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataValidationError, ParameterError
from .files import allowed_values, display_path, duplicate_ids, read_csv_rows
from .schema import PLACE_COLUMNS, PLACE_LEVELS, SCHEME_COLUMNS

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


def load_places(path: str | Path | None = None) -> pd.DataFrame:
    """Load the place registry: country, regions, cities of republican significance, cities.

    Parameters
    ----------
    path : str or Path, optional
        Registry CSV; defaults to ``data/places.csv`` of the project.

    Returns
    -------
    DataFrame
        Indexed by ``place_id`` with columns ``level``, ``parent``, ``name_ru``,
        ``name_kk``, ``name_en``.

    Raises
    ------
    DataValidationError
        On a duplicate id, an unknown level or a parent that is not in the registry.

    Examples
    --------
    >>> places = load_places()
    >>> places.loc["turkestan", ["level", "name_ru"]].tolist()
    ['region', 'Туркестанская область']
    >>> int((places["level"] == "region").sum())
    20
    """
    path = Path(path) if path is not None else paths.PLACES_CSV
    rows, lines = read_csv_rows(path, PLACE_COLUMNS)
    where = display_path(path)
    problems = duplicate_ids(rows, lines, "place_id", where)
    ids = {r["place_id"] for r in rows}
    for row, line in zip(rows, lines, strict=True):
        pid = row["place_id"]
        if not _ID_PATTERN.match(pid) or "-" in pid:
            problems.append(
                f"{where}, line {line}, column 'place_id': {pid!r} is not a valid id "
                "(lowercase letters, digits and underscores)"
            )
        if row["level"] not in PLACE_LEVELS:
            problems.append(
                f"{where}, line {line}, column 'level': {row['level']!r} is not allowed; "
                f"allowed values: {allowed_values(PLACE_LEVELS)}"
            )
        if row["parent"] and row["parent"] not in ids:
            problems.append(
                f"{where}, line {line}, column 'parent': {row['parent']!r} is not a place_id "
                "in this registry"
            )
    problems.extend(_parent_cycles(rows, lines, where))
    if problems:
        raise DataValidationError(problems)
    return pd.DataFrame(rows, columns=list(PLACE_COLUMNS)).set_index("place_id")


def _parent_cycles(rows: list[dict[str, str]], lines: list[int], where: str) -> list[str]:
    """A place may not be its own ancestor (kostanay_city -> kostanay -> kostanay_city)."""
    parent = {r["place_id"]: r["parent"] for r in rows}
    problems, reported = [], set()
    for row, line in zip(rows, lines, strict=True):
        chain, current = [row["place_id"]], row["parent"]
        while current and current in parent and current not in chain:
            chain.append(current)
            current = parent[current]
        if current == row["place_id"] and not reported & set(chain):
            reported |= set(chain)
            loop = " -> ".join([*chain, current])
            problems.append(
                f"{where}, line {line}, column 'parent': the parents form a cycle ({loop}); "
                "a place's parent must be a larger place that does not lie inside it"
            )
    return problems


def load_schemes(path: str | Path | None = None) -> pd.DataFrame:
    """Load the scheme taxonomy: canonical scheme ids with Russian, Kazakh and English labels.

    Parameters
    ----------
    path : str or Path, optional
        Taxonomy CSV; defaults to ``data/schemes.csv``.

    Returns
    -------
    DataFrame
        Indexed by ``scheme_id`` with ``label_en``, ``label_ru``, ``label_kk``, ``description``.

    Examples
    --------
    >>> schemes = load_schemes()
    >>> schemes.loc["lottery", "label_en"]
    'Prize draws and lotteries'
    >>> {"phishing", "online_loan"} <= set(schemes.index)
    True
    """
    path = Path(path) if path is not None else paths.SCHEMES_CSV
    rows, lines = read_csv_rows(path, SCHEME_COLUMNS)
    where = display_path(path)
    problems = duplicate_ids(rows, lines, "scheme_id", where)
    for row, line in zip(rows, lines, strict=True):
        for column in ("label_en", "label_ru", "label_kk"):
            if not row[column].strip():
                problems.append(f"{where}, line {line}, column {column!r}: empty label")
    if problems:
        raise DataValidationError(problems)
    return pd.DataFrame(rows, columns=list(SCHEME_COLUMNS)).set_index("scheme_id")


def load_scheme_wordings(path: str | Path | None = None) -> pd.DataFrame:
    """Load the source wordings that map onto each canonical scheme.

    Examples
    --------
    >>> wordings = load_scheme_wordings()
    >>> wordings.loc[wordings["wording"] == "лже-инвестиции", "scheme_id"].item()
    'fake_investment'
    """
    path = Path(path) if path is not None else paths.SCHEME_WORDINGS_CSV
    columns = ("scheme_id", "language", "wording", "first_seen_in")
    rows, lines = read_csv_rows(path, columns)
    known = set(cached_schemes().index)
    where = display_path(path)
    problems = [
        f"{where}, line {line}, column 'scheme_id': {row['scheme_id']!r} is not a scheme; "
        f"allowed values: {allowed_values(known)}"
        for row, line in zip(rows, lines, strict=True)
        if row["scheme_id"] not in known
    ]
    if problems:
        raise DataValidationError(problems)
    return pd.DataFrame(rows, columns=list(columns))


def load_towns(path: str | Path | None = None) -> pd.DataFrame:
    """Load the towns a press text may name without a marker word («в Шымкенте», «Таразда»).

    Parameters
    ----------
    path : str or Path, optional
        Towns CSV; defaults to ``data/towns.csv``.

    Returns
    -------
    DataFrame
        One row per town: ``name_ru``, ``name_kk``, ``place`` (the place id of
        ``places.csv`` the town is, or lies in) and ``source_url``.

    Raises
    ------
    DataValidationError
        On an empty name, a name listed twice or a place that is not in the registry.

    Examples
    --------
    >>> towns = load_towns()
    >>> towns.loc[towns["name_ru"] == "Кентау", "place"].item()
    'turkestan'
    """
    path = Path(path) if path is not None else paths.TOWNS_CSV
    columns = ("name_ru", "name_kk", "place", "source_url")
    rows, lines = read_csv_rows(path, columns)
    where = display_path(path)
    known = set(cached_places().index)
    problems, seen = [], set()
    for row, line in zip(rows, lines, strict=True):
        for column in ("name_ru", "name_kk"):
            name = row[column].strip()
            if not name:
                problems.append(f"{where}, line {line}, column {column!r}: empty name")
            elif (column, name) in seen:
                problems.append(
                    f"{where}, line {line}, column {column!r}: {name!r} is listed twice"
                )
            seen.add((column, name))
        if row["place"] not in known:
            problems.append(
                f"{where}, line {line}, column 'place': {row['place']!r} is not a place_id of "
                f"the registry; allowed values: {allowed_values(known)}"
            )
    if problems:
        raise DataValidationError(problems)
    return pd.DataFrame(rows, columns=list(columns))


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
    places = cached_places() if places is None else places
    if place not in places.index:
        raise ParameterError(
            f"unknown place {place!r} for parameter {parameter!r}; "
            f"valid ids: {', '.join(sorted(places.index))}"
        )
    return place


@lru_cache(maxsize=1)
def cached_places() -> pd.DataFrame:
    """Return the project's place registry, read once per process.

    Examples
    --------
    >>> cached_places() is cached_places()
    True
    """
    return load_places()


@lru_cache(maxsize=1)
def cached_towns() -> pd.DataFrame:
    """Return the project's towns (``data/towns.csv``), read once per process.

    Examples
    --------
    >>> cached_towns() is cached_towns()
    True
    """
    return load_towns()


@lru_cache(maxsize=1)
def cached_schemes() -> pd.DataFrame:
    """Return the project's scheme taxonomy, read once per process.

    Examples
    --------
    >>> "prepayment" in cached_schemes().index
    True
    """
    return load_schemes()
