"""How the people in a letter are named: short forms of a name, and interviewers spoken of
in the third person (a letter to a recruiter or a coordinator who passes it on)."""

from __future__ import annotations

import re
import unicodedata

from coachkit.scoring.checks._company import CAP_WORD_RE
from coachkit.scoring.context import Context

__all__ = ["folded", "greets_by_short_name", "short_for", "speaks_of_interviewers",
           "writes_to_a_go_between"]


def folded(word: str) -> str:
    """Lower case without accents: "Siobhán" greets "Siobhan"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(c))


def short_for(word: str, name: str) -> bool:
    """Whether the folded ``word`` is ``name`` or a short form of it: its start ("Chris"
    for Christopher) or, from four letters, its end ("Tunde" for Babatunde)."""
    return word == name or (len(word) >= 3 and (name.startswith(word) or word.startswith(name))
                            ) or (len(word) >= 4 and name.endswith(word))


# an interviewer spoken of, not to: "pass my thanks to Mrs Eze", "Ray mentioned", "Did Dean
# say anything else", "If Sandra or Lee have a few minutes", "from Claire's side"
_OF_SOMEONE_BEFORE_RE = re.compile(r"\b(?i:to|from|with|if|whether|and|ask|in|did|or)\s+"
                                   r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?\Z")
_OF_SOMEONE_AFTER_RE = re.compile(r"\s+(?:mentioned|said|asked|explained|told|suggested|"
                                  r"described|hoped|gave|wanted|would|was|has|had|"
                                  r"(?:and|or)\s+[A-Z])\b|['’]s\s+(?:shoes|side)\b")
# what only a recruiter or an agency is told: "through another agency", "your client",
# "keep me on your books", "thank you for arranging my interview with ..."
_GO_BETWEEN_RE = re.compile(
    r"\b(?:another|other|an)\s+agenc(?:y|ies)\b|\byour\s+(?:other\s+)?clients?\b|\bput\s+me\s+forward\b"
    # "Thanks for getting me in front of Gary this morning"
    r"|\bgetting\s+me\s+in\s+front\s+of\b"
    r"|\bkeep\s+me\s+on\s+your\s+(?:list|books|radar|database)\b"
    r"|\b(?:arranging|organi[sz]ing|scheduling|coordinating|setting\s+up)\s+(?:my|the|"
    r"yesterday['’]s|today['’]s|this\s+morning['’]s)\s+interview\b|\bpass\s+on\s+my\s+thanks\b"
    # thanks for the arrangements themselves: "Thank you for arranging the quiet room"
    r"|\bthank\s+you\s+(?:so\s+much\s+)?for\s+(?:arranging|organi[sz]ing|booking)\s+the\b"
    r"|\bforward\s+(?:it\s+|them\s+|this\s+)?to\s+(?-i:[A-Z])"
    # news or feedback asked of someone who had it from the panel: "Any word from Aurelian
    # on Solenne?", "If Pavel or Lindsey gave you any feedback"
    r"|\bany\s+(?:word|news|update)\s+from\s+(?-i:[A-Z])|\bgave\s+you\s+any\s+feedback\b"
    # the employer's answer awaited through the reader: "Have you heard anything yet?", "Let
    # me know what they come back with", "I know Westmere were hoping to decide by the 20th"
    r"|\bhave\s+you\s+heard\s+(?:anything|back)\b|\bwhat\s+they\s+(?:come|came)\s+back\s+with\b"
    # "in case Boreal come back to you while I'm away"
    r"|\b(?:when|if|once|in\s+case)\s+(?:they|(?-i:[A-Z][\w&-]{1,40}))\s+(?:come|comes|get|gets)\s+"
    r"back\s+to\s+you\b"
    # "the team hoped to decide by 20 November", "Brightwell had mentioned making a decision"
    r"|\b(?:they|the\s+(?:team|panel|client|company|board|hiring\s+manager)|"
    r"(?-i:(?!We\b|You\b)[A-Z][\w&-]{1,40}))\s+(?:had\s+|has\s+|have\s+)?(?:(?:were|was|are|is|"
    r"had\s+been)\s+(?:hoping|planning|aiming|expecting)|hoped|planned|aimed|expected|mentioned|"
    r"said|wanted|intended)\s+(?:to\s+|on\s+)?(?:decide|deciding|reach(?:ing)?\s+a\s+decision|"
    r"confirm|mak(?:e|ing)\s+a\s+decision)\b"
    r"|\blet\s+me\s+know\s+what\s+they\s+(?:say|said|think|decide)\b"
    r"|\bwhere\s+(?:they|(?-i:[A-Z][\w&-]{1,40}))\s+(?:are|is)\s+(?:with\s+it|at\s+with)\b"
    r"|\bthanks?\s+(?:you\s+)?(?:\w+\s+)?for\s+setting\s+(?:it|this|that|things)\s+up\b",
    re.IGNORECASE)


# the reader spoken to as one of the panel: "Thank you for meeting with me", "You asked
# about", "our conversation", "pass my thanks to Sam as well"
_TO_AN_INTERVIEWER_RE = re.compile(
    r"\b(?:meeting|meet|met|speaking|talking|spoke|interviewing)\s+(?:with\s+)?(?:me|you)\b"
    r"|\byou\s+(?:asked|mentioned|said|described|explained|showed|told\s+me|raised)\b"
    r"|\bour\s+(?:conversation|discussion|chat|interview|meeting)\b|\bas\s+well\b|\btoo\b",
    re.IGNORECASE)


def speaks_of_interviewers(ctx: Context, names: list[list[str]]) -> bool:
    """Whether the body speaks of an interviewer by name in the third person, and never to
    the reader as one of the panel, as a letter to a recruiter or a coordinator does
    ("please pass my thanks to Mrs Eze")."""
    text = ctx.text
    parts = {p for ps in names for p in ps if len(p) >= 3}
    greeting = ctx.layout.greeting
    start = max(ctx.body_start, greeting[1] if greeting else 0)
    if _TO_AN_INTERVIEWER_RE.search(text, start, ctx.content_end):
        return False
    for m in CAP_WORD_RE.finditer(text, start, ctx.content_end):
        if m.group() in parts and (
                _OF_SOMEONE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                or _OF_SOMEONE_AFTER_RE.match(text, m.end())):
            return True
    return False


# notes of an application made through an agency: "CNC Programmer/Setter (nights, via
# Brightforge Technical Recruitment)"
_THROUGH_AGENCY_RE = re.compile(r"\b(?:via|through)\s+(?:an?\s+)?(?:agency|recruiter|headhunter|"
                                r"(?-i:[A-Z]))|\brecruitment\s+agency\b", re.IGNORECASE)


def writes_to_a_go_between(ctx: Context) -> bool:
    """Whether the body says what only a recruiter or an agency is told ("your client",
    "through another agency"), or the notes tell of an application made through one: the
    reader may not be one of the panel."""
    notes = ctx.notes
    if notes and _THROUGH_AGENCY_RE.search(f"{notes.role or ''} {notes.company or ''}"):
        return True
    return _GO_BETWEEN_RE.search(ctx.text, ctx.body_start, ctx.content_end) is not None


def greets_by_short_name(ctx: Context, names: list[list[str]]) -> bool:
    """Whether the greeting calls an interviewer by a short form of a name ("Dear Tunde"
    to Babatunde Adeyemi)."""
    greeting = ctx.layout.greeting
    if greeting is None:
        return False
    parts = [folded(p) for ps in names for p in ps if len(p) >= 4]
    return any(short_for(folded(m.group()), p)
               for m in CAP_WORD_RE.finditer(ctx.text, *greeting) for p in parts)
