"""Sentences for readers, written from the codes and numbers the statistics return.

The statistics layer says *what* (a :class:`~fraud_research.stats.Note`, a
``direction``, a ``method`` code, a ``flags`` column); this module says it in the
reader's language through the one translation table
(:mod:`fraud_research.report.translations`).

Examples
--------
>>> from fraud_research.stats import Note
>>> note_text(Note("plain_counts"), "en")
'plain counts were given, so the periods could not be checked'
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..dataset import UNLISTED, cached_places
from ..errors import InsufficientDataError, ParameterError
from ..stats import PER, Note, change_interval, funnel_limits, funnel_overdispersion
from ..stats.ranking import split_reference
from .formatting import format_percent, format_short, format_significant
from .labels import check_language, label_name, label_place, label_scheme, label_value, translate
from .numerals import with_decimal_mark

#: How ``population_basis`` codes are worded when the population is not the standard one
#: (the mid-year average for a full year, the nearest date for part of a year).
_BASIS_KEYS = {
    "start_of_year": "caveat_pop_single",
    "start_of_next_year": "caveat_pop_single",
    "within_year": "caveat_pop_single",
    "nearest_date": "caveat_pop_single",
    "year_only": "caveat_pop_undated",
}


def conflict_text(conflict: str, figures: pd.DataFrame, lang: str = "en") -> str:
    """Return the sentence naming the figures that disagree with a chosen one (or "").

    Parameters
    ----------
    conflict : str
        The ``conflict`` column of a panel: figure ids, ``"; "``-separated.
    figures : DataFrame
        The dataset, to look the ids up.

    Examples
    --------
    >>> from fraud_research.dataset import load_figures
    >>> conflict_text("kostanay-city-2025-damage", load_figures()).replace("\u202f", " ")
    'sources disagree: 2 277 000 000 (exact, kostanay-city-2025-damage, https://www.ng.kz/...)'
    >>> conflict_text("", load_figures())
    ''
    """
    if not conflict:
        return ""
    return translate("caveat_conflict", lang, others=_other_figures(conflict, figures, lang))


def _other_figures(conflict: str, figures: pd.DataFrame, lang: str) -> str:
    """The figures a chosen one disagrees with: value (qualifier, id in Sources, address)."""
    by_id = figures.set_index("figure_id")
    return "; ".join(
        f"{format_short(int(by_id.at[fid, 'value']), full=True, lang=lang)} "
        f"({label_value(by_id.at[fid, 'qualifier'], lang)}, {fid}, "
        f"{by_id.at[fid, 'source_url'] or translate('no_address', lang)})"
        for fid in conflict.split("; ")
    )


def rate_caveats(row: pd.Series, figures: pd.DataFrame, lang: str = "en") -> str:
    """Return what a reader must know about one row of rates, as one sentence list.

    Examples
    --------
    >>> from fraud_research.dataset import load_figures
    >>> from fraud_research.stats import rates_for_places
    >>> figures = load_figures()
    >>> rates = rates_for_places(figures, year=2025).set_index("place")
    >>> print(rate_caveats(rates.loc["almaty_city"], figures))
    count printed as at least: the rate is a lower bound
    >>> print(rate_caveats(rates.loc["kostanay_city"], figures))  # doctest: +ELLIPSIS
    a city inside a region, not a region: ...; population 276...800 is undated (...); data note: City of Kostanay, ...; population as printed: rounded; shown only to the digits its sources support
    """
    check_language(lang)
    caveats = []
    if row["qualifier"] != "exact":
        kind = {"at_least": "lower bound", "at_most": "upper bound"}.get(
            row["qualifier"], "approximate"
        )
        caveats.append(
            translate(
                "caveat_count_qualifier",
                lang,
                qualifier=label_value(row["qualifier"], lang),
                kind=("a " if lang == "en" and "bound" in kind else "") + label_value(kind, lang),
            )
        )
    flags = set(filter(None, str(row["flags"]).split(";")))
    if "city" in flags:
        caveats.append(translate("caveat_city", lang))
    if row["conflict"]:
        caveats.append(conflict_text(row["conflict"], figures, lang))
    if "definition_note" in flags:
        caveats.append(figures.set_index("figure_id").at[row["figure_id"], "note"])
    if "no_population" in flags:
        caveats.append(_no_population(row, figures, lang))
    else:
        caveats.extend(_population_caveats(row, figures, lang))
    return "; ".join(caveats)


def _population_caveats(row: pd.Series, figures: pd.DataFrame, lang: str) -> list[str]:
    caveats = []
    key = _BASIS_KEYS.get(row["population_basis"])
    if key == "caveat_pop_single":
        date = pd.Timestamp(row["population_date"]).date()
        caveats.append(translate(key, lang, date=date, year=int(row["year"])))
    elif key == "caveat_pop_undated":
        note = figures.set_index("figure_id").at[row["population_figure_id"], "note"]
        value = format_short(int(row["population"]), full=True, lang=lang)
        caveats.append(translate(key, lang, value=value, year=int(row["year"])))
        if note:  # the curators' note on its own, not inside the sentence; other languages
            # get it marked as English already (sections.reader_caveats)
            caveats.append(f"{translate('english_note', lang)}: {note}" if lang == "en" else note)
    if row.get("population_conflict"):
        others = _other_figures(row["population_conflict"], figures, lang)
        caveats.append(translate("caveat_pop_conflict", lang, others=others))
    if row["population_qualifier"] != "exact":
        caveats.append(
            translate(
                "caveat_pop_qualifier",
                lang,
                qualifier=label_value(row["population_qualifier"], lang),
            )
        )
    return caveats


def _no_population(row: pd.Series, figures: pd.DataFrame, lang: str) -> str:
    pops = figures[(figures["place"] == row["place"]) & (figures["metric"] == "population")]
    dates = ", ".join(str(d.date()) for d in pops["period_start"].dropna()) or "-"
    return translate(
        "caveat_no_rate",
        lang,
        place=label_place(row["place"], lang),
        year=int(row["year"]),
        dates=dates,
    )


def method_text(row: pd.Series, lang: str = "en") -> str:
    """Return the name of the method behind a result row (its ``method`` code and ``level``).

    Examples
    --------
    >>> method_text(pd.Series({"method": "goodman", "level": 0.95}))
    'Goodman simultaneous 95% intervals; Wilson 95% per scheme'
    >>> method_text(pd.Series({"method": "garwood", "level": 0.95}), "ru")
    'точный пуассоновский 95% интервал (Гарвуд)'
    """
    level = float(row.get("level", 0.95))
    code = str(row["method"]).split(";")[0]
    return translate(f"method_{code}", lang, level=with_decimal_mark(f"{level * 100:g}", lang))


def note_text(note: Note, lang: str = "en") -> str:
    """Return a :class:`~fraud_research.stats.Note` as a sentence in ``lang``.

    Place and scheme ids among the note's fields are written as names.

    Examples
    --------
    >>> print(note_text(Note("rest", {"place": "turkestan", "reference": "kazakhstan"}), "ru"))
    «остальная часть страны» = Казахстан минус Туркестанская область по каждой схеме, в предположении единой системы учёта
    """
    check_language(lang)
    fields = dict(note.fields)
    if note.code == "process_variability":
        fields["kind"] = translate(f"recorded_{fields['kind']}", lang)  # not the code «count»
    for key in ("place", "reference"):
        if key in fields:
            fields[key] = label_name(fields[key], lang)
    if "scheme" in fields:
        fields["scheme"] = label_scheme(fields["scheme"], lang)
    if "qualifier" in fields:
        fields["qualifier"] = label_value(fields["qualifier"], lang)
    if "places" in fields:
        fields["places"] = ", ".join(label_name(p, lang) for p in fields["places"])
    for key in ("merged", "merged_reference"):
        if key in fields:
            fields[key] = (
                ", ".join(label_scheme(s, lang) for s in fields[key].split(", "))
                if fields[key]
                else translate("none_merged", lang)
            )
    fields.setdefault("unlisted", label_scheme(UNLISTED, lang))
    fields.setdefault("rest", translate("rest_of_country", lang))
    return translate(f"caveat_{note.code}", lang, **fields)


def scheme_reading(row: pd.Series, lang: str = "en") -> str:
    """Return the plain reading of one scheme in a scheme-mix comparison.

    Examples
    --------
    >>> from fraud_research.stats import scheme_mix_against_reference
    >>> result = scheme_mix_against_reference(place="turkestan", year=2025)
    >>> print(scheme_reading(result.schemes.iloc[0]))
    Calls posing as bank, police, state, telecom or post staff are over-represented in Turkestan Region compared with rest of the country, among the schemes both list: 49.1% vs 42.5%
    """
    # a tested scheme is read on the shares the test compares (within the named schemes both
    # list); an untested one on the shares of each side's total
    tested = row["direction"] in ("over", "under", "similar")
    share = row["share_among_shared" if tested else "share"]
    reference = row["share_among_shared_reference" if tested else "share_reference"]
    # an untested share of a bound («более 300») is rounded the way it bounds, as in the table
    bound = "" if tested else str(row.get("bound") or "")
    return translate(
        f"reading_{row['direction']}",
        lang,
        scheme=label_scheme(row["scheme"], lang),
        place=label_name(row["place"], lang),
        reference=label_name(row["reference"], lang),
        share=format_percent(share, lang=lang, bound=bound),
        share_reference=format_percent(reference, lang=lang),
    )


def ranking_summary(
    ranking: pd.DataFrame, *, reference: str = "kazakhstan", lang: str = "en"
) -> str:
    """Return one paragraph that reads the ranking for a non-statistician.

    Examples
    --------
    >>> from fraud_research.stats import rank_places, rates_for_places
    >>> print(ranking_summary(rank_places(rates_for_places(year=2025))))
    4 places are compared with Kazakhstan (137 per 100 000), allowing for ... Undetermined (count printed as a bound): Almaty (city). ...
    """
    check = label_place(reference, lang)  # validates lang and reference

    def names(direction: str) -> str:
        chosen = ranking.loc[ranking["direction"] == direction, "place"]
        return ", ".join(label_place(p, lang) for p in chosen) or "-"

    rate = float(ranking["national_rate"].iloc[0]) if len(ranking) else float("nan")
    return translate(
        "ranking_summary_11",
        lang,
        n=len(ranking),
        reference=check,
        rate=rate,
        above=names("above"),
        below=names("below"),
        similar=names("similar"),
        undetermined=names("undetermined"),
    )


def data_limits(rates: pd.DataFrame, *, year: int, lang: str = "en", period: str = "") -> str:
    """Return a Markdown list of what the data cannot tell, with the numbers of this run.

    Examples
    --------
    >>> from fraud_research.stats import rates_for_places
    >>> rates = rates_for_places(year=2025)
    >>> print(data_limits(rates, year=2025).splitlines()[0])
    - Only 5 of 24 places in the registry have a full-year count and a sourced population for 2025: ...

    ``period`` (the reader's words for part of a year) words the first limit for that span.
    """
    check_language(lang)
    rated = rates[(rates["year"] == year) & rates["has_rate"]]["place"].tolist()
    fields = {
        "n_rated": len(rated),
        "n_places": len(cached_places()),
        "year": year,
        "rated": ", ".join(label_place(p, lang) for p in rated) or "-",
        "period": period,
    }
    keys = ["limits_1_period" if period else "limits_1"] + [f"limits_{i}" for i in range(2, 6)]
    lines = [translate(key, lang, **fields) for key in keys]
    funnel = _funnel_limit(rates, year, lang)
    return "\n".join(f"- {line}" for line in [*lines, *funnel])


def _funnel_limit(rates: pd.DataFrame, year: int, lang: str) -> list[str]:
    """What the funnel cannot show with the places of this run: a limit at 0 everywhere (a
    spread from few places as wide as the national rate), or Poisson limits only."""
    try:
        od = funnel_overdispersion(rates, year=year)
        national, _ = split_reference(rates, "kazakhstan", year)
    except (InsufficientDataError, ParameterError):
        return []  # no funnel is drawn at all
    rate = float(national["count"]) / float(national["population"]) * PER
    if od["n_places"] < 2:
        return [translate("limits_funnel_poisson", lang)]
    # the lower limit rises with the population: 0 at the largest is 0 at every population
    largest = funnel_limits(rate, 1e12, levels=(0.95,), tau2=od["tau2"])["lower"].item()
    if largest <= 0:
        return [translate("limits_funnel_floor", lang, n=od["n_places"], tau=od["tau"],
                          national=rate)]  # fmt: skip
    return []


def trend_summary(result, lang: str = "en") -> str:
    """Return a short paragraph a non-statistician can read about a trend result.

    It names the model and level actually used, says what the last change shows
    once between-year variation is allowed for, and prints projections to two
    significant figures (analytic limits: no seed can change them).

    Examples
    --------
    >>> from fraud_research.stats import fit_trend, pooled_dispersion
    >>> print(trend_summary(fit_trend(pd.Series({2025: 843}))))
    Only one year is available (2025: 843), so no trend can be estimated. Verdict: too early to say.
    >>> text = trend_summary(fit_trend(pd.Series({2023: 567, 2024: 598, 2025: 843}),
    ...                                dispersion=pooled_dispersion()))
    >>> print(text.split(". ", 2)[1])  # doctest: +ELLIPSIS
    2025 is significantly above 2024 (+41%, 95% CI +1% to +96%, allowing for between-year variation); 3 years cannot show whether this lasts...
    """
    check_language(lang)
    obs = result.observed
    unit = translate("cases_unit" if result.kind == "count" else "tenge_unit", lang)
    first, last = int(obs["year"].iloc[0]), int(obs["year"].iloc[-1])
    verdict = label_value(result.verdict, lang)
    if result.stage == "single_year":
        return translate(
            "trend_one_year", lang, year=last, value=format_short(obs["value"].iloc[0], lang=lang),
            verdict=verdict,
        )  # fmt: skip
    parts = [translate("trend_years", lang, n=result.n_years, first=first, last=last, unit=unit)]
    if not result.change.empty:
        parts.append(_change_sentence(result.change.iloc[-1], result.n_years, lang))
    if not result.growth.empty:
        g = result.growth.iloc[0]
        parts.append(
            translate(
                "trend_growth_named",
                lang,
                model=translate(f"model_{g['method']}", lang),
                pct=(g["estimate"] - 1) * 100,
                level=g["level"] * 100,
                lower=(g["ci_lower"] - 1) * 100,
                upper=(g["ci_upper"] - 1) * 100,
            )  # fmt: skip
        )
    if not result.projection.empty:
        parts.append(_projection_sentence(result, lang))
    reason = note_text(result.verdict_reason, lang)
    parts.append(translate("trend_verdict", lang, verdict=verdict, reason=reason))
    return " ".join(parts)


def _change_sentence(row: pd.Series, n_years: int, lang: str) -> str:
    pct = (row["estimate"] - 1) * 100
    lower, upper, method = change_interval(row)
    if method == "pooled_od" and np.isfinite(lower) and np.isfinite(upper):
        significant = lower > 1 or upper < 1
        key = "trend_last_change_significant" if significant else "trend_last_change_unclear"
        return translate(
            key, lang, start=int(row["from_year"]), end=int(row["to_year"]), pct=pct,
            lower=(lower - 1) * 100, upper=(upper - 1) * 100,
            n=n_years, direction=translate("direction_above" if pct > 0 else "direction_below", lang),
        )  # fmt: skip
    key = "trend_change_up" if pct >= 0 else "trend_change_down"
    text = translate(key, lang, start=int(row["from_year"]), end=int(row["to_year"]), pct=abs(pct))
    if np.isfinite(row["ci_lower"]) and np.isfinite(row["ci_upper"]):
        text += translate(
            "trend_change_interval", lang, lower=row["ci_lower"], upper=row["ci_upper"]
        )
    return text + "."


def _projection_sentence(result, lang: str) -> str:
    p = result.projection.iloc[0]
    level = max(result.levels)
    tag = f"pi{round(level * 100)}"
    estimate = format_significant(p["estimate"], 2, lang=lang)
    if not np.isfinite(p[tag + "_lower"]):
        return translate(
            "trend_projection_no_interval", lang, year=int(p["year"]), estimate=estimate
        )
    return translate(
        "trend_projection_median", lang, year=int(p["year"]), estimate=estimate, level=level,
        lower=format_significant(p[tag + "_lower"], 2, lang=lang),
        upper=format_significant(p[tag + "_upper"], 2, lang=lang),
        model=translate(f"model_{result.method}", lang) if result.method == "loglinear_pooled"
        else method_text(pd.Series({"method": result.method, "level": level}), lang),
    )  # fmt: skip
