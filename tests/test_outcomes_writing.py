"""What works for me: rates, intervals and n on hand-built logs, the too-early sentence,
and every number of every sentence recomputed from the panel's rows."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

from coachkit.outcomes import load_applications
from coachkit.outcomes.stats import time_to_response
from coachkit.outcomes.writing import (
    DELAY_GROUPS,
    MIN_DECIDED,
    RateRow,
    plot_what_works,
    what_works,
    writing_groups,
)

AS_OF = pd.Timestamp("2026-11-30")
INTERVIEW = pd.Timestamp("2026-10-01 10:00")
COLUMNS = ["company", "role", "applied_on", "interviewed_at", "follow_up_sent_at",
           "follow_up_score", "response_at", "outcome", "channel"]


def _row(i: int, *, sent_hours: float | None, score: float | None, answered: bool,
         interview: bool = True, wait_days: float = 4, verdict: str = "") -> dict:
    start = INTERVIEW if interview else pd.Timestamp("2026-09-25")
    return {"company": f"Company {i}", "role": "Data Analyst", "applied_on": "2026-09-25",
            "interviewed_at": f"{INTERVIEW:%Y-%m-%d %H:%M}" if interview else "",
            "follow_up_sent_at": "" if sent_hours is None else
            f"{start + pd.Timedelta(hours=sent_hours):%Y-%m-%d %H:%M}",
            "follow_up_score": "" if score is None else score,
            "response_at": f"{start + pd.Timedelta(days=wait_days):%Y-%m-%d %H:%M}"
            if answered else "",
            "outcome": "rejected" if answered else "no_response", "channel": "job board",
            "follow_up_verdict": verdict}


def _rows(verdicts: bool = False) -> list[dict]:
    """25 decided applications (within a day 7/10, 2–3 days 3/6, 4+ days 1/4, none 5/5)
    and 2 still waiting."""
    rows = [_row(i, sent_hours=8, score=85, answered=i < 7, interview=i != 9)
            for i in range(10)]
    rows += [_row(10 + i, sent_hours=47, score=70, answered=i < 3,
                  verdict="ready" if verdicts else "") for i in range(6)]
    rows += [_row(20 + i, sent_hours=100, score=50, answered=i < 1) for i in range(4)]
    rows += [_row(30 + i, sent_hours=None, score=None, answered=True, interview=False,
                  wait_days=2 * (i + 1)) for i in range(5)]
    rows += [{**_row(40 + i, sent_hours=None, score=None, answered=False, interview=False),
              "applied_on": "2026-11-25", "outcome": "pending"} for i in range(2)]
    return rows


def _apps(rows: list[dict]):
    return load_applications(pd.DataFrame(rows).astype(object), as_of=AS_OF)


def _check(row: RateRow, n: int, answered: int) -> None:
    assert (row.n, row.answered) == (n, answered), row
    low, high = proportion_confint(answered, n, alpha=0.05, method="wilson")
    assert row.rate == pytest.approx(answered / n)
    assert (row.low, row.high) == (pytest.approx(low), pytest.approx(high))


def test_the_store_columns_are_kept_as_extra_columns():
    frame = pd.DataFrame(_rows(verdicts=True)).astype(object)
    frame["application_id"] = [f"{i:08x}" for i in range(len(frame))]
    frame["check_ins"] = "1"
    apps = load_applications(frame, as_of=AS_OF)
    assert {"application_id", "follow_up_verdict", "check_ins"} <= set(apps.extra_columns)
    assert apps.frame["application_id"].tolist() == frame["application_id"].tolist()
    assert apps.frame["follow_up_verdict"].iloc[10] == "ready"


def test_rates_by_delay_score_and_verdict_with_wilson_intervals():
    panel = what_works(_apps(_rows()), as_of=AS_OF)
    assert panel.decided == 25 and panel.enough and panel.too_early is None
    assert panel.applications == 27
    assert [r.group for r in panel.by_delay] == list(DELAY_GROUPS)
    for row, (n, yes) in zip(panel.by_delay, [(10, 7), (6, 3), (4, 1), (5, 5)], strict=True):
        _check(row, n, yes)
    assert [r.group for r in panel.by_score] == ["80+", "60–79", "under 60", "no score"]
    for row, (n, yes) in zip(panel.by_score[:3], [(10, 7), (6, 3), (4, 1)], strict=True):
        _check(row, n, yes)
    assert panel.by_score[3].n == 0 and np.isnan(panel.by_score[3].rate)
    assert [r.group for r in panel.by_verdict] == ["ready", "revise", "rewrite", "unknown"]
    for row, (n, yes) in zip(panel.by_verdict[:3], [(10, 7), (6, 3), (4, 1)], strict=True):
        _check(row, n, yes)


def test_the_logs_own_verdict_wins_over_the_score():
    panel = what_works(_apps(_rows(verdicts=True)), as_of=AS_OF)
    _check(panel.by_verdict[0], 16, 10)  # the six scored 70 were marked ready
    assert panel.by_verdict[1].n == 0
    _check(panel.by_verdict[2], 4, 1)


def test_delay_bands_count_from_the_interview_or_else_the_application():
    rows = [_row(i, sent_hours=h, score=None, answered=True) for i, h in
            enumerate([1, 23, 25, 71, 73, 400])]
    rows.append(_row(6, sent_hours=5, score=None, answered=True, interview=False))
    rows.append(_row(7, sent_hours=None, score=None, answered=True))
    groups = writing_groups(_apps(rows).frame)
    assert groups["delay"].tolist() == ["within 1 day", "within 1 day", "2–3 days", "2–3 days",
                                        "4+ days", "4+ days", "within 1 day", "no follow-up"]
    assert groups["followed"].tolist() == ["follow-up sent"] * 7 + ["no follow-up"]
    assert groups["score"].tolist()[:7] == ["no score"] * 7 and groups["score"].iloc[7] == ""


def test_time_to_answer_is_kaplan_meier_with_and_without_a_follow_up():
    apps = _apps(_rows())
    panel = what_works(apps, as_of=AS_OF)
    sent, none = panel.time_to_answer
    assert (sent.group, sent.n, sent.answered) == ("follow-up sent", 20, 11)
    assert (none.group, none.n, none.answered) == ("no follow-up", 7, 5)
    assert none.median_days == pytest.approx(6)  # answers after 2, 4, 6, 8, 10 days; 2 waiting
    frame = apps.frame[apps.frame["follow_up_sent_at"].notna()]
    assert sent.median_days == pytest.approx(time_to_response(frame, AS_OF).median)


def test_too_early_under_twenty_says_so_with_n_and_what_twenty_will_show():
    rows = _rows()[:15] + _rows()[-2:]
    panel = what_works(_apps(rows), as_of=AS_OF)
    assert panel.decided == 15 < MIN_DECIDED and not panel.enough
    assert panel.sentences == ()
    text = panel.too_early
    assert text.startswith("It is too early to tell what works for you: 15 of your 17 "
                           "applications are decided")
    assert "this panel needs 20" in text
    assert ("At 20 decided applications this panel will compare the answer rate of follow-ups "
            "sent within a day with later ones and with none") in text
    assert "by score band (80+, 60–79, under 60)" in text
    assert panel.by_delay[0].n == 10  # the rows are there, the sentences wait
    one = _rows()[:1] + _rows()[-2:]
    assert "1 of your 3 applications is decided" in what_works(_apps(one), as_of=AS_OF).too_early


_PHRASE = re.compile(r"(?P<group>[^,:]+?) (?P<pct>\d+)% \((?P<yes>\d+) of (?P<n>\d+); "
                     r"95% interval (?P<lo>\d+)–(?P<hi>\d+)%\)")


@pytest.mark.parametrize("verdicts", [False, True])
def test_every_number_in_the_sentences_comes_from_the_rows(verdicts):
    panel = what_works(_apps(_rows(verdicts)), as_of=AS_OF)
    lead, delay, score, verdict, wait = panel.sentences
    waiting = panel.applications - panel.decided
    assert lead.startswith(f"This panel counts the {panel.decided} decided applications of "
                           f"{panel.applications}: answered, or silent for more than "
                           f"{panel.silence_days} days; {waiting} still waiting are left out")
    for sentence, rows in ((delay, panel.by_delay), (score, panel.by_score),
                           (verdict, panel.by_verdict)):
        shown = [r for r in rows if r.n]
        assert f"counting the {sum(r.n for r in rows)} decided applications" in sentence
        found = list(_PHRASE.finditer(sentence.split(": ", 1)[1]))
        assert [m["group"].strip() for m in found] == [r.group for r in shown]
        for m, row in zip(found, shown, strict=True):
            yes, n = int(m["yes"]), int(m["n"])
            assert (yes, n) == (row.answered, row.n)
            low, high = proportion_confint(yes, n, alpha=0.05, method="wilson")
            assert int(m["pct"]) == round(100 * yes / n)
            assert (int(m["lo"]), int(m["hi"])) == (round(100 * low), round(100 * high))
        few = [r.group for r in shown if r.n < 10]
        assert all(f"\u201c{g}\u201d" in sentence for g in few)
    for row in panel.time_to_answer:
        assert f"{row.group}: " in wait
        assert f"({row.n} applications, {row.answered} answered" in wait
    assert "half had an answer within 6 days" in wait


def test_the_panel_figure_has_a_chart_per_grouping_with_n_under_each_bar():
    from coachkit.figures import png_bytes

    panel = what_works(_apps(_rows()), as_of=AS_OF)
    fig = plot_what_works(panel)
    axes = fig.get_axes()
    assert len(axes) == 4
    labels = [t.get_text() for t in axes[0].get_xticklabels()]
    assert labels == [f"{r.group}\nn={r.n}" for r in panel.by_delay]
    assert [t.get_text() for t in axes[3].get_xticklabels()][1] == "no follow-up\nn=7, 5 answered"
    assert png_bytes(fig).startswith(b"\x89PNG")
    early = what_works(_apps(_rows()[:5]), as_of=AS_OF)
    assert "too early to tell" in plot_what_works(early)._supxlabel.get_text()
