"""Hide who wrote a draft, and to whom, before it goes on a projector.

The masker replaces, in the text and in every finding about it:

- e-mail addresses, web links and phone numbers;
- the interviewers' and the company's names from the scenario, in full, word by
  word and misspelt by up to two letters;
- the names the room gave (each participant's "Your name"), and the names greeted or
  signed in any of the room's drafts, in any case;
- the name after a greeting ("Dear Dana,") and every line under the sign-off;
- any other capitalised word (``Marcus``, ``Åsa``, ``Łukasz``) that is not a common
  English word, a month or day, or a term of the scenario; at the start of a sentence
  too, unless the draft also writes it in lower case or it is a common word with a
  suffix ("Frankly"); and the same word in lower case elsewhere in the draft;
- any word of another script (Cyrillic, Greek, CJK, Devanagari…) that is not common.

A name that is also an everyday word ("will", "hope") is hidden only when capitalised.

Spans move with the masking, so highlights stay on the words they were about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from coachkit.model import Draft, Finding, InterviewNotes
from coachkit.scoring.spelling import edit_distance, frequency
from coachkit.scoring.text import Layout, layout

__all__ = ["Masked", "Masker"]

# A run of address characters is only tried from its start: trying every position
# inside a long run made these two quadratic.
_EMAIL_RE = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_LINK_RE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w-])[\w-]+\.(?:com|org|net|io|co|uk|de)/\S*",
                      re.IGNORECASE)
_PHONE_RUN_RE = re.compile(r"(?<![\w])\+?\d[\d ().-]*")
# letters and the marks written on them (accents, vowel signs), so that a word in any
# script is one word
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
          "\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u3099\u309a")
_WORD_RE = re.compile(rf"[^\W\d_](?:[\w'’{_MARKS}-]*[\w{_MARKS}])?")
_GREETING_NAME_RE = re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day)|greetings)"
    r"[ \t]+(?P<name>[^,:!\n]+?)\s*[,:!]?\s*$", re.IGNORECASE)
_GENERIC_ADDRESSEES = {"team", "hiring", "manager", "sir", "madam", "all", "everyone",
                       "committee", "panel", "recruiter", "recruiting", "there", "colleagues"}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "and", "or"}
_PARTICLES = {"de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "du", "la",
              "le", "van", "von", "zu", "ten", "ter", "bin", "ibn", "al", "el", "y", "af", "av"}
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday"}
_COMMON = 20_000  # a capitalised word at least this frequent is read as an ordinary word
_EVERYDAY = 100_000  # a name this frequent as a word ("will", "hope") is one in lower case
_NAME_PART = _WORD_RE  # a word of a name: "O'Brien", "Anne-Marie", "Zieliński"
_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
# suffixes of ordinary words, and how common the stem must be (short ones need more)
_SUFFIXES = (*((s, 5_000) for s in ("ly", "ing", "tion", "tions", "ment", "ments", "ness",
                                    "less", "ful", "able", "ity", "ous", "ive", "ward",
                                    "wards", "ations", "ation", "ers", "er")),
             ("ed", 10_000), ("s", 10_000))
_GAP_RE = re.compile(r"[ \t]+")
_WORDISH_RE = re.compile(r"\w")
_EXTENSION_RE = re.compile(r"[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6}\b", re.IGNORECASE)


@dataclass(frozen=True)
class Masked:
    """A masked text and the findings moved onto it."""

    text: str
    findings: tuple[Finding, ...]
    masks: tuple[tuple[int, int, str], ...]  # spans of the original text and their labels


class Masker:
    """Masks the people, companies and contact details of one exercise's drafts."""

    def __init__(self, scenario: InterviewNotes | None = None, *,
                 participants: Iterable[str] = (), keep: Iterable[str] = (),
                 room: Iterable[str] = ()) -> None:
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
        self._parts = [n for n in self._names if " " not in n and len(n) >= 4]
        for text in room:  # whoever the room greets or signs as is known in every draft
            for word in self._greeted_and_signed(text):
                near = self._nearest(word) if len(word) >= 4 else None  # "Pria" is Priya
                self._names.setdefault(word, self._names[near] if near else "[Name]")
        self._known_re = _words_re(self._names)
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
        for regex, label in ((_EMAIL_RE, "[e-mail]"), (_LINK_RE, "[link]")):
            found += [(m.start(), m.end(), label) for m in regex.finditer(text)]
        found += _phones(text)
        if self._known_re is not None:
            found += self._known(text, self._known_re, self._names)
        lay = layout(text, body_start)
        greeting = self._greeting(text, lay)
        if greeting is not None:
            found.append((*greeting, "[Name]"))
        signed = [(s, e) for s, e in lay.lines
                  if lay.signoff is not None and s > lay.signoff[1] and text[s:e].strip()]
        found += [(s, e, "[Participant]") for s, e in signed]
        unknown = self._unknown_names(text, lay.sentences)
        found += unknown
        # a name seen once (capitalised, greeted, signed) is hidden in lower case too
        named = [*([greeting] if greeting else []), *signed[:1]]  # not a job title line
        seen = self._seen(text, unknown, named, {s for s, _ in lay.sentences})
        local = _words_re(seen)
        if local is not None:
            found += self._known(text, local, seen)
        return _merge(found)

    def _seen(self, text: str, unknown: Sequence[tuple[int, int, str]],
              named: Sequence[tuple[int, int]], starts: set[int]) -> dict[str, str]:
        """The draft's own names: words masked in mid-sentence, greeted or signed."""
        seen = {_base(w.group()): label for s, e, label in unknown
                for w in _WORD_RE.finditer(text, s, e)
                if not _sentence_start(text, w.start(), starts)}
        for s, e in named:
            seen.update((w, "[Name]") for w in self._name_words(text[s:e]))
        return {w: label for w, label in seen.items() if w not in self._names and len(w) > 1}

    def _known(self, text: str, regex: re.Pattern[str], names: dict[str, str]
               ) -> list[tuple[int, int, str]]:
        out = []
        for m in regex.finditer(text):
            base = _base(m.group())
            if m.group().islower() and frequency(base) >= _EVERYDAY:
                continue  # "will", "hope": a name only when capitalised
            out.append((m.start(), m.end(), names.get(base, "[Name]")))
        return out

    @staticmethod
    def _greeting(text: str, lay: Layout) -> tuple[int, int] | None:
        if lay.greeting is None:
            return None
        m = _GREETING_NAME_RE.match(text[lay.greeting[0]:lay.greeting[1]])
        if not m or set(m.group("name").lower().split()) & _GENERIC_ADDRESSEES:
            return None
        start = lay.greeting[0] + m.start("name")
        return start, start + len(m.group("name"))

    def _name_words(self, line: str) -> list[str]:
        """The words of a greeted or signed name that can only be a name."""
        return [low for w in _WORD_RE.findall(line)
                if (low := _base(w)) not in _TITLES and low not in _GENERIC_ADDRESSEES
                and low not in self._keep and frequency(low) < _EVERYDAY and len(low) > 1]

    def _greeted_and_signed(self, text: str) -> list[str]:
        draft = Draft.from_text(text)
        text = draft.text
        lay = layout(text, draft.body_offset)
        greeting = self._greeting(text, lay)
        lines = [text[s:e] for s, e in lay.lines
                 if lay.signoff and s > lay.signoff[1] and text[s:e].strip()][:1]
        if greeting:
            lines.append(text[greeting[0]:greeting[1]])
        return [w for line in lines if "@" not in line for w in self._name_words(line)]

    def _unknown_names(self, text: str, sentences: Sequence[tuple[int, int]]
                       ) -> list[tuple[int, int, str]]:
        starts = {s for s, _ in sentences}
        lower = {w for w in _WORD_RE.findall(text) if w.islower()}
        out = []
        run: list[tuple[int, str]] = []
        particles: list[tuple[int, str]] = []
        end = -1
        for m in _WORD_RE.finditer(text):
            pos, word = m.start(), m.group()
            joined = bool(run) and _GAP_RE.fullmatch(text, end, pos) is not None
            end = m.end()
            if joined and word in _PARTICLES:
                particles.append((pos, word))  # "da" in "Ana da Silva", if a name follows
                continue
            if self._looks_like_name(word, lambda p=pos: _sentence_start(text, p, starts),
                                     lower):
                run += [*particles, (pos, word)] if joined else [(pos, word)]
                if not joined:
                    out += self._flush(run[:-1])
                    run = run[-1:]
            else:
                out += self._flush(run)
                run = []
            particles = []
        return out + self._flush(run)

    def _flush(self, run: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
        if not run:
            return []
        last = run[-1][1]
        end = run[-1][0] + len(last) - (2 if last[-2:] in ("'s", "’s") else 0)
        return [(run[0][0], end, self._fuzzy_label(run))]

    def _looks_like_name(self, word: str, at_start: Callable[[], bool],
                         lower: set[str]) -> bool:
        low = _base(word)
        if low in self._keep or low in _CALENDAR or low in _TITLES or word == "I" \
                or low in _GENERIC_ADDRESSEES:
            return False
        if _foreign(word):  # another script: the word list cannot vouch for it
            return frequency(low) < _COMMON
        if not word[0].isupper() or word.isupper():
            return False
        if low in self._names:
            return True
        # a common word ("Have", "Dear", "Best") is neither a name nor a misspelt one
        return frequency(low) < _COMMON and (
            self._near_known(low) or not at_start()
            or (low not in lower and not _derived(low)))

    def _nearest(self, low: str) -> str | None:
        """The first known name part within two edits of ``low``, if any."""
        return next((p for p in self._parts
                     if abs(len(low) - len(p)) <= 2 and edit_distance(low, p) <= 2), None)

    def _near_known(self, low: str) -> bool:
        return len(low) >= 4 and self._nearest(low) is not None

    def _fuzzy_label(self, run: list[tuple[int, str]]) -> str:
        for _, word in run:
            low = _base(word)  # as _looks_like_name reads it
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
            f = _hide_correction(f, masks)
            moved.append(replace(
                f, start=start, end=max(start, end), text=masked[start:max(start, end)],
                message=self.mask_text(f.message),
                suggestion=self.mask_text(f.suggestion) if f.suggestion else f.suggestion,
                why=self.mask_text(f.why) if f.why else f.why))
        return Masked(masked, tuple(moved), tuple(masks))


def _hide_correction(f: Finding, masks: Sequence[tuple[int, int, str]]) -> Finding:
    """The finding with its suggestion hidden when it is about a hidden word: the spelling
    checker's correction of a masked name ("johana" -> "johanna") would show the name."""
    label = next((lab for s, e, lab in masks if s <= f.start and f.end <= e), None)
    if label is None or not f.suggestion:
        return f
    hide = re.compile(r"(?<!\w)" + re.escape(f.suggestion) + r"(?!\w)", re.IGNORECASE)
    return replace(f, message=hide.sub(label, f.message), suggestion=label,
                   why=hide.sub(label, f.why) if f.why else f.why)


def _sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    if pos in starts:
        return True
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(":  # walking back, not copying the text before
        i -= 1
    return i < 0 or text[i] in ".!?…:\n"


def _base(word: str) -> str:
    """The lower-cased word without a possessive 's."""
    return _POSSESSIVE_RE.sub("", word.lower())


def _derived(low: str) -> bool:
    """Whether the word is a common word with a suffix ("Frankly", "Seeded", "Abbreviations")
    or joins common words ("Seventh-Grade"): at the start of a sentence, no name."""
    if "-" in low:
        return all(frequency(part) >= 5_000 for part in low.split("-") if part)
    for suffix, least in _SUFFIXES:
        stem = low[:-len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3 and \
                max(frequency(stem), frequency(stem + "e")) >= least:
            return True
    return False


def _foreign(word: str) -> bool:
    """Whether the word has a letter of a script other than Latin (Cyrillic, Greek, CJK…)."""
    return any(ord(c) >= 0x370 and not 0x1E00 <= ord(c) <= 0x1EFF and c.isalpha()
               for c in word)


def _words_re(names: Mapping[str, str]) -> re.Pattern[str] | None:
    """Any of ``names`` as a whole word (or with a possessive 's), in any case."""
    if not names:
        return None
    alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return re.compile(r"(?<![\w])(?:" + alternatives + r")(?=['’]s(?![\w])|(?![\w]))",
                      re.IGNORECASE)


def _phones(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers: a digit, then at least six more digits and separators, then a digit,
    with no word character on either side."""
    out = []
    for m in _PHONE_RUN_RE.finditer(text):
        end = m.start() + len(m.group().rstrip(" ().-"))
        extension = _EXTENSION_RE.match(text, end)
        end = extension.end() if extension else end
        if end - m.start() >= 8 and (end == len(text) or not _WORDISH_RE.match(text, end)):
            out.append((m.start(), end, "[phone]"))
    return out


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
