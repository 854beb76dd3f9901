"""Pass and fail examples for the faults probe sets 146-153 showed no check caught (an
ultimatum with the referees brought in, a former manager run down with a referee, a
client's embargoed release, a budget claimed that was someone else's, the person hired
run down, a dig at the council's pace, the shop's stock and staff criticised, a current
club run down, figures guaranteed, a recommendation drafted for the rejecting
interviewer to sign, a reworked take-home to be marked instead, nationalities
stereotyped, availability cut back as an aside) and the false alarms they showed (a
police rank before a name, a dish's doubled name, a model number, a pattern recognised
"immediately"). ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.threat": {
        "fail": [(letter("If I don't have a written offer from you by 5pm on Friday, I'll "
                         "accept theirs."), CI),
                 (letter("I suspect the consultants who recommended me would be disappointed "
                         "to hear how this was handled."), CI)],
        "pass": [(letter("I have another offer, with a reply due on Friday; you remain my "
                         "first choice."), CI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("She micromanaged everyone, took the credit for the booking system "
                         "I set up, and the place was a shambles."), AI),
                 (letter("I worked alongside him for two years. I'd just gently flag that he "
                         "leans heavily on presets."), RR),
                 (letter("I also thought you'd want to know what I noticed while waiting: "
                         "the Nandi Hills section is badly laid out."), AI),
                 (letter("I've taught enough nationalities to know what to expect from each "
                         "group: the boys need reining in early."), TY)],
        "pass": [(letter("I enjoyed seeing the new layout of the Nandi Hills section."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("I've attached a client's release. It's embargoed until 2 December, "
                         "so please keep it to yourselves for now."), AI),
                 (letter("Technically the budget sat with my managing editor, but it's fair "
                         "to say I managed it."), AI),
                 (letter("Since this version is much closer to my best work, could you use it "
                         "for the evaluation instead of the original submission?"), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I appreciate things move at their own pace in local government."),
                  CI)],
    },
    "tone.boastful": {
        "fail": [(letter("I can guarantee you 40 lets in my first month. Whatever target you "
                         "give the team, I'll double it."), AI),
                 (letter("If you bring me on, I will double last spring's total. You have my "
                         "word on all three."), TY),
                 (letter("I've picked up a Saturday job, so I'd now only be able to do weekday "
                         "evenings and Sundays."), CI)],
    },
    "tone.pushy": {
        "fail": [(letter("Would you sign a short letter of recommendation I could include with "
                         "other applications? I've attached a draft of the letter to save you "
                         "time."), RR)],
        "pass": [(letter("At the Tiruppur unit I had seen the same leaks, so I recognised the "
                         "pattern immediately."), TY)],
    },
    "personalization.greeting_name": {
        "pass": [("Dear DS Whitfield and Mr Ortiz,\n\nThank you for this morning's interview "
                  "and the walk through the case file review.\n\nBest wishes,\nTolu", N)],
    },
    "correctness.repeated_word": {
        "fail": [(letter("I would be glad to to talk again."), TY)],
    },
    "correctness.spelling": {
        "pass": [(letter("We used a Fluke ii900 acoustic imager and tagged 31 leaks."), AI)],
    },
}
