"""The store as a log: the frame (documented columns, then the store's extras), the
validated Applications, and CSV files, plain or anonymous."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachkit.applog.records import Application, FollowUp

if TYPE_CHECKING:
    import pandas as pd

    from coachkit.outcomes import Applications

__all__ = ["EXTRA_COLUMNS", "applications_of", "frame_of", "write_csv"]

EXTRA_COLUMNS = ("application_id", "draft_id", "draft_version", "follow_up_verdict",
                 "check_ins")
_TIMES = ("interviewed_at", "follow_up_sent_at", "response_at")
# channels an anonymous export keeps as they are; any other text becomes "other"
_CHANNEL_WORDS = frozenset((
    "job", "board", "boards", "site", "company", "website", "career", "careers", "page",
    "referral", "referred", "recruiter", "agency", "linkedin", "indeed", "glassdoor", "otta",
    "lever", "greenhouse", "workday", "email", "e", "mail", "direct", "network",
    "networking", "event", "fair", "cold", "outreach", "application", "portal", "ats",
    "other", "unknown", "com", "co", "io", "social", "media"))


def _first_follow_up(app: Application) -> FollowUp | None:
    """The first follow-up after the interview (after applying when there was none)."""
    start = app.interviewed_at or (datetime.combine(app.applied_on, datetime.min.time())
                                   if app.applied_on else None)
    return next((f for f in app.follow_ups if start is None or f.sent_at >= start), None)


def frame_of(apps: Sequence[Application]) -> pd.DataFrame:
    """One row per application: the documented log columns in order, then EXTRA_COLUMNS
    and one column per stage (in the order stages first appear)."""
    import pandas as pd

    first = [_first_follow_up(a) for a in apps]
    data: dict[str, Any] = {
        "company": [a.company for a in apps],
        "role": [a.role for a in apps],
        "applied_on": _times([a.applied_on for a in apps]),
        "interviewed_at": _times([a.interviewed_at for a in apps]),
        "follow_up_sent_at": _times([f.sent_at if f else None for f in first]),
        "follow_up_kind": [f.kind if f else "" for f in first],
        "follow_up_score": pd.array([f.score if f else None for f in first], dtype="Int64"),
        "response_at": _times([a.response_at for a in apps]),
        "outcome": [a.outcome for a in apps],
        "channel": [a.channel for a in apps],
        "notes": [a.notes for a in apps],
        "application_id": [a.id for a in apps],
        "draft_id": [(f.draft_id or "") if f else "" for f in first],
        "draft_version": pd.array([f.draft_version if f else None for f in first],
                                  dtype="Int64"),
        "follow_up_verdict": [(f.verdict or "") if f else "" for f in first],
        "check_ins": [sum(f.kind == "check_in" for f in a.follow_ups) for a in apps],
    }
    stages = list(dict.fromkeys(name for a in apps for name in a.stages))
    for name in stages:
        data[name] = _times([a.stages.get(name) for a in apps])
    return pd.DataFrame(data, index=pd.RangeIndex(len(apps)))


def _times(values: list[date | datetime | None]) -> pd.Series:
    import pandas as pd

    return pd.Series(pd.to_datetime(values), dtype="datetime64[ns]")


def applications_of(frame: pd.DataFrame, as_of: Any, name: str) -> Applications:
    """The frame read by the loader, as the dashboard and the report read a file."""
    from coachkit.outcomes import load_applications

    apps = load_applications(_as_text(frame), as_of=as_of, name=name)
    return dataclasses.replace(apps, source=name)


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as the text a CSV file would hold ("" for none)."""
    import pandas as pd

    out = {}
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            fmt = "%Y-%m-%d" if column == "applied_on" else "%Y-%m-%d %H:%M:%S"
            out[column] = values.dt.strftime(fmt).fillna("")
        else:
            out[column] = values.astype(object).where(values.notna(), "").astype(str)
    return pd.DataFrame(out, index=frame.index)


def write_csv(frame: pd.DataFrame, path: Path, *, anonymous: bool) -> Path:
    """Write the frame to a new CSV file at ``path``; an existing file is never replaced."""
    from coachkit.errors import InputError
    from coachkit.files import write_new

    if anonymous:
        frame = anonymised(frame)
    text = _as_text(frame)
    for column in frame.columns:  # minutes are enough in a file people read
        if column in (*_TIMES, *_stage_columns(frame)):
            text[column] = text[column].str.slice(0, 16)
    data = text.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return write_new(path.expanduser(), data, error=InputError, what="log",
                     taken="choose another name (coachkit never replaces a file)")


def _stage_columns(frame: pd.DataFrame) -> list[str]:
    from coachkit.outcomes import COLUMNS

    known = {c.name for c in COLUMNS} | set(EXTRA_COLUMNS)
    return [c for c in frame.columns if c not in known]


def anonymised(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without company, person or note text: companies numbered in order of
    appearance, roles as their kind, channels as a known word or "other"; the notes,
    ids and draft columns dropped; dates, outcomes, scores and verdicts kept."""
    import pandas as pd

    from coachkit.outcomes import load_mapping
    from coachkit.outcomes.derive import _role_kind

    out = frame.drop(columns=["notes", "application_id", "draft_id", "draft_version"])
    numbers = {name: i for i, name in enumerate(dict.fromkeys(frame["company"].map(_fold)), 1)}
    out["company"] = [f"company {numbers[_fold(c)]}" for c in frame["company"]]
    out["role"] = _role_kind(frame["role"].fillna("").astype(str), load_mapping()).astype(str)
    out["channel"] = [_channel(c) for c in frame["channel"].fillna("")]
    stages = {s: f"stage {i}" for i, s in enumerate(_stage_columns(frame), 1)
              if not _plain_stage(s)}
    return pd.DataFrame(out).rename(columns=stages)


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _channel(text: str) -> str:
    words = re.findall(r"[a-z]+", str(text).casefold())
    if not words:
        return ""
    return " ".join(words) if all(w in _CHANNEL_WORDS for w in words) else "other"


def _plain_stage(name: str) -> bool:
    """A stage name coachkit gives (interview 2, phone screen…), not free text."""
    from coachkit.outcomes import load_mapping

    numbered = re.fullmatch(r"interview \d+", name) is not None
    return numbered or name in load_mapping().stages.values()
