"""Scores, findings and log figures stay byte for byte as recorded in tests/golden/."""

from __future__ import annotations

import pytest

from golden_reports import SETS, differences


@pytest.mark.parametrize("name", sorted(SETS))
def test_golden_report_unchanged(name: str) -> None:
    diff = differences(name)
    assert not diff, "\n".join(diff[:60])
