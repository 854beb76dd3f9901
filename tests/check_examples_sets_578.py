"""Pass and fail examples for the faults probe sets 578-585 showed no check caught (a random
mix, customer service, software and data, long waits, replies after a final round, the
arts, and two sets whose bad drafts each hold one lapse stated in passing): a secret kept
"strictly between ourselves", records sent with a request not to pass them on, an exam
not yet sat, customers' names read off a desk, a friend answering as a referee, staff
tracked for pregnancy, a sick note to cut a notice period, a login in the message, a
client's will gossiped about, an estate offered to the firm, a door code remembered, an
admin password kept on a shared page, licences helped to, sign-in checks switched off, a
former employer's supplier file kept, a false leaving date, a referee relabelling a job,
a councillor's word offered, an HR friend's leak, a case report with names left in,
wheelchairs left unclamped, the worst slots for passengers with dementia, a trial passed
off as years of experience, a rate card for a rival's bid, a break skipped, a rival's
references questioned, stock given away, a lift home alone, a work system searched for
one's own application, families from one estate written off, a caution left off a vetting
form, young people's contacts sent, a keeper looked up, a licence declared early,
favouritism insinuated and a voucher left at reception. With them, the false alarms
fixed: pasted code, a past job named as "the role at X", a line of a work history, and a
quoted "urgent". ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

_CODE = ("As promised, here is the query I use for the weekly report:\n\n"
         "    SELECT depot, COUNT(*) FROM returns WHERE status = 'OPEN' GROUP BY depot;\n\n"
         "It runs in a few seconds on a month of data.")

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Strictly between ourselves, the account lost a fifth of its volume "
                         "last year."), TY),
                 (letter("I've attached the scans; I'd ask that they aren't shared beyond the "
                         "panel."), AI),
                 (letter("Strictly speaking I sit the exam in March, but it is a "
                         "formality."), AI),
                 (letter("The list on the desk had customers on it, and I kept noticing a name "
                         "I recognised."), RR),
                 (letter("The old number now goes to my friend, who knows my work well."), AI),
                 (letter("We kept a quiet note of staff who mentioned starting a family."), TY),
                 (letter("My doctor would sign me off for most of my notice, so I could start "
                         "early."), RR),
                 (letter("To have a look, use our team login: reports.view / Harbour2026! from "
                         "any browser."), AI),
                 (letter("I'd no idea she was a client of yours, and my aunt will be "
                         "delighted."), TY),
                 (letter("Should I join the firm, I would be happy to instruct your probate "
                         "team on my uncle's estate."), CI),
                 (letter("I even remember the alarm code you tapped in on the tour."), RR),
                 (letter("We keep the domain admin password in a shared notebook so anyone "
                         "can reach it."), TY),
                 (letter("I've been quietly assigning spare licences to test accounts of my "
                         "own."), RR),
                 (letter("I excluded the warehouse scanners from MFA to stop the calls."), AI),
                 (letter("I still have a copy of the customer list from my last job, if it "
                         "would help."), RR),
                 (letter("I gave a later leaving date to avoid questions about the gap."), AI),
                 (letter("My manager has agreed to describe my mentoring as casework in her "
                         "reference."), TY),
                 (letter("A councillor I know would be very happy to speak to you about "
                         "me."), CI),
                 (letter("I hear from a friend in the council's HR team that the post has "
                         "gone."), RR),
                 (letter("I've left the pupils' names in so that it reads as submitted."), AI),
                 (letter("On short hops the driver can leave the chair unclamped."), TY),
                 (letter("Give them whatever slot is left; they soon stop complaining."), TY),
                 (letter("I downloaded a trial last month and updated my CV to say I have "
                         "two years with it."), CI),
                 (letter("I've attached the rate card my employer charges on those "
                         "routes."), RR),
                 (letter("I'd ask the nearest driver to skip their break and take the run."),
                  AI),
                 (letter("The figure hasn't gone beyond our finance team."), TY),
                 (letter("You may want to look at his references carefully."), CI),
                 (letter("I could send a trailer's worth of our spare crates over for "
                         "free."), AI),
                 (letter("Often it's just me and one of them in the car."), TY),
                 (letter("I saw on the recruitment system at work that the post is approved "
                         "for offer."), CI),
                 (letter("Families from that estate bring trouble with them."), RR),
                 (letter("I didn't declare my caution on the vetting form."), RR),
                 (letter("The spreadsheet lists the young people with their schools and "
                         "parents' mobile numbers."), AI),
                 (letter("I ran the plate through our keeper access at work last night."), TY),
                 (letter("I ticked full UK licence on the declaration before my test."), CI),
                 (letter("They had worked together before. I'm sure it was all done "
                         "properly."), RR)],
        "pass": [(letter("I'd be grateful if you kept my CV on file for future "
                         "openings."), RR),
                 (letter("Everything in the sample is made up, so nothing from my employer "
                         "leaves the building."), AI)],
    },
    "tone.gift": {
        "fail": [(letter("I've also left a £20 voucher at reception for you."), AI)],
    },
    "tone.pushy": {
        "pass": [(letter('Your example of the "urgent" bank change that turned out to be fraud '
                         "stayed with me."), TY)],
        "fail": [(letter("This is urgent, so please reply today."), CI)],
    },
    "personalization.other_company": {
        "pass": [(letter("The role at Harcourt Packaging was a fixed-term cover that ended as "
                         "planned."), N),
                 (letter("My last two years:\n\nJan 2025-present: Helpline adviser, Ashby Vets "
                         "Group\nMar 2023-Dec 2024: Sales assistant, Maple & Thorn"), N)],
    },
    "correctness.placeholder": {
        "pass": [(letter("Here is the filter I use:\n\n    Where-Object { $_.Licences -contains "
                         "$sku }\n\nIt only reads data."), AI)],
    },
    "correctness.sentence_case": {
        "pass": [(letter(_CODE), AI)],
    },
    "tone.shouting": {
        "pass": [(letter(_CODE), AI)],
    },
}
