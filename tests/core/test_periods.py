"""Periods: codes the command line accepts, bounds, titles and arithmetic across year ends."""

from datetime import date

import pytest

from cxdesk.core.periods import Period, PeriodError, periods_between


@pytest.mark.parametrize(("code", "expected"), [
    ("2026", Period.whole_year(2026)),
    ("2026Q3", Period.quarter(2026, 3)),
    ("2026к3", Period.quarter(2026, 3)),
    (" 2026 q4 ", Period.quarter(2026, 4)),
    ("2026-07", Period.month(2026, 7)),
    ("2026.7", Period.month(2026, 7)),
])
def test_codes_are_read(code, expected):
    assert Period.parse(code) == expected


@pytest.mark.parametrize("code", ["", "26Q3", "2026Q5", "2026-13", "2026-00", "третий квартал"])
def test_unreadable_codes_are_refused_in_russian(code):
    with pytest.raises(PeriodError, match="Период|Нет такого периода"):
        Period.parse(code)


def test_bounds_are_half_open():
    q4 = Period.quarter(2026, 4)
    assert (q4.start, q4.end, q4.last_day) == (date(2026, 10, 1), date(2027, 1, 1), date(2026, 12, 31))
    assert q4.contains(date(2026, 12, 31)) and not q4.contains(date(2027, 1, 1))
    assert Period.month(2024, 2).last_day == date(2024, 2, 29)


def test_codes_and_titles_round_trip():
    for period in (Period.month(2026, 7), Period.quarter(2026, 3), Period.whole_year(2026)):
        assert Period.parse(period.code) == period
    assert Period.quarter(2026, 3).title == "III квартал 2026 г."
    assert Period.month(2026, 7).title == "июль 2026 г."


def test_shift_crosses_year_ends():
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert Period.month(2026, 12).next() == Period.month(2027, 1)
    assert Period.month(2026, 1).shift(-13) == Period.month(2024, 12)


def test_months_and_quarters_inside():
    assert [p.code for p in Period.quarter(2026, 2).months()] == ["2026-04", "2026-05", "2026-06"]
    assert len(Period.whole_year(2026).months()) == 12
    assert [p.code for p in Period.whole_year(2026).quarters()] == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]
    assert periods_between(Period.quarter(2025, 4), Period.quarter(2026, 2)) == [
        Period.quarter(2025, 4), Period.quarter(2026, 1), Period.quarter(2026, 2)]
