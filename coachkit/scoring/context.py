"""Everything a check may look at, computed once per draft."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from coachkit.model import Draft, InterviewNotes
from coachkit.scoring.code_blocks import blank_code_blocks
from coachkit.scoring.lazy import lazy
from coachkit.scoring.phrase_book import PhraseBook, phrase_book
from coachkit.scoring.phrases import PhraseEntry
from coachkit.scoring.quoted import quoted_tail_start
from coachkit.scoring.rules import Rules, WordIndex
from coachkit.scoring.text import Layout, Span, layout

__all__ = ["Context"]

T = TypeVar("T")
_NAME_PART_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@dataclass(frozen=True)
class Context:
    """A draft with its notes, rules and times, plus derived views the checks share."""

    draft: Draft
    notes: InterviewNotes | None
    rules: Rules
    interviewed_at: datetime | None = None
    _memo: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a derived value once per draft and share it between checks."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @lazy
    def text(self) -> str:
        """The draft's text up to an earlier email quoted under it (see ``quoted``), with any
        pasted code blanked out (see ``code_blocks``)."""
        return blank_code_blocks(self.draft.text[: self._quoted_start])

    @lazy
    def quoted(self) -> str:
        """The earlier email quoted under the draft, which ``text`` leaves out ('' if none)."""
        return self.draft.text[self._quoted_start:]

    @lazy
    def _quoted_start(self) -> int:
        return quoted_tail_start(self.draft.text, self.draft.body_offset)

    @lazy
    def kind(self) -> str:
        return self.draft.kind

    @lazy
    def body_start(self) -> int:
        return self.draft.body_offset

    @lazy
    def layout(self) -> Layout:
        index = self.word_index
        return layout(self.text, self.body_start, (index.words, index.word_starts))

    @property
    def subject_span(self) -> Span | None:
        """Span of the subject text (after ``Subject:``), or None."""
        if self.draft.subject is None:
            return None
        line = self.draft.subject_line
        colon = line.find(":")
        start = colon + 1
        while start < len(line) and line[start] in " \t":
            start += 1
        end = len(line.rstrip("\r\n \t"))
        return (start, max(start, end))

    @lazy
    def _sentence_bounds(self) -> list[tuple[int, int]]:
        """For each sentence, the index of its first word and of the word after its last
        (words and sentences come in text order)."""
        starts, ends = self.layout.starts, self.layout.ends
        out: list[tuple[int, int]] = []
        i = 0
        for s, e in self.layout.sentences:
            # the first word ending after s, then the first starting at e or later
            i = bisect.bisect_right(ends, s, i)
            j = bisect.bisect_left(starts, e, i)
            out.append((i, j))
            i = j
        return out

    @lazy
    def sentence_words(self) -> tuple[tuple[Span, ...], ...]:
        """The word spans of each sentence (words and sentences come in text order)."""
        words = self.layout.words
        return tuple(words[i:j] for i, j in self._sentence_bounds)

    @lazy
    def sentence_lengths(self) -> tuple[int, ...]:
        """The number of words of each sentence (``len`` of each of ``sentence_words``)."""
        return tuple(j - i for i, j in self._sentence_bounds)

    @lazy
    def word_index(self) -> WordIndex:
        return WordIndex.of(self.text)

    @lazy
    def _phrase_book(self) -> PhraseBook:
        return phrase_book(self.rules.lists)

    @lazy
    def _phrase_tries(self) -> Any:
        return self._phrase_book.tries(self.word_index)

    def phrase_matches(self, name: str, start: int = 0) -> list[tuple[PhraseEntry, int, int]]:
        """The matches of the rules' phrase list ``name`` in the text from ``start`` on, as
        ``PhraseList.matches`` gives them (to share, not to change); every list is looked
        up in one pass."""
        key = ("phrases", name, start)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._phrase_book.matches(
                name, self.text, self.kind, self.word_index, self._phrase_tries, start)
        return found

    @lazy
    def body_words(self) -> tuple[str, ...]:
        return self.layout.texts

    @lazy
    def content_end(self) -> int:
        """Where the sign-off begins (or the end of the text)."""
        return self.layout.closing_start

    @lazy
    def known_names(self) -> frozenset[str]:
        """Lower-cased words of names and terms from the notes: never misspellings."""
        notes = self.notes
        if notes is None:
            return self.rules.vocabulary
        words: set[str] = set(self.rules.vocabulary)
        pieces = [notes.company or "", notes.role or "", *notes.interviewers, *notes.topics,
                  *notes.concerns, *notes.vocabulary]
        for piece in pieces:
            for m in _NAME_PART_RE.finditer(piece):
                w = m.group().lower()
                words.add(w)
                words.update(p for p in re.split(r"['’\-]", w) if p)
        return frozenset(words)

    @lazy
    def hours_after_interview(self) -> float | None:
        """Hours from the interview to sending, when both times are known."""
        sent, seen = self.draft.sent_at, self.interviewed_at
        if sent is None or seen is None:
            return None
        if (sent.tzinfo is None) != (seen.tzinfo is None):
            # compare a naive time as if it were in the other one's zone
            if sent.tzinfo is None:
                sent = sent.replace(tzinfo=seen.tzinfo)
            else:
                seen = seen.replace(tzinfo=sent.tzinfo)
        return (sent - seen).total_seconds() / 3600.0
