"""Pass and fail examples for the faults probe sets 570-577 showed no check caught (two
random mixes, mailbox furniture, messages on other channels, workers over fifty, graduate
trainees, and two sets whose bad drafts each hold one lapse stated in passing): wet steel
dipped in zinc, interviews hidden as hospital visits, a rival's warning found through the
visitor book, a false expiry date, a referee primed to mislead, driving home exhausted,
confined spaces entered without a ticket, customers' addresses on sample reports,
exceedances kept out of the permit log, other candidates' scores asked for, a declined
offer invented, plant data pulled from work, a site induction skipped, trailers over
their plated weight, a patient and his family's move named, a qualification listed before
its course, the appointee's maternity leave, hospital numbers sent as anonymous, a drug
given before it is prescribed, a case study's family named, a child's name and photos
sent, a deafblind man steered from behind, a qualification claimed before assessment, a
client's condition named, a boot wash skipped, a statutory record back-dated, a farm's
breakdown named, contact supervised alone, a guardianship hearing named, a referee's role
inflated, a safety card to be reprinted, and an interviewer corrected in writing. With
them, the false alarms fixed: a client's shoot "rescheduled twice and still delivered", a
hospital's "staff parking obligations", and a reference forwarded on purpose.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("If steel has been sitting out in the rain I'll get it into the bath "
                         "and keep things moving."), TY),
                 (letter("I've been telling my supervisor that my visits to you are hospital "
                         "appointments."), CI),
                 (letter("I noticed in the visitor book that he came in after me."), RR),
                 (letter("To save hold-ups I've put the old expiry date on your form as "
                         "2027."), AI),
                 (letter("He has kindly agreed to tell anyone who asks that I left in the "
                         "restructure."), CI),
                 (letter("I keep the window down and the radio loud on the drive home."), TY),
                 (letter("I did a fair few entries without one at my last job."), RR),
                 (letter("The customers' names and addresses are on the reports, but they "
                         "show my coding."), AI),
                 (letter("If a spike is short it stays between the control room and me rather "
                         "than going into the permit log."), TY),
                 (letter("Could you send me the scores the other shortlisted candidates "
                         "received?"), RR),
                 (letter("I'm going to tell my plant manager that I turned down an offer from "
                         "you."), RR),
                 (letter("I've attached last month's export, which I pulled from the DCS at "
                         "work."), AI),
                 (letter("You wouldn't need to put me through the site induction again."), RR),
                 (letter("Friday's trailers are a tonne or so over the plated weight."), AI),
                 (letter("His family is moving to your area in the spring."), TY),
                 (letter("I haven't started the course yet, but it is on my CV."), CI),
                 (letter("She has been on maternity leave for most of the past year."), RR),
                 (letter("I've taken the names off, so it just shows hospital numbers and "
                         "levels."), AI),
                 (letter("I give the first dose on a verbal instruction over the phone and get "
                         "it written up afterwards."), AI),
                 (letter("I realised halfway through that the family was the Haddads."), RR),
                 (letter("I've kept his first name and the photos in so you can see the "
                         "steps."), AI),
                 (letter("When we're in a rush I steer him from behind by the shoulders."),
                  TY),
                 (letter("I'd be grateful if you could treat me as a Level 3 signer."), CI),
                 (letter("Her Usher syndrome has got a lot worse since the summer."), RR),
                 (letter("When the farmer's in a hurry I'll skip the boot wash between "
                         "yards."), TY),
                 (letter("We read on the Saturday and I put the Friday date on the form."), CI),
                 (letter("I couldn't say much in the room, but it's the Pritchards; they went "
                         "down with six reactors."), RR),
                 (letter("I'd supervise contact at the birth mum's flat on my own."), CI),
                 (letter("I've put Jan down as my line manager to keep the form simple."), AI),
                 (letter("My cousin will just reprint it with a 2028 date."), AI)],
        "pass": [(letter("I said I had four years on the kettle; it is three, and I'd rather "
                         "you had the right figure."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("With respect, that's a fairly common misconception."), TY)],
    },
    "tone.passive_aggressive": {
        "pass": [(letter("The relaunch, with the orchard shoot rescheduled twice and still "
                         "delivered on time, was a great story."), TY)],
    },
    "tone.boastful": {
        "pass": [(letter("I missed a point about the hospital's staff parking obligations."),
                  TY)],
    },
    "correctness.placeholder": {
        "pass": [(letter("As promised, I'm forwarding the reference from my last "
                         "employer.\n\n---------- Forwarded message ---------\nFrom: Jeremy"),
                  AI)],
    },
}
