"""`fraud-research reports` fails cleanly: one line per problem, the documented status, nothing
changed, nothing left running.

Every test works on a copy of the project (``project``: ``paths`` and ``FRAUD_RESEARCH_ROOT``
point at it), so the shipped dataset is never touched, and uses the small notebooks of
``tests/fixtures`` where a kernel must run.
"""

import csv
import hashlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from fraud_research import paths
from fraud_research.batch import (
    EXIT_INVALID,
    check_outputs_dir,
    plan_reports,
    report_stamp,
)
from fraud_research.cli import reports_command
from fraud_research.dataset import atomic_write
from fraud_research.errors import DataValidationError, ParameterError

FIXTURES = Path(__file__).parents[1] / "fixtures"
CLI = Path(sys.executable).with_name("fraud-research")
# every project path of the package (the package itself stays where it is)
PATH_NAMES = [name for name in paths.__all__ if name != "PACKAGE_DIR"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the project (data, notebooks, params, empty outputs) that everything uses."""
    root = tmp_path / "project"
    for folder in ("data", "notebooks", "params"):
        shutil.copytree(paths.PROJECT_ROOT / folder, root / folder)
    (root / "outputs").mkdir()
    original_root = paths.PROJECT_ROOT
    for name in PATH_NAMES:
        original = getattr(paths, name)
        monkeypatch.setattr(paths, name, root / original.relative_to(original_root))
    monkeypatch.setenv("FRAUD_RESEARCH_ROOT", str(root))
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``folder``: size, modification time and sha256 (absent folder: empty)."""
    files = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                files[path.relative_to(folder).as_posix()] = (
                    stat.st_size,
                    stat.st_mtime_ns,
                    digest,
                )
    return files


def fixture_params(folder: Path, notebook: str = "tiny_report", **years) -> list[str]:
    """``--params FILE`` arguments for a fixture notebook, one report per place (place=year)."""
    arguments = []
    for place, year in years.items():
        text = f"notebook: {notebook}.ipynb\nplace: {place}\nyear: {year}\n"
        arguments += ["--params", str(write(folder / f"{place}.yaml", text))]
    return arguments + ["--notebooks-dir", str(FIXTURES)]


def seed_outputs(outputs: Path) -> None:
    """Good outputs of an earlier run: index, summary with figures, manifest, pages, stamps."""
    from fraud_research.batch import write_outputs

    [spec] = plan_reports(["turkestan"])
    stamps = {"turkestan": report_stamp(spec, package="0.1.0+test")}
    ok = {"report_id": "turkestan", "status": "ok", "error": ""}
    write_outputs(outputs, specs=[spec], stamps=stamps, results=[ok], run={"started": "earlier"})
    for report, stem in (("turkestan", "region_report"), ("compare_regions", "compare_regions")):
        atomic_write(outputs / report / f"{stem}.html", f"<html>{report}, a good render</html>")
        atomic_write(outputs / report / f"{stem}.stamp.json", json.dumps({"notebook": stem}))
    summary = (outputs / "summary.csv").read_text(encoding="utf-8")
    assert "turkestan,2025,843" in summary  # a summary worth keeping


def error_line(result) -> str:
    """The one line a user sees on stderr (no traceback), without its ``Error: `` prefix."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: "), lines[0]
    assert "Traceback" not in result.output
    return lines[0].removeprefix("Error: ")


def invoke(*arguments: str):
    return CliRunner().invoke(reports_command, [*arguments, "--no-progress"])


# --- 1. kill -9 takes every process of the run with it ----------------------------------------


def _stat(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, state, start time) of a process, from /proc; None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0], int(fields[19])


def _all_processes() -> dict[int, tuple[int, str, int]]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (stat := _stat(int(entry))) is not None:
            found[int(entry)] = stat
    return found


def _descendants(root: int) -> dict[int, tuple[int, int]]:
    """pid -> (start time, depth) of every descendant of ``root``."""
    table = _all_processes()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = {}, [(root, 0)]
    while todo:
        pid, depth = todo.pop()
        for child in children.get(pid, []):
            found[child] = (table[child][2], depth + 1)
            todo.append((child, depth + 1))
    return found


def _marked(marker: str) -> set[tuple[int, int]]:
    """(pid, start time) of every process whose environment carries ``marker`` (reparented too)."""
    needle = f"FRAUD_TEST_RUN_ID={marker}".encode()
    found = set()
    for pid, (_, _, start) in _all_processes().items():
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            found.add((pid, start))
    return found


def _alive(pid: int, start: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[2] == start and stat[1] not in ("Z", "X")  # zombies are dead


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")[:120].decode()
    except OSError:
        return "?"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")
def test_kill_9_ends_every_process_of_the_run_and_nothing_writes_afterwards(tmp_path):
    out = tmp_path / "out"
    marker = uuid.uuid4().hex
    command = [
        str(CLI),
        "reports",
        "--force",
        "--outputs",
        str(out),
        *fixture_params(tmp_path / "params", "slow_report", turkestan=2025, kostanay=2025),
        "--no-preimport",
        "--workers",
        "2",
        "--no-progress",
    ]
    env = {**os.environ, "FRAUD_TEST_SLEEP": "120", "FRAUD_TEST_RUN_ID": marker}
    process = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    run: set[tuple[int, int]] = set()
    try:
        deadline = time.monotonic() + 120
        while True:  # until both notebooks execute, each in a kernel forked from a zygote
            tree = _descendants(process.pid)
            kernels = [pid for pid, (_, depth) in tree.items() if depth >= 3]
            if len(kernels) >= 2 and len(list(out.rglob(".tmp-*.ipynb"))) == 2:
                break
            assert process.poll() is None, "the command ended before its kernels ran"
            assert time.monotonic() < deadline, f"no kernels after 120 s: {tree}"
            time.sleep(0.1)
        run = {(pid, start) for pid, (start, _) in tree.items()} | _marked(marker)
        # workers and the resource tracker; zygotes; kernels
        assert {depth for _, depth in tree.values()} >= {1, 2, 3}

        process.kill()  # SIGKILL: the command gets no chance to clean up
        process.wait(timeout=30)
        deadline = time.monotonic() + 15
        while survivors := [p for p in run | _marked(marker) if _alive(*p)]:
            assert time.monotonic() < deadline, "still running after kill -9: " + "; ".join(
                f"{pid} {_cmdline(pid)}" for pid, _ in survivors
            )
            time.sleep(0.1)

        before = snapshot(out)
        time.sleep(3)  # anything left running would rewrite the notebooks it executes
        assert snapshot(out) == before
    finally:
        for pid, start in run | _marked(marker):
            if _alive(pid, start):  # only when the test failed: leave nothing behind
                os.kill(pid, signal.SIGKILL)
        if process.poll() is None:
            process.kill()


# --- 2. one line, the documented status --------------------------------------------------------


@pytest.mark.parametrize("under", ["afile/out", "afile"])
def test_outputs_that_cannot_be_written_is_one_line(project, tmp_path, under):
    write(tmp_path / "afile", "a file, not a folder")  # root ignores chmod: a file blocks a folder
    data = snapshot(project / "data")
    result = invoke(
        *fixture_params(tmp_path / "p", turkestan=2025), "--outputs", str(tmp_path / under)
    )
    assert result.exit_code == EXIT_INVALID, result.output
    line = error_line(result)
    assert line.startswith(f"--outputs {tmp_path / under} cannot be written (")
    assert "give a folder you can create and write in" in line
    assert (tmp_path / "afile").read_text() == "a file, not a folder"
    assert snapshot(project / "data") == data


def test_scheduler_on_a_closed_port_is_refused_in_seconds(project, tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="the cluster extra is installed in dev")
    from fraud_research.batch import options

    monkeypatch.setattr(options, "SCHEDULER_CONNECT_TIMEOUT", 1.0)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = project / "outputs"
    write(out / "index.html", "<html>previous run</html>")
    before, data = snapshot(out), snapshot(project / "data")
    started = time.monotonic()
    result = invoke(
        *fixture_params(tmp_path / "p", turkestan=2025),
        "--scheduler",
        f"tcp://127.0.0.1:{port}",
    )
    assert result.exit_code == EXIT_INVALID, result.output
    assert time.monotonic() - started < 20
    line = error_line(result)
    assert line.startswith(f"--scheduler tcp://127.0.0.1:{port}: no Dask scheduler answered")
    assert "e.g. tcp://10.0.0.5:8786" in line
    assert snapshot(out) == before and snapshot(project / "data") == data


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("nonsense", "missing port number"),
        ("http://host:8786", "unknown scheme 'http'"),
        ("tcp://:8786", "no host name"),
        ("tcp://host:99999", "port 99999 is not between 1 and 65535"),
    ],
)
def test_malformed_scheduler_address_is_one_line(project, tmp_path, address, reason):
    pytest.importorskip("distributed", reason="the cluster extra is installed in dev")
    out = tmp_path / "out"
    result = invoke(
        *fixture_params(tmp_path / "p", turkestan=2025),
        "--scheduler",
        address,
        "--outputs",
        str(out),
    )
    assert result.exit_code == EXIT_INVALID, result.output
    line = error_line(result)
    assert line.startswith(f"--scheduler {address!r} is not a scheduler address ({reason}")
    assert "give scheme://host:port of a running Dask scheduler, e.g. tcp://10.0.0.5:8786" in line
    assert not out.exists()  # refused before anything was planned or written


def test_write_error_under_outputs_is_one_line_and_leaves_no_partial_file(project, tmp_path):
    out = project / "outputs"
    seed_outputs(out)
    manifest = out / "manifest.json"
    manifest.unlink()
    manifest.mkdir()  # os.replace onto it fails (EISDIR), as a full disk or lost mount would
    kept = {k: v for k, v in snapshot(out).items() if k in ("index.html", "summary.csv")}
    result = invoke(*fixture_params(tmp_path / "p", turkestan=2025), "--workers", "1")
    assert result.exit_code == EXIT_INVALID, result.output
    line = error_line(result)
    assert line.startswith(f"--outputs {out}: cannot write {manifest} (Is a directory)")
    assert not list(out.rglob(".tmp-*"))  # every write is atomic: no partial file anywhere
    after = snapshot(out)
    assert {k: after[k] for k in kept} == kept  # index and summary untouched


# --- 3. --outputs never inside the project's source folders ----------------------------------


@pytest.mark.parametrize(
    ("relative", "where"),
    [
        ("data", "is inside the dataset folder data/"),
        ("data/reports", "is inside the dataset folder data/"),
        ("data/sources/x", "is inside the dataset folder data/"),
        ("notebooks/out", "is inside the notebooks folder notebooks/"),
        ("params", "is inside the params folder params/"),
        ("fraud_research/out", "is inside the package fraud_research/"),
        (".", "is the project folder itself"),
        ("..", "holds the project folder"),
    ],
)
def test_outputs_inside_the_project_sources_is_refused(project, tmp_path, relative, where):
    folder = (project / relative).resolve()
    params = fixture_params(tmp_path / "p", turkestan=2025)
    before = snapshot(project.parent)
    result = invoke(*params, "--outputs", str(folder))
    assert result.exit_code == EXIT_INVALID, result.output
    line = error_line(result)
    assert line.startswith(f"--outputs {folder} {where}")
    assert line.endswith(
        "write the reports to outputs/ of the project (the default) or to a folder outside "
        "the project's source folders (data/, fraud_research/, notebooks/, params/)"
    )
    assert snapshot(project.parent) == before  # data, notebooks, params: nothing written


def test_outputs_check_allows_outputs_and_folders_outside(project, tmp_path):
    import fraud_research

    assert check_outputs_dir(project / "outputs" / "share") == project / "outputs" / "share"
    assert check_outputs_dir(tmp_path / "share") == tmp_path / "share"
    installed = Path(fraud_research.__file__).resolve().parent  # the package actually imported
    with pytest.raises(ParameterError, match="is inside the package"):
        check_outputs_dir(installed / "out")


# --- 4. what the notebook would refuse is refused before any kernel --------------------------


def test_parameters_the_notebooks_refuse_stop_before_any_kernel(project):
    out = project / "outputs"
    seed_outputs(out)
    before, data = snapshot(out), snapshot(project / "data")
    files = {
        "karaganda": "place: karaganda\nyear: 2019\n",
        "turkestan_de": "place: turkestan\nlang: de\n",
        "nowhere": "place: atlantis\n",
        "compare_2019": "notebook: compare_regions.ipynb\nyear: 2019\nplaces: [turkestan]\n",
        "compare_bad": "notebook: compare_regions.ipynb\nmetric: arrests\nplaces: [atlantis]\n",
        "turkestan_ok": "place: turkestan\nyear: 2024\n",
    }
    arguments = []
    for name, text in files.items():
        arguments += ["--params", str(write(project / "params" / f"{name}.yaml", text))]
    result = invoke(*arguments)
    assert result.exit_code == EXIT_INVALID, result.output
    assert "Traceback" not in result.output and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == (
        # Karaganda publishes only January–May 2025 (a part-year count): that year has data
        "Error: params/karaganda.yaml: no internet-fraud figure for karaganda in 2019 "
        "(parameter 'year'); years with data: 2025"
    )
    assert lines[1] == (
        "Error: params/turkestan_de.yaml: unknown language 'de' for parameter 'lang'; "
        "valid: en, ru, kk"
    )
    assert lines[2].startswith(
        "Error: params/nowhere.yaml: unknown place 'atlantis' for parameter 'place'; "
        "valid ids: abai, akmola"
    )
    assert lines[3].startswith(
        "Error: params/compare_2019.yaml: no full-year internet-fraud figure for kazakhstan "
        "in 2019 (parameter 'year'); years with data: "
    )
    assert lines[4].startswith(
        "Error: params/compare_bad.yaml: unknown place 'atlantis' for parameter 'places'"
    )
    assert len(lines) == 5  # every problem at once; the good file has none
    assert snapshot(out) == before and snapshot(project / "data") == data


def test_notebook_check_gets_the_full_parameters_and_the_dataset_once(project, monkeypatch):
    """Defaults from the parameters cell, output_dir "", and the figures loaded by the plan."""
    from fraud_research import dataset, report
    from fraud_research.batch import plan
    from fraud_research.report import compare, region, summary

    calls, loads = [], []
    real_check, real_load = report.check_region_parameters, dataset.load_figures

    def check(**kwargs):
        calls.append(kwargs)
        return real_check(**kwargs)

    def load(*args, **kwargs):
        loads.append(args)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(report, "check_region_parameters", check)
    for module in (dataset, plan, region, compare, summary):
        monkeypatch.setattr(module, "load_figures", load)
    specs = plan_reports()  # every region with data, plus the comparisons
    regions = [spec for spec in specs if spec.notebook.name == "region_report.ipynb"]
    assert len(calls) == len(regions) and len(specs) - len(regions) == 2 and len(loads) == 1
    turkestan = next(c for c in calls if c["place"] == "turkestan")
    assert {k: v for k, v in turkestan.items() if k != "figures"} == {
        "place": "turkestan",
        "year": 2025,
        "lang": "en",
        "output_dir": "",
        "annualise": False,
    }
    assert turkestan["figures"] is calls[0]["figures"]


# --- 5. an invalid dataset stops the command and keeps every previous output -----------------


def _header_only(text: str) -> str:
    return text.splitlines(keepends=True)[0]


def _bad_qualifier(text: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    rows[1][rows[0].index("qualifier")] = "roughly"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_header_only, "data/figures.csv: no figures, only a header"),
        (
            _bad_qualifier,
            "data/figures.csv, line 2, column 'qualifier': 'roughly' is not allowed; "
            "allowed values: approx, at_least, at_most, exact, rounded",
        ),
    ],
    ids=["header-only", "bad-qualifier"],
)
def test_invalid_dataset_stops_the_run_and_keeps_the_previous_outputs(project, damage, message):
    out = project / "outputs"
    seed_outputs(out)
    figures = project / "data" / "figures.csv"
    figures.write_text(damage(figures.read_text(encoding="utf-8")), encoding="utf-8")
    before, data = snapshot(out), snapshot(project / "data")

    done = subprocess.run(  # the real command, every region plus the comparison
        [str(CLI), "reports"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == EXIT_INVALID, done.stdout + done.stderr
    assert done.stdout == ""
    [line] = done.stderr.splitlines()  # one line, no traceback
    assert line.startswith(f"Error: {message}")
    assert snapshot(out) == before  # index, summary, manifest, pages, stamps: byte-identical
    assert snapshot(project / "data") == data


def test_summary_is_never_replaced_when_the_figures_cannot_be_computed(project, monkeypatch):
    import pandas as pd

    from fraud_research.batch import index as index_page

    out = project / "outputs"
    seed_outputs(out)
    summary = (out / "summary.csv").read_bytes()
    [spec] = plan_reports(["turkestan"])
    arguments = {
        "specs": [spec],
        "stamps": {"turkestan": report_stamp(spec, package="0.1.0+test")},
        "results": [{"report_id": "turkestan", "status": "skipped"}],
        "run": {"started": "now"},
    }

    def broken(places, **_):
        raise DataValidationError(["data/figures.csv: no figures, only a header"])

    monkeypatch.setattr(index_page, "headline_table", broken)
    index_page.write_outputs(out, **arguments)
    assert (out / "summary.csv").read_bytes() == summary
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "no figures, only a header" in index and "previous summary.csv" in index
    assert "<td class='num'>843</td>" in index  # the figures of the kept summary

    empty = pd.DataFrame(columns=["place", "year", "cases"])
    monkeypatch.setattr(index_page, "headline_table", lambda places, **_: empty)
    index_page.write_outputs(out, **arguments)
    assert (out / "summary.csv").read_bytes() == summary
    assert "no headline figures for turkestan" in (out / "index.html").read_text(encoding="utf-8")
