"""Write the malformed application logs of this folder (run from anywhere).

    python tests/outcomes_bad/make_corpus.py

The 50 MB file is not committed: ``big_file`` writes it into a temporary folder
during the test. ``index.yaml`` says what message each file must produce.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
HEADER = ("company,role,applied_on,interviewed_at,follow_up_sent_at,follow_up_kind,"
          "follow_up_score,response_at,outcome,channel,notes")
GOOD = ("Contoso,Data Analyst,2026-10-01,2026-10-08 10:00,2026-10-08 16:00,thank_you,82,"
        "2026-10-15 09:00,rejected,referral,")
GOOD2 = "Fabrikam,UX Designer,2026-10-03,,,,,,pending,job board,"


def csv(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def big_file(path: Path, size: int = 50 * 1024 * 1024) -> Path:
    """A 50 MB CSV of valid rows (written, not committed)."""
    line = (GOOD + "\n").encode()
    with path.open("wb") as out:
        out.write((HEADER + "\n").encode())
        out.write(line * (size // len(line) + 1))
    return path


def _xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def files() -> dict[str, bytes]:
    rows = [r.split(",") for r in (HEADER, GOOD, GOOD2)]
    corrupt = io.BytesIO()
    with zipfile.ZipFile(corrupt, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    return {
        "empty.csv": b"",
        "whitespace_only.csv": b"  \n\n \t\n",
        "header_only.csv": (HEADER + "\n").encode(),
        "truncated.csv": (csv(GOOD, GOOD2).rstrip("\n") + "\nNorthwind,Operations Analy").encode(),
        "tab_delimited.csv": csv(GOOD, GOOD2).replace(",", "\t").encode(),
        "pipe_delimited.csv": csv(GOOD, GOOD2).replace(",", "|").encode(),
        "single_column.csv": b"My applications\nContoso\nFabrikam\n",
        "mixed_date_formats.csv": csv(GOOD, GOOD2.replace("2026-10-03", "10/03/2026"),
                                      GOOD2.replace("Fabrikam", "Litware")
                                      .replace("2026-10-03", "\"Oct 5, 2026\"")).encode(),
        "mixed_day_month.csv": csv(GOOD.replace("2026-10-01", "25/09/2026"),
                                   GOOD2.replace("2026-10-03", "09/26/2026")).encode(),
        "unparseable_date.csv": csv(GOOD, GOOD2.replace("2026-10-03", "sometime in May")).encode(),
        "binary_junk.csv": bytes(range(256)) * 40,
        "png_renamed.csv": b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64),
        "formulas.csv": csv(GOOD.replace("referral,", "referral,=HYPERLINK(\"http://x.test\")"),
                            GOOD2.replace("Fabrikam", "=1+1")).encode(),
        "formula_in_date.csv": csv(GOOD, GOOD2.replace("2026-10-03", "=TODAY()")).encode(),
        "utf16.csv": csv(GOOD, GOOD2.replace("Fabrikam", "Café Müller")).encode("utf-16"),
        "cp1252_smart_quotes.csv": csv(GOOD.replace("referral,", "referral,\u201cgreat\u201d call"),
                                       GOOD2).encode("cp1252"),
        "unbalanced_quotes.csv": csv(GOOD, GOOD2.replace("UX Designer", '"UX Designer'),
                                     GOOD).encode(),
        "extra_fields.csv": csv(GOOD, GOOD2 + ",surplus,values").encode(),
        "duplicate_headers.csv": (HEADER.replace("role", "company") + "\n" + GOOD + "\n").encode(),
        "missing_required.csv": b"role,applied_on,outcome\nData Analyst,2026-10-01,pending\n",
        "empty_company.csv": csv(GOOD, GOOD2.replace("Fabrikam", "")).encode(),
        "response_before_application.csv": csv(
            GOOD.replace("2026-10-15 09:00", "2026-09-15 09:00")).encode(),
        "interview_before_application.csv": csv(
            GOOD.replace("2026-10-08 10:00", "2026-09-08 10:00")).encode(),
        "follow_up_before_interview.csv": csv(
            GOOD.replace("2026-10-08 16:00", "2026-10-07 16:00")).encode(),
        "unknown_outcome.csv": csv(GOOD, GOOD2.replace("pending", "maybe later")).encode(),
        "negative_score.csv": csv(GOOD.replace(",82,", ",-5,")).encode(),
        "score_over_100.csv": csv(GOOD.replace(",82,", ",140,")).encode(),
        "score_not_a_number.csv": csv(GOOD.replace(",82,", ",great,")).encode(),
        "future_dates.csv": csv(GOOD, GOOD2.replace("2026-10-03", "2031-01-01")).encode(),
        "duplicate_rows.csv": csv(GOOD, GOOD2, GOOD).encode(),
        "multi_sheet.xlsx": _xlsx({"Read me": [["This workbook tracks my job search"]],
                                   "Applications": rows}),
        "empty.xlsx": _xlsx({"Sheet1": []}),
        "corrupt.xlsx": b"PK\x03\x04" + bytes(300),
        "not_really.xlsx": corrupt.getvalue(),
        "old_excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
    }


def main() -> None:
    for name, data in files().items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
