"""Arbitrary bytes and near-CSV text never escape the loader as anything but ApplicationsError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications

HEADER = "company,role,applied_on,interviewed_at,response_at,outcome,follow_up_score,channel"
cells = st.one_of(
    st.sampled_from(["", "Contoso", "2026-10-01", "10/13/2026", "13/10/2026", "pending",
                     "Ghosted", "offer", "=1+1", '"', '""', "85", "-3", "2026-13-45",
                     "Nov 31, 2026", "46296", "  ", "\t", "é", "2026-10-01T25:00"]),
    st.text(max_size=12))


def _load(data: bytes) -> None:
    try:
        apps = load_applications(data, name="fuzz.csv", as_of="2026-11-30")
    except ApplicationsError as exc:
        assert str(exc).startswith("fuzz.csv") or str(exc).startswith("as_of")
    else:
        assert len(apps) > 0
        assert set(apps.frame["status"].astype(str)) <= {"responded", "silent", "waiting",
                                                          "withdrew"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    _load(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cells, min_size=0, max_size=10), max_size=8),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["\n", "\r\n"]))
def test_near_csv_text(rows, sep, newline):
    text = newline.join([HEADER.replace(",", sep), *(sep.join(r) for r in rows)])
    _load(text.encode("utf-8"))
