"""False alarms probe sets 618-625 showed, and one fault they hid, each pinned with a guard
that the real fault is still caught (or, for the fault, that a right file name passes):

- a message of one line that ends "All the best. Craig" or "Thanks again, Rosa Menéndez"
  is signed;
- a text that says at its start who sends it ("Hi Dev, it's Kieran from this afternoon")
  needs no sign-off;
- a rejection reply of two or three sentences without a sign-off is complete, with a
  suggestion;
- thanks "for the courtesy of a call" is gracious, not a reproach;
- "Should I expect to hear this week?" asks, it does not push;
- Welsh and Australian greetings ("Noswaith dda Rhodri", "G'day Mick") are greetings;
- the practice of someone the writer trained under ("under Dr Ferreira at Bushveld
  Wildlife Vets") is no other company;
- an acronym said as a word ("a NERC grant") takes "a";
- an attached cover letter named for another firm ("Cover_letter_Brightwell_Blinds.docx") is
  another company, as a pasted name is;
- a company's confidentiality notice after the signature ("Greythorn Ltd. This e-mail is
  confidential ...") is the mail system's, not a line of the letter.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Hartwell Resin Floors Ltd",
    "role": "Resin Floor Installer",
    "interviewers": ["Gary Pridmore", "Rhodri Evans"],
    "interviewed_at": "2026-11-10T08:00",
    "topics": ["diamond grinding before priming", "PU screed for the dairy contract"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)


def test_a_one_line_message_signed_at_its_end_is_signed():
    for end in ("All the best. Craig", "Thanks again, Rosa Menéndez"):
        text = ("Thanks for letting me know Gary, and for ringing as well. The CSCS test is "
                f"booked for the 8th, so I'd still be interested in the new year. {end}\n")
        assert "correctness.signoff" not in findings(text, kind="rejection_reply"), end
    thanked = ("Hi Gary - as promised, here's the number for my last foreman: 07700 900552. "
               "Thanks again, Gary\n")
    assert "correctness.signoff" in findings(thanked, kind="additional_info")


def test_a_text_that_names_its_sender_needs_no_sign_off():
    text = ("Hi Gary, it's Kieran from this morning. Thanks for showing me the diamond "
            "grinding, and I'd be glad to start on the dairy job.\n")
    assert "correctness.signoff" not in findings(text)
    anonymous = text.replace("it's Kieran from this morning", "hope you're well")
    assert findings(anonymous).get("correctness.signoff") == "warning"


def test_a_short_rejection_reply_without_a_sign_off_is_complete():
    text = ("Thanks Gary, appreciate you letting me know. Good luck with the dairy "
            "contract.\n")
    assert findings(text, kind="rejection_reply").get("correctness.signoff") == "suggestion"
    thank_you = ("Thanks Gary, I enjoyed seeing the diamond grinding. Good luck with the dairy "
                 "contract.\n")
    assert findings(thank_you).get("correctness.signoff") == "warning"


def test_thanks_for_the_courtesy_of_a_call_is_no_reproach():
    text = ("Dear Gary,\n\nThank you for letting me know, and for the courtesy of a call "
            "beforehand. I enjoyed the talk about PU screed.\n\nKind regards,\nFenella\n")
    assert "tone.hostile" not in findings(text, kind="rejection_reply")
    owed = text.replace("and for the courtesy of a call beforehand",
                        "though I would be grateful for the courtesy of a reply next time")
    assert findings(owed, kind="rejection_reply").get("tone.hostile") == "error"


def test_should_i_expect_to_hear_asks():
    text = ("Hi Gary,\n\nI'm following up on the Resin Floor Installer role. I understand the "
            "plan was to decide by last Friday. Should I expect to hear this week?\n\nMany "
            "thanks,\nJordan\n")
    assert "tone.pushy" not in findings(text, kind="check_in")
    told = text.replace("Should I expect to hear this week?", "I expect to hear this week.")
    assert "tone.pushy" in findings(told, kind="check_in")


def test_welsh_and_australian_greetings_are_greetings():
    for hello in ("Noswaith dda Rhodri,", "G'day Gary,"):
        text = (f"{hello}\n\nIs there any news on the installer job? I know you hoped to decide "
                "by the 20th.\n\nDiolch,\nRhys\n")
        assert "correctness.greeting" not in findings(text, kind="check_in"), hello
        assert "personalization.greeting_name" not in findings(text, kind="check_in"), hello


def test_the_practice_of_someone_trained_under_is_no_other_company():
    text = ("Dear Gary,\n\nA correction: I have laid fourteen PU screeds, not forty, all under "
            "Mr Ferreira at Bushveld Flooring Contractors. Diamond grinding was part of each."
            "\n\nKind regards,\nSibusiso\n")
    assert "personalization.other_company" not in findings(text, kind="additional_info")
    pasted = text.replace("all under Mr Ferreira at Bushveld Flooring Contractors",
                          "and I would love to join Bushveld Flooring Contractors")
    assert "personalization.other_company" in findings(pasted, kind="additional_info")


def test_an_acronym_said_as_a_word_takes_a():
    text = ("Dear Gary,\n\nThank you for yesterday. My screed trial was funded by a NERC "
            "grant, and I enjoyed the talk on diamond grinding.\n\nKind regards,\nImogen\n")
    assert "correctness.article" not in findings(text)
    spelled = text.replace("a NERC grant", "a NVQ course")
    assert findings(spelled).get("correctness.article") == "warning"


def test_a_companys_confidentiality_notice_below_the_signature_is_no_part_of_the_letter():
    text = ("Dear Gary,\n\nThank you for yesterday. I enjoyed the talk on diamond grinding and "
            "the dairy contract.\n\nKind regards,\n\nRyan Castell\nFloor Technician | "
            "Greythorn Surfaces Ltd\nT: 0161 496 0833 | M: 07700 900 470\n"
            "www.greythornsurfaces.co.uk\n\nGreythorn Surfaces Ltd. This e-mail is confidential "
            "and may be legally privileged. If you are not the intended recipient you must not "
            "use, disclose, copy or distribute it.\n")
    assert "correctness.signoff" not in findings(text)
    unsigned = text.replace("Kind regards,\n\nRyan Castell\n", "")
    assert "correctness.signoff" in findings(unsigned)


def test_a_cover_letter_attached_under_another_firms_name_is_another_company():
    text = ("Hi Gary,\n\nPlease find attached my CSCS card and the cover letter you asked "
            "for.\n\nThanks,\nRob\n\nAttachments:\n  Cover_letter_Brightwell_Blinds.docx "
            "(48 KB)\n")
    assert findings(text, kind="additional_info").get("personalization.other_company") == \
        "error"
    own = text.replace("Brightwell_Blinds", "Resin_Floor_Installer")
    assert "personalization.other_company" not in findings(own, kind="additional_info")
