"""Params files and report ids are checked before any kernel starts; messages name the file."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from fraud_research import paths
from fraud_research.batch import (
    EXIT_INVALID,
    check_report_id,
    plan_reports,
    read_params_file,
    spec_from_file,
)
from fraud_research.cli import reports_command
from fraud_research.errors import ParameterError

FIXTURES = Path(__file__).parents[1] / "fixtures"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", ["../../etc", "..", "a/b", "Turkestan", "", "/etc", "x" * 80, "-a"])
def test_unsafe_report_ids_are_rejected(bad):
    with pytest.raises(ParameterError, match="is not allowed"):
        check_report_id(bad)


def test_safe_report_id_is_returned():
    assert check_report_id("kostanay_city") == "kostanay_city"


def test_malformed_yaml_names_the_file(tmp_path):
    bad = write(tmp_path / "broken.yaml", "place: [turkestan\nyear: 2025\n")
    with pytest.raises(ParameterError, match=r"broken\.yaml: not valid YAML"):
        read_params_file(bad)


def test_python_tags_are_refused_by_the_safe_loader(tmp_path):
    evil = write(tmp_path / "evil.yaml", "place: !!python/object/apply:os.system ['echo hi']\n")
    with pytest.raises(ParameterError, match=r"evil\.yaml: not valid YAML"):
        read_params_file(evil)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- turkestan\n- 2025\n", "expected a mapping"),
        ("", "the file is empty"),
        ("place: {nested: 1}\n", "parameter 'place' has a dict value"),
        ("1bad: 2\n", "is not a valid parameter name"),
    ],
)
def test_malformed_params_files(tmp_path, text, message):
    path = write(tmp_path / "p.yaml", text)
    with pytest.raises(ParameterError, match=message) as err:
        read_params_file(path)
    assert "p.yaml" in str(err.value)


@pytest.mark.parametrize("notebook", ["../tests/x.ipynb", "/etc/passwd", "sub/region_report.ipynb"])
def test_notebook_key_cannot_leave_notebooks(tmp_path, notebook):
    path = write(tmp_path / "p.yaml", f"notebook: {notebook}\nplace: turkestan\n")
    with pytest.raises(ParameterError, match="without folders"):
        spec_from_file(path)


def test_params_file_name_must_be_a_safe_id(tmp_path):
    path = write(tmp_path / "Bad Name.yaml", "place: turkestan\nyear: 2025\n")
    with pytest.raises(ParameterError, match="Bad Name.yaml: report id 'Bad Name' is not allowed"):
        spec_from_file(path, notebooks_dir=FIXTURES, report_id=None)


def test_output_dir_in_a_params_file_is_ignored(tmp_path):
    path = write(tmp_path / "out.yaml", "place: turkestan\nyear: 2025\noutput_dir: ../../etc\n")
    spec = spec_from_file(path)
    assert "output_dir" not in spec.parameters  # the runner sets it, under outputs/


def test_place_parameter_must_be_a_safe_id(tmp_path):
    path = write(tmp_path / "ok.yaml", "place: ../../etc\nyear: 2025\n")
    with pytest.raises(ParameterError, match="parameter 'place'"):
        spec_from_file(path)


def test_unknown_region_lists_the_valid_ones():
    with pytest.raises(ParameterError, match="unknown place 'atlantis' .*valid ids: abai"):
        plan_reports(["atlantis"])


def test_unknown_parameter_and_wrong_type_name_the_file(tmp_path):
    typo = write(tmp_path / "typo.yaml", "place: turkestan\nyaer: 2025\n")
    message = "typo.yaml: region_report.ipynb has no parameter 'yaer'"
    with pytest.raises(ParameterError, match=message):
        plan_reports(params_files=[typo])
    text = write(tmp_path / "text.yaml", "place: turkestan\nyear: '2025'\n")
    with pytest.raises(ParameterError, match="text.yaml: parameter 'year' should be int"):
        plan_reports(params_files=[text])


def test_unknown_place_in_params_file(tmp_path):
    path = write(tmp_path / "nowhere.yaml", "place: atlantis\nyear: 2025\n")
    with pytest.raises(ParameterError, match="unknown place 'atlantis'"):
        plan_reports(params_files=[path])


def test_default_plan_is_every_region_with_data_plus_other_notebooks(tmp_path):
    from fraud_research.dataset import places_with_data

    specs = plan_reports()
    ids = [s.report_id for s in specs]
    assert set(places_with_data()) <= set(ids)
    turkestan = next(s for s in specs if s.report_id == "turkestan")
    assert turkestan.parameters["place"] == "turkestan" and turkestan.parameters["year"] == 2025
    if (paths.PARAMS_DIR / "compare_regions.yaml").is_file():
        compare = next(s for s in specs if s.report_id == "compare_regions")
        assert compare.notebook.name == "compare_regions.ipynb"

    # A params file naming another notebook joins the default plan.
    params = tmp_path / "params"
    params.mkdir()
    text = "notebook: tiny_report.ipynb\nplace: turkestan\nyear: 2024\n"
    write(params / "side_by_side.yaml", text)
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for name in ("region_report.ipynb", "tiny_report.ipynb"):
        src = (paths.NOTEBOOKS_DIR if name == "region_report.ipynb" else FIXTURES) / name
        (notebooks / name).write_bytes(src.read_bytes())
    specs = plan_reports(params_dir=params, notebooks_dir=notebooks)
    assert "side_by_side" in [s.report_id for s in specs]


def test_duplicate_report_ids_are_refused(tmp_path):
    first = tmp_path / "a"
    first.mkdir()
    write(first / "turkestan.yaml", "place: turkestan\nyear: 2024\n")
    with pytest.raises(ParameterError, match="two reports would write outputs/turkestan/"):
        plan_reports(["turkestan"], [first / "turkestan.yaml"])


def test_cli_rejects_bad_input_before_any_kernel(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(reports_command, ["../../etc", "--outputs", str(out)])
    assert result.exit_code == EXIT_INVALID
    assert "report id '../../etc' is not allowed" in result.output
    assert not out.exists()  # nothing written, nothing started
    broken = write(tmp_path / "broken.yaml", "place: [x\n")
    result = runner.invoke(reports_command, ["--params", str(broken), "--outputs", str(out)])
    assert result.exit_code == EXIT_INVALID
    assert "broken.yaml: not valid YAML" in result.output


def test_help_documents_every_option():
    result = CliRunner().invoke(reports_command, ["--help"])
    assert result.exit_code == 0
    for option in ("--params", "--workers", "--force", "--scheduler", "--timeout", "--outputs"):
        assert option in result.output
