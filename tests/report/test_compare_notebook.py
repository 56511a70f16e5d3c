"""The compare_regions notebook runs on the shipped data in English and Russian, and is stored clean."""

import json

import papermill as pm
import pytest
import yaml
from notebook_checks import failing_cells_after_parameters, outputs_text

from fraud_research import paths
from fraud_research.batch import KERNEL_NAME as KERNEL  # the kernel the batch runs

NOTEBOOK = paths.NOTEBOOKS_DIR / "compare_regions.ipynb"
PARAMS = paths.PARAMS_DIR / "compare_regions.yaml"


@pytest.mark.notebook
def test_params_file_and_a_chosen_list_of_places(tmp_path):
    parameters = yaml.safe_load(PARAMS.read_text(encoding="utf-8"))
    assert parameters == {
        "year": 2025,
        "metric": "cases_registered",
        "places": [],
        "reference": "kazakhstan",
        "lang": "en",
    }  # output_dir is set by the batch runner, never by a params file
    parameters.update(places=["turkestan", "almaty_city"], lang="ru")
    out = tmp_path / "two.ipynb"
    nb = pm.execute_notebook(
        str(NOTEBOOK),
        str(out),
        kernel_name=KERNEL,
        progress_bar=False,
        parameters=parameters,
        cwd=str(tmp_path),
    )
    text = outputs_text(nb)
    assert "можно сравнить 2 территории: город Алматы, Туркестанская область" in text
    assert ": -." not in text  # an empty group is left out, not written as a dash
    assert "нет годовой разбивки по схемам за 2025 год для: город Алматы" in text
    assert "город Костанай" not in text


@pytest.mark.notebook
def test_bad_parameter_fails_in_the_validation_cell(tmp_path):
    out = tmp_path / "bad.ipynb"
    with pytest.raises(pm.PapermillExecutionError) as err:
        pm.execute_notebook(
            str(NOTEBOOK),
            str(out),
            kernel_name=KERNEL,
            progress_bar=False,
            parameters={"places": ["turkistan"]},
            cwd=str(tmp_path),
        )
    assert "unknown place 'turkistan' for parameter 'places'; valid ids: abai" in str(err.value)
    assert failing_cells_after_parameters(out) == [1]


def test_validation_cell_calls_the_library():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert "prepare_compare_report(" in "".join(code[1]["source"])
    assert "namespace=globals()" in "".join(code[1]["source"])


def test_parameters_cell_is_documented():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    source = "".join(
        next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))["source"]
    )
    for line in (
        "year: int = 2025  #",
        'period: str = ""  #',
        'metric: str = "cases_registered"  #',
        "places: list = []  #",
        'reference: str = "kazakhstan"  #',
        'lang: str = "en"  #',
        'output_dir: str = ""  #',
    ):
        assert line in source
    inferred = pm.inspect_notebook(str(NOTEBOOK))  # what `papermill --help-notebook` shows
    assert list(inferred) == [
        "year",
        "period",
        "metric",
        "places",
        "reference",
        "lang",
        "output_dir",
    ]
    assert all(p["help"] for p in inferred.values())
