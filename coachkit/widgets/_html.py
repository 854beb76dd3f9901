"""Small HTML pieces the widgets share: escaping and one-line status messages."""

from __future__ import annotations

from coachkit.compose.render import esc
from coachkit.compose.render import render_message as message

__all__ = ["esc", "message"]
