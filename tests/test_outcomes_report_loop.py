"""The report's "What works for me" and "Waiting longer than usual" sections, the report
of the person's own outcome log (no LOG argument), and the coach's cohort report."""

from __future__ import annotations

import html
import io
import re
import sys
import types
from contextlib import redirect_stderr
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest

from coachkit.cli import run
from coachkit.cli_outcomes import EMPTY_STORE
from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications
from coachkit.outcomes.waiting import waiting_longer
from coachkit.outcomes.writing import what_works

SAMPLE = Path(__file__).parents[1] / "data" / "sample_applications.csv"
AS_OF = "2026-11-30"


def report(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = run(["report", *argv], out=out)
    return status, out.getvalue(), err.getvalue()


def section(page: str, key: str) -> str:
    found = re.search(f"<section id={key}>(.*?)</section>", page, re.S)
    assert found, f"no section {key}"
    return found.group(1)


def test_the_report_shows_what_works_and_what_waits_longer_than_usual(tmp_path):
    target = tmp_path / "report.html"
    table = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    table["follow_up_verdict"] = ""
    table["Referrer"] = ""
    log = tmp_path / "log.csv"
    log.write_text(table.to_csv(index=False), encoding="utf-8")
    status, _, err = report(str(log), "-o", str(target), "--as-of", AS_OF)
    assert status == 0, err
    assert "kept as extra columns (not used by the figures): Referrer\n" in err
    page = target.read_text(encoding="utf-8")
    works = section(page, "what_works")
    assert "<h2>What works for me</h2>" in works
    assert works.count('src="data:image/png;base64,') == 1
    apps = load_applications(SAMPLE, as_of=AS_OF)
    panel = what_works(apps, as_of=AS_OF, silence_days=30)
    assert panel.enough and len(panel.sentences) == 5
    for sentence in panel.sentences:
        assert f"<p class=ck-sentence>{html.escape(sentence)}</p>" in works
    waiting = section(page, "waiting")
    rows = waiting_longer(apps, as_of=AS_OF)
    assert waiting.count("<tr>") == len(rows) + 1 == 8
    assert (f"{len(rows)} applications have had no answer for longer than usual (75% of your "
            "answers came within 9 days") in waiting
    for w in rows:
        assert (f"<td>{html.escape(w.company)}</td><td>{html.escape(w.role)}</td>"
                f"<td>{w.waiting_since:%Y-%m-%d}</td><td>{w.days}</td>"
                f"<td>{w.check_in_on:%Y-%m-%d}</td>") in waiting


def test_a_short_log_says_it_is_too_early_instead_of_a_chart(tmp_path):
    table = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False).iloc[:8]
    log = tmp_path / "short.csv"
    log.write_text(table.to_csv(index=False), encoding="utf-8")
    target = tmp_path / "r.html"
    status, _, err = report(str(log), "-o", str(target), "--as-of", AS_OF)
    assert status == 0, err
    works = section(target.read_text(encoding="utf-8"), "what_works")
    assert "<img" not in works
    assert "It is too early to tell what works for you: " in works
    assert "At 20 decided applications this panel will compare" in works


class _FakeStore:
    """Stands in for coachkit.applog.ApplicationStore: a frame, or nothing."""

    frame: pd.DataFrame | None = None

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> _FakeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def list(self) -> list:
        return [] if self.frame is None else list(range(len(self.frame)))

    def to_applications(self, *, as_of: object = None):
        if self.frame is None:
            raise ApplicationsError("table: no applications left to analyse")
        return load_applications(self.frame, as_of=as_of)


@pytest.fixture()
def fake_store(monkeypatch):
    module = types.ModuleType("coachkit.applog")
    module.ApplicationStore = _FakeStore
    module.applications_store_path = lambda home=None: Path(home) / "applications.sqlite3"
    monkeypatch.setitem(sys.modules, "coachkit.applog", module)
    monkeypatch.setattr(_FakeStore, "frame", None)
    return _FakeStore


def test_without_a_log_the_report_reads_the_outcome_log(tmp_path, fake_store):
    target = tmp_path / "r.html"
    status, _, err = report("-o", str(target), "--home", str(tmp_path), "--as-of", AS_OF)
    assert status == 2 and err == f"coachkit: {EMPTY_STORE}\n"  # no file yet: one line
    (tmp_path / "applications.sqlite3").write_bytes(b"")
    status, _, err = report("-o", str(target), "--home", str(tmp_path), "--as-of", AS_OF)
    assert status == 2 and err == f"coachkit: {EMPTY_STORE}\n"  # a store with nothing in it
    assert not target.exists()
    frame = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    frame["application_id"] = [f"{i:08x}" for i in range(len(frame))]
    fake_store.frame = frame
    status, out, err = report("-o", str(target), "--home", str(tmp_path), "--as-of", AS_OF)
    assert status == 0, err
    assert out == f"wrote {target}\n"
    assert "extra columns" not in err  # the store's own columns are not news
    page = target.read_text(encoding="utf-8")
    assert "your outcome log: 60 applications, as of 2026-11-30" in page
    assert "<h2>What works for me</h2>" in page and "<section id=waiting>" in page
    status, _, err = report("-o", str(target), "--force", "--mapping", "m.yml")
    assert status == 2 and "--mapping and --strict apply to a LOG file" in err


def test_without_a_log_and_without_the_store_module_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "coachkit.applog", None)  # import fails
    status, _, err = report("-o", str(tmp_path / "r.html"), "--home", str(tmp_path))
    assert status == 2 and err.count("\n") == 1 and "pass a LOG file" in err


def test_the_report_of_a_real_outcome_log(tmp_path):
    applog = pytest.importorskip("coachkit.applog")
    store = applog.ApplicationStore(applog.applications_store_path(tmp_path))
    try:
        for i in range(24):
            interview = datetime(2026, 9, 1, 10) + timedelta(days=2 * i)
            app = store.add(f"Company {i}", role="Data Analyst",
                            applied_on=(interview - timedelta(days=10)).date(),
                            interviewed_at=interview)
            store.record_follow_up(app.id, kind="thank_you",
                                   sent_at=interview + timedelta(hours=6 + 30 * (i % 3)),
                                   score=60 + i, verdict="ready" if i >= 20 else "revise")
            if i % 2:
                store.log_event(app.id, "answer", interview + timedelta(days=5))
            elif i < 16:
                store.update(app.id, outcome="no_response")
    finally:
        store.close()
    target = tmp_path / "r.html"
    status, _, err = report("-o", str(target), "--home", str(tmp_path), "--as-of", AS_OF)
    assert status == 0, err
    page = target.read_text(encoding="utf-8")
    assert "your outcome log: 24 applications" in page
    assert "<h2>What works for me</h2>" in page and "<section id=waiting>" in page


def test_the_cohort_report_combines_the_participants(tmp_path):
    table = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    files = []
    for i, name in enumerate(["ann", "bob", "cara"]):
        files.append(tmp_path / f"{name}.csv")
        files[-1].write_text(table.iloc[20 * i:20 * (i + 1)].to_csv(index=False),
                             encoding="utf-8")
    (tmp_path / "dan.csv").write_text("x\n", encoding="utf-8")
    target = tmp_path / "cohort.html"
    status, _, err = report(*map(str, files), str(tmp_path / "dan.csv"), "--cohort",
                            "-o", str(target), "--as-of", AS_OF)
    assert status == 0, err
    assert "coachkit: warning: dan: left out, could not be read" in err
    page = target.read_text(encoding="utf-8")
    assert "cohort of 3 participants: 60 applications" in page
    assert "<h2>What works in this cohort</h2>" in section(page, "what_works")
    assert "<section id=waiting>" not in page  # the usual wait is a person's own
    status, _, err = report(*map(str, files), "-o", str(tmp_path / "x.html"))
    assert status == 2 and "add --cohort" in err
    status, _, err = report("--cohort", "-o", str(tmp_path / "x.html"))
    assert status == 2 and "--cohort needs the participants' LOG files" in err

