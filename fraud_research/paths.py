"""Project paths, derived from the package location rather than the working directory.

papermill runs a notebook in the caller's working directory, and a test or batch
worker may run anywhere, so every path the toolkit reads or writes starts here.
Set ``FRAUD_RESEARCH_ROOT`` to point an installed copy at another checkout.

Examples
--------
>>> from fraud_research import paths
>>> (paths.DATA_DIR / "figures.csv").is_file()
True
>>> paths.OUTPUTS_DIR.name
'outputs'
"""

from __future__ import annotations

import os
from pathlib import Path

#: The installed package itself (which may lie outside ``PROJECT_ROOT``).
PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = Path(os.environ.get("FRAUD_RESEARCH_ROOT") or PACKAGE_DIR.parent).resolve()
DATA_DIR = PROJECT_ROOT / "data"
SOURCES_DIR = DATA_DIR / "sources"
FIGURES_CSV = DATA_DIR / "figures.csv"
PLACES_CSV = DATA_DIR / "places.csv"
SCHEMES_CSV = DATA_DIR / "schemes.csv"
SCHEME_WORDINGS_CSV = DATA_DIR / "scheme_wordings.csv"
TOWNS_CSV = DATA_DIR / "towns.csv"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
PARAMS_DIR = PROJECT_ROOT / "params"
OUTPUTS_DIR = PROJECT_ROOT / "outputs"

__all__ = [
    "PACKAGE_DIR",
    "PROJECT_ROOT",
    "DATA_DIR",
    "SOURCES_DIR",
    "FIGURES_CSV",
    "PLACES_CSV",
    "SCHEMES_CSV",
    "SCHEME_WORDINGS_CSV",
    "TOWNS_CSV",
    "NOTEBOOKS_DIR",
    "PARAMS_DIR",
    "OUTPUTS_DIR",
]
