"""The scoring policy: the figures of good follow-up that every part of coachkit shares.

The checks, the composer's send-by clock, the check-in reminder and the workshop pages
all read these figures from here, so a coach's rules file (``thresholds:`` in the rules
file shape) changes all of them together. A policy is built from the merged thresholds
of a ``Rules`` (``Rules.policy``); it is frozen.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from coachkit.errors import RulesError
from coachkit.labels import CATEGORIES, KINDS, SEVERITIES, KindLabel, category_label, kind_label

__all__ = ["ScoringPolicy", "add_business_days", "frozen", "policy_from_thresholds",
           "threshold_problems"]

@dataclass(frozen=True)
class ScoringPolicy:
    """Timing windows, word bands, the kinds and categories, and how findings become scores."""

    # hours after the interview per kind: [fine up to, suggestion up to, warning up to]
    send_hours: Mapping[str, tuple[float, ...]]
    # business days before a check-in: (after a stated decision date, after silence)
    check_in_days: tuple[int, int] | None
    # words in the body per kind: (lowest, highest) of the usual band
    word_bands: Mapping[str, tuple[int, int]]
    penalty: Mapping[str, float] | None = None  # points per finding, by severity
    half_life: float = 30.0  # penalty points that halve a category's score
    # how much each category counts in the overall score
    weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    weakest_share: float = 0.0  # share of the overall taken by the weakest category
    # how the categories make the overall: "product" (each category's loss multiplies,
    # weighted) or "mean" (the weighted mean)
    combine: str = "product"
    # lowest overall score of each verdict but the last: (ready from, revise from)
    verdict_bands: tuple[float, float] = (80, 60)
    # check id -> the highest overall score a draft with a finding of that check can get
    caps: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    # points each further finding of a capped check takes off that check's cap
    cap_step: float = 0.0
    # check id -> the mildest severity of its findings that caps ("warning": a suggestion
    # of that check costs its points but does not cap); checks left out cap at any severity
    cap_from: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # checks whose findings are slips a fix corrects (capitals, spelling, a missing
    # greeting): a draft with no errors or warnings but theirs scores at least the revise
    # band, since fixing them is a revision, not a rewrite
    slips: frozenset[str] = frozenset()
    kinds: tuple[str, ...] = KINDS
    categories: tuple[str, ...] = CATEGORIES

    def verdict_for(self, score: float) -> str:
        """The verdict on an overall score: "ready", "revise" or "rewrite"."""
        ready, revise = self.verdict_bands
        return "ready" if score >= ready else "revise" if score >= revise else "rewrite"

    def hours_for(self, kind: str) -> tuple[float, ...]:
        """The send-time bands of a kind of message (hours after the interview)."""
        try:
            return self.send_hours[kind]
        except KeyError:
            raise RulesError(f"no threshold timeliness.hours for {kind!r} in the rules "
                             "files") from None

    @property
    def best_hours(self) -> float:
        """Hours after the interview a thank-you is best sent within."""
        return float(self.hours_for("thank_you")[0])

    @property
    def acceptable_hours(self) -> float:
        """Hours after the interview a thank-you is still fine within (the best window
        when the rules give only one figure)."""
        hours = self.hours_for("thank_you")
        return float(hours[min(1, len(hours) - 1)])

    @property
    def check_in_after_decision(self) -> int:
        """Business days to wait after a stated decision date before checking in."""
        return self._check_in()[0]

    @property
    def check_in_after_silence(self) -> int:
        """Business days to wait after the interview when no decision date was stated."""
        return self._check_in()[1]

    def _check_in(self) -> tuple[int, int]:
        if self.check_in_days is None:
            raise RulesError("no threshold named 'timeliness.check_in_business_days' in the "
                             "rules files")
        return self.check_in_days

    def word_band(self, kind: str) -> tuple[int, int]:
        """The usual number of body words for a kind of message: (lowest, highest)."""
        try:
            return self.word_bands[kind]
        except KeyError:
            raise RulesError(f"no threshold concision.length for {kind!r} in the rules "
                             "files") from None

    def kind_label(self, kind: str) -> KindLabel:
        """The names of a kind of message."""
        return kind_label(kind)

    def category_label(self, category: str, *, short: bool = False) -> str:
        """The name of a score category (or "overall")."""
        return category_label(category, short=short)


def frozen(value: Any) -> Any:
    """Make a value read-only: lists as tuples, mappings read-only, all the way down."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: frozen(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(frozen(v) for v in value)
    return value


def policy_from_thresholds(thresholds: Mapping[str, Any]) -> ScoringPolicy:
    """The policy the merged thresholds of a rules set describe."""
    hours = thresholds.get("timeliness.hours") or {}
    days = thresholds.get("timeliness.check_in_business_days")
    bands = thresholds.get("concision.length") or {}
    penalty = thresholds.get("score.penalty")
    verdict = {"ready": 80, "revise": 60, **(thresholds.get("score.verdict") or {})}
    try:
        return ScoringPolicy(
            send_hours=MappingProxyType({str(k): tuple(v) for k, v in hours.items()}),
            check_in_days=None if days is None else (int(days[0]), int(days[1])),
            word_bands=MappingProxyType({str(k): (v[0], v[1]) for k, v in bands.items()}),
            penalty=None if penalty is None else MappingProxyType(dict(penalty)),
            half_life=float(thresholds.get("score.half_life", 30)),
            weights=frozen(thresholds.get("score.weights") or {}),
            weakest_share=float(thresholds.get("score.weakest_share", 0.0)),
            combine=str(thresholds.get("score.combine", "product")),
            verdict_bands=(float(verdict["ready"]), float(verdict["revise"])),
            caps=MappingProxyType({str(k): float(v) for k, v in
                                   (thresholds.get("score.caps") or {}).items()}),
            cap_step=float(thresholds.get("score.cap_step", 0.0)),
            cap_from=MappingProxyType({str(k): str(v) for k, v in
                                       (thresholds.get("score.cap_from") or {}).items()}),
            slips=frozenset(str(k) for k in thresholds.get("score.slips") or ()),
        )
    except (TypeError, ValueError, IndexError, AttributeError) as exc:
        raise RulesError(f"thresholds: timeliness, concision.length or score figures are not "
                         f"in the expected shape ({exc})") from None


def add_business_days(day: date, n: int) -> date:
    """The date ``n`` business days (Monday to Friday) after ``day``."""
    current = day
    while n > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            n -= 1
    return current


# Each threshold's checker: (value, where) -> problems. The bounds are far beyond any
# sensible figure; they only keep nonsense (negative, NaN, astronomical) out.
_Checker = Callable[[Any, str], list[str]]


def _number(value: Any, where: str, low: float, high: float, *, whole: bool = False,
            above: bool = False) -> list[str]:
    """Problems of one figure: a finite number (whole if asked) from ``low`` to ``high``."""
    kind = "a whole number" if whole else "a number"
    ok = isinstance(value, int | float) and not isinstance(value, bool) and \
        math.isfinite(value) and (not whole or float(value).is_integer()) and \
        (value > low if above else value >= low) and value <= high
    if ok:
        return []
    lowest = f"above {_shown(low)}" if above else f"from {_shown(low)}"
    return [f"{where}: expected {kind} {lowest} to {_shown(high)} (got {value!r})"]


def _shown(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def _pair(value: Any, where: str, high: float, what: str, *, whole: bool = True,
          size: tuple[int, int] = (2, 2), ascending: bool = True, low: float = 0
          ) -> list[str]:
    """Problems of a short list of figures (``what`` describes it), in ascending order."""
    if not isinstance(value, list | tuple) or not size[0] <= len(value) <= size[1]:
        return [f"{where}: expected {what} (got {value!r})"]
    problems = [p for v in value for p in _number(v, where, low, high, whole=whole)]
    if not problems and ascending and list(value) != sorted(value):
        problems.append(f"{where}: {list(value)} is in the wrong order: expected {what}")
    return problems


def _per(keys: tuple[str, ...], item: _Checker, what: str) -> _Checker:
    """A checker of a mapping from one of ``keys`` (kinds, severities...) to ``item``."""
    def check(value: Any, where: str) -> list[str]:
        if not isinstance(value, Mapping):
            return [f"{where}: expected a mapping of {what} (got {value!r})"]
        problems = []
        for key, sub in value.items():
            if key not in keys:
                problems.append(f"{where}: unknown key {key!r} (expected one of "
                                f"{', '.join(keys)})")
            else:
                problems += item(sub, f"{where}.{key}")
        return problems
    return check


def _weights(value: Any, where: str) -> list[str]:
    problems = _per(CATEGORIES, lambda v, w: _number(v, w, 0, 1000), "categories to "
                    "weights")(value, where)
    if not problems and value and sum(value.values()) <= 0:
        problems.append(f"{where}: the weights add up to 0; give at least one category a "
                        "weight above 0")
    return problems


def _verdict_bands(value: Any, where: str) -> list[str]:
    problems = _per(("ready", "revise"), lambda v, w: _number(v, w, 0, 100),
                    "verdicts to lowest scores, such as {ready: 80, revise: 60}")(value, where)
    if not problems and value.get("revise", 60) > value.get("ready", 80):
        problems.append(f"{where}: revise ({value.get('revise', 60)}) is above ready "
                        f"({value.get('ready', 80)}); ready must be the higher band")
    return problems


def _caps(value: Any, where: str, check_ids: Iterable[str] | None = None) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{where}: expected a mapping of check ids to the highest overall score, "
                f"such as {{tone.hostile: 45}} (got {value!r})"]
    problems = []
    for check, limit in value.items():
        problems += _number(limit, f"{where}.{check}", 0, 100)
    return problems + _unknown_checks(value, where, check_ids, "cap")


def _cap_from(value: Any, where: str, check_ids: Iterable[str] | None = None) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{where}: expected a mapping of check ids to the mildest severity that "
                f"caps, such as {{concision.length: warning}} (got {value!r})"]
    problems = [f"{where}.{check}: expected one of {', '.join(SEVERITIES)} (got {sev!r})"
                for check, sev in value.items() if sev not in SEVERITIES]
    return problems + _unknown_checks(value, where, check_ids, "cap")


def _slips(value: Any, where: str, check_ids: Iterable[str] | None = None) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [f"{where}: expected a list of check ids, such as [correctness.spelling] "
                f"(got {value!r})"]
    return _unknown_checks(dict.fromkeys(value), where, check_ids, "count as a slip")


def _unknown_checks(value: Mapping[Any, Any], where: str, check_ids: Iterable[str] | None,
                    what: str) -> list[str]:
    if check_ids is None:
        return []
    known = sorted(check_ids)
    problems = []
    for check in value:
        if str(check) not in known:
            close = difflib.get_close_matches(str(check), known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(f"{where}: no check {str(check)!r} to {what}{hint}")
    return problems


def _combine(value: Any, where: str) -> list[str]:
    if value in ("product", "mean"):
        return []
    return [f"{where}: expected product or mean (got {value!r})"]


def _signal_model(value: Any, where: str) -> list[str]:
    """Problems of the template signal's model: a bias, weights and typical values per
    feature, thresholds per kind (with a default) and the fewest words it judges."""
    shape = "a mapping with bias, weights, typical, threshold and min_words"
    if not isinstance(value, Mapping) or set(value) != {"bias", "weights", "typical",
                                                        "threshold", "min_words"}:
        return [f"{where}: expected {shape} (got {value!r:.80})"]
    problems = _number(value["bias"], f"{where}.bias", -1000, 1000)
    problems += _number(value["min_words"], f"{where}.min_words", 0, 100_000, whole=True)
    for part in ("weights", "typical", "threshold"):
        table = value[part]
        if not isinstance(table, Mapping) or not table:
            problems.append(f"{where}.{part}: expected a mapping of names to numbers")
            continue
        problems += [p for k, v in table.items()
                     for p in _number(v, f"{where}.{part}.{k}", -1000, 1000)]
    if not problems and "default" not in value["threshold"]:
        problems.append(f"{where}.threshold: give a default threshold")
    return problems


_THRESHOLDS: dict[str, _Checker] = {
    "concision.length": _per(KINDS, lambda v, w: _pair(
        v, w, 100_000, "two whole numbers of words, low then high, such as [75, 200]"),
        "kinds to word bands"),
    "concision.sentence_words": lambda v, w: _pair(
        v, w, 10_000, "two whole numbers of words, suggest then warn, such as [30, 42]",
        low=1),
    "concision.subject": lambda v, w: _pair(
        v, w, 10_000, "two whole numbers: most words, most characters, such as [9, 70]",
        ascending=False, low=1),
    "tone.exclamations": lambda v, w: _number(v, w, 0, 10_000, whole=True),
    "timeliness.hours": _per(KINDS, lambda v, w: _pair(
        v, w, 100_000, "one to three hours in ascending order, such as [24, 48, 72]",
        whole=False, size=(1, 3)), "kinds to hours"),
    "timeliness.check_in_business_days": lambda v, w: _pair(
        v, w, 365, "two whole numbers of business days, such as [1, 5]", ascending=False),
    "score.penalty": _per(SEVERITIES, lambda v, w: _number(v, w, 0, 1000),
                          "severities to points"),
    "score.half_life": lambda v, w: _number(v, w, 0, 1_000_000, above=True),
    "score.weakest_share": lambda v, w: _number(v, w, 0, 1),
    "score.weights": _weights,
    "score.combine": _combine,
    "score.verdict": _verdict_bands,
    "score.caps": _caps,
    "score.cap_step": lambda v, w: _number(v, w, 0, 100),
    "score.cap_from": _cap_from,
    "score.slips": _slips,
    "personalization.template_signal": _signal_model,
    # the wording model's probability from which a draft is flagged (1: never)
    "tone.wording_model": lambda v, w: _number(v, w, 0, 1),
    # the lapse model's probability from which a sentence is flagged (1: never)
    "tone.lapse_model": lambda v, w: _number(v, w, 0, 1),
}


def threshold_problems(name: Any, value: Any, where: str, *,
                       check_ids: Iterable[str] | None = None) -> list[str]:
    """What is wrong with one threshold (its merged value), each naming ``where``.
    ``check_ids``: the checks ``score.caps`` may name (None: names are not checked)."""
    if name == "score.caps":
        return _caps(value, where, check_ids)
    if name == "score.cap_from":
        return _cap_from(value, where, check_ids)
    if name == "score.slips":
        return _slips(value, where, check_ids)
    checker = _THRESHOLDS.get(name) if isinstance(name, str) else None
    if checker is None:
        close = difflib.get_close_matches(str(name), list(_THRESHOLDS), n=1)
        hint = f"did you mean {close[0]!r}?" if close else \
            f"expected one of {', '.join(_THRESHOLDS)}"
        return [f"{where}: unknown threshold {name!r}; {hint}"]
    return checker(value, where)
