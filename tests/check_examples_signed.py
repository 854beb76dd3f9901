"""Pass and fail examples for the faults found once a missing sign-off no longer hid them
(a door slammed, a snide hope for whoever was hired, a lecture on the interviewer's
question, a start date presumed, a forwarded thread, links promised "below" that never
come), and for the false alarms of probe sets 42-45 (a name alone at the end, the writer's
own past work, another company's deadline, a promise to act right away, list lines, words
of working life), and for the faults of judgement sets 42-45 let through (notice handed in,
a patient or donors named, a secret recording, union crews run down, a council member's
motives, promises nobody could keep, days off asked before an offer, a lecture on the
team's own process). ``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, BODY, CI, RR, Example, N, letter

MORE: dict[str, dict[str, list[Example]]] = {
    "tone.hostile": {
        "fail": [(letter("Noted. Don't bother contacting me again."), RR),
                 (letter("Honestly, that's a joke. Enjoy the chaos in January."), RR),
                 (letter("Northwind just lost a good analyst."), RR)],
        "pass": [(letter("Thank you for letting me know, and please do contact me again if "
                         "another analyst role opens."), RR),
                 letter("My favourite joke at the off-site was about pivot tables.")],
    },
    "tone.passive_aggressive": {
        "fail": [(letter("I hope whoever you picked works that hard."), RR),
                 (letter("Good luck with whoever you went with. I won't bother applying "
                         "again."), RR),
                 (letter("I still think my answer was right, and the question wasn't really "
                         "framed correctly. Your team should probably reconsider the "
                         "migration."), AI)],
        "pass": [(letter("I wish the new analyst well with the forecasting work."), RR),
                 (letter("On reflection, my answer on the join was wrong: a LEFT JOIN keeps "
                         "the unmatched rows."), AI)],
    },
    "tone.overeager": {
        "fail": [letter("I've already told my manager I'll be moving on. What time should I "
                        "arrive on day one?"),
                 (letter("I'm guessing the paperwork is just taking a while. Should I pick up "
                         "my badge from you?"), CI),
                 letter("Can't wait to get started!")],
        "pass": [letter(BODY + " I can't wait to hear how the pilot goes."),
                 letter(BODY + " If it helps, I could start in January.")],
    },
    "tone.comparing": {
        "fail": [(letter("No disrespect to him, but I have ten years on him. I hope you "
                         "realise what you're passing up."), RR)],
        "pass": [(letter("I hope the new hire settles in well."), RR)],
    },
    "tone.desperate": {
        "fail": [(letter("I've been kicking myself since. Maybe I'm just not cut out to be a "
                         "manager. Sorry for taking up your afternoon."), RR)],
        "pass": [(letter("Thank you for your time this afternoon and for the honest "
                         "feedback."), RR)],
    },
    "tone.reproach": {
        "fail": [(letter("I suppose the decision was made before I even walked in."), RR),
                 (letter("The take-home took a whole weekend, which seems excessive for an "
                         "unpaid exercise."), CI)],
        "pass": [(letter("They've asked for an answer by Friday, so I wanted to ask whether "
                         "an update before then is possible."), CI)],
    },
    "tone.pushy": {
        "fail": [(letter("Please let me know right away whether I got the job."), CI)],
        "pass": [(letter("If you need references, I can send them right away."), CI),
                 (letter("Another company has asked me for an answer by Friday."), CI),
                 (letter("When his MAP dropped, I escalated right away."), AI)],
    },
    "tone.overfamiliar": {
        "fail": [letter("Done!! I think it went ok? Want to grab food Thursday?")],
    },
    "tone.badmouthing": {
        "fail": [letter("At my current company, reviews are a joke and management is too "
                        "clueless to notice."),
                 (letter("Honestly, Rahul was a bore and the team looked miserable."), RR)],
        "pass": [letter(BODY + " My manager is supportive of the move.")],
    },
    "tone.confidential": {
        "fail": [(letter("I've attached the segmentation: it lists our top 200 donors with "
                         "contact names and giving history."), AI),
                 (letter("Last month I was caring for Mr. Halloran in bed 14 when his lactate "
                         "came back at 4.1."), AI)],
        "pass": [(letter("I've attached the segmentation template, with every donor's name "
                         "removed."), AI)],
    },
    "correctness.placeholder": {
        "fail": [letter(BODY + "\n\n---------- Forwarded message ---------\nFrom: Jordan\n"
                        "Didn't get it, probably.")],
    },
    "correctness.missing_below": {
        "fail": [(letter(BODY + " I've pasted the links below so you don't have to open "
                        "attachments.\n\nLet me know what you think!"), AI),
                 (letter("Below are the three samples we talked about."), AI)],
        "pass": [(letter("I've pasted the links below:\n\n- example.com/forecast\n- "
                         "example.com/deck"), AI),
                 (letter("The figures below come from the public filings.\n\n1. Revenue "
                         "grew 12%.\n2. Margin held at 31%."), AI),
                 letter(BODY + " The team below ours in the building runs the hub.")],
    },
    "correctness.signoff": {
        # a name alone at the end is signed: a suggestion to add a closing line, no cap
        "fail": ["Dear Dana,\n\n" + BODY + "\n\nJordan Blake"],
    },
    "personalization.other_company": {
        "pass": [(letter(BODY + " What I'd bring is the process I used at Lumen Skin: a "
                         "calendar built around launches."), N)],
        "fail": [(letter(BODY + " I loved the welcome I received at Lumen Skin."), N)],
    },
    "tone.shouting": {
        "pass": [(letter("Splitting it into a UNION ALL might let it use both indexes."), AI)],
    },
    "correctness.spelling": {
        "pass": [letter(BODY + " I spent 3 yrs in tech admin, approx. 40 hrs a week, and "
                        "I'd be ramping up on Go.")],
    },
    "concision.long_sentence": {
        "pass": [(letter("Here is the first month:\n\nWeek 1 – \"how to make cold brew at "
                         "home\" (approx. 22k monthly searches) – step-by-step guide with a "
                         "recipe card\nWeek 2 – \"cold brew vs iced coffee\" – comparison "
                         "post, timed with the Instagram launch\nWeek 3 – how the beans are "
                         "sourced – long-form story\nWeek 4 – \"best coffee for cold brew\" "
                         "– product-led roundup"), AI)],
    },
}
