"""HTML fragments for the dashboard: strings in, escaped strings out."""

from __future__ import annotations

import html

from coachkit.outcomes.validate import Applications, Problem

__all__ = ["render_error", "render_loaded", "render_sentence"]


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_error(message: str) -> str:
    """A failed load: the first line as a heading, each problem as a list item."""
    lines = [ln.strip() for ln in str(message).splitlines() if ln.strip()]
    head, items = (lines[0], lines[1:]) if lines else ("Could not load the file", [])
    body = "".join(f"<li>{_esc(i)}</li>" for i in items)
    return (f'<div class="ck-load-error" style="color:#b3261e"><b>{_esc(head)}</b>'
            f'{f"<ul>{body}</ul>" if body else ""}</div>')


def render_loaded(apps: Applications, limit: int = 30) -> str:
    """What was loaded, the extra columns kept, and the warnings as a list."""
    parts = [f'<div class="ck-loaded"><b>{_esc(apps.source)}</b>: {len(apps)} applications.']
    if apps.extra_columns:
        parts.append(f" Kept as extra columns: {_esc(', '.join(apps.extra_columns))}.")
    warnings: tuple[Problem, ...] = apps.warnings
    if warnings:
        items = "".join(f"<li>{_esc(p)}</li>" for p in warnings[:limit])
        more = f"<li>… and {len(warnings) - limit} more</li>" if len(warnings) > limit else ""
        parts.append(f'<ul class="ck-warnings" style="color:#8a5300">{items}{more}</ul>')
    return "".join(parts) + "</div>"


def render_sentence(text: str, css_class: str = "ck-summary") -> str:
    """A sentence under a chart."""
    return f'<p class="{css_class}" style="margin:4px 0 12px">{_esc(text)}</p>'
