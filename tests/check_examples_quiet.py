"""Pass and fail examples for the quiet faults of probe sets 26-29 (a greeting to someone
the notes do not name, favours asked after a no, perks and conditions before an offer, a
manager run down, defensiveness about the interview) and for the false alarms fixed with
them (the writer's own work at another employer, a closing sentence over a bare name, a
greeting of names alone or on the line of the first sentence, SQL in capitals).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, SIGN, Example, N, letter
from check_examples_tuning import NCI

MORE: dict[str, dict[str, list[Example]]] = {
    "personalization.greeting_name": {  # the sample notes name Dana Whitfield, Sam Ortiz
        "fail": [("Dear Ms. Martin,\n\n" + BODY + SIGN, N),
                 ("Hi Karen,\n\n" + BODY + SIGN, N),
                 ("Dear Ms. Whitfield and Mr. Okonkwo,\n\n" + BODY + SIGN, N)],
        "pass": [("Dear Dana,\n\n" + BODY + SIGN, N),
                 ("Dear Ms. Whitfield and Mr. Ortiz,\n\n" + BODY + SIGN, N),
                 ("Hi Dana and Sam,\n\n" + BODY + SIGN, N),
                 ("Dear Northwind Analytics Hiring Team,\n\n" + BODY + SIGN, N),
                 ("Dear Members of the Selection Panel,\n\n" + BODY + SIGN, N),
                 ("Dear Ms. Whitfeld,\n\n" + BODY + SIGN, N),  # a misspelling, found apart
                 ("Hi Sammy,\n\n" + BODY + SIGN, N),
                 ("Dear Karen,\n\n" + BODY + SIGN)],  # no notes: no one to compare with
    },
    "personalization.role_title": {  # the sample notes: an Operations Analyst interview
        "fail": [(letter("Thank you for meeting with me about the Financial Analyst role at "
                         "Northwind Analytics."), N),
                 (letter("I wanted to follow up on my interview for the Guest Relations "
                         "Manager position."), NCI),
                 (letter("The Financial Analyst role sounds like a great fit."), N)],
        "pass": [(letter(BODY), N),
                 (letter("I enjoyed hearing about the Northwind Analytics Operations Analyst "
                         "role."), N),
                 (letter("Thank you for meeting with me about the Financial Analyst role.")),
                 (letter("My last Operations position was at a freight broker."), N),
                 (letter("If an Assistant Operations Lead role opens, I'd be glad to hear of "
                         "it."), {"notes": True, "kind": "rejection_reply"}),
                 (letter("In my current Shift Planning Lead role I run the forecast."), N)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I see the 16th has come and gone. If anyone there does get a "
                         "moment, I'd appreciate a reply."), CI),
                 (letter("I would have thought a short note wouldn't be too much to ask."), CI),
                 letter("I felt the question assumed a second-year teacher would struggle, "
                        "and I'm not sure that's a fair assumption."),
                 (letter("Best of luck with the holiday staffing plan. You'll need it."), RR)],
        "pass": [(letter("I know the decision date has passed and these things take time, "
                         "so I wanted to check in."), CI),
                 letter("You asked a fair question about class sizes, so here is my plan.")],
    },
    "tone.badmouthing": {
        "fail": [letter("At my current store the GM won't back the team when we catch "
                        "someone, which is a big part of why I'm leaving."),
                 letter("The hotel has been badly run for the last two years, and HR has "
                        "been no help."),
                 letter("I believe a good supervisor can show people they don't need a "
                        "union to be treated fairly."),
                 letter("With respect, I'd question how relevant the CPA really is, and I'd "
                        "gently suggest that it could narrow your pool.")],
        "pass": [letter("At my current store I run the weekly shrink count with the GM.")],
    },
    "tone.boastful": {
        "fail": [letter("How many weeks of PTO do engineers get, and could I skip the "
                        "on-call rotation for the first six months?"),
                 letter("Could you tell me what the starting pay looks like for this level?"),
                 letter("I'd need those nights off, and I'd prefer to be on days at first."),
                 letter("To save us both time, I'd need a base salary of $118,000, fully "
                        "remote.")],
        "pass": [letter("I am glad to join the on-call rotation from the first month."),
                 letter("I can work the night shift full time, starting whenever you need "
                        "me.")],
    },
    "tone.desperate": {
        "fail": [(letter("I'd be happy to do a two-week unpaid trial, or come in at a junior "
                         "level at a lower salary."), RR)],
    },
    "tone.pushy": {
        "fail": [(letter("Would you also write me a letter of recommendation? I know it's a "
                         "lot to ask."), RR),
                 (letter("Could you tell me a bit about the person you chose?"), RR),
                 (letter("I'd like to know where I stand compared with the other "
                         "candidates."), CI),
                 (letter("I've copied Dr. Helen Marsh, our Chief Nursing Officer."), RR),
                 letter("I've already let my shift manager know I'll be moving on. Just let "
                        "me know where to send my details for payroll.")],
        "pass": [(letter("Thank you for letting me know. I would be grateful for any "
                         "feedback on my application."), RR),
                 (letter("I know hiring takes time, so please don't feel any pressure to "
                         "respond quickly."), CI),
                 letter("Night shift: I'm available for nights, starting immediately."),
                 letter("Some habits transfer: segmenting the list, testing two asks, "
                        "following up within 48 hours.")],
    },
    "tone.overeager": {
        "fail": [(letter("Sorry to fill up your inbox; this is the last one tonight, I "
                         "promise."), AI),
                 (letter("I'm following up on my emails from yesterday morning and the "
                         "voicemail I left earlier today."), CI)],
    },
    "tone.gift": {
        "fail": [(letter("You should have received a small hamper at the front desk this "
                         "morning."), CI)],
    },
    "tone.threat": {
        "fail": [(letter("I'll be writing up my experience on Glassdoor this weekend."), RR)],
    },
    "tone.confidential": {
        "fail": [(letter("A friend on the payments team mentioned it's down to me and one "
                         "other candidate."), CI),
                 letter("The patient was a 67-year-old man in bed 9 on our step-down unit.")],
        "pass": [(letter("It has been running our internal report jobs for eight months."),
                  AI)],
    },
    "personalization.other_company": {  # the writer's own work, with notes
        "pass": [("Subject: Re: Operations Analyst – Northwind Analytics\n\n" + letter(BODY),
                  N),
                 ("Subject: Thank you – Maria Gonzalez\n\n" + letter(BODY), N),
                 (letter(BODY + " Attached is a two-page memo I prepared for the Fenwick "
                         "County Board of Supervisors last spring."), N),
                 (letter(BODY + " I went through a migration from Opera 5 at the Alder Quay "
                         "Hotel last year."), N),
                 (letter(BODY + " It's close to how we split our ledger service out of the "
                         "monolith at Corvane Systems."), N),
                 (letter(BODY + " The approach that worked best for us at Trailhead Supply "
                         "was simple."), N),
                 (letter(BODY + " It would be a step up from the six receptionists I "
                         "supervise at the Albany Quay Hotel."), N),
                 (letter(BODY + " I went through a similar migration at the Rowan Quay Hotel "
                         "in 2023 and would be glad to share what we learnt."), N),
                 (letter(BODY + " Shrink went from 2.1% to 1.3% at the Beaverton location."),
                  N)],
        "fail": [(letter(BODY + " I left even more certain that Globex Partners is where I "
                         "want to build my career."), N),
                 ("Subject: Re: Operations Analyst – Globex Partners\n\n" + letter(BODY), N),
                 ("Subject: Thank you for the interview at Initech\n\n" + letter(BODY), N),
                 (letter("I would ask for the same arrangement at Redwood Lane Health."), N),
                 (letter("I'm writing to check in on the analyst position at Stark "
                         "Logistics."), NCI)],
    },
    "correctness.signoff": {
        "pass": ["Dear Dana,\n\n" + BODY + "\n\nThanks again for your time on Tuesday."
                 "\n\nMaya",
                 "Dear Dana,\n\n" + BODY + "\n\nAll the best with the rollout.\n\n"
                 "Dwayne Kessler\n(775) 555-0117",
                 "Dear Dana,\n\n" + BODY + "\n\nLooking forward to hearing from you.\n"
                 "Marcus Bell\n775-555-0148",
                 "Dear Dana,\n\n" + BODY + " Thanks again!\n\nDev Patel"],
        "fail": ["Dear Dana,\n\nI enjoyed our talk about the warehouse forecasting model."
                 "\n\nMaya",
                 "Dear Dana,\n\n" + BODY + " If another role opens, I'd like to hear about "
                 "it.\n\nMaya"],
    },
    "correctness.greeting": {
        "pass": ["Dana, Sam,\n\n" + BODY + SIGN, "Rahul and Siobhán,\n\n" + BODY + SIGN,
                 "Hi Dana, thanks for meeting with me this afternoon. I enjoyed our talk "
                 "about the warehouse forecasting model." + SIGN],
    },
    "correctness.sentence_case": {
        "pass": ["Hi Dana, thanks for meeting with me this afternoon. I enjoyed our talk "
                 "about the warehouse forecasting model." + SIGN],
    },
    "correctness.placeholder": {
        "fail": [letter(BODY) + "\n---\nfor ty email: Sam not sold on dbt, don't bring it up."
                 " Dana liked the forecasting answer, lean on that."],
        "pass": [letter(BODY + " I won't bring up the dbt course again unless it helps.")],
    },
    "correctness.repeated_word": {
        "fail": [letter("I enjoyed the\nthe tour of the hub.")],
        "pass": [(letter("The bridge:\n  price effect = price change x actual volume\n  volume "
                         "effect = volume change x plan price"), AI)],
    },
    "correctness.repeated_sentence": {
        "fail": [letter(BODY + "\n\nI would welcome the chance to help with the forecasting "
                        "model.\n\n" + BODY)],
        "pass": [letter(BODY + " Thank you again. I look forward to hearing from you. Thank "
                        "you again."),
                 letter(BODY + "\n\nI also enjoyed our talk about the warehouse forecasting "
                        "model and the on-call rotation.")],
    },
    "correctness.article": {
        "pass": [(letter("I would pull both sides with a FULL OUTER JOIN on the account."), AI)],
    },
    "tone.shouting": {
        "pass": [(letter("I would pull both sides with a FULL OUTER JOIN on the account."), AI),
                 (letter("Each worker claims a row with SELECT ... FOR UPDATE SKIP LOCKED."),
                  AI),
                 letter("We track the weekly KPIs (conversion, UPT, ADS) in one sheet.")],
    },
    "tone.hostile": {
        "pass": [(letter("Thank you for calling me rather than sending a form letter; I "
                         "appreciated it."), RR)],
    },
}
