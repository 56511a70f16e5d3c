"""Curators' notes as readers see them: the dataset's internal names put into words.

The curators write their notes for each other («same value in qandastar.kz (source_url_2)»,
«(1 560 377, figures.csv almaty-region-2025-population)», «so period_end stays empty»). A
reader of a report sees neither the dataset's columns nor its files, so before a report shows
a note, each internal name becomes what it stands for: the second address itself, the other
figure's id with its address, a file kept with the dataset, a field in words. The dataset
keeps the notes as the curators wrote them.
"""

from __future__ import annotations

import re

import pandas as pd

#: Dataset fields a note may name, and what they are in words.
_FIELD_WORDS = {
    "period_end": "the end date",
    "period_start": "the start date",
    "scheme_text": "the scheme wording",
}
_FIELD_RE = re.compile(r"\b(" + "|".join(_FIELD_WORDS) + r")\b")
_SECOND_ADDRESS_RE = re.compile(r"\bsource_url_2\b")
_FIGURE_RE = re.compile(r"\bfigures\.csv\s+([a-z0-9]+(?:-[a-z0-9]+)+)")
_SOURCE_FILE_RE = re.compile(r"(?<![\w/])sources/([\w.-]+\.txt)\b")


def reader_note(note, *, second_address: str = "", figures: pd.DataFrame | None = None) -> str:
    """Return a curators' note with the dataset's internal names put into words.

    Parameters
    ----------
    note : str or None
        The note as the curators wrote it.
    second_address : str, optional
        The figure's second address (its ``source_url_2``), which «source_url_2» stands for;
        without one it reads "a second source".
    figures : DataFrame, optional
        The dataset, to give the address of another figure a note names by its id.

    Returns
    -------
    str
        The note for a reader ("" when there is none).

    Examples
    --------
    >>> reader_note("same value in qandastar.kz (source_url_2, Kazakh)",
    ...             second_address="https://qandastar.kz/a")
    'same value in qandastar.kz (https://qandastar.kz/a, Kazakh)'
    >>> reader_note("the end date is not printed, so period_end stays empty")
    'the end date is not printed, so the end date stays empty'
    >>> reader_note("full text in sources/turkestan-2025-release.txt")
    'full text in the copy kept with the dataset (data/sources/turkestan-2025-release.txt)'
    >>> figures = pd.DataFrame({"figure_id": ["a-2025-population"],
    ...                         "source_url": ["https://stat.gov.kz/x"]})
    >>> reader_note("differs from 1 560 377 (figures.csv a-2025-population)", figures=figures)
    'differs from 1 560 377 (a-2025-population, https://stat.gov.kz/x)'
    >>> reader_note(None)
    ''
    """
    text = "" if note is None or pd.isna(note) else str(note).strip()
    if not text:
        return ""
    address = second_address if isinstance(second_address, str) else ""
    text = _SECOND_ADDRESS_RE.sub(address.strip() or "a second source", text)
    text = _FIGURE_RE.sub(lambda m: _figure_words(m.group(1), figures), text)
    text = _SOURCE_FILE_RE.sub(r"the copy kept with the dataset (data/sources/\1)", text)
    return _FIELD_RE.sub(lambda m: _FIELD_WORDS[m.group(1)], text)


def with_reader_notes(figures: pd.DataFrame) -> pd.DataFrame:
    """Return ``figures`` with every note put into words for readers (see :func:`reader_note`).

    Reports call this once on the dataset they are given; the input is not changed.

    Examples
    --------
    >>> from fraud_research.dataset import load_figures
    >>> figures = with_reader_notes(load_figures())
    >>> bool(figures["note"].str.contains("source_url_2|figures.csv|period_end").any())
    False
    """
    seconds = figures["source_url_2"] if "source_url_2" in figures else [""] * len(figures)
    notes = [
        reader_note(note, second_address=second, figures=figures)
        for note, second in zip(figures["note"], seconds, strict=True)
    ]
    return figures.assign(note=notes)


def _figure_words(figure_id: str, figures: pd.DataFrame | None) -> str:
    """Another figure named by its id: the id and, when the dataset has it, its address."""
    if figures is None or "source_url" not in figures:
        return figure_id
    match = figures.loc[figures["figure_id"] == figure_id, "source_url"]
    address = match.iloc[0] if len(match) and isinstance(match.iloc[0], str) else ""
    return f"{figure_id}, {address}" if address else figure_id
