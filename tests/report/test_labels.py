"""Labels in English, Russian and Kazakh, with fallbacks and actionable errors."""

import re

import pandas as pd
import pytest

from fraud_research.dataset import load_places, load_schemes
from fraud_research.errors import ParameterError
from fraud_research.report import labels
from fraud_research.report.labels import (
    LANGUAGES,
    check_language,
    column_label,
    label_place,
    label_scheme,
    relabel,
    translate,
)


def test_languages_are_en_ru_kk():
    assert LANGUAGES == ("en", "ru", "kk")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_place_and_scheme_has_a_label(lang):
    for place in load_places().index:
        assert label_place(place, lang).strip()
    for scheme in [*load_schemes().index, "not_listed"]:
        assert label_scheme(scheme, lang).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_a_source_is_written_in_has_a_readers_word(lang):
    # the Sources table printed «kk-latn» for the Latin-script Kazakh quotes
    from fraud_research.dataset.schema import LANGUAGES as SOURCE_LANGUAGES

    words = [labels.label_value(code, lang) for code in SOURCE_LANGUAGES]
    assert not set(words) & set(SOURCE_LANGUAGES)
    assert labels.label_value("kk-latn", "ru") == "казахский (латиница)"


@pytest.mark.parametrize(
    "slip",
    [
        # «1 степень(и) свободы», "degree(s)": a counted word takes its form, or is abbreviated
        r"\w\((s|и|ы|а|ов|ей)\)",
        # "Verdict: too early to say -- 3 years …": a reader's page takes a dash
        r"\s--\s",
    ],
)
def test_no_sentence_hedges_its_grammar_or_writes_a_dash_as_two_hyphens(slip):
    from fraud_research.report.translations import UI_STRINGS

    found = [
        (key, lang)
        for key, texts in UI_STRINGS.items()
        for lang, text in texts.items()
        if re.search(slip, text)
    ]
    assert found == []


def test_the_english_verdict_takes_a_dash():
    assert " — " in translate("trend_verdict", "en", verdict="too early to say", reason="3 years")


def test_labels_come_from_the_registry():
    assert label_place("turkestan", "en") == "Turkestan Region"
    assert label_place("turkestan", "kk") == "Түркістан облысы"
    assert label_scheme("lottery", "ru") == "Розыгрыши и лотереи"
    assert label_scheme("not_listed", "ru") == "Прочие / не указано"


def test_kazakh_falls_back_to_russian_then_english():
    assert labels._pick({"en": "English", "ru": "Русский"}, "kk") == "Русский"
    assert labels._pick({"en": "Only English", "ru": ""}, "kk") == "Only English"


def test_every_reader_string_is_in_all_three_languages():
    tables = {**labels.UI_STRINGS, **labels.COLUMN_LABELS, **labels.VALUE_LABELS}
    missing = [
        key for key, texts in tables.items() if not all(texts.get(c) for c in labels.LANGUAGES)
    ]
    assert not missing
    assert translate("section_limits", "kk") == "Деректер нені айта алмайды"
    assert column_label("population_source", "kk") == "Халық саны дереккөзі"


def test_every_ui_string_has_english_and_russian():
    for key, texts in {**labels.UI_STRINGS, **labels.COLUMN_LABELS}.items():
        assert texts.get("en") and texts.get("ru"), key


def test_reading_fills_placeholders_in_both_languages():
    # the shares come written (formatting.format_percent), so a bound can say «не менее»
    fields = dict(scheme="X", place="A", reference="B", share="40.3%", share_reference="30.7%")
    assert translate("reading_over", "en", **fields).endswith("40.3% vs 30.7%")
    ru = translate("reading_under", "ru", **fields | {"share": "40,3%", "share_reference": "30,7%"})
    assert "40,3%" in ru and "30,7%" in ru and "ниже" in ru


def test_unknown_language_lists_the_valid_ones():
    with pytest.raises(
        ParameterError, match="unknown language 'de' for parameter 'lang'; valid: en, ru, kk"
    ):
        check_language("de")
    with pytest.raises(ParameterError, match="valid: en, ru, kk"):
        label_place("turkestan", "fr")


def test_unknown_ids_and_keys_list_the_valid_ones():
    with pytest.raises(ParameterError, match="unknown place 'atlantis'; valid ids: abai"):
        label_place("atlantis")
    with pytest.raises(ParameterError, match="unknown scheme 'romance'.*not_listed"):
        label_scheme("romance")
    with pytest.raises(ParameterError, match="no label for key 'nope'; known keys: .*rate_axis"):
        translate("nope")


def test_column_label_keeps_unknown_columns():
    assert column_label("line", "ru") == "line"
    assert column_label("estimate", "en") == "Estimate"


def test_relabel_translates_ids_and_headings_without_mutating():
    frame = pd.DataFrame(
        {
            "place": ["kazakhstan", "rest of the country"],
            "scheme": ["prepayment", "not_listed"],
            "estimate": [1.0, 2.0],
        }
    )
    before = frame.copy()
    out = relabel(frame, "en")
    pd.testing.assert_frame_equal(frame, before)
    assert list(out.columns) == ["Place", "Scheme", "Estimate"]
    assert out["Place"].tolist() == ["Kazakhstan", "rest of the country"]
    assert out["Scheme"].tolist()[1] == "Other / not listed"
    assert list(relabel(frame, "ru", headings=False).columns) == ["place", "scheme", "estimate"]


def test_coded_values_are_translated_for_readers():
    from fraud_research.report.labels import label_value

    assert label_value("at_least", "ru") == "не менее"
    assert label_value("approx", "kk") == "шамамен"
    assert label_value("undetermined", "kk") == "анықталмаған"
    assert label_value("something_else", "en") == "something_else"
    frame = pd.DataFrame({"qualifier": ["at_least"], "direction": ["below"], "value": [1.23456]})
    out = relabel(frame, "ru", decimals=2, headings=False)
    assert out.to_dict("records") == [{"qualifier": "не менее", "direction": "ниже", "value": 1.23}]


def test_trend_caveat_names_what_it_counts_in_the_readers_words():
    # «это зарегистрированные показатели (count)»: the library's code for the series' kind
    from fraud_research.report.prose import note_text
    from fraud_research.stats import Note

    note = Note("process_variability", {"kind": "count"})
    assert note_text(note, "ru").startswith("это зарегистрированные числа случаев;")
    assert "count" not in note_text(note, "kk")
    assert note_text(note, "en").startswith("figures are recorded counts;")
