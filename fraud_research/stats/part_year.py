"""Part-year figures: the same span in different years, and an annualised estimate on request.

A part of a year is not a year. :func:`part_year_changes` compares only figures
for the same span (same first and last day of the year, e.g. January–May) in
different years, with the one change rule of :func:`~fraud_research.stats.change_table`.
:func:`annualise_part_year` scales a part-year count to a year only when called,
with the one annualisation rule (:func:`~fraud_research.stats.annualise`), whose
interval ignores seasonality (unknown).

Examples
--------
>>> from fraud_research.dataset import select_panel
>>> panel = select_panel(place="aktobe", include_partial=True)
>>> part_year_changes(panel)[["from_year", "to_year", "estimate"]].round(4).values.tolist()
[[2024.0, 2025.0, 1.3734]]
"""

from __future__ import annotations

import re

import pandas as pd

from .adjust import annualise
from .change import CHANGE_COLUMNS, change_table

#: A number as a quote prints it: «564», «1 204», «1\u00a0204».
_NUMBER_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])|(?<![\d.,])\d+(?![\d.,])")

#: Columns of :func:`part_year_changes`: the span, then :data:`CHANGE_COLUMNS`.
PART_YEAR_CHANGE_COLUMNS = ["span_start", "span_end", "from_period_end", "to_period_end",
                            *CHANGE_COLUMNS]  # fmt: skip
#: Columns of :func:`annualise`.
ANNUALISED_COLUMNS = ["figure_id", "year", "period_start", "period_end", "months", "count",
                      "qualifier", "annualised", "annualised_ci_lower", "annualised_ci_upper",
                      "level", "method"]  # fmt: skip


def _dated_part_year(panel: pd.DataFrame) -> pd.DataFrame:
    rows = panel[
        (panel["period_kind"] != "full_year")
        & panel["period_start"].notna()
        & panel["period_end"].notna()
        & panel["year"].notna()
    ]
    rows = rows.assign(
        span_start=rows["period_start"].dt.strftime("%m-%d"),
        span_end=rows["period_end"].dt.strftime("%m-%d"),
    )
    return pd.concat([rows, _printed_together(panel)]) if len(panel) else rows


def _printed_together(panel: pd.DataFrame) -> pd.DataFrame:
    """Open-ended part-year figures of two years that one quote prints side by side.

    «с начала года … 564 …, что на 20,3% больше, чем за аналогичный период прошлого года
    (469)»: neither end date is stated, but the source compares the same span, so the two
    are paired (``span_end`` names the quote's figure; the ends stay unknown).
    """
    open_ended = panel[
        (panel["period_kind"] != "full_year")
        & panel["period_start"].notna()
        & panel["period_end"].isna()
        & panel["year"].notna()
    ]
    pairs = []
    for row in open_ended.itertuples():
        printed = {int(n.replace(" ", "").replace("\u00a0", "")) for n in _NUMBER_RE.findall(
            str(row.quote))}  # fmt: skip
        others = open_ended[(open_ended["year"] != row.year) & open_ended["value"].isin(printed)]
        others = others[others["period_start"].dt.strftime("%m-%d") == f"{row.period_start:%m-%d}"]
        if int(row.value) in printed and not others.empty:
            pairs.extend((index, row.figure_id) for index in [row.Index, *others.index])
    if not pairs:
        return open_ended.iloc[0:0].assign(span_start="", span_end="")
    index, quoted_by = zip(*dict(pairs).items(), strict=True)
    together = open_ended.loc[list(index)]
    return together.assign(
        span_start=together["period_start"].dt.strftime("%m-%d"),
        span_end=[f"as printed in {fid}" for fid in quoted_by],
    )


def part_year_changes(panel: pd.DataFrame, *, dispersion=None, alpha: float = 0.05) -> pd.DataFrame:
    """Return the change between years of figures for the same span of the year.

    Parameters
    ----------
    panel : DataFrame
        A panel with partial periods (``select_panel(..., include_partial=True)``);
        full-year and undated rows are ignored.
    dispersion : PooledDispersion, optional
        Between-year variance, as for full years.
    alpha : float, keyword-only

    Returns
    -------
    DataFrame
        Columns :data:`PART_YEAR_CHANGE_COLUMNS`: the span as ``MM-DD`` (e.g. ``01-01``
        to ``05-31``), the two periods' last days, then the columns of
        :func:`~fraud_research.stats.change_table` (consecutive available years).
        Empty when no span is published for two years.
    """
    rows = _dated_part_year(panel)
    frames = []
    for (start, end), group in rows.groupby(["span_start", "span_end"], sort=True):
        if group["year"].nunique() < 2:
            continue
        group = group.drop_duplicates("year").set_index(group["year"].astype(int).to_numpy())
        table = change_table(
            group["value"].astype(int),
            qualifiers=group["qualifier"].to_dict(),
            dispersion=dispersion,
            alpha=alpha,
        )
        ends = group["period_end"]
        table.insert(0, "to_period_end", ends.loc[table["to_year"]].to_numpy())
        table.insert(0, "from_period_end", ends.loc[table["from_year"]].to_numpy())
        table.insert(0, "span_end", end)
        table.insert(0, "span_start", start)
        frames.append(table)
    if not frames:
        return pd.DataFrame(columns=PART_YEAR_CHANGE_COLUMNS)
    return pd.concat(frames, ignore_index=True)[PART_YEAR_CHANGE_COLUMNS]


def annualise_part_year(panel: pd.DataFrame) -> pd.DataFrame:
    """Scale each part-year count of whole months from 1 January to a year: an estimate.

    Uses the one annualisation rule, :func:`~fraud_research.stats.annualise`
    (``count × 12 / months``; a 95% predictive interval for the full-year count that
    assumes no seasonality; a bound stays a bound). Spans that are not whole months
    from 1 January (e.g. «с 1 января по 17 октября») are left out.

    Returns
    -------
    DataFrame
        Columns :data:`ANNUALISED_COLUMNS`.

    Examples
    --------
    >>> from fraud_research.dataset import select_panel
    >>> panel = select_panel(place="karaganda", include_partial=True)
    >>> row = annualise_part_year(panel).iloc[0]
    >>> int(row["months"]), round(float(row["annualised"]), 1)  # 868 × 12 / 5
    (5, 2083.2)
    """
    rows = _dated_part_year(panel)
    rows = rows[
        (rows["span_start"] == "01-01")
        & rows["period_end"].dt.is_month_end
        & (rows["period_end"].dt.month < 12)
    ]
    records = []
    for row in rows.itertuples():
        months = int(row.period_end.month)
        out = annualise(int(row.value), months=months, qualifier=row.qualifier).iloc[0]
        records.append(
            {
                "figure_id": row.figure_id,
                "year": int(row.year),
                "period_start": row.period_start,
                "period_end": row.period_end,
                "months": months,
                "count": int(row.value),
                "qualifier": row.qualifier,
                "annualised": out["estimate"],
                "annualised_ci_lower": out["ci_lower"],
                "annualised_ci_upper": out["ci_upper"],
                "level": out["level"],
                "method": out["method"],
            }
        )
    return pd.DataFrame(records, columns=ANNUALISED_COLUMNS)
