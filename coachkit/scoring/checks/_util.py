"""Small helpers the check modules share."""

from __future__ import annotations

import re

from coachkit.scoring.context import Context
from coachkit.scoring.text import Span

URL_OR_EMAIL_RE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.(?:com|org|net|io|dev|ai|co|edu|gov|uk|de|app|me|info))+\b(?:/\S*)?"
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/[\w/?=&%#.-]+",
    re.IGNORECASE,
)


# each ASCII capital letter as "A", every other byte as "a": runs of capitals found in C
CAPITALS = bytes(65 if 65 <= c <= 90 else 97 for c in range(256))


def protected_spans(ctx: Context) -> list[Span]:
    """Spans of URLs, e-mail addresses and HTML tags, where word checks do not apply."""
    return ctx.memo("protected_spans", lambda: _find_protected(ctx.text))


_HINTS = ("@", "://", "www.", ".com", ".org", ".net", ".io", ".dev", ".ai", ".co", ".edu",
          ".gov", ".uk", ".de", ".app", ".me", ".info")
# one scan of the text instead of one per hint (and a domain's end before a path)
_HINTS_RE = re.compile("|".join(map(re.escape, _HINTS)) + r"|\.[A-Za-z]{2,6}/")


HTML_TAGS = ("a|b|i|u|p|br|hr|em|strong|div|span|img|script|style|ul|ol|li|h[1-6]|table|tr|td"
             "|th|font|iframe|svg|object|embed|link|meta|form|input|button|body|html|head")
HTML_TAG_RE = re.compile(rf"</?(?:{HTML_TAGS})\b[^<>\n]{{0,300}}/?>|<!--.*?-->", re.I | re.S)


def html_tags(ctx: Context) -> list[Span]:
    """Spans of HTML tags pasted into a draft."""
    return ctx.memo("html_tags", lambda: [m.span() for m in HTML_TAG_RE.finditer(ctx.text)]
                    if "<" in ctx.text else [])


def _find_protected(text: str) -> list[Span]:
    spans = ([m.span() for m in HTML_TAG_RE.finditer(text)] if "<" in text else [])
    if _HINTS_RE.search(text):
        spans.extend(m.span() for m in URL_OR_EMAIL_RE.finditer(text))
    return spans


def inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def first_line(ctx: Context) -> Span:
    """The first non-empty line of the body (or of the text), for whole-message findings."""
    lines = ctx.layout.lines
    if lines:
        return lines[0]
    return (0, len(ctx.text.rstrip()))


# fewer words than this is no reply, however gracious ("Thanks.")
_GRACIOUS_MIN_WORDS = 10
_THANKS_RE = re.compile(r"\b(?:thank|thanks|grateful|appreciate)", re.IGNORECASE)


def gracious_reply(ctx: Context, words: int) -> bool:
    """A reply to a rejection that thanks and keeps the door open is complete when short."""
    if ctx.kind != "rejection_reply" or words < _GRACIOUS_MIN_WORDS:
        return False
    if not _THANKS_RE.search(ctx.text, ctx.body_start, ctx.content_end):
        return False
    return bool(ctx.phrase_matches("concision.door_open", ctx.body_start))


# a note adding information that hands over one thing: an attachment, a link, a number,
# a detail the writer promised, forgot or was asked for
_HANDS_OVER_RE = re.compile(
    r"\b(?:attached|attaching|I\s+attach|enclosed|please\s+find|here(?:['’]s|\s+is|\s+are)|"
    r"as\s+(?:I\s+)?promised|as\s+(?:you\s+)?(?:requested|asked)|you\s+asked\s+for|"
    r"forgot\s+to\s+(?:give|send|bring|mention|say|answer|attach|hand|share|leave|include|tell)|"
    r"I\s+(?:said|promised)\s+I['’]?d|(?:one\s+thing|something)\s+I\s+(?:forgot|should\s+have))\b",
    re.IGNORECASE)


def hands_over_one_thing(ctx: Context, words: int) -> bool:
    """A note adding information that hands over what was promised, forgotten or asked for
    is complete when short ("Here's the CPD certificate I mentioned this morning")."""
    return (ctx.kind == "additional_info" and words >= _GRACIOUS_MIN_WORDS
            and _HANDS_OVER_RE.search(ctx.text, ctx.body_start, ctx.content_end) is not None)


# a line in a signature block: short, no sentence end, or a phone number, address, link
_NAME_LINE_RE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}")
_SIGNATURE_LINE_RE = re.compile(r"(?:[^.!?]|(?<=\b[A-Z])\.){1,60}"  # "D. Okafor Joinery"
                                r"|[^\n]*(?:@|https?://|www\.|\+?\d[\d ()./-]{6,})[^\n]*"
                                r"|[^\s.]+(?:\.[^\s.]+)*\.[a-z]{2,6}(?:/\S*)?"
                                # an extension: "Ext. 4417"
                                r"|(?:Ext|Extn|Tel|Mob)\.[ \t]*\d{2,6}")


def _signature_block(ctx: Context) -> list[Span]:
    """The short lines (names, titles, contact details) that end a draft whose sign-off
    was not found among its last lines; empty when a sign-off was found."""
    if ctx.layout.signoff is not None:
        return []
    lines = [ln for ln in ctx.layout.lines if ln[0] < ctx.content_end]
    block: list[Span] = []
    for s, e in reversed(lines[1:][-8:]):  # never the first line, at most eight
        if not _SIGNATURE_LINE_RE.fullmatch(ctx.text, s, e):
            break
        block.insert(0, (s, e))
    return block


def signature_start(ctx: Context) -> int:
    """Where the signature block begins: the sign-off line, or, when none was found (a long
    block of contact lines), the sign-off or name line among the short lines that end the
    draft."""
    for s, e in _signature_block(ctx):
        line = ctx.text[s:e].strip()
        if line.endswith(",") or _NAME_LINE_RE.fullmatch(line):
            return s
    return ctx.content_end


def distant_signoff(ctx: Context) -> Span | None:
    """A sign-off line ("Best regards,") above a signature too long for the layout to find
    it among the last lines."""
    for s, e in _signature_block(ctx):
        if ctx.text[s:e].rstrip().endswith(","):
            return (s, e)
    return None


# a short closing line ("Thanks again for your time on Tuesday.") and then the name alone
_CLOSING_LINE_RE = re.compile(r"[ \t]*(?:thanks|thank\s+you|many\s+thanks|all\s+the\s+best|best|"
                              r"appreciate\w*|wishing|with|warm|look(?:ing)?\s+forward|"
                              r"I\s+look\s+forward|I\s+hope|hope|take\s+care|talk\s+soon|"
                              r"cheers|have\s+a)\b", re.IGNORECASE)
_CLOSING_MOST_WORDS = 16
_NAME_LINE_RE = re.compile(r"[ \t]*[A-Z\u00C0-\u00DE][\w'’.-]*(?:[ \t]+[A-Z\u00C0-\u00DE][\w'’.-]*)"
                           r"{0,3}(?:,[ \t]*[A-Z]{2,6})?[ \t]*$")


def name_after_closing(ctx: Context) -> Span | None:
    """The name line under a short closing line of thanks or good wishes, the way many
    people end an email ("All the best with the WMS rollout." then "Dwayne"), with at
    most a few contact lines below it."""
    lines = ctx.layout.lines
    for i in range(len(lines) - 1, max(0, len(lines) - 4), -1):
        s, e = lines[i]
        if _NAME_LINE_RE.match(ctx.text, s, e) and _closes(ctx.text, *lines[i - 1]):
            return (s, e)
    return None


# a sign-off and the name on one line, as typed on a phone: "Cheers, Dean", or at the end
# of the message's one line ("... part of the summer team. Thanks, Jordan Kaye")
_SIGNOFF_AND_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?]))[ \t]*(?:cheers|thanks(?:\s+(?:very|so)\s+much|\s+again)?|many\s+thanks|"
    r"thank\s+you(?:\s+(?:very|so)\s+much|\s+again)?|best|best\s+wishes|"
    r"(?:best|kind|warm)\s+regards|regards|all\s+the\s+best|take\s+care)[ \t]*[,.–—-][ \t]*"
    r"((?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*)?)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def signoff_and_name(ctx: Context) -> Span | None:
    """The line that signs off and names the writer at once ("Cheers, Dean"), over at most
    a few contact lines; not one that thanks an interviewer by name ("Thanks, Lorraine")."""
    lines, text = ctx.layout.lines, ctx.text
    interviewers = {w.lower() for name in (ctx.notes.interviewers if ctx.notes else ())
                    for w in re.findall(r"[^\W\d_]+", name)}
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):  # a one-line message too
        s, e = lines[i]
        m = _SIGNOFF_AND_NAME_RE.search(text, s, e)
        if m:
            first = m.group(1).split()[0].lower()
            return None if first in interviewers else (s, e)
        if not _SIGNATURE_LINE_RE.fullmatch(text, s, e):
            return None
    return None


def bare_name_ending(ctx: Context) -> Span | None:
    """The name alone on a line that ends the draft (over at most a few contact lines: a
    trade's name, its address and a phone number), with no closing line above it: signed,
    if abruptly."""
    lines, text = ctx.layout.lines, ctx.text
    if lines and (m := _TEXT_SIGNED_RE.search(text, *lines[-1])):
        return m.span(1)  # signed at the end of its last line, as a text: "... starts. Dean"
    for i in range(len(lines) - 1, max(0, len(lines) - 5), -1):
        s, e = lines[i]
        if _NAME_LINE_RE.match(text, s, e):
            return (s, e)
        if not _SIGNATURE_LINE_RE.fullmatch(text, s, e):
            return None  # a sentence below it: the name line is not the end
    return None


# a name that ends the last line after a sentence, as a text message is signed
_TEXT_SIGNED_RE = re.compile(
    r"[.!?][ \t]+((?!(?:Thanks|Thank|Cheers|Now|Please|Regards|Best|Bye|Soon|Today|Tomorrow|"
    r"Again|Ok|Okay|Yes|No|Sorry|Congratulations|Congrats|Enjoy|Speak|Talk)\b)"
    r"[A-Z][a-z'’-]{1,30}(?:[ \t]+[A-Z][a-z'’-]{1,30})?)[ \t]*$")


# the first sentence addressed to the reader by name at its end: "Thank you for letting
# me know, Leilani."
_NAMED_AT_END_RE = re.compile(r",[ \t]+(?!(?:Okay|OK|Thanks|Again|Cheers|Best)\b)"
                              r"(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?[ \t]+)?[A-Z][\w'’-]{1,30}"
                              r"(?:[ \t]+[A-Z][\w'’-]{1,30})?[ \t]*[.!]$")


# "Thanks Declan – disappointing, but ...", "Thank you, Ananya.": a reply that opens by
# thanking (or answering) the reader by name, as a greeting would
_THANKS_NAME_RE = re.compile(
    r"(?:(?:Thanks|Thank[ \t]+you|Many[ \t]+thanks|Diolch|Merci|Gracias|Danke|Grazie)"
    r"(?:[ \t]+(?:so|very)[ \t]+much)?"
    r"(?:,?[ \t]+|[ \t]+for[^.!?\n,]{1,50},[ \t]+)"  # "Thanks for letting me know, Bronwyn,"
    r"|(?:Thanks|Thank[ \t]+you)[ \t]+for[ \t]+letting[ \t]+me[ \t]+know[ \t]+"  # "... Stuart."
    r"|(?:Fair[ \t]+enough|Understood|No[ \t]+worries|Noted),?[ \t]+)"  # "Fair enough Desmond,"
    r"(?!(?:Again|For|So|Very|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # "Thanks Sarah for letting me know"
    r"[A-Z][\w'’-]{1,30}(?:[ \t]*(?:[,.!–—]|-[ \t])|[ \t]+for[ \t])")


def named_at_first_sentence_end(ctx: Context) -> bool:
    """Whether the first sentence names the reader at its end, as a greeting would, or
    opens by thanking the reader by name."""
    sentences = ctx.layout.sentences
    if not sentences:
        return False
    if _THANKS_NAME_RE.match(ctx.text, sentences[0][0]):
        return True
    return (ctx.sentence_lengths[0] >= 4  # not "Pathetic, Chloé."
            and _NAMED_AT_END_RE.search(ctx.text, *sentences[0]) is not None)


_LAST_SENTENCE_RE = re.compile(r".*[.!?][ \t]+(?=\S)")


def _closes(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start:end`` is a short closing ("Looking forward to hearing
    from you."), or ends on one ("... around it. Thanks again!")."""
    line = text[start:end]
    if _CLOSING_LINE_RE.match(line) and len(line.split()) <= _CLOSING_MOST_WORDS:
        return True
    last = _LAST_SENTENCE_RE.match(line)
    tail = line[last.end():] if last else ""
    return bool(tail) and _CLOSING_LINE_RE.match(tail) is not None and len(tail.split()) <= 6
