"""Pass and fail examples for the faults probe sets 178-185 showed no check caught (the next
stage's exercise asked for early, a certificate claimed "or near enough", a title changed
on the CV and the records steered round, unpublished data from an advisor's grant, a
sarcastic chase, a relative in the press who owes favours, the vetting refused, terms set
out before an offer, a small study said to prove its case) and the false alarms they
showed ("the urgent court batch", "as thoroughly as you need me to").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Could you send me the case study a day or two early, or tell me which "
                         "kind of site it will be based on?"), AI),
                 (letter("I missed the final exam, so I think it is fair to list myself as "
                         "qualified."), AI),
                 (letter("I've changed my title on the CV from Night Porter to Duty Manager; "
                         "if you ring, ask for Sam rather than HR, as their records still show "
                         "the original title."), AI),
                 (letter("The data hasn't been published yet and sits under my supervisor's "
                         "grant, so please keep it within your team."), AI)],
        "pass": [(letter("My dissertation data is published with the university; the link is "
                         "below, and my supervisor is happy to talk about it."), AI)],
    },
    "tone.reproach": {
        "fail": [(letter("By my count, the 12th has been and gone. A paper that chases the "
                         "council on deadlines might hold itself to the same standard; I remain "
                         "interested, assuming there still is one."), CI)],
        "pass": [(letter("I know the 12th was the date you hoped for; is there any news on "
                         "the reporter post?"), CI)],
    },
    "tone.gift": {
        "fail": [(letter("My brother-in-law edits the business pages and owes me a favour or "
                         "two: I could get the next story to be softened, something I could "
                         "only do from inside the team."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("I would prefer not to supply those details. Could the panel confirm "
                         "an offer now and complete the checks once I have started?"), CI),
                 (letter("I would also need a reserved parking space; kindly confirm these are "
                         "acceptable."), AI)],
        "pass": [(letter("I hope the urgent court batch you mentioned went out on time."),
                  CI)],
    },
    "tone.boastful": {
        "fail": [(letter("Over two weekends I showed conclusively that boat traffic is the "
                         "main cause, and I think it is publishable in a major journal."), AI)],
        "pass": [(letter("I'm happy to learn the triage questions as thoroughly as you need me "
                         "to."), TY)],
    },
}
