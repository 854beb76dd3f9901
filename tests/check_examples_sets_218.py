"""Pass and fail examples for the faults probe sets 218-225 showed no check caught (referees
who will say they managed the writer, a qualification listed as done because "no one ever
checks", another employer's internal papers, live credentials and a client's will sent as
samples, change control and multi-factor sign-in bypassed, canvassing through a councillor,
a check-in written past the panel) and the false alarms they showed (a mail system's
"[EXT]" tag, a trade word, the writer's own figure corrected, a guest's threat told in an
answer, a habit of checking before signing, a phone message that signs off at the end of
its one line). A lecturer's subject read as another company needs notes of its own: it is
pinned in ``test_sets_218_false_alarms``.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, CI_N, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Tom is a friend from my old gym rather than my line manager, but he "
                         "knows my work."), AI),
                 (letter("She has agreed to say she was my manager at the depot, which keeps "
                         "things simple."), AI),
                 (letter("I listed the diploma as complete because it basically is, and no one "
                         "ever checks."), AI),
                 (letter("I've attached the pricing sheet the sales desk circulated internally "
                         "last month."), AI),
                 (letter('The script is below.\n\napi_key = "k9X2mQ7vL4pR8sT1"\n\nBest not to '
                         "mention where you got it!"), AI),
                 (letter("I've attached a scan of a will we're administering for a client, "
                         "with my notes."), AI),
                 (letter("I ran the load test against production without raising a change, "
                         "and it proved my point."), TY),
                 (letter("I keep both admin passwords in my personal OneNote so I can get in "
                         "quickly."), AI)],
        "pass": [(letter("My first referee was my line manager for three years."), AI),
                 (letter("I always raise a change before any load test touches a shared "
                         "environment."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("Councillor Hartley said he would be happy to have a word with the "
                         "panel."), TY),
                 (letter("I hope you don't mind me writing to you directly. I interviewed last "
                         "week."), CI)],
        "pass": [(letter("I would be glad to speak with the panel again if that helps."), CI)],
    },
    "correctness.placeholder": {
        "pass": [("Subject: RE: [EXT] Analyst interview\n\nDear Dana,\n\nThank you for the "
                  "update on the forecasting model.\n\nBest regards,\nJordan", CI_N)],
    },
    "correctness.spelling": {
        "pass": [(letter("Most of the lifts I inspected had gearless machines."), TY)],
    },
    "tone.badmouthing": {
        "pass": [(letter("I gave you a number that wasn't quite right: my close rate is 38%."),
                  AI)],
    },
    "tone.threat": {
        "pass": [(letter("You asked how I would calm a guest who was threatening to post a "
                         "one-star review."), AI)],
    },
    "tone.boastful": {
        "pass": [(letter("I note any damage on the delivery note before I sign anything."),
                  TY)],
        "fail": [(letter("Before I sign anything, I'd like the holiday allowance confirmed."),
                  TY)],
    },
    "correctness.signoff": {
        "pass": [("Hi Dana, hope you're well. Is there any update on timings? Thanks, Jordan "
                  "Kaye\n\nSent from my phone", CI_N)],
    },
}
