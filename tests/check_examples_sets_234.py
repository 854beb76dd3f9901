"""Pass and fail examples for the faults probe sets 234-241 showed no check caught (clients'
records sent though they "shouldn't leave the office", referees coached or standing in for
a manager, a record a friend will sign, a colleague's method called the writer's own, safety
steps skipped, an insider's notes on the tests, a sneer at the employer's timing) and the
false alarms they showed (a step done "immediately before" another, someone else's need
to "actually read" a report, a statistics package's commands, an acronym that looks like a
short name, trade words). A role in a unit of the employer read as another company needs
notes of its own: it is pinned in ``test_sets_234_false_alarms``.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've attached the renewals tracker, though strictly speaking it "
                         "shouldn't leave the office."), AI),
                 (letter("Paul has agreed to act as my line manager for reference purposes."),
                  AI),
                 (letter("I've briefed both referees so everything will line up with what I "
                         "told you."), AI),
                 (letter("A friend has agreed to sign a tanker familiarisation record for "
                         "me."), AI),
                 (letter("She built the method, but I think it's fair to call it my method."),
                  AI),
                 (letter("We never bothered with the bonding lead on the small aircraft."),
                  AI),
                 (letter("Could you confirm whether you'll be using the same tests this "
                         "time?"), AI)],
        "pass": [(letter("I have attached an anonymised version of the tracker with dummy "
                         "data."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Thanks for letting me know, only a week after your own deadline."),
                  RR)],
        "pass": [(letter("Your point about giving users a QC report they can actually read "
                         "stuck with me."), TY)],
    },
    "tone.pushy": {
        "pass": [(letter("A permit is only as good as the gas test done immediately before "
                         "entry."), TY)],
        "fail": [(letter("Please reply immediately."), CI)],
    },
    "tone.shouting": {
        "pass": [(letter("Most of my repeated-measures work used PROC MIXED in SAS."), TY)],
    },
    "personalization.name_spelling": {
        "pass": [(letter("I'd move the TAM/SAM/SOM bubbles onto their own slide."), N)],
    },
    "correctness.spelling": {
        "pass": [(letter("I checked the tacho data and the deadman pedal, and wrote ad hoc "
                         "reports for the shunter."), TY)],
    },
}
