"""Pass and fail examples for the faults probe sets 466-473 showed no check caught (a random
mix, hiring managers' "why I said no", video and recorded interviews, food and farming,
fundraising, disclosures of health and caring, pay and start dates, seasonal work):
availability promised at interview taken back ("you'll be able to cover ... between
you"), a safety shortcut "done hundreds of times", "an HR type", a test's questions
screenshotted and answered later, terms set for how a test is marked, and "I would remind
you that" with a complaint to come. With them, the false alarms fixed: "I'm not asking
you to reconsider this time, but", another employer's "they'd like an answer by",
"Maestro" before a name, and words of the dim sum kitchen, the winery and the mine.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.boastful": {
        "fail": [(letter("We run a stall every weekend and can't really back out now. I'm sure "
                         "you'll be able to cover the Santa Specials between you."), TY),
                 (letter("I know we talked about that stretch in the interview, but I'm "
                         "confident it won't be a problem."), CI)],
        "pass": [(letter("As we talked about in the interview, I can cover every December "
                         "weekend."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("The old hands let the glass drop right out of sight on the climb; "
                         "I've done it hundreds of times and never had a problem."), TY),
                 (letter("I'd taken screenshots of the questions as I went along, so I could "
                         "add these to my score."), AI)],
        "pass": [(letter("The test stopped at question 31 when the power went; could I "
                         "resit the rest?"), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Good to talk to someone who actually knows engines rather than an "
                         "HR type."), TY)],
    },
    "tone.reproach": {
        "fail": [(letter("Please confirm the frozen minutes are excluded from my accuracy "
                         "score. I'd appreciate written confirmation of which option you'll "
                         "be taking."), AI)],
    },
    "tone.pushy": {
        "pass": [(letter("I've been offered a place at a shellfish processor, and they'd like "
                         "an answer by the end of next week."), CI)],
    },
    "tone.threat": {
        "fail": [(letter("I would remind you that delays may be taken into account should I "
                         "have cause to complain. I expect a written outcome within 48 "
                         "hours."), CI)],
        "pass": [(letter("I expect a decision on my registration within the coming weeks."),
                  AI)],
    },
    "tone.arguing": {
        "pass": [(letter("I'm not asking you to reconsider this time, but I'd be grateful if "
                         "you could keep my details for the summer festivals."), RR)],
    },
    "correctness.spelling": {
        "pass": [letter("Siu mai and cheung fun on the morning shift, the tirage in the "
                        "cellar, the nightshift on the jumbo, and the unvested options.")],
    },
}
