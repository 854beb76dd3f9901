"""Pass and fail examples for the wording model (``tone.wording_model``), and for the
phrase entries probe sets 58-65 showed were missing (identifiers of real people sent as a
sample, a boss who takes the credit) and the false alarms they and sets 66-73 showed (a
reply promised within hours, the writer's own deadline, another employer's news, a
gracious "someone with more experience than I have", thanks for no form email).
``check_examples`` merges them into ``EXAMPLES``.

The fail examples are whole notes whose words, taken together, read like a bad follow-up
although no single line is one a phrase list names: a bitter reply to a rejection, a
chase that keeps score, a form letter and a note that sulks. The pass examples are the
polite near-misses it must leave alone: specific thanks, timeline questions, another
offer mentioned factually, feedback asked after a rejection, and a brief gracious reply.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, Example, letter
from check_examples_signal import (
    BRIEF_REPLY,
    CHASING,
    FEEDBACK,
    OTHER_OFFER,
    SHORT_REPLY,
    SPECIFIC,
    SULKY,
    TEMPLATE,
    TIMELINE,
)

CHECK_ID = "tone.wording_model"

BITTER_REPLY = (letter(
    "Thanks for letting me know, I guess. I have to say I am surprised, since I was told "
    "the interview went well and I really thought I had this one. I still do not "
    "understand what more you were looking for, but I suppose it does not matter now."),
    RR)
KEEPING_SCORE = letter(
    "I am following up again because I have now written three times and still have not "
    "heard anything back. I was told I would hear by last week. I really need to know "
    "where things stand, so please let me know either way.")

MORE: dict[str, dict[str, list[Example]]] = {
    CHECK_ID: {
        "fail": [BITTER_REPLY, KEEPING_SCORE, TEMPLATE, CHASING, SULKY],
        "pass": [SPECIFIC, TIMELINE, OTHER_OFFER, FEEDBACK, BRIEF_REPLY, SHORT_REPLY],
    },
    "tone.confidential": {
        "fail": [(letter("I took out the full names, but left the initials, dates of birth "
                         "and MRNs so you can see the format."), AI)],
        "pass": [(letter("All names, dates of birth and MRNs have been removed from the "
                         "sample."), AI),
                 letter("The rejects I fixed most were a name/SSN mismatch after a marriage "
                        "and a prior-year AGI mismatch.")],
    },
    "tone.boastful": {
        "fail": [letter("I coach on Tuesday and Thursday evenings, so I'd need to be off by "
                        "4:30 those days, and I don't work the first week of deer season.")],
        "pass": [(letter("When you asked about nights, I said I'd need to confirm a couple of "
                         "things at home; I'm available from December 7."), AI)],
    },
    "tone.slang": {
        "fail": [letter("k thanks, talk soon")],
        "pass": [letter("You asked how my 510(k) background would translate to biologics.")],
    },
    "tone.comparing": {
        "pass": [(letter("I understand: a caseload like that needs someone with more "
                         "experience there than I have right now."), RR)],
    },
    "tone.hostile": {
        "pass": [(letter("Thanks for letting me know, and for doing it personally rather "
                         "than through a form email."), RR)],
    },
    "tone.badmouthing": {
        "fail": [letter("In my current lab the PI takes credit for our results and nobody "
                        "writes anything down."),
                 (letter("I looked it up: unless there's a local amendment, your crews may be "
                         "missing it on inspections."), AI),
                 (letter("If things don't work out with them, keep my number handy for the "
                         "first few weeks."), RR)],
        "pass": [letter("I can't take credit for the idea, but I ran the pilot."),
                 letter("At the branch I coached two new starters through their "
                        "probation.")],
    },
    "tone.pushy": {
        "fail": [(letter("Please let me know within 48 hours."), CI),
                 (letter("I need an answer by the end of the week."), CI)],
        "pass": [(letter("Once the inspection is done, I revise the reserve within 48 "
                         "hours."), AI),
                 (letter("I've registered for the course and expect to finish it by the end "
                         "of this week. " + BODY), AI),
                 (letter("Another process has moved to a final round, and I expect to hear "
                         "from them in the next two or three weeks."), CI),
                 letter("I built reminder templates in another platform, so I expect to get "
                        "comfortable with Docketwise quickly.")],
    },
}
