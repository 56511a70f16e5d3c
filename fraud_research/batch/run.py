"""Run a planned batch: skip unchanged reports, render the rest, write index and manifest."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from ..errors import EXIT_FAILED, EXIT_INTERRUPTED
from .index import prepare_index_inputs, run_picture_year, write_outputs
from .pool import dask_results, local_results, terminate_pool
from .preflight import notebook_parameters
from .specs import ReportSpec
from .stamps import (
    git_commit,
    is_up_to_date,
    package_fingerprint,
    remove_stale_temporaries,
    report_stamp,
)


@dataclass
class BatchResult:
    """What a batch did: one result dict per requested report, plus the run's facts.

    Examples
    --------
    >>> ok = {"report_id": "turkestan", "status": "ok"}
    >>> BatchResult([ok]).exit_code
    0
    >>> failed = {"report_id": "kostanay", "status": "failed", "error": "boom"}
    >>> result = BatchResult([ok, failed])
    >>> [r["report_id"] for r in result.failed], result.exit_code
    (['kostanay'], 1)
    >>> BatchResult([ok], interrupted=True).exit_code
    130
    """

    results: list[dict[str, Any]] = field(default_factory=list)
    run_dir: Path | None = None
    interrupted: bool = False

    @property
    def failed(self) -> list[dict[str, Any]]:
        """The results whose status is ``"failed"``.

        Examples
        --------
        >>> BatchResult([{"report_id": "a", "status": "ok"}]).failed
        []
        >>> BatchResult([{"report_id": "b", "status": "failed"}]).failed
        [{'report_id': 'b', 'status': 'failed'}]
        """
        return [r for r in self.results if r["status"] == "failed"]

    @property
    def exit_code(self) -> int:
        """The command's exit status: 0, :data:`EXIT_FAILED` or :data:`EXIT_INTERRUPTED`.

        Examples
        --------
        >>> BatchResult().exit_code
        0
        >>> BatchResult([{"report_id": "b", "status": "failed"}]).exit_code == EXIT_FAILED
        True
        """
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if self.failed else 0


def _output_dir_parameter(folder: Path) -> str:
    """Return the notebooks' ``output_dir``: relative to outputs/ ("" saves nothing) if outside."""
    try:
        return folder.resolve().relative_to(paths.OUTPUTS_DIR.resolve()).as_posix()
    except ValueError:
        return ""


def _relative(path: str | Path, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(root.resolve().parent))
    except ValueError:
        return str(path)


def run_batch(
    specs: Sequence[ReportSpec],
    *,
    outputs_dir: Path | None = None,
    workers: int | None = None,
    force: bool = False,
    scheduler: str | None = None,
    timeout: float | None = None,
    kernel_name: str | None = None,
    preimport: Sequence[str] | None = None,
    progress: bool = True,
    echo: Callable[[str], None] | None = None,
    lang: str | None = None,
    other_languages: dict[str, str] | None = None,
) -> BatchResult:
    """Render ``specs`` (skipping unchanged ones unless ``force``); write index, summary, manifest.

    Parameters
    ----------
    specs : sequence of ReportSpec
        From :func:`plan_reports`.
    outputs_dir : Path, optional
        Root of the outputs; ``outputs/`` of the project by default.
    workers : int, optional
        Local worker processes; the cores available by default.
    force : bool
        Render even the reports whose inputs did not change.
    scheduler : str, optional
        Address of a Dask scheduler (``tcp://host:8786``) to render on instead.
    timeout : float, optional
        Limit in seconds for one notebook cell.
    preimport : sequence of str, optional
        Modules a kernel imports before it runs a notebook (default :data:`kernels.PREIMPORT`).
    echo : callable, optional
        Receives one line per report (default: written above the progress bar).
    lang : {"en", "ru", "kk"}, optional
        Language of the index and coverage pages (English by default).
    other_languages : dict, optional
        Links from the index to the same reports in other languages (language: address).

    Returns
    -------
    BatchResult

    Raises
    ------
    ParameterError
        When the Dask ``scheduler`` does not answer (see :func:`connect_scheduler`).
    OSError
        When a file under ``outputs_dir`` cannot be written; the workers are stopped
        first, and no partial file is left (every write is atomic).

    Examples
    --------
    An empty batch starts no kernel; it still writes the index, summary, manifest and coverage:

    >>> import tempfile, pathlib
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> result = run_batch([], outputs_dir=outputs, progress=False)
    >>> result.results, result.exit_code
    ([], 0)
    >>> sorted(p.name for p in outputs.iterdir())
    ['coverage.csv', 'coverage.html', 'index.html', 'manifest.json', 'summary.csv']
    """
    from . import kernels

    outputs_dir = Path(outputs_dir or paths.OUTPUTS_DIR).resolve()
    outputs_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(outputs_dir)
    started = dt.datetime.now(dt.UTC)
    run_dir = outputs_dir / "runs" / started.strftime("%Y%m%dT%H%M%S%fZ")
    workers = max(1, workers or len(os.sched_getaffinity(0)))
    package = package_fingerprint()
    stamps = {spec.report_id: report_stamp(spec, package=package) for spec in specs}
    result = BatchResult(run_dir=run_dir)
    progress_line = _Progress(specs, result, outputs_dir, bar=progress, echo=echo)
    job_options = {
        "kernel_name": kernel_name or kernels.KERNEL_NAME,
        "timeout": timeout,
        "preimport": tuple(kernels.PREIMPORT if preimport is None else preimport),
    }
    jobs = _jobs(specs, stamps, outputs_dir, run_dir, force=force, show=progress_line.show,
                 options=job_options)  # fmt: skip
    for i, job in enumerate(jobs):
        # Start the next kernel ahead only when this worker will have a next report.
        job["warm_next"] = i + workers < len(jobs)
        job["cwd"] = str(outputs_dir)
        job["fork"] = not scheduler  # local workers fork kernels from a pre-imported zygote
    # The index's data part (dataset, coverage page) does not depend on the reports:
    # prepared in a thread while they render, it uses the core a finished worker frees.
    ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-inputs")
    year = run_picture_year(outputs_dir, specs)
    inputs = ahead.submit(prepare_index_inputs, lang=lang or "en", year=year) if jobs else None
    ahead.shutdown(wait=False)
    closing: list = []  # worker processes still stopping their kernels: joined before returning
    if jobs:
        try:
            closing = _render_jobs(jobs, scheduler=scheduler, workers=workers,
                                   show=progress_line.show)  # fmt: skip
        except KeyboardInterrupt:
            result.interrupted = True
        finally:
            progress_line.close()
            remove_stale_temporaries(outputs_dir)
    progress_line.close()
    remove_stale_temporaries(outputs_dir)  # left by a worker that died mid-render
    run = {
        "started": started.isoformat(timespec="seconds"),
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "package": package,
        "git_commit": git_commit(),
        "workers": workers if not scheduler else None,
        "scheduler": scheduler or "",
        "run_dir": _relative(run_dir, outputs_dir),
        "interrupted": result.interrupted,
    }
    try:
        write_outputs(outputs_dir, specs=specs, stamps=stamps, results=result.results, run=run,
                      summary=not result.interrupted, lang=lang or "en",
                      other_languages=other_languages or {},
                      inputs=inputs.result() if inputs and not result.interrupted else None)  # fmt: skip
    finally:
        for process in closing:
            process.join()
    return result


class _Progress:
    """One line per report (``echo``, or above a tqdm bar on stderr) and the bar's counts."""

    def __init__(self, specs, result: BatchResult, outputs_dir: Path, *, bar: bool, echo=None):
        from tqdm import tqdm

        self.total, self.result, self.outputs_dir = len(specs), result, outputs_dir
        self.years = {spec.report_id: spec.year for spec in specs}
        self.bar = tqdm(total=len(specs), desc="reports", unit="report", file=sys.stderr,
                        disable=not bar, dynamic_ncols=True)  # fmt: skip
        self.say = echo or (lambda line: self.bar.write(line, file=sys.stdout))
        self.counts = {"ok": 0, "failed": 0, "skipped": 0}

    def show(self, res: dict) -> None:
        self.result.results.append(res)
        self.counts[res["status"]] += 1
        label = f"{res['report_id']} {self.years[res['report_id']] or ''}".strip()
        if res["status"] == "ok":
            where = _relative(res["html"], self.outputs_dir)
            self.say(f"ok       {label:<24} {res['duration_s']:6.1f} s  {where}")
        elif res["status"] == "skipped":
            where = _relative(res["html"], self.outputs_dir)
            self.say(f"skipped  {label:<24} (unchanged)  {where}")
        else:
            self.say(f"FAILED   {label:<24} {res['duration_s']:6.1f} s  {res['error']}")
        self.bar.set_postfix(
            done=self.counts["ok"] + self.counts["skipped"],
            failed=self.counts["failed"],
            remaining=self.total - len(self.result.results),
            refresh=False,
        )
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


def _jobs(specs, stamps, outputs_dir: Path, run_dir: Path, *, force, show, options) -> list[dict]:
    """A render job per report whose inputs changed (or all with ``force``); show the rest."""
    declared: dict[Path, list[str]] = {}
    jobs = []
    for spec in specs:
        folder = outputs_dir / spec.report_id
        if not force and is_up_to_date(spec, stamps[spec.report_id], outputs_dir):
            show({"report_id": spec.report_id, "status": "skipped", "error": "",
                  "html": str(folder / f"{spec.notebook.stem}.html"),
                  "notebook": str(folder / f"{spec.notebook.stem}.ipynb")})  # fmt: skip
            continue
        if spec.notebook not in declared:
            declared[spec.notebook] = list(notebook_parameters(spec.notebook))
        jobs.append(
            {
                "report_id": spec.report_id,
                "notebook": str(spec.notebook),
                "parameters": dict(spec.parameters),
                "declared": declared[spec.notebook],
                "out_dir": str(folder),
                "output_dir_param": _output_dir_parameter(folder),
                "log_path": str(run_dir / "logs" / f"{spec.report_id}.log"),
                "stamp": stamps[spec.report_id],
                "cwd": str(folder),
                **options,
            }
        )
    return jobs


def _render_jobs(jobs: list[dict], *, scheduler: str | None, workers: int, show) -> list:
    """Render the jobs, showing each result; stop every worker on an interrupt or an error.

    Returns the local worker processes that are still stopping their kernels (the caller
    joins them once it has written the index: both take about half a second).

    SIGTERM is turned into :class:`KeyboardInterrupt`, so ``kill`` stops the workers and
    their kernels as Ctrl-C does.
    """
    stop: dict[str, Any] = {}

    def on_term(signum, frame):
        raise KeyboardInterrupt

    try:
        previous_term = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread
        previous_term = None
    source = (
        dask_results(jobs, scheduler, stop)
        if scheduler
        else local_results(jobs, min(workers, len(jobs)), stop)
    )
    try:
        for res in source:
            show(res)
    except BaseException:
        # an interrupt, no scheduler, a write error: stop the workers, then re-raise
        stop["interrupted"] = True
        source.close()
        if "pool" in stop:
            terminate_pool(stop["pool"])
        raise
    finally:
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
    return stop.get("closing", [])


def failure_table(result: BatchResult, outputs_dir: Path) -> str:
    """Return a plain-text table of the failed reports with the path of each executed notebook.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> outputs = pathlib.Path(tempfile.mkdtemp()) / "outputs"
    >>> result = BatchResult(
    ...     [
    ...         {"report_id": "turkestan", "status": "ok"},
    ...         {
    ...             "report_id": "kostanay",
    ...             "status": "failed",
    ...             "error": "ValueError in cell 3: no data",
    ...             "notebook": str(outputs / "kostanay" / "region_report.ipynb"),
    ...             "log": str(outputs / "runs" / "t" / "logs" / "kostanay.log"),
    ...         },
    ...     ]
    ... )
    >>> print(failure_table(result, outputs))
    report    error                          notebook                              log
    --------  -----------------------------  ------------------------------------  --------------------------------
    kostanay  ValueError in cell 3: no data  outputs/kostanay/region_report.ipynb  outputs/runs/t/logs/kostanay.log
    """
    rows = [("report", "error", "notebook", "log")]
    for res in result.failed:
        rows.append(
            (
                res["report_id"],
                res["error"][:80],
                _relative(res["notebook"], outputs_dir) if res.get("notebook") else "(none)",
                _relative(res.get("log", ""), outputs_dir),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
