"""WhatWorksPanel and CohortPanel with stand-in what_works, plot and combine functions."""

from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("ipywidgets")

from loop_fakes import AS_OF, fake_plot, fake_what_works, sample_store

from coachkit.widgets.what_works import CohortPanel, WhatWorksPanel


def _panel(apps=None) -> WhatWorksPanel:
    return WhatWorksPanel(apps, as_of=AS_OF, what_works=fake_what_works, plot=fake_plot)


def test_too_early_says_so_and_shows_no_chart():
    panel = _panel(sample_store(12, pending=2).to_applications(as_of=AS_OF))
    assert panel.panel.too_early is not None
    assert "Too early to tell: 10 of 20" in panel.text.value
    assert panel.image.layout.display == "none" and panel.table.layout.display == "none"
    assert panel.sentences() == (panel.panel.too_early,)


def test_enough_shows_the_chart_the_sentences_and_a_table_with_n_and_intervals():
    panel = _panel(sample_store(25, pending=5).to_applications(as_of=AS_OF))
    assert bytes(panel.image.value).startswith(b"\x89PNG")
    assert panel.image.layout.display is None
    assert "<li>10 of 20 applications got an answer (50%).</li>" in panel.text.value
    table = panel.table.value
    assert "<td>Follow-up delay</td><td>within 1 day</td><td>20</td><td>10</td>" \
           "<td>50% (30%–70%)</td>" in table
    assert "<td>Time to answer</td><td>follow-up sent</td><td>20</td><td>10</td>" \
           "<td>median 5 days (3–8)</td>" in table


def test_it_refreshes_when_shown_a_changed_log():
    store = sample_store(25, pending=5)
    panel = _panel(store.to_applications(as_of=AS_OF))
    before = panel.text.value
    store.log_event(store.list()[-1].id, "offer", store.list()[-1].interviewed_at)
    panel.show(store.to_applications(as_of=AS_OF))
    assert panel.text.value != before


def test_group_names_from_the_data_are_escaped():
    store = sample_store(25, pending=5)

    def odd(apps, *, as_of=None):
        panel = fake_what_works(apps)
        return replace(panel, by_delay=(replace(panel.by_delay[0], group="<b>x</b>"),),
                       sentences=("<script>1</script>",))

    panel = WhatWorksPanel(store.to_applications(as_of=AS_OF), what_works=odd, plot=fake_plot)
    assert "<script>" not in panel.text.value and "&lt;b&gt;x&lt;/b&gt;" in panel.table.value


def test_a_failure_is_said_not_raised():
    def broken(apps, *, as_of=None):
        raise ValueError("bad log")

    panel = WhatWorksPanel(sample_store(3).to_applications(as_of=AS_OF), what_works=broken,
                           plot=fake_plot)
    assert "bad log" in panel.text.value and panel.panel is None


def test_the_cohort_panel_combines_the_files():
    stores = [sample_store(12, pending=2), sample_store(14, pending=3)]

    def combine(sources):
        import pandas as pd

        from coachkit.outcomes import load_applications

        frames = [s.to_frame().assign(participant=f"participant {i + 1}",
                                      company=lambda f, i=i: f["company"] + f" of {i}")
                  for i, s in enumerate(sources)]
        return load_applications(pd.concat(frames, ignore_index=True), as_of=AS_OF)

    cohort = CohortPanel(stores, combine=combine, what_works=fake_what_works, plot=fake_plot)
    frame = cohort.apps.frame
    assert "2 participants, 26 applications" in cohort.heading.value
    assert cohort.panel.panel.decided == (frame["outcome"] != "pending").sum()
    assert cohort.panel.panel.enough and cohort.panel.image.layout.display is None


def test_the_cohort_panel_says_when_files_cannot_be_combined():
    def combine(sources):
        raise ValueError("not an anonymous export")

    cohort = CohortPanel(["x.csv"], combine=combine, what_works=fake_what_works)
    assert "not an anonymous export" in cohort.heading.value
