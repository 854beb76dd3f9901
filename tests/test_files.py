"""write_file: whole files only, and an existing file is replaced only when forced."""

from __future__ import annotations

import errno
import os

import pytest

from coachkit.errors import InputError
from coachkit.files import write_file, write_new


@pytest.mark.parametrize("hard_links", [True, False], ids=["links", "no-links"])
def test_never_replaces_unless_forced_and_leaves_no_temporary_file(tmp_path, monkeypatch,
                                                                    hard_links):
    if not hard_links:  # a share that refuses hard links: checked, then renamed
        def refuse(*_args: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", refuse)
    target = tmp_path / "out.html"
    write_file(target, b"first", force=False, error=InputError)
    assert target.read_bytes() == b"first"
    with pytest.raises(InputError, match="already exists; pass --force to replace it"):
        write_file(target, b"second", force=False, error=InputError)
    assert target.read_bytes() == b"first"
    write_file(target, b"third", force=True, error=InputError)
    assert target.read_bytes() == b"third"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match=r"cannot write the report \("):
        write_file(tmp_path / "missing" / "r.html", b"x", force=False, error=InputError,
                   what="report")


@pytest.mark.parametrize("hard_links", [True, False], ids=["links", "no-links"])
def test_numbered_takes_the_next_free_name_and_never_replaces(tmp_path, monkeypatch,
                                                              hard_links):
    if not hard_links:
        def refuse(*_args: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", refuse)
    target = tmp_path / "note.eml"
    written = [write_new(target, str(i).encode(), error=InputError, numbered=True)
               for i in range(3)]
    assert [p.name for p in written] == ["note.eml", "note (2).eml", "note (3).eml"]
    assert [p.read_bytes() for p in written] == [b"0", b"1", b"2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_refusing_names_the_caller_s_way_out(tmp_path):
    target = tmp_path / "r.ics"
    target.write_bytes(b"mine")
    with pytest.raises(InputError, match=r"r\.ics: already exists; choose another name$"):
        write_new(target, b"new", error=InputError, taken="choose another name")
    assert target.read_bytes() == b"mine"


def test_numbered_gives_up_after_the_last_name(tmp_path, monkeypatch):
    monkeypatch.setattr("coachkit.files.MAX_NUMBERED", 3)
    target = tmp_path / "n.txt"
    for _ in range(3):
        write_new(target, b"x", error=InputError, numbered=True)
    with pytest.raises(InputError, match="too many files with this name already"):
        write_new(target, b"x", error=InputError, numbered=True)
    assert len(list(tmp_path.iterdir())) == 3
