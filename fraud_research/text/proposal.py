"""Propose cited records for ``data/figures.csv`` from a press text, and review them.

:func:`propose_records` reads a press text's case counts and damage amounts
(:func:`~fraud_research.text.extract_figures`), reads each figure's period
(:func:`~fraud_research.text.resolve_period`) and compares every record with the
dataset: ``new``, already ``present``, a ``conflict`` with an existing figure (added
beside it, never over it) or ``skipped`` with the reason. :func:`format_proposal`
prints the proposal for a reviewer; :mod:`.apply` writes it.

Examples
--------
>>> from fraud_research import paths
>>> proposal = propose_records(
...     (paths.SOURCES_DIR / "turkestan-2025-akimat-press-release.txt").read_text("utf-8"),
...     place="turkestan", source_url="https://gurk.kz/news/example")
>>> proposal[["figure_id", "value", "status"]].head(2).values.tolist()
[['turkestan-2025-cases', 843, 'present'], ['turkestan-2025-damage', 1665783000, 'present']]
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from .. import paths
from ..dataset import FIGURE_COLUMNS, check_place, load_places, read_csv_rows, today
from ..errors import ParameterError
from .extract import detect_language, extract_figures
from .periods import resolve_period

__all__ = ["PROPOSAL_COLUMNS", "format_proposal", "propose_records", "read_source", "slug"]

#: Extra columns of a proposal, after the dataset's own columns.
PROPOSAL_COLUMNS = ("status", "reason", "existing_ids")

_METRICS = {"cases": ("cases_registered", "cases"), "damage": ("damage_kzt", "kzt")}
_SCOPE = "internet_fraud"
_PERIOD_KEY = ("place", "metric", "scope", "scheme", "breakdown", "year", "period_kind",
               "period_start", "period_end")  # fmt: skip


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


def slug(text: str) -> str:
    """A lowercase, hyphenated id part: ``slug("Kostanay_city")`` is ``'kostanay-city'``.

    Examples
    --------
    >>> slug("Kostanay_city 2025")
    'kostanay-city-2025'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("_", "-")).strip("-")


def _period_key(row: dict[str, str]) -> tuple:
    return tuple(row[c] for c in _PERIOD_KEY)


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


def _check_request(place, source_url, published, text, places_path) -> dt.date | None:
    """Refuse an unknown place, a bad address or date, or an empty text; return the date."""
    places = load_places(places_path) if places_path is not None else None
    check_place(place, places=places, parameter="--place")
    if not re.match(r"^https?://\S+$", source_url or ""):
        raise ParameterError(
            f"--source-url {source_url!r} is not an http(s) address; give the page address"
        )
    published_date = _publication_date(published)
    if not text.strip():
        raise ParameterError("the text is empty; expected the text of a press release")
    return published_date


class _DatasetIndex:
    """The dataset's records by period, and the ids taken, for comparing proposals."""

    def __init__(self, figures_path: Path):
        existing, _ = read_csv_rows(figures_path, FIGURE_COLUMNS)
        self.taken = {r["figure_id"] for r in existing}
        self.by_period: dict[tuple, list[dict[str, str]]] = {}
        for r in existing:
            self.by_period.setdefault(_period_key(r), []).append(r)
        self.last_suffix: dict[str, int] = {}  # per id base, the suffix tried last

    def compare(self, row: dict[str, str]) -> tuple[str, str, str]:
        """``(status, reason, ids)``: new, present (same value and qualifier) or conflict."""
        same = self.by_period.get(_period_key(row), [])
        equal = [
            r for r in same if (r["value"], r["qualifier"]) == (row["value"], row["qualifier"])
        ]
        if equal:
            return "present", "already in the dataset", ", ".join(r["figure_id"] for r in equal)
        if same:
            values = ", ".join(f"{r['value']} {r['qualifier']}" for r in same)
            ids = ", ".join(r["figure_id"] for r in same)
            return "conflict", f"disagrees with {values}; added beside it", ids
        return "new", "", ""

    def new_id(self, row: dict[str, str], kind: str) -> str:
        """The first free id ``place-year-kind[-scheme][-n]``; it is taken from then on."""
        parts = (slug(row["place"]), row["year"] or "nd", kind, slug(row["scheme"]))
        base = "-".join(part for part in parts if part)
        # ids are only ever added to ``taken``, so the search goes on where it stopped
        n = self.last_suffix.get(base, 1)
        figure_id = base if n == 1 else f"{base}-{n}"
        while figure_id in self.taken:
            n += 1
            figure_id = f"{base}-{n}"
        self.last_suffix[base] = n
        self.taken.add(figure_id)
        return figure_id


def _record(found, text: str, period: dict[str, str], context: dict[str, str]) -> dict[str, str]:
    """The dataset row of one extracted figure (``context``: place, source, language)."""
    metric, unit = _METRICS[found.metric]
    row = dict.fromkeys(FIGURE_COLUMNS, "")
    row.update(period)
    row.update(
        place=context["place"],
        metric=metric,
        scope=_SCOPE,
        scheme=found.scheme,
        scheme_text=found.scheme_text if found.scheme else "",
        value=str(found.value),
        qualifier=found.qualifier,
        unit=unit,
        language=context["language"],
        quote=_quote(text, found),
        source_url=context["source_url"],
        published=context["published"],
        note=(
            "Proposed by fraud-research ingest"
            + (f" from data/sources/{context['source_name']}" if context["source_name"] else "")
            + (f"; period from «{found.period_text}»" if found.period_text else "")
        ),
    )
    return row


def _skip_reason(found, period_problem: str) -> str:
    """Why a figure cannot be added (its currency, an unmapped scheme, its period), or ""."""
    if found.metric == "damage" and found.currency != "KZT":
        return (
            f"damage in {found.currency or 'an unstated currency'}; only tenge (KZT) amounts "
            "can be ingested"
        )
    if found.scheme_text and not found.scheme:
        # a scheme figure whose wording the taxonomy does not know: never a total
        return (
            f"scheme wording «{found.scheme_text}» is not in the taxonomy; map it in "
            "data/scheme_wordings.csv, then ingest again"
        )
    return period_problem


def _period_of(found, *, year, period_kind, published) -> tuple[dict[str, str], str]:
    """The figure's period fields, or ``({}, reason)`` when its phrase cannot be read."""
    try:
        return resolve_period(
            found.period_text, year=year, period_kind=period_kind, published=published
        ), ""
    except ParameterError as err:
        return {}, str(err)


def _proposal_row(found, text, index: _DatasetIndex, context, period_options) -> dict:
    """One proposal row: the record, its status against the dataset, and its id."""
    period, period_problem = _period_of(found, **period_options)
    row = _record(found, text, period, context)
    reason = _skip_reason(found, period_problem)
    status, ids = "skipped", ""
    if not reason:
        status, reason, ids = index.compare(row)
    if status == "conflict":
        row["note"] += f"; conflicts with {ids}"
    if status in ("new", "conflict"):
        row["figure_id"] = index.new_id(row, "cases" if found.metric == "cases" else "damage")
    elif status == "present":
        row["figure_id"] = ids.split(", ")[0]
    return {
        **row,
        "status": status,
        "reason": reason,
        "existing_ids": ids,
        "_unread": period_problem,
    }


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
) -> pd.DataFrame:
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
    published_date = _check_request(place, source_url, published, text, places_path)
    figures = extract_figures(text)
    if figures.empty:
        raise ParameterError(
            "no figures found: the text has no case counts or damage amounts that the "
            "extractor can read; nothing to ingest"
        )
    index = _DatasetIndex(Path(figures_path) if figures_path is not None else paths.FIGURES_CSV)
    languages = {s: detect_language(s) for s in figures["sentence"].unique()}
    context = {"place": place, "source_url": source_url, "published": published or "",
               "source_name": source_name}  # fmt: skip
    period_options = {"year": year, "period_kind": period_kind, "published": published}
    records = [
        _proposal_row(
            found, text, index, {**context, "language": languages[found.sentence]}, period_options
        )  # fmt: skip
        for found in figures.itertuples()
    ]
    unreadable = [r.pop("_unread") for r in records]
    unreadable = [problem for problem in unreadable if problem]
    if len(unreadable) == len(records):
        more = f" (and {len(unreadable) - 1} more figures)" if len(unreadable) > 1 else ""
        raise ParameterError(f"{unreadable[0]}{more}")
    for record in records:
        _check_period_published(record, published_date)
    frame = pd.DataFrame(records, columns=[*FIGURE_COLUMNS, *PROPOSAL_COLUMNS])
    frame["value"] = frame["value"].astype("int64")
    return frame


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
