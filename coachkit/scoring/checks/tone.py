"""Tone: formal, polite and confident; no slang, shouting, pressure, despair or hostility."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from coachkit.scoring import spelling
from coachkit.scoring.checks._deadlines import another_offers_deadline
from coachkit.scoring.checks._util import CAPITALS, inside, protected_spans
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit, PhraseList

_EMOJI_RE = re.compile(
    "[\U0001F000-\U0001FAFF\U00002600-\U000027BF\U0001F900-\U0001F9FF\u2B50\u2B55\u203C"
    "\u2049\u2764\uFE0F]+"
)
_EMOTICON_RE = re.compile(r"(?<![\w:/])(?:[:;=8][\-^']?[)(DPpOo3\]\[|/\\*]|<3|\^_\^|xD|XD)"
                          r"(?![\w/])"
                          # the 8D method of problem solving ("a sample 8D report")
                          r"(?!(?<=8D)\s+(?:reports?|process|method|problems?|investigations?|"
                          r"format|analysis|approach|steps?)\b)")
# the emoticon without what must not surround it, its first character alone first so
# that the scan skips from one such character to the next
_EMOTICON_CORE_RE = re.compile(r"[:;=8<^xX](?:(?<=[:;=8])[\-^']?[)(DPpOo3\]\[|/\\*]"
                               r"|(?<=<)3|(?<=\^)_\^|(?<=[xX])D)")
# the look-behind comes after the first two capitals so that the search can skip ahead
# to the next capital letter instead of testing every position
_CAPS_RUN_RE = re.compile(r"[A-Z]{2}(?<![\w'’][A-Z]{2})[A-Z]*(?:['’][A-Z]+)?"
                          r"(?:[\s,]+[A-Z]{2,}(?:['’][A-Z]+)?)*(?![\w'’])")


def _emoji(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    skip = protected_spans(ctx)
    found = [] if text.isascii() else list(_EMOJI_RE.finditer(text))
    if _EMOTICON_CORE_RE.search(text):
        found += _EMOTICON_RE.finditer(text)
    kept = [m for m in found if not inside(m.start(), skip)]
    # one smiley in a note is a slip to tidy; more make it a chat message
    severity = "suggestion" if len(kept) == 1 else None
    for m in kept:
        yield Hit(m.start(), m.end(), severity=severity,
                  message="Leave emoji and emoticons out of a professional message")


def _exclamation(ctx: Context) -> Iterator[Hit]:
    allowed = int(ctx.rules.threshold("tone.exclamations"))
    if "!" not in ctx.text:
        return
    for seen, m in enumerate(re.finditer(r"!+", ctx.text), start=1):
        if len(m.group()) > 1:
            yield Hit(m.start(), m.end(), severity="warning",
                      message="One exclamation mark at most; several read as over-excited",
                      suggestion=".")
        elif seen > allowed:
            yield Hit(m.start(), m.end(),
                      message=f"{seen} exclamation marks: keep one at most", suggestion=".")


def _caps_runs(text: str) -> Iterator[re.Match[str]]:
    """What ``_CAPS_RUN_RE.finditer(text)`` finds; in an ASCII text, tried only where two
    capitals begin (found in C), not at every character."""
    if not text.isascii():
        yield from _CAPS_RUN_RE.finditer(text)
        return
    marks = text.encode("ascii").translate(CAPITALS)
    at = marks.find(b"AA")
    end = 0
    while at != -1:
        if at >= end:
            m = _CAPS_RUN_RE.match(text, at)
            if m:
                yield m
                end = m.end()
        at = marks.find(b"AA", at + 1)


_CALL_AFTER_RE = re.compile(r" ?\(")


def _shouting(ctx: Context) -> Iterator[Hit]:
    acronyms = ctx.rules.word_set("acronyms")
    subject = ctx.subject_span
    for m in _caps_runs(ctx.text):
        if subject and m.start() < subject[0]:
            continue  # the "Subject" keyword itself
        if " " not in m.group() and _CALL_AFTER_RE.match(ctx.text, m.end()):
            continue  # a function in a formula or a query: "FILTER ( Sales", "SUM(B2:B9)"
        suggestion = _shouted(m.group(), acronyms)
        if suggestion is not None:
            yield Hit(m.start(), m.end(), message="Capitals read as shouting",
                      suggestion=suggestion)


@functools.lru_cache(maxsize=4096)
def _shouted(run: str, acronyms: frozenset[str]) -> str | None:
    """The rewrite of a run of capitals that reads as shouting, else None (the same runs,
    SQL or ETL, come back in draft after draft)."""
    words = re.findall(r"[A-Z]+(?:['’][A-Z]+)?", run)
    shouted = [w for w in words if w not in acronyms and len(w) >= 3
               and spelling.frequency(w.lower()) >= 1000]
    # one word alone in capitals may be an acronym (SOAP notes): only common, longer
    # words count then
    alone = [w for w in shouted if len(w) >= 5 and spelling.frequency(w.lower()) >= 5000]
    if (len(words) >= 2 and shouted) or alone:
        return run.capitalize() if len(words) > 1 else run.lower()
    return None


CHECKS: tuple[Check, ...] = (
    Check("tone.slang", "tone", "warning", "Casual word or slang",
          "Slang and chat abbreviations undercut a professional impression.",
          PhraseList("tone.slang")),
    Check("tone.emoji", "tone", "warning", "Emoji", "Emoji are out of place in a letter to "
          "an interviewer.", Function(_emoji)),
    Check("tone.exclamation", "tone", "suggestion", "Too many exclamation marks",
          "One exclamation mark can show warmth; several look over-excited.",
          Function(_exclamation)),
    Check("tone.shouting", "tone", "warning", "Shouting in capitals",
          "Words in capitals read as shouting.", Function(_shouting)),
    Check("tone.pushy", "tone", "warning", "Pushy phrasing",
          "Pressure ('ASAP', 'I expect an answer') makes a busy reader less willing to help.",
          PhraseList("tone.pushy", unless=another_offers_deadline)),
    Check("tone.desperate", "tone", "warning", "Desperate phrasing",
          "Pleading lowers the reader's view of the candidate; confidence persuades.",
          PhraseList("tone.desperate")),
    Check("tone.boastful", "tone", "warning", "Boastful phrasing",
          "Confidence persuades; swagger and salary demands in a follow-up put readers off.",
          PhraseList("tone.boastful")),
    Check("tone.apology", "tone", "suggestion", "Needless apology",
          "Apologising for writing a normal follow-up undersells it.",
          PhraseList("tone.apology")),
    Check("tone.hedging", "tone", "suggestion", "Hedging",
          "Hedges ('I think maybe', 'I'm not sure but') make you sound unsure of yourself.",
          PhraseList("tone.hedging")),
    Check("tone.hostile", "tone", "error", "Complaining, accusing or sarcastic phrasing",
          "Recruiters share hostile and passive-aggressive notes as warnings; they end a "
          "candidacy.", PhraseList("tone.hostile")),
    Check("tone.arguing", "tone", "error", "Arguing with the decision",
          "After a rejection, grace keeps the door open; arguing closes it.",
          PhraseList("tone.arguing"), kinds=("rejection_reply",)),
    Check("tone.threat", "tone", "error", "Threatening phrasing",
          "A threat (a competitor, regret, a review, a lawyer) ends the candidacy and is "
          "remembered; it never speeds a decision.", PhraseList("tone.threat")),
    Check("tone.gift", "tone", "error", "Gift or payment offered",
          "A gift or payment to an interviewer reads as a bribe; many employers must report "
          "it, and it puts the candidate out of the running.", PhraseList("tone.gift")),
    Check("tone.reproach", "tone", "error", "Reproachful or entitled chasing",
          "Blaming the reader for silence ('why haven't you', 'you said you would') or "
          "demanding an answer by a date makes a busy person defensive; a courteous "
          "question gets the answer.",
          PhraseList("tone.reproach", unless=another_offers_deadline)),
    Check("tone.comparing", "tone", "error", "Comparing yourself with other candidates",
          "Running down the other candidates, or whoever was hired, reads as bitter and "
          "makes the reader defend the choice; speak to your own strengths.",
          PhraseList("tone.comparing")),
    Check("tone.overeager", "tone", "warning", "Impatient or over-eager exclamation",
          "Exclaimed impatience ('Can't wait to hear back!!') reads as pressure; calm "
          "interest reads as confidence.", PhraseList("tone.overeager")),
    Check("tone.late_apology", "tone", "warning", "Apology for a late message",
          "Apologising for writing late draws attention to it; a well-written note makes "
          "up for the delay on its own.", PhraseList("tone.late_apology")),
    Check("tone.avoid", "tone", "warning", "A phrase your coach asked you to avoid",
          "Your coach listed this phrase as one that reads badly in this industry.",
          PhraseList("tone.avoid")),
)
