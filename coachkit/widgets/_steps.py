"""The composer's step pane: the steps, each one's guidance and examples, its editor.

The pane shows the session's composition; what is typed and which step is chosen go
to the callbacks the composer gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w

from coachkit.compose.render import render_example, render_heading, render_step_guide
from coachkit.compose.session import ComposeSession
from coachkit.widgets._parts import Parts

__all__ = ["StepsPane"]


class _Editors(dict[str, w.Textarea]):
    """One editor per step, made when first asked for: a page opens with only the
    editor it shows (each widget costs the server a message and the room a wait)."""

    def __init__(self, make: Callable[[str], w.Textarea]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, step_id: str) -> w.Textarea:
        editor = self[step_id] = self._make(step_id)
        return editor


class StepsPane(w.VBox):
    """Step buttons, guidance, example openings, one editor per step, Back and Next.

    ``parts`` makes the pane's widgets (a light page's share their layouts and styles)."""

    def __init__(self, session: ComposeSession, *, on_text: Callable[[str, str], None],
                 on_step: Callable[[str], None], parts: Parts | None = None) -> None:
        self.session = session
        self.parts = parts = parts or Parts()
        self._on_text, self._on_step_chosen = on_text, on_step
        self._example_rows: dict[str, tuple[list[str], list[w.HBox]]] = {}
        c = self.session.composition
        # made showing the current step: showing it afterwards then sends nothing
        index = c.guide.ids.index(c.step)
        self._examples_heading = parts.html(render_heading("Example openings:", italic=True))
        self.steps = parts.make(w.ToggleButtons, "ck-steps", style={"button_width": "auto"},
                                options=self._labels(), value=c.step)
        self.step_guide = parts.html(self._guide(), "ck-step-guide")
        self.examples = parts.make(w.VBox, "ck-examples", children=self._examples(c.step))
        self.step_findings = parts.html("", "ck-step-findings")
        self.editors: dict[str, w.Textarea] = _Editors(self._make_editor)
        self.editor_box = parts.make(w.Box)
        self.back = parts.make(w.Button, "ck-back", description="Back", icon="arrow-left",
                               disabled=index == 0)
        self.next = parts.make(w.Button, "ck-next", description="Next", icon="arrow-right",
                               disabled=index == len(c.guide.ids) - 1)
        self.steps.observe(self._on_step, names="value")
        self.back.on_click(lambda _: self.move(-1))
        self.next.on_click(lambda _: self.move(+1))
        super().__init__([self.steps, self.step_guide, self.examples, self.editor_box,
                          self.step_findings, parts.make(w.HBox, children=[self.back,
                                                                           self.next])],
                         layout=parts.layout(width="52%", padding="0 12px 0 0"))

    def _make_editor(self, step_id: str) -> w.Textarea:
        editor = self.parts.make(
            w.Textarea, "ck-step-text", f"ck-step-{step_id.replace('_', '-')}",
            layout={"width": "100%", "height": "130px"},
            value=self.session.composition.text_of(step_id), continuous_update=True,
            placeholder="Write this part here, or start from an example above.")
        editor.observe(lambda change, s=step_id: self._on_text(s, change["new"]), names="value")
        return editor

    def _on_step(self, change: Any) -> None:
        if change["new"] is not None:
            self._on_step_chosen(change["new"])

    def move(self, delta: int) -> None:
        """Go ``delta`` steps forward (or back), staying within the guide."""
        c = self.session.composition
        index = c.guide.ids.index(c.step) + delta
        if 0 <= index < len(c.guide.ids):
            self.steps.value = c.guide.ids[index]

    def use_example(self, index: int) -> None:
        """Start the current step with example ``index`` (kept after what is typed)."""
        step = self.session.composition.step
        example = self.session.composition.examples(step)[index]
        editor = self.editors[step]
        current = editor.value.rstrip()
        editor.value = f"{current}\n{example}" if current else example

    def forget_editors(self) -> None:
        """Drop the editors: a new composition gets editors with its own text."""
        self.editors = _Editors(self._make_editor)

    def show_kind(self) -> None:
        """Show the steps of the composition's kind (each step's editor is made when
        the step is first shown or asked for)."""
        self._set_steps(self._labels())
        self.show_step()

    def show_step(self) -> None:
        """Show the current step's guidance, examples and editor."""
        c = self.session.composition
        index = c.guide.ids.index(c.step)
        self.step_guide.value = self._guide()
        self.examples.children = self._examples(c.step)
        self.editor_box.children = [self.editors[c.step]]
        self.back.disabled = index == 0
        self.next.disabled = index == len(c.guide.steps) - 1

    def _guide(self) -> str:
        c = self.session.composition
        step = c.guide.step(c.step)
        return render_step_guide(c.guide.ids.index(step.id), len(c.guide.steps), step.title,
                                 optional=step.optional, why=step.why,
                                 prompts=c.prompts(step.id))

    def _examples(self, step_id: str) -> list[w.Widget]:
        """The heading and a row per example opening of the step; the rows are kept
        while the step's examples stay the same (going back to a step makes none)."""
        texts = self.session.composition.examples(step_id)
        if not texts:
            return []
        kept = self._example_rows.get(step_id)
        if kept is None or kept[0] != texts:
            kept = self._example_rows[step_id] = (texts, [
                self._example_row(i, text) for i, text in enumerate(texts)])
        return [self._examples_heading, *kept[1]]

    def _example_row(self, index: int, text: str) -> w.HBox:
        button = self.parts.make(w.Button, "ck-use-example",
                                 layout={"width": "auto", "min_width": "56px",
                                         "flex": "0 0 auto"},
                                 description="Use", tooltip="Start this part with this example")
        button.on_click(lambda _: self.use_example(index))
        return self.parts.make(w.HBox, children=[button, self.parts.html(render_example(text))])

    def relabel(self) -> None:
        """Mark the steps written so far (✓) if the marks changed."""
        labels = self._labels()
        if list(self.steps.options) != labels:
            self._set_steps(labels)

    def _labels(self) -> list[tuple[str, str]]:
        c = self.session.composition
        return [(f"{'✓ ' if c.text_of(s.id).strip() else ''}{s.title}"
                 f"{' (optional)' if s.optional else ''}", s.id) for s in c.guide.steps]

    def _set_steps(self, labels: list[tuple[str, str]]) -> None:
        self.steps.unobserve(self._on_step, names="value")
        try:
            self.steps.options = labels
            self.steps.value = self.session.composition.step
        finally:
            self.steps.observe(self._on_step, names="value")
