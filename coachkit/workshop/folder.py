"""A workshop folder: the exercise, and one JSON file per submission of each participant.

Layout (a local folder or a shared drive)::

    DIR/exercise.yml                       the exercise the room is doing
    DIR/submissions/<code>/<code>-r0001.json  a participant's first submission
    DIR/submissions/<code>/<code>-r0002.json  ...and a later one; earlier ones stay

A submission is written to a hidden temporary file beside its final name, flushed
to disk, then linked under a name no other file has: a reader sees the whole file
or nothing, and two submissions at the same moment get two revisions. Reading the
folder never stops at a bad file: damaged, partial or foreign files are listed
as problems and skipped.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coachkit.errors import CoachkitError, WorkshopError
from coachkit.model import KINDS, Draft, InterviewNotes, Report
from coachkit.notes import notes_from_dict
from coachkit.workshop.exercise import Exercise, load_exercise

__all__ = ["ENV_FOLDER", "FORMAT", "Fingerprint", "Problem", "Scan", "Submission", "WorkshopFolder",
           "check_code", "default_folder"]

FORMAT = "coachkit-workshop-submission"
FORMAT_VERSION = 1
EXERCISE_FILE = "exercise.yml"
SUBMISSIONS = "submissions"
MAX_SUBMISSION_BYTES = 1_000_000
STALE_TEMP_SECONDS = 600.0  # seconds after which a temporary file is a left-over, not a write
_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{1,31}$")
# names Windows cannot give a file or folder (a workshop folder may be on a Windows share)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}
_FILE_RE = re.compile(r"^(?P<code>[a-z0-9][a-z0-9_-]{1,31})-r(?P<rev>\d{4,})\.json$")


Fingerprint = tuple[tuple[Any, ...], ...]
ENV_FOLDER = "COACHKIT_WORKSHOP"  # the folder the workshop app submits to


def default_folder(exercise_id: str = "") -> Path:
    """``$COACHKIT_WORKSHOP`` if set, else ``workshops/<exercise id>`` in the user's
    coachkit folder (``$COACHKIT_HOME`` or the platform's user data folder)."""
    chosen = os.environ.get(ENV_FOLDER)
    if chosen:
        return Path(chosen).expanduser()
    home = os.environ.get("COACHKIT_HOME")
    if not home:
        import platformdirs

        home = platformdirs.user_data_dir("coachkit", appauthor=False)
    return Path(home).expanduser() / "workshops" / (exercise_id or "workshop")


def check_code(code: str) -> str:
    """The participant code, lower-cased; WorkshopError if it cannot name a folder."""
    clean = (code or "").strip().lower()
    if not _CODE_RE.match(clean) or clean.split(".")[0] in _RESERVED:
        raise WorkshopError(
            f"participant code {code!r}: use 2 to 32 letters, digits, '-' or '_', starting "
            "with a letter or digit, no spaces (for example blue-heron-7). Choose a code, "
            "not your name.")
    return clean


@dataclass(frozen=True)
class Submission:
    """One submitted draft, as read back from the folder."""

    participant: str
    revision: int
    submitted_at: datetime
    kind: str
    subject: str
    body: str
    sender: str = ""
    notes: InterviewNotes | None = None
    parts: dict[str, str] = field(default_factory=dict)
    claimed: dict[str, Any] = field(default_factory=dict)  # the score the composer showed
    path: str = ""

    def draft(self) -> Draft:
        """The submitted message (when it is sent is the exercise's to say)."""
        return Draft(body=self.body, subject=self.subject or None, kind=self.kind)


@dataclass(frozen=True)
class Problem:
    """A file in the folder that was skipped, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Scan:
    """What a workshop folder holds: every readable submission and every problem."""

    submissions: tuple[Submission, ...]
    problems: tuple[Problem, ...]

    @property
    def latest(self) -> tuple[Submission, ...]:
        """Each participant's newest revision, by participant code."""
        newest: dict[str, Submission] = {}
        for sub in self.submissions:
            if sub.participant not in newest or sub.revision > newest[sub.participant].revision:
                newest[sub.participant] = sub
        return tuple(newest[k] for k in sorted(newest))


class WorkshopFolder:
    """The folder a workshop collects its drafts in."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self._exercise: tuple[float, Exercise] | None = None

    @classmethod
    def create(cls, path: str | Path, exercise: Exercise | str | Path) -> WorkshopFolder:
        """Set up ``path`` for an exercise (made if missing). A folder already set up for
        the same exercise is reused; one set up for another is refused, never changed."""
        import yaml

        if not isinstance(exercise, Exercise):
            exercise = load_exercise(exercise)
        folder = cls(path)
        target = folder.path / EXERCISE_FILE
        if target.exists():
            current = folder.exercise()
            if current.to_dict() != exercise.to_dict():
                raise WorkshopError(
                    f"{folder.path} is already set up for the exercise “{current.title}” "
                    f"({current.id}); choose an empty folder for “{exercise.title}”")
            return folder
        text = ("# The exercise this workshop folder collects drafts for.\n"
                + yaml.safe_dump(exercise.to_dict(), sort_keys=False, allow_unicode=True))
        try:
            (folder.path / SUBMISSIONS).mkdir(parents=True, exist_ok=True)
            _write_exclusive(target, text.encode("utf-8"))
        except FileExistsError:
            return cls.create(path, exercise)  # set up at the same moment by someone else
        except OSError as exc:
            raise WorkshopError(f"{folder.path}: cannot set up the workshop folder "
                                f"({exc.strerror or exc})") from None
        return folder

    def exercise(self) -> Exercise:
        """The folder's exercise (read again when the file changes)."""
        target = self.path / EXERCISE_FILE
        try:
            stamp = target.stat().st_mtime_ns
        except OSError:
            if not self.path.is_dir():
                raise WorkshopError(f"{self.path}: no such workshop folder") from None
            raise WorkshopError(
                f"{self.path}: not a workshop folder (no {EXERCISE_FILE}); set it up with "
                f"`coachkit workshop init {self.path} EXERCISE.yml`") from None
        if self._exercise is None or self._exercise[0] != stamp:
            self._exercise = (stamp, load_exercise(target))
        return self._exercise[1]

    # -- submitting ------------------------------------------------------------------
    def submit(self, code: str, *, subject: str, body: str, kind: str | None = None,
               sender: str = "", notes: InterviewNotes | None = None,
               parts: dict[str, str] | None = None, report: Report | None = None,
               now: datetime | None = None) -> Path:
        """Write one submission atomically under the participant's code; returns its path.
        Earlier submissions of the same code are kept."""
        exercise = self.exercise()
        code = check_code(code)
        if not (subject.strip() or body.strip()):
            raise WorkshopError("nothing to submit yet: write the message first")
        if len(body) + len(subject) > MAX_SUBMISSION_BYTES // 2:
            raise WorkshopError(f"this draft is {len(body) + len(subject):,} characters: far "
                                "too long to submit (a follow-up is a few hundred words)")
        record: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "exercise": exercise.id, "participant": code, "revision": 0,
            "submitted_at": (now or datetime.now(UTC)).astimezone().isoformat(),
            "kind": kind or exercise.kind, "subject": subject, "body": body,
            "sender": sender, "parts": dict(parts or {}),
            "notes": notes.to_dict() if notes is not None else None,
            "score": ({"overall": report.overall, "categories": report.categories}
                      if report is not None else None),
        }
        # what scan() would skip must not be accepted (multi-byte or escaped characters)
        size = len(json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8"))
        if size > MAX_SUBMISSION_BYTES - 64:  # room for a longer revision number
            raise WorkshopError(f"this draft takes {size:,} bytes to save: far too long to "
                                "submit (a follow-up is a few hundred words)")
        folder = self.path / SUBMISSIONS / code
        try:
            folder.mkdir(parents=True, exist_ok=True)
            return _link_next(folder, code, record)
        except OSError as exc:
            raise WorkshopError(f"{folder}: could not save the submission "
                                f"({exc.strerror or exc}); nothing was lost from the "
                                "composer, try again") from None

    def history(self, code: str) -> list[Submission]:
        """Every submission of one participant, oldest first."""
        code = check_code(code)
        return [s for s in self.scan().submissions if s.participant == code]

    # -- reading ---------------------------------------------------------------------
    def fingerprint(self) -> Fingerprint:
        """What changes whenever a submission, a stray file or the exercise changes
        (names, sizes and modification times), found without reading any file: a cheap
        way to tell whether ``scan()`` would find anything new."""
        found: list[tuple[Any, ...]] = []
        try:
            st = (self.path / EXERCISE_FILE).stat()
            found.append((EXERCISE_FILE, st.st_size, st.st_mtime_ns))
            entries = list(os.scandir(self.path / SUBMISSIONS))
        except FileNotFoundError:
            return tuple(found)
        now = time.time()
        for entry in entries:
            try:
                if not entry.is_dir():
                    found.append((entry.name,))
                    continue
                for item in os.scandir(entry.path):
                    st = item.stat()
                    if item.name.startswith("."):  # a write in progress, or one left over
                        if item.name.endswith(".tmp"):
                            stale = now - st.st_mtime > STALE_TEMP_SECONDS
                            found.append((entry.name, item.name, stale))
                        continue
                    found.append((entry.name, item.name, st.st_size, st.st_mtime_ns))
            except OSError:  # gone while we looked: the next look sees what replaced it
                found.append((entry.name, "?"))
        return tuple(sorted(found, key=repr))

    def scan(self) -> Scan:
        """Read every submission; problems are collected, never raised."""
        exercise = self.exercise()
        root = self.path / SUBMISSIONS
        subs: list[Submission] = []
        problems: list[Problem] = []
        if not root.is_dir():
            return Scan((), ())
        now = time.time()
        for entry in sorted(os.scandir(root), key=lambda e: e.name):
            rel = f"{SUBMISSIONS}/{entry.name}"
            if entry.name.startswith("."):
                continue
            if not entry.is_dir():
                problems.append(Problem(rel, "not a participant folder; skipped"))
                continue
            try:
                items = sorted(os.scandir(entry.path), key=lambda e: e.name)
            except OSError as exc:  # removed or unreadable while the room submits
                problems.append(Problem(rel, f"cannot be read ({exc.strerror or exc}); "
                                             "skipped"))
                continue
            for item in items:
                item_rel = f"{rel}/{item.name}"
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


# -- writing ---------------------------------------------------------------------------
def _write_exclusive(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _link_next(folder: Path, code: str, record: dict[str, Any]) -> Path:
    """Write the record under the next free revision number of ``folder``."""
    taken = [int(m["rev"]) for name in os.listdir(folder) if (m := _FILE_RE.match(name))]
    revision = max(taken, default=0) + 1
    temp = folder / f".{code}-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        while True:
            record["revision"] = revision
            data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
            temp.unlink(missing_ok=True)
            _write_exclusive(temp, data)
            final = folder / f"{code}-r{revision:04d}.json"
            try:
                os.link(temp, final)  # atomic, and fails if the name is taken
                return final
            except FileExistsError:
                revision += 1
            except OSError as exc:  # a share without hard links: reserve, then replace
                if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
                    raise
                try:
                    os.close(os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
                except FileExistsError:
                    revision += 1
                    continue
                os.replace(temp, final)
                return final
    finally:
        temp.unlink(missing_ok=True)


# -- reading ---------------------------------------------------------------------------
def _age(entry: os.DirEntry[str], now: float) -> float:
    try:
        return now - entry.stat().st_mtime
    except OSError:
        return 0.0


def _read(item: os.DirEntry[str], rel: str, code: str, exercise: Exercise,
          problems: list[Problem]) -> Submission | None:
    def skip(why: str) -> None:
        problems.append(Problem(rel, why + "; skipped"))

    match = _FILE_RE.match(item.name)
    if not item.is_file() or not match:
        skip("not a submission file (expected names like code-r0001.json)")
        return None
    if match["code"] != code:
        skip(f"a submission of {match['code']!r} inside the folder of {code!r}")
        return None
    try:
        size = item.stat().st_size
        if size == 0:
            skip("empty file (a copy that did not finish?)")
            return None
        if size > MAX_SUBMISSION_BYTES:
            skip(f"{size:,} bytes, more than a submission can be ({MAX_SUBMISSION_BYTES:,})")
            return None
        raw = Path(item.path).read_bytes()
    except OSError as exc:
        skip(f"cannot be read ({exc.strerror or exc})")
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
                exercise: Exercise, skip: Any) -> Submission | None:
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
