"""``coachkit report``: a standalone, escaped HTML file; never overwrites; clear errors."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from coachkit.cli import run

ROOT = Path(__file__).parents[1]
SAMPLE = ROOT / "data" / "sample_applications.csv"
EXPORTS = Path(__file__).parent / "outcomes_exports"


def report(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = run(["report", *argv], out=out)
    return status, out.getvalue(), err.getvalue()


def test_report_is_one_standalone_file_with_every_chart(tmp_path):
    target = tmp_path / "report.html"
    status, out, err = report(str(SAMPLE), "-o", str(target), "--as-of", "2026-11-30")
    assert status == 0, err
    assert out == f"wrote {target}\n"
    page = target.read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') >= 5
    for section in ("delay", "timing", "reply_days", "funnel", "timeline"):
        assert f"<section id={section}>" in page
    assert "<script" not in page.lower()
    assert not re.findall(r'(?:src|href)="(?!data:)', page), "external resources"
    assert "http://" not in page and "https://" not in page
    assert "41% of the 46 decided applications got an answer" in page
    assert "as of 2026-11-30" in page


def test_report_never_overwrites_unless_forced_and_never_the_input(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("mine", encoding="utf-8")
    status, _, err = report(str(SAMPLE), "-o", str(target))
    assert status == 2
    assert "already exists; pass --force" in err
    assert target.read_text() == "mine"
    status, _, err = report(str(SAMPLE), "-o", str(target), "--force", "--as-of", "2026-11-30")
    assert status == 0, err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    log = tmp_path / "log.html"
    log.write_bytes(SAMPLE.read_bytes())
    status, _, err = report(str(log), "-o", str(log), "--force")
    assert status == 2 and "is the input file" in err
    assert log.read_bytes() == SAMPLE.read_bytes()
    status, _, err = report(str(SAMPLE), "-o", str(tmp_path / "report.csv"))
    assert status == 2 and "name it something.html" in err


def test_text_from_the_file_is_escaped_and_formulas_are_not_evaluated(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text('company,applied_on,outcome,notes,<script>x</script>\n'
                   '<script>alert(1)</script>,2026-10-01,pending,"=HYPERLINK(""http://evil.test"")",'
                   '=1+1\n', encoding="utf-8")
    status, _, err = report(str(log), "-o", str(tmp_path / "r.html"), "--as-of", "2026-11-30")
    assert status == 0, err
    assert "looks like a spreadsheet formula; it is kept as text" in err
    assert "kept as extra columns (not used by the figures): <script>x</script>" in err
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;x&lt;/script&gt;" in page  # the extra column's name, escaped
    assert "=HYPERLINK(&quot;http://evil.test&quot;)" in page
    assert 'href="http' not in page


def test_mapping_and_bad_options(tmp_path):
    target = tmp_path / "de.html"
    status, _, err = report(str(EXPORTS / "generic_de_semicolon_cp1252.csv"), "-o", str(target),
                            "--mapping", str(EXPORTS / "generic_de_mapping.yml"))
    assert status == 0, err
    assert "Müller GmbH" not in err and target.exists()
    status, _, err = report(str(SAMPLE), "-o", str(tmp_path / "x.html"), "--as-of", "soon")
    assert status == 2 and err.strip() == "coachkit: as_of: expected a date such as " \
                                          "2026-11-30, got 'soon'"
    status, _, err = report(str(tmp_path / "missing.csv"), "-o", str(tmp_path / "y.html"))
    assert status == 2 and "missing.csv: cannot read the file" in err
    assert len(err.strip().splitlines()) == 1
    status, _, err = report(str(SAMPLE), "-o", str(tmp_path / "z.html"),
                            "--mapping", str(tmp_path / "nope.yml"))
    assert status == 2 and "cannot read the mapping" in err


def test_progress_bar_on_request(tmp_path, capsys):
    from coachkit.outcomes.report import write_report

    write_report(SAMPLE, tmp_path / "p.html", as_of="2026-11-30", progress=True)
    err = capsys.readouterr().err
    assert "report" in err and "100%" in err
    write_report(SAMPLE, tmp_path / "q.html", as_of="2026-11-30")  # not a TTY: silent
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("name", ["binary_junk.csv", "truncated.csv"])
def test_the_real_command_prints_one_clear_line(tmp_path, name):
    proc = subprocess.run([sys.executable, "-m", "coachkit", "report",
                           str(Path(__file__).parent / "outcomes_bad" / name),
                           "-o", str(tmp_path / "r.html")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"coachkit: {name}: ")
