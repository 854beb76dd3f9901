"""Pass and fail examples for the faults probe sets 194-201 showed no check caught (co-authors'
names taken off a paper, the next stage's case asked for "and I wouldn't mention that
you'd told me", a supervisor's testing signed off by the writer, a former firm's staff
"coasting" and a platform "a shambles", a referee who "ran it into the ground", terms
declared firm, unasked-for work "none of this was part of the process", and set 27's
nonprofit kept as a fallback "if that doesn't come through") and the false alarms they
showed ("a single urgent study", "I remember you said you'd aim to decide", "a sample 8D
report").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The report was written with two colleagues, but I've taken their names "
                         "off this copy so you can judge it as mine."), AI),
                 (letter("Is the case study the same one used for last year's intake? I "
                         "wouldn't mention that you'd told me."), AI),
                 (letter("My manager often had me sign off her testing when she left early."),
                  TY)],
        "pass": [(letter("The report was written with two colleagues; their names are on the "
                         "cover, and my sections are marked."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("At my last firm the partners couldn't be bothered training anyone, "
                         "and half the senior staff were coasting."), TY),
                 (letter("Honestly, the agency was a complete shambles."), TY),
                 (letter("My old manager ran the shop into the ground and took credit for the "
                         "menu I wrote."), AI)],
        "pass": [(letter("My last firm was small, so I learnt to train new starters myself."),
                  TY)],
    },
    "tone.pushy": {
        "fail": [(letter("My rate would be 50 an hour with 30 hours guaranteed, and those terms "
                         "are firm."), AI)],
    },
    "tone.overeager": {
        "fail": [(letter("I know none of this was part of the process, but I've redrawn your "
                         "rota and rewritten your macros."), AI)],
    },
    "tone.desperate": {
        "fail": [(letter("My first choice is a bank role, but if that doesn't come through this "
                         "would be a good way to get some charity experience on my CV."), AI)],
        "pass": [(letter("If the 5th doesn't suit, I can come in on the 6th instead."), AI)],
    },
    "tone.reproach": {
        "pass": [(letter("I remember you said you'd aim to decide by the 24th, and I'm only "
                         "asking because my notice period is two weeks."), CI)],
    },
    "tone.emoji": {
        "pass": [(letter("I have attached a sample 8D report from my course, with the root "
                         "cause and containment steps."), AI)],
        "fail": [(letter("Can't wait to hear back 8D"), CI)],
    },
}
