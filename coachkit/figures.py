"""A matplotlib Figure as PNG bytes or as a data URI, the one way every face embeds a chart.

Figures here are made with ``matplotlib.figure.Figure``, never through pyplot, so
they are not in pyplot's registry and there is nothing to close: they are freed
with their last reference. matplotlib is imported only when a figure is saved.
"""

from __future__ import annotations

import base64
import io
from typing import Any

__all__ = ["png_bytes", "png_data_uri"]


def png_bytes(fig: Any, *, dpi: float | None = None) -> bytes:
    """Render a Figure to PNG bytes on an Agg canvas (no pyplot).

    ``dpi=None`` follows matplotlib's ``savefig.dpi`` setting (the figure's own dpi
    unless changed).
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(fig)
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def png_data_uri(fig: Any, *, dpi: float | None = None) -> str:
    """Render a Figure to a ``data:image/png;base64,...`` URI for an ``<img src>``."""
    return "data:image/png;base64," + base64.b64encode(png_bytes(fig, dpi=dpi)).decode("ascii")
