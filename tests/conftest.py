"""Fixtures shared by the whole suite: the dataset, the kernel, the seed figures, project copies.

Each lives here once; test modules ask for them by name. Tests that change data
or outputs work on a copy of the project (``project_copy``) or of its data folder
(``data_copy``), never on the checkout.
"""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from fraud_research import paths

#: The Jupyter kernel registered by ``make setup``.
from fraud_research.batch import KERNEL_NAME as KERNEL  # the kernel the batch runs
from fraud_research.dataset import load_figures

#: Turkestan 2025, akimat press release: cases by scheme (they add up to the 843 registered).
TURKESTAN_2025_SCHEMES = {
    "impersonation_call": 340,
    "prepayment": 255,
    "fake_investment": 98,
    "messenger_acquaintance": 49,
    "lottery": 47,
    "other": 54,
}


@pytest.fixture(scope="session")
def figures() -> pd.DataFrame:
    """The shipped dataset, loaded and validated once."""
    return load_figures()


@pytest.fixture(scope="session")
def kernel() -> str:
    """Name of the Jupyter kernel every notebook test runs on."""
    return KERNEL


@pytest.fixture
def turkestan_2025_schemes() -> pd.Series:
    """Turkestan 2025 scheme counts as published (a fresh Series for each test)."""
    return pd.Series(TURKESTAN_2025_SCHEMES, name="count")


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of the data folder; the package's default paths point at it."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, copy)
    monkeypatch.setattr(paths, "DATA_DIR", copy)
    monkeypatch.setattr(paths, "FIGURES_CSV", copy / "figures.csv")
    monkeypatch.setattr(paths, "SOURCES_DIR", copy / "sources")
    monkeypatch.setattr(paths, "PLACES_CSV", copy / "places.csv")
    monkeypatch.setattr(paths, "SCHEMES_CSV", copy / "schemes.csv")
    monkeypatch.setattr(paths, "SCHEME_WORDINGS_CSV", copy / "scheme_wordings.csv")
    monkeypatch.setattr(paths, "TOWNS_CSV", copy / "towns.csv")
    return copy


@pytest.fixture
def project_copy(tmp_path):
    """A copy of the project's data, notebooks and params with an empty outputs folder.

    Point a command at it with the environment of :func:`project_env`.
    """
    root = tmp_path / "project"
    for folder in ("data", "notebooks", "params"):
        shutil.copytree(paths.PROJECT_ROOT / folder, root / folder)
    (root / "outputs").mkdir()
    return root


@pytest.fixture
def project_env(project_copy) -> dict:
    """Environment variables that make the package (and its kernels) use ``project_copy``."""
    return {**os.environ, "FRAUD_RESEARCH_ROOT": str(project_copy)}
