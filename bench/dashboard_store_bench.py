"""Time the dashboard on the person's store with 10,000 applications.

    python bench/dashboard_store_bench.py [--rows 10000] [--repeat 3]

The store is filled as ``applog_bench.py`` fills it (a generated log imported whole,
then events and check-ins). Prints one table, each step's best time of --repeat runs
with the process's CPU time beside it (close to the wall time on an idle machine):

- opening ``OutcomesDashboard(store=...)`` on a new store object, until its counts,
  headline and first chart are shown: "the dashboard opens in at most 1 s";
- pressing "Log it" in its log form (an answer for an application still waiting),
  until the counts line and the headline show it: "a logged reply shows in at most
  0.3 s"; then how long the waiting list and the "what works" panel take to catch up
  when their sections are shown.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from applog_bench import AS_OF, best, filled_store  # noqa: E402

from coachkit.applog import ApplicationStore  # noqa: E402
from coachkit.widgets.dashboard import OutcomesDashboard  # noqa: E402

Row = tuple[str, tuple[float, float], float | None]


def open_dashboard(path: Path, *, catch_up: bool = False) -> OutcomesDashboard:
    """A dashboard on a new store object at ``path``, its counts, headline and chart shown
    (and its waiting list and "what works" panel too when ``catch_up``). The panels wait
    for ``catch_up()`` as they wait in a kernel for the counts and headline to be sent."""
    board = OutcomesDashboard(store=ApplicationStore(path), as_of=AS_OF, defer=True)
    assert board.counts.value and board.headline.value and board.figures
    if catch_up:
        board.catch_up()
        assert board.what_works.text.value
    return board


def log_rows(board: OutcomesDashboard, repeat: int) -> list[Row]:
    """Press "Log it" for waiting applications; time it, then the panels catching up."""
    form = board.log_form
    waiting = [a.id for a in board.store.list() if a.outcome == "pending"]
    picks = iter(random.Random(5).sample(waiting, repeat * 2))

    def press() -> None:
        before = board.counts.value
        form.application.value = next(picks)
        form.kind.value = "answer"
        form.on.value = date(2026, 11, 21)
        form.log_button.click()
        assert board.counts.value != before, form.result.value

    rows: list[Row] = [("press Log it until the counts and headline show the reply",
                        best(press, repeat), 0.3)]

    def press_and_catch_up() -> None:
        press()
        board.catch_up()

    rows.append(("  … and until the waiting list and 'what works' catch up",
                 best(press_and_catch_up, repeat), None))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        _log, store_path, n = filled_store(Path(tmp), args.rows)
        open_dashboard(store_path, catch_up=True).store.close()  # warm imports, matplotlib
        boards: list[OutcomesDashboard] = []
        rows: list[Row] = [
            (f"open OutcomesDashboard(store=…) on {n:,} applications: counts, headline, "
             "chart", best(lambda: boards.append(open_dashboard(store_path)), args.repeat),
             1.0),
            ("  … and until the waiting list and 'what works' are shown",
             best(lambda: boards.append(open_dashboard(store_path, catch_up=True)),
                  args.repeat), None)]
        board = boards[-1]
        rows += log_rows(board, args.repeat)
        for b in boards:
            b.store.close()
    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'seconds':>8}  {'cpu':>6}  {'target':>7}  {'ok':>3}")
    for step, (seconds, cpu), target in rows:
        ok = "" if target is None else ("yes" if cpu <= target else "NO")
        tgt = "" if target is None else f"≤{target:g}"
        print(f"{step:<{width}}  {seconds:8.3f}  {cpu:6.3f}  {tgt:>7}  {ok:>3}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          "ok compares the CPU time, the wall time on a quiet machine)")


if __name__ == "__main__":
    main()
