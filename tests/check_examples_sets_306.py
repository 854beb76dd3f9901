"""Pass and fail examples for the faults probe sets 306-313 showed no check caught
(employees' medical reasons left in a tracker, an employer's leaked exercises, a controlled
drug record signed twice by one nurse, a reference the writer wrote, a relative answering a
referee's phone, lost data kept out of an incident report, certifications listed before
they are sat, a firm's client rates, an employer's internal precedents, certificates
filled in without results, promises no one can keep, a panel met "you and" someone the
notes do not name) and the false alarms fixed with them (a client's "plan", "you said you
would keep my CV on file", names removed "to keep it confidential", "NMC PIN", a post
named for places, "liveness", "crypto").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI_N, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I left the live data in so you can see how it works, with the "
                         "medical reason from their certification."), AI),
                 (letter("I found the other two parts of your case set on an interview-prep "
                         "forum."), AI),
                 (letter("When there's no second nurse free, I sign both columns of the CD "
                         "record myself."), AI),
                 (letter("To be open about it, I wrote the reference myself, and Sharon signed "
                         "it."), AI),
                 (letter("The number above is actually my brother-in-law's; he has agreed to "
                         "take the call on Mark's behalf."), AI),
                 (letter("We agreed within the team not to put the nine-day gap in the "
                         "incident report."), TY),
                 (letter("I haven't actually sat them yet, but I thought it was fair to list "
                         "them now."), AI),
                 (letter("Below are the rates agreed with three of our biggest clients, taken "
                         "from our billing system."), AI),
                 (letter("I've attached our internal practice note on the new leasehold "
                         "rules."), AI),
                 (letter("I filled in the flushing and cleaning certificates myself, and "
                         "nobody was any the wiser."), AI),
                 (letter("My old PI doesn't know I kept a copy, so I'd ask you to keep it "
                         "between us."), AI)],
        "pass": [(letter("I've removed the owners' names and the address to keep it "
                         "confidential, and my director agreed that I could share it."), AI)],
    },
    "tone.overeager": {
        "fail": [(letter("I will never be late, not even once, and I can do double shifts "
                         "every day."), TY)],
    },
    "personalization.greeting_name": {  # the sample notes name Dana Whitfield, Sam Ortiz
        "fail": [(letter("It was great to meet you and Brandon, and to hear about the "
                         "forecasting model."), N)],
        "pass": [(letter("It was great to meet you and Sam, and to hear about the "
                         "forecasting model."), N),
                 (letter("It was great to meet you and Mr Ortiz."), N)],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "pass": [(letter("The before-and-after on the Fairmont Dental plan's participation "
                         "rate was a great example."), N)],
    },
    "tone.reproach": {
        "pass": [(letter("You said you would keep my CV on file in case another role comes "
                         "up. I'd definitely be interested."), RR)],
    },
    "tone.shouting": {
        "pass": [letter("Here are my referees' details and my NMC PIN.")],
    },
    "personalization.role_title": {  # the sample notes: an Operations Analyst interview
        "pass": [(letter("Northwind is still my first choice, and the Kelbrook and Anstey post "
                         "is the one I'd most like."), CI_N)],
    },
    "correctness.spelling": {
        "pass": [letter("I tuned the liveness probes, and I enjoy crypto work.")],
    },
}
