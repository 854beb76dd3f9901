"""The command-line contract: JSON shape, JSON Lines, errors and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from coachkit.cli import run
from samples import GOOD_THANK_YOU

NOTES_YAML = """company: Northwind Analytics
role: Operations Analyst
interviewers: [Dana Whitfield, Sam Ortiz]
interviewed_at: 2026-11-20T14:00
topics: [warehouse forecasting model, migrating reports to dbt]
decision_by: 2026-12-01
"""


def _run(argv, stdin=""):
    out = io.StringIO()
    code = run(argv, out=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


def test_json_output_matches_the_contract(tmp_path):
    draft = tmp_path / "note.txt"
    text = GOOD_THANK_YOU.replace("especially", "especialy")
    draft.write_text(text, encoding="utf-8")
    notes = tmp_path / "notes.yml"
    notes.write_text(NOTES_YAML)
    code, out = _run(["score", str(draft), "--notes", str(notes), "--format", "json",
                      "--sent-at", "2026-11-21T09:00"])
    assert code == 0
    obj = json.loads(out)
    assert set(obj) == {"overall", "verdict", "capped_by", "categories", "findings", "stats"}
    assert set(obj["categories"]) == {"timeliness", "personalization", "concision",
                                      "correctness", "tone"}
    assert obj["categories"]["timeliness"] == 100
    assert set(obj["stats"]) == {"words", "sentences", "reading_grade", "questions"}
    read_back = draft.read_text(encoding="utf-8")
    for f in obj["findings"]:
        assert read_back[f["start"]:f["end"]] == f["text"]
        assert f["category"] in obj["categories"]
        assert f["severity"] in ("error", "warning", "suggestion")
    assert any(f["text"] == "especialy" and f["suggestion"] == "especially"
               for f in obj["findings"])


def test_timeliness_null_without_times(tmp_path):
    draft = tmp_path / "note.txt"
    draft.write_text(GOOD_THANK_YOU)
    code, out = _run(["score", str(draft), "--format", "json"])
    assert code == 0 and json.loads(out)["categories"]["timeliness"] is None


def test_several_files_give_json_lines_and_errors_go_on(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(GOOD_THANK_YOU)
    b.write_text("Dear Dana,\n\nThanks lol.\n\nBest,\nJo")
    binary = tmp_path / "c.bin"
    binary.write_bytes(b"\x00\x01\x02junk")
    code, out = _run(["score", str(a), str(tmp_path / "missing.txt"), str(binary), str(b),
                      "--format", "json"])
    lines = [json.loads(x) for x in out.splitlines()]
    assert code == 2
    assert [x["file"] for x in lines] == [str(a), str(tmp_path / "missing.txt"), str(binary),
                                          str(b)]
    assert "overall" in lines[0] and "overall" in lines[3]
    assert "cannot read" in lines[1]["error"]
    assert "binary" in lines[2]["error"]


def test_stdin_and_crlf_offsets(tmp_path):
    text = "Subject: Thanks\r\n\r\nDear Dana,\r\n\r\nI recieved it.\r\n\r\nBest,\r\nJo\r\n"
    code, out = _run(["score", "-", "--format", "json"], stdin=text.replace("\r\n", "\n"))
    obj = json.loads(out)
    normalised = text.replace("\r\n", "\n")
    assert code == 0
    assert any(normalised[f["start"]:f["end"]] == "recieved" for f in obj["findings"])
    f = tmp_path / "crlf.txt"
    f.write_bytes(text.encode())
    code, out = _run(["score", str(f), "--format", "json"])
    as_python_reads = f.read_text()
    for finding in json.loads(out)["findings"]:
        assert as_python_reads[finding["start"]:finding["end"]] == finding["text"]


def test_bad_input_exits_2_with_one_line(tmp_path, capsys):
    draft = tmp_path / "n.txt"
    draft.write_text("Hi")
    bad_notes = tmp_path / "bad.yml"
    bad_notes.write_text("company: [unclosed\n")
    for argv, needle in [
        (["score", str(draft), "--sent-at", "next tuesday"], "--sent-at"),
        (["score", str(draft), "--notes", str(bad_notes)], "column"),
        (["score", str(draft), "--notes", str(tmp_path / "none.yml")], "cannot read"),
        (["score", str(draft), "--kind", "love_letter"], "invalid choice"),
        (["score"], "required"),
    ]:
        code, _ = _run(argv)
        err = capsys.readouterr().err
        assert code == 2, argv
        assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_non_utf8_file_is_reported(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Dear Jos\xe9,\n\nThank you.".encode("latin-1"))
    code, out = _run(["score", str(f), str(f), "--format", "json"])
    first = json.loads(out.splitlines()[0])
    assert code == 2 and "UTF-8" in first["error"]


def test_text_format_shows_caret_under_the_span(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("Dear Dana,\n\nI recieved your note.\n\nBest,\nJo\n")
    code, out = _run(["score", str(f)])
    assert code == 0
    lines = out.splitlines()
    i = next(i for i, line in enumerate(lines) if "correctness.spelling" in line)
    assert lines[i + 1].strip() == "I recieved your note."
    caret = lines[i + 2]
    assert caret.strip() == "^" * len("recieved")
    assert caret.index("^") == lines[i + 1].index("recieved")


def test_rules_lists_every_check():
    from coachkit.scoring import all_checks

    code, out = _run(["rules", "--format", "json"])
    listed = {c["id"] for c in json.loads(out)}
    assert code == 0 and listed == {c.id for c in all_checks()}
    code, text = _run(["rules"])
    assert "tone.pushy" in text and "Pressure" in text


def test_console_script_runs_as_a_process(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("Dear Dana,\n\nThank you.\n\nBest,\nJo\n")
    proc = subprocess.run([sys.executable, "-m", "coachkit", "score", str(f), "--format",
                           "json"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["overall"] > 0
