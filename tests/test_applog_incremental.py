"""Re-reading the store on the same object splices the changed applications into the last
result: it must equal a full reload (a new store object) after every kind of change."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from coachkit.applog import ApplicationStore
from coachkit.outcomes.sample import generate

AS_OF = pd.Timestamp("2026-11-27")


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))


@pytest.fixture
def store(tmp_path):
    log = tmp_path / "log.csv"
    generate(300, seed=4, end="2026-11-27", days=400).to_csv(log, index=False)
    with ApplicationStore(tmp_path / "apps.sqlite3") as opened:
        opened.import_log(log, on_duplicate="keep_both")
        opened.to_applications(as_of=AS_OF)
        yield opened


def assert_same_as_full_reload(store: ApplicationStore, as_of=AS_OF) -> bool:
    """Compare the store's re-read with a new object's full read; True when spliced."""
    got = store.to_applications(as_of=as_of)
    spliced = store._loaded.spliced
    with ApplicationStore(store.path) as fresh:
        want = fresh.to_applications(as_of=as_of)
    assert got.frame.equals(want.frame)
    assert list(got.frame.columns) == list(want.frame.columns)
    assert got.frame.dtypes.equals(want.frame.dtypes)
    for name in ("problems", "left_out", "status_readings", "columns", "extra_columns",
                 "stage_columns", "rows_read", "source"):
        assert getattr(got, name) == getattr(want, name), name
    return spliced


def _ids(store: ApplicationStore, outcome: str | None = None) -> list[str]:
    return [a.id for a in store.list() if outcome is None or a.outcome == outcome]


def test_each_kind_of_event_splices_and_equals_a_full_reload(store):
    rng = random.Random(1)
    spliced = []
    for kind in ("answer", "rejected", "offer", "withdrew", "no_response", "answer"):
        app_id = rng.choice(_ids(store, "pending") or _ids(store))
        store.log_event(app_id, kind, "2026-11-20 10:00")
        spliced.append(assert_same_as_full_reload(store))
    assert all(spliced)


def test_an_answer_to_a_silent_application_brings_its_warning(store):
    app_id = _ids(store, "no_response")[0]
    store.log_event(app_id, "answer", "2026-11-21 10:00")
    assert assert_same_as_full_reload(store)
    assert any(p.code == "response_with_no_response" for p in store.to_applications(
        as_of=AS_OF).problems)
    store.log_event(_ids(store, "no_response")[3], "answer", "2026-11-22")
    assert assert_same_as_full_reload(store)


def test_follow_ups_interviews_updates_and_many_changes(store):
    ids = _ids(store)
    store.record_follow_up(ids[5], kind="check_in", sent_at="2026-11-20 09:00")
    assert assert_same_as_full_reload(store)
    store.record_follow_up(ids[6], kind="thank_you", sent_at="2026-11-21 09:00", score=88,
                           verdict="ready")
    assert_same_as_full_reload(store)
    store.update(ids[7], notes="called back", role="Data Engineer", channel="referral")
    assert assert_same_as_full_reload(store)
    for app_id in ids[10:14]:  # the first interview, then "interview 2": a new column
        store.log_event(app_id, "interview", "2026-11-18 10:00")
        store.log_event(app_id, "interview", "2026-11-25 10:00")
    assert_same_as_full_reload(store)
    for app_id in ids[20:60]:
        store.log_event(app_id, "rejected", "2026-11-26")
    assert_same_as_full_reload(store)


def test_added_forgotten_and_moved_applications_read_the_whole_log(store):
    store.add("Northwind", role="Analyst", applied_on="2026-11-25")
    assert not assert_same_as_full_reload(store)
    store.forget(_ids(store)[3])
    assert not assert_same_as_full_reload(store)
    store.update(_ids(store)[8], applied_on="2026-11-26")
    assert not assert_same_as_full_reload(store)


def test_a_duplicate_made_by_a_change_is_counted_once_as_in_a_full_reload(store):
    first, second = store.list()[:2]
    store.update(second.id, company=first.company, role=first.role,
                 applied_on=first.applied_on, interviewed_at=first.interviewed_at,
                 outcome=first.outcome)
    assert_same_as_full_reload(store)
    store.update(second.id, role=first.role + " (2)")
    assert_same_as_full_reload(store)


def test_today_moving_on_and_back(store):
    store.log_event(_ids(store)[2], "answer", "2026-11-20")
    assert assert_same_as_full_reload(store, as_of=AS_OF + pd.Timedelta(days=2))
    store.log_event(_ids(store)[4], "answer", "2026-11-20")
    assert not assert_same_as_full_reload(store, as_of=AS_OF - pd.Timedelta(days=400))
    assert_same_as_full_reload(store, as_of=None)
    store.log_event(_ids(store)[9], "offer", "2026-11-20")
    assert_same_as_full_reload(store, as_of=None)


def test_the_result_is_a_copy(store):
    first = store.to_applications(as_of=AS_OF)
    first.frame.loc[0, "company"] = "changed"
    assert store.to_applications(as_of=AS_OF).frame.loc[0, "company"] != "changed"
