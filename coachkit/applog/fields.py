"""Checking the fields of an application before they are stored."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from coachkit.applog.records import (
    as_date,
    as_datetime,
    encode_names,
    encode_stages,
    text_of,
)
from coachkit.errors import InputError
from coachkit.model import KINDS, VERDICTS

__all__ = ["EDITABLE", "OUTCOMES", "check_follow_up", "stored_fields"]

# the same as coachkit.outcomes.OUTCOMES (a test checks): importing that package
# would import pandas
OUTCOMES = ("offer", "rejected", "no_response", "pending", "withdrew")
EDITABLE = ("company", "role", "applied_on", "interviewed_at", "interviewers", "channel",
            "notes", "outcome", "response_at", "stages", "source", "updated_at")
_TEXTS = ("role", "channel", "notes", "source")


def stored_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` of an application checked and turned into column values; InputError."""
    unknown = sorted(set(fields) - set(EDITABLE))
    if unknown:
        raise InputError(f"cannot set {', '.join(unknown)}: the fields that can be set are "
                         f"{', '.join(EDITABLE)}")
    try:
        return {name: _stored(name, value) for name, value in fields.items()}
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _stored(name: str, value: Any) -> Any:
    if name == "company":
        company = " ".join(str(value or "").split())
        if not company:
            raise ValueError("company: an application needs the company's name")
        return company
    if name in _TEXTS:
        return "" if value is None else str(value).strip()
    if name == "applied_on":
        return text_of(as_date(value, name))
    if name in ("interviewed_at", "response_at", "updated_at"):
        return text_of(as_datetime(value, name))
    if name == "interviewers":
        return encode_names(_names(value))
    if name == "outcome":
        if value not in OUTCOMES:
            raise ValueError(f"outcome: expected one of {', '.join(OUTCOMES)}, got {value!r}")
        return value
    return encode_stages(_stages(value))  # stages


def _names(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    return tuple(n for n in (" ".join(str(i).split()) for i in items) if n)


def _stages(value: Mapping[str, Any] | None) -> dict[str, datetime]:
    stages: dict[str, datetime] = {}
    for name, at in dict(value or {}).items():
        moment = as_datetime(at, f"stage {name!r}")
        if moment is not None:  # an undated stage has nothing to keep
            stages[str(name)] = moment
    return stages


def check_follow_up(kind: str, score: object, verdict: str | None,
                    draft_version: object) -> tuple[int | None, int | None]:
    """Refuse a follow-up's bad kind, score, verdict or version; return score and version."""
    if kind not in KINDS:
        raise InputError(f"kind: expected one of {', '.join(KINDS)}, got {kind!r}")
    if verdict is not None and verdict not in VERDICTS:
        raise InputError(f"verdict: expected one of {', '.join(VERDICTS)}, got {verdict!r}")
    number = None if score is None else _whole(score, "score")
    if number is not None and not 0 <= number <= 100:
        raise InputError(f"score: expected 0 to 100, got {score!r}")
    version = None if draft_version is None else _whole(draft_version, "draft_version")
    return number, version


def _whole(value: object, name: str) -> int:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"{name}: expected a whole number, got {value!r}") from None
    if number != number or number != int(number):
        raise InputError(f"{name}: expected a whole number, got {value!r}")
    return int(number)
