"""Pass and fail examples for the faults probe sets 370-401 showed no check caught (broad
mixes of jobs, small firms, plain and second-language English, phone-typed notes, career
changers and returners, senior roles, apprentices, agency, remote, rural and security
work, check-ins and replies, North American English, health, finance, transport and
education), and for drafts of earlier sets that the wording model refitted on 1,370 jobs no
longer flags: a borrowed card, a forged reference, evidence marked as received, age checks
dropped, a lockout skipped, a trip jumpered out or inhibited, an interlock bypassed, no
harness clipped on, a stopgap, "a formality", other candidates' work or the test asked for
in advance, an ultimatum, terms "(non-negotiable)", a start date presumed, sarcastic
congratulations, a bottle or free work for the interviewer, a rival's rounds offered, an
offer to undercut whoever was hired, another firm as "the right place for me". With them,
the false alarms fixed: a test, course or refresher named after the body that sets it, a
course booked with a provider, hours or seasons of work at a club or a trust, platforms
side by side, a referee's research group, SIP's methods, "U U† U", "add-on on",
"department!) happy", "nut-free work", "before I answer them", nursing and trade words.
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
                 (letter("When the sensor failed I jumpered out the trip for a week."), TY),
                 (letter("We had the door interlock bypassed to save a few minutes."), AI),
                 (letter("I didn't bother clipping on, as it was a quick job."), AI),
                 (letter("My colleague will sign the register for me that day."), AI),
                 (letter("Parents don't really know the difference, so I rounded it up."),
                  AI),
                 (letter("The food hygiene certificate is really just paperwork."), TY),
                 (letter("Sam will introduce herself as my supervisor when you call."), AI),
                 (letter("I'm at that level already, even though I haven't sat the exam."), AI),
                 (letter("I keep the minor issues out of the summary to keep agents happy."),
                  TY),
                 (letter("It's the live version, so you can see real client names."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("I wanted to give you the chance to make an offer first; otherwise "
                         "I'll have to take the other job."), CI),
                 (letter("Please let me know which date suits you for my start."), TY),
                 (letter("My rate is £600 a day (non-negotiable), plus kit."), TY),
                 (letter("You'd need to match their offer if you want to secure me."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I can only congratulate you on your choice."), RR),
                 (letter("Best of luck filling the Saturday shifts at that rate."), RR),
                 (letter("I suppose the welcome only stretches to some people."), RR)],
        "pass": [letter("I'd do the nut-free work first thing, after a full clean-down.")],
    },
    "tone.badmouthing": {
        "fail": [(letter("My current manager is honestly a nightmare to work for."), CI)],
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
        "pass": [letter("Each SBC sends SIP OPTIONS to the other to check it is up."),
                 letter("On the radio I'd use the markers QUESTION, ADVICE and WARNING.")],
    },
    "correctness.placeholder": {
        "fail": [(letter("I attach my certificate.\n\nNOTE - don't mention the resit!"), AI)],
    },
    "correctness.spelling": {
        "pass": [letter("I was texting the yarder while my buddied trainee watched the desat "
                        "trace."),
                 letter("Endoscopy would be a new speciality for me, but I watch sats "
                        "closely."),
                 letter("We ran sucklers, and I fixed the popstate handler."),
                 letter("The galv sheet came back, and I scored the polygraphy."),
                 letter("The piecers worked the mules, and we rebuilt the smoots.")],
    },
    "correctness.repeated_word": {
        "pass": [letter("Folding the whole circuit (replacing U with U U† U) gives odd "
                        "factors."),
                 letter("I maintain a small add-on on the Firefox store.")],
    },
    "correctness.sentence_case": {
        "pass": [letter("I'd love to keep the copiers (and the English department!) happy.")],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "fail": [(letter("I'm certain Meridian Health Communications is the right place for "
                         "me."), N),
                 (letter("I would still welcome the chance to work at Sitara Denim Mills."), N),
                 (letter("I'm sure the Halton Daily Star is the paper I want to work for."), N)],
        "pass": [(letter("I've booked the PTS course with Redline Rail Training for June."), N),
                 (letter("I've booked onto the ISA Surf Rescue refresher in April."), N),
                 (letter("I'd done about 40 hours of assisting at Gwel Mor Surf Club last "
                         "summer."), N),
                 (letter("After four seasons as a ranger with the Peakhurst Moorland Trust, I "
                         "know the ground."), N),
                 (letter("It is four weeks of posts across Instagram and Facebook."), N),
                 (letter("1. Gary Holroyd, Welding Supervisor at Brennan Rail (my supervisor "
                         "2016-2023)."), N),
                 (letter("I passed the CITB Health, Safety and Environment test this "
                         "morning."), N),
                 (letter("Dr Helen Marsh, my PhD supervisor, Surface Engineering Group, "
                         "University of Kessock."), N)],
    },
}
