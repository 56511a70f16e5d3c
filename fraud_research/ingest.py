"""Turn a press release into cited records for ``data/figures.csv``, safely.

``fraud-research ingest FILE --place turkestan --source-url URL`` reads the text,
extracts its case counts and damage amounts (:func:`fraud_research.text.extract_figures`)
and prints them as proposed records with the quote each came from. With
``--apply`` it validates the combined dataset, archives the text under
``data/sources/`` and appends the new records. A record that matches an existing
figure is reported as already present; one that disagrees with an existing figure
is added beside it and reported as a conflict. Nothing is overwritten or deleted,
and applying the same text twice adds nothing the second time.

Examples
--------
>>> from fraud_research import paths
>>> proposal = propose_records(
...     (paths.SOURCES_DIR / "turkestan-2025-akimat-press-release.txt").read_text("utf-8"),
...     place="turkestan", source_url="https://gurk.kz/news/example")
>>> proposal[["figure_id", "value", "status"]].head(2).values.tolist()
[['turkestan-2025-cases', 843, 'present'], ['turkestan-2025-damage', 1665783000, 'present']]

The command line, :func:`ingest_command` (a click command; its own docstring is
its ``--help`` text, so its example lives here, where doctest collects it):

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(ingest_command, ["--help"])
>>> result.exit_code, result.output.splitlines()[0]
(0, 'Usage: ingest [OPTIONS] FILE')
>>> "--apply" in result.output
True
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

import click

from . import paths
from .dataset import today
from .errors import FraudResearchError, ParameterError

__all__ = [
    "PROPOSAL_COLUMNS",
    "ReadOnlyFileError",
    "read_source",
    "resolve_period",
    "propose_records",
    "apply_records",
    "ingest",
    "ingest_command",
]

#: Extra columns of a proposal, after the dataset's own columns.
PROPOSAL_COLUMNS = ("status", "reason", "existing_ids")

_METRICS = {"cases": ("cases_registered", "cases"), "damage": ("damage_kzt", "kzt")}
_SCOPE = "internet_fraud"

_MONTH_WORDS = {
    "один": 1,
    "первый": 1,
    "два": 2,
    "двух": 2,
    "три": 3,
    "трех": 3,
    "трёх": 3,
    "четыре": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "одиннадцати": 11,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip
# Quarters and half-years counted from January: «за первый квартал 2026 года» is 3 months.
_PART_OF_YEAR_RE = re.compile(
    r"(?:(перв|втор|трет|I{1,3}\b|бірінші|алғашқы|екінші|үшінші)\w*\s+)?"
    r"(квартал|полугоди|тоқсан|жарты\s+жыл)\w*(?:\s+(\d{4})\s+года)?",
    re.I,
)
_PART_ORDINALS = {"перв": 1, "i": 1, "бірінші": 1, "алғашқы": 1, "втор": 2, "ii": 2,
                  "екінші": 2, "трет": 3, "iii": 3, "үшінші": 3}  # fmt: skip
_FULL_YEAR_RES = (
    re.compile(r"по\s+итогам\s+(\d{4})\s+года", re.I),
    re.compile(r"за\s+(\d{4})\s+год\b", re.I),
    re.compile(r"в\s+(\d{4})\s+году", re.I),
    re.compile(r"(\d{4})\s+жыл(?:ы|дың\s+қорытындысы\s+бойынша)\b", re.I),
    re.compile(r"^in\s+(\d{4})$", re.I),
)
_PREVIOUS_YEAR_RE = re.compile(
    r"^(?:в\s+прошлом\s+году|за\s+прошлый\s+год|по\s+итогам\s+прошлого\s+года|"
    r"өткен\s+жылы|былтыр|ótken\s+jyly|last\s+year)$",
    re.I,
)
_THIS_YEAR_RE = re.compile(
    r"^(?:с\s+начала\s+(?:текущего\s+|этого\s+)?года|в\s+(?:этом|текущем)\s+году|"
    r"жыл\s+басынан\s+бері|биыл|jyl\s+basynan\s+beri|bıyl|since\s+the\s+beginning\s+of\s+"
    r"(?:this|the)\s+year)$",
    re.I,
)
_MONTH_NAMES = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip
_JANUARY_TO_RE = re.compile(r"январ\w*\s*(?:[–—-]|по)\s*([а-я]+)\s+(\d{4})\s+года$", re.I)
_KK_JANUARY_TO_RE = re.compile(r"(\d{4})\s+жылдың\s+қаңтар\s*[–—-]\s*(\w+)\s+айлар", re.I)
_KK_MONTHS = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
              "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11,
              "желтоқсан": 12}  # fmt: skip
_MONTHS_RES = (
    re.compile(r"за\s+(?:первые\s+)?(\d+|\w+)\s+месяц\w*\s+(\d{4})\s+года$", re.I),
    re.compile(r"(\d{4})\s+жылдың\s+(?:алғашқы\s+)?(\d+)\s+ай\w*$", re.I),
    re.compile(r"for\s+(\d+)\s+months\s+of\s+(\d{4})$", re.I),
    re.compile(r"the\s+first\s+(\d+|\w+)\s+months\s+of\s+(\d{4})$", re.I),
)


class ReadOnlyFileError(FraudResearchError, PermissionError):
    """A file or folder that ingest would write is read-only; nothing was written.

    Examples
    --------
    >>> issubclass(ReadOnlyFileError, PermissionError)
    True
    """


def _publication_date(published: str | None) -> dt.date | None:
    """Read ``--published``: an ISO date, not after today."""
    if not published:
        return None
    try:
        date = dt.date.fromisoformat(published)
    except ValueError:
        raise ParameterError(f"--published {published!r} is not an ISO date (YYYY-MM-DD)") from None
    if date > today():
        raise ParameterError(
            f"--published {published} is in the future (today is {today()}); give the "
            "date the text was published, today or earlier"
        )
    return date


def _check_period_published(record: dict, published: dt.date | None) -> None:
    """Refuse a figure whose period begins after the text was published (or after today)."""
    if not record["year"]:
        return
    begins = dt.date.fromisoformat(record["period_start"] or f"{record['year']}-01-01")
    limit = published or today()
    if begins <= limit:
        return
    quote = record["quote"] if len(record["quote"]) <= 80 else record["quote"][:77] + "..."
    when = (
        f"its publication date --published {published}"
        if published
        else f"today ({today()}), and no --published date was given"
    )
    raise ParameterError(
        f"the proposed figure {record['metric']} {record['value']} for {record['period_label']} "
        f"(«{quote}») begins after {when}: a text can only report a period that had begun "
        "when it was published; correct --published, or check the period the text states"
    )


def _place_ids(places_path: str | Path | None) -> list[str]:
    from .dataset import load_places

    return list(load_places(places_path).index)


def _check_place(place: str, places_path: str | Path | None) -> None:
    valid = _place_ids(places_path)
    if place not in valid:
        raise ParameterError(
            f"unknown place {place!r}; --place must be a place id of data/places.csv: "
            f"{', '.join(valid)}"
        )


def read_source(path: str | Path) -> str:
    """Read a press text as UTF-8, refusing files that are missing, empty or not UTF-8.

    Parameters
    ----------
    path : str or Path
        The text file (plain text, UTF-8).

    Returns
    -------
    str
        The text.

    Raises
    ------
    ParameterError
        With a message naming the file and what to do.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> empty = pathlib.Path(tempfile.mkdtemp()) / "empty.txt"
    >>> _ = empty.write_text("  ")
    >>> read_source(empty)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: .../empty.txt: the file is empty; ...
    """
    path = Path(path)
    if not path.is_file():
        raise ParameterError(f"{path}: file not found; give the path of a press text")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ParameterError(
            f"{path}: not valid UTF-8 (byte {err.start}); save the text as UTF-8 and try again"
        ) from None
    if not text.strip():
        raise ParameterError(f"{path}: the file is empty; expected the text of a press release")
    return text


def _month_count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _MONTH_WORDS.get(word.lower())


def _span(year: int, first_month: int, last_month: int) -> dict[str, str]:
    """Period fields for the months ``first_month``..``last_month`` of ``year``."""
    last_day = calendar.monthrange(year, last_month)[1]
    n_months = last_month - first_month + 1
    if (first_month, last_month) == (1, 12):
        label, kind = f"{year} (full year)", "full_year"
    elif first_month == 1:
        label, kind = f"{year} ({n_months} months)", "months"
    else:
        label, kind = f"{year} (months {first_month}-{last_month})", "months"
    return {
        "year": str(year),
        "period_kind": kind,
        "period_start": f"{year}-{first_month:02d}-01",
        "period_end": f"{year}-{last_month:02d}-{last_day:02d}",
        "period_label": label,
    }


def resolve_period(
    period_text: str,
    *,
    year: int | None = None,
    period_kind: str | None = None,
    published: str | None = None,
) -> dict[str, str]:
    """Turn a period phrase into the dataset's period fields.

    «по итогам 2025 года», «в 2025 году», «2025 жылы» give a full year; «за 9
    месяцев 2025 года» gives months from 1 January. Any other phrase needs the
    caller's ``year`` and ``period_kind``. With a publication date, «в прошлом году»
    / «былтыр» give the previous full year and «с начала года» / «в этом году» /
    «биыл» the year to date.

    Parameters
    ----------
    period_text : str
        The phrase as printed (may be empty).
    year : int, optional
        Year to use when the phrase does not state one.
    period_kind : str, optional
        Period kind to use when the phrase does not state one.
    published : str, optional
        Publication date (ISO), the reference for «в прошлом году», «биыл» and the like.

    Returns
    -------
    dict
        ``year``, ``period_kind``, ``period_start``, ``period_end``, ``period_label``
        as strings ready for the CSV.

    Raises
    ------
    ParameterError
        When the period cannot be read and no ``year`` / ``period_kind`` was given.

    Examples
    --------
    >>> resolve_period("По итогам 2025 года")["period_end"]
    '2025-12-31'
    >>> resolve_period("за 9 месяцев 2025 года")["period_label"]
    '2025 (9 months)'
    >>> resolve_period("с начала года", year=2026, period_kind="year_to_date")["period_kind"]
    'year_to_date'
    >>> resolve_period("в прошлом году", published="2026-02-07")["period_label"]
    '2025 (full year)'
    """
    phrase = re.sub(r"\s+", " ", period_text or "").strip()
    for pattern in _MONTHS_RES:
        m = pattern.search(phrase)
        if m:
            a, b = m.groups()
            n_year, n_months = (
                (int(a), _month_count(b))
                if a.isdigit() and len(a) == 4
                else (
                    int(b),
                    _month_count(a),
                )
            )
            if n_months and 1 <= n_months <= 12:
                last = calendar.monthrange(n_year, n_months)[1]
                return {
                    "year": str(n_year),
                    "period_kind": "full_year" if n_months == 12 else "months",
                    "period_start": f"{n_year}-01-01",
                    "period_end": f"{n_year}-{n_months:02d}-{last:02d}",
                    "period_label": f"{n_year} ({n_months} months)"
                    if n_months < 12
                    else f"{n_year} (full year)",
                }
    m = _JANUARY_TO_RE.search(phrase)
    if m:
        stem = next(
            (
                k
                for k in sorted(_MONTH_NAMES, key=len, reverse=True)
                if m.group(1).lower().startswith(k)
            ),
            None,
        )
        if stem:
            n_year, n_months = int(m.group(2)), _MONTH_NAMES[stem]
            last = calendar.monthrange(n_year, n_months)[1]
            return {
                "year": str(n_year),
                "period_kind": "full_year" if n_months == 12 else "months",
                "period_start": f"{n_year}-01-01",
                "period_end": f"{n_year}-{n_months:02d}-{last:02d}",
                "period_label": f"{n_year} ({n_months} months)",
            }
    m = _KK_JANUARY_TO_RE.search(phrase)
    if m and m.group(2).lower() in _KK_MONTHS:
        return _span(int(m.group(1)), 1, _KK_MONTHS[m.group(2).lower()])
    m = _PART_OF_YEAR_RE.search(phrase)
    if m:
        part_year = int(m.group(3)) if m.group(3) else None
        if part_year is None and published:
            ref = dt.date.fromisoformat(published).year
            if re.search(r"текущего|этого|биыл", phrase, re.I):
                part_year = ref
            elif re.search(r"прошлого|өткен", phrase, re.I):
                part_year = ref - 1
        ordinal = _PART_ORDINALS.get((m.group(1) or "перв").lower())
        if part_year is not None and ordinal is not None:
            size = 3 if m.group(2).lower().startswith(("квартал", "тоқсан")) else 6
            return _span(part_year, size * (ordinal - 1) + 1, size * ordinal)
    if not re.search(r"месяц|ай|month|дн|күн|day|квартал|тоқсан", phrase, re.I):
        for pattern in _FULL_YEAR_RES:
            m = pattern.search(phrase)
            if m:
                y = int(m.group(1))
                return {
                    "year": str(y),
                    "period_kind": "full_year",
                    "period_start": f"{y}-01-01",
                    "period_end": f"{y}-12-31",
                    "period_label": f"{y} (full year)",
                }
    m = re.search(r"с\s+начала\s+(\d{4})\s+года", phrase, re.I)
    if m:
        return _year_to_date(int(m.group(1)), phrase)
    if published:
        ref = dt.date.fromisoformat(published).year
        if _PREVIOUS_YEAR_RE.search(phrase):
            return {
                "year": str(ref - 1),
                "period_kind": "full_year",
                "period_start": f"{ref - 1}-01-01",
                "period_end": f"{ref - 1}-12-31",
                "period_label": f"{ref - 1} (full year)",
            }
        if _THIS_YEAR_RE.search(phrase):
            return _year_to_date(ref, phrase)
    if year is None or period_kind is None:
        raise ParameterError(
            f"cannot tell the period from {phrase or 'the text'!r}; pass --year and "
            "--period-kind (e.g. --year 2025 --period-kind year_to_date)"
        )
    if period_kind == "full_year":
        return {
            "year": str(year),
            "period_kind": period_kind,
            "period_start": f"{year}-01-01",
            "period_end": f"{year}-12-31",
            "period_label": f"{year} (full year)",
        }
    label = period_kind.replace("_", " ")
    return {
        "year": str(year),
        "period_kind": period_kind,
        "period_start": "",
        "period_end": "",
        "period_label": f"{year} ({label}{': ' + phrase if phrase else ''})",
    }


def _year_to_date(year: int, phrase: str) -> dict[str, str]:
    return {
        "year": str(year),
        "period_kind": "year_to_date",
        "period_start": "",
        "period_end": "",
        "period_label": f"{year} (year to date: {phrase})",
    }


def _read_dataset(figures_path: Path) -> tuple[list[dict[str, str]], list[int]]:
    from .dataset import FIGURE_COLUMNS, _read_rows

    return _read_rows(figures_path, FIGURE_COLUMNS)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("_", "-")).strip("-")


def _period_key(row: dict[str, str]) -> tuple:
    return tuple(
        row[c]
        for c in (
            "place",
            "metric",
            "scope",
            "scheme",
            "breakdown",
            "year",
            "period_kind",
            "period_start",
            "period_end",
        )
    )


def _quote(text: str, found) -> str:
    """The passage a figure came from: its sentence, or its item of a scheme list."""
    sentence = found.sentence
    quote = sentence
    # the sentence holds the number, which starts at most 40 characters (a qualifier) after
    # ``found.start``: look there, not from the top (slow on a long text, and wrong when
    # the same sentence appears twice)
    offset = text.find(
        sentence, max(0, found.start - len(sentence) + 1), found.start + 41 + len(sentence)
    )
    if found.scheme_text and offset >= 0:
        head = sentence.find(found.scheme_text)
        number_at = found.start - offset
        if 0 <= head < number_at:
            tail = re.search(r"[,;.]\s|[,;]|$", sentence[found.end - offset :])
            quote = sentence[head : found.end - offset + tail.start()]
    return re.sub(r"\s+", " ", quote).strip().rstrip(".")


def propose_records(
    text: str,
    *,
    place: str,
    source_url: str,
    published: str | None = None,
    year: int | None = None,
    period_kind: str | None = None,
    source_name: str = "",
    figures_path: str | Path | None = None,
    places_path: str | Path | None = None,
):
    """Propose dataset records for the figures of a press text, and compare with the dataset.

    Parameters
    ----------
    text : str
        The press text.
    place : str
        Place id of ``data/places.csv`` the text is about.
    source_url : str
        Address of the page (http or https).
    published : str, optional
        Publication date, ISO ``YYYY-MM-DD``.
    year, period_kind : optional
        Period to use for figures whose period the text does not state.
    source_name : str
        Archived file name, mentioned in each record's note.
    figures_path, places_path : str or Path, optional
        Dataset and place registry; default to the project's.

    Returns
    -------
    DataFrame
        One row per extracted figure with the dataset's columns plus ``status``
        (``new``, ``present``, ``conflict`` or ``skipped``), ``reason`` and
        ``existing_ids`` (the matching or conflicting records). ``value`` is an int.

    Raises
    ------
    ParameterError
        On an unknown place, a bad address, a publication date that is not an ISO
        date or is after today, a text without figures, a figure whose period begins
        after the publication date (after today when there is none), or a period that
        cannot be read for any figure (pass ``year`` and ``period_kind``).
        A figure whose period alone cannot be read (e.g. a comparison with «АППГ»)
        is proposed with status ``skipped`` and the reason.

    Examples
    --------
    >>> p = propose_records("В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества.",
    ...                     place="abai", source_url="https://example.kz/a")
    >>> p[["figure_id", "period_kind", "value", "status"]].values.tolist()
    [['abai-2025-cases', 'full_year', 12345, 'new']]
    >>> propose_records("В 2027 году зарегистрировано 12 345 фактов интернет-мошенничества.",
    ...                 place="abai", source_url="https://example.kz/a", published="2026-01-20")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: the proposed figure cases_registered 12345 for 2027 (full year) (...) begins after its publication date --published 2026-01-20: ...
    """
    import pandas as pd

    from .dataset import FIGURE_COLUMNS
    from .text import detect_language, extract_figures

    _check_place(place, places_path)
    if not re.match(r"^https?://\S+$", source_url or ""):
        raise ParameterError(
            f"--source-url {source_url!r} is not an http(s) address; give the page address"
        )
    published_date = _publication_date(published)
    if not text.strip():
        raise ParameterError("the text is empty; expected the text of a press release")
    figures = extract_figures(text)
    if figures.empty:
        raise ParameterError(
            "no figures found: the text has no case counts or damage amounts that the "
            "extractor can read; nothing to ingest"
        )
    figures_path = Path(figures_path) if figures_path is not None else paths.FIGURES_CSV
    existing, _ = _read_dataset(figures_path)
    taken = {r["figure_id"] for r in existing}
    by_period: dict[tuple, list[dict[str, str]]] = {}
    for r in existing:
        by_period.setdefault(_period_key(r), []).append(r)
    last_suffix: dict[str, int] = {}  # per id base, the suffix tried last
    languages: dict[str, str] = {}  # per sentence (figures of a sentence share its string)
    records = []
    unreadable: list[str] = []
    for found in figures.itertuples():
        metric, unit = _METRICS[found.metric]
        try:
            period = resolve_period(
                found.period_text, year=year, period_kind=period_kind, published=published
            )
            period_problem = ""
        except ParameterError as err:
            period, period_problem = {}, str(err)
            unreadable.append(period_problem)
        if found.sentence not in languages:
            languages[found.sentence] = detect_language(found.sentence)
        row = dict.fromkeys(FIGURE_COLUMNS, "")
        row.update(period)
        row.update(
            place=place,
            metric=metric,
            scope=_SCOPE,
            scheme=found.scheme,
            scheme_text=found.scheme_text if found.scheme else "",
            value=str(found.value),
            qualifier=found.qualifier,
            unit=unit,
            language=languages[found.sentence],
            quote=_quote(text, found),
            source_url=source_url,
            published=published or "",
            note=(
                "Proposed by fraud-research ingest"
                + (f" from data/sources/{source_name}" if source_name else "")
                + (f"; period from «{found.period_text}»" if found.period_text else "")
            ),
        )
        status, reason, ids = "new", "", ""
        if found.metric == "damage" and found.currency != "KZT":
            status = "skipped"
            reason = (
                f"damage in {found.currency or 'an unstated currency'}; only tenge (KZT) "
                "amounts can be ingested"
            )
        elif found.scheme_text and not found.scheme:
            # a scheme figure whose wording the taxonomy does not know: never a total
            status = "skipped"
            reason = (
                f"scheme wording «{found.scheme_text}» is not in the taxonomy; map it in "
                "data/scheme_wordings.csv, then ingest again"
            )
        elif period_problem:
            status, reason = "skipped", period_problem
        else:
            same = by_period.get(_period_key(row), [])
            equal = [
                r for r in same if r["value"] == row["value"] and r["qualifier"] == row["qualifier"]
            ]
            if equal:
                status = "present"
                ids = ", ".join(r["figure_id"] for r in equal)
                reason = "already in the dataset"
            elif same:
                status = "conflict"
                ids = ", ".join(r["figure_id"] for r in same)
                values = ", ".join(f"{r['value']} {r['qualifier']}" for r in same)
                reason = f"disagrees with {values}; added beside it"
                row["note"] += f"; conflicts with {ids}"
        if status in ("new", "conflict"):
            base = "-".join(
                part
                for part in (
                    _slug(place),
                    row["year"] or "nd",
                    "cases" if found.metric == "cases" else "damage",
                    _slug(row["scheme"]),
                )
                if part
            )
            # ids are only ever added to ``taken``, so the search goes on where it stopped
            n = last_suffix.get(base, 1)
            figure_id = base if n == 1 else f"{base}-{n}"
            while figure_id in taken:
                n += 1
                figure_id = f"{base}-{n}"
            last_suffix[base] = n
            taken.add(figure_id)
            row["figure_id"] = figure_id
        elif status == "present":
            row["figure_id"] = ids.split(", ")[0]
        records.append({**row, "status": status, "reason": reason, "existing_ids": ids})
    if len(unreadable) == len(records):
        raise ParameterError(
            f"{unreadable[0]}"
            + (f" (and {len(unreadable) - 1} more figures)" if len(unreadable) > 1 else "")
        )
    for record in records:
        _check_period_published(record, published_date)
    frame = pd.DataFrame(records, columns=[*FIGURE_COLUMNS, *PROPOSAL_COLUMNS])
    frame["value"] = frame["value"].astype("int64")
    return frame


def _archive(text: str, source_file: str | Path | None, sources_dir: Path, place: str) -> str:
    """Name under which the text is (or will be) archived; reuse an identical copy."""
    for existing in sorted(sources_dir.glob("*.txt")):
        try:
            if existing.read_text(encoding="utf-8") == text:
                return existing.name
        except UnicodeDecodeError:
            continue
    stem = _slug(Path(source_file).stem) if source_file else f"{_slug(place)}-press-release"
    name, n = f"{stem}.txt", 1
    while (sources_dir / name).exists():
        n += 1
        name = f"{stem}-{n}.txt"
    return name


def _refuse_read_only(path: Path) -> None:
    """Refuse to replace a file, or add one to a folder, that the user made read-only.

    The permission bits are read, not only :func:`os.access`: for root every file is
    writable, and a rename replaces a read-only file anyway.
    """
    target = path
    while not target.exists() and target.parent != target:
        target = target.parent  # a folder still to be created goes in its nearest parent
    mode = target.stat().st_mode
    if mode & stat.S_IWUSR and os.access(target, os.W_OK):
        return
    kind = "folder" if target.is_dir() else "file"
    raise ReadOnlyFileError(
        f"{target}: the {kind} is read-only (mode {stat.S_IMODE(mode):04o}), so nothing was "
        f"written; make it writable (chmod u+w {target}) and run again"
    )


def _new_file_mode() -> int:
    """Permission bits of a newly created file: 0666 less the umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _write_atomic(path: Path, content: str) -> None:
    """Replace ``path`` with ``content`` through a temporary file renamed over it.

    The file keeps its permission bits and, where allowed, its owner and group
    (:func:`tempfile.mkstemp` creates the temporary file with mode 0600, which the
    rename would otherwise carry over); a new file gets 0666 less the umask.
    """
    try:
        before = path.stat()
    except FileNotFoundError:
        before = None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, stat.S_IMODE(before.st_mode) if before else _new_file_mode())
        if before is not None and hasattr(os, "chown"):
            try:
                os.chown(tmp, before.st_uid, before.st_gid)
            except PermissionError:
                pass  # only root may give a file away; the mode is kept all the same
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


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
    from .dataset import FIGURE_COLUMNS, load_places, validate_figures

    figures_path = Path(figures_path) if figures_path is not None else paths.FIGURES_CSV
    sources_dir = Path(sources_dir) if sources_dir is not None else paths.SOURCES_DIR
    to_add = proposal[proposal["status"].isin(["new", "conflict"])]
    if to_add.empty:
        return to_add[list(FIGURE_COLUMNS)]
    place = str(to_add["place"].iloc[0])
    name = _archive(text, source_file, sources_dir, place)
    existing, lines = _read_dataset(figures_path)
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
    _refuse_read_only(figures_path)
    _refuse_read_only(figures_path.parent)
    if not archive.exists():
        _refuse_read_only(sources_dir)
        sources_dir.mkdir(parents=True, exist_ok=True)
        _write_atomic(archive, text)
    _write_atomic(figures_path, original + buffer.getvalue())
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
    _check_place(place, places_path)
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


def format_proposal(proposal) -> str:
    """Render a proposal as a review table followed by the quote of each record.

    Examples
    --------
    >>> p = propose_records("В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества.",
    ...                     place="abai", source_url="https://example.kz/a")
    >>> print(format_proposal(p))
     n status       figure_id           metric scheme  value qualifier           period
     1    new abai-2025-cases cases_registered         12345     exact 2025 (full year)
    <BLANKLINE>
    Quotes and notes:
      [1] «В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества»
    >>> format_proposal(p.iloc[0:0])
    'No records.'
    """
    if proposal.empty:
        return "No records."
    table = proposal.assign(
        n=range(1, len(proposal) + 1),
        period=proposal["period_label"],
    )[["n", "status", "figure_id", "metric", "scheme", "value", "qualifier", "period"]]
    lines = [table.to_string(index=False), "", "Quotes and notes:"]
    for n, row in enumerate(proposal.itertuples(index=False), start=1):
        lines.append(f"  [{n}] «{row.quote}»")
        if row.reason:
            lines.append(
                f"      {row.status}: {row.reason}"
                + (f" ({row.existing_ids})" if row.existing_ids else "")
            )
    return "\n".join(lines)


@click.command("ingest")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--place", required=True, help="Place id from data/places.csv, e.g. turkestan.")
@click.option("--source-url", required=True, help="Address of the page the text comes from.")
@click.option("--published", default=None, help="Publication date, YYYY-MM-DD.")
@click.option(
    "--year", type=int, default=None, help="Year of figures whose period the text does not state."
)
@click.option(
    "--period-kind",
    type=click.Choice(["full_year", "year_to_date", "months", "multi_year", "unknown"]),
    default=None,
    help="Period kind of figures whose period the text does not state.",
)
@click.option(
    "--apply", "apply_", is_flag=True, help="Validate and add the records (default: review only)."
)
def ingest_command(file, place, source_url, published, year, period_kind, apply_):
    """Propose dataset records from a press release FILE; add them with --apply.

    Without --apply nothing changes: the proposed records are printed for review,
    each with the quote it came from. With --apply they are validated, the text is
    archived under data/sources/ and the records are appended to data/figures.csv.
    Existing records are never changed: a matching record is reported as already
    present, a disagreeing one is added beside the existing one as a conflict.

    Exit status: 0 when the records were proposed (or added), 2 when the text, an
    option or the dataset is refused (a one-line message says why; nothing is
    written).
    """
    from .batch import EXIT_INVALID

    try:
        result = ingest(
            file,
            place=place,
            source_url=source_url,
            published=published,
            apply=apply_,
            year=year,
            period_kind=period_kind,
        )
    except FraudResearchError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(EXIT_INVALID)
    click.echo(format_proposal(result))
    counts = result["status"].value_counts().to_dict()
    summary = ", ".join(f"{n} {s}" for s, n in counts.items())
    if apply_:
        added = counts.get("added", 0) + counts.get("conflict", 0)
        click.echo(f"\nApplied: {summary}. {added} record(s) written to the dataset.")
    else:
        click.echo(f"\nProposed: {summary}. Nothing was changed; run again with --apply to add.")
