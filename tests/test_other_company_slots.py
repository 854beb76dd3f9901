"""How sure the company check is of a name: after a bare "at", "with" or "to" a plain name
(a place, a tool, a client as often as a company) is a suggestion that does not cap the
score; where only the employer's name goes ("join", "the culture at", "bring that
experience to"), or with a company word at its end, it is an error. With notes that list
no topics (company, role and interviewers only) the check knows none of the interview's
own names, so this is where it matters most."""

from __future__ import annotations

import pytest

from coachkit import Draft, score
from coachkit.notes import notes_from_dict

THIN_NOTES = notes_from_dict({
    "company": "Ironbridge Freight",
    "role": "Logistics Operations Supervisor",
    "interviewers": ["Dana Whitlock"],
    "interviewed_at": "2026-11-20T10:00",
})


def _report(body: str):
    text = (f"Hi Dana,\n\nThank you for meeting me today about the supervisor role at "
            f"Ironbridge Freight. {body} I would be glad to bring my shift planning "
            f"to your team.\n\nBest regards,\nAlex Moreno")
    return score(Draft.from_text(text, kind="thank_you"), THIN_NOTES)


def _found(body: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity) for f in _report(body).findings
            if f.rule == "personalization.other_company"]


@pytest.mark.parametrize("body, name", [
    ("I enjoyed hearing about the cross-docking audits at Reno and the WMS rollout.",
     "Reno"),
    ("Your account of the move from Avaya to Genesys was candid.", "Genesys"),
    ("Your story about the wedding at Abbotsford Convent made me laugh.",
     "Abbotsford Convent"),
])
def test_a_plain_name_after_a_bare_preposition_is_a_suggestion(body: str, name: str) -> None:
    assert _found(body) == [(name, "suggestion")]
    report = _report(body)
    assert report.verdict == "ready", [(f.rule, f.severity) for f in report.findings]
    assert not any(f.severity == "error" for f in report.findings)


@pytest.mark.parametrize("body, name", [
    ("I am excited about the chance to join Copperline Logistics.", "Copperline Logistics"),
    ("I would love to bring that experience to Cascade Outdoor Supply.",
     "Cascade Outdoor Supply"),
    ("I loved getting a feel for the culture at Oakwood Middle.", "Oakwood Middle"),
    ("I could add value to Sahyadri from the first week.", "Sahyadri"),
    ("I'd bring this experience to the front office at The Kingsmere.", "The Kingsmere"),
    ("I was impressed by the planning at Redline Logistics Ltd.", "Redline Logistics Ltd"),
])
def test_a_name_where_only_the_employer_goes_is_still_an_error(body: str, name: str) -> None:
    assert _found(body) == [(name, "error")]
    assert _report(body).verdict != "ready"


def test_a_job_title_and_a_comma_make_only_the_next_name_someones_employer() -> None:
    # the role's own title holds a comma; the foundation later in the sentence is still
    # another employer's name pasted in
    notes = notes_from_dict({"company": "Halvorsen Family Foundation",
                             "role": "Program Officer, Early Childhood",
                             "interviewers": ["Adriana Castillo"],
                             "interviewed_at": "2026-11-10T13:30"})
    text = ("Dear Adriana,\n\nAs discussed, I'm attaching two items for the Program Officer, "
            "Youth Development role: a sample memo and a reflection on how I would approach "
            "the Whitfield Foundation's new grantmaking pilot.\n\nBest regards,\nNadia")
    found = [f.text for f in score(Draft.from_text(text, kind="additional_info"),
                                   notes).findings
             if f.rule == "personalization.other_company"]
    assert found == ["Whitfield Foundation"]


def test_a_referees_title_and_employer_stay_the_referees() -> None:
    text = ("Hi Dana,\n\nAs promised at the interview at Ironbridge Freight, my "
            "references:\n\n- Tobias Wren, Duty Manager, The Arcade Cafe (Saturday job)\n"
            "- Janet Morrow, Store Manager, Fenwick Shoes\n\nBest regards,\nAlex")
    report = score(Draft.from_text(text, kind="additional_info"), THIN_NOTES)
    assert [f.text for f in report.findings
            if f.rule == "personalization.other_company"] == []


def test_a_site_of_the_employer_is_no_other_company() -> None:
    assert _found("If a shift lead position opens at the Reno hub, please keep me in mind.") == []


def _company_findings(body: str) -> list[str]:
    text = f"Hi Dana,\n\n{body}\n\nBest regards,\nAlex Moreno"
    report = score(Draft.from_text(text, kind="thank_you"), THIN_NOTES)
    return [f.severity for f in report.findings if f.rule == "personalization.company"]


def test_without_topics_in_the_notes_two_specific_sentences_show_no_mass_mailing() -> None:
    # the notes list no topics, so none can be taken up: a figure and a name will do
    specific = ("Thank you for walking me through the 14 dock doors this morning. The way "
                "Marcus runs the shift handover stayed with me, and I would like to help "
                "the team keep it that tight.")
    assert _company_findings(specific) == []
    generic = ("Thank you for your time today. I enjoyed our conversation and I am very "
               "interested in the role. I look forward to hearing from you.")
    assert _company_findings(generic) == ["warning"]
