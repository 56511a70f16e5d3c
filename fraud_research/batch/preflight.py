"""Check a report's parameters as its notebook would, before any kernel starts.

The notebook's ``parameters`` cell declares names, types and defaults
(:func:`notebook_parameters`); a notebook may also name its own check in its
metadata (``"fraud_research": {"check_parameters": "module:function"}``), which
:func:`check_with_notebook` calls with the report's full parameters, so a year
without data or an unknown language is refused here, not in a kernel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InsufficientDataError, ParameterError
from .specs import ReportSpec, spec_source

#: Where a notebook names its own parameter check: ``metadata[KEY][CHECK]`` = "module:function".
METADATA_KEY, CHECK_KEY = "fraud_research", "check_parameters"


def read_notebook_json(notebook: Path) -> dict[str, Any]:
    """Read a notebook file as plain JSON, for its parameters cell and metadata.

    Plain :mod:`json`, not :mod:`nbformat`: the command reads two fields before any
    kernel starts, and importing nbformat (through jsonschema's format checkers)
    costs about a second of start-up.

    Raises
    ------
    ParameterError
        When the file cannot be read or is not a JSON notebook, naming it.

    Examples
    --------
    >>> from fraud_research import paths
    >>> nb = read_notebook_json(paths.NOTEBOOKS_DIR / "region_report.ipynb")
    >>> nb["nbformat"], "cells" in nb
    (4, True)
    """
    import json

    name = Path(notebook).name
    try:
        data = json.loads(Path(notebook).read_text(encoding="utf-8"))
    except OSError as err:
        raise ParameterError(f"{name}: cannot read the notebook ({err.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ParameterError(f"{name}: not a notebook (invalid JSON: {err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells", []), list):
        raise ParameterError(f"{name}: not a notebook (no list of cells)")
    return data


def _source_text(source: str | list[str]) -> str:
    # nbformat stores a cell's source as one string or as a list of lines.
    return "".join(source) if isinstance(source, list) else str(source)


def notebook_parameters(notebook: Path) -> dict[str, dict[str, Any]]:
    """Return the parameters declared in a notebook's ``parameters`` cell (no kernel needed).

    The cell is parsed with :mod:`ast` (papermill's own line parser skips a line
    whose comment holds an ``=``); each entry has ``inferred_type_name`` (the
    annotation, e.g. ``"int"``) and ``default`` (source text).

    Examples
    --------
    >>> from fraud_research import paths
    >>> declared = notebook_parameters(paths.NOTEBOOKS_DIR / "region_report.ipynb")
    >>> list(declared)
    ['place', 'year', 'lang', 'output_dir', 'annualise']
    >>> declared["year"]
    {'name': 'year', 'inferred_type_name': 'int', 'default': '0'}
    """
    import ast

    cells = [
        c
        for c in read_notebook_json(notebook).get("cells", [])
        if "parameters" in c.get("metadata", {}).get("tags", [])
    ]
    if not cells:
        return {}
    source = _source_text(cells[0].get("source", ""))
    try:
        tree = ast.parse(source)
    except SyntaxError as err:
        raise ParameterError(
            f"{Path(notebook).name}: the parameters cell is not valid Python ({err.msg})"
        ) from None
    declared: dict[str, dict[str, Any]] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            declared[node.target.id] = {
                "name": node.target.id,
                "inferred_type_name": ast.unparse(node.annotation),
                "default": ast.unparse(node.value) if node.value is not None else "",
            }
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    declared[target.id] = {
                        "name": target.id,
                        "inferred_type_name": "",
                        "default": ast.unparse(node.value),
                    }
    return declared


_TYPES = {"int": (int,), "str": (str,), "float": (int, float), "bool": (bool,), "list": (list,)}


def check_parameters(spec: ReportSpec, declared: dict[str, dict[str, Any]]) -> None:
    """Check a spec's parameters against the names and types the notebook declares.

    Raises
    ------
    ParameterError
        For a parameter the notebook does not have, or a value of the wrong type.

    Examples
    --------
    >>> from fraud_research import paths
    >>> notebook = paths.NOTEBOOKS_DIR / "region_report.ipynb"
    >>> declared = notebook_parameters(notebook)
    >>> check_parameters(ReportSpec("turkestan", notebook, {"year": 2025}), declared) is None
    True
    >>> check_parameters(ReportSpec("turkestan", notebook, {"year": "2025"}), declared)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: report 'turkestan': parameter 'year' should be int, \
got '2025' (str)
    >>> check_parameters(ReportSpec("turkestan", notebook, {"region": "x"}), declared)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: report 'turkestan': region_report.ipynb has no \
parameter 'region'; its parameters: annualise, lang, output_dir, place, year
    """
    where = spec_source(spec)
    for key, value in spec.parameters.items():
        if key not in declared:
            raise ParameterError(
                f"{where}: {spec.notebook.name} has no parameter {key!r}; "
                f"its parameters: {', '.join(sorted(declared)) or 'none'}"
            )
        kind = (declared[key].get("inferred_type_name") or "").split("[")[0].strip()
        allowed = _TYPES.get(kind)
        if allowed is None or value is None:
            continue
        ok = isinstance(value, allowed) and not (
            kind in ("int", "float") and isinstance(value, bool)
        )
        if not ok:
            raise ParameterError(
                f"{where}: parameter {key!r} should be {kind}, got {value!r} "
                f"({type(value).__name__})"
            )


def parameter_check_function(notebook: Path) -> Callable[..., Any] | None:
    """Return the parameter check a notebook names in its metadata, or ``None`` if it names none.

    The notebook's metadata holds ``"fraud_research": {"check_parameters":
    "module:function"}``; the function takes the notebook's parameters as keyword
    arguments and raises :class:`~fraud_research.errors.ParameterError` or
    :class:`~fraud_research.errors.InsufficientDataError`.

    Raises
    ------
    ParameterError
        When the metadata names something that is not ``module:function`` or
        cannot be imported.

    Examples
    --------
    >>> from fraud_research import paths
    >>> check = parameter_check_function(paths.NOTEBOOKS_DIR / "region_report.ipynb")
    >>> check.__module__, check.__name__
    ('fraud_research.report.parameters', 'check_region_parameters')
    >>> parameter_check_function(paths.PROJECT_ROOT / "tests/fixtures/tiny_report.ipynb") is None
    True
    """
    import importlib

    metadata = read_notebook_json(notebook).get("metadata", {})
    name = (metadata.get(METADATA_KEY) or {}).get(CHECK_KEY)
    if not name:
        return None
    module_name, _, function_name = str(name).partition(":")
    where = f"{Path(notebook).name}, metadata {METADATA_KEY}.{CHECK_KEY}"
    if not module_name or not function_name.isidentifier():
        raise ParameterError(
            f"{where}: {name!r} is not 'module:function' "
            "(e.g. 'fraud_research.report:check_region_parameters')"
        )
    try:
        function = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError) as err:
        raise ParameterError(f"{where}: cannot import {name!r} ({err})") from None
    if not callable(function):
        raise ParameterError(f"{where}: {name!r} is not a function")
    return function


def notebook_defaults(declared: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Return the literal default of each parameter of a notebook's parameters cell.

    Parameters
    ----------
    declared : dict
        From :func:`notebook_parameters`. A default that is not a literal (the
        conventions forbid it) is left out.

    Examples
    --------
    >>> from fraud_research import paths
    >>> notebook_defaults(notebook_parameters(paths.NOTEBOOKS_DIR / "region_report.ipynb"))
    {'place': 'turkestan', 'year': 0, 'lang': 'en', 'output_dir': '', 'annualise': False}
    """
    import ast

    defaults = {}
    for name, entry in declared.items():
        try:
            defaults[name] = ast.literal_eval(entry.get("default") or "")
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
    return defaults


def check_with_notebook(
    spec: ReportSpec,
    declared: dict[str, dict[str, Any]],
    check: Callable[..., Any],
    *,
    figures=None,
) -> None:
    """Call a notebook's own parameter check with a report's full parameters, before any kernel.

    The report's parameters are completed with the notebook's defaults, as papermill
    would run it; ``output_dir`` is ``""`` (the check must not write anything, and the
    runner sets the real one). ``figures`` (the dataset, loaded once for all reports)
    is passed when the check accepts it.

    Raises
    ------
    ParameterError
        Whatever the notebook would refuse, prefixed with the params file (or report)
        it came from; also when the check cannot take the notebook's parameters.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from fraud_research import paths
    >>> from fraud_research.batch import spec_from_file
    >>> notebook = paths.NOTEBOOKS_DIR / "region_report.ipynb"
    >>> declared = notebook_parameters(notebook)
    >>> check = parameter_check_function(notebook)
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "turkestan_de.yaml"
    >>> _ = path.write_text("place: turkestan\\nlang: de\\n")
    >>> check_with_notebook(spec_from_file(path), declared, check)
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: .../turkestan_de.yaml: unknown language 'de' for parameter 'lang'; valid: en, ru, kk
    >>> spec = ReportSpec("turkestan", notebook, {"place": "turkestan", "year": 2025})
    >>> check_with_notebook(spec, declared, check) is None
    True
    """
    import inspect

    where = spec_source(spec)
    arguments = {**notebook_defaults(declared), **spec.parameters}
    arguments = {k: v for k, v in arguments.items() if k in declared}
    if "output_dir" in declared:
        arguments["output_dir"] = ""
    name = f"{getattr(check, '__module__', '')}:{getattr(check, '__name__', check)}"
    try:
        signature = inspect.signature(check)
    except (TypeError, ValueError):
        signature = None
    takes_any = signature is not None and any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values()
    )
    if figures is not None and signature is not None:
        if "figures" in signature.parameters or takes_any:
            arguments["figures"] = figures
    if signature is not None:
        try:
            signature.bind(**arguments)
        except TypeError as err:
            raise ParameterError(
                f"{where}: {spec.notebook.name} names the parameter check {name}, which cannot "
                f"take the notebook's parameters ({err})"
            ) from None
    try:
        check(**arguments)
    except (ParameterError, InsufficientDataError) as err:
        raise ParameterError(f"{where}: {err}") from None
