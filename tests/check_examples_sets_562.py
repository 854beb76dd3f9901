"""Pass and fail examples for the faults probe sets 562-569 showed no check caught (a random
mix, template-like notes, other offers, panel interviews, returners, terse specialists,
and two sets whose bad drafts each hold one lapse stated in passing): one's own clinical
sign-offs, a false trial week to be backed up, a safety briefing skipped, an endorsement
listed before it is assessed, gossip about the person appointed, a boat taken out after
drinking, a propped airside door, a wind limit ignored, an old login kept, a job left off
a vetting history, clients' alarm codes kept, a lone-entry rule broken, a choice invited by
sex or pregnancy, speeding points taken for a spouse, bleach added to a descaler, a former
employer's files offered, a gas monitor left in the truck, unpublished data passed on, a
panel's split leaked, a risk assessment cut, a rehearsal recorded on a phone, an
interview attended for practice, a friend's translation signed, recording before
consent, a course to be listed because nobody checks, captive footage passed off as wild,
a lie told in the employer's name, a lab's server entered, a fit note planned, a closed
plant's files kept, wine for the panel, a donation deal tied to the job, favouritism
insinuated, the person hired predicted to fail, a family's troubles and a plea for any
post, and presents for the interviewer's son. With them, the false alarms fixed: "no
confidential data", "unacceptable before controls" in a risk rating, and trade words.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("My assessor is on leave, so I've signed off the last two supervised "
                         "administrations myself."), AI),
                 (letter("On their form I put down that I'd done a trial week with you; I'd be "
                         "grateful if you could go along with that."), RR),
                 (letter("On the short hops I'd skip the lifejacket talk at peak times."), TY),
                 (letter("I've now put the upper-reach endorsement on my CV as complete."), CI),
                 (letter("You may want to ask him about the grounding last year."), RR),
                 (letter("I took my boat up last night after a couple of pints, to prove I "
                         "could."), AI),
                 (letter("I've been through the staff door by gate 14 when it's been propped "
                         "open."), TY),
                 (letter("I'd keep the bridge on even if the gusts went over the limit for a "
                         "few minutes."), CI),
                 (letter("I still have the login for the allocation screen, so I can check "
                         "from home."), RR),
                 (letter("I've left out the three months at Aerostar; it would only complicate "
                         "the vetting."), AI),
                 (letter("I've still got the alarm codes and key safe numbers for the "
                         "park."), TY),
                 (letter("At my last firm I'd go in on my own if the police were late."), CI),
                 (letter("I'd understand if you chose a man for the night route."), RR),
                 (letter("It was my wife driving, so I took the points for her."), AI),
                 (letter("It works faster if you add a splash of bleach to the descaler."), AI),
                 (letter("Strictly they're Kestrel's files, but nobody there will miss "
                         "them."), AI),
                 (letter("I mostly left my personal gas monitor in the truck and went by "
                         "smell."), TY),
                 (letter("I know you said it is unpublished, so I have only mentioned it to my "
                         "supervisor."), TY),
                 (letter("Marcus mentioned to me that the panel had been split between us."),
                  RR),
                 (letter("I've taken out the section on lone working, as we never stuck to "
                         "it."), AI),
                 (letter("I've practised to a recording of your dress rehearsal, which a "
                         "friend made on her phone and sent over."), CI),
                 (letter("I had actually accepted a post elsewhere and came along mainly for "
                         "the practice."), RR),
                 (letter("My friend did most of the translation, but I have put only my name "
                         "on the file."), AI),
                 (letter("She's happy for me to record her this weekend, before the consent "
                         "forms are sorted."), TY),
                 (letter("Next time I will simply list a course; nobody ever asks to see the "
                         "certificate."), RR),
                 (letter("I'd be comfortable presenting captive-bred footage as wild; "
                         "audiences never notice."), TY),
                 (letter("I told her the company had already commissioned a series, the "
                         "easiest way to get her to agree."), CI),
                 (letter("I still have my old login, so I've pulled their unpublished den "
                         "map."), AI),
                 (letter("I'll get a fit note from my GP for the rest of my notice."), AI),
                 (letter("I kept copies when the plant closed, including the approved "
                         "supplier list with current unit prices."), AI)],
        "pass": [(letter("The Campbell diagram is from my conference paper, so there is no "
                         "confidential data of any client in it."), AI),
                 (letter("It uses a synthetic geometry only, so there is no unpublished data "
                         "in it."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I have taken the liberty of having a case of claret delivered to "
                         "the office on Monday."), AI),
                 (letter("That's the kind of relationship I'd bring with me in the "
                         "role."), AI),
                 (letter("I have arranged two match balls with your son's name printed on "
                         "them. Please accept these with my best wishes."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I noticed the successful candidate completed her MA under your "
                         "supervision."), RR),
                 (letter("It is more than a newly hired analyst can manage; when that becomes "
                         "apparent, call me."), RR)],
    },
    "tone.desperate": {
        "fail": [(letter("We had pinned a lot on this, and I honestly don't know what to tell "
                         "the family."), RR)],
    },
    "tone.hostile": {
        "pass": [(letter("Initial risk: severity 4 x likelihood 3 = 12, unacceptable before "
                         "controls."), AI)],
    },
    "correctness.spelling": {
        "pass": [letter("I've done surtitling for two seasons; the photos are six jpegs.")],
    },
}
