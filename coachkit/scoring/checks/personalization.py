"""Personalization: the right names, the right company, something specific from the interview."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from coachkit.scoring import spelling
from coachkit.scoring.checks._company import (
    CAP_WORD_RE,
    ORG_CONTEXTS,
    PLACE_WORDS,
    TITLES,
    company_core,
    mentions_company,
    notes_names,
    other_company,
)
from coachkit.scoring.checks._interview_day import wrong_interview_days
from coachkit.scoring.checks._names import (
    folded,
    greets_by_short_name,
    short_for,
    speaks_of_interviewers,
    writes_to_a_go_between,
)
from coachkit.scoring.checks._topics import (
    answers_a_request,
    body_stems,
    covers,
    lists_topics,
    stems_of,
    takes_up_a_topic,
)
from coachkit.scoring.checks._util import bare_name_ending, first_line, name_after_closing
from coachkit.scoring.checks.timeliness import check_in_waited
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit
from coachkit.scoring.text import SALUTATION, Span


def _content_span(ctx: Context) -> Span:
    """The first sentence after the greeting, for findings about the whole message."""
    for s, e in ctx.layout.sentences:
        if ctx.layout.greeting is None or s >= ctx.layout.greeting[1]:
            return (s, e)
    return first_line(ctx)


def _names_an_interviewer(ctx: Context, names: list[list[str]]) -> bool:
    """Whether the body names one of the interviewers (``names``: their name parts)."""
    words = {w.lower() for w in ctx.body_words}
    return any(p.lower() in words for parts in names for p in parts)


def _interviewer_named(ctx: Context) -> Iterator[Hit]:
    names = notes_names(ctx)
    if not names:
        return
    named = _names_an_interviewer(ctx, names)
    if not named and not greets_by_short_name(ctx, names) and not writes_to_a_go_between(ctx):
        who = " or ".join(parts[0] for parts in names)
        span = ctx.layout.greeting or first_line(ctx)
        yield Hit(*span, message=f"Name the person who interviewed you ({who})")


# a saint's or a place's name ("St. Brendan's Medical Center", "Fort Worth") is no one's
# name misspelled
_PLACE_BEFORE_RE = re.compile(r"\b(?:St|Ste|Saint|Mt|Mount|Fort|Port|Lake|San|Santa)\.?[ \t]+$")


# a doctor's or a professor's title before a name in the notes, and the plain titles that
# drop it
_EARNED_TITLE_RE = re.compile(r"(?:Dr|Doctor|Prof|Professor)\.?(?=[ \t])")
_PLAIN_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx)\.?"


def _wrong_title(ctx: Context) -> Iterator[Hit]:
    """'Mr Pascoe' or 'Ms Sithole' for an interviewer the notes call 'Dr Morwenna Pascoe'
    or 'Professor Lindiwe Sithole' (a surname no other interviewer shares)."""
    if not ctx.notes:
        return
    earned: dict[str, str] = {}
    surnames: list[str] = []
    for name in ctx.notes.interviewers:
        parts = name.split()
        if len(parts) < 2:
            continue
        surnames.append(parts[-1])
        title = _EARNED_TITLE_RE.match(name)
        if title:
            earned[parts[-1]] = title.group()
    for surname, title in earned.items():
        if surnames.count(surname) > 1:
            continue  # two interviewers of one name: which one is meant is not known
        pattern = re.compile(rf"\b{_PLAIN_TITLE}[ \t]+{re.escape(surname)}\b")
        for m in pattern.finditer(ctx.text, ctx.body_start, ctx.content_end):
            yield Hit(m.start(), m.end(), suggestion=f"{title} {surname}",
                      message=f"Your notes call this interviewer {title} {surname}: a dropped "
                              f"title reads as careless; write '{title} {surname}'")


# a first name and a surname: "pass on my thanks to Dave Fuller"
_FULL_NAME_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)\b")


def _wrong_first_name(ctx: Context, names: list[list[str]]) -> Iterator[Hit]:
    """An interviewer's surname after another first name ("Dave Fuller" when the notes
    name Dean Fuller, given the notes' ``names``): the slip of a writer who half-remembered
    the name."""
    parts = {part.lower() for name in names for part in name}
    by_surname = {name[-1].lower(): name[0] for name in names if len(name) >= 2}
    if not by_surname:
        return
    company = (ctx.notes.company or "").lower() if ctx.notes else ""
    text = ctx.text
    for m in _FULL_NAME_RE.finditer(text, ctx.body_start, ctx.content_end):
        first, surname = m.group(1), m.group(2)
        right = by_surname.get(surname.lower())
        low = first.lower()
        if (right is None or low in parts or low in _NOT_A_NAME
                or spelling.frequency(low) > 20_000 or f"{low} {surname.lower()}" in company
                or _NEXT_CAP_RE.match(text, m.end())
                or _CAP_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())):
            continue  # part of a longer name ("Ms. Dela Cruz", "the Linden Park Inn")
        yield Hit(m.start(1), m.end(1), suggestion=right,
                  message=f"Your notes name this interviewer '{right} {surname}'")


def _name_spelling(ctx: Context) -> Iterator[Hit]:
    yield from _wrong_title(ctx)
    interviewers = notes_names(ctx)
    yield from _wrong_first_name(ctx, interviewers)
    names = [p for parts in interviewers for p in parts if len(p) >= 3]
    if not names:
        return
    exact = {n.lower() for n in names}
    known = ctx.known_names
    org_words = ctx.rules.word_set("company_markers") | ctx.rules.word_set("company_suffixes")
    # the writer's own name, signing a note whose closing the layout did not find
    signed = (name_after_closing(ctx) or bare_name_ending(ctx)
              if ctx.content_end == len(ctx.text) else None)
    for m in CAP_WORD_RE.finditer(ctx.text, ctx.body_start, ctx.content_end):
        if signed is not None and signed[0] <= m.start() < signed[1]:
            continue
        word = re.sub(r"['’]s$", "", m.group())
        low = word.lower()
        if low in exact or low in known or low in _NOT_A_NAME or _PLACE_BEFORE_RE.search(
                ctx.text, max(0, m.start() - 8), m.start()):
            continue
        if _SALUTATION_RE.fullmatch(word):
            continue  # the greeting's own word: "Hi Hui Min" is no slip for Hui
        if _FIGURE_AFTER_RE.match(ctx.text, m.end()):
            continue  # a measure, not a name: "Ra 32 µin"
        if low in _MONTHS and _DAY_BEFORE_RE.search(ctx.text, max(0, m.start() - 8), m.start()):
            continue  # a date, not a name: "Fri 4 Dec" to Dee
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        if _LIST_ITEM_RE.fullmatch(ctx.text, line_start, m.start()):
            continue  # the term a list item opens with: "4. Margin – whether ..." to Martin
        if len(word) > 1 and (word.isupper() or word[1].isupper()):
            continue  # an acronym or a degree, not a name: "the TAM/SAM/SOM bubbles" to Tom,
            # "my MSc" to Max
        after = _NEXT_CAP_RE.match(ctx.text, m.end())
        if after and after.group(1).lower() in org_words:
            continue  # part of a company's name: "my placement at Grand Canal Dental"
        # a common word is no slip: of four letters or more, or of three and very common
        # ("Are you still on track ..." to Ade)
        for name in names:
            limit = 1 if len(name) <= 5 else 2
            if (low[0] == name[0].lower() and abs(len(low) - len(name)) <= limit
                    and spelling.edit_distance(low, name.lower()) <= limit
                    and not (spelling.frequency(low) > (5000 if len(low) > 3 else 100_000))):
                yield Hit(m.start(), m.start() + len(word),
                          message=f"Your notes spell this name '{name}'", suggestion=name)
                break


_NEXT_CAP_RE = re.compile(r"[ \t]+([A-Z][\w&-]*)")
_CAP_BEFORE_RE = re.compile(r"[A-Z][\w&'’-]*[ \t]+\Z")
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*")
_FIGURE_AFTER_RE = re.compile(r"[ \t]*\d")
_DAY_BEFORE_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+\Z")
_MONTHS = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec"))


# the words before the names in a greeting ("Dear", "Good morning"), and greeting words
# that name no one ("Dear Hiring Team", "Hi all")
_SALUTATION_RE = re.compile(rf"(?:{SALUTATION})\b[ \t]*", re.IGNORECASE)
_NO_ONE = frozenset((
    "hiring", "manager", "managers", "team", "committee", "panel", "selection", "search",
    "recruiting", "recruitment", "talent", "acquisition", "human", "resources", "department",
    "members", "member", "everyone", "everybody", "all", "folks", "colleagues", "friends",
    "there", "or", "to", "whom", "it", "may", "concern", "the", "of", "and", "board",
    "council", "interview", "interviewers", "staff", "recruiter", "coordinator", "director",
    "principal", "chief", "officer", "again", "both", "you", "sir", "madam", "hr", "people",
    "ladies", "gentlemen", "once", "authority", "authorities", "interviewer", "name",
    "first", "last", "candidate", "applicant", "ma", "namaste", "salaam", "shalom", "hola",
    "bonjour", "hallo", "ciao", "headteacher", "chair", "provost", "rector", "warden",
    "respected", "ah", "oh", "aw", "ahh", "ooh", "wow", "ma'am", "ma’am", "maam", "madame",
    # thanks in Welsh before a name: "Diolch, Rhian"
    "diolch",
    # greetings in other languages: "Hej Henrik", "Buongiorno Dev", "Goedemorgen Sanne"
    "hej", "hei", "moin", "servus", "hoi", "buongiorno", "buonasera", "bonsoir", "salut",
    "olá", "goedemorgen", "goedemiddag", "guten", "tag",
    # "Dear" in other languages: "Estimado Ing. Quispe", "Sehr geehrte Frau Becker"
    "estimado", "estimada", "estimados", "estimadas", "prezado", "prezada", "sehr",
    "geehrte", "geehrter", "liebe", "lieber",
    # an honorific after a name: "Harjit Ji"
    "ji",
    # a fire service's ranks: "Dear Station Manager Okafor", "Dear Group Manager Hale",
    # "Dear SM Pryce"
    "station", "group", "watch", "crew", "sm", "gm", "wm",
    # thanks before the name, typed on a phone: "Cheers Gareth, thanks for letting me know"
    "cheers", "thanks"))
# days and months are no slips for a name: "one Sunday in four" to Sanjay, "a meetup in June"
# to Jun
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"})
# words beside names that are no one's name: the words above, the titles, days and months
_NOT_A_NAME = _NO_ONE | TITLES | _CALENDAR_WORDS


# someone spoken of beside the reader as one of the panel: "It was great to meet you and
# Brandon" (the notes name Priya and Brian), "I've been thinking about Rachel's question"
_PANEL_NAME_RE = re.compile(r"\b(?:meet|meeting|met|speaking\s+with|talking\s+(?:to|with))\s+"
                            r"you\s+and\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?"
                            r"([A-Z][^\W\d_]+)\b(?![ \t]+[A-Z])"
                            r"|\b(?:about|to|on|by)\s+([A-Z][^\W\d_]+)['’]s\s+questions?\b")


def _names_someone_else(ctx: Context) -> Iterator[Hit]:
    """A greeting, or a panel met "you and ...", naming someone the notes do not list as an
    interviewer."""
    names = notes_names(ctx)
    if not names:
        return
    known = {folded(p) for parts in names for p in parts}
    yield from _greets_someone_else(ctx, names, known)
    who = " and ".join(" ".join(parts) for parts in names)
    for m in _PANEL_NAME_RE.finditer(ctx.text, ctx.body_start, ctx.content_end):
        group = 1 if m.group(1) else 2
        word = folded(m.group(group))
        if word in _NOT_A_NAME or any(
                short_for(word, k) or spelling.edit_distance(word, k) <= 2 for k in known):
            continue  # a nickname, or a slip personalization.name_spelling finds
        if re.search(rf"\b{re.escape(m.group(group))}\b", ctx.quoted):
            continue  # named in the email replied to: "meeting you and Pepper" (her dog)
        yield Hit(m.start(group), m.end(group),
                  message=f"This speaks of '{m.group(group)}' as one of your interviewers, and "
                          f"your notes name {who}: check the name")


def _stop_at(text: str, start: int, stop: int) -> int:
    """Where the first comma, colon, semicolon or "!" between ``start`` and ``stop`` is
    (``stop`` when there is none)."""
    return min((i for i in (text.find(c, start, stop) for c in ",:;!") if i != -1),
               default=stop)


def _names_end(text: str, start: int, stop: int) -> int:
    """Where the names of a greeting between ``start`` and ``stop`` end: at its first
    comma, or past more names after it ("Dear Dr Vyas, Mr Pascoe and Sunita,"): each piece
    after a comma only titles, "and" and capitalised words that are no common word."""
    end = _stop_at(text, start, stop)
    while end < stop and text[end] == ",":
        after = _stop_at(text, end + 1, stop)
        words = text[end + 1:after].split()
        if not words or not all(
                w in ("and", "&") or folded(w).strip(".") in _NOT_A_NAME
                or (w[:1].isupper() and spelling.frequency(w.lower()) < 5000)
                for w in words):
            break
        end = after
    return end


def _greets_someone_else(ctx: Context, names: list[list[str]], known: set[str]
                         ) -> Iterator[Hit]:
    """A greeting that names someone the notes (``names``, their folded parts ``known``) do
    not list as an interviewer ("Dear Ms. Martin" to Nomvula Dlamini): a letter meant for
    someone else, or the wrong name."""
    greeting = ctx.layout.greeting
    if greeting is None:
        return
    text = ctx.text
    end = _names_end(text, greeting[0], greeting[1])
    opener = _SALUTATION_RE.match(text, greeting[0], end)
    company = ctx.notes.company if ctx.notes else None
    ignore = _NOT_A_NAME | {folded(w) for w in company_core(company or "", ctx)}
    for m in CAP_WORD_RE.finditer(text, opener.end() if opener else greeting[0], end):
        word = folded(m.group())
        if word.strip(".") in ignore or any(
                short_for(word, k) or (abs(len(word) - len(k)) <= 2 and spelling.edit_distance(
                    word, k) <= (1 if len(k) <= 5 else 2))
                for k in known):
            continue  # a nickname, or a slip personalization.name_spelling finds
        who = " or ".join(" ".join(parts) for parts in names)
        # a name that starts as an interviewer's does ("Rita" for Rosa) is a slip; another
        # name, with the interviewers spoken of by name or an agency's words, a go-between
        if all(k[:1] != word[:1] for k in known):
            spoken_of = speaks_of_interviewers(ctx, names)
            if spoken_of or writes_to_a_go_between(ctx):
                how = f"speaks of {who} by name" if spoken_of else "reads as a note to a recruiter"
                yield Hit(m.start(), m.end(), severity="suggestion",
                          message=f"This greets '{m.group()}' and {how}: if '{m.group()}' is "
                                  "a recruiter or coordinator passing it on, add them to the "
                                  "notes; if not, check the name")
                return
        yield Hit(m.start(), m.end(),
                  message=f"Your notes name {who} as the interviewer"
                          f"{'s' if len(names) > 1 else ''}, and this greets "
                          f"'{m.group()}': check the name, or add them to the notes if "
                          "you are writing to someone else")
        return


def _interview_day(ctx: Context) -> Iterator[Hit]:
    if ctx.interviewed_at is None:
        return
    for start, end, right in wrong_interview_days(ctx.text, ctx.interviewed_at):
        yield Hit(start, end, suggestion=right,
                  message=f"Your notes have the interview on {right}: check the day")


def _company_mentioned(ctx: Context) -> Iterator[Hit]:
    notes = ctx.notes
    company = notes.company if notes else None
    if not notes or not company:
        return
    if mentions_company(ctx, company) or takes_up_a_topic(ctx):
        return  # a topic of this interview taken up: no mass mailing
    if ctx.kind == "rejection_reply" and _names_an_interviewer(ctx, notes_names(ctx)):
        return  # an answer to the interviewer's own news, by name: the thread names the firm
    if (ctx.kind == "check_in" and notes.role and covers(notes.role, body_stems(ctx))
            and check_in_waited(ctx)):
        return  # a check-in on time, in the thread of the application: the role will do
    if not lists_topics(ctx) and _specific_sentences(ctx) >= 2:
        return  # notes without topics: two sentences with a figure or a name will do
    yield Hit(*_content_span(ctx), message=f"Mention the company by name ({company})")


def _role_mentioned(ctx: Context) -> Iterator[Hit]:
    role = ctx.notes.role if ctx.notes else None
    if role and not covers(role, body_stems(ctx)):
        yield Hit(*_content_span(ctx), message=f"Name the role you interviewed for ({role})")


# a job title in capitals before "role", "position" ...: "the Guest Relations Manager role"
# (after "the", "this" or "your": "an Assistant FOM role" may be another opening, "my
# current Shift Lead role" the writer's own; "on the Fortitude Valley job" a work site,
# unless the application is what is meant: "following up on the ... role")
_TITLE_BEFORE_RE = re.compile(r"(?<!\bat\s)(?<!\bfrom\s)\b(?i:the|this|your)[ \t]+"
                              r"([A-Z][\w&'’-]{0,30}[ \t]+"
                              r"(?:(?:[A-Z][\w&'’-]{0,30}|in|of|and)[ \t]+){0,5})"
                              r"(?=(?:role|position|job|opening|post|vacancy)\b)")
_TITLE_WORD_RE = re.compile(r"[\w&'’-]+")
_ADVERTISED_RE = re.compile(r"(?:role|position|job|opening|post|vacancy)\s+(?:(?:that|which)\s+"
                            r"(?:was|is|has\s+been)\s+)?(?:just\s+)?(?:advertised|posted)\b"
                            # another opening the panel told of: "the ... post you mentioned"
                            r"|(?:role|position|job|opening|post|vacancy)\s+(?:that\s+)?you\s+"
                            r"(?:mentioned|told\s+me\s+about|suggested)\b")
# "on the" before a title: the application itself ("an update on the ... role"), else a
# work site ("worked on the Fortitude Valley job")
_ON_THE_APPLICATION_RE = re.compile(r"(?i:\b(?:up|update|news|decision|feedback|word|progress"
                                    r"|interview|interviewing|thoughts)[ \t]+on[ \t]+$)")
_ON_RE = re.compile(r"(?i:\bon[ \t]+$)")
_NOT_TITLE = frozenset(("the", "a", "an", "of", "and", "&", "for", "your", "my", "this",
                        "that", "in"))


# words of a place's name, never of a job title
_SITE_WORDS = PLACE_WORDS | frozenset(("heights", "court", "house", "hall", "tower", "towers",
                                       "gardens", "st", "wharf", "estate", "village", "mill",
                                       "farm"))


def _initials(title: str, *, ampersand: bool = False) -> str:
    """The initials of a title's capitalised words, lower-cased ("cra" for "Clinical
    Research Associate II"); with ``ampersand``, "&" for each "and" between them ("l&dc"
    for "Learning and Development Coordinator")."""
    out = []
    for w in _TITLE_WORD_RE.findall(title):
        if ampersand and w.lower() == "and":
            out.append("&")
        elif w[0].isupper() and not w.isupper():
            out.append(w[0])
    return "".join(out).lower()


def _abbreviates(short: str, word: str) -> bool:
    """Whether ``short`` (three or four letters) shortens ``word``: its first letter, then
    the others in order ("ops" for operations, "mgr" for manager)."""
    if not 3 <= len(short) <= 4 or len(word) <= len(short) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _other_role(ctx: Context) -> Iterator[Hit]:
    """A job title that is not the one in the notes, pasted from another application:
    half or more of its words are neither the notes' role nor the company."""
    notes = ctx.notes
    if not notes or not notes.role:
        return
    own = {w.lower() for w in _TITLE_WORD_RE.findall(f"{notes.role} {notes.company or ''}")}
    initials = _initials(notes.role)
    # "CRA" for Clinical Research Associate, "NOC" for Network Operations Centre Technician,
    # "PM" for Senior Product Manager
    own.update(initials[i:k] for i in range(len(initials))
               for k in range(i + 2, len(initials) + 1))
    # "L&D" for Learning and Development Coordinator
    joined = _initials(notes.role, ampersand=True)
    own.update(joined[i:k] for i in range(len(joined)) for k in range(i + 3, len(joined) + 1)
               if "&" in joined[i + 1:k - 1])
    text = ctx.text
    quoted = ctx.quoted.lower()
    for m in _TITLE_BEFORE_RE.finditer(text):
        before = text[max(0, m.start() - 20):m.start()]
        if _ON_RE.search(before) and not _ON_THE_APPLICATION_RE.search(before):
            continue  # a work site: "on the Fortitude Valley job"
        words = [w.lower() for w in _TITLE_WORD_RE.findall(m.group(1))]
        if any(w in _SITE_WORDS or w.endswith(("'s", "’s")) for w in words):
            continue  # a site: "the Carrick Street job", "the St Oswald's job"
        if _ADVERTISED_RE.match(text, m.end()):
            continue  # another vacancy the writer asks about: "the X role advertised"
        name = m.group(1).strip().lower()
        if any(name in t.lower() for t in (*notes.topics, *notes.concerns)):
            continue  # a site the notes name: "the Orwell Reach job"
        if name in quoted:
            continue  # a post the message answered names: "a Day Team Leader post in January"
        words = [w for w in words if w not in _NOT_TITLE]
        other = [w for w in words
                 if w not in own and not any(_abbreviates(w, o) for o in own)]
        if all(not spelling.is_known(w) for w in words):
            continue  # names of places or teams, no job's words: "the Kelbrook and Anstey post"
        if len(words) >= 2 and other and 2 * len(other) >= len(words):
            title = m.group(1).rstrip()
            yield Hit(m.start(1), m.start(1) + len(title), suggestion=notes.role,
                      message=f"Your notes say you interviewed for the {notes.role} role, "
                              f"not '{title}'")
            return


def _topic_taken_up(ctx: Context) -> Iterator[Hit]:
    notes = ctx.notes
    if not notes or not lists_topics(ctx):
        return
    if takes_up_a_topic(ctx):
        return
    if ctx.kind == "additional_info" and (answers_a_request(ctx)
                                          or _specific_sentences(ctx) >= 2):
        # what the interviewer asked for, or what the note sends (a licence, a referee,
        # a corrected figure: sentences with numbers or names), is its own detail
        return
    example = (notes.topics or notes.concerns)[0]
    yield Hit(*_content_span(ctx),
              message=f"Take up something specific from the interview, e.g. '{example}'")


_DIGIT_RE = re.compile(r"\d")
def _specific_sentences(ctx: Context) -> int:
    """Sentences with a number, a proper noun in mid-sentence or an interview topic,
    counted up to two (all that is asked); worked out once per draft, for the company,
    topic and generic checks."""
    return ctx.memo("specific_sentences", lambda: _count_specific_sentences(ctx))


def _count_specific_sentences(ctx: Context) -> int:
    notes = ctx.notes
    topics = [*(notes.topics if notes else ()), *(notes.concerns if notes else ())]
    lay = ctx.layout
    count = 0
    for s, e in lay.sentences:
        if (lay.greeting and s < lay.greeting[1]) or s >= ctx.content_end:
            continue
        sentence = ctx.text[s:e]
        if (_DIGIT_RE.search(sentence) or CAP_WORD_RE.search(sentence, 1)
                or (topics and any(covers(t, stems_of(sentence)) for t in topics))):
            count += 1
            if count == 2:
                break
    return count


def _generic(ctx: Context) -> Iterator[Hit]:
    specific = _specific_sentences(ctx)
    if specific >= 2:
        return
    # a gracious reply to a rejection needs nothing of the interview to be complete
    if specific == 0 and ctx.layout.word_count >= 3 and ctx.kind != "rejection_reply":
        yield Hit(*_content_span(ctx), severity="warning",
                  message="Nothing here is specific to this interview: add a name, a topic "
                          "you discussed or an example")
    for entry, start, end in ctx.phrase_matches("personalization.generic", ctx.body_start):
        yield Hit(start, end, message=entry.message, why=entry.why)


# a capitalised run that names the role ("the Marketing Coordinator position") or follows
# a title ("Ms. Ortiz"): what a template fills in, no detail of the interview
_ROLE_RUN_RE = re.compile(r"(?:[A-Z][\w&'’-]*[ \t]+){1,4}(?=(?:role|position|job|opening|post|"
                          r"vacancy)\b)|(?<=\b(?:Mr|Ms|Dr|Mx)\.[ \t])[A-Z][\w'’-]*"
                          r"|(?<=\bMrs\.[ \t])[A-Z][\w'’-]*")


def _filled_in(ctx: Context) -> list[Span]:
    """Spans a template fills in, in order: the company slots, role titles and names
    after a title."""
    text = ctx.text
    spans = [m.span(1) for pattern in ORG_CONTEXTS
             for m in pattern.finditer(text, ctx.body_start, ctx.content_end)]
    spans += [m.span() for m in _ROLE_RUN_RE.finditer(text, ctx.body_start, ctx.content_end)]
    return sorted(spans)


def _inside_any(position: int, starts: list[int], reach: list[int]) -> bool:
    """Whether ``position`` falls in a span, given the sorted spans' ``starts`` and
    ``reach`` (the furthest end of the spans up to each one)."""
    i = bisect.bisect_right(starts, position)
    return i > 0 and reach[i - 1] > position


def _has_detail(ctx: Context) -> bool:
    """Whether a sentence has a detail of this interview: a number, a topic from the
    notes, or a name in mid-sentence other than what a template fills in (the company,
    the role, the interviewer). Stops at the first such sentence."""
    notes = ctx.notes
    topics = [*(notes.topics if notes else ()), *(notes.concerns if notes else ())]
    plain: set[str] = {w.lower() for w in ctx.rules.word_set("not_companies")}
    if notes:
        plain.update(w.lower() for w in company_core(notes.company or "", ctx))
        plain.update(w.lower() for w in re.findall(r"[^\W\d_]+", notes.role or ""))
        plain.update(p.lower() for parts in notes_names(ctx) for p in parts)
    if ctx.layout.greeting:
        plain.update(w.lower() for w in re.findall(r"[^\W\d_]+",
                                                   ctx.text[slice(*ctx.layout.greeting)]))
    filled = _filled_in(ctx)
    starts = [a for a, _ in filled]
    reach = list(itertools.accumulate((b for _, b in filled), max))
    lay = ctx.layout
    for s, e in lay.sentences:
        if (lay.greeting and s < lay.greeting[1]) or s >= ctx.content_end:
            continue
        sentence = ctx.text[s:e]
        if _DIGIT_RE.search(sentence) or any(
                m.group().lower() not in plain and not _inside_any(m.start(), starts, reach)
                for m in CAP_WORD_RE.finditer(ctx.text, s + 1, e)):
            return True
        if topics and any(covers(t, stems_of(sentence)) for t in topics):
            return True
    return False


def _template(ctx: Context) -> Iterator[Hit]:
    found = ctx.phrase_matches("personalization.template", ctx.body_start)
    if len(found) < 2 or _has_detail(ctx):
        return
    for entry, start, end in found:
        yield Hit(start, end, why=entry.why,
                  message=entry.message or "Praise that would fit any employer: say what "
                                           "impressed you in this interview instead")


def _impersonal_greeting(ctx: Context) -> Iterator[Hit]:
    named = ctx.notes.interviewers if ctx.notes else ()
    for entry, start, end in ctx.phrase_matches("personalization.impersonal_greeting"):
        if named:
            # the notes know whom to greet: say so, with the name
            greeting = "Dear " + named[0] if ctx.text[start:end].startswith("Dear") else None
            yield Hit(start, end, severity=entry.severity or "warning", why=entry.why,
                      message=f"Your notes name the interviewer: greet {named[0]} by name",
                      suggestion=greeting or entry.suggestion)
        else:
            yield Hit(start, end, severity=entry.severity, message=entry.message,
                      suggestion=entry.suggestion, why=entry.why)


CHECKS: tuple[Check, ...] = (
    Check("personalization.interviewer_named", "personalization", "warning",
          "Name the interviewer",
          "A note that names the interviewer shows it was written for them.",
          Function(_interviewer_named), scope="message"),
    Check("personalization.name_spelling", "personalization", "error",
          "Interviewer's name or title written differently from the notes",
          "Misspelling the interviewer's name, or writing 'Mr Pascoe' to Dr Pascoe, is the "
          "one slip everyone notices.",
          Function(_name_spelling)),
    Check("personalization.greeting_name", "personalization", "warning",
          "The greeting, or the panel met, names someone the notes do not",
          "A note greeting someone other than the interviewer reads as meant for someone "
          "else, or gets their name wrong: the one slip every reader notices first.",
          Function(_names_someone_else)),
    Check("personalization.interview_day", "personalization", "warning",
          "The day given for the interview is not the one in the notes",
          "A wrong day for the interview ('thank you for meeting me last Thursday' after a "
          "Tuesday) reads as a note copied from another letter, or not checked.",
          Function(_interview_day), kinds=("thank_you", "check_in", "additional_info")),
    Check("personalization.company", "personalization", "warning", "Mention the company",
          "Naming the company shows the note is not a mass mailing.",
          Function(_company_mentioned), scope="message"),
    Check("personalization.role", "personalization", "suggestion", "Name the role",
          "Naming the role reminds a busy interviewer which interview this was.",
          Function(_role_mentioned), scope="message"),
    Check("personalization.role_title", "personalization", "warning",
          "A job title other than the one in the notes",
          "Another job's title, left from an earlier letter, tells the reader the note was "
          "pasted; it is the slip after a wrong company name that readers notice most.",
          Function(_other_role)),
    Check("personalization.topic", "personalization", "warning",
          "Take up a topic from the interview",
          "One specific point from the conversation is what makes a note memorable.",
          Function(_topic_taken_up), kinds=("thank_you", "additional_info"), scope="message"),
    Check("personalization.other_company", "personalization", "error",
          "Another company's name",
          "A different company's name, pasted from an older letter, costs the candidacy.",
          Function(other_company)),
    Check("personalization.generic", "personalization", "warning",
          "Generic template sentence with nothing specific around it",
          "Interviewers recognise stock sentences; tie them to something said in the interview.",
          Function(_generic), scope="message"),
    Check("personalization.impersonal_greeting", "personalization", "suggestion",
          "Impersonal greeting",
          "Greeting a person by name reads better than 'To whom it may concern'; when you "
          "know who interviewed you, a greeting to nobody reads as a mass mailing.",
          Function(_impersonal_greeting)),
    Check("personalization.template", "personalization", "warning",
          "Flattering template text with nothing specific",
          "Praise that would fit any employer ('a leader in the industry', 'commitment to "
          "excellence') with no detail of this interview reads as a template sent to many.",
          Function(_template)),
)
