"""Load interview notes from YAML or JSON, validating every field at once."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from itertools import accumulate
from pathlib import Path
from typing import Any

from coachkit.errors import NotesError
from coachkit.limits import NOTES_BYTES, YAML_MAX_DEPTH, shown
from coachkit.model import InterviewNotes
from coachkit.timeparse import parse_date, parse_datetime
from coachkit.yamlfile import not_text, parse_yaml, read_text

__all__ = ["load_notes", "notes_from_dict"]

_TEXT_FIELDS = ("company", "role")
_LIST_FIELDS = ("interviewers", "topics", "concerns", "vocabulary")
_ALIASES = {"extra_vocabulary": "vocabulary", "interviewer": "interviewers"}
_KNOWN = {*_TEXT_FIELDS, *_LIST_FIELDS, "interviewed_at", "decision_by"}
_MAX_ITEM = 200
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def load_notes(path: str | Path) -> InterviewNotes:
    """Read interview notes from a ``.yml``/``.yaml`` or ``.json`` file."""
    path = Path(path)
    text = read_text(path, NotesError, "notes file", max_bytes=NOTES_BYTES, save_as="notes")
    return notes_from_text(text, source=str(path), as_json=path.suffix.lower() == ".json")


def notes_from_text(text: str, *, source: str = "notes", as_json: bool = False) -> InterviewNotes:
    """Parse notes from YAML (a superset of JSON) or strict JSON text."""
    if as_json:
        data = _parse_json(text, source)
    else:
        data = parse_yaml(text, NotesError, source, fallback="invalid YAML", fast=False)
    if data is None:
        data = {}
    return notes_from_dict(data, source=source)


def notes_from_dict(data: Any, *, source: str = "notes") -> InterviewNotes:
    """Validate a mapping and build InterviewNotes; report every problem at once."""
    if not isinstance(data, Mapping):
        raise NotesError(
            f"{source}: expected a mapping of fields (company, role, interviewers, ...), "
            f"got {type(data).__name__}"
        )
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = _ALIASES.get(str(key), str(key))
        if name not in _KNOWN:
            problems.append(
                f"unknown field {shown(key)} (expected one of: {', '.join(sorted(_KNOWN))})"
            )
            continue
        if value is None:
            continue
        if name in _TEXT_FIELDS:
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                values[name] = str(value).strip() or None
            else:
                problems.append(f"field {name!r}: expected text, {_not_text(value, name)}")
        elif name in _LIST_FIELDS:
            items = _as_list(value)
            if items is None:
                problems.append(f"field {name!r}: expected a list of text items, "
                                f"{_list_problem(value, name)}")
            else:
                long = [i for i in items if len(i) > _MAX_ITEM]
                if long:
                    problems.append(
                        f"field {name!r}: items must be under {_MAX_ITEM} characters"
                    )
                values[name] = tuple(items)
        elif name == "interviewed_at":
            try:
                values[name] = parse_datetime(value)
            except ValueError as exc:
                problems.append(f"field 'interviewed_at': {exc}")
        elif name == "decision_by":
            try:
                values[name] = parse_date(value)
            except ValueError as exc:
                problems.append(f"field 'decision_by': {exc}")
    if problems:
        head = f"{source}: {len(problems)} problem{'s' if len(problems) > 1 else ''} in the notes"
        raise NotesError(head + ": " + "; ".join(problems), tuple(problems))
    return InterviewNotes(**values)


def _parse_json(text: str, source: str) -> Any:
    """Parse JSON notes, refusing nesting the parser's recursion could not follow."""
    depth = _json_depth(text)
    if depth > YAML_MAX_DEPTH:
        raise NotesError(f"{source}: lists or objects nested {depth:,} deep; notes may "
                         f"nest at most {YAML_MAX_DEPTH}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotesError(
            f"{source}: line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"
        ) from None
    except ValueError as exc:  # a number too long to convert, for one
        raise NotesError(f"{source}: invalid JSON: {shown(str(exc))}") from None


def _json_depth(text: str) -> int:
    """How deep brackets nest in JSON text, outside its strings."""
    brackets = re.sub(r"[^\[\]{}]+", "", _JSON_STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def _not_text(value: Any, name: str) -> str:
    return not_text(value, example=name + ': "..."')


def _list_problem(value: Any, name: str) -> str:
    """Which item of a list field is not text (or what the field holds instead)."""
    if not isinstance(value, list | tuple):
        return not_text(value)
    for number, item in enumerate(value, 1):
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            why = not_text(item, example=name + ': ["..."]')
            return f"item {number} is not text ({why})"
    return f"got {type(value).__name__}"


def _as_list(value: Any) -> list[str] | None:
    """Accept a list of scalars or one comma-separated string."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list | tuple) and all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    return None
