"""Reading a workshop folder: a cheap fingerprint, and every submission with every problem.

Reading never stops at a bad file: damaged, partial or foreign files are listed as
problems and skipped.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachkit.errors import CoachkitError
from coachkit.model import KINDS
from coachkit.notes import notes_from_dict
from coachkit.workshop.exercise import Exercise
from coachkit.workshop.layout import (
    _CODE_RE,
    _FILE_RE,
    EXERCISE_FILE,
    FORMAT,
    MAX_SUBMISSION_BYTES,
    STALE_TEMP_SECONDS,
    SUBMISSIONS,
    Fingerprint,
    Problem,
    Scan,
    Submission,
)

__all__ = ["fingerprint", "scan"]

_LINK = "is a symbolic link; skipped"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def fingerprint(path: Path) -> Fingerprint:
    """What changes whenever a submission, a stray file or the exercise of the folder at
    ``path`` changes (names, sizes and modification times), found without reading a file."""
    found: list[tuple[Any, ...]] = []
    try:
        st = (path / EXERCISE_FILE).stat()
        found.append((EXERCISE_FILE, st.st_size, st.st_mtime_ns))
        entries = list(os.scandir(path / SUBMISSIONS))
    except FileNotFoundError:
        return tuple(found)
    now = time.time()
    for entry in entries:
        try:
            if not entry.is_dir(follow_symlinks=False):
                found.append((entry.name,))
                continue
            for item in os.scandir(entry.path):
                st = item.stat(follow_symlinks=False)
                if item.name.startswith("."):  # a write in progress, or one left over
                    if item.name.endswith(".tmp"):
                        stale = now - st.st_mtime > STALE_TEMP_SECONDS
                        found.append((entry.name, item.name, stale))
                    continue
                found.append((entry.name, item.name, st.st_size, st.st_mtime_ns))
        except OSError:  # gone while we looked: the next look sees what replaced it
            found.append((entry.name, "?"))
    return tuple(sorted(found, key=repr))


def scan(path: Path, exercise: Exercise) -> Scan:
    """Read every submission in the folder at ``path``; problems are collected, never raised.

    Symbolic links are never followed (a link could show or score files from anywhere):
    each is listed as a problem, as are devices, FIFOs and folders not named by a code."""
    root = path / SUBMISSIONS
    subs: list[Submission] = []
    problems: list[Problem] = []
    if root.is_symlink():
        return Scan((), (Problem(SUBMISSIONS, _LINK),))
    if not root.is_dir():
        return Scan((), ())
    now = time.time()
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        rel = f"{SUBMISSIONS}/{_shown(entry.name)}"
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            problems.append(Problem(rel, _LINK))
            continue
        if not entry.is_dir(follow_symlinks=False) or not _CODE_RE.fullmatch(entry.name):
            problems.append(Problem(rel, "not a participant folder; skipped"))
            continue
        try:
            items = sorted(os.scandir(entry.path), key=lambda e: e.name)
        except OSError as exc:  # removed or unreadable while the room submits
            problems.append(Problem(rel, f"cannot be read ({exc.strerror or exc}); "
                                         "skipped"))
            continue
        for item in items:
            item_rel = f"{rel}/{_shown(item.name)}"
            if item.name.startswith("."):
                if item.name.endswith(".tmp") and _age(item, now) > STALE_TEMP_SECONDS:
                    problems.append(Problem(item_rel, "left over from an interrupted "
                                                      "submission; skipped"))
                continue
            sub = _read(item, item_rel, entry.name, exercise, problems)
            if sub is not None:
                subs.append(sub)
    subs.sort(key=lambda s: (s.participant, s.revision))
    return Scan(tuple(subs), tuple(problems))


def _shown(name: str) -> str:
    """A file name as a message can show it on one line (escapes for unprintables)."""
    return name if name.isprintable() else ascii(name)[1:-1]


def _age(entry: os.DirEntry[str], now: float) -> float:
    try:
        return now - entry.stat().st_mtime
    except OSError:
        return 0.0


class _Skip(Exception):
    """Why a file is skipped (internal)."""


def _read_regular(path: str) -> bytes:
    """The bytes of a regular file, opened without following a link (one swapped in after
    the listing is refused too) and read no further than a submission can be."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _Skip(_LINK.removesuffix("; skipped")) from None
        raise _Skip(f"cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _Skip("not a regular file (a device, pipe or socket)")
        if st.st_size == 0:
            raise _Skip("empty file (a copy that did not finish?)")
        if st.st_size > MAX_SUBMISSION_BYTES:
            raise _Skip(f"{st.st_size:,} bytes, more than a submission can be "
                        f"({MAX_SUBMISSION_BYTES:,})")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            raw = stream.read(MAX_SUBMISSION_BYTES + 1)
    except OSError as exc:
        raise _Skip(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_SUBMISSION_BYTES:  # grew since it was measured
        raise _Skip(f"more than a submission can be ({MAX_SUBMISSION_BYTES:,} bytes)")
    return raw


def _read(item: os.DirEntry[str], rel: str, code: str, exercise: Exercise,
          problems: list[Problem]) -> Submission | None:
    def skip(why: str) -> None:
        problems.append(Problem(rel, why + "; skipped"))

    if item.is_symlink():
        skip(_LINK.removesuffix("; skipped"))
        return None
    match = _FILE_RE.fullmatch(item.name)
    if not item.is_file(follow_symlinks=False) or not match:
        skip("not a submission file (expected names like code-r0001.json)")
        return None
    if match["code"] != code:
        skip(f"a submission of {match['code']!r} inside the folder of {code!r}")
        return None
    try:
        raw = _read_regular(item.path)
    except _Skip as why:
        skip(str(why))
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        skip(f"not UTF-8 text (byte {exc.start})")
        return None
    except json.JSONDecodeError as exc:
        skip(f"damaged or partial JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})")
        return None
    except (ValueError, RecursionError):  # a number too long to convert, nesting too deep
        skip("not a coachkit submission (JSON nested too deep or a number too long)")
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        skip("not a coachkit submission (no \"format\": \"" + FORMAT + "\")")
        return None
    return _submission(data, rel, code, int(match["rev"]), exercise, skip)


def _submission(data: dict[str, Any], rel: str, code: str, revision: int,
                exercise: Exercise, skip: Callable[[str], None]) -> Submission | None:
    if data.get("exercise") != exercise.id:
        skip(f"written for the exercise {data.get('exercise')!r}, not {exercise.id!r}")
        return None
    wrong = [k for k in ("subject", "body", "sender") if not isinstance(data.get(k, ""), str)]
    if data.get("kind") not in KINDS:
        wrong.append("kind")
    if data.get("participant") != code or isinstance(data.get("revision"), bool) or \
            data.get("revision") != revision:
        wrong.append("participant/revision (do not match the file name)")
    if not isinstance(data.get("body"), str):
        wrong.append("body (missing)")
    try:
        when = datetime.fromisoformat(str(data.get("submitted_at")))
    except ValueError:
        wrong.append("submitted_at")
        when = datetime.now(UTC)
    parts = data.get("parts") or {}
    if not isinstance(parts, dict):
        wrong.append("parts")
    if wrong:
        skip("field(s) missing or of the wrong type: " + ", ".join(dict.fromkeys(wrong)))
        return None
    notes = None
    if isinstance(data.get("notes"), dict):
        try:
            notes = notes_from_dict({k: v for k, v in data["notes"].items()
                                     if v not in (None, [], "")}, source=rel)
        except CoachkitError:
            notes = None  # the exercise's scenario is what is scored
    return Submission(
        participant=code, revision=revision,
        submitted_at=when if when.tzinfo else when.astimezone(),
        kind=data["kind"], subject=data.get("subject", ""), body=data["body"],
        sender=data.get("sender", ""), notes=notes,
        parts={str(k): str(v) for k, v in parts.items()},
        claimed=data.get("score") if isinstance(data.get("score"), dict) else {},
        path=rel,
    )
