"""Concision: length for the kind of message, long sentences, wordy phrases, the subject,
abbreviations the reader cannot know."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from coachkit.scoring import spelling
from coachkit.scoring.checks._topics import lists_topics, takes_up_a_topic
from coachkit.scoring.checks._util import (
    CAPITALS,
    first_line,
    gracious_reply,
    hands_over_one_thing,
)
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit, PhraseList


def _length(ctx: Context) -> Iterator[Hit]:
    policy = ctx.rules.policy
    low, high = policy.word_band(ctx.kind)
    # the message itself: what lies between the greeting and the sign-off
    greeting_end = ctx.layout.greeting[1] if ctx.layout.greeting else ctx.body_start
    starts, ends = ctx.layout.starts, ctx.layout.ends  # in text order: one slice between
    first = bisect.bisect_left(starts, greeting_end)
    stop = bisect.bisect_left(starts, ctx.content_end)
    if first >= stop:
        first, stop = 0, len(starts)
    n = stop - first
    label = policy.kind_label(ctx.kind).phrase
    if n > high:
        start = starts[first + high]
        end = ends[stop - 1]
        severity = "warning" if n > high * 1.5 else "suggestion"
        yield Hit(start, end, severity=severity,
                  message=f"{n} words is long for {label} (aim for {low}-{high}); "
                          f"the text from here on is past {high} words")
    elif n < low and not gracious_reply(ctx, n):
        yield Hit(starts[first], ends[stop - 1], severity=_short_severity(ctx, n, low),
                  message=f"{n} words is short for {label} (aim for {low}-{high}): add a "
                          "specific point from the interview")


def _short_severity(ctx: Context, words: int, low: int) -> str:
    """How much a note shorter than its kind's band loses: an error under 30% of the
    bottom, a warning under 40% when it takes up none of the notes' topics, else a point.
    A note that hands over one thing (a certificate, a number) may be short."""
    if hands_over_one_thing(ctx, words):
        return "suggestion"
    if words < low * 0.3:
        # two lines that take up a topic of the interview are brief, not empty
        return "warning" if lists_topics(ctx) and takes_up_a_topic(ctx) else "error"
    if words < low * 0.4 and lists_topics(ctx) and not takes_up_a_topic(ctx):
        return "warning"
    return "suggestion"


def _long_sentence(ctx: Context) -> Iterator[Hit]:
    soft, hard = ctx.rules.threshold("concision.sentence_words")
    for (s, e), n in zip(ctx.layout.sentences, ctx.sentence_lengths, strict=True):
        if n > hard:
            yield Hit(s, e, severity="warning",
                      message=f"A {n}-word sentence: split it in two or three")
        elif n > soft:
            yield Hit(s, e, severity="suggestion",
                      message=f"A {n}-word sentence: shorter sentences are easier to read")


def _subject(ctx: Context) -> Iterator[Hit]:
    span = ctx.subject_span
    max_words, max_chars = ctx.rules.threshold("concision.subject")
    if span is None:
        role = (ctx.notes.role if ctx.notes and ctx.notes.role else "Operations Analyst")
        yield Hit(*first_line(ctx), severity="suggestion",
                  message=f"Add a short subject line, e.g. 'Thank you - {role} interview' "
                          "(start the file with 'Subject: ...')")
        return
    subject = ctx.text[span[0]:span[1]]
    words = subject.split()
    if not words:
        yield Hit(0, len(ctx.draft.subject_line.rstrip("\r\n")), severity="warning",
                  message="The subject line is empty")
    elif len(words) > max_words or len(subject) > max_chars:
        yield Hit(*span, message=f"The subject has {len(words)} words: keep it to about 3-8")


# a word in capitals of two to eight letters and digits, and the ones that are no jargon:
# Roman numerals, quarters, fiscal years and halves
# (the look-behind after the first capital: tried at capitals only, not at every character)
_ABBREVIATION_RE = re.compile(r"[A-Z](?<![\w/-][A-Z])[A-Z0-9]{1,7}(?![\w/-])")
_NOT_JARGON_RE = re.compile(r"[IVXL]+|Q[1-4]|FY\d+|H[12]")
# distinct unexplained abbreviations that make a note hard to follow; good drafts of the
# tuning corpus and the probes (1,263 of them) have at most five (a nurse's certificates)
JARGON_MIN = 7


def _jargon(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    # two capitals in a row, counted in C, bound the number of abbreviations from above
    if text.encode("ascii", "ignore").translate(CAPITALS).count(b"AA") < JARGON_MIN:
        return  # the usual case: too few pairs of capitals for that many abbreviations
    found = {m.group(): m for m in _ABBREVIATION_RE.finditer(text, ctx.body_start,
                                                               ctx.content_end)}
    if len(found) < JARGON_MIN:
        return
    acronyms = {a.upper() for a in ctx.rules.word_set("acronyms")}
    known = ctx.known_names
    unknown = [m for word, m in found.items()
               if word not in acronyms and word.lower() not in known
               and not spelling.is_known(word.lower()) and not _NOT_JARGON_RE.fullmatch(word)]
    if len(unknown) >= JARGON_MIN:
        shown = ", ".join(m.group() for m in unknown[:5]) + (", ..." if len(unknown) > 5 else "")
        yield Hit(unknown[0].start(), unknown[0].end(),
                  message=f"{len(unknown)} abbreviations the reader may not know ({shown}): "
                          "say what each one means, or use plain words")


CHECKS: tuple[Check, ...] = (
    Check("concision.length", "concision", "suggestion", "Length outside the usual band",
          "A follow-up of a few short paragraphs (about 75-200 words for a thank-you) is "
          "read in full; much longer ones get skimmed, much shorter ones say too little. A "
          "short reply to a rejection that thanks and keeps the door open is complete.",
          Function(_length), scope="message"),
    Check("concision.long_sentence", "concision", "suggestion", "Long sentence",
          "Short sentences are read and understood at a glance.", Function(_long_sentence)),
    Check("concision.wordy", "concision", "suggestion", "Wordy phrase",
          "Padding makes the reader work for nothing; the short form says the same.",
          PhraseList("concision.wordy")),
    Check("concision.subject", "concision", "warning", "Subject line",
          "A short, specific subject of a few words gets a message opened.", Function(_subject),
          scope="message"),
    Check("concision.jargon", "concision", "warning", "Abbreviations the reader may not know",
          "A hiring manager outside your field cannot follow a note written in its "
          "abbreviations (military, clinical, in-house); spell them out or say what they "
          "did.", Function(_jargon), scope="message"),
)
