"""Pass and fail examples for the faults probe sets 314-321 showed no check caught (a
customer list taken on leaving, practice cases counted as clinical ones, a named patient's
treatment, a former boss's work left in a portfolio, a role "led" that was supported, works
started before infection control signed them off, hired parts photocopied, milk sent
before the withdrawal period ends, QC repeated or recounted until it passes, false exit
fees, savers moved into bonds they hesitated over, a referee confirming experience not yet
had, a referee's breakdown, torque skipped, a bottle or a hamper for the panel, a jibe at
whoever was chosen, a bracketed reminder to chase, a question credited to someone not on
the panel, a wrong "Scientific" firm) and the false alarms fixed with them
("isotope-labeled internal standards", notice handed in "after" an offer, referees who
"agreed to respond quickly", "json", "DOORS").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Attached is the customer spreadsheet I brought with me from Clearflue "
                         "when I left."), AI),
                 (letter("I've listed my ICSI cases as 150; strictly about 40 of those were on "
                         "practice oocytes."), AI),
                 (letter("I hope my story about Mrs Carvalho's embryos showed how seriously I "
                         "take witnessing."), TY),
                 (letter("A few of the gilded windows were actually done by my old boss, but I "
                         "helped on them so I've left them in."), AI),
                 (letter("Going forward I would like you to consider me as having led those "
                         "negotiations."), AI),
                 (letter("I took the decision to proceed without waiting for the formal "
                         "sign-off."), AI),
                 (letter("Publishers never check, so there's no way for them to know."), AI),
                 (letter("We treat the withdrawal period on the label as a guide rather than a "
                         "rule."), AI),
                 (letter("We re-inject the QC spike until we get a passing recovery."), AI),
                 (letter("I'd tell them the exit fee was about double what it really was."),
                  AI),
                 (letter("Two later complained, but both complaints were closed without "
                         "redress."), AI),
                 (letter("She's happy to confirm that I sit in on protection appointments."),
                  AI),
                 (letter("She left in the spring after a breakdown and was off for months with "
                         "depression."), AI),
                 (letter("When the queue's out the door, I skip the torque wrench."), AI)],
        "pass": [(letter("I'd like to compare that with the isotope-labeled internal standards "
                         "your team uses."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("I've dropped off a bottle of single malt at the shop for you both."),
                  AI),
                 (letter("I'll drop a hamper from our farm shop off at your office on "
                         "Friday."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I'd hoped to shake that up. Hopefully whoever you've chosen has the "
                         "nerve to do it."), RR)],
    },
    "correctness.placeholder": {
        "fail": [(letter("Has a decision been made yet? (chase again Fri if nothing)"), CI)],
    },
    "personalization.greeting_name": {  # the sample notes name Dana Whitfield, Sam Ortiz
        "fail": [(letter("I've been thinking about Rachel's question on managing "
                         "contractors."), N)],
        "pass": [(letter("I've been thinking about Sam's question on managing contractors."),
                  N)],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "fail": [(letter("I came away even more enthusiastic about the work at Halden "
                         "Scientific."), N)],
    },
    "tone.pushy": {
        "pass": [(letter("Please hold off until after I have handed in my notice, which I plan "
                         "to do on Monday."), AI),
                 (letter("My referees have also agreed to respond quickly if contacted."), CI)],
    },
    "correctness.spelling": {
        "pass": [letter("The palette is in palette_tokens.json, and the requirements are in "
                        "DOORS.")],
    },
}
