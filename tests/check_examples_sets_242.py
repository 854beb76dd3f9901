"""Pass and fail examples for the faults probe sets 242-249 showed no check caught (a
month's work offered for free, an employer's customers offered to the new one, a jibe that
opens "I hope whoever you picked", a referee who will say a post was the writer's, checks
signed off unseen, food past its use-by, records bent, colleagues shut out) and the false
alarms they showed (a referee's employer before a dash and a phone number, an ad
platform's bidding strategy, words of kitchens and code).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.desperate": {
        "fail": [(letter("I would be happy to work the first month for free so you can see "
                         "what I can do."), CI)],
        "pass": [(letter("I would be happy to do a paid trial shift if that helps."), CI)],
    },
    "tone.confidential": {
        "fail": [(letter("I've attached a spreadsheet of the business customers I look after, "
                         "and most of them would move with me."), AI),
                 (letter("My old supervisor has agreed to say it was me who ran the scheme."),
                  AI),
                 (letter("I agreed to sign off the fire-stopping in the plant room from the "
                         "contractor's photos."), TY),
                 (letter("The crab goes on a couple of days past its use-by if it smells "
                         "right."), TY),
                 (letter("The drivers just pull the card for the last leg."), AI)],
        "pass": [(letter("I always check the use-by dates at the start of every shift."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Thanks for letting me know. I hope whoever you picked can forecast "
                         "better than your timeline did."), RR)],
        "pass": [(letter("Thanks for letting me know. I wish the team every success this "
                         "season."), RR)],
    },
    "personalization.other_company": {
        "pass": [(letter("My second referee: Joanne Mistry, Senior Clerk of Works, Pennine "
                         "Housing Trust – 0113 496 0418."), AI_N),
                 (letter("I said I'd move them to Target CPA; Target ROAS suits them better."),
                  N)],
    },
    "correctness.spelling": {
        "pass": [(letter("I started as a commis, kept the bain-marie topped up, baked pain au "
                         "chocolat and wrote the readme."), TY)],
    },
}
