"""The built-in checks, one module per category; each module exports ``CHECKS``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachkit.scoring.registry import Check

__all__ = ["all_checks"]


@functools.lru_cache(maxsize=1)
def all_checks() -> tuple[Check, ...]:
    """Every built-in check, in a stable order."""
    from coachkit.scoring.checks import (
        concision,
        conduct,
        correctness,
        lapse,
        personalization,
        signal,
        timeliness,
        tone,
        wording,
    )

    return (
        *correctness.CHECKS,
        *personalization.CHECKS,
        *concision.CHECKS,
        *tone.CHECKS,
        *conduct.CHECKS,
        *timeliness.CHECKS,
        *signal.CHECKS,
        *wording.CHECKS,
        *lapse.CHECKS,
    )
