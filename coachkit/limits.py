"""How much input coachkit accepts, in one place, and the two readers that enforce it.

Every cap is a documented constant with the reason for its size. ``read_capped`` reads a
file or binary stream and stops one byte past the cap, so devices and pipes that never
end (``/dev/zero``, a FIFO, ``yes | coachkit score -``) are refused like a large file:
their size on disk says nothing. ``safe_yaml_load`` refuses YAML whose aliases would
expand into millions of items (an "alias bomb") or that nests deeper than any
hand-written file, before anything walks the loaded data.

This is the base layer: it imports nothing from coachkit but ``coachkit.errors``.
"""

from __future__ import annotations

import functools
import os
import stat
from pathlib import Path
from typing import Any, BinaryIO

from coachkit.errors import InputError, LimitError

__all__ = [
    "APPLICATION_LOG_BYTES",
    "DRAFT_BYTES",
    "EXERCISE_BYTES",
    "NOTES_BYTES",
    "RULES_BYTES",
    "RULES_PATTERN_CHARS",
    "SHOWN_CHARS",
    "SUBMISSION_BYTES",
    "WORKSHOP_TOKEN_MAX_CHARS",
    "WORKSHOP_TOKEN_MIN_CHARS",
    "XLSX_MAX_COLUMNS",
    "XLSX_XML_BYTES",
    "YAML_MAX_ALIASES",
    "YAML_MAX_DEPTH",
    "YAML_MAX_NODES",
    "describe_size",
    "read_capped",
    "safe_yaml_load",
    "shown",
]

MB = 1_000_000
MIB = 1024 * 1024

# A draft is an email: even a pasted CV or thread is far below this; scoring is linear.
DRAFT_BYTES = 20 * MIB
# Interview notes are a page of fields and short lists; 1 MB is thousands of pages.
NOTES_BYTES = 1 * MB
# A rules file is a few KB by hand; room for long vocabulary lists from a spreadsheet.
RULES_BYTES = 2 * MB
# An exercise is a brief, a scenario and a few rules written by a coach.
EXERCISE_BYTES = 1 * MB
# One participant's draft in a workshop folder; anyone in the room can write there.
SUBMISSION_BYTES = 1 * MB
# An application log (CSV/XLSX): about 200,000 applications.
APPLICATION_LOG_BYTES = 30 * MIB
# Columns of an application log (XLSX or CSV): trackers export a few dozen; a forged
# <dimension> would otherwise pad every XLSX row to Excel's 16,384.
XLSX_MAX_COLUMNS = 500
# The XML inside an XLSX, unpacked: a sheet takes five to six times the bytes of the same
# table as CSV, so this admits what APPLICATION_LOG_BYTES admits, and no zip bomb.
XLSX_XML_BYTES = 200 * MIB
# Aliases (*name) in one YAML document: hand-written files use a handful, if any.
YAML_MAX_ALIASES = 1_000
# Items in one YAML document with every alias expanded: a 1 MB file without aliases has
# fewer than 350,000, so only an alias bomb reaches this.
YAML_MAX_NODES = 1_000_000
# Nested lists and mappings in one YAML document: hand-written files use two or three,
# and deep nesting exhausts the recursion of whatever walks the data.
YAML_MAX_DEPTH = 64
# Characters in one phrase or pattern of a rules file: the longest built-in one has 237.
# Coach-written patterns get no time budget (``re`` cannot be stopped mid-match); they are
# held to a subset that matches in linear time instead (coachkit.scoring.safe_regex).
RULES_PATTERN_CHARS = 1_000
# Characters in a workshop access token: a random one has 22; this is room for a
# passphrase, and the token travels in every address the room opens.
WORKSHOP_TOKEN_MAX_CHARS = 200
# Characters a workshop access token needs at least: shorter ones can be guessed.
WORKSHOP_TOKEN_MIN_CHARS = 16
# Characters of a bad value quoted in an error message: enough to recognise it, while a
# megabyte-long value or a huge nested list never turns into a megabyte-long message.
SHOWN_CHARS = 60

_CHUNK = 1 << 16


def describe_size(n: int) -> str:
    """Return a byte count as people say it: ``1 MB``, ``20 MB``, ``64 KB``, ``900 bytes``."""
    for unit, name in ((MIB, "MB"), (MB, "MB"), (1024, "KB"), (1000, "KB")):
        if n >= unit and n % unit == 0:
            return f"{n // unit:,} {name}"
    return f"{n:,} bytes"


def shown(value: Any) -> str:
    """Return ``repr(value)`` cut to ``SHOWN_CHARS`` characters, ending in an ellipsis."""
    import reprlib

    if isinstance(value, str):
        text = repr(value[:SHOWN_CHARS])
    else:
        brief = reprlib.Repr()
        brief.maxlevel = 2
        brief.maxstring = brief.maxother = brief.maxlong = SHOWN_CHARS
        try:
            text = brief.repr(value)
        except ValueError:  # an integer too long to write out
            text = f"<a {type(value).__name__} too long to show>"
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS - 1] + "…"


def read_capped(source: str | os.PathLike[str] | BinaryIO, cap: int, what: str, *,
                error: type[InputError] = LimitError) -> bytes:
    """Read a file or binary stream whole, refusing it once more than ``cap`` bytes arrive.

    ``what`` names the kind of input in messages ("notes" gives "notes.yml is larger
    than the 1 MB allowed for notes"). Sizes are what was read, never the size on disk,
    so devices, FIFOs and pipes are capped too. Every failure is ``error``.
    """
    if isinstance(source, (str, os.PathLike)):
        return _read_path(Path(source), cap, what, error)
    name = getattr(source, "name", None)
    label = name if isinstance(name, str) and not name.startswith("<") else "standard input"
    try:
        return _read_stream(source, cap, what, label, error)
    except OSError as exc:
        raise error(f"{label}: cannot read the {what} ({exc.strerror or exc})") from None


def _read_path(path: Path, cap: int, what: str, error: type[InputError]) -> bytes:
    try:
        # non-blocking, so a FIFO nobody writes to reads as empty instead of hanging
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise error(f"{path}: is a folder, not a file with {what}")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return _read_stream(stream, cap, what, str(path), error)
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _read_stream(stream: BinaryIO, cap: int, what: str, label: str,
                 error: type[InputError]) -> bytes:
    parts: list[bytes] = []
    total = 0
    while total <= cap:
        chunk = stream.read(min(_CHUNK, cap + 1 - total))
        if not chunk:
            return b"".join(parts)
        if not isinstance(chunk, bytes):
            raise TypeError("read_capped needs a binary stream (sys.stdin.buffer)")
        parts.append(chunk)
        total += len(chunk)
    raise error(f"{label} is larger than the {describe_size(cap)} allowed for {what}")


def safe_yaml_load(text: str, what: str, *, error: type[InputError] = LimitError,
                   fast: bool = True) -> Any:
    """Parse YAML with the safe loader after checking its aliases and nesting are sane.

    Refuses (as ``error``, naming ``what``) a document with more than
    ``YAML_MAX_ALIASES`` aliases, more than ``YAML_MAX_NODES`` items once aliases are
    expanded, an alias inside its own anchor, or nesting deeper than ``YAML_MAX_DEPTH``.
    A date that does not exist (``2026-11-31``) stays text, for the field's own check to
    name; any other value Python cannot build is a ``YAMLError`` with its line. Syntax
    errors are raised as PyYAML's ``YAMLError``, for the caller to report. ``fast`` uses
    libyaml where installed.
    """
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if fast else yaml.SafeLoader
    loader = _loader(base)
    _check_shape(yaml.parse(text, Loader=loader), what, error)
    return yaml.load(text, Loader=loader)


@functools.cache
def _loader(base: type) -> type:
    """The safe loader ``base``, lenient on impossible dates and strict on other values."""
    import yaml

    class Loader(base):  # type: ignore[misc, valid-type]
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except (ValueError, OverflowError) as exc:  # a huge integer, for one
                raise yaml.constructor.ConstructorError(
                    None, None, f"cannot read this value: {shown(str(exc))}",
                    node.start_mark) from None

    def timestamp_or_text(loader: Any, node: Any) -> Any:
        try:
            return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
        except ValueError:
            return loader.construct_scalar(node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp_or_text)
    return Loader


def _check_shape(events: Any, what: str, error: type[InputError]) -> None:
    """Walk the parser's events once, counting what the data would expand into."""
    import yaml

    sizes: dict[str, int] = {}   # anchor -> items it stands for, once complete
    open_: list[list[Any]] = []  # per open collection: [anchor, items so far]
    aliases = total = 0
    for event in events:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            sizes.pop(event.anchor, None)  # an alias inside now means this collection
            open_.append([event.anchor, 1])
            if len(open_) > YAML_MAX_DEPTH:
                raise error(f"{what}: lists or mappings nested more than {YAML_MAX_DEPTH} "
                            "deep")
            continue
        if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, items = open_.pop()
            if anchor is not None:
                sizes[anchor] = items
        elif isinstance(event, yaml.ScalarEvent):
            items = 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            items = _alias_items(event.anchor, sizes, open_, aliases, what, error)
        else:
            continue
        if open_:
            open_[-1][1] += items
        else:
            total += items
        # without aliases the count is bounded by the text's length: check only here
        if isinstance(event, yaml.AliasEvent) and (
                total + sum(entry[1] for entry in open_) > YAML_MAX_NODES):
            raise error(f"{what}: YAML aliases (*name) expand to more than "
                        f"{YAML_MAX_NODES:,} items; write the values out instead")


def _alias_items(anchor: str, sizes: dict[str, int], open_: list[list[Any]], aliases: int,
                 what: str, error: type[InputError]) -> int:
    """How many items one alias stands for; refuse too many aliases or a recursive one."""
    if aliases > YAML_MAX_ALIASES:
        raise error(f"{what}: more than {YAML_MAX_ALIASES:,} YAML aliases (*name); write "
                    "the values out instead")
    if anchor in sizes:
        return sizes[anchor]
    if any(entry[0] == anchor for entry in open_):
        raise error(f"{what}: the YAML alias *{anchor} is used inside its own anchor "
                    f"&{anchor}, so it never ends")
    return 0  # an undefined alias: the parser reports it when loading
