"""Plots draw what they are given, only on the Axes they are given (seaborn's axes-level contract)."""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from fraud_research.report import plot_shares, prepare_region_report, save_figure
from fraud_research.stats import scheme_shares

TURKESTAN_2025 = pd.Series(
    {
        "impersonation_call": 340,
        "prepayment": 255,
        "fake_investment": 98,
        "messenger_acquaintance": 49,
        "lottery": 47,
        "other": 54,
    }
)


def test_share_bars_and_whiskers_are_the_estimates_and_intervals():
    shares = scheme_shares(TURKESTAN_2025)
    fig, (ax, other) = plt.subplots(ncols=2)
    returned = plot_shares(shares, ax=ax)
    assert returned is ax
    assert not other.patches and not other.lines  # draws only where it is told
    np.testing.assert_allclose([p.get_width() for p in ax.patches], shares["estimate"])
    whiskers = np.array([line.get_xdata() for line in ax.lines])
    np.testing.assert_allclose(whiskers, shares[["ci_lower", "ci_upper"]].to_numpy())
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "impersonation_call"


def test_wilson_whiskers_on_request():
    shares = scheme_shares(TURKESTAN_2025)
    ax = plot_shares(shares, interval="wilson", ax=plt.figure().gca())
    np.testing.assert_allclose([line.get_xdata()[0] for line in ax.lines], shares["wilson_lower"])


def test_report_plots_a_note_when_there_is_no_breakdown():
    ax = prepare_region_report(place="almaty_region", year=2025).plot_shares(ax=plt.figure().gca())
    assert not ax.patches
    assert ax.texts[0].get_text() == "No scheme breakdown published for this year"


def test_report_trend_plot_draws_observed_counts():
    ax = prepare_region_report(place="turkestan", year=2025).plot_trend(ax=plt.figure().gca())
    observed = [c for c in ax.collections if c.get_offsets().shape[0] == 3]
    assert observed, "the three observed years are drawn as points"
    np.testing.assert_allclose(sorted(observed[0].get_offsets()[:, 1]), [567, 598, 843])


def test_save_figure_is_atomic(tmp_path):
    fig, ax = plt.subplots()
    out = save_figure(fig, tmp_path / "sub" / "shares.png")
    assert out.read_bytes().startswith(b"\x89PNG")
    assert not list(out.parent.glob(".tmp-*"))


def test_a_chart_that_covers_its_source_line_is_refused():
    from fraud_research.report import FigureError, render_figure

    def legend_too_low(ax):
        ax.plot([2023, 2024, 2025], [567, 598, 843], label="Turkestan Region")
        ax.legend(loc="upper left", bbox_to_anchor=(0, -0.9))

    with pytest.raises(FigureError, match="overlaps its source line"):
        render_figure(legend_too_low, alt="Cases", caption="Cases", size=(4.3, 3),
                      source="Source: kaz.inform.kz (published 2026-02-07)")  # fmt: skip


def test_a_left_title_that_would_run_past_the_figure_is_wrapped_whole():
    from fraud_research.report import render_figure

    drawn = []
    title = "Схемы мошенничества: Туркестанская область, 2025"

    def long_labels(ax):
        ax.barh([0, 1], [0.4, 0.3])
        ax.set_yticks([0, 1], labels=["Звонки от имени сотрудников банков, полиции", "Предоплата"])
        ax.set_title(title, loc="left", fontweight="bold")
        drawn.append(ax)

    render_figure(long_labels, alt="Shares", caption="Shares", size=(8, 4))
    ax = drawn[0]
    box = ax._left_title.get_window_extent(ax.figure.canvas.get_renderer())
    assert box.x1 <= ax.figure.bbox.x1  # «…, 2025» was cut to «…, 202»
    assert " ".join(ax.get_title(loc="left").split()) == title  # wrapped, not shortened


def test_kazakh_phone_charts_keep_their_source_line_clear():
    from fraud_research.report import prepare_region_report

    for place in ("almaty_city", "astana_city", "turkestan"):
        report = prepare_region_report(place=place, year=0, lang="kk")
        for chart in ("spine", "shares", "trend"):
            if chart == "spine" and report.spine().empty:
                continue
            assert report.figure(chart).png_narrow  # drawn, and checked while drawing


@pytest.mark.parametrize(
    ("lang", "labels"), [("en", {"≥107.7", "39.2"}), ("ru", {"≥107,7", "39,2"})]
)
def test_place_rates_label_a_bound_the_way_it_bounds(lang, labels):
    # Almaty (city) «не менее 2 500»: at least 107.753 per 100 000, labelled ≥107.7 (not 107.8);
    # Turkestan's exact 39.18 is labelled to the nearest, in the reader's decimal mark. Every
    # label stands where it can be seen: the bound's had been placed at its open (NaN) upper limit
    from fraud_research.report import prepare_compare_report
    from fraud_research.report.summary_plots import plot_place_rates

    ax = plot_place_rates(
        prepare_compare_report(year=2025).ranking, lang=lang, ax=plt.figure().gca()
    )
    texts = {t.get_text(): t.xy for t in ax.texts if t.get_text()}
    arrows = [t for t in ax.texts if not t.get_text() and t.arrow_patch is not None]
    plt.close("all")
    assert labels <= set(texts) and "107.8" not in texts
    assert all(np.isfinite(xy).all() for xy in texts.values())
    assert len(arrows) == 1  # the bound's interval runs off the axis: one open end, drawn


def test_place_rates_say_their_colours_read_the_spread_between_places():
    # Turkestan's own interval (36.6–41.9) misses the national 136.8, yet it is grey: the colour
    # reads the test that allows for the spread between places, and the legend says so (it said
    # "no significant difference", the caption "differs significantly from the national rate")
    from fraud_research.report import prepare_compare_report
    from fraud_research.report.summary_plots import plot_place_rates

    report = prepare_compare_report(year=2025)
    ax = plot_place_rates(report.ranking, lang="en", ax=plt.figure().gca())
    legend = [t.get_text().replace("\n", " ") for t in ax.get_legend().get_texts()]
    plt.close("all")
    assert "within the usual spread, or undetermined" in legend
    assert not any("significant" in text for text in legend)
    caption = report.figure("rates").caption
    assert "beyond the usual spread between places" in caption and "Holm" in caption


def test_spine_draws_a_bound_s_open_interval_as_an_arrow():
    # Almaty (city) «не менее 2 500»: its ratio to the country is at least 0.76, open above; the
    # chart showed a bare dot, as if the ratio were known
    from fraud_research.report.summary_plots import plot_spine

    frame = pd.DataFrame({"label": ["Rate"], "ratio": [0.788], "ratio_lower": [0.757],
                          "ratio_upper": [np.nan], "direction": ["undetermined"],
                          "value_text": ["107.7 vs 136.8"]})  # fmt: skip
    ax = plot_spine(frame, ax=plt.figure().gca())
    arrows = [t for t in ax.texts if t.arrow_patch is not None]
    (start, _), (end, _) = arrows[0].xyann, arrows[0].xy
    right = ax.get_xlim()[1]
    plt.close("all")
    assert len(arrows) == 1 and start == pytest.approx(0.757) and end == pytest.approx(right)


def test_shares_chart_marks_and_rounds_a_bound_and_shows_its_label():
    # Kostanay (city) «более 300» calls of 981: the chart read 69.4% for the rest and hid the
    # calls' label at the open (NaN) upper whisker; now ≥30.5% and ≤69.5%, as in the table
    shares = prepare_region_report(place="kostanay_city", year=2025).scheme_shares()
    ax = plot_shares(shares, ax=plt.figure().gca())
    labels = {t.get_text(): t.xy for t in ax.texts if t.get_text()}
    arrows = [t for t in ax.texts if not t.get_text()]
    plt.close("all")
    assert set(labels) == {"≥30.5%", "≤69.5%"}
    assert all(np.isfinite(xy).all() for xy in labels.values()) and len(arrows) == 2


@pytest.mark.parametrize(
    ("lang", "million"), [("en", "1 million"), ("ru", "1 млн"), ("kk", "1 млн")]
)
def test_the_funnel_on_a_phone_names_every_place_apart_and_writes_a_million_in_words(lang, million):
    from fraud_research.report.plots import plot_funnel
    from fraud_research.stats import rates_for_places

    rates = rates_for_places(year=2025)
    ax = plt.figure(figsize=(4.3, 4.6), layout="constrained").subplots()
    plot_funnel(rates, lang=lang, ax=ax)
    ax.figure.draw_without_rendering()
    ticks = [t.get_text().replace("\u202f", " ") for t in ax.get_xticklabels() if t.get_text()]
    assert million in ticks and not any(t.endswith((" m", ".0 m", ",0 млн")) for t in ticks)
    renderer = ax.figure.canvas.get_renderer()
    names = [t for t in ax.texts if t.get_text()]
    assert len(names) == 4  # every place but the country
    boxes = [t.get_window_extent(renderer) for t in names]
    pairs = [(a, b) for i, a in enumerate(range(len(names))) for b in range(i + 1, len(names))]
    overlaps = [(names[a].get_text(), names[b].get_text()) for a, b in pairs
                if boxes[a].overlaps(boxes[b])]  # fmt: skip
    assert overlaps == []
    # no name sits on the national line (Almaty (city), just under it, did)
    line = ax.transData.transform((1, ax.lines[0].get_ydata()[0]))[1]
    assert [
        t.get_text() for t, box in zip(names, boxes, strict=True) if box.y0 < line < box.y1
    ] == []


def test_the_funnel_axis_label_fits_a_phone_in_kazakh():
    from fraud_research.report.plots import plot_funnel
    from fraud_research.stats import rates_for_places

    fig = plt.figure(figsize=(4.3, 4.6), layout="constrained")
    ax = plot_funnel(rates_for_places(year=2025), lang="kk", ax=fig.subplots())
    fig.draw_without_rendering()
    label = ax.yaxis.label.get_window_extent(fig.canvas.get_renderer())
    assert ax.get_ylabel() == "100 000 тұрғынға\nшаққандағы оқиғалар"
    assert label.height <= fig.bbox.height
