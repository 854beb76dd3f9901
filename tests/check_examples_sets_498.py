"""Pass and fail examples for the faults probe sets 498-505 showed no check caught (a random
mix, very short notes, writers from South and East Asia and the Middle East, museums and
the stage, public services, engineering trades, kind and informal replies, kitchens):
the interview's task likened to asking a chef to prove they can boil an egg, a safety
course "not necessary in my case", the person hired's record set against the writer's,
"the courtesy of an answer", sarcasm about who was hired, an eye-roll, and a current
employer's quote sent "for next time you're bidding against us". With them, the false
alarms fixed: "Maestra" before a name, a Vietnamese greeting and closing, closings in
other languages, "toi toi toi", "while I'm at it" before a correction, and words of the
orchestra and the kitchen. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.passive_aggressive": {
        "fail": [(letter("After fourteen years, it felt rather like asking a chef to prove they "
                         "can boil an egg."), TY)],
        "pass": [(letter("The scaling task was harder than it looks, and I enjoyed it."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("I've painted from towers my whole career, so I'd question whether a "
                         "course is really necessary in my case."), TY),
                 (letter("I've attached the quote we sent them. Might be handy next time "
                         "you're bidding against us."), AI)],
        "pass": [(letter("I'd be glad to do the IPAF course before the first wall."), TY)],
    },
    "tone.comparing": {
        "fail": [(letter("I would just gently note, for your future reference, that her "
                         "portfolio is mostly digital, whereas I've painted six walls."), RR)],
        "pass": [(letter("I'd gently note that I'm free from March, if another wall comes "
                         "up."), RR)],
    },
    "tone.reproach": {
        "fail": [(letter("I turned down work to keep this week free, so I'd appreciate the "
                         "courtesy of an answer."), CI),
                 (letter("I'm copying in Tom and Priya as I've had no reply to my last two "
                         "emails."), CI)],
    },
    "tone.hostile": {
        "fail": [(letter("Congratulations on finding somebody who plays Wagner better than "
                         "they play Mozart."), RR),
                 (letter("I'm sure your niece will be brilliant in the role 🙄"), RR)],
        "pass": [(letter("Congratulations to whoever got it; I hope the season goes well."),
                  RR)],
    },
    "tone.boastful": {
        "pass": [(letter("One correction while I'm at it: I left in May 2025, not March."),
                  AI)],
    },
    "correctness.repeated_word": {
        "pass": [(letter("Toi toi toi for the opening night."), RR)],
        "fail": [letter("I enjoyed the the tour of the pit.")],
    },
    "correctness.spelling": {
        "pass": [letter("I'd love to start a lacto batch and try the jang with panela."),
                 letter("I covered the timps for the second half.")],
    },
    "correctness.greeting": {
        "pass": [("Kính gửi chị Hân,\n\nThank you again for the tour of the barrel house."
                  "\n\nTrân trọng,\nMinh", N)],
    },
    "correctness.signoff": {
        "pass": [("Dear Dana,\n\nThank you for the warehouse forecasting model walkthrough."
                  "\n\nUn saludo muy cordial,\nPilar", N),
                 ("Dear Dana,\n\nThank you for the warehouse forecasting model walkthrough."
                  "\n\nCordialement,\nCamille", N)],
    },
    "personalization.greeting_name": {
        "pass": [("Dear Maestra Whitfield,\n\nThank you for the warehouse forecasting model "
                  "walkthrough.\n\nBest regards,\nJordan", N)],
    },
}
