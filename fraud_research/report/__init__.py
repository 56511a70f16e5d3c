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

from ..dataset import latest_year
from .compare import (
    COMPARE_PARAMETERS,
    CompareReport,
    check_compare_parameters,
    prepare_compare_report,
)
from .coverage import coverage_cells, coverage_conflicts, coverage_csv_table, coverage_page
from .figures import FigureError, ReportFigure, render_figure
from .formatting import (
    format_amount,
    format_derived,
    format_number,
    format_short,
    reader_table,
)
from .labels import (
    LANGUAGES,
    check_language,
    column_label,
    label_name,
    label_place,
    label_scheme,
    label_value,
    qualifier_prefix,
    relabel,
    translate,
)
from .page import PAGE_CSS, finish_page, page_head, untranslated_share
from .parameters import (
    REGION_REPORT_PARAMETERS,
    check_injected_names,
    check_region_parameters,
    output_folder,
    report_year,
)
from .periods import period_words
from .plots import (
    plot_funnel,
    plot_message,
    plot_ranking,
    plot_scheme_mix,
    plot_shares,
    plot_trend,
    save_figure,
)
from .prose import (
    conflict_text,
    data_limits,
    method_text,
    note_text,
    ranking_summary,
    rate_caveats,
    scheme_reading,
    trend_summary,
)
from .region import RegionReport, prepare_region_report
from .summary import SUMMARY_COLUMNS, headline_summary
from .summary_plots import place_rates_figure, plot_place_rates, plot_spine

__all__ = [
    "coverage_cells",
    "coverage_conflicts",
    "coverage_csv_table",
    "coverage_page",
    "period_words",
    "COMPARE_PARAMETERS",
    "LANGUAGES",
    "REGION_REPORT_PARAMETERS",
    "SUMMARY_COLUMNS",
    "CompareReport",
    "FigureError",
    "PAGE_CSS",
    "RegionReport",
    "ReportFigure",
    "check_compare_parameters",
    "check_injected_names",
    "check_language",
    "check_region_parameters",
    "report_year",
    "column_label",
    "conflict_text",
    "data_limits",
    "format_amount",
    "format_derived",
    "format_number",
    "format_short",
    "finish_page",
    "latest_year",
    "page_head",
    "place_rates_figure",
    "plot_place_rates",
    "plot_spine",
    "untranslated_share",
    "headline_summary",
    "label_name",
    "label_place",
    "label_scheme",
    "label_value",
    "method_text",
    "note_text",
    "output_folder",
    "plot_funnel",
    "plot_message",
    "plot_ranking",
    "plot_scheme_mix",
    "plot_shares",
    "plot_trend",
    "prepare_compare_report",
    "prepare_region_report",
    "qualifier_prefix",
    "ranking_summary",
    "rate_caveats",
    "reader_table",
    "relabel",
    "render_figure",
    "save_figure",
    "scheme_reading",
    "translate",
    "trend_summary",
]
