"""Pass and fail examples for the faults probe sets 298-305 showed no check caught (a
reference for a job never held, a trigger taped down, an RCD bridged out, work unsupervised
within days, a referee told what to say or standing in for the manager, a panel's news
passed on "in confidence", a CV reworded to hide a gap, shortcuts a supervisor "never
noticed", an allergy called a preference, a friend's certificate number, food re-labelled
past its use-by, a plan to pass off volunteering as a job, a child's diagnosis, free
coaching for the interviewer's son, a jibe about waiting in the lobby, a bracketed note to
self, a wrong firm's "practice") and the false alarms fixed with them (a karyotype's "XX",
a genus shortened before a species, a job title in a list of referees, the writer's work
"at both" two employers or "At ...'s core lab I process", "rather ... than get a form
letter", "annoyed with myself", "than be left hanging", "however urgent", the reader's own
plan to decide, an answer the writer awaits from someone else, and a note to a recruiter).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, CI_N, RR, TY, Example, N, letter

RECRUITER = ("Hi Owen,\n\nI know Northwind were hoping to decide by last Friday, so I wanted "
             "to check whether there's any news on the Operations Analyst role.\n\nIn the "
             "interest of being open with you: I've also had a first interview through "
             "another agency.\n\nThanks,\nNaomi")

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I never technically worked there, but Mike said he'd say I was on "
                         "staff last summer."), AI),
                 (letter("At my last place we taped the trigger on the pressure washer down so "
                         "it ran constantly."), AI),
                 (letter("The power unit kept tripping, so I bridged the RCD out and we ran it "
                         "like that for four days."), AI),
                 (letter("I'd expect to be working unsupervised within the first week or "
                         "two."), TY),
                 (letter("I've let her know you'll be calling and we've gone over what to "
                         "say."), AI),
                 (letter("Dave's down as my line manager, but he has kindly agreed to cover "
                         "it."), AI),
                 (letter("I've already shared those points in confidence with the other heads "
                         "in our trust."), TY),
                 (letter("I've added membrane feeding under skills, since I watched it done "
                         "once. It's all technically true."), AI),
                 (letter("My supervisor never noticed, and contamination only went up from 2% "
                         "to 6%."), AI),
                 (letter("Nine times out of ten the \"allergy\" is a preference anyway."), TY),
                 (letter("It's technically from the course my roommate did, but we studied "
                         "together."), AI),
                 (letter("When prepped sauces reach their use-by, we re-label them with the "
                         "next day's date."), AI),
                 (letter("This time I'll put my volunteering at the food bank down as a paid "
                         "job. I doubt anyone will check."), RR),
                 (letter("One of my pupils, Hannah (she's 11), has epilepsy and takes "
                         "medication twice a day."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I'd be very glad to give him some free one-to-one sessions over the "
                         "winter, whatever happens with the job, of course!"), CI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Hopefully the next round involves a bit less sitting in the lobby. "
                         "40 minutes was a good test of patience!"), TY)],
    },
    "correctness.placeholder": {
        "fail": [(letter("I'm still very interested.\n\n(check if they pay mileage before "
                         "sounding too keen)"), CI)],
        "pass": [(letter("The description should read 46,XX,t(11;22)(q23;q11.2), the common "
                         "constitutional translocation."), AI)],
    },
    "correctness.sentence_case": {
        "pass": [letter("We reared An. gambiae larvae at a lower density.")],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "fail": [(letter("I'd like to build my career in Halden Price's public sector "
                         "practice."), N)],
        "pass": [(letter("2. Brian Casselman, Senior Clinical Research Coordinator, Prairie "
                         "Health - worked with me daily on sample handoffs."), N),
                 (letter("That has been my experience at both The Larder House and Halcyon "
                         "Hotels."), N),
                 (letter("At Prairie Health's core lab I process timed blood draws to a tight "
                         "schedule."), N)],
    },
    "tone.hostile": {
        "pass": [(letter("It's fair, and I'd much rather hear that than get a form letter."),
                  RR),
                 (letter("I know this well in practice, so I was annoyed with myself for "
                         "muddling it in the room."), AI),
                 (letter("It's a shame, but I'd rather know than be left hanging."), RR)],
    },
    "tone.pushy": {
        "pass": [(letter("I wouldn't disclose anything on an informal request, however urgent "
                         "it sounded."), AI),
                 (letter("I know you're planning to make a decision by the end of this week, "
                         "so I hope this is helpful."), CI),
                 (letter("I have asked my line manager whether my notice could be shortened, "
                         "and I expect an answer by Friday. I will let you know as soon as I "
                         "have it."), TY)],
    },
    "tone.reproach": {
        "pass": [(letter("I have asked my line manager whether my notice could be shortened, "
                         "and I expect an answer by Friday. I will let you know as soon as I "
                         "have it."), TY)],
    },
    "personalization.interviewer_named": {
        "pass": [(RECRUITER, CI_N)],
    },
}
