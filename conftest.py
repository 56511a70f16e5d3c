"""Shared test set-up: a non-interactive plotting backend and no figure left open."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    """Close every figure a test opened, as seaborn's own test suite does."""
    yield
    plt.close("all")
