"""environment.yml (conda) mirrors pyproject.toml (pip), and the front door is wired up."""

import re
import tomllib

import yaml

from fraud_research import paths


def _name(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", requirement)
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def test_environment_yml_mirrors_pyproject():
    project = tomllib.loads((paths.PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    pip_deps = dict(_name(r) for r in project["dependencies"])
    env = yaml.safe_load((paths.PROJECT_ROOT / "environment.yml").read_text())
    conda = dict(_name(d) for d in env["dependencies"] if isinstance(d, str))
    conda_python = conda.pop("python")
    conda.pop("pip", None)
    assert conda == pip_deps, "environment.yml and pyproject.toml list different dependencies"
    assert conda_python == project["requires-python"]
    assert {"pip": ["-e ."]} in env["dependencies"]
    assert env["channels"] == ["conda-forge"]


def test_ci_runs_the_readme_test_command():
    readme = (paths.PROJECT_ROOT / "README.md").read_text()
    head = readme[:1500]
    assert "make reports" in head and "make test" in head
    assert "make test" in (paths.PROJECT_ROOT / ".ci" / "run").read_text()


def test_every_place_with_data_has_a_params_file():
    from fraud_research.dataset import places_with_data

    for place in places_with_data():
        params = yaml.safe_load((paths.PARAMS_DIR / f"{place}.yaml").read_text())
        assert params["place"] == place
        assert "year" not in params  # the report follows the latest year with data
