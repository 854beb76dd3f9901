"""Pass and fail examples for the faults probe sets 610-617 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, notes to recruiters,
reproach and sarcasm, mailbox furniture, career changers, hiring managers' threads): a
night without sleep before safety work, other candidates' children held against them, a
former employer's login kept, record dates moved into a window, a reported defect left
to run, standing in the bight of a line, a rumour that the hire was rigged, work started
before the permit, a relative at the client asked to lean on the decision, an
occupational-health instruction ignored, phone numbers from a private group, a client
named with her health details, babies left while their mothers train, a cable under a
fire door, a long drive after a long shift, spatulas re-dipped, the cooling-off right
kept back until the customer signs, customers ranked by their surnames and a stranger's
grief posted online. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Some weeks I go 18 hours without sleep between the two jobs."), TY),
                 (letter("I have no kids, so unlike some applicants I can always cover."), CI),
                 (letter("I've still got my login to the old depot's stock system."), RR),
                 (letter("I moved two of the test reports so they fall inside the window you "
                         "set."), AI),
                 (letter("On quiet nights we'd usually let it run to the next service."), AI),
                 (letter("I'd often stand in the bight to save a few seconds."), TY),
                 (letter("I heard it was going to the manager's niece anyway."), RR),
                 (letter("We'd make a start on the scaffold before the permit arrived."), TY),
                 (letter("I've asked him if there's anything he can do to help."), RR),
                 (letter("The nurse said to stay off the site until the retest, but I feel "
                         "fine."), AI),
                 (letter("A friend passed me the numbers of everyone in her old team."), TY),
                 (letter("My client Sarah Dunmore recovered well from her depression."), TY),
                 (letter("The toddlers can wait in the buggies while the parents run."), AI),
                 (letter("I ran the lead under the fire door and taped it."), CI),
                 (letter("I did a five-hour drive after a twelve-hour shift last week."), AI),
                 (letter("On a busy day I do re-dip for the small areas."), TY),
                 (letter("It's best raised once the customer has already signed."), TY),
                 (letter("I put customers with foreign-sounding names to the bottom of the "
                         "list."), AI),
                 (letter("The widow in tears at the service has had 9,000 views on "
                         "TikTok."), RR)],
        "pass": [(letter("I work nights, so I keep to the rule of two days off before a "
                         "day shift."), TY),
                 (letter("I would never start before the permit was signed."), TY),
                 (letter("I explain the cooling-off period before anyone signs."), TY)],
    },
}
