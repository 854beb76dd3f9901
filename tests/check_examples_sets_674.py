"""Pass and fail examples for the faults probe sets 674-681 showed no check caught (short
notes from people new to email, panel thank-yous, things sent after the interview,
check-ins at every stage, long letters in universities and publishing, messages as an inbox
shows them, and two sets whose bad drafts each hold one lapse stated in passing): a sleep
on a waking night, referrals exported to a personal email, a client named with her street
and diagnosis, terms set for accepting, a dentist excuse, volunteering shown as paid, a
partner left off a vetting form, an applicant named with his record, an expiry date left
off, a rival's prices and a tender's margin, safety checks dropped and alarms switched off,
cash work, the callout rota refused, the appointee's salary asked for, leave booked as
settled, a certificate that is somewhere, a family member's illness repeated, an
interviewer run down or corrected, unrequested reading, plans, redesigns and audits, and
courtesy lectured. The passes are the near-misses the same sets held. ``check_examples``
merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Is it OK to have a sleep on quiet nights if everyone is settled?"), TY),
                 (letter("I exported the practice's waiting list to my personal email so I "
                         "could sort it at home."), CI),
                 (letter("I acted for Mrs Joan Dace of Mill Lane, who has dementia, last "
                         "spring."), TY),
                 (letter("I could accept an offer on the basis that you cover my exam fees."),
                  TY),
                 (letter("I've told my manager I'm at the dentist this afternoon."), CI),
                 (letter("Next time I'll list my volunteering at the food bank as a paid "
                         "role."), RR),
                 (letter("I left my ex-partner off the form, as we are not in touch."), CI),
                 (letter("We had an applicant, Sam Kerr, whose enhanced DBS showed a "
                         "conviction."), AI),
                 (letter("My card lapsed, so I left the expiry date off my application."), AI),
                 (letter("Redgate are charging builders around £400 a flight."), TY),
                 (letter("We went in at £148 per m² with 9% margin on top."), TY),
                 (letter("One quick win was dropping the weekly anchor checks."), CI),
                 (letter("We started switching off the pedestrian zone alarms at night."), CI),
                 (letter("I've done a few lift services at weekends, all cash, which helped."),
                  CI),
                 (letter("I'd need to be off the weekend callout rota."), RR),
                 (letter("Could you tell me who you've appointed and what salary they were "
                         "offered?"), RR),
                 (letter("We've already booked three weeks away, non-refundable, in "
                         "December."), AI),
                 (letter("I couldn't find the crane certificate but I definitely have one."),
                  AI),
                 (letter("Aled mentioned as he walked me out that Huw is unwell."), RR)],
    },
    "tone.badmouthing": {
        "fail": [(letter("You were fair. I can't say the same for Sgt Rowe, who barely looked "
                         "up from his laptop."), RR),
                 (letter("It may be worth a second look at how the exercise is marked."), RR)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("The fault was a DC link overvoltage, not the motor. Easy mistake "
                         "to make."), TY)],
    },
    "tone.overeager": {
        "fail": [(letter("I'd appreciate it if you could both read it before making your "
                         "decision."), AI),
                 (letter("I know I'm not on the team yet, but here is my plan for the "
                         "backlog."), AI),
                 (letter("I spent last night reworking the central courtyard."), TY),
                 (letter("I have compiled a list of 312 errors in your online catalogue."), RR)],
        "pass": [(letter("My notice period is eight weeks, so knowing sooner rather than "
                         "later would help me plan a start date."), CI)],
    },
    "tone.reproach": {
        "fail": [(letter("I note that the 27th has now come and gone without any word."), CI)],
    },
    "tone.pushy": {
        "pass": [(letter("As you said you'd hopefully have news by the end of the month, I "
                         "thought I'd check in."), CI),
                 (letter("If the outcome is positive I'd like to get my forms in as soon as "
                         "possible."), CI)],
        "fail": [(letter("I expect news by the end of the month."), CI)],
    },
    "correctness.spelling": {
        "pass": [(letter("I'd measure the flexi by length up to 1.5 m."), TY)],
    },
}
