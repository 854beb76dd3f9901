"""The drafts journal in one process: versions, coalescing, restore, deletion, bad files."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coachkit.errors import CoachkitError, DraftNotFound, StoreError
from coachkit.store import FILENAME, DraftJournal, DraftSummary, journal_path

T0 = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(tmp_path, clock):
    with DraftJournal(tmp_path / FILENAME, clock=clock) as j:
        yield j


@pytest.fixture(autouse=True)
def _no_real_home(tmp_path, monkeypatch):
    # never write to the real user data directory
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))


def contents(journal: DraftJournal, draft_id: str) -> list[dict]:
    return [v.content for v in journal.history(draft_id)]


def test_public_names():
    import coachkit.errors
    import coachkit.store

    assert all(hasattr(coachkit.store, name) for name in coachkit.store.__all__)
    assert {"StoreError", "DraftNotFound"} <= set(coachkit.errors.__all__)
    assert issubclass(DraftNotFound, StoreError) and issubclass(StoreError, CoachkitError)


# -- where the file lives ---------------------------------------------------------------


def test_journal_path_honours_coachkit_home(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "elsewhere" / "deep"))
    path = journal_path()
    assert path == tmp_path / "elsewhere" / "deep" / "drafts.sqlite3"
    assert path.parent.is_dir()
    with DraftJournal() as j:
        assert j.path == path
        j.create("thank_you")
    assert path.is_file()


def test_journal_path_argument_beats_the_environment(tmp_path):
    assert journal_path(tmp_path / "mine") == tmp_path / "mine" / FILENAME


def test_journal_path_defaults_to_the_user_data_dir(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv("COACHKIT_HOME")
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda name, appauthor=None: str(tmp_path / "data" / name))
    assert journal_path() == tmp_path / "data" / "coachkit" / FILENAME


def test_import_of_coachkit_does_not_open_a_journal(tmp_path):
    assert not (tmp_path / "home").exists()


# -- create, save, read ------------------------------------------------------------------


def test_create_stores_version_one(journal, clock):
    draft_id = journal.create("thank_you", "Northwind", {"body": "Dear Dana,"})
    assert len(draft_id) == 12 and int(draft_id, 16) >= 0
    v = journal.latest(draft_id)
    assert (v.draft_id, v.version, v.content, v.label) == (draft_id, 1, {"body": "Dear Dana,"},
                                                           "created")
    assert v.saved_at == T0
    assert journal.create("check_in") != draft_id
    assert journal.latest(journal.create("check_in")).content == {}


def test_save_returns_version_numbers_and_history_is_oldest_first(journal, clock):
    draft_id = journal.create("thank_you")
    assert journal.save(draft_id, {"body": "a"}) == 2  # version 1 ("created") is kept
    clock.tick(1)
    assert journal.save(draft_id, {"body": "ab"}) == 2  # coalesced
    clock.tick(120)
    assert journal.save(draft_id, {"body": "abc"}) == 3
    assert contents(journal, draft_id) == [{}, {"body": "ab"}, {"body": "abc"}]
    assert [v.version for v in journal.history(draft_id)] == [1, 2, 3]
    assert journal.version(draft_id, 2).content == {"body": "ab"}
    assert journal.version(draft_id, 2).saved_at == T0 + timedelta(seconds=1)
    assert journal.latest(draft_id).version == 3


def test_unchanged_content_writes_nothing(journal, clock):
    draft_id = journal.create("thank_you", content={"body": "x"})
    clock.tick(300)
    assert journal.save(draft_id, {"body": "x"}) == 1
    assert journal.latest(draft_id).saved_at == T0
    assert journal.list_drafts()[0].updated_at == T0


def test_a_label_on_unchanged_content_turns_the_autosave_into_a_checkpoint(journal, clock):
    draft_id = journal.create("thank_you")
    assert journal.save(draft_id, {"body": "x"}) == 2
    assert journal.save(draft_id, {"body": "x"}, label="checkpoint") == 2
    assert journal.latest(draft_id).label == "checkpoint"
    clock.tick(1)
    assert journal.save(draft_id, {"body": "xy"}) == 3  # a checkpoint is never rewritten
    assert journal.version(draft_id, 2).content == {"body": "x"}


# -- coalescing ---------------------------------------------------------------------------


def test_coalescing_same_session_within_the_window_updates_in_place(journal, clock):
    draft_id = journal.create("thank_you")
    assert journal.save(draft_id, {"body": ""}) == 2
    for i in range(1, 60):
        clock.tick(1)
        assert journal.save(draft_id, {"body": "x" * i}) == 2
    assert len(journal.history(draft_id)) == 2
    clock.tick(1)  # 60 s after version 2 was created, not after its last save
    assert journal.save(draft_id, {"body": "done"}) == 3


def test_coalescing_window_counts_from_creation_of_the_version(tmp_path, clock):
    with DraftJournal(tmp_path / "j.sqlite3", clock=clock, coalesce_seconds=10) as j:
        draft_id = j.create("thank_you")
        j.save(draft_id, {"n": 0})
        versions = []
        for n in range(1, 40):
            clock.tick(1)
            versions.append(j.save(draft_id, {"n": n}))
        # one version per 10 s of continuous typing
        assert versions[-1] == 5
        assert [v.content["n"] for v in j.history(draft_id)[1:]] == [9, 19, 29, 39]


def test_another_session_gets_its_own_version(journal, clock):
    draft_id = journal.create("thank_you")
    assert journal.save(draft_id, {"body": "tab one"}, session="tab-1") == 2
    clock.tick(1)
    assert journal.save(draft_id, {"body": "tab two"}, session="tab-2") == 3
    clock.tick(1)
    assert journal.save(draft_id, {"body": "tab one again"}, session="tab-1") == 4
    clock.tick(1)
    assert journal.save(draft_id, {"body": "tab one, more"}, session="tab-1") == 4
    assert contents(journal, draft_id)[1:] == [
        {"body": "tab one"}, {"body": "tab two"}, {"body": "tab one, more"}]


def test_two_journal_objects_are_two_sessions(tmp_path, clock):
    with DraftJournal(tmp_path / "j", clock=clock) as a, DraftJournal(tmp_path / "j",
                                                                      clock=clock) as b:
        assert a.session != b.session
        draft_id = a.create("thank_you")
        assert a.save(draft_id, {"v": "a"}) == 2
        assert b.save(draft_id, {"v": "b"}) == 3
        assert a.save(draft_id, {"v": "a2"}) == 4
        assert [v.content for v in b.history(draft_id)][1:] == [{"v": "a"}, {"v": "b"},
                                                                  {"v": "a2"}]


def test_a_labelled_save_is_always_a_new_version(journal, clock):
    draft_id = journal.create("thank_you")
    journal.save(draft_id, {"body": "a"})
    clock.tick(1)
    assert journal.save(draft_id, {"body": "ab"}, label="checkpoint") == 3
    clock.tick(1)
    assert journal.save(draft_id, {"body": "abc"}) == 4
    assert [v.label for v in journal.history(draft_id)] == ["created", "", "checkpoint", ""]


def test_coalesce_zero_keeps_every_change(tmp_path, clock):
    with DraftJournal(tmp_path / "j", clock=clock, coalesce_seconds=0) as j:
        draft_id = j.create("thank_you")
        assert [j.save(draft_id, {"n": n}) for n in range(5)] == [2, 3, 4, 5, 6]


# -- restore ---------------------------------------------------------------------------


def test_restore_copies_a_version_as_the_newest_and_keeps_history(journal, clock):
    draft_id = journal.create("thank_you", content={"body": "first"})
    journal.save(draft_id, {"body": "second"})
    clock.tick(100)
    journal.save(draft_id, {"body": "third"})
    assert journal.restore(draft_id, 1) == 4
    latest = journal.latest(draft_id)
    assert (latest.content, latest.label) == ({"body": "first"}, "restored from 1")
    assert contents(journal, draft_id) == [{"body": "first"}, {"body": "second"},
                                           {"body": "third"}, {"body": "first"}]
    clock.tick(1)
    assert journal.save(draft_id, {"body": "first, edited"}) == 5  # restore is not coalesced
    assert journal.restore(draft_id, 4) == 6


def test_restore_of_an_unknown_version_names_it(journal):
    draft_id = journal.create("thank_you")
    with pytest.raises(DraftNotFound, match=f"{draft_id}.*version 7"):
        journal.restore(draft_id, 7)
    assert len(journal.history(draft_id)) == 1


# -- list, rename, delete --------------------------------------------------------------


def test_list_drafts_newest_first_with_counts_and_previews(journal, clock):
    a = journal.create("thank_you", "Northwind", {"preview": "Dear Dana,\n\nThank you " * 10})
    clock.tick(1)
    b = journal.create("check_in", "Contoso")
    clock.tick(1)
    journal.save(a, {"preview": "Dear Dana, thanks"})
    rows = journal.list_drafts()
    assert [r.id for r in rows] == [a, b]
    assert rows[0] == DraftSummary(a, "Northwind", "thank_you", T0, T0 + timedelta(seconds=2),
                                   2, "Dear Dana, thanks")
    assert rows[1].preview == "" and rows[1].versions == 1
    assert [r.id for r in journal.list_drafts(kind="check_in")] == [b]
    assert journal.list_drafts(kind="rejection_reply") == []


def test_preview_is_at_most_80_characters_on_one_line():
    from coachkit.store import _preview

    long = "Dear Dana,\n\n" + "word " * 50
    assert _preview({"preview": long}) == ("Dear Dana, " + "word " * 50)[:80]
    assert len(_preview({"preview": "x" * 500})) == 80
    assert _preview({"preview": 3}) == _preview({}) == ""


def test_rename_and_title_from_content(journal, clock):
    draft_id = journal.create("thank_you", "old")
    clock.tick(1)
    journal.rename(draft_id, "Northwind — thank you")
    row = journal.list_drafts()[0]
    assert row.title == "Northwind — thank you" and row.updated_at == T0 + timedelta(seconds=1)
    journal.save(draft_id, {"body": "no title key"})
    assert journal.list_drafts()[0].title == "Northwind — thank you"
    journal.save(draft_id, {"title": "From the subject", "body": "x"})
    assert journal.list_drafts()[0].title == "From the subject"


def test_delete_hides_undelete_restores_purge_erases(journal, tmp_path):
    keep = journal.create("thank_you", "keep")
    gone = journal.create("thank_you", "gone", {"body": "x"})
    journal.save(gone, {"body": "y"})
    journal.delete(gone)
    assert [r.id for r in journal.list_drafts()] == [keep]
    for call in (journal.latest, journal.history, lambda d: journal.save(d, {"b": 1}),
                 lambda d: journal.version(d, 1), lambda d: journal.restore(d, 1),
                 lambda d: journal.rename(d, "t"), journal.delete):
        with pytest.raises(DraftNotFound, match=gone):
            call(gone)
    journal.undelete(gone)
    assert journal.latest(gone).content == {"body": "y"}
    assert len(journal.history(gone)) == 2
    with pytest.raises(DraftNotFound, match="deleted draft"):
        journal.purge(gone)  # only soft-deleted drafts can be purged
    with pytest.raises(DraftNotFound, match="deleted draft"):
        journal.undelete(gone)
    journal.delete(gone)
    journal.purge(gone)
    with pytest.raises(DraftNotFound):
        journal.undelete(gone)
    raw = sqlite3.connect(journal.path)
    assert raw.execute("SELECT count(*) FROM versions WHERE draft_id = ?",
                       (gone,)).fetchone() == (0,)
    raw.close()
    assert journal.latest(keep).version == 1


def test_unknown_ids_raise_draft_not_found_naming_the_id(journal):
    draft_id = journal.create("thank_you")
    for call in (journal.latest, journal.history, journal.delete, journal.undelete,
                 journal.purge, lambda d: journal.rename(d, "t"),
                 lambda d: journal.save(d, {}), lambda d: journal.restore(d, 1),
                 lambda d: journal.version(d, 1)):
        with pytest.raises(DraftNotFound, match="nope123") as info:
            call("nope123")
        assert isinstance(info.value, KeyError) and isinstance(info.value, CoachkitError)
    with pytest.raises(DraftNotFound, match="version 9"):
        journal.version(draft_id, 9)
    assert str(DraftNotFound("No draft 'x'")) == "No draft 'x'"  # not quoted like a KeyError


# -- content ------------------------------------------------------------------------------


def test_unicode_emoji_and_html_round_trip_exactly(journal):
    content = {
        "subject": "Merci — ありがとう 🙏",
        "body": "<script>alert('x')</script>\n<img src=x onerror=alert(1)>\r\n\t\u00a0é\u0301",
        "nested": {"list": [1, 2.5, None, True, "\U0001f600"], "empty": {}},
        "nul": "a\x00b",
        "surrogate-free": "\u2028\u2029",
    }
    draft_id = journal.create("thank_you", "ünïcødé 🚀", content)
    assert journal.latest(draft_id).content == content
    assert journal.list_drafts()[0].title == "ünïcødé 🚀"
    content2 = {**content, "body": content["body"] + "!"}
    journal.save(draft_id, content2)
    assert journal.latest(draft_id).content == content2


def test_a_one_megabyte_draft_saves_and_reads_back(journal, clock):
    body = ("Thank you for the interview. " * 40_000)[:1_000_000]
    draft_id = journal.create("thank_you")
    assert journal.save(draft_id, {"body": body}) == 2
    clock.tick(1)
    assert journal.save(draft_id, {"body": body + "!"}) == 2
    assert journal.latest(draft_id).content["body"] == body + "!"
    assert journal.save(draft_id, {"body": body + "!"}) == 2


@pytest.mark.parametrize("bad", [
    {"when": datetime(2026, 1, 1)},
    {"set": {1, 2}},
    {"nan": float("nan")},
    ["not", "a", "dict"],
    "text",
])
def test_content_that_is_not_a_json_object_is_refused(journal, bad):
    draft_id = journal.create("thank_you")
    with pytest.raises(StoreError, match=r"JSON|dict"):
        journal.save(draft_id, bad)
    with pytest.raises(StoreError):
        journal.create("thank_you", content=bad)
    assert len(journal.list_drafts()) == 1
    assert len(journal.history(draft_id)) == 1


def test_circular_content_is_refused(journal):
    draft_id = journal.create("thank_you")
    loop: dict = {}
    loop["self"] = loop
    with pytest.raises(StoreError):
        journal.save(draft_id, loop)


# -- the file --------------------------------------------------------------------------


def test_the_file_is_wal_versioned_and_marked(journal):
    journal.create("thank_you")
    raw = sqlite3.connect(journal.path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    assert raw.execute("PRAGMA application_id").fetchone()[0] != 0
    raw.close()


@pytest.mark.parametrize("data", [
    b"This is my CV, not a database.\n" * 100,
    b"SQLite format 3\x00" + b"\xff" * 4000,
    bytes(range(256)) * 64,
])
def test_a_file_that_is_not_a_journal_is_refused_and_left_untouched(tmp_path, data):
    path = tmp_path / FILENAME
    path.write_bytes(data)
    with pytest.raises(StoreError, match=str(path)) as info:
        DraftJournal(path)
    assert "untouched" in str(info.value)
    assert path.read_bytes() == data
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


def test_another_apps_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE notes (x)")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a coachkit drafts journal"):
        DraftJournal(path)
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / FILENAME
    DraftJournal(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    with pytest.raises(StoreError, match="schema version 99"):
        DraftJournal(path)


def test_a_directory_at_the_path_is_refused(tmp_path):
    with pytest.raises(StoreError, match="directory"):
        DraftJournal(tmp_path)


def test_reopening_keeps_everything(tmp_path, clock):
    path = tmp_path / FILENAME
    with DraftJournal(path, clock=clock) as j:
        draft_id = j.create("thank_you", "t", {"body": "kept"})
    with DraftJournal(path, clock=clock) as j:
        assert j.latest(draft_id).content == {"body": "kept"}
        assert j.save(draft_id, {"body": "new session"}) == 2


def test_closed_journal_raises_store_error(tmp_path):
    j = DraftJournal(tmp_path / FILENAME)
    j.close()
    j.close()
    with pytest.raises(StoreError, match="closed"):
        j.list_drafts()


def test_saves_from_many_threads_share_one_journal(journal):
    draft_id = journal.create("thank_you")
    errors: list[BaseException] = []

    def typist(tab: int) -> None:
        try:
            for n in range(50):
                journal.save(draft_id, {"tab": tab, "n": n}, session=f"tab-{tab}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=typist, args=(t,)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    history = journal.history(draft_id)
    assert [v.version for v in history] == list(range(1, len(history) + 1))
    assert {v.content.get("n") for v in history if v.content} <= set(range(50))


def test_a_damaged_journal_raises_store_error_naming_the_file(tmp_path):
    path = tmp_path / FILENAME
    with DraftJournal(path) as j:
        ids = [j.create("thank_you", f"t{i}", {"body": "x" * 3000}) for i in range(50)]
    data = bytearray(path.read_bytes())
    data[4096 * 5:4096 * 5 + 300] = b"\xab" * 300  # scribble over a page of the tables
    path.write_bytes(bytes(data))
    # opening or reading may be what notices; either way a StoreError, never sqlite3's
    with pytest.raises(StoreError, match=str(path)), DraftJournal(path) as j:
        for draft_id in ids:
            j.latest(draft_id)
        j.list_drafts()
