"""Score the figure extractor on the labelled extraction corpus, per split, language and role.

The corpus (``tests/data/extraction_corpus``, every number labelled) is split by outlet into
``development``, ``evaluation``, ``evaluation_2``, ``evaluation_3`` … ``evaluation_52``
(``split.yaml``); from round 53 on, when the stored pages held no new outlets with figures, a
round's held-out set is drawn from new pages of known outlets, each passage naming its split
(``evaluation_53`` …). For each split this prints:

* **aggregate figures**: precision and recall of the proposed records
  (:func:`fraud_research.text.extract_figures`) against the numbers labelled
  ``cases_total``, ``cases_scheme``, ``damage_total`` and ``damage_scheme``; a proposal
  is right when metric (cases or damage), value and qualifier agree with a gold figure
  of the same passage (each gold figure matches once), overall, per language and per
  gold role;
* the same precision and recall with **each figure counted once per passage** (a headline
  that repeats the body's figure is one figure, which the extractor returns once);
* **periods a year earlier**: of the aggregates found (metric and value), those labelled with
  the previous year or the same period a year earlier («против 512 годом ранее», «АППГ – 1
  802») that the extractor marks ``year_earlier`` or dates by a previous-year phrase, and the
  aggregates of their own period it reads so by mistake (ingest files a figure under the year
  this decides); likewise periods shorter than a month («за минувшие сутки», «за неделю»),
  which ingest never files under a year;
* **years**: of the aggregates found whose label names one year («2024», «first half of
  2023»), those whose period phrase names that year (one less when marked a year earlier), and
  those whose phrase names another year (ingest would file them under it); and, for passages
  whose page gives a publication date, the year ingest files them under when it reads the
  period with that date (:func:`fraud_research.text.resolve_period`: «за 10 месяцев», «в
  прошлом году»), another year, or none (a phrase it cannot read, no phrase, or a period it
  refuses: shorter than a month, several years);
* **scopes**: of the aggregates found, per labelled scope (internet fraud, all fraud,
  cybercrime, unknown), those ingest files under that scope
  (:func:`fraud_research.text.scoped_figures`), under ``unknown`` (skipped: a figure lost) and
  under another scope (wrong data, e.g. an all-fraud count in the internet-fraud series);
* **totals and schemes**: of the aggregates found, those labelled one scheme's that are
  proposed as a scheme's figure, and totals proposed as a scheme's;
* **role accuracy** over all labelled numbers: the role that
  :func:`fraud_research.text.read_numbers` gives the number whose span overlaps the
  labelled one (``none`` when no number is read there), overall and per language, with
  per-role precision and recall;
* the **confusion table** between gold roles (rows) and read roles (columns);
* the **seed release checks**: the Turkestan 2025 release still gives 843 cases,
  1 665 783 000 KZT and the six scheme counts.

When the package has no ``read_numbers`` (the extractor before issue 13), the role of a
number is read off the proposals: ``cases_scheme``/``cases_total`` or
``damage_scheme``/``damage_total`` for a proposed figure, ``none`` otherwise.

Usage::

    python benchmarks/extraction_accuracy.py
        [--corpus pages|written]
        [--split development|evaluation|tuning|evaluation_N|written_N|all]
        [--show-errors|--summary|--revisions REV …]

``all`` (the default) scores ``development``, ``evaluation`` and ``tuning`` (every split but
the last, together). Round 1 developed on ``development`` and reported ``evaluation``; from
round 2 on, each round's held-out set ``evaluation_N`` was collected and labelled before the
round's code was scored on it, scored once at the round's end, and is development data from the
next round on. The last split of ``split.yaml`` is the frozen held-out set of the latest round:
score it once, at the end, and never tune on it.

``--corpus written`` scores the blind test sets of ``tests/data/written_texts`` instead: texts
written and labelled (not collected) by a helper who never saw the extractor, once the stored
pages held no more new counts. Each set is scored once, like a held-out set of pages, but its
figures are made up, so its scores are reported apart and never pooled with the pages'.

``--revisions REV [REV ...]`` scores, side by side on one line per revision, the extractor of
each git revision (``git archive``) on this checkout's corpus and splits, e.g. the code before
a round against the code after it on the round's held-out set::

    python benchmarks/extraction_accuracy.py --split evaluation_7 --revisions f89beb5 37725e4
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests" / "text"))

from corpus import (  # noqa: E402
    AGGREGATE_ROLES,
    CORPUS_DIR,
    LANGUAGES,
    ROLES,
    SCOPES,
    SPLITS,
    WRITTEN_DIR,
    load_passages,
    load_split,
    number_span,
)

import fraud_research.text as text_layer  # noqa: E402

SEED = PROJECT / "data" / "sources" / "turkestan-2025-akimat-press-release.txt"
SEED_SCHEMES = [
    (340, "impersonation_call"),
    (255, "prepayment"),
    (98, "fake_investment"),
    (49, "messenger_acquaintance"),
    (47, "lottery"),
    (54, "other"),
]


#: What each ``--split`` scores: each split alone, and ``tuning``, every split but the last of
#: ``split.yaml`` (the frozen held-out set of the current round, scored once at its end and never
#: part of ``all``); every earlier held-out set was looked at when its round was scored, so it is
#: development data from the next round on.
SPLIT_GROUPS = {name: (name,) for name in SPLITS} | {"tuning": SPLITS[:-1]}
#: Where each ``--corpus`` lives: real passages of stored pages, or the blind test sets written
#: (not collected) by helpers who never saw the extractor, each set scored once.
CORPUS_DIRS = {"pages": CORPUS_DIR, "written": WRITTEN_DIR}


def split_groups(corpus: str) -> dict[str, tuple[str, ...]]:
    """The names ``--split`` takes for a corpus, and the splits each one scores."""
    if corpus == "pages":
        return SPLIT_GROUPS
    names = tuple(load_split(CORPUS_DIRS[corpus]))
    return {name: (name,) for name in names} | {"all": names}


def metric_of(role: str) -> str:
    """``cases`` or ``damage`` for an aggregate role."""
    return "cases" if role.startswith("cases") else "damage"


def proposals(
    text: str, published: str | None = None
) -> list[tuple[str, int, str, bool, bool, bool, int | None, int, int, str | None, int | None]]:
    """(metric, value, qualifier, a year earlier, shorter than a month, a scheme's, year named,
    start, end, scope filed, year filed) of each proposal (start and end -1 for a revision whose
    figures carry no span; scope None for a revision that does not say which scope ingest files;
    year filed None when ingest, given the publication date, cannot read the period).

    "Of a year earlier": the figure is marked as the same period a year earlier («против 512
    годом ранее») or its period phrase names the previous year («в прошлом году их было 1557»).
    "Year named": the year its period phrase names (one year less when marked a year earlier),
    or None when the phrase names none («с начала года»: ingest takes it from the date).
    """
    scoped = hasattr(text_layer, "scoped_figures")
    found = (text_layer.scoped_figures if scoped else text_layer.extract_figures)(text)
    return [
        (
            r.metric,
            int(r.value),
            r.qualifier,
            bool(getattr(r, "year_earlier", False))
            or bool(_PREVIOUS_YEAR_PHRASE.match((r.period_text or "").strip())),
            bool(_SHORT_PHRASE.search(r.period_text or "")),
            bool(r.scheme or r.scheme_text),
            _year_named(r.period_text or "", bool(getattr(r, "year_earlier", False))),
            int(getattr(r, "start", -1)),
            int(getattr(r, "end", -1)),
            r.scope if scoped else None,
            _year_filed(r, published),
        )
        for r in found.itertuples()
    ]


def _year_filed(figure, published: str | None) -> int | None:
    """The year ingest files a proposal under, its period read with the publication date (None
    when it cannot read it, or refuses it: shorter than a month, several years)."""
    try:
        period = text_layer.resolve_period(
            figure.period_text or "",
            published=published,
            year_earlier=bool(getattr(figure, "year_earlier", False)),
        )
    except Exception:  # any revision's refusal: ParameterError, or an older signature's
        return None
    return int(period["year"])


def _year_named(phrase: str, year_earlier: bool) -> int | None:
    """The one year a period phrase names, or None (no year, or several: «2019–2021 годы»)."""
    years = set(_YEAR.findall(phrase))
    return int(years.pop()) - year_earlier if len(years) == 1 else None


# The scorer reads the extractor's period phrases and the corpus labels with patterns of its
# own, not the package's (``periods.PREVIOUS_YEAR_RE`` and the like), so that every revision
# scored by ``--revisions`` is read alike, whatever that revision's rules were.
#: A period phrase of the previous year (as the extractor prints it).
_PREVIOUS_YEAR_PHRASE = re.compile(
    r"^(?:(?:в|за)\s+(?:весь\s+)?(?:прошл|минувш|прошедш|ушедш|истекш)\w+\s+год[уа]?|"
    r"по\s+итогам\s+(?:прошл|минувш|прошедш|ушедш|истекш)\w+\s+года|"
    r"өткен\s+жылы|былтыр|ótken\s+jyly|last\s+year|за\s+аналогичный\s+период\s+\d{4}\s+года)$",
    re.I,
)
#: A year written in digits, in a period phrase or a label.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: A labelled period of the previous year or of the same period a year earlier.
_EARLIER_LABEL = re.compile(r"same period of|previous year|year earlier|earlier period", re.I)
#: A period phrase shorter than a month (as the extractor prints it), and such a label.
_SHORT_PHRASE = re.compile(
    r"сутк|суток|недел|\bдень\b|\bдня\b|\bдней\b|выходн|уикэнд|\bчас(?:а|ов)?\b|\bапта|тәулік|"
    r"^с\s+\d{1,2}\s+по\s+\d{1,2}\s+[а-я]+(?:\s+\d{4}\s+года)?$",
    re.I,
)
_SHORT_LABEL = re.compile(r"week|\bdays?\b|24 hours|weekend|\d+[–-]\d+ [A-Z][a-z]+(?: \d{4})?$")


def read_roles(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, role, currency) of every number read in ``text`` (a revision with no
    ``read_numbers`` reads only its figures)."""
    if hasattr(text_layer, "read_numbers"):
        frame = text_layer.read_numbers(text)
        return [(int(r.start), int(r.end), r.role, r.currency or "") for r in frame.itertuples()]
    out = []
    for r in text_layer.extract_figures(text).itertuples():
        role = f"{r.metric}_{'scheme' if r.scheme or r.scheme_text else 'total'}"
        out.append((int(r.start), int(r.end), role, r.currency or ""))
    return out


def _proposal_at(read: list, passage, number: dict) -> tuple | None:
    """(a year earlier, shorter than a month, a scheme's, year named, scope filed) of the
    proposal of a labelled figure:
    the one of its metric and value whose span overlaps the label's, else (for a revision
    whose figures carry no span) the last one of its metric and value."""
    a, b = number_span(passage, number)
    key = (metric_of(number["role"]), int(number["value"]))
    same = [r for r in read if (r[0], r[1]) == key]
    at = [r for r in same if r[7] < b and a < r[8]]
    if at or (same and same[-1][7] < 0):
        hit = (at or same)[-1]
        return (*hit[3:7], hit[9], hit[10])
    return None


def score_passage(passage) -> dict:
    """Gold and read figures of one passage, matched."""
    # a vague aggregate («десятки миллионов», value null) has no value to propose: it is
    # scored in role accuracy only, and proposing a value for it counts as an extra proposal
    gold = [
        (metric_of(n["role"]), int(n["value"]), n["qualifier"], n["role"])
        for n in passage.numbers
        if n["role"] in AGGREGATE_ROLES and n["value"] is not None
    ]
    read = proposals(passage.text, passage.published)
    predicted = [(m, v, q) for m, v, q, *_ in read]
    unmatched = Counter((m, v, q) for m, v, q, _ in gold)
    true_pos = []
    for item in predicted:
        if unmatched[item] > 0:
            unmatched[item] -= 1
            true_pos.append(item)
    # periods: does a figure found read as a year earlier exactly when its label says so? Each
    # labelled figure is matched to the proposal at its own place in the text, so that one value
    # printed three times with three periods is read three times
    found = [
        (n["period"] or "", n["role"], flags, n["scope"])
        for n in passage.numbers
        if n["role"] in AGGREGATE_ROLES
        and n["value"] is not None
        and (flags := _proposal_at(read, passage, n)) is not None
    ]
    periods = [(bool(_EARLIER_LABEL.search(label)), flags[0]) for label, _, flags, _ in found]
    short = [(bool(_SHORT_LABEL.search(label)), flags[1]) for label, _, flags, _ in found]
    schemes = [(role.endswith("_scheme"), flags[2]) for _, role, flags, _ in found]
    # scopes: the labelled scope against the one ingest files the proposal under
    scopes = [(scope, flags[4]) for _, _, flags, scope in found if flags[4] is not None]
    # years: a label naming one year («2024», «first half of 2023», «previous year (2020)»)
    # against the year the proposal's period phrase names (ingest files the figure under it)
    years = [
        (int(named[0]), year)
        for label, _, (_, _, _, year, _, _), _ in found
        if len(named := sorted(set(_YEAR.findall(label)))) == 1
    ]
    # the same, against the year ingest files the figure under (passages with a date only)
    filed = [
        (int(named[0]), flags[5])
        for label, _, flags, _ in found
        if passage.published and len(named := sorted(set(_YEAR.findall(label)))) == 1
    ]
    hits = Counter(true_pos)
    gold_hits = []
    for m, v, q, role in gold:
        ok = hits[(m, v, q)] > 0
        hits[(m, v, q)] -= ok
        gold_hits.append((role, ok))
    read = read_roles(passage.text)
    pairs, currencies = [], []
    for n in passage.numbers:
        a, b = number_span(passage, n)
        over = [(r, c) for s, e, r, c in read if s < b and a < e]
        pairs.append((n["role"], over[0][0] if over else "none", n))
        if n.get("currency"):
            currencies.append((n["currency"], over[0][1] if over else None))
    return {
        "passage": passage,
        "predicted": predicted,
        "true_pos": true_pos,
        "gold": gold_hits,
        "gold_figures": [(m, v, q) for m, v, q, _ in gold],
        "pairs": pairs,
        "currencies": currencies,
        "periods": periods,
        "short": short,
        "schemes": schemes,
        "years": years,
        "filed": filed,
        "scopes": scopes,
    }


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "   -  (0/0)"


def distinct_counts(results: list[dict]) -> tuple[int, int, int]:
    """(found, proposed, labelled) with each figure counted once per passage.

    A headline that repeats the body's figure is labelled twice but is one figure, and the
    extractor returns it once (:func:`fraud_research.text.period_text.drop_headline_repeats`);
    counted per occurrence it is a miss. Here a passage's figures are the set of its (metric,
    value, qualifier), on both sides.
    """
    found = proposed = labelled = 0
    for r in results:
        gold = {(m, v, q) for (m, v, q), _ in zip(r["gold_figures"], r["gold"], strict=True)}
        predicted = set(r["predicted"])
        found += len(gold & predicted)
        proposed += len(predicted)
        labelled += len(gold)
    return found, proposed, labelled


def print_aggregate(results: list[dict], title: str) -> None:
    print(f"\n  Aggregate cases + damage ({title}): value + metric + qualifier")
    for language in (*LANGUAGES, "all"):
        sub = [r for r in results if language in ("all", r["passage"].language)]
        tp = sum(len(r["true_pos"]) for r in sub)
        n_pred = sum(len(r["predicted"]) for r in sub)
        n_gold = sum(len(r["gold"]) for r in sub)
        print(f"    {language:4s} precision {ratio(tp, n_pred):18s} recall {ratio(tp, n_gold)}")
    found, proposed, labelled = distinct_counts(results)
    print(
        f"    each figure once per passage: precision {ratio(found, proposed):18s} "
        f"recall {ratio(found, labelled)}"
    )
    for role in AGGREGATE_ROLES:
        hits = [ok for r in results for g, ok in r["gold"] if g == role]
        print(f"    recall {role:15s} {ratio(sum(hits), len(hits))}")
    for metric in ("cases", "damage"):
        pred = [p for r in results for p in r["predicted"] if p[0] == metric]
        tp = [p for r in results for p in r["true_pos"] if p[0] == metric]
        print(f"    precision {metric:12s} {ratio(len(tp), len(pred))}")


def _print_agreement(results: list[dict], key: str, labelled: str, other: str) -> None:
    """Of the (label says so, read so) pairs under ``key``: how many of each label are read so."""
    pairs = [pair for r in results for pair in r[key]]
    for text, wanted in ((labelled, True), (other, False)):
        read = [got for label, got in pairs if label == wanted]
        print(f"    {text:50s} {ratio(sum(read), len(read))}")


def print_periods(results: list[dict]) -> None:
    """Aggregates found (metric and value): labelled a year earlier or shorter than a month, read so."""
    print("\n  Periods of the aggregates found (metric + value)")
    _print_agreement(
        results,
        "periods",
        "labelled a year earlier / previous year, read so",
        "labelled their own period, read as a year earlier",
    )
    _print_agreement(
        results,
        "short",
        "labelled shorter than a month, read so",
        "labelled a month or longer, read as shorter",
    )


def _year_lines(pairs: list[tuple[int, int | None]], names: tuple[str, str, str]) -> None:
    """Of (labelled year, year read) pairs: how many read that year, another, none."""
    same = sum(year == label for label, year in pairs)
    other = sum(year is not None and year != label for label, year in pairs)
    for name, n in zip(names, (same, other, len(pairs) - same - other), strict=True):
        print(f"    {name:50s} {ratio(n, len(pairs))}")


def print_years(results: list[dict]) -> None:
    """Aggregates found whose label names one year: the year their period phrase names, and
    the year ingest files them under given the page's publication date."""
    print("\n  Years of the aggregates found whose label names one year (metric + value)")
    _year_lines(
        [pair for r in results for pair in r["years"]],
        tuple(f"period phrase names {w}" for w in ("that year", "another year", "no year")),
    )
    print("    ingest, given the passage's publication date, files it under")
    _year_lines(
        [pair for r in results for pair in r["filed"]],
        ("  that year", "  another year", "  none (period unread, or refused)"),
    )


def print_scopes(results: list[dict]) -> None:
    """Aggregates found: the labelled scope against the scope ingest files them under.

    Ingest skips a figure filed ``unknown`` (a figure lost), and a figure filed under another
    scope than its own is wrong data (an all-fraud count in the internet-fraud series).
    """
    pairs = [pair for r in results for pair in r["scopes"]]
    if not pairs:
        print("\n  Scopes: this revision does not say which scope ingest files")
        return
    print("\n  Scopes of the aggregates found (metric + value): labelled, filed by ingest")
    for scope in [s for s in SCOPES if s]:  # None is the scope of a non-aggregate
        filed = Counter(got for label, got in pairs if label == scope)
        n = sum(filed.values())
        unknown = filed["unknown"] if scope != "unknown" else 0
        print(
            f"    {scope:15s} n {n:4d}  same {ratio(filed[scope], n):18s} "
            f"unknown {ratio(unknown, n):18s} another {ratio(n - filed[scope] - unknown, n)}"
        )


def print_schemes(results: list[dict]) -> None:
    """Aggregates found (metric and value): labelled one scheme's against proposed as a scheme's.

    Ingest files a scheme's figure beside the total; a scheme's count proposed as a total is
    a wrong total.
    """
    print("\n  Totals and schemes of the aggregates found (metric + value)")
    _print_agreement(
        results,
        "schemes",
        "labelled one scheme's, proposed as a scheme's",
        "labelled a total, proposed as a scheme's",
    )


def print_currencies(results: list[dict]) -> None:
    """The currency read with each amount labelled with one: the same, another, or none."""
    pairs = [pair for r in results for pair in r["currencies"]]
    print("\n  Currencies of the amounts labelled with one (number found)")
    found = [(gold, read) for gold, read in pairs if read is not None]
    for code in sorted({gold for gold, _ in found}):
        sub = [read for gold, read in found if gold == code]
        wrong = Counter(read or "none" for read in sub if read != code)
        others = ", ".join(f"{c} {n}" for c, n in wrong.most_common())
        print(f"    {code:4s} read so {ratio(sub.count(code), len(sub)):18s} {others}")


def print_roles(results: list[dict]) -> list[tuple[str, str]]:
    pairs = [(g, p) for r in results for g, p, _ in r["pairs"]]
    print("\n  Role accuracy over all numbers")
    for language in (*LANGUAGES, "all"):
        sub = [
            (g, p)
            for r in results
            if language in ("all", r["passage"].language)
            for g, p, _ in r["pairs"]
        ]
        print(f"    {language:4s} {ratio(sum(g == p for g, p in sub), len(sub))}")
    print(f"\n    {'role':20s} {'n':>4s} {'precision':>18s} {'recall':>18s}")
    for role in ROLES:
        n_gold = sum(g == role for g, _ in pairs)
        n_pred = sum(p == role for _, p in pairs)
        tp = sum(g == p == role for g, p in pairs)
        print(f"    {role:20s} {n_gold:4d} {ratio(tp, n_pred):>18s} {ratio(tp, n_gold):>18s}")
    return pairs


def print_confusion(pairs: list[tuple[str, str]]) -> None:
    """Gold role (rows) against read role (columns); only roles that occur, off-diagonal."""
    print("\n  Confusion (gold -> read: count), errors only")
    errors = Counter((g, p) for g, p in pairs if g != p)
    for (g, p), n in sorted(errors.items(), key=lambda x: (-x[1], x[0])):
        print(f"    {g:20s} -> {p:20s} {n:3d}")


def print_errors(results: list[dict]) -> None:
    for r in results:
        p = r["passage"]
        wrong = [(g, q, n) for g, q, n in r["pairs"] if g != q]
        extra = Counter(r["predicted"]) - Counter(r["true_pos"])
        missed = [g for g, ok in r["gold"] if not ok]
        if not (wrong or extra or missed):
            continue
        print(f"\n  {p.id} ({p.language})")
        for g, q, n in wrong:
            print(f"    role {n['text']!r}: gold {g}, read {q}  [cue {n['cue']!r}]")
        for item in extra.elements():
            print(f"    extra proposal {item}")
        if missed:
            print(f"    missed gold roles {missed}")


def seed_checks() -> bool:
    figures = text_layer.extract_figures(SEED.read_text(encoding="utf-8"))
    totals = figures[figures["scheme"] == ""]
    schemes = figures[figures["scheme"] != ""]
    checks = {
        "843 cases, exact": ["cases", 843, "exact", ""]
        in totals[["metric", "value", "qualifier", "currency"]].values.tolist(),
        "1 665 783 000 KZT, exact": ["damage", 1_665_783_000, "exact", "KZT"]
        in totals[["metric", "value", "qualifier", "currency"]].values.tolist(),
        "six scheme counts": [tuple(x) for x in schemes[["value", "scheme"]].values.tolist()]
        == SEED_SCHEMES,
        "eight proposals in all": len(figures) == 8,
    }
    print("\nSeed release (Turkestan 2025)")
    for name, ok in checks.items():
        print(f"  {'ok  ' if ok else 'FAIL'} {name}")
    return all(checks.values())


def summary_line(results: list[dict]) -> str:
    """Precision and recall of the proposals and role accuracy, on one line."""
    tp = sum(len(r["true_pos"]) for r in results)
    n_pred = sum(len(r["predicted"]) for r in results)
    n_gold = sum(len(r["gold"]) for r in results)
    pairs = [(g, p) for r in results for g, p, _ in r["pairs"]]
    roles_ok = sum(g == p for g, p in pairs)
    earlier = [read for r in results for label, read in r["periods"] if label]
    shorter = [read for r in results for label, read in r["short"] if label]
    years = [pair for r in results for pair in r["years"]]
    filed = [pair for r in results for pair in r["filed"]]
    other_year = sum(year is not None and year != label for label, year in years)
    found, proposed, labelled = distinct_counts(results)
    scoped = [got == label for r in results for label, got in r["scopes"] if label != "unknown"]
    return (
        f"precision {ratio(tp, n_pred):18s} recall {ratio(tp, n_gold):18s} "
        f"roles {ratio(roles_ok, len(pairs)):18s} year-earlier periods "
        f"{ratio(sum(earlier), len(earlier)):14s} shorter periods {ratio(sum(shorter), len(shorter))}"
        f"  | once per passage: precision {ratio(found, proposed):18s} recall "
        f"{ratio(found, labelled)}"
        f"  | labelled year named {ratio(sum(y == lab for lab, y in years), len(years)):16s}"
        f" another year {ratio(other_year, len(years))}"
        f"  | year filed {ratio(sum(y == lab for lab, y in filed), len(filed)):16s}"
        f" another {ratio(sum(y is not None and y != lab for lab, y in filed), len(filed))}"
        f"  | labelled scope filed so {ratio(sum(scoped), len(scoped))}"
    )


def compare_revisions(revisions: list[str], splits: tuple[str, ...], corpus: str) -> None:
    """Score the extractor of each git revision on today's corpus, side by side.

    Each revision's ``fraud_research`` (with its ``data``) is unpacked with ``git archive`` into a
    temporary folder and this script runs on it in a fresh process (``--summary``); the corpus, the
    splits and the scoring are this checkout's, so every row is scored the same way.
    """
    import subprocess
    import tempfile

    rows = [("this checkout", PROJECT)]
    with tempfile.TemporaryDirectory() as tmp:
        for rev in revisions:
            folder = Path(tmp) / rev
            folder.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(PROJECT), "archive", rev, "fraud_research", "data"],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
            rows.append((rev, folder))
        for split in splits:
            print(f"\n=== {split}: each revision's extractor ===")
            for name, folder in rows:
                env = {**os.environ, "PYTHONPATH": str(folder)}
                run = subprocess.run(
                    [sys.executable, __file__, "--corpus", corpus, "--split", split, "--summary"],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=False,
                )
                out = run.stdout.strip() or "failed: " + run.stderr.strip().splitlines()[-1]
                print(f"  {name:14s} {out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        choices=tuple(CORPUS_DIRS),
        default="pages",
        help="real passages (pages, the default) or the written blind test sets (written)",
    )
    parser.add_argument("--split", default="all", help="a split of the corpus, tuning or all")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--summary", action="store_true", help="one line per split")
    parser.add_argument(
        "--revisions",
        nargs="+",
        metavar="REV",
        help="also score the extractor of these git revisions on the same corpus",
    )
    args = parser.parse_args(argv)
    groups = split_groups(args.corpus)
    if args.split not in (*groups, "all"):
        names = ", ".join(name for name in groups if name != "all")
        parser.error(f"--split {args.split!r}: the {args.corpus} corpus has {names} or all")
    if args.corpus == "pages" and args.split == "all":
        splits = ("development", "evaluation", "tuning")
    else:
        splits = (args.split,)
    if args.revisions:
        compare_revisions(args.revisions, splits, args.corpus)
        return 0

    def passages_of(split: str) -> list:
        folder = CORPUS_DIRS[args.corpus]
        return [p for name in groups[split] for p in load_passages(name, corpus_dir=folder)]

    if args.summary:
        for split in splits:
            print(summary_line([score_passage(p) for p in passages_of(split)]))
        return 0
    for split in splits:
        passages = passages_of(split)
        results = [score_passage(p) for p in passages]
        n_numbers = sum(len(p.numbers) for p in passages)
        print(f"\n=== {split}: {len(passages)} passages, {n_numbers} numbers ===")
        print_aggregate(results, split)
        print_periods(results)
        print_years(results)
        print_scopes(results)
        print_schemes(results)
        print_currencies(results)
        print_confusion(print_roles(results))
        if args.show_errors:
            print_errors(results)
    return 0 if seed_checks() else 1


if __name__ == "__main__":
    sys.exit(main())
