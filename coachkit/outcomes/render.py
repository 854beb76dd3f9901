"""HTML fragments for the dashboard: strings in, escaped strings out.

Pure and free of the rest of the package: a loaded log comes in as anything
with its source, length, extra columns and warnings (``Applications`` is one),
so the result types may show themselves with these functions.
"""

from __future__ import annotations

import html
from typing import Protocol

__all__ = ["LoadedLog", "render_error", "render_headline", "render_loaded", "render_sentence"]


class LoadedLog(Protocol):
    """What ``render_loaded`` reads from a loaded log."""

    @property
    def source(self) -> str: ...

    @property
    def extra_columns(self) -> tuple[str, ...]: ...

    @property
    def warnings(self) -> tuple[object, ...]: ...

    def __len__(self) -> int: ...


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_error(message: str) -> str:
    """A failed load: the first line as a heading, each problem as a list item."""
    lines = [ln.strip() for ln in str(message).splitlines() if ln.strip()]
    head, items = (lines[0], lines[1:]) if lines else ("Could not load the file", [])
    body = "".join(f"<li>{_esc(i)}</li>" for i in items)
    return (f'<div class="ck-load-error" style="color:#b3261e"><b>{_esc(head)}</b>'
            f'{f"<ul>{body}</ul>" if body else ""}</div>')


def render_loaded(apps: LoadedLog, limit: int = 30) -> str:
    """What was loaded, the extra columns kept, the rows or cells left out, and the warnings."""
    parts = [f'<div class="ck-loaded"><b>{_esc(apps.source)}</b>: {len(apps)} applications.']
    if apps.extra_columns:
        parts.append(f" Kept as extra columns: {_esc(', '.join(apps.extra_columns))}.")
    left_out = getattr(apps, "left_out", ())  # rows or cells a lenient load could not use
    if left_out:
        items = "".join(f"<li>{_esc(p)}</li>" for p in left_out[:limit])
        more = f"<li>… and {len(left_out) - limit} more</li>" if len(left_out) > limit else ""
        parts.append(f'<div class="ck-left-out">{len(left_out)} rows or cells left out:'
                     f'<ul style="color:#8a5300">{items}{more}</ul></div>')
    warnings = apps.warnings
    if warnings:
        items = "".join(f"<li>{_esc(p)}</li>" for p in warnings[:limit])
        more = f"<li>… and {len(warnings) - limit} more</li>" if len(warnings) > limit else ""
        parts.append(f'<ul class="ck-warnings" style="color:#8a5300">{items}{more}</ul>')
    return "".join(parts) + "</div>"


def render_sentence(text: str, css_class: str = "ck-summary") -> str:
    """A sentence under a chart."""
    return f'<p class="{css_class}" style="margin:4px 0 12px">{_esc(text)}</p>'


def render_headline(shown: int, headline: str) -> str:
    """How many applications the filters keep, then the overall sentence."""
    return render_sentence(f"{shown} applications shown. {headline}", "ck-headline-text")
