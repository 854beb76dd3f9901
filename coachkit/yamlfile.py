"""Reading the YAML files people write by hand (rules, exercises, notes, column mappings),
under the caps of ``coachkit.limits``, with errors that say where: "FILE: line 3, column
8: could not find expected ':'".

Every failure is the caller's error class naming the file, never a traceback. Callers
whose messages were worded differently keep them: ``invalid`` goes before the location
("not valid YAML: "), ``fallback`` stands for a problem the parser did not name, and
``save_as`` names the file in "save the notes as UTF-8".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from coachkit.errors import InputError
from coachkit.limits import RULES_BYTES, read_capped, safe_yaml_load

__all__ = ["decode_problem", "decode_text", "not_text", "parse_yaml", "read_text",
           "read_yaml", "text_encoding", "yaml_problem"]

# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def yaml_problem(exc: Exception, fallback: str | None = None) -> str:
    """What a YAML error is about, with its line and column when it knows them."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    character = getattr(exc, "character", None)
    if isinstance(character, int):  # a ReaderError, which has a position but no mark
        return (f"character {getattr(exc, 'position', 0) + 1}: U+{character:04X} is not "
                f"allowed ({getattr(exc, 'reason', 'not printable')})")
    return f"{where}{getattr(exc, 'problem', None) or fallback or exc}"


def not_text(value: Any, example: str = 'key: "..."') -> str:
    """What a value that should be text is, as the file has it, and how to make it text:
    YAML reads a bare yes, no, on or off as true or false, and digits as a number."""
    if isinstance(value, bool):
        return (f"got {str(value).lower()}: YAML reads a bare yes, no, on or off as true or "
                f"false, so put the text in quotes, e.g. {example}")
    if isinstance(value, int | float):
        return f"got {value!r}: put the text in quotes"
    if isinstance(value, list | tuple):
        return "got a list"
    if isinstance(value, dict):
        return "got a mapping"
    return f"got {type(value).__name__}"


def text_encoding(raw: bytes) -> str:
    """Name the codec for a file's bytes: the one its byte-order mark gives, else UTF-8."""
    for mark, codec in _BOMS:
        if raw.startswith(mark):
            return codec
    return "utf-8"


def decode_text(raw: bytes) -> str:
    """Decode a text file's bytes by its byte-order mark (dropped), else as UTF-8."""
    return raw.decode(text_encoding(raw))


def decode_problem(exc: UnicodeDecodeError) -> str:
    """Say what was wrong with the bytes: "not UTF-8 text", "not valid UTF-16 text"."""
    name = exc.encoding.upper().replace("-SIG", "").replace("UTF8", "UTF-8")
    return "not UTF-8 text" if name == "UTF-8" else f"not valid {name} text"


def read_text(path: str | os.PathLike[str], error: type[InputError], what: str, *,
              max_bytes: int = RULES_BYTES, save_as: str | None = None) -> str:
    """Read a text file of at most ``max_bytes`` (UTF-8, or as its byte-order mark says);
    failures are ``error`` naming ``path`` and ``what`` it is (``"rules file"``)."""
    file = Path(path)
    try:
        # a regular file's size is known at once; devices and pipes are capped while read
        if file.is_file() and (size := file.stat().st_size) > max_bytes:
            raise error(f"{path}: {size:,} bytes is far too big for a {what} "
                        f"(at most {max_bytes:,})")
    except OSError:
        pass  # read_capped names the problem
    raw = read_capped(file, max_bytes, what, error=error)
    try:
        return decode_text(raw)
    except UnicodeDecodeError as exc:
        raise error(f"{path}: {decode_problem(exc)} (byte {exc.start}); save the "
                    f"{save_as or what} as UTF-8") from None


def parse_yaml(text: str, error: type[InputError], source: str, *, invalid: str = "",
               fallback: str | None = None, fast: bool = True) -> Any:
    """Parse YAML text with the safe loader; a syntax error is ``error`` naming ``source``
    and where in it. Alias bombs and deep nesting are refused (``limits.safe_yaml_load``).
    ``fast`` uses libyaml where installed (its wording of a problem can differ from the
    pure-Python parser's)."""
    import yaml

    try:
        return safe_yaml_load(text, source, error=error, fast=fast)
    except yaml.YAMLError as exc:
        raise error(f"{source}: {invalid}{yaml_problem(exc, fallback)}") from None


def read_yaml(path: str | os.PathLike[str], error: type[InputError], what: str, *,
              max_bytes: int = RULES_BYTES, save_as: str | None = None, invalid: str = "",
              fallback: str | None = None, fast: bool = True) -> Any:
    """Read and parse a YAML file of at most ``max_bytes``; every failure is ``error``
    naming the file and ``what`` it is (``"rules file"``), with the line and column of a
    syntax error."""
    text = read_text(path, error, what, max_bytes=max_bytes, save_as=save_as)
    return parse_yaml(text, error, str(path), invalid=invalid, fallback=fallback, fast=fast)
