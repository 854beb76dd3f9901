"""``coachkit workshop ...``: set-up, submissions from a script, score and report files."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from coachkit.cli import run
from coachkit.workshop import Cohort, WorkshopFolder
from coachkit.workshop.report import cohort_summary_html, feedback_html

REPO = Path(__file__).resolve().parents[1]
EXERCISE = REPO / "data" / "exercises" / "thank_you_panel.yml"

PEOPLE = ["Rosalind Featherstone", "Kofi Mensah-Boateng", "Ingrid Solberg"]
DRAFT = """Subject: Thank you for yesterday's panel

Dear Priya and Tomás,

Thank you for the panel interview for the Customer Success Manager role at Harbourline
Logistics. I enjoyed hearing how the move to Zendesk went, and I would love to help the
team win back unhappy customers. I will circle back next week with the plan I mentioned.

Best regards,
{name}
{email}
"""


def cli(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    out = io.StringIO()
    import contextlib

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run(list(args), out=out, stdin=io.StringIO(stdin) if stdin is not None else None)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def room(tmp_path: Path) -> Path:
    folder = tmp_path / "room"
    code, out, _ = cli("workshop", "init", str(folder), str(EXERCISE))
    assert code == 0 and "workshop folder ready" in out
    for i, name in enumerate(PEOPLE):
        email = f"{name.split()[0].lower()}@example.org"
        draft = tmp_path / f"d{i}.txt"
        text = DRAFT.format(name=name, email=email)
        if i == 1:
            text = text.replace("I enjoyed", "I beleive I enjoyed").replace("<", "")
        draft.write_text(text, encoding="utf-8")
        code, out, err = cli("workshop", "submit", str(folder), str(draft), "--code", f"p-{i}",
                             "--sender", name)
        assert code == 0, err
        assert re.search(r"submitted .*p-\d-r0001\.json \(overall \d+\)", out)
    return folder


def test_check_describes_the_exercise_and_rejects_a_bad_one(tmp_path):
    code, out, _ = cli("workshop", "check", str(EXERCISE))
    assert code == 0
    assert "kind: thank_you" in out and "target words: 90-170" in out
    assert "circle back" in out and "scored as sent at 2026-12-02 18:30" in out
    bad = tmp_path / "bad.yml"
    bad.write_text("title: x\nkind: memo\nminutes: lots\n", encoding="utf-8")
    code, out, err = cli("workshop", "check", str(bad))
    assert code == 2 and out == ""
    assert "'kind' must be one of" in err and "'minutes'" in err and "scenario" in err
    assert "Traceback" not in err


def test_a_folder_that_is_not_set_up_is_a_clear_error(tmp_path):
    for action in ("status", "score", "report"):
        args = ["workshop", action, str(tmp_path)] + (["-o", str(tmp_path / "o")]
                                                      if action == "report" else [])
        code, _, err = cli(*args)
        assert code == 2 and "not a workshop folder" in err and "workshop init" in err


def test_submit_from_stdin_and_resubmission_keeps_versions(room):
    text = DRAFT.format(name="Anon", email="")
    for _ in range(2):
        code, _, err = cli("workshop", "submit", str(room), "-", "--code", "P-0", stdin=text)
        assert code == 0, err
    files = sorted(p.name for p in (room / "submissions" / "p-0").iterdir())
    assert files == ["p-0-r0001.json", "p-0-r0002.json", "p-0-r0003.json"]
    code, out, _ = cli("workshop", "status", str(room))
    assert code == 0 and "3 participants, 5 submissions, 0 files skipped" in out
    assert re.search(r"p-0\s+submission 3", out)


def test_submit_refuses_a_bad_code_and_an_empty_draft(room, tmp_path):
    draft = tmp_path / "d0.txt"
    code, _, err = cli("workshop", "submit", str(room), str(draft), "--code", "Jane Doe")
    assert code == 2 and "participant code 'Jane Doe'" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = cli("workshop", "submit", str(room), str(empty), "--code", "p-9")
    assert code == 2 and "nothing to submit" in err


def test_score_writes_one_row_per_participant(room, tmp_path):
    output = tmp_path / "cohort.csv"
    code, out, _ = cli("workshop", "score", str(room), "-o", str(output))
    assert code == 0 and "3 participants" in out
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert [r["participant"] for r in rows] == ["p-0", "p-1", "p-2"]
    assert {"overall", "tone", "correctness", "words", "findings"} <= set(rows[0])
    assert all("tone.avoid" in r["findings"] for r in rows)  # "circle back", the coach's list
    assert "correctness.spelling" in rows[1]["findings"]
    assert int(rows[1]["correctness"]) < int(rows[0]["correctness"])
    # never replaced without --force; printed to stdout without -o
    code, _, err = cli("workshop", "score", str(room), "-o", str(output))
    assert code == 2 and "already exists" in err
    assert cli("workshop", "score", str(room), "-o", str(output), "--force")[0] == 0
    code, out, _ = cli("workshop", "score", str(room))
    assert code == 0 and out.splitlines()[0].startswith("participant,revision")
    code, _, err = cli("workshop", "score", str(room), "-o",
                       str(room / "submissions" / "x.csv"))
    assert code == 2 and "inside the submissions folder" in err


def test_skipped_files_are_reported_not_fatal(room, tmp_path):
    (room / "submissions" / "p-0" / "p-0-r0007.json").write_text('{"format": "coa',
                                                                 encoding="utf-8")
    (room / "submissions" / "notes.txt").write_text("hello", encoding="utf-8")
    code, out, err = cli("workshop", "score", str(room))
    assert code == 0 and len(out.splitlines()) == 4
    assert "p-0-r0007.json: damaged or partial JSON at line 1" in err
    assert "submissions/notes.txt: not a participant folder" in err
    code, _, err = cli("workshop", "report", str(room), "-o", str(tmp_path / "out"))
    assert code == 0 and "p-0-r0007.json: damaged" in err
    summary = (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    assert "2 files in the workshop folder could not be read and were skipped" in summary


def test_report_writes_summary_and_feedback_pages(room, tmp_path):
    outdir = tmp_path / "reports"
    code, out, err = cli("workshop", "report", str(room), "-o", str(outdir))
    assert code == 0, err
    assert "3 feedback pages" in out
    summary = (outdir / "summary.html").read_text(encoding="utf-8")
    assert "3 participants" in summary and "data:image/png;base64," in summary
    assert "A phrase your coach asked you to avoid" in summary  # a teaching moment
    pages = sorted(p.name for p in (outdir / "feedback").iterdir())
    assert pages == ["p-0.html", "p-1.html", "p-2.html"]
    page = (outdir / "feedback" / "p-1.html").read_text(encoding="utf-8")
    assert "Three changes that would raise your score most" in page
    assert page.count("<li><b>") == 3  # three ranked changes, each worth points
    assert 'data-rule="correctness.spelling"' in page and "beleive" in page
    assert "room median" in page
    # existing reports are never replaced without --force
    code, _, err = cli("workshop", "report", str(room), "-o", str(outdir))
    assert code == 2 and "already exist" in err
    assert cli("workshop", "report", str(room), "-o", str(outdir), "--force")[0] == 0


def test_summary_names_nobody(room, tmp_path):
    cohort = Cohort.from_folder(room)
    summary = cohort_summary_html(cohort).lower()
    for secret in [*PEOPLE, "Priya Raman", "Tomás Ellery", "Priya", "Ellery", "@example.org",
                   "p-0", "p-1"]:
        assert secret.lower() not in summary, secret
    # the feedback page is the participant's own: their draft is shown as written
    page = feedback_html(cohort, cohort.entry("p-2"))
    assert "Ingrid Solberg" in page


def test_html_in_a_draft_is_escaped_everywhere(room, tmp_path):
    draft = tmp_path / "evil.txt"
    draft.write_text("Dear Priya,\n\n<script>alert(1)</script> <img src=x onerror=alert(2)> "
                     "Thank you.\n\nBest,\nEve\n", encoding="utf-8")
    assert cli("workshop", "submit", str(room), str(draft), "--code", "eve")[0] == 0
    cohort = Cohort.from_folder(room)
    page = feedback_html(cohort, cohort.entry("eve"))
    summary = cohort_summary_html(cohort)
    for html in (page, summary):
        assert "<script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in page


def test_demo_fills_a_folder_for_a_rehearsal(tmp_path):
    pytest.importorskip("coachkit.workshop.demo")
    folder = WorkshopFolder.create(tmp_path / "demo", EXERCISE)
    code, out, _ = cli("workshop", "demo", str(folder.path), "-n", "6", "--seed", "2")
    assert code == 0 and "demo submissions" in out
    assert len(folder.scan().latest) == 6
