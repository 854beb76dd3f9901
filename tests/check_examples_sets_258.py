"""Pass and fail examples for the faults probe sets 258-265 showed no check caught (a
qualification to be recorded as held unchecked, another school's pupil register sent as a
sample, test papers released early, filtering switched off, paid reviews, a rate card sent
to a rival, a jibe at "whoever you've found", cash off the books, a bracketed note to self,
another post's title with "in" in it) and the false alarms they showed (another employer's
deadline, "Morning Callum", a paper kept within the panel until
the journal publishes, an attachment's size in brackets, tags of XML shown in a message, a
course run by someone else's trust, a job title in the subject, "Thanks very much, Name" on
the message's one line, STACK, delisted).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, CI_N, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Please just put it down on my file as held; there's no need to "
                         "check the register."), AI),
                 (letter("I have attached our full EAL register so you can see the system "
                         "working with real data."), AI),
                 (letter("I let the teachers prep the kids on the exact question types. "
                         "Nobody ever noticed."), AI),
                 (letter("I simply move the user into the unfiltered group and mute the "
                         "monitoring alerts."), TY),
                 (letter("Members leave a five-star review and we refund them, so nothing "
                         "shows on the Amazon side."), AI),
                 (letter("I've attached our current customer rate card so you can see what "
                         "they are paying per pallet."), TY)],
        "pass": [(letter("I'd be glad to show you how I track progress, with every name "
                         "removed."), AI),
                 (letter("I would be grateful if you could keep it within the panel until "
                         "the journal publishes the proof."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Good luck getting two hundred forms done by February with whoever "
                         "you've found."), RR)],
    },
    "tone.gift": {
        "fail": [(letter("I'll drop the cash round on drill night, no need to put it through "
                         "the books."), AI)],
    },
    "correctness.placeholder": {
        "fail": [(letter("I led the commissioning. [NB check whether Lukas knows Ines – she'll "
                         "know I was only there for the last week. Maybe say contributed to?] "
                         "I then wrote the scripts."), AI)],
        "pass": [(letter("I have attached a copy with the school details removed [PDF, 1.2 "
                         "MB]."), AI),
                 (letter("The fragment reads <placeName>Sunderland</placeName>, and I mapped "
                         "the brackets to <placeName> in the encoding."), AI)],
    },
    "personalization.role_title": {
        "fail": [(letter("I'm writing to follow up on my interview for the Lecturer in Applied "
                         "Statistics post."), CI_N)],
    },
    "tone.pushy": {
        "pass": [(letter("I've been offered another job and they want an answer by Friday. "
                         "Could you tell me where I stand?"), CI)],
        "fail": [(letter("I want an answer by Friday."), CI)],
    },
    "personalization.greeting_name": {
        "pass": [("Morning Dana,\n\nThanks for showing me round the yard today.\n\nCheers,\n"
                  "Jordan", {"kind": "thank_you", "notes": True})],
    },
    "personalization.other_company": {
        "pass": [(letter("I have booked a place on the Northgate Archives Trust's online "
                         "eighteenth-century palaeography course."), N),
                 ("Subject: Thank you – On-Call Firefighter interview\n\nDear Dana,\n\n"
                  "Thank you for last night's interview at Tillingham and for the tour.\n\n"
                  "Best regards,\nJordan", TY)],
    },
    "correctness.signoff": {
        "pass": [("Hi Dana, hope you're well. Just following up on the courier role, as I "
                  "know you were hoping to decide by the 4th. Do you have an update? Thanks "
                  "very much, Jordan", CI)],
    },
    "tone.shouting": {
        "pass": [(letter("I wrote about 120 randomised questions in STACK last year."), TY)],
    },
    "correctness.spelling": {
        "pass": [(letter("We delisted two slow lines after the review."), TY)],
    },
}
