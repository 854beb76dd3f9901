"""Placing a submission in the folder atomically, under a revision number no file has.

The record is written to a hidden temporary file beside its final name, flushed to
disk, then linked under the next free name: a reader sees the whole file or nothing,
and two submissions at the same moment get two revisions.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from coachkit.files import NO_HARD_LINKS
from coachkit.workshop.layout import _FILE_RE

__all__ = ["link_next", "write_exclusive"]


def write_exclusive(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``, flushed to disk; FileExistsError if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())



def link_next(folder: Path, code: str, record: dict[str, Any]) -> Path:
    """Write the record under the next free revision number of ``folder``."""
    taken = [int(m["rev"]) for name in os.listdir(folder) if (m := _FILE_RE.match(name))]
    revision = max(taken, default=0) + 1
    temp = folder / f".{code}-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        while True:
            record["revision"] = revision
            data = json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")
            temp.unlink(missing_ok=True)
            write_exclusive(temp, data)
            final = folder / f"{code}-r{revision:04d}.json"
            try:
                os.link(temp, final)  # atomic, and fails if the name is taken
                return final
            except FileExistsError:
                revision += 1
            except OSError as exc:  # a share without hard links: reserve, then replace
                if exc.errno not in NO_HARD_LINKS:
                    raise
                try:
                    os.close(os.open(final, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
                except FileExistsError:
                    revision += 1
                    continue
                os.replace(temp, final)
                return final
    finally:
        temp.unlink(missing_ok=True)

