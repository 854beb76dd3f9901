"""write_file: whole files only, and an existing file is replaced only when forced."""

from __future__ import annotations

import errno
import os

import pytest

from coachkit.errors import InputError
from coachkit.files import write_file


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
