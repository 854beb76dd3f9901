"""Reading the YAML files people write by hand (rules, exercises), with errors that say where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from coachkit.errors import InputError

__all__ = ["read_yaml", "yaml_problem"]


def yaml_problem(exc: Exception) -> str:
    """What a YAML error is about, with its line and column when it knows them."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
    return f"{where}{getattr(exc, 'problem', None) or exc}"


def read_yaml(path: Path, error: type[InputError], what: str, *,
              max_bytes: int | None = None) -> Any:
    """Parse a UTF-8 YAML file; every failure is ``error`` naming the file and ``what``
    it is (``"rules file"``), never a traceback."""
    import yaml

    try:
        if max_bytes is not None and (size := path.stat().st_size) > max_bytes:
            raise error(f"{path}: {size:,} bytes is far too big for a {what} "
                        f"(at most {max_bytes:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte {exc.start}); save the {what} as "
                    "UTF-8") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise error(f"{path}: {yaml_problem(exc)}") from None
