"""What batch workers and the page writer import, and what a report's notebook stores.

A worker renders reports with papermill and nbconvert; the statistics run in the
kernels it starts. So importing the worker's entry point must not pull in the
analysis stack (pandas alone is allowed: the dataset's file helpers use it), and
a report section must store its words as text/plain, not its images' bytes.
"""

from __future__ import annotations

import subprocess
import sys

from fraud_research.report import prepare_region_report


def _modules_after(code: str) -> set[str]:
    probe = code + "; import sys; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stdout.split())


def test_worker_entry_point_and_page_writer_do_not_import_the_analysis_stack():
    loaded = _modules_after(
        "import fraud_research.batch.render, fraud_research.batch.pool, fraud_research.cli; "
        "from fraud_research.report.page import finish_page"
    )
    heavy = {"matplotlib", "scipy", "statsmodels", "seaborn", "nbformat", "papermill"}
    assert not heavy & loaded, sorted(heavy & loaded)


def test_package_names_still_resolve_on_first_use():
    loaded = _modules_after(
        "from fraud_research.batch import plan_reports, render_report; "
        "from fraud_research.report import prepare_region_report, finish_page; "
        "from fraud_research.dataset import load_figures"
    )
    assert {"fraud_research.batch.plan", "fraud_research.report.region"} <= loaded


def test_worker_skips_the_iri_format_checker_and_still_validates_notebooks():
    loaded = _modules_after(
        "from fraud_research.batch.pool import skip_iri_format_checker; "
        "skip_iri_format_checker(); import nbformat; "
        "nb = nbformat.v4.new_notebook(); nbformat.validate(nb)"
    )
    assert "jsonschema" in loaded and "lark" not in loaded


def test_a_section_stores_its_words_not_its_image_bytes_as_plain_text():
    section = prepare_region_report(place="turkestan", year=2025).section("shares")
    assert section.figures(), "the shares section has a chart"
    plain = repr(section)
    assert plain == section.text()
    assert "PNG" not in plain and len(plain) < 5_000
    assert "png=" not in repr(section.figures()[0])


def test_warm_kernels_preimport_every_module_a_report_uses():
    # Kernels fork from a zygote that imported PREIMPORT: a module a report needs
    # beyond those is imported again in every kernel, once per report.
    code = (
        "import importlib, sys, matplotlib; matplotlib.use('Agg'); "
        "from fraud_research.batch.kernels import PREIMPORT; "
        "[importlib.import_module(m) for m in PREIMPORT]; "
        "before = {m for m in sys.modules if m.startswith('fraud_research')}; "
        "from fraud_research.report import prepare_region_report, prepare_compare_report; "
        "r = prepare_region_report(place='turkestan', year=2025); "
        "[r.section(s)._repr_html_() for s in ('summary', 'shares', 'trend', 'cite')]; "
        "prepare_compare_report(year=2025); "
        "print(' '.join(sorted({m for m in sys.modules if m.startswith('fraud_research')} - before)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == []
