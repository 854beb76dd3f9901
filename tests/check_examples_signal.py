"""Pass and fail examples for the template signal (``personalization.template_signal``).
``check_examples`` merges them into ``EXAMPLES``.

The fail examples are whole notes that are polished on the surface and say nothing of the
interview, or little but the writer, or sulk; the pass examples are the polite near-misses
the signal must leave alone: specific thanks, timeline questions, another offer mentioned
factually, feedback asked after a rejection, and replies too short to judge.
"""

from __future__ import annotations

from check_examples_real import CI, RR, Example, N, letter

CHECK_ID = "personalization.template_signal"

TEMPLATE = letter(
    "Thank you for taking the time to meet with me. I really enjoyed our conversation "
    "and learning more about the role and the team. I believe my skills and experience "
    "make me a strong fit, and I am confident that I could contribute to your continued "
    "success. I look forward to hearing from you about the next steps.")
ABOUT_ME = letter(
    "I wanted to follow up on my application. I have eight years of experience and I "
    "have always been a top performer wherever I worked. I am hardworking, I am reliable "
    "and I am sure I would be an asset. My references will tell you the same about me. "
    "I hope to hear from you soon.")
SULKY = letter(
    "Thank you for the interview yesterday, although I have to say I left feeling rather "
    "disappointed. The questions felt rushed and I never really got the chance to show "
    "what I can do. It was not the conversation I had prepared for, and I was sorry "
    "about that. I hope the next conversation, if there is one, goes better for both of "
    "us.")
# a reply to a rejection is not judged, however little it names
BRIEF_REPLY = (letter(
    "Thank you for letting me know, and for the time you and your colleagues gave me. Of "
    "course I had hoped for a different outcome, but I enjoyed learning about the team "
    "and its work. If there is anything you can share about how I could strengthen my "
    "application, I would welcome it. I wish you all the best."), RR)
# a check-in is judged from a higher threshold (a plain one says little that is
# specific): only one that carries disappointment too is flagged (a terser chaser is the
# reproach and wording checks' business)
CHASING = (letter(
    "I am writing again because I still have not heard anything about my application, and "
    "I am frankly disappointed. It has been quite a while now, and I was told that I would "
    "hear back sooner than this. I feel rather let down by the silence and I would "
    "appreciate a clear answer so that I can plan accordingly. I hope I am not wrong to "
    "expect that much."), CI)

SPECIFIC = (letter(
    "Thank you for meeting with me on Friday about the Operations Analyst role at "
    "Northwind Analytics. I enjoyed hearing how Sam Ortiz's team rebuilt the warehouse "
    "forecasting model. Since then I have moved two of my own weekly reports to dbt, "
    "which cut their run time from 40 minutes to 6, and I would be glad to show you."), N)
TIMELINE = (letter(
    "I hope the week is going well. When we met on 20 November, you mentioned a decision "
    "by 1 December, so I wanted to ask whether that timeline still holds for the "
    "Operations Analyst role. I remain keen, especially after our talk about moving the "
    "Northwind Analytics reports to dbt."), {"notes": True, "kind": "check_in"})
OTHER_OFFER = (letter(
    "I wanted to let you know that I have received another offer, with a reply due on "
    "8 December. Northwind Analytics remains my first choice, so if an update before "
    "then is possible, I would be grateful. Either way, thank you for your time and for "
    "the tour of the Denver office with Sam Ortiz."), {"notes": True, "kind": "check_in"})
FEEDBACK = (letter(
    "Thank you for telling me yourself, Dana. I am disappointed, but I understand. If "
    "you have a few minutes, I would value any feedback on my case study, especially the "
    "SQL part, so that I can work on it. I hope our paths cross again at Northwind "
    "Analytics."), {"notes": True, "kind": "rejection_reply"})
SHORT_REPLY = (letter("Thank you for letting me know. I enjoyed meeting the team and hope "
                      "our paths cross again."), RR)
SHORT_NOTE = letter("I look forward to hearing from you.")

MORE: dict[str, dict[str, list[Example]]] = {
    CHECK_ID: {
        "fail": [TEMPLATE, ABOUT_ME, SULKY, CHASING],
        "pass": [SPECIFIC, TIMELINE, OTHER_OFFER, FEEDBACK, BRIEF_REPLY, SHORT_REPLY,
                 SHORT_NOTE],
    },
}
