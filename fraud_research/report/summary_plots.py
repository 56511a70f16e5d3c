"""Pictures taken in at a glance: the spine chart and the rates of every place against the country.

Both follow the axes-level contract of :mod:`.plots` (``ax=None`` in, the Axes
out) and colour a mark only where its interval excludes the national figure
(vermillion above, blue below, grey otherwise: Okabe–Ito, safe for colour-blind
readers, and told apart by marker shape in grey print too).

Examples
--------
>>> import matplotlib.pyplot as plt
>>> from fraud_research.stats import rank_places, rates_for_places
>>> ax = plot_place_rates(rank_places(rates_for_places(year=2025)), missing=["abai"], year=2025)
>>> [t.get_text() for t in ax.get_yticklabels()][-1]
'Abai Region'
>>> plt.close("all")
"""

from __future__ import annotations

import functools

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from ..dataset.qualifiers import bound_side
from .formatting import bound_label, format_number, wrap_label
from .labels import label_place, translate
from .numerals import with_decimal_mark
from .plots import below_axis_label, draw_interval, is_narrow

#: Colour and marker of a mark by its direction against the national figure.
DIRECTION_STYLE = {
    "above": ("#D55E00", "^"),
    "below": ("#0072B2", "v"),
    "similar": ("#7F7F7F", "o"),
    "undetermined": ("#7F7F7F", "o"),
}


#: The readings of the spine chart (a place's own interval against the national figure).
_SPINE_READINGS = ("spine_higher", "spine_lower", "spine_similar")
#: The readings of the rates chart (against the national rate, allowing for the spread between
#: places): a grey rate may differ from the national one by its own count.
_SPREAD_READINGS = ("rates_above_spread", "rates_below_spread", "rates_within_spread")


def _legend(ax: plt.Axes, lang: str, readings: tuple[str, str, str] = _SPINE_READINGS) -> None:
    handles = [
        Line2D(
            [],
            [],
            color=color,
            marker=marker,
            linestyle="",
            # wide: three columns side by side must fit the figure (Kazakh labels are long)
            label=wrap_label(translate(key, lang), 30 if is_narrow(ax) else 28),
        )
        for key, (color, marker) in zip(
            readings,
            (DIRECTION_STYLE["above"], DIRECTION_STYLE["below"], DIRECTION_STYLE["similar"]),
            strict=True,
        )
    ]
    narrow = is_narrow(ax)
    ax.legend(
        handles=handles,
        loc="upper center",
        # A fixed distance below the axes (clear of the tick labels and the axis label)
        # whatever the axes' height; a fraction of it put a phone's legend over the
        # source line when the chart had few rows.
        bbox_to_anchor=(0.5, 0) if narrow else (0.5, -0.14),
        borderaxespad=below_axis_label(ax) if narrow else 0.5,
        ncol=1 if narrow else 3,
        frameon=False,
        fontsize="small",
        handletextpad=0.3,
        columnspacing=1.0,
    )


def plot_spine(
    indicators: pd.DataFrame,
    *,
    lang: str = "en",
    reference: str = "kazakhstan",
    title: str = "",
    ax: plt.Axes | None = None,
    wrap: int = 28,
) -> plt.Axes:
    """Draw a spine chart: each indicator as a ratio to the national figure, with its interval.

    Parameters
    ----------
    indicators : DataFrame
        One row per indicator: ``label``, ``ratio``, ``ratio_lower``, ``ratio_upper``
        (NaN when the indicator has no interval), ``direction`` (``above``,
        ``below``, ``similar``) and ``value_text`` (e.g. ``"39.1 vs 137.5"``), as
        :func:`fraud_research.report.findings.spine_indicators` returns.
    lang : {"en", "ru", "kk"}
        Language of the axis and legend.
    reference : str
        Place id of the national figure (named on the axis).
    title : str
        Title of the chart.
    ax : Axes, optional
        Where to draw; the current Axes if omitted.
    wrap : int
        Characters per line of an indicator's label.

    Returns
    -------
    Axes

    Examples
    --------
    >>> frame = pd.DataFrame({"label": ["Rate", "Loss"], "ratio": [0.28, 1.2],
    ...     "ratio_lower": [0.26, np.nan], "ratio_upper": [0.31, np.nan],
    ...     "direction": ["below", "similar"], "value_text": ["39.1 vs 137.5", "2.0 vs 1.7"]})
    >>> ax = plot_spine(frame)
    >>> len(ax.lines) >= 3, ax.get_xscale()
    (True, 'log')
    >>> plt.close("all")
    """
    ax = plt.gca() if ax is None else ax
    wrap = 17 if is_narrow(ax) else wrap
    y = np.arange(len(indicators))[::-1]
    ax.axvline(1, color="black", linewidth=1.2, zorder=1)
    ax.set_xscale("log")
    bounds = pd.concat([indicators["ratio"], indicators["ratio_lower"], indicators["ratio_upper"]])
    reach = max(np.log(2), float(np.nanmax(np.abs(np.log(bounds.dropna())))) * 1.15)
    ax.set_xlim(np.exp(-reach), np.exp(reach))  # before the intervals: an open one ends here
    for pos, row in zip(y, indicators.itertuples(), strict=True):
        color, marker = DIRECTION_STYLE.get(row.direction, DIRECTION_STYLE["similar"])
        draw_interval(ax, row.ratio_lower, row.ratio_upper, pos, color=color, width=3)
        ax.plot(
            [row.ratio],
            [pos],
            marker=marker,
            markersize=10,
            color=color,
            zorder=3,
            markeredgecolor="white",
        )
    labels = [
        f"{wrap_label(label, wrap)}\n{value}"
        for label, value in zip(indicators["label"], indicators["value_text"], strict=True)
    ]
    ax.set_yticks(y, labels)
    ax.set_ylim(-0.6, len(indicators) - 0.4)
    ticks = [
        t
        for t in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100)
        if np.exp(-reach) <= t <= np.exp(reach)
    ]
    ax.set_xticks(ticks, [with_decimal_mark(f"×{t:g}", lang) for t in ticks])
    ax.minorticks_off()
    xlabel = translate("spine_axis", lang, reference=label_place(reference, lang))
    ax.set_xlabel(wrap_label(xlabel, 32 if is_narrow(ax) else 90))
    ax.grid(axis="x", color="#e5e5e5", zorder=0)
    if title:
        # set at the axes' left, past the labels: 44 characters reach the figure's edge
        ax.set_title(wrap_label(title, 20 if is_narrow(ax) else 44), loc="left")
    _legend(ax, lang)
    return ax


def plot_place_rates(
    ranking: pd.DataFrame,
    *,
    lang: str = "en",
    year: int | None = None,
    missing: list[str] | tuple[str, ...] = (),
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Draw every place's rate per 100 000 with its 95% interval, and the places without one.

    Parameters
    ----------
    ranking : DataFrame
        :func:`~fraud_research.stats.rank_places` output (``place``, ``estimate``,
        ``ci_lower``, ``ci_upper``, ``direction``, ``national_rate``).
    lang : {"en", "ru", "kk"}
        Language of names, axis and legend.
    year : int, optional
        Year named in the title.
    missing : list of str
        Place ids without a published rate, listed below the others as such.
    ax : Axes, optional
        Where to draw.

    Returns
    -------
    Axes
    """
    ax = plt.gca() if ax is None else ax
    ordered = ranking.sort_values("estimate", ascending=False).reset_index(drop=True)
    n_rows = len(ordered) + len(missing)
    y = np.arange(n_rows)[::-1]
    national = float(ordered["national_rate"].iloc[0]) if len(ordered) else np.nan
    top = float(np.nanmax(ordered[["ci_upper", "estimate"]])) if len(ordered) else 1.0
    ax.set_xlim(0, top * 1.18)  # before the rows: an open interval ends here
    _draw_rate_rows(ax, ordered, y, lang)
    if np.isfinite(national):
        label = f"{translate('national_rate', lang)}: {format_number(national, 1, lang=lang)}"
        ax.axvline(national, color="black", linewidth=1, label=label)
    for pos in y[len(ordered) :]:
        ax.text(0.01, pos, translate("no_data", lang), transform=ax.get_yaxis_transform(),
                va="center", fontsize="small", color="#595959", style="italic")  # fmt: skip
    names = [label_place(p, lang) for p in [*ordered["place"], *missing]]
    ax.set_yticks(y, [wrap_label(n, 16 if is_narrow(ax) else 26) for n in names])
    ax.set_ylim(-0.7, n_rows - 0.3)
    ax.set_xlabel(wrap_label(translate("rate_axis", lang), 24 if is_narrow(ax) else 80))
    ax.grid(axis="x", color="#e5e5e5")
    if year is not None:
        title = translate("rates_title", lang, year=year)
        ax.set_title(wrap_label(title, 18 if is_narrow(ax) else 52), loc="left")
    _legend(ax, lang, _SPREAD_READINGS)
    if np.isfinite(national):
        _legend_below(ax, n_rows)
    return ax


def _draw_rate_rows(ax: plt.Axes, ordered: pd.DataFrame, y, lang: str) -> None:
    """One interval and estimate per place, coloured by its reading against the country."""
    rate = functools.partial(format_number, decimals=1, lang=lang)
    for pos, row in zip(y, ordered.itertuples(), strict=False):
        color, marker = DIRECTION_STYLE.get(row.direction, DIRECTION_STYLE["similar"])
        draw_interval(ax, row.ci_lower, row.ci_upper, pos, color=color, width=2.5)
        ax.plot([row.estimate], [pos], marker=marker, markersize=9, color=color,
                markeredgecolor="white", zorder=3)  # fmt: skip
        # «не менее 2 500»: at least 107.753, labelled ≥107.7
        text = bound_label(row.estimate, bound_side(row.qualifier), 1, rate)
        if np.isfinite(row.ci_upper):
            ax.annotate(text, (row.ci_upper, pos), xytext=(4, 0), textcoords="offset points",
                        va="center", fontsize="small")  # fmt: skip
        else:  # a lower bound: its interval runs off the axis, so the label sits over the point
            ax.annotate(text, (row.estimate, pos), xytext=(0, 7), textcoords="offset points",
                        ha="center", va="bottom", fontsize="small")  # fmt: skip


def _legend_below(ax: plt.Axes, n_rows: int) -> None:
    """The readings' legend and the national line's, together below the axes."""
    handles, texts = ax.get_legend_handles_labels()
    legend = ax.get_legend()
    ax.legend(
        handles=[*legend.legend_handles, *handles],
        labels=[t.get_text() for t in legend.get_texts()] + texts,
        loc="upper center",
        # on a phone: a fixed distance below the axis label (see _legend)
        bbox_to_anchor=(0.5, 0) if is_narrow(ax) else (0.5, -0.1 - 0.5 / max(n_rows, 4)),
        borderaxespad=below_axis_label(ax) if is_narrow(ax) else 0.5,
        ncol=1 if is_narrow(ax) else 2,
        frameon=False,
        fontsize="small",
    )


def place_rates_figure(
    figures: pd.DataFrame | None = None,
    *,
    year: int,
    lang: str = "en",
    reference: str = "kazakhstan",
):
    """Return the index page's picture: every region's rate per 100 000, the unpublished ones named.

    Rendered off-screen with a phone version, a caption and the source line
    drawn in (see :func:`~fraud_research.report.render_figure`); embed it with
    ``figure._repr_html_()``.

    Examples
    --------
    >>> fig = place_rates_figure(year=2025, lang="kk")
    >>> fig.caption.split(",")[0], fig.png[:4] == b"\\x89PNG"
    ('100 000 тұрғынға шаққандағы тіркелген интернет-алаяқтық оқиғалары', True)
    """
    from ..dataset import cached_places, load_figures
    from ..stats import rank_places, rates_for_places
    from .figures import render_figure
    from .sections import source_line

    figures = load_figures() if figures is None else figures
    rates = rates_for_places(figures, year=year)
    ranking = rank_places(rates, reference=reference)
    places = cached_places()
    regions = places.index[places["level"] == "region"]
    missing = sorted(
        (p for p in regions if p not in set(ranking["place"])), key=lambda p: label_place(p, lang)
    )
    caption = translate("caption_place_rates", lang, year=year)
    sources = figures[figures["figure_id"].isin(rates["figure_id"])]
    rows = len(ranking) + len(missing)
    return render_figure(
        lambda ax: plot_place_rates(ranking, lang=lang, year=year, missing=missing, ax=ax),
        alt=caption,
        caption=caption,
        size=(8, 1.6 + 0.3 * rows),
        narrow_size=(4.3, 2.2 + 0.42 * rows),
        source=source_line(sources, lang),
    )
