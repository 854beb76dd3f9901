"""Company names in a draft: the employer written to, and another company's name pasted
from an older letter (``personalization.other_company``), told apart from the writer's own
employer, people, periods, tools and plain words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from coachkit.scoring import spelling
from coachkit.scoring.checks._addressee import company_mismatch
from coachkit.scoring.checks._employer import (
    is_period,
    own_employer_sentence,
    own_work_clause,
    sentence_at,
    tool_slot,
)
from coachkit.scoring.checks._util import signature_start
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Hit
from coachkit.scoring.text import Span, blank_long_tokens

__all__ = ["CAP_WORD_RE", "ORG_CONTEXTS", "PLACE_WORDS", "TITLES", "company_core",
           "mentions_company", "notes_names", "other_company"]

# titles before a name ("Engr." for an engineer, "Alhaji", "Revd", "Reverend Fenwick",
# "Chef Delphine", "Lieutenant Delacroix", a police rank: "DS Adeyemi", a ward sister:
# "Sister Talbot", a Nigerian pharmacist: "Pharm. Okonkwo", a university's head: "President
# Nwosu", a Portuguese engineer: "Eng. Carvalhais" ...)
TITLES = {"dr", "mr", "mrs", "ms", "mx", "prof", "professor", "sir", "madam", "miss", "engr",
          "rev", "revd", "fr", "hon", "chief", "alhaji", "alhaja", "pastor", "barr", "chef",
          "coach", "lieutenant", "captain", "sergeant", "inspector", "detective", "commander",
          "constable", "sheriff", "canon", "bishop", "imam", "rabbi", "ds", "dc", "di", "dci",
          "sgt", "insp", "supt", "cllr", "lt", "capt", "cdr", "cmdr", "maj", "sister", "matron",
          "major", "colonel", "col", "brigadier", "admiral",
          "pharm", "nurse", "midwife", "maestro", "maestra",
          # Portuguese, Spanish and Italian: "Eng. Carvalhais", "Dra. Tavares", "Dott. Ricci"
          "eng", "dra", "ing", "arq", "lic", "sr", "sra", "dott", "avv",
          "president", "chancellor", "vice-chancellor", "provost", "judge", "mayor", "governor",
          "senator", "ambassador", "councillor", "superintendent", "reverend", "father",
          "vicar", "rector", "archdeacon",
          # Hausa and Filipino forms of address: "Hajiya Hauwa", "Ma'am Tess"
          "hajiya", "hajia", "ma'am", "ma’am"}
CAP_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*")

_CAP = r"[A-Z][\w&'’-]*"
_ORG = rf"{_CAP}(?:[ \t]+(?:&[ \t]+|of[ \t]+)?{_CAP}){{0,3}}"
ORG_CONTEXTS = (
    re.compile(rf"(?<![\w])(?:at|join|joining|joined|with|for|to|help|helping)\s+(?:the\s+)?"
               rf"({_ORG})"),
    # "Harwell Federal's FP&A team": up to two capitalised words before the team
    # (not a method named for its author: "I'd use Maskell's approach")
    re.compile(rf"(?<!\buse\s)(?<!\busing\s)(?<!\bapply\s)(?<!\bfollow\s)"
               rf"({_ORG})['’]s?\s+(?:[A-Z][\w&/-]{{0,15}}\s+){{0,2}}"
               r"(?:team|teams|mission|culture|values|product|products|"
               r"customers|clients|approach|work|plans|growth|commitment|platform|vision|"
               r"people|office|offices|engineering|leadership|hiring)\b"),
    # a firm's practice the writer would build a career in: "in Halden Price's public sector
    # practice" (two capitalised words: one is a person's)
    re.compile(rf"(?<!Dr\s)(?<!Dr\.\s)(?<!Mr\s)(?<!Ms\s)(?<!Mrs\s)\b({_CAP}\s+{_CAP})['’]s\s+"
               r"(?:[a-z][\w-]{0,15}\s+){0,2}(?:practice|firm)\b"),
    # a team one would join ("joining the Acme team"; "the Dayton office" is a place, and
    # "the Kano team exports ..." a part of the employer written to)
    re.compile(rf"\b(?:join|joining|joined|of|to|with)\s+the\s+({_ORG})\s+"
               r"(?:team|family|community)\b"),
    re.compile(rf"({_ORG})\s+(?:is|remains)\s+(?:still\s+)?(?:very\s+much\s+)?(?:my\s+(?:first|"
               r"top|clear|number-one)\s+choice\b|the\s+(?:role|place|company|team|employer|"
               r"job|paper|firm|practice|club|charity|organi[sz]ation)\s+I\b|where\s+I\b"
               # "Meridian Health Communications is the right place for me"
               r"|the\s+(?:right\s+)?(?:place|company|team|employer)\s+for\s+me\b"
               # "Thatchcraft Roofing is exactly the kind of traditional business I'd ..."
               r"|(?:exactly\s+|just\s+)?the\s+(?:kind|sort|type)\s+of\s+(?:[\w-]+\s+){0,2}"
               r"(?:business|company|firm|employer|organi[sz]ation|practice)\b)"),
)
_EMPLOYER_SLOT = len(ORG_CONTEXTS) - 1
# platforms that are not employers in the rules' list, but beside one make it a platform too
_PLATFORMS = frozenset(("Instagram", "TikTok", "YouTube", "WhatsApp", "Pinterest", "Snapchat",
                        "LinkedIn", "Reddit"))
_PRODUCT_AFTER_RE = re.compile(r"[ \t]+[A-Z0-9£$€]")
# a famous name that names a river, a forest or a creature: "the Amazon parrot"
_NATURE_AFTER_RE = re.compile(r"[ \t]+(?:parrots?|rainforest|river|basin|jungle)\b")
# where a subject line names the employer: after "at" at its end (a company slot), or
# beside a dash at either end (a name there may be the writer's own, so it counts as a
# company only with a company word at its end, as a run of capitals does)
_SUBJECT_SLOTS = (
    (re.compile(rf"\b(?:at|with)[ \t]+(?:the[ \t]+)?({_ORG})[ \t]*$"), "slot"),
    (re.compile(rf"[–—-][ \t]+(?:the[ \t]+)?({_ORG})[ \t]*$"), "run"),
    (re.compile(rf"^(?:(?:Re|RE|Fwd|FW):[ \t]*)?({_ORG})[ \t]+[–—-]"), "run"),
)
# a subject kept from the email replied to (the writer's own may name a site after the role:
# "Level Crossing Keeper – Haddle Drove")
_REPLY_SUBJECT_RE = re.compile(r"(?:Re|RE|Fwd|FW|Fw):")
# the last word of a job title, never of a company's name
_TITLE_ENDS = frozenset(("coordinator", "manager", "director", "officer", "engineer",
                         "technician", "technologist", "analyst", "assistant", "specialist",
                         "supervisor", "administrator", "consultant", "nurse", "scientist",
                         "executive", "adviser", "advisor", "practitioner", "therapist",
                         "instructor", "lecturer", "accountant", "designer", "developer",
                         "planner", "controller", "inspector", "coach", "receptionist"))
# two to four capitalised words in a row: a company when the last is a company word
# (the rules' company_suffixes and company_markers: Inc, Group, Health, Union ...)
_CAP_RUN_RE = re.compile(rf"(?<![\w-])({_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{1,3}})")


def notes_names(ctx: Context) -> list[list[str]]:
    """Each interviewer's name parts, titles left out."""
    if not ctx.notes:
        return []
    out = []
    for name in ctx.notes.interviewers:
        parts = [p for p in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name)
                 if p.lower().strip(".") not in TITLES]
        if parts:
            out.append(parts)
    return out


def company_core(company: str, ctx: Context) -> list[str]:
    suffixes = ctx.rules.word_set("company_suffixes")
    words = re.findall(r"[^\W_]+(?:['’&-][^\W_]+)*", company)
    core = [w for w in words if w.strip(".").lower() not in suffixes]
    return core or words


def mentions_company(ctx: Context, company: str) -> bool:
    core = company_core(company, ctx)
    phrase = r"\s+".join(re.escape(w) for w in core)
    if re.search(rf"(?<![\w]){phrase}(?![\w])", ctx.text, re.IGNORECASE):
        return True
    words = {w.lower() for w in ctx.body_words}
    if any(w.lower() in words and spelling.frequency(w.lower()) < 2000 and len(w) > 2
           for w in core):
        return True
    # the first word of the name, a common word, capitalised inside a sentence: "I checked
    # that Fathom is on the register" for Fathom Earth Analytics
    first = core[0] if core else ""
    return len(first) > 2 and first[0].isupper() and first[1:].islower() and re.search(
        rf"(?<=[a-z,;:]\s){re.escape(first)}(?![\w&'’-])",
        ctx.text[ctx.body_start:ctx.content_end]) is not None


# a cover letter attached under another firm's name: "Cover_letter_Brightwell_Blinds.docx"
_COVER_LETTER_FILE_RE = re.compile(r"\bCover[_ -]?[Ll]etter[_ -]+"
                                   r"((?:[A-Z][A-Za-z&]{1,30}[_ -]?){1,4})"
                                   r"[^\s/\\]{0,60}\.(?:docx?|pdf|odt|rtf)\b")


def _cover_letter_for_another(ctx: Context, company: str) -> Iterator[Hit]:
    """An attached cover letter whose file name names another firm."""
    core = {w.lower() for w in company_core(company, ctx)}
    role = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.notes.role or "")}  # notes given
    for m in _COVER_LETTER_FILE_RE.finditer(ctx.text, ctx.body_start):
        words = {w.lower() for w in re.findall(r"[A-Za-z&]+", m.group(1))}
        if words - role and not words & core:  # not "Cover_letter_Awning_Fabricator.docx"
            name = m.group(1).replace("_", " ").strip()
            yield Hit(m.start(1), m.end(1),
                      message=f"The cover letter attached is named for '{name}', not the "
                              f"company you interviewed with ({company}): attach the right one")


def other_company(ctx: Context) -> Iterator[Hit]:
    company = ctx.notes.company if ctx.notes else None
    if not company:
        yield from company_mismatch(ctx)  # no notes: two companies named as the addressee
        return
    yield from _cover_letter_for_another(ctx, company)
    names = _CompanyNames(ctx, company)
    own_named = mentions_company(ctx, company)
    seen: set[Span] = set()
    text = ctx.text
    # a company in the signature ("Senior Analyst, Ashcombe Building Society") is the
    # writer's own employer, wherever the draft names it
    signature = text[signature_start(ctx):]
    # a name found both in a company slot and as a run of capitals is judged as the slot
    found = sorted(_company_candidates(ctx, names.famous),
                   key=lambda c: (c[0], c[1], _SOURCE_RANK[c[2]]))
    own: set[str] = set()  # the first words of names the draft shows are the writer's own
    core = company_core(company, ctx)
    noted = _noted_names(ctx, core)
    # held until every name is judged: one the draft shows later to be the writer's own
    # ("... Halden Defence Systems Ltd" above "when I left Halden") is no other company
    held: list[tuple[str, str, Hit]] = []
    for start, stop, source in found:
        name = re.sub(r"['’]s?$", "", text[start:stop].rstrip(".,"))
        lead = _LEAD_WORD_RE.match(name) if source == "run" else None
        if lead:  # "At Calder Street Bank I review ...": the preposition opens the sentence
            start, name = start + lead.end(), name[lead.end():]
        stop = start + len(name)
        if _unit_of(text, stop, core):
            continue  # "the Financial Crime team at Harrowgate Mutual": a unit of the employer
        if (start, stop) in seen or not name:
            continue
        seen.add((start, stop))
        if source in ("preposition", "slot", "run") and _ADDRESSEE_BEFORE_RE.search(
                text, max(0, start - 40), start):
            source = "addressee"
        elif source == "preposition" and _EMPLOYER_BEFORE_RE.search(
                text, max(0, start - 40), start):
            source = "employer"  # "I'd fit in really well at Jungle Jacks"
        if name in signature or not names.is_other_company(name, source):
            continue
        if _signed_name(name, signature):
            continue  # "Subject: Sales Assistant – Derek Hollis" signed "Derek"
        if _platform(ctx, start, name, names.famous):
            continue
        if _referees_employer(ctx, start):
            continue  # "1. Mr Daniel Ashcombe, Consultant Surgeon, Pendlebury Hospital"
        if _post_listed(text, start, stop):
            continue  # "2. Glenmorie Housing Association, Board Member": the writer's post
        first = next((w for w in name.lower().split() if w not in ("the", "a", "an")), "")
        if first in noted and source != "addressee":
            continue  # named in the notes' topics or concerns: "made redundant by X"
        if ((first in own and source != "addressee") or own_employer_sentence(ctx, start)
                or own_work_clause(ctx, start)):
            own.add(first)  # "my role at Halvorsen Group" ... "a constant at Halvorsen"
            continue
        if source == "preposition" and names.is_plain_name(name):
            # "the audits at the Reno hub", "the move to Genesys", "a wedding at Abbotsford
            # Convent": most often a place, a tool or a client of this interview
            held.append((first, source, Hit(start, stop, severity="suggestion", message=(
                f"If '{name}' is a company, it is not the one you interviewed with "
                f"({company}): check that this was not pasted from another letter"))))
            continue
        # outside a company slot, beside the right company's name, it may be a partner; a
        # plain name where the employer goes may be a branch or a site
        unsure = (source == "anywhere" and own_named) or source == "employer"
        held.append((first, source, Hit(
            start, stop, severity="warning" if unsure else None,
            message=f"'{name}' is not the company you interviewed with ({company})",
            suggestion=company)))
    for first, source, hit in held:
        if first not in own or source == "addressee":
            yield hit


def _platform(ctx: Context, start: int, name: str, famous: frozenset[str]) -> bool:
    """Whether a well-known name is a platform or an example: just inside a bracket
    ("paid social (Meta, plus ...)") or beside another well-known name in its sentence
    ("through Spotify for Artists ... editors at Apple Music", "posts across Instagram and
    Facebook")."""
    if not any(w in famous for w in _name_words(name)):
        return False
    text = ctx.text
    if text[max(0, start - 1):start] == "(":
        return True
    span = sentence_at(ctx, start)
    return span is not None and len({m.group() for m in CAP_WORD_RE.finditer(text, *span)
                                     if m.group() in famous or m.group() in _PLATFORMS}) >= 2



def _noted_names(ctx: Context, core: list[str]) -> frozenset[str]:
    """The capitalised words of the notes' topics and concerns, less the employer's own
    (lower-cased): a name the notes give is one the writer knows is there, such as a
    former employer ("made redundant by Harrowfield Foods") or a client."""
    notes = ctx.notes
    if notes is None:
        return frozenset()
    own = {w.lower() for w in core}
    return frozenset(w.lower() for piece in (*notes.topics, *notes.concerns)
                     for w in CAP_WORD_RE.findall(piece)) - own


# a line that names a person by title, as a list of referees does, or a list item that
# opens on a person's name and a comma ("2. Ahmed Raza, Finance Director at X")
_LIST_MARKER = r"(?:\d{1,2}[.)]|[-•*])"  # "2.", "1)", "-", "•", "*"
_TITLED_PERSON_LINE_RE = re.compile(rf"[ \t]*(?:{_LIST_MARKER}[ \t]*)?(?:Mr|Mrs|Ms|Miss|Dr|"
                                    r"Prof|Professor|Sister|Sr)\.?[ \t]+[A-Z]"
                                    rf"|[ \t]*{_LIST_MARKER}[ \t]*[A-Z][\w'’-]+[ \t]+"
                                    r"[A-Z][\w'’-]+,")
_REFEREES_RE = re.compile(r"\b(?:referees?|references)\b", re.IGNORECASE)


def _referees_employer(ctx: Context, start: int) -> bool:
    """Whether the name at ``start`` is on a line that names a referee by title, in a draft
    that speaks of referees: the referee's employer, not the one written to."""
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    return (_TITLED_PERSON_LINE_RE.match(text, line_start, start) is not None
            and _REFEREES_RE.search(text, ctx.body_start, ctx.content_end) is not None)


# a list item that opens on an organisation and names a post held there: the writer's own
# roles, set out ("2. Glenmorie Housing Association, Board Member. About 12 days a year")
_ITEM_START_RE = re.compile(rf"[ \t]*{_LIST_MARKER}[ \t]*(?:the[ \t]+)?\Z", re.IGNORECASE)
_POST_AFTER_RE = re.compile(r",[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Member|Trustee|Director|Chair|"
                            r"Chairman|Chairwoman|Governor|Treasurer|Secretary|Adviser|Advisor|"
                            r"Volunteer|Manager|Officer|Fellow|Ambassador|Patron)\b")


def _post_listed(text: str, start: int, stop: int) -> bool:
    """Whether the name at ``start``-``stop`` opens a list item and a post follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    return (_ITEM_START_RE.match(text, line_start, start) is not None
            and _POST_AFTER_RE.match(text, stop) is not None)


_LEAD_WORD_RE = re.compile(r"(?:At|In|With|For|From|By|On|Since|After|Before)[ \t]+(?=\S)")
_UNIT_AFTER_RE = re.compile(r"[ \t]+(?:team|department|unit|division|desk|function)[ \t]+"
                            r"(?:at|in|within|of)[ \t]+(?:the[ \t]+)?")


def _unit_of(text: str, end: int, core: list[str]) -> bool:
    """Whether the name ending at ``end`` is followed by "team at" and the employer's
    name (a team, a department or a desk of the company interviewed with)."""
    m = _UNIT_AFTER_RE.match(text, end)
    return bool(m and core
                and text[m.end():m.end() + len(core[0])].lower() == core[0].lower())


_SOURCE_RANK = {"anywhere": 0, "listed": 1, "preposition": 2, "slot": 2, "employer": 2, "run": 3}
# the slots that can only name the employer written to: "joining the team at", "the role
# with", "an asset to", "bring that experience to"
_ADDRESSEE_BEFORE_RE = re.compile(
    r"\b(?:join|joining|(?:my|the|our)\s+interview\s+(?:yesterday\s+|today\s+)?(?:at|with)|"
    # (a team in lower case: "the Local Runway Safety Team at X" is a body of the writer's)
    r"(?:role|position|job|(?-i:team)|crew|opportunity|career|future|place|office|"
    r"department|culture)\s+(?:here\s+)?(?:at|with)|(?:asset|addition)\s+to|"
    r"contribut(?:e|ing)\s+to|(?:be|becoming)\s+part\s+of|(?:to|can|could|would|['’]d)\s+help|"
    r"bring\s+(?:[\w'’-]+\s+){0,4}?to|add\s+value\s+to|contribution\s+(?:at|to)|"
    r"openings?\s+(?:at|with)|opens\s+(?:up\s+)?at|"
    # "the opportunity to interview with Maison Castelet"
    r"(?:opportunity|chance|invitation)\s+to\s+interview\s+(?:at|with))\s+(?:the\s+)?$",
    re.IGNORECASE)
# the slots that most often name the employer written to, but may name a branch or a site
# of it: "a good fit at", "fit in really well at", "the opportunity to work at", "meeting
# everyone at" (checked after _ADDRESSEE_BEFORE_RE, which already takes "career with" and
# "team at")
_EMPLOYER_BEFORE_RE = re.compile(r"\b(?:(?:good|great|strong|natural|right)\s+fit|"
                                 r"fit\s+in\s+(?:\w+\s+)?well|opportunity\s+to\s+work|"
                                 r"(?:meeting|met|meet)\s+(?:everyone|everybody))\s+"
                                 r"(?:at|with|for)\s+(?:the\s+)?\Z")


def _signed_name(name: str, signature: str) -> bool:
    """Whether ``name`` is two capitalised words, the first of which signs the draft alone
    on a line (the writer's full name)."""
    words = name.split()
    return (len(words) == 2 and all(w[:1].isupper() for w in words)
            and re.search(rf"^[ \t]*{re.escape(words[0])}[ \t]*$", signature, re.M) is not None)


def _company_candidates(ctx: Context, famous: frozenset[str]) -> list[tuple[int, int, str]]:
    """Places that may name a company, as (start, end, where it was found): in a company
    slot, as a capitalised run, listed in the rules, or a well-known employer anywhere."""
    text, end = ctx.text, signature_start(ctx)
    candidates: list[tuple[int, int, str]] = []
    scan = blank_long_tokens(text)  # these patterns are quadratic in a token's length
    after = ctx.rules.word_set("not_company_after")
    for k, pattern in enumerate(ORG_CONTEXTS):
        # after a bare preposition ("at", "with", "to") a name may as well be a place, a
        # tool or a client: the first pattern's slot is a weaker one; the last's ("X is
        # my first choice", "X is the right place for me") names the employer itself
        source = "preposition" if k == 0 else "employer" if k == _EMPLOYER_SLOT else "slot"
        for m in pattern.finditer(scan, ctx.body_start, end):
            if not tool_slot(text, m.start(1)) and not _thing_after(text, m.end(1), after):
                candidates.append((m.start(1), m.end(1), source))
    for m in _CAP_RUN_RE.finditer(scan, ctx.body_start, end):
        # "the Certified Pharmacy Technician position": a job title, a course, a place;
        # "Brian Casselman, Senior Clinical Research Coordinator, Prairie Health": a title
        if not _thing_after(text, m.end(1), after) and (
                m.group(1).rsplit(None, 1)[-1].lower() not in _TITLE_ENDS):
            candidates.append((m.start(1), m.end(1), "run"))
    subject = ctx.subject_span
    if subject is not None:  # "Re: Policy Analyst – Hooli", "Backend Engineer at Hooli"
        role = ctx.notes.role.lower() if ctx.notes and ctx.notes.role else None
        for pattern, source in _SUBJECT_SLOTS:
            m = pattern.search(scan, *subject)
            if m:
                # "Re: Front Office Manager – Hooli": beside the role of the notes, the
                # name after the dash is the employer's, as in the email replied to
                if (source == "run" and role and role in text[subject[0]:m.start(1)].lower()
                        and _REPLY_SUBJECT_RE.match(text, subject[0])):
                    source = "slot"
                candidates.append((m.start(1), m.end(1), source))
    for m in ctx.phrase_matches("personalization.company_names"):
        candidates.append((m[1], m[2], "listed"))
    # "the Level 3 Certificate in Assessing Vocational Achievement": a course's subject;
    # "a client, Okeke Agro Foods": a client named as an example; "Fergal Dunne was duty
    # manager at the Harbour Lights Hotel": someone else's employer; "Jo Reyes at Keystone
    # Talent Partners is copied": the agency of someone copied in
    candidates = [c for c in candidates if c[2] == "listed" or not (
        _DEPARTMENT_RE.fullmatch(text, c[0], c[1])
        or _NO_EMPLOYER_BEFORE_RE.search(text, max(0, c[0] - 60), c[0])
        or _COPIED_AFTER_RE.match(text, c[1]) or _CONTACT_AFTER_RE.match(text, c[1])
        or _RELATION_AFTER_RE.match(text, c[1])
        or _TITLE_AFTER_RE.match(text, c[1]) or _TEST_AFTER_RE.match(text, c[1])
        or (_COURSE_END_RE.search(text, c[0], c[1]) and _SUBJECT_AFTER_RE.match(text, c[1])))]
    sentence_starts = {s for s, _ in ctx.layout.sentences}
    for m in CAP_WORD_RE.finditer(text, ctx.body_start, end):
        # a well-known employer's name anywhere but at the start of a sentence, and not
        # the first word of a product name (Google Sheets, Amazon Web Services), nor a word
        # before a sum ("- Target £38,000 over 30 days")
        if (m.group() in famous and m.start() not in sentence_starts
                and not _PRODUCT_AFTER_RE.match(text, m.end())
                and not _NATURE_AFTER_RE.match(text, m.end())  # "an Amazon parrot"
                and not tool_slot(text, m.start())
                and text[max(0, m.start() - 3) : m.start()] != "on "):  # "2nd on Google"
            candidates.append((m.start(), m.end(), "anywhere"))
    return candidates


# "and", "of" or "for" and a few capitalised words after a name, then a lower-case word
_AND_MORE_RE = re.compile(r"[ \t]+(?:and|&|of|for)(?:[ \t]+[A-Z][\w'’-]*){1,4}[ \t]+([a-z]+)")
# the lower-case words after a name's possessive ("the Regional Archives Network's two-day
# handling and packaging course")
_LOWER_WORDS_RE = re.compile(r"(?:['’]s)?((?:[ \t]+[a-z][a-z-]*){1,5})")
_DETERMINERS = frozenset(("the", "a", "an", "our", "your", "their", "its", "his", "her", "my"))
# the two words after a name, past its possessive
_NEXT_WORDS_RE = re.compile(r"(?:['’]s)?[ \t]+([A-Za-z]+)\b(?:[ \t]+([A-Za-z]+)\b)?")
_NO_EMPLOYER_BEFORE_RE = re.compile(
    r"\b(?:Certificate|Cert\.?|Diploma|Degree|Award|Qualification|NVQ|BTEC|HND|HNC|BSc|MSc|BA|MA|"
    r"PGCE|PGDip|Masters?)(?:\s+(?:[IVX]+|\d))?\s+in\s+"
    # past its first subject: "Certificate in Cleaning and Support Services"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?(?:(?:and|&)\s+)?\Z"
    # an insurer or a certifier: "my liability certificate (with Hollybrook Insurance",
    # "renewed my CPR certification with the American Heart Association"
    r"|\b(?:certificate|certification|accreditation|registration|membership|policy|cover|"
    r"insurance)\s*\(?(?:with|from|through)\s+(?:the\s+)?\Z"
    # the body behind a credential's initials: "BLS (American Heart Association)"
    r"|\b(?-i:[A-Z]{2,6})\s*\(\s*\Z"
    # a subject taught or researched: "Lecturer in Cellular Pathology, Kessock University"
    r"|\b(?:Lecturer|Professor|Reader|Tutor|Teacher|Fellow)\s+in\s+\Z"
    # a unit of the employer: "the Bioinformatician role in the Single-Cell Genomics Core"
    r"|\b(?:role|post|position|job|vacancy|opening)\s+in\s+the\s+\Z"
    r"|\b(?:a|one|our|my|the)\s+(?:client|customer|supplier)\s*,\s+\Z"
    # a client of a piece of work: "\"The Long Field\" (Fernhill Trust, broadcast ...",
    # "a pub closing after 140 years, made for the Elsworth Community Trust"
    r"|[\"”]\s*\(\s*\Z|,\s+(?:made|filmed|shot|produced)\s+for\s+(?:the\s+)?\Z"
    r"|\bcommissioned\s+by\s+(?:the\s+)?\Z"
    # a course's provider: "the two-day Deafblind Communication course run by Northway ..."
    r"|\b(?:course|training|workshop|programme|program|session)s?\s+(?:run|delivered|"
    r"provided|offered|organi[sz]ed|hosted)\s+by\s+(?:the\s+)?\Z"
    # or booked with it: "the PTS (Personal Track Safety) course with Redline Rail Training"
    r"|\b(?:course|training|refresher|workshop)\s+with\s+(?:the\s+)?\Z"
    # or had from it: "rescue plan training from Hallbrook Construction"; a permit or a
    # sign-off issued by a body: "the dock leveller sign-off from Brackenfield Foods",
    # "Airside Driving Permit: issued by Lindley Airport Ltd"
    r"|\b(?:training|course|certification|certificate|ticket|induction|sign-off|permit|"
    r"licen[cs]e|card|pass)\s+from\s+(?:the\s+)?\Z|\bissued\s+by\s+(?:the\s+)?\Z"
    # a client the writer's team worked for: "how we got Castlegate Freight from 11 days"
    r"|\bwe\s+(?:got|took|brought|helped|moved)\s+\Z"
    # a field of a form: "- Sponsor: Halden Defence Systems Ltd, Bristol site"
    r"|\b(?:Sponsor|Sponsoring\s+organi[sz]ation|Vetting\s+sponsor|Issuer|Issuing\s+body)\s*:\s*\Z"
    # an event booked: "booked onto the Archives Network large-format handling day"
    r"|\b(?:booked|enrolled|signed\s+up|registered)\s+(?:myself\s+)?(?:onto|on\s+to|on|for)\s+"
    r"(?:the|a|an)\s+\Z"
    # a regulator told of something: "reported to the Environment Agency at the time"
    r"|\b(?:reported|notified|referred|escalated|disclosed)\s+(?:it\s+|this\s+|them\s+)?to\s+"
    r"(?:the\s+)?\Z"
    # a unit of the employer: "the tour of the Institute of Applied Health"
    r"|\b(?-i:Institute|Centre|Center|School|Department|Faculty|Division)\s+of\s+\Z"
    # a share of a total: "14% National Lottery Heritage Fund"
    r"|\d\s*%\s+(?:from\s+)?(?:the\s+)?\Z"
    # the writer's own club or society: "treasurer of our Computing Society"
    r"|\b(?:of|in|for|with)\s+(?:our|my)\s+\Z"
    # a referee's unit after who they are to the writer: "my PhD supervisor, Surface
    # Engineering Group, University of Northfield"
    r"|\bmy\s+(?:[\w-]+\s+){0,2}(?:supervisor|manager|boss|tutor|mentor|lecturer)\s*,\s+\Z"
    # the employer of someone the writer trained under: "all under Dr Ferreira at Bushveld
    # Wildlife Vets"
    r"|\bunder\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s+at\s+(?:the\s+)?\Z"
    r"|\b(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+\s+(?:was|is|has\s+been)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:manager|supervisor|director|chef|owner|head|lead|officer)\s+"
    r"(?:at|of|with)\s+(?:the\s+)?\Z", re.IGNORECASE)


# a department of a university, a council or a hotel, named alone: "the commitments that sit
# outside Student Services", "how Disability Services flags step-free needs"
_DEPARTMENT_RE = re.compile(
    r"(?:Student|Students['’]?|Customer|Guest|Visitor|Disability|Estates|Facilities|Member|"
    r"Pastoral|Careers|Library|Children['’]s|Adult|Social|Wellbeing|Learning|Academic)[ \t]+"
    r"(?:Services|Support|Affairs|Office|Registry)")


# a piece of work's title after the name: a client's ad or campaign listed in a portfolio
# ("2. Maple Row Dental, "Nervous Patients" (30")")
_TITLE_AFTER_RE = re.compile(r"[ \t]*,[ \t]*[\"“]")
# a test, a course or a card named after the body that sets it: "the CITB Health, Safety and
# Environment test", "the ISA Surf Rescue refresher"
_TEST_AFTER_RE = re.compile(r"(?:,?[ \t]+(?:(?:and|&)[ \t]+)?[A-Z][\w'’-]*)*[ \t]+"
                            r"(?:test|exam|card|certificate|assessment|course|refresher)\b")


# what the name is to the writer, in brackets or after a dash: a referee's employer, a customer
# ("VP of Finance, Carrow Dental Group (a customer)")
_RELATION_AFTER_RE = re.compile(r"[ \t]*\((?:a|an|my|our)[ \t]+(?:former[ \t]+|current[ \t]+)?"
                                r"(?:customer|client|supplier|partner)s?\)"
                                # a referee's: "Brennan Rail (my supervisor 2016-2023)"
                                r"|[ \t]*\(my[ \t]+(?:former[ \t]+|current[ \t]+)?(?:line[ \t]+)?"
                                r"(?:manager|supervisor|boss|employer)\b"
                                # a referee's: "Castlebridge University – my line manager"
                                r"|[ \t]+[–—-][ \t]+my[ \t]+(?:former[ \t]+|current[ \t]+)?"
                                r"(?:line[ \t]+)?(?:manager|supervisor|boss)\b")


# a course named for its level and subject: "the Tea Guild's Foundation in Tea Tasting"
_COURSE_END_RE = re.compile(r"\b(?:Foundation|Certificate|Diploma|Award)\Z")
_SUBJECT_AFTER_RE = re.compile(r"[ \t]+in[ \t]+[A-Z]")


_COPIED_AFTER_RE = re.compile(r"\.?\s+(?:is|are|has\s+been|have\s+been)\s+(?:copied|cc['’]?d|"
                              r"in\s+copy)\b")


# a phone number or an email address after the name, perhaps past a town or two or a dash
# ("Senior Clerk of Works, Pennine Housing Trust – 0113 496 0418"): someone's
# contact details ("Nurse Manager, Mercy Valley Hospital, (555) 201-4478", "Consultant at
# Royal Glenmore Hospital (m.collins@glenmore.example.nhs.uk)"), a referee's or the writer's
_CONTACT_AFTER_RE = re.compile(
    r"[ \t]*[,–—]?(?:[ \t]+(?:Co\.[ \t]+)?[A-Z][\w'’-]*,?){0,3}"
    r"(?:[ \t]*\([^()\n]{1,120}\))?"  # past an aside: "(supervised me in my first year)"
    r"(?:[ \t]*,[ \t]*who\b[^\n]{1,100}?[.;])?"  # or a clause: ", who knows my work."
    r"\s*[,–—-]?\s*[(\[]?"
    r"(?:(?:Phone|Tel|Mobile|Mob|Cell|Email|E-mail)\b\.?:?|\+?\d[\d \t().-]{6,}\d\b"
    r"|[\w.+-]+@[\w-]+\.)")


def _thing_after(text: str, end: int, after: frozenset[str]) -> bool:
    """Whether the word after a name makes it a course, a standard or a piece of work."""
    m = _NEXT_WORDS_RE.match(text, end)
    if m is None:
        return False
    if m.group(1).lower() in after:
        return True
    # past a possessive and a few lower-case words: "the Museums Association's short
    # course", "the Northgate Archives Trust's online eighteenth-century palaeography course"
    possessive = m.group()[0] in "'’" or text[max(0, end - 2):end] in ("'s", "’s")
    if not possessive:
        # past "and" and more capitalised words: "British Gymnastics Safeguarding and
        # Protecting Children course"
        more = _AND_MORE_RE.match(text, end)
        return more is not None and more.group(1) in after
    words = _LOWER_WORDS_RE.match(text, end)
    if words is None:
        return False
    # up to a determiner, which opens another thing: "Hartwell Building Society's member
    # base and the branch network" names no branch
    own = itertools.takewhile(lambda w: w not in _DETERMINERS, words.group().split())
    return any(w in after for w in own)


class _CompanyNames:
    """What tells another company's name from the own company, people and plain words."""

    def __init__(self, ctx: Context, company: str) -> None:
        core = company_core(company, ctx)
        self.own = {w.lower() for w in core}
        self.own_first = core[0].lower() if core else ""
        # a school, college, academy or institute named to a non-school employer is where
        # the writer studies, studied or trains ("a labor relations course at Truckee
        # Meadows Community College")
        self.schooling = not (self.own & _SCHOOLS)
        self.people = {p.lower() for parts in notes_names(ctx) for p in parts}
        # the job applied for, named in the subject or the body ("Surgical Veterinary
        # Technician"), shares words with the company's name but is none
        role = ctx.notes.role if ctx.notes else None
        self.role = {w.lower() for w in re.findall(r"[^\W_]+", role or "")}
        self.known = ctx.known_names
        self.famous = ctx.rules.word_set("companies")
        self.suffixes = ctx.rules.word_set("company_suffixes")
        self.ignore = ctx.rules.word_set("not_companies")
        self.markers = ctx.rules.word_set("company_markers")

    def _other_first_word(self, lows: list[str]) -> bool:
        """Another word where the company's first word goes, before one of its less common
        words ("Copper Kettle" for Bright Kettle Coffee)."""
        return (len(lows) >= 2 and lows[0] not in self.own and self.own_first not in lows
                and lows[0] not in self.suffixes and lows[0] not in self.markers
                and any(w in self.own and spelling.frequency(w) < 10_000 for w in lows[1:]))

    def is_plain_name(self, name: str) -> bool:
        """Whether ``name`` carries no mark of a company: no company word at its end, no
        well-known employer, no variation of the own company's name."""
        words = _name_words(name)
        lows = [w.lower() for w in words]
        return not (any(w in self.famous for w in words) or self._other_first_word(lows)
                    or (len(lows) > 1 and (lows[-1] in self.suffixes
                                           or lows[-1] in self.markers)))

    def is_other_company(self, name: str, source: str) -> bool:
        """Whether ``name``, found as ``source`` says, names a company other than the own."""
        if is_period(name):
            return False
        words = _name_words(name)
        lows = [w.lower() for w in words]
        if not lows or name in self.ignore or any(
                w in self.ignore or _compound(w, self.ignore) for w in words):
            return False
        if all(w.isupper() or _ACRONYMS_RE.fullmatch(w) for w in words) \
                and source != "listed" and not any(w in self.famous for w in words):
            return False  # acronyms and product names ("AUD and REG", "LEGO SPIKE kits", "EVs")
        if self.role and {p for w in lows for p in re.findall(r"[^\W_]+", w)} <= self.role:
            return False  # the job applied for ("Hand-Knotted Rug Restorer")
        if lows[-1] in _LEVELS or lows[0] in _NAMED_WORK:
            return False  # "the CSA Level 2 award", "Exercise Brosna", "Project Phoenix"
        if lows[0].rstrip(".") in TITLES:
            return False  # a person: "Mr Adeyemi"
        if lows[-1] in _PUBLIC_BODIES or (len(lows) > 1 and lows[-1] in PLACE_WORDS
                                          and "&" not in name):
            return False  # a county or a city ("the Eastfield County housing committee"), a
            # square or a street ("the Merrion Square stop"; "Harcourt & Lane" is a firm)
        if self.schooling and (lows[-1] in _SCHOOLS or tuple(lows[-2:]) in _TRAINING_CENTRES):
            return False  # where the writer studies or trains ("Solent Maritime Academy",
            # "Luzon Maritime Training Center")
        shared = self.own & set(lows)
        if shared and self._other_first_word(lows):
            return True  # "Copper Kettle" for Bright Kettle Coffee: a name misremembered
        if shared and (set(lows) <= self.own | self.suffixes | {"the", "&", "of"}
                       or any(spelling.frequency(w) < 2000 for w in shared)):
            return False  # the company's own name, or a variation of it
        if all(w in self.people or w in self.known or w in TITLES
               for w in lows[1 if lows[0].endswith("ing") and len(lows) > 1 else 0:]):
            return False  # people, perhaps after a verb: "Watching Marek's team grade ..."
        has_suffix = len(lows) > 1 and (lows[-1] in self.suffixes or lows[-1] in self.markers)
        if source in ("addressee", "employer") and len(lows) > 1:
            return True  # several capitalised words where only the employer's name goes
        if source == "run" and not has_suffix:
            return False  # a run of capitals is a company only with a company word at its end
        # an unknown capitalised word in a company slot counts only when it is no common word
        return (source == "listed" or has_suffix or any(w in self.famous for w in words)
                or not all(spelling.frequency(w) > 300 for w in lows))


def _name_words(name: str) -> list[str]:
    """The words of a name, without a leading article, a possessive "'s" ("Lakeshore's
    ICU": Lakeshore) or a period ("Q3")."""
    words = [re.sub(r"['’]s$", "", w)
             for w in re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", name) if not is_period(w)]
    return words[1:] if words and words[0] in ("The", "A", "An") else words


_LOWER_INSIDE_RE = re.compile(r"-[a-z]+-")
_ACRONYMS_RE = re.compile(r"[A-Z]{2,}s")  # an acronym's plural: "EVs", "ATMs"
_SCHOOLS = frozenset(("school", "academy", "college", "university", "institute"))
_TRAINING_CENTRES = frozenset((("training", "centre"), ("training", "center")))
_LEVELS = frozenset(("level", "stage", "grade", "tier", "phase", "module", "unit", "part"))
_NAMED_WORK = frozenset(("exercise", "operation", "project"))
# the last word of a place's name ("the Merrion Square stop")
PLACE_WORDS = frozenset(("square", "street", "road", "lane", "avenue", "quay", "bridge",
                         "beach", "harbour", "harbor", "park", "green", "hill", "market",
                         "cottage"))
_PUBLIC_BODIES = frozenset(("county", "city", "state", "borough", "district", "province",
                            "region", "township", "parish"))


def _compound(word: str, ignore: frozenset[str]) -> bool:
    """A hyphenated compound ("Python-to-Go", "Point-of-Sale"), not a company name."""
    return "-" in word and (_LOWER_INSIDE_RE.search(word) is not None
                            or any(p in ignore for p in word.split("-")))
