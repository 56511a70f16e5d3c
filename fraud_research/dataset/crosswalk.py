"""Crosswalk from our canonical schemes to the categories of foreign fraud statistics.

``data/crosswalk.csv`` maps each scheme of the taxonomy (``data/schemes.csv``)
to the nearest category of three publications, with a note per mapping on how
exact it is:

- ``ftc_sentinel``: FTC Consumer Sentinel Network Data Book (United States);
- ``fbi_ic3``: FBI Internet Crime Complaint Center, Internet Crime Report;
- ``uk_finance_app``: UK Finance Annual Fraud Report, authorised push payment scams.

``match`` says how the two categories relate: ``exact`` (same definition),
``close`` (same core, small differences named in the note), ``broader`` (the
foreign category also holds other things), ``narrower`` (it holds only part of
ours), ``partial`` (they overlap), ``none`` (no counterpart; the category is
empty). Only ``exact`` and ``close`` mappings support a side-by-side comparison
of shares, and even then the foreign figures are complaints or bank cases, not
registered crimes.

Examples
--------
>>> crosswalk = load_crosswalk()
>>> row = crosswalk.query("scheme_id == 'impersonation_call' and framework == 'uk_finance_app'").iloc[0]
>>> row["external_category"], row["match"]
('Impersonation: police/bank staff', 'close')
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import DataValidationError, ParameterError
from .files import display_path, read_csv_rows
from .registry import load_schemes

CROSSWALK_CSV = paths.DATA_DIR / "crosswalk.csv"
CROSSWALK_COLUMNS = ("scheme_id", "framework", "external_category", "match", "note")
#: Frameworks and the publication each one names.
FRAMEWORKS = {
    "ftc_sentinel": "FTC Consumer Sentinel Network Data Book",
    "fbi_ic3": "FBI IC3 Internet Crime Report",
    "uk_finance_app": "UK Finance Annual Fraud Report (APP scams)",
}
#: How exact a mapping is, from most to least.
MATCHES = ("exact", "close", "broader", "narrower", "partial", "none")


def load_crosswalk(path: str | Path | None = None) -> pd.DataFrame:
    """Load and check the crosswalk from canonical schemes to foreign categories.

    Parameters
    ----------
    path : str or Path, optional
        Crosswalk CSV; defaults to ``data/crosswalk.csv``.

    Returns
    -------
    DataFrame
        One row per mapping: ``scheme_id``, ``framework``, ``external_category``
        (empty when ``match`` is ``none``), ``match``, ``note``, ``publication``.

    Raises
    ------
    DataValidationError
        Listing every row with an unknown scheme, framework or match, a missing
        note, or a category that contradicts its match.

    Examples
    --------
    >>> crosswalk = load_crosswalk()
    >>> sorted(crosswalk["framework"].unique())
    ['fbi_ic3', 'ftc_sentinel', 'uk_finance_app']
    >>> crosswalk.groupby("framework")["scheme_id"].nunique().tolist()
    [8, 8, 8]
    """
    path = Path(path) if path is not None else CROSSWALK_CSV
    rows, lines = read_csv_rows(path, CROSSWALK_COLUMNS)
    where = display_path(path)
    schemes = set(load_schemes().index)
    problems = []
    for row, line in zip(rows, lines, strict=True):

        def bad(column: str, message: str, line: int = line) -> None:
            problems.append(f"{where}, line {line}, column {column!r}: {message}")

        if row["scheme_id"] not in schemes:
            bad(
                "scheme_id",
                f"{row['scheme_id']!r} is not a scheme; allowed values: "
                f"{', '.join(sorted(schemes))}",
            )
        if row["framework"] not in FRAMEWORKS:
            bad(
                "framework",
                f"{row['framework']!r} is not allowed; allowed values: {', '.join(FRAMEWORKS)}",
            )
        if row["match"] not in MATCHES:
            bad("match", f"{row['match']!r} is not allowed; allowed values: {', '.join(MATCHES)}")
        elif (row["match"] == "none") != (row["external_category"].strip() == ""):
            bad("external_category", "must be empty exactly when match is 'none'")
        if not row["note"].strip():
            bad("note", "empty; say how exact the mapping is")
    if problems:
        raise DataValidationError(problems)
    frame = pd.DataFrame(rows, columns=list(CROSSWALK_COLUMNS))
    return frame.assign(publication=frame["framework"].map(FRAMEWORKS))


def crosswalk_mapping(
    crosswalk: pd.DataFrame | None = None,
    *,
    framework: str,
    matches: tuple[str, ...] = ("exact", "close"),
) -> dict[str, str]:
    """Return ``{external category: scheme id}`` for one framework's good-enough mappings.

    Use it to read a foreign table of counts in our taxonomy (e.g. before
    :func:`fraud_research.stats.scheme_mix.align_scheme_counts`). A foreign category
    that several of our schemes map to, or a scheme with two foreign categories,
    is left out: only one-to-one mappings can carry counts across.

    Raises
    ------
    ParameterError
        For an unknown framework or match level.

    Examples
    --------
    >>> crosswalk_mapping(framework="uk_finance_app")
    {'Impersonation: police/bank staff': 'impersonation_call', 'Purchase scam': 'prepayment', 'Investment scam': 'fake_investment'}
    """
    if framework not in FRAMEWORKS:
        raise ParameterError(f"unknown framework {framework!r}; valid: {', '.join(FRAMEWORKS)}")
    unknown = [m for m in matches if m not in MATCHES]
    if unknown:
        raise ParameterError(f"unknown match level(s) {unknown}; valid: {', '.join(MATCHES)}")
    crosswalk = load_crosswalk() if crosswalk is None else crosswalk
    rows = crosswalk[(crosswalk["framework"] == framework) & (crosswalk["external_category"] != "")]
    shared = rows["external_category"].duplicated(keep=False)
    chosen = rows[~shared & rows["match"].isin(matches)]
    chosen = chosen[~chosen["scheme_id"].duplicated(keep=False)]
    return dict(zip(chosen["external_category"], chosen["scheme_id"], strict=True))
