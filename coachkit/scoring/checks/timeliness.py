"""Timeliness: a thank-you within a day, a check-in only after the decision date."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import timedelta

from coachkit.scoring.checks._util import first_line
from coachkit.scoring.context import Context
from coachkit.scoring.policy import add_business_days
from coachkit.scoring.registry import Check, Function, Hit


def _band(hours: float, bands: Sequence[float]) -> str | None:
    """The severity of the first band whose upper limit ``hours`` stays under."""
    names = ("none", "suggestion", "warning")
    for name, limit in zip(names, bands, strict=False):
        if hours <= float(limit):
            return None if name == "none" else name
    return "error"


def _send_time(ctx: Context) -> Iterator[Hit]:
    hours = ctx.hours_after_interview
    if hours is None:
        return
    span = first_line(ctx)
    if hours < 0:
        yield Hit(*span, severity="error",
                  message="The send time is before the interview: check the dates")
        return
    if ctx.kind == "check_in":
        return
    policy = ctx.rules.policy
    severity = _band(hours, policy.hours_for(ctx.kind))
    if severity is None:
        return
    when = f"{hours:.0f} hours" if hours < 72 else f"{hours / 24:.1f} days"
    advice = (f"a thank-you within {policy.best_hours:g} hours works best; later it loses "
              "effect" if ctx.kind == "thank_you" else
              "send new information while the interview is fresh")
    yield Hit(*span, severity=severity, message=f"Sent {when} after the interview: {advice}")


# a check-in sooner than this many business days after the interview is chasing, whatever
# decision date was given: nobody can have decided yet
_TOO_SOON_BUSINESS_DAYS = 2
# A reason to write before the decision date, in three parts. A deadline of the writer's:
# another offer, a notice period, an employer who asks for an answer.
_DEADLINE = (
    r"\b(?:(?:another|an|a\s+(?:second|competing|job))\s+offer|offer\s+from|asked\s+(?:me\s+)?"
    r"(?:to\s+(?:reply|respond|answer|decide)|for\s+(?:my\s+)?(?:an?\s+)?(?:answer|decision|"
    r"reply))|notice\s+period|give\s+(?:my\s+)?notice|"
    r"(?:weeks?|months?|days?)(?:['’]s?)?\s+notice|(?:asked\s+me|been\s+asked)\s+to\s+confirm|"
    r"offered\s+me|been\s+offered|(?:due|need|have)\s+to\s+confirm\s+my|"
    r"give\s+(?:them|my\s+(?:employer|manager|boss))\s+(?:fair\s+|enough\s+|proper\s+)?notice|"
    r"give\s+them\s+an\s+answer\s+by|comes?\s+up\s+for\s+renewal)\b"
    r"|\b(?:has|have)\s+asked\s+me\s+(?:about|to\s+(?:lock|confirm|commit|sign|book|plan))\b")
# News of the writer's own, or a reason to be reached: an exam passed, a licence received,
# a clearance or references back, days away with no signal.
_NEWS = (
    r"\b(?:passed|sat|finished|completed|received|got|attended|started)\s+(?:my|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,5}(?:exam|licen[cs]e|certificate|certification|results?|clearance|course|"
    r"qualification|training|day|modules?)\b"
    r"|\b(?:medical|clearance|check|vetting|DBS|references?)\s+(?:came|has\s+come)\s+back\b"
    r"|\bscored\s+\d+(?:\.\d+)?\s*%"
    r"|\b(?:references|referees)\b[^.!?]{0,80}\bhappy\s+to\s+(?:take\s+a\s+call|be\s+contacted)\b"
    r"|\b(?:patchy|limited|little\s+or\s+no|no)\s+(?:access\s+to\s+)?(?:email|signal|phone|"
    r"mobile|internet|reception)\b"
    r"|\bin\s+case\s+(?:the\s+panel|you|anyone)(?:\s+needs?|\s+would\s+like|['’]d\s+like)\s+to\s+"
    r"(?:reach|contact|get\s+hold\s+of)\s+me\b"
    r"|\bdidn['’]t\s+want\s+to\s+miss\s+you\b"
    r"|\bI(?:['’]m|\s+am|\s+will\s+be|['’]ll\s+be)\s+(?:away|travelling|out\s+of\s+(?:the\s+)?"
    r"(?:country|office))(?:\s+to\s+(?-i:[A-Z])[\w-]*)?\s+(?:on|from|between|next)\b"
    r"|\b(?:hard|difficult)\s+to\s+reach\b|\bcan\s+be\s+reached\b"
    r"|\b(?:I\s+am|I['’]m|I)\s+(?:only\s+|simply\s+)?(?:asking|writing|ask)\s+(?:only\s+|simply\s+)?"
    r"because\b"
    r"|\b(?:writing|asking)\s+(?:only|simply|just)\s+to\s+let\s+you\s+know\b")
_REASON_TO_WRITE_RE = re.compile(f"{_DEADLINE}|{_NEWS}", re.IGNORECASE)
# The writer says plainly that they are not asking for an answer yet ("I know the panel
# hopes to decide by the 18th, so I'm not looking for an answer", "No rush on my side").
_NOT_CHASING_RE = re.compile(
    r"\b(?:not|n['’]t)\s+(?:looking\s+for|expecting|asking\s+for|after)\s+(?:an?\s+)?"
    r"(?:answer|reply|response|decision|news|one)\b"
    r"|\b(?:do\s+not|don['’]t)\s+(?:expect|need)\s+(?:an?\s+)?(?:answer|reply|response)\b"
    r"|\b(?:not|n['’]t)\s+(?:want\s+to|trying\s+to|writing\s+to)\s+(?:press|rush|hurry|chase)\b"
    r"|\bI(?:['’]m|\s+am)\s+not\s+chasing\b|\b(?:isn['’]t|is\s+not)\s+a\s+chase\b"
    r"|\bno\s+need\s+(?:to\s+reply|for\s+a\s+(?:long\s+)?reply)\b"
    r"|\bno\s+rush\s+(?:at\s+all|on\s+my\s+(?:side|end|part)|from\s+(?:my|this)\s+(?:side|end))\b"
    # "happy to wait for news" (not "happy to wait in the lobby")
    r"|\bhappy\s+to\s+wait(?=\s*[.;,!]|\s+for\s+(?:news|an?\s+(?:answer|decision)|your\s+"
    r"decision|the\s+(?:outcome|decision)))",
    re.IGNORECASE)


def check_in_waited(ctx: Context) -> bool:
    """Whether a check-in is sent after the stated decision date or, with none stated,
    after the week of silence the policy asks for (its sending time known)."""
    sent, seen = ctx.draft.sent_at, ctx.interviewed_at
    decision = ctx.notes.decision_by if ctx.notes else None
    if sent is None:
        return False
    if decision is not None:
        return sent.date() > decision
    return seen is not None and sent.date() >= add_business_days(
        seen.date(), ctx.rules.policy.check_in_after_silence)


# An answer to an offer already made: its timing is the employer's, not the writer's
# ("Thanks for sending the offer through", "Happy to confirm I accept the offer",
# "Subject: Re: Warehouse Lead – offer")
_ANSWERS_AN_OFFER_RE = re.compile(
    r"\bthanks?\s+(?:you\s+)?(?:(?:so|very)\s+much\s+)?for\s+(?:sending\s+(?:over\s+)?)?"
    r"(?:the|your)\s+(?:kind\s+|generous\s+)?offer\b"
    r"|\b(?:happy|pleased|delighted|glad)\s+to\s+(?:confirm\s+(?:that\s+)?I\s+)?accept\b"
    r"|\bI\s+(?:accept|am\s+accepting|must\s+decline|have\s+decided\s+to\s+decline)\s+(?:the|your)\s+"
    r"(?:kind\s+)?offer\b"
    r"|^Subject:[ \t]*(?:re|fwd?):[^\n]*\boffer\b",
    re.IGNORECASE | re.MULTILINE)


def _check_in_timing(ctx: Context) -> Iterator[Hit]:
    sent = ctx.draft.sent_at
    notes = ctx.notes
    if sent is None or _ANSWERS_AN_OFFER_RE.search(ctx.draft.text, 0, ctx.content_end):
        return
    span = first_line(ctx)
    seen = ctx.interviewed_at
    hours = ctx.hours_after_interview
    if seen is not None and hours is not None and hours >= 0 and (
            sent.date() < add_business_days(seen.date(), _TOO_SOON_BUSINESS_DAYS)):
        days = (sent.date() - seen.date()).days
        when = "the same day as" if days == 0 else "the day after" if days == 1 else \
            f"{days} days after"
        yield Hit(*span, severity="error",
                  message=f"Sent {when} the interview: asking for news this soon reads as "
                          "chasing; nobody has decided yet")
        return
    decision = notes.decision_by if notes else None
    policy = ctx.rules.policy
    if decision is not None:
        earliest = add_business_days(decision, policy.check_in_after_decision)
        if sent.date() <= decision:
            when = "before" if sent.date() < decision else "on"
            body = (ctx.text, ctx.body_start, ctx.content_end)
            if _REASON_TO_WRITE_RE.search(*body):
                yield Hit(*span, severity="suggestion",
                          message=f"Sent {when} the decision date ({decision.isoformat()}): "
                                  "fine with a reason to write now, as here; say it plainly "
                                  "and leave them the time they set")
                return
            if _NOT_CHASING_RE.search(*body):
                yield Hit(*span, severity="suggestion",
                          message=f"Sent {when} the decision date ({decision.isoformat()}): "
                                  "you say you are not asking for an answer yet, so it reads "
                                  "as a courtesy; keep it that short and wait for their date "
                                  "before asking for news")
                return
            yield Hit(*span, severity="warning",
                      message=f"Sent {when} the decision date ({decision.isoformat()}): "
                              f"wait until {earliest.isoformat()}")
        elif sent.date() < earliest:
            # the date has passed: a day's grace is a courtesy, not a fault
            yield Hit(*span, severity="suggestion",
                      message=f"The decision date ({decision.isoformat()}) has only just "
                              f"passed: {earliest.isoformat()} gives them a working day's grace")
        return
    if seen is None:
        return
    earliest = add_business_days(seen.date(), policy.check_in_after_silence)
    if sent.date() < earliest:
        days = max(0, (sent.date() - seen.date()).days)
        yield Hit(*span, severity="warning",
                  message=f"Only {days} days after the interview: without a stated decision "
                          f"date, wait about a week (until {earliest.isoformat()})")
    elif sent - seen > timedelta(days=60):
        yield Hit(*span, severity="suggestion",
                  message="Two months have passed: a fresh application may work better")


CHECKS: tuple[Check, ...] = (
    Check("timeliness.send_time", "timeliness", "warning", "Sent late",
          "A thank-you within 24 hours is best, 24-48 hours fine; later it loses effect.",
          Function(_send_time), kinds=("thank_you", "additional_info", "check_in"),
          scope="message"),
    Check("timeliness.check_in", "timeliness", "warning", "Check-in too early",
          "Check in a business day or two after the stated decision date, or after about a "
          "week of silence; asking for news a day after the interview reads as chasing.",
          Function(_check_in_timing), kinds=("check_in",), scope="message"),
)
