"""Pass and fail examples for the faults probe sets 290-297 showed no check caught (a
safety interlock bridged, an altered invoice left unasked about, prescriptions issued under
another clinician's login, breaks skipped "so on paper we're compliant", Gift Aid claimed on
ticket income, an employer's internal reports sent with an offer of more, a bereaved family
photographed through their window, incident reports discouraged, pupils listed by name with
their SEND status, a referee who will describe another's project as the writer's) and the
false alarms fixed with them (a referee's post "in" a speciality, a client in brackets after
a title or a piece "made for" it, a funder's share, "our ... Society", notice to be given,
figures "not included", an emergency step done "immediately", "Dear President ...", details
"below" given as a phone number, "Free From from", units after a number, British "neurone",
and a wrong role in "following up on the ... role", with the role's initials or short
forms still its own).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI_N, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("The technician was off, so my partner and I bridged the interlock and "
                         "took the vessel up to 110% of its rated pressure."), TY),
                 (letter("If a client told me the date had been changed, I would simply not "
                         "ask, and leave it to the other side to spot it."), TY),
                 (letter("The GPs leave SystmOne logged in for me, and I issue the scripts "
                         "myself under their name."), AI),
                 (letter("The team work through them on busy nights, so on paper we're "
                         "compliant."), AI),
                 (letter("We lifted our claim by treating the gala dinner ticket income as "
                         "donations."), TY),
                 (letter("Here are a few screenshots of our live vehicle positions, along "
                         "with our internal punctuality report for February."), AI),
                 (letter("Let me know if you'd like more. I can get at most of their "
                         "reports."), AI),
                 (letter("I got a tight shot through the front window of his mum on the sofa. "
                         "I didn't ask, because you never get that moment back."), TY),
                 (letter("Reporting dropped quickly once staff understood that every Datix "
                         "they submitted would come to my office."), TY),
                 (letter("It lists each Year 3 pupil by name with their SEND status; a couple "
                         "of the children are known to social care. I have not asked my head "
                         "about sending it."), AI),
                 (letter("Janet has kindly agreed to describe the project as mine when you "
                         "call."), AI)],
        "pass": [(letter("You'll see I haven't included any figures from my current "
                         "employer's stores, only the method."), AI),
                 (letter("When the interlock tripped, I stopped the test and reported it to "
                         "the technician."), TY),
                 (letter("The photographs were taken with the family's consent, at their "
                         "invitation."), AI)],
    },
    "tone.gift": {
        "pass": [(letter("I would be grateful for an idea of the timetable, as I will need "
                         "to give my current employer three months' notice if I am offered "
                         "the post."), CI_N)],
    },
    "tone.pushy": {
        "pass": [(letter("As I understand it, the steps are:\n\n1. Tell the signaller "
                         "immediately on the emergency phone that the line is blocked.\n2. "
                         "Get everyone clear of the crossing."), AI)],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "pass": [(letter("- Dr Marcus Ile, Consultant in Sport and Exercise Medicine, Dunmore "
                         "Spinal Clinic (supervised my clinic, 2024-2025) - 01632 960718"), N),
                 (letter("Here is the full cut of \"The Long Field\" (Fernhill Trust, "
                         "broadcast in March 2025)."), N),
                 (letter("1. Last orders at the Crown (2 min 40): a pub closing after 140 "
                         "years, made for the Elsworth Community Trust."), N),
                 (letter("The split by source: 52% trusts and foundations, 14% National "
                         "Lottery Heritage Fund."), N),
                 (letter("It's something I've been working on as treasurer of our Computing "
                         "Society."), N),
                 ("Subject: Operations Analyst – Haddle Drove\n\nDear Dana,\n\nI am writing "
                  "to ask whether there is any news about the Operations Analyst post.\n\n"
                  "Kind regards,\nJordan", N),
                 ("Dear Dana,\n\nThank you for meeting me about the Operations Analyst role "
                  "at Northwind Analytics.\n\nMany thanks, and best wishes,\n\nJordan Lee\n"
                  "Senior Analyst, Kellingford Hospitals NHS Trust\n", N)],
        "fail": [("Subject: Re: Operations Analyst – Hooli Partners\n\nDear Dana,\n\nI am "
                  "writing to ask whether there is any news about the Operations Analyst "
                  "post.\n\nKind regards,\nJordan", N)],
    },
    "personalization.greeting_name": {  # the sample notes name Dana Whitfield, Sam Ortiz
        "pass": [("Dear President Whitfield,\n\nThank you for letting me know.\n\nBest "
                  "regards,\nJordan", N)],
    },
    "correctness.missing_below": {
        "pass": [("Dear Dana,\n\nMy area manager is happy to confirm that. I've put her "
                  "details below.\n\nHelen Booth – 07700 604 882\n\nKind regards,\nJordan",
                  AI)],
    },
    "correctness.repeated_word": {
        "pass": [letter("At Merrow's I took Free From from £31m to £38m in two years.")],
        "fail": [letter("At Merrow's I took it from from £31m to £38m in two years.")],
    },
    "correctness.spelling": {
        "pass": [letter("Our local services are under 50 km, and the van weighs 3,500 kg."),
                 letter("We discussed a patient with motor neurone disease."),
                 letter("I spent five years on curtain-siders, and I used creduce-based "
                        "scripts.")],
    },
    "personalization.role_title": {  # the sample notes: an Operations Analyst interview
        "fail": [(letter("I'm following up on the Financial Analyst role at Northwind "
                         "Analytics."), CI_N),
                 (letter("Is there any news on the Marketing Coordinator position yet?"),
                  CI_N)],
        "pass": [(letter("Last year I worked on the Fortitude Valley job, which taught me "
                         "to plan for delays. I'm following up on the Operations Analyst "
                         "role."), CI_N),
                 (letter("Is there any news on the Ops Analyst role yet?"), N)],
    },
}
