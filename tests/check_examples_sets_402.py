"""Pass and fail examples for the faults probe sets 402-409 showed no check caught (a random
mix, second-language English, hospitality and retail, creative work, engineering trades,
public services, technology and research, polished drafts with one serious fault): a file
of people's names and contact or health details sent on, under-age customers let in,
"you may come to regret the decision", a re-mark or the application asked back, quoted
and numbered placeholders ("[INSERT FINAL TITLE]", "Section [X]"). With them, the false
alarms fixed: personal details removed or left out, a gift voucher push, "we were running
out of time", "something urgent", a patch series' subject tags, a box on a checklist,
wifi and paneer. From sets 410-417, the interview's day given wrong ("for meeting me last
Thursday" after a Friday). ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, AI_N, CI, RR, RR_N, TY, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.confidential": {
        "fail": [(letter("I've attached the export, with around 900 names, emails, postcodes "
                         "and booking histories."), AI),
                 (letter("The first tab is the raw file: names, dates of birth, NHS numbers "
                         "and postcodes for every participant."), AI),
                 (letter("Here is our customer list with names, addresses and phone "
                         "numbers."), AI),
                 (letter("We always had 16- and 17-year-olds in before the holidays, and "
                         "rather than turn them away I let them have short sessions."), TY),
                 (letter("Plenty of under-18s came in on Fridays and I'd let them buy it if "
                         "they were polite."), TY),
                 # sets 410-417
                 (letter("To save her time I have drafted the reference for her, and she will "
                         "send it."), AI),
                 (letter("She will send it from her own address so it comes across as coming "
                         "from the firm."), AI),
                 (letter("For HR purposes please list it as 1 year of NICU experience."), AI),
                 (letter("Rather than wait for the hydrostatic test, I put it on air and "
                         "signed it off."), AI),
                 (letter("We planted the lines a season early, before the regulator had "
                         "confirmed their regulatory status."), TY),
                 (letter("We let it run into the drain, and nobody ever checked."), AI),
                 (letter("Username: tech2\nPassword: Halogen#22\n\nHave a look around."), AI),
                 (letter("The client doesn't know I'm sharing this, so don't change "
                         "anything."), AI),
                 (letter("Honestly I stopped bothering with the walk-round checks after a "
                         "month."), TY),
                 (letter("I got underneath without the isolation paperwork and had it fixed "
                         "by six."), AI)],
        "pass": [(letter("I removed the client names, addresses and our pricing before "
                         "sending it."), AI),
                 (letter("Names, dates of birth and NHS numbers have all been removed from "
                         "the summary."), AI),
                 (letter("It holds no names, emails or postcodes, only totals."), AI),
                 (letter("When 16- and 17-year-olds asked, I explained the law and offered "
                         "them a spray tan instead."), TY),
                 (letter("I've also attached my first aid certificate from my current "
                         "employer's training programme."), AI),
                 (letter("My referee will send her reference from her work address."), AI),
                 (letter("Here is my reel on Vimeo (password: kettle26)."), AI),
                 (letter("We waited for the hydrostatic test before the ceilings went in."),
                  AI)],
    },
    "tone.threat": {
        "fail": [(letter("I suspect you may come to regret the decision before the year is "
                         "out."), RR),
                 (letter("I think the panel will come to regret this."), RR),
                 (letter("You may well regret letting someone with my record go."), RR)],
        "pass": [(letter("I'm sure I won't come to regret applying, whatever the outcome."),
                  RR),
                 (letter("I'd regret not asking: is there anything I could do better next "
                         "time?"), RR)],
    },
    "tone.reproach": {
        "fail": [(letter("Three days past your own deadline. Any news?"), CI),
                 (letter("I assume the firm bills its clients more punctually than it makes "
                         "decisions."), CI)],
        "pass": [(letter("I know the timeline has moved; is there any news on your "
                         "decision?"), CI)],
    },
    "tone.arguing": {
        "fail": [(letter("I would like my answer to question 3 to be re-marked by another "
                         "panel member."), RR),
                 (letter("I believe my answer was marked too low, and I ask that my "
                         "application be reinstated."), RR)],
        "pass": [(letter("Thank you for the marks sheet; I can see where my answer on data "
                         "protection fell short."), RR),
                 (letter("I mark about thirty scripts a week, and each one is second-marked."),
                  TY)],
    },
    "tone.gift": {
        "pass": [letter("It was great to hear your plans for the gift voucher push before "
                        "Christmas.")],
    },
    "tone.desperate": {
        "pass": [(letter("I gave a short answer because we were running out of time, so here "
                         "it is in full."), AI)],
    },
    "tone.pushy": {
        "pass": [(letter("If the caller was worried about something urgent, I would point "
                         "them to the public guidance."), AI)],
    },
    "correctness.placeholder": {
        "fail": [(letter('I\'ve attached the preprint, "[INSERT FINAL TITLE]", as promised.'),
                  AI),
                 (letter("The key result is in Section [X], on the detection rate."), AI),
                 (letter("I have worked for [X] years in the trade."), TY)],
        "pass": [(letter("The series went out as [PATCH v3 1/2] and [RFC PATCH 0/4] on the "
                         "list."), AI),
                 (letter("My checklist for a new starter:\n\n- [X] DBS check\n- [ ] uniform"),
                  AI),
                 (letter('Amended text is shown in square brackets, e.g. "[or a designated '
                         'body]".'), AI)],
    },
    "correctness.spelling": {
        "pass": [letter("I set up the wifi for the band and cooked paneer for the crew.")],
    },
    # from sets 410-417: the sample notes have the interview on Friday 20 November
    "personalization.interview_day": {
        "fail": [(letter("Thank you again for meeting me last Thursday."), N),
                 (letter("Further to our interview on Friday 13 November, here is the plan."),
                  AI_N),
                 (letter("Thanks for your time on monday, and for the tour."), N)],
        "pass": [(letter("Thank you again for meeting me on Friday."), N),
                 (letter("Further to our interview on Friday 20th November, here is the "
                         "plan."), AI_N),
                 (letter("I have another interview on Thursday, so I wanted to ask."), N),
                 (letter("Thank you for meeting me. I can start on Monday."), N),
                 (letter("Thank you for the call on Monday to let me know."), RR_N),
                 letter("Thank you again for meeting me last Thursday.")],
    },
}

