"""Pass and fail examples for the faults probe sets 186-193 showed no check caught (a team
lead's design shown as the writer's own, a friend's copy of last year's task brief, a
reference the candidate drafted for the referee, an expiry date changed on a certificate,
a former lead run down as someone who "simply didn't understand", terms demanded "before I
go any further", and set 78's source data filled in with "what they would have been") and
the false alarms they showed ("I've left out internal figures", a vendor's engineer who
could see the job list "on his phone").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The final layout was my art director's, but I worked on the account, "
                         "so I've presented it as my own in the portfolio."), AI),
                 (letter("A colleague who sat the test last spring still has a copy of the "
                         "brief, so I can get ahead if it is the same one."), TY),
                 (letter("Attached is a reference from my old supervisor. She was busy, so it "
                         "goes out under her name without checking what I wrote."), AI),
                 (letter("The renewal course is full until March, so I changed the expiry date "
                         "on my food hygiene certificate to keep your records tidy."), AI),
                 (letter("Best not to mention it to the office until the new card arrives."),
                  AI),
                 (letter("Two readings were missing from the log, so we filled them in with "
                         "what they would have been and closed the audit on time."), TY)],
        "pass": [(letter("I've left out internal figures and used only what the firm "
                         "published, so the summary is fine to share."), AI),
                 (letter("I presented it as my own research at the spring conference, with my "
                         "supervisor as co-author."), AI),
                 (letter("Two readings were missing from the log, so we filled in the gaps with "
                         "a repeat visit the next morning."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("The rollout slipped because my old manager simply didn't understand "
                         "the tooling, and she left soon after, which tells you everything."),
                  AI)],
        "pass": [(letter("The rollout slipped while we waited for the new licences, and we "
                         "finished it the following quarter."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("Before I go any further I'd need the base raised to the top of the "
                         "band and every Friday at home."), AI),
                 (letter("The weekly stand-up would need to be waived in my case."), AI)],
    },
    "tone.passive_aggressive": {
        "pass": [(letter("Once the technician could see the job list on his phone, overdue "
                         "visits fell by half."), TY)],
        "fail": [(letter("I noticed the second interviewer was mostly on his phone while I "
                         "presented, which I found a little discouraging."), TY)],
    },
}
