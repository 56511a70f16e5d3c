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
from ..dataset import (
    FIGURE_COLUMNS,
    cached_places,
    check_place,
    load_places,
    read_csv_rows,
    today,
)
from ..errors import ParameterError
from .extract import extract_figures
from .lemmas import detect_language
from .periods import resolve_period
from .place_text import foreign_country_named, is_own_place
from .read import ROLE_LABELS, review_numbers
from .role_names import MONEY_ROLES
from .scopes import text_scopes

__all__ = [
    "PROPOSAL_COLUMNS",
    "format_proposal",
    "proposal_json",
    "propose_records",
    "read_source",
    "slug",
]

#: Extra columns of a proposal, after the dataset's own columns: its status against the
#: dataset, why, the records it matches or contradicts, and the role the extractor read
#: with the words that decided it.
PROPOSAL_COLUMNS = ("status", "reason", "existing_ids", "role", "cues")

#: The dataset's metric and unit for a count or an amount of each scope the extractor reads.
_METRICS = {
    ("cases", "internet_fraud"): ("cases_registered", "cases"),
    ("cases", "all_fraud"): ("all_fraud_cases", "cases"),
    ("cases", "cybercrime"): ("cybercrime_cases", "cases"),
    ("damage", "internet_fraud"): ("damage_kzt", "kzt"),
    ("damage", "all_fraud"): ("damage_kzt", "kzt"),
    ("damage", "cybercrime"): ("damage_kzt", "kzt"),
}
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


#: An HTML tag of a saved web page («<p>», «<td class="x">», «</div>»).
_HTML_TAG_RE = re.compile(
    r"</?(?:html|head|body|p|div|span|br|table|tr|td|th|h[1-6]|a|li|ul|script|style)\b[^<>]{0,200}>",
    re.I,
)


def read_source(path: str | Path) -> str:
    """Read a press text as UTF-8, refusing files that are missing, empty or not UTF-8.

    Parameters
    ----------
    path : str or Path
        The text file (plain text, UTF-8; a saved HTML page is refused).

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
    tag = _HTML_TAG_RE.search(text)
    if tag:
        # a saved web page: its entities («1&nbsp;млрд») split numbers, and its menus and
        # other news would be read as the release's figures
        line = text.count("\n", 0, tag.start()) + 1
        raise ParameterError(
            f"{path}: line {line} holds HTML ({tag.group()[:20]!r}); ingest reads plain text: "
            "copy the article's own text (not the page's menus or other news) into a UTF-8 "
            ".txt file and try again"
        )
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
            # the item ends at a comma, semicolon or full stop, not at a decimal comma («131
            # (11,4%), ущерб по ним …»)
            tail = re.search(r"[,;.](?!\d)|$", sentence[found.end - offset :])
            quote = sentence[head : found.end - offset + tail.start()]
    return re.sub(r"\s+", " ", quote).strip().rstrip(".")


def _check_request(place, source_url, published, text, places) -> dt.date | None:
    """Refuse an unknown place, a bad address or date, or an empty text; return the date."""
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
        self.proposed: dict[tuple, list[dict[str, str]]] = {}  # this text's, by period

    def propose(self, row: dict[str, str]) -> None:
        """Keep ``row``, just proposed, so that the text's restating it is no second record."""
        self.proposed.setdefault(_period_key(row), []).append(row)

    def compare(self, row: dict[str, str]) -> tuple[str, str, str]:
        """``(status, reason, ids)``: new, present (same value and qualifier, in the dataset or
        proposed above from the same text) or conflict."""
        told = [
            r
            for r in self.proposed.get(_period_key(row), [])
            if (r["value"], r["qualifier"]) == (row["value"], row["qualifier"])
        ]
        if told:
            # «… 1 102 совершены с использованием интернета. Из 1 102 интернет-мошенничеств
            # раскрыто 297»: the same figure told again
            return "present", "proposed above from this text", told[0]["figure_id"]
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
    metric, unit = _METRICS.get((found.metric, _scope(found)), ("", ""))
    row = dict.fromkeys(FIGURE_COLUMNS, "")
    row.update(period)
    row.update(
        place=context["place"],
        metric=metric,
        scope=_scope(found),
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
            + ("; a year earlier than that period" if found.year_earlier else "")
            + (f"; {SCOPE_FROM_TEXT}" if found.scope_from_text else "")
        ),
    )
    return row


#: What the note of a record says when its scope was taken from the rest of the text.
SCOPE_FROM_TEXT = "scope from the rest of the text"


def _scope(found) -> str:
    """What the figure counts; a scheme's figure is part of the internet-fraud total."""
    return "internet_fraud" if found.scheme or found.scheme_text else found.scope


def _with_document_scope(figures: pd.DataFrame, text: str) -> pd.DataFrame:
    """A figure whose sentence does not say what it counts takes the scope the text states.

    «С начала года уже 143 случая» after «... фактов интернет-мошенничества» counts
    internet fraud, as a reader would take it. The scopes of the other figures decide; when
    none of them states one, the scopes the text's sentences state («жертвами
    интернет-мошенников стали 197 жителей. Совокупный ущерб … 76 млн»). When the text names
    more than one scope (or none), the figure keeps ``unknown`` and is skipped with the reason.
    """
    # a scheme's item counts internet fraud, whatever word names its scheme («мошенничество при
    # покупке товаров – 318»): it does not make a second scope of the text
    of_scheme = figures[["scheme", "scheme_text"]].fillna("").astype(bool).any(axis=1)
    unknown = figures["scope"] == "unknown"
    figures = figures.assign(scope_from_text=False)
    stated = set(figures.loc[~of_scheme, "scope"].dropna()) - {"unknown", ""}
    if not stated and unknown.any():
        # a scheme's sentence names its kind of fraud («по фактам «инвестиционного»
        # мошенничества: 97 против 41»), not what the text counts
        for sentence in set(figures.loc[of_scheme, "sentence"]):
            text = text.replace(sentence, " ")
        stated = text_scopes(text)
    if len(stated) != 1:
        return figures
    # the record's note says so: the scope is the reader's inference, not the figure's words
    return figures.assign(
        scope=figures["scope"].replace("unknown", stated.pop()),
        scope_from_text=unknown & ~of_scheme,
    )


def scoped_figures(text: str) -> pd.DataFrame:
    """The figures ingest proposes from ``text``, with the scope each would be filed under.

    The extractor's proposals (:func:`extract_figures`: a headline repeated in the body once)
    with the role, scope and cue words read for each (:func:`review_numbers`). A figure whose
    sentence does not say what it counts takes the one scope the text states, and a scheme's
    figure counts internet fraud; a figure left ``unknown`` is skipped by ingest.

    Parameters
    ----------
    text : str
        The press text.

    Returns
    -------
    DataFrame
        The columns of :func:`extract_figures` plus ``role``, ``scope`` (``internet_fraud``,
        ``all_fraud``, ``cybercrime`` or ``unknown``), ``cues`` and ``scope_from_text`` (True
        where the scope was taken from the rest of the text).

    Examples
    --------
    >>> text = ("Зарегистрировано 1 245 фактов мошенничества. "
    ...         "Из них 980 совершены через интернет. С начала года уже 143 случая.")
    >>> scoped_figures(text)[["value", "scope"]].values.tolist()
    [[1245, 'all_fraud'], [980, 'internet_fraud'], [143, 'unknown']]
    """
    read = review_numbers(text)[["start", "role", "scope", "cues"]]
    figures = extract_figures(text).merge(read, on="start", how="left", validate="one_to_one")
    figures = _with_document_scope(figures, text)
    return figures.assign(scope=[_scope(found) for found in figures.itertuples()])


def _id_kind(row: dict[str, str]) -> str:
    """The part of a new id that says what it counts: ``cases``, ``damage-all-fraud``, …"""
    kind = {"cases_registered": "cases", "damage_kzt": "damage"}.get(row["metric"], row["metric"])
    return kind if row["scope"] == "internet_fraud" or kind.endswith("_cases") else (
        f"{kind}-{row['scope']}")  # fmt: skip


def _place_names(place: str, places: pd.DataFrame) -> list[str]:
    """The registry names of the ingest place («Туркестанская область», «Түркістан облысы»)."""
    row = places.loc[place]
    return [str(row["name_ru"]), str(row["name_kk"])]


def _skip_reason(
    found, period_problem: str, place_names: list[str] = (), *, abroad: str = ""
) -> str:
    """Why a figure cannot be added (another country or place, scope, currency, scheme,
    period), or ""."""
    if abroad:
        return (
            f"the text reports from another country («{abroad}») and names no place of "
            "Kazakhstan nor tenge; the dataset holds Kazakhstan's figures only"
        )
    if found.place_text and not is_own_place(found.place_text, list(place_names)):
        return (
            f"counts another place or a part of it («{found.place_text}»), not the place "
            "ingested; add it by hand under its own place if data/places.csv lists it"
        )
    if found.metric == "damage" and found.currency != "KZT":
        return (
            f"damage in {found.currency or 'an unstated currency'}; only tenge (KZT) amounts "
            "can be ingested"
        )
    if _scope(found) not in ("internet_fraud", "all_fraud", "cybercrime"):
        return (
            "the sentence does not say what is counted (internet fraud, all fraud or "
            "cybercrime); add the figure by hand with its scope if the text says so elsewhere"
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
            found.period_text,
            year=year,
            period_kind=period_kind,
            published=published,
            year_earlier=bool(found.year_earlier),
        ), ""
    except ParameterError as err:
        return {}, str(err)


def _proposal_row(found, text, index: _DatasetIndex, context, period_options) -> dict:
    """One proposal row: the record, its status against the dataset, and its id."""
    period, period_problem = _period_of(found, **period_options)
    row = _record(found, text, period, context)
    reason = _skip_reason(found, period_problem, context["place_names"], abroad=context["abroad"])
    status, ids = "skipped", ""
    if not reason:
        status, reason, ids = index.compare(row)
    if status == "conflict":
        row["note"] += f"; conflicts with {ids}"
    if status in ("new", "conflict"):
        row["figure_id"] = index.new_id(row, _id_kind(row))
        index.propose(row)
    elif status == "present":
        row["figure_id"] = ids.split(", ")[0]
    return {
        **row,
        "status": status,
        "reason": reason,
        "existing_ids": ids,
        "role": found.role,
        "cues": found.cues,
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
    places = load_places(places_path) if places_path is not None else cached_places()
    published_date = _check_request(place, source_url, published, text, places)
    figures = scoped_figures(text)
    if figures.empty:
        raise ParameterError(
            "no figures found: the text has no case counts or damage amounts that the "
            "extractor can read; nothing to ingest"
        )
    index = _DatasetIndex(Path(figures_path) if figures_path is not None else paths.FIGURES_CSV)
    languages = {s: detect_language(s) for s in figures["sentence"].unique()}
    context = {"place": place, "source_url": source_url, "published": published or "",
               "source_name": source_name,
               "place_names": _place_names(place, places),
               "abroad": foreign_country_named(text)}  # fmt: skip
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


def format_proposal(proposal: pd.DataFrame, not_proposed: pd.DataFrame | None = None) -> str:
    """Render a proposal for a reviewer: records grouped by role, each with its quote and cues.

    Parameters
    ----------
    proposal : DataFrame
        Output of :func:`propose_records`.
    not_proposed : DataFrame, optional
        The numbers the extractor did not propose (rows of
        :func:`~fraud_research.text.review_numbers` whose ``status`` is not ``proposed``),
        listed after the records by what they were read as, so nothing is dropped silently.

    Examples
    --------
    >>> text = ("В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества. "
    ...         "Пенсионерка перевела мошенникам 3 млн тенге.")
    >>> p = propose_records(text, place="abai", source_url="https://example.kz/a")
    >>> from fraud_research.text import review_numbers
    >>> numbers = review_numbers(text)
    >>> print(format_proposal(p, numbers[numbers["status"] != "proposed"]))
    Proposed records, by what each number was read as
    <BLANKLINE>
    registered cases (total)
      [1] new  abai-2025-cases  12 345 (exact)  2025 (full year)
          «В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества»
          decided by: фактов; зарегистрировано
          counts: internet fraud
    <BLANKLINE>
    Not proposed
    <BLANKLINE>
    single-case loss
      3 000 000 KZT  «Пенсионерка перевела мошенникам 3 млн тенге.»
          decided by: Пенсионерка; перевела
    <BLANKLINE>
    date or duration
      2025  «В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества.»
          decided by: —
    >>> format_proposal(p.iloc[0:0])
    'No records.'
    """
    if proposal.empty and (not_proposed is None or not_proposed.empty):
        return "No records."
    lines = ["Proposed records, by what each number was read as"]
    numbered = proposal.assign(n=range(1, len(proposal) + 1))
    for role, group in numbered.groupby("role", sort=False):
        lines += ["", ROLE_LABELS.get(role, role)]
        for row in group.itertuples(index=False):
            lines.append(f"  [{row.n}] {row.status}  {row.figure_id}  {_thousands(row.value)} "
                         f"({row.qualifier})  {row.period_label}")  # fmt: skip
            lines.append(f"      «{row.quote}»")
            lines.append(f"      decided by: {row.cues or '—'}")
            inferred = f" ({SCOPE_FROM_TEXT})" if SCOPE_FROM_TEXT in row.note else ""
            lines.append(f"      counts: {row.scope.replace('_', ' ')}{inferred}")
            if row.reason:
                ids = f" ({row.existing_ids})" if row.existing_ids else ""
                lines.append(f"      {row.status}: {row.reason}{ids}")
    if not_proposed is not None and not not_proposed.empty:
        lines += ["", "Not proposed"]
        for role, group in not_proposed.groupby("role", sort=False):
            lines += ["", ROLE_LABELS.get(role, role)]
            for row in group.itertuples(index=False):
                sentence = " ".join(row.sentence.split())
                lines.append(f"  {_shown_value(row)}  «{sentence}»")
                lines.append(f"      decided by: {row.cues or '—'}")
    return "\n".join(lines)


#: Roles whose numbers are codes or dates, written without thousands separators.
_CODES = ("date", "phone", "article", "age")


def _thousands(value) -> str:
    return f"{int(value):,}".replace(",", " ")


def _shown_value(row) -> str:
    """A number not proposed as the review shows it: «5 000 000 KZT», «2025»; a vague one
    («десятки миллионов», «десятки тысяч человек») has no value to show."""
    if row.value is None or pd.isna(row.value):
        if row.currency:
            return f"a vague amount in {row.currency}"
        return "a vague amount" if row.role in MONEY_ROLES else "a vague count"
    unit = f" {row.currency}" if row.currency else ""
    return (str(int(row.value)) if row.role in _CODES else _thousands(row.value)) + unit


def proposal_json(proposal: pd.DataFrame, not_proposed: pd.DataFrame) -> str:
    """The review as JSON for tools: ``{"proposed": [...], "not_proposed": [...]}``.

    Examples
    --------
    >>> import json
    >>> p = propose_records("В 2025 году зарегистрировано 12 345 фактов интернет-мошенничества.",
    ...                     place="abai", source_url="https://example.kz/a")
    >>> review = json.loads(proposal_json(p, p.iloc[0:0]))
    >>> review["proposed"][0]["figure_id"], review["proposed"][0]["value"], review["not_proposed"]
    ('abai-2025-cases', 12345, [])
    """
    import json

    keep = ["value", "currency", "qualifier", "role", "scope", "cues", "status", "sentence"]
    return json.dumps(
        {
            "proposed": json.loads(proposal.to_json(orient="records", force_ascii=False)),
            "not_proposed": json.loads(
                not_proposed.reindex(columns=keep).to_json(orient="records", force_ascii=False)
            ),
        },
        ensure_ascii=False,
        indent=2,
    )
