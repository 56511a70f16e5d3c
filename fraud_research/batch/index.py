"""Write what a batch run leaves beside the reports: manifest.json, summary.csv, index.html.

``manifest.json`` records, for each report, the parameters, the hashes of its
notebook, parameters and data, the package version, the git commit, start and
end time, duration and status. Reports not rendered in a run keep their entry.

``summary.csv`` holds the headline figures of every region with a report, one row
per region and year (:func:`fraud_research.report.headline_summary`), and
``index.html`` links every report with a table of those figures for the report's
year. The page is plain HTML with inline CSS: it opens from disk, fetches nothing.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..dataset import parse_period, select_panel
from ..dataset.files import atomic_write
from ..report import (
    alphabetical_key,
    format_amount,
    format_derived,
    label_place,
    page_head,
    place_rates_figure,
    translate,
)
from ..report.numerals import with_decimal_mark
from ..report.page import add_glossary
from ..report.periods import period_words, row_period_words
from ..report.translations import UI_STRINGS

#: Rules of the index page beyond the shared page CSS (:data:`fraud_research.report.PAGE_CSS`).
_CSS = """
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.num { text-align: right; }
.failed { color: #a40000; font-weight: 600; }
.note, p.meta { color: #555; font-size: .9rem; }
td.missing { color: #767676; }
/* on a phone the table keeps its columns and scrolls inside its box, words unbroken */
.table-scroll table { min-width: 44rem; }
"""


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _rel(path: str | Path, outputs_dir: Path) -> str:
    if not path:
        return ""
    try:
        return Path(path).resolve().relative_to(outputs_dir.resolve()).as_posix()
    except ValueError:
        return str(path)


def update_manifest(
    outputs_dir: Path,
    *,
    specs,
    stamps: dict[str, dict],
    results: list[dict],
    run: dict[str, Any],
) -> dict[str, Any]:
    """Merge this run's results into ``outputs/manifest.json`` and return the new manifest.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from fraud_research.batch import plan_reports, report_stamp
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> [spec] = plan_reports(["turkestan"])
    >>> result = {"report_id": "turkestan", "status": "failed", "error": "ValueError in cell 3"}
    >>> manifest = update_manifest(
    ...     outputs,
    ...     specs=[spec],
    ...     stamps={"turkestan": report_stamp(spec)},
    ...     results=[result],
    ...     run={"started": "2026-01-01T00:00:00+00:00", "git_commit": ""},
    ... )
    >>> entry = manifest["reports"]["turkestan"]
    >>> entry["status"], entry["error"], entry["year"], entry["html"]
    ('failed', 'ValueError in cell 3', 2025, 'turkestan/region_report.html')
    >>> (outputs / "manifest.json").is_file()
    True

    A report skipped in a later run keeps its entry:

    >>> skipped = {"report_id": "turkestan", "status": "skipped"}
    >>> manifest = update_manifest(
    ...     outputs,
    ...     specs=[spec],
    ...     stamps={"turkestan": report_stamp(spec)},
    ...     results=[skipped],
    ...     run={"started": "2026-01-02T00:00:00+00:00"},
    ... )
    >>> entry = manifest["reports"]["turkestan"]
    >>> entry["status"], entry["error"], entry["checked"]
    ('skipped', 'ValueError in cell 3', '2026-01-02T00:00:00+00:00')
    """
    path = outputs_dir / "manifest.json"
    old = _read_manifest(path)
    reports: dict[str, Any] = dict(old.get("reports", {}))
    by_id = {spec.report_id: spec for spec in specs}
    for res in results:
        spec = by_id[res["report_id"]]
        entry: dict[str, Any]
        if res["status"] == "skipped":
            entry = dict(reports.get(spec.report_id, {}))
            entry.setdefault("status_of_last_render", "ok")
            entry["status"] = "skipped"
            entry["checked"] = run["started"]
        else:
            entry = {
                "status": res["status"],
                "error": res.get("error", ""),
                "start": res.get("start", ""),
                "end": res.get("end", ""),
                "duration_s": res.get("duration_s"),
                "git_commit": run.get("git_commit", ""),
                "log": _rel(res.get("log", ""), outputs_dir),
                "worker_peak_mb": res.get("worker_peak_mb"),
                "kernel_peak_mb": res.get("kernel_peak_mb"),
            }
        stamp = stamps[spec.report_id]
        entry.update(
            {
                "report_id": spec.report_id,
                "notebook": spec.notebook.name,
                "params_file": str(spec.params_file) if spec.params_file else "",
                "parameters": spec.parameters,
                "place": spec.place,
                "year": spec.year,
                "html": _rel(
                    outputs_dir / spec.report_id / f"{spec.notebook.stem}.html", outputs_dir
                ),
                "executed_notebook": _rel(
                    outputs_dir / spec.report_id / f"{spec.notebook.stem}.ipynb", outputs_dir
                ),
                "notebook_sha256": stamp["notebook_sha256"],
                "parameters_sha256": stamp["parameters_sha256"],
                "data_sha256": stamp["data_sha256"],
                "package_version": stamp["package"],
            }
        )
        reports[spec.report_id] = entry
    from ..dataset import data_version

    manifest = {
        "run": {**run, "data_version": data_version()},
        "reports": dict(sorted(reports.items())),
    }
    atomic_write(path, json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n")
    return manifest


def headline_table(places: list[str], *, figures=None):
    """Return the headline figures for ``places``, every year (ImportError when unavailable).

    Examples
    --------
    >>> table = headline_table(["turkestan"])
    >>> table[["place", "year", "cases"]].values.tolist()
    [['turkestan', 2023, 567], ['turkestan', 2024, 598], ['turkestan', 2025, 843]]
    >>> row = table.iloc[-1]
    >>> int(row["damage_kzt"]), round(float(row["average_loss_kzt"]), 2)
    (1665783000, 1976017.79)
    >>> round(float(row["change_ratio"]), 3)
    1.41
    """
    from ..report import headline_summary

    table = headline_summary(figures, places=places)
    return table[table["place"].isin(places)].sort_values(["place", "year"]).reset_index(drop=True)


def _figure(row: dict, column: str, qualifier_column: str = "", *, lang: str = "en") -> str:
    """A headline figure as readers see it (the report layer's formatter), or a dash.

    Whole tenge and cases; the average loss (derived) to the significant digits its
    printed totals support (``average_loss_digits``), as the region report shows it.
    """
    value = row.get(column)
    if value is None or pd.isna(value):
        return "—"
    qualifier = row.get(qualifier_column) if qualifier_column else "exact"
    qualifier = "exact" if qualifier is None or pd.isna(qualifier) else str(qualifier)
    if column == "average_loss_kzt":
        digits = row.get("average_loss_digits")
        digits = None if digits is None or pd.isna(digits) else int(digits)
        return html.escape(format_derived(float(value), qualifier, digits=digits, lang=lang))
    return html.escape(format_amount(round(float(value)), qualifier or "exact", lang=lang))


def _change(row: dict, lang: str = "en") -> str:
    ratio = row.get("change_ratio")
    if ratio is None or pd.isna(ratio):
        return "—"
    lower, upper = row.get("change_ci_lower"), row.get("change_ci_upper")
    text = f"×{float(ratio):.2f}"
    if not (pd.isna(lower) or pd.isna(upper)):
        text += f" ({float(lower):.2f}–{float(upper):.2f})"
    return with_decimal_mark(text, lang)


def _change_methods(summary, lang: str) -> str:
    """One note under the table naming how the changes' intervals were made (it was repeated
    in every cell, which made each such row two lines tall on a phone)."""
    if summary is None or "change_method" not in summary:
        return ""
    methods = [m for m in dict.fromkeys(summary["change_method"].dropna())
               if f"method_{m}" in UI_STRINGS]  # fmt: skip
    if not methods:
        return ""
    texts = "; ".join(_t(f"method_{m}", lang, level=95) for m in methods)
    return f"<p class='note'>{_t('index_change', lang)}: {texts}.</p>"


def _link(entry: dict, label: str, outputs_dir: Path, lang: str = "en") -> str:
    """A report's name, linked when its page exists, with a note when its last run failed."""
    target = entry.get("html", "")
    text = html.escape(label)
    cell = text
    if target and (outputs_dir / target).is_file():
        cell = f"<a href='{html.escape(target)}'>{text}</a>"
    if entry.get("status") == "failed":
        nb = html.escape(entry.get("executed_notebook", ""))
        see = translate("index_see", lang, path="{path}")
        cell += (f"<br><span class='failed'>{_t('index_failed', lang)}</span> "
                 f"<span class='note'>{html.escape(see).format(path=nb)}</span>")  # fmt: skip
    return cell


def latest_part_year(place: str, year: int | None) -> dict:
    """The latest dated part-year count of ``place`` up to ``year`` (``{}`` when none).

    For a report without a full-year figure the index shows this, with its period.

    Examples
    --------
    >>> row = latest_part_year("karaganda", 2025)
    >>> int(row["value"]), str(row["period_end"].date())
    (868, '2025-05-31')
    >>> int(latest_part_year("atyrau", 2026)["value"])  # «С начала 2026 года», end not stated
    246
    """
    panel = select_panel(place=place, include_partial=True)
    # a count «since the start of the year» with no end stated is still that year's latest
    # count (Atyrau, 246 in 2026), after any dated one of the same year
    panel = panel[(panel["period_kind"] != "full_year") & panel["year"].notna()]
    if year is not None:
        panel = panel[panel["year"] <= year]
    if panel.empty:
        return {}
    return panel.sort_values(["year", "period_end"], na_position="first").iloc[-1].to_dict()


def _region_row(entry: dict, row: dict, name: str, outputs_dir: Path, lang: str) -> str:
    year = entry.get("year")
    part = {} if row else latest_part_year(entry["place"], year)
    when = html.escape(row_period_words(part, lang=lang)) if part else year
    if part:
        row = {"cases": part["value"], "cases_qualifier": part["qualifier"]}
    cells = [
        _link(entry, name, outputs_dir, lang),
        when if when is not None else "—",
        _figure(row, "cases", "cases_qualifier", lang=lang),
        _figure(row, "damage_kzt", "damage_qualifier", lang=lang),
        _figure(row, "average_loss_kzt", "average_loss_qualifier", lang=lang),
        _change(row, lang) if row else "—",
    ]
    # the place and its period read from the left; the figures align right
    place, period, *numbers = cells
    figures = "".join(f"<td class='num'>{c}</td>" for c in numbers)
    return f"<tr><td>{place}</td><td>{period}</td>{figures}</tr>"


def _rows(manifest: dict[str, Any], summary, outputs_dir: Path, lang: str = "en"):
    """Table rows of the region reports, and list items of the other reports."""
    rows_by_key = {}
    if summary is not None:
        for row in summary.to_dict("records"):
            rows_by_key[(row["place"], int(row["year"]))] = row
    region_rows, other_rows = [], []
    for report_id, entry in manifest.get("reports", {}).items():
        place = entry.get("place")
        if place and entry.get("notebook") == "region_report.ipynb":
            year = entry.get("year")
            row = rows_by_key.get((place, int(year)), {}) if year is not None else {}
            name = label_place(place, lang)
            region_rows.append((name, _region_row(entry, row, name, outputs_dir, lang)))
        else:
            label = (
                translate("index_compare", lang)
                if entry.get("notebook") == "compare_regions.ipynb"
                else report_id.replace("_", " ").capitalize()
            )
            parameters = entry.get("parameters") or {}
            year = parameters.get("year")
            if year and parameters.get("period"):
                span = parse_period(parameters["period"], year=int(year))
                year = period_words(
                    "months", year, span["period_start"], span["period_end"], lang=lang
                )
            other_rows.append(
                f"<li>{_link(entry, f'{label}, {year}' if year else label, outputs_dir)}</li>"
            )
    # rows follow the place names as the reader sees them, in the order of their alphabet
    region_rows.sort(key=lambda named: alphabetical_key(named[0], lang))
    return [row for _, row in region_rows], other_rows


def render_index(
    manifest: dict[str, Any],
    summary,
    summary_error: str,
    outputs_dir: Path,
    *,
    lang: str = "en",
    other_languages: dict[str, str] | None = None,
    figures=None,
    pictures: dict[int, str] | None = None,
) -> str:
    """Return the HTML of ``outputs/index.html``, in the reader's language.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> manifest = {
    ...     "run": {"finished": "2026-01-01T00:00:00+00:00", "package": "0.1.0+abc"},
    ...     "reports": {
    ...         "turkestan": {
    ...             "status": "ok",
    ...             "notebook": "region_report.ipynb",
    ...             "place": "turkestan",
    ...             "year": 2025,
    ...             "html": "turkestan/region_report.html",
    ...         }
    ...     },
    ... }
    >>> page = render_index(
    ...     manifest, headline_table(["turkestan"]), "", pathlib.Path(tempfile.mkdtemp())
    ... )
    >>> [line for line in page.splitlines() if "Turkestan Region" in line]  # doctest: +ELLIPSIS
    ["<tr><td>Turkestan Region</td><td>2025</td><td class='num'>843</td>..."]
    >>> "×1.41 (1.01–1.96)" in page, "https://" in page  # allowing for between-year variation
    (True, False)
    >>> ru = render_index(manifest, None, "", pathlib.Path("."), lang="ru",
    ...                   other_languages={"kk": "../kk/index.html"})
    >>> '<html lang="ru">' in ru, "Туркестанская область" in ru, "../kk/index.html" in ru
    (True, True, True)
    """
    region_rows, other_rows = _rows(manifest, summary, outputs_dir, lang)
    if (outputs_dir / "coverage.html").is_file():
        other_rows.append(f"<li><a href='coverage.html'>{_t('index_coverage', lang)}</a></li>")
    run = manifest.get("run", {})
    meta = _t("index_meta", lang, finished=run.get("finished", run.get("started", "")),
              data_version=run.get("data_version", ""), package=run.get("package", ""))  # fmt: skip
    if run.get("git_commit"):
        meta += f" · {_t('index_commit', lang)} {html.escape(run['git_commit'][:12])}"
    # the region and period read from the left; the headings of figures sit right, over them
    region, period, *figures = (_t(key, lang) for key in _INDEX_COLUMNS)
    headings = f"<th>{region}</th><th>{period}</th>"
    headings += "".join(f"<th class='num'>{h}</th>" for h in figures)
    error = f"<p class='note'>{_t('index_unavailable', lang, error=summary_error)}</p>"
    links = {"summary": "<a href='summary.csv'>summary.csv</a>",
             "manifest": "<a href='manifest.json'>manifest.json</a>"}  # fmt: skip
    note = html.escape(translate("index_note", lang, summary="{summary}", manifest="{manifest}"))
    page = "\n".join([
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>',
        page_head(title=translate("index_title", lang), lang=lang) + f"<style>{_CSS}</style>",
        "</head>\n<body>",
        f"<h1>{_t('index_title', lang)}</h1>\n<p class='meta'>{meta}</p>",
        _language_links(other_languages or {}, lang),
        _picture(manifest, lang, figures, pictures or {}),
        f"<div class='table-scroll'><table>\n<thead><tr>{headings}</tr></thead>",
        f"<tbody>\n{''.join(region_rows)}\n</tbody>\n</table></div>",
        _change_methods(summary, lang),
        error if summary_error else "",
        f"<p class='note'>{note.format(**links)}</p>",
        f"<h2>{_t('index_across', lang)}</h2><ul>{''.join(other_rows)}</ul>",
        "</body>\n</html>\n",
    ])  # fmt: skip
    return add_glossary(page, lang=lang)


def _picture(manifest: dict[str, Any], lang: str, figures=None, pictures=None) -> str:
    """Rates per 100 000 by place for the latest year of the region reports (or nothing);
    ``pictures`` holds those drawn ahead, by year."""
    year = picture_year(manifest)
    if year is None:
        return ""
    if year in (pictures or {}):
        return pictures[year]
    try:
        return place_rates_figure(figures, year=year, lang=lang)._repr_html_()
    except Exception:  # no rates for that year: the index still lists every report
        return ""


_INDEX_COLUMNS = ("index_region", "index_year", "index_cases", "headline_damage",
                  "index_average_loss", "index_change")  # fmt: skip


def _t(key: str, lang: str, **fields) -> str:
    """A translated string, escaped for HTML (its fields escaped too)."""
    return html.escape(translate(key, lang, **{k: str(v) for k, v in fields.items()}))


def _language_links(other_languages: dict[str, str], lang: str) -> str:
    if not other_languages:
        return ""
    links = " ".join(
        f"<a href='{html.escape(href)}' hreflang='{code}'>{_LANGUAGE_NAMES[code]}</a>"
        for code, href in sorted(other_languages.items())
    )
    return f"<p class='meta'>{_t('index_languages', lang)} {links}</p>"


#: Each language named in itself, as language menus do.
_LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def write_outputs(
    outputs_dir: Path,
    *,
    specs,
    stamps: dict[str, dict],
    results: list[dict],
    run: dict[str, Any],
    summary: bool = True,
    lang: str = "en",
    other_languages: dict[str, str] | None = None,
    inputs: IndexInputs | None = None,
) -> dict[str, Any]:
    """Write manifest.json, then (unless ``summary`` is false) summary.csv and index.html.

    ``inputs`` are the dataset's parts of the pages (:func:`prepare_index_inputs`),
    computed here when not given.

    The index and the coverage page are in ``lang``; ``other_languages`` maps a language
    to the address of the same index in it.

    A good ``summary.csv`` is never replaced by an empty one: when the headline
    figures cannot be computed (the dataset failed to load, or gave no figure for
    the regions with a report), the previous file stays as it is and the index
    shows its figures, with a note saying why.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from fraud_research.batch import plan_reports, report_stamp
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> [spec] = plan_reports(["turkestan"])
    >>> manifest = write_outputs(
    ...     outputs,
    ...     specs=[spec],
    ...     stamps={"turkestan": report_stamp(spec)},
    ...     results=[{"report_id": "turkestan", "status": "failed", "error": "boom"}],
    ...     run={"started": "2026-01-01T00:00:00+00:00"},
    ... )
    >>> sorted(p.name for p in outputs.iterdir())
    ['coverage.csv', 'coverage.html', 'index.html', 'manifest.json', 'summary.csv']
    >>> (outputs / "summary.csv").read_text(encoding="utf-8").splitlines()[3][:30]
    'turkestan,2025,843,exact,16657'
    >>> "failed" in (outputs / "index.html").read_text(encoding="utf-8")
    True
    """
    manifest = update_manifest(outputs_dir, specs=specs, stamps=stamps, results=results, run=run)
    if not summary:
        return manifest
    places = sorted(
        {
            e["place"]
            for e in manifest["reports"].values()
            if e.get("place") and e.get("notebook") == "region_report.ipynb"
        }
    )
    table, error = None, ""
    inputs = inputs or prepare_index_inputs(lang=lang)
    figures = inputs.figures
    try:
        table = headline_table(places, figures=figures)
    except ImportError as err:
        error = f"fraud_research.report.headline_summary is not available ({err})"
    except Exception as err:  # the page must still link the reports
        error = f"headline_summary failed: {type(err).__name__}: {' '.join(str(err).split())}"
    if table is not None and places and table.empty:
        error = f"the dataset gave no headline figures for {', '.join(places)}"
        table = None
    summary_path = outputs_dir / "summary.csv"
    if table is not None:
        atomic_write(summary_path, table.to_csv(index=False))
    else:
        # The data failed to load: keep the last good summary.csv and show its figures.
        table = _read_summary(summary_path)
        if table is not None:
            error += "; the figures shown are those of the previous summary.csv, kept unchanged"
    coverage_error = write_coverage(outputs_dir, lang=lang, inputs=inputs)
    if coverage_error:
        error = "; ".join(e for e in (error, coverage_error) if e)
    page = render_index(manifest, table, error, outputs_dir, lang=lang,
                        other_languages=other_languages, figures=figures,
                        pictures=inputs.pictures)  # fmt: skip
    atomic_write(outputs_dir / "index.html", page)
    return manifest


@dataclass
class IndexInputs:
    """What the index and coverage pages take from the dataset, computed once.

    The batch runner computes them while the reports render (they depend on the data,
    not on the reports), so the pages are written as soon as the last report is done.
    ``figures`` is ``None`` when the dataset failed to load (each page then says so);
    ``coverage_error`` says why the coverage page could not be made.
    """

    figures: Any = None
    coverage_html: str = ""
    coverage_csv: str = ""
    coverage_error: str = ""
    #: The index picture drawn ahead, by year (the year the manifest will give, if known).
    pictures: dict[int, str] = field(default_factory=dict)


def prepare_index_inputs(*, lang: str = "en", year: int | None = None) -> IndexInputs:
    """Load the dataset and build the coverage page and table in ``lang`` (nothing written);
    with ``year``, also the index picture for that year.

    Examples
    --------
    >>> inputs = prepare_index_inputs(lang="kk")
    >>> len(inputs.figures) > 200, '<html lang="kk">' in inputs.coverage_html
    (True, True)
    >>> inputs.coverage_csv.splitlines()[0][:40], inputs.coverage_error
    ('place,year,found,full_year_cases,full_ye', '')
    """
    from ..dataset import coverage_matrix, load_figures
    from ..report import coverage_csv_table, coverage_page

    try:
        figures = load_figures()
    except Exception:  # reported by each page (the summary names the loader's error)
        figures = None
    try:
        matrix = coverage_matrix(figures)
        page = coverage_page(matrix, lang=lang, figures=figures)
        table = coverage_csv_table(matrix).to_csv(index=False)
    except Exception as err:  # the index must still be written; the last good page stays
        error = f"coverage not updated: {type(err).__name__}: {' '.join(str(err).split())}"
        return IndexInputs(figures, coverage_error=error)
    return IndexInputs(figures, page, table, pictures=_pictures_ahead(figures, year, lang))


def _pictures_ahead(figures, year: int | None, lang: str) -> dict[int, str]:
    if year is None or figures is None:
        return {}
    try:
        return {year: place_rates_figure(figures, year=year, lang=lang)._repr_html_()}
    except Exception:  # drawn again (and left out if it fails) when the index is written
        return {}


def picture_year(manifest: dict[str, Any], specs=()) -> int | None:
    """The year of the index picture: the latest year of the region reports in ``manifest``
    (and, for a run about to start, in its ``specs``).

    Examples
    --------
    >>> picture_year({"reports": {"turkestan": {"place": "turkestan", "year": 2025},
    ...                           "compare_regions": {"year": 2026}}})
    2025
    """
    years = [e.get("year") for e in manifest.get("reports", {}).values() if e.get("place")]
    years += [spec.year for spec in specs if spec.parameters.get("place")]
    years = [int(y) for y in years if y]
    return max(years) if years else None


def run_picture_year(outputs_dir: Path, specs) -> int | None:
    """The index picture's year once ``specs`` have rendered into ``outputs_dir``."""
    return picture_year(_read_manifest(outputs_dir / "manifest.json"), specs)


def write_coverage(
    outputs_dir: Path, *, lang: str = "en", inputs: IndexInputs | None = None
) -> str:
    """Write ``coverage.html`` and ``coverage.csv``; return "" or why the previous ones were kept.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> write_coverage(outputs)
    ''
    >>> sorted(p.name for p in outputs.iterdir())
    ['coverage.csv', 'coverage.html']
    >>> (outputs / "coverage.csv").read_text(encoding="utf-8").splitlines()[0][:40]
    'place,year,found,full_year_cases,full_ye'
    """
    inputs = inputs or prepare_index_inputs(lang=lang)
    if inputs.coverage_error:
        return inputs.coverage_error
    atomic_write(outputs_dir / "coverage.csv", inputs.coverage_csv)
    atomic_write(outputs_dir / "coverage.html", inputs.coverage_html)
    return ""


def _read_summary(path: Path):
    """The summary.csv of an earlier run as a DataFrame, or ``None`` if missing or unreadable."""
    try:
        import pandas as pd

        table = pd.read_csv(path)
    except (OSError, ValueError, ImportError):  # pandas' parser errors are ValueErrors
        return None
    return table if {"place", "year"} <= set(table.columns) and not table.empty else None


__all__ = [
    "IndexInputs",
    "headline_table",
    "prepare_index_inputs",
    "render_index",
    "update_manifest",
    "write_coverage",
    "write_outputs",
]
