"""Small HTML pieces the widgets share: escaping and one-line status messages."""

from __future__ import annotations

import html

__all__ = ["esc", "message"]


def esc(text: str) -> str:
    """Text as HTML that shows exactly what was typed and runs nothing."""
    return html.escape(text, quote=True)


def message(text: str, *, error: bool = False, ok: bool = False) -> str:
    """A status line: grey, green when something succeeded, red for a problem."""
    kind, colour = (("error", "#d93025") if error else ("ok", "#188038") if ok
                    else ("info", "#555"))
    return f'<div class="ck-{kind}" style="color:{colour}">{esc(text)}</div>'
