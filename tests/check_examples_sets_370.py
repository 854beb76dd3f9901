"""Pass and fail examples for the faults probe sets 370-385 (broad mixes of jobs, small
firms, writers of plain or second-language English, phone-typed notes, career changers and
returners) showed no check caught, and for the
drafts of earlier sets that the wording model refitted on 1,370 jobs no longer flags (a
borrowed card, a forged reference, evidence marked as received, age checks dropped, a
lockout skipped, a stopgap, "a formality", other candidates' work asked for, the test asked
for in advance, an ultimatum, a start date presumed, sarcastic congratulations, a bottle
or free work for the interviewer, a rival's rounds offered, a safety trip jumpered out, an
offer to undercut whoever was hired, another firm as "the right place for me"), and the
false alarms fixed with them (a test, course or refresher named after the body that sets
it, a course booked with a provider, hours of volunteering at a club, a referee's research
group, SIP's methods, "U U† U", "department!) happy", "nut-free work", "before I answer
them", nursing and trade words).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I can use my brother's CSCS card at the gate until mine arrives."),
                  AI),
                 (letter("We tell tenants the bailiffs are booked even when nothing has been "
                         "sent."), TY),
                 (letter("I mark the ID documents as checked and chase them afterwards."), TY),
                 (letter("My colleague will write the reference and sign it in his name."), AI),
                 (letter("On busy nights we stopped checking IDs after ten."), AI),
                 (letter("I usually work on the feed rather than going through the full "
                         "isolation procedure."), TY),
                 (letter("I see the job as a handy stopgap until my course starts."), TY),
                 (letter("The safety induction is really a formality for someone like me."),
                  TY),
                 (letter("Could you send me the presentations from the other candidates?"),
                  RR),
                 (letter("A friend who sat the test last year said it was a spreadsheet "
                         "task."), AI),
                 (letter("Could you send me the case study in advance?"), CI),
                 (letter("Would you tell me which tasks you'll set me so I can practise them "
                         "first?"), AI),
                 (letter("I took a few screenshots of the rota you showed me."), AI),
                 (letter("I have been placed on a performance plan at work."), CI),
                 (letter("I know their rounds, which would help with winning contracts off "
                         "them."), TY),
                 (letter("My old colleague will give the reference as though he supervised "
                         "me."), AI),
                 (letter("When the sensor failed I jumpered out the trip for a week."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("I wanted to give you the chance to make an offer first; otherwise "
                         "I'll have to take the other job."), CI),
                 (letter("Please let me know which date suits you for my start."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I can only congratulate you on your choice."), RR)],
        "pass": [letter("I'd do the nut-free work first thing, after a full clean-down.")],
    },
    "tone.gift": {
        "fail": [(letter("I'd like to drop round a bottle of wine as a thank you."), TY),
                 (letter("I could tile your bathroom, no charge, of course."), TY)],
    },
    "tone.desperate": {
        "fail": [(letter("I could do the first month, unpaid, to prove myself."), CI),
                 (letter("I'll do the job for £1 an hour less than whoever you picked."), RR)],
    },
    "tone.reproach": {
        "pass": [(letter("Another shop has offered me a job, so before I answer them I "
                         "wanted to ask whether you might have decided by Friday."), CI)],
    },
    "tone.shouting": {
        "pass": [letter("Each SBC sends SIP OPTIONS to the other to check it is up.")],
    },
    "correctness.spelling": {
        "pass": [letter("I was texting the yarder while my buddied trainee watched the desat "
                        "trace."),
                 letter("Endoscopy would be a new speciality for me, but I watch sats "
                        "closely."),
                 letter("The piecers worked the mules, and we rebuilt the smoots.")],
    },
    "correctness.repeated_word": {
        "pass": [letter("Folding the whole circuit (replacing U with U U† U) gives odd "
                        "factors.")],
    },
    "correctness.sentence_case": {
        "pass": [letter("I'd love to keep the copiers (and the English department!) happy.")],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "fail": [(letter("I'm certain Meridian Health Communications is the right place for "
                         "me."), N)],
        "pass": [(letter("I've booked the PTS course with Redline Rail Training for June."), N),
                 (letter("I've booked onto the ISA Surf Rescue refresher in April."), N),
                 (letter("I'd done about 40 hours of assisting at Gwel Mor Surf Club last "
                         "summer."), N),
                 (letter("I passed the CITB Health, Safety and Environment test this "
                         "morning."), N),
                 (letter("Dr Helen Marsh, my PhD supervisor, Surface Engineering Group, "
                         "University of Kessock."), N)],
    },
}
