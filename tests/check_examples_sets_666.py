"""Pass and fail examples for the faults probe sets 666-673 showed no check caught (published
good and bad examples, recruiters' posts, replies after a rejection and check-ins after a
silence, templates, English as a second language, long senior letters, and two sets whose
bad drafts each hold one lapse stated in passing): every weekend off as a given, staff
brought across, perks as a condition of accepting, a start date moved to hide a gap, a
concession taken with an old card, a grander title as a condition, sick leave planned for
the notice period, production code pasted, a working pattern or side work assumed, a part
rewritten upwards, a figure stretched, who got the job asked for, lead credit taken, a late
bus volunteered, the current team and a rival run down, an interviewer's age remarked on,
an article about the hiring process, interview ideas "shared for the interview only", and
an unrequested critique copied to the person leaving the post. The passes are the polite
near-misses the same sets held. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I'd need Sundays off every week, so I'd build the rota around "
                         "that."), CI),
                 (letter("Three of my best chefs have said they'd follow me if I moved."), AI),
                 (letter("I'd accept today, on the understanding that the role comes with "
                         "two staff passes for my family."), CI),
                 (letter("I've put my start date at Fenwick's as May rather than August, to "
                         "cover the gap."), AI),
                 (letter("I paid the student rate with my old student card last weekend."),
                  CI),
                 (letter("I'd need the role to be titled Senior Analyst before I could "
                         "accept."), CI),
                 (letter("My notice is three months, but I expect to be signed off for most "
                         "of it."), AI),
                 (letter("I've pasted below the retry class we run in production at "
                         "Northgate."), TY),
                 (letter("I'm assuming it will be fine for me to keep my four-day week."), TY),
                 (letter("I was too modest in the interview: I led the whole migration."), AI),
                 (letter("I may not have made this clear earlier: I've regularly run budgets "
                         "of £30k a month."), TY),
                 (letter("Could you tell me who you've offered the role to?"), RR),
                 (letter("The case study credits my colleague Dan Price as lead, which is "
                         "why I've listed myself as lead here."), AI),
                 (letter("There might be days when I'm a bit late, as the bus is unreliable."),
                  AI)],
        "pass": [(letter("I have left out client names and internal report numbers where "
                         "these are confidential."), AI),
                 (letter("I'd need Saturday 14th off for a wedding, which I mentioned on the "
                         "day."), CI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("I hope whoever you've chosen does a better job than the last lot."),
                  RR),
                 (letter("Their tour is frankly dreadful, so I'd only stay a season."), RR),
                 (letter("I'm not sure Tom fully understood how yield pricing works."), RR),
                 (letter("He's lovely, but I'd hate for you to be misled about his part."), CI),
                 (letter("It was great to see a younger person leading the change."), TY)],
        "pass": [(letter("I hope the new coordinator settles in well."), RR)],
    },
    "tone.threat": {
        "fail": [(letter("I am writing an article about hiring in our sector and would like "
                         "to describe your process accurately."), RR),
                 (letter("The plan was shared for the purposes of the interview only."), RR)],
    },
    "tone.overeager": {
        "fail": [(letter("I've also copied in Margaret Cole, who I understand is the outgoing "
                         "registrar, so she can use it."), AI)],
    },
    "tone.reproach": {
        "pass": [(letter("I wondered whether you could tell me if a decision is still likely "
                         "by Friday."), CI),
                 (letter("If you can tell me where I stand before Friday I would be very "
                         "grateful."), CI)],
        "fail": [(letter("Please tell me where I stand before Friday."), CI)],
    },
    "tone.pushy": {
        "pass": [(letter("The only reason I ask is that Roch Valley College need to know by "
                         "Friday whether I'll take the day release."), CI)],
    },
    "tone.hostile": {
        "pass": [(letter("Even a one-line reply would help me plan."), CI)],
    },
    "tone.slang": {
        "pass": [(letter("Her email is nadia.k@example.com if you need it."), AI)],
    },
    "tone.desperate": {
        "pass": [(letter("Sorry, I completely blanked on her surname when you asked."), AI)],
        "fail": [(letter("I completely blanked on the safety question and I'm begging for "
                         "another chance."), RR)],
    },
    "tone.overfamiliar": {
        "pass": [("Subject: Re: Plumber's mate\n\nHi Declan,\n\nThanks for letting me know. "
                  "Could you tell me what I could do better?\n\nAll the best,\nKieran", RR)],
        "fail": [(letter("Thanks for today, mate."), TY)],
    },
}
