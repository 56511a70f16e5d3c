"""Render one report in the calling process: execute with papermill, export code-free HTML.

A failed render (cell error, kernel death, timeout) keeps the executed notebook
and its previous good HTML. The HTML is self-contained: images are embedded by
nbconvert, CSS is inlined, and every script or stylesheet that would be fetched
from the network is removed, so the page opens from disk without a connection.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import resource
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..dataset.files import atomic_write, tmp_path_for
from ..report.page import finish_page
from .kernels import (
    KERNEL_NAME,
    PREIMPORT,
    active_kernels,
    register_engine,
    start_spare,
    stop_kernel,
    take_kernel,
)

_REMOTE_TAG = re.compile(
    r"<script\b[^>]*>.*?</script\s*>|<link\b[^>]*>", flags=re.IGNORECASE | re.DOTALL
)


_REMOTE_URL = re.compile(r"""(?:https?:)?//[^\s"'<>]+""", flags=re.IGNORECASE)


_exporter = None


def strip_remote_assets(html: str) -> str:
    """Remove ``<script>`` and ``<link>`` elements that would fetch anything from the network.

    Examples
    --------
    >>> page = '<script src="https://cdn.example/x.js"></script><script>var a = 1;</script>'
    >>> strip_remote_assets(page)
    '<script>var a = 1;</script>'
    """

    def keep(match: re.Match) -> str:
        return "" if _REMOTE_URL.search(match.group(0)) else match.group(0)

    return _REMOTE_TAG.sub(keep, html)


def _html_exporter():
    global _exporter
    if _exporter is None:
        from nbconvert import HTMLExporter

        # The same switches as `jupyter nbconvert --to html --no-input`.
        _exporter = HTMLExporter(
            exclude_input=True,
            exclude_input_prompt=True,
            exclude_output_prompt=True,
            embed_images=True,
        )
    return _exporter


def export_html(nb) -> str:
    """Return a code-free, self-contained HTML page for an executed notebook.

    Parameters
    ----------
    nb : NotebookNode or str or Path
        The executed notebook, or the path of one.

    Examples
    --------
    >>> import nbformat
    >>> v4 = nbformat.v4
    >>> output = v4.new_output("stream", name="stdout", text="843 cases registered")
    >>> nb = v4.new_notebook(
    ...     cells=[
    ...         v4.new_markdown_cell("# Turkestan Region"),
    ...         v4.new_code_cell("print(cases_registered)", outputs=[output]),
    ...     ]
    ... )
    >>> page = export_html(nb)
    >>> "843 cases registered" in page, "Turkestan Region" in page
    (True, True)
    >>> "print(cases_registered)" in page  # the code is not shown
    False
    >>> 'src="https://' in page or 'src="http://' in page  # nothing fetched from the network
    False
    """
    import nbformat

    if not hasattr(nb, "cells"):
        nb = nbformat.read(str(nb), as_version=4)
    html, _ = _html_exporter().from_notebook_node(nb)
    # the reader's language, the report's title and the page CSS (screen and A4 print)
    lang = nb.metadata.get("papermill", {}).get("parameters", {}).get("lang", "en")
    return finish_page(strip_remote_assets(html), lang=lang)


def execute_notebook(
    notebook: str | Path,
    output: str | Path,
    parameters: dict[str, Any],
    *,
    kernel_name: str = KERNEL_NAME,
    timeout: float | None = None,
    cwd: str | Path | None = None,
    warm: bool = True,
    warm_next: bool = False,
    preimport: tuple[str, ...] = PREIMPORT,
    fork: bool = False,
):
    """Execute ``notebook`` with ``parameters`` in a fresh kernel; write the result to ``output``.

    ``output`` is written by papermill as cells run (use a temporary name and
    rename it). ``timeout`` is the limit for one cell, in seconds.

    Returns
    -------
    NotebookNode
        The executed notebook.

    Raises
    ------
    papermill.PapermillExecutionError
        When a cell raises (the notebook at ``output`` carries the error marker).

    Examples
    --------
    Executing a real notebook starts a kernel (see ``tests/`` for that); a missing
    notebook fails before any kernel starts:

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> execute_notebook(folder / "missing.ipynb", folder / "out.ipynb", {}, warm=False)
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: '.../missing.ipynb'
    """
    import papermill

    cwd = str(cwd or Path(output).parent)
    kwargs: dict[str, Any] = {}
    if warm:
        kwargs["engine_name"] = register_engine()
        kwargs["km"] = take_kernel(kernel_name, cwd, preimport=preimport, fork=fork)
        active_kernels.append(kwargs["km"])
    try:
        return papermill.execute_notebook(
            str(notebook),
            str(output),
            parameters=parameters,
            kernel_name=kernel_name,
            cwd=cwd,
            progress_bar=False,
            log_output=True,
            execution_timeout=int(timeout) if timeout else None,
            **kwargs,
        )
    finally:
        if warm:
            active_kernels.remove(kwargs["km"])
            stop_kernel(kwargs["km"])
            if warm_next:
                start_spare(kernel_name, cwd, preimport=preimport, fork=fork)


def _peak_mb() -> dict[str, float]:
    # Linux reports ru_maxrss in KiB. Children: the largest kernel this process waited for.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kernels = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"worker_peak_mb": round(own, 1), "kernel_peak_mb": round(kernels, 1)}


def _describe(err: BaseException) -> str:
    name = type(err).__name__
    if name == "PapermillExecutionError":
        return f"{err.ename} in cell {err.exec_count}: {err.evalue}".strip()
    if name == "CellTimeoutError" or "Timeout" in name:
        return f"timeout: {' '.join(str(err).split())[:300]}"
    if name == "DeadKernelError":
        return f"kernel died: {' '.join(str(err).split())[:300]}"
    return f"{name}: {' '.join(str(err).split())[:300]}"


def render_report(job: dict[str, Any]) -> dict[str, Any]:
    """Render one report; the entry point of batch workers (local processes or Dask).

    Parameters
    ----------
    job : dict
        ``report_id``, ``notebook``, ``parameters``, ``out_dir`` (the report's folder),
        ``log_path``, ``stamp`` (written beside the HTML on success), and optionally
        ``output_dir_param`` (the notebook's ``output_dir``, relative to ``outputs/``),
        ``kernel_name``, ``timeout`` (per cell, seconds), ``cwd``, ``warm`` and
        ``warm_next`` (start the next kernel ahead), ``preimport`` (modules a warm
        kernel imports first), ``fork`` (fork kernels from this worker's zygote).

    Returns
    -------
    dict
        ``report_id``, ``status`` (``"ok"`` or ``"failed"``), ``error``, ``html``,
        ``notebook``, ``log``, ``start``, ``end``, ``duration_s`` and peak memory
        figures. Never raises for a failing notebook.

    Examples
    --------
    A report that fails (here: its notebook is missing) is reported, not raised,
    and leaves no HTML and no stamp; no kernel is started:

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> result = render_report(
    ...     {
    ...         "report_id": "demo",
    ...         "notebook": str(folder / "missing.ipynb"),
    ...         "parameters": {},
    ...         "declared": [],
    ...         "out_dir": str(folder / "demo"),
    ...         "log_path": str(folder / "logs" / "demo.log"),
    ...         "warm": False,
    ...     }
    ... )
    >>> result["status"], result["error"]
    ('failed', "FileNotFoundError: [Errno 2] No such file or directory: '.../missing.ipynb'")
    >>> result["notebook"], sorted(p.name for p in (folder / "demo").iterdir())
    ('', [])
    >>> "render failed" in (folder / "logs" / "demo.log").read_text(encoding="utf-8")
    True
    """
    out_dir = Path(job["out_dir"])
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = Path(job["notebook"]).stem
    final_nb, stamp_path = out_dir / f"{stem}.ipynb", out_dir / f"{stem}.stamp.json"
    tmp_nb = tmp_path_for(final_nb)
    start, clock = dt.datetime.now(dt.UTC), time.perf_counter()
    result: dict[str, Any] = {
        "report_id": job["report_id"],
        "notebook": str(final_nb),
        "html": str(out_dir / f"{stem}.html"),
        "log": job["log_path"],
        "error": "",
        "worker_pid": os.getpid(),
    }
    with _papermill_log(Path(job["log_path"])) as logger:
        try:
            _execute_and_export(job, tmp_nb, final_nb, Path(result["html"]), stamp_path)
            result["status"] = "ok"
        except Exception as err:  # a failing report must never stop the batch
            result["status"], result["error"] = "failed", _describe(err)
            logger.error("render failed: %s\n%s", result["error"], traceback.format_exc())
            stamp_path.unlink(missing_ok=True)  # a failed report is always retried
            if tmp_nb.exists():
                os.replace(tmp_nb, final_nb)
            else:
                result["notebook"] = ""
        finally:
            tmp_nb.unlink(missing_ok=True)
    result["start"] = start.isoformat(timespec="seconds")
    result["end"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    result["duration_s"] = round(time.perf_counter() - clock, 2)
    result.update(_peak_mb())
    if job.get("fork"):
        result["kernel_peak_mb"] = None  # forked kernels are the zygote's children, not ours
    return result


@contextmanager
def _papermill_log(log_path: Path) -> Iterator[logging.Logger]:
    """Send papermill's log (cell output included) to ``log_path`` for the block's duration."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("papermill")
    previous_level = logger.level  # restored below: the caller's logging is not ours to change
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield logger
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)
        handler.close()


def _execute_and_export(job: dict, tmp_nb: Path, final_nb: Path, html_path: Path, stamp_path: Path):
    """Execute the notebook into ``tmp_nb``; write notebook, HTML and stamp, each atomically."""
    import nbformat

    parameters = dict(job["parameters"])
    if job.get("declared") is None or "output_dir" in job["declared"]:
        # Relative to the project's outputs/ (the notebooks refuse anything outside it).
        parameters["output_dir"] = job.get("output_dir_param", "")
    nb = execute_notebook(
        job["notebook"],
        tmp_nb,
        parameters,
        kernel_name=job.get("kernel_name", KERNEL_NAME),
        timeout=job.get("timeout"),
        cwd=job.get("cwd") or final_nb.parent,
        warm=job.get("warm", True),
        warm_next=job.get("warm_next", False),
        preimport=tuple(job.get("preimport", PREIMPORT)),
        fork=job.get("fork", False),
    )
    nb.metadata.setdefault("papermill", {})["output_path"] = str(final_nb)
    html = export_html(nb)
    atomic_write(final_nb, nbformat.writes(nb))
    atomic_write(html_path, html)
    atomic_write(stamp_path, json.dumps(job.get("stamp", {}), indent=2, sort_keys=True))
