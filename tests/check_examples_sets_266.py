"""Pass and fail examples for the faults probe sets 266-273 showed no check caught (clients'
records and an accident book sent as samples, results re-read to keep the charts clean,
referees posing as the manager or told what to say, copy approval offered to sources,
another paper's piece reworded, an embargo broken, drugs for young athletes, a client's
data handed over against an NDA, the same hours sold twice, a jibe at a panellist, an
editor mocked by name) and the false alarms they showed (a useful reminder, statements
written, a situation that turns out to be urgent, a qualification started as soon as
possible, a sample that arrives with a date of birth, a client told by the end of the
month, a client's deadline, a self-correction after checking, an Amazon parrot, a legal
convention quoted in brackets, trade words).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've included his full clinical history and the owner's payment "
                         "plan notes."), AI),
                 (letter("I can send more from our accident book if that would help."), AI),
                 (letter("We read it again once the colonies have merged, rather than raise a "
                         "deviation."), AI),
                 (letter("Lisa has kindly agreed to act as my manager for the reference."), AI),
                 (letter("We went over what she'll say, so it's basically true."), AI),
                 (letter("I send each person the full draft and ask them to sign off anything "
                         "they're quoted in."), AI),
                 (letter("I reworded it so it reads as my own."), AI),
                 (letter("A contact has told me they're announcing it on Thursday; if you ran "
                         "it tomorrow you'd be ahead."), TY),
                 (letter("A low-dose Ostarine stack works well, and academy players aren't "
                         "routinely tested."), AI),
                 (letter("It belongs to the bank under my NDA, but they'll never know."), AI),
                 (letter("I'd do the reviews in between prescriptions, so you would still get "
                         "your full 37.5 hours."), TY)],
        "pass": [(letter("The scenario was a sample that arrives with the date of birth "
                         "handwritten; I said I'd reject it."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("And thank you for asking three separate times whether I'd done it. "
                         "I think we got there in the end."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("The published versions were butchered by my editor, who couldn't "
                         "write a headline to save his life."), AI)],
        "pass": [(letter("I said we'd report any injury. I checked afterwards and that isn't "
                         "quite right."), AI)],
    },
    "tone.reproach": {
        "pass": [(letter("I have written over forty witness statements, several of which went "
                         "to court."), TY)],
        "fail": [(letter("I have emailed you several times about this."), CI)],
    },
    "tone.hostile": {
        "pass": [(letter("The practical was a useful reminder that I still have a lot to "
                         "learn about birds."), TY)],
    },
    "tone.pushy": {
        "pass": [(letter("If it turned out to be urgent, I'd point him to his vet that day."),
                  AI),
                 (letter("I'm keen to start my Level 3 as soon as possible."), TY),
                 (letter("No pressure; I just need to let my current client know by the end "
                         "of the month."), CI),
                 (letter("A client has asked me to commit, and they need an answer by 28 "
                         "November."), CI)],
    },
    "correctness.placeholder": {
        "pass": [(letter('Inserted text is shown in square brackets, e.g. "[or a designated '
                         'corporation]".'), AI)],
    },
    "personalization.other_company": {
        "pass": [(letter("Restraining the Amazon parrot was the hardest part."), N)],
    },
    "correctness.spelling": {
        "pass": [(letter("I gave the premedication before tupping season and booked the "
                         "16-seater; the project uses renv."), TY)],
    },
}
