"""What a render depends on, so that an unchanged report is skipped.

A report's stamp is the sha256 of its notebook, of its parameters (canonical
JSON), of the data it reads (its place's rows of ``data/figures.csv`` plus the
registries; the whole data folder for a notebook without a ``place``), and the
package version with a hash of the package's source.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
from pathlib import Path

from .. import __version__, paths
from .specs import ReportSpec

REGISTRY_FILES = ("places.csv", "schemes.csv", "scheme_wordings.csv")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


#: Modules that run the batch but play no part in a report's content (not in the stamp).
RUNNER_MODULES = (
    "cli.py",
    "batch/__init__.py",
    "batch/index.py",
    "batch/options.py",
    "batch/plan.py",
    "batch/pool.py",
    "batch/preflight.py",
    "batch/run.py",
    "batch/specs.py",
    "batch/stamps.py",
)


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
    root = paths.PACKAGE_DIR
    digest = hashlib.sha256()
    for file in sorted(root.rglob("*.py")):
        if file.relative_to(root).as_posix() in RUNNER_MODULES:
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
        from ..dataset import data_version

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
    >>> from fraud_research.batch import plan_reports
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
    >>> from fraud_research.batch import plan_reports
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
    from ..dataset.files import TMP_PREFIX

    removed = 0
    if outputs_dir.is_dir():
        for file in outputs_dir.rglob(f"{TMP_PREFIX}*"):
            if file.is_file():
                file.unlink(missing_ok=True)
                removed += 1
    return removed
