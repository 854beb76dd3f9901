"""Pass and fail examples for the faults probe sets 594-601 showed no check caught (a random
mix, recruiters and their clients, blunt and angry messages, template-like notes, first
jobs, and three sets whose bad drafts each hold one lapse stated in passing, measured
first with the lapse model): a sick week told to the current manager, a regulator's
letter offered, receipts re-dated, a relative's application to be hurried, driving before
the test, the appointee's probation asked about, clients to follow the writer, a client
named to the press, promises made for the firm, a rival told the firm's plans, a conflict
check skipped, a neighbour's treatment named, a price list offered, the appointee's age,
a fit note planned, vacancies learned early from HR, a test reading carried over, the
allergen record dropped, a remark about foreign carers, a false acceptance told to a
rival, client sessions copied out, a glimpsed password used, contacts kept from a test, a
failure left out of an audit, work started in secret, a family speculated about,
questions copied from a book, and an apology for arriving late dwelt on. With them, the
false alarms fixed: days and months read as a misspelt name, a trade's "my tickets" read
as a gift, and a note to a recruiter that asks for the panel's feedback.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've already told my manager I'll be off sick that week."), TY),
                 (letter("I can bring a copy of the regulator's findings letter to my "
                         "employer."), TY),
                 (letter("I entered the receipt date as the due date so it never showed as "
                         "late."), TY),
                 (letter("I could keep an eye on their application and make sure it moves "
                         "quickly."), TY),
                 (letter("It's an easy drive, even before I've passed my test."), CI),
                 (letter("If the person you've appointed doesn't get through probation, do "
                         "tell me."), RR),
                 (letter("Two of our clients would follow me to your firm if I moved."), TY),
                 (letter("You may see her name in the local press next month."), TY),
                 (letter("I've told a couple of the families that the charity will probably "
                         "be able to help."), CI),
                 (letter("I was chatting to a friend at a rival firm and mentioned that "
                         "you're planning to open in Leeds."), CI),
                 (letter("I'd see clients rather than waiting for the formal conflict "
                         "check."), AI),
                 (letter("My neighbour, Ann Rowe, has her injections delivered by you."), TY),
                 (letter("I have a copy of my current employer's price list if that helps."),
                  CI),
                 (letter("I hear the person you've taken on is nearly sixty."), RR),
                 (letter("I've asked my GP for a fit note for that week."), CI),
                 (letter("She'll let me know quietly about any posts."), RR),
                 (letter("When it's busy I carry the morning reading over to the afternoon."),
                  AI),
                 (letter("We stopped filling in the allergen matrix last year."), TY),
                 (letter("There are so many foreign carers on that shift."), RR),
                 (letter("Another firm pressed me, so I told them I'd already accepted an "
                         "offer from you."), CI),
                 (letter("I copied them to my personal Dropbox before I resigned."), AI),
                 (letter("Out of curiosity I had a look afterwards with the demo login."), CI),
                 (letter("I did keep a note of the supplier contacts from the test file."), RR),
                 (letter("I would simply not flag it in the audit report."), TY),
                 (letter("I could start on it without anyone at my firm needing to know."), CI),
                 (letter("I do hope she isn't planning to start a family soon."), RR),
                 (letter("I've taken most of them from a quiz book I own."), AI)],
    },
    "tone.late_apology": {
        "fail": [(letter("I am so sorry again for being 20 minutes late this morning."), TY)],
    },
    "tone.gift": {
        "pass": [(letter("You asked for copies of my tickets, so here they are for you to "
                         "pass on."), AI)],
    },
    "personalization.name_spelling": {
        "pass": [(letter("I could work one Sunday in four, if that helps the rota."), TY)],
    },
}
