"""Time every statistic of ``analyse`` on 100,000 clean applications (target: at most 1 s).

    python bench/outcomes_stats_bench.py [--rows 100000] [--repeat 3]

The log is loaded once; the timed step is ``analyse``: response rates overall and by
every grouping, the silence assumption, Kaplan–Meier with its intervals, the funnel,
weekly activity and every sentence (figures are drawn only when asked, so not here).
Prints each statistic's best time of --repeat runs, then the whole.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import best  # noqa: E402

from coachkit.outcomes import load_applications  # noqa: E402
from coachkit.outcomes.analysis import analyse  # noqa: E402
from coachkit.outcomes.sample import generate  # noqa: E402
from coachkit.outcomes.stats import (  # noqa: E402
    GROUPINGS,
    apply_silence,
    default_silence,
    funnel,
    response_rates,
    time_to_response,
    weekly_activity,
)

AS_OF = pd.Timestamp("2026-11-27")
TARGET = 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "applications.csv"
        generate(args.rows, seed=1, end="2026-11-27", days=1500).to_csv(path, index=False)
        frame = load_applications(path, as_of=AS_OF).frame
    analyse(frame, AS_OF)  # warm imports
    rule = default_silence(frame, AS_OF)
    silenced = apply_silence(frame, AS_OF, rule.days)
    steps = [("silence default (90th percentile of the waits)",
              lambda: default_silence(frame, AS_OF)),
             ("silence applied (copy + reclassify)", lambda: apply_silence(frame, AS_OF,
                                                                             rule.days)),
             *((f"response rate {'overall' if by is None else 'by ' + by}",
                lambda by=by: response_rates(silenced, by)) for by in (None, *GROUPINGS)),
             ("Kaplan–Meier time to response", lambda: time_to_response(silenced, AS_OF)),
             ("funnel", lambda: funnel(silenced)),
             ("weekly activity", lambda: weekly_activity(silenced))]
    rows = [(name, best(fn, args.repeat)) for name, fn in steps]
    total = best(lambda: analyse(frame, AS_OF), args.repeat)
    width = max(len(r[0]) for r in rows) + 4
    print(f"{'statistic (' + format(args.rows, ',') + ' clean rows)':<{width}}  seconds")
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds:7.3f}")
    ok = "yes" if total <= TARGET else "NO"
    print(f"{'every statistic and sentence (analyse)':<{width}}  {total:7.3f}  "
          f"target ≤{TARGET:g} s  ok: {ok}")


if __name__ == "__main__":
    main()
