"""Render every report in one run: parallel, incremental, atomic, resumable.

``fraud-research reports`` plans the reports (:func:`plan_reports`: one per region
with data, plus every params file naming another notebook, e.g. the regional
comparison), checks every parameter as its notebook would before any kernel starts
(:mod:`.preflight`), checks where it writes and runs (:mod:`.options`), skips reports
whose inputs did not change (:mod:`.stamps`), renders the rest in worker processes
or on a Dask cluster (:mod:`.pool`, :mod:`.kernels`, :mod:`.render`) and writes
``outputs/index.html``, ``summary.csv`` and ``manifest.json`` (:mod:`.index`).

Output layout (``outputs/`` by default, ``--outputs DIR`` otherwise)::

    outputs/<report>/<notebook>.ipynb        executed notebook (kept on failure)
    outputs/<report>/<notebook>.html         code-free, self-contained page
    outputs/<report>/<notebook>.stamp.json   inputs of the last good render
    outputs/runs/<timestamp>/logs/<report>.log
    outputs/index.html, summary.csv, manifest.json

Examples
--------
>>> [spec.report_id for spec in plan_reports(["turkestan"])]
['turkestan']
"""

from ..errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_INVALID
from .index import update_manifest, write_outputs
from .kernels import KERNEL_NAME, PREIMPORT, die_with_parent, kill_kernels_now
from .options import (
    SCHEDULER_CONNECT_TIMEOUT,
    check_outputs_dir,
    check_outputs_writable,
    check_scheduler_address,
    connect_scheduler,
)
from .plan import plan_reports
from .preflight import check_parameters, check_with_notebook, notebook_parameters
from .render import execute_notebook, export_html, render_report, strip_remote_assets
from .run import BatchResult, failure_table, run_batch
from .specs import ReportSpec, check_report_id, read_params_file, spec_from_file
from .stamps import (
    data_hash,
    git_commit,
    is_up_to_date,
    package_fingerprint,
    remove_stale_temporaries,
    report_stamp,
)

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_INVALID",
    "KERNEL_NAME",
    "PREIMPORT",
    "SCHEDULER_CONNECT_TIMEOUT",
    "BatchResult",
    "ReportSpec",
    "check_outputs_dir",
    "check_outputs_writable",
    "check_parameters",
    "check_report_id",
    "check_scheduler_address",
    "check_with_notebook",
    "connect_scheduler",
    "data_hash",
    "die_with_parent",
    "execute_notebook",
    "export_html",
    "failure_table",
    "git_commit",
    "is_up_to_date",
    "kill_kernels_now",
    "notebook_parameters",
    "package_fingerprint",
    "plan_reports",
    "read_params_file",
    "remove_stale_temporaries",
    "render_report",
    "report_stamp",
    "run_batch",
    "spec_from_file",
    "strip_remote_assets",
    "update_manifest",
    "write_outputs",
]
