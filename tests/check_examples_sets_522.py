"""Pass and fail examples for the faults probe sets 522-529 showed no check caught (two random
mixes, heavy industry, remote support, testing and moderation, funeral and hospice work,
luxury retail, humour): an employer's live file sent as a sample, permits weakened as
"pragmatism", a quality check gamed, a CV and a sales report changed after the interview,
clients promised a discount, a fact made up, and sarcasm about "the simple task of
replying". With them, the false alarms fixed: a mail client's "[8 attachments]", an
annotation scheme's "[PII:NAME]", "not to ask you to revisit this decision", "if you need
a copy ... before Friday", "finding your voice" in a syllabus, years "with" an employer,
a client's offsite, Welsh thanks, and trade words. ``check_examples`` merges them into
``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Attached is the live workbook I use at Ashgrove. It's the real "
                         "October file."), AI),
                 (letter("Let area authorities pre-sign the next day's isolation certificates "
                         "the evening before."), AI),
                 (letter("Everyone went with the majority answer, so nobody got flagged by "
                         "QA."), AI),
                 (letter("I've now listed that as \"Out-of-hours on-call coordinator\"."), AI),
                 (letter("I'll be able to offer them 20% off, and I'm sure head office would "
                         "approve."), TY),
                 (letter("Confession: I made number 5 up. Nobody at home is going to "
                         "check!"), AI)],
        "pass": [(letter("The sample is built on invented data, so nothing from my current "
                         "employer is in it."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I'd have thought people responsible for a permit system could manage "
                         "the simple task of replying."), CI)],
    },
    "correctness.placeholder": {
        "pass": [(letter("The photos are below.\n\n[8 attachments]"), AI),
                 (letter("Mark the span with the [PII:NAME] tag from your guidelines."), AI)],
        "fail": [(letter("I am excited to bring my [SKILL] to the team."), TY)],
    },
    "tone.arguing": {
        "pass": [(letter("I mention it only so it doesn't come as a surprise, not to ask you to "
                         "revisit this decision."), RR)],
    },
    "tone.pushy": {
        "pass": [(letter("Still keen. If you need a copy of my ticket before Friday, just "
                         "say."), TY)],
        "fail": [(letter("I need an answer before Friday."), CI)],
    },
    "tone.overfamiliar": {
        "pass": [(letter("Weeks 1-3: finding your voice, first two-minute spots."), AI)],
    },
    "personalization.other_company": {
        "pass": [(letter("My derrick time has been on land: five years with Tarbert Land "
                         "Drilling."), N),
                 (letter("I've been that facilitator, at Harcastle & Reed's leadership "
                         "offsite."), N)],
    },
    "correctness.spelling": {
        "pass": [(letter("Thanks for letting me know. Pob lwc with the new prosiect!"), RR),
                 letter("I ran the potline and did the strimming; the bags were reshot.")],
    },
}
