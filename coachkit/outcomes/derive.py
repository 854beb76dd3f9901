"""The columns the statistics group by, derived from a validated frame."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from coachkit.outcomes.dates import per_unique
from coachkit.outcomes.mapping import Mapping

__all__ = ["DELAY_BANDS", "SCORE_BANDS", "STATUSES", "derive"]

DELAY_BANDS = ("<24 h", "24–48 h", "48–72 h", ">72 h", "none")
SCORE_BANDS = ("0–59", "60–79", "80–100", "no score")
STATUSES = ("responded", "silent", "waiting", "withdrew")


def _role_kind(role: pd.Series, mapping: Mapping) -> pd.Series:
    kind = pd.Series("other", index=role.index, dtype=object)
    kind[role == ""] = "unknown"
    open_ = role != ""
    lowered = role.str.casefold().str.replace(r"[\W_]+", " ", regex=True)
    for name, words in mapping.role_kinds:
        pattern = r"\b(?:" + "|".join(re.escape(w) for w in words if w) + r")\b"
        hit = open_ & lowered.str.contains(pattern, regex=True)
        kind[hit] = name
        open_ &= ~hit
    return kind


def derive(frame: pd.DataFrame, mapping: Mapping) -> pd.DataFrame:
    """Add the columns the statistics group by: status, delay band, score band, role kind."""
    outcome = frame["outcome"]
    responded = frame["response_at"].notna() | outcome.isin(["offer", "rejected"])
    status = np.select([responded, outcome.eq("no_response"), outcome.eq("pending")],
                       ["responded", "silent", "waiting"], "withdrew")
    frame["status"] = pd.Categorical(status, categories=STATUSES)
    interviewed = frame["interviewed_at"].notna()
    sent = frame["follow_up_sent_at"].notna()
    hours = (frame["follow_up_sent_at"] - frame["interviewed_at"]).dt.total_seconds() / 3600
    frame["delay_hours"] = hours
    band = np.select([~interviewed, ~sent, hours < 24, hours < 48, hours < 72],
                     [None, "none", "<24 h", "24–48 h", "48–72 h"], ">72 h")
    frame["delay_band"] = pd.Categorical(band, categories=DELAY_BANDS)
    frame["followed_up"] = pd.Categorical(
        np.select([~interviewed, sent], [None, "follow-up sent"], "no follow-up"),
        categories=["follow-up sent", "no follow-up"])
    score = frame["follow_up_score"]
    frame["score_band"] = pd.Categorical(
        np.select([~interviewed | ~sent, score.isna(), score < 60, score < 80],
                  [None, "no score", "0–59", "60–79"], "80–100"), categories=SCORE_BANDS)
    frame["role_kind"] = per_unique(frame["role"], lambda u: _role_kind(u.astype(str), mapping))
    channel = frame["channel"].str.strip()
    frame["channel"] = channel.where(channel != "", "unknown")
    return frame
