"""The verdict wherever a score is shown: the terminal, the HTML report and the composer's
score panel, and the workshop board's counts."""

from __future__ import annotations

import re
from datetime import datetime

from workshop_helpers import body, make_folder, submit

from coachkit.cli_text import format_text
from coachkit.notes import notes_from_dict
from coachkit.render import cap_sentence, render_report, render_scores, render_verdict
from coachkit.scoring import score
from coachkit.workshop import Cohort
from coachkit.workshop.render import render_count, render_verdicts
from samples import GOOD_THANK_YOU, NOTES

HOSTILE = GOOD_THANK_YOU.replace("I look forward", "Frankly, your process is broken. I look "
                                 "forward")


def test_the_terminal_names_the_verdict_and_the_cap():
    notes = notes_from_dict(NOTES)
    bad = format_text(score(HOSTILE, notes))
    assert "Overall 45/100 - rewrite (capped at 45 by: complaining, accusing or sarcastic " \
           "phrasing)" in bad
    good = format_text(score(GOOD_THANK_YOU, notes)).splitlines()
    assert good[1].startswith("Overall ") and good[1].endswith("/100 - ready")
    assert good[2].startswith("timeliness n/a   personalization ")


def test_the_cap_sentence():
    notes = notes_from_dict(NOTES)
    assert cap_sentence(score(GOOD_THANK_YOU, notes)) == ""
    assert cap_sentence(score(HOSTILE, notes)) == \
        "capped at 45 by: complaining, accusing or sarcastic phrasing"


def test_the_html_shows_a_coloured_badge_and_the_reason():
    report = score(HOSTILE, notes_from_dict(NOTES))
    badge = render_verdict(report)
    assert 'class="ck-verdict ck-verdict-rewrite"' in badge and ">Rewrite</span>" in badge
    assert "#d93025" in badge
    assert "Capped at 45 by: complaining, accusing or sarcastic phrasing" in badge
    assert report.caps[0].reason in badge
    assert badge in render_scores(report) and badge in render_report(report)
    assert badge in report._repr_html_()
    ready = render_verdict(score(GOOD_THANK_YOU, notes_from_dict(NOTES)))
    assert "ck-verdict-ready" in ready and "Ready to send" in ready and "ck-cap" not in ready


def test_a_report_without_a_verdict_shows_no_badge():
    import dataclasses

    report = dataclasses.replace(score(GOOD_THANK_YOU), verdict="", caps=())
    assert render_verdict(report) == ""


def test_the_badge_escapes_the_cap_text():
    import dataclasses

    from coachkit.model import Cap

    report = score(HOSTILE)
    odd = dataclasses.replace(report, caps=(Cap("tone.hostile", "<b>x</b>", 45, "<i>y</i>"),))
    shown = render_verdict(odd)
    assert "&lt;b&gt;x&lt;/b&gt;" in shown and "&lt;i&gt;y&lt;/i&gt;" in shown
    assert "<b>x</b>" not in shown


def test_the_board_counts_the_verdicts_of_the_room(tmp_path):
    folder = make_folder(tmp_path)
    submit(folder, "ab", body("Just checking in, sorry to bother you again!!!"))
    submit(folder, "cd", body("Frankly, your process is broken and I am still waiting."))
    cohort = Cohort.from_folder(folder, workers=1)
    verdicts = [e.report.verdict for e in cohort.entries]
    shown = render_verdicts(cohort)
    assert shown.startswith('<div class="ck-board-verdicts">Verdicts: ')
    shown_counts = dict(re.findall(r'ck-board-verdict-(\w+)".*?>(\d+)</b>', shown))
    assert shown_counts == {v: str(verdicts.count(v)) for v in ("ready", "revise", "rewrite")}
    assert "rewrite" in verdicts
    assert shown in render_count(cohort, datetime(2026, 3, 2, 14, 5, 9))
    assert render_verdicts(Cohort.from_folder(make_folder(tmp_path / "empty"), workers=1)) == ""


def test_the_composer_score_panel_shows_the_badge_with_the_cap():
    from coachkit.widgets import FollowUpComposer

    c = FollowUpComposer(notes_from_dict(NOTES), sender="Alex Morgan", journal=False,
                         clock=lambda: datetime(2026, 11, 20, 19, 0))
    c.editors["greeting"].value = "Dear Dana,"
    c.editors["gratitude"].value = (
        "Thank you for meeting me about the Operations Analyst role at Northwind Analytics. "
        "I enjoyed our talk about the warehouse forecasting model and the on-call rotation. "
        "Since then I have finished the dbt course and moved two reports to it. I would be "
        "glad to show them to you and Sam Ortiz. Please decide ASAP.")
    assert c.report is not None and c.report.verdict == "revise"
    assert c.report.caps[0].check_id == "tone.pushy"
    panel = c.score_panel.value
    assert render_verdict(c.report) in panel
    assert "ck-verdict-revise" in panel and "Capped at 70 by: pushy phrasing" in panel
