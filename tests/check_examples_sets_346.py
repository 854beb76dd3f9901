"""Pass and fail examples for the faults probe sets 346-353 showed no check caught (gas
detection inhibited, soured milk neutralised, dough left out overnight, an inspection
recorded as done at touching distance, a referee primed to describe work that never
happened, a drone over the height limit, patients' images kept in secret, a test asked for
in advance, staffing not escalated, a training claimed through the recruiter, an
employer's costings, a client's share sale, cash in hand on benefits, an alarm left unset,
alcohol sold without an age check, prescriptions under doctors' logins, a visa deception,
a relative's influence at a regulator, gifts and a donation tied to the post, a solicitor
hinted at, digs at the reader's standards, another candidate run down, scores asked for
the day after, notes to self under the signature) and the false alarms fixed with them
("immediately:" before a list, "as soon as possible that same day", "the quiet word", a
buddy idea, texture memory "from roughly 410 MB", an answer another employer asked for,
"Respected Sir", "Ah," opening a reply, a course's "Foundation in", a person after a
verb, a current employer not yet told, game and trade words).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I put the fixed H2S detectors in inhibit for the whole shift."), TY),
                 (letter("The fitter and I wired the alarm out for the rest of the night."),
                  AI),
                 (letter("I had the operator add soda bicarbonate to hold the acidity."), AI),
                 (letter("Opened tubs went back in the walk-in without a date label."), TY),
                 (letter("I'll do it from the bank with binoculars and record it as within "
                         "touching distance."), AI),
                 (letter("He's happy to describe it as a full season's work."), AI),
                 (letter("She's happy to answer as if she ran the boat."), AI),
                 (letter("Strictly that's over the limit, but there was nobody around."), AI),
                 (letter("Nobody at Kingsmere knows I kept copies, so please keep this to "
                         "yourselves."), AI),
                 (letter("Could you send me the list of garments you'll be using "
                         "beforehand?"), AI),
                 (letter("I didn't ring the site manager because I knew there was no one to "
                         "send."), AI),
                 (letter("Feel free to tell Dean I'm fully trained on the guillotine."), AI),
                 (letter("These aren't public, so I'd be grateful if they stayed with you."),
                  AI),
                 (letter("He is quietly selling his stake ahead of an announcement."), TY),
                 (letter("I'm happy to be paid cash in hand and not go on the books."), CI),
                 (letter("I simply left it unset on Saturdays from Easter to September."), TY),
                 (letter("I never bothered asking for ID if someone looked old enough."), AI),
                 (letter("The registrars were happy for me to use their logins to issue "
                         "scripts."), AI),
                 (letter("The easiest thing is to fly in as a tourist when the boat "
                         "arrives."), CI)],
        "pass": [(letter("I made sure the patient labels were removed before I saved the "
                         "photos, with my manager's agreement."), AI),
                 (letter("I record each inspection as it was done, with the access "
                         "used."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("My uncle works at the regulator, and I could ask him to look at "
                         "your file."), AI),
                 (letter("I've left a mixed case of my cider with the farm shop for you "
                         "both."), TY),
                 (letter("I would be glad to make a gift of £1,000 to the roof appeal."), AI)],
    },
    "tone.threat": {
        "fail": [(letter("If I see anything like my work, I won't hesitate to involve a "
                         "solicitor."), RR)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("Most seniors treat texel density as a guideline for juniors."), TY),
                 (letter("How reassuring to know the firm still measures worth in words per "
                         "minute."), RR),
                 (letter("Good to see the \"grow our own leaders\" slide in action."), RR)],
    },
    "tone.comparing": {
        "fail": [(letter("One candidate in the grey suit talked over everyone for most of "
                         "the forty minutes."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("Could you tell me roughly how I did in the group exercise?"), CI)],
        "pass": [(letter("1. Check the replacement's documents immediately: passport, visa "
                         "and certificates."), AI),
                 (letter("I should have said I'd record it on CPOMS as soon as possible that "
                         "same day."), AI),
                 (letter("The quiet word with a pupil works better than a lecture."), TY),
                 (letter("They've asked for an answer by end of day on Thursday."), CI)],
    },
    "tone.slang": {
        "pass": [(letter("I'd like to try the attendance buddy idea with my tutor group."),
                  TY)],
    },
    "tone.overeager": {
        "pass": [(letter("Texture memory went down from roughly 410 MB to 170 MB."), AI)],
    },
    "correctness.placeholder": {
        "fail": [(letter("Thanks again.") + "\n\nsay I've done Switch work (close enough). "
                  "don't mention money till they do, aim for 38k", TY)],
    },
    "correctness.spelling": {
        "pass": [letter("The stat captures show it; I drove a trunker for years; malic acid "
                        "was high.")],
    },
    "personalization.greeting_name": {
        "pass": [("Respected Sir,\n\nThank you for the interview for the Operations Analyst "
                  "role yesterday.\n\nThanking you,\nSandeep", N),
                 ("Ah, gutted – but thanks for letting me know so quickly.\n\nCheers,\nDan",
                  {"kind": "rejection_reply", "notes": True})],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "pass": [(letter("I've booked onto the Tea Guild's Foundation in Tea Tasting."), N),
                 (letter("I haven't yet told the wider team at Stillwater that I'm "
                         "looking."), N)],
    },
}
