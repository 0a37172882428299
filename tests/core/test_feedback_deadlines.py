"""59-ФЗ deadlines on the production calendar: 3 days to register, 30 to answer, one +30 extension;
weekends, holidays and transferred working days move a deadline to the next working day."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cxdesk import paths
from cxdesk.core import deadlines
from cxdesk.core.calendar import ProductionCalendar, validate_calendar
from cxdesk.core.deadlines import DeadlineState


@pytest.fixture(scope="module")
def cal() -> ProductionCalendar:
    path = paths.resources_dir() / "reference" / "production_calendar.json"
    return ProductionCalendar.from_dict(json.loads(path.read_text(encoding="utf-8")))


def test_weekends_holidays_and_transferred_working_days(cal):
    assert cal.is_working_day(date(2025, 3, 12))  # Wednesday
    assert not cal.is_working_day(date(2025, 3, 15))  # Saturday
    assert not cal.is_working_day(date(2025, 1, 8))  # New Year holidays
    assert not cal.is_working_day(date(2025, 5, 2))  # transferred day off
    assert cal.is_working_day(date(2025, 11, 1))  # a working Saturday
    assert not cal.is_working_day(date(2030, 6, 12))  # a year without data: fixed holidays apply
    assert cal.is_working_day(date(2030, 6, 13))


def test_registration_within_three_days(cal):
    assert deadlines.registration_due(cal, date(2025, 3, 3)) == date(2025, 3, 6)  # Mon → Thu
    # received on Thursday: the third day is Sunday → Monday
    assert deadlines.registration_due(cal, date(2025, 3, 13)) == date(2025, 3, 17)
    # received on 29 December 2025: 1 January is a holiday → 9 January 2026 (first working day is 12th)
    assert deadlines.registration_due(cal, date(2025, 12, 29)) == date(2026, 1, 12)


def test_answer_within_thirty_days_of_registration(cal):
    assert deadlines.answer_due(cal, date(2025, 3, 3)) == date(2025, 4, 2)
    # 30 days after 9 April 2025 is 9 May, a holiday; 10 and 11 May are a weekend → 12 May
    assert deadlines.answer_due(cal, date(2025, 4, 9)) == date(2025, 5, 12)
    # lands on Saturday 1 November 2025, a transferred working day: stays
    assert deadlines.answer_due(cal, date(2025, 10, 2)) == date(2025, 11, 1)


def test_one_extension_of_at_most_thirty_days(cal):
    due = deadlines.answer_due(cal, date(2025, 3, 3))
    # 2 April + 30 = 2 May 2025 (a transferred day off), 3–4 May a weekend → Monday 5 May
    assert deadlines.extended_due(cal, due, 30) == date(2025, 5, 5)
    assert deadlines.extended_due(cal, due, 10) == date(2025, 4, 14)  # 12 April is Saturday
    with pytest.raises(ValueError):
        deadlines.extended_due(cal, due, 31)
    with pytest.raises(ValueError):
        deadlines.extended_due(cal, due, 0)


def test_deadline_states():
    due = date(2025, 4, 10)
    assert deadlines.deadline_state(due, date(2025, 4, 1), False) == DeadlineState.OK
    assert deadlines.deadline_state(due, date(2025, 4, 7), False) == DeadlineState.DUE_SOON
    assert deadlines.deadline_state(due, date(2025, 4, 10), False) == DeadlineState.DUE_SOON
    assert deadlines.deadline_state(due, date(2025, 4, 11), False) == DeadlineState.OVERDUE
    assert deadlines.deadline_state(due, date(2025, 5, 1), True) == DeadlineState.DONE


def test_edited_calendar_is_data():
    custom = ProductionCalendar.from_dict(
        {"fixed_holidays": [], "years": {"2025": {"holidays": ["2025-03-06"], "workdays": ["2025-03-08"]}}}
    )
    assert deadlines.registration_due(custom, date(2025, 3, 3)) == date(2025, 3, 7)
    assert custom.is_working_day(date(2025, 3, 8))
    assert validate_calendar({"years": {"2025": {"holidays": ["6 марта"]}}})
