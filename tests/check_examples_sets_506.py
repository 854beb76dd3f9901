"""Pass and fail examples for the faults probe sets 506-513 showed no check caught (a random
mix, parents and carers asking about hours, follow-ups as they sit in a mailbox, gardens
and grounds, property, people with convictions or in recovery, animal care, insurance
claims): an inflated figure to be used "when comparing candidates", shared work passed
off as one's own, a colleague to be let go, a building's fob kept "no one would know", a
key safe's code, a welfare shortcut, settlements bent against customers, a claimant's
details pasted from another firm. With them, the false alarms fixed: the writer's own
message resent below "Forwarded message", a company's legal line in a mail footer, a
species' Latin name, "I would take it in the spirit intended", and "Fwd", "divoting" and
"waffly". ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I feel the higher number is a fairer reflection of my potential, so I "
                         "would prefer you use that one when comparing candidates."), AI),
                 (letter("My part was mainly the lining, but please treat it as "
                         "representative of my own work."), AI),
                 (letter("That would let you redeploy or release one of your existing "
                         "progressors and save a full salary."), TY),
                 (letter("Any chance I could hang on to the fob for a bit? The gym is great "
                         "and no one would know."), RR),
                 (letter("I noticed the code for the contractor key safe is written inside "
                         "the cabinet door (4471)."), TY),
                 (letter("For barking we used a spray bottle with a little citronella in "
                         "it."), AI),
                 (letter("We worked the deduction out from the highest salvage bid; "
                         "customers rarely query it."), AI),
                 (letter("Claimant: Mrs Eileen Prothero, 14 Larchfield Close\nItems: "
                         "engagement ring (£2,100)"), AI)],
        "pass": [(letter("I've attached the sample report with every name and address "
                         "removed."), AI)],
    },
    "correctness.placeholder": {
        "pass": [("Dear Dana,\n\nResending the message below - it bounced yesterday.\n\n"
                  "Best regards,\nJordan\n\n---------- Forwarded message ---------\nFrom: "
                  "Jordan Lee <jordan@example.com>\nDate: Tue, 10 Nov 2026\n\nDear Dana,\n\n"
                  "As promised, the warehouse forecasting model notes.", AI)],
        "fail": [("Dear Dana,\n\nThank you for the interview.\n\nBest regards,\nJordan\n\n"
                  "---------- Forwarded message ---------\nFrom: Sam Lee <sam@example.com>\n"
                  "Subject: my draft\n\nHere's a draft for you.", TY)],
    },
    "personalization.other_company": {
        "pass": [("Dear Dana,\n\nThank you for the warehouse forecasting model walkthrough."
                  "\n\nBest regards,\nJordan Lee\nImport Customer Service Executive\nHarwich "
                  "Global Forwarding Ltd\n\nHarwich Global Forwarding Ltd. Registered in "
                  "England and Wales. This email is confidential.", N)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I hope you'll take this in the spirit intended: the format didn't "
                         "work."), TY)],
        "pass": [(letter("If you were willing to share any other feedback, I would take it in "
                         "the spirit intended."), RR)],
    },
    "correctness.spelling": {
        "pass": [letter("The Heuchera were swapped for Pachysandra terminalis on the shady "
                        "top rows."),
                 (letter("Sorry for the waffly answer on divoting."), CI)],
        "fail": [letter("I enjoyed the warehouse forecasting modle.")],
    },
}
