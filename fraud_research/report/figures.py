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
import textwrap
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import matplotlib
from cycler import cycler
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import FraudResearchError
from .formatting import wrap_label


class FigureError(FraudResearchError, RuntimeError):
    """A report figure could not be drawn (the report must not go out without it)."""


#: Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in grey.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]

#: Type sizes for a figure read at its own width on a laptop (8 in) or a phone (4.3 in).
_STYLE = {
    "font.size": 11,
    "axes.titlesize": 12.5,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 9.5,
    "axes.prop_cycle": cycler(color=OKABE_ITO),
    "axes.spines.top": False,
    "axes.spines.right": False,
}


@dataclass(frozen=True)
class ReportFigure:
    """A rendered figure: a wide and a narrow (phone) PNG, alternative text and a caption.

    Displays as ``<figure>`` with a ``<picture>`` (the narrow image below 600 px
    of window width) and its caption in notebooks and in the HTML export;
    ``_repr_png_`` gives the wide image to tools that want one.
    """

    png: bytes = field(repr=False)
    alt: str
    caption: str
    width: int
    height: int
    png_narrow: bytes = field(default=b"", repr=False)
    source: str = ""

    def _repr_png_(self) -> bytes:
        return self.png

    def _repr_html_(self) -> str:
        data = base64.b64encode(self.png).decode("ascii")
        narrow = ""
        if self.png_narrow:
            small = base64.b64encode(self.png_narrow).decode("ascii")
            narrow = f'<source media="(max-width: 600px)" srcset="data:image/png;base64,{small}">'
        return (
            '<figure class="report-figure"><picture>'
            f"{narrow}"
            f'<img src="data:image/png;base64,{data}" alt="{html.escape(self.alt)}" '
            f'width="{self.width}" height="{self.height}" style="max-width:100%;height:auto">'
            f"</picture><figcaption>{html.escape(self.caption)}</figcaption></figure>"
        )

    def save(self, path) -> None:
        """Write the wide PNG atomically to ``path``."""
        from ..dataset import atomic_write

        atomic_write(path, self.png)


#: Type size (points) and padding (inches) of the source line drawn into every chart.
_SOURCE_PT, _SOURCE_PAD = 8, 0.05


def _draw_png(draw, size, nrows, dpi, source) -> tuple[bytes, int, int]:
    with matplotlib.rc_context(_STYLE):
        figure = Figure(figsize=size, dpi=dpi, layout="constrained")
        FigureCanvasAgg(figure)
        source_text = None
        if source:
            # Wrapped here, not by matplotlib at draw time, so the strip kept free for it
            # below the chart is as tall as its lines (a Kazakh line wraps to three on a phone).
            lines = textwrap.wrap(source, width=int(size[0] * 72 / (_SOURCE_PT * 0.58)))
            height = (2 * _SOURCE_PAD + len(lines) * _SOURCE_PT * 1.25 / 72) / size[1]
            figure.get_layout_engine().set(rect=(0, height, 1, 1 - height))
            source_text = figure.text(0.01, _SOURCE_PAD / size[1], "\n".join(lines),
                                      fontsize=_SOURCE_PT, color="#444444", ha="left",
                                      va="bottom")  # fmt: skip
        axes = list(figure.subplots(nrows, 1, squeeze=False)[:, 0])
        draw(axes[0] if nrows == 1 else axes)
        _fit_titles(figure, axes)
        buffer = io.BytesIO()
        with warnings.catch_warnings():  # a squeezed layout is checked below, not printed
            warnings.filterwarnings("ignore", message="constrained_layout not applied")
            figure.savefig(buffer, format="png", dpi=dpi)
        _check_source_clear(figure, axes, source_text)
    width, height = (round(v) for v in figure.get_size_inches() * dpi)
    return buffer.getvalue(), width, height


def _fit_titles(figure, axes) -> None:
    """Re-wrap a title that runs past the figure's right edge once laid out.

    A left-aligned title starts where the axes start, after the tick labels: long scheme names
    push it right, and «…, 2025» was cut to «…, 202» in a Russian chart. The layout cannot help
    (a title grows with its axes' left edge), so the title is wrapped to the width it has.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="constrained_layout not applied")
        figure.draw_without_rendering()
    renderer = figure.canvas.get_renderer()
    right = figure.bbox.x1
    for ax in axes:
        for title in (ax.title, *_side_titles(ax)):
            box = title.get_window_extent(renderer)
            text = title.get_text()
            if not text or box.x1 <= right or box.width <= 0:
                continue
            longest = max(len(line) for line in text.splitlines())
            room = int(longest * (right - box.x0) / box.width) - 1
            title.set_text(wrap_label(" ".join(text.split()), max(room, 10)))


def _side_titles(ax) -> tuple:
    """The left and right titles of ``ax`` (``loc="left"``, ``loc="right"``): matplotlib keeps
    them as Text objects of their own, with no public accessor."""
    return tuple(getattr(ax, name) for name in ("_left_title", "_right_title") if hasattr(ax, name))


def _check_source_clear(figure, axes, source_text) -> None:
    """Raise if a panel (its labels and legend included) covers the source line."""
    if source_text is None:
        return
    renderer = figure.canvas.get_renderer()
    line = source_text.get_window_extent(renderer)
    for ax in axes:
        panel = ax.get_tightbbox(renderer)
        # Boxes include the glyphs' padding: touching (a few pixels) is not covering.
        covered = min(panel.y1, line.y1) - max(panel.y0, line.y0)
        if panel.overlaps(line) and covered > 3:
            raise ValueError(
                f"the chart overlaps its source line at {figure.get_figwidth():.1f} in wide"
            )


def render_figure(
    draw: Callable,
    *,
    alt: str,
    caption: str,
    size: tuple[float, float] = (8, 4),
    narrow_size: tuple[float, float] | None = None,
    nrows: int = 1,
    dpi: int = 110,
    source: str = "",
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
        Width and height in inches of the wide image.
    narrow_size : tuple of float, optional
        Width and height of a second image for phones (drawn again, so labels
        are laid out for the narrow width rather than shrunk).
    source : str
        A source line drawn into the image itself, so a screenshot keeps it.

    Raises
    ------
    FigureError
        When drawing or rendering fails, or gives an empty image, naming the figure.
    """
    try:
        png, width, height = _draw_png(draw, size, nrows, dpi, source)
        narrow = _draw_png(draw, narrow_size, nrows, dpi, source)[0] if narrow_size else b""
    except Exception as err:  # a report without its figure must fail, naming it
        raise FigureError(f"could not draw the figure {alt!r}: {err}") from err
    if len(png) < 100 or (narrow_size and len(narrow) < 100):
        raise FigureError(f"the figure {alt!r} came out empty")
    return ReportFigure(png, alt, caption, width, height, narrow, source)
