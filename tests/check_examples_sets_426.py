"""Pass and fail examples for the faults probe sets 426-433 showed no check caught (a random
mix, the worst follow-ups a recruiter received, first jobs, the public sector, check-ins
only, thank-yous only, senior roles, South Asian, West African and Filipino business
English): a relative's seat on a funding panel offered, a volunteer role given up after a
no, work sent "strictly speaking" under an NDA, an interview recorded and quoted back, an
employer run down, "how they treat people" spread about, the employer talked down to, a
deadline by close of business, a date "passed without a word". With them, the false alarms
fixed: names alone as a greeting ("Gary, Lisa -"), "Assalam-o-Alaikum", "Reverend" before
a name, a table laid out with spaces, "up to your eyes", "looks like the only option",
"the person who keeps track", a client list promised not to be brought, an employer
named after "as CEO of" or in "a recording of me playing at", "thermo-" and trade words.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.gift": {
        "fail": [(letter("My mother sits on the grants panel, and I could get you ten minutes "
                         "with her before the deadline."), AI)],
        "pass": [(letter("My mother worked in grants for years, which is how I learnt to "
                         "write a budget."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Under the circumstances I think it's best that I step back from "
                         "volunteering with the group."), RR),
                 (letter("If so, I'd expect you would want to put it right promptly."), CI)],
        "pass": [(letter("I'd be glad to keep volunteering with the group, whatever the "
                         "outcome."), RR)],
    },
    "tone.confidential": {
        "fail": [(letter("Strictly speaking these are under my employer's NDA, but they are "
                         "my best work."), AI),
                 (letter("I always record interviews on my phone, and listening back to ours "
                         "helped."), TY)],
        "pass": [(letter("I haven't included the client work, as it is covered by an NDA."),
                  AI),
                 (letter("I will not bring any client list or data from my present "
                         "employer."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Honestly, the management there is a shambles."), TY),
                 (letter("The yard manager hasn't a clue what he is doing."), TY)],
        "pass": [(letter("The management there taught me a great deal about planning."), TY)],
    },
    "tone.threat": {
        "fail": [(letter("I will make sure people hear how Wendmoor Capital treats "
                         "candidates."), RR)],
        "pass": [(letter("I was struck by how your team treats its volunteers."), TY)],
    },
    "tone.boastful": {
        "fail": [(letter("I'm comfortable stepping down a level for the right role."), TY),
                 (letter("I hope my explanation of zero trust wasn't too technical."), TY)],
        "pass": [(letter("I am used to being the person who keeps the minutes in order."),
                  TY)],
    },
    "tone.pushy": {
        "fail": [(letter("I'd appreciate an update by close of business tomorrow."), CI)],
    },
    "tone.reproach": {
        "fail": [(letter("The date you gave has now passed without a word."), CI)],
    },
    "tone.overfamiliar": {
        "pass": [(letter("I know you'll be up to your eyes with Christmas orders."), CI)],
    },
    "tone.desperate": {
        "pass": [(letter("The aim is never to reach the point where paying looks like the "
                         "only option."), AI)],
    },
    "correctness.greeting": {
        "pass": ["Gary, Lisa \u2013\n\nThanks for this morning and the tour of the yard.\n\n"
                 "Cheers,\nLee",
                 "Declan, Marnie\n\nThanks for the time on the rig today.\n\nBest,\nSean",
                 "Assalam-o-Alaikum Respected Sir Tariq,\n\nThank you for the interview.\n\n"
                 "Regards,\nImran"],
    },
    "correctness.spacing": {
        "pass": [(letter("Results:\n\nWick     Load   Melt pool\nCD-8     8%     3h 10m\n"
                         "CD-10    10%    2h 20m"), AI)],
    },
    "correctness.spelling": {
        "pass": [letter("The probit model and the cryo step both helped, and the "
                        "thermo-bonding line too.")],
    },
    "personalization.greeting_name": {
        "pass": [("Dear Reverend Whitfield,\n\nThank you for the interview.\n\nBest regards,\n"
                  "Jordan", N)],
    },
    "personalization.other_company": {
        "pass": [(letter("What I did as CEO of Harlow Fluid Systems taught me to start on "
                         "the shop floor."), N),
                 (letter("Here is a recording of me playing for a class at Westmoor Dance "
                         "Studios last month."), AI_N)],
    },
}
