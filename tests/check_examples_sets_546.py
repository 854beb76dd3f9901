"""Pass and fail examples for the faults probe sets 546-553 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, internal candidates,
writers whose first language is not English, creative freelancers, check-ins after a
silence, replies to rejections): a false claim to be kept "between us", records sent with
clients' or donors' names left in, keys kept in a shared folder, an interview's procedures
written up for the current employer, a disciplinary to be kept from referees, a phone
taken into a prison, a course listed as completed, an exclusion zone ignored, a sick day
taken to keep the diary clear, a rival's medical or family plans passed on, a reference
stretched, allergen cross-contact waved through, a door code kept, a kill cord left off,
an alarm unplugged, records filled in from memory, a manager's inbox read, sarcasm about
the panel's feedback, the employer's release taken apart, calls booked on the reader's
behalf, and "the opportunity to interview with" another company. With them, the false
alarms fixed: "learn from whoever did the ordering", a redacted document's "[Requested
Person]", a union membership number, "contribute to immediately", another vacancy asked
about by its title, and a site the notes name.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I'd be grateful if this could stay between us and my application "
                         "could go forward as it stands."), AI),
                 (letter("I've left the client names in because they make the breaks easier "
                         "to follow."), AI),
                 (letter("We keep scanned copies of the seed shards in a shared team folder."),
                  TY),
                 (letter("I've written it up for my head of operations, and we plan to adopt "
                         "it."), RR),
                 (letter("I'd be grateful if it didn't come up should you take references "
                         "there."), RR),
                 (letter("I'd be happy to bring in a phone or a SIM card for him."), AI),
                 (letter("I've booked the course and already put it on my CV as completed."),
                  CI),
                 (letter("We start on the next bay rather than waiting for the zone to "
                         "clear."), TY),
                 (letter("I've phoned in sick at the port until Friday so my diary is clear."),
                  CI),
                 (letter("A mate in your occupational health team mentioned the new foreman "
                         "hasn't passed his port medical yet."), RR),
                 (letter("I know I said it was in date, but it actually lapsed in the "
                         "summer."), RR),
                 (letter("She mentioned that she's hoping to start a family next year."), RR),
                 (letter("He has agreed to write my reference as covering the whole year."),
                  CI),
                 (letter("On a busy crossing I wouldn't hold up the queue over a bit of "
                         "cross-contact."), TY),
                 (letter("I've still got the crew door code from the tour on my phone."), RR),
                 (letter("He's busy, so I drafted it for him and he said it was fine."), AI),
                 (letter("I usually leave the kill cord off between fingers."), TY),
                 (letter("I should mention that he was let go after failing a drugs test."),
                  RR),
                 (letter("The alarm kept going off, so we unplugged it; we also disconnected "
                         "the gas detector."), TY),
                 (letter("I've filled in the attached sheet from memory for the last eight "
                         "weeks."), AI),
                 (letter("I came across the paper while covering the manager's inbox."), AI)],
        "pass": [(letter("I have removed the client's name and anything else that could "
                         "identify him, with the supervisor's permission."), AI),
                 (letter("I would report it the same day to the clinical team, as your "
                         "procedure says."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I suppose I'd assumed a team would value a reader who engages, but "
                         "if two pages is what the industry wants now, two pages it is."), TY)],
    },
    "tone.badmouthing": {
        "fail": [(letter("I've attached notes, which I hope you'll share with the writer so "
                         "the same mistakes aren't repeated."), AI)],
        "pass": [(letter("At Glenmarra we had a road to the door, so I'd want to learn from "
                         "whoever did the ordering last season."), TY)],
    },
    "tone.pushy": {
        "fail": [(letter("I'll give you a ring on Monday to talk it through, and again on "
                         "Wednesday in case you have questions."), AI)],
        "pass": [(letter("My years under GMP are the part of the job I could contribute to "
                         "immediately."), TY)],
    },
    "correctness.placeholder": {
        "pass": [(letter("I have replaced the names with placeholders in square brackets, "
                         "e.g. [Requested Person]."), AI)],
        "fail": [(letter("I have attached the sample for [Requested Person]."), AI)],
    },
    "personalization.other_company": {
        "pass": [(letter("My Musicians' Union membership number is 4471902."), N)],
        "fail": [(letter("Thank you for the opportunity to interview with Maison Castelet for "
                         "the second time."), N)],
    },
    "personalization.role_title": {
        "pass": [(letter("I also noticed the Senior Brokerage Officer role advertised this "
                         "week. Would it be appropriate for me to apply?"),
                  {"notes": True, "kind": "rejection_reply"})],
        "fail": [(letter("I would love to bring that to the Senior Brokerage Officer "
                         "role."), N)],
    },
}
