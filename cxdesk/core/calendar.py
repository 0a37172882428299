"""The production calendar: which days are working days, from data the region may edit.

The calendar is a JSON document (``resources/reference/production_calendar.json`` or an edited
copy kept in the database): holidays and transferred working days per year, and the fixed
holidays used for years that have no entry yet. Pure logic, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class ProductionCalendar:
    """Non-working holidays and working weekend days; weekends are Saturday and Sunday."""

    fixed_holidays: frozenset[tuple[int, int]] = frozenset()
    holidays: dict[int, frozenset[date]] = field(default_factory=dict)
    workdays: dict[int, frozenset[date]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict) -> ProductionCalendar:
        fixed = set()
        for item in data.get("fixed_holidays", []):
            month, day = (int(part) for part in str(item).split("-"))
            fixed.add((month, day))
        holidays: dict[int, frozenset[date]] = {}
        workdays: dict[int, frozenset[date]] = {}
        for year, entry in (data.get("years") or {}).items():
            holidays[int(year)] = frozenset(date.fromisoformat(d) for d in entry.get("holidays", []))
            workdays[int(year)] = frozenset(date.fromisoformat(d) for d in entry.get("workdays", []))
        return cls(frozenset(fixed), holidays, workdays)

    def is_working_day(self, day: date) -> bool:
        if day.year in self.holidays:
            if day in self.workdays.get(day.year, frozenset()):
                return True
            if day in self.holidays[day.year]:
                return False
            return day.weekday() < 5
        return day.weekday() < 5 and (day.month, day.day) not in self.fixed_holidays

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        for _ in range(60):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise ValueError("в календаре нет рабочих дней на 60 дней вперёд")


def validate_calendar(data: dict) -> list[str]:
    """Russian descriptions of what is wrong with an edited calendar document (empty when fine)."""
    problems = []
    try:
        ProductionCalendar.from_dict(data)
    except (ValueError, TypeError, AttributeError) as exc:
        problems.append(f"Календарь не читается: {exc}. Даты пишутся как ГГГГ-ММ-ДД, праздники — ММ-ДД.")
    return problems
