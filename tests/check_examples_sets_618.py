"""Pass and fail examples for the faults probe sets 618-625 showed no check caught (a random
mix, two sets whose bad drafts each hold one lapse stated in passing, very short messages,
LinkedIn and text messages, senior letters, additional information, writers from across
the English-speaking world): single-use tips reused, the patient behind a case study
named, a friendship with a panel member offered as a reference, an employer's records
kept for a portfolio, a CV stretched to "broadly true", other applicants' children held
against them, the successful candidate's scores asked for, records filled in to look
right, a failed fit test worked round, runs dropped from a validation, results told
before the families, documents photographed on a tour, extra nights on little sleep, a
grade not held left on file, an unreported deviation called sensible, a client list
taken along, checks backfilled, a safe's code written down, work offered below the
minimum wage, a ramp's load exceeded, vacancies heard of early through a friend, a
deceased client's address named, logs copied to a personal drive, sarcasm about the
appointee's certificate, a marking disputed, terms set before any offer, and an
interviewer's personal number used to chase. ``check_examples`` merges them into
``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("We wash the single-use masks and use them again."), TY),
                 (letter("The lady I called Mrs P in my case study is very probably your "
                         "patient too."), TY),
                 (letter("Priya and I go back years, so she can vouch for me."), CI),
                 (letter("It uses the old firm's sales figures, which I kept a copy of."), AI),
                 (letter("I led the project in all but name, but it's broadly true."), AI),
                 (letter("Unlike many candidates, I have no children to collect."), CI),
                 (letter("Could I see the successful candidate's interview answers?"), RR),
                 (letter("I filled the gaps in later so the log looks complete."), AI),
                 (letter("I'd fail a fit test with my beard, so I'll just shave closer."), TY),
                 (letter("We dropped three runs that didn't fit the curve."), TY),
                 (letter("Two pupils tested positive before it's even gone out to "
                         "parents."), CI),
                 (letter("I photographed the rota on the whiteboard while Sam took a "
                         "call."), RR),
                 (letter("I've managed on four hours' sleep for years."), CI),
                 (letter("I'll leave my application as it is, at senior grade."), RR),
                 (letter("The manager decided not to report it, which I thought was "
                         "reasonable."), AI),
                 (letter("I still have the list of clients from my last job."), TY),
                 (letter("I backfilled the entries before the audit."), AI),
                 (letter("The code for the safe is written on the lid."), RR),
                 (letter("That works out under the minimum wage, but I'm fine with it."), RR),
                 (letter("We took loads that came to more than that with passengers "
                         "aboard."), AI),
                 (letter("My friend has promised to let me know if anyone leaves."), RR),
                 (letter("It was the house at 9 Mill Road, where Mr Dunn had died."), TY),
                 (letter("I've kept copies of the site diaries on my personal drive."), TY)],
        "pass": [(letter("We never reuse single-use tips: each baby gets a new one."), TY),
                 (letter("In my case study I called him Mr K to keep him anonymous."), TY)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I'm sure the new badge will be a great comfort to the squad."), RR),
                 (letter("Respectfully, I don't accept this verdict on my test."), AI)],
    },
    "tone.pushy": {
        "fail": [(letter("I'll need a day rate rather than hourly. If that all works for you, "
                         "I'm happy to confirm."), TY)],
    },
    "tone.overfamiliar": {
        "fail": [(letter("Sam gave me your mobile number, so I thought I'd text."), CI),
                 (letter("Hope you don't mind me texting on a Sunday."), CI)],
    },
}
