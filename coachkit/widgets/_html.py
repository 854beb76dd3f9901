"""Small HTML pieces the widgets share: escaping and one-line status messages."""

from __future__ import annotations

import html

from coachkit.compose.render import render_message as message

__all__ = ["esc", "message"]


def esc(text: str) -> str:
    """Text as HTML that shows exactly what was typed and runs nothing."""
    return html.escape(text, quote=True)
