"""Which reports a batch renders: one per place with any internet-fraud count (full or part-year),
plus params files naming other notebooks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import paths
from ..dataset import check_place, load_figures, load_places, places_with_data
from ..errors import InsufficientDataError, ParameterError
from ..report import report_year
from .preflight import (
    check_parameters,
    check_with_notebook,
    notebook_parameters,
    parameter_check_function,
)
from .specs import (
    DEFAULT_NOTEBOOK,
    ReportSpec,
    check_report_id,
    default_notebook_for,
    read_params_file,
    resolve_notebook,
    spec_from_file,
    spec_source,
)


def plan_reports(
    regions: Sequence[str] = (),
    params_files: Sequence[str | Path] = (),
    *,
    params_dir: Path | None = None,
    notebooks_dir: Path | None = None,
    lang: str | None = None,
) -> list[ReportSpec]:
    """Return the reports to render, every parameter checked, before any kernel starts.

    Each report's parameters are checked as the notebook itself would check them:
    names and types against its parameters cell, places against the registry, and,
    for a notebook that names its own check in its metadata (the region report and
    the comparison do), that check with the report's full parameters (a year
    without data, ``lang: de``). The dataset is loaded and validated once for all.

    Parameters
    ----------
    regions : sequence of str
        Region ids. With neither regions nor params files: every place with any
        internet-fraud count, full or part-year
        (:func:`~fraud_research.dataset.places_with_data` with ``include_partial``),
        plus every params file that names another notebook (``notebook: compare_regions.ipynb``).
    params_files : sequence of path
        Extra params files; each is one report named after the file.
    params_dir, notebooks_dir : Path, optional
        Default ``params/`` and ``notebooks/`` of the project.
    lang : {"en", "ru", "kk"}, optional
        Render every report in this language (each params file's ``lang`` otherwise).

    Raises
    ------
    ParameterError
        For an unknown region, a region without data, a malformed params file, an
        unsafe id, a parameter the notebook does not declare or would refuse, or
        two reports with the same id. Every problem found is listed, one per line,
        each naming the params file (or report) it came from.
    DataValidationError
        When the dataset itself is invalid (nothing can be rendered from it).

    Examples
    --------
    >>> [spec] = plan_reports(["turkestan"])
    >>> spec.report_id, spec.notebook.name, spec.params_file.name
    ('turkestan', 'region_report.ipynb', 'turkestan.yaml')

    A region report without a year gets the latest year with data:

    >>> spec.parameters
    {'place': 'turkestan', 'lang': 'en', 'year': 2025}
    >>> plan_reports(["atlantis"])
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: ...atlantis...

    What the notebook would refuse is refused here, with the file it came from:

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "turkestan_2019.yaml"
    >>> _ = path.write_text("place: turkestan\\nyear: 2019\\n")
    >>> plan_reports(params_files=[path])
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: .../turkestan_2019.yaml: no internet-fraud figure \
for turkestan in 2019 (parameter 'year'); years with data: 2023, 2024, 2025
    """
    planner = _Planner(Path(params_dir or paths.PARAMS_DIR),
                       Path(notebooks_dir or paths.NOTEBOOKS_DIR))  # fmt: skip
    region_ids, extra_files = list(regions), [Path(p) for p in params_files]
    if not region_ids and not extra_files:
        region_ids, extra_files = list(planner.with_data), planner.other_notebooks()
    specs = [planner.region_spec(region) for region in region_ids]
    specs += [planner.attempt(spec_from_file, path, notebooks_dir=planner.notebooks_dir)
              for path in extra_files]  # fmt: skip
    specs = [_pin_year(spec, planner.figures) for spec in specs if spec is not None]
    if lang is not None:
        specs = [_with_language(spec, lang) for spec in specs]
    seen: dict[str, ReportSpec] = {}
    for spec in specs:
        if spec.report_id in seen:
            first = seen[spec.report_id]
            planner.problems.append(
                f"two reports would write outputs/{spec.report_id}/: "
                f"{first.params_file or 'region ' + first.report_id} and "
                f"{spec.params_file or 'region ' + spec.report_id}; rename one params file"
            )
            continue
        seen[spec.report_id] = spec
        planner.check(spec)
    if planner.problems:
        raise ParameterError("\n".join(dict.fromkeys(planner.problems)))
    return specs


class _Planner:
    """The registry and dataset, read once, and every problem found (reported together)."""

    def __init__(self, params_dir: Path, notebooks_dir: Path):
        self.params_dir, self.notebooks_dir = params_dir, notebooks_dir
        self.places = load_places()
        self.figures = load_figures()
        self.with_data = places_with_data(self.figures, include_partial=True)
        self.problems: list[str] = []
        self.notebooks: dict[Path, tuple[dict | None, Callable[..., Any] | None]] = {}

    def attempt(self, check: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one check; collect its problem instead of stopping at the first."""
        try:
            return check(*args, **kwargs)
        except ParameterError as err:
            self.problems.append(str(err))
            return None

    def other_notebooks(self) -> list[Path]:
        """The params files of ``params/`` that name another notebook than the region report."""
        files = []
        for path in sorted(self.params_dir.glob("*.y*ml")):
            data = self.attempt(read_params_file, path)
            default = default_notebook_for(path, notebooks_dir=self.notebooks_dir)
            if data is not None and data.get("notebook", default) != DEFAULT_NOTEBOOK:
                files.append(path)
        return files

    def region_spec(self, region: str) -> ReportSpec | None:
        """The report of a region named on the command line: its params file, or the default."""
        if self.attempt(check_report_id, region, source="command line") is None:
            return None
        if self.attempt(check_place, region, places=self.places, parameter="REGION") is None:
            return None
        own_file = self.params_dir / f"{region}.yaml"
        if own_file.is_file():
            return self.attempt(spec_from_file, own_file, notebooks_dir=self.notebooks_dir)
        if region not in self.with_data:
            self.problems.append(
                f"region {region!r} has no internet-fraud figure and no "
                f"params/{region}.yaml; regions with data: {', '.join(self.with_data)}"
            )
            return None
        notebook = self.attempt(
            resolve_notebook, DEFAULT_NOTEBOOK, where="default", notebooks_dir=self.notebooks_dir
        )
        return ReportSpec(region, notebook, {"place": region, "year": 0}) if notebook else None

    def check(self, spec: ReportSpec) -> None:
        """Check a report's places, and its parameters as its notebook would."""
        found = len(self.problems)
        where = spec_source(spec)
        values = [(key, spec.parameters.get(key)) for key in ("place", "reference")]
        if isinstance(spec.parameters.get("places"), list):
            values += [("places", value) for value in spec.parameters["places"]]
        for key, value in values:
            if isinstance(value, str) and value or key == "places":
                try:
                    check_place(str(value), places=self.places, parameter=key)
                except ParameterError as err:
                    self.problems.append(f"{where}: {err}")
        if spec.notebook not in self.notebooks:
            declared = self.attempt(notebook_parameters, spec.notebook)
            check = self.attempt(parameter_check_function, spec.notebook)
            self.notebooks[spec.notebook] = (declared, check)
        declared, check = self.notebooks[spec.notebook]
        if declared is None:  # its parameters cell is broken: said once, above
            return
        self.attempt(check_parameters, spec, declared)
        if check is not None and len(self.problems) == found:
            # The notebook's own first check, run here: no kernel for a report it would refuse.
            self.attempt(check_with_notebook, spec, declared, check, figures=self.figures)


def _with_language(spec: ReportSpec, lang: str) -> ReportSpec:
    """The report in ``lang`` (its notebook's check refuses a language it does not know)."""
    parameters = {**spec.parameters, "lang": lang}
    return ReportSpec(spec.report_id, spec.notebook, parameters, spec.params_file)


def _pin_year(spec: ReportSpec, figures) -> ReportSpec:
    """Give a region report without a year (or ``year: 0``) its default year (``report_year``).

    The notebook would pick the same year itself; pinning it here lets the index
    show the year's figures and makes a new year's figure change the report's stamp.
    """
    if spec.notebook.name != DEFAULT_NOTEBOOK or not spec.place:
        return spec
    if spec.parameters.get("year") not in (None, 0):
        return spec
    try:
        year = report_year(figures, place=spec.place)
    except (InsufficientDataError, ParameterError):
        return spec  # the checks that follow say what is wrong, naming the params file
    return ReportSpec(
        spec.report_id, spec.notebook, {**spec.parameters, "year": year}, spec.params_file
    )
