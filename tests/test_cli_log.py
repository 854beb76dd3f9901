"""``coachkit log``: the outcome log from a terminal, end to end in subprocesses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from coachkit.applog import ApplicationStore
from coachkit.cli import run

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample_applications.csv"


@dataclass
class Done:
    code: int
    stdout: str
    stderr: str


@pytest.fixture
def coachkit(tmp_path):
    """Run ``python -m coachkit ARGS`` with $COACHKIT_HOME in tmp_path/home."""
    env = {**os.environ, "COACHKIT_HOME": str(tmp_path / "home"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}

    def run_(*args: object, stdin: str = "") -> Done:
        done = subprocess.run([sys.executable, "-m", "coachkit", *map(str, args)],
                              input=stdin, capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=120)
        return Done(done.returncode, done.stdout, done.stderr)

    return run_


def ok(done: Done) -> Done:
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def refused(done: Done, text: str) -> Done:
    """Exit code 2 and one line "coachkit: ..." (after the question when one was asked)."""
    assert done.code == 2, done.stdout
    last = done.stderr.strip().splitlines()[-1]
    assert "coachkit: " in last and text in last, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) <= 2
    return done


def test_add_reply_list_report(coachkit, tmp_path):
    ids = []
    for i, (company, outcome) in enumerate([("Northwind", "rejected"), ("Contoso", "offer"),
                                            ("Fabrikam", None), ("Litware", "interview")]):
        done = ok(coachkit("log", "add", company, "--role", "Data Analyst", "--applied",
                           f"2026-10-0{i + 1}", "--interview", f"10/1{i}/2026 14:00",
                           "--interviewer", "Dana Reyes", "--channel", "referral"))
        app_id = done.stdout.strip()
        assert len(app_id) == 8
        ids.append(app_id)
        if outcome:
            ok(coachkit("log", "reply", app_id[:5], "--on", "Oct 25, 2026", "--outcome",
                        outcome, "--note", "by phone"))
    listed = ok(coachkit("log", "list")).stdout
    assert listed.splitlines()[0].split() == ["id", "company", "role", "applied",
                                              "follow-ups", "outcome", "days", "waiting"]
    assert all(i in listed for i in ids) and "rejected" in listed and "offer" in listed
    waiting = ok(coachkit("log", "list", "--waiting")).stdout
    assert ids[2] in waiting and ids[0] not in waiting and ids[3] not in waiting
    rows = json.loads(ok(coachkit("log", "list", "--json")).stdout)
    assert [r["company"] for r in rows] == ["Litware", "Fabrikam", "Contoso", "Northwind"]
    assert rows[3]["events"][0]["note"] == "by phone"
    ok(coachkit("log", "export", "-o", "mine.csv"))
    ok(coachkit("report", "mine.csv", "-o", "report.html", "--as-of", "2026-11-01"))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "4 applications" in html or "4</" in html


def test_show_update_and_errors(coachkit):
    app_id = ok(coachkit("log", "add", "Northwind", "--applied", "today")).stdout.strip()
    ok(coachkit("log", "reply", app_id, "--on", "2026-11-20T10:00", "--outcome", "answer"))
    shown = ok(coachkit("log", "show", app_id)).stdout
    assert "Northwind" in shown and "Events:" in shown and "answer" in shown
    updated = ok(coachkit("log", "update", app_id, "--role", "Analyst", "--outcome",
                          "withdrew", "--interviewer", "Li")).stdout
    assert "Analyst" in updated and "withdrew" in updated and "Li" in updated
    data = json.loads(ok(coachkit("log", "show", app_id[:4], "--json")).stdout)
    assert data["role"] == "Analyst" and data["interviewers"] == ["Li"]
    refused(coachkit("log", "show", "ffffffff" if app_id != "ffffffff" else "00000000"),
            "No application with id")
    refused(coachkit("log", "reply", app_id, "--on", "someday", "--outcome", "answer"),
            "--on: expected a date")
    refused(coachkit("log", "reply", app_id, "--on", "today", "--outcome", "ghosted"),
            "invalid choice")
    refused(coachkit("log", "add", "Acme", "--applied", "2026-13-45"), "--applied")
    refused(coachkit("log", "update", app_id), "give a field")
    refused(coachkit("log"), "choose an action")


def test_home_option_picks_the_store(coachkit, tmp_path):
    other = tmp_path / "elsewhere"
    ok(coachkit("log", "--home", other, "add", "Elsewhere Inc"))
    assert (other / "applications.sqlite3").is_file()
    assert "No applications yet" in ok(coachkit("log", "list")).stdout
    assert not (tmp_path / "home" / "applications.sqlite3").exists()  # list creates nothing
    refused(coachkit("log", "show", "abcd"), "no outcome log here yet")


def test_import_duplicates_and_export_anonymous(coachkit, tmp_path):
    first = ok(coachkit("log", "import", SAMPLE)).stdout
    assert "60 added" in first
    again = ok(coachkit("log", "import", SAMPLE)).stdout
    assert "0 added" in again and "60 rows match" in again and "--duplicates" in again
    assert "Re-run" in again
    assert "60 kept" in ok(coachkit("log", "import", SAMPLE, "--duplicates",
                                    "keep-existing")).stdout
    assert "60 replaced" in ok(coachkit("log", "import", SAMPLE, "--duplicates",
                                        "replace")).stdout
    ok(coachkit("log", "export", "-o", "anon.csv", "--anonymous"))
    text = (tmp_path / "anon.csv").read_text(encoding="utf-8")
    for company in {line.split(",")[0] for line in SAMPLE.read_text().splitlines()[1:]}:
        assert company not in text
    assert text.splitlines()[1].startswith("company 1,")
    refused(coachkit("log", "export", "-o", "anon.csv"), "already exists")
    refused(coachkit("log", "import", ROOT / "tests" / "outcomes_bad" / "corrupt.xlsx"),
            "corrupt.xlsx")


def test_import_xlsx_and_mapping(coachkit, tmp_path):
    import pandas as pd

    pd.read_csv(SAMPLE, dtype=str, keep_default_na=False).head(12).to_excel(
        tmp_path / "log.xlsx", index=False)
    assert "12 added" in ok(coachkit("log", "import", "log.xlsx")).stdout


def test_forget_one_and_all(coachkit, tmp_path):
    keep = ok(coachkit("log", "add", "Keep")).stdout.strip()
    gone = ok(coachkit("log", "add", "Gone")).stdout.strip()
    assert "Forgot Gone" in ok(coachkit("log", "forget", gone)).stdout
    assert gone not in ok(coachkit("log", "list")).stdout
    refused(coachkit("log", "forget"), "--all")
    refused(coachkit("log", "forget", "--all", stdin="no\n"), "nothing was erased")
    assert keep in ok(coachkit("log", "list")).stdout
    done = ok(coachkit("log", "forget", "--all", stdin="yes\n"))
    assert "Erased" in done.stdout and "Type yes" in done.stderr
    assert list((tmp_path / "home").iterdir()) == []
    ok(coachkit("log", "add", "Again"))
    ok(coachkit("log", "forget", "--all", "--yes"))
    assert list((tmp_path / "home").iterdir()) == []
    assert "Nothing to forget" in ok(coachkit("log", "forget", "--all", "--yes")).stdout


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_import_asks_per_duplicate_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    small = tmp_path / "small.csv"
    small.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:4]) + "\n",
                     encoding="utf-8")
    assert run(["log", "import", str(small)], out=io.StringIO()) == 0
    out = Terminal()
    assert run(["log", "import", str(small)], out=out, stdin=Terminal("b\nr\n\n")) == 0
    text = out.getvalue()
    assert text.count("Keep the (e)xisting one") == 3
    assert "1 added, 1 replaced, 1 kept" in text
    with ApplicationStore(tmp_path / "applications.sqlite3") as store:
        assert len(store.list()) == 4
