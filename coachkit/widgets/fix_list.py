"""One-click fixes on screen: an *Apply* button per finding whose suggestion can be
applied, and *Undo*.

``FixList`` only shows and forwards clicks (the composer gives it the session's
``apply_fix`` and ``undo_fix``). ``DraftFixer`` is the same list over a plain draft
text, as in the scoring notebook: it keeps the text, re-scores it after each fix and
shows the report afresh. Which fixes can be applied, and how, is decided by
``coachkit.scoring.fixes``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import ipywidgets as w

from coachkit.model import Draft, Finding, InterviewNotes, Report
from coachkit.render import render_report
from coachkit.scoring.fixes import Edit, apply_one, describe, names_to_keep, plan
from coachkit.widgets._parts import Parts

__all__ = ["DraftFixer", "FixList", "render_fix", "render_fixes_heading"]

MAX_SHOWN = 25  # fixes listed at once; the rest come as these are applied


def render_fix(finding: Finding) -> str:
    """One fix as HTML: what is replaced by what, and the finding's message."""
    return (f'<span class="ck-fix-text">{html.escape(describe(finding))}</span> '
            f'<small style="color:#555">{html.escape(finding.message)}</small>')


def render_fixes_heading(count: int, undo: Finding | None) -> str:
    """The heading over the fixes: how many can be applied, and what Undo takes back."""
    what = (f"{count} fix{'es' if count != 1 else ''} you can apply in one click"
            if count else "No suggestion left to apply in one click")
    last = (f' <small style="color:#555">(Undo: {html.escape(describe(undo))})</small>'
            if undo else "")
    return f'<h4 class="ck-fixes-heading" style="margin:8px 0 4px">{what}{last}</h4>'


class FixList(w.VBox):
    """An *Apply* button for each fixable finding, and *Undo* for the last fix.

    ``parts`` makes its widgets (a light page's share their layouts and styles)."""

    def __init__(self, *, on_apply: Callable[[Finding], None],
                 on_undo: Callable[[], None], parts: Parts | None = None) -> None:
        self._on_apply, self._on_undo = on_apply, on_undo
        self.parts = parts = parts or Parts()
        self.findings: tuple[Finding, ...] = ()
        self.heading = parts.html(render_fixes_heading(0, None))
        self.rows = parts.make(w.VBox)
        self.undo_button = parts.make(w.Button, "ck-undo-fix", description="Undo", icon="undo",
                                      disabled=True, tooltip="Take back the last fix applied")
        self.undo_button.on_click(lambda _: self._on_undo())
        self._pool: list[tuple[w.HBox, w.HTML]] = []
        super().__init__([self.heading, self.rows, self.undo_button],
                         _dom_classes=("ck-fixes",), layout=parts.layout())

    def show(self, findings: Sequence[Finding], undo: Finding | None = None) -> None:
        """Show the fixes that can be applied now and what Undo would take back."""
        self.findings = tuple(findings)[:MAX_SHOWN]
        while len(self._pool) < len(self.findings):
            self._pool.append(self._row(len(self._pool)))
        for (_, label), finding in zip(self._pool, self.findings, strict=False):
            label.value = render_fix(finding)
        shown = tuple(row for row, _ in self._pool[:len(self.findings)])
        if self.rows.children != shown:
            self.rows.children = shown
        self.heading.value = render_fixes_heading(len(findings), undo)
        self.undo_button.disabled = undo is None

    def apply(self, index: int) -> None:
        """Apply the fix shown at ``index`` (what its button does)."""
        self._on_apply(self.findings[index])

    def undo(self) -> None:
        """Take back the last fix (what the Undo button does)."""
        self._on_undo()

    def _row(self, index: int) -> tuple[w.HBox, w.HTML]:
        button = self.parts.make(w.Button, "ck-apply-fix",
                                 layout={"width": "auto", "min_width": "64px",
                                         "flex": "0 0 auto"},
                                 description="Apply", tooltip="Put the suggestion in the text")
        button.on_click(lambda _: self.apply(index))
        label = self.parts.html()
        return self.parts.make(w.HBox, "ck-fix", children=[button, label]), label


class DraftFixer(w.VBox):
    """Apply and undo fixes on a draft text; the report is shown afresh after each.

    ``display()`` shows the report as HTML output (updated in place) and then this
    widget: the fixes, Undo and the fixed text to copy. ``text`` is the text now and
    ``report`` its score.
    """

    def __init__(self, text: str, *, notes: InterviewNotes | None = None,
                 kind: str = "thank_you", sent_at: datetime | None = None) -> None:
        self.text, self.notes, self.kind, self.sent_at = text, notes, kind, sent_at
        self.history: list[tuple[str, Finding]] = []  # (text before, fix), newest last
        self.report = self._score()
        self.message = w.HTML()
        self.fix_list = FixList(on_apply=self.apply, on_undo=self.undo)
        self.fixed_text = w.Textarea(value=text, layout=w.Layout(width="100%", height="160px"),
                                     description="Fixed text")
        self.fixed_text.add_class("ck-fixed-text")
        self._handle: Any = None
        super().__init__([self.fix_list, self.message, self.fixed_text])
        self.add_class("ck-draft-fixer")
        self._show()

    def _score(self) -> Report:
        from coachkit.scoring import score

        return score(Draft.from_text(self.text, kind=self.kind, sent_at=self.sent_at),
                     self.notes)

    def fixes(self) -> list[Finding]:
        """The findings of the report whose suggestion can be applied now."""
        keep = names_to_keep(self.notes)
        return [f for f in self.report.findings
                if isinstance(plan(self.text, f, keep), Edit)]

    def display(self) -> None:
        """Show the report (kept up to date after each fix) and then this widget."""
        from IPython.display import HTML, display

        self._handle = display(HTML(render_report(self.report)), display_id=True)
        display(self)

    def apply(self, finding: Finding) -> None:
        """Apply one finding's suggestion and re-score; a refusal is shown, not raised."""
        try:
            fixed = apply_one(self.text, finding, keep=names_to_keep(self.notes))
        except ValueError as error:
            self.message.value = f'<p class="ck-fix-error">{html.escape(str(error))}</p>'
            return
        self.history.append((self.text, finding))
        self._change(fixed)

    def undo(self) -> None:
        """Take back the last fix applied."""
        if self.history:
            before, _ = self.history.pop()
            self._change(before)

    def _change(self, text: str) -> None:
        self.text = text
        self.report = self._score()
        self.message.value = ""
        self._show()
        if self._handle is not None:
            from IPython.display import HTML

            self._handle.update(HTML(render_report(self.report)))

    def _show(self) -> None:
        self.fixed_text.value = self.text
        self.fix_list.show(self.fixes(), self.history[-1][1] if self.history else None)
