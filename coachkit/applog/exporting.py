"""The store as a log: the frame (documented columns, then the store's extras), the
validated Applications, and CSV files, plain or anonymous."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachkit.applog.rows import EXTRA_COLUMNS, LOG_COLUMNS, TIME_COLUMNS, TextRow, csv_bytes

if TYPE_CHECKING:
    import pandas as pd

    from coachkit.outcomes import Applications, Mapping

__all__ = ["anonymised", "applications_of", "write_csv"]

# channels an anonymous export keeps as they are; any other text becomes "other"
_CHANNEL_WORDS = frozenset((
    "job", "board", "boards", "site", "company", "website", "career", "careers", "page",
    "referral", "referred", "recruiter", "agency", "linkedin", "indeed", "glassdoor", "otta",
    "lever", "greenhouse", "workday", "email", "e", "mail", "direct", "network",
    "networking", "event", "fair", "cold", "outreach", "application", "portal", "ats",
    "other", "unknown", "com", "co", "io", "social", "media"))


def applications_of(rows: Sequence[TextRow], as_of: Any, name: str,
                    stages: Sequence[str] | None = None) -> Applications:
    """The rows read by the loader, as the dashboard and the report read a file (with a
    column for each of ``stages`` when given, else for each stage of the rows)."""
    from coachkit.outcomes import load_applications

    apps = load_applications(csv_bytes(rows, stages), mapping=_packaged_mapping(),
                             as_of=as_of, name=name)
    return dataclasses.replace(apps, source=name)


@functools.cache
def _packaged_mapping() -> Mapping:
    """The packaged column mapping, read once: the store always writes the same columns."""
    from coachkit.outcomes import load_mapping

    return load_mapping()


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
        if column in (*TIME_COLUMNS, *_stage_columns(frame)):
            text[column] = text[column].str.slice(0, 16)
    data = text.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return write_new(path.expanduser(), data, error=InputError, what="log",
                     taken="choose another name (coachkit never replaces a file)")


def _stage_columns(frame: pd.DataFrame) -> list[str]:
    known = {*LOG_COLUMNS, *EXTRA_COLUMNS}
    return [c for c in frame.columns if c not in known]


def anonymised(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame without company, person or note text: companies numbered in order of
    appearance, roles as their kind, channels as a known word or "other"; the notes,
    ids and draft columns dropped; dates, outcomes, scores and verdicts kept."""
    import pandas as pd

    from coachkit.outcomes.derive import _role_kind

    out = frame.drop(columns=["notes", "application_id", "draft_id", "draft_version"])
    numbers = {name: i for i, name in enumerate(dict.fromkeys(frame["company"].map(_fold)), 1)}
    out["company"] = [f"company {numbers[_fold(c)]}" for c in frame["company"]]
    out["role"] = _role_kind(frame["role"].fillna("").astype(str),
                             _packaged_mapping()).astype(str)
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
    numbered = re.fullmatch(r"interview \d+", name) is not None
    return numbered or name in _packaged_mapping().stages.values()
