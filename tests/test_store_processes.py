"""The drafts journal across processes: a killed writer loses nothing acknowledged, and
two writers on the same draft never corrupt it or collide on a version number."""

from __future__ import annotations

import itertools
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachkit.store import FILENAME, DraftJournal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

# Saves a changing draft forever; after each save() returns, prints "ack VERSION SEQ".
TYPIST = """
import sys, time
from coachkit.store import DraftJournal
path, draft_id, coalesce, pause = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
journal = DraftJournal(path, coalesce_seconds=coalesce)
seq = 0
while True:
    seq += 1
    words = " ".join(f"word{i}" for i in range(seq % 300))
    version = journal.save(draft_id, {"seq": seq, "body": words})
    print("ack", version, seq, flush=True)
    if pause:
        time.sleep(pause)
"""

# Waits for "go" on stdin, then saves SAVES versions (pausing PAUSE s between); prints "done".
RACER = """
import sys, time
from coachkit.store import DraftJournal
path, draft_id, writer, saves, coalesce, pause = sys.argv[1:7]
journal = DraftJournal(path, coalesce_seconds=float(coalesce))
print("ready", flush=True)
sys.stdin.readline()
for n in range(int(saves)):
    journal.save(draft_id, {"writer": writer, "n": n, "body": f"{writer} " * (n % 50)})
    if float(pause):
        time.sleep(float(pause))
journal.close()
print("done", flush=True)
"""


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()


def version_numbers(path: Path, draft_id: str) -> list[int]:
    raw = sqlite3.connect(path)
    try:
        return [v for (v,) in raw.execute(
            "SELECT version FROM versions WHERE draft_id = ? ORDER BY rowid", (draft_id,))]
    finally:
        raw.close()


def spawn(script: str, *args: object, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize(("coalesce", "pause"), [(60.0, 0.02), (0.0, 0.02), (60.0, 0.0),
                                                 (0.0, 0.0)])
def test_a_killed_writer_loses_nothing_it_acknowledged(tmp_path, coalesce, pause):
    rng = random.Random(f"{coalesce}-{pause}-{os.getpid()}")
    path = tmp_path / FILENAME
    with DraftJournal(path) as journal:
        draft_id = journal.create("thank_you")
    for _round in range(3):
        child = spawn(TYPIST, path, draft_id, coalesce, pause)
        assert child.stdout is not None
        acks: list[tuple[int, int]] = []
        line = child.stdout.readline()
        assert line.startswith("ack"), child.stderr.read() if child.stderr else line
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            _, version, seq = line.split()
            acks.append((int(version), int(seq)))
            line = child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        # read through the file object: lines it has already buffered count too
        # (communicate() with a timeout reads the pipe itself and would skip them)
        rest = child.stdout.read()
        child.wait(timeout=10)
        if child.stderr:
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        # lines already in the pipe were acknowledged before the kill too; a line is
        # written whole (far below PIPE_BUF), so only complete lines count
        for done in (line + rest).split("\n")[:-1]:
            _, version, seq = done.split()
            acks.append((int(version), int(seq)))
        assert acks
        last_version, last_seq = acks[-1]

        assert integrity(path) == "ok"
        with DraftJournal(path) as journal:
            latest = journal.latest(draft_id)
            assert latest.content["seq"] in (last_seq, last_seq + 1), (latest, acks[-3:])
            assert latest.version in (last_version, last_version + 1)
            assert journal.version(draft_id, last_version).content["seq"] >= last_seq
        numbers = version_numbers(path, draft_id)
        assert numbers == list(range(1, len(numbers) + 1))


# pause 0: as fast as they can (one writer mostly waits for the other);
# a short pause makes their saves interleave
@pytest.mark.parametrize(("coalesce", "pause"), [(60.0, 0.0), (0.0, 0.0), (60.0, 0.002),
                                                 (0.0, 0.002)])
def test_two_processes_saving_one_draft_never_corrupt_it(tmp_path, coalesce, pause):
    saves = 300
    path = tmp_path / FILENAME
    with DraftJournal(path) as journal:
        draft_id = journal.create("thank_you")
    racers = [spawn(RACER, path, draft_id, writer, saves, coalesce, pause, stdin=subprocess.PIPE)
              for writer in ("A", "B")]
    for racer in racers:
        assert racer.stdout is not None
        assert racer.stdout.readline() == "ready\n", racer.stderr.read() if racer.stderr else ""
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    for racer in racers:
        out, err = racer.communicate(timeout=60)
        assert racer.returncode == 0, err
        assert out == "done\n" and "locked" not in err

    assert integrity(path) == "ok"
    numbers = version_numbers(path, draft_id)
    assert sorted(numbers) == list(range(1, len(numbers) + 1))  # no gaps, no duplicates
    with DraftJournal(path) as journal:
        history = journal.history(draft_id)
    assert [v.version for v in history] == numbers
    seen: dict[str, list[int]] = {"A": [], "B": []}
    for v in history[1:]:
        assert set(v.content) == {"writer", "n", "body"}
        assert v.content["body"] == f"{v.content['writer']} " * (v.content["n"] % 50)
        seen[v.content["writer"]].append(v.content["n"])
    for ns in seen.values():
        assert ns == sorted(ns) and ns[-1] == saves - 1  # each writer's last save survives
    writers = [v.content["writer"] for v in history[1:]]
    switches = sum(a != b for a, b in itertools.pairwise(writers))
    assert switches >= (10 if pause else 1), f"the writers barely overlapped ({switches})"
    if coalesce == 0:
        assert len(history) == 1 + 2 * saves  # every save is its own version
    # a writer only ever rewrote its own versions: the versions alternate between writers
    if coalesce:
        assert switches == len(writers) - 1


# Opens a journal that may not exist yet, waits for "go", creates a draft, prints its id.
OPENER = """
import sys
from coachkit.store import DraftJournal
print("ready", flush=True)
sys.stdin.readline()
with DraftJournal(sys.argv[1]) as journal:
    print(journal.create("thank_you", sys.argv[2]), flush=True)
"""


def test_processes_opening_a_new_journal_at_once_all_succeed(tmp_path):
    path = tmp_path / "new" / FILENAME
    openers = [spawn(OPENER, path, f"t{i}", stdin=subprocess.PIPE) for i in range(4)]
    for opener in openers:
        assert opener.stdout is not None and opener.stdout.readline() == "ready\n"
    for opener in openers:
        assert opener.stdin is not None
        opener.stdin.write("go\n")
        opener.stdin.flush()
    ids = []
    for opener in openers:
        out, err = opener.communicate(timeout=30)
        assert opener.returncode == 0, err
        ids.append(out.strip())
    assert integrity(path) == "ok"
    with DraftJournal(path) as journal:
        assert sorted(d.id for d in journal.list_drafts()) == sorted(ids)
        assert sorted(d.title for d in journal.list_drafts()) == [f"t{i}" for i in range(4)]
