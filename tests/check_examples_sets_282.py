"""Pass and fail examples for the faults probe sets 282-289 showed no check caught
(customers' details left in an export, a pupil's private history pasted as a sample, a
case's evidence sent with only the logo removed, a former employer's roadmap, hot work
without a permit, a dangerous boiler left running, a walk-round skipped, spraying past the
buffer strip, a parity clause dodged, a panel misled, a qualification claimed early, a
referee speaking as if he managed the writer, a side taken on a live trial) and the false
alarms they showed ("the case for doing it properly", "Immediately Dangerous", "Not
urgent", "an unacceptable absence", "If it is possible to tell me ... before Thursday",
"msg" in a repository's name, a name ending one line and opening the next, a fixed-term
role the writer held, "fuser").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've left the customer names and per-click rates in, so you'll see "
                         "which of our contract customers are in your area."), AI),
                 (letter("He is under CAMHS, which mum has asked school not to share with "
                         "staff."), AI),
                 (letter("I've attached the extraction report; I've only removed our "
                         "client's logo."), TY),
                 (letter("I still have their 2027 digital roadmap; I'd appreciate you not "
                         "mentioning where it came from."), AI),
                 (letter("We didn't bother with a hot work permit, and I haven't got the "
                         "ticket yet, but it came out fine."), AI),
                 (letter("I'll leave it running while the part's on order and put it down "
                         "on the paperwork as AR."), TY),
                 (letter("I'd sign the sheet and skip walking the far side."), TY),
                 (letter("I go, buffer strip or no buffer strip, and write the records up so "
                         "they look right for the audit."), TY),
                 (letter("Because it came from a third party, they couldn't hold us to "
                         "parity, and we blamed the wholesaler."), TY),
                 (letter("I told the panel they were complete, and nobody asked about it "
                         "afterwards."), AI),
                 (letter("I've listed it as certified; it'll be true by the time I start."),
                  AI),
                 (letter("Sam isn't actually my manager, but he'll speak to my work as if he "
                         "managed me."), AI),
                 (letter("I think the defendant is obviously guilty, and I'd tell the "
                         "witnesses they are helping to put him away."), AI)],
    },
    "tone.badmouthing": {
        "pass": [(letter("Hearing how your team handles it manually made the case for doing "
                         "it properly in SharePoint very clear."), TY)],
        "fail": [(letter("I'd be glad to lead a session on doing it properly."), TY)],
    },
    "tone.pushy": {
        "pass": [(letter("The tenant refused to let me cap off an Immediately Dangerous "
                         "fire."), TY),
                 (letter("Not urgent, and no need to reply."), CI)],
    },
    "tone.hostile": {
        "pass": [(letter("The officer decides whether it counts as an unacceptable absence."),
                  AI)],
    },
    "tone.reproach": {
        "pass": [(letter("If it is possible to tell me whether a decision is likely before "
                         "Thursday, it would help me answer the council fairly."), CI)],
    },
    "tone.slang": {
        "pass": [(letter("The tool is at github.com/jlee/sqlite-msg-parser."), AI)],
        "fail": [(letter("Thanks for the msg, will reply soon."), CI)],
    },
    "correctness.repeated_word": {
        "pass": [("Dear Dana,\n\nI attach the two certificates.\n\nRegards,\nDean Whitlow\n"
                  "Whitlow Electrical Ltd", AI)],
        "fail": [(letter("I attach the the two certificates."), AI)],
    },
    "personalization.other_company": {
        "pass": [(letter("Both were fixed-term roles covering maternity leave, at the Carrow "
                         "Hotel and then Meadowbank House."), N)],
    },
    "correctness.spelling": {
        "pass": [(letter("I replaced the fuser unit on the first visit."), TY)],
    },
}
