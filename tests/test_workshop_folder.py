"""The workshop folder: set-up, submissions and their revisions, participant codes, and a
scan that reports every damaged or foreign file instead of stopping at it."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from workshop_helpers import (
    PANEL,
    REJECTION,
    body,
    clean_body,
    leftovers,
    make_folder,
    panel,
    submit,
)

from coachkit.errors import WorkshopError
from coachkit.workshop import WorkshopFolder, check_code
from coachkit.workshop.folder import MAX_SUBMISSION_BYTES


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


# -- set-up ----------------------------------------------------------------------------------
def test_create_sets_up_a_new_folder(tmp_path):
    folder = WorkshopFolder.create(tmp_path / "new" / "room", PANEL)
    assert (folder.path / "exercise.yml").is_file()
    assert (folder.path / "submissions").is_dir()
    assert folder.exercise().to_dict() == panel().to_dict()
    assert folder.scan().submissions == () and folder.scan().problems == ()


def test_create_reuses_a_folder_for_the_same_exercise(tmp_path):
    folder = make_folder(tmp_path)
    submit(folder, "ab", clean_body())
    before = snapshot(folder.path)
    again = WorkshopFolder.create(folder.path, panel())  # an Exercise, not a path, this time
    assert snapshot(again.path) == before
    assert len(again.scan().submissions) == 1


def test_create_refuses_a_folder_set_up_for_another_exercise(tmp_path):
    folder = make_folder(tmp_path)
    submit(folder, "ab", clean_body())
    before = snapshot(folder.path)
    with pytest.raises(WorkshopError) as caught:
        WorkshopFolder.create(folder.path, REJECTION)
    message = str(caught.value)
    assert str(folder.path) in message
    assert "Thank-you after a panel interview" in message
    assert "Replying to a rejection with grace" in message
    assert snapshot(folder.path) == before


def test_exercise_of_a_folder_that_is_not_a_workshop(tmp_path):
    with pytest.raises(WorkshopError, match=r"not a workshop folder.*exercise\.yml"):
        WorkshopFolder(tmp_path).exercise()
    with pytest.raises(WorkshopError, match="no such workshop folder"):
        WorkshopFolder(tmp_path / "missing").exercise()
    with pytest.raises(WorkshopError, match="not a workshop folder"):
        WorkshopFolder(tmp_path).submit("ab", subject="Hi", body="Hello")


def test_the_exercise_is_read_again_when_its_file_changes(tmp_path):
    folder = make_folder(tmp_path)
    assert folder.exercise().minutes == 20
    target = folder.path / "exercise.yml"
    target.write_text(target.read_text(encoding="utf-8").replace("minutes: 20", "minutes: 25"),
                      encoding="utf-8")
    os.utime(target, ns=(time.time_ns() + 5 * 10**9,) * 2)
    assert folder.exercise().minutes == 25


# -- submitting ------------------------------------------------------------------------------
def test_submit_writes_one_file_that_scan_reads_back(tmp_path):
    folder = make_folder(tmp_path)
    when = datetime(2026, 12, 2, 18, 5, tzinfo=UTC)
    path = folder.submit("Blue-Heron-7", subject="Thank you", body=clean_body("Sam Lee"),
                         sender="Sam Lee", parts={"greeting": "Dear Ms. Raman,"}, now=when)
    assert path == folder.path / "submissions" / "blue-heron-7" / "blue-heron-7-r0001.json"
    assert [p.name for p in (folder.path / "submissions").rglob("*") if p.is_file()] == [
        path.name]
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["format"] == "coachkit-workshop-submission"
    assert (record["exercise"], record["participant"], record["revision"]) == (
        "thank-you-panel", "blue-heron-7", 1)
    scan = folder.scan()
    assert scan.problems == ()
    (sub,) = scan.submissions
    assert (sub.participant, sub.revision, sub.kind) == ("blue-heron-7", 1, "thank_you")
    assert (sub.subject, sub.body, sub.sender) == ("Thank you", clean_body("Sam Lee"), "Sam Lee")
    assert sub.parts == {"greeting": "Dear Ms. Raman,"}
    assert sub.submitted_at == when
    assert sub.path == "submissions/blue-heron-7/blue-heron-7-r0001.json"
    assert leftovers(folder) == []


def test_resubmitting_keeps_every_revision(tmp_path):
    folder = make_folder(tmp_path)
    paths = [submit(folder, "kestrel", clean_body() + f"\nP.S. version {n}") for n in range(3)]
    submit(folder, "otter", clean_body())
    assert [p.name for p in paths] == [f"kestrel-r000{n}.json" for n in (1, 2, 3)]
    assert all(p.exists() for p in paths)
    scan = folder.scan()
    assert [(s.participant, s.revision) for s in scan.submissions] == [
        ("kestrel", 1), ("kestrel", 2), ("kestrel", 3), ("otter", 1)]
    latest = {s.participant: s for s in scan.latest}
    assert latest["kestrel"].revision == 3 and latest["kestrel"].body.endswith("version 2")
    assert [s.revision for s in folder.history("KESTREL")] == [1, 2, 3]


def test_latest_is_by_revision_number_not_by_file_order(tmp_path):
    folder = make_folder(tmp_path)
    for n in range(11):
        submit(folder, "wren", clean_body() + f"\nP.S. {n}")
    (latest,) = folder.scan().latest
    assert latest.revision == 11 and latest.body.endswith("P.S. 10")


@pytest.mark.parametrize("code", ["two words", "a/b", "..", "../up", "", "   ", "x" * 33,
                                  "zoë", "名前", "-leading-dash", "a", "a.b", "a\\b",
                                  "tab\there", "con", "NUL", "com1", "lpt9"])
def test_a_bad_participant_code_is_refused_helpfully(tmp_path, code):
    folder = make_folder(tmp_path)
    with pytest.raises(WorkshopError) as caught:
        folder.submit(code, subject="Hi", body=clean_body())
    message = str(caught.value)
    assert repr(code) in message
    assert "2 to 32 letters, digits" in message and "not your name" in message
    assert list((folder.path / "submissions").iterdir()) == []


def test_codes_are_lower_cased_and_trimmed(tmp_path):
    assert check_code("  Blue-Heron_7 ") == "blue-heron_7"
    assert check_code("x" * 32) == "x" * 32
    folder = make_folder(tmp_path)
    path = folder.submit("ABC", subject="Hi", body=clean_body())
    assert path.parent.name == "abc" and path.name == "abc-r0001.json"
    assert folder.submit("abc", subject="Hi", body=clean_body()).name == "abc-r0002.json"


@pytest.mark.parametrize(("subject", "text"), [("", ""), ("  ", "\n\n  \t")])
def test_an_empty_draft_is_refused(tmp_path, subject, text):
    folder = make_folder(tmp_path)
    with pytest.raises(WorkshopError, match="nothing to submit"):
        folder.submit("ab", subject=subject, body=text)
    assert list((folder.path / "submissions").iterdir()) == []


@pytest.mark.parametrize("text", ["word " * 120_000, "€" * 400_000, "\x01" * 200_000],
                         ids=["characters", "multi-byte", "escaped"])
def test_a_draft_too_long_to_save_is_refused(tmp_path, text):
    folder = make_folder(tmp_path)
    with pytest.raises(WorkshopError, match="far too long"):
        folder.submit("ab", subject="Hi", body=text)
    assert list((folder.path / "submissions").rglob("*.json")) == []
    assert leftovers(folder) == []


def test_the_longest_accepted_draft_is_read_back(tmp_path):
    folder = make_folder(tmp_path)
    path = folder.submit("ab", subject="Hi", body="é" * 450_000)
    assert path.stat().st_size <= MAX_SUBMISSION_BYTES
    scan = folder.scan()
    assert scan.problems == () and len(scan.submissions[0].body) == 450_000


# -- damaged, partial and foreign files --------------------------------------------------------
def record(folder: WorkshopFolder, code: str = "ab", revision: int = 1, **fields) -> dict:
    data = {"format": "coachkit-workshop-submission", "format_version": 1,
            "exercise": folder.exercise().id, "participant": code, "revision": revision,
            "submitted_at": "2026-12-02T18:00:00+00:00", "kind": "thank_you",
            "subject": "Thank you", "body": clean_body(), "sender": "", "parts": {},
            "notes": None, "score": None}
    data.update(fields)
    return data


def place(folder: WorkshopFolder, rel: str, content: bytes | str | dict) -> Path:
    path = folder.path / "submissions" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def one_problem(folder: WorkshopFolder, rel: str, *words: str) -> None:
    """The good submission is still read; exactly one problem, naming ``rel``."""
    scan = folder.scan()
    assert [(s.participant, s.revision) for s in scan.submissions] == [("good", 1)]
    assert len(scan.problems) == 1, scan.problems
    (problem,) = scan.problems
    assert problem.path == f"submissions/{rel}"
    assert problem.message.endswith("skipped")
    for word in words:
        assert word in problem.message
    assert str(problem).startswith(f"submissions/{rel}: ")


@pytest.fixture
def room(tmp_path) -> WorkshopFolder:
    folder = make_folder(tmp_path)
    submit(folder, "good", clean_body())
    return folder


def test_truncated_json_is_a_problem(room):
    full = json.dumps(record(room))
    place(room, "ab/ab-r0001.json", full[: len(full) // 2])
    one_problem(room, "ab/ab-r0001.json", "damaged or partial JSON", "line 1")


def test_an_empty_file_is_a_problem(room):
    place(room, "ab/ab-r0001.json", b"")
    one_problem(room, "ab/ab-r0001.json", "empty file")


def test_non_utf8_bytes_are_a_problem(room):
    place(room, "ab/ab-r0001.json", json.dumps(record(room)).encode() + b"\xff\xfe")
    one_problem(room, "ab/ab-r0001.json", "not UTF-8")


@pytest.mark.parametrize("content", ['{"hello": "world"}', "[1, 2, 3]", "null", '"text"',
                                     '{"format": "something-else"}'])
def test_json_that_is_not_a_submission_is_a_problem(room, content):
    place(room, "ab/ab-r0001.json", content)
    one_problem(room, "ab/ab-r0001.json", "not a coachkit submission")


@pytest.mark.parametrize("content", [b"[" * 100_000, b"1" * 5_000,
                                     b'{"format": "coachkit-workshop-submission", "n": '
                                     + b"9" * 5_000 + b"}"], ids=["deep", "number", "field"])
def test_json_too_deep_or_with_a_huge_number_is_a_problem(room, content):
    place(room, "ab/ab-r0001.json", content)
    one_problem(room, "ab/ab-r0001.json", "not a coachkit submission")


def test_a_submission_for_another_exercise_is_a_problem(room):
    place(room, "ab/ab-r0001.json", record(room, exercise="rejection-reply-graceful"))
    one_problem(room, "ab/ab-r0001.json", "'rejection-reply-graceful'", "'thank-you-panel'")


@pytest.mark.parametrize("fields", [{"participant": "cd"}, {"revision": 2}, {"revision": "1"},
                                    {"revision": True}],
                         ids=["participant", "revision", "revision-text", "revision-bool"])
def test_a_file_disagreeing_with_its_name_is_a_problem(room, fields):
    place(room, "ab/ab-r0001.json", record(room, **fields))
    one_problem(room, "ab/ab-r0001.json", "participant/revision")


def test_a_file_named_for_another_participant_is_a_problem(room):
    place(room, "ab/cd-r0001.json", record(room, code="cd"))
    one_problem(room, "ab/cd-r0001.json", "'cd'", "'ab'")


@pytest.mark.parametrize(("fields", "named"), [
    ({"body": 42}, "body"), ({"body": None}, "body"), ({"subject": ["a"]}, "subject"),
    ({"sender": {"a": 1}}, "sender"), ({"kind": "memo"}, "kind"), ({"parts": [1]}, "parts"),
    ({"submitted_at": "yesterday"}, "submitted_at"), ({"submitted_at": 5}, "submitted_at"),
], ids=["body-number", "body-null", "subject", "sender", "kind", "parts", "when", "when-number"])
def test_a_wrong_typed_field_is_a_problem(room, fields, named):
    place(room, "ab/ab-r0001.json", record(room, **fields))
    one_problem(room, "ab/ab-r0001.json", "wrong type", named)


def test_missing_body_is_a_problem(room):
    data = record(room)
    del data["body"]
    place(room, "ab/ab-r0001.json", data)
    one_problem(room, "ab/ab-r0001.json", "body")


def test_a_stray_file_in_submissions_is_a_problem(room):
    place(room, "notes.txt", "my notes")
    one_problem(room, "notes.txt", "not a participant folder")


@pytest.mark.parametrize("name", ["notes.txt", "ab-r1.json", "ab-r0001.json.bak", "ab.json",
                                  "AB-r0001.json"])
def test_a_stray_file_in_a_participant_folder_is_a_problem(room, name):
    place(room, f"ab/{name}", json.dumps(record(room)))
    one_problem(room, f"ab/{name}", "not a submission file")


def test_a_folder_in_a_participant_folder_is_a_problem(room):
    (room.path / "submissions" / "ab" / "ab-r0001.json").mkdir(parents=True)
    one_problem(room, "ab/ab-r0001.json", "not a submission file")


def test_a_file_over_one_megabyte_is_a_problem(room):
    data = record(room, body="x" * MAX_SUBMISSION_BYTES)
    place(room, "ab/ab-r0001.json", data)
    one_problem(room, "ab/ab-r0001.json", "more than a submission can be")


def test_a_stale_temporary_file_is_reported_and_a_fresh_one_ignored(room):
    stale = place(room, "ab/.ab-123-abcd.tmp", "{")
    old = time.time() - 11 * 60
    os.utime(stale, (old, old))
    fresh = place(room, "cd/.cd-456-ef01.tmp", "{")
    one_problem(room, "ab/.ab-123-abcd.tmp", "interrupted submission")
    assert fresh.exists() and stale.exists()  # reading never deletes
    os.utime(stale, (time.time() - 9 * 60,) * 2)
    assert room.scan().problems == ()


def test_hidden_files_and_folders_are_ignored(room):
    place(room, ".DS_Store", b"\x00\x01")
    place(room, ".sync/ab-r0001.json", "{")
    place(room, "ab/.DS_Store", b"\x00")
    assert room.scan().problems == ()


def test_every_problem_is_listed_and_every_good_file_kept(room):
    place(room, "ab/ab-r0001.json", b"")
    place(room, "ab/ab-r0002.json", record(room, revision=2))
    place(room, "cd/cd-r0001.json", "{")
    place(room, "readme.md", "hello")
    scan = room.scan()
    assert [(s.participant, s.revision) for s in scan.submissions] == [("ab", 2), ("good", 1)]
    assert sorted(p.path for p in scan.problems) == [
        "submissions/ab/ab-r0001.json", "submissions/cd/cd-r0001.json", "submissions/readme.md"]


def test_a_submission_after_a_damaged_file_takes_the_next_revision(room):
    place(room, "good/good-r0002.json", "{")
    path = submit(room, "good", body("Second try."))
    assert path.name == "good-r0003.json"
    assert [s.revision for s in room.scan().submissions] == [1, 3]


def test_a_participant_folder_removed_during_the_scan_is_a_problem(room, monkeypatch):
    place(room, "gone/gone-r0001.json", record(room, code="gone"))
    real = os.scandir

    def vanishing(path):
        if str(path).endswith("gone"):
            raise FileNotFoundError(2, "No such file or directory")
        return real(path)

    monkeypatch.setattr(os, "scandir", vanishing)
    one_problem(room, "gone", "cannot be read", "No such file")


def test_the_fingerprint_changes_with_what_scan_would_read(room):
    before = room.fingerprint()
    assert room.fingerprint() == before  # nothing read, nothing changed
    temp = place(room, "ab/.ab-1-x.tmp", b"{")  # a write in progress
    writing = room.fingerprint()
    assert writing != before
    old = time.time() - 3600  # left over: scan() starts reporting it, so it is news
    os.utime(temp, (old, old))
    assert room.fingerprint() != writing
    temp.unlink()
    submit(room, "ab", clean_body())
    after_submit = room.fingerprint()
    assert after_submit != before
    place(room, "stray.txt", "hello")
    assert room.fingerprint() != after_submit
    assert WorkshopFolder(room.path / "nowhere").fingerprint() == ()
