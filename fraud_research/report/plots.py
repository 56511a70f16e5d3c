"""Every plot of the reports, axes-level in the seaborn style: ``ax=None`` in, the Axes out.

Each function draws only on its Axes and labels it in the reader's language
(``lang``); saving is separate (:func:`save_figure`), so a notebook, a test and
the batch runner decide where a figure goes.
"""

from __future__ import annotations

import functools
from pathlib import Path

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
import seaborn as sns

from ..dataset import atomic_path
from ..stats import SchemeMixResult, funnel_limits, funnel_overdispersion
from ..stats.ranking import split_reference
from .formatting import (
    bound_label,
    format_money,
    format_number,
    format_percent,
    format_short,
    wrap_label,
)
from .labels import column_label, label_name, label_place, label_scheme, label_value, translate
from .plot_labels import label_points


def plot_shares(
    shares: pd.DataFrame,
    *,
    ax: plt.Axes | None = None,
    label_column: str = "label",
    interval: str = "simultaneous",
    xlabel: str = "Share of registered cases",
    title: str = "",
    wrap: int = 34,
    lang: str = "en",
) -> plt.Axes:
    """Draw scheme shares as horizontal bars with interval whiskers.

    Parameters
    ----------
    shares : DataFrame
        Output of :func:`~fraud_research.stats.scheme_shares` (a ``label`` column
        is used for the bars when present, else ``scheme``).
    ax : Axes, optional
        Where to draw; the current Axes if omitted.
    interval : {"simultaneous", "wilson"}
        Which interval the whiskers show.

    Returns
    -------
    Axes

    Examples
    --------
    >>> from fraud_research.stats import scheme_shares
    >>> shares = scheme_shares(pd.Series({"a": 60, "b": 30, "c": 10}))
    >>> ax = plot_shares(shares)
    >>> len(ax.patches), len(ax.lines)
    (3, 3)
    >>> plt.close("all")
    """
    if ax is None:
        ax = plt.gca()
    lower, upper = (
        ("ci_lower", "ci_upper") if interval == "simultaneous" else ("wilson_lower", "wilson_upper")
    )
    labels = shares[label_column] if label_column in shares else shares["scheme"]
    positions = range(len(shares))
    # before the whiskers: an open one (a bound's) runs to the edge
    top = float(np.nanmax(shares[[upper, "estimate"]]))
    ax.set_xlim(0, min(1.0, top * 1.2))
    ax.barh(positions, shares["estimate"], color="#0072B2", alpha=0.85)
    bounds = shares["bound"] if "bound" in shares else pd.Series("", index=shares.index)
    rows = zip(shares[lower], shares[upper], bounds.fillna(""), strict=True)
    percent = functools.partial(format_percent, lang=lang)
    for y, (lo, hi, side) in enumerate(rows):
        draw_interval(ax, lo, hi, y, color="black", width=1.5)
        # a bound's share is rounded the way it bounds and marked ≥ or ≤, as in the table
        text = bound_label(shares["estimate"].iloc[y], side, 3, percent)
        # an open upper whisker reaches the edge: the label sits above it, by the bar's end
        at, offset = (
            ((hi, y), (4, 0)) if np.isfinite(hi) else ((shares["estimate"].iloc[y], y), (4, 3))
        )
        ax.annotate(text, at, xytext=offset, textcoords="offset points", fontsize="small",
                    va="center" if np.isfinite(hi) else "bottom")  # fmt: skip
    narrow = is_narrow(ax)
    wrap = 18 if narrow else wrap
    ax.set_yticks(list(positions), labels=[wrap_label(str(v), wrap) for v in labels])
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel(wrap_label(xlabel, 28 if narrow else 60))
    if title:
        ax.set_title(wrap_label(title, 24 if narrow else 70), loc="left")
    sns.despine(ax=ax)
    return ax


def draw_interval(ax: plt.Axes, lower: float, upper: float, pos: float, *, color, width: float):
    """Draw an interval at ``pos``; an open end (a bound, NaN) runs to the axis edge as an arrow.

    Set the x-limits first: the arrow ends at them. A figure printed «не менее 2 500» has no
    upper limit; a bare dot or bar would show it as known.
    """
    if not (np.isfinite(lower) or np.isfinite(upper)):
        return  # no interval at all (a ratio of totals)
    if np.isfinite(lower) and np.isfinite(upper):
        ax.plot([lower, upper], [pos, pos], color=color, linewidth=width, solid_capstyle="butt",
                zorder=2)  # fmt: skip
        return
    left, right = ax.get_xlim()
    start, end = (lower, right) if np.isfinite(lower) else (upper, left)
    ax.annotate("", xy=(end, pos), xytext=(start, pos), zorder=2,
                arrowprops={"arrowstyle": "-|>", "color": color, "lw": width, "shrinkA": 0,
                            "shrinkB": 0, "mutation_scale": 14})  # fmt: skip


def plot_message(text: str, *, ax: plt.Axes | None = None) -> plt.Axes:
    """Write a message where a plot would be (e.g. "no breakdown published") and hide the axes.

    Examples
    --------
    >>> ax = plot_message("No full-year case counts published")
    >>> ax.texts[0].get_text(), ax.axison
    ('No full-year case counts published', False)
    """
    ax = plt.gca() if ax is None else ax
    ax.text(0.5, 0.5, text, ha="center", va="center", wrap=True, transform=ax.transAxes)
    ax.set_axis_off()
    return ax


def save_figure(fig: plt.Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Save a figure atomically (write a temporary file, then rename) and return its path.

    Examples
    --------
    >>> import tempfile
    >>> fig, ax = plt.subplots()
    >>> out = save_figure(fig, Path(tempfile.mkdtemp()) / "shares.png")
    >>> out.is_file(), out.suffix
    (True, '.png')
    >>> plt.close(fig)
    """
    path = Path(path)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=dpi, bbox_inches="tight", format=path.suffix.lstrip(".") or "png")
    return path


def plot_funnel(
    rates: pd.DataFrame,
    *,
    reference: str = "kazakhstan",
    year: int | None = None,
    lang: str = "en",
    ax: plt.Axes | None = None,
) -> plt.Axes:
    """Draw a funnel plot: each place's rate against its population, with control limits.

    Points outside the 99.8% limits are unlikely to be chance variation around
    the national rate. Counts printed as lower bounds are drawn as upward triangles.

    Returns
    -------
    Axes

    Examples
    --------
    >>> from fraud_research.stats import rank_places, rates_for_places
    >>> ax = plot_funnel(rates_for_places(year=2025), lang="ru")
    >>> ax.get_ylabel(), len(ax.collections)
    ('Случаев на 100 000 жителей', 2)
    """
    national, places = split_reference(rates, reference, year)
    ax = plt.gca() if ax is None else ax
    pops = places["population"].astype(float)
    grid = np.geomspace(min(pops.min(), 1e4) / 2, max(pops.max(), 1e6) * 2, 200)
    tau2 = funnel_overdispersion(rates, reference=reference, year=year)["tau2"]
    limits = funnel_limits(float(national["estimate"]), grid, tau2=tau2)
    rate = float(national["estimate"])
    ax.axhline(
        rate,
        color="black",
        linewidth=1,
        label=f"{translate('national_rate', lang)} ({format_number(rate, 1, lang=lang)})",
    )
    for level, style, key in [(0.95, "--", "limits_95"), (0.998, ":", "limits_998")]:
        part = limits[limits["level"] == level]
        ax.plot(part["population"], part["lower"], style, color="grey", label=translate(key, lang))
        ax.plot(part["population"], part["upper"], style, color="grey")
    bound = places["qualifier"].isin(["at_least"])
    ax.scatter(pops[~bound], places.loc[~bound, "estimate"], color="C0", zorder=3)
    ax.scatter(
        pops[bound],
        places.loc[bound, "estimate"],
        color="C1",
        marker="^",
        zorder=3,
        label=translate("lower_bound", lang),
    )
    ax.set_xscale("log")
    # «1 million», «1 млн»: the reports' words for a large number, not «1.0 m»
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: format_money(v, lang=lang)))
    ax.xaxis.set_minor_formatter(mticker.NullFormatter())
    ax.set_xlabel(translate("population_axis", lang))
    # on a phone the Kazakh label ran off the top of the chart
    ax.set_ylabel(wrap_label(translate("rate_axis", lang), 26 if is_narrow(ax) else 80))
    if is_narrow(ax):  # three decades' labels run into each other at phone width
        ax.xaxis.set_major_locator(mticker.LogLocator(base=100))
    # below the axes: inside, the legend covered the places' names
    ax.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, 0),
              borderaxespad=below_axis_label(ax), ncol=1 if is_narrow(ax) else 2,
              frameon=False)  # fmt: skip
    # last, in the final layout: names apart from each other and off the national line
    label_points(ax, pops, places["estimate"], [label_place(p, lang) for p in places["place"]],
                 avoid_y=rate)  # fmt: skip
    return ax


def is_narrow(ax: plt.Axes) -> bool:
    """Return True when the Axes is drawn for a phone (a figure narrower than 5 inches).

    Examples
    --------
    >>> is_narrow(plt.figure(figsize=(4.3, 3)).subplots()), is_narrow(plt.figure().subplots())
    (True, False)
    """
    return bool(ax.figure.get_figwidth() < 5)


def below_axis_label(ax: plt.Axes) -> float:
    """Space (in legend font sizes) from the axes to below its tick labels and axis label.

    A legend placed this far below the axes (``bbox_to_anchor=(x, 0)``) clears them at any
    axes height; a fraction of the height put a phone chart's legend on its source line.

    Examples
    --------
    >>> fig, ax = plt.subplots()
    >>> _ = ax.set_xlabel("Ratio to Kazakhstan\\n(1 = the same)")
    >>> below_axis_label(ax)
    5.5
    """
    lines = ax.get_xlabel().count("\n") + 1
    return 2.6 + 1.45 * lines


def plot_ranking(
    ranking: pd.DataFrame, *, lang: str = "en", ax: plt.Axes | None = None
) -> plt.Axes:
    """Draw the ranking as rates with 95% intervals and the national rate as a line.

    Examples
    --------
    >>> from fraud_research.stats import rank_places, rates_for_places
    >>> ax = plot_ranking(rank_places(rates_for_places(year=2025)))
    >>> [t.get_text() for t in ax.get_yticklabels()][:2]
    ['Kostanay (city) [1-2]', 'Almaty (city) [1-2]']
    """
    ax = plt.gca() if ax is None else ax
    ordered = ranking.sort_values("rank")
    y = np.arange(len(ordered))[::-1]
    ax.errorbar(
        ordered["estimate"],
        y,
        xerr=[
            ordered["estimate"] - ordered["ci_lower"],
            (ordered["ci_upper"] - ordered["estimate"]).fillna(0),  # a lower bound: no upper limit
        ],
        fmt="o",
        capsize=3,
    )
    ax.axvline(
        float(ordered["national_rate"].iloc[0]),
        color="black",
        linewidth=1,
        label=translate("national_rate", lang),
    )
    ax.set_yticks(
        y,
        [
            f"{label_place(p, lang)} [{lo}-{hi}]"
            for p, lo, hi in zip(
                ordered["place"], ordered["rank_lower"], ordered["rank_upper"], strict=True
            )
        ],
    )
    ax.set_xlabel(translate("rate_axis", lang))
    ax.legend(fontsize="small", loc="lower right")
    return ax


def plot_scheme_mix(
    result: SchemeMixResult, *, lang: str = "en", ax: plt.Axes | None = None
) -> plt.Axes:
    """Draw the two scheme mixes side by side as horizontal bars of shares.

    Examples
    --------
    >>> from fraud_research.stats import scheme_mix_against_reference, scheme_mix_all
    >>> ax = plot_scheme_mix(scheme_mix_against_reference(place="turkestan", year=2025), lang="ru")
    >>> len(ax.patches), ax.get_xlabel()
    (8, 'Доля случаев')
    """
    ax = plt.gca() if ax is None else ax
    schemes = result.schemes
    y = np.arange(len(schemes))[::-1]
    height = 0.4
    place, reference = schemes["place"].iloc[0], schemes["reference"].iloc[0]
    ax.barh(
        y + height / 2, schemes["share"], height, label=label_name(place, lang), color="#0072B2"
    )
    ax.barh(
        y - height / 2,
        schemes["share_reference"],
        height,
        label=label_name(reference, lang),
        color="#E69F00",
    )
    ax.set_yticks(
        y, [wrap_label(label_scheme(s, lang), 34) for s in schemes["scheme"]], fontsize="small"
    )
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel(translate("share_axis", lang))
    ax.set_title(label_name(place, lang), loc="left", fontsize="medium")
    ax.legend(fontsize="small", loc="lower right")
    return ax


def plot_trend(result, *, lang: str = "en", ax=None, label=None):
    """Draw the observed series, the chosen model's fit and the projection fan.

    One ``fill_between`` band per prediction level (widest first, lighter), a
    line for the fit, a dashed line for the projection and points for the
    observations. Draws only on ``ax`` and returns it.

    Parameters
    ----------
    result : TrendResult
        From :func:`fraud_research.stats.fit_trend`.
    lang : {"en", "ru", "kk"}
        Language of the labels.
    ax : matplotlib Axes, optional
        Defaults to ``plt.gca()``.
    label : str, optional
        Label of the observed points in the legend.

    Returns
    -------
    Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from fraud_research.stats import fit_trend
    >>> ax = plot_trend(fit_trend(pd.Series({2023: 567, 2024: 598, 2025: 843})))
    >>> len(ax.collections)   # observed points + two bands
    3
    """
    ax = ax or plt.gca()
    obs = result.observed
    proj = result.projection
    if not proj.empty:
        _draw_fan(result, ax=ax, lang=lang)
    if not result.fitted.empty:
        ax.plot(
            result.fitted["year"],
            result.fitted["estimate"],
            color="#0072B2",
            label=translate("trend_fit", lang),
        )
    if not proj.empty:
        ax.plot(
            np.r_[obs["year"].iloc[-1], proj["year"]],
            np.r_[obs["value"].iloc[-1], proj["estimate"]],
            color="#D55E00",
            linestyle="--",
            label=translate("trend_projection", lang),
        )
    ax.scatter(
        obs["year"],
        obs["value"],
        color="k",
        zorder=3,
        label=label or translate("trend_observed", lang),
    )
    for year, value in zip(obs["year"], obs["value"], strict=True):
        ax.annotate(
            format_short(value, lang=lang),
            (year, value),
            xytext=(0, 7),
            textcoords="offset points",
            ha="center",
            fontsize="small",
        )
    ax.set_xlabel(column_label("year", lang))
    ax.set_ylabel(translate("cases_axis" if result.kind == "count" else "tenge_axis", lang))
    years = list(obs["year"]) + (list(proj["year"]) if not proj.empty else [])
    ax.set_xticks(years)
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: format_short(v, lang=lang)))
    ax.set_title(
        translate("trend_title", lang, verdict=label_value(result.verdict, lang)), loc="left"
    )
    ax.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, frameon=False, fontsize="small"
    )
    return ax


def _draw_fan(result, *, ax, lang: str, reach: float = 2.0) -> None:
    """Draw the prediction bands, clipped at ``reach`` times the largest observed value.

    A band that goes beyond is cut at the top of the axis and labelled with its
    upper end, so the observed years stay readable however wide the fan is.
    """
    obs, proj = result.observed, result.projection
    last = obs["value"].iloc[-1]
    x = np.r_[obs["year"].iloc[-1], proj["year"]]
    top = reach * float(max(obs["value"].max(), proj["estimate"].max()))
    alphas = np.linspace(0.2, 0.45, len(result.levels))
    widest = None
    for lv, a in zip(sorted(result.levels, reverse=True), alphas, strict=True):
        tag = f"pi{round(lv * 100)}"
        upper = np.r_[last, proj[f"{tag}_upper"]]
        widest = upper if widest is None else widest
        ax.fill_between(
            x,
            np.r_[last, proj[f"{tag}_lower"]],
            np.minimum(upper, top),
            color="#E69F00",
            alpha=a,
            linewidth=0,
            label=translate("trend_band", lang, level=lv),
        )
    ax.set_ylim(0, top * 1.05)
    if widest is not None and widest.max() > top:
        ax.annotate(
            translate("trend_clipped", lang, value=format_short(widest.max(), lang=lang)),
            (x[-1], top),
            xytext=(-4, -4),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize="small",
            color="#7a4a00",
        )
