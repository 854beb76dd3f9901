"""Pass and fail examples for the faults probe sets 642-649 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, anxious writers,
check-ins around the decision date, hiring managers' threads, other organisations named,
and attachments): a secure site's blind spot, a qualification put down as held, a court
list read off a desk, a hearing joined through someone else's link, a client's default
password, a borrowed address, a neighbour's pass number, a former employer's negotiating
position, a real log with people's home addresses, an inflated salary kept, a client's
login used, a work login shared, test work shown as a commission, other candidates'
children, another candidate's score, groups watched called groups run, an agency's
client undercut, jokes about the wait, a restructuring plan for the panel, and a project
that needs rendering overnight. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The store room cannot be seen from the office, I noticed."), TY),
                 (letter("I've listed the NEBOSH certificate as held on the form."), AI),
                 (letter("I glanced at the rota on your desk while you were out."), TY),
                 (letter("The link was on the noticeboard, so I joined it from home."), CI),
                 (letter("Their depot still has the default password on every tablet."), CI),
                 (letter("I'll use my sister's address in town on the application."), RR),
                 (letter("His membership number is 4471 2290, if you want to check."), CI),
                 (letter("I could tell you informally what their board would accept."), RR),
                 (letter("Rather than mock one up, I've attached the real tracker."), AI),
                 (letter("That's actually the figure I expect after my review."), AI),
                 (letter("I still have a login to their reporting portal."), TY),
                 (letter("The easiest way is to log in as me and download it."), AI),
                 (letter("I'll add them to my portfolio as \"Packaging for Brightleaf\"."), RR),
                 (letter("I'm single with no dependants, so evenings are easy."), CI),
                 (letter("Could you send over their written exercise and score?"), RR),
                 (letter("I've started describing them as sessions I led."), CI),
                 (letter("Feel free to pass my details straight to the client."), RR)],
        "pass": [(letter("The title hasn't been announced yet, so I can't show the cover."),
                  AI),
                 (letter("The series was still under embargo when we met; it is public "
                         "now."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I hope the paint dries faster than your hiring decisions!"), CI),
                 (letter("Just checking you're still alive over there."), CI)],
    },
    "tone.overeager": {
        "fail": [(letter("In the attached plan I propose restructuring the team into three "
                         "hubs."), AI),
                 (letter("The render takes about six hours, so set it going overnight."), AI)],
    },
    "tone.reproach": {
        "pass": [(letter("You may not be able to give me an answer by then, and that's "
                         "fine."), CI)],
    },
}
