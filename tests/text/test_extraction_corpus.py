"""The extraction corpus is well formed: it loads, its labels match its passages, its split is clean.

The corpus (``tests/data/extraction_corpus``) is the yardstick of the extractor, so a
labelling slip would silently move every score. These checks replace the corpus'
stand-alone ``check_corpus.py``.
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd
import pytest
import yaml
from corpus import (
    AGGREGATE_ROLES,
    CORPUS_DIR,
    CURRENCIES,
    KINDS,
    MONEY_ROLES,
    QUALIFIERS,
    ROLES,
    SCHEMES,
    SCOPES,
    SPLITS,
    field_problems,
    load_outlets,
    load_passages,
    load_split,
    loose_digits,
    number_span,
    occurrences,
    outlet_files,
    span_problems,
)

from fraud_research import paths

PASSAGES = load_passages()
IDS = [p.id for p in PASSAGES]


def test_every_outlet_file_loads_with_its_header():
    for path in outlet_files():
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(doc) == {"outlet", "country", "passages"}, path.name
        assert doc["country"] in {"KZ", "KG", "UZ", "RU", "BY"}, path.name
        assert path.stem == re.sub(r"[.-]", "_", doc["outlet"]), path.name


def test_corpus_size_as_documented():
    outlets = load_outlets()
    assert len(outlets) == 1426
    assert len(PASSAGES) == 2591
    assert sum(len(p.numbers) for p in PASSAGES) == 12403
    assert Counter(p.language for p in PASSAGES) == {"ru": 2207, "kk": 384}


def test_passage_ids_are_unique():
    assert [i for i, n in Counter(IDS).items() if n > 1] == []


def test_the_money_roles_are_the_packages():
    from fraud_research.text.role_names import MONEY_ROLES as PACKAGE_MONEY_ROLES

    assert MONEY_ROLES == PACKAGE_MONEY_ROLES


@pytest.mark.parametrize("passage", PASSAGES, ids=IDS)
def test_passage_fields_come_from_closed_lists(passage):
    assert passage.url.startswith("http")
    assert field_problems(passage) == []


@pytest.mark.parametrize("passage", PASSAGES, ids=IDS)
def test_every_labelled_text_and_cue_is_in_its_passage(passage):
    assert span_problems(passage) == []


@pytest.mark.parametrize("passage", PASSAGES, ids=IDS)
def test_every_digit_lies_in_a_labelled_number(passage):
    assert loose_digits(passage) == []


def test_occurrences_skip_matches_glued_to_digits_and_letters():
    assert occurrences("12 и 312 и 12,5 и 12", "12") == [0, 18]
    assert occurrences("пять и пятьсот", "пять") == [0]


def test_split_lists_each_outlet_exactly_once():
    split = load_split()
    assert tuple(split) == SPLITS
    listed = [outlet for name in SPLITS for outlet in split[name]]
    assert [o for o, n in Counter(listed).items() if n > 1] == []
    assert sorted(listed) == sorted(load_outlets())
    sizes = [40, 32, 28, 54, 43, 52, 32, 34, 31, 34, 68, 47, 50, 44, 40, 40, 25, 21, 12, 23, 25, 27, 20, 39, 19, 24, 21, 20, 19, 10, 11, 16, 14, 14, 15, 12, 14, 13, 14, 5, 14, 11, 12, 12, 13, 15, 13, 15, 14, 11, 16, 11, 10, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 2, 2, 1, 5, 0, 1, 2, 4, 2, 3, 3, 3, 6, 0, 0, 5, 4, 3, 2, 1, 0, 4, 5, 3, 2, 2, 1, 5, 11, 3, 2, 3, 5, 5, 11, 5, 9, 5, 3, 6, 3, 6, 4, 0]  # fmt: skip
    assert [len(split[name]) for name in SPLITS] == sizes


def test_a_passage_names_its_own_split_only_to_hold_it_out_later_than_its_outlet():
    split_of = {o: s for s, names in load_split().items() for o in names}
    named = [
        (doc["outlet"], p["id"], p["split"])
        for doc in load_outlets().values()
        for p in doc["passages"]
        if "split" in p
    ]
    for outlet, pid, own in named:
        assert own in SPLITS, pid
        assert SPLITS.index(own) > SPLITS.index(split_of[outlet]), pid
    # and the loader files such a passage under its own split, not its outlet's
    assert {p.id for p in PASSAGES if p.split != split_of[p.outlet]} == {pid for _, pid, _ in named}


def test_held_out_outlets_are_new_and_numerous():
    held_out = load_passages("evaluation_2")
    assert len(held_out) >= 45
    assert len({p.outlet for p in held_out}) >= 15
    assert {p.language for p in held_out} == {"ru", "kk"}


def test_round_3_held_out_set_is_large_and_kazakh_rich():
    held_out = load_passages("evaluation_3")
    assert len(held_out) >= 55
    assert len({p.outlet for p in held_out}) >= 25
    assert Counter(p.language for p in held_out)["kk"] >= 25


def test_round_4_held_out_set_is_large_and_aggregate_rich():
    held_out = load_passages("evaluation_4")
    assert len(held_out) >= 50
    assert len({p.outlet for p in held_out}) >= 25
    assert Counter(p.language for p in held_out)["kk"] >= 10
    with_aggregates = [p for p in held_out if any(n["role"] in AGGREGATE_ROLES for n in p.numbers)]
    assert len(with_aggregates) >= 30


#: What each later round's held-out set was built to hold: passages, outlets, Kazakh passages,
#: outlet countries, passages from Kazakhstan (None: not asked), passages with aggregate
#: figures, and at least so many numbers of some roles.
HELD_OUT_SETS = {
    "evaluation_5": (55, 50, 7, {"KZ", "RU", "BY", "KG", "UZ"}, None, 36, {"cases_scheme": 10}),
    "evaluation_6": (40, 30, 5, {"KZ", "RU", "BY"}, None, 23, {"damage_total": 25}),
    "evaluation_7": (
        40,
        30,
        2,
        {"KZ", "RU", "BY", "UZ"},
        None,
        30,
        {"cases_total": 40, "damage_total": 35},
    ),
    "evaluation_8": (35, 30, 1, {"KZ", "RU", "BY"}, 3, 22, {"cases_total": 20, "damage_total": 18}),
    "evaluation_9": (35, 30, 2, {"KZ", "RU", "BY"}, 6, 28, {"cases_total": 25, "damage_total": 45}),
    "evaluation_10": (
        70,
        65,
        8,
        {"KZ", "RU", "BY", "KG", "UZ"},
        9,
        40,
        {"cases_total": 40, "damage_total": 40},
    ),
    "evaluation_11": (
        45,
        45,
        5,
        {"KZ", "RU", "BY", "KG"},
        6,
        30,
        {"cases_total": 30, "damage_total": 25},
    ),
    # asked: 30 passages with aggregates and 5 Kazakh ones; found 23, none Kazakh
    "evaluation_12": (
        50,
        50,
        8,
        {"KZ", "RU", "BY", "KG", "UZ"},
        13,
        23,
        {"cases_total": 32, "damage_total": 26},
    ),
    # asked: 32 passages with aggregates, 6 Kazakh and 10 from Kazakhstan; found 33, 3 and 6
    "evaluation_13": (
        47,
        44,
        3,
        {"KZ", "RU", "BY", "UZ"},
        6,
        33,
        {"cases_total": 39, "damage_total": 44},
    ),
    # asked: 28 passages with aggregates, 28 cases_total and 25 damage_total; found 28, 25 and 20
    "evaluation_14": (
        40,
        40,
        3,
        {"KZ", "RU", "BY"},
        6,
        28,
        {"cases_total": 25, "damage_total": 20},
    ),
    # asked: about 30 passages with aggregates, Kazakh ones where found; found 19 and 1 Kazakh
    # passage (with no figure): the stored pages' regional statistics sit on known outlets
    "evaluation_15": (
        40,
        40,
        1,
        {"KZ", "RU", "BY", "UZ"},
        4,
        19,
        {"cases_total": 11, "damage_total": 13},
    ),
    # asked: 40 passages, about 30 with aggregates; found 26 passages from 25 outlets, 10
    "evaluation_16": (
        26,
        25,
        1,
        {"KZ", "RU", "BY", "UZ"},
        3,
        10,
        {"cases_total": 3, "damage_total": 9},
    ),
    # asked: about 30 passages, Kazakhstan aggregates first; found 21, 8 with aggregates, 1 Kazakh
    "evaluation_17": (
        21,
        21,
        2,
        {"KZ", "RU", "BY"},
        4,
        8,
        {"cases_total": 4, "damage_total": 9},
    ),
    # asked: about 25 passages, Kazakhstan aggregates first; found 12, 5 with aggregates, none
    # from Kazakhstan: the stored pages' new outlets are nearly exhausted
    "evaluation_18": (
        12,
        12,
        2,
        {"KZ", "RU", "BY"},
        2,
        5,
        {"cases_total": 6, "damage_total": 3},
    ),
    # asked: 20-30 passages from new outlets, Kazakh-language and Kazakhstan aggregates wherever
    # found; found 25 from 23 outlets, 12 with aggregates, one of them from Kazakhstan
    "evaluation_19": (
        25,
        23,
        2,
        {"KZ", "RU", "BY"},
        5,
        12,
        {"cases_total": 10, "damage_total": 11},
    ),
    # asked: the same as round 19; found 25 from 25 outlets, 9 with aggregates, none from
    # Kazakhstan, and no Kazakh-language figure
    "evaluation_20": (
        25,
        25,
        2,
        {"KZ", "RU", "BY", "UZ"},
        6,
        9,
        {"cases_total": 10, "damage_total": 6},  # a forecast relabelled other in round 30
    ),
    # asked: the same; found 27 from 27 outlets, 9 with aggregates (mostly national Bank of
    # Russia damage), none from Kazakhstan
    "evaluation_21": (
        27,
        27,
        3,
        {"KZ", "RU", "KG", "UZ"},
        3,
        9,
        {"cases_total": 2, "damage_total": 14},
    ),
    # asked: the same, Kazakhstan aggregates first; found 20 from 20 outlets, 6 with aggregates,
    # two Kazakhstan aggregates dropped for overlapping data/figures.csv
    "evaluation_22": (
        20,
        20,
        1,
        {"KZ", "RU", "BY"},
        3,
        6,
        {"damage_total": 6, "damage_scheme": 3},
    ),
    # asked: the same, then an extension for aggregates before any scoring; found 40 from 39
    # outlets, 26 with aggregates, one Kazakh passage (not about fraud), none from KG or UZ
    "evaluation_23": (
        40,
        39,
        1,
        {"KZ", "RU", "BY"},
        3,
        26,
        {"cases_total": 47, "damage_total": 19, "cases_scheme": 4},
    ),
    # asked: the same; found 19 from 19 outlets, 11 with aggregates (mostly national Russian),
    # one Kazakh passage with a date only, none from BY, KG or UZ
    "evaluation_24": (
        19,
        19,
        1,
        {"KZ", "RU"},
        1,
        11,
        {"cases_total": 9, "damage_total": 13},  # operations without consent: other (round 30)
    ),
    # asked: the same; found 24 from 24 outlets, 12 with aggregates (mostly national Russian),
    # one Kazakh passage without a fraud figure, none from KG or UZ
    "evaluation_25": (
        24,
        24,
        1,
        {"KZ", "RU", "BY"},
        1,
        12,
        {"cases_total": 8, "damage_total": 9},  # operations and a forecast: other (round 30)
    ),
    # asked: the same, with new Kazakh angles; found 22 from 21 outlets, 6 with aggregates, two
    # Kazakh passages (blocked calls; a college debate), none from KG or UZ
    "evaluation_26": (
        22,
        21,
        2,
        {"KZ", "RU", "BY"},
        5,
        6,
        {"cases_total": 5, "damage_total": 6},
    ),
    # asked: the same, police summaries of a week, month or year first; found 20 from 20 outlets,
    # 6 with aggregates, three Kazakh passages without a fraud figure, none from BY, KG or UZ
    "evaluation_27": (
        20,
        20,
        3,
        {"KZ", "RU"},
        4,
        6,
        {"cases_total": 5, "damage_total": 5},
    ),
    # asked: the same, press releases with figures first; found 20 from 19 outlets, 3 with
    # aggregates, two Kazakh passages without a number, none from KG or UZ
    "evaluation_28": (
        20,
        19,
        2,
        {"KZ", "RU", "BY"},
        3,
        3,
        {"cases_total": 5, "cases_scheme": 4, "damage_total": 2},
    ),
    # asked: 15-25 passages from 10+ new outlets, Kazakh in the Latin alphabet first (10+), two
    # Russian passages and a non-KZ country; found 16 from 10 outlets: only three Latin-script
    # passages (one page of adyrna.kz, 2018 alphabet), four Cyrillic Kazakh, nine Russian (six of
    # them on US crypto-fraud figures from Russian-language crypto sites), 6 with aggregates
    "evaluation_29": (
        16,
        10,
        7,
        {"KZ", "RU"},
        8,
        6,
        {"cases_total": 1, "damage_total": 6, "damage_scheme": 3},
    ),
    # asked: 15-25 passages from 10+ new outlets, Kazakhstan aggregates first, 4+ Kazakh passages, 8+
    # with aggregates; found 15 from 11 outlets: 4 with aggregates (all Russian regional), three Kazakh
    # passages without a figure, one from Belarus (no figure), none from KG or UZ
    "evaluation_30": (
        15,
        11,
        3,
        {"KZ", "RU", "BY"},
        5,
        4,
        {"cases_total": 9, "damage_total": 1, "single_case_loss": 1},
    ),
    # asked: 15-25 passages from 10+ new outlets, Kazakhstan aggregates first, 8+ with aggregates,
    # 3+ Kazakh passages, a single case, a no-figure passage and a non-KZ country; found 18 from 16
    # outlets: 7 with aggregates (two from Kazakhstan, one of them Kazakh; three from one Kyrgyz
    # page of 2017), five Kazakh passages (one aggregate, one single case, three without a fraud figure)
    "evaluation_31": (
        18,
        16,
        5,
        {"KZ", "RU", "KG", "UZ"},
        8,
        7,
        {"cases_total": 5, "damage_total": 6, "cases_scheme": 1, "single_case_loss": 1},
    ),
    # asked: 15-25 passages from 10+ new outlets, Kazakhstan aggregates first, 8+ with aggregates,
    # 3+ Kazakh passages, a single case, a no-figure passage and a non-KZ country; found 15 from 15
    # outlets: 9 with aggregates (two from Kazakhstan, one of them Kazakh in the Latin alphabet; one on
    # US figures), three Kazakh passages (two without a figure), one from Belarus (no figure); the
    # Latin-script passage was removed by the owner before scoring (written from notes, not copied)
    "evaluation_32": (
        14,
        14,
        2,
        {"KZ", "RU", "BY"},
        4,
        8,
        {"cases_total": 9, "damage_total": 7, "damage_scheme": 3, "single_case_loss": 7},
    ),
    # asked: 14-25 passages from 10+ new outlets, Kazakhstan aggregates first (neighbouring countries
    # welcome), 8+ with aggregates, 3+ Kazakh passages, a single case and a no-figure passage; found 14
    # from 14 outlets: 8 with aggregates (all from Russian outlets: Omsk, Chelyabinsk, Volgograd, Russia
    # 2006 and 2020, three on US romance-fraud figures), two Kazakh passages (both without a figure),
    # none from Kazakhstan with a figure, none from BY, KG or UZ
    "evaluation_33": (
        14,
        14,
        2,
        {"KZ", "RU"},
        2,
        8,
        {"cases_total": 3, "damage_total": 6, "damage_scheme": 4, "single_case_loss": 6},
    ),
    # asked: 14-25 passages from 10+ new outlets, Kazakhstan aggregates first (neighbouring countries
    # welcome), 8+ with aggregates, 3+ Kazakh passages, a single case and a no-figure passage; found 16
    # from 15 outlets: 5 with case or damage aggregates (all from Russian outlets: Chuvashia IT crimes,
    # Bank of Russia, MTS messenger calls, US FTC, a Shumerlya couriers' haul), one Kazakh passage (a pyramid's money recovered), two
    # Kazakhstan outlets (no aggregate), four bank anti-fraud passages, none from BY, KG or UZ
    "evaluation_34": (
        16,
        15,
        1,
        {"KZ", "RU"},
        2,
        5,
        {"cases_total": 2, "damage_total": 5, "prevented": 5, "single_case_loss": 1},
    ),
    # asked: 14-25 passages from 10+ new outlets, Kazakhstan aggregates first (neighbouring countries
    # welcome), 8+ with aggregates, 3+ Kazakh passages, a single case and a no-figure passage; found 12
    # from 12 outlets: 5 with case or damage aggregates (Naberezhnye Chelny, Aban district, Russia 2021
    # and 2024-2025 from a law blog and a student journal, Kazakhstan's national fraud figures on the
    # Kyrgyz-named aggregator kgnews.asia), two Kazakh passages (both without a figure), six passages
    # without a fraud figure, one single case without a loss figure (money through a dropper's card);
    # five damage totals since round 40 relabelled kgnews_asia-01's citizens' part as other
    "evaluation_35": (
        12,
        12,
        2,
        {"KZ", "RU", "BY", "KG"},
        2,
        5,
        {"cases_total": 12, "damage_total": 5, "cases_scheme": 1},
    ),
    # asked: 14-25 passages from 10+ new outlets, Kazakhstan aggregates first (neighbouring countries
    # welcome), 8+ with aggregates, 3+ Kazakh passages, a single case and a no-figure passage; found 14
    # from 14 outlets: 3 with case or damage aggregates (Uzbekistan's cybercrime damage, Russia's ICT
    # thefts and frauds 2022 on a municipal site, Kazakhstan's internet frauds 2018-2020 in Latin-script
    # Kazakh), two Kazakh passages (both Latin script), two single cases, seven without a fraud figure
    "evaluation_36": (
        14,
        14,
        2,
        {"KZ", "RU", "BY", "UZ"},
        3,
        3,
        {"cases_total": 4, "damage_total": 1, "single_case_loss": 2},
    ),
    # asked: 12-25 passages from 10+ new outlets, aggregate case/damage figures (Kazakhstan first,
    # neighbouring countries welcome), 8+ with aggregates, 2+ Kazakh passages, a single case and at
    # most three passages without a figure; found 13 from 13 outlets: 6 with case or damage aggregates
    # (all Russian: Kurgan region, Voronezh, Bank of Russia theft figures 2016/2019/Q3 2022/2024), two
    # Kazakh passages (Cyrillic, both without a fraud figure), two single cases, one Kyrgyz outlet
    "evaluation_37": (
        13,
        13,
        2,
        {"KZ", "RU", "KG"},
        2,
        6,
        {"cases_total": 2, "damage_total": 11, "single_case_loss": 2},
    ),
    # asked: 12-25 passages from 10+ new outlets, aggregate case/damage figures (Kazakhstan and
    # Kazakh first, neighbouring countries welcome), 8+ with aggregates, 2+ Kazakh passages, a single
    # case and at most three passages without a figure; found 14 from 14 outlets: 5 with case or
    # damage aggregates (all Russian: Altai Republic 2025, insurance fraud 2019/2021, credit-cooperative
    # pyramids), two Kazakh passages (Cyrillic, both without a fraud figure), one single case, one
    # Belarusian outlet
    "evaluation_38": (
        14,
        14,
        2,
        {"KZ", "RU", "BY"},
        2,
        5,
        {"cases_total": 2, "damage_total": 4, "single_case_loss": 2},
    ),
    # asked: 12-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 8+ with aggregates, 2+ Kazakh passages, a single
    # case and at most three passages without a figure; found 5 from 5 outlets: 1 with a case aggregate
    # (Bashkortostan's cybercrimes 2025), one single case (Shumilino, Belarus), one Kazakh passage (a
    # library meeting on money and bank cards, no fraud figure), three passages without a fraud figure
    "evaluation_39": (
        5,
        5,
        1,
        {"KZ", "RU", "BY"},
        1,
        1,
        {"cases_total": 1, "single_case_loss": 1},
    ),
    # asked: 12-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 8+ with aggregates, 2+ Kazakh passages (Cyrillic),
    # a single case, at most three passages without a fraud figure; found 14 from 14 outlets: 8 with
    # case or damage aggregates (all Russian: LNR 2024, Voronezh 2024/2023 and 2025, Stavropol 2025,
    # Tambov 2024, Crimea 2026, a Buryatia daily summary), one single case (Yakutsk), two Kazakh
    # passages (Cyrillic, both without a fraud figure), one Belarusian outlet, no KG or UZ passage
    # (every new KG/UZ outlet wrote in Kyrgyz or Uzbek) and no Kazakhstan aggregate; four case totals
    # since top68_ru-01's caseload (4179 cases «в производстве») was relabelled other after scoring
    "evaluation_40": (
        14,
        14,
        2,
        {"KZ", "RU", "BY"},
        3,
        8,
        {"cases_total": 4, "damage_total": 10, "single_case_loss": 3},
    ),
    # asked: 12-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 8+ with aggregates, 2+ Kazakh passages (Cyrillic),
    # a single case, at most three passages without a fraud figure; found 12 from 11 outlets: 7 with
    # case or damage aggregates (Esil district of Astana, Kazakhstan's internet frauds since the start
    # of the year, Udmurtia 2020 and 2019, Kuzbass, Lesnoy, Tyumen region 2019), one single case
    # (Veliky Ustyug), two Kazakh passages (Cyrillic, both without a fraud figure), one Uzbek outlet (no
    # figure), no KG or BY passage
    "evaluation_41": (
        12,
        11,
        2,
        {"KZ", "RU", "UZ"},
        4,
        7,
        {"cases_total": 8, "damage_total": 6, "single_case_loss": 2},
    ),
    # asked: 12-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 8+ with aggregates, 2+ Kazakh passages (Cyrillic),
    # a single case, at most three passages without a fraud figure; found 12 from 12 outlets: 6 with
    # case or damage aggregates (all Russian: Blagoveshchensk, Berezniki 2011-2013, Arkhangelsk 2011,
    # Belgorod region 2018-2021, Russia's IT crimes 2020 and 2024), one single case (St Petersburg),
    # two Kazakh passages (Cyrillic: Jambyl police results 2022 without a case or damage figure, its
    # aggregate sentences dropped for overlapping data/figures.csv; one without a figure), three
    # passages without a fraud figure, no KG, UZ or BY passage
    "evaluation_42": (
        12,
        12,
        2,
        {"KZ", "RU"},
        2,
        6,
        {"cases_total": 14, "damage_total": 2, "single_case_loss": 3},
    ),
    # asked: 10-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 6+ with aggregates (aim 8), 2+ Kazakh passages
    # (Cyrillic), a single case, at most three passages without a fraud figure; found 12 from 12
    # outlets: 6 with case or damage aggregates (Kazakhstan's cyber-fraud damage this year, Tambov
    # 2013-2014, Muravlenko, Novorossiysk February 2021, Chuvashia 2018-2024, Russia's OSAGO-cession
    # frauds 2024), one single case (Khimki), one Kazakh passage (Cyrillic, without a fraud figure),
    # two Belarusian outlets (no figure), three passages without a fraud figure, no KG or UZ passage
    "evaluation_43": (
        12,
        12,
        1,
        {"KZ", "RU", "BY"},
        3,
        6,
        {"cases_total": 4, "damage_total": 6, "single_case_loss": 2},
    ),
    # asked: 10-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 6+ with aggregates (aim 8), 2+ Kazakh passages
    # (Cyrillic), a single case, at most three passages without a fraud figure, at most one Bank of
    # Russia operations review; found 13 from 13 outlets: 5 with case or damage aggregates (all on
    # Russia: fraud cases April-June 2020, losses in the first quarter of 2025, Sber's phone-fraud
    # estimate for 2024, the Bank of Russia's theft figures for 2023, cybercrime damage of Russia and
    # the world), two single cases, one Kazakh passage (Cyrillic, without a fraud figure), three
    # Kazakhstan outlets (no aggregate), one Belarusian outlet, three passages without a fraud figure,
    # no KG or UZ passage
    "evaluation_44": (
        13,
        13,
        1,
        {"KZ", "RU", "BY"},
        3,
        5,
        {"cases_total": 1, "damage_total": 5, "single_case_loss": 3},
    ),
    # asked: 10-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 6+ with aggregates (aim 8), 2+ Kazakh passages
    # (Cyrillic), a single case, at most three passages without a fraud figure, at most one Bank of
    # Russia operations review; found 15 from 15 outlets: 7 with case or damage aggregates (Kazakhstan's
    # internet frauds since the start of 2024; Russia's card-fraud losses 2006/2012 (FICO); Group-IB's
    # cyber-theft estimates for Russia (this year's 2.6 billion roubles, Android trojans 2015-2017, the
    # 2011 market); Symantec's 2012 estimate; cybercrime damage of Germany, the US, China and Russia),
    # two single cases, two Kazakh passages (Cyrillic, both without a fraud figure), four Kazakhstan
    # outlets, no KG, UZ or BY passage
    "evaluation_45": (
        15,
        15,
        2,
        {"KZ", "RU"},
        4,
        7,
        {"cases_total": 1, "damage_total": 14, "single_case_loss": 3},
    ),
    # asked: 10-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 6+ with aggregates (aim 8), 2+ Kazakh passages
    # (Cyrillic), a single case, at most three passages without a fraud figure, at most one Bank of
    # Russia operations review; found 13 from 13 outlets: 7 with case or damage aggregates (all on
    # Russia or the US: the Bank of Russia's theft figure for 2020, phone-fraud losses of 2023, Tambov
    # region's previous year, phone-fraud damage and internet crimes of January-November 2021, the US
    # FTC's 2020 losses, a deputy's "billions" of cyber damage, cyber damage above 200 billion roubles),
    # two single cases, one Kazakh passage (Cyrillic, without a fraud figure), one Kazakhstan outlet
    # and one Belarusian outlet (neither with a fraud figure), no KG or UZ passage
    "evaluation_46": (
        13,
        13,
        1,
        {"KZ", "RU", "BY"},
        1,
        7,
        {"cases_total": 1, "damage_total": 7, "single_case_loss": 1},
    ),
    # asked: 10-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 6+ with aggregates (aim 8), 2+ Kazakh passages
    # (Cyrillic), a single case, at most three passages without a fraud figure, at most one Bank of
    # Russia operations review; found 15 from 15 outlets: 6 with case or damage aggregates (all on
    # Russia: Nizhny Novgorod region's IT crimes and damage of 2024, IT crimes of the Far East and its
    # regions, internet card thefts and damage 2015-2017, Group-IB's cyber-theft figures, card-fraud
    # losses of 2016 and the first half of 2017 told by two outlets), one single case, two Kazakh
    # passages (Cyrillic, both without a fraud figure), two Kazakhstan outlets (no fraud figure), three
    # passages without a fraud figure, no KG, UZ or BY passage
    "evaluation_47": (
        15,
        15,
        2,
        {"KZ", "RU"},
        2,
        6,
        {"cases_total": 9, "damage_total": 11, "single_case_loss": 1},
    ),
    # asked: 10-25 passages from 10+ new outlets, aggregate case/damage figures of internet and phone
    # fraud (Kazakhstan first, then KG, UZ, BY, RU), 6+ with aggregates (aim 8), 2+ Kazakh passages
    # (Cyrillic), a single case, at most three passages without a fraud figure, at most one Bank of
    # Russia operations review; found 14 from 14 outlets: 5 with case or damage aggregates (two from
    # Kazakhstan: internet frauds of nine months of 2023, internet-fraud damage of 2023 with three
    # schemes, each without a sentence that overlapped data/figures.csv; three on Russia: Tatarstan
    # since the start of a year, Tatarstan's digital crimes and fraud losses of 2025, Russia's
    # cybercrime damage in the first months of 2023), one single case, two Kazakh passages (Cyrillic,
    # both without a fraud figure), one Uzbek outlet (no figure), three passages without a fraud
    # figure, no Bank of Russia review, no KG or BY passage
    "evaluation_48": (
        14,
        14,
        2,
        {"KZ", "RU", "UZ"},
        4,
        5,
        {"cases_total": 3, "damage_total": 4, "cases_scheme": 3, "single_case_loss": 1},
    ),
    # asked: 10-25 passages from 10+ new outlets, police/prosecutor/administration releases with a
    # region's, city's or district's own statistics of internet, phone and remote fraud (Kazakhstan
    # first, then KG, UZ, BY, RU), 8+ with aggregates (aim 10), 2+ Kazakh passages (Cyrillic), a
    # single case, at most two passages without a fraud figure, no Bank of Russia operations review;
    # found 12 from 11 outlets: 5 with case or damage aggregates (all Russian: Chistopol since the start
    # of a year, Yaroslavl region 2025, Arkhangelsk region 2020 and early 2021, a Pskov roundup, Nizhny
    # Novgorod region in seven days), one single case (Dzerzhinsk), one Kazakh passage (Cyrillic,
    # without a fraud figure), one Belarusian outlet (no figure), two passages without a fraud figure,
    # no Bank of Russia review, no KG or UZ passage and no Kazakhstan aggregate
    "evaluation_49": (
        12,
        11,
        1,
        {"KZ", "RU", "BY"},
        1,
        5,
        {"cases_total": 2, "damage_total": 6, "single_case_loss": 1},
    ),
    # asked: 10-25 passages from 10+ new outlets, a region's, city's, district's or country's own
    # statistics of internet, phone, remote or cyber fraud in a genre other than a plain police release
    # (Kazakhstan first, then KG, UZ, BY, RU), 8+ with aggregates (aim 10), 2+ Kazakh passages
    # (Cyrillic), a single case, at most two passages without a fraud figure, no Bank of Russia
    # operations review; found 16 from 16 outlets: 7 with case or damage aggregates (two from
    # Kazakhstan: Shymkent's losses in ten months told at a children's outreach event, Kostanay region's
    # cybercrimes and damage told at a probation meeting; five Russian: a Yaroslavl prosecutors'
    # meeting, the head of Bashkortostan on a direct line, a Tula police chiefs' meeting, Tambov region,
    # Zabaykalsky krai with district sub-totals), one single case (a Lipetsk schoolboy, told by the
    # governor), one Kazakh passage (Cyrillic, without a fraud figure), two passages without a fraud
    # figure, no Bank of Russia review, no KG, UZ or BY passage
    "evaluation_50": (
        16,
        16,
        1,
        {"KZ", "RU"},
        3,
        7,
        {"cases_total": 12, "cases_scheme": 1, "damage_total": 5, "single_case_loss": 1},
    ),
    # asked: 10-25 passages from 10+ new outlets in which a place's aggregate fraud figures (registered
    # cases, total damage) sit beside numbers that are not aggregates (money returned, blocked,
    # prevented, seized, fines; victims, suspects, solved cases, cases sent to court, calls, blocked
    # cards or sites; one victim's loss), Kazakhstan first, then KG, UZ, BY, RU; 8+ with aggregates (aim
    # 10), 2+ Kazakh passages (Cyrillic), a single case, at most two passages without a fraud figure, no
    # Bank of Russia operations review; found 11 from 11 outlets, nearly all Russian: only 2 with
    # aggregates (a law firm's note on phone fraudsters' 4 bn roubles in the third quarter of 2022 beside
    # shares; a Ryazan site's "about 200 bn" cyber damage told beside the prosecutors' suits against
    # droppers), 3 single cases (a Murmansk man's 16 thousand, a lawyer's client's 1.2 million credit,
    # a Rostov SIM-bank group's 25 million beside seized SIM cards, calls and 44 cases), 4 with other
    # counts only (Moscow prosecutors' suits against droppers; a SIM-box ring's members and detainees;
    # two ransomware victim counts), one Kazakh passage (an embezzlement, without a fraud figure), two
    # passages without a fraud figure, no Bank of Russia review, no KG, UZ or BY passage
    "evaluation_51": (
        11,
        11,
        1,
        {"KZ", "RU"},
        1,
        2,
        {"damage_total": 2, "single_case_loss": 3},
    ),
    # asked: 10-25 passages from 10+ new outlets in genres other than news and police releases in
    # which internet-fraud statistics are told (academic and student texts, law-school journals,
    # analytical and NGO reports, bank, regulator and telecom pages, parliamentary and council
    # speeches and minutes, programme documents, library or school pages, interviews), Kazakhstan
    # first, then KG, UZ, BY, RU; 8+ with case or damage aggregates (aim 10+), 2+ Kazakh passages
    # (Cyrillic), a single case, at most two passages without a fraud figure, no Bank of Russia
    # operations review; found 10 from 10 outlets, nearly all Russian: only 3 with aggregates (a
    # Mazhilis deputy's request quoting 95.8 bn tenge of fraud damage in 2022; a State Duma expert
    # council's "more than 170 bn" roubles of cyber damage; an FRII, Microsoft and Group-IB study's
    # 203.3 bn roubles of cyber damage to business in 2015), 3 with growth factors and shares only
    # (an interview and a financial-literacy page on the Investigative Committee's twentyfold rise
    # of cybercrime; a Rostov police report for Duma deputies), 2 single cases (an elderly woman's
    # fraudulent 1 million rouble credit on a lawyer's blog and a Samara news site), 2 without a
    # fraud figure (an analytical page on the 2015 survey; a Kazakh public-council meeting, the one
    # Kazakh passage, without numbers), no Bank of Russia review, no KG, UZ or BY passage
    "evaluation_52": (
        10,
        10,
        1,
        {"KZ", "RU"},
        2,
        3,
        {"damage_total": 3, "single_case_loss": 2},
    ),
    # asked: a held-out set drawn by page (new pages, mostly of outlets already in the corpus, each
    # passage naming its split), 25-35 passages from 15+ outlets, at most two per outlet, 18+ with
    # case or damage aggregates, 6+ Kazakh (Cyrillic), 15+ from Kazakhstan, a KG, UZ, BY or RU
    # passage, 2+ single cases, a passage without a fraud figure, no Bank of Russia operations
    # review; found 33 passages on 23 known outlets (no new outlet), 7 Kazakh, 16 from Kazakhstan
    # and 14 from Russia, one each from Kyrgyzstan, Uzbekistan and Belarus, 18 with aggregates
    # (regional, city, weekly and daily police and prosecutor statistics; a Kazakh financial-pyramid
    # series), 7 single cases, one passage without a fraud figure, no Bank of Russia review
    "evaluation_53": (
        33,
        23,
        7,
        {"KZ", "RU", "KG", "UZ", "BY"},
        16,
        18,
        {"cases_total": 20, "damage_total": 25, "single_case_loss": 11},
    ),
    # asked: a held-out set drawn by page like round 53's (new pages, mostly of outlets already in
    # the corpus, each passage naming its split), 25-35 passages from 15+ outlets, at most two per
    # outlet, 18+ with case or damage aggregates, 5+ Kazakh (Cyrillic), 12+ from Kazakhstan, a KG,
    # UZ, BY or RU passage, 2+ single cases, a passage without a fraud figure, no Bank of Russia
    # operations review; found 28 passages on 23 known outlets (no new outlet), 6 Kazakh, 13 from
    # Kazakhstan, 13 from Russia and 2 from Belarus (no KG or UZ outlet), 18 with aggregates
    # (regional, city and weekly police and prosecutor statistics, a Kazakh financial-pyramid count,
    # Russian and worldwide cyber-damage totals), 6 single cases, one passage without a fraud
    # figure, no Bank of Russia review
    "evaluation_54": (
        28,
        23,
        6,
        {"KZ", "RU", "BY"},
        13,
        18,
        {"cases_total": 17, "damage_total": 18, "victims": 12},
    ),
    # asked: a held-out set drawn by page like rounds 53 and 54 (new pages, mostly of outlets
    # already in the corpus, new outlets welcome), 20-30 passages from 12+ outlets, at most two
    # per outlet, 14+ with case or damage aggregates, 4+ Kazakh (Cyrillic), 10+ from Kazakhstan, a
    # KG, UZ, BY or RU passage, 2+ single cases, a passage without a fraud figure, no Bank of
    # Russia operations review; found 27 passages on 20 outlets (19 known, one new: arasha.kz), 5
    # Kazakh, 12 from Kazakhstan, 13 from Russia and 2 from Belarus (no KG or UZ outlet), 16 with
    # aggregates (regional, city and weekly police and prosecutor statistics, national cybercrime
    # counts, financial-pyramid totals), 7 single cases, one passage without a fraud figure, no
    # Bank of Russia review
    "evaluation_55": (
        27,
        20,
        5,
        {"KZ", "RU", "BY"},
        12,
        16,
        {"cases_total": 14, "damage_total": 15, "single_case_loss": 14},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 55 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), 20-30 passages from 12+ outlets, at most two per outlet,
    # 14+ with case or damage aggregates, 4+ Kazakh (Cyrillic), 10+ from Kazakhstan, a KG, UZ, BY or
    # RU passage, 2+ single cases, a passage without a fraud figure, no Bank of Russia operations
    # review; found 26 passages on 20 outlets (all known, no new outlet), 5 Kazakh, 10 from
    # Kazakhstan and 16 from Russia (no KG, UZ or BY outlet), 15 with aggregates (regional, city,
    # weekly and daily police and prosecutor statistics, national IT-crime counts), 5 single cases,
    # one passage without a fraud figure, no Bank of Russia review
    "evaluation_56": (
        26,
        20,
        5,
        {"KZ", "RU"},
        10,
        15,
        {"cases_total": 22, "damage_total": 16, "single_case_loss": 11},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 56 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), 20-30 passages from 12+ outlets, at most two per outlet,
    # 12+ with case or damage aggregates, 4+ Kazakh (Cyrillic), 6+ from Kazakhstan, a KG, UZ, BY or
    # RU passage, 2+ single cases, a passage without a fraud figure, no Bank of Russia operations
    # review; found 22 passages on 18 outlets (17 known, one new: kazaknews.kz), 5 Kazakh, 9 from
    # Kazakhstan, 11 from Russia, one from Belarus and one from Kyrgyzstan (no UZ outlet), 13 with
    # aggregates (weekly, monthly and yearly regional police and prosecutor statistics, city
    # cybercrime counts, financial-pyramid totals), 2 single cases, one passage without a fraud
    # figure, no Bank of Russia review
    "evaluation_57": (
        22,
        18,
        5,
        {"KZ", "RU", "BY", "KG"},
        9,
        13,
        {"damage_total": 16, "victims": 17, "single_case_loss": 8},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 57 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), 18-30 passages from 12+ outlets, at most two per outlet,
    # 10+ with case or damage aggregates, 4+ Kazakh (Cyrillic), 6+ from Kazakhstan, a KG, UZ, BY or
    # RU passage, 2+ single cases, a passage without a fraud figure, no Bank of Russia operations
    # review; found 23 passages on 19 outlets (18 known, one new: vtinform.com), 5 Kazakh, 6 from
    # Kazakhstan, 14 from Russia and 3 from Belarus (no KG or UZ outlet), 12 with aggregates
    # (weekly, monthly and yearly regional and city police and prosecutor statistics, city and
    # district cybercrime counts), 4 single cases, one passage without a fraud figure, no Bank of
    # Russia review
    "evaluation_58": (
        23,
        19,
        5,
        {"KZ", "RU", "BY"},
        6,
        12,
        {"cases_total": 10, "damage_total": 10, "single_case_loss": 12},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 58 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), 18-30 passages from 12+ outlets, at most two per outlet,
    # 10+ with case or damage aggregates, 4+ Kazakh (Cyrillic), 6+ from Kazakhstan, a KG, UZ, BY or
    # RU passage, 2+ single cases, a passage without a fraud figure, no Bank of Russia operations
    # review; found 26 passages on 21 outlets (all already in the corpus, no new outlet), 4 Kazakh,
    # only 4 from Kazakhstan (target missed: nearly every Kazakhstan statistics page returned was
    # already in the corpus) and 22 from Russian outlets (one an Uzbek story, no KG, UZ or BY
    # outlet), 12 with aggregates (weekly, monthly and yearly regional and city police and
    # prosecutor statistics, regional cybercrime counts), 5 single cases, one passage without a
    # fraud figure, no Bank of Russia review
    "evaluation_59": (
        26,
        21,
        4,
        {"KZ", "RU"},
        4,
        12,
        {"damage_total": 11, "single_case_loss": 11, "cases_total": 5},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 59 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), about half the searching on Kazakhstan, 18-30 passages
    # from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates, 4+ Kazakh
    # (Cyrillic), 6+ from Kazakhstan, a KG, UZ, BY or RU passage, 2+ single cases, a passage without
    # a fraud figure, no Bank of Russia operations review; found 21 passages on 18 outlets (17
    # already in the corpus, one new: rim.media), only 2 Kazakh and only 2 from Kazakhstan (both
    # targets missed: nearly every Kazakhstan page the search returned was already in the corpus),
    # 3 from Belarus and 16 from Russian outlets (no KG or UZ outlet), 11 with aggregates (weekly,
    # monthly and yearly regional, city and district police and prosecutor statistics, national and
    # regional cybercrime counts), 4 single cases, one passage without a fraud figure, no Bank of
    # Russia review
    "evaluation_60": (
        21,
        18,
        2,
        {"KZ", "RU", "BY"},
        2,
        11,
        {"cases_total": 14, "damage_total": 7, "single_case_loss": 8},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 60 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), a quarter of the searching on Kazakhstan (Kazakh-language
    # and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30 passages from
    # 12+ outlets, at most two per outlet, 10+ with case or damage aggregates, 4+ Kazakh (Cyrillic)
    # and 6+ from Kazakhstan (wishes this round), a KG, UZ, BY or RU passage, 2+ single cases, a
    # passage without a fraud figure, no Bank of Russia operations review; found 19 passages on 16
    # outlets (15 already in the corpus, one new: samaratoday.ru), only 1 Kazakh and 1 from
    # Kazakhstan (a passage without a fraud figure; targets missed: every Kazakhstan page with a
    # fraud figure that the search returned was already in the corpus), 2 from Belarus and 16 from
    # Russian outlets (no KG or UZ outlet), only 8 with aggregates (target 10 missed: most new
    # statistics pages failed the overlap check), 2 single cases, two passages without a fraud
    # figure, no Bank of Russia review
    "evaluation_61": (
        19,
        16,
        1,
        {"KZ", "RU", "BY"},
        1,
        8,
        {"cases_total": 8, "damage_total": 7, "single_case_loss": 4},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 61 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), a quarter of the searching on Kazakhstan (Kazakh-language
    # and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30 passages from
    # 12+ outlets, at most two per outlet, 10+ with case or damage aggregates, 4+ Kazakh (Cyrillic)
    # and 6+ from Kazakhstan (wishes this round), a KG, UZ, BY or RU passage, 2+ single cases, a
    # passage without a fraud figure, no Bank of Russia operations review; found 18 passages on 16
    # outlets (all already in the corpus, no new outlet), only 1 Kazakh and 1 from Kazakhstan (a
    # passage without a fraud figure; wishes missed: every Kazakhstan page with a fraud figure that
    # the search returned was already in the corpus), 2 from Belarus and 15 from Russian outlets (no
    # KG or UZ outlet), only 8 with aggregates (target 10 missed: many new statistics pages failed the
    # overlap check), 2 single cases (plus 3 mixed passages with single losses), two passages without
    # a fraud figure, no Bank of Russia review
    "evaluation_62": (
        18,
        16,
        1,
        {"KZ", "RU", "BY"},
        1,
        8,
        {"damage_total": 8, "single_case_loss": 8, "cases_total": 6},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 62 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), a quarter of the searching on Kazakhstan (Kazakh-language
    # and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30 passages from
    # 12+ outlets, at most two per outlet, 10+ with case or damage aggregates, 4+ Kazakh (Cyrillic)
    # and 6+ from Kazakhstan (wishes this round), a KG, UZ, BY or RU passage, 2+ single cases, a
    # passage without a fraud figure, no Bank of Russia operations review; found 20 passages on 16
    # outlets (14 already in the corpus, 2 new: kriminal78.ru and obltv.ru), 2 Kazakh (one from a
    # Kazakhstan outlet, one on a Russian video site) and only 1 from Kazakhstan (wishes missed: nearly
    # every Kazakhstan page with a fraud figure that the search returned was already in the corpus or
    # failed the overlap check), 1 from Kyrgyzstan (without a fraud figure), 1 from Belarus and 17 from
    # Russian outlets, 14 with aggregates, 2 single cases (plus 5 mixed passages), two passages
    # without a fraud figure, no Bank of Russia review
    "evaluation_63": (
        20,
        16,
        2,
        {"KZ", "KG", "RU", "BY"},
        1,
        14,
        {"damage_total": 17, "cases_total": 11, "victims": 12, "single_case_loss": 7},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 63 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), a quarter of the searching on Kazakhstan (Kazakh-language
    # and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30 passages from
    # 12+ outlets, at most two per outlet, 10+ with case or damage aggregates, 4+ Kazakh (Cyrillic)
    # and 6+ from Kazakhstan (wishes this round), a KG, UZ, BY or RU passage, 2+ single cases, a
    # passage without a fraud figure, no Bank of Russia operations review; found 27 passages on 25
    # outlets (23 already in the corpus, 2 new: telegraf.news and primepress.info), 7 Kazakh and 7
    # from Kazakhstan (all Kazakh; mostly without a fraud figure or with counts only: nearly every
    # Kazakhstan statistics page the search returned was already in the corpus), 5 from Belarusian
    # and 15 from Russian outlets (no KG or UZ page passed), only 8 with aggregates (target 10
    # missed: most new statistics pages failed the overlap check on stock phrases or shared
    # numbers), 2 single cases (one without a loss figure), 11 passages without a fraud figure, no
    # Bank of Russia review
    "evaluation_64": (
        27,
        25,
        7,
        {"KZ", "RU", "BY"},
        7,
        8,
        {"damage_total": 7, "cases_total": 4, "percent": 17},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 64 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 19 passages on 16 outlets (15 already in the corpus, 1 new:
    # bogoroditskievesti.ru), only 1 Kazakh and 2 from Kazakhstan (wishes missed: nearly every
    # Kazakhstan page the search returned was already in the corpus), 2 from Belarusian and 15 from
    # Russian outlets (no KG or UZ page qualified), 10 with aggregates, 3 single cases (plus 2 mixed
    # passages), 2 passages without a fraud figure, no Bank of Russia review
    "evaluation_65": (
        19,
        16,
        1,
        {"KZ", "RU", "BY"},
        2,
        10,
        {"cases_total": 8, "damage_total": 7, "single_case_loss": 6},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 65 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 23 passages on 20 outlets (15 already in the corpus, 5 new:
    # pressa53.ru, mosvedomosti.ru, ulanmedia.ru, mamontovo22.ru and uralpolit.ru), only 2 Kazakh and
    # 2 from Kazakhstan (wishes missed: every Kazakhstan statistics page the search returned was
    # already in the corpus), 1 from a Belarusian and 20 from Russian outlets (Kyrgyzstan and
    # Uzbekistan were not searched: the brief sent the rest of the searching to Belarus and Russian
    # regions), 12 with aggregates, 5 single cases (plus 6 mixed passages), 2 passages without a
    # fraud figure, no Bank of Russia review
    "evaluation_66": (
        23,
        20,
        2,
        {"KZ", "RU", "BY"},
        2,
        12,
        {"damage_total": 14, "cases_total": 7, "single_case_loss": 20, "victims": 8},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 66 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 26 passages on 22 outlets (all already in the corpus, no new outlet),
    # only 3 Kazakh and 4 from Kazakhstan (wishes missed: nearly every Kazakhstan page the search
    # returned was already in the corpus), 1 from a Belarusian and 21 from Russian outlets (the one
    # Kyrgyzstan and one Uzbekistan look-up found no new qualifying page with a figure), 11 with
    # aggregates, 7 single cases (plus 5 mixed passages), 2 passages without a fraud figure, no Bank of
    # Russia review
    "evaluation_67": (
        26,
        22,
        3,
        {"KZ", "RU", "BY"},
        4,
        11,
        {"damage_total": 10, "cases_total": 10, "cases_scheme": 6, "single_case_loss": 14},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 67 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 18 passages on 16 outlets (15 already in the corpus, one new:
    # legalacademy.ru), only 1 Kazakh and 2 from Kazakhstan (wishes missed: nearly every Kazakhstan
    # page the search returned was already in the corpus), 1 from a Belarusian and 15 from Russian
    # outlets (the one Kyrgyzstan and one Uzbekistan look-up found no new qualifying page), only 8 with
    # aggregates (target of 10 missed: most statistics pages returned were known or failed the overlap
    # check), 2 single cases (plus 5 mixed passages), 2 passages without a fraud figure, no Bank of
    # Russia review
    "evaluation_68": (
        18,
        16,
        1,
        {"KZ", "RU", "BY"},
        2,
        8,
        {"damage_total": 9, "cases_total": 3, "victims": 9, "single_case_loss": 7},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 68 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 20 passages on 17 outlets (15 already in the corpus, two new:
    # tvsamara.ru and yamal-news.net), only 1 Kazakh and 1 from Kazakhstan (wishes missed: nearly every
    # Kazakhstan page the search returned was already in the corpus), 19 from Russian outlets (no new
    # qualifying Belarusian, Kyrgyz or Uzbek page was found), only 9 with aggregates (target of 10
    # missed: most statistics pages returned were known or failed the overlap check), 3 single cases
    # (plus 3 mixed passages), 2 passages without a fraud figure, no Bank of Russia review
    "evaluation_69": (
        20,
        17,
        1,
        {"KZ", "RU"},
        1,
        9,
        {"damage_total": 8, "cases_total": 6, "victims": 7, "single_case_loss": 20},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 69 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 23 passages on 21 outlets (17 already in the corpus, four new:
    # tatarstan24.tv, bankiros.ru, wm-rb.net and finance.mail.ru), 2 Kazakh and 2 from Kazakhstan
    # (wishes missed: nearly every Kazakhstan page the search returned was already in the corpus), 21
    # from Russian outlets (no new qualifying Belarusian, Kyrgyz or Uzbek page was found), 13 with
    # aggregates (target met), 2 single cases (plus 4 mixed passages), 2 passages without a fraud
    # figure, no Bank of Russia review
    "evaluation_70": (
        23,
        21,
        2,
        {"KZ", "RU"},
        2,
        13,
        {"damage_total": 13, "cases_total": 11, "single_case_loss": 7, "percent": 25},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 70 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 24 passages on 22 outlets (20 already in the corpus, two new:
    # totdom.com and geoktb.ru), only 1 Kazakh and 1 from Kazakhstan (wishes missed: nearly every
    # Kazakhstan statistics page the search returned was already in the corpus; the Kazakhstan share
    # of the look-ups rose to 16 of 58 to find the one Kazakh passage), 1 from a Belarusian outlet
    # (news.by), 22 from Russian outlets (no new qualifying Kyrgyz or Uzbek page was found), 10 with
    # aggregates (target met), 3 single cases (plus 3 mixed passages), 2 passages without a fraud
    # figure, no Bank of Russia review
    "evaluation_71": (
        24,
        22,
        1,
        {"KZ", "RU", "BY"},
        1,
        10,
        {"damage_total": 14, "cases_total": 12, "single_case_loss": 4, "percent": 20},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 71 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 22 passages on 20 outlets (17 already in the corpus, three new:
    # kbpravda.ru, inkazan.ru and prokrzn.ru), only 1 Kazakh and 1 from Kazakhstan (wishes missed:
    # nearly every Kazakhstan page the search returned was already in the corpus, the two new Kazakh
    # pages with figures failed the overlap check; the one Kazakh passage is a third page without a
    # fraud figure, taken so that the set has both languages; the Kazakhstan share of the look-ups was
    # 21 of 81), 2 from Belarusian outlets (news.by, belta.by), 19 from Russian outlets (no new
    # qualifying Kyrgyz or Uzbek page was found), 11 with aggregates (target met), 2 single cases (plus
    # 2 mixed passages), 3 passages without a fraud figure, no Bank of Russia review
    "evaluation_72": (
        22,
        20,
        1,
        {"KZ", "RU", "BY"},
        1,
        11,
        {"damage_total": 6, "cases_total": 10, "single_case_loss": 4, "percent": 16, "victims": 6},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 72 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 18 passages on 16 outlets (13 already in the corpus, three new:
    # taurica.net, neperm.ru and pulse19.ru), only 1 Kazakh and 3 from Kazakhstan outlets (wishes
    # missed: nearly every Kazakhstan page the search returned was already in the corpus; the one
    # Kazakh passage is a third page without a fraud figure, taken so that the set has both languages;
    # the Kazakhstan share of the look-ups was 14 of 64), 15 from Russian outlets (no new qualifying
    # Belarusian, Kyrgyz or Uzbek outlet page was found), only 6 with aggregates (target missed: most
    # new statistics pages failed the overlap check), 2 single cases, 3 passages without a fraud
    # figure, no Bank of Russia review
    "evaluation_73": (
        18,
        16,
        1,
        {"KZ", "RU"},
        3,
        6,
        {"damage_total": 7, "cases_total": 6, "single_case_loss": 3, "percent": 14, "victims": 2},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 73 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 21 passages on 19 outlets (16 already in the corpus, three new: sev.tv,
    # pln24.ru and kemerovo-news.net), only 2 Kazakh and 2 from Kazakhstan outlets (wishes missed:
    # nearly every Kazakhstan page the search returned was already in the corpus; the two Kazakh
    # passages are the two pages without a fraud figure; the Kazakhstan share of the look-ups was 14
    # of 66), 1 from a Belarusian outlet (budakosh.by), 18 from Russian outlets (no qualifying
    # Kyrgyz or Uzbek page was found), 11 with aggregates (target met), 3 single cases (plus 1 mixed
    # passage), 2 passages without a fraud figure, no Bank of Russia review
    "evaluation_74": (
        21,
        19,
        2,
        {"KZ", "RU", "BY"},
        2,
        11,
        {
            "damage_total": 13,
            "cases_total": 4,
            "cases_scheme": 6,
            "damage_scheme": 4,
            "single_case_loss": 4,
            "percent": 19,
            "victims": 12,
        },
    ),
    # asked: a held-out set drawn by page like rounds 53 to 74 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found 27 passages on 24 outlets (18 already in the corpus, six new:
    # prikubanskieogni.ru, tkgorod.ru, gomel-sat.bz, chinalogist.ru, biang.ru and elitetrader.ru), only
    # 1 Kazakh and 3 from Kazakhstan outlets (wishes missed: every Kazakhstan statistics page the search
    # returned was already in the corpus; the Kazakhstan share of the look-ups was 15 of 45, over the
    # quarter), 1 from a Belarusian outlet (gomel-sat.bz), 23 from Russian outlets (no qualifying
    # Kyrgyz or Uzbek page was found), 12 with aggregates (target met), 2 single cases (plus 1 mixed
    # passage), 2 passages without a fraud figure, no Bank of Russia review
    "evaluation_75": (
        27,
        24,
        1,
        {"KZ", "RU", "BY"},
        3,
        12,
        {
            "damage_total": 13,
            "cases_total": 2,
            "cases_scheme": 3,
            "damage_scheme": 2,
            "single_case_loss": 3,
            "percent": 47,
            "suspects": 7,
        },
    ),
    # asked: a held-out set drawn by page like rounds 53 to 75 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found only 12 passages on 11 outlets, all already in the corpus (no new
    # outlet gave a qualifying passage; size targets missed: nearly every page the search returned
    # was already in the corpus, and most new statistics pages failed the overlap check), 4 Kazakh
    # (wish met) and 5 from Kazakhstan outlets (wish missed by one; the Kazakhstan share of the
    # look-ups was 31 of 79, over the quarter), 7 from Russian outlets (no qualifying Belarusian,
    # Kyrgyz or Uzbek page was found), only 4 with aggregates (target missed), 3 single cases (plus 1
    # mixed passage), 2 passages without a fraud figure, no Bank of Russia review
    "evaluation_76": (
        12,
        11,
        4,
        {"KZ", "RU"},
        5,
        4,
        {"damage_total": 3, "cases_total": 4, "single_case_loss": 4, "percent": 13, "suspects": 2},
    ),
    # asked: a held-out set drawn by page like rounds 53 to 76 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review; found only 15 passages on 14 outlets, all already in the corpus (no new
    # outlet gave a qualifying passage; size target missed: nearly every page the search returned was
    # already in the corpus, and 25 new candidates failed the overlap check), 1 Kazakh and 2
    # from Kazakhstan outlets (both wishes missed; the Kazakhstan share of the look-ups was 30 of 109,
    # a little over the quarter), 13 from Russian outlets (no qualifying Belarusian, Kyrgyz or Uzbek
    # page was found), only 5 with aggregates (target missed), 2 single cases (plus 1 mixed passage),
    # 2 passages without a fraud figure, no Bank of Russia review
    "evaluation_77": (
        15,
        14,
        1,
        {"KZ", "RU"},
        2,
        5,
        {
            "damage_total": 6,
            "cases_total": 2,
            "single_case_loss": 3,
            "prevented": 6,
            "percent": 9,
            "suspects": 1,
        },
    ),
    # asked: a held-out set drawn by page like rounds 53 to 77 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases, one or two passages without a fraud figure (then skip them), no Bank of Russia
    # operations review, at most one bank anti-fraud release; found only 16 passages (size target
    # missed: nearly every page the search returned was already in the corpus, and 21 new candidates
    # failed the overlap check) on 15 outlets, 10 already in the corpus and 5 new (kursk-news.net,
    # tversocium.ru, vesti53.com, silkway.news, qazaqparat.kz), 1 Kazakh and 1 from a Kazakhstan outlet
    # (both wishes missed; the Kazakhstan share of the look-ups was 31 of 95, over the quarter, six of
    # them spent to find the one Kazakh passage the split check needs, which has no fraud figure and
    # is a third passage without one), 1 from Belarus, 14 from Russia (no qualifying Kyrgyz or Uzbek
    # page was found), only 9 with aggregates (target missed by one), 2 single cases (one event told
    # by two outlets; plus 3 mixed passages), 3 passages without a fraud figure, no Bank of Russia
    # review, no bank anti-fraud release
    "evaluation_78": (
        16,
        15,
        1,
        {"BY", "KZ", "RU"},
        1,
        9,
        {
            "damage_total": 9,
            "cases_total": 8,
            "single_case_loss": 9,
            "victims": 3,
            "percent": 14,
        },
    ),
    # asked: a held-out set drawn by page like rounds 53 to 78 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases and one or two passages without a fraud figure (then skip both kinds), no Bank of
    # Russia operations review, at most one bank anti-fraud release; found only 16 passages (size
    # target missed: nearly every page the search returned was already in the corpus, and 22 new
    # candidates failed the overlap check) on 16 outlets, 12 already in the corpus and 4 new
    # (newsmosreg.ru, trk-bratsk.tv, voronezh-news.ru, krasnoyarsk-news.ru), 1 Kazakh and 1 from a
    # Kazakhstan outlet (both wishes missed; 17 of the 91 look-ups went to Kazakhstan), 15 from Russia
    # (no qualifying Belarusian, Kyrgyz or Uzbek page was found), only 6 with aggregates (target
    # missed), 2 single cases (plus 2 mixed passages), 2 passages without a fraud figure, no Bank of
    # Russia review, one bank anti-fraud release (Sber, Rostov region)
    "evaluation_79": (
        16,
        16,
        1,
        {"KZ", "RU"},
        1,
        6,
        {
            "damage_total": 5,
            "cases_total": 2,
            "single_case_loss": 4,
            "victims": 7,
            "suspects": 3,
            "recovered": 2,
            "prevented": 1,
        },
    ),
    # asked: a held-out set drawn by page like rounds 53 to 79 (new pages, mostly of outlets already
    # in the corpus, new outlets welcome), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases and one or two passages without a fraud figure (then skip both kinds), no Bank of
    # Russia operations review, at most one bank anti-fraud release, one passage per event; found 18
    # passages on 16 outlets, 13 already in the corpus and 3 new (zpravda.ru, gorodnews.ru,
    # koryazhma-poisk.ru), 2 Kazakh and 2 from Kazakhstan outlets (both wishes missed; 18 of the 94
    # look-ups went to Kazakhstan, nearly every Kazakhstan page returned was already in the corpus), 16
    # from Russia (no qualifying Belarusian, Kyrgyz or Uzbek page was found), 11 with aggregates
    # (target met), 2 single cases (plus 1 mixed passage), 2 passages without a fraud figure, no Bank
    # of Russia review, one bank anti-fraud release (Sber, Volga-Vyatka bank)
    "evaluation_80": (
        18,
        16,
        2,
        {"KZ", "RU"},
        2,
        11,
        {
            "damage_total": 9,
            "cases_total": 6,
            "single_case_loss": 4,
            "victims": 3,
            "solved": 1,
            "prevented": 1,
        },
    ),
    # Round 81 (held out by page: new pages of known outlets, new outlets welcome): asked for new pages
    # (most outlets already in the corpus), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases and one or two passages without a fraud figure (then skip both kinds), no Bank of
    # Russia operations review, at most one bank anti-fraud release, one passage per event; found 17
    # passages (one short of the range) on 17 outlets, 15 already in the corpus and 2 new (45region.net,
    # val-zvezda31.ru), 3 Kazakh and 3 from Kazakhstan outlets (both wishes missed; 14 of the 74
    # look-ups went to Kazakhstan, nearly every Kazakhstan page returned was already in the corpus), 1
    # from Belarus (ont.by) and 13 from Russia (no qualifying Kyrgyz or Uzbek page), 10 with aggregates
    # (target met), 2 single cases (plus 1 mixed passage), 2 passages without a fraud figure, no Bank of
    # Russia review, no bank anti-fraud release
    "evaluation_81": (
        17,
        17,
        3,
        {"KZ", "RU", "BY"},
        3,
        10,
        {
            "cases_total": 9,
            "damage_total": 7,
            "single_case_loss": 5,
            "suspects": 5,
            "victims": 3,
            "cases_scheme": 2,
            "damage_scheme": 2,
            "solved": 2,
            "sent_to_court": 1,
        },
    ),
    # Round 82 (held out by page: new pages of known outlets, new outlets welcome): asked for new pages
    # (most outlets already in the corpus), at most a quarter of the searching on Kazakhstan
    # (Kazakh-language and district-paper queries, 2019-2026), then Belarus and Russian regions, 18-30
    # passages from 12+ outlets, at most two per outlet, 10+ with case or damage aggregates (the
    # priority), 4+ Kazakh (Cyrillic) and 6+ from Kazakhstan (wishes), a KG, UZ, BY or RU passage, 2+
    # single cases and one or two passages without a fraud figure (then skip both kinds), one passage
    # per event; found 14 passages (four short of the range) on 12 outlets, 11 already in the corpus
    # and 1 new (pravdaurfo.ru), 1 Kazakh and 1 from Kazakhstan (both wishes missed; about 40 of some
    # 140 look-ups, a little over a quarter, went to Kazakhstan and nearly every Kazakhstan page
    # returned was already in the corpus), 1 from Belarus (novaya.by) and 12 from Russia (no
    # qualifying Kyrgyz or Uzbek page), 9 with aggregates (one short of the target), 1 single case
    # (plus 1 mixed passage, short of the 2), 3 passages without a fraud figure (the third, Kazakh,
    # kept because it is the split's only Kazakh passage and each split needs one)
    "evaluation_82": (
        14,
        12,
        1,
        {"KZ", "RU", "BY"},
        1,
        9,
        {
            "cases_total": 9,
            "damage_total": 7,
            "victims": 3,
            "single_case_loss": 2,
            "suspects": 1,
            "solved": 1,
        },
    ),
    # Round 83 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or
    # damage aggregates, a passage from Kyrgyzstan, Uzbekistan, Belarus or Russia, 2+ single cases, one
    # or two passages without a fraud figure, one passage per event, at most a quarter of the searching
    # on Kazakhstan, and wished for 4+ Kazakh passages and 6+ from Kazakhstan. Found, held out by page:
    # 13 passages from 11 outlets, all already in the corpus (no new outlet; short of 18 and of 12),
    # 1 Kazakh and 2 from Kazakhstan (baq.kz; both wishes missed, nearly every Kazakhstan page returned
    # was already in the corpus; about 21 of some 132 look-ups went to Kazakhstan), 4 from Belarus and
    # 7 from Russia (no qualifying Kyrgyz or Uzbek page), 6 with aggregates (four short of the target),
    # 2 single cases, 2 passages without a fraud figure
    "evaluation_83": (
        13,
        11,
        1,
        {"KZ", "RU", "BY"},
        2,
        6,
        {
            "cases_total": 6,
            "damage_total": 3,
            "cases_scheme": 2,
            "prevented": 3,
            "single_case_loss": 2,
            "suspects": 2,
            "recovered": 1,
            "victims": 1,
        },
    ),
    # Round 84 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or
    # damage aggregates, a passage from Kyrgyzstan, Uzbekistan, Belarus or Russia, 2+ single cases, one
    # or two passages without a fraud figure, one passage per event, at most one bank release, at most a
    # quarter of the searching on Kazakhstan, and wished for 4+ Kazakh passages and 6+ from Kazakhstan.
    # Found: 14 passages from 14 outlets (short of 18), 10 of them on new pages of outlets already in the
    # corpus and 4 from outlets new to it (great-income.ru, lentv24.ru, allcrimea.net, forbes.ru),
    # 1 Kazakh and 2 from Kazakhstan (inform.kz, lada.kz; both wishes missed, nearly every Kazakhstan page
    # returned was already in the corpus; about 23 of some 88 look-ups went to Kazakhstan), 12 from Russia
    # (no qualifying Belarusian, Kyrgyz or Uzbek page), 3 with aggregates (seven short of the target),
    # 2 single cases, 3 passages without a fraud figure (the third, Kazakh, kept because it is the split's
    # only Kazakh passage and each split needs one)
    "evaluation_84": (
        14,
        14,
        1,
        {"KZ", "RU"},
        2,
        3,
        {
            "cases_total": 2,
            "damage_total": 1,
            "single_case_loss": 4,
            "sent_to_court": 1,
            "percent": 17,
        },
    ),
    # Round 85 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or
    # damage aggregates (the priority, statistics of earlier years and of districts and cities first), a
    # passage from Kyrgyzstan, Uzbekistan, Belarus or Russia, 2+ single cases, one or two passages without a
    # fraud figure, one passage per event, at most one bank release, at most a quarter of the searching on
    # Kazakhstan, and wished for 4+ Kazakh passages and 6+ from Kazakhstan. Found: 14 passages from 14
    # outlets (short of 18), 9 of them on new pages of outlets already in the corpus and 5 from outlets new
    # to it (gig26.ru, gradm.ru, news-kuban.ru, bavly-tat.ru, pressreader.com), 1 Kazakh and 2 from
    # Kazakhstan (mgorod.kz, soltustikkaz.kz; both wishes missed, nearly every Kazakhstan page returned was
    # already in the corpus; about 28 of 96 look-ups went to Kazakhstan, a little over the quarter), 3 from
    # Belarus, 1 from Kyrgyzstan, 8 from Russia, 10 with case or damage aggregates (target met), 2 single
    # cases, 2 passages without a fraud figure (the Kyrgyz one and the Kazakh one)
    "evaluation_85": (
        14,
        14,
        1,
        {"BY", "KG", "KZ", "RU"},
        2,
        10,
        {
            "cases_total": 29,
            "damage_total": 16,
            "cases_scheme": 4,
            "single_case_loss": 5,
            "victims": 4,
            "prevented": 1,
            "suspects": 1,
            "antifraud_incidents": 1,
            "percent": 14,
        },
    ),
    # Round 86 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or
    # damage aggregates (the priority, statistics of earlier years and of districts and cities first), a
    # passage from Kyrgyzstan, Uzbekistan, Belarus or Russia, 2+ single cases, one or two passages without a
    # fraud figure, one passage per event, at most one bank release, at most a quarter of the searching on
    # Kazakhstan, and wished for 4+ Kazakh passages and 6+ from Kazakhstan. Found: 14 passages from 13
    # outlets (short of 18), 11 of them on new pages of 10 outlets already in the corpus and 3 from outlets
    # new to it (telecon-tv.ru, newsvostok.ru, nizhnekamsk-rt.ru), 1 Kazakh and 1 from Kazakhstan
    # (r-factor.kz; both wishes missed, nearly every Kazakhstan page returned was already in the corpus;
    # about 22 of about 106 look-ups went to Kazakhstan), 13 from Russian outlets (one on a Belarusian
    # figure), no outlet from Belarus, Kyrgyzstan or Uzbekistan, 9 with case or damage aggregates (one short
    # of 10), 2 single cases, 2 passages without a fraud figure, no bank release
    "evaluation_86": (
        14,
        13,
        1,
        {"KZ", "RU"},
        1,
        9,
        {
            "cases_total": 9,
            "damage_total": 3,
            "damage_scheme": 1,
            "single_case_loss": 5,
            "victims": 2,
            "percent": 13,
        },
    ),
    # Round 87 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or
    # damage aggregates (the priority, statistics of earlier years and of districts and cities first), a
    # passage from Kyrgyzstan, Uzbekistan, Belarus or Russia, 2+ single cases, one or two passages without a
    # fraud figure, one passage per event, at most one bank release, at most a quarter of the searching on
    # Kazakhstan, and wished for 4+ Kazakh passages and 6+ from Kazakhstan. Found: 10 passages from 10
    # outlets (short of 18 and of 12), 8 of them on new pages of 8 outlets already in the corpus and 2 from
    # outlets new to it (chita-news.ru, vesti-k.ru), 1 Kazakh (arka-azhary.kz, without a fraud figure, taken
    # beyond the no-figure limit because every split needs a Kazakh passage) and 3 from Kazakhstan (both
    # wishes missed; about 28 of about 125 look-ups went to Kazakhstan), 7 from Russian outlets, no outlet
    # from Belarus, Kyrgyzstan or Uzbekistan, 5 with case or damage aggregates (five short of 10), 2 single
    # cases, 3 passages without a fraud figure, no bank release
    "evaluation_87": (
        10,
        10,
        1,
        {"KZ", "RU"},
        3,
        5,
        {
            "cases_total": 4,
            "damage_total": 3,
            "single_case_loss": 2,
            "victims": 3,
            "suspects": 1,
            "percent": 7,
        },
    ),
    # Round 88 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or
    # damage aggregates (the priority, statistics of earlier years and of districts and cities first), a
    # passage from Kyrgyzstan, Uzbekistan, Belarus or Russia, 2+ single cases, one or two passages without a
    # fraud figure, one passage per event, at most one bank release, at most a quarter of the searching on
    # Kazakhstan, and wished for 4+ Kazakh passages and 6+ from Kazakhstan. Found: 11 passages from 11
    # outlets (short of 18 and of 12), 9 of them on new pages of 9 outlets already in the corpus and 2 from
    # outlets new to it (ng58.ru, yaroslavl-news.ru), 1 Kazakh and 1 from Kazakhstan (inform.kz, without a
    # fraud figure; both wishes missed, nearly every Kazakhstan page returned was already in the corpus and
    # the one new Kazakh page with a damage figure failed the overlap check; about 27 of about 150 look-ups
    # went to Kazakhstan), 1 from a Belarusian outlet (news.by, without a fraud figure), 9 from Russian
    # outlets (one on Belarusian figures), no outlet from Kyrgyzstan or Uzbekistan, 7 with case or damage
    # aggregates (three short of 10), 2 single cases, 2 passages without a fraud figure, no bank release
    "evaluation_88": (
        11,
        11,
        1,
        {"KZ", "RU", "BY"},
        1,
        7,
        {
            "cases_total": 3,
            "damage_total": 5,
            "damage_scheme": 2,
            "single_case_loss": 4,
            "victims": 1,
            "suspects": 1,
            "percent": 13,
        },
    ),
    # Round 89 asked for the same as round 88 (18-30 passages from 12+ outlets, at most two per outlet, 10+
    # with case or damage aggregates as the priority, a passage from Kyrgyzstan, Uzbekistan, Belarus or
    # Russia, 2+ single cases, one or two passages without a fraud figure, one passage per event, at most
    # one bank release, at most a quarter of the searching on Kazakhstan, and the wishes of 4+ Kazakh
    # passages and 6+ from Kazakhstan). Found: 9 passages from 9 outlets (short of 18 and of 12), 8 of them
    # on new pages of 8 outlets already in the corpus and 1 from an outlet new to it (mosregion.info), 1
    # Kazakh (egemen.kz, a single case) and 3 from Kazakhstan (kazpravda.kz and alau.kz without a fraud
    # figure; both wishes missed, nearly every Kazakhstan page returned was already in the corpus; about 16
    # of about 75 look-ups went to Kazakhstan), 1 from a Belarusian outlet (gov.by), 5 from Russian outlets,
    # no outlet from Kyrgyzstan or Uzbekistan, 5 with case or damage aggregates (five short of 10), 2 single
    # cases, 2 passages without a fraud figure, no bank release; about 20 candidates failed the overlap check
    "evaluation_89": (
        9,
        9,
        1,
        {"KZ", "RU", "BY"},
        3,
        5,
        {
            "cases_total": 6,
            "damage_total": 1,
            "single_case_loss": 3,
            "percent": 15,
        },
    ),
    # Round 90 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or damage
    # aggregates (district and city statistics, earlier years 2015-2021, weekly to quarterly summaries,
    # prosecutors' reviews, bank and regulator releases first), a few single cases, 2+ passages without a fraud
    # figure, one passage per event, and wished for 4+ Kazakh passages, 6+ from Kazakhstan and some from
    # Kyrgyzstan, Uzbekistan and Belarus. Found: 27 passages from 26 outlets, 22 of them on new pages of 21
    # outlets already in the corpus and 5 from outlets new to it (balasaguntimes.com, vechastana.kz, ushayka.ru,
    # record-cult.ru, vremya31.ru), 4 Kazakh and 7 from Kazakhstan (both wishes met; about 32 of 106 look-ups
    # went to Kazakhstan), 2 from Kyrgyzstan outlets (balasaguntimes.com on an Uzbek story, 24.kg without a
    # fraud figure), 1 from a Belarusian outlet (pravo.by, without a fraud figure), no outlet from Uzbekistan, 17
    # from Russian outlets (six of them Bank of Russia or Group-IB money statistics), 13 with case or damage
    # aggregates, 5 single cases, 5 passages without a fraud figure; 12 candidates failed the overlap check
    "evaluation_90": (
        27,
        26,
        4,
        {"KZ", "RU", "KG", "BY"},
        7,
        13,
        {
            "cases_total": 7,
            "damage_total": 12,
            "single_case_loss": 13,
            "recovered": 6,
            "suspects": 6,
            "victims": 4,
            "solved": 3,
            "percent": 17,
        },
    ),
    # Round 91 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or damage
    # aggregates (regional and district statistics, earlier years 2015-2021, weekly to quarterly summaries,
    # prosecutors' reviews, bank and regulator releases first), a few single cases, 2+ passages without a fraud
    # figure, one passage per event, and wished for 4+ Kazakh passages, 6+ from Kazakhstan and some from
    # Kyrgyzstan, Uzbekistan and Belarus. Found: 30 passages from 29 outlets, 19 of them on new pages of 18
    # outlets already in the corpus and 11 from outlets new to it (klichew.by, islam.kz, adm-nao.ru, telegra.ph,
    # qazcrypto.kz, bankhys.ru, nalatty.com, abn.agency, aex.ru, dom13.ru, uznews.uz), 5 Kazakh and 8 from
    # Kazakhstan (both wishes met), 2 from Belarusian outlets, 1 from an Uzbek outlet (uznews.uz), no outlet
    # from Kyrgyzstan, 19 from Russian outlets, 12 with case or damage aggregates (only two regional: Nenets
    # AO 2016 and Tatarstan January 2026; the others national or international, among them four money
    # statistics of analysts, experts and the Bank of Russia and two of insurance fraud), 5 single cases, 5
    # passages without a fraud figure; 6 candidates failed the overlap check
    "evaluation_91": (
        30,
        29,
        5,
        {"KZ", "RU", "BY", "UZ"},
        8,
        12,
        {
            "cases_total": 6,
            "damage_total": 13,
            "damage_scheme": 1,
            "single_case_loss": 6,
            "victims": 9,
            "suspects": 6,
            "prevented": 2,
            "antifraud_incidents": 2,
            "solved": 1,
            "percent": 26,
        },
    ),
    # Round 92 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or damage
    # aggregates (regional, city and district statistics first, Kazakhstan in Kazakh and Russian, Kyrgyzstan,
    # Uzbekistan, Belarus, Russian regions, older years 2015-2021, weekly to quarterly police summaries), a few
    # single cases, 2+ passages without a fraud figure, one passage per event, and wished for 4+ Kazakh passages,
    # 6+ from Kazakhstan and some from Kyrgyzstan, Uzbekistan and Belarus. Found: 18 passages from 16 outlets, 15
    # of them on new pages of 13 outlets already in the corpus and 3 from outlets new to it (nastroenie.tv,
    # crypto-novosti.ru, ruwest.ru), 6 Kazakh and 7 from Kazakhstan (both wishes met), 1 from a Kyrgyzstan outlet
    # (utrk.kg, without a fraud figure), no outlet from Uzbekistan or Belarus (one Belarusian story on
    # news.mail.ru), 10 from Russian outlets, 6 with case or damage aggregates (four short of 10; only one
    # regional: the Omsk prosecutor's IT-theft tally; the others national or international money statistics),
    # 8 single cases, 4 passages without a fraud figure; 6 candidates failed the overlap check
    "evaluation_92": (
        18,
        16,
        6,
        {"KZ", "RU", "KG"},
        7,
        6,
        {
            "cases_total": 4,
            "damage_total": 12,
            "single_case_loss": 5,
            "victims": 1,
            "suspects": 5,
            "solved": 1,
            "percent": 7,
        },
    ),
    # Round 93, a short round (about 30 minutes), asked for 10-15 passages (at most two per outlet), 5+ with case
    # or damage aggregates (regional, city and district police or prosecutor statistics first, Kazakhstan in
    # Kazakh and Russian, Kyrgyzstan, Uzbekistan, Belarus, Russian regions, older years 2015-2021), a few single
    # cases, 2+ passages without a fraud figure, one passage per event, and wished for 4+ Kazakh passages, 6+
    # from Kazakhstan and some from Kyrgyzstan, Uzbekistan and Belarus. Found: 8 passages from 8 outlets, 6 of
    # them on new pages of 6 outlets already in the corpus and 2 from outlets new to it (zianzori.ru,
    # xn--80ayif.xn--p1ai), 1 Kazakh and 2 from Kazakhstan (both wishes missed), no outlet from Kyrgyzstan,
    # Uzbekistan or Belarus, 6 from Russian outlets, 2 with case or damage aggregates (three short of 5: a
    # Karelian district prosecutor's 2018-2019 tally and the Moscow region prosecutor's nine-month figures),
    # 1 single case, 3 passages without a fraud figure, 2 with figures that are not damage; 2 candidates failed
    # the overlap check
    "evaluation_93": (
        8,
        8,
        1,
        {"KZ", "RU"},
        2,
        2,
        {
            "cases_total": 4,
            "damage_total": 2,
            "single_case_loss": 2,
            "victims": 1,
            "suspects": 1,
            "percent": 4,
        },
    ),
    # Round 94 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or damage
    # aggregates, 4+ in Kazakh (Cyrillic), 6+ from Kazakhstan outlets, 2+ without a fraud figure, single cases and
    # money that is not damage, one passage per event, and sent the search to district towns, specific periods,
    # older years and specific channels and schemes. Found in 60 look-ups: 22 passages from 21 outlets, 19 of them
    # on new pages of 18 outlets already in the corpus and 3 from outlets new to it (tribuna.club, sportmail.ru,
    # xn--90arfsrm.xn--p1ai), 5 Kazakh and 6 from Kazakhstan (both met), 1 from a Belarusian outlet, 15 from
    # Russian outlets, 3 with case or damage aggregates (seven short of 10: the national 2024 count of ICT fraud,
    # F6's FakeDate haul and Singapore loan-scam figures), 1 single case, 4 with figures that are not damage,
    # 14 without a fraud figure; 2 candidates failed the overlap check
    "evaluation_94": (
        22,
        21,
        5,
        {"KZ", "RU", "BY"},
        6,
        3,
        {
            "cases_total": 1,
            "damage_scheme": 3,
            "victims": 2,
            "suspects": 2,
            "percent": 11,
        },
    ),
    # Round 95 asked for 18-30 passages from 12+ outlets (at most two per outlet), 10+ with case or damage
    # aggregates, 4+ in Kazakh (Cyrillic), 6+ from Kazakhstan outlets, 2+ without a fraud figure, single cases and
    # money that is not damage, one passage per event, and sent the search to district towns, specific periods,
    # older years and specific channels and schemes. Found in 60 look-ups: 28 passages from 27 outlets, 23 of them
    # on new pages of 22 outlets already in the corpus and 5 from outlets new to it (ifin.ru, gazeta-star.ru,
    # mayak1932.kz, detitambov.ru, asbrf.ru), 5 Kazakh and 11 from Kazakhstan (both met), 1 from a Kyrgyz outlet,
    # 16 from Russian outlets, 5 with case or damage aggregates (five short of 10: marketplace-fraud losses of
    # retailers, AI-enabled fraud losses, charity-fraud losses a year, apartments taken by telephone fraudsters
    # by region, money from housing sold under fraudsters' influence), 7 single cases (one with an aggregate),
    # 5 with figures that are not damage, 12 without a fraud figure; 4 candidates failed the overlap check
    "evaluation_95": (
        28,
        27,
        5,
        {"KZ", "RU", "KG"},
        11,
        5,
        {
            "cases_scheme": 9,
            "damage_total": 2,
            "damage_scheme": 3,
            "single_case_loss": 11,
            "victims": 4,
            "percent": 9,
        },
    ),
    "evaluation_96": (
        21,
        19,
        1,
        {"KZ", "RU"},
        4,
        2,
        {
            "cases_total": 2,
            "single_case_loss": 8,
            "percent": 9,
        },
    ),
    "evaluation_97": (
        30,
        26,
        4,
        {"KZ", "RU"},
        9,
        10,
        {
            "cases_total": 7,
            "cases_scheme": 5,
            "damage_total": 8,
            "damage_scheme": 1,
            "single_case_loss": 4,
            "victims": 2,
            "percent": 36,
        },
    ),
    "evaluation_98": (
        30,
        28,
        4,
        {"KZ", "RU"},
        7,
        11,
        {
            "cases_total": 8,
            "cases_scheme": 7,
            "damage_total": 16,
            "damage_scheme": 8,
            "single_case_loss": 7,
            "victims": 3,
            "percent": 29,
        },
    ),
    "evaluation_99": (
        22,
        21,
        4,
        {"KZ", "RU"},
        7,
        5,
        {
            "cases_total": 0,
            "cases_scheme": 0,
            "damage_total": 7,
            "damage_scheme": 0,
            "single_case_loss": 2,
            "victims": 2,
            "percent": 10,
        },
    ),
    "evaluation_100": (
        21,
        21,
        4,
        {"KZ", "RU"},
        6,
        3,
        {
            "cases_total": 0,
            "cases_scheme": 0,
            "damage_total": 4,
            "damage_scheme": 0,
            "single_case_loss": 1,
            "victims": 2,
            "percent": 5,
        },
    ),
    "evaluation_101": (
        23,
        20,
        5,
        {"KZ", "RU"},
        6,
        10,
        {
            "cases_total": 0,
            "cases_scheme": 2,
            "damage_total": 2,
            "damage_scheme": 9,
            "single_case_loss": 8,
            "victims": 3,
            "percent": 10,
        },
    ),
    "evaluation_102": (
        18,
        15,
        1,
        {"KZ", "RU", "KG", "UZ", "BY"},
        7,
        4,
        {
            "cases_total": 3,
            "cases_scheme": 1,
            "damage_total": 3,
            "damage_scheme": 1,
            "single_case_loss": 8,
            "victims": 2,
            "percent": 6,
        },
    ),
    "evaluation_103": (
        23,
        21,
        3,
        {"KZ", "RU", "UZ"},
        7,
        6,
        {
            "cases_total": 4,
            "cases_scheme": 2,
            "damage_total": 4,
            "damage_scheme": 4,
            "single_case_loss": 9,
            "victims": 11,
            "percent": 5,
        },
    ),
    "evaluation_104": (
        30,
        26,
        6,
        {"KZ", "RU"},
        7,
        7,
        {
            "cases_total": 1,
            "cases_scheme": 2,
            "damage_total": 8,
            "damage_scheme": 1,
            "single_case_loss": 9,
            "victims": 0,
            "percent": 1,
        },
    ),
    "evaluation_105": (
        23,
        22,
        4,
        {"KZ", "RU"},
        6,
        4,
        {
            "cases_total": 2,
            "cases_scheme": 1,
            "damage_total": 3,
            "damage_scheme": 0,
            "single_case_loss": 4,
            "victims": 2,
            "percent": 4,
        },
    ),
    "evaluation_106": (
        20,
        18,
        4,
        {"KZ", "RU"},
        11,
        2,
        {
            "cases_total": 0,
            "cases_scheme": 0,
            "damage_total": 1,
            "damage_scheme": 3,
            "single_case_loss": 1,
            "victims": 0,
            "percent": 3,
        },
    ),
}


@pytest.mark.parametrize("split", list(HELD_OUT_SETS))
def test_later_held_out_sets_are_large_and_aggregate_rich(split):
    passages, outlets, kazakh, countries, from_kz, with_aggregates, roles = HELD_OUT_SETS[split]
    held_out = load_passages(split)
    assert len(held_out) >= passages
    assert len({p.outlet for p in held_out}) >= outlets
    assert Counter(p.language for p in held_out)["kk"] >= kazakh
    assert {p.country for p in held_out} == countries
    if from_kz is not None:  # not asked of rounds 5-7
        assert Counter(p.country for p in held_out)["KZ"] >= from_kz
    aggregate = [p for p in held_out if any(n["role"] in AGGREGATE_ROLES for n in p.numbers)]
    assert len(aggregate) >= with_aggregates
    counted = Counter(n["role"] for p in held_out for n in p.numbers)
    for role, at_least in roles.items():
        assert counted[role] >= at_least


def test_each_split_has_both_languages_and_hard_passages():
    for name in SPLITS:
        passages = load_passages(name)
        assert {p.language for p in passages} == {"ru", "kk"}
        assert {"single_case", "no_figure", "aggregate"} <= {p.kind for p in passages}
        assert {p.country for p in passages} - {"KZ"}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("ё", "е")).strip().lower()


def test_no_passage_overlaps_a_quote_of_the_dataset():
    frame = pd.read_csv(paths.PROJECT_ROOT / "data" / "figures.csv", dtype=str)
    quotes = {_normalise(q) for q in frame["quote"].dropna() if len(q) > 25}
    assert len(quotes) > 10
    texts = {p.id: _normalise(p.text) for p in PASSAGES}  # once each, not once per quote
    overlaps = [
        (pid, q[:60]) for pid, text in texts.items() for q in quotes if q in text or text in q
    ]
    assert overlaps == []


def test_second_annotation_labels_sampled_passages_from_closed_lists():
    # benchmarks/labelling_agreement.py compares it with the corpus labels: a slip here would
    # move the agreement it prints
    second = yaml.safe_load((CORPUS_DIR / "agreement" / "second_annotator.yaml").read_text("utf-8"))
    by_id = {p.id: p for p in PASSAGES}
    assert len(second) == 60 and len({item["id"] for item in second}) == 60
    for item in second:
        passage = by_id[item["id"]]
        assert passage.split in {f"evaluation_{k}" for k in range(5, 12)}
        assert item["kind"] in KINDS
        spans = []
        for n in item["numbers"] or []:
            assert n["role"] in ROLES and n["qualifier"] in QUALIFIERS, n
            assert (
                n["currency"] in CURRENCIES and n["scope"] in SCOPES and n["scheme"] in SCHEMES
            ), n
            span = number_span(passage, n)
            assert span is not None, (item["id"], n["text"])
            spans.append(span)
        loose = [
            m.start()
            for m in re.finditer(r"\d", passage.text)
            if not any(s <= m.start() < e for s, e in spans)
        ]
        assert loose == [], item["id"]
