"""fraud-research: cited figures and honest statistics on internet fraud in Kazakhstan.

The top-level import is kept light (no pandas/statsmodels) so that the command
line and batch workers start fast; import the submodules you need, e.g.
``from fraud_research.dataset import load_figures``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fraud-research")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
