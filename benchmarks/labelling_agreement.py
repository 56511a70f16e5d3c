"""How far two annotators agree on the extraction corpus: the ceiling of any extractor's score.

A sample of held-out passages (``tests/data/extraction_corpus/agreement/``) was labelled a
second time, from scratch, by an annotator who had only the corpus README's labelling guide
(its general sections) and the passages' text, not the first labels. This script scores the
second annotation against the first with the measures of ``extraction_accuracy.py``, and the
extractor against each annotation on the same passages:

* **aggregate figures**: one annotation's aggregate cases and damage (value + metric +
  qualifier, each matched once) against the other's, as precision and recall;
* **roles**: of the numbers both annotators labelled (spans overlapping), how many got the same
  role, with Cohen's kappa (statsmodels), and the numbers only one of them labelled;
* the roles the annotators disagree on most.

When two careful annotators agree on, say, 85% of the aggregate figures, an extractor scored
against one of them cannot be expected to pass 0.90: the rest is how the guide is read.

Usage::

    python benchmarks/labelling_agreement.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml
from extraction_accuracy import AGGREGATE_ROLES, metric_of, proposals, ratio, read_roles
from statsmodels.stats.inter_rater import cohens_kappa, to_table

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests" / "text"))

from corpus import CORPUS_DIR, Passage, load_passages, number_span  # noqa: E402

SECOND = CORPUS_DIR / "agreement" / "second_annotator.yaml"


def aggregates(numbers: list[dict]) -> Counter:
    """The aggregate figures of one annotation: (metric, value, qualifier), counted."""
    return Counter(
        (metric_of(n["role"]), int(n["value"]), n["qualifier"])
        for n in numbers
        if n["role"] in AGGREGATE_ROLES and n["value"] is not None
    )


def spans(passage: Passage, numbers: list[dict]) -> list[tuple[int, int, str]]:
    """(start, end, role) of each labelled number found in the passage."""
    out = []
    for n in numbers:
        span = number_span(passage, n)
        if span is not None:
            out.append((*span, n["role"]))
    return out


def role_pairs(first, second):
    """Pairs of roles of overlapping spans, and the spans only one side has."""
    pairs, only_first = [], 0
    used = set()
    for a, b, role in first:
        hit = next(
            (k for k, (c, d, _) in enumerate(second) if c < b and a < d and k not in used), None
        )
        if hit is None:
            only_first += 1
            continue
        used.add(hit)
        pairs.append((role, second[hit][2]))
    return pairs, only_first, len(second) - len(used)


def main() -> int:
    second = {item["id"]: item for item in yaml.safe_load(SECOND.read_text(encoding="utf-8"))}
    passages = [p for p in load_passages() if p.id in second]
    missing = sorted(set(second) - {p.id for p in passages})
    if missing:
        print(f"{SECOND.name}: ids not in the corpus: {', '.join(missing)}")
        return 1
    languages = Counter(p.language for p in passages)
    print(
        f"Second annotation of {len(passages)} passages "
        f"({', '.join(f'{n} {lang}' for lang, n in languages.items())}) "
        f"from the held-out sets of rounds 5-11"
    )

    tally = Counter()
    role_pairs_all, extractor_pairs = [], {"first": [], "second": []}
    for p in passages:
        first_numbers, second_numbers = p.numbers, second[p.id]["numbers"] or []
        a, b = aggregates(first_numbers), aggregates(second_numbers)
        read = Counter((m, v, q) for m, v, q, *_ in proposals(p.text))
        tally["first"] += sum(a.values())
        tally["second"] += sum(b.values())
        tally["read"] += sum(read.values())
        tally["agree"] += sum((a & b).values())
        tally["read_first"] += sum((read & a).values())
        tally["read_second"] += sum((read & b).values())
        first_spans, second_spans = spans(p, first_numbers), spans(p, second_numbers)
        pairs, only_first, only_second = role_pairs(first_spans, second_spans)
        role_pairs_all += pairs
        tally["only_first"] += only_first
        tally["only_second"] += only_second
        reading = [(s, e, r) for s, e, r, _ in read_roles(p.text)]
        for name, labelled in (("first", first_spans), ("second", second_spans)):
            for s, e, role in labelled:
                over = [r for c, d, r in reading if c < e and s < d]
                extractor_pairs[name].append((role, over[0] if over else "none"))

    print("\nAggregate cases + damage: value + metric + qualifier, each figure matched once")
    print(
        f"  second annotator against the first   precision {ratio(tally['agree'], tally['second']):18s}"
        f" recall {ratio(tally['agree'], tally['first'])}"
    )
    for name in ("first", "second"):
        print(
            f"  extractor against the {name:6s}         precision "
            f"{ratio(tally['read_' + name], tally['read']):18s} recall "
            f"{ratio(tally['read_' + name], tally[name])}"
        )

    same = sum(x == y for x, y in role_pairs_all)
    kappa = cohens_kappa(to_table([[x, y] for x, y in role_pairs_all])[0]).kappa
    print("\nRoles of the numbers both annotators labelled")
    print(f"  agreement {ratio(same, len(role_pairs_all))}, Cohen's kappa {kappa:.3f}")
    print(
        f"  numbers only the first labelled {tally['only_first']}, only the second {tally['only_second']}"
    )
    for name in ("first", "second"):
        pairs = extractor_pairs[name]
        print(
            f"  extractor against the {name:6s} {ratio(sum(x == y for x, y in pairs), len(pairs))}"
        )
    print("\n  Disagreements (first -> second: count)")
    for (x, y), n in Counter((x, y) for x, y in role_pairs_all if x != y).most_common(15):
        print(f"    {x:20s} -> {y:20s} {n:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
