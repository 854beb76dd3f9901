"""Pass and fail examples for the checks that catch the failure modes of real bad follow-ups
(threats, gifts, reproach, comparisons, impatience, late apologies, template flattery) and
for the false alarms fixed with them. ``check_examples`` merges them into ``EXAMPLES``.

``NEAR_MISSES`` are polite drafts that come close to those failure modes; none of the
checks in ``REAL_MODE_CHECKS`` may flag them.
"""

from __future__ import annotations

from typing import Any

Example = str | tuple[str, dict[str, Any]]

GREET = "Dear Dana,\n\n"
SIGN = "\n\nBest regards,\nJordan"
N = {"notes": True}
# the sample notes with a kind of message
AI_N = {"kind": "additional_info", "notes": True}
CI_N = {"kind": "check_in", "notes": True}
RR_N = {"kind": "rejection_reply", "notes": True}
RR = {"kind": "rejection_reply"}
CI = {"kind": "check_in"}
AI = {"kind": "additional_info"}
TY = {"kind": "thank_you"}
# a specific first paragraph for the sample notes' interview (Northwind Analytics)
BODY = ("Thank you for meeting with me about the Operations Analyst role at Northwind "
        "Analytics. I enjoyed our talk about the warehouse forecasting model.")


def letter(body: str) -> str:
    return GREET + body + SIGN


REAL_MODE_CHECKS = ("tone.hostile", "tone.threat", "tone.gift", "tone.reproach",
                    "tone.comparing", "tone.arguing", "tone.overeager", "tone.late_apology",
                    "tone.slang", "tone.pushy", "personalization.template",
                    "personalization.other_company")

NEAR_MISSES: list[Example] = [
    (letter("I hope you are well. Could you share when a decision is expected? I remain "
            "very interested in the analyst role."), CI),
    (letter("I have received another offer and would value knowing your timeline, as "
            "Northwind Analytics remains my first choice."), {"notes": True, "kind": "check_in"}),
    (letter("Thank you for letting me know. I would be grateful for any feedback on why I "
            "was not selected, so that I can improve."), RR),
    (letter("Thank you for telling me personally. I was disappointed, but I understand, "
            "and I hope our paths cross again."), RR),
    (letter("You mentioned a decision in early December, so I wanted to check in. Is there "
            "anything else I can send you?"), CI),
    (letter("It has been two weeks since our conversation and I remain keen on the role."),
     CI),
    (letter("As promised, I have attached the forecast sample we discussed."),
     {"kind": "additional_info"}),
    (letter("I should have told you about my dbt course in the interview, so here it is."),
     {"kind": "additional_info"}),
    (letter("Great, thank you for the update! I look forward to hearing from you."), CI),
    (letter("It only took two days to rebuild the report, and I learned a great deal."), N),
    (letter("I helped our clients stay ahead of their competitors with better forecasts."),
     N),
    (letter("I would be happy to pay for my own travel to the on-site interview."), N),
    (letter("Thank you for the coffee and the tour of the warehouse floor."), N),
    (letter("Please do not contact my current employer before an offer."), N),
    (letter("The team handled customer complaints within a day, which impressed me."), N),
    (letter("No need to apologise for the delay; I know the team is busy."), CI),
    (letter("I cut forecast error by 12% in Q3 and hope to do the same in FY25."), N),
    (letter("I have deep experience with Looker and led our migration to Snowflake."), N),
    (letter("At my last company, Initech, I rebuilt the warehouse forecasting model."), N),
    (letter("As a senior analyst at Globex Partners, I moved our reports to dbt."), N),
    (letter("The r value of the forecast was 0.92, and we wrote it up for the team."), N),
    (letter("Thank you for showing me the gift shop. I present our forecasts every month, "
            "enjoyed the competitor analysis you described, and will review the materials "
            "and send the sample by Friday."), N),
    (letter("I am still very interested. You said the team values documentation, so I have "
            "attached a runbook. I expect the dbt migration would take two sprints."), N),
    (letter("In my current role as a legal assistant I support three attorneys, prepare "
            "filings for lawsuits and draft replies to negative reviews on Google."), N),
    (letter("Thank you for letting me know. I am disappointed, but I understand, and I wish "
            "you good luck finding the right person. Good luck with the launch!"), RR),
    (letter("I was sorry to miss Sam. Our rewards program had a similar delay, and I'd be "
            "happy to pay attention to the on-call details too."), N),
    (letter("It was better than any interview I have had this year, and the team seemed "
            "stronger than the other teams I have met."), N),
    (letter("Our team at Acme won the 2025 award. I have used Power BI, Kafka and Snowflake, "
            "and I spent two years at Initech."), N),
    (letter("Please let me know by Friday if you need anything else from me."),
     {"kind": "additional_info"}),
    (letter("I will send the revised sample by Friday at the latest."),
     {"kind": "additional_info"}),
    (letter("If you don't have an update yet, I will check in again next week."), CI),
    (letter("I can't wait to see how the forecasting model performs next quarter."), N),
    (letter("I understand you may still be waiting on final approvals."), CI),
    (letter("When I found the error, I would report this to the finance director."), N),
    (letter("I will tell everyone how welcoming your team was."), N),
    (letter("Thank you for your time. Should another position open up, I would be "
            "delighted to be reconsidered."), RR),
    (letter("I do not question your decision, and I thank you for your time."), RR),
    (letter("I enjoy mentoring someone with less experience."), N),
    (letter("Since we spoke yesterday, I have not yet received the assessment link; could "
            "you resend it?"), {"kind": "additional_info"}),
    (letter("I find it surprising that such a small team handles so much volume."), N),
    (letter("Thank you again, and I hope to hear from you soon!"), N),
    (letter("As a paralegal I prepared filings for legal action, helped clients consult "
            "an attorney, and tracked who was suing the company."), N),
    (letter("I write honest reviews of new tools for our blog, tracked our ratings on "
            "Glassdoor and Indeed, and I will share the write-up on LinkedIn."), N),
    (letter("I would be happy to pay for the certification myself."), N),
    (letter("I spent two years working for a competitor of yours, and I will take a close "
            "look at how you differ from your competitors."), N),
    (letter("If you don't have a decision yet, I will leave it with you and check in "
            "later."), CI),
    (letter("I will send you a token for the demo environment."), N),
    (letter("Thank you: you passed on a great piece of advice about stakeholder maps."), N),
    (letter("In the worst hiring market in years, our input data was garbage, so I rebuilt "
            "the garbage collection service for our K-12 platform."), N),
    (letter("You said you would share the team's reading list; I would love to see it."), N),
    (letter("I am still waiting for my transcript from the university and will send it "
            "when it arrives."), {"kind": "additional_info"}),
    (letter("A guest once called our lobby \"a joke\", and I turned it round. You asked "
            "about a guest shouting \"What a joke!\" and I described the steps I take."), N),
]

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.hostile": {
        "fail": ["you people are clowns", (letter("Thanks for nothing."), RR),
                 (letter("What a joke."), RR), (letter("I feel insulted by this."), RR),
                 (letter("Good luck finding someone who actually wants this job."), RR),
                 (letter("You have lost a great engineer."), RR),
                 (letter("Seriously? You people have no idea what you're doing."), RR),
                 (letter("Your company obviously doesn't value experience."), RR),
                 ("you're all idiots", RR), ("This company is trash.", RR),
                 ("Worst hiring process ever.", RR)],
        "pass": [(letter("Thank you for letting me know; I hope we stay in touch."), RR),
                 letter("Your team was very professional and kind.")],
    },
    "tone.threat": {
        "fail": [(letter("You'll regret this decision."), RR),
                 (letter("I will take my skills to your biggest competitor."), RR),
                 (letter("I plan to leave an honest review on Glassdoor."), RR),
                 (letter("My lawyer will be in touch."), RR),
                 (letter("If I do not hear back I will contact my attorney."), CI),
                 (letter("If you don't reconsider, I will accept the offer from your "
                         "competitor."), RR),
                 (letter("I'll be sure to tell everyone I know how you treat people."), RR)],
        "pass": [(letter("I have received another offer and would value knowing your "
                         "timeline."), CI),
                 letter("You won't regret giving this project a closer look."),
                 letter("I helped our clients stay ahead of their competitors.")],
    },
    "tone.gift": {
        "fail": [letter("I have sent you a small gift card as thanks."),
                 letter("I would love to take you out to dinner next week."),
                 letter("I'd be happy to pay for your time."),
                 letter("Please accept this small token of my appreciation."),
                 letter("Lunch is on me next time you are in town."),
                 letter("I will drop off some cookies for the team tomorrow.")],
        "pass": [letter("Thank you for the coffee and the tour."),
                 letter("I would be happy to pay for my own travel to the on-site."),
                 letter("I enjoyed presenting the forecast to you.")],
    },
    "tone.reproach": {
        "fail": [(letter("Why haven't you replied to my email?"), CI),
                 (letter("You said you would call me last week."), CI),
                 (letter("I expect a reply by Friday."), CI),
                 (letter("I am still waiting."), CI),
                 (letter("It has been two weeks and I still haven't heard a word."), CI),
                 (letter("You could have at least told me."), RR),
                 (letter("I interviewed yesterday and haven't heard anything."), CI),
                 (letter("It would be great to get an answer this time."), CI)],
        "pass": [(letter("Could you share when a decision is expected?"), CI),
                 (letter("You mentioned a decision in early December, so I wanted to check "
                         "in."), CI),
                 (letter("It has been two weeks since our talk and I remain keen."), CI)],
    },
    "tone.comparing": {
        "fail": [(letter("You hired someone with only a year of experience; I would have raised "
                         "more than they will."), RR),
                 (letter("I am far more qualified than the person you hired."), RR),
                 (letter("Unlike the other candidates, I have run a warehouse."), N),
                 (letter("You hired someone with less experience than me."), RR),
                 (letter("I'm better than the other applicants."), N),
                 (letter("How was someone with less experience chosen over me?"), RR)],
        "pass": [letter("The project went better than I expected."),
                 letter("I am more experienced with dbt than my resume suggests.")],
    },
    "tone.arguing": {
        "fail": [(letter("Please reconsider."), RR),
                 (letter("There must be a mistake in your assessment."), RR),
                 (letter("Your decision was wrong."), RR),
                 (letter("I want to know why I was rejected."), RR),
                 (letter("I have to admit I'm surprised, given how well the interviews "
                         "went."), RR),
                 (letter("I honestly thought our conversations went really well."), RR),
                 (letter("I was told I was a strong fit, so this is hard to square."), RR),
                 (letter("I am baffled by the decision."), RR),
                 (letter("What more could I have done?"), RR),
                 (letter("I'm struggling to understand why."), RR),
                 (letter("I believe I am entitled to see the interview scoring sheets."), RR),
                 (letter("I felt you had made up your mind about me before I had finished my "
                         "first answer."), RR),
                 (letter("Would you mind telling me who you ended up hiring?"), RR),
                 (letter("I would be willing to start at $8,000 below the range."), RR),
                 (letter("Could you tell me who was selected and what they offered that I did "
                         "not?"), RR),
                 (letter("Could you tell me the salary you offered the successful candidate?"),
                  RR)],
        "pass": [(letter("I would be grateful for any feedback on why I was not selected."),
                  RR),
                 (letter("I was disappointed by the news, but I understand."), RR),
                 (letter("I'm trying to understand what I could do better next time."), RR),
                 (letter("I enjoyed our conversations and learned a great deal."), RR),
                 (letter("Please keep me in mind and consider me for future openings."), RR)],
    },
    "tone.overeager": {
        "fail": [letter("Can't wait to hear back!!"), (letter("Please respond soon!"), CI),
                 (letter("Hope to hear asap!"), CI), (letter("Any news yet?!"), CI)],
        "pass": [letter("I look forward to hearing from you."),
                 (letter("Could you share when a decision is expected?"), CI)],
    },
    "tone.late_apology": {
        "fail": [letter("Sorry for the late reply."),
                 letter("I apologize for the delay in writing."),
                 letter("Please accept this belated thank-you.")],
        "pass": [(letter("No need to apologise for the delay; I know the team is busy."), CI),
                 letter("I am sorry to hear about the delay in the project.")],
    },
    "tone.slang": {
        "fail": [letter("thx u r great"), letter("Looking forward 2 hearing from u."),
                 ("k thx", RR),
                 letter("It was sooo good to meet the team.")],
        "pass": [letter("The r value was 0.92."), letter("We used R and Python for models.")],
    },
    "personalization.template": {
        "fail": [("To whom it may concern,\n\nThank you for the interview. Your company is "
                  "a leader in the industry, and I admire its commitment to excellence. It "
                  "would be an honor to work for such a prestigious organization." + SIGN,
                  N),
                 ("Dear Hiring Authority,\n\nThank you for the opportunity to interview for "
                  "the Marketing Coordinator position at Brightwave Media. Your organization "
                  "is a leader in the industry, and I admire your commitment to excellence. "
                  "It would be an honor to join such a talented team." + SIGN)],
        "pass": [(letter("Your company is a leader in the industry, and I admire its "
                         "commitment to excellence. The warehouse forecasting model you "
                         "described is the kind of work I did for 3 years."), N),
                 (letter("It would be an honor to work with you."), N),
                 ("Dear Ms. Ortiz,\n\nThank you for meeting with me about the Marketing "
                  "Coordinator role at Brightwave Media. Your organization is a leader in the "
                  "industry, and I admire your commitment to excellence. I enjoyed hearing how "
                  "your team relaunched the Spring Sampler newsletter." + SIGN)],
    },
    "personalization.impersonal_greeting": {
        "fail": [("Dear Hiring Authority,\n\nThank you." + SIGN, N),
                 ("Greetings,\n\nThank you." + SIGN)],
        "pass": [(letter("Thank you."), N), "Dear Ms. Whitfield,\n\nThank you." + SIGN],
    },
    "personalization.other_company": {
        "fail": [(letter("I would love to join Initech in Q3."), N)],
        "pass": [(letter("I cut forecast error by 12% in Q3 and hope to do the same in "
                         "FY25."), N),
                 (letter("I have deep experience with Looker and led our migration to "
                         "Snowflake."), N),
                 (letter("At my last company, Initech, I rebuilt the forecasting model."), N),
                 (letter("As a senior analyst at Globex Partners, I moved reports to dbt."),
                  N),
                 (letter("Since 2021 I have managed the pantry at Helping Hands Food Bank."),
                  N),
                 (letter("At Initech, I led the move of our reports to dbt."), N),
                 (letter("For the past four years at Globex Partners, forecasting was my "
                         "job."), N),
                 (letter("Our shop sells on Amazon and Etsy, and I built its listings."), N),
                 (GREET + "Thank you for the interview at Northwind.\n\nBest regards,\n"
                  "Jordan Lee\nSenior Analyst\nGlobex Partners\njordan@example.com\n"
                  "555 0100\nlinkedin.com/in/jordan", N)],
    },
    "concision.length": {
        "fail": [(letter("Thanks."), RR), (letter("Ok, thank you for letting me know."), RR)],
        "pass": [(letter("Thank you for letting me know, and for your time. I enjoyed "
                         "meeting the team and hope our paths cross again."), RR),
                 (letter("Thank you for telling me. I would be grateful for any feedback, "
                         "and I hope to stay in touch."), RR)],
    },
    "timeliness.check_in": {
        "fail": [(letter("Any news?"), {"notes": True, "kind": "check_in",
                                        "sent_at": "2026-11-21T10:00"}),
                 (letter("Any news?"), {"kind": "check_in", "notes": True,
                                        "sent_at": "2026-11-20T18:00"})],
        "pass": [(letter("Any news?"), {"notes": True, "kind": "check_in",
                                        "sent_at": "2026-12-04T10:00"})],
    },
}
