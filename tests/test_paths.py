"""Where coachkit keeps its files: one home folder, and what lives in it."""

from __future__ import annotations

import platformdirs

from coachkit import paths
from coachkit.store import journal_path
from coachkit.workshop import default_folder


def test_everything_lives_under_coachkit_home(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path))
    monkeypatch.delenv("COACHKIT_WORKSHOP", raising=False)
    assert paths.home() == tmp_path
    assert paths.drafts_journal_path() == tmp_path / "drafts.sqlite3" == journal_path()
    assert paths.workshop_folder("ex-1") == tmp_path / "workshops" / "ex-1" \
        == default_folder("ex-1")
    assert paths.workshop_folder() == tmp_path / "workshops" / "workshop"
    assert paths.room_drafts_path("ex-1") == tmp_path / "workshop-drafts" / "ex-1.sqlite"


def test_an_empty_coachkit_home_means_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", "")
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda name, appauthor=None: str(tmp_path / "data" / name))
    assert paths.home() == tmp_path / "data" / "coachkit"
    assert paths.home(tmp_path / "mine") == tmp_path / "mine"


def test_the_workshop_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_WORKSHOP", str(tmp_path / "room"))
    assert paths.workshop_folder("anything") == tmp_path / "room"


def test_nothing_is_created(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHKIT_HOME", str(tmp_path / "home"))
    paths.drafts_journal_path()
    paths.room_drafts_path("x")
    assert not (tmp_path / "home").exists()
