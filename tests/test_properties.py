"""Property-based tests over arbitrary Unicode drafts."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachkit import KINDS, Draft, notes_from_dict, score
from coachkit.scoring.engine import _score_default
from samples import NOTES

NOTES_OBJ = notes_from_dict(NOTES)
WORDS = st.sampled_from(["Dear", "Dana", "thank", "you", "i", "the", "the", "recieve", "ASAP",
                         "!!", "[Name]", "Globex", "lol", "😊", "\n", "\n\n", ",", ".", "  ",
                         "Subject:", "Best regards,", "İ", "ß", "\u0301", "<script>"])
TEXTS = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, kind=st.sampled_from(KINDS), with_notes=st.booleans())
def test_any_text_scores_safely(text, kind, with_notes):
    draft = Draft.from_text(text, kind=kind)
    notes = NOTES_OBJ if with_notes else None
    report = score(draft, notes)
    assert 0 <= report.overall <= 100
    for value in report.categories.values():
        assert value is None or 0 <= value <= 100
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text
    _score_default.cache_clear()  # compare with a fresh computation, not the cached report
    assert score(Draft.from_text(text, kind=kind), notes) == report
    if not text.strip():
        assert [f.rule for f in report.findings] == ["correctness.empty"]


@settings(max_examples=30, deadline=None)
@given(text=TEXTS)
def test_html_render_escapes_everything(text):
    from coachkit.render import render_report

    html = render_report(score(Draft.from_text(text + " <script>x</script>")))
    assert "<script>" not in html
