"""Read every generated sentence of ``tests/text/generated.py`` and count the ones read wrong.

The held-out press passages say how the extractor does on texts as outlets write them; these
generated sentences say whether it reads every *combination* of forms it reads one at a time:
each lead sentence (period × place × count × noun × amount × verb, Russian and Kazakh), each
scheme list (intro × order × item shape), each list of places or districts, each comparison
with a year earlier, stories of one victim's, one company's or one arrested group's loss, money
prevented, recovered or no loss at all after a release's count, a damage total with a part of it
returned or one scheme's, a named scheme's damage after a total, counts of solved cases,
persons, cases sent to court or things, and several years' counts or losses in one sentence,
each filed under its own year, and counts and losses of internet fraud, cybercrime or fraud in
general, each filed under its scope. A rule that reads «В 2025 году» and «за 9 месяцев» but not «За
10 мес. 2025 г.», or «Из них 340 – звонки …» but not «Схемы: 340 – звонки …», shows up here.
The tests draw a sample of the same sentences on every run.

Usage::

    python benchmarks/generated_sentences.py [--show N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests" / "text"))

import generated  # noqa: E402

from fraud_research.errors import ParameterError  # noqa: E402
from fraud_research.text import (  # noqa: E402
    extract_figures,
    read_numbers,
    resolve_period,
    scoped_figures,
)


def _lead(text):
    columns = ["metric", "value", "qualifier", "period_text", "place_text"]
    return extract_figures(text)[columns].values.tolist()


def _schemes(text):
    return extract_figures(text)[["value", "scheme"]].values.tolist()


def _places(text):
    return extract_figures(text)[["value", "place_text"]].values.tolist()


def _places_right(got, expected):
    if len(got) != len(expected):
        return False
    pairs = zip(got, expected, strict=True)
    return all(value == want and stem in place for (value, place), (want, stem) in pairs)


def _single(text):
    numbers = read_numbers(text)
    if numbers["proposed"].any():
        return ["proposed"]
    return numbers.loc[numbers["role"] == "single_case_loss", "value"].tolist()


def _not_damage(text):
    numbers = read_numbers(text)
    money = numbers[numbers["currency"] != ""]
    return [[v, r] for v, r in zip(money["value"], money["role"], strict=True)][-1]


def _count_not_case(text):
    numbers = read_numbers(text)
    if extract_figures(text)["value"].tolist() != [843]:
        return ["proposed"]
    return numbers.loc[numbers["value"] != 843, ["value", "role"]].values.tolist()[-1]


def _parts(text):
    return extract_figures(text)[["value", "scheme"]].values.tolist()


def _years(text):
    # the year ingest would file each proposal under: its period phrase read as ingest reads it
    found = extract_figures(text)
    return [
        [value, _year_of(phrase, earlier)]
        for value, phrase, earlier in found[["value", "period_text", "year_earlier"]].values
    ]


def _year_of(phrase, earlier):
    try:
        return int(resolve_period(phrase, year_earlier=bool(earlier))["year"])
    except ParameterError:
        return None


def _scopes(text):
    return scoped_figures(text)[["value", "scope"]].values.tolist()


def _comparison(text):
    return sorted(extract_figures(text)[["value", "year_earlier", "period_text"]].values.tolist())


FAMILIES = {
    "lead sentences, Russian": (lambda: generated.lead_sentences("ru"), _lead, None),
    "lead sentences, Kazakh": (lambda: generated.lead_sentences("kk"), _lead, None),
    "scheme lists, Russian": (lambda: generated.scheme_lists("ru"), _schemes, None),
    "scheme lists, Kazakh": (lambda: generated.scheme_lists("kk"), _schemes, None),
    "place lists": (generated.place_lists, _places, _places_right),
    "a year earlier": (generated.comparisons, _comparison, None),
    "district lists": (generated.district_lists, _places, _places_right),
    "single losses, Russian": (lambda: generated.single_losses("ru"), _single, None),
    "single losses, Kazakh": (lambda: generated.single_losses("kk"), _single, None),
    "money no damage, Russian": (lambda: generated.money_not_damage("ru"), _not_damage, None),
    "money no damage, Kazakh": (lambda: generated.money_not_damage("kk"), _not_damage, None),
    "parts of a total, Russian": (lambda: generated.parts_of_a_total("ru"), _parts, None),
    "parts of a total, Kazakh": (lambda: generated.parts_of_a_total("kk"), _parts, None),
    "scheme damage, Russian": (lambda: generated.scheme_damage("ru"), _parts, None),
    "scheme damage, Kazakh": (lambda: generated.scheme_damage("kk"), _parts, None),
    "scheme pointers, Russian": (generated.scheme_pointers, _parts, None),
    "counts not cases, Russian": (lambda: generated.counts_not_cases("ru"), _count_not_case, None),
    "counts not cases, Kazakh": (lambda: generated.counts_not_cases("kk"), _count_not_case, None),
    "year series, Russian": (lambda: generated.year_series("ru"), _years, None),
    "year series, Kazakh": (lambda: generated.year_series("kk"), _years, None),
    "scopes, Russian": (lambda: generated.scopes("ru"), _scopes, None),
    "scopes, Kazakh": (lambda: generated.scopes("kk"), _scopes, None),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=3, help="wrong readings shown per family")
    args = parser.parse_args()
    print(f"{'family':26s} {'sentences':>9s} {'read right':>10s} {'wrong':>6s} {'seconds':>8s}")
    for name, (make, read, right) in FAMILIES.items():
        start, total, wrong = time.perf_counter(), 0, []
        for text, expected in make():
            total += 1
            got = read(text)
            if not (right(got, expected) if right else got == expected):
                wrong.append((text, got, expected))
        seconds = time.perf_counter() - start
        print(f"{name:26s} {total:9d} {total - len(wrong):10d} {len(wrong):6d} {seconds:8.1f}")
        for text, got, expected in wrong[: args.show]:
            print(f"    {text}\n      read     {got}\n      expected {expected}")


if __name__ == "__main__":
    main()
