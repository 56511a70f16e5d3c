"""Add a reviewed proposal to ``data/figures.csv``: validated, archived, atomic, append-only.

:func:`apply_records` appends the ``new`` and ``conflict`` rows of a proposal
(:func:`~fraud_research.text.propose_records`) after validating the combined
dataset, archives the press text under ``data/sources/`` and replaces the file
atomically, keeping its permission bits; a file the user made read-only is refused.
:func:`ingest` is the whole workflow for one text file (what ``fraud-research
ingest`` runs).

Examples
--------
Every figure of the archived Turkestan release is already in the dataset, so
applying its proposal writes nothing:

>>> from fraud_research import paths
>>> from fraud_research.text import propose_records
>>> text = (paths.SOURCES_DIR / "turkestan-2025-akimat-press-release.txt").read_text("utf-8")
>>> proposal = propose_records(text, place="turkestan", source_url="https://gurk.kz/news/x")
>>> apply_records(proposal, text=text).empty
True
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .. import paths
from ..dataset import (
    FIGURE_COLUMNS,
    atomic_write,
    check_place,
    load_places,
    read_csv_rows,
    refuse_read_only,
    validate_figures,
)
from ..errors import ParameterError
from .proposal import propose_records, read_source, slug

__all__ = ["apply_records", "ingest"]


def _archive(text: str, source_file: str | Path | None, sources_dir: Path, place: str) -> str:
    """Name under which the text is (or will be) archived; reuse an identical copy."""
    for existing in sorted(sources_dir.glob("*.txt")):
        try:
            if existing.read_text(encoding="utf-8") == text:
                return existing.name
        except UnicodeDecodeError:
            continue
    stem = slug(Path(source_file).stem) if source_file else f"{slug(place)}-press-release"
    name, n = f"{stem}.txt", 1
    while (sources_dir / name).exists():
        n += 1
        name = f"{stem}-{n}.txt"
    return name


def apply_records(
    proposal,
    *,
    text: str,
    source_file: str | Path | None = None,
    figures_path: str | Path | None = None,
    sources_dir: str | Path | None = None,
    places_path: str | Path | None = None,
):
    """Validate and append the new and conflicting records of a proposal; archive the text.

    Rows with status ``present`` or ``skipped`` are not written. Existing rows are
    kept byte for byte; the new rows are appended with the csv module in the
    dataset's column order, and the file is replaced atomically, keeping its
    permission bits. A dataset (or folder) made read-only is not written.

    Parameters
    ----------
    proposal : DataFrame
        Output of :func:`propose_records`.
    text : str
        The press text, archived under ``sources_dir`` when records are added.
    source_file : str or Path, optional
        Original file, whose name the archived copy takes.
    figures_path, sources_dir, places_path : str or Path, optional
        Default to the project's ``data/figures.csv``, ``data/sources/`` and
        ``data/places.csv``.

    Returns
    -------
    DataFrame
        The rows written (empty when there was nothing to add).

    Raises
    ------
    DataValidationError
        When the combined dataset would break a rule; nothing is written then.
    ReadOnlyFileError
        When ``figures_path``, its folder or ``sources_dir`` is read-only (no write
        permission for its owner); nothing is written then.

    Examples
    --------
    >>> import shutil, tempfile, pathlib
    >>> from fraud_research import paths
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> _ = shutil.copy(paths.FIGURES_CSV, tmp / "figures.csv")
    >>> text = "В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества."
    >>> p = propose_records(text, place="abai", source_url="https://example.kz/a",
    ...                     figures_path=tmp / "figures.csv")
    >>> added = apply_records(p, text=text, figures_path=tmp / "figures.csv",
    ...                       sources_dir=tmp / "sources")
    >>> added["figure_id"].tolist(), sorted(f.name for f in (tmp / "sources").iterdir())
    (['abai-2025-cases'], ['abai-press-release.txt'])
    """
    figures_path = Path(figures_path) if figures_path is not None else paths.FIGURES_CSV
    sources_dir = Path(sources_dir) if sources_dir is not None else paths.SOURCES_DIR
    to_add = proposal[proposal["status"].isin(["new", "conflict"])]
    if to_add.empty:
        return to_add[list(FIGURE_COLUMNS)]
    place = str(to_add["place"].iloc[0])
    name = _archive(text, source_file, sources_dir, place)
    existing, lines = read_csv_rows(figures_path, FIGURE_COLUMNS)
    new_rows = []
    for row in to_add.itertuples(index=False):
        record = {c: str(getattr(row, c)) for c in FIGURE_COLUMNS}
        record["note"] = re.sub(
            r"Proposed by fraud-research ingest(?: from data/sources/[^;]*)?",
            f"Added by fraud-research ingest from data/sources/{name}",
            record["note"],
        )
        new_rows.append(record)
    taken = {r["figure_id"] for r in existing}
    clash = [r["figure_id"] for r in new_rows if r["figure_id"] in taken]
    if clash:
        raise ParameterError(
            f"figure id(s) {', '.join(clash)} are already taken in {figures_path}; "
            "the dataset changed since the proposal was made, propose again"
        )
    last = max(lines, default=1)
    new_lines = list(range(last + 1, last + 1 + len(new_rows)))
    validate_figures(
        existing + new_rows,
        lines + new_lines,
        where=f"{figures_path.name} (with the proposed records)",
        places=load_places(places_path).index,
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for record in new_rows:
        writer.writerow([record[c] for c in FIGURE_COLUMNS])
    original = figures_path.read_text(encoding="utf-8")
    if original and not original.endswith("\n"):
        original += "\n"
    archive = sources_dir / name
    # every check before the first write: nothing is written unless all of it can be
    refuse_read_only(figures_path)
    refuse_read_only(figures_path.parent)
    if not archive.exists():
        refuse_read_only(sources_dir)
        sources_dir.mkdir(parents=True, exist_ok=True)
        atomic_write(archive, text)
    atomic_write(figures_path, original + buffer.getvalue())
    frame = to_add[list(FIGURE_COLUMNS)].copy()
    frame["note"] = [r["note"] for r in new_rows]
    return frame


def ingest(
    file: str | Path,
    *,
    place: str,
    source_url: str,
    published: str | None = None,
    apply: bool = False,
    year: int | None = None,
    period_kind: str | None = None,
    figures_path: str | Path | None = None,
    sources_dir: str | Path | None = None,
    places_path: str | Path | None = None,
):
    """Read a press text, propose records and, with ``apply=True``, add them to the dataset.

    Returns
    -------
    DataFrame
        The proposal (see :func:`propose_records`); with ``apply=True``, rows that
        were written have ``status`` ``added`` or ``conflict``.

    Examples
    --------
    >>> from fraud_research import paths
    >>> result = ingest(paths.SOURCES_DIR / "turkestan-2025-akimat-press-release.txt",
    ...                 place="turkestan", source_url="https://gurk.kz/news/x")
    >>> result["status"].value_counts().to_dict()
    {'present': 8}
    """
    check_place(place, places=load_places(places_path), parameter="--place")
    text = read_source(file)
    sources_dir_path = Path(sources_dir) if sources_dir is not None else paths.SOURCES_DIR
    name = _archive(text, file, sources_dir_path, place) if sources_dir_path.exists() else ""
    proposal = propose_records(
        text,
        place=place,
        source_url=source_url,
        published=published,
        year=year,
        period_kind=period_kind,
        source_name=name,
        figures_path=figures_path,
        places_path=places_path,
    )
    if apply:
        apply_records(
            proposal,
            text=text,
            source_file=file,
            figures_path=figures_path,
            sources_dir=sources_dir,
            places_path=places_path,
        )
        proposal = proposal.copy()
        proposal.loc[proposal["status"] == "new", "status"] = "added"
    return proposal
