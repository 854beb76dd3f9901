"""Pass and fail examples for the faults of probe sets 54-57: the strain of a long search
(pay offered below the range, redundancy money running out, any job at all, a confidence
in pieces), the unwritten rules of public and nonprofit hiring (a campaign shared with a
panelist, a gift in honour of the interview, a donation cancelled after a no), and the
false alarms they showed (a name alone under the last line, links under the signature,
the writer's own employer named again). ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.desperate": {
        "fail": [letter("I would be comfortable coming in well below that range if it helps "
                        "make the decision easier."),
                 (letter("My redundancy pay runs out in December and my mortgage comes up for "
                         "renewal in January."), CI),
                 (letter("I've applied for three other openings here: please consider me for "
                         "whichever makes sense."), CI),
                 (letter("My confidence has taken a beating, and I wonder whether something "
                         "in how I interview is the problem."), RR)],
        "pass": [letter(BODY + " I'm glad to talk about the range whenever it suits you.")],
    },
    "tone.confidential": {
        "fail": [(letter("It's the draft memo for the county; I'd ask that it stay within the "
                         "panel."), AI),
                 (letter("I've left the real numbers in, and the SQL pulls directly from our "
                         "GL tables."), AI),
                 letter("I noticed your name on the volunteer list from Councilmember "
                        "Ortega's campaign.")],
        "pass": [(letter("The sample uses made-up figures in the same layout as the real "
                         "pack."), AI)],
    },
    "tone.passive_aggressive": {
        "fail": [letter("The title is a few rungs below my last one, so it will feel like a "
                        "breather."),
                 (letter("I've cancelled my recurring gift and will focus my giving "
                         "elsewhere."), RR),
                 (letter("Good luck filling the night rotation."), RR),
                 letter("Smaller organisations tend to run on goodwill and spreadsheets.")],
        "pass": [(letter("I'll keep giving to the campaign, and I hope it goes well."), RR)],
    },
    "tone.gift": {
        "fail": [letter("I made a $500 gift to the year-end campaign this morning, in honor of "
                        "our conversation.")],
        "pass": [letter(BODY + " I've been a small monthly donor for years, which is how I "
                        "first heard of you.")],
    },
    "tone.arguing": {
        "fail": [(letter("I'd ask you to take another look at that. Could you revisit this "
                         "before you send out the offer?"), RR)],
        "pass": [(letter("Thank you; I'll keep an eye on your openings."), RR)],
    },
    "tone.threat": {
        "fail": [(letter("I'd like my review of the process on Glassdoor to reflect the "
                         "complete picture."), RR)],
    },
    "tone.boastful": {
        "fail": [letter("Three days a week, fully remote, on a contract basis would suit me "
                        "best."),
                 letter("I've registered for the exam, so that box is effectively ticked."),
                 (letter("I would need to be on days only, Monday to Friday."), CI)],
    },
    "tone.reproach": {
        "fail": [(letter("I'm following up on my emails of November 19 and yesterday, in case "
                         "they were caught by a spam filter."), CI),
                 (letter("The listing went back up on LinkedIn: has the team decided against "
                         "me?"), CI)],
    },
    "correctness.spelling": {
        # the writer's name alone under the last line is no misspelling
        "pass": ["Dear Dana,\n\n" + BODY + "\n\nHappy to talk it through whenever suits.\n\n"
                 "Amara"],
    },
    "correctness.missing_below": {
        "pass": [(letter("All three are public. Links are below.")
                  + "\n\ninkwellandquire.co/journal/launch", AI)],
    },
    "personalization.other_company": {
        # the sample notes: Northwind Analytics
        # a reply's subject keeps the employer's name beside the role of the notes
        "fail": [("Subject: Re: Operations Analyst – Hooli\n\n" + letter(BODY), N)],
        "pass": [("Subject: Re: Operations Analyst – Next Steps\n\n" + letter(BODY), N),
                 ("Subject: Re: Operations Analyst – Northwind Analytics\n\n" + letter(BODY),
                  N),
                 (letter("Since my role at Halvorsen Group was eliminated in June, I've been "
                         "volunteering. Duplicate records were a constant at Halvorsen, and I "
                         "enjoy that kind of work."), N)],
    },
}
