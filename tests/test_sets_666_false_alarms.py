"""False alarms probe sets 666-673 showed, each pinned with a guard that the real fault is
still caught:

- "I checked that Fathom is on the register" names Fathom Earth Analytics: the first word
  of the name, a common word, capitalised inside a sentence;
- "Ext. 4417" closes a signature block, under the sign-off;
- a post the rejection being answered names ("a Day Team Leader post in January") is no
  title pasted from another letter;
- "Luzon Maritime Training Center" is where the writer trains, not another employer.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Fathom Earth Analytics",
    "role": "Domestic Services Supervisor (Nights)",
    "interviewers": ["Abena Owusu", "Mark Rees"],
    "interviewed_at": "2026-12-01T10:00",
    "topics": ["sickness cover on nights", "the deep-clean rota for theatres"],
    "decision_by": "2026-12-09",
}
findings = against(NOTES)


def test_the_first_word_of_the_company_inside_a_sentence_names_it():
    text = ("Hi Abena,\n\nThank you for today. I checked that Fathom is on the register of "
            "licensed sponsors, so the visa side should be simple, and I could start within "
            "eight weeks of an offer.\n\nThanks again,\nInes\n")
    assert "personalization.company" not in findings(text)
    opening = text.replace("I checked that Fathom is", "Fathom is")
    assert "personalization.company" in findings(opening)  # a sentence's first word


def test_an_extension_closes_a_signature_block():
    text = ("Hi Abena,\n\nThanks for today, and thanks to Mark too. Good to talk about "
            "sickness cover on nights; I'd give the night team everything I've got.\n\n"
            "Cheers,\nLee\nLee Marsh\nHospital Porter (Nights) | Facilities Directorate\n"
            "Fenmoor and District Hospitals NHS Trust\nExt. 4417\n")
    assert "correctness.signoff" not in findings(text)
    unsigned = text.split("\n\nCheers,")[0] + "\n\nExt. 4417\n"
    assert "correctness.signoff" in findings(unsigned)


REPLY = ("Hi Abena,\n\nThanks for the lovely email. Gutted, obviously, but it means a lot that "
         "the panel liked my answer on sickness cover on nights.\n\nAnd yes please, I'd love "
         "to go for the Day Team Leader post when it goes up in January.\n\nHave a good "
         "Christmas,\nKayleigh Moss\n\n")
QUOTE = ("On 10 Dec 2026, at 16:20, Abena Owusu wrote:\n> Hi Kayleigh,\n> We've offered the "
         "night post to someone with more hospital experience. We'll be advertising a\n> "
         "Day Team Leader post in January and I'd encourage you to apply.\n> Abena\n")


def test_a_post_the_quoted_rejection_names_is_no_pasted_title():
    assert "personalization.role_title" not in findings(REPLY + QUOTE, "rejection_reply")
    assert findings(REPLY, "rejection_reply").get("personalization.role_title") == "warning"


SHIPPING = against({
    "company": "Tala Maritime Crew Services Inc.",
    "role": "Electro-Technical Officer (LPG Carrier Fleet)",
    "interviewers": ["Capt. Renato Villanueva", "Lars Hegstad"],
    "interviewed_at": "2026-09-22T09:00",
    "topics": ["high-voltage switchboard maintenance", "gas detection alarms on LPG carriers"],
    "concerns": ["Basic Training for Liquefied Gas Tanker Cargo Operations not yet taken"],
})


def test_a_training_centre_is_where_the_writer_trains():
    text = ("Dear Capt. Villanueva,\n\nAs you asked at the interview, I attach my enrolment "
            "confirmation for the Basic Training for Liquefied Gas Tanker Cargo Operations at "
            "Luzon Maritime Training Center, Intramuros. The course runs from 19 to 24 October "
            "2026, and the certificate follows within 3 working days.\n\nI have also attached "
            "my STCW III/6 Certificate of Competency and my last two sea service certificates "
            "from Pacific Orchid Shipping, in case the principal needs them.\n\nPlease tell me "
            "if anything else is required, Sir.\n\nRespectfully,\nJericho M. Manalo\n"
            "Mobile: +63 917 552 0418\n")
    assert "personalization.other_company" not in SHIPPING(text, "additional_info")
    misremembered = text.replace("Luzon Maritime Training Center", "Luzon Maritime Services")
    assert "personalization.other_company" in SHIPPING(misremembered, "additional_info")
