"""Between-year variation beyond Poisson, pooled across every place's series.

Recorded counts vary from year to year far more than a Poisson process allows.
One short series cannot estimate that extra variation (three years leave one
residual degree of freedom), so it is borrowed from all places: every pair of
consecutive full-year counts printed exactly gives a log change
``d = log(y2 / y1)``; with a common expected growth ``g`` and independent
log-normal year effects of variance ``sigma2`` on top of Poisson noise,
``Var(d) = 2 sigma2 + 1/y1 + 1/y2``, so

``sigma2 = max(0, (s_d**2 - mean(1/y1 + 1/y2)) / 2)`` on ``m - 1`` degrees of freedom,

where ``s_d**2`` is the sample variance of the ``m`` log changes. Differences in
growth between places count as variation, so the estimate errs on the wide side.
Figures whose definitions are known to differ (a curators' note with
"caution") are left out. This is the moment estimator of a random-effects
variance (DerSimonian & Laird 1986) applied to log changes.

Examples
--------
>>> pooled = pooled_dispersion()
>>> pooled.n_changes, pooled.df, sorted(pooled.places)
(4, 3, ['kazakhstan', 'kostanay_city', 'turkestan'])
>>> round(pooled.sigma2, 4)
0.0063
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..dataset import headline_rows, load_figures, select_panel
from ..dataset.memo import per_dataset
from ..errors import InsufficientDataError

__all__ = ["PooledDispersion", "pooled_dispersion", "log_changes"]


@dataclass(frozen=True)
class PooledDispersion:
    """A between-year variance on the log scale and the evidence behind it.

    Attributes
    ----------
    sigma2 : float
        Extra-Poisson variance of a year's log count around its expected level.
    df : int
        Degrees of freedom (number of log changes minus one).
    n_changes : int
    places : tuple of str
    method : str
        Method code (``"pooled_log_changes"``).

    Examples
    --------
    >>> PooledDispersion(0.01, 3, 4, ("a",)).sd
    0.1
    """

    sigma2: float
    df: int
    n_changes: int
    places: tuple[str, ...]
    method: str = "pooled_log_changes"

    @property
    def sd(self) -> float:
        """Standard deviation of a year's log count (the square root of ``sigma2``)."""
        return float(np.sqrt(self.sigma2))


def log_changes(figures: pd.DataFrame | None = None, *, metric: str = "cases_registered"):
    """Return every consecutive-year log change of exact full-year counts, one row per pair.

    Figures with a definition note ("caution" in the curators' note) are left out.

    Returns
    -------
    DataFrame
        ``place``, ``from_year``, ``to_year``, ``reference``, ``count``, ``log_change``.

    Examples
    --------
    >>> changes = log_changes()
    >>> changes[["place", "to_year"]].values.tolist()[:2]
    [['kazakhstan', 2025], ['kostanay_city', 2025]]
    >>> round(float(changes.set_index(["place", "to_year"]).loc[("turkestan", 2025), "log_change"]), 4)
    0.3434
    """
    figures = load_figures() if figures is None else figures
    notes = figures.set_index("figure_id")["note"].fillna("")
    rows = []
    for place in sorted(headline_rows(figures, metric=metric)["place"].unique()):
        panel = select_panel(figures, place=place, metric=metric).sort_values("year")
        usable = panel[
            (panel["qualifier"] == "exact")
            & ~panel["figure_id"].map(notes).str.contains("caution", case=False)
        ]
        for a, b in zip(usable.iloc[:-1].itertuples(), usable.iloc[1:].itertuples(), strict=True):
            if int(b.year) - int(a.year) == 1 and a.value > 0 and b.value > 0:
                rows.append(
                    {
                        "place": place,
                        "from_year": int(a.year),
                        "to_year": int(b.year),
                        "reference": int(a.value),
                        "count": int(b.value),
                        "log_change": float(np.log(b.value / a.value)),
                    }
                )
    columns = ["place", "from_year", "to_year", "reference", "count", "log_change"]
    return pd.DataFrame(rows, columns=columns)


@per_dataset(lambda figures=None, *, metric="cases_registered": (figures, metric))
def pooled_dispersion(
    figures: pd.DataFrame | None = None, *, metric: str = "cases_registered"
) -> PooledDispersion:
    """Return the between-year log variance pooled over all places' year-on-year changes.

    Parameters
    ----------
    figures : DataFrame, optional
        The validated dataset; loaded if omitted.
    metric : str, keyword-only
        The counted metric.

    Returns
    -------
    PooledDispersion
        Computed once per figures frame (every section of a report reuses it).

    Raises
    ------
    InsufficientDataError
        With fewer than two usable log changes (no variance can be estimated).

    Examples
    --------
    >>> pooled = pooled_dispersion()
    >>> round(pooled.sd, 3), pooled.method
    (0.079, 'pooled_log_changes')
    """
    changes = log_changes(figures, metric=metric)
    if len(changes) < 2:
        raise InsufficientDataError(
            f"only {len(changes)} consecutive-year change(s) of exact full-year counts; a "
            "pooled between-year variance needs at least 2"
        )
    d = changes["log_change"].to_numpy()
    poisson = (1 / changes["count"] + 1 / changes["reference"]).to_numpy()
    sigma2 = max(0.0, (float(np.var(d, ddof=1)) - float(poisson.mean())) / 2)
    return PooledDispersion(
        sigma2=sigma2,
        df=len(d) - 1,
        n_changes=len(d),
        places=tuple(dict.fromkeys(changes["place"])),
    )
