"""Render every region report in one command: parallel, incremental, atomic, resumable.

``fraud-research reports`` plans the reports (one per region with data, plus every
params file naming another notebook, e.g. the regional comparison), checks all
parameters before any kernel starts, skips reports whose inputs did not change,
renders the rest in worker processes (or on a Dask cluster), and writes
``outputs/index.html``, ``outputs/summary.csv`` and ``outputs/manifest.json``.

Output layout (``outputs/`` by default, ``--outputs DIR`` otherwise)::

    outputs/<report>/<notebook>.ipynb        executed notebook (kept on failure)
    outputs/<report>/<notebook>.html         code-free, self-contained page
    outputs/<report>/<notebook>.stamp.json   inputs of the last good render
    outputs/runs/<timestamp>/logs/<report>.log
    outputs/index.html, summary.csv, manifest.json

Incremental rule: a report is skipped when its HTML exists and its stamp equals
the current one: sha256 of the notebook file, of its parameters (canonical JSON),
of the data it reads, and the package version plus a hash of the package's
source. "The data it reads" is, for a report with a ``place`` parameter, the rows
of ``data/figures.csv`` for that place plus the registries (``places.csv``,
``schemes.csv``, ``scheme_wordings.csv``); for any other notebook (the regional
comparison) the whole data folder. A new figure for Turkestan thus re-renders
the Turkestan report and the comparison, nothing else. A failed report is always
retried.

Failing cleanly: before any kernel starts, the dataset is validated, every
report's parameters are checked as its notebook would check them (the check the
notebook names in its metadata), ``--outputs`` must lie outside the project's
source folders and be writable, and ``--scheduler`` must answer within
:data:`SCHEDULER_CONNECT_TIMEOUT` seconds. A problem ends the command with one
``Error:`` line per problem, exit status 2 and nothing written. Workers, their
kernel zygotes and the kernels die with the command, even on ``kill -9``
(:func:`fraud_research.render.die_with_parent`).

This module imports no pandas at import time, so ``fraud-research --help`` is fast.

Examples
--------
The command line, :func:`reports_command` (a click command; its own docstring is
its ``--help`` text, so its example lives here, where doctest collects it):

>>> from click.testing import CliRunner
>>> result = CliRunner().invoke(reports_command, ["--help"])
>>> result.exit_code
0
>>> result.output.splitlines()[0]
'Usage: reports [OPTIONS] [REGION ...]'
>>> "--force" in result.output
True
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import click

from . import __version__, paths
from .errors import InsufficientDataError, ParameterError
from .params import (
    DEFAULT_NOTEBOOK,
    ReportSpec,
    check_parameters,
    check_report_id,
    check_with_notebook,
    default_notebook_for,
    notebook_parameters,
    parameter_check_function,
    read_params_file,
    resolve_notebook,
    spec_from_file,
    spec_source,
)

#: Exit status when at least one report failed; 2 for invalid parameters, an invalid dataset
#: or an unusable option (``--outputs``, ``--scheduler``); 130 when interrupted.
EXIT_FAILED, EXIT_INVALID, EXIT_INTERRUPTED = 1, 2, 130
REGISTRY_FILES = ("places.csv", "schemes.csv", "scheme_wordings.csv")
#: Seconds to wait for a Dask scheduler to answer before ``--scheduler`` is refused.
SCHEDULER_CONNECT_TIMEOUT = 5.0
#: What a ``--scheduler`` address looks like (for messages).
SCHEDULER_EXAMPLE = "tcp://10.0.0.5:8786"
#: Lines of a dataset's problems shown before "... and N more".
MAX_PROBLEM_LINES = 20


# --- planning ------------------------------------------------------------------------------


def plan_reports(
    regions: Sequence[str] = (),
    params_files: Sequence[str | Path] = (),
    *,
    params_dir: Path | None = None,
    notebooks_dir: Path | None = None,
) -> list[ReportSpec]:
    """Return the reports to render, every parameter checked, before any kernel starts.

    Each report's parameters are checked as the notebook itself would check them:
    names and types against its parameters cell, places against the registry, and,
    for a notebook that names its own check in its metadata (the region report and
    the comparison do), that check with the report's full parameters (a year
    without data, ``lang: de``). The dataset is loaded and validated once for all.

    Parameters
    ----------
    regions : sequence of str
        Region ids. With neither regions nor params files: every place with data
        (:func:`~fraud_research.panel.places_with_data`) plus every params file that
        names another notebook (``notebook: compare_regions.ipynb``).
    params_files : sequence of path
        Extra params files; each is one report named after the file.
    params_dir, notebooks_dir : Path, optional
        Default ``params/`` and ``notebooks/`` of the project.

    Raises
    ------
    ParameterError
        For an unknown region, a region without data, a malformed params file, an
        unsafe id, a parameter the notebook does not declare or would refuse, or
        two reports with the same id. Every problem found is listed, one per line,
        each naming the params file (or report) it came from.
    DataValidationError
        When the dataset itself is invalid (nothing can be rendered from it).

    Examples
    --------
    >>> [spec] = plan_reports(["turkestan"])
    >>> spec.report_id, spec.notebook.name, spec.params_file.name
    ('turkestan', 'region_report.ipynb', 'turkestan.yaml')

    A region report without a year gets the latest year with data:

    >>> spec.parameters
    {'place': 'turkestan', 'lang': 'en', 'year': 2025}
    >>> plan_reports(["atlantis"])
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: ...atlantis...

    What the notebook would refuse is refused here, with the file it came from:

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "turkestan_2019.yaml"
    >>> _ = path.write_text("place: turkestan\\nyear: 2019\\n")
    >>> plan_reports(params_files=[path])
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: .../turkestan_2019.yaml: no full-year internet-fraud \
figure for turkestan in 2019 (parameter 'year'); years with data: 2023, 2024, 2025
    """
    from .dataset import load_figures, load_places
    from .panel import check_place, places_with_data

    params_dir = Path(params_dir or paths.PARAMS_DIR)
    notebooks_dir = Path(notebooks_dir or paths.NOTEBOOKS_DIR)
    places = load_places()
    figures = load_figures()
    with_data = places_with_data(figures)
    problems: list[str] = []

    def attempt(check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one check; collect its problem instead of stopping at the first."""
        try:
            return check(*args, **kwargs)
        except ParameterError as err:
            problems.append(str(err))
            return None

    specs: list[ReportSpec] = []
    region_ids = list(regions)
    extra_files = [Path(p) for p in params_files]
    if not region_ids and not extra_files:
        region_ids = list(with_data)
        for path in sorted(params_dir.glob("*.y*ml")):
            data = attempt(read_params_file, path)
            if data is None:
                continue
            default = default_notebook_for(path, notebooks_dir=notebooks_dir)
            if data.get("notebook", default) != DEFAULT_NOTEBOOK:
                extra_files.append(path)

    for region in region_ids:
        if attempt(check_report_id, region, source="command line") is None:
            continue
        if attempt(check_place, region, places=places, parameter="REGION") is None:
            continue
        own_file = params_dir / f"{region}.yaml"
        if own_file.is_file():
            specs.append(attempt(spec_from_file, own_file, notebooks_dir=notebooks_dir))
            continue
        if region not in with_data:
            problems.append(
                f"region {region!r} has no full-year internet-fraud figure and no "
                f"params/{region}.yaml; regions with data: {', '.join(with_data)}"
            )
            continue
        notebook = attempt(
            resolve_notebook, DEFAULT_NOTEBOOK, where="default", notebooks_dir=notebooks_dir
        )
        if notebook is not None:
            specs.append(ReportSpec(region, notebook, {"place": region, "year": 0}))
    for path in extra_files:
        specs.append(attempt(spec_from_file, path, notebooks_dir=notebooks_dir))

    specs = [_pin_year(spec, figures) for spec in specs if spec is not None]
    seen: dict[str, ReportSpec] = {}
    notebooks: dict[Path, tuple[dict | None, Callable[..., Any] | None]] = {}
    for spec in specs:
        if spec.report_id in seen:
            first = seen[spec.report_id]
            problems.append(
                f"two reports would write outputs/{spec.report_id}/: "
                f"{first.params_file or 'region ' + first.report_id} and "
                f"{spec.params_file or 'region ' + spec.report_id}; rename one params file"
            )
            continue
        seen[spec.report_id] = spec
        found = len(problems)
        where = spec_source(spec)
        values = [(key, spec.parameters.get(key)) for key in ("place", "reference")]
        if isinstance(spec.parameters.get("places"), list):
            values += [("places", value) for value in spec.parameters["places"]]
        for key, value in values:
            if isinstance(value, str) and value or key == "places":
                try:
                    check_place(str(value), places=places, parameter=key)
                except ParameterError as err:
                    problems.append(f"{where}: {err}")
        if spec.notebook not in notebooks:
            declared = attempt(notebook_parameters, spec.notebook)
            check = attempt(parameter_check_function, spec.notebook)
            notebooks[spec.notebook] = (declared, check)
        declared, check = notebooks[spec.notebook]
        if declared is None:  # its parameters cell is broken: said once, above
            continue
        attempt(check_parameters, spec, declared)
        if check is not None and len(problems) == found:
            # The notebook's own first check, run here: no kernel for a report it would refuse.
            attempt(check_with_notebook, spec, declared, check, figures=figures)
    if problems:
        raise ParameterError("\n".join(dict.fromkeys(problems)))
    return specs


def _pin_year(spec: ReportSpec, figures) -> ReportSpec:
    """Give a region report without a year (or ``year: 0``) the latest year with data.

    The notebook would pick the same year itself; pinning it here lets the index
    show the year's figures and makes a new year's figure change the report's stamp.
    """
    if spec.notebook.name != DEFAULT_NOTEBOOK or not spec.place:
        return spec
    if spec.parameters.get("year") not in (None, 0):
        return spec
    from .report import latest_year

    try:
        year = latest_year(figures, place=spec.place)
    except (InsufficientDataError, ParameterError):
        return spec  # the checks that follow say what is wrong, naming the params file
    return ReportSpec(
        spec.report_id, spec.notebook, {**spec.parameters, "year": year}, spec.params_file
    )


# --- options: where to write, where to run --------------------------------------------------


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
        ("the package", Path(__file__).resolve().parent),
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
    from .render import tmp_path_for

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


# --- stamps (what a render depends on) -----------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


#: Modules that run the batch but play no part in a report's content (not in the stamp).
RUNNER_MODULES = ("batch.py", "index_page.py", "params.py", "cli.py")


def package_fingerprint() -> str:
    """Return the package version and a short hash of the source that shapes a report.

    Every module of the package counts (the notebooks call them, and ``render`` sets
    the HTML export) except the runner's own :data:`RUNNER_MODULES`.

    Examples
    --------
    >>> from fraud_research import __version__
    >>> fingerprint = package_fingerprint()
    >>> version, digest = fingerprint.split("+")
    >>> version == __version__, len(digest)
    (True, 12)
    >>> package_fingerprint() == fingerprint
    True
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for file in sorted(root.rglob("*.py")):
        if file.name in RUNNER_MODULES and file.parent == root:
            continue
        digest.update(str(file.relative_to(root)).encode())
        digest.update(file.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def data_hash(place: str | None, *, data_dir: Path | None = None) -> str:
    """Return the sha256 of the data a report reads (see the module docstring for the rule).

    Examples
    --------
    >>> turkestan = data_hash("turkestan")
    >>> len(turkestan), turkestan == data_hash("turkestan")
    (64, True)
    >>> turkestan == data_hash("almaty_city")
    False

    Without a place (the regional comparison) it is the version of the whole data folder:

    >>> from fraud_research.dataset import data_version
    >>> data_hash(None) == data_version()
    True
    """
    data_dir = Path(data_dir or paths.DATA_DIR)
    if place is None:
        from .dataset import data_version

        return data_version(data_dir)
    digest = hashlib.sha256()
    text = (data_dir / "figures.csv").read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    column = header.index("place") if "place" in header else None
    digest.update(",".join(header).encode())
    for record in reader:
        if column is not None and len(record) > column and record[column] == place:
            digest.update(b"\n" + "\x1f".join(record).encode())
    for name in REGISTRY_FILES:
        file = data_dir / name
        if file.is_file():
            digest.update(name.encode() + file.read_bytes())
    return digest.hexdigest()


def report_stamp(spec: ReportSpec, *, package: str | None = None) -> dict[str, str]:
    """Return what the render of ``spec`` depends on; equal stamps mean nothing changed.

    Examples
    --------
    >>> [spec] = plan_reports(["turkestan"])
    >>> stamp = report_stamp(spec, package="0.1.0+abc")
    >>> sorted(stamp)
    ['data_sha256', 'notebook', 'notebook_sha256', 'package', 'parameters_sha256']
    >>> stamp["notebook"], stamp["package"], stamp["data_sha256"] == data_hash("turkestan")
    ('region_report.ipynb', '0.1.0+abc', True)
    >>> report_stamp(spec, package="0.1.0+abc") == stamp
    True
    """
    return {
        "notebook": spec.notebook.name,
        "notebook_sha256": _sha256(spec.notebook.read_bytes()),
        "parameters_sha256": _sha256(spec.canonical_parameters().encode()),
        "data_sha256": data_hash(spec.place),
        "package": package or package_fingerprint(),
    }


def is_up_to_date(spec: ReportSpec, stamp: dict, outputs_dir: Path) -> bool:
    """True when the report's HTML exists and its saved stamp equals ``stamp``.

    Examples
    --------
    >>> import json, tempfile, pathlib
    >>> [spec] = plan_reports(["turkestan"])
    >>> stamp = report_stamp(spec)
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> is_up_to_date(spec, stamp, outputs)
    False
    >>> folder = outputs / "turkestan"
    >>> folder.mkdir()
    >>> _ = (folder / "region_report.html").write_text("<html></html>")
    >>> _ = (folder / "region_report.stamp.json").write_text(json.dumps(stamp))
    >>> is_up_to_date(spec, stamp, outputs)
    True
    """
    folder = outputs_dir / spec.report_id
    html = folder / f"{spec.notebook.stem}.html"
    saved = folder / f"{spec.notebook.stem}.stamp.json"
    if not (html.is_file() and saved.is_file()):
        return False
    try:
        return json.loads(saved.read_text(encoding="utf-8")) == stamp
    except (OSError, ValueError):
        return False


def git_commit() -> str:
    """Return the project's git commit (with ``-dirty`` for local changes), or ``""``.

    Examples
    --------
    >>> commit = git_commit()
    >>> isinstance(commit, str), len(commit) in (0, 40, 46)
    (True, True)
    """

    def git(*args: str) -> str:
        out = subprocess.run(
            ["git", *args],
            cwd=paths.PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return out.stdout.strip()

    try:
        commit = git("rev-parse", "HEAD")
        # a report made from uncommitted code or data is not that commit's report
        changed = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return ""
    return f"{commit}-dirty" if changed else commit


def remove_stale_temporaries(outputs_dir: Path) -> int:
    """Delete ``.tmp-*`` files left by an interrupted run; return how many were removed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> (outputs / "turkestan").mkdir()
    >>> _ = (outputs / "turkestan" / ".tmp-x").write_text("half a report")
    >>> _ = (outputs / "turkestan" / "region_report.html").write_text("<html></html>")
    >>> remove_stale_temporaries(outputs)
    1
    >>> sorted(p.name for p in (outputs / "turkestan").iterdir())
    ['region_report.html']
    >>> remove_stale_temporaries(outputs / "missing")
    0
    """
    from .render import TMP_PREFIX

    removed = 0
    if outputs_dir.is_dir():
        for file in outputs_dir.rglob(f"{TMP_PREFIX}*"):
            if file.is_file():
                file.unlink(missing_ok=True)
                removed += 1
    return removed


# --- running -------------------------------------------------------------------------------


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


def _worker_init(parent_pid: int | None = None) -> None:
    """Worker set-up: die with the command; Ctrl-C is the parent's business; SIGTERM kills
    this worker's kernels."""
    from multiprocessing import util

    from . import render

    # kill -9 of the command leaves nothing behind: this worker dies with it, its zygote
    # with this worker and the kernels with their zygote (render.die_with_parent).
    render.die_with_parent(parent_pid, watch=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def on_term(signum, frame):
        render.kill_kernels_now()
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, on_term)
    util.Finalize(None, render.shutdown_spare_kernels, exitpriority=100)


def _local_results(jobs: list[dict], workers: int, stop: dict) -> Iterable[dict]:
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
            _terminate_pool(pool)
        else:
            pool.shutdown(wait=True)


def _terminate_pool(pool) -> None:
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


def _dask_results(jobs: list[dict], scheduler: str, stop: dict) -> Iterable[dict]:
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
    from .render import TMP_PREFIX

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
        Modules a kernel imports before it runs a notebook (default :data:`render.PREIMPORT`).
    echo : callable, optional
        Receives one line per report (default: written above the progress bar).

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
    An empty batch starts no kernel; it still writes the index, summary and manifest:

    >>> import tempfile, pathlib
    >>> outputs = pathlib.Path(tempfile.mkdtemp())
    >>> result = run_batch([], outputs_dir=outputs, progress=False)
    >>> result.results, result.exit_code
    ([], 0)
    >>> sorted(p.name for p in outputs.iterdir())
    ['index.html', 'manifest.json', 'summary.csv']
    """
    from tqdm import tqdm

    from . import render

    outputs_dir = Path(outputs_dir or paths.OUTPUTS_DIR).resolve()
    outputs_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(outputs_dir)
    started = dt.datetime.now(dt.UTC)
    run_dir = outputs_dir / "runs" / started.strftime("%Y%m%dT%H%M%S%fZ")
    workers = max(1, workers or len(os.sched_getaffinity(0)))
    package = package_fingerprint()
    commit = git_commit()
    kernel_name = kernel_name or render.KERNEL_NAME
    preimport = tuple(render.PREIMPORT if preimport is None else preimport)

    result = BatchResult(run_dir=run_dir)
    bar = tqdm(
        total=len(specs),
        desc="reports",
        unit="report",
        file=sys.stderr,
        disable=not progress,
        dynamic_ncols=True,
    )
    say = echo or (lambda line: bar.write(line, file=sys.stdout))
    counts = {"done": 0, "failed": 0, "skipped": 0}

    def show(res: dict) -> None:
        result.results.append(res)
        key = {"ok": "done", "failed": "failed", "skipped": "skipped"}[res["status"]]
        counts[key] += 1
        spec = by_id[res["report_id"]]
        label = f"{res['report_id']} {spec.year or ''}".strip()
        if res["status"] == "ok":
            where = _relative(res["html"], outputs_dir)
            say(f"ok       {label:<24} {res['duration_s']:6.1f} s  {where}")
        elif res["status"] == "skipped":
            say(f"skipped  {label:<24} (unchanged)  {_relative(res['html'], outputs_dir)}")
        else:
            say(f"FAILED   {label:<24} {res['duration_s']:6.1f} s  {res['error']}")
        bar.set_postfix(
            done=counts["done"] + counts["skipped"],
            failed=counts["failed"],
            remaining=len(specs) - len(result.results),
            refresh=False,
        )
        bar.update(1)

    by_id = {spec.report_id: spec for spec in specs}
    stamps = {spec.report_id: report_stamp(spec, package=package) for spec in specs}
    declared: dict[Path, list[str]] = {}
    jobs = []
    for spec in specs:
        stamp = stamps[spec.report_id]
        folder = outputs_dir / spec.report_id
        if not force and is_up_to_date(spec, stamp, outputs_dir):
            show(
                {
                    "report_id": spec.report_id,
                    "status": "skipped",
                    "html": str(folder / f"{spec.notebook.stem}.html"),
                    "notebook": str(folder / f"{spec.notebook.stem}.ipynb"),
                    "error": "",
                }
            )
            continue
        jobs.append(
            {
                "report_id": spec.report_id,
                "notebook": str(spec.notebook),
                "parameters": dict(spec.parameters),
                "declared": declared.setdefault(
                    spec.notebook, list(notebook_parameters(spec.notebook))
                ),
                "out_dir": str(folder),
                "output_dir_param": _output_dir_parameter(folder),
                "log_path": str(run_dir / "logs" / f"{spec.report_id}.log"),
                "stamp": stamp,
                "kernel_name": kernel_name,
                "timeout": timeout,
                "cwd": str(folder),
                "preimport": preimport,
            }
        )
    for i, job in enumerate(jobs):
        # Start the next kernel ahead only when this worker will have a next report.
        job["warm_next"] = i + workers < len(jobs)
        job["cwd"] = str(outputs_dir)
        job["fork"] = not scheduler  # local workers fork kernels from a pre-imported zygote

    stop: dict[str, Any] = {}
    previous_term = signal.getsignal(signal.SIGTERM)

    def on_term(signum, frame):
        raise KeyboardInterrupt

    if jobs:
        try:
            signal.signal(signal.SIGTERM, on_term)
        except ValueError:  # not the main thread
            previous_term = None
        source = (
            _dask_results(jobs, scheduler, stop)
            if scheduler
            else _local_results(jobs, min(workers, len(jobs)), stop)
        )
        try:
            for res in source:
                show(res)
        except KeyboardInterrupt:
            stop["interrupted"] = True
            result.interrupted = True
            close = getattr(source, "close", None)
            if close:
                close()
            if "pool" in stop:
                _terminate_pool(stop["pool"])
            remove_stale_temporaries(outputs_dir)
        except BaseException:
            # Anything else (no scheduler, a write error): stop the workers, then raise.
            stop["interrupted"] = True
            source.close()
            if "pool" in stop:
                _terminate_pool(stop["pool"])
            bar.close()
            remove_stale_temporaries(outputs_dir)
            raise
        finally:
            if previous_term is not None:
                signal.signal(signal.SIGTERM, previous_term)
    bar.close()
    remove_stale_temporaries(outputs_dir)  # left by a worker that died mid-render

    from .index_page import write_outputs

    write_outputs(
        outputs_dir,
        specs=specs,
        stamps=stamps,
        results=result.results,
        run={
            "started": started.isoformat(timespec="seconds"),
            "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "package": package,
            "git_commit": commit,
            "workers": workers if not scheduler else None,
            "scheduler": scheduler or "",
            "run_dir": _relative(run_dir, outputs_dir),
            "interrupted": result.interrupted,
        },
        summary=not result.interrupted,
    )
    return result


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


# --- command line --------------------------------------------------------------------------


@click.command("reports", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("regions", nargs=-1, metavar="[REGION ...]")
@click.option(
    "--params",
    "params_files",
    multiple=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="A params YAML file to render (repeatable); the report is named after the file.",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Local worker processes [default: the cores available].",
)
@click.option("--force", is_flag=True, help="Render even the reports whose inputs are unchanged.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Render on an existing Dask cluster, e.g. tcp://host:8786 "
    "(needs: pip install 'fraud-research[cluster]').",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=1),
    default=None,
    metavar="S",
    help="Fail a report when one of its cells runs longer than S seconds [default: no limit].",
)
@click.option(
    "--outputs",
    "outputs_dir",
    type=click.Path(),
    default=None,
    metavar="DIR",
    help="Where to write the reports: outputs/ of the project [the default] or a folder "
    "outside data/, fraud_research/, notebooks/ and params/.",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (one line per report only).")
@click.option("--params-dir", type=click.Path(file_okay=False), default=None, hidden=True)
@click.option("--notebooks-dir", type=click.Path(file_okay=False), default=None, hidden=True)
@click.option("--no-preimport", is_flag=True, hidden=True)
def reports_command(
    regions,
    params_files,
    workers,
    force,
    scheduler,
    timeout,
    outputs_dir,
    no_progress,
    params_dir,
    notebooks_dir,
    no_preimport,
):
    """Render a report per region, plus the regional comparison, into outputs/.

    With no REGION, renders every region that has data (and every params file of
    params/ that names another notebook, such as compare_regions.yaml). A region's
    parameters come from params/<region>.yaml when present, else the latest year
    with data.

    \b
    Reports run in parallel; one failing report never stops the others. A report
    whose notebook, parameters, data and package are unchanged since its last
    good render is skipped (--force renders it anyway). Files appear atomically;
    after an interruption, run the command again to complete the rest.

    \b
    Writes, under outputs/ (or --outputs DIR):
      <report>/region_report.html   the report, without code, self-contained
      <report>/region_report.ipynb  the executed notebook (kept when it failed)
      index.html                    links and headline figures per region
      summary.csv                   headline figures, one row per region and year
      manifest.json                 parameters, hashes, versions, times, status
      runs/<time>/logs/<report>.log one log per report

    \b
    Before any kernel starts, every parameter is checked as its notebook would
    check it, the dataset is validated, and --outputs and --scheduler are tried;
    a problem stops the command with one line per problem and nothing written.

    \b
    Exit status: 0 when every report rendered (or was unchanged), 1 when any
    failed (a table lists them with their notebooks), 2 for invalid parameters,
    an invalid dataset or an unusable option (--outputs, --scheduler), 130 when
    interrupted.

    \b
    Examples:
      fraud-research reports
      fraud-research reports turkestan almaty_city --force
      fraud-research reports --params params/turkestan.yaml --timeout 600
      fraud-research reports --scheduler tcp://10.0.0.5:8786
    """
    from .errors import DataValidationError

    try:
        out = check_outputs_dir(
            outputs_dir or paths.OUTPUTS_DIR,
            params_dir=Path(params_dir) if params_dir else None,
            notebooks_dir=Path(notebooks_dir) if notebooks_dir else None,
        )
        if scheduler:
            check_scheduler_address(scheduler)
        specs = plan_reports(
            regions,
            params_files,
            params_dir=Path(params_dir) if params_dir else None,
            notebooks_dir=Path(notebooks_dir) if notebooks_dir else None,
        )
        check_outputs_writable(out)
        if scheduler:
            connect_scheduler(scheduler).close()  # a closed port fails here, in seconds
    except ParameterError as err:
        _fail(str(err).splitlines())
    except DataValidationError as err:
        _fail(err.problems or [str(err)])
    except KeyboardInterrupt:
        _fail(["interrupted before any report started"], EXIT_INTERRUPTED)
    try:
        result = run_batch(
            specs,
            outputs_dir=out,
            workers=workers,
            force=force,
            scheduler=scheduler,
            timeout=timeout,
            preimport=() if no_preimport else None,
            progress=not no_progress,
            echo=click.echo if no_progress else None,
        )
    except ParameterError as err:  # the scheduler went away since the check above
        _fail(str(err).splitlines())
    except DataValidationError as err:  # the dataset was changed during the run
        _fail(err.problems or [str(err)])
    except OSError as err:
        target = err.filename2 or err.filename  # os.replace(tmp, target): name the target
        if not (target and Path(target).resolve().is_relative_to(out)):
            raise  # not about --outputs: a fault of this machine or of the toolkit
        reason = err.strerror or type(err).__name__
        _fail([f"--outputs {out}: cannot write {target} ({reason})"])
    ok = sum(r["status"] == "ok" for r in result.results)
    skipped = sum(r["status"] == "skipped" for r in result.results)
    click.echo(
        f"{ok} rendered, {skipped} unchanged, {len(result.failed)} failed of {len(specs)}; "
        f"index: {out / 'index.html'}"
    )
    if result.interrupted:
        click.echo(
            "Interrupted: no partial file was left; run the command again to finish.", err=True
        )
    elif result.failed:
        click.echo("\nFailed reports:\n" + failure_table(result, out), err=True)
    sys.exit(result.exit_code)


def _fail(problems: Sequence[str], status: int = EXIT_INVALID) -> NoReturn:
    """Print one ``Error:`` line per problem on stderr (no traceback) and exit with ``status``."""
    lines = [" ".join(str(p).split()) for p in problems if str(p).strip()]
    shown = lines[:MAX_PROBLEM_LINES]
    for line in shown:
        click.echo(f"Error: {line}", err=True)
    if len(lines) > len(shown):
        click.echo(f"Error: ... and {len(lines) - len(shown)} more problem(s)", err=True)
    sys.exit(status)


__all__ = [
    "plan_reports",
    "report_stamp",
    "data_hash",
    "run_batch",
    "BatchResult",
    "failure_table",
    "reports_command",
    "package_fingerprint",
    "is_up_to_date",
    "git_commit",
    "remove_stale_temporaries",
    "check_outputs_dir",
    "check_outputs_writable",
    "check_scheduler_address",
    "connect_scheduler",
]
