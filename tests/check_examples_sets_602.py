"""Pass and fail examples for the faults probe sets 602-609 showed no check caught (a random
mix, hostile replies, gifts and favours, disputed rejections, writers of English as a
second language, chasing, and two sets whose bad drafts each hold one lapse stated in
passing): batteries left charging overnight, a rumour about the appointee, a client's
volumes offered, nights on top of a day job, dangerous-goods labels dropped, key-safe
codes written down, an appointment put down to sex, safety events mislabelled, readings
filled in afterwards, a vetting queue jumped, a new employer's procedures offered,
security seals cut, losses docked from tips, stocktakes seen through a friend,
favouritism insinuated, allergens left off, checks run on an employer's systems, an
investigation told to a relative, a confidential agenda read, minutes kept on a laptop,
feedback sought through a spouse, a second application under another name, a child
identified from a story, private contact with children, casework matched to party data,
personal accounts for people's data, a risk of self-harm not escalated, a diploma passed
off as nurse training, a threat to walk away and a donation timed for the panel. With
them, the false alarms fixed: the role's own hyphenated title read as a company, and
wording offered in quotes for others to fill in read as a placeholder left in.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("We leave customers' e-bikes on charge in the workshop overnight."), TY),
                 (letter("There were some questions about his till before he left, though of "
                         "course nothing was ever proven."), RR),
                 (letter("I know their nightly volumes well, so I could share those."), CI),
                 (letter("I can do the shifts straight after my day job."), RR),
                 (letter("The carriers hardly ever check, so I left the labels off."), AI),
                 (letter("I keep a notebook in the cab with the key-safe codes of my "
                         "customers."), TY),
                 (letter("I understand you needed to appoint a woman to the post."), RR),
                 (letter("I fill in the expected temperatures at the end of the shift."), TY),
                 (letter("I can make sure my check is looked at first through a cousin."), RR),
                 (letter("Let the loaders cut the seal, add the meals and re-seal it."), AI),
                 (letter("We take breakages out of the tronc pot before it's shared."), TY),
                 (letter("Your manager is an old friend and kindly showed me the figures."), CI),
                 (letter("I left out the rarer ones like lupin and celery."), AI),
                 (letter("I've mentioned to her that you are looking closely at the block, so "
                         "she'll keep an eye out."), CI),
                 (letter("I kept the panel minutes on my personal laptop when I left."), CI),
                 (letter("I know Ruth's husband from the choir, so I'll ask him."), RR),
                 (letter("I'll probably use my married name next time."), RR),
                 (letter("I think I know who she is from the details."), TY),
                 (letter("I'll set up a private Instagram group for the young people I "
                         "met."), RR),
                 (letter("I still have access to the party's canvassing database."), CI),
                 (letter("I can handle things through my personal Gmail and WhatsApp."), RR),
                 (letter("It's usually best just to note it on the file and ring them back "
                         "tomorrow."), AI),
                 (letter("My diploma is broadly equivalent to registered nurse training."), AI)],
    },
    "tone.threat": {
        "fail": [(letter("If you bring in an outsider, I'll be stepping back from the crew."),
                  TY)],
    },
    "tone.gift": {
        "fail": [(letter("We'd be glad to put £2,000 towards the appeal; the panel might like "
                         "to know before they meet."), AI)],
    },
    "correctness.placeholder": {
        "pass": [(letter('Here is the consent wording I mentioned:\n\n"I give permission for '
                         'the office to discuss my case with [name of representative]."'), AI)],
        "fail": [(letter('Here is the note:\n\n"I give permission to discuss my case with '
                         '[name of representative]."'), AI)],
    },
}
