"""Writing a new file whole: readers never see half of it, and an existing file (or one
that appears while it is written) is never replaced unless the caller says so.

Two policies for a name that is taken: refuse (``write_file``, replace only with
``force``), or take the next free name, "note (2).eml" (``write_new(..., numbered=True)``).
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from coachkit.errors import InputError

__all__ = ["FORCE_HINT", "NO_HARD_LINKS", "write_file", "write_new"]

FORCE_HINT = "pass --force to replace it"
MAX_NUMBERED = 999  # "name (999).ext" is the last name tried
NO_HARD_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV)


def write_file(path: Path, data: bytes, *, force: bool, error: type[InputError],
               what: str = "") -> None:
    """Write ``data`` to ``path`` through a temporary file beside it; problems are
    ``error`` naming the file (and ``what`` it is, as in "cannot write the report")."""
    write_new(path, data, error=error, force=force, what=what)


def write_new(path: Path, data: bytes, *, error: type[InputError], force: bool = False,
              numbered: bool = False, what: str = "", taken: str = FORCE_HINT) -> Path:
    """Write ``data`` whole under ``path`` and return the name written.

    A taken name is replaced only with ``force``; else ``numbered`` tries "name (2).ext"
    and on, and otherwise it is ``error`` "PATH: already exists; ``taken``". Any other
    problem is ``error`` "PATH: cannot write the ``what`` (reason)".
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(3)}.tmp")
    candidate = path
    try:
        tmp.write_bytes(data)
        if force:
            os.replace(tmp, path)
            return path
        for candidate in _names(path, numbered):
            try:
                _place_new(tmp, candidate)
                return candidate
            except FileExistsError:
                if not numbered:
                    raise
        raise error(f"{path}: too many files with this name already")
    except FileExistsError:
        raise error(f"{path}: already exists; {taken}") from None
    except OSError as exc:
        the = f" the {what}" if what else ""
        raise error(f"{candidate}: cannot write{the} ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)


def _names(path: Path, numbered: bool) -> Iterator[Path]:
    yield path
    if numbered:
        for n in range(2, MAX_NUMBERED + 1):
            yield path.with_name(f"{path.stem} ({n}){path.suffix}")


def _place_new(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # atomic, and fails if the name is taken
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links: check, then replace
        if exc.errno not in NO_HARD_LINKS:
            raise
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)
