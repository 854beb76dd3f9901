"""Pass and fail examples for the faults probe sets 274-281 showed no check caught
(incomes inflated on finance proposals, mileage wound back, lifting alone and patch tests
skipped, safety logs signed in advance or filled with last month's readings, an entry that
hides a difference from the auditors, clients' details exported, experience and a
qualification to be recorded as held, an employer's systems scanned without leave, a login
shared, a former employer's weaknesses, referees posing as the line manager, a primer for
an interviewer who "seemed unsure") and the false alarms they showed (a problem cleared
"immediately", a decision the employer hoped to make by the end of last week, a client who
asked for my personal number, "used to being the calm face", TLP markings, trade words,
National Insurance, an insurer in brackets, a former employer the writer left).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("If they're short, I put the higher figure in; lenders rarely ask for "
                         "payslips."), AI),
                 (letter("A mate can recalibrate the cluster and nobody's any the wiser."), AI),
                 (letter("I hung them alone, with no second person and without checking the "
                         "wall fixings."), TY),
                 (letter("I sign and date the log for all four weeks in advance."), AI),
                 (letter("I fill in the readings for the ones I've missed using last month's "
                         "figures."), TY),
                 (letter("We don't bother with a separate patch test and only had a handful "
                         "of blisters."), AI),
                 (letter("I book an entry for whatever the difference is so the subledger "
                         "ties. The auditors have never caught it."), AI),
                 (letter("I've exported the contact details of my regulars from the booking "
                         "system."), AI),
                 (letter("I'd say three years' experience – please feel free to record it "
                         "that way. I'm practically NPLQ-qualified."), TY),
                 (letter("I took the liberty of doing some reconnaissance and ran an Nmap scan "
                         "against your ranges."), AI),
                 (letter("It's a read-write account, so please don't change anything."), AI),
                 (letter("About 300 scanners share one local admin password."), TY),
                 (letter("Mark's a mate rather than my line manager, and has agreed to answer "
                         "as if he was."), AI)],
        "pass": [(letter("My reel is at vimeo.com/jordan/reel (password: kettle26)."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Since Ben seemed a little unsure how it flows through, I've put "
                         "together a primer."), AI)],
    },
    "tone.pushy": {
        "pass": [(letter("I'd clear it immediately, record it and escalate in writing."), AI),
                 (letter("I know you were hoping to make a decision by the end of last week."),
                  CI)],
    },
    "tone.overfamiliar": {
        "pass": [(letter("A man I supported asked for my personal number; I said no and gave "
                         "him the out-of-hours line."), TY)],
    },
    "tone.boastful": {
        "pass": [(letter("I'm used to being the calm face people see first."), TY)],
    },
    "tone.shouting": {
        "pass": [("Subject: Sample briefing (TLP:CLEAR), as discussed\n\nDear Dana,\n\n"
                  "Here is the briefing.\n\nBest regards,\nJordan", AI)],
    },
    "correctness.spelling": {
        "pass": [(letter("A summary of QR-code phishing (\"quishing\") and our compa-ratio "
                         "figures."), AI)],
    },
    "personalization.other_company": {
        "pass": [(letter("I quoted the employer's National Insurance saving at the old rate."),
                  N),
                 (letter("I attach my liability certificate (with Hollybrook Insurance, "
                         "renewed in August)."), N),
                 (letter("I noticed my CV says I left Brightmoor Services in 2023, not 2024."),
                  N)],
    },
}
