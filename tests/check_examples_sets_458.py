"""Pass and fail examples for the faults probe sets 458-465 showed no check caught (a random
mix, charity and faith, transport with licences and medicals, academic research, strong
regional voices, beauty and wellness, internal applications, agencies): a certificate's
date "brought up to date", a screening test's plates learned "by heart", copies of an
employer's records kept, an employer called a shambles and a superintendent useless, a
record against the person appointed and "all the facts before you make it final", duties
dropped the week of a no ("I'm sure he'll find someone"), and sarcasm about a slogan. With
them, the false alarms fixed: "than left hanging", trustees who "only meet once a month",
a manager deciding "whether to plan around me", Sikh and Muslim greetings, "Ji", "Madame"
and a fire service's ranks before a name, and words of the gurdwara, the lab, the spa and
Scots and Welsh speech. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The date reads March 2025 - strictly speaking I did the course in "
                         "2019, so I've brought the date up to date."), AI),
                 (letter("I've gone through the Ishihara plates online until I know them "
                         "all by heart."), AI),
                 (letter("I kept copies of the originals if that's ever useful to you."), TY)],
        "pass": [(letter("My certificate is dated March 2025 and the refresher is booked for "
                         "2030."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Honestly, the company is a shambles and the superintendent is "
                         "useless."), TY)],
        "pass": [(letter("The company is growing fast and the superintendent is "
                         "supportive."), TY)],
    },
    "tone.arguing": {
        "fail": [(letter("I've competed against him three times and beaten him every "
                         "time."), RR),
                 (letter("I just think you should have all the facts before you make it "
                         "final."), RR)],
        "pass": [(letter("Thank you for letting me know; I hope the season goes well."), RR)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("In light of the decision I've reflected on where my time is best "
                         "spent. I'm sure he'll find someone."), RR),
                 (letter("Great to see the \"we grow our own talent\" line on the careers "
                         "page is still going strong."), RR)],
        "pass": [(letter("I'm sure the new Head of Science will do well, and I'm happy to "
                         "hand over the revision club."), RR)],
    },
    "tone.hostile": {
        "pass": [(letter("Some of the makers are friends of mine, and I'd rather that was "
                         "said out loud than left hanging."), TY)],
    },
    "tone.pushy": {
        "pass": [(letter("No rush, I know the trustees only meet once a month."), CI)],
    },
    "tone.boastful": {
        "pass": [(letter("My ward manager needs to finalise the rota and wanted to know "
                         "whether to plan around me."), CI)],
    },
    "correctness.greeting": {
        "pass": [("Sat Sri Akal Harjit Ji, Manjit Ji,\n\nThank you for the interview on "
                  "Tuesday and the tour of the langar hall.\n\nWarm regards,\nSimran", TY),
                 ("Wa alaikum assalam Dr Rahman,\n\nThank you for letting me know.\n\n"
                  "Best wishes,\nBilal", RR)],
    },
    "correctness.spelling": {
        "pass": [letter("The roti machine and the sewa rota; chunking the stacks, the "
                        "underdots and pinene; I was feart and my hands were sair, diolch o "
                        "galon.")],
    },
}
