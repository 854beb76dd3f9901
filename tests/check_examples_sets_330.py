"""Pass and fail examples for the faults probe sets 330-345 showed no check caught (a
referee standing in as a manager, no scan for buried services, a road shoot without a
permit, a tachograph card pulled, short cases made up from other stock, a patient left
with the ODP, children filmed and driven home alone, records sent unredacted, a shared
login, returns shown gross of fees, a role inflated to "lead", a degree listed before it
is awarded, tools run without eye protection, a bypass at rush hour, manikins wiped with
a baby wipe, ID checks skipped for a regular, a customer list taken, a qualification
recorded before it is held, wards warned before an audit, a light curtain bridged out, a
lawyer and an invoice, a result "settled in advance", a dig at whoever was chosen, gifts
to tip the balance, a manager run down) and the false alarms fixed with them (a range in
brackets, "hoped to make a decision by", someone "who could vouch for me", "positions k
and k+1", "Epic" the records system, "appreciated your being frank", a table saw's
kickback, "the one truly urgent thing", trade and device words, platforms named together,
a course's second subject, a contract's client, a cottage, a referee's aside before a
phone number, years of work for a former employer).
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, CI, RR, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("Just so you know, Sam isn't actually my line manager; he's a friend "
                         "on the hardware team."), AI),
                 (letter("She's technically a peer on the accounting team rather than my "
                         "supervisor, but she knows my work."), AI),
                 (letter("Jessica has kindly agreed to speak to my work as if she were my "
                         "manager."), AI),
                 (letter("Please list him as my Team Manager; he has agreed to sign."), AI),
                 (letter("I asked my friend, who sat next to me, to give the reference as my "
                         "manager."), AI),
                 (letter("She's happy to talk about my time there as if she'd been my team "
                         "leader."), AI),
                 (letter("I've never bothered with a CAT scanner; you can tell where the "
                         "cables are."), AI),
                 (letter("The council wanted six weeks' notice, so we skipped the permit and "
                         "ran it anyway."), AI),
                 (letter("For the last part of the shift I took my card out of the tacho so it "
                         "wouldn't flag."), AI),
                 (letter("We took a bottle from an open case to make up the short case."), AI),
                 (letter("I cover the labour ward, leaving the ODP to keep an eye on the "
                         "patient."), TY),
                 (letter("I haven't asked the parents, as it's only for internal use."), AI),
                 (letter("I run them home myself and don't bother the safeguarding officer "
                         "with it."), AI),
                 (letter("The first tab still has the women's names and dates of birth."), AI),
                 (letter("I haven't had time to redact it, but it's only going to you."), AI),
                 (letter("I've also included our workshop login for the manufacturer "
                         "portal."), AI),
                 (letter("I have shown returns gross of fees and left out fiscal 2022."), AI),
                 (letter("My name doesn't appear on the award, but in practice I ran the "
                         "case."), AI),
                 (letter("You'll notice I've changed my degree classification to a First."),
                  AI),
                 (letter("We let the older boys run the plasma cutter without safety "
                         "glasses."), CI),
                 (letter("Last summer I took my grandsons along the A-road bypass at rush "
                         "hour."), TY),
                 (letter("We give the manikin face a quick baby wipe between people."), AI),
                 (letter("Policy said no ID, no deal, but I took the ring anyway."), AI),
                 (letter("I still have the customer contact list from my current shop."), TY),
                 (letter("Please feel free to record me as holding the qualification for "
                         "shortlisting."), AI),
                 (letter("I give the nurse in charge a quiet heads-up the day before an "
                         "audit."), TY),
                 (letter("I got the maintenance guy to bridge it out for the last month."),
                  TY)],
        "pass": [(letter("My referees are my line manager and a former supervisor, both of "
                         "whom know you may call."), AI),
                 (letter("I removed the patients' names before I saved the audit summary."),
                  AI)],
    },
    "tone.threat": {
        "fail": [(letter("I've already spoken to a friend who's an entertainment lawyer."),
                  RR),
                 (letter("If I see the plan used, I'll be sending an invoice at my day "
                         "rate."), RR)],
    },
    "tone.arguing": {
        "fail": [(letter("It was clear the panel already had a preferred candidate in mind."),
                  RR),
                 (letter("Please send a copy of the scoring for each candidate."), RR)],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I hope whoever you've chosen enjoys the budget you described. "
                         "Better them than me."), RR),
                 (letter("The exercise felt more suited to a first-seat trainee than to "
                         "someone who has qualified."), TY)],
    },
    "tone.gift": {
        "fail": [(letter("I could donate six bikes, and perhaps they might help tip the "
                         "balance in my favour!"), CI),
                 (letter("I've arranged for a case of Côtes du Rhône to be delivered on "
                         "Friday."), AI)],
        "pass": [(letter("The lesson covers a table saw kickback and a grinder wheel "
                         "failure."), AI)],
    },
    "tone.badmouthing": {
        "fail": [(letter("My manager has been promising the training for a year and, frankly, "
                         "can't organise anything."), AI)],
    },
    "correctness.placeholder": {
        "pass": [(letter("The roman is variable on one axis [wght 300–800]."), AI)],
        "fail": [(letter("I'm still keen.\n\n[check w/ Jake first - DON'T mention them to "
                         "Dana]"), CI)],
    },
    "tone.pushy": {
        "pass": [(letter("When we met you mentioned the team hoped to make a decision by the "
                         "end of the month."), CI),
                 (letter("You asked for someone who could vouch for me: my manager is happy "
                         "to."), AI),
                 (letter("I took a lot from your point that the one truly urgent thing is to "
                         "drop the paddles."), TY)],
    },
    "tone.slang": {
        "pass": [(letter("We could swap the results at positions k and k+1 for 1% of "
                         "traffic."), AI),
                 (letter("I saw how the team gets a patient into Epic with just enough "
                         "information."), TY)],
        "fail": [(letter("The tour was epic, honestly."), TY)],
    },
    "correctness.confused_words": {
        "pass": [(letter("I appreciated your being frank about my reed voicing."), TY)],
    },
    "correctness.spelling": {
        "pass": [letter("I did the tarping, fitted the tensioner, cleared the cill and showed "
                        "how to unpair the headset.")],
    },
    "correctness.greeting": {
        "pass": ["Kia ora Aroha,\n\nThank you for the walk around the packhouse yesterday."
                 "\n\nNgā mihi,\nJarrod"],
    },
    "personalization.other_company": {  # the sample notes: Northwind Analytics
        "pass": [(letter("Every single goes through Spotify for Artists, plus pitches to "
                         "editors at Apple Music and Amazon Music."), N),
                 (letter("The budget covers paid social (Meta, plus short video ads)."), N),
                 (letter("I've attached my Level 2 Certificate in Cleaning and Support "
                         "Services."), N),
                 (letter("It was good to hear how the team approached the work for the "
                         "Northwick Bank contract."), N),
                 (letter("Thank you for taking me up to see the job at Cerne Cottage."), N),
                 (letter("2. Tom Whitlock, Senior Associate, Mercer Blake LLP (supervised me in "
                         "my first year)\n   07700 900655"), N),
                 (letter("What I can bring is eleven years on Cat C, most of it on multi-drop "
                         "for Carrow Foods."), N)],
        "fail": [(letter("Thatchcraft Roofing is exactly the kind of business I'd like to "
                         "build a career with."), N),
                 (letter("I would be thrilled to join the team at Harcourt & Lane."), N)],
    },
}
