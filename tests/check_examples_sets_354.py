"""Pass and fail examples for the faults probe sets 354-361 showed no check caught (a saw
guard taken off, references primed or trimmed, another finalist's pay asked after, a
checklist signed for two, a client's takeover told as discretion, original varnish
stripped, dust worked without a mask and a harness skipped, flying hours rounded up,
continuity records written from memory, gifts and free services before the decision, a
note to self in brackets, a plain name where the employer goes) and the false alarms fixed
with them (a fire service's ranks in a greeting, a referee's employer before "– my line
manager", workshop, port and laboratory words).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("We take the guard off when ripping thin strips, and I work without "
                         "push sticks."), AI),
                 (letter("He'll send it from his work email so it looks official."), AI),
                 (letter("I've asked a friend to act as my manager for the reference."), AI),
                 (letter("He agreed to leave my sickness absence off the reference."), CI),
                 (letter("He's happy to say I ran their beginners' classes for a year."), AI),
                 (letter("Could you tell me whether the other candidate is still in the "
                         "running?"), CI),
                 (letter("I went on bypass on my own, then signed the checklist for both of "
                         "us afterwards."), TY),
                 (letter("I drove him to those meetings weeks before anyone knew about the "
                         "deal."), TY),
                 (letter("I stripped the back and revarnished it; most people can't tell it "
                         "isn't original."), AI),
                 (letter("I mix glazes without a mask and dry sweep the floor at the end of "
                         "the day."), TY),
                 (letter("I rounded up on the CV, so it's simplest to use the CV figure."), AI),
                 (letter("I log exhibit movements at the end of the week, working from "
                         "memory."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I'd like to send each of you a hamper from our new cheese range."),
                  TY),
                 (letter("I'd love to do her makeup for free, as a thank-you for considering "
                         "me."), CI)],
    },
    "correctness.placeholder": {
        "fail": [(letter("(mention the Cpk thing again here. DON'T bring up the layoffs)"),
                  TY),
                 (letter("NB to self: do NOT give Graham's number."), AI)],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "fail": [(letter("I think I would fit in really well at Jungle Jacks."), N)],
        "pass": [(letter("2. Mr David Osei, University Secretary, Castlebridge University – my "
                         "line manager from 2018 to 2023"), AI_N)],
    },
    "correctness.spelling": {
        "pass": [letter("I checked the coiler, rehaired two bows, planned a restow and left "
                        "the panel in situ.")],
    },
    "personalization.greeting_name": {
        "pass": [("Dear Station Manager Whitfield,\n\nThank you for the interview for the "
                  "Operations Analyst role yesterday.\n\nKind regards,\nSam", N)],
    },
}
