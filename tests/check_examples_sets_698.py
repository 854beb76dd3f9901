"""Pass and fail examples for the faults probe sets 698-705 showed no check caught
(hospitality jobs, returners after a long break, follow-ups after an interview that went
badly, messages typed on a phone, seasonal work, board-level letters, and two sets whose
bad drafts each hold one lapse stated in passing): a neighbour's markdown plans passed on,
complaints closed early, probation terms, work kept off the clock, deposits protected
late, terms on a role offered, email while driving, a car, a sign-off or a grade as a
condition, a price list sent, a former employer's system still used, one password on
every laptop, a security check removed, a portal scanned, a lab used after the test, a
client's report or drawings sent, bug bounties on the firm's clients, evidence recreated,
a test run skipped, data filled with averages, a confidential report sent, a suitability
check skipped, results adjusted under a threshold, damaged stock booked as returns, a
manager blamed, a dig at the person hired, an unrequested audit, a reflective essay and
the outcome presumed. The passes are the near-misses the same sets held.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Harlow & Pike confirmed they're taking all outerwear to 60% off "
                         "from 2 November."), RR),
                 (letter("Our team marks a case resolved when the letter goes out rather "
                         "than waiting for the customer to accept."), AI),
                 (letter("I'd want to agree up front that handle time is not counted "
                         "towards my probation."), TY),
                 (letter("I do the notes after going back to available rather than in "
                         "wrap-up; they just don't land on the clock."), AI),
                 (letter("The 30-day window is the rule, but I've let the odd one run a "
                         "week over."), TY),
                 (letter("I would be, on the basis that it comes with the manager salary."),
                  RR),
                 (letter("I'll often clear my inbox at the lights on the M6."), TY),
                 (letter("I wouldn't be able to take the role on otherwise."), CI),
                 (letter("I've attached our current trade price list and discount bands."),
                  AI),
                 (letter("My admin account on their tenant was never switched off, so I've "
                         "kept logging in."), TY),
                 (letter("We gave the admin account the same password on every laptop."), CI),
                 (letter("The biggest saving was taking out the step that checks the "
                         "recovery key."), AI),
                 (letter("While I waited I ran a light directory scan against it."), TY),
                 (letter("I've taken their logo off, but it is the report exactly as "
                         "delivered."), CI),
                 (letter("I'd need to keep bug hunting, including on public programmes run "
                         "by companies that are also your clients."), RR),
                 (letter("I've recreated those from my notes using a local copy of a "
                         "similar app."), AI),
                 (letter("We usually only do the one run rather than the two in the test "
                         "spec."), TY),
                 (letter("We filled the gap with the fleet average for that month."), TY),
                 (letter("It's not published and it's marked commercial in confidence, but "
                         "here it is."), RR),
                 (letter("I'd start the sample sequence before the system suitability "
                         "injections finished."), TY),
                 (letter("I'm good at adjusting the baseline manually until it comes out "
                         "just under the threshold."), TY),
                 (letter("We put scuffed stock through as a supplier return rather than a "
                         "write-off."), CI)],
        "pass": [(letter("my dob is 14/03/1990 if you need it for the check"), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Our team leader is new and frankly hasn't got a grip on the "
                         "queues."), RR)],
    },
    "tone.hostile": {
        "fail": [(letter("No worries. Hope the new supervisor knows how to shake a sour."),
                  RR)],
    },
    "tone.overeager": {
        "fail": [(letter("I put together an audit of your last three months of listings."),
                  AI),
                 (letter("I have written this using Gibbs' reflective cycle, with my 86-page "
                         "portfolio."), AI),
                 (letter("I trust that will become clear to the panel too."), TY)],
    },
    "tone.arguing": {
        "pass": [(letter("I've accepted another post, so this isn't a request to reconsider, "
                         "but I'd value feedback."), RR)],
    },
    "tone.pushy": {
        "pass": [(letter("I have another offer and have been asked to give an answer by "
                         "Friday."), CI)],
    },
    "correctness.placeholder": {
        "pass": [(letter("Days 61 to 90: aim for £70k of new business."), AI)],
    },
    "correctness.spelling": {
        "pass": [(letter("I checked for underbake and seal faults by eye."), TY)],
    },
}
