"""Pass and fail examples for the faults probe sets 82-121 showed no check caught (gifts
left at reception, files "not mine to share", a recorded interview, a qualification to be
"treated as held", a veiled threat, terms set before an offer, sarcasm about the effort an
interview cost, a note cut off mid-sentence, the next stage's questions asked for, dates
moved to hide a gap, compliments on looks) and the false alarms they showed (a place
named twice over, urgent work, a legal test, a feedback question, the writer's own
decision pending, thanks that open with the reader's name, a person after "Mr" taken for
a company, another employer's deadline, a line in another language, a referee's or the
writer's own workplace, thanks for not being left hanging, a client out of work, a
bereavement course, a greeting to "Ma").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, Example, N, letter

_SETS_82_89: dict[str, dict[str, list[Example]]] = {
    "correctness.cut_off": {
        "fail": [letter("Thank you for meeting me this morning. I have been thinking about "
                        "how to present mixed results to the council in a way that")],
        "pass": [letter(BODY),
                 (letter("Here is what I would bring in the first month:\n\n- a rota\n"
                         "- a stock check"), AI),
                 letter(BODY + " Looking forward to it")],
    },
    "tone.gift": {
        "fail": [(letter("A box of hand-iced biscuits should reach your reception tomorrow "
                         "morning."), AI),
                 (letter("If you ever fancy a day out on the boat, it's on me, just say the "
                         "word."), AI),
                 (letter("I have two spare seats in our box on Saturday and would be "
                         "delighted for you to have them. No strings at all."), CI)],
        "pass": [letter(BODY + " I'll be at reception at nine for the second interview.")],
    },
    "tone.confidential": {
        "fail": [(letter("They don't air until February, so please keep them between the "
                         "three of us."), AI),
                 (letter("It's technically not mine to share, so best not to pass it "
                         "around."), AI),
                 (letter("I recorded our conversation on my phone to review my answers."), AI),
                 (letter("Date of birth: 14 March 1994\nSocial Security number: "
                         "914-36-2085"), AI),
                 (letter("I would ask you to treat it as held for the shortlist."), AI)],
        "pass": [(letter("I've taken the client names out, so the sample is fine to share "
                         "with the panel."), AI)],
    },
    "tone.threat": {
        "fail": [(letter("I haven't said anything to the safety regulator, and I'd rather "
                         "not have to."), RR)],
    },
    "tone.arguing": {
        "fail": [(letter("Perhaps if the decision were reviewed, we could sort it out from "
                         "the inside."), RR)],
        "pass": [(letter("If you have a minute, would you be willing to tell me what tipped "
                         "it? I'll spend the winter working on it."), RR)],
    },
    "tone.badmouthing": {
        "fail": [letter("Most of the problems I described were of his making, not mine."),
                 letter("The framing you gave the case was somewhat dated, and your case "
                        "library could do with a refresh.")],
        "pass": [letter("The backlog was of our own making, and we cleared it in a month.")],
    },
    "tone.boastful": {
        "fail": [letter("Just to be clear, I will need minimum 12.5 LPA fixed."),
                 (letter("I'd also want to work remotely on Mondays and Fridays."), CI),
                 (letter("I'd be glad to support the go-live. My standard rate is £650 per "
                         "day."), RR),
                 (letter("I'd be looking for 58,000 euro, and I'd also need four weeks off in "
                         "July."), AI)],
        "pass": [letter(BODY + " I'm happy to work on site or remotely, whichever suits the "
                        "team.")],
    },
    "tone.hostile": {
        "fail": [(letter("Good to know that a full hour of interview rates a three-line "
                         "form message."), RR)],
        "pass": [(letter("Thanks for ringing rather than just send a form letter. Bummed, "
                         "but fair enough."), RR),
                 (letter("I have been revising the unacceptable risk test in the Bail "
                         "Act."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("This is urgent."), CI)],
        "pass": [letter(BODY + " At the depot I answered urgent calls from drivers every "
                        "night.")],
    },
    "tone.reproach": {
        "pass": [letter(BODY + " My application is with the Law Society, and I expect a "
                        "decision within the coming weeks.")],
    },
    "correctness.repeated_word": {
        "pass": [letter(BODY + " I grew up in Wagga Wagga, so rural clients are familiar.")],
    },
    "correctness.greeting": {
        "pass": [(("Thanks for letting me know, Bronwyn, and for the honest feedback on the "
                   "drilling logs. I'll keep working on them.\n\nBest,\nMo"), RR),
                 ("Subject: Re: Landscape Operative\n\nThanks Declan – disappointing, but I "
                  "appreciate the phone call and the straight answer. I'll keep an eye out "
                  "for your spring hiring.\n\nBest,\nMo", RR),
                 ("Thank you, Ananya. Disappointing news, but I'm grateful for the kind note "
                  "and for your time.\n\nKabir", RR)],
    },
}

_SETS_90_97: dict[str, dict[str, list[Example]]] = {
    "personalization.other_company": {
        "pass": [(letter(BODY + " Watching Mr Adeyemi sign with one of the residents stayed "
                         "with me."), N),
                 (letter(BODY + " I have sold EVs for two years."), N),
                 (letter("I have accepted a swim instructor position at Lakeside Family Y "
                         "for the winter, but I'd love to stay in touch."),
                  {"notes": True, "kind": "rejection_reply"})],
    },
    "tone.gift": {
        "fail": [(letter("I'm going to drop a hamper into reception on Friday, with a bottle "
                         "of prosecco each for the two of you."), AI)],
    },
    "tone.confidential": {
        "fail": [(letter("Would it be possible to share which specimens and tests will be "
                         "included, or the marking sheet the panel uses?"), AI),
                 (letter("Could you send me the route they use for the driving assessment? "
                         "I'd like to drive it beforehand."), AI),
                 (letter("I have moved my end date to October so there is no gap showing."),
                  AI)],
        "pass": [(letter("Could you let me know the format of the practical test, so I can "
                         "plan the day?"), AI)],
    },
    "tone.overfamiliar": {
        "fail": [letter("You have a lovely calm voice. I'd love to thank you properly over "
                        "coffee sometime.")],
    },
    "tone.boastful": {
        "fail": [letter("Before we go any further, a few things I'd need sorted: I'd want $34 "
                        "an hour and no Saturdays.")],
    },
    "tone.pushy": {
        "pass": [(letter("I have been offered bank shifts and they've asked me to reply by "
                         "Friday, so I wanted to ask where things stand."), CI),
                 (letter("I'm not trying to redo the interview, only to give a clearer "
                         "answer."), AI)],
    },
}


_SETS_98_105: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("If anyone asks, I'd be grateful if you could treat it as full "
                         "membership."), AI),
                 (letter("I would be comfortable for the firm to list the diploma as held; by "
                         "the time anyone thought to check, the paperwork would be done."), AI),
                 (letter("Please treat me as having led the Holbrook review."), AI),
                 (letter("My cousin has agreed that if you call him he will say I was the "
                         "supervisor there for two years."), AI),
                 (letter("Some were on the hammerhead, but I've counted them as luffing."), AI),
                 (letter("Ask for Tony in the office: he knows to confirm the 2025 date for me "
                         "so the gap doesn't look so long."), AI),
                 (letter("Attached is the restricted section of their security programme. "
                         "Don't share it around obviously."), AI),
                 (letter("I've attached the last two internal incident reports from the "
                         "ferry company. Please don't let on where you got them from!"), AI)],
        "pass": [(letter("My former manager has agreed to confirm my dates if you call him."),
                  AI),
                 (letter("Attached is the reference you asked for, and my internal training "
                         "record is on its way from HR."), AI),
                 (letter("The two outstanding units are due in February; until then, please "
                         "treat my application as that of a provisional member."), AI)],
    },
    "tone.gift": {
        "fail": [letter("I've left a small hamper with each of your names on it at the main "
                        "reception."),
                 (letter("I'd be glad to call out some Saturday and fit them for you, no "
                         "charge, just a thank you for the interview."), AI)],
        "pass": [letter(BODY + " I left my parking ticket at the main reception, sorry!")],
    },
    "tone.badmouthing": {
        "fail": [letter("You asked why I'm leaving. To be straight with you, it's a shambles, "
                        "and I wouldn't let my dog work for the owner.")],
    },
    "tone.arguing": {
        "fail": [(letter("I'd like to push back on the feedback. If your answer key kept the "
                         "inconsistency, the answer key is wrong, not me. I'd appreciate it if "
                         "the panel re-scored the test."), RR)],
        "pass": [(letter("If you have a moment, I'd be grateful for any feedback on the test."),
                  RR)],
    },
    "tone.passive_aggressive": {
        "fail": [letter("I'm assuming that number was a test of how much of our weekend we'll "
                        "hand over for free. Hope whoever marks it enjoys it.")],
    },
    "tone.hostile": {
        "fail": [(letter("I was left hanging for three weeks."), RR)],
        "pass": [(letter("Thanks for letting me know so quickly. I appreciate not being left "
                         "hanging."), RR)],
    },
    "tone.desperate": {
        "pass": [(letter("You asked for an example of working with someone who had been out of "
                         "work for a long time."), AI)],
    },
    "personalization.role_title": {
        "pass": [(letter(BODY + " Thanks for taking me up to see the crane on the Fortitude "
                         "Valley job."), N)],
        "fail": [(letter(BODY + " I would love the Senior Crane Supervisor job."), N)],
    },
    "personalization.name_spelling": {
        "pass": [(letter(BODY + " It is how I was trained during my placement in Dane Dental's "
                         "surgeries."), N),
                 (letter(BODY + " My first job was at Dane Dental."), N)],
        "fail": [(letter(BODY + " Please thank Dane for the tour."), N)],
    },
    "personalization.other_company": {
        "pass": [(letter(BODY + " Last night I generated reference pages from a sample spec "
                         "with Redoc."), N),
                 (letter(BODY + " I'm ready to lodge the card application with AusCheck."), N),
                 (letter("As promised, my referee:\n\nGráinne Fahy, Solicitor\nDonnellan & Co., "
                         "Church Street, Athlone"), {"notes": True, "kind": "additional_info"}),
                 (letter("My referee is Paul Rudd, contracts manager at Aire Valley Access."),
                  {"notes": True, "kind": "additional_info"}),
                 (letter(BODY + " I would need to give two weeks' notice at QuickDrop "
                         "Couriers."), N),
                 (letter(BODY + " I spent two Saturdays volunteering at the Northside Bike "
                         "Co-op."), N),
                 (letter(BODY + " In my freelance work I've kept to a 10-day turnaround for "
                         "Sahyadri Books."), N),
                 (letter(BODY + " The product training is running at the Wakefield centre in "
                         "December."), N)],
        "fail": [(letter(BODY + " I would love to spend the next five years at Corvid Labs."),
                  N)],
    },
}


_SETS_106_113: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've updated my CV to show a Class 2 licence so that it matches what "
                         "I'll hold by the time I start."), AI),
                 (letter("I have listed myself as having qualified in the patent agent "
                         "examination. Strictly speaking I will sit it in March."), AI),
                 (letter("He is away, so I have drafted it myself on his letterhead."), AI),
                 (letter("My cousin will do it instead. He'll say he was the manager there, "
                         "which is near enough."), AI),
                 (letter("I've attached the list of my regular customers from Beaumont "
                         "Jewellers. I exported it from the shop system before my last shift."),
                  AI),
                 (letter("A resident, Mrs Dunne, refuses her medication most evenings."), AI)],
        "pass": [(letter("I've updated my CV to show the first-aid course I finished last "
                         "week."), AI),
                 (letter("The module's branching sample: a resident refuses medication, and "
                         "the learner chooses what to do next."), AI)],
    },
    "tone.badmouthing": {
        "fail": [letter("Karl is honestly the worst person I've ever worked for, and I'm glad "
                        "to be done with that place.")],
    },
    "tone.comparing": {
        "fail": [(letter("You should be aware that his win rate at his last firm was widely "
                         "considered poor. I would ask the panel to reflect on it."), RR)],
    },
    "tone.boastful": {
        "fail": [letter("I can guarantee you won't have a single incident on my shift. You "
                        "won't regret putting me on."),
                 (letter("Before you decide, here is what I would need in order to accept. If "
                         "these are agreeable, I'd be happy to join."), CI)],
    },
    "tone.reproach": {
        "fail": [(letter("You said you'd decide by the 17th, and I've heard nothing."), CI)],
        "pass": [(letter("I know you said you'd decide by the 17th and I'm not asking you to "
                         "rush."), CI)],
    },
    "tone.oversharing": {
        "fail": [(letter("Things at home have been difficult, my youngest has been in and out "
                         "of the ER, and our babysitter quit last month, so the nights would "
                         "have solved a lot for us."), RR)],
        "pass": [(letter("- Certificate in Bereavement Support Practice (Level 3)"), AI),
                 (letter("My partner works office hours and we have evening childcare "
                         "arranged, so I can take my place on the on-call rota."), AI)],
    },
    "personalization.greeting_name": {
        "pass": [("Dear Ma,\n\n" + BODY + "\n\nBest regards,\nJordan", N),
                 ("Namaste Dana,\n\n" + BODY + "\n\nBest regards,\nJordan", N),
                 ("Hi Chef Whitfield,\n\n" + BODY + "\n\nBest regards,\nJordan", N),
                 ("Lieutenant Whitfield,\n\n" + BODY + "\n\nBest regards,\nJordan", N),
                 ("Hola Dana,\n\n" + BODY + "\n\nBest regards,\nJordan", N)],
        "fail": [("Hi Chef Delphine,\n\n" + BODY + "\n\nBest regards,\nJordan", N)],
    },
    "personalization.other_company": {
        "pass": [(letter("Attached is the reference from Tom Ryan at Ballyglass, where I was "
                         "assistant herd manager until August."),
                  {"notes": True, "kind": "additional_info"}),
                 (letter("Here is my referee:\n\nLeonie Hartigan\nTeam Leader, Residential "
                         "Services, Kinship Pathways"), {"notes": True, "kind": "additional_info"}),
                 (letter(BODY + " Lakshmi Narayan, Head of Infrastructure at Corvane Systems, has "
                         "agreed to speak to you."), N),
                 (letter(BODY + " I wrote a script for the Merrion Square stop."), N),
                 (letter(BODY + " I haven't closed a shop alone, but at Marchetti's Chip Shop in "
                         "Johnstone I did the final cash-up."), N)],
        "fail": [(letter(BODY + " I came away certain that Atlantic Skies Forecasting is where I "
                         "want to build my career, and your team has grown its marine service "
                         "over the last few years."), N)],
    },
}


_SETS_114_121: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've attached Northway's reliability report. It's marked company "
                         "confidential, but it shows how I work."), AI),
                 (letter("Please don't mention to Aquastars that I've sent this - it's "
                         "technically their data."), AI),
                 (letter("I helped him out often enough that it's near enough true. Ask for "
                         "Noel and he'll back me up."), AI),
                 (letter("It technically expired in March, so I put it down as current on the "
                         "form."), AI),
                 (letter("We restocked without calling the vet or reporting it to the DPI."),
                  AI),
                 (letter("I filled in the pour records afterwards so the file looked "
                         "complete."), AI)],
        "pass": [(letter("My first-aid card expired in March and I have booked the refresher "
                         "for next week."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("The master on that ship was a drunk, and anyone who's still there is "
                         "either lazy or scared."), AI),
                 (letter("The committee couldn't organise a raffle, and the head greenkeeper "
                         "was more interested in his handicap than the course."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I'm glad to learn that a certificate matters more than twenty years "
                         "at the keyboard. The children will be inspired by whoever has the "
                         "right paperwork."), RR)],
    },
    "tone.desperate": {
        "fail": [(letter("What if I worked alongside your new coordinator for three months, "
                         "unpaid? You'd get two people for the price of one."), RR)],
    },
    "tone.pushy": {
        "fail": [(letter("Please make a decision by the end of the week."), CI)],
        "pass": [letter(BODY + " I was struck by how urgently the brittle issues need "
                        "attention."),
                 (letter("I understood a decision was expected by the end of the month, and I "
                         "wanted to check for any update."), CI),
                 (letter("I understood you were hoping to reach a decision by the end of last "
                         "week."), CI),
                 (letter("I have an offer from another firm that needs an answer by 20 "
                         "November."), CI)],
    },
    "tone.reproach": {
        "pass": [(letter("Repeat complaints from customers still waiting on new meters are kept "
                         "separate."), AI)],
    },
    "personalization.other_company": {
        "pass": [(letter(BODY + " Yesterday I mentioned a summary I put together at Shannonside "
                         "Energy of why customers cancelled."), N),
                 (letter(BODY + " You asked how we had brought turnaround times down at Sahyadri "
                         "Motor Assurance."), N),
                 (letter(BODY + " Brookfield Sixth Form College has offered me a place on their "
                         "team."), N),
                 (letter(BODY + " A rough cost from a similar job at Kilcoona Golf Club is "
                         "attached."), N),
                 (letter(BODY + " I completed the CSA Level 2 award in collections."), N),
                 (letter(BODY + " Attached is the report for Exercise Brosna."), N)],
    },
    "correctness.greeting": {
        "pass": ["Ms. Whitfield, Mr. Ortiz – thank you for the interview and the tour of the "
                 "depot.\n\nBest regards,\nJordan"],
    },
}


def _merged(*tables: dict[str, dict[str, list[Example]]]) -> dict[str, dict[str, list[Example]]]:
    out: dict[str, dict[str, list[Example]]] = {}
    for table in tables:
        for check_id, examples in table.items():
            into = out.setdefault(check_id, {})
            for key, found in examples.items():
                into[key] = [*into.get(key, []), *found]
    return out


MORE = _merged(_SETS_82_89, _SETS_90_97, _SETS_98_105, _SETS_106_113,
               _SETS_114_121)
