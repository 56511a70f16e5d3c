"""fraud-research: cited figures and honest statistics on internet fraud in Kazakhstan.

Where to start
--------------
- One place and year: ``from fraud_research.report import prepare_region_report``;
  ``r = prepare_region_report(place="turkestan", year=2025, lang="ru")``, then
  ``r`` (a summary card in JupyterLab), ``r.headline()``, ``r.section("summary")``.
- Places side by side: ``prepare_compare_report(year=2025, lang="kk")``.
- The data: ``from fraud_research.dataset import load_figures``; the statistics:
  ``fraud_research.stats`` (``rates_for_places``, ``scheme_shares``, ``fit_trend``).
- Every report at once: ``fraud-research reports`` on the command line.

The top-level import is kept light (no pandas/statsmodels) so that the command
line and batch workers start fast; import the submodules you need.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fraud-research")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
