"""Pass and fail examples for the faults of judgement that probe sets 46-49 let through
when first measured (a recruiter's inbox, senior candidates, people returning to work,
small informal employers): a leaked deck, the waiting room reported, a bidding war, a
board member's name dropped, a colleague undermined in private, a secret back-channel,
an age claim, interview questions published, pay docked and shoppers profiled, and a
misremembered company name; and for those of sets 50-53 (a patient admitted by name, a
plan built on shaming pupils, donors contacted, perks asked before an offer, a note to a
friend left in, the crying in the car). ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Last month we admitted Mr. Harold Jensen to room 12 with a UTI."), AI),
                 (letter("It's our actual donor file, with names, addresses and five years of "
                         "gift history."), AI),
                 (letter("Students who don't finish the warm-up lose the first ten minutes of "
                         "lunch, and I keep a tally on the board by name."), AI),
                 (letter("You'll see the actual cost-centre figures; I'd just ask that it "
                         "doesn't go beyond the two of you, as it hasn't been released "
                         "internally yet."), AI),
                 (letter("A friend of mine who works nights on your unit mentioned that you "
                         "had narrowed it down to me and one other nurse."), CI),
                 (letter("I left the numbers in, and the VBA still has Harwick's server "
                         "paths."), AI),
                 letter("I wrote up the prompt and my answer on my Substack this evening."),
                 (letter("Register shortages over $10 come out of that cashier's next "
                         "paycheck, and we kept a watch list of regulars who look "
                         "suspicious."), AI)],
        "pass": [(letter("I've attached a version of the close deck with every figure "
                         "replaced by a made-up one."), AI),
                 letter(BODY + " I wrote up my notes from the site visit for myself.")],
    },
    "tone.passive_aggressive": {
        "fail": [letter("The interview started 25 minutes late, and at least one person was on "
                        "Slack for most of it."),
                 (letter("Your captions feel a bit dated, which is probably why traffic has "
                         "been flat."), AI),
                 letter("I arrived at 10:45 and wasn't collected until almost 11:25, and "
                        "nobody at the desk offered me water."),
                 (letter("I had some doubts about the class sizes, so it may be for the "
                         "best."), RR),
                 (letter("The demo lesson isn't a meaningful test of classroom management; "
                         "I'd strongly recommend Cedar Ridge consider a real class."), AI),
                 (letter("When it starts slipping, give me a call. I'd rather help than say "
                         "I told you so."), RR),
                 (letter("Perhaps it simply slipped through the cracks; I'm confident this "
                         "is just an oversight."), CI),
                 (letter("I'd appreciate knowing whether my age played any part."), RR),
                 (letter("Hopefully they're ready for the holiday rush. If it doesn't work "
                         "out by January, you know where to find me."), RR)],
        "pass": [letter(BODY + " Thank you for fitting me in early; I know the desk was "
                        "busy."),
                 (letter("I hope the holiday rush goes well for the whole team."), RR)],
    },
    "tone.badmouthing": {
        "fail": [letter("At my school the administration doesn't back teachers up, the "
                        "assistant principal sides with parents every time, and half my "
                        "department has stopped bothering."),
                 letter("I'll say, just to you, that I sensed Robert wasn't persuaded; I'd "
                        "be glad to bring him along."),
                 letter("Good supervision makes the contract largely irrelevant: people "
                        "stop running to the steward."),
                 letter("Private industry handles it far better than schools do, and many "
                        "teachers are understandably less comfortable with metrics."),
                 letter("The cuts were pushed through by Councilmember Harlow's bloc."),
                 letter("I'd keep the stewards informed on a need-to-know basis, rather "
                        "than going through the grievance process."),
                 letter("Honestly, it's a pretty soulless place, and my director takes "
                        "credit for every sponsorship.")],
        "pass": [letter(BODY + " My principal has backed me up through two hard years.")],
    },
    "tone.boastful": {
        "fail": [letter("Could you let me know the salary band for the role, the days of annual "
                        "leave, and whether there is staff parking?"),
                 (letter("I could draft the appeal at my nonprofit rate of $65/hour; my rate "
                         "sheet is attached."), RR),
                 letter("I think I gave the wrong impression: I wouldn't expect a learning "
                        "curve there at all."),
                 (letter("If you're able to come in at $180k or above, I'd be ready to "
                         "accept right away."), CI),
                 letter("Before we go further, it would help to align on the package: I'd "
                        "be looking at a base of around $118,000."),
                 letter("I'm not able to cover weekends, I'd need the school holidays off, "
                        "and I'm sure the team can be scheduled around them."),
                 (letter("Before I sign anything, I'd expect to be placed at Step 8."), CI),
                 letter("I'd want Fridays fully remote from day one, so nobody wastes "
                        "time.")],
        "pass": [letter(BODY + " I'm glad to work weekends in the holiday season."),
                 (letter("Thank you for the offer. Could we talk about the base salary "
                         "this week?"), CI)],
    },
    "tone.reproach": {
        "fail": [(letter("I wanted to make sure my emails from Monday and Wednesday didn't "
                         "get lost; I also left a message with the store."), CI),
                 (letter("I'd be grateful if you could go through these before making a "
                         "final decision."), AI),
                 (letter("I had hoped for more from a Department whose work depends on "
                         "timelines. I put two conversations on hold in good faith."), CI)],
    },
    "tone.pushy": {
        "fail": [(letter("My aunt, Carol Whitfield, is on the district school board and "
                         "would be happy to speak with you."), AI),
                 letter("Councilmember Ortiz said she'd be delighted to see me in the role; "
                        "Director Pruitt and I go back some years."),
                 (letter("I've taken the liberty of copying Richard Ames. Richard, I'd be "
                         "grateful if you could take a second look."), RR),
                 (letter("Yesterday I emailed your CTO directly and sent them each a note."),
                  CI),
                 (letter("Could you please disregard what I said in the interview? I'm "
                         "happy to redo that part of the interview by phone."), AI)],
        "pass": [letter(BODY + " My aunt, a nurse herself, first got me interested in the "
                        "field.")],
    },
    "tone.overeager": {
        "fail": [(letter("I gave my two weeks' notice on Monday. When should I expect the "
                         "paperwork, and is there anything to do before my first day?"), CI),
                 letter("I've given provisional notice at my current hotel, and I'll sit "
                        "with whoever leads the migration so that I can take it over."),
                 (letter("What's my start date looking like? I've pencilled in Dec 1. "
                         "Should I send my address for the laptop?"), CI)],
    },
    "tone.comparing": {
        "fail": [(letter("Would you mind telling me who got the role, and could you share "
                         "their name so I can see how I compare?"), RR),
                 (letter("How many people are still in the running, and whether anyone "
                         "internal is going for it?"), CI)],
    },
    "tone.desperate": {
        "fail": [(letter("I've been fooling myself. This is my sixth rejection since "
                         "September, so maybe it's a sign."), RR),
                 (letter("I won't pretend this isn't hard news: my unemployment benefits run "
                         "out in December. I'd take an administrative role, anything."), RR),
                 (letter("I'm not going to lie, this one really hurt. I cried in my car."),
                  RR),
                 letter("I've been weighing whether to stay in the classroom at all, and "
                        "whether it's still for me."),
                 (letter("I'm fairly sure I came across badly, and I wouldn't blame you for "
                         "choosing someone else."), CI)],
    },
    "personalization.other_company": {
        # the sample notes: Northwind Analytics
        "fail": [(letter("I can see Southwind Analytics becoming the go-to name in "
                         "forecasting."), N),
                 (letter("I'd love the chance to help Bright Futures Reading Alliance "
                         "grow."), N)],
        "pass": [(letter("I'd love the chance to help Northwind grow its forecasting "
                         "work."), N),
                 (letter("Having been through a WMS migration at the Wexford Grand, I'd "
                         "run both systems side by side."), N),
                 (letter("It's something I wish we'd done at Trailhead Sports last "
                         "year."), N),
                 (letter("I've signed up for a labor relations course at Truckee Meadows "
                         "Community College."), N),
                 (letter("I coached a VEX IQ team for two seasons at Riverbend Elementary, "
                         "and I'd love to help the club grow."), N),
                 (letter("I'm still very interested in joining Northwind's analytics "
                         "team."), N)],
    },
    "correctness.greeting": {
        "pass": [("Thank you for letting me know, Leilani. I enjoyed the conversation."
                  "\n\nBest,\nNadia", RR),
                 ("Hi Marisol - hope the holiday set is going smoothly! Just checking in on "
                  "the role.\n\nThanks,\nRenee", CI)],
    },
    "correctness.placeholder": {
        "fail": [letter(BODY + "\n\n-----\nMads, can you look this over before I send it? "
                        "Not sure the Reels line sounds confident.")],
    },
    "concision.jargon": {
        "fail": [letter("Most recently I was the SPO NCOIC for a sustainment brigade: Class IX "
                        "throughput for the BSA, the SSA's monthly inventory and CSDP, and the "
                        "MHE dispatch program as ground safety NCO.")],
        "pass": [letter(BODY + " I hold BLS, ACLS and CCRN, and I use SQL, dbt and the ERP "
                        "every day."),
                 letter(BODY + " In Q3 and FY2026 the KPI and OKR reviews moved to the ERP "
                        "and CRM.")],
    },
    "correctness.sentence_case": {
        "pass": [(letter("Thanks for the query tuning chat. pg_stat_statements has been "
                         "most of my job for two years."), AI)],
    },
}
