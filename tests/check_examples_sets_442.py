"""Pass and fail examples for the faults probe sets 442-449 showed no check caught (a random
mix, one-liners from a phone, group interviews and trial shifts, hospitality and events,
science and engineering, a hiring manager's subtle signals, care and youth work, sales and
marketing): a joke about knowing where the reader parks or shooting people who do not call
back, passes offered "as a thank you for a good interview", an employer's access code
written out, a figure "the paperwork won't show" to be used "as the real figure". With
them, the false alarms fixed: an offer "I've since been offered" elsewhere, and words of
hill farming, the stage, film sets and the potting shed. ``check_examples`` merges them
into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI_N, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.threat": {
        "fail": [(letter("Only joking, but he knows which door you use and where you park."),
                  TY),
                 (letter("Don't worry, I only shoot people who don't call back ;)"), AI)],
        "pass": [(letter("I know where the staff car park is, so I can be in early for the "
                         "briefing."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("I can sort your son a pitchside pass for the derby. Call it a thank "
                         "you for a good interview!"), AI)],
        "pass": [(letter("Thank you for the pass for the tour of the ground."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("We run the players' entrance on one override code, which is "
                         "4471."), TY),
                 (letter("It won't show in any paperwork, but please use 164% as the real "
                         "figure."), AI)],
        "pass": [(letter("Our override codes are changed every month and never written "
                         "down."), TY)],
    },
    "correctness.spelling": {
        "pass": [letter("The tups and gimmers on the heafs, the footbath by the potting "
                        "shed, and I corpsed once on the eyelines.")],
    },
    "personalization.other_company": {
        "pass": [(letter("I've since been offered a family support role at Oakfield "
                         "Children's Centre."), CI_N)],
    },
}
