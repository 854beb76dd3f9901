"""Record a sent follow-up in the outcome log: the "Mark as sent" action and the question
asked once per draft version after an export.

The session says what was sent (``ComposeSession.mark_sent``); this widget asks, opens
the person's applications store when it is first needed and records the follow-up.
Whatever goes wrong is shown as a sentence; the draft stays on screen and in the journal.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as w

from coachkit.compose.render import render_message
from coachkit.compose.session import ComposeSession
from coachkit.errors import CoachkitError
from coachkit.labels import kind_label

if TYPE_CHECKING:
    from coachkit.applog import Application, ApplicationStore, FollowUp

    Recorded = tuple[Application, FollowUp]

__all__ = ["QUESTION", "RecordSent", "open_store", "recorded_sentence"]

QUESTION = "Record this follow-up in your outcome log?"
ASK_COMPANY = "Which company did you send it to? Type it to record this follow-up."


def open_store(session: ComposeSession) -> ApplicationStore:
    """Open the applications store beside the session's drafts journal (else the personal one)."""
    from coachkit.applog import ApplicationStore, applications_store_path

    journal_path = getattr(session.journal, "path", None)
    if journal_path is None:
        return ApplicationStore()
    return ApplicationStore(applications_store_path(Path(journal_path).parent))


def recorded_sentence(kind: str, company: str, application_id: str) -> str:
    """Say what was recorded and how to log the answer later."""
    what = kind_label(kind).phrase.removeprefix("a ").removeprefix("an ")
    return (f"Recorded: {what} to {company} (application {application_id}); log the "
            f"answer in notebook 03 or with `coachkit log reply {application_id} …`.")


class RecordSent(w.VBox):
    """The question "Record this follow-up?" (Yes / Not now), a company box when the notes
    have none, and the line saying what was recorded.

    ``applications`` is an ApplicationStore, or None to open the one beside the journal at
    the first recording; ``before`` runs first (a composer saves and scores what was just
    typed). ``last`` keeps the (application, follow-up) last recorded.
    """

    def __init__(self, session: ComposeSession, applications: ApplicationStore | None = None,
                 *, before: Callable[[], None] = lambda: None) -> None:
        self.session = session
        self.store = applications
        self._before = before
        self._asked: set[Hashable] = set()
        self.last: Recorded | None = None
        self.question = w.HTML()
        self.company = w.Text(description="Company", placeholder="Northwind Analytics")
        self.yes_button = w.Button(description="Yes, record it", icon="check",
                                   button_style="primary", layout=w.Layout(width="auto"))
        self.not_now_button = w.Button(description="Not now")
        self.result = w.HTML()
        self.form = w.VBox([self.question, self.company,
                            w.HBox([self.yes_button, self.not_now_button])],
                           layout=w.Layout(display="none"))
        for name in ("question", "company", "yes_button", "not_now_button", "result", "form"):
            getattr(self, name).add_class("ck-record-" + name.replace("_", "-"))
        self.yes_button.on_click(lambda _: self.record())
        self.not_now_button.on_click(lambda _: self.not_now())
        super().__init__([self.form, self.result])
        self.add_class("ck-record-sent")

    @property
    def asking(self) -> bool:
        """Whether the question is on screen."""
        return self.form.layout.display != "none"

    def ask(self) -> bool:
        """Ask whether to record the follow-up, once per version of the message; False
        when this version was asked about (or recorded) already."""
        key = self._key()
        if key in self._asked:
            return False
        self._asked.add(key)
        self._show_form(QUESTION)
        return True

    def mark_sent(self) -> Recorded | None:
        """Record the follow-up now (asking for the company first when the notes have none)."""
        if not self._company():
            self._show_form(ASK_COMPANY)
            self.result.value = ""
            return None
        return self.record()

    def not_now(self) -> None:
        """Put the question away; it is not asked again for this version."""
        self._asked.add(self._key())
        self._hide_form()

    def record(self) -> Recorded | None:
        """Save the draft as sent and record it in the store; (application, follow-up), or
        None when it could not be (the message says why)."""
        company = self._company()
        if not company:
            self._show_form(ASK_COMPANY)
            self.result.value = render_message("Type the company first.", error=True)
            return None
        self._before()
        try:
            sent = self.session.mark_sent()
            if self.store is None:
                self.store = open_store(self.session)
            recorded = self.store.record_sent(
                sent.notes, kind=sent.kind, sent_at=sent.sent_at, score=sent.score,
                verdict=sent.verdict, draft_id=sent.draft_id, draft_version=sent.draft_version,
                company=None if sent.notes.company else company)
        except CoachkitError as error:  # shown, never raised: the draft stays as it is
            reason = str(error).rstrip(". ")
            self.result.value = render_message(
                f"Not recorded: {reason}. Your draft is still here; try again.", error=True)
            return None
        self._asked.add(self._key())
        self._hide_form()
        application = recorded[0]
        self.result.value = render_message(
            recorded_sentence(sent.kind, application.company or company, application.id),
            ok=True)
        self.last = recorded
        return recorded

    def _company(self) -> str:
        notes = self.session.composition.notes
        return (notes.company if notes and notes.company else "") or self.company.value.strip()

    def _key(self) -> Hashable:
        # the message as sent, not the journal's version number: typing in quick
        # succession is coalesced into one version, and moving between steps makes a new
        # version of the same message
        return self.session.draft_id, self.session.copy_text()

    def _show_form(self, question: str) -> None:
        notes = self.session.composition.notes
        self.question.value = render_message(question)
        self.company.layout.display = "none" if notes and notes.company else None
        self.form.layout.display = None

    def _hide_form(self) -> None:
        self.form.layout.display = "none"
