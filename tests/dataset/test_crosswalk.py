"""The crosswalk from canonical schemes to FTC, FBI IC3 and UK Finance categories."""

import pytest

from fraud_research.dataset import (
    FRAMEWORKS,
    MATCHES,
    crosswalk_mapping,
    load_crosswalk,
    load_schemes,
)
from fraud_research.errors import DataValidationError, ParameterError


def test_every_scheme_is_mapped_in_every_framework_with_a_note():
    crosswalk = load_crosswalk()
    schemes = set(load_schemes().index)
    for framework in FRAMEWORKS:
        assert set(crosswalk.loc[crosswalk["framework"] == framework, "scheme_id"]) == schemes
    assert crosswalk["note"].str.len().min() > 20
    assert set(crosswalk["match"]) <= set(MATCHES)
    assert (crosswalk["publication"] != "").all()


def test_issue_example_impersonation_to_uk_finance():
    crosswalk = load_crosswalk()
    row = crosswalk.query(
        "scheme_id == 'impersonation_call' and framework == 'uk_finance_app' and match == 'close'"
    )
    assert row["external_category"].tolist() == ["Impersonation: police/bank staff"]


def test_none_means_no_category():
    crosswalk = load_crosswalk()
    none = crosswalk[crosswalk["match"] == "none"]
    assert (none["external_category"] == "").all()
    assert (crosswalk.loc[crosswalk["match"] != "none", "external_category"] != "").all()


def test_mapping_is_one_to_one():
    mapping = crosswalk_mapping(framework="fbi_ic3")
    assert mapping["Non-Payment/Non-Delivery"] == "prepayment"
    assert len(set(mapping.values())) == len(mapping)
    assert "Impersonation: other" not in crosswalk_mapping(
        framework="uk_finance_app", matches=("exact", "close", "partial")
    )


def test_unknown_framework_and_match_are_refused():
    with pytest.raises(
        ParameterError, match="unknown framework 'ic3'; valid: ftc_sentinel, fbi_ic3"
    ):
        crosswalk_mapping(framework="ic3")
    with pytest.raises(ParameterError, match="unknown match level"):
        crosswalk_mapping(framework="fbi_ic3", matches=("roughly",))


def test_bad_rows_are_reported_with_line_and_column(tmp_path):
    path = tmp_path / "crosswalk.csv"
    path.write_text(
        "scheme_id,framework,external_category,match,note\n"
        "romance,fbi_ic3,Confidence/Romance,close,ok enough note\n"
        "lottery,ic3,Lottery,close,\n"
        "phishing,fbi_ic3,,close,no category but close\n",
        encoding="utf-8",
    )
    with pytest.raises(DataValidationError) as err:
        load_crosswalk(path)
    message = str(err.value)
    assert "line 2, column 'scheme_id': 'romance' is not a scheme" in message
    assert "line 3, column 'framework': 'ic3' is not allowed" in message
    assert "line 3, column 'note': empty" in message
    assert (
        "line 4, column 'external_category': must be empty exactly when match is 'none'" in message
    )
