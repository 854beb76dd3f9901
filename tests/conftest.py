"""Shared fixtures: sample notes and drafts written for the tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from coachkit import Draft, InterviewNotes, notes_from_dict
from samples import GOOD_THANK_YOU, NOTES


@pytest.fixture
def notes() -> InterviewNotes:
    return notes_from_dict(NOTES)


@pytest.fixture
def good_draft() -> Draft:
    return Draft.from_text(GOOD_THANK_YOU, sent_at=datetime(2026, 11, 21, 9, 30))


@pytest.fixture(autouse=True, scope="session")
def _private_workspace(tmp_path_factory: pytest.TempPathFactory):
    """Keep every draft the tests save (and the notebooks they run) out of the user's own
    workspace: COACHKIT_HOME points into a temporary folder for the whole run."""
    import os

    home = tmp_path_factory.mktemp("coachkit-home")
    before = os.environ.get("COACHKIT_HOME")
    os.environ["COACHKIT_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("COACHKIT_HOME", None)
    else:
        os.environ["COACHKIT_HOME"] = before
