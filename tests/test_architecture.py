"""The package's layers point one way, without cycles, and its notebooks stay thin.

Layers, lowest first: the base (``paths``, ``errors``), ``dataset``, ``stats``,
``text``, ``report``, ``batch``, ``cli``. A module may import its own layer and the
ones below it, never one above; no two modules may import each other, directly
or through others. Read from the source with :mod:`ast`, so lazy imports inside
functions count too.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from fraud_research import paths

PACKAGE = paths.PROJECT_ROOT / "fraud_research"
LAYERS = ["base", "dataset", "stats", "text", "report", "batch", "cli"]
BASE_MODULES = {"fraud_research", "fraud_research.paths", "fraud_research.errors"}
#: Upward imports tolerated while they are being removed: none are left.
ALLOWED_UPWARD: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> str:
    if module in BASE_MODULES:
        return "base"
    return module.split(".")[1]


def imports_of(path: Path) -> set[str]:
    """Every ``fraud_research`` module a file imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            submodules = [f"{target}.{a.name}" for a in node.names]
            # ``from . import kernels`` imports the submodule, not the package's names
            named = [m for m in submodules if m in MODULES]
            candidates = named if len(named) == len(submodules) else [target, *named]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        for candidate in candidates:
            if candidate.startswith("fraud_research") and candidate in MODULES:
                found.add(candidate)
    found.discard(name)
    return found


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def test_every_module_belongs_to_a_layer():
    unknown = sorted(m for m in MODULES if layer_of(m) not in LAYERS)
    assert not unknown, f"modules outside the layers {LAYERS}: {unknown}"


def test_no_import_points_up_a_layer():
    upward = sorted(
        (module, target)
        for module, targets in GRAPH.items()
        for target in targets
        if LAYERS.index(layer_of(target)) > LAYERS.index(layer_of(module))
        and (module, target) not in ALLOWED_UPWARD
    )
    assert not upward, "imports that point up a layer:\n" + "\n".join(
        f"  {m} -> {t}" for m, t in upward
    )
    assert not ALLOWED_UPWARD, "the allow-list of upward imports must end empty"


def test_no_import_cycle():
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for target in sorted(GRAPH[node]):
            if state.get(target) == "open":
                cycles.append(stack[stack.index(target) :] + [target])
            elif target not in state:
                visit(target, [*stack, target])
        state[node] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert not cycles, "import cycles:\n" + "\n".join("  " + " -> ".join(c) for c in cycles)


def test_the_package_top_level_stays_small():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 8, top


# --- size ----------------------------------------------------------------------------------------

MAX_BODY_LINES = 60
MAX_MODULE_LINES = 500


def code_lines(source_lines: list[str], first: int, last: int, *, skip: set[int]) -> int:
    """Lines first..last (1-based) that hold code: not blank, not a comment, not a docstring."""
    return sum(
        1
        for n in range(first, last + 1)
        if n not in skip
        and source_lines[n - 1].strip()
        and not source_lines[n - 1].lstrip().startswith("#")
    )


def docstring_lines(tree: ast.AST) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                if isinstance(body[0].value.value, str):
                    lines.update(range(body[0].lineno, body[0].end_lineno + 1))
    return lines


def sizes() -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(code lines of each function body, code lines of each module), largest first."""
    bodies, modules = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines, tree = source.splitlines(), ast.parse(source)
        skip = docstring_lines(tree)
        name = path.relative_to(PACKAGE.parent).as_posix()
        modules.append((code_lines(lines, 1, len(lines), skip=skip), name))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                first = node.body[0].lineno
                size = code_lines(lines, first, node.end_lineno, skip=skip)
                bodies.append((size, f"{name}:{node.lineno} {node.name}"))
    return sorted(bodies, reverse=True), sorted(modules, reverse=True)


def test_no_function_body_over_60_code_lines():
    long = [f"{n:4d}  {where}" for n, where in sizes()[0] if n > MAX_BODY_LINES]
    assert not long, "function bodies over 60 code lines:\n" + "\n".join(long)


def test_no_module_over_500_code_lines():
    big = [f"{n:4d}  {where}" for n, where in sizes()[1] if n > MAX_MODULE_LINES]
    assert not big, "modules over 500 code lines:\n" + "\n".join(big)


# --- notebooks ----------------------------------------------------------------------------------

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))
FORBIDDEN = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Lambda,
    ast.For,
    ast.While,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def code_cells(notebook: Path) -> list[dict]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return [c for c in cells if c["cell_type"] == "code"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[n.stem for n in NOTEBOOKS])
def test_notebooks_are_thin_in_the_same_way(notebook):
    cells = code_cells(notebook)
    assert "parameters" in cells[0]["metadata"].get("tags", []), "the first code cell: parameters"
    library_imports, problems = [], []
    for number, cell in enumerate(cells[1:], start=2):
        tree = ast.parse("".join(cell["source"]))
        for node in ast.walk(tree):
            if isinstance(node, FORBIDDEN):
                problems.append(f"cell {number}: {type(node).__name__} belongs in the package")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [node.module]
                    if isinstance(node, ast.ImportFrom)
                    else [a.name for a in node.names]
                )
                if any(n and n.startswith("fraud_research") for n in names):
                    library_imports.append(number)
                else:
                    problems.append(f"cell {number}: imports {names}; call the package instead")
            if (
                isinstance(node, ast.List | ast.Tuple)
                and sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
                >= 2
            ):
                problems.append(
                    f"cell {number}: a literal list of names (columns?) belongs in the package"
                )
    assert library_imports == [2], (
        f"one fraud_research import, in the check cell: {library_imports}"
    )
    assert "namespace=globals()" in "".join(cells[1]["source"]), "the check cell refuses typos"
    assert not problems, "\n".join(problems)
