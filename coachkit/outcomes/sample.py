"""A seeded generator of synthetic application logs with realistic rates and delays.

    python -m coachkit.outcomes.sample -n 60 --seed 7 --end 2026-11-27 \
        -o data/sample_applications.csv

About half of the interviews get an answer; a thank-you within 24 hours raises the
chance a little; replies come after a median of about a week; applications without
an answer in the last month are still pending, older ones are marked no_response.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["generate"]

_COMPANIES = ("Northwind Analytics", "Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers",
              "Adventure Works", "Litware", "Proseware", "Lucerne Publishing", "Woodgrove Bank",
              "Alpine Ski House", "Blue Yonder Airlines", "Coho Winery", "Fourth Coffee",
              "Graphic Design Institute", "Humongous Insurance", "Margie's Travel",
              "Trey Research", "VanArsdel", "Wingtip Toys", "Relecloud", "Datum Corporation")
_ROLES = ("Data Analyst", "Operations Analyst", "Software Engineer", "Backend Developer",
          "Product Manager", "UX Designer", "Marketing Coordinator", "Account Executive",
          "Logistics Coordinator", "Business Intelligence Analyst", "Project Manager",
          "Data Scientist")
_CHANNELS = ("job board", "company site", "referral", "recruiter")
_CHANNEL_P = (0.45, 0.25, 0.15, 0.15)
_INTERVIEW_P = {"job board": 0.55, "company site": 0.65, "referral": 0.85, "recruiter": 0.75}


def generate(n: int = 60, *, seed: int = 7, end: str | pd.Timestamp = "2026-11-27",
             days: int = 120) -> pd.DataFrame:
    """Return ``n`` synthetic applications sent over ``days`` days up to ``end``."""
    rng = np.random.default_rng(seed)
    end = pd.Timestamp(end).normalize()
    applied = end - pd.to_timedelta(np.sort(rng.integers(0, days, n))[::-1], "D")
    channel = rng.choice(_CHANNELS, n, p=_CHANNEL_P)
    interviewed = rng.random(n) < np.vectorize(_INTERVIEW_P.get)(channel)
    interview_at = (applied + pd.to_timedelta(rng.integers(4, 21, n), "D")
                    + pd.to_timedelta(rng.integers(9, 17, n), "h"))
    interviewed &= interview_at < end
    sent = interviewed & (rng.random(n) < 0.8)
    delay_h = np.exp(rng.normal(np.log(22), 0.8, n))  # median about 22 hours
    follow_at = (interview_at + pd.to_timedelta(delay_h, "h")).floor("min")
    sent &= follow_at < end
    score = np.clip(rng.normal(80, 10, n), 35, 99).round()

    p_reply = np.where(interviewed, 0.45, 0.30)
    p_reply += np.where(sent & (delay_h < 24), 0.12, 0) + np.where(sent & (delay_h >= 72), -0.08, 0)
    p_reply += np.where(~sent & interviewed, -0.08, 0) + np.where(channel == "referral", 0.08, 0)
    replies = rng.random(n) < p_reply
    start = pd.Series(np.where(interviewed, interview_at, applied))
    wait_days = np.exp(rng.normal(np.log(np.where(interviewed, 8, 12)), 0.6, n))
    response_at = (start + pd.to_timedelta(wait_days * 24, "h")).dt.floor("h")
    replies &= (response_at < end).to_numpy()
    offer = replies & interviewed & (rng.random(n) < 0.3)
    withdrew = ~replies & (rng.random(n) < 0.04)
    stale = (end - start).dt.days.to_numpy() > 30
    outcome = np.select([offer, replies, withdrew, stale], ["offer", "rejected", "withdrew",
                                                          "no_response"], "pending")
    frame = pd.DataFrame({
        "company": rng.choice(_COMPANIES, n),
        "role": rng.choice(_ROLES, n),
        "applied_on": applied.strftime("%Y-%m-%d"),
        "interviewed_at": np.where(interviewed, interview_at.strftime("%Y-%m-%d %H:%M"), ""),
        "follow_up_sent_at": np.where(sent, follow_at.strftime("%Y-%m-%d %H:%M"), ""),
        "follow_up_kind": np.where(sent, "thank_you", ""),
        "follow_up_score": np.where(sent, score.astype(int).astype(str), ""),
        "response_at": np.where(replies, response_at.dt.strftime("%Y-%m-%d %H:%M"), ""),
        "outcome": outcome,
        "channel": channel,
        "notes": "",
    })
    frame.loc[frame["outcome"] == "offer", "notes"] = "offer call with the hiring manager"
    return frame


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic log as CSV; refuse to overwrite unless --force."""
    parser = argparse.ArgumentParser(prog="python -m coachkit.outcomes.sample",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=60, help="number of applications")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--end", default="2026-11-27", help="last application day (ISO date)")
    parser.add_argument("--days", type=int, default=120, help="days the applications span")
    parser.add_argument("-o", "--output", default="-", help="CSV file, or - for standard output")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    frame = generate(args.n, seed=args.seed, end=args.end, days=args.days)
    if args.output == "-":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
        return 0
    path = Path(args.output)
    if path.exists() and not args.force:
        print(f"{path} exists; pass --force to overwrite it", file=sys.stderr)
        return 2
    frame.to_csv(path, index=False, lineterminator="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
