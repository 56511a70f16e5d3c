"""One number of a text as the reader reads it: :class:`ReadNumber`, the columns of a figure
(:data:`EXTRACT_COLUMNS`) and :func:`word_reading` for a number written as words."""

from __future__ import annotations

from dataclasses import dataclass

#: Columns of :func:`extract_figures`.
EXTRACT_COLUMNS = (
    "metric",
    "value",
    "qualifier",
    "currency",
    "scheme",
    "scheme_text",
    "period_text",
    "year_earlier",
    "place_text",
    "start",
    "end",
    "sentence",
)


@dataclass
class ReadNumber:
    """One number of a text as :func:`walk_numbers` reads it (see :func:`read_numbers`)."""

    number_start: int
    start: int
    end: int
    value: int | float | None
    qualifier: str
    currency: str
    sentence: tuple[int, int]
    row: dict
    role: str = "other"
    cues: tuple[str, ...] = ()
    scope: str = ""


def word_reading(doc, number_start, start, end, value, qualifier, role: str = ""):
    """A number written as words, as a :class:`ReadNumber` (its role given or still to read)."""
    sent = doc.sentence_of(number_start)
    row = dict.fromkeys(EXTRACT_COLUMNS, "")
    row.update(value=value, qualifier=qualifier, start=start, end=end)
    row["sentence"] = doc.sentence(sent)
    number = ReadNumber(
        number_start, start, end, value, qualifier, "", sent, row, role=role or "other"
    )
    if role:
        number.cues = (doc.text[start:end],)  # the words themselves decided it
    return number
