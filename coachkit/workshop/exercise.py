"""A workshop exercise: the scenario, the kind of message, the time allowed, the coach's rules.

Shape of an exercise file (YAML)::

    title: Thank-you after a panel interview
    kind: thank_you                 # thank_you | check_in | additional_info | rejection_reply
    minutes: 20                     # time allowed
    brief: >                        # what the participants are told (optional)
      You met two people from Harbourline yesterday...
    scenario:                       # the mock interview notes, fields as in a notes file
      company: Harbourline Logistics
      interviewers: [Priya Raman, Tomás Ellery]
      interviewed_at: 2026-12-02T10:00
      topics: [...]
    sent_at: 2026-12-02T17:30       # optional: score drafts as if sent then
    rules:                          # the coach's rule pack (all optional)
      word_band: [90, 170]          # target words for the body
      avoid:                        # phrases to avoid in this industry
        - circle back
        - {phrase: synergy, suggestion: working together, why: Reads as jargon.}
      vocabulary: [Zendesk]         # words the spell checker must accept

Without ``sent_at`` timing is not judged: a room writes at one time, so the
exercise says when the message would go out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from coachkit.errors import CoachkitError, WorkshopError
from coachkit.limits import EXERCISE_BYTES, RULES_PATTERN_CHARS, shown
from coachkit.model import KINDS, Draft, InterviewNotes, Report
from coachkit.notes import notes_from_dict
from coachkit.scoring.rules import Rules, default_rules, extend_rules
from coachkit.timeparse import parse_datetime
from coachkit.yamlfile import not_text, read_yaml

__all__ = ["Exercise", "RulePack", "exercise_from_dict", "load_exercise"]

_KEYS = {"id", "title", "kind", "minutes", "brief", "scenario", "sent_at", "rules"}
_RULE_KEYS = {"word_band", "avoid", "vocabulary"}
_MAX_MINUTES = 8 * 60


@dataclass(frozen=True)
class RulePack:
    """The coach's own targets for one exercise, on top of the built-in rules."""

    word_band: tuple[int, int] | None = None
    avoid: tuple[tuple[tuple[str, str], ...], ...] = ()  # each entry's (key, value) pairs
    vocabulary: tuple[str, ...] = ()

    def rules_data(self, kind: str) -> dict[str, Any]:
        """The pack in the rules file shape (see ``coachkit.scoring.rules``)."""
        data: dict[str, Any] = {}
        if self.word_band:
            data["thresholds"] = {"concision.length": {kind: list(self.word_band)}}
        if self.avoid:
            data["lists"] = {"tone.avoid": {"entries": self.entries()}}
        if self.vocabulary:
            data["vocabulary"] = list(self.vocabulary)
        return data

    def entries(self) -> list[dict[str, str]]:
        """The phrases to avoid, each as {'phrase': ..., 'suggestion': ..., 'why': ...}."""
        return [dict(e) for e in self.avoid]

    def to_dict(self) -> dict[str, Any]:
        return {"word_band": list(self.word_band) if self.word_band else None,
                "avoid": self.entries(), "vocabulary": list(self.vocabulary)}


@dataclass(frozen=True)
class Exercise:
    """One writing exercise for a room."""

    id: str
    title: str
    kind: str
    minutes: int
    scenario: InterviewNotes
    brief: str = ""
    sent_at: datetime | None = None
    pack: RulePack = field(default_factory=RulePack)
    source: str = ""

    def rules(self) -> Rules:
        """The built-in rules extended by the coach's pack (built once per distinct pack)."""
        return _pack_rules(self.pack, self.kind, f"{self.source or self.id}: rules")

    def score(self, draft: Draft) -> Report:
        """Score a draft as this exercise judges it: with its scenario and rules, as if
        sent at ``sent_at`` (timing is not judged without it)."""
        from coachkit.scoring import score

        return score(replace(draft, sent_at=self.sent_at), self.scenario, rules=self.rules())

    def to_dict(self) -> dict[str, Any]:
        """The exercise in its file shape (what a workshop folder keeps)."""
        scenario = {k: v for k, v in self.scenario.to_dict().items() if v not in (None, [])}
        return {
            "id": self.id, "title": self.title, "kind": self.kind, "minutes": self.minutes,
            "brief": self.brief, "scenario": scenario,
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "rules": {k: v for k, v in self.pack.to_dict().items() if v},
        }


@functools.lru_cache(maxsize=64)
def _pack_rules(pack: RulePack, kind: str, source: str) -> Rules:
    """The rules a pack makes, keyed by its content: a room scores every draft with them."""
    data = pack.rules_data(kind)
    return extend_rules(data, source) if data else default_rules()


def slug(text: str) -> str:
    """Lower-case letters, digits and dashes: a name safe in files and URLs."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def load_exercise(path: str | Path) -> Exercise:
    """Read and check an exercise file; every problem is named at once."""
    path = Path(path)
    data = read_yaml(path, WorkshopError, "exercise file", max_bytes=EXERCISE_BYTES)
    return exercise_from_dict(data, source=str(path), default_id=slug(path.stem))


def exercise_from_dict(data: Any, *, source: str = "exercise",
                       default_id: str = "") -> Exercise:
    """Check an exercise given as a mapping (the parsed file)."""
    if not isinstance(data, Mapping):
        raise WorkshopError(f"{source}: expected a mapping with title, kind, minutes and "
                            "scenario")
    problems: list[str] = []
    unknown = sorted(map(str, set(data) - _KEYS))
    if unknown:
        problems.append(f"unknown field(s) {', '.join(unknown)} "
                        f"(expected {', '.join(sorted(_KEYS))})")
    title = _text(data, "title", problems, required=True)
    kind = data.get("kind")
    if kind not in KINDS:
        problems.append(f"'kind' must be one of {', '.join(KINDS)} (got {shown(kind)})")
    minutes = data.get("minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or \
            not 1 <= minutes <= _MAX_MINUTES:
        problems.append(f"'minutes' must be a whole number from 1 to {_MAX_MINUTES} "
                        f"(got {shown(minutes)})")
    brief = _text(data, "brief", problems)
    scenario = _scenario(data.get("scenario"), source, problems)
    sent_at = None
    if data.get("sent_at") is not None:
        try:
            sent_at = parse_datetime(data["sent_at"])
        except ValueError as error:
            problems.append(f"'sent_at': {error}")
    pack = _pack(data.get("rules"), problems)
    ex_id = slug(str(data.get("id") or default_id or title or ""))
    if not ex_id:
        problems.append("'id' is empty: give the exercise an id or a title with letters")
    if problems:
        raise WorkshopError(f"{source}: " + "; ".join(problems), tuple(problems))
    exercise = Exercise(id=ex_id, title=title, kind=str(kind), minutes=int(minutes),
                        scenario=scenario or InterviewNotes(), brief=brief, sent_at=sent_at,
                        pack=pack, source=source)
    try:
        exercise.rules()
    except CoachkitError as error:
        raise WorkshopError(f"{source}: rules: {error}") from None
    return exercise


def _text(data: Mapping[str, Any], key: str, problems: list[str],
          required: bool = False) -> str:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(f"'{key}' is missing")
        return ""
    if not isinstance(value, str):
        why = not_text(value, example=key + ': "..."')
        problems.append(f"'{key}' must be text ({why})")
        return ""
    return value.strip()


def _scenario(raw: Any, source: str, problems: list[str]) -> InterviewNotes | None:
    if raw is None:
        problems.append("'scenario' is missing: give the mock interview notes (company, "
                        "role, interviewers, topics…)")
        return None
    if not isinstance(raw, Mapping):
        problems.append("'scenario' must be a mapping of interview notes fields")
        return None
    try:
        return notes_from_dict(dict(raw), source=f"{source}: scenario")
    except CoachkitError as error:
        problems.append(str(error).removeprefix(f"{source}: "))
        return None


def _avoid_entry(entry: Any) -> tuple[tuple[str, str], ...] | None:
    """An avoided phrase as (key, value) pairs; None when malformed."""
    if isinstance(entry, str):
        return (("phrase", entry.strip()),) if entry.strip() else None
    if not isinstance(entry, Mapping) or not set(entry) <= {"phrase", "suggestion", "why"}:
        return None
    if not isinstance(entry.get("phrase"), str) or not entry["phrase"].strip() or \
            not all(isinstance(v, str) for v in entry.values() if v is not None):
        return None
    return tuple((str(k), v) for k, v in entry.items() if v is not None)


def _pack(raw: Any, problems: list[str]) -> RulePack:
    if raw is None:
        return RulePack()
    if not isinstance(raw, Mapping):
        problems.append("'rules' must be a mapping with word_band, avoid and vocabulary")
        return RulePack()
    unknown = sorted(map(str, set(raw) - _RULE_KEYS))
    if unknown:
        problems.append(f"rules: unknown field(s) {', '.join(unknown)} "
                        f"(expected {', '.join(sorted(_RULE_KEYS))})")
    band = raw.get("word_band")
    word_band = None
    if band is not None:
        ok = (isinstance(band, list) and len(band) == 2
              and all(isinstance(n, int) and not isinstance(n, bool) for n in band)
              and 1 <= band[0] < band[1] <= 2000)
        if ok:
            word_band = (band[0], band[1])
        else:
            problems.append(f"rules.word_band must be two whole numbers, low then high, "
                            f"such as [90, 170] (got {shown(band)})")
    avoid: list[tuple[tuple[str, str], ...]] = []
    raw_avoid = raw.get("avoid")
    if raw_avoid is not None and not isinstance(raw_avoid, list):
        problems.append("rules.avoid must be a list of phrases")
        raw_avoid = None  # a number would not iterate, a string would give its letters
    for i, entry in enumerate(raw_avoid or []):
        pairs = _avoid_entry(entry)
        if pairs is None:
            problems.append(f"rules.avoid[{i}] must be a phrase, or a mapping with 'phrase' "
                            f"and optional 'suggestion' and 'why', all text "
                            f"(got {shown(entry)})")
        elif len(dict(pairs)["phrase"]) > RULES_PATTERN_CHARS:
            problems.append(f"rules.avoid[{i}]: a phrase of {len(dict(pairs)['phrase']):,} "
                            "characters "
                            f"is longer than the {RULES_PATTERN_CHARS:,} allowed")
        else:
            avoid.append(pairs)
    vocab = raw.get("vocabulary") or []
    if not isinstance(vocab, list) or not all(isinstance(v, str) for v in vocab):
        problems.append("rules.vocabulary must be a list of words")
        vocab = []
    return RulePack(word_band=word_band, avoid=tuple(avoid),
                    vocabulary=tuple(v.strip() for v in vocab if v.strip()))
