"""Measure the figure extractor on the quotes of the published figures (development set).

Gold: the rows whose metric is ``cases_registered`` or ``damage_kzt`` and whose quote
is Russian (``ru``) or Kazakh (``kk``, or ``kk-latn`` in the Latin alphabet). Predicted: every figure
:func:`fraud_research.text.extract_figures` returns on each unique passage (damage
counts as ``damage_kzt`` only in tenge). Quotes cut from a longer quote of the same
language form one passage, so a figure recorded under a shorter excerpt is neither
missed nor counted as extra. A prediction matches a gold figure of the same passage
when metric, value and qualifier agree; each gold figure matches once. Figures the
dataset did not record from a passage (other metrics, other scopes such as fraud in
general or cybercrime, comparison values left out) count as extra.

Usage::

    python benchmarks/extraction_quality.py [FIGURES_CSV] [--show-errors]

``FIGURES_CSV`` defaults to the project's ``data/figures.csv``; the shared
``published_figures.csv`` (column ``geo`` instead of ``place``) works as well.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from fraud_research import paths
from fraud_research.text import extract_figures

METRICS = {"cases_registered": "cases", "damage_kzt": "damage"}
LANGUAGES = ("ru", "kk", "kk-latn")


def _predictions(quote: str) -> list[tuple[str, int, str]]:
    found = extract_figures(quote)
    out = []
    for row in found.itertuples():
        if row.metric == "damage" and row.currency != "KZT":
            continue
        out.append((row.metric, int(row.value), row.qualifier))
    return out


def _passages(
    figures: pd.DataFrame, *, per_quote: bool = False
) -> list[tuple[str, str, pd.DataFrame]]:
    """Group rows whose quotes overlap (one quote inside another) into one passage.

    A figure is often recorded with a short quote cut from a longer one; the
    extractor runs once on the longest quote of each group, and the gold figures
    are those of every quote in the group.
    """
    quotes = sorted(
        set(zip(figures["language"], figures["quote"], strict=True)), key=lambda lq: -len(lq[1])
    )
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    for language, quote in quotes:
        if per_quote:
            parent[(language, quote)] = (language, quote)
            continue
        home = next(
            (
                p
                for p in quotes
                if p[0] == language
                and len(p[1]) > len(quote)
                and quote in p[1]
                and parent.get(p) == p
            ),
            (language, quote),
        )
        parent[(language, quote)] = home
    groups = []
    for home in dict.fromkeys(parent.values()):
        members = [q for q, h in parent.items() if h == home]
        rows = figures[
            [
                (lang, q) in members
                for lang, q in zip(figures["language"], figures["quote"], strict=True)
            ]
        ]
        groups.append((home[0], home[1], rows))
    return groups


def evaluate(figures_csv: str | Path, *, per_quote: bool = False) -> tuple[pd.DataFrame, list[str]]:
    """Return precision and recall per language and metric, and a list of the errors.

    With ``per_quote=True`` every unique quote is scored on its own rows only, so a
    figure recorded under a shorter excerpt of the same passage counts as extra.
    """
    figures = pd.read_csv(figures_csv, dtype=str, keep_default_na=False)
    figures = figures[figures["language"].isin(LANGUAGES)]
    counts: Counter = Counter()
    errors: list[str] = []
    for language, quote, group in _passages(figures, per_quote=per_quote):
        gold = Counter(
            (METRICS[m], int(v), q)
            for m, v, q in zip(group["metric"], group["value"], group["qualifier"], strict=True)
            if m in METRICS and v.strip()
        )
        predicted = Counter(_predictions(quote))
        hits = gold & predicted
        for metric in METRICS.values():
            for scope in (language, "all"):
                counts[(scope, metric, "tp")] += sum(n for k, n in hits.items() if k[0] == metric)
                counts[(scope, metric, "gold")] += sum(n for k, n in gold.items() if k[0] == metric)
                counts[(scope, metric, "pred")] += sum(
                    n for k, n in predicted.items() if k[0] == metric
                )
        missed, extra = gold - predicted, predicted - gold
        if missed or extra:
            errors.append(
                f"[{language}] {quote[:160]}\n    missed: {sorted(missed.elements())}"
                f"\n    extra:  {sorted(extra.elements())}"
            )
    rows = []
    for scope in (*LANGUAGES, "all"):
        for metric_name, metric in (*METRICS.items(), ("both", None)):
            pick = [metric] if metric else list(METRICS.values())
            tp = sum(counts[(scope, m, "tp")] for m in pick)
            gold_n = sum(counts[(scope, m, "gold")] for m in pick)
            pred_n = sum(counts[(scope, m, "pred")] for m in pick)
            rows.append(
                {
                    "language": scope,
                    "metric": metric_name,
                    "gold": gold_n,
                    "predicted": pred_n,
                    "matched": tp,
                    "precision": round(tp / pred_n, 3) if pred_n else float("nan"),
                    "recall": round(tp / gold_n, 3) if gold_n else float("nan"),
                }
            )
    return pd.DataFrame(rows), errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("figures_csv", nargs="?", default=str(paths.FIGURES_CSV))
    parser.add_argument("--show-errors", action="store_true", help="list missed and extra figures")
    parser.add_argument(
        "--per-quote",
        action="store_true",
        help="score every unique quote on its own rows (stricter: overlapping excerpts count "
        "as extra)",
    )
    args = parser.parse_args(argv)
    table, errors = evaluate(args.figures_csv, per_quote=args.per_quote)
    unit = "unique quote" if args.per_quote else "passage (overlapping quotes merged)"
    print(
        f"Extraction quality on {args.figures_csv} (match = metric + value + qualifier; "
        f"scored per {unit})"
    )
    print(table.to_string(index=False))
    if args.show_errors:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
