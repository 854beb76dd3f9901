"""Pass and fail examples for the wordings added when the checks were tuned on the corpus
(gifts sent as thanks, threats to take customers along, sarcasm, chasing the day after,
disputes and comparisons in other words, template praise) and for the false alarms fixed
with them. ``check_examples`` merges them into ``EXAMPLES``.

``NEAR_MISSES`` are polite drafts close to the new wordings; none of the checks in
``check_examples_real.REAL_MODE_CHECKS`` may flag them.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, Example, N, letter

NCI = {"notes": True, "kind": "check_in"}

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.gift": {
        "fail": [letter("If you mention my name to the director, I'll PayPal you $150."),
                 (letter("I've had a case of Napa cabernet delivered to the hub for you, no "
                         "strings attached."), RR),
                 letter("I would like to pledge a personal gift of $2,500 to the campaign if I "
                        "am offered the role."),
                 letter("I've made a $500 donation to Open Shelf in your name."),
                 (letter("A holiday hamper is being delivered to your office this week."), CI),
                 letter("If I am offered the position, I will make a personal gift of $2,500 "
                        "to the campaign."),
                 (letter("I have left a restaurant voucher at reception for you."), AI),
                 letter("I have two spare tickets for Friday's concert, one for each of you."),
                 letter("A crate of very good champagne is on its way to your office."),
                 (letter("I have posted some chocolates to the team as a small thank-you."), AI),
                 letter("Let me know if a little something would move my file up the pile."),
                 letter("I would happily pay for your team's summer party.")],
        "pass": [letter("I ran a promotion that gave away free tickets to our customers."),
                 letter("I raised sales of our bottles of wine by a fifth last year."),
                 (letter("I have sent the signed forms to your office as you asked."), AI),
                 letter("I ran an auction with a case of donated champagne as top prize."),
                 letter("I will cover the cost of my own travel to the office.")],
    },
    "tone.threat": {
        "fail": [(letter("I am taking my expertise straight over to your rival down the "
                         "road."), RR),
                 (letter("I'll be bringing my top clients with me wherever I go next."), RR),
                 (letter("Don't be surprised if your best analysts leave with me."), CI),
                 (letter("I will make sure everyone in the trade knows exactly how you treat "
                         "applicants."), RR),
                 (letter("My reviews of your shop on all the job sites will say so."), RR),
                 (letter("I need an answer tomorrow. Your call."), CI),
                 (letter("I will be writing to your CEO about how candidates are handled."), RR)],
        "pass": [letter("I could bring my regular clients with me, which would help the "
                        "salon grow."),
                 (letter("I will make sure my references know to expect your call."), CI),
                 (letter("Your call yesterday was very helpful, thank you."), CI),
                 (letter("I will contact your CEO's assistant to book the visit."), CI)],
    },
    "tone.hostile": {
        "fail": [(letter("What a treat to get a form letter after three rounds."), RR),
                 (letter("I hope the lucky winner enjoys the role."), RR),
                 (letter("I can only assume my file was lost, since nobody writes back."), CI),
                 (letter("It must be lovely to never have to answer candidates."), CI),
                 (letter("Not one of you has bothered to reply to me."), CI),
                 (letter("You never bothered to tell me the outcome. Not a good look."), RR),
                 (letter("I am frankly offended that you would waste two rounds of my "
                         "time."), RR),
                 (letter("That was a waste of everyone's time."), RR),
                 (letter("I hope whoever you picked is worth it."), RR),
                 (letter("No wonder, given how chaotic the whole day was."), RR),
                 (letter("Does anyone even read these messages?"), CI)],
        "pass": [(letter("Thank you for your kind email and for the feedback."), RR),
                 (letter("It must be rewarding to see the programme grow each year."), N),
                 (letter("I didn't bother to bring slides, so I have attached them now."), AI)],
    },
    "tone.reproach": {
        "fail": [(letter("Why has no one replied to my last two messages?"), CI),
                 (letter("It has now been three weeks without any reply from your side."), CI),
                 (letter("Please email me the decision by noon on Friday."), CI),
                 (letter("I interviewed with you yesterday and wondered if there is news."), CI),
                 (letter("Following up on this morning's interview: has a choice been made?"),
                  CI),
                 (letter("You said I would hear by Monday. It is now Thursday."), CI),
                 (letter("Hello? Is anyone there?"), CI),
                 (letter("Have you forgotten about me?"), CI),
                 (letter("Three weeks of silence seems excessive to me."), CI),
                 (letter("I had hoped to hear back by now."), CI),
                 (letter("Please reply by Friday, or I will withdraw my application."), CI)],
        "pass": [(letter("I interviewed two weeks ago and yesterday saw the team's news."), CI),
                 (letter("Please let me know by the end of the week if you need anything "
                         "else."), AI),
                 (letter("I interviewed yesterday, and here is the sample I promised."), AI),
                 (letter("It is now a year since I started the course, and I have passed "
                         "it."), CI),
                 (letter("I interviewed on Monday and yesterday read your note on references."),
                  CI),
                 (letter("I hope you have not forgotten the sample; here it is again."), CI)],
    },
    "tone.comparing": {
        "fail": [(letter("You chose someone far younger than me, which I find odd."), RR),
                 (letter("I doubt anyone else on your shortlist has run a team of twenty."), N),
                 (letter("Unlike many analysts applying here, I have built models myself."), N),
                 (letter("Hiring an applicant with more years than me does not make sense."),
                  RR),
                 (letter("I cannot see what she could possibly bring that I couldn't do "
                         "better."), RR),
                 (letter("I know the ledger better than anyone on that panel."), RR)],
        "pass": [(letter("I would be glad to meet anyone else on the team."), N),
                 (letter("I doubt anyone else would enjoy the stock counts as much as I "
                         "do!"), N),
                 (letter("I enjoy mentoring people with more energy than experience."), N)],
    },
    "tone.arguing": {
        "fail": [(letter("I must respectfully disagree with the outcome."), RR),
                 (letter("I believe the panel got it wrong about my SQL."), RR),
                 (letter("I think you have made a real mistake here."), RR),
                 (letter("I ask that the outcome be reviewed by your director."), RR),
                 (letter("Two years of retail is not a fair reason to turn me down."), RR),
                 (letter("The interviewer didn't follow my reasoning on the case."), RR),
                 (letter("I do not accept that my experience was too narrow."), RR),
                 (letter("I think you made a poor choice."), RR),
                 (letter("I am simply the stronger candidate."), RR),
                 (letter("Please look at my application again."), RR),
                 (letter("My years on the ward seem to have counted for nothing."), RR)],
        "pass": [(letter("I understand the decision and thank you for telling me."), RR),
                 (letter("I find it hard to say goodbye to such a good process, but thank "
                         "you."), RR)],
    },
    "tone.overeager": {
        "fail": [(letter("I refresh my inbox every ten minutes!"), CI),
                 (letter("Please hurry, I cannot bear the suspense."), CI)],
        "pass": [(letter("I check my email daily and can reply at once."), CI)],
    },
    "tone.late_apology": {
        "fail": [letter("Sorry that my note is reaching you a few days late."),
                 letter("Apologies that it has taken me so long to write.")],
        "pass": [letter("I was sorry to hear the late shift is short-staffed.")],
    },
    "tone.pushy": {
        "fail": [letter("Could you arrange a complimentary sea-view suite for Friday to Sunday?"),
                 (letter("I have copied Superintendent Walsh so that everyone is informed."), CI),
                 letter("I tagged the company and you, and it already has 2,000 views!"),
                 (letter("If I have not heard by then, I will take it that you are not "
                         "interested."), CI),
                 letter("I would ask that you go through these before you make your "
                        "decision."),
                 letter("I assume the written offer will follow shortly."),
                 (letter("I can't promise I'll be able to hold the others off for long."), CI),
                 (letter("My former manager has offered to call you to vouch for me."), RR),
                 (letter("I have forwarded my interview notes to your CTO."), RR),
                 letter("I think we both know it went well, so I have given notice."),
                 letter("I have copied in Mr. Harlow, your CEO, to move things along."),
                 letter("She has known my family for years and will mention it to Director "
                        "Alvarez."),
                 letter("My manager will match it if I bring her a written offer."),
                 (letter("I popped into the hotel on Saturday and chatted with the desk."), CI),
                 (letter("Would you write me a recommendation on LinkedIn?"), RR),
                 (letter("I am eager to know the outcome before Friday."), CI),
                 (letter("Have you made up your mind about the role?"), CI),
                 (letter("If I don't hear from Northwind by Monday, I will move on."), NCI),
                 (letter("Two other firms want me, so you had better hurry up."), CI)],
        "pass": [letter("I expect to be certified by the end of the year."),
                 letter("I need to finish my notice period before the end of March.")],
    },
    "personalization.template": {
        "fail": [(letter("My background and experience would make me a valuable addition. "
                         "I have a proven track record and would thrive in such an amazing "
                         "environment."), N)],
        "pass": [(letter("I have a proven track record: I cut the forecast error by 12% on "
                         "the warehouse forecasting model. I would thrive in the on-call "
                         "rotation you described."), N)],
    },
    "personalization.other_company": {
        "fail": [(letter("I am excited about the analyst role at the Brightwater Foundation."),
                  N),
                 (letter("I remain keen on the analyst role at the Bayview Crest."), N),
                 (letter("At my current store I built a roster, and I'd love to bring that "
                         "planning to Wayne Enterprises."), N),
                 (letter("I have another offer, but Initech is still my first choice."), NCI),
                 (letter("I led a tagging project and would love to bring that to Cascade "
                         "Outdoor Supply."), N),
                 (letter("I would be thrilled to help Copper Pot Coffee grow its audience."), N)],
        "pass": [(letter("My background is in grant reporting at the Brightwater Foundation, "
                         "and I would bring it to Northwind."), N),
                 (letter("At Calder Insurance, I consolidated our inputs into one table."),
                  N),
                 (letter("It is the discipline I have been bringing to Ashcombe Building "
                         "Society.") + "\nSenior Analyst, Ashcombe Building Society", N),
                 (letter("At the Carrow Quay Hotel we started doing the same last spring."), N),
                 (letter("Our forklift safety audits at Westmark Logistics run every two "
                         "weeks."), N),
                 (letter("It reminded me of a query we fixed at Infosys last year."), N),
                 (letter("The topics come from three clusters I found with Ahrefs."), N),
                 (letter("FAR is booked for January, with AUD and REG in March."), N),
                 (letter("In my current role at Castellan Insurance, I pull GL detail with "
                         "SQL."), N),
                 (letter("I also volunteered on the annual appeal for Riverbend Food Bank."), N),
                 (letter("A launch series for Lumen Skincare's winter line."), N),
                 (letter("Over the last 12 months at the Riverside Crown Hotel, our front "
                         "office cut check-in times by a third."), N),
                 (letter("My contract at the Kingsway Quay Hotel requires four weeks' "
                         "notice."), N),
                 (letter("References: Claire Adebayo, General Manager, Quayside Hotel."), N),
                 (letter("At Trailhead Supply, shrink ran at 2.4% of sales. We moved the "
                         "headlamps behind the counter."), N),
                 (letter("It was the Python-to-Go billing migration that caught my eye."), N),
                 (letter("The buying guide reached position 2 on Google."), N),
                 (letter("We keep the first six weeks to LEGO SPIKE kits."), N),
                 (letter("I wrote a brief for the Eastfield County housing committee."), N)],
    },
    "personalization.name_spelling": {
        "fail": [(letter("Thank you, Ms. Whitfeld, for the tour."), N)],
        "pass": [(letter("I trained at St. Dane's Hospital before Northwind."), N)],
    },
    "correctness.article": {
        "fail": [letter("I led a analysis of the returns.")],
        "pass": [letter("I am applying for the FP&A Analyst role and the R&D Engineer one."),
                 letter("I attach a SQL mapping table and an SQL query.")],
    },
    "correctness.spelling": {
        "fail": [letter("I rebuilt the reforcast model.")],
        "pass": [letter("I reforecast the budget monthly against actuals.")],
    },
}

NEAR_MISSES: list[Example] = [
    (letter("I was disappointed, of course, but I appreciated the call."), RR),
    (letter("Could you share any feedback on where my answers fell short?"), RR),
    (letter("I heard from Priya that the team is growing, which is exciting."), N),
    (letter("I gave notice at my last job in June, when the site closed."), N),
    (letter("I ran our year-end campaign, which raised $40,000 in gifts."), AI),
    (letter("The nurse in charge showed me the new sepsis flowsheet."), N),
    (letter("They have asked for my answer by Wednesday, November 18."), CI),
    (letter("I'll be watching Bright Kettle Coffee's Instagram to see how the launch goes."),
     RR),
    (letter("I have another offer and need to give them an answer by Tuesday, so I wanted "
            "you to know my timing."), NCI),
    (letter("I would be glad to discuss the salary range whenever it suits you."), CI),
    (letter("I need to give notice of four weeks at my current job, if that helps your "
            "planning."), AI),
    (letter("I have an offer elsewhere and have been asked to reply by Friday, so I wanted "
            "to let you know first."), CI),
    (letter("Whenever someone on the team has a free moment, could they send the schedule?"),
     CI),
    (letter("I admired how candidates are treated at Northwind: every step was explained."),
     N),
    (letter("It is clear you hold candidates to high standards, and I respect that."), RR),
    (letter("I would like to know the outcome before I reply to another offer, if possible."),
     NCI),
    (letter("I spoke with Sam yesterday, and I wanted to ask whether there is any update on "
            "the timeline."), CI),
    (letter("Thank you for telling me. I find it hard to accept, but I understand."), RR),
    (letter("I understand you went with a candidate whose experience fit more closely."), RR),
    (letter("I will bring my experience of the on-call rotation to whatever comes next."),
     RR),
    (letter("I have attached my certificates and the reference letter you asked for."), AI),
]
