"""Pass and fail examples for the faults probe sets 650-657 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, very short messages,
replies to rejections and offers, formal international English, gifts and familiarity, and
templates): a rival's pricing seen, an appointee's visa doubted, training listed as done,
posing as a customer, parental leave held against the appointee, real records with
people's names, a relative's health repeated, work done before sign-off, a phone used
while driving, logs filled in for missed checks, gossip "just between us", a certificate
claimed early, a supplier's floor price, safety interlocks bypassed, assessment papers
kept, an old school tie, a refusal passed off as an offer declined, an employer's internal
pricing, the panel's priorities mocked, partners contacted before a hire, and a chaser's
promised call. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've seen the tender submission they are sending next week."), CI),
                 (letter("International applicants usually run into delays with "
                         "sponsorship, so do keep me in mind."), RR),
                 (letter("If the appointee's right to work doesn't come through, I could "
                         "start at once."), RR),
                 (letter("I've put it on my CV as passed, though the exam is in March."), AI),
                 (letter("Last week I went in posing as a prospective customer to see the "
                         "service."), CI),
                 (letter("With him only just back from paternity leave, the rota may be "
                         "hard for him."), RR),
                 (letter("These do include the tenants' names and phone numbers."), AI),
                 (letter("A neighbour told me about his wife's diagnosis over the fence."), CI),
                 (letter("My training hasn't been signed off, but I've done the injections "
                         "for months."), RR),
                 (letter("I answer client emails on my phone while driving."), TY),
                 (letter("I've been completing the fridge temperature logs for the days the "
                         "team missed."), CI),
                 (letter("Just between us, their boiler failed its last inspection."), TY),
                 (letter("Please put me down as fully qualified already."), RR),
                 (letter("Their supplier was willing to come down to a much lower rate."), AI),
                 (letter("We always ran the tests with the interlocks bypassed to save "
                         "time."), TY),
                 (letter("I've kept the case study papers from the assessment to revise "
                         "from."), RR),
                 (letter("If it's a tie, I hope a fellow Rotarian gets the nod."), TY),
                 (letter("It reads better than a rejection, so I'll say I declined."), RR),
                 (letter("I've attached an extract of Harbour's internal pricing model."), AI)],
        "pass": [(letter("I've removed the patients' names, so the log shows only the layout "
                         "and the dates."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Shame the board seemed more interested in budgets than people."),
                  TY)],
    },
    "tone.overeager": {
        "fail": [(letter("I've already emailed your main suppliers to arrange site visits."),
                  AI)],
    },
    "tone.pushy": {
        "fail": [(letter("I'll give you a call this afternoon as well, just in case."), CI)],
        "pass": [(letter("I enjoyed hearing how your critics book under a false name and pay "
                         "their own bill."), TY)],
    },
    "tone.slang": {
        "pass": [(letter("I finished IMO Model Course 6.09 in October."), AI)],
    },
}
