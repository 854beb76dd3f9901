"""The parts of each kind of message, and prompts and example openings filled from notes.

The guidance itself is data (``guides.yaml``) so a coach can read and change it;
this module only loads it and fills its templates.
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass
from importlib import resources
from typing import Any

from coachkit.model import KINDS, InterviewNotes

__all__ = ["Guide", "Step", "fill", "guide_for", "note_fields", "subject_templates"]

PLACEHOLDER_SENDER = "[Your name]"
MAX_REPEATS = 2  # a template with {topic} or {concern} is shown for this many of them
_REPEATED = {"topic": "topics", "concern": "concerns"}


@dataclass(frozen=True)
class Step:
    """One part of a message: what it is, why it matters, how to start it."""

    id: str
    title: str
    why: str
    prompts: tuple[str, ...]
    examples: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class Guide:
    """The ordered steps for one kind of message."""

    kind: str
    label: str
    steps: tuple[Step, ...]

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"{self.kind} has no step {step_id!r}")

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(step.id for step in self.steps)


@functools.cache
def _data() -> dict[str, Any]:
    import yaml

    text = resources.files("coachkit.compose").joinpath("guides.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@functools.cache
def guide_for(kind: str) -> Guide:
    """The guide for ``kind`` (one of ``coachkit.KINDS``)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)} (got {kind!r})")
    raw = _data()[kind]
    steps = tuple(
        Step(id=s["id"], title=s["title"], why=" ".join(s["why"].split()),
             prompts=tuple(s.get("prompts", ())), examples=tuple(s.get("examples", ())),
             optional=bool(s.get("optional", False)))
        for s in raw["steps"]
    )
    return Guide(kind=kind, label=raw["label"], steps=steps)


def subject_templates(kind: str) -> tuple[str, ...]:
    """Subject-line templates for ``kind``."""
    guide_for(kind)  # validates the kind
    return tuple(_data()["subjects"][kind])


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def note_fields(notes: InterviewNotes | None, sender: str = "") -> dict[str, Any]:
    """The template fields the notes can fill; fields the notes lack are absent."""
    # an unnamed sender stays a visible placeholder, which the scorer flags
    fields: dict[str, Any] = {"sender": sender.strip() or PLACEHOLDER_SENDER}
    if notes is None:
        return fields
    if notes.company:
        fields["company"] = notes.company
    if notes.role:
        fields["role"] = notes.role
    if notes.interviewers:
        fields["interviewer"] = notes.interviewers[0]
        fields["first_name"] = _first(notes.interviewers[0])
        fields["names"] = _join([_first(n) for n in notes.interviewers])
    if notes.interviewed_at is not None:
        fields["interview_day"] = f"{notes.interviewed_at:%A}"
    if notes.decision_by is not None:
        fields["decision_by"] = f"{notes.decision_by.day} {notes.decision_by:%B}"
    for many in _REPEATED.values():
        values = list(getattr(notes, many))[:MAX_REPEATS]
        if values:
            fields[many] = values
    return fields


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def fill(template: str, fields: dict[str, Any]) -> list[str]:
    """Fill ``template`` once, or once per topic/concern; [] if a field is missing."""
    names = _names(template)
    repeated = [one for one in _REPEATED if one in names]
    if any(n not in fields and n not in repeated for n in names):
        return []
    if not repeated:
        return [template.format(**fields)]
    one = repeated[0]
    values = fields.get(_REPEATED[one])
    if not values:
        return []
    out = []
    for value in values:
        out.extend(fill(template.replace("{" + one + "}", value.replace("{", "{{")
                                         .replace("}", "}}")), fields))
    return out


def fill_all(templates: tuple[str, ...], fields: dict[str, Any], limit: int) -> list[str]:
    """Fill templates in order, dropping those the notes cannot fill, up to ``limit``."""
    out: list[str] = []
    for template in templates:
        for text in fill(template, fields):
            if text not in out:
                out.append(text)
    return out[:limit]
