"""Pass and fail examples for the faults probe sets 418-425 showed no check caught (a random
mix of published examples, one-liners, templates, hiring managers' posts, rejection
replies and long silences, informal start-ups, trades and service jobs, polished drafts
with one serious fault): sarcasm after a no ("I hope it was worth it", "every luck
explaining it", scare quotes), "it worked out for the best", the panel asked to revisit
an appointment, a no by email complained of, work and visits nobody asked for, an
interviewer's job move passed on, the interview published, the employer's clients asked
for, rules bent and safety waved away, the site watched, a stretched claim, staff to be
hired away, a person of influence copied in. With them, the false alarms fixed: "a
one-line reply would be lovely", "I think you said you'd", another employer's deadline,
"the whole package" discussed, "you don't have to take my word for it", British "-tred"
spellings and prefixes written solid, a job accepted or an interview elsewhere told
factually. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, CI_N, RR, RR_N, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.passive_aggressive": {
        "fail": [(letter("Understood. I moved a week of shifts for your second round. I hope "
                         "it was worth it."), RR),
                 (letter("I really appreciate being told my ten years aren't enough."), RR),
                 (letter("Apparently my degree isn't \u201ctechnical\u201d enough for you."), RR),
                 (letter("Good luck explaining the new rota to the night staff."), RR),
                 (letter("The 14th came and went! I'll assume you're snowed under."), CI),
                 (letter("Should I take your silence as my answer?"), CI),
                 (letter("No hard feelings. I've taken a post elsewhere, so it's all worked "
                         "out for the best."), RR)],
        "pass": [(letter("Thank you for letting me know. I wish the new manager every "
                         "success."), RR),
                 (letter("I realise the 14th has come and gone, and I know these things "
                         "take time."), CI),
                 (letter("Thank you for the feedback on my answer about the rota."), RR)],
    },
    "tone.arguing": {
        "fail": [(letter("I would gently urge the panel to revisit whether the appointment "
                         "fits the brief."), RR)],
        "pass": [(letter("Thank you for explaining the decision; it makes sense to me."),
                  RR)],
    },
    "tone.reproach": {
        "fail": [(letter("To hear it by email, not even a call, was hard after three "
                         "rounds."), RR)],
        "pass": [(letter("I think you said you'd be deciding by the 18th, so I wondered if "
                         "there was news."), CI),
                 (letter("Thank you for the email letting me know, and for the call "
                         "before it."), RR)],
    },
    "tone.overeager": {
        "fail": [(letter("I couldn't wait, so I've already written a plan for your first "
                         "quarter."), TY),
                 (letter("I'll pop into the office tomorrow to talk you through it."), TY)],
        "pass": [(letter("If it would help, I could talk you through the plan at a time "
                         "that suits you."), TY)],
    },
    "tone.confidential": {
        "fail": [(letter("I saw on LinkedIn that Marcus is leaving in January; does that "
                         "change the timing?"), CI),
                 (letter("I've pushed the exercise and my answers to a public repo so others "
                         "can learn from it."), AI),
                 (letter("My blog post walks through each of the questions you asked."), AI),
                 (letter("Could you share the contacts of the small clients you turn "
                         "away?"), RR),
                 (letter("I'd be happy letting small overloads go for the regular "
                         "drivers."), TY),
                 (letter("We did the roof without all the scaffolding getting in the way."),
                  AI),
                 (letter("I think it's fair to describe it as two years of press experience."),
                  AI),
                 (letter("I parked in the lay-by opposite your entrance and counted the "
                         "lorries."), AI)],
        "pass": [(letter("I saw on LinkedIn that the team won an award; congratulations."),
                  TY),
                 (letter("I've put my own practice project in a public repo; the link is "
                         "below."), AI),
                 (letter("I'd keep the clients' details out of anything I send."), AI)],
    },
    "tone.threat": {
        "fail": [(letter("I'll be offering your two apprentices better-paid jobs before "
                         "Christmas."), RR)],
        "pass": [(letter("I hope our paths cross again; it's a small trade."), RR)],
    },
    "tone.pushy": {
        "fail": [(letter("My uncle would be glad to call you if that would help matters "
                         "along."), CI),
                 (letter("I've copied in the Venerable Clive Hart, who knows my family."), CI)],
        "pass": [(letter("Another employer has asked me to reply by the end of next week, "
                         "so any idea of your timing would help."), CI)],
    },
    "tone.hostile": {
        "pass": [(letter("If it's been filled, a one-line reply would be lovely."), CI)],
    },
    "tone.boastful": {
        "pass": [(letter("I'm open to looking at the whole package if we get that far."),
                  TY),
                 (letter("The signed commit shows it's me, so you don't have to take my word "
                         "for it."), AI)],
    },
    "correctness.spelling": {
        "fail": [letter("Kind reguards from the whole team.")],
        "pass": [letter("I reframed the print and centred it on the mount."),
                 letter("The new process is person-centred and reactively staffed.")],
    },
    "personalization.other_company": {
        "pass": [(letter("No hard feelings: I accepted a role at Kelderman Asset Management "
                         "this week."), RR_N),
                 (letter("I have a second interview with the Environment Agency on 1 "
                         "December, so any timing would help."), CI_N)],
    },
}
