"""Load and check the curated dataset: published figures, places and schemes.

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
>>> load_places().loc["kostanay_city", "parent"]
'kostanay'
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from . import paths
from .errors import DataValidationError


def today() -> dt.date:
    """Today's date where it is latest on Earth (UTC+14), the limit for a published date.

    A date after it is in the future everywhere, so a release published this morning in
    Almaty is never refused on a machine whose clock runs on UTC. ``FRAUD_RESEARCH_TODAY``
    (an ISO date) replaces the clock, so a test can simulate adding next year's release.

    Examples
    --------
    >>> today() >= dt.date(2026, 12, 1)
    True
    """
    override = os.environ.get("FRAUD_RESEARCH_TODAY")
    if override:
        try:
            return dt.date.fromisoformat(override)
        except ValueError:
            raise DataValidationError(
                f"FRAUD_RESEARCH_TODAY={override!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=14))).date()

#: How a published figure was printed. A bound or approximation word wins over ``rounded``.
QUALIFIERS = ("exact", "at_least", "at_most", "approx", "rounded")
PERIOD_KINDS = ("full_year", "year_to_date", "months", "point_in_time", "multi_year", "unknown")
METRICS = (
    "cases_registered",
    "cases_solved",
    "cases_sent_to_court",
    "persons_prosecuted",
    "persons_detained",
    "victims",
    "damage_kzt",
    "damage_recovered_kzt",
    "money_transferred_kzt",
    "population",
    "all_fraud_cases",
    "all_crime_cases",
    "it_crime_cases",
    "cybercrime_cases",
    "antifraud_center_incidents",
    "share_statement",
    "rank_statement",
    "growth_statement",
)
#: Metrics that may be a statement without a number.
STATEMENT_METRICS = ("share_statement", "rank_statement", "growth_statement")
SCOPES = (
    "internet_fraud",
    "all_fraud",
    "cybercrime",
    "it_crime",
    "all_crime",
    "financial_pyramid",
    "population",
)
UNITS = ("cases", "persons", "kzt", "percent", "rank")
LANGUAGES = ("ru", "kk", "kk-latn", "en")
PLACE_LEVELS = ("country", "region", "city")

FIGURE_COLUMNS = (
    "figure_id",
    "place",
    "period_label",
    "year",
    "period_kind",
    "period_start",
    "period_end",
    "metric",
    "scope",
    "scheme",
    "breakdown",
    "scheme_text",
    "value",
    "qualifier",
    "unit",
    "language",
    "quote",
    "source_url",
    "source_url_2",
    "published",
    "note",
)
PLACE_COLUMNS = ("place_id", "level", "parent", "name_ru", "name_kk", "name_en")
SCHEME_COLUMNS = ("scheme_id", "label_en", "label_ru", "label_kk", "description")

_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_INTEGER_PATTERN = re.compile(r"^\d+$")
#: The largest value a figure can hold (a 64-bit integer column).
MAX_VALUE = 2**63 - 1
# Totals printed as rounded or approximate may be a little below the exact sum of their parts.
_ROUNDED_TOTAL_TOLERANCE = 0.05


def _display(path: Path) -> str:
    """Show a path relative to the project when it lives there (shorter, stable messages)."""
    try:
        return str(Path(path).resolve().relative_to(paths.PROJECT_ROOT))
    except ValueError:
        return str(path)


def _read_rows(path: Path, required: Iterable[str]) -> tuple[list[dict[str, str]], list[int]]:
    """Read a UTF-8 CSV into dicts with the line number each record starts on.

    The header must hold exactly the ``required`` columns, each once, in any order;
    a byte-order mark (what Excel writes) and CRLF line endings are accepted.
    """
    path = Path(path)
    where = _display(path)
    required = tuple(required)
    if not path.is_file():
        raise DataValidationError([f"{where}: file not found"])
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise DataValidationError(
            [f"{where}: not valid UTF-8 (byte {err.start}); save the file as UTF-8"]
        ) from None
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = next(reader)
    except StopIteration:
        raise DataValidationError([f"{where}: file is empty; expected a header row"]) from None
    except csv.Error as err:
        raise DataValidationError([f"{where}, line 1: malformed CSV header ({err})"]) from None
    header = [h.strip() for h in header]
    problems = _header_problems(header, required, where)
    if problems:
        raise DataValidationError(problems)
    rows, lines = [], []
    line = reader.line_num + 1
    try:
        for record in reader:
            start = line
            line = reader.line_num + 1
            if not any(field.strip() for field in record):
                continue
            if len(record) != len(header):
                problems.append(
                    f"{where}, line {start}: {len(record)} fields, expected {len(header)} "
                    "(an unquoted comma or a missing field?)"
                )
                continue
            rows.append(dict(zip(header, record, strict=True)))
            lines.append(start)
    except csv.Error as err:
        problems.append(f"{where}, line {reader.line_num}: malformed CSV ({err})")
    if problems:
        raise DataValidationError(problems)
    return rows, lines


def _header_problems(header: list[str], required: tuple[str, ...], where: str) -> list[str]:
    """Missing, unknown (a typo such as ``qualifer``) and repeated column names."""
    expected = f"expected columns: {', '.join(required)}"
    problems = []
    missing = [c for c in required if c not in header]
    if missing:
        problems.append(f"{where}, line 1: missing column(s) {', '.join(missing)}; {expected}")
    unknown = [c for c in dict.fromkeys(header) if c not in required]
    if unknown:
        problems.append(
            f"{where}, line 1: unknown column(s) {', '.join(repr(c) for c in unknown)}; {expected}"
        )
    repeated = [c for c in dict.fromkeys(header) if header.count(c) > 1]
    if repeated:
        problems.append(
            f"{where}, line 1: column(s) {', '.join(repeated)} appear more than once; "
            "each column may appear once"
        )
    return problems


def _allowed(values: Iterable[str]) -> str:
    return ", ".join(sorted(values))


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
    rows, lines = _read_rows(path, PLACE_COLUMNS)
    where = _display(path)
    problems, seen = [], {}
    ids = {r["place_id"] for r in rows}
    for row, line in zip(rows, lines, strict=True):
        pid = row["place_id"]
        if not _ID_PATTERN.match(pid) or "-" in pid:
            problems.append(
                f"{where}, line {line}, column 'place_id': {pid!r} is not a valid id "
                "(lowercase letters, digits and underscores)"
            )
        if pid in seen:
            problems.append(
                f"{where}, line {line}, column 'place_id': duplicate id {pid!r} "
                f"(first on line {seen[pid]})"
            )
        seen.setdefault(pid, line)
        if row["level"] not in PLACE_LEVELS:
            problems.append(
                f"{where}, line {line}, column 'level': {row['level']!r} is not allowed; "
                f"allowed values: {_allowed(PLACE_LEVELS)}"
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
    rows, lines = _read_rows(path, SCHEME_COLUMNS)
    where = _display(path)
    problems, seen = [], {}
    for row, line in zip(rows, lines, strict=True):
        sid = row["scheme_id"]
        if sid in seen:
            problems.append(
                f"{where}, line {line}, column 'scheme_id': duplicate id {sid!r} "
                f"(first on line {seen[sid]})"
            )
        seen.setdefault(sid, line)
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
    rows, lines = _read_rows(path, columns)
    known = set(load_schemes().index)
    where = _display(path)
    problems = [
        f"{where}, line {line}, column 'scheme_id': {row['scheme_id']!r} is not a scheme; "
        f"allowed values: {_allowed(known)}"
        for row, line in zip(rows, lines, strict=True)
        if row["scheme_id"] not in known
    ]
    if problems:
        raise DataValidationError(problems)
    return pd.DataFrame(rows, columns=list(columns))


def _parse_date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _check_row(
    row: dict[str, str], where: str, line: int, places: set[str], schemes: set[str]
) -> list[str]:
    """Return the problems of one figure row (empty list when the row is sound)."""
    problems = []

    def bad(column: str, message: str) -> None:
        problems.append(f"{where}, line {line}, column {column!r}: {message}")

    def check_allowed(column: str, allowed: Iterable[str], *, optional: bool = False) -> None:
        value = row[column]
        if optional and value == "":
            return
        if value not in allowed:
            bad(column, f"{value!r} is not allowed; allowed values: {_allowed(allowed)}")

    if not _ID_PATTERN.match(row["figure_id"]):
        bad("figure_id", f"{row['figure_id']!r} is not a valid id (lowercase, digits, - and _)")
    check_allowed("place", places)
    check_allowed("period_kind", PERIOD_KINDS)
    check_allowed("metric", METRICS)
    check_allowed("scope", SCOPES)
    check_allowed("scheme", schemes, optional=True)
    check_allowed("qualifier", QUALIFIERS)
    check_allowed("unit", UNITS, optional=True)
    check_allowed("language", LANGUAGES)

    value = row["value"].strip()
    if value == "":
        if row["metric"] not in STATEMENT_METRICS:
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
    problems.extend(_check_dates_against_publication(row, dates, where, line))

    if not row["quote"].strip():
        bad("quote", "empty; every figure needs the passage that carries it, word for word")
    if row["source_url"] and not re.match(r"^https?://", row["source_url"]):
        bad("source_url", f"{row['source_url']!r} is not an http(s) address")
    if row["scheme"] and row["breakdown"]:
        bad("breakdown", "a row is either a scheme or a breakdown, not both")
    if row["breakdown"] and not re.fullmatch(r"[a-z_]+=[a-z0-9_\-]+", row["breakdown"]):
        bad("breakdown", f"{row['breakdown']!r} is not of the form key=value (e.g. sex=female)")
    return problems


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


def _period_key(row: pd.Series) -> tuple:
    return (
        row["place"],
        row["metric"],
        row["scope"],
        row["period_kind"],
        row["year"],
        row["period_start"],
        row["period_end"],
    )


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
    places = set(places) if places is not None else set(load_places().index)
    schemes = set(schemes) if schemes is not None else set(load_schemes().index)
    problems: list[str] = []
    first_line: dict[str, int] = {}
    for row, line in zip(rows, lines, strict=True):
        fid = row["figure_id"]
        if fid in first_line:
            problems.append(
                f"{where}, line {line}, column 'figure_id': duplicate id {fid!r} "
                f"(first on line {first_line[fid]})"
            )
        first_line.setdefault(fid, line)
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
    fraud_research.panel.select_panel : one place and metric as an analysis series.

    Examples
    --------
    >>> figures = load_figures()
    >>> turkestan = figures.query("place == 'turkestan' and year == 2025 and scheme != ''")
    >>> sorted(turkestan.drop_duplicates("scheme")["scheme"])[:3]
    ['fake_investment', 'impersonation_call', 'lottery']
    """
    path = Path(path) if path is not None else paths.FIGURES_CSV
    rows, lines = _read_rows(path, FIGURE_COLUMNS)
    if not rows:
        raise DataValidationError(
            [
                f"{_display(path)}: no figures, only a header; the dataset needs at least one "
                "published figure (restore the file, e.g. with `git checkout -- data/figures.csv`)"
            ]
        )
    return validate_figures(rows, lines, where=_display(path))


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
