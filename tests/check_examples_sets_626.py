"""Pass and fail examples for the faults probe sets 626-633 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, hostile messages,
check-ins after silence, internal candidates, heritage and arts jobs, offers and
negotiation): coaching children before a DBS check, a supported family named, a patient
recognised and her baby's health passed on, a named patient's prognosis, a bereaved
family's photographs used, colleagues of another nationality refused, hearsay about a
rival's incident, a quiet word from a relative, a second-person check skipped, a job said
to favour a man, a certificate altered, the appointee's fasting held against him, alarms
silenced overnight, HR data read through admin access, and a day's fishing offered to
the panel. ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Nobody's asked for my DBS yet, so I've been helping at the club."), CI),
                 (letter("That was the Mensah family on the Eastfield estate."), TY),
                 (letter("I recognised you as my cousin's midwife."), RR),
                 (letter("His mother is on the ward and the prognosis is not good."), RR),
                 (letter("I've used some of their photos from the memorial page."), AI),
                 (letter("I'd prefer not to be put on the same shift as the agency crew."), TY),
                 (letter("Between ourselves, an old colleague told me they hid a leak."), CI),
                 (letter("My father will have a quiet word on my behalf."), RR),
                 (letter("On nights we would skip the second-person check."), AI),
                 (letter("Lifting all day would naturally favour a man."), RR),
                 (letter("I've updated the date on the certificate myself."), AI),
                 (letter("I hope his fasting during Ramadan won't slow the team."), RR),
                 (letter("We kept them on silent overnight to avoid call-outs."), AI),
                 (letter("When I was updating permissions in the HR system I saw the band."),
                  TY)],
        "pass": [(letter("What a child tells me stays between us, unless someone could be "
                         "harmed."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("I'd like to invite you for a day's trout fishing as my guest."), AI)],
    },
}
