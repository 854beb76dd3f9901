"""Status words as people write them: keywords, dates inside, the user's own readings."""

from __future__ import annotations

import pandas as pd
import pytest

from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications, load_mapping
from coachkit.outcomes.statuses import classify, split_status

AS_OF = "2026-11-30"


@pytest.mark.parametrize(("word", "reading"), [
    ("Ghosted", "no_response"), ("ghosted 👻", "no_response"), ("No reply yet", "no_response"),
    ("silence", "no_response"), ("Never heard back", "no_response"),
    ("radio silence", "no_response"), ("no response after 2 follow-ups", "no_response"),
    ("Rejected", "rejected"), ("rejected after onsite", "rejected"),
    ("Declined", "rejected"), ("They are not moving forward", "rejected"),
    ("Not moving forward :(", "rejected"), (":(", "rejected"), ("☹", "rejected"),
    ("auto-rejection", "rejected"), ("Position filled", "rejected"),
    ("Offer", "offer"), ("Offer!!", "offer"), ("Accepted 🎉", "offer"), ("got the job", "offer"),
    ("Interviewing", "pending"), ("in progress", "pending"), ("Ongoing", "pending"),
    ("Phone screen", "pending"), ("recruiter call scheduled", "pending"),
    ("Coding challenge sent", "pending"), ("On-site", "pending"), ("final round", "pending"),
    ("take-home", "pending"), ("Applied", "pending"),
    ("withdrew", "withdrew"), ("I withdrew my application", "withdrew"),
    ("Declined their offer", "withdrew"), ("Withdrawn", "withdrew"),
    ("hmm??", "unknown"), ("🤷", "unknown"),
])
def test_status_words_are_read_by_keywords(word, reading):
    assert classify(word, load_mapping())[0] == reading


@pytest.mark.parametrize(("text", "word", "date"), [
    ("Rejected (2025-01-24)", "Rejected", "2025-01-24"),
    ("Rejected on 1/24/2025", "Rejected", "1/24/2025"),
    ("rejected - Jan 24", "rejected", "Jan 24"),
    ("Offer 3/2", "Offer", "3/2"),
    ("Ghosted", "Ghosted", ""),
])
def test_a_date_inside_a_status_is_split_out(text, word, date):
    assert split_status(text) == (word, date)


def _log(tmp_path, rows: list[str], header: str = "Company,Date Applied,Status"):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_the_date_in_a_status_becomes_the_answer_date(tmp_path):
    path = _log(tmp_path, ["A,2025-01-06,Rejected (2025-01-24)", "B,2025-01-07,Rejected 1/30",
                           "C,2025-01-08,Ghosted", "D,2025-01-09,Offer (2025-02-03)"])
    frame = load_applications(path, as_of="2025-03-01").frame
    assert frame["response_at"].tolist()[:2] == [pd.Timestamp("2025-01-24"),
                                                 pd.Timestamp("2025-01-30")]
    assert pd.isna(frame["response_at"][2])
    assert frame["response_at"][3] == pd.Timestamp("2025-02-03")
    assert frame["outcome"].tolist() == ["rejected", "rejected", "no_response", "offer"]


def test_each_distinct_word_is_listed_once_with_its_count_and_how(tmp_path):
    path = _log(tmp_path, ["A,2025-01-06,Ghosted", "B,2025-01-07,ghosted", "C,2025-01-08,hmm??",
                           "D,2025-01-09,Rejected (2025-01-20)", "E,2025-01-10,Rejected"])
    apps = load_applications(path, as_of="2025-03-01")
    table = {r.word: (r.count, r.reading) for r in apps.status_readings}
    assert table == {"Ghosted": (2, "no_response"), "Rejected": (2, "rejected"),
                     "hmm??": (1, "unknown")}
    how = {r.word: r.how for r in apps.status_readings}
    assert "date in 1 cells taken" in how["Rejected"]
    assert how["hmm??"] == "not recognised; counted as pending"


def test_an_unknown_word_is_a_warning_never_a_refusal(tmp_path):
    path = _log(tmp_path, ["A,2025-01-06,hmm??"])
    apps = load_applications(path, as_of="2025-03-01")
    assert apps.frame["outcome"].tolist() == ["pending"]
    assert any("unknown outcome 'hmm??'; counted as pending" in str(w) for w in apps.warnings)
    assert apps.left_out == ()
    with pytest.raises(ApplicationsError, match="unknown outcome 'hmm\\?\\?'"):
        load_applications(path, as_of="2025-03-01", errors="raise")


def test_the_user_chooses_a_reading_per_word(tmp_path):
    path = _log(tmp_path, ["A,2025-01-06,hmm??", "B,2025-01-07,Interviewing",
                           "C,2025-01-08,Interviewing"])
    apps = load_applications(path, as_of="2025-03-01",
                             status_readings={"HMM??": "rejected", "interviewing": "no_response"})
    assert apps.frame["outcome"].tolist() == ["rejected", "no_response", "no_response"]
    assert {r.how for r in apps.status_readings} == {"your choice"}
    assert not any(w.code == "unknown_outcome" for w in apps.warnings)
    with pytest.raises(ApplicationsError, match=r"status_readings: .*expected one of"):
        load_applications(path, as_of="2025-03-01", status_readings={"hmm??": "maybe"})


def test_a_mapping_file_reads_a_statuses_section(tmp_path):
    path = _log(tmp_path, ["A,2025-01-06,hmm??", "B,2025-01-07,Ghosted"])
    mapping = tmp_path / "m.yml"
    mapping.write_text('statuses:\n  "hmm??": withdrew\n  Ghosted: pending\n', encoding="utf-8")
    apps = load_applications(path, as_of="2025-03-01", mapping=mapping)
    assert apps.frame["outcome"].tolist() == ["withdrew", "pending"]
    assert {r.how for r in apps.status_readings} == {"your mapping"}
    mapping.write_text("statuses:\n  Ghosted: sometimes\n", encoding="utf-8")
    with pytest.raises(ApplicationsError, match=r"statuses\.Ghosted: expected one of"):
        load_applications(path, as_of="2025-03-01", mapping=mapping)


@pytest.mark.parametrize(("word", "reading"), [
    ("reeejected", "rejected"), ("Rejection :(", "rejected"), ("Cancelled/Filled", "rejected"),
    ("Application Closed", "rejected"), ("Position was closed", "rejected"),
    ("Closed by the company", "rejected"), ("Closed by me", "withdrew"),
    ("I Denied", "withdrew"), ("I rejected them", "withdrew"), ("cancelled", "withdrew"),
    ("Unresponsive", "no_response"), ("Not Responded", "no_response"),
    ("Ghosted after assessment", "no_response"), ("Suspected Ghost Job", "no_response"),
    ("Shortlisted", "pending"), ("Referred to hiring manager", "pending"),
    ("CV shared", "pending"), ("On hold - future role", "pending"),
    ("Awaiting Response", "pending"), ("APPLICATION RECEIVED", "pending"),
    ("CONFIRMED IN REVIEW", "pending"), ("OUTREACH SENT", "pending"),
    ("ghosted :(", "no_response"), ("no reply :(", "no_response"), ("Rejection :(", "rejected"),
    ("Offer declined", "withdrew"), ("Offer - turned down", "withdrew"),
])
def test_more_words_people_write_are_read(word, reading):
    assert classify(word, load_mapping())[0] == reading


@pytest.mark.parametrize("word", [
    "HOLD (backup)", "QUEUED (tailor next)", "SKIP (location)", "MANUAL APPLY - LOGIN REQUIRED",
    "OUTREACH - READY TO SEND", "Removed before submission", "Planned", "TRASH", "apply to",
    "Wishlist", "Saved", "not applied yet", "Didn't apply", "did not apply",
])
def test_words_for_jobs_never_sent_read_not_applied(word):
    assert classify(word, load_mapping())[0] == "not_applied"


def test_never_sent_rows_are_left_out_but_their_words_are_listed(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("company,applied_on,status\nA,2026-10-01,Applied\nB,2026-10-02,Applied\n"
                    "C,2026-10-03,Rejected\nD,,QUEUED (tailor next)\n", encoding="utf-8")
    apps = load_applications(path, as_of=AS_OF)
    assert apps.frame["company"].tolist() == ["A", "B", "C"]
    readings = {r.word: (r.count, r.reading) for r in apps.status_readings}
    assert readings["QUEUED (tailor next)"] == (1, "not_applied")
    assert apps.left_out == ()
    # the user can say the job was sent after all
    apps = load_applications(path, as_of=AS_OF,
                             status_readings={"QUEUED (tailor next)": "pending"})
    assert len(apps) == 3  # kept as a choice, but without an applied date the row is refused
    assert [p.code for p in apps.left_out] == ["required"]


def test_a_no_answer_status_wins_over_a_reply_date(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("company,applied_on,status,reply date\nA,2026-10-01,Not Responded,"
                    "2026-10-09\nB,2026-10-02,Applied,\nC,2026-10-03,Rejected,2026-10-08\n",
                    encoding="utf-8")
    frame = load_applications(path, as_of=AS_OF).frame
    assert frame["response_at"].isna().tolist() == [True, True, False]
    assert frame["status"].tolist() == ["silent", "waiting", "responded"]
