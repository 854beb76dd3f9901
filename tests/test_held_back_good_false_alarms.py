"""False alarms that held back good probe drafts across many sets, each pinned with a guard
that the real fault is still caught:

- a company in a signature after "With thanks and best regards," or after a "--" rule, or
  followed by a phone number or an email address (a referee's or the writer's details);
- the details of a referee, sent in a note adding information, answer what was asked;
- a short note that hands over one thing (a certificate, a licence number) is complete;
- an early check-in that says it is not asking for an answer yet is a suggestion;
- a check-in sent after the decision date names the role, and needs no company name;
- "reg. no. H-204", "a 24 x 36 in. oil on canvas": no sentence ends at the dot;
- "Sales[ShipDate]" and "FILTER (" in a formula are no placeholder and no shouting;
- "the Carrick Street job", "the CRA II role": a site and the role's initials, not another
  job's title; "so I can respond promptly" and "any day you need me" are neither pushy nor
  boastful;
- a short thank-you scored with notes that list no topics only loses a point;
- "the Kano team exports ..." is a part of the employer, not a team one would join;
- British spellings ("sceptical", "mould") and trade words ("repointing", "subnetting").
"""

from __future__ import annotations

from datetime import datetime

from check_examples_real import letter
from notes_scoring import against, severities

NOTES = {
    "company": "Castellan Hart Architects",
    "role": "Clinical Research Associate II",
    "interviewers": ["Eleni Papadakis"],
    "interviewed_at": "2026-11-17T09:30",
    "topics": ["site monitoring visits", "source data verification"],
    "decision_by": "2026-11-27",
}
findings = against(NOTES)
BEFORE_DECISION = datetime(2026, 11, 24, 10)
AFTER_DECISION = datetime(2026, 12, 1, 10)
TOPIC = "The site monitoring visits you described sound like the part I would enjoy most."


def test_a_company_in_a_signature_block_is_the_writers_own():
    for closing in ("With thanks and best regards,\n\nMireille Santos, Assoc. AIA\n"
                    "Designer II, Ashdown Verma Architects\n(555) 017-6624\n",
                    "Best regards,\nLorcan Devereux\n\n--\nLorcan Devereux\n"
                    "Brewer | HACCP Level 3 | Diploma in Brewing\nBannow Bay Brewery, "
                    "Co. Wexford\n"):
        text = f"Dear Eleni,\n\nThank you for this morning. {TOPIC}\n\n{closing}"
        found = findings(text)
        assert "personalization.other_company" not in found, closing
        assert "correctness.signoff" not in found, closing


def test_a_company_with_contact_details_after_it_is_someones_employer():
    for body in ("Here are my referees:\n\n- Lorraine Baptiste, Nurse Manager, 5 West, "
                 "Mercy Valley Hospital, (555) 201-4478\n- Dr Anil Kapoor, Mercy Valley "
                 "Hospital, (555) 201-3390",
                 "She is Dr Mairead Collins, Consultant Obstetrician at Royal Glenmore "
                 "Hospital (m.collins@glenmore.example.nhs.uk).",
                 "Mere Tipene, contractor, Tipene Shearing, Gore, Southland\nPhone: +64 21 555 "
                 "0147"):
        found = findings(letter(f"{TOPIC} {body}"), "additional_info")
        assert "personalization.other_company" not in found, body


def test_a_company_pasted_from_another_letter_is_still_caught():
    body = f"{TOPIC} I would love to bring that to Ashdown Verma Architects."
    assert "personalization.other_company" in findings(letter(body))


def test_a_qualification_or_a_licence_with_a_capital_is_no_company():
    for body in ("I have not yet finished the CTSI Trading Standards Practitioner "
                 "qualification.",
                 "Queensland Pest Management Technician Licence: PMT 30-41872.",
                 "The Riverside Children's Trust fundraiser came in at $68,400."):
        found = findings(letter(f"{TOPIC} {body}"), "additional_info")
        assert "personalization.other_company" not in found, body


def test_a_referees_details_answer_what_was_asked():
    body = ("Apologies, I forgot to leave my second referee's details today. She is Dr Mairead "
            "Collins (m.collins@example.org), and she knows you may call.")
    assert "personalization.topic" not in findings(letter(body), "additional_info")


def test_a_note_adding_something_without_a_topic_is_still_asked_for_one():
    body = ("I wanted to add that I am a fast learner and a real team player, and that I "
            "would be a great fit for any team in your organisation.")
    assert "personalization.topic" in findings(letter(body), "additional_info")


def test_a_short_note_handing_over_one_thing_is_complete():
    for body in ("Here's the hot stone CPD certificate I mentioned this morning, as a PDF.",
                 "Forgot to give you my licence number this morning: 087 654 321."):
        found = findings(letter(body), "additional_info")
        assert found.get("concision.length") == "suggestion", body


def test_a_short_note_adding_nothing_is_still_too_short():
    found = findings(letter("Just wanted to say thanks again, it was great."),
                     "additional_info")
    assert found.get("concision.length") == "error"


def test_an_early_check_in_not_asking_for_an_answer_is_a_suggestion():
    for body in ("I know the team is aiming to decide by the 27th, so I'm not looking for an "
                 "answer. I only wanted to say I'm still very keen on the role.",
                 "No rush on my side; I know it's a busy week. I'm still very interested in "
                 "the Clinical Research Associate II role.",
                 "I know you hoped to decide by 27 November, so I'm happy to wait for news."):
        found = findings(letter(body), "check_in", BEFORE_DECISION)
        assert found.get("timeliness.check_in") == "suggestion", body


def test_an_early_check_in_asking_for_news_is_still_too_early():
    for body in ("I wanted to check where things landed with the role. I'm still very "
                 "interested.",
                 "I'm happy to wait in the lobby if you are in meetings when I drop by."):
        found = findings(letter(body), "check_in", BEFORE_DECISION)
        assert found.get("timeliness.check_in") == "warning", body


def test_a_check_in_after_the_decision_date_names_the_role_not_the_company():
    body = ("I hope you are well. I wanted to ask whether there is any news on the Clinical "
            "Research Associate II role. I remain very keen.")
    assert "personalization.company" not in findings(letter(body), "check_in", AFTER_DECISION)
    early = findings(letter(body), "check_in", BEFORE_DECISION)
    assert early.get("personalization.company") == "warning"


def test_no_sentence_ends_at_an_abbreviation_before_lower_case():
    for body in ("Attached is my registration certificate (reg. no. H-20417).",
                 "I logged the product, EPA reg. number, rate and weather.",
                 "It is a 24 x 36 in. oil on canvas, with annotated photos."):
        found = findings(letter(f"{TOPIC} {body}"), "additional_info")
        assert "correctness.sentence_case" not in found, body


def test_a_sentence_in_lower_case_after_a_full_stop_is_still_flagged():
    body = f"{TOPIC} the rota starts at six."
    assert "correctness.sentence_case" in findings(letter(body))


def test_a_formula_is_no_placeholder_and_no_shouting():
    body = (f"{TOPIC} The measure I mentioned:\n\nLate = CALCULATE ( COUNTROWS ( Sales ), "
            "FILTER ( Sales, Sales[ShipDate] > Sales[DueDate] ) )\n\nIt runs in a second.")
    found = findings(letter(body), "additional_info")
    assert "correctness.placeholder" not in found
    assert "tone.shouting" not in found


def test_a_template_placeholder_and_shouting_are_still_caught():
    found = findings(letter(f"{TOPIC} I am excited to join [Company Name]. PLEASE CALL ME."))
    assert "correctness.placeholder" in found
    assert "tone.shouting" in found


def test_a_site_or_the_roles_initials_are_not_another_jobs_title():
    for body in ("I left with a good picture of the Carrick Street job and the client.",
                 "I hope the St Oswald's job is going well.",
                 "I remain very interested in the Admiralty Heights role.",
                 "I'm excited about the CRA II role and the site monitoring visits."):
        assert "personalization.role_title" not in findings(letter(body)), body


def test_another_jobs_title_is_still_caught():
    body = f"{TOPIC} I'm excited about the Senior Marketing Manager role."
    assert "personalization.role_title" in findings(letter(body))


def test_the_writers_own_readiness_is_neither_pushy_nor_boastful():
    for body in ("I'm away from the 27th to the 30th and want to be sure I can respond "
                 "promptly to anything you send.",
                 "From that day I can work any day you need me."):
        found = findings(letter(f"{TOPIC} {body}"))
        assert "tone.pushy" not in found and "tone.boastful" not in found, body


def test_pressure_and_swagger_are_still_caught():
    assert "tone.pushy" in findings(letter(f"{TOPIC} Please decide quickly."))
    assert "tone.boastful" in findings(letter(f"{TOPIC} Honestly, you need me on this team."))


def test_a_team_of_the_employer_is_no_other_company():
    for body in ("I enjoyed hearing that the Kano team exports everything to Excel.",
                 "I hope the Ikeja team is settling in well."):
        found = findings(letter(f"{TOPIC} {body}"))
        assert "personalization.other_company" not in found, body


def test_joining_another_companys_team_is_still_caught():
    body = f"{TOPIC} I would be proud to be joining the Brightwave Analytics team."
    assert "personalization.other_company" in findings(letter(body))


def test_british_spellings_and_trade_words_are_spelled_right():
    body = ("I was sceptical about the mould at first, but the repointing, the blockwork "
            "and the rebar layouts were sound, and the subnetting exercise was fair.")
    assert "correctness.spelling" not in findings(letter(f"{TOPIC} {body}"))


def test_a_misspelling_beside_them_is_still_caught():
    body = "I was sceptical about the mould, but the intervew went well."
    assert "correctness.spelling" in findings(letter(f"{TOPIC} {body}"))


def test_a_short_thank_you_is_only_a_suggestion_when_the_notes_list_no_topics():
    notes = {k: v for k, v in NOTES.items() if k != "topics"}
    body = ("Thank you for showing me the sentinel cages and explaining the quarterly "
            "screens. It was the most useful half hour of the day.")
    assert severities(letter(body), notes).get("concision.length") == "suggestion"
    assert findings(letter(body)).get("concision.length") == "warning"  # topics to take up
    assert severities(letter("Thanks for the interview today, it was great."),
                      notes).get("concision.length") == "error"
