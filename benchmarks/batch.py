"""Benchmark: `fraud-research reports --force` against a shell loop of papermill + nbconvert.

Renders the same set of region reports (every region with data, repeated until
there are at least 10 reports) two ways, in one run, on this machine:

1. the baseline a user would write: for each report, sequentially,
   ``papermill notebooks/region_report.ipynb out.ipynb -p place X -p year Y -k fraud-research``
   then ``jupyter nbconvert --to html --no-input out.ipynb`` (the venv's executables);
2. ``fraud-research reports --force --params ... --outputs DIR`` (one command).

It prints both wall times, their ratio, the peak memory of one worker (the worker
process plus its kernels, sampled every 50 ms with psutil), and checks that both
ways produce the same HTML content (visible text and embedded images, after
removing volatile bits: element ids, <title>, scripts that only the baseline has).

Run: ``.venv/bin/python benchmarks/batch.py [--reports N] [--workers N]``.

``--against REV [--repeat N]`` times this checkout's ``reports --force`` against a
git revision's (a temporary worktree), alternating the two N times in one run, and
prints both medians and their ratio: how a change is checked for a speed regression.
"""

from __future__ import annotations

import argparse
import hashlib
import html as html_lib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NOTEBOOK = ROOT / "notebooks" / "region_report.ipynb"


def plan(minimum: int, only: list[str] | None = None) -> list[tuple[str, dict]]:
    """Return (report id, parameters) for every region with data (or ``only`` these),
    repeated to ``minimum``."""
    sys.path.insert(0, str(ROOT))
    from fraud_research.batch import plan_reports

    regions = [
        (spec.report_id, spec.parameters)
        for spec in plan_reports(only or ())
        if spec.notebook.name == "region_report.ipynb"
    ]
    reports, round_ = [], 0
    while len(reports) < minimum:
        round_ += 1
        for report_id, parameters in regions:
            reports.append((report_id if round_ == 1 else f"{report_id}_r{round_}", parameters))
    return reports


def baseline(reports, folder: Path) -> float:
    folder.mkdir(parents=True)
    start = time.perf_counter()
    for report_id, parameters in reports:
        out = folder / f"{report_id}.ipynb"
        args = [str(BIN / "papermill"), str(NOTEBOOK), str(out), "-k", "fraud-research"]
        for key, value in parameters.items():
            args += ["-p", key, str(value)]
        subprocess.run(args, check=True, capture_output=True, cwd=folder)
        subprocess.run(
            # the cell a notebook keeps for JupyterLab readers only, removed as the command does
            [
                str(BIN / "jupyter"),
                "nbconvert",
                "--to",
                "html",
                "--no-input",
                "--TagRemovePreprocessor.enabled=True",
                '--TagRemovePreprocessor.remove_cell_tags=["notebook-only"]',
                str(out),
            ],  # fmt: skip
            check=True,
            capture_output=True,
            cwd=folder,
        )
    return time.perf_counter() - start


class TreeSampler(threading.Thread):
    """Sample the memory of each worker process plus its descendants (zygote, kernel).

    Two sums per worker, every 100 ms: RSS (counts pages shared between the zygote
    and the kernels forked from it once per process, so it overstates) and PSS
    (each shared page divided among the processes sharing it: the memory the
    worker really takes).
    """

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        import psutil

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.peak_worker_mb = 0.0
        self.peak_worker_pss_mb = 0.0
        self.peak_main_mb = 0.0
        self.stop = threading.Event()

    def run(self):
        psutil = self.psutil
        while not self.stop.is_set():
            try:
                self.peak_main_mb = max(self.peak_main_mb, self.root.memory_info().rss / 2**20)
                for child in self.root.children():
                    if "python" not in child.name():
                        continue
                    rss = pss = 0
                    for process in [child, *child.children(recursive=True)]:
                        try:
                            info = process.memory_full_info()
                        except psutil.Error:
                            continue
                        rss += info.rss
                        pss += info.pss
                    self.peak_worker_mb = max(self.peak_worker_mb, rss / 2**20)
                    self.peak_worker_pss_mb = max(self.peak_worker_pss_mb, pss / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.1)


def ours(
    reports, folder: Path, workers: int | None, root: Path = ROOT
) -> tuple[float, TreeSampler, str]:
    params = folder / "params"
    params.mkdir(parents=True)
    files = []
    for report_id, parameters in reports:
        path = params / f"{report_id}.yaml"
        path.write_text("".join(f"{k}: {v}\n" for k, v in parameters.items()), encoding="utf-8")
        files.append(path)
    # The package of ``root`` (this checkout, or the revision given with --against).
    args = [sys.executable, "-c", "from fraud_research.cli import main; main()"]
    args += ["reports", "--force", "--no-progress"]
    args += ["--outputs", str(folder / "outputs")]
    if workers:
        args += ["--workers", str(workers)]
    for path in files:
        args += ["--params", str(path)]
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(root)}
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=folder, env=env
    )
    sampler = TreeSampler(process.pid)
    sampler.start()
    output, _ = process.communicate()
    elapsed = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"fraud-research reports failed:\n{output.decode()}")
    return elapsed, sampler, output.decode()


_VOLATILE = [
    re.compile(r"<script\b.*?</script\s*>", re.S | re.I),
    re.compile(r"<style\b.*?</style\s*>", re.S | re.I),
    re.compile(r"<title>.*?</title>", re.S | re.I),
    re.compile(r"""\s(?:id|data-jp-[a-z-]+)=("[^"]*"|'[^']*')"""),
    re.compile(r"<link\b[^>]*>", re.I),
    re.compile(r"/tmp/ipykernel_\d+/\d+\.py"),  # a warning's source: the kernel's pid
]
_IMAGE = re.compile(r"data:image/[a-z+]+;base64,([A-Za-z0-9+/=\s]+)")


def content(page: str) -> tuple[str, list[str]]:
    """Return the visible text and the hashes of the embedded images of an HTML page."""
    images = [hashlib.sha256(m.group(1).encode()).hexdigest()[:12] for m in _IMAGE.finditer(page)]
    for pattern in _VOLATILE:
        page = pattern.sub("", page)
    text = re.sub(r"<[^>]+>", " ", _IMAGE.sub("", page))
    return " ".join(html_lib.unescape(text).split()), images


def compare(reports, base: Path, mine: Path) -> list[str]:
    problems = []
    for report_id, _ in reports:
        a_text, a_images = content((base / f"{report_id}.html").read_text(encoding="utf-8"))
        page = (mine / report_id / "region_report.html").read_text(encoding="utf-8")
        b_text, b_images = content(page)
        if a_text != b_text:
            pairs = enumerate(zip(a_text, b_text, strict=False))
            at = next((i for i, (x, y) in pairs if x != y), min(len(a_text), len(b_text)))
            problems.append(
                f"{report_id}: text differs at {at}: "
                f"{a_text[max(0, at - 60) : at + 60]!r} vs {b_text[max(0, at - 60) : at + 60]!r}"
            )
        if len(a_images) != len(b_images):
            problems.append(f"{report_id}: {len(a_images)} vs {len(b_images)} images")
        elif a_images != b_images:
            problems.append(f"{report_id}: image bytes differ (same count: {len(a_images)})")
    return problems


def against(revision: str, reports, workers: int | None, repeat: int, tmp: Path) -> None:
    """Time ``reports --force`` of this checkout and of ``revision``, alternating, in one run."""
    tree = tmp / "revision"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree),
                    revision], check=True)  # fmt: skip
    try:
        times: dict[str, list[float]] = {revision: [], "this checkout": []}
        for i in range(repeat):
            for name, root in ((revision, tree), ("this checkout", ROOT)):
                elapsed, _, _ = ours(reports, tmp / f"{i}-{len(times[name])}-{name[:4]}", workers,
                                     root)  # fmt: skip
                times[name].append(elapsed)
        for name, values in times.items():
            runs = " ".join(f"{v:.1f}" for v in values)
            print(f"{name:>14}: median {statistics.median(values):5.1f} s  (runs: {runs})")
        ratio = statistics.median(times["this checkout"]) / statistics.median(times[revision])
        print(f"this checkout / {revision}: {ratio:.3f} (medians of {repeat} alternating runs)")
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                       check=False)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10, help="at least this many reports")
    parser.add_argument("--workers", type=int, default=None, help="default: cores available")
    parser.add_argument("--skip-baseline", action="store_true", help="time only ours")
    parser.add_argument("--against", metavar="REV", help="time this checkout against a git "
                        "revision instead (same reports, alternating runs)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=5, help="runs each, with --against")
    parser.add_argument("--regions", help="comma-separated region ids (default: all with data)")
    args = parser.parse_args()

    reports = plan(args.reports, args.regions.split(",") if args.regions else None)
    print(f"{len(reports)} region reports: {', '.join(r for r, _ in reports)}")
    with tempfile.TemporaryDirectory(prefix="fraud-bench-") as tmp:
        tmp = Path(tmp)
        if args.against:
            against(args.against, reports, args.workers, args.repeat, tmp)
            return
        base_s = None if args.skip_baseline else baseline(reports, tmp / "baseline")
        ours_s, sampler, output = ours(reports, tmp / "ours", args.workers)
        print(output.strip().splitlines()[-1])
        if base_s is not None:
            print(f"baseline (papermill + nbconvert shell loop): {base_s:7.1f} s")
        print(f"fraud-research reports --force:              {ours_s:7.1f} s")
        if base_s is not None:
            print(f"speed-up:                                    {base_s / ours_s:7.2f} x")
        pss, rss = sampler.peak_worker_pss_mb, sampler.peak_worker_mb
        print(f"peak memory of one worker, PSS (worker + zygote + kernel): {pss:5.0f} MB")
        print(f"peak memory of one worker, RSS sum (shared pages counted twice): {rss:5.0f} MB")
        print(f"peak memory of the main process:             {sampler.peak_main_mb:7.0f} MB")
        if base_s is not None:
            problems = compare(reports, tmp / "baseline", tmp / "ours" / "outputs")
            if problems:
                print("HTML content differs:\n  " + "\n  ".join(problems))
            else:
                print(f"same HTML content in all {len(reports)} reports (text and images)")


if __name__ == "__main__":
    main()
