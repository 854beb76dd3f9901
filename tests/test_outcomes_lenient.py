"""Lenient by default, strict on request; stage columns; the messy real-shaped log."""

from __future__ import annotations

import io
from contextlib import redirect_stderr
from pathlib import Path

import pandas as pd
import pytest
import yaml

from coachkit.cli import run
from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications, load_mapping
from coachkit.outcomes.validate import MIN_USABLE_ROWS

T = pd.Timestamp
MESSY = Path(__file__).parent / "outcomes_messy" / "messy_log.csv"
MESSY_AS_OF = "2025-03-01"
FULL = "company,role,applied_on,interviewed_at,response_at,outcome,follow_up_score"


def _write(tmp_path, rows: list[str], header: str = FULL) -> Path:
    path = tmp_path / "log.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_messy_log_loads_and_says_what_was_left_out():
    apps = load_applications(MESSY, as_of=MESSY_AS_OF)
    assert apps.rows_read == 20 and len(apps) == 18
    assert [(p.row, p.column, p.code) for p in apps.left_out] == [
        (20, "Company", "required"), (13, "Date Applied", "bad_date")]
    readings = {r.word: (r.count, r.reading) for r in apps.status_readings}
    assert readings["Rejected"] == (3, "rejected")
    assert readings["hmm??"] == (1, "unknown")
    assert readings["Not moving forward :("] == (1, "rejected")
    assert readings["Silence"] == (1, "no_response")
    assert apps.stage_columns == {"recruiter call": "Recruiter Call",
                                  "phone screen": "Phone Screen",
                                  "assessment": "Coding Challenge", "on-site": "On-site"}
    assert apps.extra_columns == ()
    with pytest.raises(ApplicationsError, match="7 problems to fix"):
        load_applications(MESSY, as_of=MESSY_AS_OF, errors="raise")


def test_cells_that_cannot_be_read_are_left_out_of_their_row(tmp_path):
    path = _write(tmp_path, ["A,Analyst,2026-10-01,2026-09-20 10:00,,rejected,85",
                             "B,Analyst,2026-10-02,,2026-09-01,rejected,140",
                             "C,Analyst,2026-10-03,,,pending,great",
                             "D,Analyst,2026-10-04,,,pending,"])
    apps = load_applications(path, as_of="2026-11-30")
    frame = apps.frame
    assert frame["company"].tolist() == ["A", "B", "C", "D"]
    assert pd.isna(frame["interviewed_at"][0]) and pd.isna(frame["response_at"][1])
    assert frame["follow_up_score"].isna().tolist() == [False, True, True, True]
    assert {(p.row, p.code) for p in apps.left_out} == {
        (2, "interview_before_application"), (3, "response_before_application"),
        (3, "score_range"), (4, "bad_score")}
    assert all(str(p).endswith("(value left out)") for p in apps.left_out)
    assert all(p in apps.warnings for p in apps.left_out)


def test_too_few_usable_rows_are_refused_with_the_strict_message(tmp_path):
    assert MIN_USABLE_ROWS == 3
    path = _write(tmp_path, ["A,Analyst,2026-10-01,,,rejected,85",
                             ",Analyst,2026-10-02,,,pending,",
                             "C,Analyst,not a date,,,pending,"])
    with pytest.raises(ApplicationsError) as info:
        load_applications(path, as_of="2026-11-30")
    assert "2 problems to fix" in str(info.value)
    assert "only 1 row could be read; a report needs at least 3" in str(info.value)


def test_a_file_with_no_usable_rows_is_refused(tmp_path):
    path = _write(tmp_path, [",Analyst,2026-10-01,,,rejected,"] * 5)
    with pytest.raises(ApplicationsError, match="only 0 rows could be read"):
        load_applications(path, as_of="2026-11-30")


def test_errors_must_be_known(tmp_path):
    with pytest.raises(ValueError, match="lenient"):
        load_applications(MESSY, errors="sometimes")


def test_stage_columns_hold_dates_or_marks_and_fill_the_interview(tmp_path):
    header = "Company,Date Applied,Status,Recruiter call,Phone screen date,Take-home,Onsite"
    path = _write(tmp_path, ["A,2025-01-06,Interviewing,x,2025-01-20,yes,",
                             "B,2025-01-07,Rejected,2025-01-10,no,,",
                             "C,2025-01-08,Applied,,,,"], header)
    apps = load_applications(path, as_of="2025-03-01")
    frame = apps.frame
    assert frame["stages"].tolist() == [
        (("recruiter call", pd.NaT), ("phone screen", T("2025-01-20")), ("assessment", pd.NaT)),
        (("recruiter call", T("2025-01-10")),), ()]
    assert frame["interviewed_at"].tolist()[:2] == [T("2025-01-20"), T("2025-01-10")]
    assert pd.isna(frame["interviewed_at"][2])
    assert apps.stage_columns == {"recruiter call": "Recruiter call",
                                  "phone screen": "Phone screen date",
                                  "assessment": "Take-home", "on-site": "Onsite"}


def test_a_column_named_like_a_stage_but_holding_text_stays_an_extra(tmp_path):
    header = "Company,Date Applied,Status,Assessment"
    path = _write(tmp_path, ["A,2025-01-06,Applied,liked the team",
                             "B,2025-01-07,Applied,long commute"], header)
    apps = load_applications(path, as_of="2025-03-01")
    assert apps.extra_columns == ("Assessment",) and "stages" not in apps.frame


def test_a_log_without_stage_columns_has_no_stages_column():
    frame = load_applications(MESSY.parents[2] / "data" / "sample_applications.csv",
                              as_of="2026-11-27").frame
    assert "stages" not in frame.columns


def _cli(args: list[str]) -> tuple[int, str, str]:
    err, out = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        status = run(args, out=out)
    return status, out.getvalue(), err.getvalue()


def test_report_lists_what_was_left_out_and_strict_refuses(tmp_path):
    status, _, err = _cli(["report", str(MESSY), "-o", str(tmp_path / "r.html"),
                           "--as-of", MESSY_AS_OF])
    assert status == 0 and (tmp_path / "r.html").exists()
    assert ("coachkit: warning: row 13, column 'Date Applied': cannot read '1/32/2025' as a "
            "date") in err
    assert "(row left out)" in err
    status, _, err = _cli(["report", str(MESSY), "-o", str(tmp_path / "s.html"),
                           "--as-of", MESSY_AS_OF, "--strict"])
    assert status == 2 and not (tmp_path / "s.html").exists()
    assert err.startswith("coachkit: messy_log.csv: 7 problems to fix")


def test_mapping_command_writes_the_readings_and_they_round_trip(tmp_path):
    out_file = tmp_path / "my-mapping.yml"
    status, out, _ = _cli(["mapping", str(MESSY), "-o", str(out_file), "--as-of", MESSY_AS_OF])
    assert status == 0 and "status words" in out and "1 rows unrecognised" in out
    data = yaml.safe_load(out_file.read_text(encoding="utf-8"))
    assert data["statuses"]["hmm??"] == "unknown"
    assert data["columns"]["company"] == ["Company"]
    assert data["stages"]["assessment"] == ["Coding Challenge"]
    load_mapping(out_file)  # a valid mapping file
    before = load_applications(MESSY, as_of=MESSY_AS_OF)
    after = load_applications(MESSY, as_of=MESSY_AS_OF, mapping=out_file)
    assert [(r.word, r.count, r.reading) for r in after.status_readings] == [
        (r.word, r.count, r.reading) for r in before.status_readings]
    pd.testing.assert_frame_equal(after.frame, before.frame)
    # the user edits one reading and passes the file to the report
    out_file.write_text(out_file.read_text(encoding="utf-8").replace(
        '"hmm??": unknown', '"hmm??": rejected'), encoding="utf-8")
    edited = load_applications(MESSY, as_of=MESSY_AS_OF, mapping=out_file)
    assert edited.frame.loc[edited.frame["company"] == "Orchid Health", "outcome"].item() == \
        "rejected"
    status, _, err = _cli(["report", str(MESSY), "-o", str(tmp_path / "r.html"), "--as-of",
                           MESSY_AS_OF, "--mapping", str(out_file)])
    assert status == 0 and "unknown outcome" not in err


def test_mapping_command_never_writes_over_a_file(tmp_path):
    taken = tmp_path / "taken.yml"
    taken.write_text("keep me", encoding="utf-8")
    status, _, err = _cli(["mapping", str(MESSY), "-o", str(taken)])
    assert status == 2 and "already exists" in err
    assert taken.read_text(encoding="utf-8") == "keep me"


def test_describe_counts_what_was_left_out():
    text = load_applications(MESSY, as_of=MESSY_AS_OF).describe()
    assert "Left out as unreadable: 2 of 20 rows and 0 cells (listed below)." in text
    assert "row 13, column 'Date Applied': cannot read '1/32/2025'" in text


def test_rows_with_values_past_the_header_are_kept_without_them(tmp_path):
    path = _write(tmp_path, ["A,Analyst,2026-10-01,,,rejected,",
                             "B,Analyst,2026-10-02,,,pending,,Person, Agency",
                             "C,Analyst,2026-10-03,,,pending,", "D,Analyst,2026-10-04,,,pending,"])
    apps = load_applications(path, as_of="2026-11-30")
    assert apps.frame["company"].tolist() == ["A", "B", "C", "D"]
    assert [(p.row, p.code) for p in apps.left_out] == [(3, "extra_fields")]
    with pytest.raises(ApplicationsError, match="row 3: has 9 fields but the header has 7"):
        load_applications(path, as_of="2026-11-30", errors="raise")


def test_blank_rows_between_applications_are_listed_and_only_names_are_not_applications(
        tmp_path):
    path = _write(tmp_path, ["A,Analyst,2026-10-01,,,rejected,", ",,,,,,", "B,,,,,,",
                             "C,Analyst,2026-10-03,,,pending,", "D,Analyst,2026-10-04,,,pending,"])
    apps = load_applications(path, as_of="2026-11-30")
    assert apps.rows_read == 5
    assert apps.frame["company"].tolist() == ["A", "C", "D"]
    assert [(p.row, p.code) for p in apps.left_out] == [(3, "empty_row")]
    assert any(w.code == "name_only" and "row 4" in str(w) for w in apps.warnings)
    assert not any(w.code == "not_applied" for w in apps.warnings)


def test_an_undated_row_that_names_the_job_is_kept_undated(tmp_path):
    path = _write(tmp_path, ["A,Analyst,,,,rejected,", "B,,,,,pending,",
                             "C,Analyst,2026-10-03,,,pending,", "D,Analyst,2026-10-04,,,pending,"])
    apps = load_applications(path, as_of="2026-11-30")
    frame = apps.frame
    assert frame["company"].tolist() == ["A", "C", "D"]
    assert pd.isna(frame["applied_on"][0]) and frame["outcome"][0] == "rejected"
    assert [(p.row, p.code) for p in apps.left_out] == [(3, "required")]
    assert any(w.code == "applied_unknown" for w in apps.warnings)
    with pytest.raises(ApplicationsError, match="applied_on is empty"):
        load_applications(path, as_of="2026-11-30", errors="raise")


def test_stage_cells_naming_the_tool_and_interview_counts_are_stages(tmp_path):
    path = _write(tmp_path, ["A,2020-07-19,CodeSignal,0,Rejected", "B,2020-07-20,expired,2,",
                             "C,2020-07-21,,1,", "D,2020-07-22,Code Challenge,,"],
                  header="Company,Applied Date,Coding Challenge,interview_count,Result")
    apps = load_applications(path, as_of="2026-11-30")
    stages = [[name for name, _ in row] for row in apps.frame["stages"]]
    assert stages == [["assessment"], ["interviews"], ["interviews"], ["assessment"]]


def test_a_stage_history_cell_gives_the_interview_stages(tmp_path):
    history = ("\"[{'stage': 'Applied', 'date': '2024-11-05'}, {'stage': 'Phone Screen', "
               "'date': '2024-11-08'}, {'stage': 'Rejected', 'date': '2024-11-20'}]\"")
    path = _write(tmp_path, [f"A,2024-11-05,Rejected,{history}", "B,2024-11-06,Applied,",
                             "C,2024-11-07,Applied,Phone screen 2024-11-12; Onsite 2024-11-19"],
                  header="Company,Date,Stage,Stage History")
    apps = load_applications(path, as_of="2026-11-30")
    frame = apps.frame
    assert frame["stages"][0] == (("phone screen", T("2024-11-08")),)
    assert frame["stages"][1] == ()
    assert frame["stages"][2] == (("phone screen", T("2024-11-12")),
                                  ("on-site", T("2024-11-19")))
    assert frame["interviewed_at"].tolist()[::2] == [T("2024-11-08"), T("2024-11-12")]
