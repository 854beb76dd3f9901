"""Row 1 again, with the prebuilt suggestion index: a long unknown word costs memory in
proportion to its length, through ``coachkit score`` and through a workshop's ``submit``
and ``score``."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from workshop_helpers import PANEL, make_folder

# ``coachkit score`` of an ordinary draft peaks at about 95 MB, and ``workshop score`` of a
# room at about 150 MB, more as the rules grow; a long word may add a few copies of itself
# (the text, its lower-cased form, the report), never a table of its deletions (a 40 KB word
# once took 1.6 GB). A workshop is measured against the same room with an ordinary draft.
SCORE_MEMORY_MB = 150
WORKSHOP_MEMORY_MB = 300
LONG_WORD_EXTRA_MB = 30


def _unknown_word(n: int) -> str:
    rng = random.Random(n)
    return "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(n))


def _draft(word: str) -> str:
    return f"Dear Dana,\n\nThank you for the {word} yesterday.\n\nBest regards,\nAlex\n"


@pytest.mark.parametrize("size", [40_000, 150_000])
def test_row01_long_unknown_word_scores_in_small_memory(size, tmp_path: Path, run_coachkit):
    word = _unknown_word(size)
    path = tmp_path / "draft.txt"
    path.write_text(_draft(word), encoding="utf-8")
    run = run_coachkit("score", "--format", "json", path).expect(0, memory_mb=SCORE_MEMORY_MB)
    spelled = [f for f in json.loads(run.stdout)["findings"]
               if f["rule"] == "correctness.spelling"]
    assert [f["end"] - f["start"] for f in spelled] == [size]
    assert spelled[0]["suggestion"] is None


def _scored_in_a_workshop(room: Path, word: str, run_coachkit):
    room.mkdir()
    path = room / "draft.txt"
    path.write_text(_draft(word), encoding="utf-8")
    folder = make_folder(room, PANEL).path
    run_coachkit("workshop", "submit", folder, path, "--code", "p-1").expect(
        0, memory_mb=WORKSHOP_MEMORY_MB)
    return run_coachkit("workshop", "score", folder).expect(0, memory_mb=WORKSHOP_MEMORY_MB)


def test_row01_long_unknown_word_through_a_workshop(tmp_path: Path, run_coachkit):
    ordinary = _scored_in_a_workshop(tmp_path / "ordinary", "interview", run_coachkit)
    scored = _scored_in_a_workshop(tmp_path / "long", _unknown_word(60_000), run_coachkit)
    assert any(line.startswith("p-1,") for line in scored.stdout.splitlines())
    assert scored.peak_mb - ordinary.peak_mb < LONG_WORD_EXTRA_MB, (
        f"{scored.peak_mb:.0f} MB against {ordinary.peak_mb:.0f} MB for an ordinary draft")
