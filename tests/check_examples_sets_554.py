"""Pass and fail examples for the faults probe sets 554-561 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, very short notes,
talk of pay and notice after final rounds, apprentices, North American writers, the public
sector): other candidates' work read from an open folder, an assessment login kept in use,
a client's payroll file sent, an overstated part kept for the references, assessment data
published, a course dated as finished, an employer's pricing offered to its customer, a
drawing signed as one's own, a regulator's letter described, a rejection turned into a
declined offer, an internal report with only its name blacked out, a deal's launch passed
on, a referee to be deceived, photos taken without consent, a sign-out skipped, a
service user named, volunteers' numbers sent, a competitor told of supplier prices, a
flatmate's certificate sent, children taught outside the safeguarding rules, an injured
worker named, carers sent out before their assessment, an identifiable patient, a plan
sent to the press, a colleague accused of theft, an unasked price audit, sarcasm about
the panel's choice, and a pen ordered for each interviewer. With them, the false alarms
fixed: "the Cer.A.T.T. exam", a catalogue's "[ii]" and "[ANON.]", "I gave my notice
period as two months", a "buddy plot", and trade words.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The shared folder also showed the other candidates' submissions, so "
                         "I had a look through them."), CI),
                 (letter("My login to the demo tenant is still active, so I'll carry on using "
                         "it to practise."), RR),
                 (letter("I've left the salary and grade columns in, because the rules for "
                         "those are the clever part."), AI),
                 (letter("I think the way I put it is fair enough, so I'll keep that framing "
                         "for the reference stage too."), TY),
                 (letter("I'll put it on my public GitHub along with the data so people can "
                         "rerun it."), RR),
                 (letter("I've put the completion date on my CV as October so it doesn't look "
                         "unfinished."), AI),
                 (letter("I've seen our pricing and margin, and I'd be glad to show you where "
                         "you're paying over the odds."), CI),
                 (letter("I've put my name in the \"drawn by\" box so that it matches the "
                         "others."), AI),
                 (letter("The regulator's findings letter to my current bank, which I can't "
                         "share, was heavily critical."), TY),
                 (letter("I'll be describing this on my CV as an offer that I declined."), RR),
                 (letter("I've blacked out the bank's name on the cover page, but otherwise "
                         "it's exactly as it went to the committee."), AI),
                 (letter("The refinancing launches to lenders next Tuesday and will price "
                         "wider than the market expects."), TY),
                 (letter("If you call him, would you mind saying you're from our external "
                         "auditors?"), TY),
                 (letter("She didn't know I'd taken them, but they show the change well."), AI),
                 (letter("I often go into residents' flats alone without signing out."), AI),
                 (letter("A friend told me her health visitor has referred her to you."), CI),
                 (letter("It has all our volunteers' phone numbers and availability in it."),
                  AI),
                 (letter("I'll be sure to tell them how well your supplier's pricing works; "
                         "thank you for showing me the invoices."), RR),
                 (letter("Mine is in a box after the move, so I've attached my flatmate's for "
                         "now."), AI),
                 (letter("I'd run sessions in my own home; there'd be no need to involve the "
                         "schools."), RR),
                 (letter("Technically he's my brother-in-law, but there's no need to go into "
                         "that."), CI),
                 (letter("It still has the injured operative's name and his GP's notes on "
                         "it."), AI),
                 (letter("New starters can go out on double-up calls before their practical "
                         "assessment."), AI),
                 (letter("He has informally given me permission to talk about his case."), AI),
                 (letter("I have also sent copies to the editor of the local paper."), AI)],
        "pass": [(letter("I changed a few details so that he couldn't be recognised."), TY),
                 (letter("I signed out on the buzzer log before every lone visit."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("I'm pretty sure it was the assistant manager who was borrowing from "
                         "the float."), AI),
                 (letter("I'm afraid most are underpriced by 25 to 40 per cent."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Fourteen years and an error-free exercise were not quite suitable "
                         "enough."), RR)],
    },
    "tone.gift": {
        "fail": [(letter("I've ordered you each a fountain pen, and they should reach the shop "
                         "on Tuesday."), TY)],
    },
    "tone.slang": {
        "pass": [letter("The allotment society has a \"buddy plot\" for new members.")],
    },
    "tone.overeager": {
        "pass": [(letter("I gave my notice period as two months; my contract says three."),
                  AI)],
    },
    "correctness.sentence_case": {
        "pass": [letter("I'm registered for the Cer.A.T.T. exam in February.")],
    },
    "correctness.placeholder": {
        "pass": [(letter("Octavo, pp. [ii], 46, [2]. By [ANON.], London, 1764."), AI)],
    },
    "correctness.spelling": {
        "pass": [letter("I swatched the inks, quilled the spinet, ran the wacker plate and "
                        "the profiler, and did the playtesting.")],
    },
}
