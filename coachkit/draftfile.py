"""Reading a draft from a text file or standard input, with one clear error per problem.

A draft is read as Python's text mode reads it: decoded (UTF-8, or as a UTF-16/UTF-32
byte-order mark says) with universal newlines, so CRLF and a lone CR become LF. Finding
offsets index that text, the same text ``open(path, encoding=...).read()`` gives.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from coachkit.errors import DraftError
from coachkit.limits import DRAFT_BYTES, describe_size, read_capped
from coachkit.yamlfile import decode_problem, text_encoding

__all__ = ["MAX_DRAFT_BYTES", "read_draft_file"]

MAX_DRAFT_BYTES = DRAFT_BYTES  # the older name


def read_draft_file(path: str, stdin: TextIO | None = None, *,
                    max_bytes: int = DRAFT_BYTES) -> str:
    """Read a draft as Python's text mode would (universal newlines), with clear errors."""
    if path == "-":
        return _normalise(_read_stdin(stdin or sys.stdin, max_bytes))
    file = Path(path)
    if file.is_dir():
        raise DraftError(f"{path}: is a folder, not a text file")
    try:
        if file.is_file() and (size := file.stat().st_size) > max_bytes:
            raise DraftError(f"{path}: {size / 1e6:.0f} MB is too large for a draft "
                             f"(limit {describe_size(max_bytes)})")
    except OSError:
        pass  # read_capped names the problem
    raw = read_capped(file, max_bytes, "draft", error=DraftError)
    return _normalise(_decode(raw, path))


def _read_stdin(stream: TextIO, max_bytes: int) -> str:
    """Read standard input whole, capped: bytes when it has them, else text."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return _decode(read_capped(buffer, max_bytes, "draft", error=DraftError),
                       "standard input")
    text = stream.read(max_bytes + 1)
    if len(text) > max_bytes:
        raise DraftError(f"standard input is longer than the {max_bytes:,} characters "
                         "allowed for a draft")
    return text


def _decode(raw: bytes, source: str) -> str:
    encoding = text_encoding(raw)
    if encoding == "utf-8-sig":
        encoding = "utf-8"  # keep the mark, as open(encoding="utf-8") does
    if b"\x00" in raw[:4096] and encoding == "utf-8":
        raise DraftError(f"{source}: looks like a binary file, not plain text")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        where = f"line {line}, byte {exc.start}" if encoding == "utf-8" else f"byte {exc.start}"
        raise DraftError(f"{source}: {decode_problem(exc)} ({where}); save the draft as "
                         "UTF-8") from None


def _normalise(text: str) -> str:
    """Universal newlines: CRLF and a lone CR become LF, as text mode reads them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
