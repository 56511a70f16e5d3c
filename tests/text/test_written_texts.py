"""The written test sets are well formed: labelled by the corpus rules, and kept apart from it.

The sets in ``tests/data/written_texts`` are texts written (not collected) and labelled by a
helper who never saw the extractor; ``benchmarks/extraction_accuracy.py --corpus written``
scores them. A labelling slip would move that score, so they pass the corpus's own checks.
"""

from __future__ import annotations

import re

import pytest
import yaml
from corpus import (
    WRITTEN_DIR,
    field_problems,
    load_passages,
    load_split,
    loose_digits,
    outlet_files,
    span_problems,
)

PASSAGES = load_passages(corpus_dir=WRITTEN_DIR)
IDS = [p.id for p in PASSAGES]


def test_each_written_set_is_one_file_named_in_the_split():
    files = outlet_files(WRITTEN_DIR)
    assert [p.stem for p in files] == sorted(load_split(WRITTEN_DIR))
    for path in files:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(doc) == {"outlet", "country", "passages"}, path.name
        assert load_split(WRITTEN_DIR)[path.stem] == [doc["outlet"]] == [path.stem]
        ids = [p["id"] for p in doc["passages"]]
        assert ids == [f"{path.stem}-{k:02d}" for k in range(1, len(ids) + 1)], path.name
        # who writes, in what form and where: what the set is meant to cover
        assert all(p.get("style") for p in doc["passages"]), path.name


@pytest.mark.parametrize("passage", PASSAGES, ids=IDS)
def test_a_written_text_has_no_address_but_a_date(passage):
    # written texts are not sources: no address, so nothing can cite them as one
    assert passage.url == ""
    assert passage.published and re.fullmatch(r"20\d\d-\d\d-\d\d", passage.published)


@pytest.mark.parametrize("passage", PASSAGES, ids=IDS)
def test_written_labels_follow_the_corpus_rules(passage):
    assert field_problems(passage) == []
    assert span_problems(passage) == []
    assert loose_digits(passage) == []


def test_the_written_sets_are_large_and_varied():
    assert len(PASSAGES) >= 30
    assert {p.language for p in PASSAGES} == {"ru", "kk"}
    assert {"single_case", "no_figure", "aggregate"} <= {p.kind for p in PASSAGES}
