"""Seed one known defect at a time into a good follow-up draft.

``seed_defects(text, notes, rng)`` returns one variant per defect type in
``DEFECTS`` order, each with the span ``[start, end)`` in the *new* text that
holds the inserted or changed material and the scorer category it belongs to.
The ``late`` variant leaves the text alone (span ``(0, 0)``): the caller sets
``sent_at`` to 100 or more hours after the interview.

Inserted sentences go after a full stop and a space inside the body, never in
the subject, greeting or sign-off. Everything is drawn from ``rng`` only, so a
given seed always yields the same variants.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DEFECTS",
    "DESPERATE",
    "PADDING",
    "PUSHY",
    "SLANG",
    "WRONG_COMPANIES",
    "Seeded",
    "seed_defect",
    "seed_defects",
]


@dataclass(frozen=True)
class Seeded:
    """One defective variant of a draft and where the defect sits."""

    text: str
    start: int
    end: int
    category: str
    defect: str


#: defect name -> category a scorer should report it under (order is output order)
DEFECTS: dict[str, str] = {
    "typo": "correctness",
    "repeated_word": "correctness",
    "placeholder": "correctness",
    "wrong_company": "personalization",
    "slang": "tone",
    "pushy": "tone",
    "desperate": "tone",
    "shouting": "tone",
    "padding": "concision",
    "late": "timeliness",
}

SLANG: tuple[str, ...] = (
    "Honestly it was super cool chatting, gonna keep my fingers crossed lol.",
    "Tbh the team seems awesome and I'm totally down to join.",
    "Y'all were so chill, I had a blast!",
    "No cap, this is basically my dream gig.",
    "Super stoked about this, it'd be a total vibe to work with you guys.",
    "Anyway, hit me up whenever, I'm pretty much free 24/7 haha.",
    "Lowkey think I nailed the interview, not gonna lie.",
    "It was awesome meeting everybody 😊.",
    "Can't wait to hear back, fingers crossed 🤞.",
    "Gotta say, the office vibes were on point.",
    "Btw, I'm def the right person for this, just saying.",
    "Thx again, you guys rock!",
    "Kinda feels like we really clicked, ngl.",
    "Hope it's cool if I bug you about it later, lol.",
)

PUSHY: tuple[str, ...] = (
    "Please get back to me ASAP with your decision.",
    "I expect to hear back by Friday.",
    "I need an answer by the end of this week.",
    "Please let me know your decision within 24 hours.",
    "I will call your office tomorrow morning to get your answer.",
    "If I do not hear from you by Monday, I will assume the answer is no.",
    "I have other offers on the table, so I need you to decide quickly.",
    "Kindly confirm my start date at your earliest convenience.",
    "I would appreciate a decision today, as my time is valuable.",
    "Please tell me right away whether I got the job.",
    "I expect a firm offer from you by the end of the day.",
    "Let me know ASAP so I can plan accordingly.",
    "I will keep following up every day until I hear back.",
)

DESPERATE: tuple[str, ...] = (
    "I really need this job.",
    "Please, I am begging you to give me a chance.",
    "This job would mean absolutely everything to me.",
    "I will do anything it takes to get this position, even work for free.",
    "I have been rejected so many times that I don't know what I'll do if this falls through.",
    "Honestly, I am desperate for any opportunity at this point.",
    "Please don't pass me over; I really can't afford another rejection.",
    "I am willing to accept any salary if you will just hire me.",
    "I haven't slept since the interview because I want this so badly.",
    "You are my last hope, so please say yes.",
    "I'll take any role at all, even one far below my experience.",
    "My family is counting on me getting this job.",
    "I've been out of work for months and I'm running out of options.",
)

PADDING: tuple[str, ...] = (
    "I just wanted to take this opportunity at this point in time to reach out in order to "
    "touch base with regard to the fact that I am still interested.",
    "Needless to say, it goes without saying that, for all intents and purposes, I am "
    "basically in a position to be able to contribute in a very real sense.",
    "In light of the fact that we spoke, I would like to take a moment to reiterate once "
    "again, at the end of the day, my interest in this particular opportunity.",
    "Due to the fact that I am the kind of person who is, in terms of my overall "
    "background, essentially well suited, I wanted to mention it.",
    "At this point in time, I would just like to say that, in my humble opinion, it is "
    "really quite important to note that I am actually very interested.",
    "For the purpose of following up, I am writing this email in order to basically let "
    "you know that I am reaching out.",
    "With regard to the matter of the role, I would like to make mention of the fact that "
    "I remain, as it were, interested in moving forward going forward.",
    "It is worth noting, in the event that it is helpful, that I have a great deal of "
    "experience in the area of a wide variety of different things.",
    "I would be remiss if I did not take the time out of my day to circle back and reach "
    "out once more in regard to this matter.",
    "In order to make sure that I am being as clear as possible, I just want to reiterate "
    "and restate again what I said before in the interview.",
    "As a matter of fact, in point of fact, I am the type of individual who tends to "
    "basically always give one hundred and ten percent at all times.",
    "Please allow me to take this moment in time to express, in no uncertain terms, my "
    "sincere and heartfelt gratitude and appreciation for the opportunity.",
    "Just to touch base and loop back around on the conversation we had, I wanted to "
    "follow up with a quick note to check in with regard to next steps.",
)

SHOUTED: tuple[str, ...] = (
    "I AM VERY EXCITED ABOUT THIS OPPORTUNITY.",
    "THIS ROLE IS PERFECT FOR ME.",
    "PLEASE LET ME KNOW AS SOON AS POSSIBLE.",
    "I REALLY WANT THIS JOB.",
    "I AM THE BEST CANDIDATE FOR THIS POSITION.",
    "THANK YOU SO MUCH FOR YOUR TIME.",
)

WRONG_COMPANIES: tuple[str, ...] = (
    "Globex Partners",
    "Initech",
    "Hooli",
    "Vandelay Industries",
    "Umbrella Health",
    "Stark Logistics",
    "Wayne Enterprises",
    "Cyberdyne Systems",
    "Redwood Lane Health",
    "Bluestone Retail Group",
    "Parkview Logistics",
    "Hollis & Crane Advisors",
    "Summit Ridge Credit Union",
)

COMPANY_PLACEHOLDERS: tuple[str, ...] = (
    "[Company Name]",
    "{company}",
    "<Company>",
    "[COMPANY]",
    "{{company_name}}",
)
PERSON_PLACEHOLDERS: tuple[str, ...] = (
    "[Interviewer Name]",
    "<Hiring Manager>",
    "{first_name}",
    "[Name]",
    "{{interviewer}}",
)

#: classic misspellings: correct -> wrong
CLASSIC_TYPOS: dict[str, str] = {
    "receive": "recieve",
    "received": "recieved",
    "believe": "beleive",
    "definitely": "definately",
    "separate": "seperate",
    "necessary": "neccessary",
    "opportunity": "oppurtunity",
    "environment": "enviroment",
    "experience": "experiance",
    "interview": "interveiw",
    "grateful": "greatful",
    "forward": "foward",
    "conversation": "converstion",
    "appreciate": "apreciate",
    "appreciated": "apreciated",
    "achieve": "acheive",
    "recommend": "reccomend",
    "schedule": "schedual",
    "until": "untill",
    "beginning": "begining",
    "colleague": "collegue",
    "colleagues": "collegues",
    "management": "managment",
    "position": "postion",
    "professional": "proffesional",
    "successful": "succesful",
    "calendar": "calender",
    "knowledge": "knowlege",
    "relevant": "relevent",
    "immediately": "immediatly",
    "excellent": "excelent",
    "questions": "quesitons",
    "thoughtful": "thougthful",
    "particularly": "particuarly",
    "especially": "especialy",
    "truly": "truely",
    "their": "thier",
    "which": "wich",
}

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _row in _KEYBOARD_ROWS:
    for _i, _ch in enumerate(_row):
        _NEIGHBOURS[_ch] = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]

_FUNCTION_WORDS = frozenset(
    "the a an to and of for in on with that this at as is was it be by from".split()  # noqa: SIM905
)
_ABBREVIATIONS = frozenset(
    "mr. ms. mrs. dr. prof. st. jr. sr. vs. e.g. i.e. a.m. p.m. no. approx. mt. ft.".split()  # noqa: SIM905
)
_EDGE_OPEN = "(\"'“‘"
_EDGE_CLOSE = ".,;:!?)\"'”’"
_GREETING_WORDS = ("dear", "hi", "hello", "hey", "good", "greetings", "to")
_TITLE = r"(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.? )?"

Notes = Mapping[str, Any]
Seeder = Callable[[str, Notes, random.Random], tuple[str, int, int]]


def seed_defects(text: str, notes: Notes, rng: random.Random) -> list[Seeded]:
    """Return one variant of ``text`` per defect type, in ``DEFECTS`` order."""
    return [seed_defect(defect, text, notes, rng) for defect in DEFECTS]


def seed_defect(defect: str, text: str, notes: Notes, rng: random.Random) -> Seeded:
    """Return a variant of ``text`` with the single named defect seeded."""
    try:
        seeder = _SEEDERS[defect]
    except KeyError:
        raise ValueError(f"unknown defect {defect!r}; expected one of {list(DEFECTS)}") from None
    new, start, end = seeder(text, notes, rng)
    return Seeded(new, start, end, DEFECTS[defect], defect)


# --- layout -----------------------------------------------------------------


# where a quoted email below the reply begins: "On Tue, 8 Sept 2026, Owen wrote:", an
# Outlook header ("From: ..."), a forwarded or original message's rule, or quoted lines
_QUOTE_START_RE = re.compile(
    r"^(?:On\s.{0,200}\swrote:|From:\s|-{2,}\s*(?:Original|Forwarded)\s+[Mm]essage|>)",
    re.MULTILINE)


def _body_bounds(text: str) -> tuple[int, int]:
    """Return (start, end) of the body: after the greeting, before the sign-off (of the
    reply, above any quoted email)."""
    quote = _QUOTE_START_RE.search(text)
    if quote:
        text = text[: quote.start()]
    lines: list[tuple[int, int]] = []  # (start, end) of each non-empty line
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw)
    if lines and text[lines[0][0] : lines[0][1]].lower().startswith("subject:"):
        lines = lines[1:]
    if not lines:
        return 0, len(text)
    start, end = lines[0][0], len(text)
    greeting = text[lines[0][0] : lines[0][1]]
    first_word = greeting.split()[0].lower().strip(",:")
    if len(greeting.split()) <= 10 and (
        greeting.endswith((",", ":")) or first_word in _GREETING_WORDS
    ):
        start = lines[0][1]
    if len(lines) >= 4:
        sign_off = text[lines[-2][0] : lines[-2][1]]
        if len(sign_off.split()) <= 6 and sign_off.endswith(","):
            end = lines[-2][0]
        else:
            end = lines[-1][0]
    return start, max(start, end)


def _sentence_starts(text: str, lo: int, hi: int) -> list[int]:
    """Return offsets in [lo, hi) that follow '. ' and begin a new sentence."""
    starts = []
    for m in re.finditer(r"\. (?=\S)", text[lo:hi]):
        j = lo + m.end()
        if not text[j].isupper():
            continue
        line_start = text.rfind("\n", 0, j) + 1
        token = text[line_start : j - 1].split()[-1]
        if token.lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Za-z]\.", token):
            continue
        if re.fullmatch(r"\s*\(?\d+\.", text[line_start : j - 1]):
            continue  # numbered-list marker such as "1. "
        starts.append(j)
    return starts


def _insert_sentence(text: str, sentence: str, rng: random.Random) -> tuple[str, int, int]:
    """Insert ``sentence`` at a random sentence boundary inside the body."""
    lo, hi = _body_bounds(text)
    starts = _sentence_starts(text, lo, hi)
    if starts:
        j = rng.choice(starts)
        return text[:j] + sentence + " " + text[j:], j, j + len(sentence)
    ends = [lo + m.start() + 1 for m in re.finditer(r"[.!?](?=\n)", text[lo:hi])]
    if ends:  # no inline boundary: append to the end of a paragraph
        j = rng.choice(ends)
        return text[:j] + " " + sentence + text[j:], j + 1, j + 1 + len(sentence)
    if hi < len(text):  # no sentences at all: put it just above the sign-off
        return text[:hi] + sentence + "\n\n" + text[hi:], hi, hi + len(sentence)
    sep = "" if not text or text.endswith(("\n", " ")) else " "
    j = len(text) + len(sep)
    return text + sep + sentence, j, j + len(sentence)


def _plain_words(text: str, notes: Notes) -> list[tuple[int, int, str]]:
    """Return (start, end, word) for body words made only of lowercase ASCII letters.

    Words are whitespace tokens stripped of edge punctuation, so URLs, e-mail
    addresses, contractions, hyphenated words and acronyms never qualify; words
    inside a mention of the company, role or an interviewer are left alone.
    """
    names = [str(notes.get("company") or ""), str(notes.get("role") or "")]
    names += [str(p) for p in notes.get("interviewers") or ()]
    protected = [
        (m.start(), m.end())
        for name in names
        if name
        for m in re.finditer(re.escape(name), text, re.IGNORECASE)
    ]
    lo, hi = _body_bounds(text)
    words = []
    for m in re.finditer(r"\S+", text[lo:hi]):
        token = m.group()
        core = token.lstrip(_EDGE_OPEN)
        start = lo + m.start() + len(token) - len(core)
        core = core.rstrip(_EDGE_CLOSE)
        end = start + len(core)
        if not (core.isascii() and core.isalpha() and core.islower()):
            continue
        if not any(a < end and start < b for a, b in protected):
            words.append((start, end, core))
    return words


def _name_words(notes: Notes) -> set[str]:
    """Return the lowercased words of the company, role and interviewer names."""
    parts = [str(notes.get("company") or ""), str(notes.get("role") or "")]
    parts += [str(p) for p in notes.get("interviewers") or ()]
    return {w.lower() for p in parts for w in re.findall(r"\w+", p)}


# --- seeders ----------------------------------------------------------------


def _misspell(word: str, rng: random.Random) -> str:
    """Return a misspelling of ``word`` by one inner-letter edit."""
    inner = range(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "double", "replace"))
    if op == "swap":
        pairs = [i for i in inner if i + 1 < len(word) - 1 and word[i] != word[i + 1]]
        if pairs:
            i = rng.choice(pairs)
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        op = "drop"
    i = rng.choice(list(inner))
    if op == "drop":
        return word[:i] + word[i + 1 :]
    if op == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    options = [c for c in _NEIGHBOURS.get(word[i], "e") if c != word[i]] or ["e"]
    return word[:i] + rng.choice(options) + word[i + 1 :]


def _seed_typo(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
    """Misspell one ordinary lowercase body word of five or more letters."""
    names = _name_words(notes)
    candidates = [w for w in _plain_words(text, notes) if len(w[2]) >= 5 and w[2] not in names]
    if not candidates:
        raise ValueError("no lowercase body word of 5+ letters to misspell")
    known = set(re.findall(r"[a-z]+", text.lower()))
    classic = [w for w in candidates if w[2] in CLASSIC_TYPOS]
    if classic and rng.random() < 0.5:
        start, end, word = rng.choice(classic)
        wrong = CLASSIC_TYPOS[word]
    else:
        start, end, word = rng.choice(candidates)
        for _ in range(10):
            wrong = _misspell(word, rng)
            if wrong != word and wrong not in known:
                break
        else:
            wrong = word[:-1] + word[-2:]  # double the second-last letter
    return text[:start] + wrong + text[end:], start, start + len(wrong)


def _seed_repeated_word(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
    """Write one lowercase body word twice in a row ("the the")."""
    candidates = [
        (start, end, word)
        for start, end, word in _plain_words(text, notes)
        if text[end : end + 1] == " " and not text[end + 1 :].startswith(word)
    ]
    if not candidates:
        raise ValueError("no body word to repeat")
    common = [w for w in candidates if w[2] in _FUNCTION_WORDS]
    start, end, word = rng.choice(common if common and rng.random() < 0.7 else candidates)
    return text[:end] + " " + word + text[end:], start, end + 1 + len(word)


def _seed_placeholder(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
    """Replace the company or an interviewer's name with a template placeholder."""
    targets: list[tuple[int, int, str]] = []
    company = str(notes.get("company") or "")
    hi = _body_bounds(text)[1]
    if company:
        targets += [
            (m.start(), m.end(), "company") for m in re.finditer(re.escape(company), text[:hi])
        ]
    for person in notes.get("interviewers") or ():
        for part in str(person).split():
            pattern = _TITLE + re.escape(part) + r"(?![\w'’-])"
            for m in re.finditer(r"(?<![\w-])" + pattern, text[:hi]):
                targets.append((m.start(), m.end(), "person"))
    if not targets:
        sentence = f"I look forward to hearing from {rng.choice(COMPANY_PLACEHOLDERS)}."
        return _insert_sentence(text, sentence, rng)
    companies = [t for t in targets if t[2] == "company"]
    people = [t for t in targets if t[2] == "person"]
    pool = companies if companies and (not people or rng.random() < 0.6) else people
    start, end, what = rng.choice(pool)
    placeholder = rng.choice(COMPANY_PLACEHOLDERS if what == "company" else PERSON_PLACEHOLDERS)
    return text[:start] + placeholder + text[end:], start, start + len(placeholder)


def _seed_wrong_company(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
    """Replace one mention of the company with another company's name."""
    company = str(notes.get("company") or "")
    first = company.split()[0].lower() if company else ""
    others = [
        c for c in WRONG_COMPANIES if c.lower() != company.lower() and c.split()[0].lower() != first
    ]
    other = rng.choice(others)
    spots = [m.start() for m in re.finditer(re.escape(company), text)] if company else []
    if spots:
        s = rng.choice(spots)
        return text[:s] + other + text[s + len(company) :], s, s + len(other)
    sentence = f"I would be proud to join {other} and contribute from day one."
    new, start, _ = _insert_sentence(text, sentence, rng)
    s = start + sentence.index(other)
    return new, s, s + len(other)


def _seed_shouting(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
    """Upper-case a run of three or more ordinary body words, or add a shouted sentence."""
    runs: list[list[tuple[int, int, str]]] = []
    for word in _plain_words(text, notes):
        if runs and runs[-1][-1][1] + 1 == word[0] and text[word[0] - 1] == " ":
            runs[-1].append(word)
        else:
            runs.append([word])
    runs = [run for run in runs if len(run) >= 3]
    if runs and rng.random() < 0.6:
        run = rng.choice(runs)
        size = rng.randint(3, min(6, len(run)))
        first = rng.randint(0, len(run) - size)
        start, end = run[first][0], run[first + size - 1][1]
        return text[:start] + text[start:end].upper() + text[end:], start, end
    return _insert_sentence(text, rng.choice(SHOUTED), rng)


def _inserter(sentences: tuple[str, ...]) -> Seeder:
    """Return a seeder that inserts one of ``sentences`` at a body sentence boundary."""

    def insert(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
        return _insert_sentence(text, rng.choice(sentences), rng)

    return insert


def _seed_late(text: str, notes: Notes, rng: random.Random) -> tuple[str, int, int]:
    """Leave the text alone; lateness lives in the caller's ``sent_at``."""
    return text, 0, 0


_SEEDERS: dict[str, Seeder] = {
    "typo": _seed_typo,
    "repeated_word": _seed_repeated_word,
    "placeholder": _seed_placeholder,
    "wrong_company": _seed_wrong_company,
    "slang": _inserter(SLANG),
    "pushy": _inserter(PUSHY),
    "desperate": _inserter(DESPERATE),
    "shouting": _seed_shouting,
    "padding": _inserter(PADDING),
    "late": _seed_late,
}
