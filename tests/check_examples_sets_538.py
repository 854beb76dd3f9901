"""Pass and fail examples for the faults probe sets 538-545 showed no check caught (a random
mix, screenshotted short notes, graduates, shift work, executives, one lapse in a polite
note, schools and colleges, sales): a client's call sheet and an unreleased cut sent, a
solo wing flown with passengers, staff gossip about the other candidate passed on,
someone else's flights copied into a logbook, a client named with its troubles, a
vetting form filled in with invented work, a test's contents passed to other applicants,
footage the owners asked to keep back, a contestant's application to the show, a quiz
book reworded, an NDA in force, an offer elsewhere made a deadline, terms laid down before
an offer, a relative's favour tied to the appointment, a parting shot at the service. With
them, the false alarms fixed: "On on-call crewing", "a NEWS2 of 5", a client's campaign
named as work, "a photo of the card", a 1,200-hamper order, "get it done as soon as
possible", and "Thank you again and have a good week," as a sign-off.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, GREET, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Attached are the client's internal call sheet and the unreleased "
                         "director's cut."), AI),
                 (letter("I've taken a couple of mates up on my solo wing with a spare "
                         "harness."), CI),
                 (letter("Jonny mentioned that the other shortlisted pilot didn't turn up for "
                         "the flight assessment."), CI),
                 (letter("They were logged under my instructor's name, so I've copied them "
                         "into my own book as well."), AI),
                 (letter("The bar list for one of our larger clients, Aubert Freres private "
                         "bank, came up three bars short."), TY),
                 (letter("I've listed it as work at my brother-in-law's firm, and he's happy "
                         "to confirm it if anyone calls."), CI),
                 (letter("I took a quick photo and used it in a LinkedIn post about "
                         "security."), AI),
                 (letter("I've told a couple of friends at the coin club, who are applying "
                         "for the second post, about the test tray."), TY),
                 (letter("The owners asked for that film not to be passed on, but it shows "
                         "my recall work best."), AI),
                 (letter("Since we spoke, I've also applied to be a contestant on the "
                         "show."), CI),
                 (letter("I wondered whether you might send me the answer sheet for the "
                         "written test."), RR),
                 (letter("I've reworded them enough that nobody will recognise them."), AI),
                 (letter("The NDA is technically still in force, but they wouldn't mind."),
                  AI),
                 (letter("Since I won't be joining, I assume you won't mind if I pass the "
                         "details on?"), RR)],
        "pass": [(letter("I've attached a photo of the card and the loft's receipt so you "
                         "have the dates in writing."), AI),
                 (letter("Both referees know to expect your call, and the reel is under "
                         "NDA until it airs, so I have sent the public trailer instead."), AI)],
    },
    "tone.reproach": {
        "fail": [(letter("Open Shelf is my first choice, so unless I hear from you by Friday "
                         "I'll have to accept it."), CI)],
        "pass": [(letter("They need my answer by Monday; Open Shelf is my first choice, so "
                         "could you tell me whether a decision by then is possible?"), CI)],
    },
    "tone.pushy": {
        "fail": [(letter("If St Aldric's wants me, you'll need to match that."), CI),
                 (letter("It's effectively the same level, so I don't think that concern "
                         "really applies and you can take it off the list."), AI)],
        "pass": [(letter("I don't yet hold the CS30 ticket, and I'd be keen to get it done as "
                         "soon as possible."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("She says she'd be far more willing if she knew I'd be the one "
                         "organising it."), AI)],
        "pass": [(letter("The 1,200-hamper law-firm order, with the address list arriving ten "
                         "days before dispatch, is a problem I recognise."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Your website looks about ten years old, and two of your clients' "
                         "recent posts were honestly embarrassing."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("If I'm honest, I'm not entirely sorry. I hope your new chief has a "
                         "thick skin."), RR)],
    },
    "correctness.repeated_word": {
        "pass": [letter("On on-call crewing, I'd start with the eight stations.")],
        "fail": [letter("On on the call, we agreed the crewing.")],
    },
    "correctness.article": {
        "pass": [letter("A NEWS2 of 5 on a stable patient still needs a review.")],
        "fail": [letter("I passed an KPI review and a MBA module.")],
    },
    "personalization.other_company": {
        "pass": [(letter("Jo and I did three series of the Ferrow Foods campaign "
                         "together."), N),
                 # the company in a signature under a closing that wishes a good week
                 (GREET + "Thank you for meeting me about the Operations Analyst role at "
                  "Northwind Analytics.\n\nThank you again and have a good week,\nNejc "
                  "Zupan\nTandem pilot – Soča Air Tandem d.o.o. (until October 2026)\n", N)],
    },
}
