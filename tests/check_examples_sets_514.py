"""Pass and fail examples for the faults probe sets 514-521 showed no check caught (American
and British mixes, a recruiter's best and worst, notes after informal meetings, phone
typing in lower case, long follow-ups, volunteer and board roles, concerns answered
afterwards): a relative offered as a reference with the tie to be kept quiet, experience
to be "put down" with an uncle to "back that up", sketches of a jury and a screened
witness, a resident named with her room, a van driven before the test is passed, a board
member lobbied behind the panel, and rows from an employer's live database. With them,
the false alarms fixed: "rather than by a form email", "rather than take my word for
it", a method named for its author, a society's evening, a bakery that closed, another
offer, identifiers replaced with placeholders, and
trade words. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Carla is actually my sister-in-law, but she knows my work. I'd rather "
                         "you didn't mention the family connection."), AI),
                 (letter("You're welcome to put me down as having two seasons' experience. "
                         "Uncle Ray will back that up."), AI),
                 (letter("It shows the whole jury box from the gallery, and I got most of the "
                         "twelve faces."), AI),
                 (letter("Only last week Mrs Hilda Bramwell in room 14 went into cardiac "
                         "arrest."), TY),
                 (letter("I haven't passed my test yet, but the roads are empty at that time "
                         "of the morning."), AI),
                 (letter("Charles Whitlow, who I understand sits on your remuneration "
                         "committee, said the board is leaning my way."), CI),
                 (letter("Here's a real one from Harmattan Bank's production database this "
                         "evening. Happy to send the full dump."), AI)],
        "pass": [(letter("I have replaced all names, addresses, dates of birth and claim "
                         "numbers with placeholders."), AI),
                 (letter("My sister drove me to the interview, and I've booked my test for "
                         "January."), TY)],
    },
    "tone.hostile": {
        "pass": [(letter("Thank you for telling me yourself rather than by a form email."), RR)],
    },
    "tone.boastful": {
        "pass": [(letter("I'd be happy to do a trial day so you can judge for yourselves rather "
                         "than take my word for it."), TY)],
    },
    "personalization.other_company": {
        "pass": [(letter("I'd use Maskell's approach rather than adding the two blockages."), N),
                 (letter("When we spoke at the Naturalists' Society evening I only hoped to ask "
                         "about volunteers."), N),
                 (letter("I've missed early mornings since Dunmore's Bakery closed."), N),
                 (letter("I've since been offered warehouse nights at Corvell Logistics, and "
                         "they've asked me to let them know by Friday."), CI)],
    },
    "correctness.spelling": {
        "pass": [letter("The pen needed a resac, and the tofu line makes yuba on Fridays."),
                 letter("I booked two deps for the contest and ran the dyno on Monday.")],
    },
}
