"""The applications store across processes: a killed writer loses nothing acknowledged,
and two writers never corrupt the file nor lose each other's changes."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachkit.applog import ApplicationStore
from coachkit.paths import APPLICATIONS_FILENAME

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

# Adds applications, follow-ups and events forever; after each write returns, prints
# "ack WHAT SEQ" (WHAT: app ID, follow-up, event).
WRITER = """
import sys, time
from coachkit.applog import ApplicationStore
path, pause = sys.argv[1], float(sys.argv[2])
store = ApplicationStore(path)
seq = 0
while True:
    seq += 1
    app = store.add(f"Company {seq}", role="Analyst", applied_on="2026-11-01")
    print("ack app", app.id, seq, flush=True)
    store.record_follow_up(app.id, kind="thank_you", sent_at="2026-11-02 10:00", score=seq % 100)
    print("ack follow-up", app.id, seq, flush=True)
    store.log_event(app.id, "rejected", "2026-11-09", note=f"n{seq}")
    print("ack event", app.id, seq, flush=True)
    if pause:
        time.sleep(pause)
"""

# Waits for "go" on stdin, then logs N events on one application and adds N others.
RACER = """
import sys
from coachkit.applog import ApplicationStore
path, app_id, writer, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
store = ApplicationStore(path)
print("ready", flush=True)
sys.stdin.readline()
for i in range(n):
    store.log_event(app_id, "answer", f"2026-11-{1 + i % 28:02d}", note=f"{writer}{i}")
    store.add(f"{writer} {i}")
store.close()
print("done", flush=True)
"""


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()


def spawn(script: str, *args: object, stdin: int | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("pause", [0.0, 0.01])
def test_a_killed_writer_loses_nothing_it_acknowledged(tmp_path, pause):
    rng = random.Random(f"{pause}-{os.getpid()}")
    path = tmp_path / APPLICATIONS_FILENAME
    ApplicationStore(path).close()
    for _round in range(3):
        child = spawn(WRITER, path, pause)
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("ack"), child.stderr.read() if child.stderr else line
        acks = [line]
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:
            acks.append(child.stdout.readline())
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()  # lines already in the pipe were acknowledged too
        child.wait(timeout=10)
        if child.stderr:
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        acks += [f"{done}\n" for done in rest.split("\n")[:-1]]
        acks = [a for a in acks if a.endswith("\n")]  # only complete lines count

        assert integrity(path) == "ok"
        with ApplicationStore(path) as store:
            for ack in acks:
                _, what, app_id, seq = ack.split()
                app = store.get(app_id)
                assert app.company == f"Company {seq}"
                if what in ("follow-up", "event"):
                    assert [f.score for f in app.follow_ups] == [int(seq) % 100]
                if what == "event":
                    assert app.outcome == "rejected" and app.events[0].note == f"n{seq}"


def test_two_processes_writing_never_corrupt_the_store(tmp_path):
    n = 150
    path = tmp_path / APPLICATIONS_FILENAME
    with ApplicationStore(path) as store:
        shared = store.add("Shared", applied_on="2026-10-01").id
    racers = [spawn(RACER, path, shared, w, n, stdin=subprocess.PIPE) for w in ("A", "B")]
    for racer in racers:
        assert racer.stdout is not None
        assert racer.stdout.readline() == "ready\n", racer.stderr.read() if racer.stderr else ""
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    for racer in racers:
        out, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err
        assert out == "done\n" and "locked" not in err
    assert integrity(path) == "ok"
    with ApplicationStore(path) as store:
        app = store.get(shared)
        notes = [e.note for e in app.events]
        assert sorted(notes) == sorted(f"{w}{i}" for w in "AB" for i in range(n))
        companies = {a.company for a in store.list()}
        assert companies == {"Shared"} | {f"{w} {i}" for w in "AB" for i in range(n)}
        assert app.response_at is not None


OPENER = """
import sys
from coachkit.applog import ApplicationStore
print("ready", flush=True)
sys.stdin.readline()
with ApplicationStore(sys.argv[1]) as store:
    print(store.add(sys.argv[2]).id, flush=True)
"""


def test_processes_opening_a_new_store_at_once_all_succeed(tmp_path):
    path = tmp_path / "new" / APPLICATIONS_FILENAME
    openers = [spawn(OPENER, path, f"c{i}", stdin=subprocess.PIPE) for i in range(4)]
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
    with ApplicationStore(path) as store:
        assert sorted(a.id for a in store.list()) == sorted(ids)
