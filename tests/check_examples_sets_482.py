"""Pass and fail examples for the faults probe sets 482-489 showed no check caught (a random
mix, feedback asked after a no, healthcare support, creative freelancers, notes written
under strain, manufacturing leaders, school jobs, mass applications): a taster session
turned into "partially type-rated after all", and a writing assistant's own words left
after the letter (a fault set 475 showed, caught only with a sign-off added). With them,
the false alarms fixed: "your busy month", thanks for replying "when you said you would",
a first aid card's body in brackets, a campaign's target before a sum, and "massa".
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI_N, RR, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Please swap this version in for the one the panel has, and let Rhodri "
                         "know I'm partially type-rated after all."), AI)],
        "pass": [(letter("I did a two-hour taster session in 2019; I know that is not "
                         "experience, but it is why I applied."), AI)],
    },
    "correctness.placeholder": {
        "fail": [(letter("I hope our paths cross again.\n\n---\n\nThis version keeps things "
                         "gracious and brief. Would you like me to:\n1. Make it warmer?"), RR)],
        "pass": [(letter("Would you like me to bring the samples on Monday?"), AI)],
    },
    "correctness.confused_words": {
        "pass": [(letter("No obligation at all; I know December is your busy month."), RR)],
        "fail": [(letter("I know your busy, so no rush."), RR)],
    },
    "tone.reproach": {
        "pass": [(letter("Thank you for letting me know, and for getting back to me when you "
                         "said you would."), RR)],
        "fail": [(letter("The least you could do is reply when you said you would."), CI_N)],
    },
    "personalization.other_company": {
        "pass": [(letter("Credentials:\n- BLS (American Heart Association), expires 03/2028"),
                  CI_N),
                 (letter("In brief:\n- Target £38,000 over 30 days; raised £21,450 from 412 "
                         "backers."), CI_N)],
    },
    "correctness.spelling": {
        "pass": [letter("The massa rests for an hour before it goes through the rollers.")],
    },
}
