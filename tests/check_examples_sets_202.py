"""Pass and fail examples for the faults probe sets 202-209 showed no check caught (a
reference call steered away from what the candidate overstated, the practical's sample
and other candidates' results asked for, participants' consent forms sent "in confidence",
a live child-protection case the reader "may even come across", a question said to have
"felt like a test") and the false alarms they showed (a candidate correcting their own
answer, "that isn't quite accurate: I ...", and their own haste, "the course as soon as
possible").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("When you ring my referee, could you keep your questions to my general "
                         "performance rather than who signs the files off?"), AI),
                 (letter("If the results of previous candidates are available, that would help "
                         "me prepare for the practical."), AI),
                 (letter("The patients' names and dates of birth are on the forms, but I know "
                         "you will treat them in confidence."), AI),
                 (letter("The family is still open to our team, so you may even come across "
                         "them."), TY)],
        "pass": [(letter("Could you tell me roughly how long the practical will take, so I can "
                         "arrange cover?"), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("The question about weekend cover felt like a test of commitment, and "
                         "I would have answered differently had it been put more directly."),
                  TY)],
    },
    "tone.badmouthing": {
        "pass": [(letter("I told you I had driven the tug, but that isn't quite accurate: I rode "
                         "along and assisted the driver."), AI)],
    },
    "tone.pushy": {
        "pass": [(letter("I am ready to do the course as soon as possible, and I can start "
                         "whenever suits you."), TY)],
        "fail": [(letter("Please let me know your decision as soon as possible."), CI)],
    },
}
