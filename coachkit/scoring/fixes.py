"""One-click fixes: put a finding's suggestion in place of the text it points at.

A fix is *safe* (``is_safe``) when its suggestion is text to write, not advice:

- the finding has a suggestion and a non-empty span, and is about that span (not a
  finding about the whole message, such as its length);
- the suggestion is literal text ("going to", "receive", "."). One with a bracketed
  alternative ("I want to (or leave out)") gives its first part. Advice in brackets,
  placeholders or alternatives ("(start with the point)", "Dear <interviewer's name>",
  "in / for / about") is never written into a message;
- "(leave out)" is a deletion, applied only where it leaves a clean sentence (see
  ``plan``): a single word, or a phrase set off by commas or opening a sentence before a
  comma. A phrase in the middle of a sentence needs rewording, so it is left to the user;
- not a guess the kit cannot stand behind: an unsure spelling suggestion (a capitalised
  or short word may be a name or an abbreviation), or another company's name (it may be
  the writer's own employer, so the writer replaces it).

Where a fix is applied (``plan``, ``apply_fixes``): the text must still hold the
finding's text at its span; the span must not touch a name the caller keeps (the
interviewers and the company from the notes), except for the check that corrects the
spelling of those names; fixes never overlap (when two do, the more severe one, then the
earlier one, is applied). A replacement keeps the span's own surrounding white space and
starts with a capital where the span started a sentence with one; a deletion at the
start of a sentence capitalises the word that now starts it. Fixes are applied from the
end of the text backwards, so earlier offsets stay valid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coachkit.labels import SEVERITY_RANK
from coachkit.model import Finding, InterviewNotes

__all__ = [
    "Edit",
    "FixResult",
    "Skipped",
    "apply_fixes",
    "apply_one",
    "describe",
    "is_safe",
    "names_to_keep",
    "plan",
    "replacement",
    "starts_sentence",
    "unsafe_reason",
]

LEAVE_OUT = "(leave out)"
# checks whose suggestion is a guess the writer must confirm, and why
_NOT_AUTOMATIC = {
    "personalization.other_company": "it may name your own employer: replace it yourself",
}
# checks that correct the spelling of the very names the caller keeps
_NAME_RULES = frozenset({"personalization.name_spelling"})
# advice written without brackets in the built-in phrase lists
_ADVICE = frozenset({"shorten it instead"})
_ALTERNATIVE_RE = re.compile(r"\s*\(or [^()]*\)\s*$")
_NOT_LITERAL = set("()<>[]{}/…")
_SPACES = " \t"


@dataclass(frozen=True)
class Edit:
    """Write ``text`` in place of ``[start, end)`` of the original text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Skipped:
    """A finding left as it was, and why."""

    finding: Finding
    reason: str


@dataclass(frozen=True)
class FixResult:
    """The fixed text, the findings applied (with their edits, in text order) and the
    findings skipped with a reason."""

    text: str
    applied: tuple[Finding, ...]
    skipped: tuple[Skipped, ...]
    edits: tuple[Edit, ...]


def replacement(finding: Finding) -> str | None:
    """The literal text the suggestion asks for ("" to leave the span out), or None when
    the suggestion is advice rather than text."""
    raw = finding.suggestion
    if not raw:
        return None
    if not raw.strip():
        return raw  # white space itself: one space for two
    core = raw.strip()
    if core.lower() == LEAVE_OUT:
        return ""
    core = _ALTERNATIVE_RE.sub("", core)
    if not core or _NOT_LITERAL & set(core) or core.lower() in _ADVICE:
        return None
    return core


def unsafe_reason(finding: Finding) -> str | None:
    """Why the finding's suggestion cannot be applied as it stands; None when it can."""
    if not finding.suggestion:
        return "no suggestion to apply"
    if finding.scope == "message":
        return "about the whole message, not a phrase to replace"
    if finding.end <= finding.start:
        return "no text to replace"
    if finding.rule in _NOT_AUTOMATIC:
        return _NOT_AUTOMATIC[finding.rule]
    if finding.rule == "correctness.spelling" and finding.severity != "error":
        return "an unsure spelling guess: it may be a name or an abbreviation"
    new = replacement(finding)
    if new is None:
        return "advice, not a replacement: reword it yourself"
    if new == finding.text.strip() and new:
        return "already as suggested"
    return None


def is_safe(finding: Finding) -> bool:
    """Say whether the finding's suggestion can be applied in one click."""
    return unsafe_reason(finding) is None


def describe(finding: Finding) -> str:
    """The fix in a few words: “gonna” → “going to”, or leave out “basically”."""
    quoted = finding.text.strip()
    quoted = quoted if len(quoted) <= 60 else quoted[:57] + "…"
    new = replacement(finding)
    if new == "":
        return f"leave out “{quoted}”"
    shown = (new if new is not None else finding.suggestion or "").strip()
    return f"“{quoted}” → “{shown}”"


def names_to_keep(notes: InterviewNotes | None) -> tuple[str, ...]:
    """The names a fix must not change: the interviewers (whole and each part) and the
    company, from the notes."""
    if notes is None:
        return ()
    names: list[str] = []
    for person in notes.interviewers:
        names.append(person)
        names.extend(part for part in person.split() if len(part) >= 2)
    if notes.company:
        names.append(notes.company)
    return tuple(dict.fromkeys(n.strip() for n in names if n.strip()))


def plan(text: str, finding: Finding, keep: Sequence[str] = ()) -> Edit | str:
    """The edit that applies the finding to ``text``, or why it cannot be applied."""
    reason = unsafe_reason(finding)
    if reason is not None:
        return reason
    start, end = finding.start, finding.end
    if text[start:end] != finding.text:
        return "the text changed since it was scored"
    if finding.rule not in _NAME_RULES and _touches_names(text, start, end, keep):
        return "inside a name from your notes"
    new = replacement(finding) or ""
    if new == "":
        return _deletion(text, start, end) or "leaving it out would need rewording"
    return Edit(start, end, _fitted(text, start, end, new))


def apply_fixes(text: str, findings: Iterable[Finding], *,
                keep: Sequence[str] = ()) -> FixResult:
    """Apply every safe suggestion that fits; say which were applied and which skipped."""
    chosen: list[tuple[Edit, Finding]] = []
    skipped: list[Skipped] = []
    last = len(SEVERITY_RANK)  # an unknown severity sorts after the known ones
    ordered = sorted(findings, key=lambda f: (SEVERITY_RANK.get(f.severity, last), f.start,
                                              f.end, f.rule))
    for finding in ordered:
        edit = plan(text, finding, keep)
        if isinstance(edit, str):
            skipped.append(Skipped(finding, edit))
        elif any(edit.start < e.end and e.start < edit.end for e, _ in chosen):
            skipped.append(Skipped(finding, "overlaps another fix"))
        else:
            chosen.append((edit, finding))
    chosen.sort(key=lambda pair: pair[0].start)
    out = text
    for edit, _ in reversed(chosen):
        out = out[:edit.start] + edit.text + out[edit.end:]
    return FixResult(out, tuple(f for _, f in chosen), tuple(skipped),
                     tuple(e for e, _ in chosen))


def apply_one(text: str, finding: Finding, *, keep: Sequence[str] = ()) -> str:
    """Apply one finding's suggestion; ValueError says why when it cannot be applied."""
    edit = plan(text, finding, keep)
    if isinstance(edit, str):
        raise ValueError(f"Cannot apply “{finding.suggestion}”: {edit}.")
    return text[:edit.start] + edit.text + text[edit.end:]


# -- where the edit goes -------------------------------------------------------------
def _touches_names(text: str, start: int, end: int, keep: Sequence[str]) -> bool:
    window = text[max(0, start - 200):end + 200].lower()
    offset = max(0, start - 200)
    for name in keep:
        pattern = r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)"
        for m in re.finditer(pattern, window):
            if m.start() + offset < end and start < m.end() + offset:
                return True
    return False


def starts_sentence(text: str, pos: int) -> bool:
    """Whether a sentence starts at ``pos``: the start of the text, of a paragraph or of
    the subject, or after a full stop, question or exclamation mark."""
    j = pos
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or "\n\n" in text[j:pos] or text[j - 1] in ".!?":
        return True
    head = text[:j]
    return "\n" not in head and head.lower().lstrip("\ufeff ").rstrip(":") == "subject"


def _fitted(text: str, start: int, end: int, new: str) -> str:
    """The replacement with the span's own outer white space, capitalised where the span
    starts a sentence with a capital."""
    old = text[start:end]
    if not new.strip():
        return new
    lead = old[:len(old) - len(old.lstrip())]
    trail = old[len(old.rstrip()):]
    core = new.strip()
    first = old.lstrip()[:1]
    if first.isupper() and core[0].islower() and starts_sentence(text, start + len(lead)):
        core = core[0].upper() + core[1:]
    return lead + core + trail


def _deletion(text: str, start: int, end: int) -> Edit | None:
    """The edit that leaves ``text[start:end]`` out cleanly, or None when it cannot."""
    single = not any(ch.isspace() for ch in text[start:end].strip())
    after = end
    while after < len(text) and text[after] in _SPACES:
        after += 1
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    stop = end == len(text) or text[end] in ".!?;:\n"
    if starts_sentence(text, start):
        return _deletion_at_start(text, start, end, single=single)
    if before < start and before > 0 and text[before - 1] == ",":
        if text[end:end + 1] == ",":
            return Edit(before - 1, end + 1, "")  # "I am, needless to say, glad"
        if stop:
            return Edit(before - 1, end, "")  # "a good chat, tbh."
        return None
    if not single or before == start:
        return None
    if after > end and after < len(text) and (text[after].isalnum() or text[after] in "'‘“\""):
        return Edit(start, after, "")  # "I basically built" -> "I built"
    if stop:
        return Edit(before, end, "")  # "it went well basically." -> "it went well."
    return None


def _deletion_at_start(text: str, start: int, end: int, *, single: bool) -> Edit | None:
    nxt = end + 1 if text[end:end + 1] == "," else end
    if nxt == end and not single:
        return None  # "Allow me to introduce…": the rest may not stand alone
    after = nxt
    while after < len(text) and text[after] in _SPACES:
        after += 1
    if after == nxt or after >= len(text) or not text[after].isalpha():
        return None
    if text[start].isupper() and text[after].islower():
        return Edit(start, after + 1, text[after].upper())
    return Edit(start, after, "")
