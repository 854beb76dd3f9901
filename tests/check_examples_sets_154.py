"""Pass and fail examples for the faults probe sets 154-161 showed no check caught (patients
lectured about their choices, a newly qualified writer asking to be counted as experienced,
a client's unannounced redemption, transactions split to dodge the checks, an employer
held to its own service standards, the person hired outdone by a public stunt) and the
false alarms they showed (another employer's deadline for an answer, a negation before
"from my current employer"). ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.badmouthing": {
        "fail": [(letter("If a young person is back for the fourth time, a quiet word at the "
                         "desk about looking after themselves better might be the thing that "
                         "finally gets through to them."), TY)],
        "pass": [(letter("I would always have a quiet word with a colleague before a busy "
                         "clinic about how the walk-in queue is going."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("It would be fairer to think of me as experienced rather than newly "
                         "qualified, and I'd be grateful if the panel could bear that in mind "
                         "when comparing candidates."), AI),
                 (letter("The fund is working through a redemption that hasn't been announced "
                         "to the wider market yet."), TY),
                 (letter("When a customer wanted to change $15,000, we would split it into "
                         "several smaller transactions so the paperwork stayed light."), TY)],
        "pass": [(letter("I've attached a blank version of the checklist, with no details "
                         "from my current employer in it."), AI),
                 (letter("My exam results have not been released yet; I will send them as "
                         "soon as they are."), AI)],
    },
    "tone.reproach": {
        "fail": [(letter("The Council commits to answering correspondence within five working "
                         "days, and I would have expected the same standard to apply to job "
                         "applicants."), CI),
                 (letter("Please send a full update, the number of candidates still under "
                         "consideration, and a firm date by which I will hear."), CI)],
    },
    "tone.comparing": {
        "fail": [(letter("By the end of the month I expect I'll have raised more than your new "
                         "coordinator."), RR)],
    },
    "tone.pushy": {
        "fail": [(letter("Starting Monday I'll be reading aloud outside your office every "
                         "lunchtime, livestreaming it with the hashtag #HireMeOpenShelf."), RR),
                 (letter("Please let me know by the end of the week whether I have the job."),
                  CI)],
        "pass": [(letter("Another studio has offered me a contract and would like an answer by "
                         "11 December; you remain my first choice."), CI),
                 (letter("I have started an SQL course and expect to be writing my own cohort "
                         "queries by the end of the month."), TY)],
    },
}
