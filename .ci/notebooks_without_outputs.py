"""Refuse notebooks committed with outputs or execution counts (a pre-commit hook).

Outputs belong in ``outputs/``; a committed output goes stale and hides the
notebook's diff. Usage: ``python .ci/notebooks_without_outputs.py NOTEBOOK ...``;
exits 1 naming each notebook and cell that holds an output.
"""

import json
import sys


def problems(path: str) -> list[str]:
    cells = json.load(open(path, encoding="utf-8"))["cells"]
    return [
        f"{path}: cell {n} has outputs or an execution count; clear them "
        "(Kernel > Restart Kernel and Clear Outputs) before committing"
        for n, cell in enumerate(cells, start=1)
        if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count"))
    ]


if __name__ == "__main__":
    found = [line for path in sys.argv[1:] for line in problems(path)]
    print("\n".join(found), file=sys.stderr) if found else None
    sys.exit(1 if found else 0)
