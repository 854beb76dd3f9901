"""Hostile application logs for the abuse suite, built in memory: forged, bombed and
oversized XLSX workbooks and CSV files (a forged file is a small real one rewritten)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

HEADER = ["company", "role", "applied_on", "outcome", "channel", "response_at"]


def log_rows(n: int, names: list[str] | None = None,
          channels: list[str] | None = None) -> list[list[object]]:
    """``n`` applications; companies from ``names``, channels from ``channels`` (by
    default the names again, shifted by one)."""
    names = names or ["Acme", "Contoso"]
    channels = channels or names[1:] + names[:1]
    return [[names[i % len(names)], "Engineer", f"2026-10-{i % 28 + 1:02d}",
             ("rejected", "no_response", "offer")[i % 3], channels[i % len(channels)],
             "" if i % 3 == 1 else f"2026-11-{i % 28 + 1:02d}"] for i in range(n)]


def log_csv(rows: list[list[object]]) -> bytes:
    """The rows under HEADER as UTF-8 CSV."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([HEADER, *rows])
    return buffer.getvalue().encode("utf-8")


def log_xlsx(rows: list[list[object]], build: Callable[[object], None] | None = None) -> bytes:
    """The rows in a workbook's sheet "Applications"; ``build`` changes the workbook first."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Applications"
    for row in rows:
        sheet.append(row)
    if build is not None:
        build(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewrite_sheet(raw: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """The workbook with its first sheet's XML changed (how a forged file is made)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            dst.writestr(info.filename, data)
    return out.getvalue()


def forged_dimension(rows: int) -> bytes:
    """A workbook of ``rows`` applications whose <dimension> claims 16,384 columns."""
    companies = [f"Company {i}" for i in range(rows)]
    raw = log_xlsx([HEADER, *log_rows(rows, companies, ["web", "mail"])])
    return rewrite_sheet(raw, lambda xml: re.sub(rb'<dimension ref="[^"]*"',
                                                  b'<dimension ref="A1:XFD20001"', xml))


def zip_bomb(path: Path, unpacked: int) -> Path:
    """A workbook whose sheet XML unpacks to ``unpacked`` bytes (blank space before the
    sheet's end), written in pieces so the test never holds it whole."""
    raw = log_xlsx([HEADER, *log_rows(3)])
    with zipfile.ZipFile(io.BytesIO(raw)) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, data)
                continue
            head, tail = data.rsplit(b"</worksheet>", 1)
            with dst.open(info.filename, "w", force_zip64=True) as sheet:
                sheet.write(head)
                chunk = b" " * (1 << 20)
                for _ in range(unpacked // len(chunk)):
                    sheet.write(chunk)
                sheet.write(b"</worksheet>" + tail)
    return path


def every_row_at_xfd(rows: int) -> bytes:
    """Every row really has a cell in the last column (XFD): no forged dimension."""
    raw = log_xlsx([HEADER, *log_rows(rows)])
    return rewrite_sheet(raw, lambda xml: xml.replace(
        b"</row>", b'<c r="XFD1" t="inlineStr"><is><t> </t></is></c></row>'))


def row_gap() -> bytes:
    """The last row numbered 100,000,000, past Excel's last: a reader that pads missing
    rows would make a hundred million."""
    raw = log_xlsx([HEADER, *log_rows(5)])
    return rewrite_sheet(raw, lambda xml: re.sub(rb'<row r="6"', b'<row r="100000000"', xml))


def two_sheets(book) -> None:
    """Add a sheet of notes, wider than the cap, beside the applications."""
    junk = book.create_sheet("Notes")
    junk.append([f"note {i}" for i in range(600)])  # wider than the cap: skipped


def dates_as_serials(book) -> None:
    """Make every applied_on a date serial past 31 Dec 9999."""
    for row in book["Applications"].iter_rows(min_row=2):
        row[2].value, row[2].number_format = 3_000_000, "yyyy-mm-dd"


def formulas(book) -> None:
    """Make the first applied_on a formula."""
    book["Applications"]["C2"] = "=TODAY()"


def wide_csv(names: int, padding: int = 0) -> bytes:
    """A CSV whose header names ``names`` columns, then ``padding`` empty ones."""
    extra = [f"extra {i}" for i in range(names - len(HEADER))]
    lines = [",".join(HEADER + extra) + "," * padding]
    lines += [",".join([*map(str, r), *[""] * (len(extra) + padding)]) for r in log_rows(20)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_file(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/name``; return the path."""
    path = folder / name
    path.write_bytes(data)
    return path


def feed_forever(path: Path) -> None:
    """Write CSV lines into the FIFO at ``path`` until its reader goes away."""
    line = b"company,role,applied_on,outcome\n" * 4096
    try:
        with open(path, "wb") as fifo:
            while True:
                fifo.write(line)
    except OSError:  # the reader went away (BrokenPipeError), as it should
        pass
