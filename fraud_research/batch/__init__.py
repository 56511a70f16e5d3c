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

import lazy_loader as _lazy

from ..errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_INVALID

# Submodules load on first use of one of their names: the command line, batch workers and
# the page writer each need a few names, not pandas, statsmodels and matplotlib at once.
__getattr__, __dir__, __all__ = _lazy.attach(
    __name__,
    submod_attrs={
        "index": ["update_manifest", "write_outputs"],
        "kernels": ["KERNEL_NAME", "PREIMPORT", "die_with_parent", "kill_kernels_now"],
        "options": [
            "SCHEDULER_CONNECT_TIMEOUT",
            "check_outputs_dir",
            "check_outputs_writable",
            "check_scheduler_address",
            "connect_scheduler",
        ],
        "plan": ["plan_reports"],
        "preflight": ["check_parameters", "check_with_notebook", "notebook_parameters"],
        "render": ["execute_notebook", "export_html", "render_report", "strip_remote_assets"],
        "run": ["BatchResult", "failure_table", "run_batch"],
        "specs": ["ReportSpec", "check_report_id", "read_params_file", "spec_from_file"],
        "stamps": [
            "data_hash",
            "git_commit",
            "is_up_to_date",
            "package_fingerprint",
            "remove_stale_temporaries",
            "report_stamp",
        ],
    },
)
__all__ += ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_INVALID"]
