"""Issue 11 point 7: derived figures (the average loss) to the precision their inputs support.

Reference values are recomputed by hand from the published totals: Turkestan 2024's damage
«шамамен 1 млрд» over 598 cases, 2025's «1 млрд 665 млн 783 тыс.» over 843, Kostanay city's
«2 миллиарда 270 миллионов» over 981.
"""

import pytest

from fraud_research.batch.index import _figure
from fraud_research.dataset import load_figures, printed_digits
from fraud_research.report import format_derived, headline_summary, translate
from fraud_research.report.findings import loss_finding
from fraud_research.report.formatting import THIN
from fraud_research.report.region import prepare_region_report
from fraud_research.stats import average_loss


def plain(text: str) -> str:
    return str(text).replace(THIN, " ")


@pytest.fixture(scope="module")
def figures():
    return load_figures()


def test_printed_digits_follow_how_the_total_was_printed(figures):
    damage = figures[figures["metric"] == "damage_kzt"].set_index("figure_id")
    row = damage.loc["turkestan-2024-damage"]
    assert (row["value"], row["qualifier"]) == (1_000_000_000, "approx")
    assert printed_digits(row["value"], row["qualifier"]) == 2
    row = damage.loc["turkestan-2025-damage"]
    assert printed_digits(row["value"], row["qualifier"]) == len("1665783")  # to the thousand
    assert printed_digits(843, "exact", count=True) is None  # an exact count is exact


def test_average_loss_carries_digits_and_derived():
    row = average_loss(1_000_000_000, 598, damage_qualifier="approx").iloc[0]
    assert row["estimate"] == pytest.approx(1_000_000_000 / 598)
    assert (row["qualifier"], row["significant_digits"], row["derived"]) == ("approx", 2, True)
    row = average_loss(2_270_000_000, 981).iloc[0]
    assert (row["qualifier"], row["significant_digits"]) == ("exact", 3)


def test_turkestan_2024_headline_is_about_1_7_million():
    report = prepare_region_report(place="turkestan", year=2024)
    loss = report.headline().iloc[-1]
    by_hand = round(1_000_000_000 / 598, -5)  # 1 672 240.80 -> two significant digits
    assert by_hand == 1_700_000
    assert loss["value"] == by_hand and bool(loss["derived"])
    assert plain(loss["as_printed"]) == "about 1 700 000"
    assert "1 672 24" not in plain(report.headline_markdown())
    assert "**about 1.7 million** (derived)" in report.headline_markdown()
    assert report.average_loss()["shown"].tolist() == [by_hand]


def test_turkestan_2025_loss_to_the_tenge_in_tables_and_in_words():
    report = prepare_region_report(place="turkestan", year=2025)
    assert round(1_665_783_000 / 843) == 1_976_018
    assert plain(report.headline()["as_printed"].iloc[-1]) == "1 976 018"
    assert "**about 1.98 million** (derived)" in report.headline_markdown()
    assert "about 1.98 million tenge" in loss_finding(report)
    assert report.average_loss()["shown"].tolist() == [1_700_000, 1_976_018]


def test_kostanay_city_loss_has_three_digits():
    report = prepare_region_report(place="kostanay_city", year=2025)
    assert round(2_270_000_000 / 981, -4) == 2_310_000
    row = report.headline().iloc[-1]
    assert row["value"] == 2_310_000 and plain(row["as_printed"]) == "about 2 310 000"


@pytest.mark.parametrize(
    ("lang", "derived_word", "exact_word"),
    [("en", "derived, about", "exact"), ("ru", "расчётное, около", "точно"),
     ("kk", "есептелген, шамамен", "нақты")],
)  # fmt: skip
def test_derived_row_is_never_as_printed_exact(lang, derived_word, exact_word):
    report = prepare_region_report(place="turkestan", year=2024, lang=lang)
    headline = report.table_frame("headline")
    assert headline["qualifier"].tolist() == ["exact", "approx", "derived_approx"]
    html = report.table("headline").to_html()
    assert derived_word in html
    loss_html = report.table("average_loss").to_html()
    assert derived_word in loss_html and f">{exact_word}<" not in loss_html
    assert "1 672 240" not in plain(loss_html) and "1 700 000" in plain(loss_html)
    assert translate("headline_loss", lang) in html


def test_index_figure_uses_the_report_formatter():
    summary = headline_summary(places=["turkestan"]).set_index("year")
    row_2024 = summary.loc[2024].to_dict()
    assert row_2024["average_loss_digits"] == 2
    assert plain(_figure(row_2024, "average_loss_kzt", "average_loss_qualifier")) == (
        "about 1 700 000"
    )
    row_2025 = summary.loc[2025].to_dict()
    assert plain(_figure(row_2025, "average_loss_kzt", "average_loss_qualifier")) == "1 976 018"
    assert plain(_figure(row_2025, "damage_kzt", "damage_qualifier")) == "1 665 783 000"


def test_format_derived_in_three_languages():
    assert (
        format_derived(1_672_240.8, "approx", digits=2, lang="ru", words=True) == "около 1,7 млн"
    )  # a decimal comma in ru/kk
    assert plain(format_derived(1_672_240.8, "approx", digits=2, lang="kk")) == "шамамен 1 700 000"
    assert plain(format_derived(1_976_017.79, "at_least", digits=7)) == "at least 1 976 018"


def test_a_year_before_the_country_has_counts_still_renders():
    # North Kazakhstan's latest year is 2022, when the country has damage but no count:
    # the spine's national average loss is empty instead of failing on an empty merge.
    report = prepare_region_report(place="north_kazakhstan", year=2022)
    assert report.section("summary") is not None
    assert report.average_loss().empty and "Average loss per case" not in set(
        report.spine()["label"]
    )
