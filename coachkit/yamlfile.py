"""Reading the YAML files people write by hand (rules, exercises, notes, column mappings),
with errors that say where: "FILE: line 3, column 8: could not find expected ':'".

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

__all__ = ["parse_yaml", "read_text", "read_yaml", "yaml_problem"]


def yaml_problem(exc: Exception, fallback: str | None = None) -> str:
    """What a YAML error is about, with its line and column when it knows them."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    return f"{where}{getattr(exc, 'problem', None) or fallback or exc}"


def read_text(path: str | os.PathLike[str], error: type[InputError], what: str, *,
              max_bytes: int | None = None, save_as: str | None = None) -> str:
    """Read a UTF-8 text file (a BOM is dropped); failures are ``error`` naming ``path``
    and ``what`` it is (``"rules file"``)."""
    file = Path(path)
    try:
        if max_bytes is not None and (size := file.stat().st_size) > max_bytes:
            raise error(f"{path}: {size:,} bytes is far too big for a {what} "
                        f"(at most {max_bytes:,})")
        raw = file.read_bytes()
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte {exc.start}); save the "
                    f"{save_as or what} as UTF-8") from None


def parse_yaml(text: str, error: type[InputError], source: str, *, invalid: str = "",
               fallback: str | None = None, fast: bool = True) -> Any:
    """Parse YAML text with the safe loader; a syntax error is ``error`` naming ``source``
    and where in it. ``fast`` uses libyaml where installed (its wording of a problem can
    differ from the pure-Python parser's)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if fast else yaml.SafeLoader
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise error(f"{source}: {invalid}{yaml_problem(exc, fallback)}") from None


def read_yaml(path: str | os.PathLike[str], error: type[InputError], what: str, *,
              max_bytes: int | None = None, save_as: str | None = None, invalid: str = "",
              fallback: str | None = None, fast: bool = True) -> Any:
    """Read and parse a UTF-8 YAML file; every failure is ``error`` naming the file and
    ``what`` it is (``"rules file"``), with the line and column of a syntax error."""
    text = read_text(path, error, what, max_bytes=max_bytes, save_as=save_as)
    return parse_yaml(text, error, str(path), invalid=invalid, fallback=fallback, fast=fast)
