"""Run the checks over a draft and build its Report.

Live editing re-scores a draft many times with small changes. What costs most per
word (spelling suggestions, syllables, stems, British spellings) is remembered per
distinct word for the life of the process, so a keystroke re-scans the text but
recomputes only for words it has not seen; an unchanged draft with the built-in
rules gets its previous Report back.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime

from coachkit.labels import SEVERITY_RANK
from coachkit.model import Draft, Finding, InterviewNotes, Report, Stats
from coachkit.scoring.aggregate import assess
from coachkit.scoring.checks import all_checks
from coachkit.scoring.context import Context
from coachkit.scoring.readability import flesch_kincaid_grade, flesch_kincaid_grade_of_runs
from coachkit.scoring.registry import Check
from coachkit.scoring.rules import Rules, default_rules

__all__ = ["score", "stats_for", "warm_up"]

MAX_FINDINGS_PER_CHECK = 200


def score(
    draft: Draft | str,
    notes: InterviewNotes | None = None,
    *,
    rules: Rules | None = None,
    interviewed_at: datetime | None = None,
    checks: Sequence[Check] | None = None,
) -> Report:
    """Score a draft: run every enabled check, then aggregate findings into scores.

    ``interviewed_at`` overrides the interview time in ``notes``. A plain string
    is read as a thank-you note (with an optional ``Subject:`` first line).
    """
    if isinstance(draft, str):
        draft = Draft.from_text(draft)
    rules = rules or default_rules()
    if interviewed_at is None and notes is not None:
        interviewed_at = notes.interviewed_at
    if checks is None and rules is default_rules():
        # live editing re-scores the same text often (every debounce, every redraw)
        return _score_default(draft, notes, interviewed_at)
    return _score(draft, notes, rules, interviewed_at, checks)


@functools.lru_cache(maxsize=64)
def _score_default(draft: Draft, notes: InterviewNotes | None,
                   interviewed_at: datetime | None) -> Report:
    return _score(draft, notes, default_rules(), interviewed_at, None)


def _score(draft: Draft, notes: InterviewNotes | None, rules: Rules,
           interviewed_at: datetime | None, checks: Sequence[Check] | None) -> Report:
    ctx = Context(draft=draft, notes=notes, rules=rules, interviewed_at=interviewed_at)
    selected = _selected(checks if checks is not None else all_checks(), rules, draft.kind)
    empty = not ctx.layout.starts
    if empty:
        selected = [c for c in selected if c.id == "correctness.empty"]
    findings = _run(selected, ctx)
    judged = {"personalization", "concision", "correctness", "tone"}
    timed = ctx.hours_after_interview is not None or bool(
        draft.kind == "check_in" and notes and notes.decision_by and draft.sent_at)
    if timed and draft.kind != "rejection_reply":  # timed from the rejection, not known here
        judged.add("timeliness")
    result = assess(findings, judged, rules.policy, empty=empty, titles=_titles(selected))
    return Report(
        overall=result.overall,
        categories=result.categories,
        findings=tuple(findings),
        stats=stats_for(ctx),
        text=ctx.text,
        hours_after_interview=ctx.hours_after_interview,
        verdict=result.verdict,
        caps=result.caps,
    )


# (checks, rules, kind) -> the checks that run; the key objects are held with the entry,
# so their ids are not reused while it lives
_SELECTED: dict[tuple[int, int, str], tuple[object, object, list[Check]]] = {}


def _selected(checks: Sequence[Check], rules: Rules, kind: str) -> list[Check]:
    """The checks that apply to ``kind`` and that the rules leave on (remembered for a
    tuple of checks: a list may change)."""
    key = (id(checks), id(rules), kind)
    held = _SELECTED.get(key)
    if held is not None and held[0] is checks and held[1] is rules:
        return held[2]
    out = [c for c in checks if (not c.kinds or kind in c.kinds) and rules.enabled(c.id)]
    if not isinstance(checks, tuple):
        return out
    if len(_SELECTED) >= 256:
        _SELECTED.clear()
    _SELECTED[key] = (checks, rules, out)
    return out


_TITLES: dict[int, tuple[list[Check], dict[str, str]]] = {}


def _titles(selected: list[Check]) -> dict[str, str]:
    """Each selected check's title by id (remembered for the lists ``_selected`` keeps;
    the list is held with its entry, so its id is not reused while it lives)."""
    held = _TITLES.get(id(selected))
    if held is not None and held[0] is selected:
        return held[1]
    titles = {c.id: c.message for c in selected}
    if len(_TITLES) >= 256:
        _TITLES.clear()
    _TITLES[id(selected)] = (selected, titles)
    return titles


def _run(checks: Sequence[Check], ctx: Context) -> list[Finding]:
    text = ctx.text
    size = len(text)
    findings: list[Finding] = []
    for check in checks:
        seen: set[tuple[int, int]] | None = None  # most checks find nothing
        for hit in check.kind.find(ctx):
            if seen is None:
                seen = set()
            elif len(seen) >= MAX_FINDINGS_PER_CHECK:
                break
            start = hit.start if hit.start > 0 else 0
            end = hit.end if hit.end < size else size
            if (start, end) in seen or start > end:
                continue
            seen.add((start, end))
            findings.append(Finding(
                rule=check.id,
                category=check.category,
                severity=hit.severity or check.severity,
                start=start,
                end=end,
                text=text[start:end],
                message=hit.message or check.message,
                suggestion=hit.suggestion,
                why=hit.why or check.rationale,
                scope=check.scope,
            ))
    findings.sort(key=lambda f: (f.start, SEVERITY_RANK[f.severity], f.end, f.rule))
    return findings


def stats_for(ctx: Context) -> Stats:
    """Words, sentences, reading grade and questions of the body."""
    lay = ctx.layout
    text = ctx.text
    questions = sum(1 for s, e in lay.sentences
                    if text[s:e].rstrip("\"'”’) ").endswith("?")) if "?" in text else 0
    lengths = ctx.sentence_lengths
    if lay.runs is None:
        grade = flesch_kincaid_grade(ctx.body_words, lengths)
    else:  # from the index's lower-cased words, without the text of each word
        starts, ends = lay.starts, lay.ends
        grade = flesch_kincaid_grade_of_runs(lay.runs, lambda i: text[starts[i]:ends[i]],
                                             lengths)
    return Stats(
        words=lay.word_count,
        sentences=len(lay.sentences),
        reading_grade=grade,
        questions=questions,
    )


def warm_up() -> None:
    """Load the spelling, suggestion and syllable tables now rather than on the first
    draft (a composer calls it so the first keystroke is not held up; the misspelt word
    builds the suggestion index)."""
    score(Draft.from_text("Dear Dana,\n\nThank you for the intervew.\n\nBest regards,\nAlex"))
