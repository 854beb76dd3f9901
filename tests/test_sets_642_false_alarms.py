"""False alarms probe sets 642-649 showed, each pinned with a guard that the real fault is
still caught:

- "you may not be able to give me an answer by then" is understanding, not a demand;
- "I have received a written offer from Marlowe Legal Services" names the other employer
  as a fact;
- "my CPR certification with the American Heart Association" names a certifier;
- "Diolch, Gwenllian." thanks the reader by name, as a greeting would;
- news the writer keeps back ("hasn't been announced yet, so I can't show it") or that
  was "still under embargo when we met" is no confidence broken.
"""

from __future__ import annotations

from notes_scoring import against

NOTES = {
    "company": "Northmere Courts Service",
    "role": "Video Link Coordinator",
    "interviewers": ["Gwenllian Lloyd"],
    "interviewed_at": "2026-11-10T10:00",
    "topics": ["scheduling remand hearings", "live links from custody suites"],
    "decision_by": "2026-11-20",
}
findings = against(NOTES)
CHECK_IN = ("Dear Gwenllian,\n\nI interviewed for the Video Link Coordinator role on 10 "
            "November and remain very interested. I have received a written offer from Marlowe "
            "Legal Services, and they have asked for my answer by Thursday 3 December. I "
            "would prefer the Northmere post. I understand you may not be able to give me an "
            "answer by then; if you can tell me whether a decision is likely before the 3rd, "
            "it would help.\n\nWith thanks,\nAlex Hale\n")


def test_an_answer_the_reader_may_not_be_able_to_give_is_no_demand():
    assert "tone.reproach" not in findings(CHECK_IN, kind="check_in")
    demanded = CHECK_IN.replace("I understand you may not be able to give me an answer by "
                                "then;", "Please give me an answer by then;")
    assert "tone.reproach" in findings(demanded, kind="check_in")


def test_an_offer_received_from_another_firm_names_it_as_a_fact():
    assert "personalization.other_company" not in findings(CHECK_IN, kind="check_in")
    pasted = CHECK_IN.replace("I would prefer the Northmere post.",
                              "I would love to join Marlowe Legal Services.")
    assert "personalization.other_company" in findings(pasted, kind="check_in")


def test_a_certifier_is_no_other_employer():
    text = ("Dear Gwenllian,\n\nA quick update on the Video Link Coordinator role: I've renewed "
            "my CPR and First Aid certification with the American Heart Association, which "
            "you mentioned is "
            "needed before starting. The card is attached.\n\nThank you,\nAlex Hale\n")
    assert "personalization.other_company" not in findings(text, kind="additional_info")
    pasted = text.replace("The card is attached.", "I can't wait to join the American "
                          "Heart Association team.")
    assert "personalization.other_company" in findings(pasted, kind="additional_info")


def test_thanks_in_welsh_with_the_readers_name_is_a_greeting():
    text = ("Diolch, Gwenllian. I'm sorry it wasn't me this time, but I'm glad to have seen "
            "the control room, and I'll keep practising on the booking system.\n\nAlex\n")
    assert "correctness.greeting" not in findings(text, kind="rejection_reply")
    bare = text.replace("Diolch, Gwenllian. ", "")
    assert "correctness.greeting" in findings(bare, kind="rejection_reply")


def test_news_kept_back_or_already_public_is_no_broken_confidence():
    kept = ("Dear Gwenllian,\n\nThe court's new listing pilot hasn't been announced yet, so I "
            "can't share my notes on it, but I'd be glad to talk about it once it is public."
            "\n\nKind regards,\nAlex Hale\n")
    assert "tone.confidential" not in findings(kept, kind="additional_info")
    told = kept.replace(", so I can't share my notes on it, but",
                        ", but here are my notes on it, and")
    assert "tone.confidential" in findings(told, kind="additional_info")
    public = ("Dear Gwenllian,\n\nThe pilot was still under embargo when we met. The press "
              "release went out yesterday, so I can now tell you about my part in it.\n\n"
              "Kind regards,\nAlex Hale\n")
    assert "tone.confidential" not in findings(public, kind="additional_info")
    secret = public.replace("was still under embargo when we met. The press release went out "
                            "yesterday, so I can now tell you",
                            "is still under embargo, but I can tell you")
    assert "tone.confidential" in findings(secret, kind="additional_info")
