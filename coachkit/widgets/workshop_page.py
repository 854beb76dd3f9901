"""The participants' page as a Solara app: the workshop composer, one per open page.

Solara runs this module's ``Page`` once for every page a participant opens, each in a
virtual kernel of its own inside the one server process, so every participant gets a
composer (and a ``WorkshopSession``) of their own. The workshop folder comes from
``$COACHKIT_WORKSHOP``, as for the Voilà page.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import ipywidgets as w
import solara

from coachkit.errors import CoachkitError
from coachkit.paths import room_drafts_path
from coachkit.store import DraftJournal
from coachkit.widgets.composer import FollowUpComposer
from coachkit.workshop.folder import WorkshopFolder, default_folder

__all__ = ["Page", "build_in_turn", "participant_page", "room_folder", "room_journal"]

T = TypeVar("T")
MAX_PAUSE = 0.5  # seconds at most between two pages built back to back


WELCOME = """
<h2>Write your follow-up</h2>
<p>Write the message you would send after the interview described below; your coach
collects everyone's drafts to discuss them with the room.</p>
<ol>
<li><b>Choose a code</b> in <i>Your code</i>, such as <code>blue-heron-7</code>: two to
thirty-two letters, digits or dashes. <b>Use a code, not your name</b>: it is how the
coach tells the drafts apart.</li>
<li><b>Write each part</b> of the message. The preview shows the whole message, with its
score and every point to fix. Sign it with any name you like: names are hidden when
drafts are shown to the room.</li>
<li><b>Press <i>Submit to workshop</i></b> when you are happy with it. You can submit
again as often as you like: the coach sees your newest version. If the page is
reloaded, type your code and press <i>Reopen my last submission</i>.</li>
</ol>
"""


def participant_page() -> w.VBox:
    """The welcome and a fresh workshop composer on the room's folder (without the notes
    form and export pane, which a participant does not use)."""
    folder = room_folder(default_folder())
    composer = FollowUpComposer(workshop=folder, journal=room_journal(folder.path),
                                applications=False, lightweight=True)
    parts = composer.parts
    return w.VBox([parts.html(WELCOME), composer],
                  layout=parts.layout(max_width="1200px", margin="0 auto", padding="12px"))


@functools.lru_cache(maxsize=4)
def room_folder(path: Path) -> WorkshopFolder:
    """The room's folder, one for every page this server shows: its exercise file is
    read once (and again when it changes) instead of once per page opened."""
    return WorkshopFolder(path)


@functools.lru_cache(maxsize=4)
def room_journal(folder: Path) -> DraftJournal | None:
    """The room's drafts journal, opened once for every page this server shows: its
    pages then take turns on one connection instead of waiting on the file's lock.
    None when it cannot be opened (each page then opens its own and says why)."""
    try:
        return DraftJournal(room_drafts_path(room_folder(folder).exercise().id))
    except CoachkitError:  # the page says what is wrong when it opens the journal itself
        return None


@solara.component
def Page() -> solara.Element:
    """One participant's page: built once per open page, kept across re-renders; what
    was typed last is saved when the page's kernel closes."""
    page = solara.use_memo(_build_page, [])
    composer = page.children[1]
    solara.use_effect(lambda: composer.flush, [])
    # the page as the child of an element rather than shown with display(), which would
    # format the whole widget tree and wrap it in an Output widget
    return w.VBox.element(children=[page], layout=composer.parts.layout())


class _PageBuilds:
    """Pages built one at a time, each right after another waiting as long as that one took.

    A room opening at once would otherwise share the processor among a hundred builds,
    and the keys of those already typing would wait behind all of them instead of behind
    one; and with builds back to back, those typing would have the processor only
    between a build's slices. Waiting as long as the last build took leaves them at
    least half of it while the room opens (a build slowed down by typing waits longer,
    up to MAX_PAUSE: one held up by a busy file must not hold up the next); a page
    opened on its own never waits."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next = 0.0  # time.monotonic() when the next build may start

    def build(self, make: Callable[[], T]) -> T:
        """What ``make`` builds, built after what was asked for before it."""
        with self._lock:
            time.sleep(max(0.0, self._next - time.monotonic()))
            start = time.monotonic()
            try:
                return make()
            finally:
                end = time.monotonic()
                self._next = end + min(end - start, MAX_PAUSE)


_BUILDS = _PageBuilds()


def build_in_turn(make: Callable[[], T]) -> T:
    """Build a page of this server with ``make``, one page at a time (see _PageBuilds)."""
    return _BUILDS.build(make)


def _build_page() -> w.VBox:
    return build_in_turn(participant_page)
