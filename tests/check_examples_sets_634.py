"""Pass and fail examples for the faults probe sets 634-641 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, first-job seekers,
panel thank-yous, hiring managers' threads, trades, and replies after a rejection): a
trade-in not wiped, goods put through unchecked, an expired licence kept in use, a second
application under another name, nights worked on four hours' sleep, a stand-in at an
assessment, bills rounded up, customers' absence told to a neighbour, cash left in a
running van, a client's gifts gossiped about, guests charged more unawares, family plans
offered, customer lists kept, a certificate not yet earned, fraud settings sent, access
kept after a rejection, a CV reworded, real payment data in a demo, an altered appraisal,
an insider's figures, a client's papers read off a screen, real witness statements kept,
a borrower's accounts passed on, a golfing father's word, a missed reading filled in,
every answer rewritten for the panel, a brief sent over the reader's head, and a drink
asked for after the process.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("When it's busy I skip the factory reset on trade-ins and wipe them "
                         "later."), TY),
                 (letter("Could you put them through under my login this once?"), RR),
                 (letter("The depot never checks the expiry dates, so it has been fine."), TY),
                 (letter("I'll reapply in March under my maiden name."), RR),
                 (letter("I'm used to managing on four hours of sleep."), AI),
                 (letter("The aptitude score was mostly my brother, to be honest."), CI),
                 (letter("We rounded every fare up and kept the difference as a tip."), TY),
                 (letter("I had seen the delivery stop on the round sheet."), CI),
                 (letter("I used to leave the van running with the takings on the seat."), AI),
                 (letter("I ran the list for a famous singer once."), TY),
                 (letter("Guests don't look closely at the receipt, so they rarely notice."),
                  TY),
                 (letter("I'm not planning to have children, so there is no risk there."), CI),
                 (letter("I've kept their phone numbers, so I can pass them on."), RR),
                 (letter("I listed it because I'll have it by March."), AI),
                 (letter("I've attached the alert thresholds we currently use at my bank."), TY),
                 (letter("My access is still active, so I'll carry on testing."), RR),
                 (letter("I reworded the pilot so it now reads as a full rollout."), AI),
                 (letter("It runs on real customer data exported from our platform."), AI),
                 (letter("The original said 'good', but I've changed it to 'excellent'."), AI),
                 (letter("A friend in your finance team walked me through the figures."), CI),
                 (letter("I read the case index left open on the screen before you came in."),
                  TY),
                 (letter("I see the credit files for several of your borrowers."), TY),
                 (letter("My uncle plays golf with your chairman."), TY),
                 (letter("I missed the second reading, so I've written in the figure from "
                         "the first check."), AI)],
        "pass": [(letter("I always do a full factory reset before a device goes back on "
                         "sale."), TY),
                 (letter("My forklift licence expired last year, so I've booked a refresher "
                         "before I drive again."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("I have written out improved answers to every question you asked."),
                  AI),
                 (letter("I also sent it this morning to Councillor Ortiz for her view."), AI)],
        "pass": [(letter("I wanted to let you know as soon as possible that I've accepted "
                         "another post."), RR)],
    },
    "tone.overfamiliar": {
        "fail": [(letter("Fancy a drink sometime now I'm not a candidate anymore?"), RR)],
        "pass": [(letter("I'd declare the holding under your personal account dealing "
                         "policy."), AI)],
    },
}
