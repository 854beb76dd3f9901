"""Hostile inputs to what coachkit reads for reports and writes out: application logs
(CSV, XLSX, devices and FIFOs), chart labels, .eml exports and the drafts journal.

Each must give a clear one-line error or a correct result, in bounded time and memory,
without a traceback. Rows named ``rowNN`` are those of the December 2026 attack review.
"""

from __future__ import annotations

import email
import html
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from abuse.hostile_files import (
    HEADER,
    dates_as_serials,
    every_row_at_xfd,
    feed_forever,
    forged_dimension,
    formulas,
    log_csv,
    log_rows,
    log_xlsx,
    row_gap,
    two_sheets,
    wide_csv,
    write_file,
    zip_bomb,
)
from coachkit.compose import ComposeSession, Composition
from coachkit.compose.export import to_eml
from coachkit.errors import ApplicationsError, InputError, StoreError
from coachkit.model import Draft
from coachkit.notes import notes_from_dict
from coachkit.outcomes import load_applications
from coachkit.store import DraftJournal
from samples import NOTES as NOTES_DICT

AS_OF = "2026-11-30"
HOSTILE_LABELS = ["Money$ #1 $", "$x^$", "a_b^c", "back\\slash $", "{braces}$", "🚀 $$",
                  "<script>alert(1)</script>", "a\\$b"]


# -- row 6 (and row 2): application logs --------------------------------------------------
def test_row06_forged_xlsx_dimension_is_read_within_bounds(tmp_path, run_coachkit):
    path = write_file(tmp_path, "forged.xlsx", forged_dimension(3000))
    run = run_coachkit("report", path, "-o", tmp_path / "r.html", "--as-of", AS_OF)
    run.expect(0, wall=8.0)
    assert (tmp_path / "r.html").exists()
    assert len(load_applications(path, as_of=AS_OF)) == 3000


def test_row06_forged_xlsx_reads_only_the_header_width():
    raw = forged_dimension(30)
    from coachkit.outcomes.reading import read_bytes

    table = read_bytes(raw, "forged.xlsx")
    assert table.header == HEADER
    assert table.rows.shape == (30, len(HEADER))
    assert list(table.rows.index[:2]) == [2, 3]  # the spreadsheet's own row numbers


XLSX_REFUSED = {
    "zip_bomb": ("bomb.xlsx", "the workbook unpacks to 210 MB; the limit is 200 MB"),
    "header_1000_columns": ("wide.xlsx", "row 1: the header has more than 500 columns"),
}


@pytest.mark.parametrize("case", sorted(XLSX_REFUSED))
def test_row06_xlsx_refused_before_it_explodes(case, tmp_path, run_coachkit):
    name, message = XLSX_REFUSED[case]
    if case == "zip_bomb":
        path = zip_bomb(tmp_path / name, 210 * 1024 * 1024)
        assert path.stat().st_size < 1024 * 1024
    else:
        wide = HEADER + [f"extra {i}" for i in range(1000 - len(HEADER))]
        path = write_file(tmp_path, name, log_xlsx([wide, *log_rows(3)]))
    run = run_coachkit("report", path, "-o", tmp_path / "r.html").expect(2)
    assert message in run.stderr and name in run.stderr
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("source", ["dev_zero", "fifo_no_writer", "fifo_endless"])
def test_row02_report_reads_devices_and_fifos_capped(source, tmp_path, run_coachkit):
    path = Path("/dev/zero") if source == "dev_zero" else tmp_path / "log.csv"
    if source != "dev_zero":
        os.mkfifo(path)
    if source == "fifo_endless":
        threading.Thread(target=feed_forever, args=(path,), daemon=True).start()
    run = run_coachkit("report", path, "-o", tmp_path / "r.html").expect(2, wall=8.0)
    expect = "empty" if source == "fifo_no_writer" else "larger than the 30 MB allowed"
    assert expect in run.stderr


# -- row 12: chart labels are text, never mathematics --------------------------------------
def test_row12_report_with_dollar_labels_is_written(tmp_path, run_coachkit):
    path = write_file(tmp_path, "dollars.csv", log_csv(log_rows(40, HOSTILE_LABELS)))
    run_coachkit("report", path, "-o", tmp_path / "r.html", "--as-of", AS_OF).expect(0)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("label", HOSTILE_LABELS, ids=lambda s: s.encode("ascii", "replace")
                         .decode()[:12])
def test_row12_chart_labels_are_drawn_literally(label):
    import pandas as pd

    from coachkit.figures import png_bytes
    from coachkit.outcomes.plots import plot_rates, plot_timeline
    from coachkit.outcomes.stats import response_rates

    apps = load_applications(log_csv(log_rows(12, [label, "Plain"])), as_of=AS_OF, name="x.csv")
    table = response_rates(apps.frame, "channel")
    for fig in (plot_rates(table, title=f"Answered, by {label}"),
                plot_timeline(apps.frame, pd.Timestamp(AS_OF))):
        texts = [t for ax in fig.axes for t in
                 (*ax.get_xticklabels(), *ax.get_yticklabels(), ax.title, ax._left_title)]
        shown = [t._preprocess_math(t.get_text()) for t in texts if t.get_text()]
        assert all(math is False for _, math in shown), shown
        assert any(label[:22] in text for text, _ in shown), shown
        assert png_bytes(fig).startswith(b"\x89PNG")


@pytest.mark.parametrize("label", HOSTILE_LABELS, ids=lambda s: s.encode("ascii", "replace")
                         .decode()[:12])
def test_row12_plain_text_is_drawn_as_typed(label):
    from matplotlib.text import Text

    from coachkit.figures import plain_text

    assert Text(text=plain_text(label))._preprocess_math(plain_text(label)) == (label, False)
    long = plain_text(label * 100)
    assert long.endswith("…") and Text(text=long)._preprocess_math(long)[1] is False


# -- row 10: e-mail headers from the user ----------------------------------------------
@pytest.fixture
def home(tmp_path: Path) -> tuple[Path, str]:
    """A drafts journal holding one finished thank-you, with a sender saved with CR/LF."""
    return tmp_path, _journal_with_draft(tmp_path / "drafts.sqlite3",
                                         sender="Alex Morgan <alex@example.com>\r\nBcc: z@x")


def _journal_with_draft(path: Path, sender: str = "Alex Morgan") -> str:
    c = Composition(notes=notes_from_dict(NOTES_DICT), sender=sender)
    for step in c.guide.steps:
        if not step.optional:
            c.set_text(step.id, c.examples(step.id)[0])
    c.subject = c.subject_suggestions()[0]
    with DraftJournal(path) as journal:
        return journal.create("thank_you", c.title, c.to_content())


BAD_RECIPIENTS = {"crlf_bcc": "x@y\r\nBcc: z@x", "lf": "x@y\nz", "cr": "x@y\rz",
                  "u2028": "x@y\u2028Bcc: z", "nel_u0085": "x@y\x85z", "vtab": "x@y\x0bz"}


@pytest.mark.parametrize("case", sorted(BAD_RECIPIENTS))
def test_row10_export_refuses_a_recipient_with_a_line_break(case, home, run_coachkit):
    folder, draft_id = home
    target = folder / "a.eml"
    run = run_coachkit("drafts", "--home", folder, "export", draft_id, "-o", target,
                       "--to", BAD_RECIPIENTS[case]).expect(2)
    assert "--to: an address cannot contain a line break" in run.stderr
    assert not target.exists()


def test_row10_a_saved_sender_with_a_line_break_is_put_on_one_line(home, run_coachkit):
    folder, draft_id = home
    target = folder / "a.eml"
    run_coachkit("drafts", "--home", folder, "export", draft_id, "-o", target,
                 "--to", "dana@example.com").expect(0)
    message = email.message_from_bytes(target.read_bytes())
    assert message["Bcc"] is None and message["To"] == "dana@example.com"
    assert "alex@example.com" in message["From"] and "\n" not in message["From"]


@pytest.mark.parametrize("case", ["crlf_bcc", "u2028"])
def test_row10_the_composer_shows_the_same_message(case, tmp_path):
    from coachkit.widgets import FollowUpComposer

    c = FollowUpComposer(notes_from_dict(NOTES_DICT), sender="A\r\nBcc: z@x", journal=False,
                         export_dir=tmp_path)
    c.use_example(0)
    c.recipient.value = BAD_RECIPIENTS[case]
    assert c.export_eml() is None
    assert "To: an address cannot contain a line break" in html.unescape(
        c.export_result.value)
    assert list(tmp_path.iterdir()) == []
    c.recipient.value = "dana@example.com"
    saved = c.export_eml()
    assert saved is not None and email.message_from_bytes(saved.read_bytes())["Bcc"] is None


# -- row 17: a journal that cannot be written ----------------------------------------------
@pytest.fixture
def freeze() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder read-only for this process; undone after the test.

    Root ignores permission bits, so as root the immutable attribute is used instead
    (skipped where the file system or the container does not allow it).
    """
    frozen: list[Path] = []

    def freeze_(path: Path) -> None:
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
            if done.returncode:
                pytest.skip("cannot make a file read-only for root here (chattr +i)")
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        frozen.append(path)

    yield freeze_
    for path in reversed(frozen):
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        path.chmod(0o755 if path.is_dir() else 0o644)


READ_ONLY = ["file", "folder", "both"]


def _read_only_home(tmp_path: Path, which: str, freeze) -> tuple[Path, str]:
    folder = tmp_path / "home"
    folder.mkdir()
    draft_id = _journal_with_draft(folder / "drafts.sqlite3")
    if which in ("file", "both"):
        freeze(folder / "drafts.sqlite3")
    if which in ("folder", "both"):
        freeze(folder)
    return folder, draft_id


@pytest.mark.parametrize("which", READ_ONLY)
def test_row17_a_read_only_journal_can_be_read(which, tmp_path, freeze, run_coachkit):
    folder, draft_id = _read_only_home(tmp_path, which, freeze)
    listed = run_coachkit("drafts", "--home", folder, "list").expect(0)
    assert draft_id in listed.stdout
    for action in (["show", draft_id], ["history", draft_id], ["score", draft_id]):
        run_coachkit("drafts", "--home", folder, *action).expect(0)
    target = tmp_path / "out.txt"
    run_coachkit("drafts", "--home", folder, "export", draft_id, "-o", target).expect(0)
    assert target.read_text(encoding="utf-8").startswith("Subject: ")
    refused = run_coachkit("drafts", "--home", folder, "restore", draft_id, "1").expect(2)
    assert "is read-only" in refused.stderr and "cannot save" in refused.stderr


@pytest.mark.parametrize("which", READ_ONLY)
def test_row17_the_composer_keeps_typing_on_a_read_only_journal(which, tmp_path, freeze):
    from coachkit.widgets import FollowUpComposer

    folder, draft_id = _read_only_home(tmp_path, which, freeze)
    with DraftJournal(folder / "drafts.sqlite3") as journal:
        assert journal.read_only
        with pytest.raises(StoreError, match=r"is read-only \(.*\): cannot save"):
            journal.save(draft_id, {"subject": "lost?"})
        session = ComposeSession(notes_from_dict(NOTES_DICT), journal=journal)
        assert any("is read-only" in n for n in session.notices)
        composer = FollowUpComposer(notes_from_dict(NOTES_DICT), journal=journal,
                                    draft=draft_id)
        composer.editors["greeting"].value = "Hello Dana,"
        composer.flush()
        assert "is read-only" in html.unescape(composer.status.value)
        assert composer.editors["greeting"].value == "Hello Dana,"
        assert journal.latest(draft_id).version == 1


def test_row17_forced_read_only_leaves_the_file_alone(tmp_path):
    path = tmp_path / "drafts.sqlite3"
    draft_id = _journal_with_draft(path)
    before = path.read_bytes()
    with DraftJournal(path, read_only=True) as journal:
        assert [d.id for d in journal.list_drafts()] == [draft_id]
        with pytest.raises(StoreError, match="cannot save"):
            journal.create("thank_you", "New")
    assert path.read_bytes() == before


# -- more hostile inputs of our own ---------------------------------------------------------
# name -> (file name, bytes, expected: "ok" or the start of the error)
LOGS: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "xlsx_really_csv": ("log.xlsx", lambda: log_csv(log_rows(12)), "ok"),
    "csv_really_xlsx": ("log.csv", lambda: log_xlsx([HEADER, *log_rows(12)]), "ok"),
    "xlsx_empty": ("empty.xlsx", lambda: log_xlsx([]), "the workbook has no header row"),
    "xlsx_two_sheets": ("two.xlsx", lambda: log_xlsx([HEADER, *log_rows(12)], two_sheets), "ok"),
    "xlsx_merged_cells": ("merged.xlsx", lambda: log_xlsx(
        [HEADER, *log_rows(12)], lambda b: b["Applications"].merge_cells("A2:A3")),
        "row 3, column 'company': company is empty"),
    "xlsx_formula": ("formula.xlsx", lambda: log_xlsx([HEADER, *log_rows(12)], formulas),
                     "=TODAY() is a formula, not a date"),
    "xlsx_serial_past_9999": ("serial.xlsx", lambda: log_xlsx([HEADER, *log_rows(3)],
                                                           dates_as_serials),
                              "row 2, column 'applied_on'"),
    "xlsx_cell_at_xfd_in_every_row": ("xfd.xlsx", lambda: every_row_at_xfd(2000), "ok"),
    "xlsx_row_100000000": ("gap.xlsx", row_gap, "ok"),
    "csv_10000_columns": ("wide.csv", lambda: wide_csv(10_000),
                          "row 1: the header has 10,000 columns; the limit is 500"),
    "csv_padded_10000_delimiters": ("padded.csv", lambda: wide_csv(6, 10_000), "ok"),
    "csv_nul_bytes": ("nul.csv", lambda: log_csv(log_rows(12)).replace(b",", b",\x00"),
                      "looks like a binary file"),
    "csv_utf16": ("utf16.csv", lambda: log_csv(log_rows(12, ["Zoë GmbH", "Łódź"])).decode()
                  .encode("utf-16"), "ok"),
}


@pytest.mark.parametrize("case", sorted(LOGS))
def test_hostile_logs_are_read_or_refused_in_one_line(case, tmp_path):
    import time

    name, build, expect = LOGS[case]
    path = write_file(tmp_path, name, build())
    start = time.perf_counter()
    if expect == "ok":
        apps = load_applications(path, as_of=AS_OF)
        assert len(apps) > 0 and "company" in apps.frame
    else:
        with pytest.raises(ApplicationsError) as info:
            load_applications(path, as_of=AS_OF, errors="raise")
        assert expect in str(info.value) and name in str(info.value)
        assert "Traceback" not in str(info.value)
    assert time.perf_counter() - start < 3.0
    if expect != "ok":
        _lenient_leaves_out_or_refuses(path, expect)


def _lenient_leaves_out_or_refuses(path, expect: str) -> None:
    """The lenient default refuses the file too, or reads it and lists what it left out."""
    try:
        apps = load_applications(path, as_of=AS_OF)
    except ApplicationsError as exc:
        assert "Traceback" not in str(exc) and path.name in str(exc)
    else:
        said = (*apps.left_out, *apps.warnings)  # left out, or a later event stands in
        assert any(expect in str(p) for p in said), said


def test_a_50_mb_single_line_csv_is_refused(tmp_path, run_coachkit):
    path = tmp_path / "one-line.csv"
    with path.open("wb") as out:
        out.write(b"company," * (50 * 1024 * 1024 // 8))
    run = run_coachkit("report", path, "-o", tmp_path / "r.html").expect(2)
    assert "the limit is 30 MB" in run.stderr


def test_100_kb_company_names_give_a_bounded_report(tmp_path, run_coachkit):
    names = [f"Big Co {i} " + "x" * 100_000 for i in range(40)]
    path = write_file(tmp_path, "long.csv", log_csv(log_rows(40, names, ["web", "mail"])))
    run_coachkit("report", path, "-o", tmp_path / "r.html", "--as-of", AS_OF).expect(0)
    assert (tmp_path / "r.html").stat().st_size < path.stat().st_size / 4


def test_chart_labels_are_cut_and_many_groups_are_bounded():
    import time

    import pandas as pd

    from coachkit.figures import LABEL_CHARS
    from coachkit.outcomes.plots import MAX_BARS, plot_rates, plot_timeline
    from coachkit.outcomes.stats import response_rates

    names = [f"Channel {i} " + "y" * 1000 for i in range(3000)]
    apps = load_applications(log_csv(log_rows(3000, names)), as_of=AS_OF, name="many.csv")
    start = time.perf_counter()
    fig = plot_rates(response_rates(apps.frame, "channel"))
    assert len(fig.axes[0].get_xticklabels()) == MAX_BARS
    assert "20 largest of 3000 groups" in fig.axes[0]._left_title.get_text()
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert all(len(label.split("\n")[0]) <= LABEL_CHARS for label in labels)
    timeline = plot_timeline(apps.frame, pd.Timestamp(AS_OF))
    assert all(len(t.get_text()) < 40 for t in timeline.axes[0].get_yticklabels())
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize("to", ["x@y\x00z", "x@y\x1bz", "x@y\x7f"], ids=["nul", "esc", "del"])
def test_to_eml_refuses_control_characters(to):
    draft = Draft.from_text("Subject: Thanks\n\nDear Dana,\nthank you.")
    with pytest.raises(InputError, match="To: an address cannot contain control characters"):
        to_eml(draft, to=to)


def test_to_eml_keeps_a_lone_surrogate_from_failing():
    draft = Draft.from_text("Subject: Thanks \ud800\n\nDear Dana,\nthank you \udcff.")
    message = email.message_from_bytes(to_eml(draft, to="dana@example.com"))
    assert message["Subject"] == "Thanks ?" and "thank you ?" in message.get_payload()


def test_an_eml_export_path_that_is_a_folder_is_refused(home, run_coachkit):
    folder, draft_id = home
    (folder / "out.eml").mkdir()
    run = run_coachkit("drafts", "--home", folder, "export", draft_id, "-o",
                       folder / "out.eml").expect(2)
    assert "is a folder" in run.stderr


@pytest.mark.parametrize("kind", ["fifo", "symlink_to_dev_null"])
def test_a_journal_that_is_no_file_is_refused(kind, tmp_path, run_coachkit):
    path = tmp_path / "drafts.sqlite3"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/null")
    run = run_coachkit("drafts", "--home", tmp_path, "list").expect(2)
    assert ("named pipe" if kind == "fifo" else "a device") in run.stderr
    assert path.is_fifo() if kind == "fifo" else path.is_symlink()
