"""Hide who wrote a draft, and to whom, before it goes on a projector.

The masker replaces, in the text and in every finding about it:

- e-mail addresses, web links and phone numbers;
- the interviewers' and the company's names from the scenario, in full, word by
  word and misspelt by up to two letters;
- the names the room gave (each participant's "Your name");
- the name after a greeting ("Dear Dana,") and every line under the sign-off;
- any other capitalised word in mid-sentence that is not a common English word,
  a month or day, or a term of the scenario (``Marcus`` in "I enjoyed meeting Marcus").

Spans move with the masking, so highlights stay on the words they were about.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from coachkit.model import Draft, Finding, InterviewNotes
from coachkit.scoring.spelling import edit_distance, frequency
from coachkit.scoring.text import layout

__all__ = ["Masked", "Masker"]

_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|uk|de)/\S*",
                      re.IGNORECASE)
_PHONE_RE = re.compile(r"(?<![\w])\+?\d[\d ().-]{6,}\d(?![\w])")
_CAPITALISED_RE = re.compile(r"\b[A-Z](?:[\w'’-]*\w)?(?:[ \t]+[A-Z](?:[\w'’-]*\w)?)*")
_GREETING_NAME_RE = re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day)|greetings)"
    r"[ \t]+(?P<name>[^,:!\n]+?)\s*[,:!]?\s*$", re.IGNORECASE)
_GENERIC_ADDRESSEES = {"team", "hiring", "manager", "sir", "madam", "all", "everyone",
                       "committee", "panel", "recruiter", "recruiting", "there", "colleagues"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday"}
_COMMON = 20_000  # a capitalised word at least this frequent is read as an ordinary word
_NAME_PART = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*\w")  # a closing quote is not part of it


@dataclass(frozen=True)
class Masked:
    """A masked text and the findings moved onto it."""

    text: str
    findings: tuple[Finding, ...]
    masks: tuple[tuple[int, int, str], ...]  # spans of the original text and their labels


class Masker:
    """Masks the people, companies and contact details of one exercise's drafts."""

    def __init__(self, scenario: InterviewNotes | None = None, *,
                 participants: Iterable[str] = (), keep: Iterable[str] = ()) -> None:
        scenario = scenario or InterviewNotes()
        self._names: dict[str, str] = {}  # lower-cased name or name part -> label
        for person in scenario.interviewers:
            self._add(person, "[Interviewer]")
        if scenario.company:
            self._add(scenario.company, "[Company]", parts=False)
            for part in _NAME_PART.findall(scenario.company):
                if frequency(part.lower()) < _COMMON:
                    self._names.setdefault(part.lower(), "[Company]")
        for person in participants:
            if person and person.strip():
                self._add(person, "[Participant]")
        from coachkit.scoring.rules import default_rules

        terms = [*scenario.topics, *scenario.concerns, *scenario.vocabulary,
                 scenario.role or "", *keep]
        self._keep = {w.lower() for t in terms for w in _NAME_PART.findall(t)}
        self._keep |= default_rules().vocabulary
        self._keep -= set(self._names)
        names = sorted(self._names, key=len, reverse=True)
        self._known_re = (re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names))
                                     + r")(?=['’]s(?![\w])|(?![\w]))", re.IGNORECASE)
                          if names else None)
        self._parts = [n for n in self._names if " " not in n and len(n) >= 4]

    def _add(self, name: str, label: str, parts: bool = True) -> None:
        name = " ".join(name.split())
        if not name:
            return
        self._names.setdefault(name.lower(), label)
        if parts:
            for part in _NAME_PART.findall(name):
                self._names.setdefault(part.lower(), label)

    # -- finding what to mask --------------------------------------------------------
    def spans(self, text: str, body_start: int = 0) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, label) spans of ``text`` to hide, in order."""
        found: list[tuple[int, int, str]] = []
        for regex, label in ((_EMAIL_RE, "[e-mail]"), (_LINK_RE, "[link]"),
                             (_PHONE_RE, "[phone]")):
            found += [(m.start(), m.end(), label) for m in regex.finditer(text)]
        if self._known_re is not None:
            for m in self._known_re.finditer(text):
                base = re.sub(r"['’]s$", "", m.group(), flags=re.IGNORECASE).lower()
                found.append((m.start(), m.end(), self._names.get(base, "[Name]")))
        lay = layout(text, body_start)
        if lay.greeting is not None:
            line = text[lay.greeting[0]:lay.greeting[1]]
            m = _GREETING_NAME_RE.match(line)
            if m and not set(m.group("name").lower().split()) & _GENERIC_ADDRESSEES:
                start = lay.greeting[0] + m.start("name")
                found.append((start, start + len(m.group("name")), "[Name]"))
        if lay.signoff is not None:
            for s, e in lay.lines:
                if s > lay.signoff[1] and text[s:e].strip():
                    found.append((s, e, "[Participant]"))
        found += self._unknown_names(text, lay.sentences)
        return _merge(found)

    def _unknown_names(self, text: str, sentences: Sequence[tuple[int, int]]
                       ) -> list[tuple[int, int, str]]:
        starts = {s for s, _ in sentences}
        out = []
        for m in _CAPITALISED_RE.finditer(text):
            words = [(w.start() + m.start(), w.group()) for w in _NAME_PART.finditer(m.group())]
            run: list[tuple[int, str]] = []
            for pos, word in [*words, (-1, "")]:
                if pos >= 0 and self._looks_like_name(word, pos, text, starts):
                    run.append((pos, word))
                    continue
                if run:
                    label = self._fuzzy_label(run)
                    last = run[-1][1]
                    end = run[-1][0] + len(last) - (2 if last[-2:] in ("'s", "’s") else 0)
                    out.append((run[0][0], end, label))
                    run = []
        return out

    def _looks_like_name(self, word: str, pos: int, text: str, starts: set[int]) -> bool:
        low = re.sub(r"['’]s$", "", word.lower())
        if word.isupper() or low in self._keep or low in _CALENDAR or word == "I" or \
                low in _GENERIC_ADDRESSEES:
            return False
        if low in self._names:
            return True
        rare = frequency(low) < _COMMON  # a common word ("Have", "Dear") is no misspelt name
        if rare and self._near_known(low):
            return True
        if _sentence_start(text, pos, starts):
            return False
        return rare

    def _nearest(self, low: str) -> str | None:
        """The first known name part within two edits of ``low``, if any."""
        return next((p for p in self._parts
                     if abs(len(low) - len(p)) <= 2 and edit_distance(low, p) <= 2), None)

    def _near_known(self, low: str) -> bool:
        return len(low) >= 4 and self._nearest(low) is not None

    def _fuzzy_label(self, run: list[tuple[int, str]]) -> str:
        for _, word in run:
            low = re.sub(r"['’]s$", "", word.lower())  # as _looks_like_name reads it
            label = self._names.get(low)
            if label is None and (near := self._nearest(low)) is not None:
                label = self._names[near]
            if label:
                return label
        return "[Name]"

    # -- masking -------------------------------------------------------------------
    def mask_text(self, text: str) -> str:
        """``text`` with every name and contact detail replaced by its label."""
        return _apply(text, self.spans(text))

    def mask(self, draft: Draft | str, findings: Sequence[Finding] = ()) -> Masked:
        """The draft's text masked, with each finding moved onto it and its wording
        (the flagged text, message and suggestion) masked too."""
        text = draft.text if isinstance(draft, Draft) else draft
        body_start = draft.body_offset if isinstance(draft, Draft) else 0
        masks = self.spans(text, body_start)
        masked = _apply(text, masks)
        where = _Mapper(masks)
        moved = []
        for f in findings:
            start, end = where.start(f.start), where.end(f.end)
            moved.append(replace(
                f, start=start, end=max(start, end), text=masked[start:max(start, end)],
                message=self.mask_text(f.message),
                suggestion=self.mask_text(f.suggestion) if f.suggestion else f.suggestion,
                why=self.mask_text(f.why) if f.why else f.why))
        return Masked(masked, tuple(moved), tuple(masks))


def _sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    if pos in starts:
        return True
    before = text[:pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?…:\n"


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans joined (the first label wins), sorted by start."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in sorted(spans, key=lambda t: (t[0], -t[1])):
        if out and s < out[-1][1]:
            ps, pe, plabel = out[-1]
            out[-1] = (ps, max(pe, e), plabel)
        else:
            out.append((s, e, label))
    return out


def _apply(text: str, masks: Sequence[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for s, e, label in masks:
        out += [text[pos:s], label]
        pos = e
    out.append(text[pos:])
    return "".join(out)


class _Mapper:
    """Moves offsets of the original text onto the masked text."""

    def __init__(self, masks: Sequence[tuple[int, int, str]]) -> None:
        self.masks = masks

    def _shift(self, pos: int, inside_to_end: bool) -> int:
        shift = 0
        for s, e, label in self.masks:
            if pos >= e:
                shift += len(label) - (e - s)
            elif pos > s:
                return s + shift + (len(label) if inside_to_end else 0)
            else:
                break
        return pos + shift

    def start(self, pos: int) -> int:
        return self._shift(pos, False)

    def end(self, pos: int) -> int:
        return self._shift(pos, True)
