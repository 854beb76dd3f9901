"""Whether a draft takes up the interview: the topics and concerns of the notes, in their
words or in one of their rare words, or the thing the interviewer asked to be sent."""

from __future__ import annotations

import itertools
import math
import re
from functools import lru_cache

from coachkit.scoring import spelling
from coachkit.scoring.checks._signal import common_words
from coachkit.scoring.context import Context
from coachkit.scoring.stems import STOPWORDS, content_stems, stem

__all__ = ["answers_a_request", "body_stems", "covers", "lists_topics", "long_words",
           "stems_of", "takes_up_a_topic"]

_LONG_WORD_RE = re.compile(r"[^\W\d_]{5,}")


def long_words(text: str) -> list[str]:
    """The words of five letters or more of ``text``, in lower case: the ones that can
    say what a job or a topic is about."""
    return [w.lower() for w in _LONG_WORD_RE.findall(text)]


@lru_cache(maxsize=4096)
def stems_of(text: str) -> frozenset[str]:
    """Stems of the content words of ``text`` (remembered)."""
    return frozenset(content_stems(text))


def covers(phrase: str, stems: frozenset[str]) -> bool:
    """Whether ``stems`` hold half or more of the content words of ``phrase``."""
    wanted = set(content_stems(phrase))
    if not wanted:
        return False
    need = max(1, math.ceil(len(wanted) / 2))
    return len(wanted & stems) >= need


def body_stems(ctx: Context) -> frozenset[str]:
    """Stems of the body's words, and of each part of a hyphenated one ("standards-based"
    takes up the topic "standards-based grading" as the notes' words split it)."""
    words = [w.lower() for w in ctx.body_words]
    parts = [p for w in words if "-" in w for p in w.split("-") if p]
    return frozenset(stem(w) for w in (*words, *parts))


def lists_topics(ctx: Context) -> bool:
    """Whether the notes list topics or concerns for the draft to take up."""
    notes = ctx.notes
    return bool(notes and (notes.topics or notes.concerns))


def takes_up_a_topic(ctx: Context) -> bool:
    """Whether the body takes up a topic or a concern of the notes (worked out once per
    draft: the company, topic and length checks all ask)."""
    return ctx.memo("takes_up_a_topic", lambda: _takes_up_a_topic(ctx))


def _takes_up_a_topic(ctx: Context) -> bool:
    notes = ctx.notes
    if notes is None:
        return False
    body = body_stems(ctx)
    topics = (*notes.topics, *notes.concerns)
    if any(covers(t, body) or not body.isdisjoint(_rare_stems(t)) for t in topics):
        return True
    # two of a topic's words side by side, as the notes put them ("the missing-pieces
    # shelf" takes up "missing-pieces checks", "your return flights" "a cancelled return
    # flight")
    pairs = _pairs(ctx.text[ctx.body_start:])
    return any(not pairs.isdisjoint(_topic_pairs(t)) for t in topics)


_WORD_RE = re.compile(r"[^\W\d_]+")


def _pairs(text: str) -> frozenset[tuple[str, str]]:
    """The stems of each two content words next to each other in ``text`` (no word, and
    no stop word, between them)."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    return frozenset((stem(a), stem(b)) for a, b in itertools.pairwise(words)
                     if len(a) > 2 and len(b) > 2 and a not in STOPWORDS
                     and b not in STOPWORDS)


@lru_cache(maxsize=256)
def _topic_pairs(phrase: str) -> frozenset[tuple[str, str]]:
    """Each two content words side by side in a topic, as stems."""
    return _pairs(phrase)


# a topic's word rarer than this in English (about the 2,000th word: "shoulder", "audit";
# not "department" or "training") is a detail of the interview: one takes the topic up
_RARE_FREQUENCY = 30_000


@lru_cache(maxsize=256)
def _rare_stems(phrase: str) -> frozenset[str]:
    """Stems of a topic's rare words ("your shoulder protocol" takes up "musculoskeletal
    ultrasound of the shoulder")."""
    return frozenset(stem(w) for w in long_words(phrase)
                     if w not in common_words() and spelling.frequency(w) < _RARE_FREQUENCY)


# the interviewer's own request, answered ("You asked for my certificates", "as requested")
_ANSWERS_A_REQUEST_RE = re.compile(
    r"\b(?:you|you['’]d|Ms\.?|Mr\.?|Dr\.?)\s+(?:\w+\s+)?(?:asked|requested|wanted)\b"
    r"|\bas\s+(?:you\s+)?(?:requested|asked)\b|\bfor\s+asking\s+for\b"
    # a correction of what the writer said in the interview ("I said in the interview that
    # my notice period is", "a quick correction to something I told you", "I gave you the
    # wrong dates"), or what was promised there, sent
    r"|\bI\s+(?:said|told\s+you|mentioned)\s+(?:in|at|during)\s+(?:the|our|my)\s+interview\b"
    r"|\bcorrection\s+to\s+(?:something|what)\s+I\s+(?:said|told|gave)\b"
    r"|\b(?:quick|small|short)\s+correction\b"
    r"|\bI\s+gave\s+you\s+the\s+wrong\b|\bas\s+(?:I\s+)?promised\b"
    # a referee's details, which only the employer asks for ("my second referee's details",
    # "the details for my referee")
    r"|\breferee(?:['’]s|s['’]?)?\s+(?:contact\s+)?details\b"
    r"|\bdetails\s+(?:of|for)\s+(?:my\s+)?(?:\w+\s+)?referees?\b", re.IGNORECASE)


def answers_a_request(ctx: Context) -> bool:
    """Whether the body answers something the interviewer asked for."""
    return _ANSWERS_A_REQUEST_RE.search(ctx.text, ctx.body_start) is not None
