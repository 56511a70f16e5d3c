"""The region report notebook runs on the shipped data, fails early on bad parameters, and is stored clean."""

import ast
import json
import re

import nbformat
import papermill as pm
import pytest
from jupyter_client.kernelspec import KernelSpecManager

from fraud_research import paths

NOTEBOOK = paths.NOTEBOOKS_DIR / "region_report.ipynb"
KERNEL = "fraud-research"


def _outputs_text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            data = output.get("data", {})
            parts.append(data.get("text/plain", ""))
            parts.append(data.get("text/markdown", ""))
            parts.append(data.get("text/html", ""))
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


@pytest.mark.notebook
def test_defaults_render_turkestan_2025(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # papermill runs in the caller's directory; paths must not care
    out = tmp_path / "out.ipynb"
    nb = pm.execute_notebook(str(NOTEBOOK), str(out), kernel_name=KERNEL, progress_bar=False)
    text = _outputs_text(nb)
    assert "Turkestan Region, 2025." in text
    assert "**843**" in text and "**1 665 783 000**" in text and "**1 976 017.79**" in text
    assert "Goodman simultaneous 95% intervals" in text
    assert "Cannot be told apart (overlapping intervals): Other schemes / Money requests" in text
    assert "Projection for 2026" in text
    assert "розыгрыши и лотереи - 47 обманутых граждан" in text  # the quote in the sources table
    assert (
        sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", [])) == 2
    )


@pytest.mark.notebook
def test_params_file_for_a_place_with_damage_only(tmp_path):
    out = tmp_path / "kostanay.ipynb"
    nb = pm.execute_notebook(
        str(NOTEBOOK),
        str(out),
        kernel_name=KERNEL,
        progress_bar=False,
        parameters={"place": "kostanay", "year": 2025, "lang": "ru"},
    )
    text = _outputs_text(nb)
    assert "около 4 300 000 000" in text
    assert "No full-year case counts are published" in text


@pytest.mark.notebook
@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            {"place": "turkistan"},
            "unknown place 'turkistan' for parameter 'place'; valid ids: abai",
        ),
        ({"year": 2019}, "years with data: 2023, 2024, 2025"),
    ],
)
def test_bad_parameter_fails_in_the_first_cell_after_parameters(tmp_path, parameters, message):
    out = tmp_path / "bad.ipynb"
    with pytest.raises(pm.PapermillExecutionError) as err:
        pm.execute_notebook(
            str(NOTEBOOK), str(out), kernel_name=KERNEL, progress_bar=False, parameters=parameters
        )
    assert message in str(err.value)
    nb = nbformat.read(out, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    failing = [
        i
        for i, c in enumerate(code)
        if any(o.get("output_type") == "error" for o in c.get("outputs", []))
    ]
    injected = [
        i for i, c in enumerate(code) if "injected-parameters" in c.metadata.get("tags", [])
    ]
    assert failing == [injected[0] + 1]


@pytest.mark.parametrize("path", sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.name)
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


def test_parameters_cell_is_documented():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    source = "".join(
        next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))["source"]
    )
    for line in (
        'place: str = "turkestan"  #',
        "year: int = 0  #",
        'lang: str = "en"  #',
        'output_dir: str = ""  #',
    ):
        assert line in source


@pytest.mark.parametrize("path", sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_papermill_documents_every_parameter(path):
    inferred = pm.inspect_notebook(str(path))
    nb = json.loads(path.read_text(encoding="utf-8"))
    source = "".join(
        next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))["source"]
    )
    declared = {line.split(":")[0] for line in source.splitlines() if re.match(r"^\w+\s*:", line)}
    assert set(inferred) == declared
    assert all(info["help"] for info in inferred.values())
