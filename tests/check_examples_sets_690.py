"""Pass and fail examples for the faults probe sets 690-697 showed no check caught
(transport jobs, messages to recruiters, messages while an offer is pending, very short
messages, strong regional voices, formal public-sector processes, and two sets whose bad
drafts each hold one lapse stated in passing): bank details and a GP letter sent unasked,
terms for accepting, a release on a single check, a patient made identifiable, a drug
above its protocol limit, a patient named and offered as a referee, an exemption for a
social night, another candidate's work asked for, a form signed for a manager, a safety
review skipped, a rota refused, credit claimed, a source named, a document left
unredacted, a salary floor, a client's plans passed on, conditions on an acceptance, a
ranking asked for, a rewritten answer to be marked, a title stretched, an old login used,
a panel's view repeated, a current team lead and a rival run down, a gift posted, a
veiled threat, a demand to keep off a story, a start reneged on, a sarcastic chase and a
range dismissed. The passes are the near-misses the same sets held. ``check_examples``
merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("My bank details for wages are below, with a GP letter about my "
                         "back."), AI),
                 (letter("I'd only be able to accept if the role came off the on-call rota."),
                  CI),
                 (letter("I release them on my own check rather than waiting for a second "
                         "checker."), AI),
                 (letter("It was the 14-year-old lad at the rugby club; you may have seen it "
                         "in the Hereford Times."), TY),
                 (letter("I gave ketamine at doses above our service's PGD limit."), AI),
                 (letter("One of my patients, Mrs Eileen Corbett, would vouch for me."), CI),
                 (letter("If offered, I'd need to be exempt from the Thursday class."), CI),
                 (letter("Could you forward me the successful candidate's presentation?"), RR),
                 (letter("My superintendent is away, so I signed it on her behalf."), AI),
                 (letter("On nights we'd often skip the hourly review."), AI),
                 (letter("I'd need to be left off the on-call rota over Christmas."), CI),
                 (letter("The entry went in under my head of department's name."), AI),
                 (letter("My main source is Gareth, a finance officer at the council."), TY),
                 (letter("The council forgot to redact the officers' mobile numbers."), AI),
                 (letter("I couldn't accept anything below £41,000."), TY),
                 (letter("They are pulling out next year, but they haven't told anyone yet."),
                  TY),
                 (letter("Once you've confirmed these in writing I'll sign."), CI),
                 (letter("Just so we're clear before you decide, I'd need to take the van "
                         "home."), AI),
                 (letter("Am I currently near the top of the merit list?"), CI),
                 (letter("I'd be grateful if the panel could mark this one instead."), TY),
                 (letter("Officially I was an assistant, but in practice I ran the rota."),
                  CI),
                 (letter("My login for their claims portal from my temping spell still "
                         "works."), RR),
                 (letter("I wondered whether you could confirm informally, so I can sort "
                         "out my notice."), CI),
                 (letter("The cardiologist will approve it by phone and we go ahead."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("My team lead doesn't see the point of outcome measures."), TY),
                 (letter("She can be quite territorial about her scanner."), RR),
                 (letter("Their translations have that flattened, Google Translate feel."),
                  CI),
                 (letter("Planning there has become a bit of a shambles since the new chief "
                         "executive arrived."), CI)],
    },
    "tone.gift": {
        "fail": [(letter("I've popped a box of chocolates in the post to you both."), AI)],
    },
    "tone.threat": {
        "fail": [(letter("I'd hate for this decision to make that booking more "
                         "complicated."), RR)],
    },
    "tone.pushy": {
        "fail": [(letter("I'd ask that the Ledger doesn't pursue it in the meantime."), RR)],
        "pass": [(letter("They've asked for my answer by close of play on Thursday."), CI),
                 (letter("As discussed, I'll hand in my notice on Monday."), CI),
                 (letter("If it's positive I'd want to start the paperwork as soon as "
                         "possible."), CI)],
    },
    "tone.hostile": {
        "fail": [(letter("Not going to be starting Monday after all. Sorry for the short "
                         "notice but these things happen."), CI)],
    },
    "tone.reproach": {
        "fail": [(letter("A simple yes or no would be appreciated, it's not that hard."), CI)],
        "pass": [(letter("Any news on the job? You said the 20th. Still keen."), CI)],
    },
    "tone.overeager": {
        "fail": [(letter("Walking round I'd cut about half the current range."), TY)],
        "pass": [(letter("I've pencilled in the basic rifle course for November."), TY)],
    },
    "correctness.spelling": {
        "pass": [(letter("I've done two years of paeds shifts. Baie dankie, oom Piet."), TY)],
    },
}
