"""Render one notebook: execute it with papermill, export a code-free, self-contained HTML.

Everything happens in the calling process (no ``papermill`` or ``jupyter nbconvert``
process per report), and files appear atomically: each is written under a
temporary name (``.tmp-…`` in the same folder) and renamed when complete, so an
interrupted render never leaves a half-written report.

A failed render (cell error, kernel death, timeout) keeps the executed notebook,
with papermill's error marker, at the report's ``.ipynb`` path for inspection and
leaves the previous good HTML in place.

Speed: a kernel imports pandas, statsmodels, matplotlib and the library as it
starts (before it is handed a notebook). With ``fork=True`` (local batch workers)
kernels are forked from a per-worker *zygote* that did those imports once, so a
kernel starts with them loaded, sharing their memory copy-on-write. A worker can
also keep one *warm* kernel ahead (``warm_next=True``): as soon as a report's
kernel has stopped, the next one starts while the worker exports the HTML and
receives its next report. Each report still gets its own fresh kernel, and a
worker never runs two kernels at once (memory).

The HTML is self-contained: images are embedded as base64 by nbconvert, CSS is
inlined, and every script or stylesheet that would be fetched from the network
(require.js, MathJax, mermaid from a CDN) is removed, so the page opens from disk
without a connection.

Nothing outlives the command: every process of a batch (worker, zygote, forked
kernel) calls :func:`die_with_parent` as it starts, so when the command is killed,
even with ``kill -9``, its workers die with it, their zygotes with them and the
kernels with their zygotes; none of them can write a file after the command ended.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import resource
import signal
import sys
import threading
import time
import traceback
import uuid
from pathlib import Path
from typing import Any

#: The Jupyter kernel registered at set-up (``make setup``).
KERNEL_NAME = "fraud-research"
#: Prefix of temporary files; stale ones are removed at the start of a batch.
TMP_PREFIX = ".tmp-"
#: Modules a warm kernel imports before it is handed a notebook.
PREIMPORT = (
    "numpy",
    "pandas",
    "scipy.stats",
    "statsmodels.api",
    "matplotlib.pyplot",
    "seaborn",
    "fraud_research.dataset",
    "fraud_research.panel",
    "fraud_research.report",
)

_REMOTE_TAG = re.compile(
    r"<script\b[^>]*>.*?</script\s*>|<link\b[^>]*>", flags=re.IGNORECASE | re.DOTALL
)
_REMOTE_URL = re.compile(r"""(?:https?:)?//[^\s"'<>]+""", flags=re.IGNORECASE)

#: ``prctl`` option: the signal a process receives when the thread that forked it dies.
PR_SET_PDEATHSIG = 1

_exporter = None
_spare_kernels: dict[tuple, Any] = {}
_active_kernels: list[Any] = []


def tmp_path_for(path: Path) -> Path:
    """Return a unique temporary name for ``path`` in the same folder (same file system).

    Examples
    --------
    >>> from pathlib import Path
    >>> tmp = tmp_path_for(Path("outputs/turkestan/region_report.html"))
    >>> tmp.parent.as_posix(), tmp.name.startswith(TMP_PREFIX), tmp.name.endswith("-region_report.html")
    ('outputs/turkestan', True, True)
    >>> tmp_path_for(Path("a.html")) != tmp_path_for(Path("a.html"))
    True
    """
    return path.parent / f"{TMP_PREFIX}{uuid.uuid4().hex[:8]}-{path.name}"


def atomic_write(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> path = atomic_write(folder / "turkestan" / "note.txt", "843 cases")
    >>> path.read_text(encoding="utf-8")
    '843 cases'
    >>> atomic_write(path, b"bytes too").read_bytes()
    b'bytes too'
    >>> [p.name for p in path.parent.iterdir()]  # no temporary file is left
    ['note.txt']
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = tmp_path_for(path)
    try:
        if isinstance(data, str):
            tmp.write_text(data, encoding="utf-8")
        else:
            tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


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
    from .report.page import finish_page  # language, title, page CSS (screen and A4 print)

    lang = nb.metadata.get("papermill", {}).get("parameters", {}).get("lang", "en")
    return finish_page(strip_remote_assets(html), lang=lang)


def die_with_parent(parent_pid: int | None = None, *, watch: bool = False) -> bool:
    """Make this process die (``SIGKILL``) when its parent dies, even by ``kill -9``.

    On Linux this sets ``prctl(PR_SET_PDEATHSIG, SIGKILL)``. The setting is not
    inherited across ``fork``, so every level of processes calls this itself
    (batch workers, kernel zygotes, forked kernels). The signal is sent when the
    *thread* that started this process exits, so start processes that call this
    from a thread that lives as long as they should (a main thread).

    Parameters
    ----------
    parent_pid : int, optional
        The pid of the parent that started this process. If the parent already
        died before the signal was armed (``os.getppid()`` differs), this process
        exits at once with status 1.
    watch : bool
        Where ``prctl`` is not available (not Linux), poll ``os.getppid()`` twice a
        second in a daemon thread and exit when it changes (needs ``parent_pid``).

    Returns
    -------
    bool
        True when the process will now die with its parent (the signal is armed,
        or a watcher thread runs).

    Examples
    --------
    Arming changes the process it runs in, so the example runs in a child process:

    >>> import subprocess, sys
    >>> code = "from fraud_research.render import die_with_parent; print(die_with_parent())"
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    'True\\n'

    A parent pid that is not the parent's means the parent is already gone:

    >>> code = "from fraud_research.render import die_with_parent; die_with_parent(-1); print('alive')"
    >>> done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    >>> done.returncode, done.stdout
    (1, '')
    """
    armed = False
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):  # no libc prctl: fall back to watching
            armed = False
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)  # the parent died before the signal was armed
    if not armed and watch and parent_pid is not None:

        def watcher() -> None:
            while os.getppid() == parent_pid:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watcher, name="die-with-parent", daemon=True).start()
        armed = True
    return armed


# --- kernels -------------------------------------------------------------------------------


def _warm_arguments(preimport: tuple[str, ...] = PREIMPORT) -> list[str]:
    if not preimport:
        return ["--HistoryManager.hist_file=:memory:"]
    modules = ", ".join(repr(m) for m in preimport) + ","
    code = (
        "import importlib as _fr_importlib\n"
        f"for _fr_module in ({modules}):\n"
        "    try:\n"
        "        _fr_importlib.import_module(_fr_module)\n"
        "    except Exception:\n"
        "        pass\n"
        "del _fr_importlib, _fr_module"
    )
    return [
        "--HistoryManager.hist_file=:memory:",
        f"--IPKernelApp.exec_lines={code}",
    ]


# A *zygote* is a process that imported ipykernel and the heavy modules once; each kernel
# is a fork of it, so a report's kernel starts with pandas, statsmodels and matplotlib
# already loaded (shared copy-on-write) instead of importing them again.

_ZYGOTE_CODE = """
import json, os, signal, sys
try:
    from fraud_research.render import die_with_parent
except ImportError:  # the package is not importable here: the zygote ends on stdin EOF
    def die_with_parent(parent_pid=None, *, watch=False):
        return False
die_with_parent(int(sys.argv[2]))  # the worker that started this zygote
os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
import importlib
import ipykernel.kernelapp
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception:
        pass
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # forked kernels are reaped automatically
signal.signal(signal.SIGINT, signal.SIG_IGN)
out = sys.stdout
print("ready", file=out, flush=True)
zygote = os.getpid()
for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        die_with_parent(zygote)  # not inherited across fork: a kernel dies with its zygote
        os.setsid()
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        os.chdir(request["cwd"])
        os.environ["JPY_PARENT_PID"] = str(os.getppid())  # exit when the zygote goes
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        try:
            ipykernel.kernelapp.IPKernelApp.launch_instance(argv=request["argv"])
        finally:
            os._exit(0)
    print(pid, file=out, flush=True)
"""


class _Zygote:
    """A pre-imported process that forks kernels on request (one per worker)."""

    def __init__(self, preimport: tuple[str, ...]):
        import subprocess

        self.preimport = tuple(preimport)
        # The zygote imports in the background while the worker goes on.
        modules = json.dumps(["matplotlib", *self.preimport])
        # It dies with this worker (see die_with_parent): start it from the worker's
        # main thread, which runs every render.
        self.process = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE_CODE, modules, str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
            start_new_session=True,
        )
        self.ready = False

    def alive(self) -> bool:
        return self.process.poll() is None

    def fork(self, argv: list[str], cwd: str) -> int:
        if not self.ready:
            if self.process.stdout.readline().strip() != "ready":
                raise RuntimeError("kernel zygote failed to start")
            self.ready = True
        self.process.stdin.write(json.dumps({"argv": argv, "cwd": cwd}) + "\n")
        self.process.stdin.flush()
        return int(self.process.stdout.readline())

    def close(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()


class _ForkedKernelProcess:
    """The little of :class:`subprocess.Popen` that jupyter_client uses, for a forked kernel."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -1
            except PermissionError:
                pass
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        import subprocess

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        try:
            os.kill(self.pid, signum)
        except ProcessLookupError:
            pass

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


_zygotes: dict[tuple[str, ...], _Zygote] = {}


def _zygote_for(preimport: tuple[str, ...]) -> _Zygote | None:
    zygote = _zygotes.get(tuple(preimport))
    if zygote is not None and not zygote.alive():
        zygote = None
    if zygote is None:
        try:
            zygote = _zygotes[tuple(preimport)] = _Zygote(preimport)
        except OSError:
            return None
    return zygote


def _forking_manager_class():
    from jupyter_client.manager import AsyncKernelManager

    class ForkingKernelManager(AsyncKernelManager):
        """Launch the kernel as a fork of the worker's zygote (falls back to a new process)."""

        zygote: _Zygote | None = None

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            zygote = self.zygote
            if zygote is None or "ipykernel_launcher" not in kernel_cmd or not zygote.alive():
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            argv = list(kernel_cmd[kernel_cmd.index("ipykernel_launcher") + 1 :])
            try:
                pid = zygote.fork(argv, str(kw.get("cwd") or os.getcwd()))
            except (OSError, ValueError, RuntimeError):
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            provisioner = self.provisioner
            provisioner.process = _ForkedKernelProcess(pid)
            provisioner.pid = pid
            provisioner.pgid = pid
            provisioner.cwd = kw.get("cwd")
            self._reconcile_connection_info(provisioner.connection_info)

    return ForkingKernelManager


def _start_kernel(
    kernel_name: str, cwd: str, preimport: tuple[str, ...] = PREIMPORT, fork: bool = False
):
    """Start a kernel that pre-imports ``preimport``; return its (async) manager at once."""
    import subprocess

    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    if fork:
        km = _forking_manager_class()(kernel_name=kernel_name)
        km.zygote = _zygote_for(preimport)
    else:
        km = AsyncKernelManager(kernel_name=kernel_name)
    # The kernel's own start-up chatter stays out of the progress display; cell output
    # is logged per report by papermill.
    run_sync(km.start_kernel)(
        extra_arguments=_warm_arguments(preimport),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return km


def _stop_kernel(km) -> None:
    from jupyter_core.utils import run_sync

    try:
        if run_sync(km.is_alive)():
            run_sync(km.shutdown_kernel)(now=True)
    except Exception:  # already gone
        pass
    try:
        run_sync(km.cleanup_resources)()
    except Exception:
        pass


def _take_kernel(
    kernel_name: str, cwd: str, *, preimport: tuple[str, ...] = PREIMPORT, fork: bool = False
):
    """Return a started kernel manager: the warm spare if there is one, else a new kernel."""
    from jupyter_core.utils import run_sync

    km = _spare_kernels.pop((kernel_name, cwd, tuple(preimport), fork), None)
    if km is not None and not run_sync(km.is_alive)():
        _stop_kernel(km)
        km = None
    return km if km is not None else _start_kernel(kernel_name, cwd, preimport, fork)


def _start_spare(
    kernel_name: str, cwd: str, *, preimport: tuple[str, ...] = PREIMPORT, fork: bool = False
) -> None:
    """Start the next report's kernel now, so its start-up and imports overlap this report's
    HTML export and the hand-over of the next report.

    It is started only once the current kernel has stopped: a worker never holds two
    kernels at once, which keeps its peak memory to one kernel plus itself.
    """
    key = (kernel_name, cwd, tuple(preimport), fork)
    if key not in _spare_kernels:
        _spare_kernels[key] = _start_kernel(kernel_name, cwd, preimport, fork)


def shutdown_spare_kernels() -> None:
    """Stop the warm kernels and the zygotes of this process (called when a worker exits).

    Examples
    --------
    With no kernel running it does nothing:

    >>> shutdown_spare_kernels() is None
    True
    """
    while _spare_kernels:
        _, km = _spare_kernels.popitem()
        _stop_kernel(km)
    while _zygotes:
        _, zygote = _zygotes.popitem()
        zygote.close()


def kill_kernels_now() -> None:
    """Kill this process's kernels (warm spares and the running one) without waiting.

    Examples
    --------
    With no kernel running it does nothing:

    >>> kill_kernels_now() is None
    True
    """
    for zygote in _zygotes.values():
        try:
            os.killpg(zygote.process.pid, signal.SIGKILL)
        except OSError:
            pass
    for km in [*_spare_kernels.values(), *_active_kernels]:
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (OSError, AttributeError):
                try:
                    process.kill()
                except Exception:
                    pass


def _register_engine() -> str:
    """Register a papermill engine that runs on a kernel started beforehand and stops it after."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.utils import merge_kwargs, remove_args

    name = "fraud_research_warm"
    if name in papermill_engines._engines:
        return name

    class WarmKernelEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(
            cls,
            nb_man,
            kernel_name,
            log_output=False,
            stdout_file=None,
            stderr_file=None,
            start_timeout=60,
            execution_timeout=None,
            km=None,
            **kwargs,
        ):
            kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
            final = merge_kwargs(
                kwargs,
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log=logging.getLogger("papermill"),
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
                shutdown_kernel="immediate",
            )
            client = PapermillNotebookClient(nb_man, km=km, **final)
            # cleanup_kc: stop the kernel and its channels even though we made the manager.
            return client.execute(cleanup_kc=True)

    papermill_engines.register(name, WarmKernelEngine)
    return name


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
        kwargs["engine_name"] = _register_engine()
        kwargs["km"] = _take_kernel(kernel_name, cwd, preimport=preimport, fork=fork)
        _active_kernels.append(kwargs["km"])
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
            _active_kernels.remove(kwargs["km"])
            _stop_kernel(kwargs["km"])
            if warm_next:
                _start_spare(kernel_name, cwd, preimport=preimport, fork=fork)


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
    final_nb = out_dir / f"{stem}.ipynb"
    final_html = out_dir / f"{stem}.html"
    stamp_path = out_dir / f"{stem}.stamp.json"
    tmp_nb = tmp_path_for(final_nb)
    log_path = Path(job["log_path"])
    log_path.parent.mkdir(parents=True, exist_ok=True)

    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("papermill")
    previous_level = logger.level  # restored below: the caller's logging is not ours to change
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    start = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    result: dict[str, Any] = {
        "report_id": job["report_id"],
        "notebook": str(final_nb),
        "html": str(final_html),
        "log": str(log_path),
        "error": "",
        "worker_pid": os.getpid(),
    }
    try:
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
            cwd=job.get("cwd") or out_dir,
            warm=job.get("warm", True),
            warm_next=job.get("warm_next", False),
            preimport=tuple(job.get("preimport", PREIMPORT)),
            fork=job.get("fork", False),
        )
        nb.metadata.setdefault("papermill", {})["output_path"] = str(final_nb)
        html = export_html(nb)
        import nbformat

        atomic_write(final_nb, nbformat.writes(nb))
        atomic_write(final_html, html)
        atomic_write(stamp_path, json.dumps(job.get("stamp", {}), indent=2, sort_keys=True))
        result["status"] = "ok"
    except Exception as err:  # a failing report must never stop the batch
        result["status"] = "failed"
        result["error"] = _describe(err)
        logger.error("render failed: %s\n%s", result["error"], traceback.format_exc())
        stamp_path.unlink(missing_ok=True)  # a failed report is always retried
        if tmp_nb.exists():
            os.replace(tmp_nb, final_nb)
        else:
            result["notebook"] = ""
    finally:
        tmp_nb.unlink(missing_ok=True)
        logger.removeHandler(handler)
        logger.setLevel(previous_level)
        handler.close()
    result["start"] = start.isoformat(timespec="seconds")
    result["end"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    result["duration_s"] = round(time.perf_counter() - clock, 2)
    result.update(_peak_mb())
    if job.get("fork"):
        result["kernel_peak_mb"] = None  # forked kernels are the zygote's children, not ours
    return result


__all__ = [
    "KERNEL_NAME",
    "TMP_PREFIX",
    "atomic_write",
    "strip_remote_assets",
    "export_html",
    "execute_notebook",
    "render_report",
    "shutdown_spare_kernels",
    "kill_kernels_now",
    "tmp_path_for",
    "die_with_parent",
]
