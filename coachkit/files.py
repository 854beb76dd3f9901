"""Writing an output file whole: readers never see half of it, and without ``force`` a file
that exists (or appears while it is written) is never replaced."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from coachkit.errors import InputError

__all__ = ["write_file"]

_NO_HARD_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV)


def write_file(path: Path, data: bytes, *, force: bool, error: type[InputError],
               what: str = "") -> None:
    """Write ``data`` to ``path`` through a temporary file beside it; problems are
    ``error`` naming the file (and ``what`` it is, as in "cannot write the report")."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        if force:
            os.replace(tmp, path)
        else:
            _place_new(tmp, path)
    except FileExistsError:
        raise error(f"{path}: already exists; pass --force to replace it") from None
    except OSError as exc:
        the = f" the {what}" if what else ""
        raise error(f"{path}: cannot write{the} ({exc.strerror or exc})") from None
    finally:
        tmp.unlink(missing_ok=True)


def _place_new(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)  # atomic, and fails if the name is taken
    except FileExistsError:
        raise
    except OSError as exc:  # a file system without hard links: check, then replace
        if exc.errno not in _NO_HARD_LINKS:
            raise
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)
