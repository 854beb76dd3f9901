"""Pass and fail examples for the faults probe sets 210-217 showed no check caught (an
employer's contract list or unannounced results sent "between us", a client's launch leaked
to a friend, privileged advice and a committee's deliberations passed on, referees briefed
to talk the writer up, a safety certificate skipped, sarcasm about the panel, a threat over
a supplier contract, a note to self in brackets) and those a refit of the wording model let
through (the job presumed, a salary raised after the interview, a favour asked, a client
named with their age, a hard year told in full); and the false alarms the sets showed (the
writer's notice at their employer, a students' union, a course of a professional body, a
credential after a name, a drive-thru, a one-line "Cheers, Dean", a common word that looks
like a short name, another employer's deadline for an answer).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The list is attached; I'd appreciate it if you kept where it came "
                         "from between us."), AI),
                 (letter("Our half-year numbers will miss forecast. Obviously this isn't "
                         "public yet."), TY),
                 (letter("I've attached our spreadsheet of all current service contracts, "
                         "with site names, annual values and renewal dates."), AI),
                 (letter("I gave a reporter friend a heads-up about the store opening you "
                         "mentioned."), AI),
                 (letter("Our leading counsel's view is that the objection will be "
                         "withdrawn."), TY),
                 (letter("My old flatmate has kindly agreed to talk up my project work when "
                         "you call him."), AI),
                 (letter("We skipped the gas safety inspection to stay on budget, and it "
                         "worked out fine."), AI),
                 (letter("One of my clients, Joan Reilly, is 81 and still lives alone above "
                         "the bakery."), TY)],
        "pass": [(letter("The figures I quoted are all in our published annual report."), AI),
                 (letter("I have booked the gas safety inspection course for March."), AI),
                 (letter("Please keep my portfolio link on file for future roles."), RR)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I was surprised that neither of you seemed to have read my CV "
                         "beforehand."), TY)],
        "pass": [(letter("Thank you for reading my CV so closely before we met."), TY)],
    },
    "tone.threat": {
        "fail": [(letter("I will be sharing my experience of your recruitment process when "
                         "your contract comes up for renewal."), RR)],
        "pass": [(letter("I enjoyed hearing how the contract renewals are planned."), RR)],
    },
    "tone.arguing": {
        "fail": [(letter("I would ask whether the board might revisit its decision before the "
                         "appointment is announced."), RR)],
    },
    "correctness.placeholder": {
        "fail": [(letter("I am still very keen on the role.\n\n(NOTE – don't mention the "
                         "other offer)"), CI)],
        "pass": [(letter("I am still very keen on the role. (Note: the figures are from the "
                         "2025 report.)"), CI)],
    },
    "tone.pushy": {
        "fail": [(letter("What time should I be at the depot on Monday?"), TY),
                 (letter("I also have a quick favour to ask about my own loan application."),
                  CI),
                 (letter("I believe a higher salary would better reflect the level of "
                         "responsibility involved."), AI)],
        "pass": [(letter("Another firm has asked for my answer by end of day Friday, so I "
                         "wanted to let you know."), CI)],
    },
    "tone.reproach": {
        "pass": [(letter("Would you be able to tell me whether a decision is likely by "
                         "Friday?"), CI)],
        "fail": [(letter("Could you let me know by Friday?"), CI)],
    },
    "tone.oversharing": {
        "fail": [(letter("My marriage ended in May, I'm on medication now and money is still "
                         "very tight."), TY)],
    },
    "tone.slang": {
        "pass": [(letter("I trained as a music therapist in Vancouver, BC, before moving "
                         "here."), TY)],
        "fail": [(letter("I can start Monday bc my notice is short."), TY)],
    },
    "personalization.other_company": {
        "pass": [(letter("You also asked about my notice: it's four weeks at Castlegate "
                         "Electrical Services."), AI_N),
                 (letter("I'd be keen to work with the Students' Union on welcome week."), N),
                 (letter("I've booked onto the Museums Association's short course on "
                         "conservation."), N)],
    },
    "correctness.spelling": {
        "pass": [(letter("I worked the drive-thru window and triaged counterparty queries."),
                  TY)],
        "fail": [(letter("I will go thru the figures tonight."), TY)],
    },
    "correctness.signoff": {
        "pass": [("Dear Dana,\n\nThe report is attached.\n\nCheers, Jordan", AI_N)],
        "fail": [("Dear Sam,\n\nThe report is attached.\n\nThanks, Dana", AI_N)],
    },
    "personalization.name_spelling": {
        "pass": [(letter("Say the word and I will send the full model."), N)],
        "fail": [(letter("Please pass my thanks to Dena as well."), N)],
    },
}
