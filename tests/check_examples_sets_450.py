"""Pass and fail examples for the faults probe sets 450-457 showed no check caught (a random
mix, allied health, apprentices and interns, remote and international hiring, final-round
panels, asking again after a no, trades from a phone, government and heritage): a reference
steered away from HR "rather than" the records, a CV that "reflects where I'll be", a board
member's good word passed on, a lead called "a total amateur", the employer's leadership
and its cuts run down, a complaint that the process "is not what I would expect of a
public body". With them, the false alarms fixed: "I'm not asking you to change your mind"
said and meant, a deadline for "another offer to answer by Friday", a department or a tour
taken for a company, a course provider's name five words before "course", sounds written
in phonetic letters, and words of the clinic, the site and the studio. ``check_examples``
merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, CI_N, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("It would be best to take my reference from Clive, who chaired the "
                         "Friends group, rather than from the Abbey's HR office."), AI),
                 (letter("I thought it would be better for your shortlisting if the CV "
                         "reflected where I'll be rather than where I am today."), AI),
                 (letter("As you'll know, he sits on the Commission's board, and he "
                         "remembered my work with great fondness."), CI)],
        "pass": [(letter("My reference will come from the Abbey's HR office, which holds "
                         "the records of my time there."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Our lead is a total amateur, and I'd love to join a studio that "
                         "actually knows what it's doing."), CI),
                 (letter("I know first-hand how little the current administration values "
                         "the service."), CI)],
        "pass": [(letter("I joined as a total beginner and learned the capture volume from "
                         "our lead."), CI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("No travel expenses for a four-hour round trip is not what I would "
                         "expect of a public body."), TY)],
        "pass": [(letter("The written exercise was not what I expected, and I enjoyed it."),
                  TY)],
    },
    "tone.arguing": {
        "fail": [(letter("I'm not asking you to change your mind, but I do think it's worth "
                         "you knowing."), RR),
                 (letter("I'm not asking you to change your mind. I just wanted you to know "
                         "the facts."), RR)],
        "pass": [(letter("I'm not asking you to revisit your decision; I know the post has "
                         "been filled."), RR),
                 (letter("I'm not asking you to change your mind, just trying to work out "
                         "how to present it next time."), RR)],
    },
    "tone.pushy": {
        "pass": [(letter("It would just be good to know either way, as I've got another "
                         "offer to answer by Friday."), CI)],
    },
    "tone.reproach": {
        "pass": [(letter("It would just be good to know either way, as I've got another "
                         "offer to answer by Friday."), CI)],
    },
    "personalization.other_company": {
        "pass": [(letter("I'll be in Stuttgart with the Lantern Ballet tour from 30 November, "
                         "so I'm free any afternoon this week."), CI_N),
                 (letter("I'd name an owner for each commitment, including those that sit "
                         "outside Student Services."), CI_N),
                 (letter("I've booked a place on the Regional Archives Network's two-day "
                         "handling and packaging course."), CI_N)],
    },
    "correctness.placeholder": {
        "pass": [(letter("Both leads are rhotic, so I'd start with the [ɵː] of the north and "
                         "the [ʌ] in 'strut'."), TY)],
    },
    "correctness.spelling": {
        "pass": [letter("The banksman, the luminaire and the wheelsets; a transtibial socket, "
                        "the mocap timecode and a masterplan for the searchroom.")],
    },
}
