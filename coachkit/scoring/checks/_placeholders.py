"""Template placeholders left in a draft: "[Company Name]", "{{first_name}}", "<Role>",
"XXX", "TODO", with what only looks like one left out (citations, check boxes, code,
markup shown in the message, an attachment's size, a convention quoted as an example)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coachkit.scoring.text import Span

__all__ = ["placeholders"]

_PLACEHOLDER_RE = re.compile(
    # not code's index after a name ("Sales[ShipDate]", "rows[0]")
    # nor a database's bracketed names ("FROM [dbo].[VendorMaster]")
    # (a long one too: "[SPECIFIC ACCOMPLISHMENT - e.g. a time you went above and beyond]")
    r"(?<![\w\]])(?<!\]\.)\[[^\[\]\n]{1,120}\](?!\.\[)"
    r"|\{\{?[^{}\n]{1,60}\}?\}"
    r"|<(?!/?(?:a|b|i|u|p|br|hr|em|strong|div|span|img|script|style|ul|ol|li|h\d|table|tr|td)\b)"
    r"[A-Za-z][A-Za-z _.'-]{1,40}>"
    # (not a karyotype's sex chromosomes: "46,XX,t(11;22)")
    r"|(?<![\w])(?<!\d,)(?:X{2,}|x{3,}|_{3,}|#{3,}|\?{3,})(?![\w])"
    r"|\b(?:INSERT|TODO|TBD|FILL IN)\b"
)


_PLACEHOLDER_HINTS = ("[", "{", "<", "XX", "xxx", "___", "###", "???", "INSERT", "TODO", "TBD",
                      "FILL IN")
_PLACEHOLDER_HINTS_RE = re.compile("|".join(map(re.escape, _PLACEHOLDER_HINTS)))


# letters of the phonetic alphabet beyond ASCII (IPA extensions, length and stress marks,
# diacritics, and the few Latin and Greek letters IPA borrows)
_IPA = "æçðŋøœθβχɐ-ʯʰ-˿\u0300-\u036f"
# what brackets hold that is no placeholder
_NOT_PLACEHOLDER_RE = re.compile(r"\d+|[a-z]|sic|illegible|unclear|\.\.\.|…|[ ✓✔]|[.:@]|dot|"
                                 r"EXT|EXTERNAL|External"
                                 # a redaction marks what was taken out: "[redacted]"
                                 r"|[Rr]edacted|REDACTED|[Ww]ithheld|WITHHELD"
                                 # a patch's subject on a mailing list: "[PATCH v3 1/2]"
                                 r"|(?:RFC\s+)?PATCH(?:\s+v\d+)?(?:\s+\d+/\d+)?|RFC"
                                 # a range of numbers, perhaps named: "[wght 300–800]"
                                 r"|(?:[A-Za-z]{1,8}\s+)?\d+(?:\.\d+)?\s*[–—-]\s*\d+(?:\.\d+)?"
                                 # a transcript's conventions: "[crosstalk 00:14:32]"
                                 r"|(?:inaudible|crosstalk|laughter|laughs|pause|overlapping|"
                                 r"indistinct|unintelligible)(?:\s+\d{1,2}:\d\d(?::\d\d)?)?"
                                 # a sound in phonetic letters: "the [ɵː] of the leads"
                                 rf"|[a-z.]*[{_IPA}][a-z.{_IPA}]*"
                                 # a mail client's note of what it holds: "[8 attachments]";
                                 # an annotation scheme's tag: "[PII:NAME]"
                                 r"|\d+\s+attachments?|[A-Z]{2,10}:[A-Z_]{2,20}"
                                 # a catalogue's conventions: "pp. [ii], 46", "[ANON.]"
                                 r"|[ivxl]{1,6}|ANON\.?")
_ALONE_ON_LINE_RE = re.compile(r"[ \t]*_+[ \t]*$", re.MULTILINE)
# a box opens a line, perhaps after a list marker ("- [X] DBS check"); after a word "[X]"
# stands for a number ("Section [X]", "for [X] years")
_BOX_BEFORE_RE = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])?[ \t]*")
# what a template marks as still to write, even in quotes: "[INSERT FINAL TITLE]"
_TO_FILL_RE = re.compile(r"\b(?:INSERT|TODO|TBD|FILL IN)\b")

# a placeholder of an earlier message quoted by a writer owning the slip: "the thank-you I
# sent opened with "Dear [Name]"", "sorry about the "[Name]""
_SLIP_QUOTED_RE = re.compile(r"(?:\b(?:opened|started|began|went\s+out)\s+with|\b(?:sorry|"
                             r"apologies|apologi[sz]e|apologi[sz]ing)\s+(?:about|for))\s+"
                             r"(?:the\s+|a\s+|an\s+)?[\"“][^\"”\n]{0,30}\Z", re.IGNORECASE)
_QUOTE_CLOSES_RE = re.compile(r"[^\"”\n]{0,30}[\"”]")
_FILE_SIZE_RE = re.compile(r"\b\d+(?:\.\d+)?\s?(?:KB|MB|GB|kB)\b")
# an example of the placeholders a redacted document holds: "replaced them with
# placeholders in square brackets, e.g. [Requested Person]"
_REDACTION_EXAMPLE_RE = re.compile(r"\b(?:placeholders?|brackets|redact\w*|anonymi[sz]\w*)\b"
                                   r"[^.!?\n]{0,60}(?:e\.g\.|i\.e\.|such\s+as|for\s+example)"
                                   r",?\s*$", re.IGNORECASE)


# wording the writer offers for others to fill in, introduced as such before the quote:
# "here is the plain-English consent wording I mentioned: "... with [agency] ...""
_WORDING_BEFORE_RE = re.compile(r"\b(?:wording|template|script|form\s+of\s+words|"
                                r"sample\s+(?:letter|text|message))\b", re.IGNORECASE)


def _in_offered_wording(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation, within one paragraph, that the
    writer has just introduced as wording or a template for others to fill in."""
    opening = max(text.rfind('"', 0, start), text.rfind("“", 0, start))
    if opening < 0 or "\n\n" in text[opening:start]:
        return False
    closings = [i for i in (text.find('"', end), text.find("”", end)) if i != -1]
    if not closings or "\n\n" in text[end:min(closings)]:
        return False
    return _WORDING_BEFORE_RE.search(text, max(0, opening - 300), opening) is not None


def _markup_tag(text: str, name: str) -> bool:
    """Whether ``<name>`` is a tag of markup the text shows: the text closes it, or opens
    it with attributes."""
    return f"</{name}>" in text or re.search(rf"<{re.escape(name)}\s+[\w:-]+=", text) is not None


def placeholders(text: str) -> Iterator[Span]:
    """Where ``text`` holds a placeholder left from a template."""
    if not _PLACEHOLDER_HINTS_RE.search(text):  # one scan for all the hints
        return
    for m in _PLACEHOLDER_RE.finditer(text):
        inner = m.group().strip("[]{}<>").strip()
        if _NOT_PLACEHOLDER_RE.fullmatch(inner):
            continue  # citation numbers, list markers, [sic] and [illegible], check boxes, a
            # defanged link, a mail system's tag ("RE: [EXT] Stock Controller interview")
        start, end = m.span()
        if m.group()[0] == "_" and end - start >= 8 and _ALONE_ON_LINE_RE.match(
                text, text.rfind("\n", 0, start) + 1):
            continue  # a rule above a quoted email: "________________________________"
        if inner in ("", "X") and _BOX_BEFORE_RE.fullmatch(
                text, text.rfind("\n", 0, start) + 1, start):
            continue  # a box, ticked or not: "[X] Right to work checked", "- [ ] uniform"
        if (m.group()[0] == "[" and start and text[start - 1] in "\"“"
                and text[end:end + 1] in ("\"", "”") and not _TO_FILL_RE.search(inner)):
            continue  # a bracket quoted as an example of a convention: "[or a ...]"
        if _REDACTION_EXAMPLE_RE.search(text, max(0, start - 120), start):
            continue  # an example of a redacted document's placeholders
        if (_SLIP_QUOTED_RE.search(text, max(0, start - 60), start)
                and _QUOTE_CLOSES_RE.match(text, end)):
            continue  # an earlier slip owned: 'my email opened with "Dear [Name]"'
        if not _TO_FILL_RE.search(inner) and _in_offered_wording(text, start, end):
            continue  # wording offered for others to fill in: "... with [agency] ..."
        if _FILE_SIZE_RE.search(inner):
            continue  # an attachment's type and size: "[PDF, 1.2 MB]"
        if m.group()[0] == "<" and _markup_tag(text, inner):
            continue  # a tag of the XML shown in the message: "<placeName>"
        yield start, end
