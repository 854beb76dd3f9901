"""Pass and fail examples for the faults probe sets 474-481 showed no check caught (a random
mix, templates and writing assistants, legal and HR, American service jobs, older
applicants, sport and outdoor instructors, control rooms, technology with links and code):
a placeholder longer than sixty characters, patients asked to follow the writer to a new
practice, a van "only insured for him", an expired certificate "effectively valid", an
interview recorded, export-controlled code sent, a director copied in from an address
found online, unasked-for work the team should "set aside an afternoon" for, and a writing
assistant's stock claims. With them, the false alarms fixed: another employer's deadline
for its offer, a lesson plan laid out with two spaces, and "algo" and "millis".
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

OTHER_OFFER = ("Hallam's have offered me a part-time counter job starting in December and "
               "want an answer by Friday. Yours is the one I'd rather have.")
SKIPPER = ("I've been offered a yacht delivery leaving on 5 December. I haven't accepted it, "
           "but I need to give the skipper an answer by Monday.")
# the same offer, with the deadline put to the reader
PRESSED = ("Hallam's have offered me a counter job, so I need your answer by Friday.")

MORE: dict[str, dict[str, list[Example]]] = {
    "correctness.placeholder": {
        "fail": [(letter("I'm especially proud of [SPECIFIC ACCOMPLISHMENT - e.g. a time you "
                         "went above and beyond], which shows my work ethic."), AI)],
    },
    "tone.confidential": {
        "fail": [(letter("I'd be grateful if you could pass my details to any patients on "
                         "your waiting list; 20% off first sessions to anyone who mentions "
                         "Larchfield."), RR),
                 (letter("I'll use his van. It's only insured for him, but it's never been a "
                         "problem."), AI),
                 (letter("The expiry date says August, but it's effectively valid until "
                         "February. I've updated the date on my CV to reflect this."), AI),
                 (letter("I record all my interviews on my phone, and on the recording you "
                         "said the drill took 14 minutes."), AI),
                 (letter("It's export-controlled, so I've zipped it with a password."), TY),
                 (letter("I have also copied in the HSE Director, whose email address I "
                         "found online."), AI)],
        "pass": [(letter("My first aid certificate runs to August 2027; the van I'll use is "
                         "insured in my name."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("I'd suggest setting aside an afternoon for the team to go through "
                         "it. I'm also happy to license it to you."), AI),
                 (letter(PRESSED), CI)],
        "pass": [(letter(OTHER_OFFER), CI), (letter(SKIPPER), CI)],
    },
    "tone.reproach": {
        "pass": [(letter(OTHER_OFFER), CI), (letter(SKIPPER), CI)],
    },
    "tone.boastful": {
        "fail": [(letter("I am uniquely positioned to bring my unique blend of skills and a "
                         "proven track record of leveraging cutting-edge tools."), TY)],
        "pass": [(letter("I logged eleven wells in the Central North Sea, mostly HPHT."), TY)],
    },
    "correctness.spacing": {
        "pass": [(letter("Here is the outline:\n\n7.00  Welcome and a first hand.\n7.25  "
                         "Tricks and trumps.\n8.00  Tea.\n8.15  Counting points."), AI)],
    },
    "correctness.spelling": {
        "pass": [letter("The algo flagged layering, and the sensor reads millis from the "
                        "backtester.")],
    },
}
