"""The whole words a phrase pattern cannot match without: read from the parsed regular
expression, so an entry is not tried on a draft that lacks them.

Most entries start with a common word ("I", "you", "the") and fail further on, at a rarer
word ("promised", "waiting"). A pattern's required words are a list of clauses: any match
of the pattern contains, for each clause, at least one of its words as a whole word (a run
of letters and digits, lower-cased). Conservative: what cannot be analysed adds no clause.
Sound only for texts whose words are all ASCII (no 'ſ' or 'K' matching 's' or 'k').
"""

from __future__ import annotations

import functools
from typing import Any

from coachkit.scoring import spelling
from coachkit.scoring.analysed import analysed

__all__ = ["Clauses", "best_clause", "parse_required", "prebuilt_best", "prebuilt_required",
           "required_words", "starts_at_text_start", "trigger_clause"]

Clauses = tuple[frozenset[str], ...]


@functools.lru_cache(maxsize=1)
def prebuilt_required() -> dict[str, Clauses]:
    """The required words stored in ``ANALYSED`` by ``build_patterns`` (same Python only)."""
    return {regex: tuple(map(frozenset, clauses))
            for regex, clauses in analysed().get("required", {}).items()}


def required_words(regex: str) -> Clauses:
    """The clauses of whole words any match of ``regex`` contains (see the module)."""
    known = prebuilt_required().get(regex)
    return known if known is not None else parse_required(regex)


@functools.lru_cache(maxsize=4096)
def parse_required(regex: str) -> Clauses:
    """``required_words`` without the prebuilt analyses; () for a malformed pattern."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        items = list(sre_parse.parse(regex))
        found = _required(items, sre_parse, False, [])
    except Exception:  # malformed or unusual: no condition
        return ()
    return tuple(dict.fromkeys(found))


@functools.lru_cache(maxsize=1024)
def starts_at_text_start(regex: str) -> bool:
    """True when every match of ``regex`` (compiled without flags) begins at the start of
    the text: it opens with ``^`` or ``\\A`` outside any alternation or group."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    try:
        parsed = sre_parse.parse(regex)
        items = list(parsed)
    except Exception:  # malformed: searched for as before
        return False
    c = sre_parse
    if parsed.state.flags & c.SRE_FLAG_MULTILINE or not items:
        return False
    op, av = items[0]
    return op is c.AT and av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING)


@functools.lru_cache(maxsize=1)
def prebuilt_best() -> dict[tuple[str, str, bool], frozenset[str] | None]:
    """The best clause (see ``best_clause``) of each built-in pattern under each of its
    trigger words, stored in ``ANALYSED`` by ``build_patterns`` (same Python only)."""
    return {(regex, word, exact): None if clause is None else frozenset(clause)
            for regex, rows in analysed().get("best", {}).items()
            for word, exact, clause in rows}


def trigger_clause(regex: str, avoid: str, exact: bool) -> frozenset[str] | None:
    """``best_clause`` of the required words of ``regex`` under the trigger word ``avoid``:
    prebuilt for the built-in patterns (weighing the clauses reads the word frequencies,
    which adds up over a rules set's thousands of entries on the first score)."""
    known = prebuilt_best()
    key = (regex, avoid, exact)
    return known[key] if key in known else best_clause(required_words(regex), avoid, exact)


def best_clause(clauses: Clauses, avoid: str, exact: bool) -> frozenset[str] | None:
    """The clause most likely to rule a draft out (the rarest words), leaving out
    those a draft with the trigger word ``avoid`` always meets."""
    if exact:
        usable = [cl for cl in clauses if avoid not in cl]
    else:
        usable = [cl for cl in clauses if not any(w.startswith(avoid) for w in cl)]
    if not usable:
        return None
    return min(usable, key=_commonness)


@functools.lru_cache(maxsize=16384)
def _commonness(clause: frozenset[str]) -> tuple[int, tuple[str, ...]]:
    """How often a text holds one of the words (their frequencies added; ties by name;
    remembered: the lists share clauses, and each is weighed for every trigger word)."""
    return sum(map(spelling.frequency, clause)), tuple(sorted(clause))


def _is_alnum_literal(item: Any, c: Any) -> bool:
    return item[0] is c.LITERAL and chr(item[1]).isalnum()


def _separator(op: Any, av: Any, c: Any) -> bool:
    """One character that is never a letter, digit or underscore."""
    if op is c.LITERAL:
        ch = chr(av)
        return not ch.isalnum() and ch != "_"
    if op is c.IN:
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL and not chr(sub_av).isalnum() and chr(sub_av) != "_":
                continue
            if sub_op is c.CATEGORY and sub_av in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD):
                continue
            return False
        return bool(av)
    return False


def _no_word_char(av: Any, c: Any) -> bool:
    """A look-around body such as [\\w'’]: one character class holding \\w."""
    body = list(av[1])
    return (len(body) == 1 and body[0][0] is c.IN
            and (c.CATEGORY, c.CATEGORY_WORD) in body[0][1])


def _ends_nonword(prev: list[Any], before_ok: bool, c: Any) -> bool:
    """Is the character before the place after ``prev`` surely no letter or digit
    (``before_ok`` says so of the place before ``prev``)?"""
    if not prev:
        return before_ok
    op, av = prev[-1]
    rest = prev[:-1]
    if op is c.AT:
        return True if av is c.AT_BOUNDARY else _ends_nonword(rest, before_ok, c)
    if _separator(op, av, c):
        return True
    if op is c.ASSERT_NOT:
        if av[0] == -1 and _no_word_char(av, c):
            return True
        return _ends_nonword(rest, before_ok, c)
    if op is c.ASSERT:
        return _ends_nonword(rest, before_ok, c)
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, _high, sub = av
        body = _ends_nonword(list(sub), False, c)
        return body if low >= 1 else body and _ends_nonword(rest, before_ok, c)
    if op is c.SUBPATTERN:
        return _ends_nonword(rest + list(av[-1]), before_ok, c)
    if op is c.BRANCH:
        return all(_ends_nonword(rest + list(b), before_ok, c) for b in av[1])
    return False


def _starts_nonword(items: list[Any], c: Any) -> bool:
    """Is the character after a letter or digit, where ``items`` begin, surely no letter
    or digit (the end of the pattern: not known)?"""
    if not items:
        return False
    op, av = items[0]
    rest = items[1:]
    if op is c.AT:
        return True if av is c.AT_BOUNDARY else _starts_nonword(rest, c)
    if _separator(op, av, c):
        return True
    if op is c.ASSERT_NOT:
        if av[0] == 1 and _no_word_char(av, c):
            return True
        return _starts_nonword(rest, c)
    if op is c.ASSERT:
        return _starts_nonword(rest, c)
    if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
        low, _high, sub = av
        body = _starts_nonword(list(sub) + rest, c)
        return body if low >= 1 else body and _starts_nonword(rest, c)
    if op is c.SUBPATTERN:
        return _starts_nonword(list(av[-1]) + rest, c)
    if op is c.BRANCH:
        return all(_starts_nonword(list(b) + rest, c) for b in av[1])
    return False


def _required(items: list[Any], c: Any, before_ok: bool, after: list[Any],
              endings: bool = False) -> list[frozenset[str]]:
    """The clauses a match of the sequence ``items`` meets, with ``before_ok`` telling
    whether a word ends just before it and ``after`` what surely follows it (and, with
    ``endings``, the forms of a word that ends in a choice of runs: "nause(?:a|ous)")."""
    clauses: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        op, av = items[i]
        if _is_alnum_literal(items[i], c):
            j = i
            while j < len(items) and _is_alnum_literal(items[j], c):
                j += 1
            run = "".join(chr(av) for _op, av in items[i:j])
            forms, k = _spellings(run, items, j, c, endings)
            if k > j and _ends_nonword(items[:i], before_ok, c) and _starts_nonword(
                    items[k:] + after, c):
                # a word with optional or alternative letters ("tickets?", "unrivall?ed",
                # "hospitali[sz]ed"), or an optional mark inside ("break-?up"): one of its
                # forms, up to the mark where it has one
                clauses.append(frozenset(f.split(_MARK)[0] for f in forms))
                i = k
                continue
            if (run.isascii() and _ends_nonword(items[:i], before_ok, c)
                    and _starts_nonword(items[j:] + after, c)):
                clauses.append(frozenset((run.lower(),)))
            i = j
            continue
        left = _ends_nonword(items[:i], before_ok, c)
        right = items[i + 1 :] + after
        if op is c.SUBPATTERN:
            clauses += _required(list(av[-1]), c, left, right, endings)
        elif op is c.BRANCH:
            # a branch with no clause otherwise is read with the forms of a word ending in
            # a choice of runs, so that one such word does not cost the others theirs
            per_branch = [_required(list(b), c, left, right, endings)
                          or _required(list(b), c, left, right, True) for b in av[1]]
            if all(per_branch):
                # whichever branch matched, its clauses hold: one word of its best clause,
                # or of any other clause of one branch with the best of the others
                best = [min(cl, key=_commonness) for cl in per_branch]
                clauses.append(frozenset().union(*best))
                for n, branch in enumerate(per_branch):
                    others = frozenset().union(*best[:n], *best[n + 1:])
                    clauses += [others | cl for cl in branch if cl is not best[n]]
        elif (op is c.MAX_REPEAT or op is c.MIN_REPEAT) and av[0] >= 1:
            # the first round always happens; what follows it is known only for one round
            clauses += _required(list(av[2]), c, left, right if av[1] == 1 else [], endings)
        i += 1
    return clauses


def _optional_endings(item: Any, c: Any) -> list[str] | None:
    """The letters an optional ending such as ``s?`` or ``(?:ed|ing)?`` may add to a word
    (each choice a run of letters or digits); None for anything else."""
    op, av = item
    if op is not c.MAX_REPEAT or av[0] != 0 or av[1] != 1:
        return None
    body = list(av[2])
    if len(body) == 1 and body[0][0] is c.SUBPATTERN:
        body = list(body[0][1][-1])
    choices = [list(b) for b in body[0][1][1]] if len(body) == 1 and body[0][0] is c.BRANCH \
        else [body]
    out = []
    for choice in choices:
        if not choice or not all(_is_alnum_literal(x, c) for x in choice):
            return None
        out.append("".join(chr(av) for _op, av in choice))
    return out


_MARK = " "  # where an optional mark ('-', white space) splits a form in two words


def _spellings(run: str, items: list[Any], j: int, c: Any,
               runs: bool = False) -> tuple[list[str], int]:
    """The lower-cased ASCII forms of the word ``run`` then ``items[j:]`` spell while they
    are letters, digits, optional runs of them, classes of letters, with ``runs`` a
    choice of runs, or an optional mark (written ``_MARK`` in a form), and where that
    stops (``j`` when the forms are not all ASCII or too many)."""
    forms = [run.lower()]
    k = j
    while k < len(items) and len(forms) <= 64:
        if _is_alnum_literal(items[k], c):
            forms = [f + chr(items[k][1]).lower() for f in forms]
        elif (endings := _optional_endings(items[k], c)) is not None:
            forms = [f + e.lower() for f in forms for e in ("", *endings)]
        elif (choices := _choices(items[k], c, runs)) is not None:
            forms = [f + e.lower() for f in forms for e in choices]
        elif _optional_mark(items[k], c) and k + 1 < len(items) and _is_alnum_literal(
                items[k + 1], c):
            forms = [f + e for f in forms for e in ("", _MARK)]
        else:
            break
        k += 1
    if len(forms) > 64 or not all(f.isascii() for f in forms):
        return forms, j
    return forms, k


def _choices(item: Any, c: Any, runs: bool) -> list[str] | None:
    """The letters or digits one of which a class of them (``[sz]``) matches, and with
    ``runs`` the runs of them one of which a group of alternatives (``(?:a|ous)``)
    matches; None for anything else."""
    op, av = item
    if op is c.IN:
        if av and all(sub_op is c.LITERAL and chr(sub_av).isalnum() for sub_op, sub_av in av):
            return [chr(sub_av) for _op, sub_av in av]
        return None
    if runs and op is c.SUBPATTERN and len(av[-1]) == 1:  # a group holding only them
        op, av = av[-1][0]
    if not runs or op is not c.BRANCH:
        return None
    out = []
    for choice in av[1]:
        if not choice or not all(_is_alnum_literal(x, c) for x in choice):
            return None
        out.append("".join(chr(x[1]) for x in choice))
    return out


def _optional_mark(item: Any, c: Any) -> bool:
    """An optional character that is never a letter, digit or underscore (``-?``, ``\\s?``)."""
    op, av = item
    if op is not c.MAX_REPEAT or av[0] != 0 or av[1] != 1:
        return False
    body = list(av[2])
    return len(body) == 1 and _separator(*body[0], c)
