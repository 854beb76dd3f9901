"""Pass and fail examples for the faults probe sets 322-329 showed no check caught (a
relative as a manager's reference, work at height off shop counters, a brother's card, a
dive with no standby diver, a false reason for leaving, live code edited with security
off, a single rope with no back-up, logbook hours signed off, readings carried forward, a
secured site walked into, drink-driving, fake reviews, drunk guests served, a children's
club's food left out, a refugee's case file, beer for the panel, a jibe about lost papers
or an unread CV) and the false alarms fixed with them (a transcript's "[crosstalk]", a rule
of underscores above a quoted email, a referee's title before a comma and a hyphen before
an address, a customer's gift voucher, "any chance you could tell me ... before Thursday",
trade words).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The firm has closed, so my aunt has kindly agreed to act as my "
                         "line-manager reference."), AI),
                 (letter("I got it up in half the time by working off the shop counters "
                         "instead of waiting for the tower."), TY),
                 (letter("No need to worry about my card running out, as I'll just use my "
                         "brother's until mine's renewed."), AI),
                 (letter("Our standby diver had gone off to fetch a part, so rather than wait "
                         "we put me in on the hull."), AI),
                 (letter("If you contact them, would you mind noting that I left for personal "
                         "reasons?"), AI),
                 (letter("I edited the plugin files directly on the live site and switched off "
                         "Wordfence for the morning."), AI),
                 (letter("On short drops I often go down on a single rope without a back-up "
                         "rigged."), TY),
                 (letter("A mate has agreed to sign off another 400 hours in my logbook."), TY),
                 (letter("If a reading looks odd I just carry forward the previous day's "
                         "figure."), TY),
                 (letter("The gate was open for a contractor, so I walked in and had a good "
                         "look."), CI),
                 (letter("I've driven after a couple for years without any problems."), CI),
                 (letter("Staff and friends posted reviews, written as if they'd stayed with "
                         "us."), AI),
                 (letter("If a regular is clearly well gone but still polite, I'll keep "
                         "serving, because they tip well."), AI),
                 (letter("We'd leave it to cool in the hall over the afternoon and reheat it "
                         "the next day."), AI),
                 (letter("I've left the details in so you can see how thorough I am. She won't "
                         "mind."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I'll drop a case of beer round on Friday, and a bit more if it goes "
                         "my way."), TY)],
        "pass": [(letter("If they had a gift voucher close to expiry, I'd check with you "
                         "before promising anything."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Attached is my medical. Happy to help if anything else has gone "
                         "missing."), AI),
                 (letter("I hope that next time Declan will have had a chance to read my CV "
                         "beforehand."), TY)],
    },
    "correctness.placeholder": {
        "pass": [(letter("I kept the tags: \"I think [crosstalk 00:14:32] we should [inaudible] "
                         "wait\"."), AI),
                 (letter("Thank you for letting me know.\n\n________________________________\n"
                         "From: Dana Whitfield\nSent: 3 May 2026"), N)],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "pass": [(letter("1. Sarah Whitmore, Ward Manager, Queen Eleanor Hospital - "
                         "sarah.whitmore@nhs.example, 01632 960441."), N),
                 (letter("2. Dr Lena Vogt, Process Biologist, Fermenta Consulting (advises our "
                         "plant weekly)."), N)],
        "fail": [(letter("I've been a fan of Blackhaven Distillery for years."), N)],
    },
    "tone.reproach": {
        "pass": [(letter("They've asked for my answer by Thursday. Is there any chance you "
                         "could tell me where I stand before Thursday?"), CI)],
    },
    "correctness.spelling": {
        "pass": [letter("I drove the resurfacer, precharged the accumulators and filled the "
                        "bowser.")],
    },
}
