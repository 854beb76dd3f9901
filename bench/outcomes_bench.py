"""Time outcome analytics on 100,000 applications and the dashboard on 1,000.

    python bench/outcomes_bench.py [--rows 100000] [--repeat 3]

The messy line loads the same number of rows as people keep them: stage columns
(recruiter call, phone screen with dates or x), and 5% odd cells in each of the
applied date, status, interview, answer and score columns (free-text statuses, a
date in a status, dates without a year or with a word in front, two dates in a
cell, typos, missing applied dates, scores that are not numbers).

Prints one table: each step's best time of --repeat runs, its target, and the
ratio to a peer measured in the same run (plain ``pandas.read_csv`` for loading,
lifelines' ``KaplanMeierFitter`` for Kaplan–Meier when installed, otherwise a
hand-written product-limit estimator).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import best  # noqa: E402

from coachkit.outcomes import load_applications  # noqa: E402
from coachkit.outcomes.analysis import CHARTS, analyse, to_png  # noqa: E402
from coachkit.outcomes.sample import generate  # noqa: E402
from coachkit.outcomes.stats import (  # noqa: E402
    GROUPINGS,
    durations,
    funnel,
    response_rates,
    time_to_response,
    weekly_activity,
)

AS_OF = pd.Timestamp("2026-11-27")


def hand_km(days: np.ndarray, answered: np.ndarray) -> np.ndarray:
    order = np.argsort(days)
    days, answered = days[order], answered[order]
    _, first = np.unique(days, return_index=True)
    at_risk = len(days) - first
    events = np.add.reduceat(answered.astype(int), first)
    return np.cumprod(1 - events / at_risk)


_ODD_STATUS = ("Rejected ({date})", "ghosted :(", "no reply", "Not moving forward", "hmm??",
               "in progress", "Offer!", "withdrew", "Phone screen", "Rejected {date}")


def messy(frame: pd.DataFrame, seed: int = 3, share: float = 0.05) -> pd.DataFrame:
    """``frame`` (a generated log) written as a person keeps it, with ``share`` odd cells."""
    rng = np.random.default_rng(seed)
    out = frame.copy().astype(object).fillna("")
    n = len(out)
    applied = pd.to_datetime(frame["applied_on"])
    interview = pd.to_datetime(frame["interviewed_at"])
    out["Recruiter call"] = np.where(interview.notna() & (rng.random(n) < 0.5), "x", "")
    out["Phone screen"] = interview.dt.strftime("%m/%d/%Y").fillna("")

    def pick() -> np.ndarray:
        return rng.random(n) < share

    odd = pick()
    kinds = rng.integers(0, 5, n)
    us = applied.dt.strftime("%m/%d/%Y")
    later = (applied + pd.Timedelta(days=9)).dt.strftime("%m/%d/%Y")
    texts = np.select([kinds == 0, kinds == 1, kinds == 2, kinds == 3],
                      [applied.dt.strftime("%-m/%-d"), "before " + us, us + ", " + later,
                       applied.dt.strftime("%Y-13-%d")], "")
    out.loc[odd, "applied_on"] = texts[odd]
    odd = pick()
    words = rng.integers(0, len(_ODD_STATUS), n)
    answer = (applied + pd.Timedelta(days=20)).dt.strftime("%Y-%m-%d")
    out.loc[odd, "outcome"] = [_ODD_STATUS[w].format(date=d)
                               for w, d in zip(words[odd], answer[odd], strict=True)]
    for column, bad in (("interviewed_at", "next week?"), ("response_at", "2026-02-30"),
                        ("follow_up_score", "great")):
        out.loc[pick(), column] = bad
    return out


def time_messy(clean: Path, repeat: int) -> tuple[str, float]:
    """The messy line: ``clean`` rewritten by ``messy``, loaded and analysed."""
    path = clean.with_name("messy.csv")
    messy(pd.read_csv(clean, dtype=str, keep_default_na=False)).to_csv(path, index=False)
    apps = load_applications(path, as_of=AS_OF)
    seconds = best(lambda: analyse(load_applications(path, as_of=AS_OF).frame, AS_OF), repeat)
    return (f"messy log: load + analyse ({apps.rows_read:,} rows, 5% odd cells, "
            f"{len(apps.left_out):,} cells/rows left out)", seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows: list[tuple[str, float, float | None, str, float | None]] = []

    def add(step: str, seconds: float, target: float | None = None, peer: str = "",
            peer_seconds: float | None = None) -> None:
        rows.append((step, seconds, target, peer, peer_seconds))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "applications.csv"
        generate(args.rows, seed=1, end="2026-11-27", days=1500).to_csv(path, index=False)
        size = path.stat().st_size / 1e6
        apps = load_applications(path, as_of=AS_OF)  # warm imports
        load_t = best(lambda: load_applications(path, as_of=AS_OF), args.repeat)
        csv_t = best(lambda: pd.read_csv(path), args.repeat)
        add(f"load + validate ({args.rows:,} rows, {size:.0f} MB)", load_t, None,
            "pandas.read_csv", csv_t)
        frame = apps.frame
        stat_total = 0.0
        for by in (None, *GROUPINGS):
            t = best(lambda by=by: response_rates(frame, by), args.repeat)
            stat_total += t
            add(f"response rate {'overall' if by is None else 'by ' + by}", t)
        t = best(lambda: time_to_response(frame, AS_OF), args.repeat)
        stat_total += t
        days, answered = durations(frame, AS_OF)
        try:
            from lifelines import KaplanMeierFitter

            peer, peer_t = "lifelines KaplanMeierFitter", best(
                lambda: KaplanMeierFitter().fit(days, answered), args.repeat)
        except ImportError:
            peer, peer_t = "hand product-limit", best(lambda: hand_km(days, answered),
                                                      args.repeat)
        add("Kaplan–Meier time to response (with CI and median CI)", t, None, peer, peer_t)
        for name, fn in (("funnel", funnel), ("weekly activity", weekly_activity)):
            t = best(lambda fn=fn: fn(frame), args.repeat)
            stat_total += t
            add(name, t)
        add("TOTAL load + validate + every statistic", load_t + stat_total, 2.0)
        add(*time_messy(path, args.repeat), 2.0)

        result = analyse(frame, AS_OF)
        for section in result.sections:
            t = best(lambda s=section: to_png(s.draw()), args.repeat)
            add(f"chart {section.key} (draw + PNG)", t, 1.0)

    from coachkit.widgets import OutcomesDashboard

    small = generate(1000, seed=4, end="2026-11-27", days=365)
    dash = OutcomesDashboard(as_of=AS_OF)
    assert dash.load(small.to_csv(index=False).encode(), name="bench.csv"), dash.error
    choices = [c for c in dash.channel.options if c != "all"]
    times, full = [], []
    for i in range(max(6, args.repeat * 2)):
        start = time.perf_counter()
        dash.channel.value = choices[i % len(choices)]
        times.append(time.perf_counter() - start)
        for key in CHARTS:
            dash.draw(key)
        full.append(time.perf_counter() - start)
    add(f"dashboard filter change, 1,000 rows (median; open tab '{CHARTS[0]}')",
        statistics.median(times), 0.3)
    add("  … and drawing all five tabs (median)", statistics.median(full))

    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'seconds':>8}  {'target':>7}  {'ok':>3}  peer (ratio = ours/peer)")
    for step, seconds, target, peer, peer_s in rows:
        ok = "" if target is None else ("yes" if seconds <= target else "NO")
        tgt = "" if target is None else f"≤{target:g}"
        ratio = f"{peer}: {peer_s:.3f} s (×{seconds / peer_s:.1f})" if peer_s else ""
        print(f"{step:<{width}}  {seconds:8.3f}  {tgt:>7}  {ok:>3}  {ratio}")


if __name__ == "__main__":
    main()
