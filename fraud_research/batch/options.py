"""Where a batch writes and where it runs: ``--outputs`` and ``--scheduler``, checked first.

``--outputs`` must lie outside the project's source folders (``data/``,
``notebooks/``, ``params/``, the package) and be writable; ``--scheduler`` must be
a well-formed address that answers within :data:`SCHEDULER_CONNECT_TIMEOUT` seconds.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import paths
from ..errors import ParameterError

#: Seconds to wait for a Dask scheduler to answer before ``--scheduler`` is refused.
SCHEDULER_CONNECT_TIMEOUT = 5.0


#: What a ``--scheduler`` address looks like (for messages).
SCHEDULER_EXAMPLE = "tcp://10.0.0.5:8786"


def _shown(path: Path) -> str:
    """``path`` relative to the project root when inside it (``data/``), else absolute."""
    path = Path(path)
    try:
        relative = path.resolve().relative_to(paths.PROJECT_ROOT.resolve()).as_posix()
    except ValueError:
        return str(path)
    return f"{relative}/" if relative != "." else "the project folder"


def check_outputs_dir(
    folder: str | Path,
    *,
    params_dir: Path | None = None,
    notebooks_dir: Path | None = None,
) -> Path:
    """Return ``folder`` resolved if reports may be written there; nothing is written.

    Allowed: ``outputs/`` of the project (or a folder under it), or a folder outside
    the project's source folders. Refused: anything inside the dataset folder
    (``data/``), the package (``fraud_research/``), ``notebooks/`` or ``params/``
    (and the params and notebooks folders in use, when given), the project folder
    itself, and a folder that holds the project (a batch cleans up stale
    temporary files in every folder under its outputs).

    Raises
    ------
    ParameterError
        Naming ``--outputs``, the folder it is in, and what is allowed.

    Examples
    --------
    >>> from fraud_research import paths
    >>> check_outputs_dir(paths.OUTPUTS_DIR) == paths.OUTPUTS_DIR.resolve()
    True
    >>> check_outputs_dir(paths.DATA_DIR / "reports")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: --outputs .../data/reports is inside the dataset \
folder data/; write the reports to outputs/ of the project (the default) or to a folder outside \
the project's source folders (data/, fraud_research/, notebooks/, params/)
    >>> check_outputs_dir(paths.PROJECT_ROOT)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: --outputs ... is the project folder itself; ...
    """
    folder = Path(folder).expanduser().resolve()
    outputs = paths.OUTPUTS_DIR.resolve()
    if folder.is_relative_to(outputs):
        return folder
    root = paths.PROJECT_ROOT.resolve()
    protected = [
        ("the dataset folder", paths.DATA_DIR),
        ("the package", root / "fraud_research"),
        ("the package", paths.PACKAGE_DIR),
        ("the notebooks folder", paths.NOTEBOOKS_DIR),
        ("the params folder", paths.PARAMS_DIR),
        ("the notebooks folder", notebooks_dir),
        ("the params folder", params_dir),
    ]
    problem = ""
    for label, source in protected:
        if source is not None and folder.is_relative_to(Path(source).resolve()):
            problem = f"is inside {label} {_shown(source)}"
            break
    else:
        if folder == root:
            problem = "is the project folder itself"
        elif root.is_relative_to(folder):
            problem = f"holds the project folder {root}"
    if problem:
        raise ParameterError(
            f"--outputs {folder} {problem}; write the reports to {_shown(outputs)} of the "
            "project (the default) or to a folder outside the project's source folders "
            "(data/, fraud_research/, notebooks/, params/)"
        )
    return folder


def check_outputs_writable(folder: Path) -> Path:
    """Create ``folder`` if needed and check that a file can be written in it (a probe, removed).

    Raises
    ------
    ParameterError
        Naming ``--outputs`` and why it cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> check_outputs_writable(tmp / "outputs") == tmp / "outputs", list((tmp / "outputs").iterdir())
    (True, [])
    >>> _ = (tmp / "afile").write_text("not a folder")
    >>> check_outputs_writable(tmp / "afile" / "outputs")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: --outputs .../afile/outputs cannot be written \
(Not a directory: ...); give a folder you can create and write in, e.g. .../outputs (the default)
    """
    from ..dataset.files import tmp_path_for

    folder = Path(folder)
    try:
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(20, "it is a file, not a folder", str(folder))
        folder.mkdir(parents=True, exist_ok=True)
        probe = tmp_path_for(folder / "write-test")  # a .tmp- name: removed by the next run
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        probe.unlink()
    except OSError as err:
        reason = err.strerror or type(err).__name__
        if err.filename:
            reason += f": {err.filename}"
        raise ParameterError(
            f"--outputs {folder} cannot be written ({reason}); give a folder you can create "
            f"and write in, e.g. {paths.OUTPUTS_DIR} (the default)"
        ) from None
    return folder


def check_scheduler_address(address: str) -> str:
    """Return ``address`` if it has the form of a Dask scheduler address (nothing is contacted).

    Raises
    ------
    ParameterError
        Naming ``--scheduler``: Dask distributed is not installed, or the address is
        not ``scheme://host:port``.

    Examples
    --------
    >>> check_scheduler_address("tcp://127.0.0.1:8786")
    'tcp://127.0.0.1:8786'
    >>> check_scheduler_address("nonsense")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: --scheduler 'nonsense' is not a scheduler address \
(missing port number in address 'nonsense'); give scheme://host:port of a running Dask \
scheduler, e.g. tcp://10.0.0.5:8786 (schemes: inproc, tcp, tls, ucx, ws, wss)
    """
    try:
        import distributed  # noqa: F401  (first: a submodule may be loaded without it)
        from distributed.comm import parse_address, parse_host_port
        from distributed.comm.registry import backends
    except ImportError:
        raise ParameterError(
            "--scheduler needs Dask distributed: pip install 'fraud-research[cluster]'"
        ) from None
    schemes = ", ".join(sorted(backends))
    try:
        scheme, location = parse_address(str(address))
        if scheme not in backends:
            raise ValueError(f"unknown scheme {scheme!r}")
        if scheme != "inproc":
            host, port = parse_host_port(location)
            if not host:
                raise ValueError("no host name")
            if not 0 < int(port) < 65536:
                raise ValueError(f"port {port} is not between 1 and 65535")
    except (ValueError, TypeError) as err:
        raise ParameterError(
            f"--scheduler {address!r} is not a scheduler address ({err}); give "
            f"scheme://host:port of a running Dask scheduler, e.g. {SCHEDULER_EXAMPLE} "
            f"(schemes: {schemes})"
        ) from None
    return address


def connect_scheduler(address: str, *, timeout: float | None = None):
    """Return a Dask ``Client`` connected to ``address``, or refuse it within ``timeout`` seconds.

    Parameters
    ----------
    address : str
        ``scheme://host:port`` of a running scheduler.
    timeout : float, optional
        Seconds to wait for the scheduler (default :data:`SCHEDULER_CONNECT_TIMEOUT`).

    Raises
    ------
    ParameterError
        Naming ``--scheduler``: a malformed address, or no scheduler answered.

    Examples
    --------
    >>> connect_scheduler("tcp://127.0.0.1")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: --scheduler 'tcp://127.0.0.1' is not a scheduler \
address (missing port number in address '127.0.0.1'); ...
    """
    check_scheduler_address(address)
    from distributed import Client

    timeout = SCHEDULER_CONNECT_TIMEOUT if timeout is None else timeout
    try:
        return Client(address, timeout=f"{timeout}s")
    except (OSError, ValueError) as err:  # CommClosedError and TimeoutError are OSErrors
        reason = " ".join(str(err).split())[:200] or type(err).__name__
        raise ParameterError(
            f"--scheduler {address}: no Dask scheduler answered within {timeout:g} s "
            f"({reason}); give the address of a running scheduler (e.g. {SCHEDULER_EXAMPLE}, "
            "started with `dask scheduler`), or leave --scheduler out to render on this machine"
        ) from None
