"""Pass and fail examples for the faults probe sets 250-257 showed no check caught (a friend
standing in as a referee, a customer's leaked password used to skip change control,
approvals given without the assessment, experience restated as more than it was, safety
devices defeated, estimates passed off as measured data, a live case told to another
employer, gifts sent while the panel decides, a parting jibe at the person hired) and the
false alarms they showed (the writer's own employer opening a sentence, a team of the
employer, a customer named as a referee's employer, a notice not yet handed in, a daily
routine, urgent amends, salary expectations confirmed as asked, a correction after a
colon, "pre-empt", "Thanking you", a phrase in another language in quotation marks).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, TY, Example, N, letter

SIGNED = ("Dear Dana,\n\nThank you for meeting with me about the Operations Analyst role at "
          "Northwind Analytics. At Calder Street Bank I review around 60 payment alerts a "
          "day, and I would be glad to join the Financial Crime team at Northwind Analytics."
          "\n\nKind regards,\n\nJordan Lee\nPayments Analyst, Calder Street Bank\n"
          "linkedin.com/in/jordan-lee\n")

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("My manager is on leave, so my friend Tyler has agreed to take the "
                         "call as my manager. He will say all the right things."), AI),
                 (letter("We've already gone through what he'll say, so it lines up with "
                         "what I told you."), AI),
                 (letter("Rather than waiting for the change-approval window, I logged into "
                         "their account myself and pushed the fix."), TY),
                 (letter("I sign off stairlifts without waiting for the contractor's "
                         "commissioning certificate. Nobody has complained yet."), AI),
                 (letter("My supervisor signs my statements, so in effect it is my evidence "
                         "that goes to court."), AI),
                 (letter("I'd suggest we describe it as \"a data organization of 220\" in the "
                         "board paper."), AI),
                 (letter("I put bridges on the safety relay inputs and forced the safety "
                         "outputs for the whole week."), TY),
                 (letter("I don't bother with a torque wrench, and I pulled the fuse for the "
                         "oil light."), AI),
                 (letter("I skipped my 45-minute break and drove five and a half hours "
                         "straight to get them there."), TY),
                 (letter("I carried forward the previous year's figures and presented the "
                         "total as metered data."), AI),
                 (letter("The police still do not know, but we found a very high level of "
                         "fentanyl."), TY)],
        "pass": [(letter("I always wait for the OT's recommendation before approving an "
                         "adaptation, even when the family is in a hurry."), AI),
                 (letter("I'll update my CV to match the corrected dates."), AI),
                 (letter("I take a full clinical history at admission and enjoy working with "
                         "real data."), TY),
                 (letter("Sam isn't actually my manager, but he led the project day to day."),
                  AI),
                 (letter("I check every bolt with a torque wrench and log the setting."), TY),
                 (letter("I take my breaks as the rules require, and plan the route so the "
                         "group still arrives on time."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("I've sent a couple of bottles of gin to the studio for you both. "
                         "Consider it a little incentive to keep me in mind!"), CI)],
        "pass": [(letter("I know you were hoping to decide by 2 October; is there any news?"),
                  CI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I hope your new CRO finds the second line in better shape than "
                         "the last one did."), RR),
                 (letter("I shall look forward to reading how it goes in the regulator's "
                         "next letter."), RR)],
        "pass": [(letter("I hope your new team settles in well, and I would be glad to hear "
                         "how it goes."), RR),
                 (letter("I hope your new hire finds the team as welcoming as I did, and I "
                         "wish you every success with whoever you've chosen."), RR)],
    },
    "personalization.other_company": {
        "fail": [(letter("I really enjoyed my interview at Broadway Floors yesterday."), N)],
        "pass": [(SIGNED, N),
                 (letter("Alicia Brandt, VP of Finance, Carrow Dental Group (a customer), "
                         "(617) 555-0175."), AI_N)],
    },
    "tone.pushy": {
        "pass": [(letter("I haven't yet handed in my notice, so I'd be grateful if you "
                         "contacted my manager only once an offer is made."), AI),
                 (letter("I can get the 7:15 bus, so I can be in for 7:45 every day until "
                         "my birthday in November."), TY),
                 (letter("Each designer is booked to 80%, so there's room for urgent amends."),
                  AI),
                 (letter("Lindsey asked me to confirm my salary expectations in writing."),
                  AI)],
        "fail": [(letter("I will keep following up every day until I hear something."), CI)],
    },
    "tone.badmouthing": {
        "pass": [(letter("I said we had three clearances. That is not quite right: it is "
                         "two, with a third under review."), AI)],
    },
    "correctness.spelling": {
        "pass": [(letter("The outline is not meant to pre-empt the Board."), AI)],
        "fail": [(letter("The outline is not meant to pre-emtp the Board."), AI)],
    },
    "correctness.lowercase_i": {
        "pass": [(letter('For now my Welsh is mostly "Bore da, sut alla i helpu?" at the '
                         "desk."), TY)],
        "fail": [(letter("For now i can only say good morning in Welsh."), TY)],
    },
    "correctness.signoff": {
        "pass": [("Dear Dana,\n\nThank you for the interview this morning and for the tour "
                  "of the test floor.\n\nThanking you,\nJordan Lee\n"
                  "Senior Developer, Ravindra Infotech Ltd.\nlinkedin.com/in/jordan-lee\n", TY)],
    },
}
