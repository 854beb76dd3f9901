"""Waiting longer than usual: the usual wait comes from the person's own answers, a default
stands in under 5 answers, the check-in day is never in the past, longest first."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
from outcomes_helpers import AS_OF, log, waits

from coachkit.model import InterviewNotes
from coachkit.outcomes import load_applications
from coachkit.outcomes.waiting import (
    DEFAULT_USUAL_DAYS,
    USUAL_SHARE,
    usual_wait,
    waiting_longer,
)
from coachkit.timing import check_in_after


def test_the_usual_wait_is_when_three_in_four_of_the_answers_had_come():
    # answers after 2..8 and 20 days; one pending since yesterday, two for 30 and 40 days:
    # after k answers the Kaplan–Meier share answered is k/10, 8/10 in the end, and
    # 75% of that (6/10) is reached with the sixth answer, on day 7
    frame = waits([2, 3, 4, 5, 6, 7, 8, 20], [1, 30, 40])
    usual = usual_wait(frame, AS_OF)
    assert (usual.days, usual.answers, usual.derived) == (7, 8, True)
    found = waiting_longer(frame, as_of=AS_OF)
    assert [w.days for w in found] == [40, 30]  # longest first; the one-day wait is usual
    assert all(w.usual_days == 7 for w in found)
    assert found[0].waiting_since == (AS_OF - pd.Timedelta(days=40)).date()
    assert found[0].reason == (f"No answer for 40 days since the application on "
                               f"{found[0].waiting_since:%Y-%m-%d}; {USUAL_SHARE:.0%} of your "
                               "answers came within 7 days (Kaplan–Meier over your 8 answers).")


def test_fewer_than_five_answers_use_the_default_and_say_so():
    frame = waits([3, 4], [1, 10, 20])
    usual = usual_wait(frame, AS_OF)
    assert (usual.days, usual.answers, usual.derived) == (DEFAULT_USUAL_DAYS, 2, False)
    found = waiting_longer(frame, as_of=AS_OF)
    assert [w.days for w in found] == [20]
    assert "with 2 answers in your log (fewer than 5), the usual wait is taken as 14 days" \
        in found[0].reason


def test_the_check_in_day_follows_the_timing_rules_and_is_never_in_the_past():
    # answers within two days, so an interview four days ago is already waiting long
    rows = [{"applied_on": "2026-10-01", "response_at": f"2026-10-0{1 + d} 12:00",
             "outcome": "rejected"} for d in (1, 1, 2, 2, 2)]
    rows += [{"applied_on": "2026-11-20", "interviewed_at": "2026-11-26 10:00"},
             {"applied_on": "2026-10-01"}]
    frame = log(rows)
    found = {w.waiting_since: w for w in waiting_longer(frame, as_of=AS_OF)}
    recent = found[date(2026, 11, 26)]
    expected = check_in_after(InterviewNotes(interviewed_at=datetime(2026, 11, 26, 10)))
    assert recent.check_in_on == expected > AS_OF.date()  # the rules' day, still to come
    old = found[date(2026, 10, 1)]
    assert old.check_in_on == AS_OF.date()  # its rule day is long past: today
    saturday = waiting_longer(frame, as_of="2026-11-28")
    assert {w.check_in_on for w in saturday if w.waiting_since == date(2026, 10, 1)} == {
        date(2026, 11, 30)}  # not on a weekend: the Monday after
    assert all(w.check_in_on >= date(2026, 11, 28) for w in saturday)


def test_ids_and_check_ins_from_the_store_columns_and_answered_ones_are_never_listed():
    table = pd.DataFrame([
        {"company": "Contoso", "applied_on": "2026-09-01", "outcome": "pending",
         "application_id": "a1b2c3d4", "check_ins": "2"},
        {"company": "Fabrikam", "applied_on": "2026-09-02", "outcome": "pending",
         "application_id": "", "check_ins": ""},
        {"company": "Litware", "applied_on": "2026-09-03", "outcome": "no_response",
         "application_id": "e5f6a7b8", "check_ins": ""},
        {"company": "Northwind", "applied_on": "2026-09-04", "outcome": "rejected",
         "response_at": "2026-09-10", "application_id": "c0ffee00", "check_ins": ""},
    ])
    apps = load_applications(table, as_of=AS_OF)
    found = waiting_longer(apps, as_of=AS_OF)
    assert [(w.company, w.application_id, w.row) for w in found] == [
        ("Contoso", "a1b2c3d4", 2), ("Fabrikam", None, 3)]
    assert found[0].reason.endswith("You have checked in 2 times already.")
    assert "checked in" not in found[1].reason


def test_an_interview_is_the_last_step_and_ties_keep_the_log_order():
    frame = log([{"applied_on": "2026-09-01", "interviewed_at": "2026-11-01 10:00"},
                 {"applied_on": "2026-10-31"}, {"applied_on": "2026-10-31"}])
    found = waiting_longer(frame, as_of=AS_OF)
    assert [(w.days, w.row) for w in found] == [(30, 3), (30, 4), (29, 2)]
    assert "since the interview on 2026-11-01" in found[2].reason
