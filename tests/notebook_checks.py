"""Helpers for the notebook tests: read what an executed notebook shows and where it failed."""

import nbformat


def outputs_text(nb) -> str:
    """Return every text, Markdown and HTML output of an executed notebook as one string."""
    parts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            data = output.get("data", {})
            for kind in ("text/plain", "text/markdown", "text/html"):
                parts.append(data.get(kind, ""))
    return "\n".join(p if isinstance(p, str) else "".join(p) for p in parts)


def count_images(nb) -> int:
    """Return the number of PNG images an executed notebook shows."""
    return sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))


def failing_cells_after_parameters(path) -> list[int]:
    """Return, for a notebook papermill failed on, the failing code cells counted from the
    injected parameters cell (``[1]`` means: the first cell after the parameters)."""
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    injected = next(
        i for i, c in enumerate(code) if "injected-parameters" in c.metadata.get("tags", [])
    )
    return [
        i - injected
        for i, c in enumerate(code)
        if any(o.get("output_type") == "error" for o in c.get("outputs", []))
    ]
