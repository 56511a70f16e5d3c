"""Read every corpus passage clean and spoiled as pages spoil it, and count what reads differently.

A page copied from the web, a PDF or an e-mail reaches the extractor with soft hyphens,
zero-width characters, runs of spaces, Latin look-alikes inside Cyrillic words, a byte-order
mark, HTML tags of a page's source, a messenger's bold or lines hard-wrapped at 40 or 60 characters
(``tests/text/spoilers.py``). A reader reads
such a text as the clean one, so the extractor should too: for each spoiler this prints how
many of the corpus passages get a different reading (a number's value, role or qualifier, or a
number found or lost), with the first few passages. Kazakh passages are also spelt in the Latin
alphabets of 2018 and 2021 (``SCRIPTS``), as Latin versions of Kazakh pages publish them, and
compared with their Cyrillic reading the same way.

Usage::

    python benchmarks/spoiled_text.py [--show N] [--spoiler NAME ...]

Run it with an older checkout first on ``PYTHONPATH`` to compare code side by side.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests" / "text"))

from corpus import load_passages  # noqa: E402
from spoilers import SCRIPTS, SPOILERS  # noqa: E402

from fraud_research.text import read_numbers  # noqa: E402


def _reading(text: str) -> list[tuple]:
    numbers = read_numbers(text)
    return [(row.start, row.role, row.qualifier, repr(row.value)) for row in numbers.itertuples()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=3, help="passages shown per spoiler")
    every = {**SPOILERS, **SCRIPTS}
    parser.add_argument("--spoiler", nargs="*", choices=sorted(every), default=list(every))
    args = parser.parse_args()
    passages = load_passages()
    clean = {p.id: _reading(p.text) for p in passages}
    kazakh = [p for p in passages if p.language == "kk"]
    print(f"{len(passages)} corpus passages, {len(kazakh)} of them Kazakh")
    print(f"{'spoiler':26s} {'read the same':>13s} {'differently':>11s} {'seconds':>8s}")
    for name in args.spoiler:
        start, different = time.perf_counter(), []
        for passage in kazakh if name in SCRIPTS else passages:
            spoiled = every[name](passage.text)
            # spans move only where characters were added; compare what was read, in order
            got = [reading[1:] for reading in _reading(spoiled)]
            if got != [reading[1:] for reading in clean[passage.id]]:
                different.append(passage.id)
        seconds = time.perf_counter() - start
        same = len(kazakh if name in SCRIPTS else passages) - len(different)
        print(f"{name:26s} {same:13d} {len(different):11d} {seconds:8.1f}")
        for passage_id in different[: args.show]:
            print(f"    {passage_id}")


if __name__ == "__main__":
    main()
