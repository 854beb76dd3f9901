"""Dates as people type them: no year, a word in front, two dates, typos, day/month order."""

from __future__ import annotations

import pandas as pd
import pytest

from coachkit.errors import ApplicationsError
from coachkit.outcomes import load_applications
from coachkit.outcomes.cells import infer_years, rescue_dates

T = pd.Timestamp


def _load(tmp_path, rows: list[str], header="Company,Date Applied,Status,Response Date", **kw):
    path = tmp_path / "log.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return load_applications(path, as_of=kw.pop("as_of", "2025-03-01"), **kw)


@pytest.mark.parametrize(("text", "date", "approximate"), [
    ("before 3/4/2025", "2025-03-04", True),
    ("after 2025-03-04", "2025-03-04", True),
    ("~Mar 4, 2025", "2025-03-04", True),
    ("around 4 March 2025", "2025-03-04", True),
    ("2025-03-04?", "2025-03-04", True),
    ("applied 3/4/2025", "2025-03-04", False),
    ("3/4/2025, 3/10/2025", "2025-03-04", False),
    ("3/4/2025 -> 3/10/2025", "2025-03-04", False),
    ("3/32/2025", None, False),
    ("2025-13-45", None, False),
    ("sometime in May", None, False),
])
def test_the_fallback_reads_what_it_can(text, date, approximate):
    rescued = rescue_dates(pd.Series([text]), "MDY")
    got = rescued.parsed[0]
    assert (pd.isna(got) if date is None else got == T(date))
    assert bool(rescued.approximate[0]) is approximate


def test_two_dates_in_a_cell_the_later_ones_are_stages(tmp_path):
    apps = _load(tmp_path, ["A,2025-01-06,Applied,", "B,\"1/15/2025, 1/29/2025\",Applied,",
                            "C,2025-01-08,Applied,"])
    frame = apps.frame
    assert frame["applied_on"][1] == T("2025-01-15")
    assert frame["stages"][1] == (("later event", T("2025-01-29")),)
    assert frame["stages"][0] == ()
    assert any(w.code == "date_several" for w in apps.warnings)


def test_a_missing_year_comes_from_the_neighbouring_rows(tmp_path):
    apps = _load(tmp_path, ["A,12/20/2024,Applied,", "B,12/28,Applied,", "C,1/3,Applied,",
                            "D,1/9/2025,Applied,"])
    assert apps.frame["applied_on"].tolist() == [T("2024-12-20"), T("2024-12-28"),
                                                 T("2025-01-03"), T("2025-01-09")]
    (warning,) = [w for w in apps.warnings if w.code == "date_year_inferred"]
    assert "dates without a year" in str(warning) and ": 2 (such as '12/28', row 3" in str(warning)


def test_infer_years_avoids_the_future():
    got = infer_years(pd.Series([T("2000-12-30")]), pd.Series([pd.NaT]), T("2025-01-05"))
    assert got[0] == T("2024-12-30")


def test_approximate_dates_are_flagged_in_the_frame(tmp_path):
    apps = _load(tmp_path, ["A,before 1/15/2025,Applied,", "B,1/16/2025,Applied,",
                            "C,1/17/2025,Applied,"])
    assert apps.frame["applied_on_approx"].tolist() == [True, False, False]
    assert apps.frame["applied_on"][0] == T("2025-01-15")


def test_a_typo_loses_the_cell_not_the_file(tmp_path):
    apps = _load(tmp_path, ["A,1/6/2025,Rejected,1/32/2025", "B,1/7/2025,Applied,",
                            "C,1/8/2025,Applied,", "D,1/35/2025,Applied,"])
    assert apps.frame["company"].tolist() == ["A", "B", "C"]
    assert pd.isna(apps.frame["response_at"][0])
    lost = [(p.row, p.column, p.code) for p in apps.left_out]
    assert lost == [(5, "Date Applied", "bad_date"), (2, "Response Date", "bad_date")]
    assert str(apps.left_out[1]).endswith("(value left out)")
    assert str(apps.left_out[0]).endswith("(row left out)")
    with pytest.raises(ApplicationsError, match="cannot read '1/32/2025'"):
        _load(tmp_path, ["A,1/6/2025,Rejected,1/32/2025", "B,1/7/2025,Applied,",
                         "C,1/8/2025,Applied,"], errors="raise")


def test_day_month_order_is_decided_by_the_evidence_and_said(tmp_path):
    rows = [f"R{d},{d}/01/2025,Applied," for d in range(13, 27)] + ["X,01/28/2025,Applied,",
                                                                   "Y,03/02/2025,Applied,"]
    apps = _load(tmp_path, rows)
    frame = apps.frame
    assert frame["applied_on"][0] == T("2025-01-13")
    assert frame["applied_on"].iloc[-2] == T("2025-01-28")  # only month/day reads it
    assert frame["applied_on"].iloc[-1] == T("2025-02-03")  # ambiguous: the file's order
    (order,) = [w for w in apps.warnings if w.code == "date_order"]
    assert str(order).startswith("dates read as day/month: 14 cells only make sense that way")
    with pytest.raises(ApplicationsError, match="day-first in row 2"):
        _load(tmp_path, rows, errors="raise")


def test_day_first_evidence_alone_is_reported(tmp_path):
    apps = _load(tmp_path, ["A,14/01/2025,Applied,", "B,03/02/2025,Applied,"])
    assert apps.frame["applied_on"].tolist() == [T("2025-01-14"), T("2025-02-03")]
    assert any(str(w) == "column 'applied_on': dates read as day/month: 1 cell only makes "
               "sense that way" for w in apps.warnings)


def test_a_row_without_an_applied_date_but_a_later_event_is_kept(tmp_path):
    apps = _load(tmp_path, ["A,,Rejected,2025-01-20", "B,2025-01-07,Applied,",
                            "C,2025-01-08,Applied,", "D,,Applied,"])
    frame = apps.frame
    assert frame["company"].tolist() == ["A", "B", "C"]
    assert frame["applied_on"][0] == T("2025-01-20")
    assert frame["applied_on_approx"].tolist() == [True, False, False]
    assert [(p.row, p.code) for p in apps.left_out] == [(5, "required")]
    assert any(w.code == "applied_from_event" for w in apps.warnings)


@pytest.mark.parametrize(("text", "date", "yearless"), [
    ("8/82019", "2019-08-08", False),  # the separator before the year left out
    ("12/122019", "2019-12-12", False),
    ("8-Jul", "2000-07-08", True), ("Jul-8", "2000-07-08", True),
    ("Sept 4", "2000-09-04", True), ("Sept 4, 2019", "2019-09-04", False),
    ("27-Oct", "2000-10-27", True),
])
def test_typed_date_shapes_are_read(text, date, yearless):
    rescued = rescue_dates(pd.Series([text]), "MDY")
    assert rescued.parsed[0] == T(date)
    assert bool(rescued.yearless[0]) is yearless


def test_a_day_month_without_a_year_takes_the_year_of_its_neighbours(tmp_path):
    apps = _load(tmp_path, ["A,8/82019 ,Applied,", "B,8-Jul,Applied,", "C,9/25/2019,Applied,"])
    assert apps.frame["applied_on"].tolist() == [T("2019-08-08"), T("2019-07-08"),
                                                 T("2019-09-25")]
    assert bool(apps.frame["applied_on_approx"][0])
