"""Correctness: spelling, repeated words, capitals, spacing, confused words, placeholders."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from coachkit.scoring import spelling
from coachkit.scoring.checks._cut_off import cut_off
from coachkit.scoring.checks._placeholders import placeholders
from coachkit.scoring.checks._promises import missing_below
from coachkit.scoring.checks._repeats import repeated_sentences
from coachkit.scoring.checks._spacing import spacing
from coachkit.scoring.checks._tokens import (
    foreign_clauses,
    foreign_lines,
    foreign_quotes,
    marked_foreign,
    spelling_token,
    token_starts,
)
from coachkit.scoring.checks._util import (
    bare_name_ending,
    distant_signoff,
    first_line,
    html_tags,
    inside,
    name_after_closing,
    named_at_first_sentence_end,
    protected_spans,
    signoff_and_name,
)
from coachkit.scoring.context import Context
from coachkit.scoring.registry import Check, Function, Hit, PhraseList
from coachkit.scoring.text import Span, used_mid_sentence

_SENTENCE_OPENERS_SKIP = re.compile(r"(?:[-*•–—>]|\d|https?:|www\.|e\.g\.|i\.e\.)", re.I)


def _empty(ctx: Context) -> Iterator[Hit]:
    if not ctx.layout.starts:
        yield Hit(0, len(ctx.text),
                  message="The draft is empty: write a greeting, your thanks, one specific "
                          "point from the interview and a sign-off.")


def _sentence_starts(ctx: Context) -> set[int]:
    starts = {s for s, _ in ctx.layout.sentences}
    span = ctx.subject_span
    if span:
        starts.add(span[0])
    return starts


# listed misspellings that are the usual spelling after the first part of a compound
_COMPOUND_HEADS = {"thru": ("drive-", "walk-")}


def _spelling(ctx: Context) -> Iterator[Hit]:
    known = ctx.known_names
    listed = ctx.rules.corrections("correctness.spelling")
    # one dictionary look-up per distinct word; only the doubtful ones are looked at
    words = ctx.word_index.vocabulary
    # words of other languages are never reported, but count toward a line of one
    other = ctx.rules.word_set("other_language_words") & words
    doubtful = (spelling.unknown(words) - known) | (listed.keys() & words) | other
    if not doubtful:
        return
    skip = [*protected_spans(ctx), *marked_foreign(ctx.text)]
    name = bare_name_ending(ctx)  # "Amara" alone under the last line: the writer's name
    if name is not None:
        skip = [*skip, name]
    starts = _sentence_starts(ctx)
    index = ctx.word_index
    foreign = (foreign_lines(ctx.text, index.word_starts, index.positions, doubtful)
               if len(doubtful) >= 4 else [])
    foreign += foreign_quotes(ctx.text, index.word_starts, index.positions, doubtful)
    foreign += foreign_clauses(ctx.text, index.word_starts, index.positions, doubtful)
    reported: set[str] = set()
    for token_start in sorted(token_starts(ctx.text, index.positions, doubtful)):
        token = spelling_token(ctx.text, token_start, skip)
        if token is None:
            continue
        start, core, lower = token
        if lower in listed:
            if ctx.text[max(0, start - 7):start].lower().endswith(_COMPOUND_HEADS.get(lower, ())):
                continue
            right = listed[lower]
            right = right.capitalize() if core[0].isupper() else right
            yield Hit(start, start + len(core), message=f"Common misspelling of '{right}'",
                      suggestion=right)
            continue
        if lower in reported or lower in other:
            continue  # a repeated word is reported where it first appears
        hit = _unknown_word(ctx, start, core, lower, starts)
        if hit is not None and foreign and inside(start, foreign):
            hit = replace(hit, severity="suggestion", suggestion=None,
                          message="Not in the dictionary, in a line of another language: "
                                  "check it if it is meant to be English")
        if hit is not None:
            reported.add(lower)
            yield hit


def _unknown_word(ctx: Context, start: int, core: str, lower: str,
                  starts: set[int]) -> Hit | None:
    """A hit for a word the dictionary lacks, unless it is a name, a term or a prefix."""
    text = ctx.text
    end = start + len(core)
    if len(core) < 2 or lower in ctx.known_names or spelling.is_known(lower):
        return None
    tail = core[1:]  # islower(): no capital in it, known without a loop
    if (not tail.islower() and any(ch.isupper() for ch in tail)) or not lower.isascii():
        return None  # acronyms, CamelCase product names, names with accents
    if end < len(text) and text[end] == "-" and lower in _PREFIXES:
        return None  # pre-shift, co-led
    if start and text[start - 1] == "-" and _joined_is_known(text, start, lower):
        return None  # pre-empt: the word is known written solid
    if spelling.british_to_american(lower) is not None:
        return None  # analysing, organise, candour
    if lower.endswith(_LATIN_ENDINGS) and (genus := _GENUS_BEFORE_RE.search(
            text, max(0, start - 40), start)) and spelling.frequency(genus.group(1).lower()) < 200:
        return None  # a species' Latin name: "Pachysandra terminalis"
    capitalised = core[0].isupper()
    if capitalised and (start not in starts or _looks_like_name(text, start, end)):
        return None  # a proper noun
    never = ctx.rules.word_set("never_suggest")
    found = tuple(w for w in spelling.suggestions(lower) if w not in never)
    if _prefixed_known(lower) and not any(spelling.one_edit_apart(lower, w)
                                          and not lower.startswith(w) for w in found):
        # "reframed", "recalibrated" (not "recalibrate" misspelt): a prefix written solid on
        # a known word ("reguards" is not)
        return None
    if capitalised:
        if not found:
            return None  # most likely a name at the start of a sentence
        found = tuple(w.capitalize() for w in found)
    if found:
        # short lower-case words are often abbreviations the dictionary lacks, and a word
        # spelt the same way twice is more often a term ("lidar") than a slip: milder
        unsure = capitalised or len(core) <= 3
        repeats = len(ctx.word_index.positions.get(lower, ())) > 1
        mild = ("suggestion", "warning") if repeats else ("warning", None)
        right = _with_apostrophe(core) or found[0]
        return Hit(start, end, message=f"Possible misspelling of '{right}'",
                   suggestion=right, severity=mild[0] if unsure else mild[1])
    right = _with_apostrophe(core)
    if right:
        return Hit(start, end, severity="suggestion", suggestion=right,
                   message=f"Missing apostrophe: '{right}'")
    # nothing near it in the dictionary: a term more likely than a typo
    return Hit(start, end, severity="suggestion",
               message="Not in the dictionary: check the spelling, or add the word to "
                       "the notes' vocabulary if it is a name or a term of the trade")


# contractions typed without their apostrophe, as on a phone: the nearest dictionary words
# ("didst" for "didnt", "give" for "ive") would be wrong fixes
_NO_APOSTROPHE = {
    "im": "I'm", "ive": "I've", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't",
    "isnt": "isn't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't", "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "shouldnt": "shouldn't", "arent": "aren't", "youre": "you're", "youve": "you've",
    "youll": "you'll", "theyre": "they're", "theyve": "they've", "thats": "that's",
    "whats": "what's"}


def _with_apostrophe(core: str) -> str | None:
    """The contraction ``core`` stands for, typed without its apostrophe, in its case."""
    right = _NO_APOSTROPHE.get(core.lower())
    if right is None or not core[0].isupper():
        return right
    return right[0].upper() + right[1:]


_HEAD_RE = re.compile(r"[^\W\d_]{1,12}$")
# a genus (a capitalised word the dictionary lacks, or knows as rare) right before a
# species' epithet
_GENUS_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,})[ \t]+\Z")
_LATIN_ENDINGS = ("is", "us", "um", "ae", "ii", "ensis", "oides", "ica", "alis", "folia",
                  "flora", "ana", "ina", "ata", "osa", "ella", "ia", "ens", "ans")


def _joined_is_known(text: str, start: int, lower: str) -> bool:
    """Whether the word before the hyphen at ``start - 1``, joined to ``lower``, is a
    known word ("pre-empt": "preempt")."""
    head = _HEAD_RE.search(text, max(0, start - 13), start - 1)
    return head is not None and spelling.is_known(head.group().lower() + lower)


# prefixes written solid on a known word, each with the shortest word it may go on: short
# words would let typos through ("refrom" is not "re" + "from", "untill" not "un" + "till");
# a word one edit from a common one is still a typo ("reguards")
_SOLID_PREFIXES = (("re", 5), ("mis", 6), ("pre", 6), ("un", 6))


def _prefixed_known(lower: str) -> bool:
    """Whether ``lower`` is a prefix of ``_SOLID_PREFIXES`` on a known word of at least
    that prefix's length ("reframed", "prebooked", "unticked")."""
    return any(lower.startswith(prefix) and len(lower) - len(prefix) >= shortest
               and spelling.is_known(lower[len(prefix):])
               for prefix, shortest in _SOLID_PREFIXES)


_PREFIXES = frozenset((
    "pre", "re", "co", "non", "multi", "post", "sub", "anti", "semi", "inter", "mid",
    "cross", "self", "ex", "over", "under", "out", "micro", "macro", "meta", "mini",
    "thermo", "bio", "eco", "hydro", "electro", "geo", "agri", "aero", "petro", "cryo",
))
_NAME_AFTER_RE = re.compile(r"\s+(?:[A-Z][^\W\d_]+|and\s+I|and\s+[A-Z])|['’]s\b")


def _looks_like_name(text: str, start: int, end: int) -> bool:
    """A capitalised word followed by another capitalised word or a possessive, or used
    capitalised again in mid-sentence: a name, not a typo."""
    if _NAME_AFTER_RE.match(text, end):
        return True
    return used_mid_sentence(text, text[start:end])  # indexed: one search per word was quadratic


_REPEAT_RE = re.compile(r"(?<![\w'’-])([^\W\d_]+)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)
# pairs that can be right ("that that", "had had", "moi moi"): flagged as a suggestion
_REPEAT_MAYBE = {"that", "had", "bye", "so", "ha", "hear", "is", "moi", "pom", "chop", "yada"}
# a verb's particle, then a time: "the handler we worked on on Tuesday", "sent in in March"
_PARTICLE_BEFORE_TIME_RE = re.compile(
    r"[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d)\b")


# the word after a doubled one, to see whether it is the same word a third time
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)\b")
_NAME_WORD_BEFORE_RE = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w'’&-]*[ \t]+\Z")


def _repeated(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    # a doubled word is two places of the same word with only white space between (so
    # two words next to each other in the text)
    starts, words = ctx.word_index.sequence()
    pairs = []
    for i in ctx.word_index.doubled():
        first, second, word = starts[i], starts[i + 1], words[i]
        gap = text[first + len(word):second]
        # a word that ends one line and starts the next, indented ("x actual volume" over
        # "  volume effect = ..."), is two lines of a list, not a slip
        if gap and gap.isspace() and first >= ctx.body_start and (
                "\n" not in gap or gap == "\n"):
            pairs.append(first)
    last_end = -1
    for start in sorted(pairs):
        m = _REPEAT_RE.match(text, start) if start >= last_end else None
        if m is None:
            continue
        last_end = m.end()
        word = m.group(1)
        if "\n\n" in m.group(2) or ("\n" in m.group(2) and m.group(3)[0].isupper()):
            continue  # a name ending one line and opening the next: "Dean Whitlow" over
            # "Whitlow Electrical Ltd"
        if m.group(1)[0].isupper() and m.group(3)[0].isupper() and not spelling.is_known(
                word.lower()):
            continue  # a place or a name: "Wagga Wagga", "Walla Walla"
        if (word[0].isupper() and m.group(3)[0].islower()
                and _NAME_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())):
            continue  # a name's last word, then the word itself: "took Free From from £31m"
        if len(word) == 1 and word.isupper() and word not in "IA":
            continue  # symbols of a formula: "replacing U with U U† U"
        third = _NEXT_WORD_RE.match(text, m.end())
        if third and third.group(1).lower() == word.lower():
            last_end = third.end()
            continue  # three times is meant: the theatre's "toi toi toi", "ho ho ho"
        if word.lower() in _REPEAT_MAYBE or (
                word.lower() in ("on", "in") and _PARTICLE_BEFORE_TIME_RE.match(text, m.end())):
            yield Hit(m.start(), m.end(), severity="suggestion", suggestion=word,
                      message=f"'{word}' twice: check that this is meant")
        else:
            yield Hit(m.start(), m.end(), message=f"'{word}' is written twice",
                      suggestion=word)


_QUOTED_END_RE = re.compile(r"[?!][\"”’')][ \t]+$")
_LIST_MARKER_RE = re.compile(r"[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]+")


def _sentence_case(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    names_line = ctx.layout.signoff
    greeting = ctx.layout.greeting
    for s, e in ctx.layout.sentences:
        if names_line and s > names_line[0]:
            break
        first = text[s]
        if not first.islower() or _SENTENCE_OPENERS_SKIP.match(text, s):
            continue
        if greeting and greeting[1] <= s and "\n" not in text[greeting[1]:s]:
            continue  # "Hi Marisol, thanks for ...": the sentence goes on from the greeting
        if _LIST_MARKER_RE.fullmatch(text, text.rfind("\n", 0, s) + 1, s):
            continue  # "1. a SQL mapping table;": a list item continues its lead-in
        if _QUOTED_END_RE.search(text, max(0, s - 4), s):
            continue  # 'parents asking "what does a 3 mean?" dropped off', "keep the English
            # department!) happy": one sentence
        word_end = s
        while word_end < e and not text[word_end].isspace():
            word_end += 1
        token = text[s:word_end]
        if (any(ch.isupper() for ch in token[1:]) or "@" in token or "." in token[:-1]
                or "_" in token or "()" in token):
            continue  # iPhone, eBay, e-mail addresses, file names, pg_stat_statements
        word = re.match(r"[^\W\d_]+", token)
        end = s + (len(word.group()) if word else 1)
        yield Hit(s, end, message="Start the sentence with a capital letter",
                  suggestion=text[s:end].capitalize())


# the literal comes first so the search can jump from one "i" to the next
_LOWER_I_RE = re.compile(r"i(?<![\w'’.\-/]i)(?:['’](?:m|ve|d|ll))?(?![\w'’\-/])(?!\.\w)")


def _lowercase_i(ctx: Context) -> Iterator[Hit]:
    text, body = ctx.text, ctx.body_start
    # a match is the word "i" on its own: tried where the text has it in lower case
    quoted: list[Span] | None = None
    for start in ctx.word_index.positions.get("i", ()):
        m = _LOWER_I_RE.match(text, start) if text[start] == "i" and start >= body else None
        if m and quoted is None:  # "Bore da, sut alla i helpu?": a quote in another language
            index = ctx.word_index
            doubtful = spelling.unknown(index.vocabulary) - ctx.known_names
            quoted = [*foreign_quotes(text, index.word_starts, index.positions, doubtful),
                      *marked_foreign(text)]
        if m and not inside(start, quoted or []):
            yield Hit(m.start(), m.end(), message="Write 'I' as a capital letter",
                      suggestion="I" + m.group()[1:])


_VOWEL_SOUND_CONSONANTS = re.compile(
    r"(?:hour|honest|honou?r|heir|herb\b)", re.IGNORECASE)
_CONSONANT_SOUND_VOWELS = re.compile(
    r"(?:uni(?!n|mp)|use|usu|uti|ufo|eu|ewe|one\b|once\b|ubiq|ukr|uran|uro|u[.-]s|u-)",
    re.IGNORECASE)
# a letter after '&' or '/' ends an acronym (FP&A, R/A), it is no article
_ARTICLE_RE = re.compile(r"(?<![\w'’&/-])(a|an|A|An)\s+([^\W\d_][\w'’-]*)")
_LETTER_VOWEL_SOUND = set("AEFHILMNORSX")
# "A and B cameras", "plan A or B": the letter A, not an article
_LETTER_A_RE = re.compile(r"A\s+(?:and|or|to|through|vs\.?)\s+[B-Z]\b")
# acronyms said both as letters and as a word: "an SQL query" and "a SQL query" are both right
_EITHER_ARTICLE = frozenset(("SQL", "MySQL", "NoSQL"))
# capitals said as a word whose letter would take 'an': a README, a NATO exercise, a LEGO set
_SAID_AS_A_WORD = frozenset(("README", "NASA", "NATO", "LIDAR", "LiDAR", "RADAR", "SCUBA",
                             "LASER", "SONAR", "FIFA", "NEET", "SWAT", "LEGO"))


@functools.lru_cache(maxsize=4096)  # the same words follow 'a' in draft after draft
def _wants_an(word: str) -> bool | None:
    """True if the word takes 'an', False for 'a', None when unsure."""
    if word in _EITHER_ARTICLE:
        return None
    if word in _SAID_AS_A_WORD:
        return False
    if len(word) > 1 and word.isupper():
        letters = word.rstrip("0123456789")  # a score's name with its version: a NEWS2
        if len(letters) >= 4 and spelling.frequency(letters.lower()) >= 5000:
            return _wants_an(letters.lower())  # a word set in capitals: a FULL OUTER JOIN
        if (len(letters) >= 4 and letters[1] in "AEIOU" and word[0] in _LETTER_VOWEL_SOUND
                and letters[0] not in "AEIOU"):
            return None  # said as a word or letter by letter: "a NERC grant", "an NICU"
        return word[0] in _LETTER_VOWEL_SOUND  # spelled-out acronyms: an MBA, a KPI
    if _VOWEL_SOUND_CONSONANTS.match(word):
        return True
    if _CONSONANT_SOUND_VOWELS.match(word):
        return False
    first = word[0].lower()
    if first in "aeiou":
        return True
    if first.isalpha() and first.isascii():
        return False
    return None


def _article(ctx: Context) -> Iterator[Hit]:
    positions = ctx.word_index.positions
    starts = sorted([*positions.get("a", ()), *positions.get("an", ())])
    for start in starts:
        m = _ARTICLE_RE.match(ctx.text, start)
        if m is None or start < ctx.body_start:
            continue
        article, word = m.group(1), m.group(2)
        if len(word) == 1 or (article == "A" and _LETTER_A_RE.match(ctx.text, start)):
            continue
        wants = _wants_an(word)
        if wants is None:
            continue
        has_an = article.lower() == "an"
        if wants != has_an:
            right = ("an" if wants else "a")
            right = right.capitalize() if article[0].isupper() else right
            yield Hit(m.start(1), m.end(1), message=f"Use '{right}' before '{word}'",
                      suggestion=right)


# a forwarded message the writer says above it is their own, sent again: "Resending the
# message below - I've just noticed it bounced"
_FORWARDED_RE = re.compile(r"-{3,}\s*Forwarded\s+message|Begin\s+forwarded\s+message",
                           re.IGNORECASE)
_RESENT_RE = re.compile(r"\b(?:resend(?:ing)?|re-send(?:ing)?|sending\s+(?:it|this)\s+again)\b"
                        r"|\bbounced\b"
                        # a message forwarded on purpose: "shared with the client's written
                        # OK; their email is below", "I'm forwarding the reference from"
                        r"|\b(?:their|his|her|the\s+client['’]s)\s+(?:email|reply|message)"
                        r"\s+is\s+below\b|\b(?:I['’]m|I\s+am|I['’]ve|I\s+have)\s+forward(?:ing|ed)\b"
                        # "The confirmation is forwarded below", "The confirmation from the
                        # training centre is below"
                        r"|\bforwarded\s+(?:below|underneath)\b|\b(?:confirmation|booking|"
                        r"certificate|reference|email|message|receipt|letter)\b[^.!?\n]{0,50}?"
                        r"\bis\s+(?:below|underneath)\b",
                        re.IGNORECASE)


def _placeholder(ctx: Context) -> Iterator[Hit]:
    for entry, start, end in ctx.phrase_matches("correctness.placeholder"):
        if (_FORWARDED_RE.match(ctx.text, start)
                and _RESENT_RE.search(ctx.text, ctx.body_start, start)):
            continue  # the writer's own message, resent
        yield Hit(start, end, why=entry.why,
                  message="A note to yourself left in the message: delete it")
    for start, end in placeholders(ctx.text):
        yield Hit(start, end,
                  message="Leftover template placeholder: replace it with the real words")


def _markup(ctx: Context) -> Iterator[Hit]:
    for start, end in html_tags(ctx):
        yield Hit(start, end, message="HTML tag in a plain-text message: most mail clients "
                                      "show it as it is; remove it and write plain text")


def _greeting(ctx: Context) -> Iterator[Hit]:
    if ctx.layout.greeting is None and not named_at_first_sentence_end(ctx):
        yield Hit(*first_line(ctx), message="Open with a greeting, e.g. 'Dear Ms. Whitfield,'")


def _signoff(ctx: Context) -> Iterator[Hit]:
    if (ctx.layout.signoff is None and ctx.layout.lines and distant_signoff(ctx) is None
            and name_after_closing(ctx) is None and signoff_and_name(ctx) is None):
        name = bare_name_ending(ctx)
        if name is not None:  # signed, only without a closing line: not a text message
            yield Hit(*name, severity="suggestion",
                      message="Add a closing line such as 'Best regards,' above your name")
            return
        if _NAMES_ITSELF_RE.search(ctx.text, ctx.body_start, ctx.content_end):
            return  # a text message that says at its start who sends it
        short = ctx.kind == "rejection_reply" and len(ctx.layout.sentences) <= 3
        yield Hit(*ctx.layout.lines[-1], severity="suggestion" if short else None,
                  message="End with a sign-off such as 'Best regards,' and your name")


# a message that names its writer as a text does: "Hi Dev, it's Kieran from this afternoon"
_NAMES_ITSELF_RE = re.compile(r"\b(?:it['’]s|this\s+is)[ \t]+(?-i:[A-Z][\w'’-]{1,30})(?:[ \t]+"
                              r"(?-i:[A-Z][\w'’-]{1,30}))?[ \t]+(?:from|here)\b"
                              # "Evening Dean, it's Callum Reid. Thanks for seeing me"
                              r"|\b(?:it['’]s|this\s+is)[ \t]+(?-i:[A-Z][\w'’-]{1,30})[ \t]+"
                              r"(?-i:[A-Z][\w'’-]{1,30})[ \t]*[.!,]"
                              # "Hi Lorna, Shannon here from the bin cleaning interview"
                              r"|(?:^|[,.!][ \t]+)(?-i:[A-Z][\w'’-]{1,30})(?:[ \t]+"
                              r"(?-i:[A-Z][\w'’-]{1,30}))?[ \t]+here[ \t]*(?:from\b|[,–—-])",
                              re.IGNORECASE | re.MULTILINE)


CHECKS: tuple[Check, ...] = (
    Check("correctness.empty", "correctness", "error", "The draft is empty",
          "An empty message cannot be judged or sent.", Function(_empty), scope="message"),
    Check("correctness.spelling", "correctness", "error", "Possible misspelling",
          "A typo tells a busy reader the note was written in a hurry.", Function(_spelling)),
    Check("correctness.repeated_word", "correctness", "error", "Repeated word",
          "A doubled word is a slip every reader notices.", Function(_repeated)),
    Check("correctness.repeated_sentence", "correctness", "error", "Sentence pasted twice",
          "A sentence or paragraph that appears twice shows the note was never read over "
          "before it was sent.", Function(repeated_sentences)),
    Check("correctness.sentence_case", "correctness", "warning",
          "Start the sentence with a capital letter",
          "Sentences that start in lower case look careless.", Function(_sentence_case)),
    Check("correctness.lowercase_i", "correctness", "error", "Write 'I' as a capital letter",
          "A lower-case 'i' reads as a chat message, not a letter.", Function(_lowercase_i)),
    Check("correctness.spacing", "correctness", "warning", "Spacing or punctuation slip",
          "Stray spaces and doubled punctuation look unpolished.", Function(spacing)),
    Check("correctness.confused_words", "correctness", "error", "Commonly confused word",
          "Mixing up your/you're or then/than is the kind of slip recruiters remember.",
          PhraseList("correctness.confused_words")),
    Check("correctness.article", "correctness", "warning", "Wrong article",
          "'a' goes before a consonant sound, 'an' before a vowel sound.", Function(_article)),
    Check("correctness.placeholder", "correctness", "error", "Leftover template placeholder",
          "A bracketed placeholder shows at once that the note is a template.",
          Function(_placeholder)),
    Check("correctness.missing_below", "correctness", "warning",
          "Says something follows, but nothing does",
          "A note that promises links, samples or figures 'below' and then ends makes the "
          "reader go looking, and reads as sent in a hurry: paste them in, or change the "
          "sentence.", Function(missing_below)),
    Check("correctness.cut_off", "correctness", "warning", "Sentence cut off",
          "A note that stops in the middle of a sentence was sent before it was finished "
          "or read over.", Function(cut_off)),
    Check("correctness.markup", "correctness", "error", "HTML in the message",
          "Tags pasted from a web page or an editor show up as code in the reader's inbox.",
          Function(_markup)),
    Check("correctness.greeting", "correctness", "warning", "No greeting",
          "Any greeting draws more replies than none.", Function(_greeting), scope="message"),
    Check("correctness.signoff", "correctness", "warning", "No sign-off",
          "A closing with thanks and your name ends the message properly.", Function(_signoff),
          scope="message"),
)
