"""Loading application logs: the schema, encodings, delimiters, XLSX, trackers' exports."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from coachkit.errors import ApplicationsError, InputError
from coachkit.outcomes import COLUMNS, OUTCOMES, load_applications, load_mapping, table_schema
from coachkit.outcomes.sample import generate

ROOT = Path(__file__).parents[1]
EXPORTS = Path(__file__).parent / "outcomes_exports"
AS_OF = "2026-11-30"


def test_committed_schema_matches_the_loader():
    committed = json.loads((ROOT / "data" / "applications.schema.json").read_text())
    assert committed == table_schema()
    fields = {f["name"]: f for f in committed["fields"]}
    assert list(fields) == [c.name for c in COLUMNS]
    assert fields["outcome"]["constraints"]["enum"] == list(OUTCOMES)
    apps = load_applications(ROOT / "data" / "sample_applications.csv", as_of=AS_OF)
    header = pd.read_csv(ROOT / "data" / "sample_applications.csv", nrows=0).columns.tolist()
    assert header == list(fields)
    assert set(fields) <= set(apps.frame.columns)
    required = [n for n, f in fields.items() if f["constraints"]["required"]]
    assert required == ["company", "applied_on", "outcome"]
    assert apps.frame["outcome"].isin(fields["outcome"]["constraints"]["enum"]).all()


def test_sample_is_what_the_seeded_generator_writes():
    committed = pd.read_csv(ROOT / "data" / "sample_applications.csv", dtype=str,
                            keep_default_na=False)
    assert committed.equals(generate(60, seed=7, end="2026-11-27").astype(str))


def test_sample_has_realistic_rates():
    from coachkit.outcomes.stats import response_rates, time_to_response

    frame = load_applications(generate(600, seed=1), as_of="2026-11-27").frame
    interviewed = frame[frame["interviewed_at"].notna()]
    rate = response_rates(interviewed).iloc[0]["rate"]
    assert 0.4 <= rate <= 0.65
    delay = response_rates(frame, "delay_band").set_index("group")["rate"]
    assert delay["<24 h"] > delay["none"]
    days = time_to_response(frame, pd.Timestamp("2026-11-27")).reply_days
    assert 5 <= float(pd.Series(days).median()) <= 10
    assert (frame["status"] == "waiting").sum() > 0


def test_the_loader_keeps_extra_columns_and_never_modifies_the_file(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Company Name,Date Applied,Status,Recruiter,Salary\n"
                    "Contoso,2026-10-01,Ghosted,Dana,100k\n"
                    "Fabrikam,2026-10-02,Offer received,Sam,\n", encoding="utf-8")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    apps = load_applications(path, as_of=AS_OF)
    assert apps.extra_columns == ("Recruiter", "Salary")
    assert apps.frame["Recruiter"].tolist() == ["Dana", "Sam"]
    assert apps.frame["outcome"].tolist() == ["no_response", "offer"]
    assert apps.columns == {"company": "Company Name", "applied_on": "Date Applied",
                            "outcome": "Status"}
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("sep", [",", ";"])
def test_encodings_and_delimiters(tmp_path, encoding, sep):
    text = sep.join(["company", "role", "applied_on", "outcome", "notes"]) + "\r\n"
    text += sep.join(["Société Générale", "Analyst", "2026-10-01", "rejected",
                      "“kind” reply — thanks"]) + "\r\n"
    path = tmp_path / "log.csv"
    path.write_bytes(text.encode(encoding))
    apps = load_applications(path, as_of=AS_OF)
    assert apps.frame.loc[0, "company"] == "Société Générale"
    assert apps.frame.loc[0, "notes"] == "“kind” reply — thanks"


def test_semicolon_file_with_day_first_dates(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("company;applied_on;response_at;outcome\nA;03.04.2026;10.04.2026;rejected\n"
                    "B;25.04.2026;;pending\n", encoding="utf-8")
    frame = load_applications(path, as_of=AS_OF).frame
    assert frame["applied_on"].tolist() == [pd.Timestamp("2026-04-03"),
                                            pd.Timestamp("2026-04-25")]


def test_ambiguous_dates_are_read_month_first_with_a_warning_and_the_mapping_decides(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("company,applied_on,outcome\nA,03/04/2026,pending\n", encoding="utf-8")
    apps = load_applications(path, as_of=AS_OF)
    assert apps.frame.loc[0, "applied_on"] == pd.Timestamp("2026-03-04")
    assert any("could be day/month or month/day" in str(w) for w in apps.warnings)
    apps = load_applications(path, as_of=AS_OF, mapping={"date_order": "DMY"})
    assert apps.frame.loc[0, "applied_on"] == pd.Timestamp("2026-04-03")
    assert not apps.warnings


def test_every_problem_is_reported_at_once_with_rows_and_columns(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Company,Date Applied,Response Date,Status,Score\n"
                    "A,2026-10-01,2026-09-01,rejected,80\n"
                    "B,not a date,,pending,\n"
                    "C,2026-10-03,,someday,101\n"
                    "D,2026-10-04,,pending,\n", encoding="utf-8")
    with pytest.raises(ApplicationsError) as info:
        load_applications(path, as_of=AS_OF, errors="raise")
    message = str(info.value)
    assert isinstance(info.value, InputError)
    assert "4 problems to fix" in message
    assert "row 2, column 'Response Date': the response (2026-09-01) is before" in message
    assert "row 3, column 'Date Applied': cannot read 'not a date' as a date" in message
    assert "row 4, column 'Status': unknown outcome 'someday'" in message
    assert "row 4, column 'Score': score 101 is outside 0-100" in message
    assert len(info.value.problems) == 4
    skipped = load_applications(path, as_of=AS_OF, errors="skip")
    assert skipped.frame["company"].tolist() == ["D"]
    assert all("(row left out)" in str(w) for w in skipped.warnings)


def test_a_user_mapping_extends_the_packaged_one(tmp_path):
    path = EXPORTS / "generic_de_semicolon_cp1252.csv"
    with pytest.raises(ApplicationsError, match="could not place the columns 'Firma', 'Stelle'"):
        load_applications(path, as_of=AS_OF)
    apps = load_applications(path, as_of=AS_OF, mapping=EXPORTS / "generic_de_mapping.yml")
    frame = apps.frame
    assert frame["company"].tolist() == ["Müller GmbH", "Schön AG"]
    assert frame["outcome"].tolist() == ["rejected", "pending"]
    assert frame["notes"][0] == "“gutes” Gespräch"
    assert frame["applied_on"][0] == pd.Timestamp("2026-09-15")
    bad = tmp_path / "bad.yml"
    bad.write_text("columns:\n  colour: [Farbe]\n", encoding="utf-8")
    with pytest.raises(ApplicationsError, match=r"unknown name.*colour"):
        load_mapping(bad)
    bad.write_text("columns: [unclosed\n", encoding="utf-8")
    with pytest.raises(ApplicationsError, match="not valid YAML"):
        load_mapping(bad)


@pytest.mark.parametrize("name, n, extras, outcomes", [
    ("teal.csv", 6, ("Date Saved", "Excitement", "Location", "Salary", "URL"),
     ["pending", "pending", "offer", "rejected", "no_response", "withdrew"]),
    ("huntr.csv", 4, ("Created At", "Location", "URL"),
     ["pending", "rejected", "offer", "pending"]),
    ("simplify.csv", 4, ("Location", "Job Link", "Salary"),
     ["rejected", "pending", "offer", "no_response"]),
    ("linkedin_applied_jobs.csv", 3, ("Contact Email", "Contact Phone Number", "Job Url",
                                      "Resume Name", "Question And Answers"),
     ["pending"] * 3),
])
def test_tracker_exports(name, n, extras, outcomes):
    apps = load_applications(EXPORTS / name, as_of=AS_OF)
    assert len(apps) == n
    assert apps.extra_columns == extras
    assert apps.frame["outcome"].tolist() == outcomes
    assert apps.frame["applied_on"].notna().all()


def test_linkedin_dates_with_time_and_no_outcome_column():
    apps = load_applications(EXPORTS / "linkedin_applied_jobs.csv", as_of=AS_OF)
    assert apps.frame["applied_on"][0] == pd.Timestamp("2026-11-20")
    assert any("no outcome column" in str(w) for w in apps.warnings)


def test_saved_jobs_are_left_out_with_a_note():
    apps = load_applications(EXPORTS / "teal.csv", as_of=AS_OF)
    assert "Coho Winery" not in set(apps.frame["company"])
    assert any("saved jobs never applied to" in str(w) for w in apps.warnings)


def test_xlsx_with_dates_and_formulas(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Log"
    sheet.append(["Company", "Job Title", "Date Applied", "Status", "Notes"])
    sheet.append(["Contoso", "Analyst", pd.Timestamp("2026-10-01").to_pydatetime(), "Rejected",
                  "=HYPERLINK(\"http://x.test\", \"post\")"])
    sheet.append(["Fabrikam", "Engineer", "2026-10-05", "Applied", None])
    path = tmp_path / "log.xlsx"
    book.save(path)
    apps = load_applications(path, as_of=AS_OF)
    assert apps.frame["applied_on"].tolist() == [pd.Timestamp("2026-10-01"),
                                                 pd.Timestamp("2026-10-05")]
    assert apps.frame["notes"][0].startswith("=HYPERLINK")
    assert any("row 2, column 'Notes'" in str(w) and "formula" in str(w) for w in apps.warnings)
    with pytest.raises(ApplicationsError, match="no sheet named 'Other'; the sheets are Log"):
        load_applications(path, sheet="Other")


def test_excel_serial_and_text_month_dates(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("company,applied_on,outcome\nA,46296,pending\nB,\"Nov 2, 2026\",pending\n"
                    "C,2 November 2026,pending\n", encoding="utf-8")
    frame = load_applications(path, as_of=AS_OF).frame
    assert frame["applied_on"].tolist() == [pd.Timestamp("2026-10-01"),
                                            pd.Timestamp("2026-11-02"),
                                            pd.Timestamp("2026-11-02")]


def test_as_of_must_be_a_date():
    with pytest.raises(ApplicationsError, match="as_of: expected a date"):
        load_applications(EXPORTS / "teal.csv", as_of="next tuesday")


def test_header_notes_in_brackets_and_a_lone_date_column(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Company Name,Position Title,Date,Date Applied (MM/DD/YYYY),Status,"
                    "Response Received (Yes/No)\n"
                    "Contoso,Analyst,2026-09-30,10/01/2026,Rejected,Yes\n", encoding="utf-8")
    apps = load_applications(path, as_of=AS_OF)
    assert apps.columns["applied_on"] == "Date Applied (MM/DD/YYYY)"
    assert apps.extra_columns == ("Date", "Response Received (Yes/No)")
    simple = tmp_path / "simple.csv"
    simple.write_text("date,company,role,channel,status\n2026-10-02,Contoso,Analyst,LinkedIn,"
                      "Applied\n", encoding="utf-8")
    apps = load_applications(simple, as_of=AS_OF)
    assert apps.columns["applied_on"] == "date"
    assert apps.frame["applied_on"][0] == pd.Timestamp("2026-10-02")


def test_a_loaded_log_shows_itself_in_a_notebook():
    apps = load_applications(EXPORTS / "teal.csv", as_of=AS_OF)
    html = apps._repr_html_()
    assert "teal.csv</b>: 6 applications" in html
    assert "Kept as extra columns: Date Saved" in html
    assert "<li>row 8: " not in html and "saved jobs never applied to" in html
