"""Time the applications store with 10,000 applications.

    python bench/applog_bench.py [--rows 10000] [--repeat 3]

The store is filled deterministically: a generated log (``outcomes.sample.generate``,
with follow-ups) imported whole, then an event for every application that was answered
or closed (answer, rejection, offer, withdrawal, silence) and a check-in for one in
five. Prints one table: each step's best time of --repeat runs and its target:

- open + to_frame + to_applications, from a new store object: the store's part of
  "the dashboard opens in at most 1 s";
- one log_event + re-read (to_applications on the same store object, which re-reads
  only the changed application): "a logged reply shows in at most 0.3 s";
- importing a 10,000-row CSV into a new store, beside the loader alone on that file.

Beside the wall time, the "cpu" column is the process's CPU time for the same run:
on a machine shared with other work, it is close to what the wall time would be on
an idle one (the fsync of a write is wall time, not CPU time).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.applog import ApplicationStore  # noqa: E402
from coachkit.applog.changes import insert_event  # noqa: E402
from coachkit.outcomes import load_applications  # noqa: E402
from coachkit.outcomes.sample import generate  # noqa: E402

AS_OF = pd.Timestamp("2026-11-27")
_EVENT_OF = {"rejected": "rejected", "offer": "offer", "withdrew": "withdrew",
             "no_response": "no_response"}


def fill(path: Path, log: Path, seed: int = 7) -> int:
    """Import ``log`` into a new store at ``path``, then add events and check-ins."""
    rng = random.Random(seed)
    with ApplicationStore(path) as store:
        store.import_log(log)
        apps = store.list()
        # one transaction for the setup: 10,000 log_event calls would each wait for
        # their own fsync, which is the durability the store promises, not what is timed
        with store._transaction(write=True) as conn:
            for app in apps:
                kind = _EVENT_OF.get(app.outcome) or ("answer" if app.response_at else None)
                if kind:
                    at = app.response_at or pd.Timestamp(app.applied_on).to_pydatetime()
                    insert_event(conn, app.id, kind, at, "")
        for app in rng.sample(apps, len(apps) // 500):  # a few through the public API
            store.record_follow_up(app.id, kind="check_in", sent_at="2026-11-20 09:00")
        return len(apps)


def filled_store(folder: Path, rows: int) -> tuple[Path, Path, int]:
    """Write a generated log of ``rows`` to ``folder`` and fill a new store from it;
    return the log, the store's file and how many applications it holds."""
    log = folder / "applications.csv"
    generate(rows, seed=1, end="2026-11-27", days=1500).to_csv(log, index=False)
    store_path = folder / "store.sqlite3"
    return log, store_path, fill(store_path, log)


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best wall time of ``repeat`` calls, and the CPU time of that call."""
    runs = []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(runs)


def dashboard_open(path: Path) -> None:
    with ApplicationStore(path) as store:
        store.to_frame()
        store.to_applications(as_of=AS_OF)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows: list[tuple[str, tuple[float, float], float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        log, store_path, n = filled_store(folder, args.rows)
        size = sum(p.stat().st_size for p in folder.glob("store.sqlite3*")) / 1e6
        dashboard_open(store_path)  # warm imports
        rows.append((f"open + to_frame + to_applications ({n:,} applications, "
                     f"{size:.1f} MB)", best(lambda: dashboard_open(store_path), args.repeat),
                     1.0))
        with ApplicationStore(store_path) as store:
            store.to_applications(as_of=AS_OF)
            ids = [a.id for a in store.list()]
            picks = iter(random.Random(3).sample(ids, args.repeat * 4))

            def reply() -> None:
                store.log_event(next(picks), "answer", "2026-11-21 10:00")
                store.to_applications(as_of=AS_OF)

            rows.append(("one log_event + re-read (to_applications, same store object)",
                         best(reply, args.repeat), 0.3))
            rows.append(("  … log_event alone (one fsynced transaction)",
                         best(lambda: store.log_event(next(picks), "answer", "2026-11-22"),
                              args.repeat), None))
            rows.append(("  … list() after it (re-reads one application)",
                         best(lambda: (store.log_event(next(picks), "answer", "2026-11-23"),
                                       store.list()), args.repeat), None))
            rows.append(("  … to_frame after a change", best(store.to_frame, args.repeat),
                         None))
        counter = iter(range(args.repeat))

        def import_fresh() -> None:
            with ApplicationStore(folder / f"import-{next(counter)}.sqlite3") as fresh:
                fresh.import_log(log)

        rows.append((f"import a {args.rows:,}-row CSV into a new store",
                     best(import_fresh, args.repeat), None))
        rows.append(("  … the loader alone on that file (load_applications)",
                     best(lambda: load_applications(log, as_of=AS_OF), args.repeat), None))
    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'seconds':>8}  {'cpu':>6}  {'target':>7}  {'ok':>3}")
    for step, (seconds, cpu), target in rows:
        ok = "" if target is None else ("yes" if seconds <= target else "NO")
        tgt = "" if target is None else f"≤{target:g}"
        print(f"{step:<{width}}  {seconds:8.3f}  {cpu:6.3f}  {tgt:>7}  {ok:>3}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
