"""What a reader sees: the region report, the regional comparison, tables, figures and words.

Start with :func:`prepare_region_report` (one place and year) or
:func:`prepare_compare_report` (places side by side); each returns an object
with one method per section of its notebook. Every word comes from one
translation table (:mod:`.translations`) in English, Russian or Kazakh; numbers
are formatted once (:mod:`.formatting`); plots are axes-level functions
(:mod:`.plots`) that reports render off-screen (:mod:`.figures`).

Examples
--------
>>> report = prepare_region_report(place="turkestan", year=2025)
>>> report.headline()["value"].tolist()[:2]
[843, 1665783000]
"""

import lazy_loader as _lazy

# Submodules load on first use of one of their names: the command line, batch workers and
# the page writer each need a few names, not pandas, statsmodels and matplotlib at once.
__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submod_attrs={
        "compare": [
            "COMPARE_PARAMETERS",
            "CompareReport",
            "check_compare_parameters",
            "prepare_compare_report",
        ],
        "coverage": ["coverage_cells", "coverage_conflicts", "coverage_csv_table", "coverage_page"],
        "figures": ["FigureError", "ReportFigure", "render_figure"],
        "formatting": [
            "format_amount",
            "format_derived",
            "format_number",
            "format_short",
            "reader_table",
        ],
        "labels": [
            "LANGUAGES",
            "alphabetical_key",
            "check_language",
            "column_label",
            "label_name",
            "label_place",
            "label_scheme",
            "label_value",
            "qualifier_prefix",
            "relabel",
            "translate",
        ],
        "page": ["PAGE_CSS", "add_glossary", "finish_page", "page_head", "untranslated_share"],
        "parameters": [
            "REGION_REPORT_PARAMETERS",
            "check_injected_names",
            "check_region_parameters",
            "output_folder",
            "report_year",
        ],
        "periods": ["period_words"],
        "plots": [
            "plot_funnel",
            "plot_message",
            "plot_ranking",
            "plot_scheme_mix",
            "plot_shares",
            "plot_trend",
            "save_figure",
        ],
        "prose": [
            "conflict_text",
            "data_limits",
            "method_text",
            "note_text",
            "ranking_summary",
            "rate_caveats",
            "scheme_reading",
            "trend_summary",
        ],
        "region": ["RegionReport", "prepare_region_report"],
        "summary": ["SUMMARY_COLUMNS", "headline_summary"],
        "summary_plots": ["place_rates_figure", "plot_place_rates", "plot_spine"],
    },
)
