"""Axes-level plots in the seaborn style: take ``ax=None``, draw only there, return the Axes.

Saving is separate (:func:`save_figure`), so a notebook, a test and the batch
runner decide where a figure goes.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns


def plot_shares(
    shares: pd.DataFrame,
    *,
    ax: plt.Axes | None = None,
    label_column: str = "label",
    interval: str = "simultaneous",
    xlabel: str = "Share of registered cases",
) -> plt.Axes:
    """Draw scheme shares as horizontal bars with interval whiskers.

    Parameters
    ----------
    shares : DataFrame
        Output of :func:`~fraud_research.shares.scheme_shares` (a ``label`` column
        is used for the bars when present, else ``scheme``).
    ax : Axes, optional
        Where to draw; the current Axes if omitted.
    interval : {"simultaneous", "wilson"}
        Which interval the whiskers show.

    Returns
    -------
    Axes

    Examples
    --------
    >>> from fraud_research.shares import scheme_shares
    >>> shares = scheme_shares(pd.Series({"a": 60, "b": 30, "c": 10}))
    >>> ax = plot_shares(shares)
    >>> len(ax.patches), len(ax.lines)
    (3, 3)
    >>> plt.close("all")
    """
    if ax is None:
        ax = plt.gca()
    lower, upper = (
        ("ci_lower", "ci_upper") if interval == "simultaneous" else ("wilson_lower", "wilson_upper")
    )
    labels = shares[label_column] if label_column in shares else shares["scheme"]
    positions = range(len(shares))
    ax.barh(positions, shares["estimate"], color=sns.color_palette()[0], alpha=0.8)
    for y, (lo, hi) in zip(positions, zip(shares[lower], shares[upper], strict=True), strict=True):
        ax.plot([lo, hi], [y, y], color="black", linewidth=1.5)
    ax.set_yticks(list(positions), labels=list(labels))
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel(xlabel)
    ax.set_xlim(left=0)
    sns.despine(ax=ax)
    return ax


def save_figure(fig: plt.Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Save a figure atomically (write a temporary file, then rename) and return its path.

    Examples
    --------
    >>> import tempfile
    >>> fig, ax = plt.subplots()
    >>> out = save_figure(fig, Path(tempfile.mkdtemp()) / "shares.png")
    >>> out.is_file(), out.suffix
    (True, '.png')
    >>> plt.close(fig)
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".tmp-{path.name}")
    fig.savefig(tmp, dpi=dpi, bbox_inches="tight", format=path.suffix.lstrip(".") or "png")
    tmp.replace(path)
    return path
