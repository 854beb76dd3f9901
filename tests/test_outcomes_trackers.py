"""Real trackers' exports: the packaged mapping places their columns and status words.

The fixtures in tests/outcomes_trackers/ have invented rows under the header names,
status words, date formats and empty-cell markers seen in public copies of each export:

- huntr_jobs_export.csv: Huntr's job export (camelCase headers, "-" for empty cells,
  list names as statuses, no applied date: createdAt stands in for it).
- simplify_tracker_export.csv: Simplify Jobs' tracker export (upper-case statuses,
  "N/A" for a missing date).
- linkedin_job_applications.csv: Jobs/Job Applications.csv from LinkedIn's data archive
  ("11/20/26, 3:14 PM" dates, no status column).
- teal_style_tracker.csv: the column set of Teal's job tracker (Job Position, Max. Salary,
  Date Saved, Follow up, Excitement...) and its stage and close-reason words.
- linkedin_saved_jobs.csv, linkedin_connections.csv, unrelated_weather.csv: files a user
  may upload by mistake; the loader must say which columns it could not place.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications, load_mapping
from coachkit.outcomes.mapping import normalize_label

TRACKERS = Path(__file__).parent / "outcomes_trackers"
AS_OF = "2026-11-30"

HUNTR_EXTRAS = ("id", "salary", "location", "url", "rootDomain", "htmlDescription", "deadline",
                "color", "lastMovedAt", "boardId", "boardName", "listId", "companyId",
                "companyDomain", "creatorUserId", "creatorUserFirstName", "creatorUserLastName",
                "creatorUserEmail")

# file -> (columns placed, extra columns in file order, outcomes of the rows kept,
#          rows left out as never applied to)
EXPORTS = {
    "huntr_jobs_export.csv": (
        {"company": "companyName", "role": "title", "applied_on": "createdAt",
         "outcome": "listName"},
        HUNTR_EXTRAS,
        ["pending", "rejected", "pending", "pending"], 0),
    "simplify_tracker_export.csv": (
        {"company": "Company Name", "role": "Job Title", "applied_on": "Applied Date",
         "outcome": "Status", "notes": "Notes"},
        ("Job URL", "Status Date", "Archived", "Date Archived"),
        ["rejected", "pending", "pending", "withdrew"], 1),
    "linkedin_job_applications.csv": (
        {"company": "Company Name", "role": "Job Title", "applied_on": "Application Date"},
        ("Contact Email", "Contact Phone Number", "Job Url", "Resume Name",
         "Question And Answers"),
        ["pending", "pending", "pending"], 0),
    "teal_style_tracker.csv": (
        {"company": "Company", "role": "Job Position", "applied_on": "Date Applied",
         "outcome": "Status"},
        ("ID", "Max. Salary", "Location", "Date Saved", "Deadline", "Follow up", "Excitement"),
        ["pending", "pending", "offer", "rejected", "no_response", "withdrew"], 2),
}
STATUS_COLUMN = {"huntr_jobs_export.csv": "listName", "simplify_tracker_export.csv": "Status",
                 "teal_style_tracker.csv": "Status"}


def raw_rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(TRACKERS / name, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def load(name: str, **kwargs):
    return load_applications(TRACKERS / name, as_of=AS_OF, **kwargs)


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_each_export_is_placed_column_by_column(name):
    columns, extras, outcomes, left_out = EXPORTS[name]
    header, rows = raw_rows(name)
    apps = load(name)
    assert apps.columns == columns
    assert apps.extra_columns == extras
    # every header is accounted for: placed on a column of the log or kept as an extra
    assert sorted([*apps.columns.values(), *apps.extra_columns]) == sorted(header)
    assert apps.frame["outcome"].tolist() == outcomes
    assert len(apps) == len(rows) - left_out
    assert apps.frame["applied_on"].notna().all()
    assert not apps.errors


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_extra_columns_are_kept_verbatim_and_listed_by_name(name):
    _, extras, _, _ = EXPORTS[name]
    _, rows = raw_rows(name)
    apps = load(name)
    assert f"Kept as extra columns: {', '.join(extras)}." in apps.describe()
    kept = {r[apps.columns["company"]]: r for r in rows}
    for _, row in apps.frame.iterrows():
        source = kept[row["company"]]
        for extra in extras:
            assert row[extra] == source[extra].strip(), (name, extra)


@pytest.mark.parametrize("name", sorted(STATUS_COLUMN))
def test_every_status_word_of_the_export_is_known(name):
    mapping = load_mapping()
    _, rows = raw_rows(name)
    words = {r[STATUS_COLUMN[name]] for r in rows}
    unknown = sorted(w for w in words if normalize_label(w) not in mapping.outcomes
                     and normalize_label(w) not in mapping.not_applied)
    assert not unknown, f"{name}: status words the mapping does not know: {unknown}"


@pytest.mark.parametrize("word, outcome", [
    # Huntr list names
    ("applied", "pending"), ("Interview", "pending"), ("rejected", "rejected"),
    # Simplify statuses
    ("APPLIED", "pending"), ("INTERVIEWING", "pending"), ("REJECTED", "rejected"),
    ("WITHDRAWN", "withdrew"),
    # Teal stages and close reasons
    ("Negotiating", "offer"), ("Accepted", "offer"), ("Not Selected", "rejected"),
    ("No Response", "no_response"), ("I Withdrew", "withdrew"),
])
def test_status_words_mean_what_the_tracker_means(word, outcome):
    assert load_mapping().outcomes[normalize_label(word)] == outcome


@pytest.mark.parametrize("word", ["SAVED", "Bookmarked", "Applying", "Wishlist"])
def test_saved_job_words_are_left_out_as_never_applied(word):
    mapping = load_mapping()
    assert normalize_label(word) in mapping.not_applied
    assert normalize_label(word) not in mapping.outcomes


def test_huntr_export_dates_and_placeholders():
    apps = load("huntr_jobs_export.csv")
    frame = apps.frame
    assert frame["applied_on"].tolist() == [pd.Timestamp(d) for d in
                                            ("2026-09-02", "2026-09-10", "2026-10-14",
                                             "2026-11-03")]
    assert frame["role"][1] == "Software Engineer (Python, Data)"
    assert frame["lastMovedAt"].tolist() == ["-", "2026-10-04 16:47:21",
                                             "2026-10-29 11:02:40", "-"]
    # no response date in a Huntr export: rejections count as answers, the rest wait
    assert frame["status"].tolist() == ["waiting", "responded", "waiting", "waiting"]


def test_createdAt_only_stands_in_when_there_is_no_applied_date(tmp_path):
    path = tmp_path / "huntr_plus.csv"
    path.write_text("companyName,title,createdAt,Applied Date,listName\n"
                    "Contoso,Analyst,2026-09-01 10:00:00,2026-09-05,applied\n", encoding="utf-8")
    apps = load_applications(path, as_of=AS_OF)
    assert apps.columns["applied_on"] == "Applied Date"
    assert apps.extra_columns == ("createdAt",)
    assert apps.frame["applied_on"][0] == pd.Timestamp("2026-09-05")


def test_simplify_saved_row_with_na_date_is_left_out_not_an_error():
    apps = load("simplify_tracker_export.csv")
    assert "Proseware" not in set(apps.frame["company"])
    assert any("row 6" in str(w) and "never applied to" in str(w) for w in apps.warnings)
    assert apps.frame["Date Archived"].tolist() == ["N/A", "N/A", "N/A", "2026-09-01"]


def test_simplify_export_with_a_location_column(tmp_path):
    # the other column order seen in public copies: Location after Company Name
    path = tmp_path / "simplify.csv"
    path.write_text("Job Title,Company Name,Location,Job URL,Applied Date,Status,Status Date,"
                    "Archived,Date Archived,Notes\n"
                    "PM,Contoso,NY,https://jobs.example.test/1,2026-07-13,APPLIED,2026-07-13,"
                    "No,N/A,\n"
                    "PM,Fabrikam,SF,https://jobs.example.test/2,N/A,SAVED,2026-07-10,No,N/A,\n",
                    encoding="utf-8")
    apps = load_applications(path, as_of=AS_OF)
    assert apps.frame["company"].tolist() == ["Contoso"]
    assert apps.extra_columns == ("Location", "Job URL", "Status Date", "Archived",
                                  "Date Archived")


def test_linkedin_application_dates_with_two_digit_years_and_times():
    apps = load("linkedin_job_applications.csv")
    assert apps.frame["applied_on"].tolist() == [pd.Timestamp(d) for d in
                                                 ("2026-11-20", "2026-11-18", "2026-10-05")]
    assert apps.frame["company"][1] == "Fabrikam, Inc."
    assert [w.code for w in apps.warnings] == ["missing_column"]  # no status column
    assert "Do you need sponsorship?:No" in apps.frame["Question And Answers"][1]


def test_teal_follow_up_reminder_text_is_not_read_as_a_date():
    apps = load("teal_style_tracker.csv")
    assert "follow_up_sent_at" not in apps.columns
    assert apps.frame["Follow up"][0] == "Follow up in 1 week"
    assert apps.frame["follow_up_sent_at"].isna().all()
    assert not {"Coho Winery", "Tailspin Toys"} & set(apps.frame["company"])  # Bookmarked, Applying


def failure(name: str) -> ApplicationsError:
    with pytest.raises(ApplicationsError) as info:
        load(name)
    return info.value


def test_an_unrelated_csv_names_every_column_it_could_not_place_and_the_missing_ones():
    error = failure("unrelated_weather.csv")
    message = str(error)
    assert message.startswith("unrelated_weather.csv: 3 problems to fix")
    assert "no column for company" in message
    assert "no column for applied_on" in message
    assert ("could not place the columns 'station', 'timestamp', 'temperature_c', "
            "'humidity_pct', 'wind_kph'") in message
    assert len(error.problems) == 3


def test_the_saved_jobs_file_of_the_linkedin_archive_is_refused_precisely():
    error = failure("linkedin_saved_jobs.csv")
    message = str(error)
    assert "no column for applied_on" in message
    assert "no column for company" not in message  # Company Name was placed
    assert "could not place the columns 'Saved Date', 'Job Url'" in message
    assert len(error.problems) == 2


def test_the_connections_file_of_the_linkedin_archive_is_refused_precisely():
    # its 'Notes:' paragraph above the header is skipped, so the message is about its columns
    message = str(failure("linkedin_connections.csv"))
    assert "no column for applied_on" in message
    assert "could not place the columns 'First Name', 'Last Name', 'URL'" in message


def test_notes_above_the_header_are_skipped_and_rows_keep_their_numbers(tmp_path):
    from coachkit.outcomes import load_applications

    log = tmp_path / "log.csv"
    log.write_text("Notes:\n\"Exported from my tracker; dates are US style.\"\n\n"
                   "Company,Role,Date Applied,Status\n"
                   "Contoso,Analyst,2026-10-01,Rejected\n"
                   "Fabrikam,Analyst,2026-13-45,Offer\n")
    with pytest.raises(ApplicationsError) as info:
        load_applications(log, as_of="2026-11-29")
    assert "row 6" in str(info.value) and "2026-13-45" in str(info.value)
    log.write_text(log.read_text().replace("2026-13-45", "2026-10-03"))
    apps = load_applications(log, as_of="2026-11-29")
    assert list(apps.frame["company"]) == ["Contoso", "Fabrikam"]
    assert any("skipped 3 lines of notes" in str(p) for p in apps.problems)


@pytest.mark.parametrize("mark", ["N/A", "-", "n/a", "none", "—"])
def test_empty_marks_in_date_cells_read_as_empty(tmp_path, mark):
    from coachkit.outcomes import load_applications

    log = tmp_path / "log.csv"
    log.write_text("Company,Role,Date Applied,Status,Response Date\n"
                   f"Contoso,Analyst,2026-10-01,Applied,{mark}\n")
    apps = load_applications(log, as_of="2026-11-29")
    assert apps.frame["response_at"].isna().all()


@pytest.mark.parametrize(("header", "column"), [
    ("Created at", "applied_on"), ("Day Sent", "applied_on"), ("submitted_at", "applied_on"),
    ("Role name", "role"), ("first_reply_on", "response_at"), ("outcome_date", "response_at"),
])
def test_header_names_real_logs_use_are_placed(header, column):
    mapping = load_mapping()
    assert (mapping.column_for(header) or mapping.column_for(header, weak=True)) == column


def test_name_is_the_company_only_when_no_column_says_company(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Name,Date,Stage\nA,2024-11-05,Rejected\nB,2024-11-06,Applied\n"
                    "C,2024-11-07,Applied\n", encoding="utf-8")
    apps = load_applications(path, as_of="2026-12-01")
    assert apps.columns["company"] == "Name"
    path.write_text("Name,Company,Date,Stage\nP,A,2024-11-05,Rejected\n", encoding="utf-8")
    apps = load_applications(path, as_of="2026-12-01")
    assert apps.columns["company"] == "Company" and "Name" in apps.extra_columns


def test_a_column_without_a_header_holding_names_is_the_company(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(",City,Day Sent,Status\nA,Utrecht,09-10-2021,Denied\n"
                    "B,Delft,10-10-2021,Not Responded\nC,Ede,13-10-2021,Denied\n",
                    encoding="utf-8")
    apps = load_applications(path, as_of="2026-12-01")
    assert apps.frame["company"].tolist() == ["A", "B", "C"]
    assert any(w.code == "unnamed_column" for w in apps.warnings)
    with pytest.raises(ApplicationsError, match="no column for company"):
        load_applications(path, as_of="2026-12-01", errors="raise")


@pytest.mark.parametrize(("header", "status", "other"), [
    ("company,applied_on,stage,status", "status", "stage"),
    ("company,applied_on,outcome,current_status", "current_status", "outcome"),
])
def test_of_two_status_columns_the_one_named_status_is_read(tmp_path, header, status, other):
    path = tmp_path / "log.csv"
    path.write_text(f"{header}\nA,2026-10-01,x,Rejected\nB,2026-10-02,x,Applied\n"
                    "C,2026-10-03,x,Applied\n", encoding="utf-8")
    apps = load_applications(path, as_of="2026-12-01")
    assert apps.columns["outcome"] == status and other in apps.extra_columns
    assert apps.frame["outcome"].tolist() == ["rejected", "pending", "pending"]
    with pytest.raises(ApplicationsError, match="both hold outcome"):
        load_applications(path, as_of="2026-12-01", errors="raise")


def test_an_applied_column_of_yes_and_no_is_a_checkbox_not_a_date(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Company,Date,Applied?,Status\nA,2026-10-01,Yes,Rejected\n"
                    "B,2026-10-02,No,\nC,2026-10-03,Yes,\nD,2026-10-04,yes,\n",
                    encoding="utf-8")
    apps = load_applications(path, as_of="2026-12-01")
    assert apps.columns["applied_on"] == "Date"
    assert apps.frame["company"].tolist() == ["A", "C", "D"]
    assert apps.left_out == ()


def test_an_interview_column_of_yes_and_no_is_an_undated_stage(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Company,Date Applied,Interview,Status\nA,2026-10-01,Yes,Rejected\n"
                    "B,2026-10-02,No,Applied\nC,2026-10-03,,Applied\n", encoding="utf-8")
    apps = load_applications(path, as_of="2026-12-01")
    assert "interviewed_at" not in apps.columns and apps.left_out == ()
    assert [bool(s) for s in apps.frame["stages"]] == [True, False, False]
    dated = tmp_path / "dated.csv"
    dated.write_text("Company,Date Applied,Interview,Status\nA,2026-10-01,2026-10-09,Rejected\n",
                     encoding="utf-8")
    assert load_applications(dated, as_of="2026-12-01").columns["interviewed_at"] == "Interview"
