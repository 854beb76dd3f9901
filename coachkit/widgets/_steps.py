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
    """Step buttons, guidance, example openings, one editor per step, Back and Next."""

    def __init__(self, session: ComposeSession, *, on_text: Callable[[str, str], None],
                 on_step: Callable[[str], None]) -> None:
        self.session = session
        self._on_text, self._on_step_chosen = on_text, on_step
        self.steps = w.ToggleButtons(style={"button_width": "auto"})
        self.step_guide = w.HTML()
        self.examples = w.VBox()
        self.step_findings = w.HTML()
        self.editors: dict[str, w.Textarea] = _Editors(self._make_editor)
        self.editor_box = w.Box()
        self.back = w.Button(description="Back", icon="arrow-left")
        self.next = w.Button(description="Next", icon="arrow-right")
        for name in ("steps", "step_guide", "examples", "step_findings", "back", "next"):
            getattr(self, name).add_class("ck-" + name.replace("_", "-"))
        self.steps.observe(self._on_step, names="value")
        self.back.on_click(lambda _: self.move(-1))
        self.next.on_click(lambda _: self.move(+1))
        super().__init__([self.steps, self.step_guide, self.examples, self.editor_box,
                          self.step_findings, w.HBox([self.back, self.next])],
                         layout=w.Layout(width="52%", padding="0 12px 0 0"))

    def _make_editor(self, step_id: str) -> w.Textarea:
        editor = w.Textarea(value=self.session.composition.text_of(step_id),
                            continuous_update=True,
                            layout=w.Layout(width="100%", height="130px"),
                            placeholder="Write this part here, or start from an example above.")
        editor.add_class("ck-step-text")
        editor.add_class(f"ck-step-{step_id.replace('_', '-')}")
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
        step = c.guide.step(c.step)
        index = c.guide.ids.index(step.id)
        self.step_guide.value = render_step_guide(index, len(c.guide.steps), step.title,
                                                  optional=step.optional, why=step.why,
                                                  prompts=c.prompts(step.id))
        rows = []
        for i, example in enumerate(c.examples(step.id)):
            button = w.Button(description="Use", tooltip="Start this part with this example",
                              layout=w.Layout(width="auto", min_width="56px", flex="0 0 auto"))
            button.add_class("ck-use-example")
            button.on_click(lambda _, i=i: self.use_example(i))
            rows.append(w.HBox([button, w.HTML(render_example(example))]))
        heading = w.HTML(render_heading("Example openings:", italic=True))
        self.examples.children = [heading, *rows] if rows else []
        self.editor_box.children = [self.editors[step.id]]
        self.back.disabled = index == 0
        self.next.disabled = index == len(c.guide.steps) - 1

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
