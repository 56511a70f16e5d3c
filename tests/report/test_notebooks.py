"""Every notebook is stored clean and thin, with one documented parameters cell and a real kernel."""

import ast
import json
import re

import papermill as pm
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from fraud_research import paths
from fraud_research.batch import KERNEL_NAME as KERNEL  # the kernel the batch runs

NOTEBOOKS = sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and tagged[0] is code[0]
    assert nb["metadata"]["kernelspec"]["name"] == KERNEL
    assert KERNEL in KernelSpecManager().find_kernel_specs()
    forbidden = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.For, ast.While)
    for cell in code:  # thin notebooks: logic lives in the package
        tree = ast.parse("".join(cell["source"]))
        assert not [type(n).__name__ for n in ast.walk(tree) if isinstance(n, forbidden)]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_papermill_documents_every_parameter(path):
    inferred = pm.inspect_notebook(str(path))
    nb = json.loads(path.read_text(encoding="utf-8"))
    source = "".join(
        next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))["source"]
    )
    declared = {line.split(":")[0] for line in source.splitlines() if re.match(r"^\w+\s*:", line)}
    assert set(inferred) == declared
    assert all(info["help"] for info in inferred.values())
