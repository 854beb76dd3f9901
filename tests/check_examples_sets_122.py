"""Pass and fail examples for the faults probe sets 122-137 showed no check caught (a
qualification or a certificate to be recorded as held, a safety procedure skipped as a
strength, lists of patients or customers, a client's care carried on alone, a relative's
reference, the last competition's test asked for, the interviewer's private life looked
into, a unit's protocol corrected, a better title or equity before an offer, the person
appointed run down, overheard gossip about a candidate, perks first, a politician to
call the panel, the shortlist asked for or passed on, LinkedIn views watched, a uniform
size asked for, a label dose doubled, a client's will, a test redone at home, free work
on the interviewer's boiler, a pass rate guaranteed) and the false alarms they showed (a
form letter the writer was spared, a clergy title before a name, a decision expected on
"the role by the end of the month").
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

# sets 130-137, and faults of earlier sets that only their notes had held back
_LATER: dict[str, dict[str, list[Example]]] = {
    "tone.pushy": {
        "fail": [(letter("I ran into Councilmember Reyes on Saturday, and she kindly offered "
                         "to reach out to the Department on my behalf."), CI),
                 (letter("How many candidates are still being considered, and if there's "
                         "someone you're already leaning toward, who?"), CI),
                 (letter("What size polos do you order? I've already told CoreFit I'm "
                         "finishing up at the end of the month."), CI)],
        "pass": [(letter("You mentioned the team hoped to decide on the Insolvency "
                         "Administrator role by the end of the month; is that still the "
                         "plan?"), CI),
                 (letter("My referee, Dr Okafor, is happy to speak to you on my behalf."),
                  AI)],
    },
    "tone.overfamiliar": {
        "fail": [(letter("I noticed you viewed my LinkedIn profile on Tuesday, so I'm guessing "
                         "the panel is still deciding."), CI)],
    },
    "tone.confidential": {
        "fail": [(letter("A friend of mine at Station 62 mentioned that the panel had narrowed "
                         "it down to two candidates."), CI),
                 (letter("I usually tell growers to double the label dose and not to worry "
                         "about the waiting period."), AI),
                 (letter("I would be very surprised if her unfair dismissal claim gets "
                         "anywhere, and I suspect the judge thought so too."), TY),
                 (letter("Last month I prepared the fourth codicil for Mr Crawley of "
                         "Bramhall."), TY),
                 (letter("I redid the whole clip at home; you could keep this version on "
                         "record instead."), AI),
                 (letter("Could you email me the test clip a day or two ahead next time?"),
                  RR),
                 (letter("I've written up my experience of the process on my blog, and I "
                         "mention the 14 months of runway Ama talked about."), RR)],
        "pass": [(letter("I prepared wills and codicils for private clients every week."), TY)],
    },
    "tone.overeager": {
        "fail": [(letter("I've put together a package of materials, attached as a zip file "
                         "(about 180 MB): my performance reviews from 2019 to 2025 and eleven "
                         "letters of recommendation."), AI)],
    },
    "tone.reproach": {
        "fail": [(letter("I had expected a firm of Pembridge & Vaux's reputation to keep "
                         "candidates informed. I would be grateful for an update by return, "
                         "together with an explanation of the delay."), CI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Best of luck finding a 1970s pub with your new scout. No hard "
                         "feelings, obviously."), RR)],
    },
    "tone.gift": {
        "fail": [(letter("I'd be happy to fit a new boiler at cost, no labour charge. Consider "
                         "it a thank you for the interview."), AI)],
    },
    "tone.boastful": {
        "fail": [(letter("I can guarantee a 100% pass rate, and I'd expect to be running the "
                         "department within two years. It will be ready for when I start in "
                         "January."), TY)],
    },
    "tone.hostile": {
        "pass": [(letter("Thank you for telling me personally rather than by form letter."),
                  RR)],
    },
}

_EARLIER: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I have three modules still to sit, but could the panel record it as "
                         "complete?"), AI),
                 (letter("The old card lapsed in the summer. Could we just say I have it for "
                         "now? I can tick the box on the form."), AI),
                 (letter("For a quick belt adjustment a full lock-out is overkill, so I'll "
                         "just hit the e-stop and get in there."), TY),
                 (letter("I have attached the sheet that lists the 38 patients I accompany, "
                         "with their names, mobile numbers and diagnoses."), AI),
                 (letter("I've offered to drive Mrs. Rahimi to her prenatal appointments."),
                  RR),
                 (letter("Strictly speaking I was helping rather than leading, but it is close "
                         "enough."), AI),
                 (letter("My cousin has agreed to give me a letter saying I led the shifts."),
                  AI),
                 (letter("Would it be possible to send me the exercise used in the last "
                         "competition?"), AI),
                 (letter("I've attached a spreadsheet exported from the system at the store "
                         "where I work: about 340 customers with their mobile numbers."), AI)],
        "pass": [(letter("My first-aid refresher is booked for February and I will send the "
                         "certificate as soon as I have it."), AI),
                 (letter("I volunteer with a cancer support trust and accompany about 38 "
                         "patients a year to their appointments."), AI),
                 (letter("My former manager has agreed to give me a reference."), AI)],
    },
    "tone.overfamiliar": {
        "fail": [(letter("After we spoke I looked you up and saw on Instagram that you're "
                         "training for a marathon. I noticed you live in Eastbrook, so we're "
                         "practically neighbors."), TY)],
        "pass": [(letter("I looked up the council's housing strategy before the interview."),
                  TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("Things at my hotel have gone downhill since the new GM arrived."), CI),
                 (letter("I'd gently point out that the guidance changed in 2018."), TY),
                 (letter("It might be worth checking whether your unit's policy document is "
                         "current."), TY),
                 (letter("Your myopia control fees are well below the city's. I'd be happy to "
                         "lead these changes if I join."), AI)],
        "pass": [(letter("I'd be happy to share the references I used for the sepsis audit "
                         "if they would help."), TY)],
    },
    "tone.boastful": {
        "fail": [(letter("I'd want the title to reflect that from day one, and I'd like to know "
                         "whether there's an equity component."), TY),
                 (letter("To be honest, the part I'm most excited about is the flight "
                         "benefits. How soon do the standby passes start?"), TY)],
    },
    "tone.arguing": {
        "fail": [(letter("The panel should be aware that he mixed up two boxes at the last "
                         "count. I'd be grateful if this could be taken into account before "
                         "the appointment is finalised."), RR)],
        "pass": [(letter("I'd be grateful for any feedback that I could take into account "
                         "before the next competition."), RR)],
    },
    "tone.comparing": {
        "fail": [(letter("I couldn't help overhearing the candidate who was waiting before me "
                         "say she had never led a school group."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I suppose I should have joined the choir before applying. I'm sure "
                         "the generator will be very impressed by their attendance record."),
                  RR)],
    },
    "tone.hostile": {
        "pass": [(letter("Thanks for giving me the news yourself rather than leaving it to a "
                         "form letter."), RR)],
    },
    "personalization.greeting_name": {
        "pass": [("Dear Canon Whitfield,\n\nThank you for receiving me this morning and for the "
                  "tour of the parish office.\n\nWith best wishes,\nTolu", N)],
    },
}


MORE: dict[str, dict[str, list[Example]]] = {
    check_id: {key: [*_EARLIER.get(check_id, {}).get(key, []),
                     *_LATER.get(check_id, {}).get(key, [])] for key in ("fail", "pass")}
    for check_id in {*_EARLIER, *_LATER}}
