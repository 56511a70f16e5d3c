"""The regional comparison's building blocks: validated parameters, one method per section.

``notebooks/compare_regions.ipynb`` calls :func:`prepare_compare_report` right
after its parameters cell, then one method of :class:`CompareReport` per section,
exactly as the region report does with :class:`~fraud_research.report.RegionReport`.

Examples
--------
>>> report = prepare_compare_report(year=2025)
>>> report.rates.set_index("place").loc["turkestan", "estimate"].round(2)
np.float64(39.18)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from ..dataset import check_place, load_figures, parse_period, require_year
from ..dataset.qualifiers import bound_side, combine_ratio_qualifier
from ..errors import InsufficientDataError, ParameterError
from ..stats import (
    RATE_METRICS,
    Note,
    SchemeMixResult,
    other_periods,
    pairwise_rate_ratios,
    rank_places,
    rates_for_places,
    scheme_mix_all,
)
from .compare_period import not_comparable_parts, not_comparable_table
from .display import compare_card
from .downloads import write_csv
from .figures import ReportFigure, render_figure
from .findings import compare_findings
from .formatting import as_markdown, reader_table
from .labels import check_language, relabel, translate
from .parameters import check_injected_names, output_folder
from .periods import denominator_words, period_words
from .plots import plot_funnel, plot_ranking, plot_scheme_mix
from .prose import (
    data_limits,
    method_text,
    note_text,
    scheme_reading,
)
from .reader_notes import with_reader_notes
from .sections import Section, cite_part, reader_caveats, source_line, table_or_sentence
from .summary_plots import plot_place_rates

#: The documented parameters of ``notebooks/compare_regions.ipynb``.
COMPARE_PARAMETERS = ("year", "period", "metric", "places", "reference", "lang", "output_dir")

#: The sections of the comparison, in reading order, each with its heading and introduction.
SECTIONS = ("rates", "ranking", "mix", "not_comparable", "limits")

_TABLE_COLUMNS = {
    "rates": [
        "place",
        "count",
        "qualifier",
        "population",
        "population_qualifier",
        "population_digits",
        "denominator",
        "bound",
        "rate",
        "rate_ci_lower",
        "rate_ci_upper",
        "caveat",
    ],
    "ranking": [
        "place",
        "rank",
        "bound",
        "rate",
        "rate_ci_lower",
        "rate_ci_upper",
        "rank_lower",
        "rank_upper",
        "ratio_to_national",
        "ratio_ci_lower",
        "ratio_ci_upper",
        "funnel_flag",
        "funnel_p_adjusted",
        "reason",
    ],
    "pairs": [
        "place_a",
        "place_b",
        "bound",
        "estimate",
        "ci_lower",
        "ci_upper",
        "p_value",
        "p_adjusted",
    ],
    "mix_tests": [
        "place",
        "reference",
        "statistic",
        "dof",
        "p_value",
        "dissimilarity",
        "n_shared",
        "n",
        "test",
    ],
    "mix_schemes": [
        "place",
        "scheme",
        "count",
        "count_reference",
        "share",
        "share_reference",
        "share_difference",
        "difference_ci_lower",
        "difference_ci_upper",
        "bound",
        "share_among_shared",
        "share_among_shared_reference",
        "residual",
    ],
}


#: A rate's interval shown at the rate's own decimals (a ratio's limits keep two).
_RATE_COLUMNS = {"estimate": "rate", "ci_lower": "rate_ci_lower", "ci_upper": "rate_ci_upper"}


@dataclass(frozen=True)
class CompareReport:
    """Everything the regional comparison shows, computed from the validated dataset.

    Build it with :func:`prepare_compare_report`.

    Examples
    --------
    >>> report = prepare_compare_report(year=2025, lang="ru")
    >>> report.title_markdown()
    '# Сравнение регионов: уровни, рейтинг и структура схем — 2025'
    """

    year: int
    metric: str
    places: tuple[str, ...]
    reference: str
    lang: str
    figures: pd.DataFrame = field(repr=False)
    output_dir: str = ""
    period: str = ""

    def __post_init__(self):
        # readers see the curators' notes with the dataset's internal names put into words
        object.__setattr__(self, "figures", with_reader_notes(self.figures))

    @cached_property
    def span(self) -> dict:
        """The compared period (see :func:`~fraud_research.dataset.parse_period`)."""
        return parse_period(self.period, year=self.year)

    @property
    def part_year(self) -> bool:
        """Whether the comparison covers part of a year rather than a full year."""
        return self.span["period_kind"] != "full_year"

    @property
    def period_label(self) -> str:
        """The compared period in the reader's words («January–May 2025», or the year).

        Examples
        --------
        >>> prepare_compare_report(year=2025, period="2025-01/2025-05", lang="ru").period_label
        'январь–май 2025'
        """
        if not self.part_year:
            return str(self.year)
        span = self.span
        return period_words("months", self.year, span["period_start"], span["period_end"],
                            lang=self.lang)  # fmt: skip

    @cached_property
    def rates(self) -> pd.DataFrame:
        """Rates per 100 000 of every compared place with a headline count for the period."""
        chosen = [*self.places, self.reference] if self.places else None
        rates = rates_for_places(
            self.figures, year=self.year, period=self.period, metric=self.metric, places=chosen
        )
        rates["caveat"] = [
            reader_caveats(row, self.figures, self.lang) for _, row in rates.iterrows()
        ]
        rates["denominator"] = [
            denominator_words(row, lang=self.lang) for _, row in rates.iterrows()
        ]
        return rates

    @cached_property
    def ranking(self) -> pd.DataFrame:
        """Places ranked against the reference's rate (see :func:`~fraud_research.stats.rank_places`)."""
        return rank_places(self.rates, reference=self.reference)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """Every pairwise rate ratio (see :func:`~fraud_research.stats.pairwise_rate_ratios`)."""
        return pairwise_rate_ratios(self.rates, reference=self.reference)

    @cached_property
    def not_comparable(self) -> pd.DataFrame:
        """What places left out published for another span of the year (never mixed in)."""
        chosen = [*self.places] if self.places else None
        return other_periods(
            self.figures, year=self.year, period=self.period, metric=self.metric, places=chosen
        )

    @cached_property
    def mix(self) -> SchemeMixResult:
        """Each place's scheme mix against the reference's (full years only)."""
        if self.part_year:
            note = Note("mix_full_year_only", {"period": self.period_label})
            return SchemeMixResult(pd.DataFrame(), pd.DataFrame(), [note])
        return scheme_mix_all(
            self.figures, year=self.year, reference=self.reference, places=list(self.places)
        )

    @as_markdown
    def title_markdown(self) -> str:
        """Return the report's title."""
        return f"# {translate('title', self.lang)} — {self.period_label}"

    @as_markdown
    def section_markdown(self, section: str) -> str:
        """Return a section's heading and introduction (``rates``, ``ranking``, ``mix``, ``limits``).

        Examples
        --------
        >>> print(prepare_compare_report(year=2025).section_markdown("limits"))
        ## What the data cannot tell
        """
        if section not in SECTIONS:
            raise ParameterError(f"unknown section {section!r}; valid: {', '.join(SECTIONS)}")
        heading = f"## {translate(f'section_{section}', self.lang)}"
        if section == "limits":
            return heading
        return f"{heading}\n\n{translate(f'intro_{section}', self.lang)}"

    def table(self, name: str):
        """Return a table for readers: ``rates``, ``ranking``, ``pairs``, ``mix_tests``, ``mix_schemes``,
        ``not_comparable``.

        Examples
        --------
        >>> "Rate per 100 000" in prepare_compare_report(year=2025).table("rates").to_html()
        True
        """
        frames = {
            "rates": lambda: self.rates.rename(columns=_RATE_COLUMNS),
            # the ranking's p-value is the funnel's (overdispersed), not the exact ratio's
            "ranking": lambda: self.ranking.rename(
                columns={**_RATE_COLUMNS, "p_adjusted": "funnel_p_adjusted"}
            ).assign(bound=[bound_side(q) for q in self.ranking["qualifier"]]),
            "pairs": self._pairs_with_bounds,
            "mix_tests": lambda: self.mix.test.assign(
                test=[
                    method_text(pd.Series({"method": t}), self.lang) for t in self.mix.test["test"]
                ]
            ),
            "mix_schemes": lambda: self.mix.schemes,
        }
        if name == "not_comparable":
            return reader_table(not_comparable_table(self), lang=self.lang)
        if name not in frames:
            raise ParameterError(f"unknown table {name!r}; valid: {', '.join(frames)}")
        frame = relabel(frames[name]()[_TABLE_COLUMNS[name]], self.lang, headings=False)
        return reader_table(frame, lang=self.lang)

    def _pairs_with_bounds(self) -> pd.DataFrame:
        # a place printed «не менее» makes each ratio with it one-sided: its open limit
        # reads "open (bound)", not "not published"
        printed = self.rates.set_index("place")["qualifier"]
        bounds = [
            bound_side(combine_ratio_qualifier(printed[a], printed[b]))
            for a, b in zip(self.pairs["place_a"], self.pairs["place_b"], strict=True)
        ]
        return self.pairs.assign(bound=bounds)

    @as_markdown
    def ranking_markdown(self) -> str:
        """Return the ranking read in one paragraph: only the groups that have places.

        Examples
        --------
        >>> "-" in prepare_compare_report(year=2025, lang="ru").ranking_markdown().split(": ")
        False
        """
        return " ".join([*compare_findings(self)[2:], translate("cf_groups", self.lang)])

    @as_markdown
    def mix_markdown(self) -> str:
        """Return the scheme-mix readings and caveats as a Markdown list."""
        readings = [f"- {scheme_reading(row, self.lang)}" for _, row in self.mix.schemes.iterrows()]
        caveats = [f"- *{note_text(note, self.lang)}*" for note in self.mix.caveats]
        return "\n".join(readings + caveats)

    @as_markdown
    def limits_markdown(self) -> str:
        """Return what the data cannot tell, with the numbers of this comparison."""
        period = self.period_label if self.part_year else ""
        return data_limits(self.rates, year=self.year, lang=self.lang, period=period)

    def sources(self) -> pd.DataFrame:
        """Return the figures behind the compared rates (for source lines and "cite as")."""
        ids = [i for i in self.rates["figure_id"] if isinstance(i, str)]
        return self.figures[self.figures["figure_id"].isin(ids)]

    def figure(self, name: str) -> ReportFigure:
        """Return a figure rendered for the report: ``rates``, ``funnel``, ``ranking``, ``scheme_mix``.

        Examples
        --------
        >>> fig = prepare_compare_report(year=2025, lang="kk").figure("rates")
        >>> fig.caption.startswith("100 000 тұрғынға"), fig.source.startswith("Дереккөз:")
        (True, True)
        """
        key = "caption_place_rates" if name == "rates" else f"caption_{name}"
        caption = translate(key, self.lang, year=self.period_label)
        extra = {"source": source_line(self.sources(), self.lang)}
        if name == "rates":
            n = len(self.ranking)
            return render_figure(
                lambda ax: plot_place_rates(
                    self.ranking, lang=self.lang, year=self.period_label, ax=ax
                ),
                alt=caption,
                caption=caption,
                size=(8, 2.2 + 0.5 * n),
                narrow_size=(4.3, 3.6 + 0.75 * n),
                **extra,
            )
        if name == "funnel":
            return render_figure(
                lambda ax: plot_funnel(self.rates, reference=self.reference, lang=self.lang, ax=ax),
                alt=caption,
                caption=caption,
                size=(8, 5),
                narrow_size=(4.3, 4.6),
                **extra,
            )
        if name == "ranking":
            return render_figure(
                lambda ax: plot_ranking(self.ranking, lang=self.lang, ax=ax),
                alt=caption,
                caption=caption,
                size=(8, 3.2),
                narrow_size=(4.3, 3.8),
                **extra,
            )
        if name == "scheme_mix":
            places = list(dict.fromkeys(self.mix.schemes["place"])) or [None]

            def draw(axes):
                for ax, place in zip(axes if len(places) > 1 else [axes], places, strict=True):
                    part = self.mix.schemes[self.mix.schemes["place"] == place]
                    plot_scheme_mix(SchemeMixResult(self.mix.test, part), lang=self.lang, ax=ax)

            return render_figure(
                draw,
                alt=caption,
                caption=caption,
                size=(8, 2.2 + 2.2 * len(places)),
                narrow_size=(4.3, 2.4 + 3.2 * len(places)),
                nrows=len(places),
                **extra,
            )
        raise ParameterError(f"unknown figure {name!r}; valid: funnel, ranking, scheme_mix")

    def section(self, name: str) -> Section:
        """Return one whole section: ``summary``, ``rates``, ``ranking``, ``mix``, ``limits``, ``cite``.

        Examples
        --------
        >>> report = prepare_compare_report(year=2025, lang="kk")
        >>> report.section("summary").text().splitlines()[0]
        'Өңірлерді салыстыру: деңгейлер, рейтинг және схемалар құрылымы — 2025'
        """
        lang = self.lang
        heading = [("h2", translate(f"section_{name}", lang))] if name in SECTIONS else []
        key = "intro_rates_period" if name == "rates" and self.part_year else f"intro_{name}"
        intro = [("md", translate(key, lang))] if name in SECTIONS[:3] else []
        if name == "summary":
            lede = translate("compare_lede", lang)
            if self.part_year:
                lede += " " + translate("compare_period_lede", lang, period=self.period_label)
            parts = [
                ("h1", f"{translate('title', lang)} — {self.period_label}"),
                ("text", lede),
                ("h2", translate("section_findings", lang)),
                ("list", compare_findings(self), "key-findings"),
            ]
            if not self.ranking.empty:
                parts.append(("figure", self.figure("rates")))
        elif name == "rates":
            parts = [
                table_or_sentence(
                    relabel(
                        self.rates.rename(columns=_RATE_COLUMNS)[_TABLE_COLUMNS["rates"]],
                        lang,
                        headings=False,
                    ),
                    "no_data",
                    lang,
                ),
                ("figure", self.figure("funnel")),
            ]
        elif name == "ranking":
            parts = [
                ("text", self.ranking_markdown()),
                ("figure", self.figure("ranking")),
                ("table", self.table("ranking")),
                ("table", self.table("pairs")),
            ]
        elif name == "mix":
            parts = self._mix_parts()
        elif name == "not_comparable":
            parts = not_comparable_parts(self)
        elif name == "limits":
            parts = [("list", [line[2:] for line in self.limits_markdown().splitlines()])]
        elif name == "cite":
            parts = [
                ("h2", translate("section_cite", lang)),
                cite_part(
                    self.sources(), subject=translate("title", lang), year=self.year, lang=lang
                ),
            ]
        else:
            raise ParameterError(
                f"unknown section {name!r}; valid: summary, {', '.join(SECTIONS)}, cite"
            )
        return Section(tuple(heading + intro + parts))

    def _mix_parts(self) -> list[tuple]:
        if self.mix.schemes.empty:
            return [("list", [note_text(note, self.lang) for note in self.mix.caveats])]
        readings = [scheme_reading(row, self.lang) for _, row in self.mix.schemes.iterrows()]
        notes = [f"*{note_text(note, self.lang)}*" for note in self.mix.caveats]
        return [
            ("table", self.table("mix_tests")),
            ("figure", self.figure("scheme_mix")),
            ("list", readings + notes),
            ("table", self.table("mix_schemes")),
        ]

    def _repr_html_(self) -> str:
        return compare_card(self, sections=SECTIONS)

    def save_tables(self, output_dir: str | Path) -> list[Path]:
        """Write the comparison's tables as CSV (atomically) under ``outputs/``; return the paths."""
        folder = output_folder(output_dir)
        tables = {
            "rates": self.rates,
            "ranking": self.ranking,
            "pairs": self.pairs,
            "mix_tests": self.mix.test,
            "mix_schemes": self.mix.schemes,
            "not_comparable": self.not_comparable,
        }
        return [write_csv(table, folder / f"{name}.csv") for name, table in tables.items()]


def check_compare_parameters(
    *,
    year: int,
    period: str = "",
    metric: str = "cases_registered",
    places: list[str] | tuple[str, ...] = (),
    reference: str = "kazakhstan",
    lang: str = "en",
    output_dir: str = "",
    namespace=None,
    figures: pd.DataFrame | None = None,
) -> dict:
    """Check every parameter of the comparison without computing or writing anything.

    The notebook's first cell and the batch runner's pre-flight both call this.
    ``namespace`` is the notebook's ``globals()``: a plain value in it that is not
    one of :data:`COMPARE_PARAMETERS` (a misspelt ``-p yaer 2024``) is refused.

    Raises
    ------
    ParameterError, InsufficientDataError
        Naming the parameter, the value and what is allowed.

    Examples
    --------
    >>> check_compare_parameters(year=2025)["places"]
    []
    >>> check_compare_parameters(year=2025, lang="de")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown language 'de' for parameter 'lang'; valid: en, ru, kk
    """
    check_injected_names(namespace, COMPARE_PARAMETERS)
    figures = load_figures() if figures is None else figures
    check_language(lang)
    if metric not in RATE_METRICS:
        raise ParameterError(f"parameter 'metric' is {metric!r}; valid: {', '.join(RATE_METRICS)}")
    if isinstance(year, bool) or not isinstance(year, int):
        raise ParameterError(f"parameter 'year' must be an integer year, got {year!r}")
    if isinstance(places, str) or not isinstance(places, list | tuple):
        raise ParameterError(
            f"parameter 'places' must be a list of place ids (empty = every place with data), "
            f"got {places!r}"
        )
    for place in places:
        check_place(place, parameter="places")
    check_place(reference, parameter="reference")
    if not isinstance(period, str):
        raise ParameterError(
            f"parameter 'period' must be a string such as '2025-01/2025-05', got {period!r}"
        )
    if period and parse_period(period, year=year)["period_kind"] == "part_year":
        _require_period(figures, reference=reference, year=year, period=period, metric=metric)
    else:
        require_year(figures, place=reference, year=year, parameter="year")
    if output_dir:
        output_folder(output_dir)
    return {
        "year": year,
        "period": period,
        "metric": metric,
        "places": list(places),
        "reference": reference,
        "lang": lang,
        "output_dir": output_dir,
    }


def prepare_compare_report(
    *,
    year: int,
    period: str = "",
    metric: str = "cases_registered",
    places: list[str] | tuple[str, ...] = (),
    reference: str = "kazakhstan",
    lang: str = "en",
    output_dir: str = "",
    namespace=None,
    figures: pd.DataFrame | None = None,
) -> CompareReport:
    """Validate the comparison's parameters and return its :class:`CompareReport`.

    With ``output_dir`` the tables are also saved as CSV under ``outputs/``.

    Examples
    --------
    >>> prepare_compare_report(year=2025, places=["atlantis"])
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown place 'atlantis' for parameter 'places'; valid ids: abai, ...
    """
    figures = load_figures() if figures is None else figures
    checked = check_compare_parameters(
        year=year,
        period=period,
        metric=metric,
        places=places,
        reference=reference,
        lang=lang,
        output_dir=output_dir,
        namespace=namespace,
        figures=figures,
    )
    report = CompareReport(
        year=checked["year"],
        metric=checked["metric"],
        places=tuple(checked["places"]),
        reference=checked["reference"],
        lang=checked["lang"],
        figures=figures,
        output_dir=output_dir,
        period=checked["period"],
    )
    if output_dir:
        report.save_tables(output_dir)
    return report


def _require_period(figures, *, reference: str, year: int, period: str, metric: str) -> None:
    """Refuse a period the reference published no figure for, listing the spans it has."""
    if not rates_for_places(
        figures, year=year, period=period, metric=metric, places=[reference]
    ).empty:
        return
    others = other_periods(figures, year=year, period=period, metric=metric, places=[reference])
    spans = sorted(
        {f"{r.period_start.date()}/{r.period_end.date()}" for r in others.itertuples()
         if pd.notna(r.period_start) and pd.notna(r.period_end)}
    )  # fmt: skip
    raise InsufficientDataError(
        f"the reference {reference!r} has no {metric} figure for exactly {period!r} "
        f"(parameter 'period'); dated spans of {year} it has: {', '.join(spans) or 'none'}"
    )
