"""Figures for the reports: drawn off-screen, whatever matplotlib backend the session uses.

A report's figure is drawn on a :class:`matplotlib.figure.Figure` created
directly (not through ``pyplot``), rendered to PNG with the Agg canvas, and
returned as a :class:`ReportFigure` that notebooks display as an image with its
caption. So a figure never depends on the inline backend (``MPLBACKEND=Agg`` on a
headless server used to leave reports without pictures), is never shown twice,
and a drawing error stops the report instead of leaving a blank space.

Examples
--------
>>> fig = render_figure(lambda ax: ax.plot([2023, 2024, 2025], [567, 598, 843]),
...                     alt="Cases by year", caption="Registered cases, Turkestan Region")
>>> fig.png[:8] == b"\\x89PNG\\r\\n\\x1a\\n", fig.width > 0
(True, True)
>>> "<figcaption>Registered cases, Turkestan Region</figcaption>" in fig._repr_html_()
True
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import FraudResearchError


class FigureError(FraudResearchError, RuntimeError):
    """A report figure could not be drawn (the report must not go out without it)."""


@dataclass(frozen=True)
class ReportFigure:
    """A rendered figure: PNG bytes, alternative text and a caption.

    Displays as ``<figure>`` with the image and its caption in notebooks and in the
    HTML export; ``_repr_png_`` gives the bare image to tools that want one.
    """

    png: bytes
    alt: str
    caption: str
    width: int
    height: int

    def _repr_png_(self) -> bytes:
        return self.png

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png).decode("ascii")
        return (
            '<figure class="report-figure">'
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}" '
            f'width="{self.width}" height="{self.height}" style="max-width:100%;height:auto">'
            f"<figcaption>{html.escape(self.caption)}</figcaption></figure>"
        )

    def save(self, path) -> None:
        """Write the PNG atomically to ``path``."""
        from ..dataset import atomic_write

        atomic_write(path, self.png)


def render_figure(
    draw: Callable,
    *,
    alt: str,
    caption: str,
    size: tuple[float, float] = (8, 4),
    nrows: int = 1,
    dpi: int = 110,
) -> ReportFigure:
    """Draw on a new off-screen figure with ``draw(ax)`` and return it rendered as PNG.

    Parameters
    ----------
    draw : callable
        Receives the Axes (a plot function of :mod:`fraud_research.report.plots`
        with its options bound) and draws on it; with ``nrows > 1`` it receives the
        list of Axes, one panel per row.
    alt, caption : str
        Alternative text and caption, in the reader's language.
    size : tuple of float
        Width and height in inches.

    Raises
    ------
    FigureError
        When drawing or rendering fails, naming the figure.
    """
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    axes = list(figure.subplots(nrows, 1, squeeze=False)[:, 0])
    try:
        draw(axes[0] if nrows == 1 else axes)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi)
    except Exception as err:  # a report without its figure must fail, naming it
        raise FigureError(f"could not draw the figure {alt!r}: {err}") from err
    width, height = (round(v) for v in figure.get_size_inches() * dpi)
    return ReportFigure(buffer.getvalue(), alt, caption, width, height)
