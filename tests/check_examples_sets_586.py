"""Pass and fail examples for the faults probe sets 586-593 showed no check caught (a random
mix, trades and driving, over-eager candidates, development work from many countries,
very short messages, senior hires, and two sets whose bad drafts each hold one lapse
stated in passing): a sick day to be phoned in, a second application under another name,
workers praised by nationality, a van on a provisional licence, boats without buoyancy
aids, a lapsed certificate kept from HR, a job that "needs a strong man", lone working
offered, mothers set against the writer, a false offer to be confirmed, results released
after a failed control, gossip about the appointee, a drive home after a fourteen-hour
day, a false offer told to a rival employer, outliers removed, a padded application, a
relative as referee, an appointee's age, a uniform bought before an offer, a
predecessor's "shambles", sarcasm about pace and the appointee, a column held over the
employer, a fire door wedged open, costs paid for the employer and a drink asked for.
With them, the false alarms fixed: Hausa and Filipino forms of address and a verb's
particle before a day ("worked on on Tuesday"). ``check_examples`` merges them into
``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I'll ring in sick that day and nobody will know."), TY),
                 (letter("I'll apply under my maiden name, so it doesn't get flagged."), RR),
                 (letter("They work harder and complain less than the local staff."), RR),
                 (letter("I can drive the van on my provisional licence in the meantime."), AI),
                 (letter("We let the kids take the canoes out without life jackets when it "
                         "was busy."), TY),
                 (letter("It ran out in May, so no need to mention it to HR."), TY),
                 (letter("The job really needs a strong man on the tow truck."), RR),
                 (letter("I'd cover the pool on my own, which would free up the second "
                         "lifeguard."), AI),
                 (letter("Unlike some of the mums, I won't need to leave early."), CI),
                 (letter("Could you write a line confirming that I was offered the job but "
                         "turned it down?"), RR),
                 (letter("When the control failed we would release the results anyway."), AI),
                 (letter("There are a few things about why he left that you should hear."), RR),
                 (letter("I often drive home after a 13-hour shift without a break."), AI),
                 (letter("I've told them I already have an offer from you."), CI),
                 (letter("I removed a few outlier points so the trend is clearer."), AI),
                 (letter("I stretched that part of my application a little."), RR),
                 (letter("I've attached a reference from my aunt, who runs a bike shop."), AI),
                 (letter("At twenty he may find it hard to manage the older staff."), RR),
                 (letter("On busy days we wedged the fire door open with a crate."), AI)],
        "pass": [(letter("We never prop fire doors open, however busy the delivery."), AI)],
    },
    "tone.overeager": {
        "fail": [(letter("I've already bought a company hi-vis so I'm ready to start."), CI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Whoever kept the diary has made a real shambles of it."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I hope the board knows what it's doing."), RR),
                 (letter("I appreciate that charities are not known for their pace."), CI),
                 (letter("Congratulations on finding such a safe pair of hands."), RR)],
    },
    "tone.threat": {
        "fail": [(letter("If I'm joining, I'll drop the piece; if not, I'm free to write what "
                         "I see."), CI)],
    },
    "tone.gift": {
        "fail": [(letter("My sister has agreed to donate the prizes for the raffle."), AI),
                 (letter("I'll personally cover the minibus hire for the trip."), AI)],
    },
    "tone.overfamiliar": {
        "fail": [(letter("Now that we won't be working together, would you like a drink "
                         "sometime?"), RR)],
    },
    "correctness.repeated_word": {
        "fail": [(letter("I will send it on on the usual day."), AI)],
    },
}
