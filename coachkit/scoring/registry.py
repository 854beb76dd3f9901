"""How a check is declared: an id, a category, a rationale and a kind that finds hits.

A check is data. Its ``kind`` is one of a small closed set of reusable finders
(a phrase list read from the rules files) or a plain function for anything else;
the engine only ever calls ``check.kind.find(ctx)`` and never inspects the type.
The built-in checks themselves are listed by ``coachkit.scoring.checks.all_checks``:
they import this module, so it must not import them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from coachkit.labels import CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    from coachkit.scoring.context import Context

__all__ = ["Check", "Function", "Hit", "PhraseList"]


@dataclass(frozen=True)
class Hit:
    """A place a check found, with optional overrides of the check's defaults."""

    start: int
    end: int
    message: str | None = None
    suggestion: str | None = None
    severity: str | None = None
    why: str | None = None


class Kind(Protocol):
    def find(self, ctx: Context) -> Iterable[Hit]: ...


@dataclass(frozen=True)
class PhraseList:
    """Flag every phrase of the rules list named ``name`` (defaults to the check id),
    except where ``unless(ctx, start, end)`` says the place is no finding (what a list's
    patterns cannot see: a sentence or two around them)."""

    name: str
    unless: Callable[[Context, int, int], bool] | None = None

    def find(self, ctx: Context) -> list[Hit]:
        return [Hit(start, end, message=entry.message, suggestion=entry.suggestion,
                    severity=entry.severity, why=entry.why)
                for entry, start, end in ctx.phrase_matches(self.name)
                if self.unless is None or not self.unless(ctx, start, end)]


@dataclass(frozen=True)
class Function:
    """A plain function ``ctx -> hits`` for checks that are not a phrase list."""

    fn: Callable[[Context], Iterable[Hit]]

    def find(self, ctx: Context) -> Iterable[Hit]:
        return self.fn(ctx)


@dataclass(frozen=True)
class Check:
    """One declared check. ``id`` is dotted: ``<category>.<name>``."""

    id: str
    category: str
    severity: str
    message: str
    rationale: str
    kind: Kind
    kinds: tuple[str, ...] = ()  # message kinds it applies to; empty means all
    scope: str = "span"  # "message": judges the whole message; the span only shows where

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"{self.id}: unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.id}: unknown severity {self.severity!r}")
        if self.scope not in ("span", "message"):
            raise ValueError(f"{self.id}: scope must be 'span' or 'message'")
        if not self.id.startswith(self.category + "."):
            raise ValueError(f"{self.id}: id must start with its category")

