"""Pass and fail examples for the faults probe sets 530-537 showed no check caught (two random
mixes, senior clinicians, regulated laboratories, agencies, cybersecurity and IT support,
accountancy trainees, esports and streaming): an investigation into the person appointed
passed on, a prescriber "in all but name", patients steered to the writer's private
practice, an incident report attached, beer and match tickets left for the panel, GMP
records falsified as pragmatism, another sponsor's unreported adverse events, a client
confidence to be passed to a rival, and a shared login written out. With them, the false
alarms fixed: "Mr" beside an interviewer called Mir, a decision "difficult to reconcile
with" a list the writer accepts, and "reposting", "prefilled" and "expensing".
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("You may not be aware that she was the subject of a medication "
                         "incident investigation."), RR),
                 (letter("I am effectively a non-medical prescriber in all but name."), AI),
                 (letter("Many patients could pay privately for treatment that the service "
                         "cannot offer, and I could refer them to Elmgate, where I would see "
                         "them myself."), CI),
                 (letter("I attach the Datix report and the root cause analysis."), AI),
                 (letter("We would record the scheduled time on the pull log rather than the "
                         "actual time."), AI),
                 (letter("I'd have them sign and date it as of the day, which avoids a "
                         "late-entry annotation."), AI),
                 (letter("Two of his patients had serious adverse events that weren't reported "
                         "to us, and the sponsor nearly closed the site."), RR),
                 (letter("I'll be passing that on to our new business lead this week."), RR),
                 (letter("The user is reception.shared and the password is Surgery2026!"), AI)],
        "pass": [(letter("The film has been broadcast, so it's fine to share; the password is "
                         "just the production company's preference."), AI),
                 (letter("My showreel is at the link below; the password is touchline26."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I've dropped a case of Peroni and two tickets for Saturday's match off "
                         "at the site cabin."), TY)],
        "pass": [(letter("I've dropped a copy of my lifting certificates off at the site "
                         "cabin."), TY)],
    },
    "tone.arguing": {
        "pass": [(letter("I understand that Friday-only availability was difficult to "
                         "reconcile with a growing list."), RR)],
        "fail": [(letter("I find your decision difficult to reconcile with my results."), RR)],
    },
    "correctness.spelling": {
        "pass": [letter("Usage rights: 60 days of organic reposting, in prefilled syringes, "
                        "with full expensing.")],
    },
}
