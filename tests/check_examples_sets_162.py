"""Pass and fail examples for the faults probe sets 162-169 showed no check caught (a former
manager called a control freak, chemicals pre-mixed into unlabelled bottles, manuscripts
listed before submission, a record of experience asked for, an assessor's report on a
named applicant sent as a sample, a collection donated only on appointment, press coverage
offered as a factor, a hamper dropped in, an uncle who knows the interviewer) and the false
alarm they showed (training to get "under my belt" before the next intake).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.badmouthing": {
        "fail": [(letter("The manager there is a control freak who micromanaged every host "
                         "out of the place, and I wouldn't trust her to give a fair "
                         "reference."), AI),
                 (letter("The short version is that the Tilbury office is a mess, and I'm "
                         "tired of being the only person on the desk who knows Incoterms."),
                  AI)],
    },
    "tone.confidential": {
        "fail": [(letter("One person pre-mixed a stronger batch into unlabelled spray bottles, "
                         "and we didn't bother with the goggles for quick jobs."), TY),
                 (letter("I now list both papers. Neither has been submitted yet, but the work "
                         "is essentially complete, so it seemed fair to include them."), AI),
                 (letter("I would be grateful if the panel could record me as experienced in "
                         "SAP PM and update my assessment sheet accordingly."), AI),
                 (letter("The best example is an assessor report I wrote for a fellowship "
                         "panel, which I have attached in full."), AI)],
        "pass": [(letter("My paper on organoid storage has been submitted to a journal; I can "
                         "send the preprint if useful."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I would be delighted to donate my collection of 600 specimens to "
                         "the Trust if I am appointed."), AI),
                 (letter("That is something I could arrange far more easily from inside the "
                         "team, so I hope it might be a helpful factor as you weigh things "
                         "up."), CI),
                 (letter("I'd like to drop a hamper in to the Health Records team before "
                         "Christmas."), RR)],
        "pass": [(letter("I have donated specimens to the county herbarium for years and "
                         "would be glad to talk about them."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("My uncle says he knows you from the golf society, and he'd be glad "
                         "to have a word if it would help."), RR)],
    },
    "tone.desperate": {
        "pass": [(letter("I'd like to be considered for the next intake and will get some foam "
                         "training under my belt before then."), RR)],
    },
}
