"""Pass and fail examples for the faults probe sets 138-145 showed no check caught (an
earlier answer pressed for, a hire the writer says the reader may regret, the
interviewer's own work found basic, the real story of a former manager volunteered, a
reference's title inflated, the next stage's test cases asked for, people supported shown
with their treatment, sarcasm dressed as thanks, a set task declined as beneath the
writer) and the false alarms they showed (the reader's "welcome series", a freelance
offer after a rejection, an offer from another employer, a past employer after "At ... I"
or "four years of ... at", others named as examples, a referee's "Supervising Counsel").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, CI_N, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.pushy": {
        "fail": [(letter("I know you mentioned a decision by the 18th, but is there any chance "
                         "of an earlier answer, even an informal one?"), CI),
                 (letter("I thought I'd ask in case things had moved faster than expected."),
                  CI)],
        "pass": [(letter("Is the 18th still the likely date for a decision?"), CI)],
    },
    "tone.desperate": {
        "fail": [(letter("I'd hate for you to hire me and then feel let down."), CI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Cooling should be a critical control point in its own right; this is "
                         "basic, and I was surprised nobody had picked it up."), AI),
                 (letter("I would recommend that your team revisit the Codex principles."), AI),
                 (letter("When you asked why I left, I gave you the polite version. The "
                         "manager took the credit for every fix the rest of us found."), TY)],
        "pass": [(letter("I enjoyed the walk through your HACCP plan and the cooling step."),
                  TY)],
    },
    "tone.confidential": {
        "fail": [(letter("My supervisor has agreed to describe my role in her reference as "
                         "Drug Safety Associate rather than PV intern."), AI),
                 (letter("It would level the playing field if I could see the sample cases "
                         "you'll be using beforehand."), TY),
                 (letter("The couple in the tent are both on the methadone program at the "
                         "clinic. They were fine with the photos (I didn't get anything in "
                         "writing)."), AI)],
        "pass": [(letter("My supervisor at Helix Trials is happy to be a referee."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("It was genuinely educational to learn that three years of ArcPy "
                         "counts as limited Python. I'll be sure to update my CV."), TY),
                 (letter("The take-home was a nice refresher on first-year GIS."), TY)],
        "pass": [(letter("The take-home on bus stop buffers was a good way into your data."),
                  TY)],
    },
    "tone.hostile": {
        "fail": [(letter("You asked me to send the finished driver. I've decided not to "
                         "bother."), AI),
                 (letter("I'd rather not spend an evening rewriting something the vendor "
                         "already ships. Happy to discuss anything real next round."), AI)],
    },
    "tone.boastful": {
        "pass": [(letter("If you ever need someone to look after a Sunday matinee on a "
                         "freelance basis, I'd jump at it."), RR)],
    },
    "correctness.confused_words": {
        "fail": [(letter("Thanks for the coffee, and your welcome to call me anytime."), TY)],
        "pass": [(letter("Your welcome series is already doing the heavy lifting."), TY)],
    },
    "personalization.other_company": {
        "pass": [(letter("At Harbourline Microfinance Bank I reconciled monthly contribution "
                         "schedules for about 340 staff."), N),
                 (letter("I can offer four years of working alongside child protection "
                         "officers on family cases at Mainland Justice Clinic."), N),
                 (letter("One support slot each night is held for touring bands from agents "
                         "like Lowtide Touring and Paperkite Agency."), AI_N),
                 (letter("Since our interview, I've been offered a route driving position "
                         "with Eastlink Coaches, and they have asked for my answer by the "
                         "18th."), CI_N),
                 (letter("My second referee:\n\nBarr. Funmilayo Adewale\nSupervising "
                         "Counsel, Mainland Justice Clinic, Yaba"), AI_N)],
    },
}
