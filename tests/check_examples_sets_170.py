"""Pass and fail examples for the faults probe sets 170-177 showed no check caught (a rival's
fault log exported with its source to be hidden, landholders' and clients' details sent as
samples, a logbook padded with a friend's dives, spraying under a relative's registration,
live meter swaps and softened audit findings offered as strengths, a former team blamed and
mocked, the person hired predicted to fail, a guarantee and a concern brushed off, trade
discounts offered for the job), what the refit of the wording model on their jobs let
through (a rejection answered with questions on what each interviewer and referee said,
transcripts not anonymised, a councillor offering to speak to the director, "sorry this is
coming a little late") and the near-misses they must leave alone.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("It is the complete outage log for the Drumbeg site, which I exported "
                         "from my current employer's asset system last week. Please keep the "
                         "source between us."), AI),
                 (letter("The spreadsheet has the tenants' names, home addresses and the "
                         "arrears each one owes, so you can see how I lay it out."), AI),
                 (letter("Here is the full case file for one of my current clients. I haven't "
                         "asked him, but I doubt he would mind."), AI),
                 (letter("Some of those climbs were my partner's, but I copied them into my "
                         "logbook as the routes were the same."), AI),
                 (letter("I have been applying the treatments under my uncle's licence number "
                         "for three seasons, and nobody ever checked."), AI),
                 (letter("Please do think of me as experienced in upholstery; if anyone asks, "
                         "I'm happy to describe it that way."), AI),
                 (letter("I can replace the fuses live, without waiting for the supervisor to "
                         "isolate the board, and it is quite safe if you are careful."), TY),
                 (letter("I make sure a loyal client isn't lost over minor findings, which I "
                         "think is real commercial sense."), TY),
                 (letter("I haven't had time to anonymise the transcripts, and the study is still "
                         "under embargo, so please keep them to yourselves."), AI)],
        "pass": [(letter("The sample I attach is anonymised: no names, addresses or account "
                         "numbers, and my manager agreed I could share it."), AI),
                 (letter("My logbook is attached; every dive in it is signed by the buddy or "
                         "instructor who was with me."), AI),
                 (letter("I always wait for the circuit to be isolated and proved dead before "
                         "I touch a meter."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("The errors in the survey were not mine: the lead engineer there was "
                         "frankly sloppy, and half the office didn't know what they were "
                         "doing."), AI),
                 (letter("My supervisor wouldn't know a good weld if it hit him, and he "
                         "resents anyone who takes pride in the work."), AI)],
        "pass": [(letter("I made two errors in the survey chainages, which I have corrected "
                         "and marked in the attached copy."), AI)],
    },
    "tone.comparing": {
        "fail": [(letter("I hear you chose someone from the housing team. He won't know one end "
                         "of a boiler from the other, so I'll give it a month before you're "
                         "calling me."), RR)],
        "pass": [(letter("I hope the person you chose settles in well, and I'd be glad to be "
                         "considered if another post opens."), RR)],
    },
    "tone.boastful": {
        "fail": [(letter("I can guarantee that will still be the case in a year, and as for "
                         "the night shifts, I wouldn't give that a second thought."), TY)],
        "pass": [(letter("On the bottling line I kept total package oxygen under 50 ppb for "
                         "two seasons."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("My cousin supplies frames and could let you have stock well under "
                         "trade if I'm on the team."), TY),
                 (letter("I'd bring in my neighbours for fittings in my first month to give "
                         "the numbers a lift."), TY)],
        "pass": [(letter("I built up the repeat fittings at my last shop by following up every "
                         "customer after a fortnight."), TY)],
    },
    "tone.arguing": {
        "fail": [(letter("Did Ravi have doubts about my rota experience, and what exactly did "
                         "he say? Were my references contacted? Could we book a call with all "
                         "three of you to go through it?"), RR)],
        "pass": [(letter("If you have a moment, I'd be grateful for any feedback on where my "
                         "answers fell short."), RR)],
    },
    "tone.late_apology": {
        "fail": [(letter("Sorry this is coming a bit late; the week ran away with me."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("A councillor I know offered to put in a word with your director about "
                         "my application, if that would help."), CI)],
        "pass": [(letter("My referee, a former director at the council, is happy to speak with "
                         "you whenever suits."), CI)],
    },
}
