"""Read a CSV or XLSX file into a header and rows of text, with clear messages.

Nothing here interprets values; ``validate`` does. The file is only ever read.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from coachkit.errors import ApplicationsError
from coachkit.limits import APPLICATION_LOG_BYTES, XLSX_MAX_COLUMNS, XLSX_XML_BYTES, read_capped
from coachkit.outcomes.ragged import ragged_frame
from coachkit.problem import Problem

__all__ = ["MAX_BYTES", "RawTable", "read_bytes", "read_table"]

MAX_BYTES = APPLICATION_LOG_BYTES  # about 200,000 applications; larger logs are refused
_SIGNATURES = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"\x1f\x8b", "a gzip archive"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
)
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
# Excel's last row; openpyxl would make an empty row for every number skipped up to a
# forged r="100000000"
_EXCEL_MAX_ROWS = 1_048_576


@dataclass
class RawTable:
    """Header and rows as text; ``rows.index`` is the spreadsheet row number (header = 1)."""

    source: str
    header: list[str]
    rows: pd.DataFrame
    delimiter: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    notes: list[str] = field(default_factory=list)
    # rows with values past the header's last column: {spreadsheet row: fields}
    ragged: dict[int, int] = field(default_factory=dict)


def _fail(source: str, message: str) -> ApplicationsError:
    return ApplicationsError(f"{source}: {message}", (Problem("error", "unreadable", message),))


def read_table(path: str | Path, *, sheet: str | None = None) -> RawTable:
    """Read the file at ``path`` (CSV in any common encoding and delimiter, or XLSX)."""
    file = Path(path)
    source = file.name
    try:
        if file.is_dir():
            raise _fail(source, "is a folder, not a CSV or XLSX file")
        size = file.stat().st_size
    except OSError as exc:
        raise _fail(source, f"cannot read the file ({exc.strerror or exc})") from None
    if size > MAX_BYTES:
        raise _fail(source, f"the file is {size / 1024 / 1024:.0f} MB; the limit is "
                            f"{MAX_BYTES // 1024 // 1024} MB (about 200,000 applications). "
                            "Split it or remove old rows.")
    # counted as read: a device or a FIFO says nothing true about its size on disk
    raw = read_capped(file, MAX_BYTES, "application logs", error=ApplicationsError)
    return read_bytes(raw, source, sheet=sheet)


def read_bytes(raw: bytes, source: str, *, sheet: str | None = None) -> RawTable:
    """Read a file's bytes; ``source`` names it in messages."""
    if len(raw) > MAX_BYTES:
        raise _fail(source, f"the file is {len(raw) / 1024 / 1024:.0f} MB; the limit is "
                            f"{MAX_BYTES // 1024 // 1024} MB (about 200,000 applications)")
    if not raw.strip():
        raise _fail(source, "the file is empty; expected a header row and one row per application")
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        return _read_xlsx(raw, source, sheet)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(source, "this is an old Excel .xls workbook; save it as .xlsx or CSV")
    for magic, what in _SIGNATURES:
        if raw.startswith(magic):
            raise _fail(source, f"this is {what}, not a CSV or XLSX file")
    text, encoding = _decode(raw, source)
    return _read_csv(text, source, encoding)


def _decode(raw: bytes, source: str) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        head = raw[:4096]
        nuls = head.count(0)
        if nuls:
            odd, even = head[1::2].count(0), head[0::2].count(0)
            if odd > len(head) // 4 and even == 0:
                encodings = ["utf-16-le"]
            elif even > len(head) // 4 and odd == 0:
                encodings = ["utf-16-be"]
            else:
                raise _fail(source, "looks like a binary file, not a CSV (it contains NUL bytes)")
        else:
            encodings = ["utf-8", "cp1252", "latin-1"]
    for enc in encodings:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\r\n")
        if controls > max(2, len(text[:4096]) // 100):
            raise _fail(source, "looks like a binary file, not a CSV (it has control characters)")
        return text, enc
    raise _fail(source, f"cannot decode the file as {' or '.join(encodings)} text")


def _count_outside_quotes(line: str, ch: str) -> int:
    return sum(part.count(ch) for part in line.split('"')[0::2])


def _sniff(text: str, source: str) -> str:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best]:
        return best
    for other, name in (("|", "a pipe '|'"), (":", "a colon ':'"), ("^", "a caret '^'")):
        if _count_outside_quotes(first, other):
            raise _fail(source, f"row 1: the columns are separated by {name}; expected commas or "
                                "semicolons (save the sheet as CSV)")
    raise _fail(source, f"row 1: found one column ({first[:60]!r}); expected a header of "
                        "comma- or semicolon-separated column names such as "
                        "company,role,applied_on,outcome")


_PANDAS_FIELDS = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_PANDAS_EOF = re.compile(r"EOF inside string starting at row (\d+)")


def _width(line: str) -> int:
    return max(_count_outside_quotes(line, d) for d in _DELIMITERS)


def _preamble(text: str) -> tuple[int, int]:
    """Where the header starts when notes precede it (LinkedIn's exports open with a
    'Notes:' paragraph): (character offset, lines skipped); (0, 0) when it is line 1."""
    lines: list[tuple[int, int, str]] = []  # (line number, offset, text) of non-blank lines
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True)[:20]):
        if line.strip():
            lines.append((number, offset, line))
        offset += len(line)
    widths = [_width(line) for _, _, line in lines]
    if len(widths) < 3 or (widths[0] >= 1 and widths[0] == widths[1]):
        return 0, 0
    for k in range(1, len(widths) - 1):
        if widths[k] >= 1 and widths[k] == widths[k + 1]:
            return lines[k][1], lines[k][0]
    return 0, 0


def _check_header_width(text: str, delim: str, source: str, skipped: int) -> None:
    """Refuse a header naming more than XLSX_MAX_COLUMNS columns before pandas reads it:
    thousands of columns take seconds per row to check and are no application log."""
    import csv

    first, number = next(((ln, n) for n, ln in enumerate(text.splitlines(), 1 + skipped)
                          if ln.strip()), ("", 1))
    if _width(first) < XLSX_MAX_COLUMNS:
        return
    names = next(csv.reader([first], delimiter=delim), [])
    while names and not names[-1].strip():
        names.pop()
    if len(names) > XLSX_MAX_COLUMNS:
        raise _fail(source, f"row {number}: the header has {len(names):,} columns; the limit "
                            f"is {XLSX_MAX_COLUMNS} (a log needs a few dozen)")


def _trim_columns(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """Drop the empty columns right of the last value (rows padded with thousands of
    delimiters); refuse values in more than XLSX_MAX_COLUMNS columns."""
    if frame.shape[1] <= XLSX_MAX_COLUMNS:
        return frame
    filled = frame.fillna("").to_numpy() != ""
    used = filled.any(axis=0).nonzero()[0]
    width = int(used[-1]) + 1 if len(used) else 1
    if width > XLSX_MAX_COLUMNS:
        row = frame.index[filled[:, XLSX_MAX_COLUMNS:].any(axis=1).argmax()] + 1
        raise _fail(source, f"row {row}: has values in {width:,} columns; the limit is "
                            f"{XLSX_MAX_COLUMNS} (a log needs a few dozen)")
    return frame.iloc[:, :width]


def _read_csv(text: str, source: str, encoding: str) -> RawTable:
    start, skipped = _preamble(text)
    text = text[start:]
    delim = _sniff(text, source)
    _check_header_width(text, delim, source, skipped)
    ragged: dict[int, int] = {}  # rows with values past the header (read without them)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delim, header=None, dtype=str,
                            keep_default_na=False, na_filter=False, skip_blank_lines=False,
                            engine="c", quotechar='"')
    except pd.errors.ParserError as exc:
        msg = str(exc)
        read = ragged_frame(text, delim) if _PANDAS_FIELDS.search(msg) else None
        if read is not None:
            frame, ragged = read
        elif m := _PANDAS_FIELDS.search(msg):
            want, line, saw = m.groups()
            raise _fail(source, f"row {line}: has {saw} fields but the header has {want}; a "
                                f"value may contain an unquoted {_DELIMITERS[delim]}") from None
        elif m := _PANDAS_EOF.search(msg):
            raise _fail(source, f"row {int(m.group(1)) + 1}: a quote (\") opens a value that is "
                                "never closed; check for a stray quote mark") from None
        else:
            raise _fail(source, f"cannot read the CSV ({msg.strip().splitlines()[-1]})"
                        ) from None
    except pd.errors.EmptyDataError:
        raise _fail(source, "the file is empty; expected a header row") from None
    notes = []
    label = {"cp1252": "Windows-1252 (Western European)", "latin-1": "Latin-1",
             "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}.get(encoding)
    if label:
        notes.append(f"read as {label} text; check accented letters and quotes look right")
    if delim == "\t":
        notes.append("read as tab-separated values")
    if skipped:
        frame.index = frame.index + skipped  # row numbers stay those of the user's file
        notes.append(f"skipped {skipped} line{'s' if skipped > 1 else ''} of notes above the "
                     "header")
    table = _split_header(_trim_columns(frame, source), source)
    # a last line cut in the middle: fewer values than any other row and no final newline
    if len(table.rows) > 1 and not text.endswith(("\n", "\r")):
        counts = table.rows.astype(bool).sum(axis=1).to_numpy()
        counts = counts[counts > 0]  # a blank separator row is not a short row
        if len(counts) > 1 and counts[-1] < min(counts[:-1].min(), len(table.header)):
            raise _fail(source, f"row {table.rows.index[-1]}: has only {counts[-1]} of "
                                f"{len(table.header)} values and the file ends without a "
                                "line break; the file looks truncated")
    table.delimiter, table.encoding = delim, encoding
    table.notes.extend(notes)
    table.ragged = {row + 1 + skipped: n for row, n in ragged.items()}
    return table


def _split_header(frame: pd.DataFrame, source: str, sheet: str | None = None) -> RawTable:
    from coachkit.outcomes.dates import per_unique

    frame = frame.fillna("").astype(str)
    frame = frame.apply(lambda col: per_unique(col, lambda u: u.astype(str).str.strip()))
    filled = frame.astype(bool).any(axis=1)
    if not filled.any():
        raise _fail(source, "the file has no header row and no data")
    first = int(filled.to_numpy().argmax())
    header = [h for h in frame.iloc[first].tolist()]
    while header and not header[-1] and not frame.iloc[:, len(header) - 1].astype(bool).any():
        header.pop()
    rows = frame.iloc[first + 1:, :len(header)]
    below = filled.iloc[first + 1:].to_numpy()
    # blank rows between applications stay (validate lists them); trailing ones go
    rows = rows.iloc[:int(np.flatnonzero(below)[-1]) + 1] if below.any() else rows[below]
    rows.index = rows.index + 1  # spreadsheet rows count from 1 and include the header
    rows.columns = range(len(header))
    if rows.empty:
        raise _fail(source, "the file has a header but no applications below it")
    return RawTable(source=source, header=header, rows=rows, sheet=sheet)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _check_unpacked(raw: bytes, source: str) -> None:
    """Refuse a workbook whose parts unpack to more than XLSX_XML_BYTES, before parsing.

    The sizes are those the zip declares; Python's zipfile never inflates a part past
    its declared size, so a lying archive cannot get round this.
    """
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # load_workbook reports the damage in its own words
    if unpacked > XLSX_XML_BYTES:
        raise _fail(source, f"the workbook unpacks to {unpacked / 1024 / 1024:,.0f} MB; the "
                            f"limit is {XLSX_XML_BYTES // 1024 // 1024} MB (about 200,000 "
                            "applications). Save it as CSV or remove old rows.")


def _sheet_frame(sheet: Any, source: str, name: str) -> pd.DataFrame | None:
    """The non-blank rows of a sheet as text, as wide as its header; None if blank.

    Rows are indexed from 0 by their place in the sheet. Columns right of the last
    named header are not read, and a header wider than XLSX_MAX_COLUMNS is refused.
    """
    sheet.reset_dimensions()  # a forged <dimension> would pad every row to its width
    width = 0
    index: list[int] = []
    values: list[list[str]] = []
    rows = sheet.iter_rows(max_col=XLSX_MAX_COLUMNS + 1, max_row=_EXCEL_MAX_ROWS,
                           values_only=True)
    for number, row in enumerate(rows):
        if row.count(None) == len(row):
            continue
        texts = [_cell_text(v) for v in (row[:width] if width else row)]
        if not width:
            named = [i for i, text in enumerate(texts) if text.strip()]
            if not named:
                continue
            width = named[-1] + 1
            if width > XLSX_MAX_COLUMNS:
                raise _fail(source, f"sheet {name!r}, row {number + 1}: the header has more "
                                    f"than {XLSX_MAX_COLUMNS} columns; a log needs a few "
                                    "dozen (delete the unused ones)")
            texts = texts[:width]
        index.append(number)
        values.append(texts + [""] * (width - len(texts)))
    if not values:
        return None
    return pd.DataFrame(values, index=index)


def _read_xlsx(raw: bytes, source: str, sheet: str | None) -> RawTable:
    _check_unpacked(raw, source)
    with warnings.catch_warnings():
        # openpyxl warns on stderr about what the checks report by row and column (a
        # date serial past 9999 reads as #VALUE!), or about styles that do not matter
        warnings.simplefilter("ignore", UserWarning)
        return _read_book(raw, source, sheet)


def _read_book(raw: bytes, source: str, sheet: str | None) -> RawTable:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _fail(source, f"not a readable .xlsx workbook ({type(exc).__name__}); open it in "
                            "a spreadsheet and save it again as .xlsx or CSV") from None
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise _fail(source, f"not a readable .xlsx workbook ({type(exc).__name__})") from None
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise _fail(source, f"no sheet named {sheet!r}; the sheets are {', '.join(names)}")
        candidates = [sheet] if sheet else names
        from coachkit.outcomes.mapping import load_mapping

        mapping = load_mapping()
        tables, refused = [], []
        for name in candidates:
            if not hasattr(book[name], "iter_rows"):
                continue  # a chart sheet
            try:
                frame = _sheet_frame(book[name], source, name)
            except ApplicationsError as exc:
                refused.append(exc)
                continue
            if frame is None:
                continue
            try:
                table = _split_header(frame, source, sheet=name)
            except ApplicationsError:
                continue
            placed = {mapping.column_for(h) for h in table.header}
            tables.append((("company" in placed) + ("applied_on" in placed), name, table))
    finally:
        book.close()
    if not tables and refused:
        raise refused[0]
    if not tables:
        which = f"sheet {sheet!r}" if sheet else f"any of its sheets ({', '.join(names)})"
        raise _fail(source, f"the workbook has no header row with applications below it in {which}")
    tables.sort(key=lambda t: -t[0])
    best = tables[0][2]
    if len(names) > 1:
        best.notes.append(f"read sheet {best.sheet!r} of {len(names)} ({', '.join(names)}); "
                          "choose another with sheet=")
    return best
