"""A room submitting at the same moment: separate processes, released together by a
barrier, never lose a submission, never share a revision, never leave a temporary file, and
a coach's board scanning meanwhile never sees a half-written file."""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from workshop_helpers import leftovers, make_folder, participant_process

from coachkit.workshop import WorkshopFolder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX hard links")

# fork starts 30 processes in well under a second; spawn is the fallback elsewhere
CONTEXT = multiprocessing.get_context(
    "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


def run_room(folder: WorkshopFolder, tmp_path: Path, codes: list[str], times: int,
             while_waiting=None) -> list[list[tuple[str, str]]]:
    """Start one process per code, release them together; return what each wrote.
    ``while_waiting()`` is called again and again until every process has finished."""
    barrier = CONTEXT.Barrier(len(codes))
    outs = [tmp_path / f"written-{i}.json" for i in range(len(codes))]
    procs = [CONTEXT.Process(target=participant_process,
                             args=(str(folder.path), code, i, times, barrier, str(out)))
             for i, (code, out) in enumerate(zip(codes, outs, strict=True))]
    for p in procs:
        p.start()
    try:
        if while_waiting is not None:
            while any(p.is_alive() for p in procs):
                while_waiting()
        for p in procs:
            p.join(timeout=120)
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
    assert [p.exitcode for p in procs] == [0] * len(procs)
    return [[tuple(pair) for pair in json.loads(out.read_text(encoding="utf-8"))]
            for out in outs]


def check_room(folder: WorkshopFolder, written: list[list[tuple[str, str]]]) -> None:
    """Nothing lost, nothing shared, nothing left over, everything readable."""
    paths = [Path(path) for one in written for path, _ in one]
    files = sorted((folder.path / "submissions").rglob("*.json"))
    assert len(files) == len(paths) == len(set(paths))  # one file per submit, none shared
    assert sorted(paths) == files
    for one in written:
        for path, text in one:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            assert data["body"] == text  # the content is what that process wrote
            assert Path(path).name == f"{data['participant']}-r{data['revision']:04d}.json"
    revisions: dict[str, list[int]] = defaultdict(list)
    for path in paths:
        code, _, rev = path.stem.rpartition("-r")
        revisions[code].append(int(rev))
    for code, revs in revisions.items():
        assert sorted(revs) == list(range(1, len(revs) + 1)), code  # unique, contiguous
    assert leftovers(folder) == []
    scan = folder.scan()
    assert scan.problems == ()
    assert len(scan.submissions) == len(paths)
    assert {s.participant: s.revision for s in scan.latest} == {
        code: len(revs) for code, revs in revisions.items()}


def test_thirty_participants_submitting_at_the_same_moment(tmp_path):
    folder = make_folder(tmp_path)
    codes = [f"participant-{i:02d}" for i in range(30)]
    written = run_room(folder, tmp_path, codes, times=4)
    assert all(len(one) == 4 for one in written)
    check_room(folder, written)
    for i, one in enumerate(written):  # each process's own revisions in its own order
        assert [Path(p).name for p, _ in one] == [f"{codes[i]}-r{n:04d}.json" for n in (1, 2, 3, 4)]


def test_many_processes_submitting_under_the_same_code(tmp_path):
    folder = make_folder(tmp_path)
    written = run_room(folder, tmp_path, ["shared"] * 12, times=5)
    check_room(folder, written)
    assert len(folder.history("shared")) == 60
    for one in written:  # a process's later submit never gets an earlier revision
        revs = [int(Path(p).stem.rpartition("-r")[2]) for p, _ in one]
        assert revs == sorted(revs)


def test_a_board_scanning_meanwhile_never_sees_a_partial_file(tmp_path):
    folder = make_folder(tmp_path)
    seen: list[int] = []
    problems: list[str] = []

    def board() -> None:
        scan = folder.scan()
        problems.extend(map(str, scan.problems))
        seen.append(len(scan.submissions))
        for sub in scan.submissions:
            assert "Thank you for the panel interview" in sub.body

    codes = [f"p{i:02d}" for i in range(10)] + ["same"] * 6
    written = run_room(folder, tmp_path, codes, times=6, while_waiting=board)
    board()
    assert problems == []
    assert len(seen) > 3
    assert seen == sorted(seen)  # files only ever appear, whole
    assert seen[-1] == 16 * 6
    check_room(folder, written)
