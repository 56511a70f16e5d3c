"""Key findings: a few plain sentences from the numbers and their intervals, and the spine chart's data.

Every sentence says only what the intervals support: a change is "more" or
"fewer" only when its 95% interval excludes no change, a place is "above" the
country only when the test says so, the largest scheme is called the largest
only when it can be told apart from the next one. Bounds («более») stay bounds.

Examples
--------
>>> from fraud_research.report import prepare_region_report
>>> for line in region_findings(prepare_region_report(place="turkestan", year=2025)):
...     print(line.replace("\u202f", " "))
843 internet-fraud cases were registered in Turkestan Region in 2025, 41% more than in 2024 (95% CI allowing for year-to-year variation: +1% to +96%; 2024: the source words the figure as «анықталып» (detected), which may not be the same as registered cases).
That is 39.2 cases per 100 000 residents (95% CI 36.6–41.9), clearly below the national rate (Kazakhstan: 136.8).
Calls posing as bank, police, state, telecom or post staff are the largest scheme: 40.3% of cases (36.0%–44.9%).
The average loss per case was about 1.98 million tenge (derived from total damage; the median cannot be computed from published totals).
It is too early to call a trend: 3 years of data cannot tell a lasting change from year-to-year variation.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from ..dataset import UNLISTED
from ..dataset.memo import per_dataset
from ..dataset.qualifiers import bound_side
from ..stats import change_interval, rank_places, rates_for_places, scheme_shares, wording_notes
from .formatting import (
    bound_label,
    format_derived,
    format_limit,
    format_number,
    format_percent,
    format_rate,
    format_short,
    round_bound,
    sentence_start,
)
from .labels import label_place, label_scheme, label_value, plural, qualifier_prefix, translate
from .prose import note_text

#: Schemes never called "the largest": remainders, not schemes.
_REMAINDERS = (UNLISTED, "other")


def _pct(ratio: float) -> str:
    return f"{(ratio - 1) * 100:+.0f}%"


def _count_text(value: int, qualifier: str, lang: str) -> str:
    prefix = qualifier_prefix(qualifier, lang)
    return f"{prefix} {format_number(value, lang=lang)}".strip()


def cases_finding(report) -> str | None:
    """Return the sentence on the year's registered cases and their change (None without counts)."""
    row = report._row(report.cases)
    if row is None:
        return None
    n = int(row["value"])
    registered = plural(
        n, "registered_cases", report.lang, n_text=_count_text(n, row["qualifier"], report.lang)
    )
    fields = {"registered": registered, "place": report.place_name, "year": report.year}
    change = report.change()
    change = change[change["to_year"] == report.year]
    if change.empty or not np.isfinite(change["ci_lower"].iloc[0]):
        return translate("f_cases", report.lang, **fields)
    c = change.iloc[0]
    lower, upper, method = change_interval(c)
    fields.update(
        prev=int(c["from_year"]),
        lower=format_limit(lower, side="lower", text=_pct),
        upper=format_limit(upper, side="upper", text=_pct),
        ci=translate(f"f_ci_{method}", report.lang),
    )
    if lower > 1:
        key, pct = "f_cases_up", f"{(c['estimate'] - 1) * 100:.0f}"
    elif upper < 1:
        key, pct = "f_cases_down", f"{(1 - c['estimate']) * 100:.0f}"
    else:
        key, pct = "f_cases_same", _pct(c["estimate"])
    sentence = translate(key, report.lang, pct=pct, **fields)
    # a compared count the source words as detected, not registered, is said here, not only
    # in the trend section a reader may never reach
    years = {int(c["from_year"]), int(report.year)}
    worded = [n for n in wording_notes(report.cases) if n.fields["year"] in years]
    if not worded:
        return sentence
    notes = "; ".join(note_text(n, report.lang) for n in worded)
    if sentence.endswith(")."):  # into the bracket that closes the sentence
        return f"{sentence[:-2]}; {notes})."
    return f"{sentence.rstrip('.')} ({notes})."


@per_dataset(lambda report, reference="kazakhstan": (report.figures, (report.place, report.year,
                                                                       reference)))  # fmt: skip
def national_rates(report, reference: str = "kazakhstan") -> pd.DataFrame:
    """Return the place's and the country's rate for the report year, ranked (empty if none).

    A region report keeps it (``RegionReport.rates_against_country``): the summary,
    the findings and the spine chart all ask for it.
    """
    if report.place == reference:
        return pd.DataFrame()
    rates = rates_for_places(report.figures, year=report.year, places=[report.place, reference])
    if set(rates.loc[rates["has_rate"], "place"]) != {report.place, reference}:
        return pd.DataFrame()
    return rank_places(rates, reference=reference)


def _against(report, reference: str) -> pd.DataFrame:
    """The report's own (kept) rates against the country, or computed for another reference."""
    if reference == "kazakhstan" and hasattr(report, "rates_against_country"):
        return report.rates_against_country
    return national_rates(report, reference)


def rate_finding(report, reference: str = "kazakhstan") -> str | None:
    """Return the sentence on the rate per 100 000 against the national rate (None without one)."""
    ranked = _against(report, reference)
    if ranked.empty:
        return None
    row = ranked.iloc[0]
    return translate(
        "f_rate",
        report.lang,
        rate=format_rate(row["estimate"], row["qualifier"], lang=report.lang),
        lower=format_limit(row["ci_lower"], side="lower", lang=report.lang),
        upper=format_limit(row["ci_upper"], side="upper", lang=report.lang),
        comparison=translate(f"cmp_{row['direction']}", report.lang),
        reference=label_place(reference, report.lang),
        national=format_number(row["national_rate"], 1, lang=report.lang),
    )


def scheme_finding(report) -> str | None:
    """Return the sentence on the largest named scheme, hedged when it is tied with the next."""
    shares = report.scheme_shares()
    if shares.empty:
        return None
    named = shares[~shares["scheme"].isin(_REMAINDERS)].reset_index(drop=True)
    if named.empty:
        return None
    top = named.iloc[0]
    if top.get("bound", ""):
        return _bound_scheme_finding(top, report.lang)
    fields = {
        "scheme": label_scheme(top["scheme"], report.lang),
        "share": format_percent(top["estimate"], lang=report.lang),
        "lower": format_percent(top["ci_lower"], lang=report.lang),
        "upper": format_percent(top["ci_upper"], lang=report.lang),
    }
    if len(named) > 1 and named["ci_lower"].iloc[0] <= named["ci_upper"].iloc[1]:
        nxt = named.iloc[1]
        return translate(
            "f_scheme_tied",
            report.lang,
            next=label_scheme(nxt["scheme"], report.lang),
            next_share=format_percent(nxt["estimate"], lang=report.lang),
            **fields,
        )
    return translate("f_scheme_top", report.lang, **fields)


def _bound_scheme_finding(top, lang: str) -> str:
    """The largest named scheme when its count is a bound: a one-sided statement, no interval."""
    side = "lower" if top["bound"] == "lower" else "upper"
    limit = top[f"ci_{side}"]
    return translate(
        "f_scheme_bound",
        lang,
        scheme=label_scheme(top["scheme"], lang),
        qualifier=qualifier_prefix(top["qualifier"], lang),
        # rounded the way it bounds, as in the table: 300 of 981 is at least 30.5%, not 30.6%
        share=format_percent(round_bound(top["estimate"], top["bound"], 3), lang=lang),
        limit=f"{qualifier_prefix(top['qualifier'], lang)} {format_percent(limit, lang=lang)}"
        if top["bound"] != "undetermined"
        else label_value("undetermined", lang),
    )


def loss_finding(report) -> str | None:
    """Return the sentence on the average loss per case (None without cases and damage)."""
    loss = report.average_loss()
    loss = loss[loss["year"] == report.year]
    if loss.empty:
        return None
    row = loss.iloc[0]
    amount = format_derived(
        row["estimate"], row["qualifier"], digits=row["significant_digits"], lang=report.lang,
        words=True,
    )  # fmt: skip
    return translate("f_loss", report.lang, amount=amount)


def trend_finding(report) -> str | None:
    """Return the sentence on the trend's verdict (None with fewer than three years)."""
    result = report.trend_result
    if result is None or result.n_years < 3:
        return None
    key = {
        "rising": "f_trend_rising",
        "falling": "f_trend_falling",
        "no clear trend": "f_trend_no_clear",
    }.get(result.verdict, "f_trend_too_early")
    return translate(key, report.lang, years=plural(result.n_years, "n_years", report.lang))


def region_findings(report) -> list[str]:
    """Return three to five key-finding sentences for a region report, strongest evidence first.

    Each sentence is built from a number and its interval (see the module's
    rules); a finding whose data is not published is left out, never filled in.
    """
    found = [
        cases_finding(report),
        rate_finding(report),
        scheme_finding(report),
        loss_finding(report),
        trend_finding(report),
    ]
    return [sentence_start(line) for line in found if line]


def spine_indicators(report, national, *, reference: str = "kazakhstan") -> pd.DataFrame:
    """Return the spine chart's rows: each headline indicator of the place against the country.

    ``national`` is the reference's :class:`~fraud_research.report.RegionReport`
    for the same year. Ratios are the place's figure over the country's, with
    the place's interval over the country's figure (the country's figure is
    taken as the fixed standard, as in the ranking).
    """
    rows = [
        *_rate_row(report, reference),
        *_change_row(report, national),
        *_loss_row(report, national),
        *_share_row(report, national),
    ]
    return pd.DataFrame(rows, columns=SPINE_COLUMNS)


SPINE_COLUMNS = ["label", "value", "ci_lower", "ci_upper", "national", "ratio", "ratio_lower",
                 "ratio_upper", "direction", "value_text"]  # fmt: skip


def _rate_row(report, reference: str) -> list[dict]:
    ranked = _against(report, reference)
    if ranked.empty:
        return []
    r = ranked.iloc[0]
    rate = functools.partial(format_number, decimals=1, lang=report.lang)
    own = bound_label(r["estimate"], bound_side(r["qualifier"]), 1, rate)  # «не менее»: ≥107.7
    return [_spine_row(translate("spine_rate", report.lang), r["estimate"], r["ci_lower"],
                       r["ci_upper"], r["national_rate"], rate, report.lang, own=own)]  # fmt: skip


def _change_row(report, national) -> list[dict]:
    """The change on the previous year against the country's, with the interval that allows
    for between-year variation where the change table has one (the Poisson one otherwise)."""
    own, theirs = report.change(), national.change()
    own, theirs = own[own["to_year"] == report.year], theirs[theirs["to_year"] == report.year]
    if own.empty or theirs.empty:
        return []
    o = own.iloc[0]
    lower, upper, _ = change_interval(o)
    return [_spine_row(translate("spine_change", report.lang), o["estimate"], lower, upper,
                       theirs.iloc[0]["estimate"], _pct, report.lang)]  # fmt: skip


def _loss_row(report, national) -> list[dict]:
    loss, loss_nat = report.average_loss(), national.average_loss()
    loss, loss_nat = loss[loss["year"] == report.year], loss_nat[loss_nat["year"] == report.year]
    if loss.empty or loss_nat.empty:
        return []
    return [_spine_row(translate("spine_loss", report.lang), loss["estimate"].iloc[0], np.nan,
                       np.nan, loss_nat["estimate"].iloc[0],
                       lambda v: format_short(v, lang=report.lang), report.lang)]  # fmt: skip


def _spine_row(label, value, lower, upper, nat, fmt, lang, *, own=None) -> dict:
    if np.isfinite(lower) and lower > nat:
        direction = "above"
    elif np.isfinite(upper) and upper < nat:
        direction = "below"
    else:
        direction = "similar"
    text = translate("spine_vs", lang, value=fmt(value) if own is None else own, national=fmt(nat))
    return {
        "label": label,
        "value": value,
        "ci_lower": lower,
        "ci_upper": upper,
        "national": nat,
        "ratio": value / nat,
        "ratio_lower": lower / nat,
        "ratio_upper": upper / nat,
        "direction": direction,
        "value_text": text,
    }


def _share_row(report, national) -> list[dict]:
    shares = report.scheme_shares()
    counts = national.scheme_counts()
    if shares.empty or len(counts) < 2:
        return []
    named = shares[~shares["scheme"].isin(_REMAINDERS)]
    nat = scheme_shares(counts).set_index("scheme")
    if named.empty or named["scheme"].iloc[0] not in nat.index:
        return []
    top = named.iloc[0]
    label = translate("spine_share", report.lang)  # the scheme is named in the key findings
    percent = functools.partial(format_percent, lang=report.lang)
    # «более 300» of 981: at least 30.58%, shown ≥30.5% as the table and the finding show it
    own = bound_label(top["estimate"], bound_side(top["qualifier"]), 3, percent)
    return [
        _spine_row(
            label,
            top["estimate"],
            top["ci_lower"],
            top["ci_upper"],
            nat.at[top["scheme"], "estimate"],
            percent,
            report.lang,
            own=own,
        )
    ]


def compare_findings(report) -> list[str]:
    """Return the comparison's key findings: what can be compared, the highest rate, the groups.

    Examples
    --------
    >>> from fraud_research.report import prepare_compare_report
    >>> for line in compare_findings(prepare_compare_report(year=2025, lang="ru")):
    ...     print(line)  # doctest: +ELLIPSIS
    За 2025 год можно сравнить 4 территории: город Костанай, город Алматы, Туркестанская область, Алматинская область; ...
    Самый высокий уровень — город Костанай: 354,4 на 100 000 (95% ДИ: 332,6–377,3); по стране — 136,8.
    В пределах обычного разброса между территориями (внутри воронки), что не делает их уровень равным общему по стране: город Костанай, Туркестанская область, Алматинская область.
    Не определено, так как число опубликовано как граница: город Алматы.
    """
    lang, ranking = report.lang, report.ranking
    if ranking.empty:
        return []
    names = ", ".join(label_place(p, lang) for p in ranking["place"])
    part_year = getattr(report, "part_year", False)
    lines = [
        translate(
            "cf_compared_period" if part_year else "cf_compared",
            lang,
            year=report.year,
            period=report.period_label if part_year else "",
            names=names,
            places=plural(len(ranking), "n_places_acc", lang),
        )
    ]
    top = ranking.sort_values("estimate", ascending=False).iloc[0]
    lines.append(
        translate(
            "cf_highest",
            lang,
            place=label_place(top["place"], lang),
            rate=format_rate(top["estimate"], top["qualifier"], lang=lang),
            lower=format_limit(top["ci_lower"], side="lower", lang=lang),
            upper=format_limit(top["ci_upper"], side="upper", lang=lang),
            national=format_number(top["national_rate"], 1, lang=lang),
        )
    )
    for direction in ("above", "below", "similar", "undetermined"):
        chosen = ranking.loc[ranking["direction"] == direction, "place"]
        if len(chosen):
            lines.append(
                translate(
                    f"cf_{direction}", lang, names=", ".join(label_place(p, lang) for p in chosen)
                )
            )
    no_rate = report.rates.loc[~report.rates["has_rate"], "place"]
    if len(no_rate):
        names = ", ".join(label_place(p, lang) for p in no_rate)
        lines.append(translate("no_rate_places", lang, names=names))
    return [sentence_start(line) for line in lines]
