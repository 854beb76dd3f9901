"""Pass and fail examples for the faults probe sets 434-441 showed no check caught (a random
mix, a careers article's examples, rejection replies only, additional information only,
manual and transport jobs, creative and sport jobs, finance and law, career changers and
returners): the employer's own work picked apart ("whoever did it"), proofs sent under a
confidentiality clause with "please don't forward", safety rules waved away, a claim to be
"thought of as experienced", an offer to beat with a deadline, repeated calls and a visit
"unless I hear otherwise", a record set against the person hired, a referee told what to
say, work paid cash in hand. With them, the false alarms fixed: an offer "I was offered"
elsewhere, "Occupational Health", training from a contractor, "keeping the quiet Tuesday
afternoon", a limit cut "to 30% immediately", "hopefully see you soon", asking whether
one's rate card prices one out, "A and B cameras", and trade words. ``check_examples``
merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, RR_N, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.badmouthing": {
        "fail": [(letter("I'm not saying this to criticise whoever did it, but your current "
                         "process would benefit from someone like me."), TY)],
        "pass": [(letter("I'd like to learn how your team built the index for the spring "
                         "list."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("I'm under the usual confidentiality clause, but I thought you'd "
                         "want to see the proofs."), AI),
                 (letter("The report is attached. Please don't forward it."), AI),
                 (letter("I know you said a spotter is needed, but that won't be needed with "
                         "me."), AI),
                 (letter("Please think of me as an experienced joiner rather than a "
                         "beginner."), AI),
                 (letter("If you ring Terry he'll confirm it; I've told him what to say."), AI),
                 (letter("I did weekend work for a friend, cash in hand."), AI)],
        "pass": [(letter("Most of the saving comes from keeping the quiet Tuesday afternoon "
                         "to one person."), AI),
                 (letter("The rest of my work is under NDA, so I have sent only the public "
                         "pieces."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("They have offered £46k. I'll need you to beat that, otherwise I'll "
                         "sign with them."), TY),
                 (letter("I have tried to call three times today and will try again "
                         "tomorrow."), CI),
                 (letter("I will come in at nine tomorrow unless I hear otherwise."), AI)],
        "pass": [(letter("In my answer I said I would cut the limit to 30% immediately; a "
                         "step-down is better."), TY),
                 (letter("Thanks again for the tour, and hopefully see you soon."), TY)],
    },
    "tone.comparing": {
        "fail": [(letter("I'd like to understand what he brought to the table that I "
                         "didn't."), RR),
                 (letter("I have four years in the field to his eighteen months."), RR)],
        "pass": [(letter("I wish him well, and I'd welcome any feedback on my answers."), RR)],
    },
    "tone.boastful": {
        "pass": [(letter("Was it mainly experience, or is my rate card pricing me out of "
                         "those jobs?"), RR)],
    },
    "correctness.article": {
        "pass": [letter("We ran A and B cameras for the kitchen scenes.")],
    },
    "correctness.spelling": {
        "pass": [letter("I fitted the onlay, repadded two flutes and did the fletching at "
                        "the ropery.")],
    },
    "personalization.other_company": {
        "pass": [(letter("I was offered a seasonal ranger position at North Cascades and "
                         "have accepted it."), RR_N),
                 (letter("Attached: my immunity report from Occupational Health and rescue "
                         "training from Hallbrook Construction."), AI_N),
                 (letter("Thank you for the interview."), N)],
    },
}
