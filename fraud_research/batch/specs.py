"""A report to render: its id, notebook and parameters, read from ``params/*.yaml``.

A params file is a small YAML mapping of notebook parameters; it may name another
notebook with the key ``notebook``. Everything here runs before any kernel starts,
so a typo fails at once with a message naming the file and the problem: YAML is
read with the safe loader, values must be plain (text, numbers, booleans, lists),
``notebook`` must be a bare name of ``notebooks/*.ipynb``, and a report id is
lowercase letters, digits and underscores only (``../../etc`` is refused).

Examples
--------
>>> check_report_id("turkestan")
'turkestan'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths
from ..errors import ParameterError

#: Notebook rendered when a params file names none.
DEFAULT_NOTEBOOK = "region_report.ipynb"


#: Keys of a params file that are not notebook parameters.
RESERVED_KEYS = ("notebook",)


#: Parameters the runner sets itself; a params file's value is ignored.
RUNNER_PARAMETERS = ("output_dir",)


_ID = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")


_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


_NOTEBOOK_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*\.ipynb$")


_MAX_PARAMS_BYTES = 64 * 1024


@dataclass(frozen=True)
class ReportSpec:
    """One report to render: which notebook, with which parameters, under which id.

    Attributes
    ----------
    report_id : str
        Folder name under ``outputs/`` (a region id, or the params file's name).
    notebook : Path
        The notebook to execute (inside ``notebooks/``).
    parameters : dict
        Notebook parameters, without ``output_dir`` (the runner adds it).
    params_file : Path or None
        The file the parameters came from, or ``None`` for the built-in default.

    Examples
    --------
    >>> from fraud_research import paths
    >>> spec = ReportSpec(
    ...     "turkestan",
    ...     paths.NOTEBOOKS_DIR / "region_report.ipynb",
    ...     {"place": "turkestan", "year": 2025, "lang": "en"},
    ... )
    >>> spec.report_id, spec.notebook.name, spec.place, spec.year
    ('turkestan', 'region_report.ipynb', 'turkestan', 2025)
    >>> spec.params_file is None
    True
    """

    report_id: str
    notebook: Path
    parameters: dict[str, Any] = field(default_factory=dict)
    params_file: Path | None = None

    @property
    def place(self) -> str | None:
        """The region of a region report (``None`` for other notebooks).

        Examples
        --------
        >>> from pathlib import Path
        >>> ReportSpec("turkestan", Path("region_report.ipynb"), {"place": "turkestan"}).place
        'turkestan'
        >>> ReportSpec("compare_regions", Path("compare_regions.ipynb"), {"year": 2025}).place is None
        True
        """
        place = self.parameters.get("place")
        return place if isinstance(place, str) else None

    @property
    def year(self) -> int | None:
        """The report year, when the parameters give one.

        Examples
        --------
        >>> from pathlib import Path
        >>> ReportSpec("turkestan", Path("region_report.ipynb"), {"year": 2025}).year
        2025
        >>> ReportSpec("turkestan", Path("region_report.ipynb"), {"year": True}).year is None
        True
        """
        year = self.parameters.get("year")
        return year if isinstance(year, int) and not isinstance(year, bool) else None

    def canonical_parameters(self) -> str:
        """Return the parameters as canonical JSON (sorted keys), for hashing and manifests.

        Examples
        --------
        >>> from pathlib import Path
        >>> spec = ReportSpec(
        ...     "turkestan", Path("region_report.ipynb"), {"year": 2025, "place": "turkestan"}
        ... )
        >>> spec.canonical_parameters()
        '{"place": "turkestan", "year": 2025}'
        """
        return json.dumps(self.parameters, sort_keys=True, ensure_ascii=False, default=str)


def check_report_id(report_id: object, *, source: str = "") -> str:
    """Return ``report_id`` if it is a safe folder name, else raise :class:`ParameterError`.

    Parameters
    ----------
    report_id : object
        A region id or a params file name (without ``.yaml``).
    source : str
        Where the id came from (a file name), added to the message.

    Raises
    ------
    ParameterError
        When the id holds anything but lowercase letters, digits and underscores.

    Examples
    --------
    >>> check_report_id("almaty_city")
    'almaty_city'
    >>> check_report_id("../../etc", source="params/evil.yaml")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: params/evil.yaml: report id '../../etc' is not allowed: \
use lowercase letters, digits and underscores (e.g. 'turkestan'); it names the folder under outputs/
    """
    where = f"{source}: " if source else ""
    if not isinstance(report_id, str) or not _ID.match(report_id):
        raise ParameterError(
            f"{where}report id {report_id!r} is not allowed: use lowercase letters, digits and "
            "underscores (e.g. 'turkestan'); it names the folder under outputs/"
        )
    return report_id


def _display(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(paths.PROJECT_ROOT))
    except ValueError:
        return str(path)


def spec_source(spec: ReportSpec) -> str:
    """Return where a report's parameters came from, as error messages name it.

    Examples
    --------
    >>> from fraud_research import paths
    >>> notebook = paths.NOTEBOOKS_DIR / "region_report.ipynb"
    >>> spec_source(ReportSpec("turkestan", notebook, {}, paths.PARAMS_DIR / "turkestan.yaml"))
    'params/turkestan.yaml'
    >>> spec_source(ReportSpec("turkestan", notebook, {}))
    "report 'turkestan'"
    """
    return _display(spec.params_file) if spec.params_file else f"report {spec.report_id!r}"


def _check_value(value: Any, key: str, where: str) -> None:
    scalar = (str, int, float, bool, type(None))
    if isinstance(value, scalar):
        return
    if isinstance(value, list) and all(isinstance(v, scalar) for v in value):
        return
    raise ParameterError(
        f"{where}: parameter {key!r} has a {type(value).__name__} value; "
        "allowed: text, numbers, true/false, or a list of those"
    )


def read_params_file(path: str | Path) -> dict[str, Any]:
    """Read one params YAML file with the safe loader and check its shape.

    Parameters
    ----------
    path : str or Path
        A ``.yaml``/``.yml`` file.

    Returns
    -------
    dict
        The mapping as written (including a ``notebook`` key when present).

    Raises
    ------
    ParameterError
        When the file is missing, too big, not YAML, not a mapping, has a key that
        is not an identifier, or a nested value. The message names the file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "bad.yaml"
    >>> _ = bad.write_text("place: [turkestan\\n")
    >>> read_params_file(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: .../bad.yaml: not valid YAML (...
    """
    import yaml

    path = Path(path)
    where = _display(path)
    if path.suffix not in (".yaml", ".yml"):
        raise ParameterError(f"{where}: a params file must end in .yaml or .yml")
    if not path.is_file():
        raise ParameterError(f"{where}: params file not found")
    if path.stat().st_size > _MAX_PARAMS_BYTES:
        raise ParameterError(f"{where}: params file is larger than 64 KiB; is it the right file?")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ParameterError(f"{where}: not valid UTF-8; save the file as UTF-8") from None
    except yaml.YAMLError as err:
        detail = " ".join(str(err).split())
        raise ParameterError(f"{where}: not valid YAML ({detail})") from None
    if data is None:
        raise ParameterError(f"{where}: the file is empty; expected e.g. 'place: turkestan'")
    if not isinstance(data, dict):
        raise ParameterError(
            f"{where}: expected a mapping of parameter names to values "
            f"(e.g. 'place: turkestan'), found a {type(data).__name__}"
        )
    for key, value in data.items():
        if not isinstance(key, str) or not _PARAM_NAME.match(key):
            raise ParameterError(f"{where}: {key!r} is not a valid parameter name")
        _check_value(value, key, where)
    return data


def resolve_notebook(name: object, *, where: str, notebooks_dir: Path | None = None) -> Path:
    """Return the path of a notebook named in a params file, refusing anything outside notebooks/.

    Raises
    ------
    ParameterError
        When the name is not a bare ``*.ipynb`` file name or the notebook does not exist.

    Examples
    --------
    >>> resolve_notebook("compare_regions.ipynb", where="params/compare_regions.yaml").name
    'compare_regions.ipynb'
    >>> resolve_notebook("../secret.ipynb", where="params/x.yaml")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: params/x.yaml: notebook '../secret.ipynb' is not allowed; ...
    >>> resolve_notebook("nope.ipynb", where="params/x.yaml")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: params/x.yaml: notebook 'nope.ipynb' not found in \
notebooks/; available: compare_regions.ipynb, region_report.ipynb
    """
    notebooks_dir = Path(notebooks_dir or paths.NOTEBOOKS_DIR)
    if not isinstance(name, str) or not _NOTEBOOK_NAME.match(name):
        raise ParameterError(
            f"{where}: notebook {name!r} is not allowed; give the file name of a notebook in "
            "notebooks/ (e.g. 'compare_regions.ipynb'), without folders"
        )
    path = notebooks_dir / name
    if not path.is_file():
        available = ", ".join(sorted(p.name for p in notebooks_dir.glob("*.ipynb"))) or "none"
        raise ParameterError(
            f"{where}: notebook {name!r} not found in notebooks/; available: {available}"
        )
    return path


def default_notebook_for(path: Path, *, notebooks_dir: Path | None = None) -> str:
    """Return the notebook a params file drives when it names none.

    ``params/<name>.yaml`` drives ``notebooks/<name>.ipynb`` when that notebook
    exists (``compare_regions.yaml``), else the region report.

    Examples
    --------
    >>> from fraud_research import paths
    >>> default_notebook_for(paths.PARAMS_DIR / "compare_regions.yaml")
    'compare_regions.ipynb'
    >>> default_notebook_for(paths.PARAMS_DIR / "turkestan.yaml")
    'region_report.ipynb'
    """
    notebooks_dir = Path(notebooks_dir or paths.NOTEBOOKS_DIR)
    own = f"{Path(path).stem}.ipynb"
    return (
        own if _NOTEBOOK_NAME.match(own) and (notebooks_dir / own).is_file() else DEFAULT_NOTEBOOK
    )


def spec_from_file(
    path: str | Path, *, notebooks_dir: Path | None = None, report_id: str | None = None
) -> ReportSpec:
    """Build a :class:`ReportSpec` from one params file; its id is the file name without suffix.

    Examples
    --------
    >>> from fraud_research import paths
    >>> spec = spec_from_file(paths.PARAMS_DIR / "turkestan.yaml")
    >>> spec.report_id, spec.notebook.name, spec.parameters
    ('turkestan', 'region_report.ipynb', {'place': 'turkestan', 'lang': 'en'})

    ``output_dir`` in a file is ignored (the runner sets it):

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "kostanay_2024.yaml"
    >>> _ = path.write_text("place: kostanay\\nyear: 2024\\noutput_dir: ''\\n")
    >>> spec = spec_from_file(path)
    >>> spec.report_id, spec.parameters, spec.params_file == path
    ('kostanay_2024', {'place': 'kostanay', 'year': 2024}, True)
    """
    path = Path(path)
    where = _display(path)
    report_id = check_report_id(report_id or path.stem, source=where)
    data = read_params_file(path)
    notebook = resolve_notebook(
        data.get("notebook", default_notebook_for(path, notebooks_dir=notebooks_dir)),
        where=where,
        notebooks_dir=notebooks_dir,
    )
    # The runner sets output_dir itself (outputs/<report>/): a value in the file is ignored.
    parameters = {
        k: v for k, v in data.items() if k not in RESERVED_KEYS and k not in RUNNER_PARAMETERS
    }
    if "place" in parameters:
        check_report_id(parameters["place"], source=f"{where}, parameter 'place'")
    return ReportSpec(report_id, notebook, parameters, path)
