"""Reading a draft from a text file or standard input, with one clear error per problem."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from coachkit.errors import DraftError

__all__ = ["MAX_DRAFT_BYTES", "read_draft_file"]

MAX_DRAFT_BYTES = 20 * 1024 * 1024


def read_draft_file(path: str, stdin: TextIO | None = None) -> str:
    """Read a draft as Python's text mode would (universal newlines), with clear errors."""
    if path == "-":
        stream = stdin or sys.stdin
        return stream.read()
    file = Path(path)
    try:
        if file.is_dir():
            raise DraftError(f"{path}: is a folder, not a text file")
        size = file.stat().st_size
        if size > MAX_DRAFT_BYTES:
            raise DraftError(f"{path}: {size / 1e6:.0f} MB is too large for a draft "
                             f"(limit {MAX_DRAFT_BYTES // 1024 // 1024} MB)")
        raw = file.read_bytes()
    except OSError as exc:
        raise DraftError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DraftError(f"{path}: looks like a binary file, not plain text")
    for encoding in ("utf-8", "utf-16"):
        if encoding == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError as exc:
            if encoding == "utf-8":
                bad = exc.start
                line = raw[:bad].count(b"\n") + 1
                raise DraftError(
                    f"{path}: not UTF-8 text (line {line}, byte {bad}); save the draft "
                    "as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
