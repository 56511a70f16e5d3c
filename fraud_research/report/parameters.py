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

import pandas as pd

from .. import paths
from ..dataset import check_place, latest_year, load_figures, require_year
from ..errors import InsufficientDataError, ParameterError
from .labels import check_language

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


#: The documented parameters of ``notebooks/region_report.ipynb``.
REGION_REPORT_PARAMETERS = ("place", "year", "lang", "output_dir", "annualise")


def check_region_parameters(
    *,
    place: str,
    year: int,
    lang: str = "en",
    output_dir: str = "",
    annualise: bool = False,
    namespace=None,
    figures: pd.DataFrame | None = None,
) -> dict:
    """Check every parameter of the region report without computing or writing anything.

    The notebook's first cell and the batch runner's pre-flight both call this, so
    a parameter the notebook would refuse is refused before any kernel starts.

    Parameters
    ----------
    place, year, lang, output_dir, annualise
        The notebook's parameters (see :func:`prepare_region_report`).
    namespace : mapping, optional
        The notebook's ``globals()``: a plain value in it that is not one of
        :data:`REGION_REPORT_PARAMETERS` (a misspelt ``-p plcae ...``) is refused.
    figures : DataFrame, optional
        The validated dataset; loaded if omitted.

    Returns
    -------
    dict
        ``place``, ``year`` (``0`` resolved to the latest year with data), ``lang``,
        ``output_dir``.

    Raises
    ------
    ParameterError
        Unknown parameter, place or language; a year that is not an integer; an
        ``output_dir`` outside ``outputs/``.
    InsufficientDataError
        A year without data (the message lists the years that have data).

    Examples
    --------
    >>> check_region_parameters(place="turkestan", year=0)["year"]
    2025
    >>> check_region_parameters(place="turkestan", year=2025, lang="de")
    Traceback (most recent call last):
    ...
    fraud_research.errors.ParameterError: unknown language 'de' for parameter 'lang'; valid: en, ru, kk
    """
    check_injected_names(namespace, REGION_REPORT_PARAMETERS)
    figures = load_figures() if figures is None else figures
    check_place(place)
    check_language(lang)
    if isinstance(year, bool) or not isinstance(year, int):
        raise ParameterError(
            f"parameter 'year' must be a whole year such as 2025 (or 0 for the latest year "
            f"with data), got {year!r}"
        )
    if year == 0:
        year = report_year(figures, place=place)
    require_year(figures, place=place, year=year, include_partial=True)
    if not isinstance(annualise, bool):
        raise ParameterError(f"parameter 'annualise' must be True or False, got {annualise!r}")
    if not isinstance(output_dir, str):
        raise ParameterError(
            f"parameter 'output_dir' must be a folder name under outputs/ (or '' to save "
            f"nothing), got {output_dir!r}"
        )
    if output_dir:
        output_folder(output_dir)
    return {
        "place": place,
        "year": year,
        "lang": lang,
        "output_dir": output_dir,
        "annualise": annualise,
    }


def report_year(figures: pd.DataFrame | None = None, *, place: str) -> int:
    """Return the year a region report shows by default.

    The latest year with a full-year figure; for a place with none, the latest
    year with a part-year count (its report shows those figures with their periods).

    Examples
    --------
    >>> report_year(place="kostanay_city"), report_year(place="karaganda")
    (2025, 2025)
    """
    try:
        return latest_year(figures, place=place)
    except InsufficientDataError:
        return latest_year(figures, place=place, include_partial=True)
