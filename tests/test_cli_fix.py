"""``coachkit score FILE --fix -o FIXED``: the safe suggestions applied, written to a new
file, never over the input."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re

import pytest

from coachkit.cli import run

DRAFT = ("Dear Dana,\n\nThank you for the chat. I am gonna send the deck.\n"
         "Basically, I beleive it helps. Dear Sir, yes!!\n\nBest regards,\nAlex\n")
FIXED = ("Dear Dana,\n\nThank you for the chat. I am going to send the deck.\n"
         "I believe it helps. Dear Sir, yes.\n\nBest regards,\nAlex\n")


def _run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run(argv, out=out, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_fix_writes_the_fixed_text_and_says_what_changed(draft, tmp_path):
    target = tmp_path / "fixed.txt"
    code, out, err = _run(["score", str(draft), "--fix", "-o", str(target)])
    assert code == 0, err
    assert target.read_text(encoding="utf-8") == FIXED
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert "Applied 4 fixes:" in out
    assert "3:30 [tone.slang] “gonna” → “going to”" in out
    assert "4:1 [concision.wordy] leave out “Basically”" in out
    assert "Left to you (1):" in out and "Dear <interviewer's name>" in out
    assert f"wrote {target}" in out
    before, after = map(int, re.search(r"Overall (\d+)/100 -> (\d+)/100", out).groups())
    assert after > before


def test_fix_as_json(draft, tmp_path):
    target = tmp_path / "fixed.txt"
    code, out, _ = _run(["score", str(draft), "--fix", "-o", str(target), "--format", "json"])
    assert code == 0
    obj = json.loads(out)
    assert obj["overall_after"] > obj["overall_before"]
    assert [f["text"] for f in obj["applied"]] == ["gonna", "Basically", "beleive", "!!"]
    assert obj["skipped"][0]["reason"].startswith("advice")
    for f in obj["applied"]:
        assert DRAFT[f["start"]:f["end"]] == f["text"]


def test_fix_never_replaces_the_input(draft, tmp_path):
    for target in (str(draft), str(tmp_path / "." / "note.txt")):
        for force in ([], ["--force"]):
            code, _, err = _run(["score", str(draft), "--fix", "-o", target, *force])
            assert code == 2 and "never replaces its input" in err
    link = tmp_path / "link.txt"
    os.link(draft, link)
    code, _, err = _run(["score", str(draft), "--fix", "-o", str(link), "--force"])
    assert code == 2 and "is the draft itself" in err
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_an_existing_output_is_kept_unless_forced(draft, tmp_path):
    target = tmp_path / "fixed.txt"
    target.write_text("mine", encoding="utf-8")
    code, _, err = _run(["score", str(draft), "--fix", "-o", str(target)])
    assert code == 2 and "already exists; pass --force" in err
    assert target.read_text(encoding="utf-8") == "mine"
    code, _, _ = _run(["score", str(draft), "--fix", "-o", str(target), "--force"])
    assert code == 0 and target.read_text(encoding="utf-8") == FIXED


def test_fix_from_standard_input(tmp_path):
    target = tmp_path / "fixed.txt"
    code, _, _ = _run(["score", "-", "--fix", "-o", str(target)], stdin=DRAFT)
    assert code == 0 and target.read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize(("argv", "message"), [
    (["--fix"], "--fix needs -o FIXED"),
    (["-o", "x.txt"], "-o/--output goes with --fix"),
    (["--fix", "-o", "-"], "--fix needs -o FIXED"),
])
def test_fix_usage_errors(draft, argv, message):
    code, _, err = _run(["score", str(draft), *argv])
    assert code == 2 and message in err


def test_fix_takes_one_file_and_no_folder(draft, tmp_path):
    code, _, err = _run(["score", str(draft), str(draft), "--fix", "-o", str(tmp_path / "x")])
    assert code == 2 and "one FILE" in err
    code, _, err = _run(["score", str(draft), "--fix", "-o", str(tmp_path)])
    assert code == 2 and "is a folder" in err
