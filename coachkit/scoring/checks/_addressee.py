"""Two different companies named as the one the writer interviewed with, without notes.

Used by ``personalization.other_company`` when no notes name the company: a draft that
thanks "the team at Northwind" and then hopes to "join Globex" was pasted from an older
letter. Only places that name the employer being written to count (a role or an
interview at a company, joining it, its mission); the writer's own employer, tools,
places and people do not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from coachkit.scoring import spelling
from coachkit.scoring.checks._employer import is_period, own_employer_sentence, sentence_at
from coachkit.scoring.checks._util import signature_start
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Hit
from coachkit.scoring.text import blank_long_tokens

__all__ = ["company_mismatch"]

_CAP = r"[A-Z][\w&'’-]*"
_ORG = rf"{_CAP}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_CAP}){{0,3}}"
# a greeting to the company's hiring team ("Dear Acme Hiring Team")
_GREETING = re.compile(rf"(?:^|\n)(?:Dear|Hello|Hi|Good\s+\w+)[ \t]+(?:the[ \t]+)?"
                       rf"({_CAP}(?:[ \t]+{_CAP}){{0,2}}?)"
                       r"(?=[ \t]+(?:Hiring|Recruiting|Recruitment|HR|Talent|People)\b)")
# the company's success, growth or plans: a name of several words
_POSSESSIVE = re.compile(rf"({_CAP}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_CAP}){{1,3}})['’]s\s+"
                         r"(?:success|growth|goals|plans|products|reputation|brand|clients|"
                         r"commitment|approach|future)\b")
# the company the message is addressed to, in the places a letter names it
_SLOTS = (
    re.compile(rf"(?i:\b(?:interview(?:ed|ing|s)?|role|position|job|opening|post|vacancy|"
               rf"opportunity|career|future|place|team|everyone|everybody|people|staff|"
               rf"visit|day|morning|afternoon|tour)\s+(?:here\s+)?at)\s+(?:the\s+)?({_ORG})"),
    re.compile(rf"(?i:\b(?:visit\s+to|tour\s+of|visiting|touring))\s+(?:the\s+)?({_ORG})"),
    re.compile(rf"(?i:\b(?:role|position|job|opening|vacancy|opportunity|career|future)\s+"
               rf"with)\s+(?:the\s+)?({_ORG})"),
    re.compile(rf"(?i:\b(?:(?:an?\s+)?(?:asset|addition)\s+to|(?:good\s+|great\s+|strong\s+)?"
               rf"fit\s+(?:at|for|with)))\s+(?:the\s+)?({_ORG})"),
    re.compile(rf"(?i:\b(?:join|joining|be\s+part\s+of|becoming\s+part\s+of|become\s+part\s+of|"
               rf"contribute\s+to|contributing\s+to|work\s+for|working\s+for|work\s+at|"
               rf"working\s+at))\s+(?:the\s+)?({_ORG})"),
    # helping a company of three words or more ("help Bright Kettle Coffee grow"); two
    # may be a person
    re.compile(rf"(?i:\b(?:help|helping|support|supporting|serve|serving))\s+(?:the\s+)?"
               rf"({_CAP}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_CAP}){{2,3}})(?!['’])"),
    _GREETING,
    _POSSESSIVE,
    re.compile(rf"({_ORG})['’]s\s+(?:mission|culture|values|vision|hiring\s+(?:team|process)|"
               r"interview\s+process|customers|guests|students|patients|donors)\b"),
)
# "join the Acme Health team", "meeting the Bright Kettle team": a company of several
# words (one word before "team" may be a place or a department)
_TEAM = re.compile(rf"(?i:\b(?:join|joining|meet|meeting|met|thank|thanking|to)\s+the)\s+"
                   rf"({_CAP}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_CAP}){{1,3}})"
                   r"(?=[ \t]+(?:team|family)\b)")
# the words each place starts with (it is tried only where one of them is, and only where
# the next word is one of the last column: "" for any) or, for a company's mission and the
# like, the words it ends with: a few tries instead of a scan
_STARTS = (
    (_SLOTS[0], "interview interviewed interviewing interviews role position job opening post "
                "vacancy opportunity career future place team everyone everybody people staff "
                "visit day morning afternoon tour", "here at"),
    (_SLOTS[1], "visit", "to"),
    (_SLOTS[1], "tour", "of"),
    (_SLOTS[1], "visiting touring", ""),
    (_SLOTS[2], "role position job opening vacancy opportunity career future", "with"),
    (_SLOTS[3], "asset addition", "to"),
    (_SLOTS[3], "good great strong", "fit"),
    (_SLOTS[3], "fit", "at for with"),
    (_SLOTS[4], "join joining", ""),
    (_SLOTS[4], "be becoming become", "part"),
    (_SLOTS[4], "contribute contributing", "to"),
    (_SLOTS[4], "work working", "for at"),
    (_SLOTS[5], "help helping support supporting serve serving", ""),
    (_TEAM, "join joining meet meeting met thank thanking to", "the"),
)
_TEAM_WORDS = frozenset(("team", "family"))  # what _TEAM looks ahead to, in lower case
_ENDS = (
    (_POSSESSIVE, "success growth goals plans products reputation brand clients commitment "
                  "approach future"),
    (_SLOTS[-1], "mission culture values vision hiring interview customers guests students "
                 "patients donors"),
)


def _by_word(table: tuple[tuple[re.Pattern[str], str], ...]) -> dict[str, list[re.Pattern[str]]]:
    """Each word of a table of places, with the patterns to try where it is."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for pattern, words in table:
        for word in words.split():
            out.setdefault(word, []).append(pattern)
    return out


Place = tuple[re.Pattern[str], frozenset[str] | None]  # a pattern, the next words it allows


def _starts_by_word(table: tuple[tuple[re.Pattern[str], str, str], ...]
                    ) -> dict[str, list[Place]]:
    """Each first word of a place, with the patterns to try where it is and the next words
    each allows (None: any)."""
    out: dict[str, list[Place]] = {}
    for pattern, words, nexts in table:
        for word in words.split():
            out.setdefault(word, []).append((pattern, frozenset(nexts.split()) or None))
    return out


_START_WORDS, _END_WORDS = _starts_by_word(_STARTS), _by_word(_ENDS)
# the words only _TEAM starts with: not looked at in a text without its team words
_TEAM_ONLY = frozenset(w for w, places in _START_WORDS.items()
                       if all(p is _TEAM for p, _ in places))
# in the subject line, the company after "at", "with" or a dash ("Re: Analyst at Acme")
_SUBJECT_RE = re.compile(rf"(?:\b(?:at|with)\s+|[–—-]\s+)(?:the\s+)?({_ORG})")
# a capitalised word before one of these is a place, a site or a product, not the employer
_MODIFIES_RE = re.compile(
    r"[ \t]+(?:hub|office|offices|site|branch|store|campus|location|warehouse|unit|ward|"
    r"clinic|plant|cent(?:er|re)|facility|depot|program|programme|project|team|account|"
    r"brand|launch|product|platform|region|area|district|campaign|rollout|migration|"
    r"service|system|stack|database|course|exam|certification|role|position|"
    r"opening|vacancy|job)\b")
# the last word of a job title, which a subject line names beside the company
_TITLE_WORDS = frozenset({
    "engineer", "analyst", "nurse", "manager", "teacher", "coordinator", "supervisor", "director",
    "specialist", "assistant", "officer", "developer", "designer", "consultant", "associate",
    "representative", "lead", "intern", "administrator", "accountant", "clerk", "technician",
    "scientist", "researcher", "advisor", "adviser", "executive", "agent", "planner",
    "strategist", "writer", "editor", "producer", "therapist", "counsellor", "counselor",
    "librarian", "architect", "head", "principal", "receptionist", "cashier", "chef",
    "firefighter", "driver", "operator", "courier", "steward", "inspector", "electrician",
    "mechanic", "fitter", "apprentice", "trainee", "paramedic", "pharmacist", "surveyor",
    "lecturer", "tutor", "instructor", "handler", "adjuster", "underwriter", "auditor",
    "solicitor", "paralegal", "controller", "buyer", "merchandiser", "fellow",
})
# the sentence speaks of another process or offer, factually
_ELSEWHERE_RE = re.compile(r"\b(?:offers?|another|other|elsewhere|competing|also\s+"
                           r"(?:interviewing|have|had|got)|second\s+interview|first\s+choice|"
                           r"in\s+(?:the\s+)?process\s+with)\b", re.IGNORECASE)
_TITLED_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+([A-Z][\w'’-]+)")
# a letter names its addressee in its opening and closing lines; past this many characters
# (ten long letters) the text is no single letter, and the scan would only cost time
_SCAN_CHARS = 20_000
_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _people(ctx: Context) -> set[str]:
    """Lower-cased words that name people: the greeting, titled names, the signature."""
    text = ctx.text
    spans = [ctx.layout.greeting] if ctx.layout.greeting else []
    spans.append((signature_start(ctx), len(text)))
    words = {w.lower() for s, e in spans for w in _WORD_RE.findall(text, s, e)}
    words.update(m.group(1).lower() for m in _TITLED_RE.finditer(text, 0, _SCAN_CHARS))
    return words


def _core(name: str, ctx: Context) -> frozenset[str]:
    """The words that identify a company name: no suffix, article or period."""
    suffixes = ctx.rules.word_set("company_suffixes")
    words = [w for w in _WORD_RE.findall(name) if not is_period(w)]
    if words and words[0] in ("The", "A", "An"):
        words = words[1:]
    return frozenset(w.lower() for w in words if w.lower() not in suffixes)


def _mentions(ctx: Context) -> list[tuple[int, int, frozenset[str]]]:
    """Each place the draft names its addressee company, with the name's core words."""
    scan = blank_long_tokens(ctx.text)
    end = min(signature_start(ctx), _SCAN_CHARS)
    found = _places(ctx, scan, end)
    if ctx.subject_span:
        found += _SUBJECT_RE.finditer(scan, *ctx.subject_span)
    if len(found) < 2:  # one place names one company at most: nothing to tell apart
        return []
    ignore = _lowered(ctx.rules.word_set("not_companies"))
    named = []
    for m in found:
        name = re.sub(r"['’]s?$", "", m.group(1))
        core = _core(name, ctx)
        if core and not core & ignore:
            named.append((m, name, core))
    cores = list({core: None for _, _, core in named})
    if all(_same(a, b) for i, a in enumerate(cores) for b in cores[i + 1:]):
        return []  # every name is the same company's, however many of them count
    people = _people(ctx)
    out = {(m.start(1), m.start(1) + len(name), core) for m, name, core in named
           if _is_company(ctx, m, name, core, set() if m.re is _GREETING else people)}
    return sorted(out)


@functools.lru_cache(maxsize=8)
def _lowered(words: frozenset[str]) -> frozenset[str]:
    """``words`` in lower case (a rule pack's set, computed once per pack)."""
    return frozenset(w.lower() for w in words)


def _places(ctx: Context, scan: str, end: int) -> list[re.Match[str]]:
    """The places that may name the addressee, tried only where their words are."""
    index = ctx.word_index
    positions, following = index.positions, index.following
    team = not _TEAM_WORDS.isdisjoint(index.vocabulary)
    found: list[re.Match[str]] = []
    words = _START_WORDS.keys() & positions.keys()
    if not team:
        words -= _TEAM_ONLY
    for word in words:
        places = _START_WORDS[word]
        for pos in positions[word]:
            if pos >= end:
                continue
            after = following[pos]  # an ASCII word is whole: what the patterns spell
            for pattern, nexts in places:
                if ((nexts is None or after in nexts or not after.isascii())
                        and (team or pattern is not _TEAM)):
                    m = pattern.match(scan, pos, end)
                    if m:
                        found.append(m)
    for word in _END_WORDS.keys() & positions.keys():
        for pos in positions[word]:
            if pos >= end:
                continue
            low, high = max(0, pos - 120), pos + len(word) + 1
            # every pattern ending at these words has a possessive ('s) in it
            if scan.find("'s", low, high) != -1 or scan.find("’s", low, high) != -1:
                for pattern in _END_WORDS[word]:
                    found += pattern.finditer(scan, low, high)
    greeting = ctx.layout.greeting
    if greeting:
        found += _GREETING.finditer(scan, max(0, greeting[0] - 1), greeting[1])
    return found


def _is_company(ctx: Context, m: re.Match[str], name: str, core: frozenset[str],
                people: set[str]) -> bool:
    """Whether ``name``, found by ``m``, names a company the draft is addressed to."""
    text, stop = ctx.text, m.start(1) + len(name)
    lows = [w.lower() for w in _WORD_RE.findall(name)]
    markers = ctx.rules.word_set("company_markers") | ctx.rules.word_set("company_suffixes")
    if m.re is _POSSESSIVE and lows[-1] not in markers and spelling.frequency(lows[-1]) < 1000:
        return False  # "Priya Raghunathan's approach": a person's, not a company's
    if m.re not in (_POSSESSIVE, _SLOTS[-1]) and text.startswith(("'s", "’s"), stop):
        return False  # "join Priya's team": a person's team, not the company
    if (core <= people or lows[-1] in _TITLE_WORDS
            or (m.re is not _TEAM and _MODIFIES_RE.match(text, stop))
            or own_employer_sentence(ctx, m.start(1))
            or _elsewhere(ctx, m.start(1))):
        return False
    rare = not all(spelling.frequency(w) > 300 for w in core)
    if m.re is _TEAM:
        return rare  # "the Front Office team" is a department
    # several capitalised words, a company word at the end, or a word no dictionary knows
    return len(lows) > 1 or lows[-1] in markers or rare


def _elsewhere(ctx: Context, pos: int) -> bool:
    span = sentence_at(ctx, pos)
    return span is not None and bool(_ELSEWHERE_RE.search(ctx.text, *span))


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names are the same company: one within the other, or a rare word shared."""
    return a <= b or b <= a or any(spelling.frequency(w) < 2000 for w in a & b)


def company_mismatch(ctx: Context) -> Iterator[Hit]:
    """Flag a company named as the addressee when the draft names another one more often
    (or first): without notes, the odd one out is the likelier paste."""
    mentions = _mentions(ctx)
    groups: list[list[tuple[int, int, frozenset[str]]]] = []
    for mention in mentions:
        for group in groups:
            if _same(group[0][2], mention[2]):
                group.append(mention)
                break
        else:
            groups.append([mention])
    if len(groups) < 2:
        return
    low = ctx.text.lower()

    def weight(group: list[tuple[int, int, frozenset[str]]]) -> tuple[int, int]:
        name = ctx.text[group[0][0]:group[0][1]].lower()
        return (max(len(group), low.count(name)), -group[0][0])

    main = max(groups, key=weight)
    label = ctx.text[main[0][0]:main[0][1]]
    for group in groups:
        if group is main:
            continue
        for start, stop, _ in group:
            name = ctx.text[start:stop]
            yield Hit(start, stop, severity="warning", suggestion=label,
                      message=f"'{name}' and '{label}' are both named as the company you "
                              "are writing to: check which is right")
