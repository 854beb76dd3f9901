"""Pass and fail examples for the faults probe sets 226-233 showed no check caught (a
colleague who will "confirm she supervised me", a referee who "agreed to say" what did not
happen, a record or a certificate re-dated, unsafe or unlawful shortcuts told as a strength,
others' work shown without credit, a treat offered while the panel decides, sarcasm about
the employer's speed) and the false alarms they showed (the writer's own employer named
in passing, a client's piece listed with its title, a database's bracketed names, trade
words, a career change, a course started "as soon as possible", a reply that opens by
thanking the reader by name).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Jo was a colleague rather than my line manager, but she is happy to "
                         "confirm she supervised me."), AI),
                 (letter("My referee has agreed to say that the outage was the supplier's "
                         "fault."), AI),
                 (letter("If a roll is a few days over, the supervisor just updates the date "
                         "on the freezer log."), AI),
                 (letter("I didn't bother with a tanking membrane, and I cut the tiles with no "
                         "mask or extraction."), AI),
                 (letter("We used to prop the fire exits open with a bin to finish early."),
                  TY),
                 (letter("I've left it on the reel without a credit line, as it reads "
                         "better."), AI)],
        "pass": [(letter("I always fit a tanking membrane in a wet room, even a small one."),
                  AI),
                 (letter("My referee can confirm the dates I worked there."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I left a voucher at the counter so you can have dinner on me."), CI),
                 (letter("As a thank-you, I would love to offer you two tickets for the match "
                         "in February."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I'd be grateful for an update when someone gets round to it."), CI)],
        "pass": [(letter("After fifteen years in removals I'm ready for a change, and today "
                         "made me sure this is the right one."), TY)],
    },
    "tone.pushy": {
        "pass": [(letter("The college runs the Level 5 diploma, and I'd be keen to start it as "
                         "soon as possible."), TY)],
    },
    "personalization.other_company": {
        "pass": [(letter("The paperwork is the same set I follow every day at Corran Foods."),
                  N),
                 (letter("I've checked with Castlemead Insurance, where I'm still on the phones "
                         "three days a week."), AI_N),
                 (letter("I led the finance workstream when Halden was acquired by Corvane "
                         "Industries."), N),
                 (letter('Here are my scripts:\n\n1. Maple Row Dental, "Nervous Patients" '
                         '(30 seconds)'), AI_N)],
    },
    "correctness.placeholder": {
        "pass": [(letter("I would run:\n\nSELECT TaxID FROM [dbo].[VendorMaster] GROUP BY "
                         "TaxID"), AI)],
    },
    "correctness.spelling": {
        "pass": [(letter("I ran the flexo line and the gluers, and sent my quals on the "
                         "tiering scheme."), TY)],
    },
    "correctness.greeting": {
        "pass": [("Thanks very much, Marisol, and thank you for telling me so quickly. I "
                  "learned a lot in that hour.\n\nBest,\nNiamh", RR)],
    },
}
