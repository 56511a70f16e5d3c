"""Time the figure extractor on long texts: the time must grow linearly with the length.

Five kinds of text, each at 0.1, 1 and 5 MB (UTF-8 bytes): the seed release
(``data/sources/turkestan-2025-akimat-press-release.txt``) repeated, three made of
number groups only, «1 2 3 4 5 …», «1 000 000 000 000 …» and «1,2,3,4,5,…», and phone numbers
only, «8 (7172) 58-00-58 …» (each of the last four one sentence without end). For each,
:func:`fraud_research.text.extract_figures` and :func:`fraud_research.text.read_numbers`
(every number with its role, what ingest's review shows) are timed in a fresh process (import
not counted), then ``fraud-research ingest FILE`` in review mode, end to end (a new process:
start-up, reading, extraction, comparison with the dataset, the printed review; nothing
is written). A run that exceeds the limit is stopped and shown as ``> limit``.

Usage::

    python benchmarks/extraction_speed.py [--sizes 0.1 1 5] [--limit 60] [--no-ingest]
                                          [--baseline DIR]

``--baseline DIR`` times, side by side, the ``fraud_research`` package found in ``DIR``
(an older version, e.g. ``git archive <commit> fraud_research | tar -x -C DIR``), on the
same project data.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEED = PROJECT / "data" / "sources" / "turkestan-2025-akimat-press-release.txt"

KINDS = {
    "release": "the seed release, repeated",
    "spaced": "«1 2 3 4 5 …»",
    "grouped": "«1 000 000 000 000 …»",
    "commas": "«1,2,3,4,5,…»",
    "phones": "«8 (7172) 58-00-58 …»",
}
PHONE = "8 (7172) 58-00-58 "


def make_text(kind: str, n_bytes: int) -> str:
    """About ``n_bytes`` of UTF-8 text of one kind (whole units, never cut mid-number)."""
    if kind == "release":
        seed = SEED.read_text(encoding="utf-8")
        copies = n_bytes // len(seed.encode("utf-8")) + 1
        return "\n".join([seed] * copies)
    if kind == "grouped":
        return "1" + " 000" * (n_bytes // 4)
    if kind == "phones":
        return PHONE * (n_bytes // len(PHONE) + 1)
    separator = {"spaced": " ", "commas": ","}[kind]
    parts, size, n = [], 0, 0
    while size < n_bytes:
        n += 1
        parts.append(str(n))
        size += len(parts[-1]) + 1
    return separator.join(parts)


def _child(kind: str, n_bytes: int, function: str) -> None:
    """Run in a fresh process: time ``extract_figures`` or ``read_numbers`` once and print the
    result (seconds, rows) as JSON."""
    import fraud_research
    from fraud_research import text as text_layer

    read = getattr(text_layer, function)
    read("В 2025 году зарегистрировано 5 фактов.")  # imports pandas, reads wordings
    text = make_text(kind, n_bytes)
    start = time.perf_counter()
    figures = read(text)
    seconds = time.perf_counter() - start
    package = str(Path(fraud_research.__file__).parent.parent)
    print(json.dumps({"seconds": seconds, "figures": len(figures), "package": package}))


def _environment(package_dir: Path | None) -> dict[str, str]:
    env = {**os.environ, "FRAUD_RESEARCH_ROOT": str(PROJECT)}
    if package_dir is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(package_dir), env.get("PYTHONPATH", "")])
    return env


def time_extraction(kind: str, n_bytes: int, package_dir: Path | None, limit: float, function: str):
    """Seconds and row count of ``function`` (``extract_figures`` or ``read_numbers``) in a
    fresh process, or None past ``limit``."""
    command = [sys.executable, __file__, "--child", kind, str(n_bytes), function]
    try:
        done = subprocess.run(
            command,
            env=_environment(package_dir),
            capture_output=True,
            text=True,
            timeout=limit,
            check=False,
            cwd=PROJECT,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:  # out of memory (past MEMORY_LIMIT) or an error
        last = (done.stderr.strip().splitlines() or ["killed"])[-1]
        return "failed: " + last[:60]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if package_dir is not None and Path(result["package"]) != package_dir:
        raise RuntimeError(
            f"timed the package in {result['package']}, not the one in {package_dir}"
        )
    return result["seconds"], result["figures"]


def time_ingest(text_file: Path, package_dir: Path | None, limit: float):
    """Wall-clock seconds of ``fraud-research ingest FILE`` (review) and its exit status."""
    command = [
        sys.executable,
        "-c",
        "import sys, fraud_research; from fraud_research.cli import main; "
        "print(fraud_research.__file__, file=sys.stderr); main()",
        "ingest",
        str(text_file),
        "--place",
        "turkestan",
        "--source-url",
        "https://example.org/benchmark",
    ]
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            env=_environment(package_dir),
            capture_output=True,
            text=True,
            timeout=limit,
            check=False,
            cwd=text_file.parent,  # ``-c`` puts the working folder first on sys.path
        )
    except subprocess.TimeoutExpired:
        return None
    seconds = time.perf_counter() - start
    package = Path(done.stderr.splitlines()[0]).parent.parent
    if package_dir is not None and package != package_dir:
        raise RuntimeError(f"timed the package in {package}, not the one in {package_dir}")
    return seconds, done.returncode


#: Address space a timed child may use: a reading whose memory grows faster than its text
#: fails here («failed: MemoryError») instead of taking the machine's memory.
MEMORY_LIMIT = 8 * 2**30


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _cell(measured, mb: float, limit: float) -> str:
    if isinstance(measured, str):
        return f"{measured:>22.22}"
    if measured is None:
        return f"{'> ' + format(limit, 'g') + ' s':>10}  {'':>10}"
    seconds = measured[0]
    return f"{seconds:>8.2f} s  {mb / seconds:>6.3g} MB/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5], help="MB")
    parser.add_argument("--limit", type=float, default=60, help="seconds allowed per run")
    parser.add_argument("--baseline", type=Path, help="folder holding an older fraud_research")
    parser.add_argument(
        "--no-ingest", action="store_true", help="time extract_figures and read_numbers only"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]), args.child[2])
        return
    versions = {"current": None}
    if args.baseline:
        versions["baseline"] = args.baseline.resolve()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; limit {args.limit:g} s per run")
    header = "".join(f"  {name:>22}" for name in versions)
    notes = {
        "extract_figures": "import not counted",
        "read_numbers": "every number with its role; import not counted",
        "ingest review": "end to end: a new process, start-up included",
    }
    if args.no_ingest:
        del notes["ingest review"]
    for what, note in notes.items():
        print(f"\n{what} ({note})")
        print(f"{'text':<28}{'size':>8}{'rows':>9}{header}")
        for kind, label in KINDS.items():
            stopped = dict.fromkeys(versions, False)  # past the limit at a smaller size
            for size in args.sizes:
                n_bytes = int(size * 1_000_000)
                text = make_text(kind, n_bytes)
                mb = len(text.encode("utf-8")) / 1_000_000
                cells, figures = [], ""
                with tempfile.TemporaryDirectory() as tmp:
                    text_file = Path(tmp) / f"{kind}.txt"
                    if what == "ingest review":
                        text_file.write_text(text, encoding="utf-8")
                    for name, package_dir in versions.items():
                        if stopped[name]:
                            measured = None
                        elif what != "ingest review":
                            measured = time_extraction(kind, n_bytes, package_dir, args.limit, what)
                            if isinstance(measured, tuple) and not figures:
                                figures = str(measured[1])
                        else:
                            measured = time_ingest(text_file, package_dir, args.limit)
                            if measured is not None and not figures:
                                figures = f"exit {measured[1]}"
                        stopped[name] = measured is None or isinstance(measured, str)
                        cells.append(_cell(measured, mb, args.limit))
                print(
                    f"{label:<28}{mb:>6.2f} MB{figures:>9}"
                    + "".join(f"  {cell:>22}" for cell in cells)
                )
    print(
        "\nLinear extraction keeps MB/s about the same from 0.1 to 5 MB for every kind of text."
        "\nIngest review of number-only texts ends with exit 2 («no figures found»)."
    )


if __name__ == "__main__":
    main()
