"""Where renders run: local worker processes, or a Dask cluster.

A worker that dies takes only its report with it: the others are retried in a
new pool round. Workers die with the command (:func:`~.kernels.die_with_parent`).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from .options import connect_scheduler


def skip_iri_format_checker() -> None:
    """Keep jsonschema from loading its optional IRI format checker in this process.

    papermill and nbconvert validate notebooks through nbformat and jsonschema;
    jsonschema imports ``rfc3987_syntax`` if installed, which compiles about 40 Lark
    grammars at import (about a second per worker) only to check the ``iri``
    formats that the notebook schema never uses (python-jsonschema/jsonschema#1428).
    A ``None`` entry in :data:`sys.modules` makes that optional import fail, as if
    the package were not installed; notebook validation is unchanged.

    Examples
    --------
    >>> import subprocess, sys
    >>> code = ("from fraud_research.batch.pool import skip_iri_format_checker; "
    ...         "skip_iri_format_checker(); import nbformat, sys; "
    ...         "print('rfc3987_syntax' in sys.modules and sys.modules['rfc3987_syntax'])")
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
    'None'
    """
    sys.modules.setdefault("rfc3987_syntax", None)


def _worker_init(parent_pid: int | None = None) -> None:
    """Worker set-up: die with the command; Ctrl-C is the parent's business; SIGTERM kills
    this worker's kernels."""
    from multiprocessing import util

    from . import kernels

    # kill -9 of the command leaves nothing behind: this worker dies with it, its zygote
    # with this worker and the kernels with their zygote (kernels.die_with_parent).
    kernels.die_with_parent(parent_pid, watch=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    skip_iri_format_checker()

    def on_term(signum, frame):
        kernels.kill_kernels_now()
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    util.Finalize(None, kernels.shutdown_spare_kernels, exitpriority=100)


def local_results(jobs: list[dict], workers: int, stop: dict) -> Iterable[dict]:
    """Render ``jobs`` in worker processes; yield each result as it completes.

    A worker process that dies (killed, out of memory) breaks the whole pool: the
    reports it took down with it are rendered again, one at a time in a fresh
    process each, and only a report that is lost again is reported as failed.
    """
    lost: list[dict] = []
    yield from _pool_round(jobs, workers, stop, lost=lost)
    for job in lost:  # one at a time, each in its own process: a culprit fails alone
        if stop.get("interrupted"):
            break
        yield from _pool_round([{**job, "warm_next": False}], 1, stop, lost=None)


def _pool_round(jobs: list[dict], workers: int, stop: dict, *, lost: list | None) -> Iterable[dict]:
    """One process pool over ``jobs``; jobs of a broken pool go to ``lost`` (if given)."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from .render import render_report

    context = multiprocessing.get_context("spawn")
    # Workers are started by submit() in this (the main) thread, which lives as long as they.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_worker_init,
        initargs=(os.getpid(),),
    )
    stop["pool"] = pool
    futures = {pool.submit(render_report, job): job for job in jobs}
    pending = set(futures)
    broken = False
    try:
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = futures[future]
                try:
                    yield future.result()
                except BrokenProcessPool as err:  # a worker process died
                    broken = True
                    if lost is not None:
                        lost.append(job)
                    else:
                        yield _lost(job, err)
                except Exception as err:
                    yield _lost(job, err)
    finally:
        if pending or broken or stop.get("interrupted"):
            terminate_pool(pool)
        else:
            # Workers stop their kernels and exit while the command writes the index;
            # run_batch joins them (stop["closing"]) before it returns.
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False)
            stop.setdefault("closing", []).extend(processes)


def terminate_pool(pool) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    deadline = time.monotonic() + 5
    for process in processes:
        process.join(max(0.1, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()


def dask_results(jobs: list[dict], scheduler: str, stop: dict) -> Iterable[dict]:
    """Render ``jobs`` on an existing Dask distributed cluster; yield results as they complete."""
    client = connect_scheduler(scheduler)  # ParameterError when nothing answers
    from distributed import as_completed

    from .render import render_report

    stop["client"] = client
    futures = {}
    for job in jobs:
        job = {**job, "warm_next": False, "fork": False}
        future = client.submit(
            render_report, job, pure=False, key=f"render-{job['report_id']}-{time.time_ns()}"
        )
        futures[future] = job
    try:
        for future in as_completed(futures):
            job = futures[future]
            try:
                yield future.result()
            except Exception as err:
                yield _lost(job, err)
    finally:
        if stop.get("interrupted"):
            client.cancel(list(futures))
        client.close()


def _lost(job: dict, err: BaseException) -> dict:
    """A result for a report whose worker died before returning (the notebook is kept if any)."""
    from ..dataset.files import TMP_PREFIX

    out_dir = Path(job["out_dir"])
    stem = Path(job["notebook"]).stem
    final_nb = out_dir / f"{stem}.ipynb"
    partial = sorted(out_dir.glob(f"{TMP_PREFIX}*-{stem}.ipynb"), key=lambda p: p.stat().st_mtime)
    if partial:
        os.replace(partial[-1], final_nb)
    (out_dir / f"{stem}.stamp.json").unlink(missing_ok=True)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return {
        "report_id": job["report_id"],
        "status": "failed",
        "error": f"worker lost: {type(err).__name__}: {' '.join(str(err).split())[:300]}",
        "notebook": str(final_nb) if final_nb.exists() else "",
        "html": str(out_dir / f"{stem}.html"),
        "log": job["log_path"],
        "start": now,
        "end": now,
        "duration_s": 0.0,
    }
