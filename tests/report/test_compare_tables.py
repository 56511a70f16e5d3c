"""The comparison's rate and ranking tables as readers get them: headings, words, decimals, bounds."""

from __future__ import annotations

import re

import pytest
from scipy import stats

from fraud_research.report import prepare_compare_report


def _cells(styler) -> list[list[str]]:
    """The table's rows as the reader sees them (header row first)."""
    rows = re.findall(r"<tr>(.*?)</tr>", styler.to_html(), flags=re.S)
    return [
        [
            re.sub(r"<[^>]+>", "", c).strip()
            for c in re.findall(r"<t[hd][^>]*>.*?</t[hd]>", r, flags=re.S)
        ]
        for r in rows
    ]


@pytest.fixture(scope="module")
def ranking():
    report = prepare_compare_report(year=2025)
    header, *rows = _cells(report.table("ranking"))
    return report, [dict(zip(header, row, strict=True)) for row in rows]


def test_rate_limits_are_shown_at_the_rates_decimals(ranking):
    report, rows = ranking
    turkestan = next(r for r in rows if r["Place"] == "Turkestan Region")
    population = report.rates.set_index("place").at["turkestan", "population"]
    # exact Poisson limits for 843 cases, per 100 000: 36.58 and 41.92
    lower = stats.chi2.ppf(0.025, 2 * 843) / 2 / population * 1e5
    upper = stats.chi2.ppf(0.975, 2 * 844) / 2 / population * 1e5
    assert (
        (turkestan["Rate per 100 000"], turkestan["Rate, lower 95%"], turkestan["Rate, upper 95%"])
        == (
            "39.2",
            f"{lower:.1f}",
            f"{upper:.1f}",
        )
        == ("39.2", "36.6", "41.9")
    )


def test_a_count_printed_as_a_lower_bound_opens_its_upper_limits_in_words(ranking):
    _, rows = ranking
    almaty = next(r for r in rows if r["Place"] == "Almaty (city)")  # «не менее 2 500»
    assert almaty["One-sided"] == "lower bound only"
    assert almaty["Rate, upper 95%"] == almaty["Ratio, upper 95%"] == "open (bound)"
    assert almaty["Why"] == "undetermined: the count is a lower bound"
    assert almaty["p-value against the overdispersed limits (Holm)"] == "—"  # no test was run
    turkestan = next(r for r in rows if r["Place"] == "Turkestan Region")
    assert turkestan["Against the overdispersed limits"] == "within the limits"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("table", ["rates", "ranking"])
def test_no_heading_or_value_is_left_as_a_code(lang, table):
    cells = _cells(prepare_compare_report(year=2025, lang=lang).table(table))
    codes = [c for row in cells for c in row if re.fullmatch(r"[a-z]+(_[a-z0-9]+)+", c)]
    assert codes == []


def test_a_ratio_with_a_lower_bound_place_opens_one_limit():
    # Almaty (city) printed «не менее 2 500»: Kostanay / Almaty is at most 3.29, Almaty /
    # Turkestan at least 2.75; each keeps one limit and says which is open
    header, *rows = _cells(prepare_compare_report(year=2025).table("pairs"))
    pairs = {(r[0], r[1]): dict(zip(header, r, strict=True)) for r in rows}
    upper = pairs["Kostanay (city)", "Almaty (city)"]
    assert (upper["One-sided"], upper["Estimate"], upper["Lower 95% limit"]) == (
        "upper bound only",
        "3.29",
        "open (bound)",
    )
    lower = pairs["Almaty (city)", "Turkestan Region"]
    assert (lower["One-sided"], lower["Estimate"], lower["Upper 95% limit"]) == (
        "lower bound only",
        "2.75",
        "open (bound)",
    )


def test_a_bound_is_rounded_the_way_it_bounds(ranking):
    # «не менее 2 500» of 2 320 129 residents: at least 107.753 per 100 000, shown 107.7 as the
    # key finding says, never 107.8; its ratio to the country's 136.79 at least 0.78 (0.7877)
    _, rows = ranking
    almaty = next(r for r in rows if r["Place"] == "Almaty (city)")
    assert (almaty["Rate per 100 000"], almaty["Ratio to national rate"]) == ("107.7", "0.78")
    kostanay = next(r for r in rows if r["Place"] == "Kostanay (city)")
    assert kostanay["Rate per 100 000"] == "354.4"  # exact counts round to nearest


@pytest.mark.parametrize("table", ["rates", "ranking", "pairs"])
def test_headings_sit_right_over_numbers_and_left_over_words(table):
    html = prepare_compare_report(year=2025).table(table).to_html()
    first_row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", html, flags=re.S).group(1)
    cells = re.findall(r'<td [^>]*class="data row0 (col\d+)([^"]*)"', first_row)
    right = set(re.findall(r"th\.(col\d+) \{\s*text-align: right;", html))
    assert right == {col for col, extra in cells if "num" in extra.split()}
    assert "col0" not in right  # the place's name reads from the left


def test_caveats_give_the_disagreeing_population_and_keep_notes_out_of_sentences():
    # they read «(turkestan-2025-population-2); chosen by the panel's rule», and spliced an
    # English note into a Russian sentence: «(источник указывает только 2025 год: примечание …)»
    def caveats(lang):
        header, *rows = _cells(prepare_compare_report(year=2025, lang=lang).table("rates"))
        return {row[0]: row[-1] for row in rows}

    en, ru = caveats("en"), caveats("ru")
    turkestan = en["Turkestan Region"].replace("\u202f", " ")
    assert "another gives 2 105 272 (exact, turkestan-2025-population-2, https://" in turkestan
    assert "panel" not in turkestan and "the most precise figure" in turkestan
    kostanay = ru["город Костанай"]
    assert "без даты (источник указывает только 2025 год); примечание к данным (на английском)" in (
        kostanay
    )
