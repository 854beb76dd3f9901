"""Conduct: passive aggression, personal overshare, overfamiliarity, running others down,
broken confidences and questions the interview answered, which polite wording can hide."""

from __future__ import annotations

from collections.abc import Iterator

from coachkit.scoring.checks._topics import long_words
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit, PhraseList

# points an overshared detail weighs: intimate (health, treatment, divorce, grief, debt)
# or background (family, childhood; entries marked severity "suggestion" in the list)
_INTIMATE, _BACKGROUND = 2, 1
# the weight from which the details add up to oversharing: two intimate details, one with
# some background, or three lines of background. One brief factual mention is fine.
_OVERSHARE_FROM = 3


def _job_words(ctx: Context) -> frozenset[str]:
    """The words (five letters or more) of the notes' role, company, topics and concerns:
    the job's own subject ("bereavement" to a Bereavement Services Officer, "the funeral
    directors" of its on-call rota) is no overshare."""
    notes = ctx.notes
    if notes is None:
        return frozenset()
    pieces = (notes.role or "", notes.company or "", *notes.topics, *notes.concerns)
    return frozenset(w for piece in pieces for w in long_words(piece))


def _oversharing(ctx: Context) -> Iterator[Hit]:
    job = ctx.memo("job_words", lambda: _job_words(ctx))
    text = ctx.text
    matches = [(start, end, entry) for entry, start, end in ctx.phrase_matches("tone.oversharing")
               if ctx.body_start <= start < ctx.content_end
               and (not job or job.isdisjoint(long_words(text[start:end])))]
    kept: list[tuple[int, int, str, str | None]] = []
    last_end = -1
    for start, end, entry in sorted(matches, key=lambda m: (m[0], -m[1])):
        if start < last_end:
            continue  # one detail found by two entries counts once
        kept.append((start, end, entry.severity or "warning", entry.why))
        last_end = end
    weight = sum(_BACKGROUND if sev == "suggestion" else _INTIMATE for _, _, sev, _ in kept)
    if weight < _OVERSHARE_FROM:
        return
    for start, end, _, why in kept:
        yield Hit(start, end, why=why)


CHECKS: tuple[Check, ...] = (
    Check("tone.passive_aggressive", "tone", "warning", "Passive-aggressive phrasing",
          "Sarcastic thanks, remarks about the reader's priorities and sighing reminders "
          "('whenever you get around to it', 'I'm sure you have your reasons') read as "
          "reproach in polite clothes; a plain, courteous question gets the answer.",
          PhraseList("tone.passive_aggressive")),
    Check("tone.oversharing", "tone", "warning", "Personal details the reader does not need",
          "Health, treatment, relationships, money trouble or a life story put the reader "
          "in an awkward spot and crowd out your case; one brief factual mention (a "
          "procedure that explains a missed call) is enough.",
          Function(_oversharing)),
    Check("tone.overfamiliar", "tone", "warning", "Overfamiliar with the interviewer",
          "An interviewer is a professional contact, not yet a friend: invitations for "
          "drinks, pet names, remarks on looks or greetings to their family make the reader "
          "uneasy and read as poor judgement; warm and professional persuades.",
          PhraseList("tone.overfamiliar")),
    Check("tone.badmouthing", "tone", "warning", "Running others down",
          "Criticising a current or former employer or colleagues, taking political sides "
          "or running down the reader's own work tells the reader how you will one day "
          "speak of them; keep to what you offer.", PhraseList("tone.badmouthing")),
    Check("tone.confidential", "tone", "error",
          "A confidence broken, or a lapse of honesty or safety",
          "An employer's unreleased figures, a patient's or a donor's details, or a remark "
          "made off the record, shared to make a point, tell the reader you would do the "
          "same with theirs; so does a claim the reader will find untrue, or a shortcut "
          "with safety, welfare or customers' money offered as a strength.",
          PhraseList("tone.confidential")),
    Check("personalization.basic_questions", "personalization", "warning",
          "Questions the interview answered",
          "Asking after the interview what the job is (its duties, whom it reports to, "
          "whether it is full-time) tells the reader you were not listening; ask about what "
          "the interview left open, and leave terms for the offer.",
          PhraseList("personalization.basic_questions"),
          kinds=("thank_you", "check_in", "additional_info")),
)
