"""Hostile inputs to the readers of drafts, notes, rules and exercises (review rows 2, 3, 4,
11, 13 and 18), then more of the same kind: each gets a one-line error or a correct result,
quickly and in little memory."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coachkit.cli import run

REPO = Path(__file__).resolve().parents[2]
EXERCISE = REPO / "data" / "exercises" / "thank_you_panel.yml"
DRAFT = ("Subject: Thank you\n\nDear Dana,\n\nThank you for teh interview for the analyst "
         "role.\nI recieve your notes on the forecasting model and will circle back asap.\n\n"
         "Best regards,\nAlex\n")
# 9 anchors of 9 items each: under 400 bytes that expand to 9**9 (387 million) strings
BOMB = ("[&a [lol, lol, lol, lol, lol, lol, lol, lol, lol], "
        + ", ".join(f"&{b} [{', '.join([f'*{a}'] * 9)}]"
                    for a, b in zip("abcdefgh", "bcdefghi", strict=True))
        + ", *i]")


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@contextlib.contextmanager
def endless_fifo(folder: Path) -> Iterator[Path]:
    """A FIFO whose writer thread writes until the test is over."""
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    stop = threading.Event()

    def write_forever() -> None:
        fd = os.open(fifo, os.O_WRONLY)  # blocks until a reader opens the FIFO
        try:
            while not stop.is_set():
                os.write(fd, b"y\n" * 8192)
        except BrokenPipeError:
            pass
        finally:
            os.close(fd)

    writer = threading.Thread(target=write_forever, daemon=True)
    writer.start()
    try:
        yield fifo
    finally:
        stop.set()
        # a writer still waiting for a reader gets one, then a broken pipe
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        writer.join(timeout=5)
        assert not writer.is_alive()


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ws") / "room"
    assert run(["workshop", "init", str(folder), str(EXERCISE)], out=io.StringIO()) == 0
    return folder


def cli(*args: str | Path) -> tuple[int, str, str]:
    """Run coachkit in this process: status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run([str(a) for a in args], out=out, stdin=io.StringIO(""))
    return code, out.getvalue(), err.getvalue()


# --- row 2: devices, FIFOs and endless pipes are capped like big files ------------------

COMMANDS: dict[str, Callable[[Path, Path, Path], list[str | Path]]] = {
    "score": lambda src, draft, room: ["score", src],
    "notes": lambda src, draft, room: ["score", draft, "--notes", src],
    "rules": lambda src, draft, room: ["score", draft, "--rules", src],
    "submit": lambda src, draft, room: ["workshop", "submit", room, src, "--code", "p-1"],
    "check": lambda src, draft, room: ["workshop", "check", src],
}


@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "fifo"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_row02_endless_sources_are_refused_at_the_cap(run_coachkit, tmp_path, room, command,
                                                      source):
    draft = write(tmp_path, "d.txt", DRAFT)
    with contextlib.ExitStack() as stack:
        src = stack.enter_context(endless_fifo(tmp_path)) if source == "fifo" else Path(source)
        result = run_coachkit(*COMMANDS[command](src, draft, room)).expect(2)
    assert "larger than the" in result.stderr and "allowed for" in result.stderr


@pytest.mark.parametrize("command", [["score", "-"], ["score", "-", "--format", "json"],
                                     ["workshop", "submit", "ROOM", "-", "--code", "p-2"]],
                         ids=["score", "score-json", "submit"])
@pytest.mark.parametrize("feed", ["yes", "/dev/zero"])
def test_row02_endless_standard_input_is_refused(run_coachkit, room, command, feed):
    argv = [str(room) if a == "ROOM" else a for a in command]
    if feed == "yes":
        yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
        try:
            result = run_coachkit(*argv, stdin=yes.stdout)
        finally:
            yes.kill()
            yes.wait()
            yes.stdout.close()  # type: ignore[union-attr]
    else:
        with open(feed, "rb") as zero:
            result = run_coachkit(*argv, stdin=zero)
    if "json" in command:  # a draft that cannot be read is a JSON error object
        assert result.status == 2 and "larger than the" in json.loads(result.stdout)["error"]
        assert result.wall < 5 and result.peak_mb < 400  # the harness bound
    else:
        result.expect(2)
        assert "standard input is larger than the" in result.stderr


# --- row 3: alias bombs in every field the review named -----------------------------------

BOMBED = {
    "notes-interviewed_at": ("n.yml", f"company: Acme\ninterviewed_at: {BOMB}\n"),
    "notes-decision_by": ("n.yml", f"decision_by: {BOMB}\n"),
    "rules-vocabulary": ("r.yml", f"vocabulary: {BOMB}\n"),
    "rules-sets": ("r.yml", f"sets:\n  acronyms: {BOMB}\n"),
    "rules-kinds": ("r.yml", f"lists:\n  tone.slang:\n    kinds: {BOMB}\n"),
    "rules-phrase": ("r.yml", f"lists:\n  tone.slang:\n    entries:\n      - phrase: {BOMB}\n"),
    "exercise-kind": ("e.yml", f"title: T\nminutes: 5\nkind: {BOMB}\n"),
    "exercise-avoid": ("e.yml", f"title: T\nkind: thank_you\nminutes: 5\nrules:\n"
                                f"  avoid: {BOMB}\n"),
}


@pytest.mark.parametrize("case", list(BOMBED))
def test_row03_alias_bombs_are_refused(run_coachkit, tmp_path, case):
    name, text = BOMBED[case]
    path = write(tmp_path, name, text)
    draft = write(tmp_path, "d.txt", DRAFT)
    argv = {"n": ["score", draft, "--notes", path], "r": ["score", draft, "--rules", path],
            "e": ["workshop", "check", path]}[name[0]]
    result = run_coachkit(*argv).expect(2, wall=3)
    assert str(path) in result.stderr and "aliases" in result.stderr


# --- row 4: dates that do not exist -------------------------------------------------------

IMPOSSIBLE = {
    "notes-decision_by": ("n.yml", "decision_by: 2026-11-31\n", "decision_by"),
    "notes-interviewed_at": ("n.yml", "interviewed_at: 2026-11-20 25:00:00\n",
                             "interviewed_at"),
    "notes-year-0": ("n.yml", "decision_by: 0000-01-01\n", "decision_by"),
    "notes-json": ("n.json", '{"decision_by": "2026-02-30"}', "decision_by"),
    "exercise-sent_at": ("e.yml", EXERCISE.read_text("utf-8").replace(
        "sent_at: 2026-12-02T18:30", "sent_at: 2026-13-01T10:00"), "sent_at"),
    "exercise-scenario": ("e.yml", EXERCISE.read_text("utf-8").replace(
        "interviewed_at: 2026-12-02T14:00", "interviewed_at: 2026-12-32T14:00"),
        "interviewed_at"),
    "cli-interviewed-at": (None, "2026-11-31T10:00", "--interviewed-at"),
    "cli-sent-at": (None, "2026-11-20 25:00", "--sent-at"),
}


@pytest.mark.parametrize("case", list(IMPOSSIBLE))
def test_row04_impossible_dates_are_one_line_errors(run_coachkit, tmp_path, case):
    name, text, field = IMPOSSIBLE[case]
    draft = write(tmp_path, "d.txt", DRAFT)
    if name is None:
        argv: list[str | Path] = ["score", draft, field, text]
    else:
        path = write(tmp_path, name, text)
        argv = (["workshop", "check", path] if name.startswith("e")
                else ["score", draft, "--notes", path])
    result = run_coachkit(*argv).expect(2, wall=3)
    assert field in result.stderr and "expected an ISO 8601 date" in result.stderr
    assert name is None or name in result.stderr
    assert "out of range" in result.stderr or "must be in" in result.stderr  # and why


def test_row04_a_date_that_does_not_exist_in_a_rules_list_is_just_a_word(tmp_path):
    rules = write(tmp_path, "r.yml", "vocabulary: [2026-11-31, Zendesk]\n")
    code, out, err = cli("score", write(tmp_path, "d.txt", DRAFT), "--rules", rules)
    assert code == 0 and err == "" and "overall" in out.lower()


# --- row 11: byte-order marks -------------------------------------------------------------

ENCODINGS = {"utf-16-le": ("utf-16-le", b"\xff\xfe"), "utf-16-be": ("utf-16-be", b"\xfe\xff"),
             "utf-32-le": ("utf-32-le", b"\xff\xfe\x00\x00"),
             "utf-32-be": ("utf-32-be", b"\x00\x00\xfe\xff"),
             "utf-8-bom": ("utf-8", b"\xef\xbb\xbf")}


def encoded(text: str, encoding: str) -> bytes:
    codec, bom = ENCODINGS[encoding]
    return bom + text.encode(codec)


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_row11_files_with_a_byte_order_mark_are_read(tmp_path, encoding):
    notes_text = (REPO / "data" / "sample_notes.yml").read_text("utf-8")
    rules_text = "vocabulary: [Zendesk]\nchecks: {tone.slang: false}\n"
    plain = cli("score", write(tmp_path, "a.txt", DRAFT), "--format", "json",
                "--notes", write(tmp_path, "a.yml", notes_text),
                "--rules", write(tmp_path, "a-rules.yml", rules_text))
    marked = cli("score", write(tmp_path, "b.txt", encoded(DRAFT, encoding)), "--format",
                 "json", "--notes", write(tmp_path, "b.yml", encoded(notes_text, encoding)),
                 "--rules", write(tmp_path, "b-rules.yml", encoded(rules_text, encoding)))
    assert plain[0] == 0 and plain[2] == ""
    report, other = json.loads(plain[1]), json.loads(marked[1])
    assert marked[0] == 0 and marked[2] == ""
    if encoding == "utf-8-bom":  # the mark stays, as open(encoding="utf-8") keeps it
        assert other["overall"] == report["overall"]
    else:
        assert other == report


@pytest.mark.parametrize("raw", [b"\xff\xfeH\x00i", b"\xfe\xff\xd8\x00\x00A"],
                         ids=["odd-length", "lone-surrogate"])
def test_row11_broken_utf16_is_a_one_line_error(tmp_path, raw):
    code, _, err = cli("score", write(tmp_path, "d.txt", raw))
    assert code == 2 and "not valid UTF-16" in err and len(err.splitlines()) == 1


# --- row 13: nesting deeper than any hand-written file -----------------------------------

@pytest.mark.parametrize("name", ["deep.yml", "deep.json"])
def test_row13_deep_nesting_is_refused(run_coachkit, tmp_path, name):
    notes = write(tmp_path, name, '{"topics": ' + "[" * 100_000 + "]" * 100_000 + "}")
    draft = write(tmp_path, "d.txt", DRAFT)
    result = run_coachkit("score", draft, "--notes", notes).expect(2, wall=3)
    assert name in result.stderr and "nested" in result.stderr and "64" in result.stderr


# --- row 18: offsets of a CRLF draft ------------------------------------------------------

@pytest.mark.parametrize("newline", ["\r\n", "\r", "mixed"])
def test_row18_offsets_index_the_text_read_with_universal_newlines(run_coachkit, tmp_path,
                                                                     newline):
    lines = DRAFT.split("\n")
    if newline == "mixed":
        raw = "".join(line + ("\r\n", "\r", "\n")[i % 3] for i, line in enumerate(lines))
    else:
        raw = newline.join(lines)
    path = write(tmp_path, "crlf.txt", raw)
    result = run_coachkit("score", path, "--format", "json").expect(0)
    findings = json.loads(result.stdout)["findings"]
    with open(path, encoding="utf-8") as f:  # what any Python tool would read
        normalised = f.read()
    assert normalised == DRAFT + ("\n" if newline == "mixed" else "")
    assert len([f for f in findings if f["start"] > normalised.index("Thank")]) >= 3
    for finding in findings:
        assert finding["text"] == normalised[finding["start"]:finding["end"]]


def test_row18_the_offsets_are_documented():
    out = _help()
    assert "universal newlines" in out and "offsets" in out
    readme = " ".join((REPO / "README.md").read_text("utf-8").split())
    assert "offsets into the text as read with universal newlines" in readme
    assert "## Limits on input" in readme


def _help() -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        run(["score", "--help"], out=out)
    return out.getvalue()


# --- more hostile inputs of the same kind -------------------------------------------------
# id: (file name, content, where it goes, exit status, text the output must hold)
NOTES_MB = "company: " + "x" * 2_000_000 + "\n"
TOPICS = "topics:\n" + "".join(f"  - topic {i}\n" for i in range(10_000))
EXTRA: dict[str, tuple[str, str | bytes, str, int, str]] = {
    "notes-list": ("n.yml", "- company\n- role\n", "notes", 2, "expected a mapping"),
    "notes-scalar": ("n.yml", "just a sentence\n", "notes", 2, "expected a mapping"),
    "notes-null": ("n.yml", "~\n", "notes", 0, "Overall"),
    "notes-empty": ("n.yml", "", "notes", 0, "Overall"),
    "interviewers-number": ("n.yml", "interviewers: 42\n", "notes", 2, "got 42: put the text"),
    "notes-2mb-line": ("n.yml", NOTES_MB, "notes", 2, "far too big for a notes file"),
    "notes-nul": ("n.yml", "company: Ac\x00me\n", "notes", 2, "U+0000 is not allowed"),
    "notes-latin1": ("n.yml", b"company: Caf\xe9\n", "notes", 2, "not UTF-8 text (byte 12)"),
    "notes-utf16": ("n.yml", "company: Café Müller\n".encode("utf-16"), "notes", 0,
                    "Overall"),
    "notes-10k-topics": ("n.yml", TOPICS, "notes", 0, "Overall"),
    "yaml-binary": ("n.yml", "company: !!binary aGVsbG8=\n", "notes", 2, "got bytes"),
    "yaml-set": ("n.yml", "interviewers: !!set {a, b}\n", "notes", 2, "got set"),
    "yaml-python-tag": ("n.yml", "company: !!python/object:os.system {}\n", "notes", 2,
                        "could not determine a constructor"),
    "yaml-huge-int": ("n.yml", "company: " + "9" * 5000 + "\n", "notes", 2,
                      "cannot read this value"),
    "yaml-huge-key": ("n.yml", "? " + "k" * 100_000 + "\n: 1\n", "notes", 2, "unknown field 'kkk"),
    "json-1mb-string": ("n.json", json.dumps({"company": "x" * 990_000}), "notes", 0,
                        "Overall"),
    "json-huge-int": ("n.json", '{"company": ' + "9" * 5000 + "}", "notes", 2,
                      "invalid JSON"),
    "json-list": ("n.json", "[1, 2]", "notes", 2, "expected a mapping"),
    "date-year-99999": ("n.yml", "decision_by: 99999-01-01\n", "notes", 2, "decision_by"),
    "date-tz-aware": ("n.yml", "interviewed_at: 2026-11-20T14:00:00+05:30\n", "notes", 0,
                      "Overall"),
    "date-offset-25h": ("n.yml", "interviewed_at: 2026-11-20 10:00:00+25:00\n", "notes", 2,
                        "interviewed_at"),
    "date-as-list": ("n.yml", "decision_by: [2026, 12, 1]\n", "notes", 2, "got [2026, 12"),
    "rules-list": ("r.yml", "- vocabulary\n", "rules", 2, "r.yml"),
    "rules-deep": ("r.yml", "vocabulary: " + "[" * 500 + "]" * 500 + "\n", "rules", 2,
                   "nested more than 64"),
    "exercise-utf16": ("e.yml", EXERCISE.read_text("utf-8").encode("utf-16"), "exercise", 0,
                       "exercise: Thank-you"),
    "exercise-huge-kind": ("e.yml", "title: T\nminutes: 5\nkind: " + "k" * 500_000 + "\n",
                           "exercise", 2, "(got 'kkk"),
    "draft-bom-subject": ("d.txt", "\ufeffSubject: Hi\n\nHi Dana,\nThanks.\n", "draft", 0,
                          "Overall"),
    "draft-only-bom": ("d.txt", b"\xef\xbb\xbf", "draft", 0, "correctness.empty"),
    "draft-cr-only": ("d.txt", "Subject: Hi\rHi Dana,\rThanks.\r", "draft", 0, "Overall"),
    "draft-binary": ("d.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "draft", 2, "binary file"),
    "draft-odd-utf32": ("d.txt", b"\xff\xfe\x00\x00abc", "draft", 2, "not valid UTF-32"),
}


@pytest.mark.parametrize("case", list(EXTRA))
def test_extra_hostile_inputs_get_a_clear_error_or_a_correct_result(run_coachkit, tmp_path,
                                                                     case):
    name, content, role, status, expected = EXTRA[case]
    path = write(tmp_path, name, content)
    draft = path if role == "draft" else write(tmp_path, "d.txt", DRAFT)
    argv: list[str | Path] = {"notes": ["score", draft, "--notes", path],
                              "rules": ["score", draft, "--rules", path],
                              "exercise": ["workshop", "check", path],
                              "draft": ["score", draft]}[role]
    result = run_coachkit(*argv).expect(status)
    assert expected in (result.stderr if status else result.stdout)
    assert len(result.stderr) < 600  # no value is quoted whole


@pytest.mark.parametrize("case", ["folder", "loop", "huge-kind", "empty-stdin", "missing"])
def test_extra_hostile_paths_and_options(run_coachkit, tmp_path, case):
    draft = write(tmp_path, "d.txt", DRAFT)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    argv, status, expected = {
        "folder": (["score", draft, "--notes", tmp_path], 2, "is a folder"),
        "loop": (["score", tmp_path / "loop"], 2, "Too many levels of symbolic links"),
        "huge-kind": (["score", draft, "--kind", "k" * 100_000], 2, "invalid choice"),
        "empty-stdin": (["score", "-"], 0, "correctness.empty"),
        "missing": (["score", draft, "--rules", tmp_path / "none.yml"], 2, "cannot read"),
    }[case]
    result = run_coachkit(*argv, stdin=b"").expect(status)
    assert expected in (result.stderr if status else result.stdout)
    assert len(result.stderr) < 600
