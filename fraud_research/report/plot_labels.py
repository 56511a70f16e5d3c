"""Names beside the points of a chart, set apart so that none covers another or a reference line.

A scatter of few points (the funnel plot's places) is read by its names. Written at
a fixed offset, two names of points at similar heights ran into each other on a phone,
and a name above its point sat on the national line. :func:`label_points` stacks the
names in the order of their points' heights, one text line apart, keeps them on their
point's side of a horizontal line, and draws a thin leader to a name it moved.

Examples
--------
>>> import matplotlib.pyplot as plt
>>> ax = plt.figure(figsize=(4.3, 3)).subplots()
>>> _ = ax.scatter([1, 2, 3], [10, 11, 40]); _ = ax.axhline(12)
>>> texts = label_points(ax, [1, 2, 3], [10, 11, 40], ["a", "b", "c"], avoid_y=12)
>>> [t.get_text() for t in texts], [t.get_horizontalalignment() for t in texts]
(['a', 'b', 'c'], ['left', 'left', 'right'])
>>> plt.close("all")
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np

#: Space between a point and its name, and between a name and a line it must not cover (points).
GAP_PT = 5.0
#: Height of a name's line as a multiple of its font size.
LINE_HEIGHT = 1.3


def _stack(heights: np.ndarray, *, floor: float, step: float) -> np.ndarray:
    """Heights at or above each wanted height (ascending order), each ``step`` above the last.

    Examples
    --------
    >>> _stack(np.array([0.0, 1.0, 10.0]), floor=-5.0, step=4.0).tolist()
    [0.0, 4.0, 10.0]
    """
    out = np.empty_like(heights)
    for i, wanted in enumerate(heights):
        out[i] = max(wanted, floor)
        floor = out[i] + step
    return out


def _label_heights(ys: np.ndarray, *, line: float | None, bottom: float, step: float):
    """Each name's height (pixels): names of points below ``line`` stay below it, the others
    above; stacked one ``step`` apart in the order of their points."""
    order = np.argsort(ys, kind="stable")
    heights = np.empty_like(ys)
    sorted_ys = ys[order]
    if line is None:
        heights[order] = _stack(sorted_ys, floor=bottom + step / 2, step=step)
        return heights
    below = sorted_ys <= line
    # below the line: stacked downwards from it (mirror the heights to stack upwards)
    ceiling = line - step / 2 - GAP_PT
    down = -_stack(-sorted_ys[below][::-1], floor=-ceiling, step=step)[::-1]
    if len(down) and down.min() < bottom + step / 2:  # no room under the line: stack up
        down = _stack(sorted_ys[below], floor=bottom + step / 2, step=step)
    up = _stack(sorted_ys[~below], floor=line + step / 2 + GAP_PT, step=step)
    heights[order] = np.concatenate([down, up])
    return heights


def label_points(
    ax: plt.Axes,
    xs: Sequence[float],
    ys: Sequence[float],
    labels: Sequence[str],
    *,
    avoid_y: float | None = None,
    fontsize: float = 8,
) -> list:
    """Write each point's name beside it, no name over another or over the line at ``avoid_y``.

    Call it last, once the Axes' limits, scales and legend are set: the names are laid
    out in the figure's final pixels (the layout engine runs first) and kept out of the
    layout so they do not move the Axes afterwards. A name goes right of its point, or
    left of it in the right part of the Axes, at its point's height when there is room,
    else moved up or down with a thin leader line to the point.

    Parameters
    ----------
    ax : Axes
        The Axes the points are drawn on (data coordinates).
    xs, ys : sequence of float
        The points.
    labels : sequence of str
        Their names.
    avoid_y : float, optional
        A horizontal line (data coordinates) no name may cover, e.g. a national rate.
    fontsize : float
        Size of the names in points.

    Returns
    -------
    list of matplotlib.text.Annotation
        One per point, in the order given.
    """
    figure = ax.figure
    figure.draw_without_rendering()
    px_per_pt = figure.dpi / 72
    points = ax.transData.transform(np.column_stack([xs, ys]).astype(float))
    box = ax.get_window_extent()
    step = fontsize * LINE_HEIGHT * px_per_pt
    line = None if avoid_y is None else float(ax.transData.transform((1.0, avoid_y))[1])
    heights = _label_heights(points[:, 1], line=line, bottom=box.y0, step=step)
    texts = []
    anchors = zip(xs, ys, strict=True)
    for (x, y), height, label, anchor in zip(points, heights, labels, anchors, strict=True):
        right = x > box.x0 + 0.6 * box.width
        moved = abs(height - y) > step / 2
        leader = {"arrowstyle": "-", "color": "0.55", "lw": 0.6, "shrinkA": 1, "shrinkB": 3}
        text = ax.annotate(
            label,
            anchor,
            xytext=((-1 if right else 1) * GAP_PT, (height - y) / px_per_pt),
            textcoords="offset points",
            ha="right" if right else "left",
            va="center",
            fontsize=fontsize,
            arrowprops=leader if moved else None,
            annotation_clip=False,
            # a name over a limit line stays legible
            bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
        )
        text.set_in_layout(False)
        texts.append(text)
    return texts


__all__ = ["label_points"]
