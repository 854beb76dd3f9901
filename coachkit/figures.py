"""A matplotlib Figure as PNG bytes or as a data URI, the one way every face embeds a chart.

Figures here are made with ``matplotlib.figure.Figure``, never through pyplot, so
they are not in pyplot's registry and there is nothing to close: they are freed
with their last reference. matplotlib is imported only when a figure is saved.
"""

from __future__ import annotations

import base64
import io
import warnings
from typing import Any

__all__ = ["LABEL_CHARS", "plain_text", "png_bytes", "png_data_uri"]

LABEL_CHARS = 40  # a chart label longer than this is cut: the chart is not a table


def plain_text(value: object, *, limit: int | None = LABEL_CHARS) -> str:
    """Return text from the user's data as a chart shows it literally, cut to ``limit``.

    Matplotlib reads text between two ``$`` as mathematics (and fails on a label such
    as "Money$ #1 $"); an escaped ``\\$`` is drawn as a plain dollar sign. Escaping at
    the label, not a setting around the drawing, also covers tick labels that
    matplotlib creates later, when the figure is drawn.
    """
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "…"
    return text.replace("$", r"\$")


def png_bytes(fig: Any, *, dpi: float | None = None) -> bytes:
    """Render a Figure to PNG bytes on an Agg canvas (no pyplot).

    ``dpi=None`` follows matplotlib's ``savefig.dpi`` setting (the figure's own dpi
    unless changed).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(fig)
    with warnings.catch_warnings():
        # an emoji in a company name has no glyph in the font: drawn as a box, not news
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def png_data_uri(fig: Any, *, dpi: float | None = None) -> str:
    """Render a Figure to a ``data:image/png;base64,...`` URI for an ``<img src>``."""
    return "data:image/png;base64," + base64.b64encode(png_bytes(fig, dpi=dpi)).decode("ascii")
