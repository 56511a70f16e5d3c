"""The region report notebook runs on the shipped data, fails early on bad parameters, and is stored clean."""

import json

import papermill as pm
import pytest
from notebook_checks import failing_cells_after_parameters, outputs_text

from fraud_research import paths
from fraud_research.batch import KERNEL_NAME as KERNEL  # the kernel the batch runs

NOTEBOOK = paths.NOTEBOOKS_DIR / "region_report.ipynb"


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
    text = outputs_text(nb)
    assert "около 4\u202f300\u202f000\u202f000" in text
    assert "Годовые числа случаев для этой территории не опубликованы" in text
    assert "<tbody>\n  </tbody>" not in text  # no empty table: a sentence instead


@pytest.mark.notebook
@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            {"place": "turkistan"},
            "unknown place 'turkistan' for parameter 'place'; valid ids: abai",
        ),
        ({"year": 2019}, "years with data: 2023, 2024, 2025"),
        ({"lang": "de"}, "unknown language 'de' for parameter 'lang'; valid: en, ru, kk"),
        (
            {"plcae": "karaganda"},  # papermill only warns about a misspelt parameter
            "unknown parameter 'plcae' given to the notebook; its parameters are: place, year",
        ),
    ],
)
def test_bad_parameter_fails_in_the_first_cell_after_parameters(tmp_path, parameters, message):
    out = tmp_path / "bad.ipynb"
    with pytest.raises(pm.PapermillExecutionError) as err:
        pm.execute_notebook(
            str(NOTEBOOK), str(out), kernel_name=KERNEL, progress_bar=False, parameters=parameters
        )
    assert message in str(err.value)
    assert failing_cells_after_parameters(out) == [1]


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
