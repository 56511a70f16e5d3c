"""Check what a notebook was given: papermill warns about unknown parameters, we refuse them.

Also the one rule for where a notebook may save its tables (:func:`output_folder`).

``papermill nb.ipynb out.ipynb -p plcae karaganda`` injects ``plcae = "karaganda"``
after the parameters cell and runs the notebook with the default place: papermill
only warns. A notebook's first check passes its namespace (``globals()``) here;
every plain value (text, number, boolean, list, mapping, ``None``) defined in it
that is not one of the notebook's documented parameters is refused, with the list
of documented ones. Modules, functions and objects (``plt``, ``report``) are not
parameters and are ignored, so re-running the check cell in JupyterLab after the
rest of the notebook still works.

Examples
--------
>>> check_injected_names({"place": "turkestan", "year": 0}, ("place", "year", "lang"))
>>> check_injected_names({"plcae": "karaganda", "year": 0}, ("place", "year", "lang"))
Traceback (most recent call last):
...
fraud_research.errors.ParameterError: unknown parameter 'plcae' given to the notebook; its parameters are: place, year, lang
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from .. import paths
from ..errors import ParameterError

#: Types papermill can inject (YAML and the command line give nothing else).
PLAIN_TYPES = (str, int, float, bool, list, tuple, dict, type(None))


def _hidden_names() -> set[str]:
    """Names IPython itself puts into a kernel's namespace (``In``, ``Out``, ``exit`` ...)."""
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python: no IPython names
        return set()
    shell = get_ipython()
    return set(getattr(shell, "user_ns_hidden", {}) or {})


def check_injected_names(namespace: Mapping[str, object] | None, documented: Iterable[str]) -> None:
    """Raise if ``namespace`` holds a plain value that is not a documented parameter.

    Parameters
    ----------
    namespace : mapping or None
        The notebook's ``globals()`` right after its parameters cells; ``None``
        checks nothing (a call from Python rather than from a notebook).
    documented : iterable of str
        The parameters the notebook documents in its parameters cell.

    Raises
    ------
    ParameterError
        Naming each unknown parameter and listing the documented ones.
    """
    if namespace is None:
        return
    documented = tuple(documented)
    hidden = _hidden_names()
    unknown = sorted(
        name
        for name, value in namespace.items()
        if not name.startswith("_")
        and name not in documented
        and name not in hidden
        and isinstance(value, PLAIN_TYPES)
    )
    if unknown:
        names = ", ".join(repr(n) for n in unknown)
        raise ParameterError(
            f"unknown parameter {names} given to the notebook; "
            f"its parameters are: {', '.join(documented)}"
        )


def output_folder(output_dir: str | Path) -> Path:
    """Return the folder a notebook saves its tables in: ``output_dir`` under ``outputs/``.

    Raises
    ------
    ParameterError
        When ``output_dir`` would leave the project's ``outputs/`` folder.

    Examples
    --------
    >>> output_folder("turkestan").relative_to(paths.OUTPUTS_DIR).as_posix()
    'turkestan'
    >>> output_folder("../../etc")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: parameter 'output_dir' must stay inside ...
    """
    folder = (paths.OUTPUTS_DIR / output_dir).resolve()
    if not folder.is_relative_to(paths.OUTPUTS_DIR.resolve()):
        raise ParameterError(
            f"parameter 'output_dir' must stay inside {paths.OUTPUTS_DIR} (give a sub-folder "
            f"name, or '' to save nothing), got {output_dir!r}"
        )
    return folder
