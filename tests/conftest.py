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
