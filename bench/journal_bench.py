"""Benchmark the drafts journal against the plain way: one JSON file per draft.

The peer writes the draft's JSON to a temporary file, fsyncs it and renames it over
the old one (``os.replace``): atomic and durable for one draft, but with no history.
Both run in the same process on the same temporary directory. Prints a table of
median and 95th percentile times and the journal/peer ratio of medians. Not a test:
figures depend on the disk and the machine's load.

    python bench/journal_bench.py            # 300 repeats per figure
    python bench/journal_bench.py --quick    # 60 repeats
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from coachkit.store import DraftJournal

TEXT = ("thank you for the interview on tuesday it was a pleasure to discuss the "
        "warehouse forecasting model and the migration of reports to dbt")
WORDS = TEXT.split(" ")
DRAFTS_IN_LIST = 200


def draft(n: int, words: int = 200) -> dict:
    """Return a 200-word draft that differs with ``n``."""
    body = " ".join(WORDS[(i + n) % len(WORDS)] for i in range(words))
    return {"title": f"Northwind {n}", "subject": "Thank you", "body": body,
            "preview": body[:100], "n": n}


def timings(fn: Callable[[int], object], repeat: int) -> list[float]:
    """Run ``fn(i)`` ``repeat`` times after a short warm-up; return seconds per call."""
    for i in range(min(10, repeat)):
        fn(-1 - i)
    out = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - t)
    return out


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1]


class JsonFiles:
    """The peer: one JSON file per draft, replaced atomically on every save."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    def save(self, draft_id: str, content: dict) -> None:
        target = self.directory / f"{draft_id}.json"
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(content, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)

    def load(self, draft_id: str) -> dict:
        return json.loads((self.directory / f"{draft_id}.json").read_text(encoding="utf-8"))

    def list(self) -> list[tuple[str, float, str]]:
        rows = []
        for path in self.directory.glob("*.json"):
            content = json.loads(path.read_text(encoding="utf-8"))
            rows.append((path.stem, path.stat().st_mtime, content.get("preview", "")[:80]))
        return sorted(rows, key=lambda r: r[1], reverse=True)


def run(repeat: int) -> list[tuple[str, list[float], list[float] | None]]:
    rows: list[tuple[str, list[float], list[float] | None]] = []
    with tempfile.TemporaryDirectory(prefix="coachkit-bench-") as tmp:
        root = Path(tmp)
        peer = JsonFiles(root / "json")
        peer.save("one", draft(0))
        peer_save = timings(lambda i: peer.save("one", draft(i)), repeat)

        with DraftJournal(root / "coalesced.sqlite3") as journal:
            draft_id = journal.create("thank_you", content=draft(0))
            journal.save(draft_id, draft(1))
            rows.append(("save(), coalesced in place",
                         timings(lambda i: journal.save(draft_id, draft(i)), repeat), peer_save))
            assert len(journal.history(draft_id)) == 2
            rows.append(("latest()", timings(lambda i: journal.latest(draft_id), repeat),
                         timings(lambda i: peer.load("one"), repeat)))

        with DraftJournal(root / "versions.sqlite3", coalesce_seconds=0) as journal:
            draft_id = journal.create("thank_you", content=draft(0))
            rows.append(("save(), new version",
                         timings(lambda i: journal.save(draft_id, draft(i)), repeat), peer_save))
            assert len(journal.history(draft_id)) > repeat
            assert journal._conn is not None
            journal._conn.execute("PRAGMA synchronous = NORMAL")
            rows.append(("save(), new version, synchronous=NORMAL",
                         timings(lambda i: journal.save(draft_id, draft(10**6 + i)), repeat),
                         peer_save))

        with DraftJournal(root / "list.sqlite3") as journal:
            listing = JsonFiles(root / "listing")
            for n in range(DRAFTS_IN_LIST):
                journal.create("thank_you", f"Draft {n}", draft(n))
                listing.save(f"d{n}", draft(n))
            assert len(journal.list_drafts()) == DRAFTS_IN_LIST
            rows.append((f"list_drafts(), {DRAFTS_IN_LIST} drafts",
                         timings(lambda i: journal.list_drafts(), max(repeat // 5, 20)),
                         timings(lambda i: listing.list(), max(repeat // 5, 20))))

        big = {"body": "Thank you for the interview. " * 35_000}
        with DraftJournal(root / "big.sqlite3") as journal:
            draft_id = journal.create("thank_you")
            rows.append(("save(), 1 MB draft, coalesced",
                         timings(lambda i: journal.save(draft_id, {**big, "n": i}),
                                 max(repeat // 10, 10)),
                         timings(lambda i: peer.save("big", {**big, "n": i}),
                                 max(repeat // 10, 10))))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="60 repeats instead of 300")
    parser.add_argument("--repeat", type=int, default=None)
    args = parser.parse_args(argv)
    repeat = args.repeat or (60 if args.quick else 300)
    rows = run(repeat)
    peer_name = "JSON file + fsync + os.replace"
    print(f"Drafts journal: 200-word draft, {repeat} repeats; peer: {peer_name} "
          f"(Python {sys.version.split()[0]})")
    header = (f"{'operation':42} {'median ms':>10} {'p95 ms':>8} "
              f"{'peer median':>12} {'peer p95':>9} {'ratio':>6}")
    print(header)
    print("-" * len(header))
    for name, ours, theirs in rows:
        med = statistics.median(ours) * 1e3
        line = f"{name:42} {med:10.3f} {p95(ours) * 1e3:8.3f}"
        if theirs:
            peer_med = statistics.median(theirs) * 1e3
            line += f" {peer_med:12.3f} {p95(theirs) * 1e3:9.3f} {med / peer_med:6.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
