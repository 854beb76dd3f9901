"""Small builders of application logs for the outcomes tests."""

from __future__ import annotations

import pandas as pd

from coachkit.outcomes import load_applications

AS_OF = pd.Timestamp("2026-11-30")


def log(rows: list[dict]) -> pd.DataFrame:
    """A validated frame from a few dicts (missing columns are empty)."""
    base = {"company": "Contoso", "role": "Data Analyst", "applied_on": "2026-10-01",
            "interviewed_at": "", "follow_up_sent_at": "", "follow_up_score": "",
            "response_at": "", "outcome": "pending", "channel": "job board"}
    table = pd.DataFrame([{**base, "company": f"Company {i}", **r} for i, r in enumerate(rows)])
    return load_applications(table, as_of=AS_OF).frame


def waits(events: list[float], censored: list[float]) -> pd.DataFrame:
    """A log whose answers took ``events`` days and whose silences have lasted ``censored``."""
    rows = []
    start = pd.Timestamp("2026-09-01")
    for days in events:
        rows.append({"applied_on": f"{start:%Y-%m-%d}", "outcome": "rejected",
                     "response_at": f"{start + pd.Timedelta(days=days):%Y-%m-%d %H:%M}"})
    for days in censored:
        day = AS_OF - pd.Timedelta(days=days)
        rows.append({"applied_on": f"{day:%Y-%m-%d}", "outcome": "pending"})
    return log(rows)
