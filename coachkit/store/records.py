"""What the drafts journal hands out (summaries, versions) and how values are stored."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachkit.errors import StoreError

__all__ = ["PREVIEW_CHARS", "DraftSummary", "DraftVersion"]

PREVIEW_CHARS = 80


@dataclass(frozen=True)
class DraftSummary:
    """One row of the drafts list."""

    id: str
    title: str
    kind: str
    created_at: datetime
    updated_at: datetime
    versions: int
    preview: str  # content["preview"] on one line, cut to PREVIEW_CHARS; "" if absent


@dataclass(frozen=True)
class DraftVersion:
    """One saved version of a draft; ``label`` is "" for autosaves."""

    draft_id: str
    version: int
    saved_at: datetime
    content: dict[str, Any]
    label: str


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    # one fixed format, so that stamps sort as text; naive times are taken as local
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _preview(content: dict[str, Any]) -> str:
    text = content.get("preview")
    return " ".join(text.split())[:PREVIEW_CHARS] if isinstance(text, str) else ""


def _encode(content: Any) -> str:
    if not isinstance(content, dict):
        raise StoreError(f"Draft content must be a dict, not {type(content).__name__}")
    try:
        return json.dumps(content, ensure_ascii=False, allow_nan=False,
                          separators=(",", ":"))
    except (TypeError, ValueError) as exc:
        raise StoreError(f"Draft content cannot be saved as JSON: {exc}") from exc


def _decode(path: Path, draft_id: str, version: int, text: str) -> dict[str, Any]:
    try:
        content = json.loads(text)
    except ValueError as exc:
        raise StoreError(f"Drafts journal {path}: version {version} of draft {draft_id!r} "
                         f"is damaged ({exc})") from exc
    return content if isinstance(content, dict) else {}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
