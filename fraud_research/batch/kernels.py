"""Kernels that start fast and die with the command.

Each worker keeps a *zygote*, a process that has imported ipykernel, pandas,
statsmodels, matplotlib and the library once; every report's kernel is a fresh
fork of it. Every process of a batch (worker, zygote, forked kernel) calls
:func:`die_with_parent` as it starts, so when the command is killed, even with
``kill -9``, nothing outlives it and nothing writes a file afterwards.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
from typing import Any

#: The Jupyter kernel registered at set-up (``make setup``).
KERNEL_NAME = "fraud-research"


#: Modules a warm kernel imports before it is handed a notebook.
PREIMPORT = (
    "numpy",
    "pandas",
    "scipy.stats",
    "statsmodels.api",
    "matplotlib.pyplot",
    "seaborn",
    "fraud_research.dataset",
    "fraud_research.stats",
    # the packages load their submodules on first use: name the notebooks' entry points
    "fraud_research.report.region",
    "fraud_research.report.compare",
)


#: ``prctl`` option: the signal a process receives when the thread that forked it dies.
PR_SET_PDEATHSIG = 1


_spare_kernels: dict[tuple, Any] = {}


active_kernels: list[Any] = []


_zygotes: dict[tuple[str, ...], _Zygote] = {}


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
    >>> code = "from fraud_research.batch.kernels import die_with_parent; print(die_with_parent())"
    >>> subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    'True\\n'

    A parent pid that is not the parent's means the parent is already gone:

    >>> code = "from fraud_research.batch.kernels import die_with_parent; die_with_parent(-1); print('alive')"
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


_ZYGOTE_CODE = """
import json, os, signal, sys
try:
    from fraud_research.batch.kernels import die_with_parent
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


def stop_kernel(km) -> None:
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


def take_kernel(
    kernel_name: str, cwd: str, *, preimport: tuple[str, ...] = PREIMPORT, fork: bool = False
):
    """Return a started kernel manager: the warm spare if there is one, else a new kernel."""
    from jupyter_core.utils import run_sync

    km = _spare_kernels.pop((kernel_name, cwd, tuple(preimport), fork), None)
    if km is not None and not run_sync(km.is_alive)():
        stop_kernel(km)
        km = None
    return km if km is not None else _start_kernel(kernel_name, cwd, preimport, fork)


def start_spare(
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
        stop_kernel(km)
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
    for km in [*_spare_kernels.values(), *active_kernels]:
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (OSError, AttributeError):
                try:
                    process.kill()
                except Exception:
                    pass


def register_engine() -> str:
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
