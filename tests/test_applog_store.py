"""The applications store in one process: every method, and the file's safety."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coachkit.applog import (
    EVENT_KINDS,
    Application,
    ApplicationNotFound,
    ApplicationStore,
    applications_store_path,
)
from coachkit.errors import InputError, StoreError
from coachkit.model import InterviewNotes
from coachkit.paths import APPLICATIONS_FILENAME

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample_applications.csv"
T0 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))


@pytest.fixture
def store(tmp_path):
    with ApplicationStore(tmp_path / APPLICATIONS_FILENAME, clock=FakeClock()) as s:
        yield s


def notes(**kw) -> InterviewNotes:
    values = {"company": "Northwind", "role": "Data Analyst", "interviewers": ("Dana Reyes",),
              "interviewed_at": datetime(2026, 11, 12, 14)}
    return InterviewNotes(**{**values, **kw})


# -- public names, paths --------------------------------------------------------------


def test_public_names_and_path(tmp_path, monkeypatch):
    import coachkit.applog
    import coachkit.errors

    assert all(hasattr(coachkit.applog, n) for n in coachkit.applog.__all__)
    assert EVENT_KINDS == ("answer", "interview", "rejected", "offer", "withdrew",
                           "no_response")
    assert issubclass(ApplicationNotFound, StoreError) and issubclass(ApplicationNotFound,
                                                                      KeyError)
    assert "ApplicationNotFound" in coachkit.errors.__all__
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "h"))
    assert applications_store_path() == tmp_path / "h" / "applications.sqlite3"
    assert applications_store_path(tmp_path) == tmp_path / "applications.sqlite3"
    with ApplicationStore() as s:
        assert s.path == tmp_path / "h" / "applications.sqlite3"


def test_outcomes_match_the_log_schema():
    from coachkit.applog.fields import OUTCOMES
    from coachkit.outcomes import OUTCOMES as LOG_OUTCOMES

    assert OUTCOMES == LOG_OUTCOMES


def test_importing_the_package_stays_light():
    import subprocess
    import sys

    code = "import sys, coachkit.applog; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# -- add, get, list, update, find ----------------------------------------------------------


def test_add_get_and_prefixes(store):
    app = store.add("  Northwind   Traders ", role="Analyst", applied_on="2026-11-02",
                    interviewed_at="2026-11-12 14:00", interviewers=["Dana", " Li "],
                    channel="referral", notes="met at a fair")
    assert len(app.id) == 8 and int(app.id, 16) >= 0
    assert app.company == "Northwind Traders" and app.interviewers == ("Dana", "Li")
    assert app.applied_on == date(2026, 11, 2)
    assert app.interviewed_at == datetime(2026, 11, 12, 14)
    assert app.outcome == "pending" and app.source == "cli"
    assert app.created_at.tzinfo is not None
    assert store.get(app.id) == app
    assert store.get(app.id[:3].upper()) == app
    assert app.to_notes() == InterviewNotes(company="Northwind Traders", role="Analyst",
                                            interviewers=("Dana", "Li"),
                                            interviewed_at=datetime(2026, 11, 12, 14))


def test_unknown_and_ambiguous_ids(store):
    ids = {store.add(f"C{i}").id for i in range(40)}
    missing = next(f"{n:08x}" for n in range(100) if f"{n:08x}" not in ids)
    with pytest.raises(ApplicationNotFound, match=missing):
        store.get(missing)
    with pytest.raises(ApplicationNotFound, match="ids are 8"):
        store.get("not-an-id")
    first = {i[0] for i in ids}
    shared = next(c for c in first if sum(i.startswith(c) for i in ids) > 1)
    with pytest.raises(ApplicationNotFound, match="ambiguous"):
        store.get(shared)
    with pytest.raises(KeyError):
        store.forget("0000000z")


def test_bad_values_are_input_errors(store):
    with pytest.raises(InputError, match="company"):
        store.add("   ")
    with pytest.raises(InputError, match="outcome"):
        store.add("A", outcome="ghosted")
    with pytest.raises(InputError, match="applied_on"):
        store.add("A", applied_on="someday")
    app = store.add("A")
    with pytest.raises(InputError, match="cannot set id"):
        store.update(app.id, id="12345678")
    with pytest.raises(InputError, match="kind"):
        store.record_follow_up(app.id, kind="hello", sent_at="2026-11-12")
    with pytest.raises(InputError, match="score"):
        store.record_follow_up(app.id, kind="thank_you", sent_at="2026-11-12", score=140)
    with pytest.raises(InputError, match="verdict"):
        store.record_follow_up(app.id, kind="thank_you", sent_at="2026-11-12", verdict="meh")
    assert store.get(app.id).follow_ups == ()


def test_list_is_newest_first(store):
    a = store.add("A", applied_on="2026-10-01")
    b = store.add("B", applied_on="2026-11-01")
    c = store.add("C", applied_on="2026-10-15")
    d = store.add("D", applied_on="2026-10-15")
    assert [x.id for x in store.list()] == [b.id, d.id, c.id, a.id]


def test_update_changes_only_the_given_fields(store):
    app = store.add("A", role="Dev", applied_on="2026-10-01")
    new = store.update(app.id[:4], outcome="offer", response_at="2026-10-20 10:00",
                       stages={"phone screen": "2026-10-05"}, notes="yay")
    assert new.outcome == "offer" and new.response_at == datetime(2026, 10, 20, 10)
    assert new.stages == {"phone screen": datetime(2026, 10, 5)}
    assert new.role == "Dev" and new.notes == "yay" and new.created_at == app.created_at
    assert new.updated_at > app.updated_at
    assert store.update(app.id, response_at=None).response_at is None


def test_find_is_case_and_space_insensitive_and_by_day(store):
    a = store.add("Northwind", role="Data  Analyst", applied_on="2026-11-02",
                  interviewed_at="2026-11-12 14:00")
    store.add("Northwind", role="Engineer", applied_on="2026-11-02")
    store.add("Contoso", role="Data Analyst")
    assert [x.id for x in store.find(" northwind ", "data analyst")] == [a.id]
    assert [x.id for x in store.find("NORTHWIND", "Data Analyst", date(2026, 11, 12))] == [a.id]
    assert [x.id for x in store.find("Northwind", "Data Analyst", date(2026, 11, 2))] == [a.id]
    assert store.find("Northwind", "Data Analyst", datetime(2026, 11, 3)) == []


# -- follow-ups from the composer -------------------------------------------------------


def test_record_sent_creates_then_a_check_in_attaches(store):
    app, first = store.record_sent(notes(), kind="thank_you", sent_at=datetime(2026, 11, 12, 18),
                                   score=84, verdict="ready", draft_id="d1", draft_version=3)
    assert app.source == "composer" and app.company == "Northwind"
    assert app.interviewers == ("Dana Reyes",) and app.interviewed_at == datetime(2026, 11, 12, 14)
    assert (first.kind, first.score, first.verdict, first.draft_id, first.draft_version) == (
        "thank_you", 84, "ready", "d1", 3)
    again, check_in = store.record_sent(notes(), kind="check_in",
                                        sent_at=datetime(2026, 11, 19, 9), draft_id="d2")
    assert again.id == app.id and [f.id for f in again.follow_ups] == [first.id, check_in.id]
    # the same draft sent again (another version) goes where it went before
    moved, _ = store.record_sent(notes(company="Other"), kind="thank_you",
                                 sent_at=datetime(2026, 11, 13), draft_id="d1", draft_version=4)
    assert moved.id == app.id and len(store.list()) == 1


def test_record_sent_finds_an_application_added_before_the_interview(store):
    added = store.add("Northwind", role="Data Analyst", applied_on="2026-11-01")
    app, _ = store.record_sent(notes(), kind="thank_you", sent_at="2026-11-12T18:00")
    assert app.id == added.id
    assert app.interviewed_at == datetime(2026, 11, 12, 14)
    assert app.interviewers == ("Dana Reyes",) and app.source == "cli"


def test_record_sent_needs_a_company(store):
    with pytest.raises(InputError, match="company"):
        store.record_sent(notes(company=None), kind="thank_you", sent_at="2026-11-12")
    app, _ = store.record_sent(notes(company=None), kind="thank_you", sent_at="2026-11-12",
                               company="Fabrikam")
    assert app.company == "Fabrikam"


def test_a_zoned_sent_time_is_kept_as_local_wall_clock(store):
    app = store.add("A")
    moment = datetime(2026, 11, 12, 18, tzinfo=UTC)
    follow_up = store.record_follow_up(app.id, kind="thank_you", sent_at=moment)
    assert follow_up.sent_at == moment.astimezone().replace(tzinfo=None)
    assert store.get(app.id).follow_ups == (follow_up,)


# -- events --------------------------------------------------------------------------------


def test_answer_sets_the_answer_time_once(store):
    app = store.add("A", applied_on="2026-11-01")
    store.log_event(app.id, "answer", "2026-11-05", note="recruiter wrote")
    store.log_event(app.id, "answer", "2026-11-07")
    got = store.get(app.id)
    assert got.response_at == datetime(2026, 11, 5) and got.outcome == "pending"
    assert [(e.kind, e.note) for e in got.events] == [("answer", "recruiter wrote"),
                                                      ("answer", "")]


def test_interviews_add_numbered_stages(store):
    app = store.add("A", applied_on="2026-11-01", interviewed_at="2026-11-10 10:00")
    event = store.log_event(app.id, "interview", "2026-11-20 15:00")
    assert event.kind == "interview" and event.on == datetime(2026, 11, 20, 15)
    got = store.get(app.id)
    assert got.response_at == datetime(2026, 11, 20, 15)  # invited again: an answer
    store.log_event(app.id, "interview", "2026-11-27 15:00")
    got = store.get(app.id)
    assert got.stages == {"interview 2": datetime(2026, 11, 20, 15),
                          "interview 3": datetime(2026, 11, 27, 15)}
    assert got.interviewed_at == datetime(2026, 11, 10, 10)
    assert got.response_at == datetime(2026, 11, 20, 15)
    store.log_event(app.id, "offer", "2026-12-01")
    got = store.get(app.id)
    assert got.outcome == "offer" and got.response_at == datetime(2026, 11, 20, 15)
    assert [e.kind for e in got.events] == ["interview", "interview", "offer"]


def test_first_interview_sets_the_interview_time(store):
    app = store.add("A", applied_on="2026-11-01")
    store.log_event(app.id, "answer", "2026-11-03", note="invited")
    assert store.get(app.id).response_at == datetime(2026, 11, 3)
    store.log_event(app.id, "interview", "2026-11-08 09:30")
    got = store.get(app.id)
    assert got.interviewed_at == datetime(2026, 11, 8, 9, 30) and got.stages == {}
    assert got.response_at is None  # the answer after the interview is still to come
    store.log_event(app.id, "rejected", "2026-11-15")
    assert store.get(app.id).response_at == datetime(2026, 11, 15)


@pytest.mark.parametrize("kind", ["rejected", "offer"])
def test_rejected_and_offer_set_outcome_and_answer(store, kind):
    app = store.add("A", applied_on="2026-11-01")
    store.log_event(app.id, kind, date(2026, 11, 9))
    got = store.get(app.id)
    assert got.outcome == kind and got.response_at == datetime(2026, 11, 9)


@pytest.mark.parametrize("kind", ["withdrew", "no_response"])
def test_withdrew_and_no_response_set_the_outcome_only(store, kind):
    app = store.add("A", applied_on="2026-11-01")
    store.log_event(app.id, kind, "2026-11-30")
    got = store.get(app.id)
    assert got.outcome == kind and got.response_at is None


def test_a_bad_event_changes_nothing(store):
    app = store.add("A")
    with pytest.raises(InputError, match="event"):
        store.log_event(app.id, "ghosted", "2026-11-30")
    with pytest.raises(InputError, match="on"):
        store.log_event(app.id, "answer", "")
    with pytest.raises(ApplicationNotFound):
        store.log_event("abcdef12", "answer", "2026-11-30")
    assert store.get(app.id) == app


# -- import --------------------------------------------------------------------------------


def test_import_a_csv_then_duplicates_each_way(store):
    first = store.import_log(SAMPLE)
    assert (first.added, first.replaced, first.skipped, first.duplicates) == (60, 0, 0, ())
    apps = store.list()
    assert len(apps) == 60 and {a.source for a in apps} == {"import: sample_applications.csv"}
    followed = [a for a in apps if a.follow_ups]
    assert followed and all(f.kind in ("thank_you", "check_in", "additional_info",
                                       "rejection_reply") for a in followed
                            for f in a.follow_ups)
    asked = store.import_log(SAMPLE)
    assert (asked.added, asked.replaced, asked.skipped, len(asked.duplicates)) == (0, 0, 0, 60)
    dup = asked.duplicates[0]
    assert dup.existing.company == dup.incoming["company"]
    assert len(store.list()) == 60  # nothing added while asking
    kept = store.import_log(SAMPLE, on_duplicate="keep_existing")
    assert (kept.added, kept.skipped) == (0, 60)
    replaced = store.import_log(SAMPLE, on_duplicate="replace")
    assert (replaced.added, replaced.replaced) == (0, 60) and len(store.list()) == 60
    assert all(len(a.follow_ups) <= 1 for a in store.list())  # not recorded twice
    both = store.import_log(SAMPLE, on_duplicate="keep_both")
    assert both.added == 60 and len(store.list()) == 120


def test_resolve_each_choice(store):
    store.import_log(SAMPLE)
    dups = store.import_log(SAMPLE).duplicates
    edited = {**dups[0].incoming, "notes": "from the new file"}
    from coachkit.applog import Duplicate

    assert store.resolve(dups[1], "keep_existing") is None
    replaced = store.resolve(Duplicate(dups[0].existing, edited), "replace")
    assert replaced.id == dups[0].existing.id and replaced.notes == "from the new file"
    added = store.resolve(dups[2], "keep_both")
    assert added.id != dups[2].existing.id and added.company == dups[2].existing.company
    assert len(store.list()) == 61
    with pytest.raises(InputError, match="choice"):
        store.resolve(dups[3], "merge")
    with pytest.raises(InputError, match="on_duplicate"):
        store.import_log(SAMPLE, on_duplicate="merge")


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests" / "outcomes_real")
                                         .glob("*.csv")))
def test_real_logs_import_whole(tmp_path, name):
    from coachkit.outcomes import load_applications

    path = ROOT / "tests" / "outcomes_real" / name
    loaded = load_applications(path)
    with ApplicationStore(tmp_path / "s.sqlite3") as store:
        result = store.import_log(path, on_duplicate="keep_both")
        assert result.added == len(loaded.frame)
        assert len(result.left_out) == len(loaded.left_out)
        again = store.to_applications()
    assert len(again) == len(loaded)
    assert (again.frame["outcome"].value_counts().to_dict()
            == loaded.frame["outcome"].value_counts().to_dict())
    assert again.frame["response_at"].notna().sum() == loaded.frame["response_at"].notna().sum()


def test_import_xlsx_bytes_and_frames(store, tmp_path):
    import pandas as pd

    frame = pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)
    xlsx = tmp_path / "log.xlsx"
    frame.head(10).to_excel(xlsx, index=False)
    assert store.import_log(xlsx).added == 10
    assert store.get(store.list()[0].id).source == "import: log.xlsx"
    assert store.import_log(SAMPLE.read_bytes(), on_duplicate="keep_existing").added == 50
    result = store.import_log(frame.head(5), on_duplicate="keep_both")
    assert result.added == 5 and store.list()[0].source.startswith("import: ")


def test_import_with_a_mapping(store, tmp_path):
    path = tmp_path / "de.csv"
    path.write_text("Firma;Stelle;Beworben am;Status\nA;Dev;2026-10-01;Absage\n"
                    "B;Dev;2026-10-02;offen\nC;QA;2026-10-03;Angebot\n", encoding="utf-8")
    mapping = tmp_path / "m.yml"
    mapping.write_text("columns:\n  company: [Firma]\n  role: [Stelle]\n"
                       "  applied_on: [Beworben am]\n  outcome: [Status]\n"
                       "statuses:\n  Absage: rejected\n  offen: pending\n  Angebot: offer\n",
                       encoding="utf-8")
    assert store.import_log(path, mapping=mapping).added == 3
    assert sorted(a.outcome for a in store.list()) == ["offer", "pending", "rejected"]


# -- frame, Applications, export ---------------------------------------------------------


def _loop(store) -> Application:
    app, _ = store.record_sent(notes(), kind="thank_you", sent_at=datetime(2026, 11, 12, 18),
                               score=84, verdict="ready", draft_id="d1", draft_version=3)
    store.update(app.id, applied_on="2026-11-01", channel="referral from Dana",
                 notes="Dana liked the dashboard")
    store.record_sent(notes(), kind="check_in", sent_at=datetime(2026, 11, 19, 9))
    store.log_event(app.id, "interview", "2026-11-24 10:00")
    store.log_event(app.id, "rejected", "2026-11-28")
    return store.get(app.id)


def test_to_frame_columns_and_values(store):
    from coachkit.applog.rows import EXTRA_COLUMNS, LOG_COLUMNS
    from coachkit.outcomes import COLUMNS

    app = _loop(store)
    store.add("Contoso", applied_on="2026-11-03")
    frame = store.to_frame()
    names = [c.name for c in COLUMNS]
    assert tuple(names) == LOG_COLUMNS
    assert list(frame.columns) == [*names, *EXTRA_COLUMNS, "interview 2"]
    row = frame[frame["application_id"] == app.id].iloc[0]
    assert row["follow_up_kind"] == "thank_you" and row["follow_up_score"] == 84
    assert row["follow_up_verdict"] == "ready" and row["draft_id"] == "d1"
    assert row["draft_version"] == 3 and row["check_ins"] == 1
    assert row["outcome"] == "rejected"
    assert str(row["interview 2"]) == "2026-11-24 10:00:00"


def test_to_frame_of_an_empty_store(store):
    frame = store.to_frame()
    assert len(frame) == 0 and "company" in frame.columns


def test_to_applications_round_trip_through_analyse(store):
    from coachkit.outcomes.analysis import analyse

    store.import_log(SAMPLE)
    app = _loop(store)
    apps = store.to_applications(as_of="2026-12-01")
    assert len(apps) == 61 and apps.left_out == ()
    assert apps.source == APPLICATIONS_FILENAME
    row = apps.frame[apps.frame["application_id"] == app.id].iloc[0]
    assert row["status"] == "responded" and row["delay_band"] == "<24 h"
    result = analyse(apps.frame, apps.frame["applied_on"].max())
    assert result.n == 61 and result.headline


def test_export_csv_never_overwrites(store, tmp_path):
    store.import_log(SAMPLE)
    target = tmp_path / "log.csv"
    assert store.export_csv(target) == target
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("company,role,applied_on,interviewed_at,")
    with pytest.raises(InputError, match="already exists"):
        store.export_csv(target)
    assert target.read_text(encoding="utf-8") == text
    from coachkit.outcomes import load_applications

    assert len(load_applications(target)) == 60


def test_anonymous_export_has_no_company_person_or_note_text(store, tmp_path):
    app = _loop(store)
    store.add("Contoso Pharmaceuticals", role="Senior Backend Engineer",
              applied_on="2026-11-03", channel="job board", notes="salary 90k, ask Priya")
    store.add("contoso pharmaceuticals", role="QA", applied_on="2026-11-04",
              interviewers=["Priya Natarajan"])
    store.update(app.id, stages={"Lunch with Sam Okafor": "2026-11-20"})
    target = store.export_csv(tmp_path / "anon.csv", anonymous=True)
    text = target.read_text(encoding="utf-8")
    for secret in ("Northwind", "Contoso", "contoso", "Dana", "Priya", "Sam", "Okafor",
                   "dashboard", "salary", "Data Analyst", "Backend", app.id, "d1"):
        assert secret not in text, secret
    lines = text.splitlines()
    assert "follow_up_verdict" in lines[0] and "notes" not in lines[0].split(",")
    assert sorted(line.split(",")[0] for line in lines[1:]) == ["company 1", "company 1",
                                                              "company 2"]  # stable
    assert "2026-11-12 18:00" in text and "ready" in text and "other" in text


def test_forget_one_and_forget_all_leave_nothing(tmp_path):
    path = tmp_path / "home" / APPLICATIONS_FILENAME
    store = ApplicationStore(path)
    keep, gone = store.add("A"), store.add("B")
    store.record_follow_up(gone.id, kind="thank_you", sent_at="2026-11-12")
    store.log_event(gone.id, "answer", "2026-11-13")
    store.forget(gone.id)
    assert [a.id for a in store.list()] == [keep.id]
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM follow_ups").fetchone()[0] == 0
    assert raw.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    raw.close()
    store.forget_all()
    assert list(path.parent.iterdir()) == []
    with pytest.raises(StoreError, match="closed"):
        store.list()


# -- the file ------------------------------------------------------------------------------


def test_the_file_is_wal_full_sync_and_marked(store):
    store.add("A")
    raw = sqlite3.connect(store.path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    assert raw.execute("PRAGMA application_id").fetchone()[0] == 0x434B4131
    raw.close()
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_a_drafts_journal_is_not_an_applications_store(tmp_path):
    from coachkit.store import DraftJournal

    path = tmp_path / "drafts.sqlite3"
    DraftJournal(path).close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a coachkit applications store"):
        ApplicationStore(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("data", [b"This is my CV, not a database.\n" * 100,
                                  b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(tmp_path, data):
    path = tmp_path / APPLICATIONS_FILENAME
    path.write_bytes(data)
    with pytest.raises(StoreError, match=str(path)) as info:
        ApplicationStore(path)
    assert "untouched" in str(info.value) and "applications store" in str(info.value)
    assert path.read_bytes() == data


def test_a_damaged_store_raises_store_error_naming_the_file(tmp_path):
    path = tmp_path / APPLICATIONS_FILENAME
    with ApplicationStore(path) as s:
        for i in range(200):
            a = s.add(f"Company {i}", role="x" * 200, notes="n" * 500)
            s.log_event(a.id, "answer", "2026-11-13", note="e" * 300)
    data = bytearray(path.read_bytes())
    data[4096 * 5:4096 * 5 + 300] = b"\xab" * 300
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match=str(path)), ApplicationStore(path) as s:
        s.list()
        s.to_frame()


def test_a_damaged_value_is_a_store_error(store):
    app = store.add("A")
    store._conn.execute("UPDATE applications SET stages = 'not json' WHERE id = ?", (app.id,))
    with pytest.raises(StoreError, match="damaged value"):
        store.get(app.id)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / APPLICATIONS_FILENAME
    ApplicationStore(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(StoreError, match="schema version 99"):
        ApplicationStore(path)


def test_forced_read_only_reads_and_refuses_writes(tmp_path):
    path = tmp_path / APPLICATIONS_FILENAME
    with ApplicationStore(path) as s:
        app = s.add("A")
    before = path.read_bytes()
    with ApplicationStore(path, read_only=True) as s:
        assert s.read_only and s.get(app.id) == app
        with pytest.raises(StoreError, match=r"read-only \(.*\): cannot save"):
            s.add("B")
        with pytest.raises(StoreError, match="read-only"):
            s.forget_all()
    assert path.read_bytes() == before
    with pytest.raises(StoreError, match=r"no applications yet|Cannot create"):
        ApplicationStore(tmp_path / "none.sqlite3", read_only=True)


def _freeze(path: Path) -> bool:
    """Make a folder unwritable (root: the immutable attribute); False when impossible."""
    if os.geteuid() != 0:
        path.chmod(0o555)
        return True
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def _thaw(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    path.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="permission bits")
def test_an_unwritable_folder_opens_read_only(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    with ApplicationStore(folder / APPLICATIONS_FILENAME) as s:
        app = s.add("A")
    if not _freeze(folder):
        pytest.skip("cannot make a folder read-only here")
    try:
        with ApplicationStore(folder / APPLICATIONS_FILENAME) as s:
            assert s.read_only
            assert s.list()[0].id == app.id
            with pytest.raises(StoreError, match="read-only"):
                s.log_event(app.id, "answer", "2026-11-20")
    finally:
        _thaw(folder)


def test_threads_share_one_store(store):
    app = store.add("A")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                store.record_follow_up(app.id, kind="check_in", sent_at=f"2026-11-{n + 1:02d}",
                                       score=i)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(store.get(app.id).follow_ups) == 100


def test_a_second_store_object_sees_every_change(tmp_path):
    path = tmp_path / APPLICATIONS_FILENAME
    with ApplicationStore(path) as writer, ApplicationStore(path) as reader:
        a, b = writer.add("A", applied_on="2026-11-01"), writer.add("B", applied_on="2026-11-02")
        assert [x.company for x in reader.list()] == ["B", "A"]
        first = reader.list()[1]
        writer.log_event(a.id, "rejected", "2026-11-09")
        writer.record_follow_up(a.id, kind="check_in", sent_at="2026-11-05")
        again = reader.list()
        assert again[1].outcome == "rejected" and len(again[1].follow_ups) == 1
        assert again[0] is reader.list()[0]  # unchanged: not read again
        assert first.outcome == "pending"
        assert reader.to_frame()["outcome"].tolist() == ["pending", "rejected"]
        writer.forget(b.id)
        writer.add("C", applied_on="2026-10-01")
        assert [x.company for x in reader.list()] == ["A", "C"]
        assert reader.to_frame()["company"].tolist() == ["A", "C"]
