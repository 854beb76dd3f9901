"""The changes that would raise one draft's score most, measured, not guessed.

For each check that found something, the draft is scored again as if that check
had found nothing (the same aggregation the engine uses); the gain in the overall
score ranks the changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coachkit.labels import SEVERITY_RANK
from coachkit.model import Finding, Report
from coachkit.scoring.aggregate import aggregate
from coachkit.scoring.rules import Rules, default_rules

__all__ = ["Change", "top_changes"]



@dataclass(frozen=True)
class Change:
    """Fix every finding of one check: what it is, where, and what it is worth."""

    rule: str
    title: str
    gain: int  # points of the overall score
    findings: tuple[Finding, ...]

    @property
    def example(self) -> Finding:
        return self.findings[0]

    def advice(self) -> str:
        """One sentence: what to change, with the first place and suggestion."""
        f = self.example
        where = f" (“{' '.join(f.text.split())[:60]}”)" if f.text.strip() and \
            len(f.text) <= 120 else ""
        fix = f": {f.suggestion}" if f.suggestion else ""
        more = f", and {len(self.findings) - 1} more like it" if len(self.findings) > 1 else ""
        return f"{f.message}{where}{fix}{more}".rstrip(".!?") + "."


def _overall(report: Report, findings: Sequence[Finding], rules: Rules) -> int:
    judged = [c for c, v in report.categories.items() if v is not None]
    return aggregate(findings, judged, rules.policy)[1]


def top_changes(report: Report, rules: Rules | None = None, n: int = 3) -> list[Change]:
    """The ``n`` checks whose findings, all fixed, would raise the overall score most."""
    from coachkit.scoring import all_checks

    rules = rules or default_rules()
    titles = {c.id: c.message for c in all_checks()}
    by_rule: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_rule.setdefault(f.rule, []).append(f)
    base = _overall(report, report.findings, rules)
    changes = []
    for rule, found in by_rule.items():
        rest = [f for f in report.findings if f.rule != rule]
        gain = _overall(report, rest, rules) - base
        changes.append(Change(rule, titles.get(rule, rule), gain, tuple(found)))
    changes.sort(key=lambda c: (-c.gain, min(SEVERITY_RANK[f.severity] for f in c.findings),
                                c.example.start))
    return changes[:n]
