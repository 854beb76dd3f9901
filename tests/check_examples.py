"""Pass and fail examples for every registered check (each must appear here).

An example is the draft text, or a tuple ``(text, options)`` where options may set
``kind``, ``notes`` (True for the sample notes) and ``sent_at`` (ISO 8601).
A fail example must produce at least one finding of the check; a pass example none.
"""

from __future__ import annotations

from typing import Any

Example = str | tuple[str, dict[str, Any]]

GREET = "Dear Dana,\n\n"
SIGN = "\n\nBest regards,\nJordan"
N = {"notes": True}


def letter(body: str) -> str:
    return GREET + body + SIGN


EXAMPLES: dict[str, dict[str, list[Example]]] = {
    "correctness.empty": {
        "fail": ["", "  \n\t\n"],
        "pass": [letter("Thank you for your time.")],
    },
    "correctness.spelling": {
        "fail": [letter("I recieved your note."), letter("Thank you for the interveiw."),
                 letter("It was a plesure to meet you."), letter("Definately a great day."),
                 letter("I will send it tommorow."), letter("We talked alot about it.")],
        "pass": [letter("Thank you for the interview with Siobhan Okonkwo at Zentrix."),
                 letter("I enjoyed our talk about Kubernetes and PyTorch."),
                 letter("See https://example.com/recieve and me@exmaple.org."),
                 letter("I'm glad we'd time to discuss the team's roadmap."),
                 letter("I trained in neuro and ortho wards, and I keep my bls current.")],
    },
    "correctness.repeated_word": {
        "fail": [letter("Thank you for the the interview."), letter("It was was great.")],
        "pass": [letter("I had a long day, but what matters is the result."),
                 letter("Thank you for the interview.")],
    },
    "correctness.sentence_case": {
        "fail": [letter("thank you for the interview."),
                 letter("It went well. the team was kind.")],
        "pass": [letter("Thank you for the interview. The team was kind."),
                 letter("I use an iPhone daily."), letter("- bullet items may start lower"),
                 letter("The example shows:\n\n1. a mapping table;\n2. a bridge; and\n"
                        "3. a short commentary."),
                 letter('Parents asking "what does a 3 mean?" dropped off after a month.')],
    },
    "correctness.lowercase_i": {
        "fail": [letter("Yesterday i met the team."), letter("Thanks, i'm glad we met.")],
        "pass": [letter("I met the team, i.e. the analysts."), letter("It is in item i-3.")],
    },
    "correctness.spacing": {
        "fail": [letter("Thank you  for the interview."), letter("Thank you , Dana."),
                 letter("Thank you,Dana was kind."), letter("It went well..")],
        "pass": [letter("Thank you for the interview... It went well, I think."),
                 letter("We grew revenue by 1,000 units at example.com.")],
    },
    "correctness.confused_words": {
        "fail": [letter("Thank you for you time."), letter("It took longer then I expected."),
                 letter("I hope their is a next step."), letter("I could of done better."),
                 letter("I don't want to loose touch.")],
        "pass": [letter("Thank you for your time; it was more fun than I expected."),
                 letter("There is a next step, and their team is great.")],
    },
    "correctness.article": {
        "fail": [letter("It was a honor to meet you."), letter("I have an strong background."),
                 letter("I hold a MBA.")],
        "pass": [letter("It was an honor to meet you at a university event."),
                 letter("I hold an MBA and a KPI dashboard is my tool."),
                 letter("It was a one-day interview and an hour well spent.")],
    },
    "correctness.placeholder": {
        "fail": [letter("I enjoyed meeting the team at [Company Name]."),
                 letter("Thank you, {interviewer}."),
                 letter("I look forward to joining <Company>."),
                 letter("The role of XXX suits me.")],
        "pass": [letter("I enjoyed meeting the team at Northwind [sic]."),
                 letter("See reference [1] for details.")],
    },
    "correctness.markup": {
        "fail": [letter("I enjoyed <b>meeting</b> the team."),
                 letter("See my work <img src=x onerror=alert(1)> here."),
                 letter("Thank you.<br>I enjoyed it.")],
        "pass": [letter("I look forward to joining the team, <Company> aside."),
                 letter("The result was 3 < 5 and 7 > 2 in the test.")],
    },
    "correctness.greeting": {
        "fail": ["Thank you for the interview yesterday.\n\nBest,\nJordan",
                 "Thank you,\nfor the interview yesterday.\n\nBest,\nJordan",
                 "thanks Dana,\n\nGreat chat.\n\nBest,\nJordan"],
        "pass": [letter("Thank you."), "Hello Dana,\n\nThank you.\n\nBest,\nJo",
                 "Good morning Ms. Ortiz,\n\nThank you.\n\nBest,\nJo",
                 # a name alone with a comma or colon is a greeting
                 "Dana,\n\nThank you.\n\nBest,\nJo", "Ms. Ortiz:\n\nThank you.\n\nBest,\nJo",
                 "Dana Ortiz,\n\nThank you.\n\nBest,\nJo"],
    },
    "correctness.signoff": {
        "fail": [GREET + "Thank you for the interview yesterday."],
        "pass": [letter("Thank you."), GREET + "Thank you.\n\nSincerely,\nJo",
                 GREET + "Thank you.\n\nWarm regards,\nJo Smith"],
    },
    "personalization.interviewer_named": {
        "fail": [("Hello,\n\nThank you for the interview at Northwind." + SIGN, N)],
        "pass": [(letter("Thank you."), N), ("Dear Mr. Ortiz,\n\nThank you." + SIGN, N)],
    },
    "personalization.name_spelling": {
        "fail": [("Dear Ms. Whitfeld,\n\nThank you." + SIGN, N),
                 (letter("Please thank Sam Ortis for me."), N)],
        "pass": [("Dear Ms. Whitfield,\n\nThank you, and please thank Sam." + SIGN, N),
                 (letter("Whatever happens, thank you."), N)],
    },
    "personalization.company": {
        "fail": [(letter("Thank you for the interview."), N)],
        "pass": [(letter("Thank you for the interview at Northwind."), N),
                 (letter("Thank you for the interview at Northwind Analytics."), N)],
    },
    "personalization.role": {
        "fail": [(letter("Thank you for the interview."), N)],
        "pass": [(letter("Thank you for the interview for the analyst role in operations."), N)],
    },
    "personalization.topic": {
        "fail": [(letter("Thank you for the interview at Northwind."), N)],
        "pass": [(letter("I enjoyed hearing how the team forecasts warehouse demand."), N),
                 (letter("Our talk about the report migration was useful."), N),
                 (letter("Thank you."), {"notes": True, "kind": "rejection_reply"})],
    },
    "personalization.other_company": {
        "fail": [(letter("I would love to join Globex Partners as an analyst."), N),
                 (letter("I am excited about the team at Initech."), N),
                 (letter("Thank you for showing me Contoso's approach to forecasting."), N),
                 (letter("I would be glad to help Hooli build its forecasts."), N),
                 (letter("The forecasting work of Summit Ridge Credit Union excites me."), N)],
        "pass": [(letter("At my previous job at Initech I built forecasts."), N),
                 (letter("I would love to join Northwind and work with Sam."), N),
                 (letter("I met with Dana on Monday in Chicago."), N),
                 (letter("Target dates matter. Rohan Mehta and Priya Shah joined us."), N),
                 (letter("At Northwind I would move the reports from Google Sheets to dbt."), N),
                 # a course, a standard or a method, not a company
                 (letter("I have signed up for the TNCC course in January."), N),
                 (letter("We ran the rollout with the PRINCE2 method."), N)],
    },
    "personalization.generic": {
        "fail": [letter("I am confident that I would be a great fit for this position. "
                        "I am very interested in the position.")],
        "pass": [letter("I am confident that I would be a great fit, because the 2026 "
                        "forecasting work at Northwind matches what I built at Acme. "
                        "Dana's question about Looker reminded me of my 40 dashboards."),
                 # a gracious reply to a rejection is complete without a detail
                 ("Hi Dana,\n\nThank you for letting me know, and for your time throughout "
                  "the process. I enjoyed meeting the team and hope our paths cross again."
                  "\n\nBest,\nSam", {"kind": "rejection_reply"})],
    },
    "personalization.impersonal_greeting": {
        "fail": ["To whom it may concern,\n\nThank you." + SIGN,
                 "Dear Hiring Manager,\n\nThank you." + SIGN],
        "pass": [letter("Thank you.")],
    },
    "concision.length": {
        "fail": [letter("Thank you."), letter(" ".join(["Thank you for the time."] * 60))],
        "pass": [letter(" ".join(["Thank you for the time you gave me."] * 12))],
    },
    "concision.long_sentence": {
        "fail": [letter("I " + " ".join(["really"] * 0) + "think that " + " and ".join(
            ["the team was kind"] * 10) + ".")],
        "pass": [letter("The team was kind. The work is interesting.")],
    },
    "concision.wordy": {
        "fail": [letter("I am writing in order to thank you."),
                 letter("Due to the fact that we met, I am glad."),
                 letter("I will decide at this point in time.")],
        "pass": [letter("I am writing to thank you because we met.")],
    },
    "concision.subject": {
        "fail": [letter("Thank you."),
                 "Subject: " + " ".join(["thanks"] * 14) + "\n\n" + letter("Thank you.")],
        "pass": ["Subject: Thank you for Thursday\n\n" + letter("Thank you.")],
    },
    "tone.slang": {
        "fail": [letter("It was super cool to meet you."), letter("I'm gonna prepare, lol."),
                 letter("Btw the office was awesome."), letter("Thanks buddy, see you soon.")],
        "pass": [letter("It was a pleasure to meet you."), letter("Cheers for the coffee."),
                 letter("We paired each new hire with a buddy system mentor.")],
    },
    "tone.emoji": {
        "fail": [letter("Thank you 😊"), letter("Thanks :)")],
        "pass": [letter("Thank you: it was great.")],
    },
    "tone.exclamation": {
        "fail": [letter("Thank you!!!"), letter("Thank you! It was great! Really!")],
        "pass": [letter("Thank you! It was great.")],
    },
    "tone.shouting": {
        "fail": [letter("I am VERY EXCITED about this."), letter("PLEASE consider me.")],
        "pass": [letter("I used SQL, AWS and KPI dashboards at NASA."),
                 letter("We wrote SOAP notes on every shift."),
                 letter("The HR team and the CEO were kind.")],
    },
    "tone.pushy": {
        "fail": [letter("Please reply ASAP."), letter("I expect an answer by Friday."),
                 letter("I'll assume the answer is no."),
                 letter("What is the exact salary, and is there a signing bonus?"),
                 letter("I expect your feedback by Friday."),
                 letter("Let me know by end of day."), letter("When can I start?")],
        "pass": [letter("I look forward to hearing from you when you have news.")],
    },
    "tone.desperate": {
        "fail": [letter("I really need this job."), letter("Please give me a chance."),
                 letter("I will do anything to join."),
                 letter("I'm sorry I was so nervous during the interview."),
                 letter("I know I rambled and didn't make a great impression."),
                 letter("I completely blanked on the SQL question."),
                 letter("Honestly, I don't think I'd cope with classes of 32."),
                 letter("Either way, it was good practice for future interviews.")],
        "pass": [letter("I am keen to join and confident I can help."),
                 (letter("My answer on variance analysis was incomplete, so here is a fuller "
                         "one."), {"kind": "additional_info"}),
                 letter("I was nervous before the panel, but your questions put me at ease.")],
    },
    "tone.boastful": {
        "fail": [letter("You won't find anyone better qualified."),
                 letter("Honestly, I'm clearly the best candidate you met."),
                 letter("You'd be lucky to have me on the team.")],
        "pass": [letter("I am confident I can help the team reach its goals.")],
    },
    "tone.apology": {
        "fail": [letter("Sorry to bother you again."), letter("I apologize for the intrusion.")],
        "pass": [letter("Thank you for your patience.")],
    },
    "tone.hedging": {
        "fail": [letter("I think maybe I could help."), letter("I kind of led the project.")],
        "pass": [letter("I can help: I led the project.")],
    },
    "tone.hostile": {
        "fail": [letter("Per my last email, I am still waiting."),
                 letter("Your process is a mess."), letter("This is unacceptable."),
                 letter("I'm still waiting to hear back."),
                 letter("A decision was due on Monday, and yet here we are."),
                 letter("I'd appreciate the courtesy of a reply.")],
        "pass": [letter("I understand these decisions take time.")],
    },
    "tone.arguing": {
        "fail": [(letter("Please reconsider your decision."), {"kind": "rejection_reply"}),
                 (letter("I think you made a mistake."), {"kind": "rejection_reply"})],
        "pass": [(letter("Thank you for letting me know; I hope we stay in touch."),
                  {"kind": "rejection_reply"}),
                 (letter("Please reconsider your decision."), {"kind": "thank_you"})],
    },
    "tone.avoid": {  # the coach's list (an exercise's rule pack); empty by default
        "fail": [(letter("I will circle back next week."), {"avoid": ["circle back"]}),
                 (letter("Great synergy with the team."),
                  {"avoid": [{"phrase": "synergy", "suggestion": "working together"}]})],
        "pass": [letter("I will circle back next week."),
                 (letter("I will follow up next week."), {"avoid": ["circle back"]})],
    },
    "timeliness.send_time": {
        "fail": [(letter("Thank you."), {"notes": True, "sent_at": "2026-11-24T10:00"}),
                 (letter("Thank you."), {"notes": True, "sent_at": "2026-11-19T10:00"})],
        "pass": [(letter("Thank you."), {"notes": True, "sent_at": "2026-11-21T10:00"}),
                 (letter("Thank you."), {"notes": True})],
    },
    "timeliness.check_in": {
        "fail": [(letter("Any news?"), {"notes": True, "kind": "check_in",
                                        "sent_at": "2026-11-26T10:00"})],
        "pass": [(letter("Any news?"), {"notes": True, "kind": "check_in",
                                        "sent_at": "2026-12-03T10:00"})],
    },
}

# the failure modes of real bad follow-ups and the false alarms fixed with them; the
# wordings found when the checks were tuned on the corpus; passive aggression, overshare,
# arrogance and, without notes, a second addressee company; the template signal; the quiet
# faults of probe sets 26-41 and the false alarms fixed with them; what a missing sign-off
# hid, the false alarms of probe sets 42-45 and the faults of judgement sets 42-57 let through;
# the wording model; the faults and false alarms of probe sets 82-137
import check_examples_conduct  # noqa: E402
import check_examples_inbox  # noqa: E402
import check_examples_judgement  # noqa: E402
import check_examples_lapse  # noqa: E402
import check_examples_long_tail  # noqa: E402
import check_examples_quiet  # noqa: E402
import check_examples_real  # noqa: E402
import check_examples_search  # noqa: E402
import check_examples_sets_122  # noqa: E402
import check_examples_sets_138  # noqa: E402
import check_examples_sets_146  # noqa: E402
import check_examples_sets_154  # noqa: E402
import check_examples_sets_162  # noqa: E402
import check_examples_sets_170  # noqa: E402
import check_examples_sets_178  # noqa: E402
import check_examples_sets_186  # noqa: E402
import check_examples_sets_194  # noqa: E402
import check_examples_sets_202  # noqa: E402
import check_examples_sets_210  # noqa: E402
import check_examples_sets_218  # noqa: E402
import check_examples_sets_226  # noqa: E402
import check_examples_sets_234  # noqa: E402
import check_examples_sets_242  # noqa: E402
import check_examples_sets_250  # noqa: E402
import check_examples_sets_258  # noqa: E402
import check_examples_sets_266  # noqa: E402
import check_examples_sets_274  # noqa: E402
import check_examples_sets_282  # noqa: E402
import check_examples_sets_290  # noqa: E402
import check_examples_sets_298  # noqa: E402
import check_examples_sets_306  # noqa: E402
import check_examples_sets_314  # noqa: E402
import check_examples_sets_322  # noqa: E402
import check_examples_sets_330  # noqa: E402
import check_examples_sets_346  # noqa: E402
import check_examples_sets_354  # noqa: E402
import check_examples_sets_362  # noqa: E402
import check_examples_sets_370  # noqa: E402
import check_examples_sets_402  # noqa: E402
import check_examples_sets_418  # noqa: E402
import check_examples_sets_426  # noqa: E402
import check_examples_sets_434  # noqa: E402
import check_examples_sets_442  # noqa: E402
import check_examples_sets_450  # noqa: E402
import check_examples_sets_458  # noqa: E402
import check_examples_sets_466  # noqa: E402
import check_examples_sets_474  # noqa: E402
import check_examples_sets_482  # noqa: E402
import check_examples_sets_490  # noqa: E402
import check_examples_sets_498  # noqa: E402
import check_examples_sets_506  # noqa: E402
import check_examples_sets_514  # noqa: E402
import check_examples_sets_522  # noqa: E402
import check_examples_sets_530  # noqa: E402
import check_examples_sets_538  # noqa: E402
import check_examples_sets_546  # noqa: E402
import check_examples_sets_554  # noqa: E402
import check_examples_sets_562  # noqa: E402
import check_examples_sets_570  # noqa: E402
import check_examples_sets_578  # noqa: E402
import check_examples_sets_586  # noqa: E402
import check_examples_sets_594  # noqa: E402
import check_examples_sets_602  # noqa: E402
import check_examples_sets_610  # noqa: E402
import check_examples_sets_618  # noqa: E402
import check_examples_sets_626  # noqa: E402
import check_examples_sets_634  # noqa: E402
import check_examples_sets_642  # noqa: E402
import check_examples_sets_650  # noqa: E402
import check_examples_sets_658  # noqa: E402
import check_examples_sets_666  # noqa: E402
import check_examples_sets_674  # noqa: E402
import check_examples_sets_682  # noqa: E402
import check_examples_sets_690  # noqa: E402
import check_examples_sets_698  # noqa: E402
import check_examples_signal  # noqa: E402
import check_examples_signed  # noqa: E402
import check_examples_tuning  # noqa: E402
import check_examples_wording  # noqa: E402

for _part in (check_examples_real, check_examples_tuning, check_examples_conduct,
              check_examples_signal, check_examples_quiet, check_examples_signed,
              check_examples_judgement, check_examples_inbox, check_examples_search,
              check_examples_wording, check_examples_lapse, check_examples_long_tail,
              check_examples_sets_122,
              check_examples_sets_138, check_examples_sets_146, check_examples_sets_154,
              check_examples_sets_162, check_examples_sets_170, check_examples_sets_178,
              check_examples_sets_186, check_examples_sets_194, check_examples_sets_202,
              check_examples_sets_210, check_examples_sets_218, check_examples_sets_226,
              check_examples_sets_234, check_examples_sets_242, check_examples_sets_250,
              check_examples_sets_258, check_examples_sets_266, check_examples_sets_274,
              check_examples_sets_282, check_examples_sets_290, check_examples_sets_298,
              check_examples_sets_306, check_examples_sets_314, check_examples_sets_322,
              check_examples_sets_330, check_examples_sets_346, check_examples_sets_354,
              check_examples_sets_362, check_examples_sets_370, check_examples_sets_402,
              check_examples_sets_418, check_examples_sets_426, check_examples_sets_434,
              check_examples_sets_442, check_examples_sets_450, check_examples_sets_458,
              check_examples_sets_466, check_examples_sets_474, check_examples_sets_482,
              check_examples_sets_490, check_examples_sets_498, check_examples_sets_506,
              check_examples_sets_514, check_examples_sets_522, check_examples_sets_530,
              check_examples_sets_538, check_examples_sets_546, check_examples_sets_554,
              check_examples_sets_562, check_examples_sets_570, check_examples_sets_578,
              check_examples_sets_586, check_examples_sets_594, check_examples_sets_602,
              check_examples_sets_610, check_examples_sets_618, check_examples_sets_626,
              check_examples_sets_634, check_examples_sets_642,
              check_examples_sets_650, check_examples_sets_658, check_examples_sets_666,
              check_examples_sets_674, check_examples_sets_682, check_examples_sets_690,
              check_examples_sets_698):
    for _check_id, _table in _part.MORE.items():
        _into = EXAMPLES.setdefault(_check_id, {"fail": [], "pass": []})
        for _key in ("fail", "pass"):
            _into[_key] = [*_into[_key], *_table.get(_key, [])]
