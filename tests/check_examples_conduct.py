"""Pass and fail examples for passive aggression, personal overshare, arrogance,
overfamiliarity and, without
notes, two companies named as the addressee. ``check_examples`` merges them into
``EXAMPLES``.

``NEAR_MISSES`` are polite drafts close to those faults (a brief health reason for a
reschedule, confident but specific self-description, the writer's own employer, another
interview mentioned factually); none of ``CONDUCT_CHECKS`` may flag them.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, Example, letter

CONDUCT_CHECKS = ("tone.passive_aggressive", "tone.oversharing", "tone.boastful",
                  "tone.overfamiliar", "tone.badmouthing", "tone.confidential",
                  "personalization.basic_questions", "personalization.other_company")

MORE: dict[str, dict[str, list[Example]]] = {
    "personalization.basic_questions": {
        "fail": [(letter("What would the main responsibilities of the role be? Is it "
                         "full-time?"), CI),
                 (letter("Who would the position report to? Is a CPA required?"), AI),
                 (letter("These answers would help me decide whether the job is a good fit for "
                         "me."), CI)],
        "pass": [(letter("Could you share when a decision is expected?"), CI),
                 letter("I enjoyed hearing what the role involves day to day on the ward."),
                 (letter("Is there anything else I can send you before the panel meets?"), CI),
                 (letter("What would you like me to prepare for the second round?"), CI)],
    },
    "tone.confidential": {
        "fail": [letter("Please keep these figures between us, since the decision is not public."),
                 letter("When Jonas walked me out, he mentioned off the record that I led."),
                 letter("I have attached our top 220 donors' home addresses."),
                 letter("My organisation doesn't know I've shared it."),
                 letter("I attached a photo of his vitals flowsheet from that shift."),
                 letter("Many of my clients would follow me to your firm."),
                 letter("It is marked confidential and I'm not really supposed to share it."),
                 letter("Please don't mention where it came from, since I could get in "
                        "trouble."),
                 letter("Mr. Raymond Tully in bed 4 at St. Vincent's came in after a fall."),
                 letter("I have attached a screenshot of his flowsheet from that night."),
                 (letter("I have attached a zip of the invoicing module from our internal "
                         "repository."), AI),
                 letter("Mr. Dale Whitcombe, 68, came in with what looked like a simple UTI."),
                 letter("Our Q3 numbers, which will not be released until the 20th, came in "
                        "below guidance."),
                 letter("I kept a full export of the donor contacts from my last "
                        "organisation."),
                 letter("I was able to pull 300 invoices belonging to other customers."),
                 letter("I have a student, Jayden Morales, who has an IEP for ADHD.")],
        "pass": [letter("I have attached a two-page summary of the donor database cleanup I led."),
                 letter("The figures in the attached sample are invented, but the structure is "
                        "real."),
                 letter("Our patient records project cut charting time by a fifth."),
                 letter("I keep a list of the questions parents ask most.")],
    },
    "tone.badmouthing": {
        "fail": [letter("The managers at my current job are incompetent."),
                 letter("My last boss was a nightmare, and the site director plays favorites."),
                 letter("The housing crisis comes from the current administration's disastrous "
                        "policies."),
                 letter("Anyone with eyes can see who is to blame."),
                 letter("To be frank, a lot of what's there now isn't working."),
                 letter("Your website is outdated and the blog is embarrassing."),
                 letter("The older members of the desk team tend to struggle with new systems."),
                 letter("Honestly, seventh graders are basically feral."),
                 letter("With respect, that is not standards-based grading at all."),
                 letter("I would encourage you both to read the research before Monday."),
                 letter("None of this is meant personally, but the feed is a jumble."),
                 letter("The current council majority has made a mess of housing policy."),
                 letter("I think the team is heading in the wrong direction."),
                 letter("Your PostgreSQL queries are badly written."),
                 letter("I'd be happy to explain why when I join."),
                 letter("To be honest, your blog and Instagram need a lot of work."),
                 letter("My manager takes credit for everything my team produces."),
                 letter("I also heard the CFO may not be around much longer."),
                 letter("Between us, our general manager is having an affair."),
                 letter("The district manager honestly has no idea how to run a sales floor."),
                 letter("Union stewards mostly slow everything down; I know how to keep them in "
                        "line."),
                 letter("I would be glad to help identify the ringleaders on the floor."),
                 letter("Jonas said goroutines are basically threads, which isn't really "
                        "accurate."),
                 (letter("There's a lot that needs fixing: your SEO is weak for a brand your "
                         "size."), CI),
                 (letter("Frankly, if that is how you treat candidates, it may explain the "
                         "scores."), AI)],
        "pass": [letter("I left my last job because the site closed, and I learned a lot there."),
                 letter("With respect to the timeline, I can start in January."),
                 letter("I would encourage students to reassess a skill once they have practised "
                        "it."),
                 letter("I trained the older scanners' users one by one before go-live."),
                 letter("I would bring fresh ideas to the blog and the spring campaign."),
                 letter("The team is small but mighty, which I admire."),
                 letter("I briefed council members on the housing policy last year."),
                 letter("Our process was slow, so I rebuilt it and cut the wait by half.")],
    },
    "tone.overfamiliar": {
        "fail": [letter("If you're ever nearby, let's grab a drink; first round is on me."),
                 letter("It felt more like catching up with an old friend than an interview."),
                 letter("Thanks again for the chat, mate."),
                 letter("You looked lovely, and I loved your smile."),
                 letter("You are the most handsome hiring manager I have met."),
                 letter("I found you on Instagram and sent a follow request."),
                 letter("Say hi to your wife and kids for me."),
                 letter("The highlight of my day was your laugh."),
                 letter("I found your personal Instagram, and your photos from Lisbon were "
                        "gorgeous."),
                 letter("It would be fun to grab a drink and talk about content sometime."),
                 letter("I noticed you weren't wearing a ring, so I hope this isn't too "
                        "forward."),
                 letter("All jokes aside, I would love to help you sell more of it."),
                 letter("Would you like to join me for drinks at the harbour bar on Friday?"),
                 letter("We could continue it over a coffee, or something stronger."),
                 "Dear Dana,\n\nThank you for the interview.\n\nLove,\nJordan"],
        "pass": [letter("Thank you for the coffee and the tour of the roastery."),
                 letter("We shared a laugh about the month-end close, which I enjoyed."),
                 letter("I would love to help launch the cold brew on Instagram."),
                 letter("Please pass my thanks to Ms. Darling for the tour."),
                 letter("I loved hearing how the team celebrates each launch with a lunch."),
                 letter("The buddy system for new nurses sounds like a great start.")],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Whenever you get around to it, I'd appreciate an update."), CI),
                 (letter("I will keep my diary free in case things don't go to plan."), RR),
                 (letter("Thank you for the update, only two days after the date you gave "
                         "me."), RR),
                 (letter("I'm sure whoever you picked will knock it out of the park."), RR),
                 (letter("Jonas spent half of the design round on his phone."), RR),
                 (letter("I hope you take this as constructive."), RR),
                 letter("Thank you for eventually meeting with me yesterday."),
                 letter("I look forward to hearing from you, hopefully within the timeframe you "
                        "gave."),
                 (letter("I worry that you may have formed an unfair impression."), AI),
                 (letter("I have to admit I was hurt to read it; I should have known better."),
                  RR),
                 (letter("I hope whoever you chose appreciates the opportunity."), RR),
                 (letter("As a reminder, I graduated in 2020 and have five years in FP&A."), CI),
                 (letter("Agencies aren't always equipped to recognize strong analysts."), RR),
                 letter("I'd ask you to rethink how much weight you give that point."),
                 (letter("I realise applicants are not exactly a top priority for you."), CI),
                 (letter("I assume my last email was simply lost in your inbox."), CI),
                 (letter("I'm sure you had your reasons, so I won't ask what they were."), RR),
                 (letter("A straight answer would be refreshing for a change."), CI),
                 (letter("Not to complain, but the panel arrived forty minutes late."), CI),
                 (letter("Thank you for getting back to me, eventually."), RR),
                 (letter("As I'm sure you noticed, I was the only one who had prepared."),
                  CI),
                 (letter("I kept my answers short, which is more than can be said for the "
                         "questions."), CI),
                 (letter("I'd hate to think my file slipped your mind again."), CI),
                 (letter("I hope your new hire settles in better than your scheduling did."),
                  RR),
                 (letter("Some of us have other offers to weigh."), CI),
                 (letter("Thank you for the \"feedback\" on my portfolio."), RR),
                 (letter("I noticed the decision date came and went without a word."), CI),
                 (letter("I look forward to hearing from you, eventually."), CI),
                 (letter("Fine. Thanks anyway."), RR),
                 (letter("In future, you might consider letting candidates know when a "
                         "date slips."), RR),
                 (letter("As previously stated, I am available on Mondays."), CI)],
        "pass": [(letter("Could you let me know when you expect a decision?"), CI),
                 (letter("In case my earlier note did not reach you, I am still very "
                         "interested."), CI),
                 (letter("Thank you for getting back to me so quickly."), RR),
                 (letter("As I mentioned in the interview, I led the billing migration."), CI),
                 letter("I'm sure the team will make the right choice for the unit."),
                 letter("Thank you again for your time; it was great to finally meet the "
                        "team in person."),
                 (letter("I know you have many applicants, and I appreciate your time."), CI),
                 letter("Fine-tuning the forecast took two weeks, and the result held."),
                 (letter("I hope to hear from you once the panel has met."), CI)],
    },
    "tone.oversharing": {
        "fail": [letter("I was a bit off because of my migraines. My doctor has changed my "
                        "medication twice this month."),
                 letter("Since my divorce I have barely slept, so please forgive my nerves."),
                 (letter("My father passed away in May and my savings have run out, so this "
                         "role matters more than you know."), RR),
                 letter("I have been in outpatient therapy for my anxiety since March, and I "
                        "am on antidepressants."),
                 letter("I grew up on a farm, the youngest of six kids. When I was twelve my "
                        "parents split, and my older brother raised me."),
                 (letter("My boyfriend moved out last week and I had food poisoning on "
                         "Sunday, so it has been a rough few weeks for me."), CI),
                 letter("At the age of sixteen I left school. Then I backpacked through "
                        "Asia, which taught me so much about myself."),
                 (letter("I had a colonoscopy that morning after a bout of gastroenteritis."),
                  CI),
                 letter("Apologies if I seemed distracted; I was dealing with a flare-up of "
                        "my Crohn's disease.")],
        "pass": [(letter("I was in hospital for a minor procedure on Tuesday, so I am sorry "
                         "to have missed your call."), CI),
                 (letter("My father is having an operation on the 4th, so any other day "
                         "that week would suit me for a second interview."), CI),
                 letter("I am relocating to Reno with my family in January."),
                 letter("My mother was a nurse, which is partly why I chose this work."),
                 letter("At the ICU I gave the first dose of antibiotics within the hour "
                        "for every patient flagged by the sepsis screen."),
                 letter("I ran the cold brew launch and the pain-point survey for my team."),
                 letter("I always pull my weight on a short-staffed shift, and my "
                        "colleagues know they can count on me."),
                 letter("My daughter's school is close to the store, so weekday opening "
                        "shifts suit me well."),
                 letter("Then I moved the month-end reports to SQL, which cut the close to "
                        "two days."),
                 letter("I ran our early childhood literacy drive with my team and my "
                        "manager at the library."),
                 letter("I apologise if I seemed nervous at the start; I enjoyed the rest "
                        "of our conversation.")],
    },
    "tone.boastful": {
        "fail": [letter("I'm sure you'll agree that I am exactly what your team needs."),
                 letter("I would need at least $58,000 and three weeks of vacation."),
                 letter("I would need the role to be fully remote."),
                 letter("I guarantee that sales will double by the end of the season."),
                 letter("I'd prefer not to teach first period, and I can't stay after school."),
                 letter("I could take it on as a contractor at $165 an hour."),
                 (letter("I have put all of this into a revised job description, attached."), AI),
                 (letter("Since this was 40 hours of work, I've attached an invoice."), AI),
                 letter("The Go points you raised are non-issues for someone at my level."),
                 letter("You are lucky to have found me at this point in my career."),
                 letter("I'm really hoping I could be placed on days; nights have never suited "
                        "me."),
                 letter("I'm not willing to work weekends in December."),
                 letter("Once you see the work, the decision will be an easy one."),
                 letter("As you could probably tell, I know this market inside out."),
                 letter("Honestly, that was the strongest case study you will see this "
                        "year."),
                 letter("My last director called me the best analyst she had ever hired."),
                 letter("I am one of the top sales managers in the region, full stop."),
                 letter("I could rebuild your reporting over a long weekend."),
                 letter("The technical questions were a little basic for someone with my "
                        "background."),
                 letter("Without false modesty, my lesson plans are second to none."),
                 letter("Any hospital would be lucky to have me."),
                 letter("Your engineers could learn a lot from me."),
                 letter("I doubt your team could teach me much about guest service."),
                 letter("Hiring me is the obvious choice."),
                 letter("Without a doubt, I am the strongest candidate for this role."),
                 letter("My stellar track record will tell you the rest."),
                 letter("I'm confident I'm the most qualified candidate you have seen."),
                 (letter("Frankly I'm surprised you haven't made an offer already."), CI)],
        "pass": [letter("I am confident I can help: at Halden I cut overtime by 12%."),
                 letter("My shift had the best safety record of the company's six sites."),
                 letter("I was named supervisor of the year in 2025, thanks to a great "
                        "team."),
                 letter("I would love to learn from your team's approach to audits."),
                 letter("Your sepsis protocol is the best I have seen in any hospital."),
                 letter("I'm sure there is a lot your team could teach me about Opera "
                        "Cloud."),
                 letter("I am confident I would be a strong addition to the team."),
                 letter("My track record on shrink speaks to the concern you raised: 1.4% "
                        "last year.")],
    },
    "personalization.other_company": {  # without notes: two addressee companies
        "fail": [letter("Thank you for the interview for the analyst role at Northwind "
                        "Analytics. I would love to join Globex Partners and help with "
                        "forecasting."),
                 "Subject: Thank you – Acme Robotics interview\n\n" + letter(
                     "I enjoyed meeting the team. I am excited about the opportunity to "
                     "join Vantage Health."),
                 letter("Thank you for the interview at Northwind Analytics. I would love to "
                        "join the Globex Partners team.")],
        "pass": [letter("Thank you for the interview for the analyst role at Northwind "
                        "Analytics. At Globex Partners, my previous employer, I built "
                        "forecasts."),
                 letter("Thank you for the interview at Northwind Analytics. I also have an "
                        "interview at Globex Partners next week, but Northwind is my first "
                        "choice."),
                 letter("Thank you for the interview at Northwind Analytics. I would love to "
                        "join Priya's team at the Reno hub."),
                 letter("Thank you for the interview at Northwind Analytics. I'd be glad to "
                        "help Priya Shah with the migration."),
                 letter("Thank you for the interview at Northwind Analytics. I would love to "
                        "join the Front Office team and the Reno team.")],
    },
}

NEAR_MISSES: list[Example] = [
    *MORE["tone.passive_aggressive"]["pass"],
    *MORE["tone.overfamiliar"]["pass"],
    *MORE["tone.badmouthing"]["pass"],
    *MORE["tone.confidential"]["pass"],
    *MORE["personalization.basic_questions"]["pass"],
    *MORE["tone.oversharing"]["pass"],
    *MORE["tone.boastful"]["pass"],
    *MORE["personalization.other_company"]["pass"],
    (letter("I had a dental appointment that morning, which is why I asked to move the "
            "call. Thank you for accommodating me."), CI),
    (letter("Thank you for telling me yourself. I was disappointed, but I understand, and I "
            "wish your new colleague every success."), RR),
    (letter("Attached is the reforecast template I built at my previous employer, with the "
            "Q3 figures removed."), AI),
]
