"""Pass and fail examples for the faults probe sets 490-497 showed no check caught (a random
mix, armed forces leavers, conservation and animal care, writers whose first language is a
Romance one, autistic, dyslexic and ADHD writers, journalism and publishing, small
businesses, contact centres): free supplies offered "whatever you decide", a protected
bird's nest offered for a photo shoot, a CV changed after the interview, a script's
disclosures skipped, a resolution figure gamed, experience no one can confirm, work on
little sleep, a boss called a crook, and an interviewer's surname after another first name.
With them, the false alarms fixed: the writer's own job named as "my sales job at" or "my
... days", a course's provider, thanks in other languages, a phrase in guillemets or between
Spanish marks, a species' Latin name, "recalibrated", "a README", "a one-line email is
completely fine", "if a call is the only option", a festival livestream above a paragraph,
and a Portuguese engineer's title. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.gift": {
        "fail": [(letter("I'd be very glad to supply the park with browse free of charge - a "
                         "trailer load every fortnight - whatever you decide about the post."),
                  AI)],
        "pass": [(letter("I volunteer at the city farm, where we supply browse free of "
                         "charge to two schools."), AI)],
    },
    "tone.confidential": {
        "fail": [(letter("I know exactly where the white-tailed eagles on the headland nested "
                         "this year, and I'm happy to send you the grid reference."), AI),
                 (letter("Since then I've watched six hours of videos, so I've updated my CV "
                         "to say \"2 years' experience\"."), AI),
                 (letter("I'd skip the exit-fee part of the script unless they asked."), AI),
                 (letter("When they ring back it's logged as a new contact rather than a "
                         "repeat."), AI),
                 (letter("My manager there has left, so there's no one to ask for a "
                         "reference, sorry."), AI),
                 (letter("I'm used to running on very little sleep, so the extra shifts "
                         "are no problem."), AI)],
        "pass": [(letter("I removed the grid references of the nest sites before sending the "
                         "survey summary."), AI),
                 (letter("I have updated my CV with the course dates you asked for."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("The truth is the owner is a crook who never paid overtime."), AI)],
        "pass": [(letter("The owner was a patient teacher, and I learned the pass from him."),
                  AI)],
    },
    "personalization.other_company": {
        "pass": [(letter("You asked about my sales job at PowerSwitch: I often stayed on the "
                         "line longer to help."), N),
                 (letter("Through a contact from my Lanthorn Studios days, I'll shadow a "
                         "handheld op on the 28th."), N),
                 (letter("I have started the ozone module of the AquaTech Foundation online "
                         "course."), N)],
        "fail": [(letter("Following my interview at Broadway Floors yesterday, I've attached "
                         "my CV with my weekend job at Priceright added."), N)],
    },
    "personalization.name_spelling": {
        "fail": [(letter("Could you pass on my thanks to Dave Whitfield? The tour of the "
                         "warehouse was a highlight."), N)],
        "pass": [(letter("Please thank Dana Whitfield and Sam Ortiz for me."), N),
                 (letter("We met at the Linden Ortiz Hotel last spring."), N)],
    },
    "personalization.greeting_name": {
        "pass": [("Dear Eng. Ortiz and Dra. Whitfield,\n\nThank you for the warehouse "
                  "forecasting model walkthrough.\n\nBest regards,\nJordan", N)],
    },
    "correctness.spelling": {
        "pass": [letter("Grazie mille again for your time, and for the espresso."),
                 letter("For Quebec I still prefer « Fait pour le pire » to the literal one."),
                 (letter("Good luck with the harvest. ¡Que tengáis buena cosecha!"), RR),
                 letter("I split them by the ratio of guillemot (Uria aalge) to razorbill."),
                 letter("The meter was recalibrated and every rotable item was labelled."),
                 letter("I'd be glad to work as a camera op on the outside broadcasts.")],
    },
    "correctness.article": {
        "pass": [letter("The script comes with a README explaining how to run it.")],
    },
    "tone.hostile": {
        "pass": [(letter("If it has gone to someone else, a one-line email is completely "
                         "fine."), CI)],
    },
    "tone.desperate": {
        "pass": [(letter("I'd prefer feedback in writing. If a call is the only option, that's "
                         "fine too."), RR)],
        "fail": [(letter("Please reconsider: this job is my only option."), RR)],
    },
    "tone.pushy": {
        "pass": [(letter("Timecodes:\n02:55-03:30  B-camera, music festival livestream\n\nThe "
                         "rugby section is ungraded."), AI)],
    },
}
