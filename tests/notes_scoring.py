"""The checks that find something in a letter scored against a dict of interview notes, with
their severities: what the probe sets' false-alarm tests assert on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from coachkit import Draft, notes_from_dict, score


def severities(text: str, notes: dict[str, Any] | None, kind: str = "thank_you",
               sent: datetime | None = None) -> dict[str, str]:
    """Each check that finds something in ``text`` (scored without notes when ``notes`` is
    empty), with the severity of its last finding."""
    report = score(Draft.from_text(text, kind=kind, sent_at=sent),
                   notes_from_dict(notes) if notes else None)
    return {f.rule: f.severity for f in report.findings}


def against(notes: dict[str, Any]) -> Callable[..., dict[str, str]]:
    """``severities`` with ``notes`` fixed: ``findings(text, kind="thank_you", sent=None)``."""
    def findings(text: str, kind: str = "thank_you", sent: datetime | None = None
                 ) -> dict[str, str]:
        return severities(text, notes, kind, sent)
    return findings
