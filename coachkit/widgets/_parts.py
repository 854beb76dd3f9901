"""The small widgets of one page, made with their CSS classes, Layout and style at once.

Every widget brings a Layout and often a style of its own, and on a Solara room's server
each of them is one more model opened and sent to the page. ``Parts(shared=True)``, for
the participants' page, gives the widgets that ask for the same layout or style one
object between them: only for widgets whose layout and style the code never changes
afterwards (a widget that is hidden or resized later gets its own). ``Parts()``, the
default, makes fresh ones as ipywidgets would, so a notebook's widgets stay separate.
Classes are given at construction rather than by ``add_class`` afterwards, which
would send each widget a second message.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar

import ipywidgets as w

__all__ = ["Parts"]

W = TypeVar("W", bound=w.DOMWidget)


class Parts:
    """Make widgets with their classes; in a ``shared`` page, with shared layouts and styles."""

    def __init__(self, *, shared: bool = False) -> None:
        self.shared = shared
        self._made: dict[tuple[Any, ...], w.Widget] = {}

    def layout(self, **props: str) -> w.Layout:
        """A Layout with ``props``, the same one for every widget that asks for them when
        shared (so none of those widgets may change it)."""
        return self._one(w.Layout, props)

    def make(self, kind: type[W], *classes: str, layout: dict[str, str] | None = None,
             style: dict[str, str] | None = None, **traits: Any) -> W:
        """A ``kind`` widget with CSS ``classes`` and ``traits``, its layout and style
        made from ``layout`` and ``style`` (shared when this page shares them)."""
        if self.shared or layout:
            traits["layout"] = self.layout(**(layout or {}))
        style_kind = _style_kind(kind)
        if style_kind is not None and (self.shared or style):
            traits["style"] = self._one(style_kind, style or {})
        return kind(_dom_classes=classes, **traits)

    def html(self, value: str = "", *classes: str) -> w.HTML:
        """An HTML widget showing ``value``."""
        return self.make(w.HTML, *classes, value=value)

    def _one(self, kind: type[w.Widget], props: dict[str, str]) -> Any:
        if not self.shared:
            return kind(**props)
        key = (kind, *sorted(props.items()))
        if key not in self._made:
            self._made[key] = kind(**props)
        return self._made[key]


@functools.cache
def _style_kind(kind: type[w.DOMWidget]) -> type[w.Widget] | None:
    trait = kind.class_traits().get("style")
    return None if trait is None else trait.klass
