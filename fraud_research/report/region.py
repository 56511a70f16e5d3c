"""The region report's building blocks: validated parameters, headline figures, tables, sources.

``notebooks/region_report.ipynb`` calls :func:`prepare_region_report` right after
its parameters cell, then one method of :class:`RegionReport` per section. Every
section sees the same window: the years up to the report year.

Examples
--------
>>> report = prepare_region_report(place="turkestan", year=2025)
>>> [[f, v.replace("\u202f", " ")] for f, v in report.headline()[["figure", "as_printed"]].values]
[['Registered internet-fraud cases', '843'], ['Damage, tenge', '1 665 783 000'], ['Average loss per case, tenge', '1 976 018']]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from ..dataset import (
    load_figures,
    load_places,
    load_schemes,
    scheme_breakdown,
    select_panel,
)
from ..errors import ParameterError
from ..stats import (
    CHANGE_COLUMNS,
    average_loss_table,
    fit_trend,
    pooled_dispersion,
    rates_for_places,
    scheme_counts,
    scheme_shares,
    wording_notes,
)
from .conflicts import resolved_conflicts
from .display import report_card
from .downloads import write_csv, write_region_chart_data
from .figures import ReportFigure, render_figure
from .findings import national_rates, spine_indicators
from .formatting import (
    as_markdown,
    dispersion_text,
    format_amount,
    format_derived,
    format_number,
    reader_table,
    round_significant,
)
from .labels import (
    label_place,
    label_scheme,
    label_value,
    plural,
    relabel,
    translate,
)
from .numerals import with_decimal_mark
from .parameters import check_region_parameters, output_folder
from .periods import denominator_words
from .plots import plot_message, plot_shares, plot_trend
from .prose import conflict_text, method_text, note_text, trend_summary
from .reader_notes import with_reader_notes
from .region_charts import chart_caption_key, chart_figure_ids
from .region_part_year import (
    annualised_table,
    part_year_change_table,
    part_year_panel,
    part_year_table,
)
from .region_sections import region_section
from .sections import data_note, reader_caveats, source_line
from .summary_plots import plot_spine

#: The method that computes each section's table, and how the table is cut for readers.
_TABLE_SOURCES = {
    "headline": "headline",
    "shares": "scheme_shares",
    "average_loss": "average_loss",
    "counts_and_rates": "counts_and_rates",
    "change": "change",
    "projection": "trend_projection",
    "models": "trend_comparison",
    "sources": "sources",
    "conflicts": "conflicts",
    "part_year": "part_year",
    "part_year_change": "part_year_change",
    "annualised": "annualised",
}
_TABLE_RENAMES = {
    "shares": {"estimate": "share", "ci_lower": "share_ci_lower", "ci_upper": "share_ci_upper"},
    "average_loss": {"shown": "average_loss"},
    "counts_and_rates": {
        "estimate": "rate",
        "ci_lower": "rate_ci_lower",
        "ci_upper": "rate_ci_upper",
    },
    "change": {"estimate": "ratio"},
    "part_year_change": {"estimate": "ratio"},
    "part_year": {"value": "count"},
}
_TABLE_COLUMNS = {
    "headline": ["figure", "as_printed", "qualifier", "n_sources", "conflict"],
    # damage and cases carry their own qualifiers («около», «не менее»): reader_table words them
    "average_loss": ["year", "damage_kzt", "damage_qualifier", "cases", "cases_qualifier",
                     "average_loss", "qualifier"],  # fmt: skip
    "counts_and_rates": ["year", "count", "qualifier", "bound", "count_ci_lower", "count_ci_upper",
                         "population", "population_qualifier", "population_digits",
                         "denominator", "rate", "rate_ci_lower",
                         "rate_ci_upper", "caveat"],
    "change": ["from_year", "to_year", "reference", "count", "qualifiers", "bound", "ratio",
               "ci_lower", "ci_upper", "p_value", "od_ci_lower", "od_ci_upper", "od_p_value"],
    "part_year": ["period", "count", "qualifier", "n_sources", "figure_id", "conflict", "caveat"],
    "part_year_change": ["from_period", "to_period", "reference", "count", "qualifiers", "bound",
                         "ratio", "ci_lower", "ci_upper", "od_ci_lower", "od_ci_upper",
                         "od_p_value"],
    "annualised": ["period", "months", "count", "qualifier", "annualised", "annualised_ci_lower",
                   "annualised_ci_upper"],
}  # fmt: skip
_PROJECTION_COLUMNS = ("estimate", "pi80_lower", "pi80_upper", "pi95_lower", "pi95_upper")
_TABLE_DROPS = {
    "shares": ["scheme", "method", "level"],
    "projection": ["method"],
    "models": ["note"],
}


@dataclass(frozen=True)
class RegionReport:
    """Everything one region report shows, computed from the validated dataset.

    Build it with :func:`prepare_region_report`; each method returns a tidy
    DataFrame (or a plot on a given Axes) for one section of the report.

    Examples
    --------
    >>> report = prepare_region_report(place="turkestan", year=2025, lang="kk")
    >>> report.place_name, report.year
    ('Түркістан облысы', 2025)
    """

    place: str
    year: int
    lang: str
    figures: pd.DataFrame = field(repr=False)
    places: pd.DataFrame = field(repr=False)
    schemes: pd.DataFrame = field(repr=False)
    output_dir: str = ""
    annualise: bool = False

    def __post_init__(self):
        # readers see the curators' notes with the dataset's internal names put into words
        object.__setattr__(self, "figures", with_reader_notes(self.figures))

    @property
    def place_name(self) -> str:
        """The place's name in the report language.

        Examples
        --------
        >>> prepare_region_report(place="kostanay_city", year=2025, lang="ru").place_name
        'город Костанай'
        """
        return label_place(self.place, self.lang)

    @cached_property
    def cases(self) -> pd.DataFrame:
        """Full-year case counts, one per year, with conflicts reported.

        Examples
        --------
        >>> prepare_region_report(place="turkestan", year=2025).cases["value"].tolist()
        [567, 598, 843]
        """
        return self._window(select_panel(self.figures, place=self.place))

    @cached_property
    def damage(self) -> pd.DataFrame:
        """Full-year damage in tenge, one per year, with conflicts reported.

        Examples
        --------
        >>> damage = prepare_region_report(place="turkestan", year=2025).damage
        >>> damage[["year", "value", "qualifier"]].values.tolist()
        [[2024, 1000000000, 'approx'], [2025, 1665783000, 'exact']]
        """
        return self._window(select_panel(self.figures, place=self.place, metric="damage_kzt"))

    def _window(self, panel: pd.DataFrame) -> pd.DataFrame:
        # One window for every section: a report pinned to 2024 shows nothing of 2025.
        return panel[panel["year"] <= self.year].reset_index(drop=True)

    def _row(self, frame: pd.DataFrame) -> pd.Series | None:
        match = frame[frame["year"] == self.year]
        return None if match.empty else match.iloc[0]

    def headline(self) -> pd.DataFrame:
        """Return the year's headline figures (cases, damage, average loss) with qualifiers.

        The average loss is derived (``derived`` True): rounded to the significant
        digits its printed totals support (``significant_digits``), never shown as printed.

        Examples
        --------
        >>> report = prepare_region_report(place="kostanay_city", year=2025)
        >>> [[v.replace("\u202f", " "), q] for v, q in report.headline()[["as_printed", "qualifier"]].values]
        [['981', 'exact'], ['2 270 000 000', 'exact'], ['about 2 310 000', 'exact']]
        >>> report.headline()[["value", "derived"]].values.tolist()
        [[981, False], [2270000000, False], [2310000, True]]
        >>> report.headline()["conflict"].iloc[1][:40].replace("\u202f", " ")
        'sources disagree: 2 277 000 000 (exact, '
        >>> prepare_region_report(place="turkestan", year=2024).headline()["as_printed"].iloc[-1].replace("\u202f", " ")
        'about 1 700 000'
        """
        rows = []
        cases, damage = self._row(self.cases), self._row(self.damage)
        labels = [
            translate(k, self.lang) for k in ("headline_cases", "headline_damage", "headline_loss")
        ]
        for label, row in zip(labels[:2], (cases, damage), strict=True):
            if row is not None:
                rows.append(
                    {
                        "figure": label,
                        "value": int(row["value"]),
                        "qualifier": row["qualifier"],
                        "derived": False,
                        "significant_digits": None,
                        "figure_id": row["figure_id"],
                        "n_sources": int(row["n_sources"]),
                        "conflict": conflict_text(row["conflict"], self.figures, self.lang),
                    }
                )
        if cases is not None and damage is not None:
            loss = self.average_loss().iloc[-1]
            digits = int(loss["significant_digits"])
            rows.append(
                {
                    "figure": labels[2],
                    "value": round(round_significant(loss["estimate"], digits)),
                    "qualifier": loss["qualifier"],
                    "derived": True,
                    "significant_digits": digits,
                    "figure_id": f"{loss['damage_figure_id']} / {loss['cases_figure_id']}",
                    "n_sources": 0,
                    "conflict": "",
                    "as_printed": format_derived(
                        loss["estimate"], loss["qualifier"], digits=digits, lang=self.lang
                    ),
                }
            )
        columns = ["figure", "value", "qualifier", "derived", "significant_digits", "figure_id",
                   "n_sources", "conflict"]  # fmt: skip
        frame = pd.DataFrame(rows, columns=[*columns, "as_printed"])
        frame["value"] = frame["value"].astype(object)  # whole numbers, never 9.81e+02
        frame["as_printed"] = [
            text if derived else format_amount(v, q, lang=self.lang)
            for v, q, derived, text in frame[["value", "qualifier", "derived", "as_printed"]].values
        ]
        return frame[[*columns, "as_printed"]]

    def scheme_counts(self) -> pd.Series:
        """Return the year's scheme counts from one source, with any unlisted remainder.

        Examples
        --------
        >>> prepare_region_report(place="kazakhstan", year=2025).scheme_counts().to_dict()
        {'impersonation_call': 8554, 'prepayment': 8357, 'fake_investment': 3110, 'not_listed': 7871}
        """
        rows = self._breakdown
        if rows.empty:
            return pd.Series(dtype="int64", name="count")
        return scheme_counts(rows.rename(columns={"count": "value"}))

    @cached_property
    def _breakdown(self) -> pd.DataFrame:
        return scheme_breakdown(self.figures, place=self.place, year=self.year)

    def scheme_shares(self, *, alpha: float = 0.05) -> pd.DataFrame:
        """Return scheme shares with Goodman simultaneous and Wilson intervals (empty if no split).

        Examples
        --------
        >>> shares = prepare_region_report(place="turkestan", year=2025).scheme_shares()
        >>> shares[["scheme", "count"]].head(2).values.tolist()
        [['impersonation_call', 340], ['prepayment', 255]]
        >>> prepare_region_report(place="almaty_region", year=2025).scheme_shares().empty
        True
        """
        counts_ = self.scheme_counts()
        if len(counts_) < 2:
            return pd.DataFrame()
        table = scheme_shares(counts_, alpha=alpha)
        table.insert(1, "label", [label_scheme(s, self.lang) for s in table["scheme"]])
        return table

    def average_loss(self) -> pd.DataFrame:
        """Return the average loss per case for every year with both totals.

        ``estimate`` is the unrounded ratio; ``shown`` is rounded to the
        ``significant_digits`` the printed totals support (what readers see).

        Examples
        --------
        >>> loss = prepare_region_report(place="turkestan", year=2025).average_loss()
        >>> loss["estimate"].round(2).tolist(), loss["qualifier"].tolist()
        ([1672240.8, 1976017.79], ['approx', 'exact'])
        >>> loss["shown"].tolist(), loss["derived"].tolist()
        ([1700000.0, 1976018.0], [True, True])
        """
        table = average_loss_table(self.cases, self.damage)
        table["shown"] = [
            round_significant(v, d)
            for v, d in zip(table["estimate"], table["significant_digits"], strict=True)
        ]
        return table

    def counts_and_rates(self) -> pd.DataFrame:
        """Return counts with exact Poisson intervals and rates per 100 000 where sourced.

        See :func:`~fraud_research.stats.rates_for_places`: the population figure,
        its date and source are part of each row, and bounds carry into the rate;
        ``caveat`` says in the report's language what a reader must know.

        Examples
        --------
        >>> rates = prepare_region_report(place="turkestan", year=2025).counts_and_rates()
        >>> row = rates.set_index("year").loc[2025]
        >>> int(row["population"]), round(float(row["estimate"]), 2), str(row["population_date"].date())
        (2151496, 39.18, '2025-01-01')
        """
        return self._rates.copy()

    @cached_property
    def _rates(self) -> pd.DataFrame:
        table = rates_for_places(self.figures, places=[self.place])
        table = table[table["year"] <= self.year].sort_values("year").reset_index(drop=True)
        table["caveat"] = [
            reader_caveats(row, self.figures, self.lang) for _, row in table.iterrows()
        ]
        table["denominator"] = [
            denominator_words(row, lang=self.lang) for _, row in table.iterrows()
        ]
        return table

    def change(self) -> pd.DataFrame:
        """Return year-on-year rate ratios of case counts: Poisson and overdispersion-aware intervals.

        The same table as the trend's (one implementation, one window: years up to
        the report year), consecutive years only.

        Examples
        --------
        >>> change = prepare_region_report(place="turkestan", year=2025).change()
        >>> change["estimate"].round(4).tolist(), change["od_ci_lower"].round(2).tolist()
        ([1.0547, 1.4097], [0.76, 1.01])
        >>> prepare_region_report(place="turkestan", year=2024).change()["to_year"].tolist()
        [2024]
        """
        if self.trend_result is None:
            return pd.DataFrame(columns=CHANGE_COLUMNS)
        change = self.trend_result.change
        return change[change["to_year"] - change["from_year"] == 1].reset_index(drop=True)

    @cached_property
    def _dispersion(self):
        return pooled_dispersion(self.figures)

    def trend(self):
        """Return the trend and projection of case counts (see :func:`fraud_research.stats.fit_trend`).

        Only the years up to the report year are used; the between-year variation
        is pooled across all places' series (:func:`~fraud_research.stats.pooled_dispersion`).

        Examples
        --------
        >>> result = prepare_region_report(place="turkestan", year=2024).trend()
        >>> result.stage, result.verdict
        ('two_years', 'too early to say')
        """
        years = self.cases["year"].astype(int)
        series = self.cases.set_index(years)["value"].astype(int)
        qualifiers = dict(zip(years, self.cases["qualifier"], strict=True))
        return fit_trend(series, dispersion=self._dispersion, qualifiers=qualifiers)

    def part_year(self) -> pd.DataFrame:
        """Return the published part-year case counts up to the report year, latest first.

        Examples
        --------
        >>> table = prepare_region_report(place="karaganda", year=2025).part_year()
        >>> table[["period", "value", "qualifier"]].values.tolist()
        [['January–May 2025', 868, 'exact']]
        """
        return part_year_table(self)

    def part_year_change(self) -> pd.DataFrame:
        """Return the ratio between years of counts for the same span, with both intervals.

        The change rule of full years (:func:`~fraud_research.stats.part_year_changes`).

        Examples
        --------
        >>> change = prepare_region_report(place="astana_city", year=2025).part_year_change()
        >>> change[["from_period", "to_period"]].values.tolist()[-1]
        ['January–May 2022', 'January–May 2025']
        """
        return part_year_change_table(self)

    def annualised(self) -> pd.DataFrame:
        """Return part-year counts scaled to a year — only when the report was asked to.

        Empty unless ``annualise=True`` (notebook parameter); see
        :func:`~fraud_research.stats.annualise_part_year` (an estimate: seasonality unknown).

        Examples
        --------
        >>> prepare_region_report(place="karaganda", year=2025).annualised().empty
        True
        >>> on = prepare_region_report(place="karaganda", year=2025, annualise=True).annualised()
        >>> round(float(on["annualised"].iloc[0]), 1)  # 868 × 12 / 5
        2083.2
        """
        return annualised_table(self)

    def used_figure_ids(self) -> list[str]:
        """Return the ids of every figure the report shows (for the sources table).

        Examples
        --------
        >>> ids = prepare_region_report(place="turkestan", year=2025).used_figure_ids()
        >>> len(ids), ids[-1]
        (15, 'turkestan-2025-population-2')
        """
        ids = list(self.cases["figure_id"]) + list(self.damage["figure_id"])
        ids += list(part_year_panel(self)["figure_id"])
        for fid in self._breakdown["figure_id"]:
            ids.extend(fid.split(" + "))
        rates = self.counts_and_rates()
        for fid in rates["population_figure_id"]:
            ids.extend(part for part in fid.split(" + ") if part)
        for others in self.conflicts()["conflict"]:  # what was set aside is cited too
            ids.extend(others.split("; "))
        return list(dict.fromkeys(ids))

    def sources(self) -> pd.DataFrame:
        """Return every figure used in the report with its address, date and quote.

        Examples
        --------
        >>> src = prepare_region_report(place="turkestan", year=2025).sources()
        >>> "1 млрд 665 млн 783 тыс. тенге" in " ".join(src["quote"])
        True
        """
        return self._sources.copy()

    @cached_property
    def _sources(self) -> pd.DataFrame:
        # Every figure's source line and the cite and sources sections read this table.
        ids = self.used_figure_ids()
        table = self.figures.set_index("figure_id").loc[ids].reset_index()
        return table[
            [
                "figure_id",
                "year",
                "metric",
                "scheme",
                "value",
                "qualifier",
                "source_url",
                "published",
                "language",
                "quote",
                "note",
            ]
        ]

    def table_frame(self, section: str) -> pd.DataFrame:
        """Return one section's table before formatting (possibly empty).

        Sections: ``headline``, ``shares``, ``average_loss``, ``counts_and_rates``,
        ``change``, ``projection``, ``models``, ``sources``, ``conflicts``.

        Examples
        --------
        >>> report = prepare_region_report(place="turkestan", year=2025)
        >>> report.table_frame("conflicts")["metric"].tolist(), len(report.table_frame("change"))
        (['population'], 2)
        """
        if section not in _TABLE_SOURCES:
            raise ParameterError(f"unknown section {section!r}; valid: {', '.join(_TABLE_SOURCES)}")
        frame = getattr(self, _TABLE_SOURCES[section])()
        frame = frame.rename(columns=_TABLE_RENAMES.get(section, {}))
        if "derived" in frame and section in ("headline", "average_loss"):
            # A derived figure is never "as printed: exact": its cell reads "derived (about)",
            # "about" too where it is rounded to the digits the totals support (as in words)
            loss = self.average_loss()
            by_year = dict(
                zip(loss["year"], loss["shown"] != loss["estimate"].round(), strict=True)
            )
            years = frame["year"] if section == "average_loss" else [self.year] * len(frame)
            rounded = [bool(by_year.get(year, False)) for year in years]
            frame = frame.assign(qualifier=[
                f"derived_{'approx' if r and q == 'exact' else q}" if d else q
                for q, d, r in zip(frame["qualifier"], frame["derived"], rounded, strict=True)
            ])  # fmt: skip
        if section in _TABLE_COLUMNS:
            frame = frame[_TABLE_COLUMNS[section]]
        frame = frame.drop(columns=_TABLE_DROPS.get(section, []), errors="ignore")
        if section == "sources":
            # The curators' note says how a figure was read ("printed as deceived citizens,
            # coded as cases because ..."): it travels with the quote, marked as English
            frame = frame.assign(note=[data_note(n, self.lang) for n in frame["note"]])
        if section == "models" and not frame.empty:
            frame = frame.assign(dispersion=[
                dispersion_text(m, d, lang=self.lang) for m, d in frame[["model", "dispersion"]].values
            ])  # fmt: skip
        return frame

    def table(self, section: str):
        """Return one section's table for readers (see :func:`reader_table`).

        Examples
        --------
        >>> report = prepare_region_report(place="turkestan", year=2025)
        >>> "Goodman" in report.table("shares").to_html()
        False
        >>> "Wilson lower 95%" in report.table("shares").to_html()
        True
        """
        decimals = (
            {"ratio": 2, "ci_lower": 2, "ci_upper": 2, "od_ci_lower": 2, "od_ci_upper": 2}
            if section in ("change", "part_year_change")
            else {"annualised": 0, "annualised_ci_lower": 0, "annualised_ci_upper": 0}
            if section == "annualised"
            # projected counts are whole cases: hundredths would claim a precision they lack
            else dict.fromkeys(_PROJECTION_COLUMNS, 0)
            if section == "projection"
            else None
        )
        frame = relabel(
            self.table_frame(section),
            self.lang,
            headings=False,
            value_columns=("metric", "language", "direction"),
        )
        return reader_table(frame, lang=self.lang, decimals=decimals)

    # --- Reader-facing pieces used by notebooks/region_report.ipynb ---------------------------

    @as_markdown
    def headline_markdown(self) -> str:
        """Return the headline sentence(s) in Markdown, every number with its qualifier.

        Examples
        --------
        >>> print(prepare_region_report(place="turkestan", year=2025).headline_markdown().replace("\u202f", " "))
        **Turkestan Region, 2025.** Registered internet-fraud cases: **843**. Damage, tenge: **1 665 783 000**. Average loss per case, tenge: **about 1.98 million** (derived).
        """
        table = self.headline()
        parts = [f"**{self.place_name}, {self.year}.**"]
        loss = self.average_loss()
        for row in table.itertuples():
            note = f" ({row.conflict})" if row.conflict else ""
            shown = row.as_printed
            if row.derived:  # in words, to the digits the totals support
                last = loss.iloc[-1]
                shown = format_derived(last["estimate"], row.qualifier, lang=self.lang,
                                       digits=int(row.significant_digits), words=True)  # fmt: skip
                note = f" ({label_value('derived_exact', self.lang)})"
            parts.append(f"{row.figure}: **{shown}**{note}.")
        if len(table) < 3:
            parts.append(translate("only_some_headline", self.lang))
        return " ".join(parts)

    def plot_shares(self, *, ax=None):
        """Draw the scheme shares with Goodman simultaneous 95% whiskers (a note if no split).

        Examples
        --------
        >>> import matplotlib.pyplot as plt
        >>> ax = prepare_region_report(place="turkestan", year=2025).plot_shares(ax=plt.figure().gca())
        >>> len(ax.patches)
        6
        >>> plt.close("all")
        """
        table = self.scheme_shares()
        if table.empty:
            return plot_message(translate("no_breakdown_plot", self.lang), ax=ax)
        title = translate("shares_title", self.lang, place=self.place_name, year=self.year)
        return plot_shares(
            table, ax=ax, xlabel=translate("shares_axis", self.lang), title=title, lang=self.lang
        )

    @as_markdown
    def shares_markdown(self) -> str:
        """Return the reading of the scheme shares: source, method, and which ranks are tied.

        Examples
        --------
        >>> text = prepare_region_report(place="turkestan", year=2025).shares_markdown()
        >>> text.split("Cannot be told apart (overlapping intervals): ")[1]
        'Other schemes / Money requests in messengers posing as acquaintances / Prize draws and lotteries.'
        >>> prepare_region_report(place="turkestan", year=2025, lang="ru").shares_markdown()[:40]
        'Разбивка по схемам охватывает 843 случая'
        """
        table = self.scheme_shares()
        if table.empty:
            return translate("no_breakdown_text", self.lang)
        groups, current = [], []
        for i in range(len(table)):
            current.append(table["label"].iloc[i])
            if not table["tied_with_next"].iloc[i]:
                if len(current) > 1:
                    groups.append(current)
                current = []
        cases = plural(
            int(table["count"].sum()),
            "n_cases_acc",
            self.lang,
            n_text=format_number(int(table["count"].sum())),
        )
        text = translate(
            "shares_reading", self.lang, cases=cases, method=method_text(table.iloc[0], self.lang)
        )
        if groups:
            joined = "; ".join(" / ".join(g) for g in groups)
            text += " " + translate("shares_tied", self.lang, groups=joined)
        return text

    @cached_property
    def trend_result(self):
        """The trend and projection of case counts up to the report year (None without counts).

        Examples
        --------
        >>> prepare_region_report(place="turkestan", year=2025).trend_result.n_years
        3
        >>> prepare_region_report(place="kostanay", year=2025).trend_result is None
        True
        """
        return self.trend() if not self.cases.empty else None

    @as_markdown
    def trend_markdown(self) -> str:
        """Return the trend verdict, its reading and its caveats in Markdown.

        Examples
        --------
        >>> text = prepare_region_report(place="kostanay", year=2025).trend_markdown()
        >>> text.startswith("No full-year case counts are published")
        True
        """
        if self.trend_result is None:
            return translate("no_counts_text", self.lang)
        lines = [self.trend_reading(), ""]
        method = self.trend_method()
        if method:
            lines += [f"*{translate('method_label', self.lang)}:* {method}", ""]
        return "\n".join(lines + [f"- {caveat}" for caveat in self.trend_caveats()])

    def trend_reading(self) -> str:
        """Return the trend's reading in the report's language (what the years show, the verdict).

        Examples
        --------
        >>> print(prepare_region_report(place="turkestan", year=2024, lang="kk").trend_reading()[:40])
        Байқалған жылдар: 2 (2023–2024, оқиғалар
        """
        return trend_summary(self.trend_result, self.lang)

    def trend_method(self) -> str:
        """Return the method the projection actually used, with its level, in the report's language."""
        result = self.trend_result
        if not result.method:
            return ""
        level = max(result.levels) * 100
        return translate(
            f"method_{result.method}", self.lang, level=with_decimal_mark(f"{level:g}", self.lang)
        )

    def trend_caveats(self) -> list[str]:
        """Return what a reader must know about the trend: the fit's notes and the wording's."""
        notes = [*self.trend_result.caveats, *wording_notes(self.cases)]
        return [note_text(note, self.lang) for note in notes]

    def trend_projection(self) -> pd.DataFrame:
        """Return the projection with 80% and 95% prediction intervals (empty if none).

        Examples
        --------
        >>> projection = prepare_region_report(place="turkestan", year=2025).trend_projection()
        >>> projection["year"].tolist()
        [2026, 2027]
        >>> bool((projection["pi95_upper"] >= projection["pi80_upper"]).all())
        True
        """
        return pd.DataFrame() if self.trend_result is None else self.trend_result.projection

    def trend_comparison(self) -> pd.DataFrame:
        """Return the candidate models compared, with the chosen one marked (empty if none).

        Examples
        --------
        >>> models = prepare_region_report(place="turkestan", year=2025).trend_comparison()
        >>> models.loc[models["chosen"], "model"].tolist()
        ['loglinear_pooled']
        """
        return pd.DataFrame() if self.trend_result is None else self.trend_result.comparison

    def plot_trend(self, *, ax=None):
        """Draw observed counts, the chosen model's fit and the projection fan.

        Examples
        --------
        >>> import matplotlib.pyplot as plt
        >>> ax = prepare_region_report(place="kostanay", year=2025).plot_trend(ax=plt.figure().gca())
        >>> ax.texts[0].get_text()
        'No full-year case counts published'
        >>> plt.close("all")
        """
        if self.trend_result is None:
            return plot_message(translate("no_counts_plot", self.lang), ax=ax)
        return plot_trend(self.trend_result, lang=self.lang, ax=ax, label=self.place_name)

    def figure(self, section: str) -> ReportFigure:
        """Return a section's figure rendered for the report: ``"shares"`` or ``"trend"``.

        Drawn off-screen whatever the matplotlib backend (see
        :mod:`fraud_research.report.figures`), with its caption in the report's language.

        Examples
        --------
        >>> fig = prepare_region_report(place="turkestan", year=2025).figure("shares")
        >>> fig.png[:4] == b"\\x89PNG", fig.caption.startswith("Shares of registered cases")
        (True, True)
        >>> fig.png_narrow[:4] == b"\\x89PNG", fig.source
        (True, 'Source: gurk.kz; via fraud-research')
        """
        n_shares = max(len(self.scheme_shares()), 2)
        figures = {
            "shares": (self.plot_shares, (8, 1.2 + 0.55 * n_shares), (4.3, 1.6 + 0.95 * n_shares)),
            "trend": (self.plot_trend, (8, 4.6), (4.3, 5.2)),
            "spine": (
                self.plot_spine,
                (8, 1.6 + 0.75 * len(self.spine())),
                (4.3, 3.8 + 1.05 * len(self.spine())),
            ),
        }
        if section not in figures:
            raise ParameterError(f"unknown figure {section!r}; valid: {', '.join(figures)}")
        draw, size, narrow = figures[section]
        caption = translate(chart_caption_key(self, section), self.lang, place=self.place_name,
                            year=self.year)  # fmt: skip
        # a chart credits the outlets of the figures it draws, not every source of the report
        drawn = self._sources[self._sources["figure_id"].isin(chart_figure_ids(self, section))]
        return render_figure(
            lambda ax: draw(ax=ax),
            alt=caption,
            caption=caption,
            size=size,
            narrow_size=narrow,
            source=source_line(drawn if len(drawn) else self._sources, self.lang),
        )

    def spine(self) -> pd.DataFrame:
        """Return the spine chart's data: headline indicators against the country (may be empty).

        Examples
        --------
        >>> spine = prepare_region_report(place="turkestan", year=2025).spine()
        >>> spine["direction"].tolist()  # the change +41% is within what years vary by
        ['below', 'similar', 'above']
        """
        return self._spine.copy()

    @cached_property
    def _spine(self) -> pd.DataFrame:
        # the country's report is built once per report, not once per chart and section
        if self.place == "kazakhstan":
            return pd.DataFrame()
        national = RegionReport(
            "kazakhstan", self.year, self.lang, self.figures, self.places, self.schemes
        )
        return spine_indicators(self, national)

    @cached_property
    def rates_against_country(self) -> pd.DataFrame:
        """The place's and the country's rate for the report year, ranked (empty if none).

        Examples
        --------
        >>> r = prepare_region_report(place="turkestan", year=2025).rates_against_country
        >>> r["place"].tolist(), round(float(r["national_rate"].iloc[0]), 1)
        (['turkestan'], 136.8)
        """
        return national_rates(self)

    def plot_spine(self, *, ax=None):
        """Draw the spine chart: the region's headline indicators against the country's."""
        title = translate("spine_title", self.lang, place=self.place_name, year=self.year)
        return plot_spine(self.spine(), lang=self.lang, title=title, ax=ax)

    def section(self, name: str):
        """Return one whole section of the report (heading, words, tables, figures) to display.

        Sections, in reading order: ``summary`` (title, key findings, spine chart),
        ``headline``, ``shares``, ``average_loss``, ``counts_and_rates``, ``change``,
        ``trend``, ``sources``, ``methods``, ``cite``.

        Examples
        --------
        >>> section = prepare_region_report(place="turkestan", year=2025, lang="ru").section("summary")
        >>> section.text().splitlines()[0]
        'Интернет-мошенничество: Туркестанская область, 2025'
        >>> len(section.figures())
        1
        """
        return region_section(self, name)

    def _repr_html_(self) -> str:
        return report_card(self)

    def conflicts(self) -> pd.DataFrame:
        """Return every disagreement between sources that the report resolved, and how:
        counts, damage and the populations its rates divide by (see
        :func:`~fraud_research.report.conflicts.resolved_conflicts`).

        Examples
        --------
        >>> conflicts = prepare_region_report(place="kostanay_city", year=2025).conflicts()
        >>> conflicts[["metric", "year", "value"]].values.tolist()
        [['damage_kzt', 2024, 1134000000], ['damage_kzt', 2025, 2270000000]]
        """
        return resolved_conflicts(self)

    def save_tables(self, output_dir: str) -> list:
        """Write the report's tables as CSV under ``outputs/`` (atomically); return the paths.

        ``output_dir`` is relative to the project's ``outputs/`` folder and may not leave it.

        Examples
        --------
        >>> prepare_region_report(place="turkestan", year=2025).save_tables("../../etc")
        Traceback (most recent call last):
        ...
        fraud_research.errors.ParameterError: parameter 'output_dir' must stay inside ...
        """
        folder = output_folder(output_dir)
        tables = {
            "headline": self.headline(),
            "scheme_shares": self.scheme_shares(),
            "average_loss": self.average_loss(),
            "counts_and_rates": self.counts_and_rates(),
            "change": self.change(),
            "sources": self.sources(),
        }
        written = [
            write_csv(table, folder / f"{self.place}_{self.year}_{name}.csv")
            for name, table in tables.items()
        ]
        return written + write_region_chart_data(self, folder)

    def chart_data_paths(self) -> list:
        """Return the names of the charts' CSV files and their README, beside the report."""
        return [
            output_folder(self.output_dir) / name
            for name in (
                f"{self.place}_{self.year}_chart_{chart}.csv"
                for chart in ("spine", "shares", "trend")
            )
        ] + [output_folder(self.output_dir) / f"{self.place}_{self.year}_README.txt"]


def prepare_region_report(
    *,
    place: str,
    year: int,
    lang: str = "en",
    output_dir: str = "",
    annualise: bool = False,
    namespace=None,
    figures: pd.DataFrame | None = None,
) -> RegionReport:
    """Validate the region report's parameters and return its :class:`RegionReport`.

    Parameters
    ----------
    place : str
        Place id from ``data/places.csv``.
    year : int
        A year with an internet-fraud figure for that place (full-year, or only
        part-year counts: then the report shows those with their periods); ``0``
        means the latest year with a full-year figure, or for a place with none the
        latest year with a part-year count (:func:`report_year`).
    lang : {"en", "ru", "kk"}
        Language of labels.
    output_dir : str, optional
        Folder under ``outputs/`` to save the report's tables in as CSV; ``""``
        saves nothing.
    annualise : bool, optional
        Show part-year counts scaled to a year, labelled as estimates (off by default).
    namespace : mapping, optional
        The notebook's ``globals()``, to refuse misspelt parameters (see
        :func:`check_region_parameters`).
    figures : DataFrame, optional
        The validated dataset; loaded if omitted.

    Raises
    ------
    ParameterError
        Unknown place (the message lists the valid ids), unknown language, a year
        that is not an integer, an unknown parameter in ``namespace``.
    InsufficientDataError
        A year without data (the message lists the years that have data).

    Examples
    --------
    >>> prepare_region_report(place="turkestan", year=2019)
    Traceback (most recent call last):
    ...
    fraud_research.errors.InsufficientDataError: no internet-fraud figure for turkestan in 2019 (parameter 'year'); years with data: 2023, 2024, 2025
    """
    figures = load_figures() if figures is None else figures
    checked = check_region_parameters(
        place=place,
        year=year,
        lang=lang,
        output_dir=output_dir,
        annualise=annualise,
        namespace=namespace,
        figures=figures,
    )
    report = RegionReport(
        place=place,
        year=checked["year"],
        lang=lang,
        figures=figures,
        places=load_places(),
        schemes=load_schemes(),
        output_dir=output_dir,
        annualise=checked["annualise"],
    )
    if output_dir:
        report.save_tables(output_dir)
    return report
