"""False alarms probe sets 658-665 showed, each pinned with a guard that the real fault is
still caught:

- "the last 22 with Harcastle Construction" and "Fifteen years running pubs for
  Greenhalgh's Brewery" name the writer's own employers;
- a note to a recruiter ("Thanks for getting me in front of Gary", "in case Boreal come
  back to you", "any of your other clients") may greet the recruiter, whom the notes do
  not list: a suggestion to add them, not a warning;
- "Dear Major Cresswell" greets an interviewer by rank;
- "L&D Coordinator" is the Learning and Development Coordinator role, by its initials;
- documents withheld "as they're not mine to share" are no confidence broken; "the whole
  package" the writer is open to discussing is no boast.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Skyreach Towers",
    "role": "Telecom Mast Rigger",
    "interviewers": ["Gary Lund", "Ayesha Cresswell"],
    "interviewed_at": "2026-11-10T09:00",
    "topics": ["rescue drill on the training tower", "working away Monday to Friday"],
    "decision_by": "2026-11-19",
}
findings = against(NOTES)


def test_the_writers_own_past_employers_are_no_wrong_company():
    text = ("Dear Gary,\n\nThank you for the Telecom Mast Rigger interview at Skyreach Towers "
            "and the rescue drill on the training tower. I was a rigger for 20 years, the last "
            "12 with Harcastle Masts until the yard shut. Before that, six years running "
            "crews for Northgate Aerials taught me to plan a climb.\n\nRegards,\nDes Harte\n")
    assert "personalization.other_company" not in findings(text)
    pasted = text.replace("Before that, six years running crews for Northgate Aerials "
                          "taught me to plan a climb.", "I would love to join Northgate "
                          "Aerials.")
    assert "personalization.other_company" in findings(pasted)


def test_a_note_to_the_recruiter_may_greet_them():
    text = ("Kieran,\n\nThanks for getting me in front of Gary this morning. The rescue drill "
            "on the training tower went fine, and I'm happy working away Monday to Friday at "
            "Skyreach Towers.\n\nCheers,\nDean Harker\n")
    assert findings(text).get("personalization.greeting_name") == "suggestion"
    direct = text.replace("Thanks for getting me in front of Gary this morning.",
                          "Thanks for meeting me this morning.")
    assert findings(direct).get("personalization.greeting_name") == "warning"
    away = ("Hi Bethany,\n\nJust a note in case Skyreach come back to you while I'm away: "
            "I'm on leave until 21 November and can do a call at short notice. Thanks for all "
            "your help with the Telecom Mast Rigger role.\n\nBest wishes,\nMarek Dudek\n")
    assert findings(away, kind="check_in").get("personalization.greeting_name") == "suggestion"


def test_a_rank_greets_the_interviewer():
    text = ("Dear Major Cresswell,\n\nThank you for the Telecom Mast Rigger interview at "
            "Skyreach Towers and the rescue drill on the training tower.\n\nYours sincerely,\n"
            "Fiona Drummond\n")
    assert "personalization.greeting_name" not in findings(text)
    wrong = text.replace("Major Cresswell", "Major Pemberton")
    assert "personalization.greeting_name" in findings(wrong)


def test_documents_withheld_and_a_package_to_discuss_are_no_faults():
    kept = ("Dear Gary,\n\nAs promised, my rescue certificate is attached. I haven't included "
            "any of Harcastle's method statements, as they're not mine to share, but I'm happy "
            "to talk through the approach. I'm open to discussing the whole package for the "
            "Telecom Mast Rigger role.\n\nMany thanks,\nDean Harker\n")
    found = findings(kept, kind="additional_info")
    assert "tone.confidential" not in found and "tone.boastful" not in found
    sent = kept.replace("I haven't included any of Harcastle's method statements, as they're "
                        "not mine to share, but I'm happy to talk through the approach.",
                        "Harcastle's method statements are attached too; technically not mine "
                        "to share.")
    assert "tone.confidential" in findings(sent, kind="additional_info")
    boast = kept.replace("I'm open to discussing the whole package", "I'm the whole package")
    assert "tone.boastful" in findings(boast, kind="additional_info")


def test_initials_joined_by_an_ampersand_name_the_role():
    notes = {**NOTES, "role": "Learning and Development Coordinator"}
    text = ("Dear Gary,\n\nI wanted to ask whether there is an update on the L&D Coordinator "
            "role at Skyreach Towers, as I understood a decision was expected on the 19th.\n\n"
            "Kind regards,\nNadia Rahman\n")
    assert "personalization.role_title" not in against(notes)(text, kind="check_in")
    other = text.replace("L&D Coordinator", "H&S Coordinator")
    assert "personalization.role_title" in against(notes)(other, kind="check_in")
