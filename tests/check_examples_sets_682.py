"""Pass and fail examples for the faults probe sets 682-689 showed no check caught (jobs
outdoors and with animals, students and new graduates, less formal steps, long job hunts,
drafts from a writing assistant, internal and referred candidates, and two sets whose bad
drafts each hold one lapse stated in passing): holidays and a short week asked for in a
thank-you, a client under investigation named, terms for accepting, a favour asked of the
interviewer, returns filed on estimates, unpublished figures, a relative's claim, a
promise to pay logged unconfirmed, a team's figure claimed, a reference silent on an
investigation, a tracker sent with live figures, part of the job handed to others, checks
skipped, children named, the writer's number offered to parents, informal reports on
placements, a trial session listed on a CV, a password emailed, colleagues and managers
run down, unpaid work or a lower band offered after a rejection, and bias alleged. The
passes are the near-misses the same sets held. ``check_examples`` merges them into
``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Would it be possible to have Christmas Day and Boxing Day off this "
                         "year?"), TY),
                 (letter("Is there any chance of a four-day week once I've settled in?"), TY),
                 (letter("HMRC have opened a check into Kestrel Joinery, one of our clients, "
                         "this month."), TY),
                 (letter("I could only accept an offer if Fridays at home are in the "
                         "contract."), CI),
                 (letter("While I'm writing, could I ask a quick favour about my partner's "
                         "café?"), CI),
                 (letter("If the records are late, I file the return on an estimate."), AI),
                 (letter("They haven't been published yet, but I helped pull them "
                         "together."), TY),
                 (letter("My sister has had a laminitis claim open with you for weeks."), CI),
                 (letter("I set a promise to pay on the account before they have really "
                         "confirmed."), TY),
                 (letter("Strictly, the £1.6m is the figure for our whole team, but I led "
                         "it."), AI),
                 (letter("She resigned with a reference that made no mention of the open "
                         "investigation."), CI),
                 (letter("I've left it populated with our actual Q2 figures."), AI),
                 (letter("I'd need to leave at 8.30, so I'd ask for one of the assistants to "
                         "do the handover."), CI),
                 (letter("There'd be no need to go through all the checks again."), RR),
                 (letter("One of my key children, Oscar Pryce, has parents who are "
                         "separating."), TY),
                 (letter("I'd be happy for you to pass my number on to the baby room "
                         "parents."), CI),
                 (letter("I already know the three Kowalczyk siblings placed with your "
                         "carers."), TY),
                 (letter("If you'd like to know informally about how a placement is going, "
                         "just ask."), RR),
                 (letter("One of the lads, Kai Brennan, who's 15 and lives nearby, was "
                         "arrested."), CI),
                 (letter("I've updated my CV to list Ferncliffe ASC as a coaching "
                         "placement."), RR),
                 (letter("You can log in to my UKVI account directly if the code fails."), AI)],
        "pass": [(letter("If you'd like an unredacted copy, I can ask our registrar."), AI),
                 (letter("My date of birth is 03/06/1994 if you need it for the check."), AI),
                 (letter("It raised £4,500 from a building society (I've taken their name "
                         "out, but I'm happy to talk it through)."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Honestly I could see why that home has the case volumes it does."),
                  RR),
                 (letter("It is run by a supervisor who has more or less stopped trying."), TY),
                 (letter("I think that has coloured what she wrote."), RR),
                 (letter("The service has drifted under our current manager."), CI),
                 (letter("She came across from the sales floor, and it shows."), TY)],
    },
    "tone.desperate": {
        "fail": [(letter("I'm happy to work for nothing to begin with."), RR),
                 (letter("I'd come in at the bottom of the band, or even a bit under it."),
                  RR)],
    },
    "tone.reproach": {
        "fail": [(letter("I've been around long enough to know what those questions usually "
                         "mean."), CI)],
    },
    "tone.boastful": {
        "pass": [(letter("I wanted to follow up and, while I'm at it, give you an update on "
                         "the Saturday job."), CI)],
    },
    "tone.pushy": {
        "pass": [(letter("I've assumed the grotto runs every day until Christmas Eve."), AI),
                 (letter("If I resigned in the first week of December I could start in "
                         "March."), CI)],
    },
    "correctness.placeholder": {
        "pass": [(letter("I've replaced the lender's name with [redacted] throughout."), AI)],
    },
    "correctness.spelling": {
        "pass": [(letter("The shio broth was the best thing I tasted all week."), TY),
                 (letter("The checkout loads in an iframe, with keys read from the env "
                         "file."), AI)],
    },
}
