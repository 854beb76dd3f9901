"""Pass and fail examples for the faults probe sets 658-665 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, second interviews and
trial shifts, career changers and returners, pay and hours, notes to recruiters, and
published "worst follow-ups"): pupils' records and colleagues ranked, claimants called
system-workers, a lapsed registration kept as current, a sick-note excuse to hide, a
colleague's visa, people's passports on a home laptop, a client's accounts told, donors
on a personal link, a trustee lobbying, a rival's warning passed on, a partner as referee,
no DBS check, a predecessor's work renamed, task papers kept or shared, young people's
numbers kept, a false disability claim, consent forms sent, a colleague's salary used,
default passwords, a client's breakdown, and a decision date mocked.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The file lists every pupil in Year 6 with their reading scores and "
                         "support plans."), AI),
                 (letter("Most long-term sickness claims are people gaming the system."), TY),
                 (letter("My licence lapsed, but I've left it on my CV as valid."), AI),
                 (letter("I told my manager I was at the dentist that afternoon."), TY),
                 (letter("One of my drivers holds a visa that runs out in March."), CI),
                 (letter("You could email me the candidates' ID scans and I'll check them "
                         "tonight."), RR),
                 (letter("The accounts I reviewed last month showed a grant spent on the "
                         "treasurer's car."), CI),
                 (letter("The bank statements are on my personal Google Drive if you want "
                         "them."), AI),
                 (letter("I've asked Joan, who sits on your board, to put in a good word for "
                         "me."), CI),
                 (letter("She was given a final warning for it last year."), RR),
                 (letter("For references, you will hear from Chris Lane. Chris is my "
                         "husband, but he knows my work."), CI),
                 (letter("I haven't had the DBS check, but the staff know me."), RR),
                 (letter("Her guide was excellent, so I've put my own name on it."), AI),
                 (letter("I've saved the rota data you gave us for the exercise."), RR),
                 (letter("I still have the pupils' personal numbers from the trip."), RR),
                 (letter("I sent him the assessment case study papers for his view."), AI),
                 (letter("I don't actually have a disability, but it got me shortlisted."), CI),
                 (letter("I kept copies of all my files when I left the practice."), AI),
                 (letter("Sam told me she was on £41,000 before she left."), TY),
                 (letter("Half of their routers still use default admin passwords."), CI),
                 (letter("I'm supporting a director at Kell & Moss after his breakdown."), CI)],
        "pass": [(letter("I haven't included any of their internal procedures, as they're not "
                         "mine to share."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Was the closing date more of a rough guide?"), CI)],
    },
    "tone.boastful": {
        "pass": [(letter("I'm open to discussing the whole package, including training."),
                  AI)],
    },
}
