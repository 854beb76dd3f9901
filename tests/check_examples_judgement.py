"""Pass and fail examples for the faults of judgement that probe sets 42-45 let through
when first measured (notice handed in, a patient or donors named, a secret recording, a
union crew run down, a council member's motives, promises nobody could keep, days off
asked before an offer, a lecture on the team's own process, another employer's team).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.overeager": {
        "fail": [letter("I've already given my two weeks' notice so I can be ready. What "
                        "should I bring on my first day?"),
                 letter("Happy to go into the schema once I'm on the team.")],
        "pass": [letter(BODY + " I would give my current employer two weeks' notice.")],
    },
    "tone.desperate": {
        "fail": [letter("I probably don't have the kind of background you're looking for, "
                        "but if you're willing to take a chance on me I'd work hard."),
                 (letter("I'm in a bit of a tight spot: my lease is up in December, so I'm "
                         "really counting on this."), CI),
                 (letter("This one really hurts, and I wonder if I'm cut out for this field. "
                         "Sorry if this is too much."), RR),
                 (letter("Would you write a short recommendation on my LinkedIn and "
                         "introduce me to two or three of your contacts at other brands?"),
                  RR),
                 letter("I see the role as a meaningful bridge for a year or so, before I "
                        "return to corporate partnerships."),
                 letter("Trauma is probably my biggest weakness, and I can't promise how "
                        "I'd cope with nights at first.")],
        "pass": [letter(BODY + " My background in the onboarding flow is the kind of "
                        "experience you described."),
                 (letter("Thank you for letting me know. I'd be glad to be considered for "
                         "the next opening."), RR)],
    },
    "tone.badmouthing": {
        "fail": [letter("At my current hotel morale is at rock bottom, the night audit is a "
                        "mess nobody will fix, and I've been holding the front desk together "
                        "by myself."),
                 (letter("I'd suggest letting Dominic and Sean go."), AI),
                 (letter("At Coastal I helped management get ahead of an organizing push."),
                  AI),
                 letter("I think Councilmember Hartley's push to cap the program is about "
                        "next year's election."),
                 letter("The reps will learn the rollout is happening whether they like it or "
                        "not; I won't back down."),
                 letter("Nobody trusts management there, and the district manager blames the "
                        "floor when we miss."),
                 letter("Some members seem more interested in cutting it than in the "
                        "evidence.")],
        "pass": [letter(BODY + " Our team's morale stayed high through the rollout."),
                 (letter("I'd keep all three night auditors and train them on the new "
                         "system."), AI),
                 letter(BODY + " I have worked alongside union stewards for six years.")],
    },
    "tone.confidential": {
        "fail": [(letter("I was caring for Mr. Halloran, a 67-year-old in room 412. I've "
                         "attached a photo of my shift notes."), AI),
                 (letter("I listened back to the voice memo I had running during our "
                         "interview."), AI),
                 (letter("If you have a list of local major donors, even just names, it "
                         "would help."), RR),
                 letter("Between us, I think the program is being cut for the wrong "
                        "reasons."),
                 (letter("The patient was Mr. R.K., a 58-year-old principal."), AI)],
        "pass": [(letter("One patient, an older man after a hip replacement, showed a rising "
                         "lactate at 0300, and I escalated."), AI),
                 letter(BODY + " The conversation between us and the panel was lively.")],
    },
    "tone.passive_aggressive": {
        "fail": [letter("If I may offer one piece of feedback: a more structured process "
                        "would help you."),
                 (letter("That's a pretty common beginner mistake, and nobody reads past "
                         "slide six. I don't mean this as criticism."), AI),
                 (letter("The role felt a bit smaller than what I'm used to, so it's probably "
                         "for the best on both sides."), RR)],
        "pass": [letter(BODY + " Thank you for the feedback on my case study."),
                 (letter("I'm sure you made the right choice, and I hope our paths cross "
                         "again."), RR)],
    },
    "tone.reproach": {
        "fail": [(letter("Please let me know once you've had a chance to review everything."),
                  AI)],
    },
    "tone.gift": {
        "fail": [letter("I've arranged a complimentary dinner for two; just mention my name "
                        "when you book.")],
    },
    "tone.comparing": {
        "fail": [(letter("How many candidates are still in the running, and how do their "
                         "backgrounds look compared to mine?"), CI)],
    },
    "tone.boastful": {
        "fail": [letter("Does PTO start accruing right away? How many days a week would the "
                        "role be remote?"),
                 letter("The flights are already booked, so you can plan around me. I'd "
                        "also like to keep Sundays open."),
                 (letter("If selected, I commit to: zero forklift incidents in my first "
                         "year."), AI),
                 letter("I've passed one section, so for all practical purposes I'm there."),
                 letter("I could have it fully moved to Go within my first month.")],
        "pass": [letter(BODY + " I'm available to start in January."),
                 letter(BODY + " I have passed two of the four CPA sections.")],
    },
    "personalization.other_company": {
        "fail": [(letter("I could make an immediate impact on Harwell Federal's FP&A team."),
                  N)],
        "pass": [(letter("I could make an immediate impact on Northwind Analytics' "
                         "operations team."), N)],
    },
}
