"""Pass and fail examples for the faults probe sets 362-369 (broad mixes of jobs, as near a
random sample of real follow-ups as the briefs could ask for) showed no check caught (a
friend speaking "as if he'd supervised" the writer, a sanctions hit cleared alone, last
year's test from an insider, a named patient with her age and town, an expired first aid
certificate shrugged off, cash in hand to keep benefits, fish refrozen as "fresh today", a
failed brake test signed as a pass, a qualification the writer said they held, threats of
investors, rivals or bookings taken elsewhere, bracketed reminders to self) and the false
alarms fixed with them (a course's provider, a referee's relative clause before a phone
number, sewing and kitchen words).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Sam has kindly agreed to speak as if he'd supervised my work "
                         "there."), AI),
                 (letter("I took the view it was a false positive, cleared the alert myself "
                         "and released the payment."), AI),
                 (letter("A friend has shared the technical test she sat last year."), AI),
                 (letter("It was Mrs Joan Hadley from Ashcombe. She's 71 and was called "
                         "back."), TY),
                 (letter("My first aid certificate ran out last spring, but I really wouldn't "
                         "worry about it."), AI),
                 (letter("Would it be ok if you paid me cash for the first few months?"), AI),
                 (letter("The fish that is not sold, we freeze it again in the evening."), AI),
                 (letter("We signed the sheet as a pass without doing the retest."), AI),
                 (letter("It may be simplest to describe me as Pro Licence qualified."), AI)],
    },
    "tone.threat": {
        "fail": [(letter("A couple of partners at the fund would be interested to hear how "
                         "candidates are treated."), RR),
                 (letter("I'll take the format to other organisers; you'll see it going up "
                         "against yours."), RR),
                 (letter("I'd naturally take those bookings wherever I end up."), CI)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Wow, thanks for the three-sentence email after I gave up a whole "
                         "morning for you two. Really professional."), RR)],
    },
    "correctness.placeholder": {
        "fail": [(letter("2. Tom Ashby, Operations Lead – 07700 900947 (NOT Marie in HR – she'll "
                         "bring up the absences)"), AI),
                 (letter("I remain very interested.\n\n[remember: don't say about the other "
                         "interview]"), CI)],
    },
    "correctness.spelling": {
        "pass": [letter("I'm a sewist at heart, and I made the pico for the lunch rush.")],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "pass": [(letter("I've booked the two-day Deafblind Guiding course run by Northway "
                         "Sensory Trust."), N),
                 (letter("3. Raj Gill, agronomist, Westfield Ag Services, who knows my work on "
                         "the sampling side. 306-555-0107"), N)],
    },
}
