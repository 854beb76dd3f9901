"""Where coachkit keeps its files: the home folder and what lives in it.

    home()                    $COACHKIT_HOME, else the platform's user data folder
    drafts_journal_path()     home()/drafts.sqlite3, the personal drafts journal
    applications_store_path() home()/applications.sqlite3, the personal outcome log
    workshop_folder(id)       $COACHKIT_WORKSHOP, else home()/workshops/<exercise id>
    room_drafts_path(id)      home()/workshop-drafts/<exercise id>.sqlite, a room's drafts

Nothing here creates a folder; the code that writes there does.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "APPLICATIONS_FILENAME",
    "DRAFTS_FILENAME",
    "ENV_HOME",
    "ENV_WORKSHOP",
    "applications_store_path",
    "drafts_journal_path",
    "home",
    "room_drafts_path",
    "workshop_folder",
]

ENV_HOME = "COACHKIT_HOME"
ENV_WORKSHOP = "COACHKIT_WORKSHOP"  # the folder the workshop app submits to
DRAFTS_FILENAME = "drafts.sqlite3"
APPLICATIONS_FILENAME = "applications.sqlite3"
APP_NAME = "coachkit"


def home(chosen: str | os.PathLike[str] | None = None) -> Path:
    """Return ``chosen``, else ``$COACHKIT_HOME``, else the user data folder."""
    if chosen is None:
        chosen = os.environ.get(ENV_HOME) or None
    if chosen is None:
        import platformdirs  # only when the default is needed

        chosen = platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(chosen).expanduser()


def drafts_journal_path(chosen_home: str | os.PathLike[str] | None = None) -> Path:
    """Return the personal drafts journal file in the home folder."""
    return home(chosen_home) / DRAFTS_FILENAME


def applications_store_path(chosen_home: str | os.PathLike[str] | None = None) -> Path:
    """Return the personal applications store (the outcome log) in the home folder."""
    return home(chosen_home) / APPLICATIONS_FILENAME


def workshop_folder(exercise_id: str = "") -> Path:
    """Return ``$COACHKIT_WORKSHOP``, else ``workshops/<exercise id>`` in the home folder."""
    chosen = os.environ.get(ENV_WORKSHOP)
    if chosen:
        return Path(chosen).expanduser()
    return home() / "workshops" / (exercise_id or "workshop")


def room_drafts_path(exercise_id: str) -> Path:
    """Return the drafts journal of a workshop room, apart from the personal one."""
    return home() / "workshop-drafts" / f"{exercise_id}.sqlite"
