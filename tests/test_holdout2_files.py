"""Checks that the second held-out set (tests/holdout2) is well formed; it scores nothing."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from coachkit.model import InterviewNotes
from coachkit.notes import load_notes

HOLDOUT2 = Path(__file__).parent / "holdout2"
CORPUS_NOTES = Path(__file__).parent / "corpus" / "notes"
KINDS = ("thank_you", "check_in", "rejection_reply", "additional_info")
QUALITIES = ("good", "bad")
KIND_CODES = {"thank_you": "ty", "check_in": "ci", "rejection_reply": "rr", "additional_info": "ai"}
FIELDS = {"id", "file", "kind", "quality", "scenario", "sent_hours", "why"}


def _index() -> list[dict[str, Any]]:
    """Return the parsed index entries."""
    return yaml.safe_load((HOLDOUT2 / "index.yaml").read_text(encoding="utf-8"))


def _notes_path(scenario: str) -> Path:
    """Return the notes file of a scenario: this set's own first, else the corpus's."""
    own = HOLDOUT2 / "notes" / f"{scenario}.yml"
    return own if own.is_file() else CORPUS_NOTES / f"{scenario}.yml"


INDEX = _index()


def _notes(scenario: str) -> InterviewNotes:
    """Load a scenario's notes with coachkit's own loader."""
    return load_notes(_notes_path(scenario))


def test_index_is_a_list_of_mappings() -> None:
    assert isinstance(INDEX, list)
    assert all(isinstance(e, dict) for e in INDEX)


def test_ids_are_unique_and_match_files() -> None:
    ids = [e["id"] for e in INDEX]
    assert len(ids) == len(set(ids))
    for e in INDEX:
        assert Path(e["file"]).stem == e["id"]
        assert Path(e["file"]).parent.as_posix() == "drafts"
        assert (HOLDOUT2 / e["file"]).is_file(), e["file"]


def test_every_draft_file_is_indexed() -> None:
    on_disk = {p.relative_to(HOLDOUT2).as_posix() for p in (HOLDOUT2 / "drafts").glob("*")}
    assert on_disk == {e["file"] for e in INDEX}


@pytest.mark.parametrize("entry", INDEX, ids=lambda e: e["id"])
def test_entry_fields(entry: dict[str, Any]) -> None:
    assert set(entry) <= FIELDS
    assert entry["kind"] in KINDS
    assert entry["quality"] in QUALITIES
    assert entry["id"].startswith(f"{entry['quality']}-{KIND_CODES[entry['kind']]}-")
    assert _notes_path(entry["scenario"]).is_file(), entry["scenario"]
    hours = entry["sent_hours"]
    assert isinstance(hours, int | float) and not isinstance(hours, bool) and hours >= 0
    if entry["quality"] == "bad":
        assert isinstance(entry["why"], list) and entry["why"]
        assert all(isinstance(w, str) and w.strip() for w in entry["why"])
    else:
        assert "why" not in entry


@pytest.mark.parametrize("scenario", sorted({e["scenario"] for e in INDEX}))
def test_scenario_notes_load(scenario: str) -> None:
    notes = _notes(scenario)
    assert notes.company and notes.role and notes.interviewers
    assert notes.interviewed_at is not None and notes.decision_by is not None


@pytest.mark.parametrize("entry", INDEX, ids=lambda e: e["id"])
def test_draft_layout(entry: dict[str, Any]) -> None:
    text = (HOLDOUT2 / entry["file"]).read_text(encoding="utf-8")
    assert text.strip() and text.endswith("\n") and "\r" not in text
    if text.startswith("Subject:"):
        assert text.split("\n")[1] == "", "the subject line is followed by a blank line"


def test_size_and_mix() -> None:
    assert len(INDEX) >= 40
    by_quality = Counter(e["quality"] for e in INDEX)
    assert by_quality["good"] >= 15 and by_quality["bad"] >= 15
    for quality in QUALITIES:
        kinds = {e["kind"] for e in INDEX if e["quality"] == quality}
        assert kinds == set(KINDS), quality


def test_good_send_times_fit_the_kind() -> None:
    for e in INDEX:
        if e["quality"] != "good":
            continue
        notes = _notes(e["scenario"])
        sent = notes.interviewed_at + timedelta(hours=e["sent_hours"])
        if e["kind"] == "thank_you":
            assert e["sent_hours"] <= 48, e["id"]
        if e["kind"] == "check_in":
            assert sent.date() > notes.decision_by, e["id"]
        if e["kind"] == "additional_info":
            assert 24 <= e["sent_hours"] <= 120, e["id"]
