"""Load and check the published figures (``data/figures.csv``).

Every figure in ``data/figures.csv`` is a number as it was published, with its
qualifier (exact, at least, approximately, rounded), its period, its place, and
its source (address, date, verbatim quote). Loading checks every rule at once and
raises :class:`~fraud_research.errors.DataValidationError` listing each problem
with its file, line and column and the values that would be valid. A figure is
never dropped, corrected or filled in here.

Examples
--------
>>> figures = load_figures()
>>> row = figures.set_index("figure_id").loc["turkestan-2025-damage"]
>>> int(row["value"]), row["qualifier"], row["place"]
(1665783000, 'exact', 'turkestan')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataValidationError
from .files import allowed_values, display_path, duplicate_ids, read_csv_rows
from .registry import cached_places, cached_schemes
from .schema import (
    FIGURE_COLUMNS,
    LANGUAGES,
    MAX_VALUE,
    METRICS,
    PERIOD_KINDS,
    QUALIFIERS,
    SCOPES,
    STATEMENT_METRICS,
    UNITS,
    today,
)

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_INTEGER_PATTERN = re.compile(r"^\d+$")
# Totals printed as rounded or approximate may be a little below the exact sum of their parts.
_ROUNDED_TOTAL_TOLERANCE = 0.05


def _parse_date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _check_row(
    row: dict[str, str], where: str, line: int, places: set[str], schemes: set[str]
) -> list[str]:
    """Return the problems of one figure row (empty list when the row is sound)."""
    problems: list[str] = []

    def bad(column: str, message: str) -> None:
        problems.append(f"{where}, line {line}, column {column!r}: {message}")

    _check_codes(row, bad, places, schemes)
    _check_value(row["value"].strip(), row["metric"], bad)
    dates = _check_period(row, bad)
    problems.extend(_check_dates_against_publication(row, dates, where, line))
    _check_text(row, bad)
    return problems


def _check_codes(row: dict[str, str], bad, places: set[str], schemes: set[str]) -> None:
    """The id and every coded column against its vocabulary."""
    if not _ID_PATTERN.match(row["figure_id"]):
        bad("figure_id", f"{row['figure_id']!r} is not a valid id (lowercase, digits, - and _)")
    vocabularies = (
        ("place", places, False),
        ("period_kind", PERIOD_KINDS, False),
        ("metric", METRICS, False),
        ("scope", SCOPES, False),
        ("scheme", schemes, True),
        ("qualifier", QUALIFIERS, False),
        ("unit", UNITS, True),
        ("language", LANGUAGES, False),
    )
    for column, allowed, optional in vocabularies:
        value = row[column]
        if (value or not optional) and value not in allowed:
            bad(column, f"{value!r} is not allowed; allowed values: {allowed_values(allowed)}")


def _check_value(value: str, metric: str, bad) -> None:
    """A non-negative integer within 64 bits (empty only for a statement)."""
    if value == "":
        if metric not in STATEMENT_METRICS:
            bad(
                "value",
                f"empty; only statements ({', '.join(STATEMENT_METRICS)}) may lack a number",
            )
    elif value.startswith("-") and _INTEGER_PATTERN.match(value[1:]):
        bad("value", f"{value} is negative; counts, amounts and populations are >= 0")
    elif not _INTEGER_PATTERN.match(value):
        bad(
            "value",
            f"{value!r} is not a non-negative integer; write the figure as plain digits "
            "(e.g. 1665783000 for «1 млрд 665 млн 783 тыс.») and keep the wording in 'quote'",
        )
    elif int(value) > MAX_VALUE:
        bad("value", f"{value} is too large: a figure must be at most {MAX_VALUE}")


def _check_period(row: dict[str, str], bad) -> dict[str, dt.date | None]:
    """Year and ISO dates, consistent with each other; return the dates that parsed."""
    year = row["year"].strip()
    if year and not re.fullmatch(r"(19|20)\d\d", year):
        bad("year", f"{year!r} is not a four-digit year (or empty when the source gives none)")
    dates = {}
    for column in ("period_start", "period_end", "published"):
        try:
            dates[column] = _parse_date(row[column].strip())
        except ValueError:
            bad(column, f"{row[column]!r} is not an ISO date (YYYY-MM-DD) or empty")
            dates[column] = None
    start, end = dates["period_start"], dates["period_end"]
    if start and end and end < start:
        bad("period_end", f"{end} is before period_start {start}")
    if row["period_kind"] == "full_year" and year and (start or end):
        expected = (dt.date(int(year), 1, 1), dt.date(int(year), 12, 31))
        if (start, end) != expected:
            bad(
                "period_start",
                f"a full_year period for {year} must run {expected[0]} to {expected[1]}, "
                f"not {start} to {end}",
            )
    if year and start and row["period_kind"] != "multi_year" and start.year != int(year):
        bad("year", f"{year} does not match period_start {start}")
    return dates


def _check_text(row: dict[str, str], bad) -> None:
    """The quote, the address and the scheme/breakdown columns."""
    if not row["quote"].strip():
        bad("quote", "empty; every figure needs the passage that carries it, word for word")
    if row["source_url"] and not re.match(r"^https?://", row["source_url"]):
        bad("source_url", f"{row['source_url']!r} is not an http(s) address")
    if row["scheme"] and row["breakdown"]:
        bad("breakdown", "a row is either a scheme or a breakdown, not both")
    if row["breakdown"] and not re.fullmatch(r"[a-z_]+=[a-z0-9_\-]+", row["breakdown"]):
        bad("breakdown", f"{row['breakdown']!r} is not of the form key=value (e.g. sex=female)")


def _check_dates_against_publication(
    row: dict[str, str], dates: dict[str, dt.date | None], where: str, line: int
) -> list[str]:
    """A figure cannot describe a year that had not begun when it was published, or the future."""
    problems = []
    today_ = today()
    year = row["year"].strip()
    published, start = dates["published"], dates["period_start"]
    if year and re.fullmatch(r"\d{4}", year):
        if int(year) > today_.year:
            problems.append(
                f"{where}, line {line}, column 'year': {year} is after the current year "
                f"{today_.year}; a published figure describes a past or current period"
            )
        elif published and int(year) > published.year:
            problems.append(
                f"{where}, line {line}, column 'year': {year} is after the publication date "
                f"{published}; a figure cannot describe a year that had not begun"
            )
    if published and published > today_:
        problems.append(
            f"{where}, line {line}, column 'published': {published} is in the future "
            f"(today is {today_})"
        )
    if published and start and start > published:
        problems.append(
            f"{where}, line {line}, column 'period_start': {start} is after the publication "
            f"date {published}"
        )
    return problems


def _check_parts_within_totals(frame: pd.DataFrame, where: str) -> list[str]:
    """Scheme (or breakdown) counts from one source must not add up to more than their total.

    Parts are compared with totals of the same source, or of any source when the
    period is fully dated (an undated "year to date" from another outlet may cover
    a different span). Totals printed as lower bounds cannot cap anything; rounded
    or approximate totals get a small tolerance.
    """
    problems = []
    numeric = frame[frame["value"].notna()]
    totals = numeric[(numeric["scheme"] == "") & (numeric["breakdown"] == "")]
    parts = numeric[(numeric["scheme"] != "") | (numeric["breakdown"] != "")].copy()
    if parts.empty:
        return problems
    parts["dimension"] = parts["scheme"].where(parts["scheme"] == "", "scheme")
    parts.loc[parts["breakdown"] != "", "dimension"] = parts["breakdown"].str.split("=").str[0]
    key_columns = ["place", "metric", "scope", "period_kind", "year", "period_start", "period_end"]
    for (key, source, dimension), group in parts.groupby(
        [parts[key_columns].apply(tuple, axis=1), "source_url", "dimension"], dropna=False
    ):
        period_known = bool(key[5]) and bool(key[6])
        same_period = totals[totals[key_columns].apply(tuple, axis=1) == key]
        if not period_known:
            same_period = same_period[same_period["source_url"] == source]
        caps = same_period[same_period["qualifier"] != "at_least"]
        if caps.empty:
            continue
        part_sum = int(group["value"].sum())
        limits = [
            (
                int(v) * (1 + _ROUNDED_TOTAL_TOLERANCE) if q in ("rounded", "approx") else int(v),
                fid,
                int(v),
            )
            for v, q, fid in zip(caps["value"], caps["qualifier"], caps["figure_id"], strict=True)
        ]
        limit, total_id, total_value = max(limits)
        if part_sum > limit:
            lines = ", ".join(str(n) for n in group["line"])
            problems.append(
                f"{where}, lines {lines}, column 'value': the {dimension} counts add up to "
                f"{part_sum}, more than the total {total_value} ({total_id}) for "
                f"{key[0]} {key[1]} {key[4] or ''} {key[3]}; a part cannot exceed its total"
            )
    return problems


def validate_figures(
    rows: list[dict[str, str]],
    lines: list[int],
    *,
    where: str = "figures",
    places: Iterable[str] | None = None,
    schemes: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Check figure rows and return them as a typed DataFrame; raise on any problem.

    Parameters
    ----------
    rows : list of dict
        Raw string fields, one dict per figure, keyed by the columns of ``figures.csv``.
    lines : list of int
        Line number of each row in its file, for messages.
    where : str
        File name shown in messages.
    places, schemes : iterable of str, optional
        Allowed place and scheme ids; default to the project's registry and taxonomy.

    Returns
    -------
    DataFrame
        One row per figure, with ``value`` and ``year`` as nullable integers,
        ``period_start``, ``period_end`` and ``published`` as dates, and ``line``.

    Raises
    ------
    DataValidationError
        Listing every problem with file, line, column and the allowed values.

    Examples
    --------
    >>> row = dict.fromkeys(FIGURE_COLUMNS, "")
    >>> row.update(figure_id="x-1", place="atlantis", period_kind="full_year",
    ...            metric="cases_registered", scope="internet_fraud", value="-5",
    ...            qualifier="exact", language="ru", quote="…")
    >>> validate_figures([row], [2], where="new.csv")
    Traceback (most recent call last):
    ...
    fraud_research.errors.DataValidationError: 2 problem(s) in the dataset:
      - new.csv, line 2, column 'place': 'atlantis' is not allowed; allowed values: ...
      - new.csv, line 2, column 'value': -5 is negative; counts, amounts and populations are >= 0
    """
    places = set(places) if places is not None else set(cached_places().index)
    schemes = set(schemes) if schemes is not None else set(cached_schemes().index)
    problems = duplicate_ids(rows, lines, "figure_id", where)
    for row, line in zip(rows, lines, strict=True):
        problems.extend(_check_row(row, where, line, places, schemes))
    if problems:
        raise DataValidationError(problems)

    frame = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    frame["line"] = lines
    frame["value"] = pd.array(
        [int(v) if v.strip() else None for v in frame["value"]], dtype="Int64"
    )
    frame["year"] = pd.array([int(y) if y.strip() else None for y in frame["year"]], dtype="Int64")
    problems = _check_parts_within_totals(frame, where)
    if problems:
        raise DataValidationError(problems)
    for column in ("period_start", "period_end", "published"):
        frame[column] = pd.to_datetime(frame[column].replace("", None), format="ISO8601")
    return frame


def load_figures(path: str | Path | None = None) -> pd.DataFrame:
    """Load and validate the published figures.

    Parameters
    ----------
    path : str or Path, optional
        Figures CSV; defaults to the project's ``data/figures.csv``.

    Returns
    -------
    DataFrame
        One row per published figure (see :func:`validate_figures`), in file order.

    Raises
    ------
    DataValidationError
        When the file is missing, malformed or breaks a rule; the message names
        the file, line and column of each problem and the values that would be valid.

    See Also
    --------
    fraud_research.dataset.select_panel : one place and metric as an analysis series.

    Examples
    --------
    >>> figures = load_figures()
    >>> turkestan = figures.query("place == 'turkestan' and year == 2025 and scheme != ''")
    >>> sorted(turkestan.drop_duplicates("scheme")["scheme"])[:3]
    ['fake_investment', 'impersonation_call', 'lottery']
    """
    path = Path(path) if path is not None else paths.FIGURES_CSV
    rows, lines = read_csv_rows(path, FIGURE_COLUMNS)
    if not rows:
        raise DataValidationError(
            [
                f"{display_path(path)}: no figures, only a header; the dataset needs at least one "
                "published figure (restore the file, e.g. with `git checkout -- data/figures.csv`)"
            ]
        )
    return validate_figures(rows, lines, where=display_path(path))


def data_version(directory: str | Path | None = None) -> str:
    """Return a short content hash of the dataset files (changes whenever any figure changes).

    Examples
    --------
    >>> len(data_version())
    12
    """
    directory = Path(directory) if directory is not None else paths.DATA_DIR
    digest = hashlib.sha256()
    for file in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(directory)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:12]
