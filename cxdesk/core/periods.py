"""Reporting periods: calendar months, quarters and years, their codes and Russian titles.

One vocabulary for every area that counts by period (KPI monitoring, quarterly reports, the
compliance self-audit, events and the knowledge-base checks). A period is a half-open date interval
``[start, end)``; its code is what the command line and stored records use:
``2026`` (a year), ``2026Q3`` (a quarter), ``2026-07`` (a month).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Kind = Literal["month", "quarter", "year"]

MONTHS_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                     "сентябрь", "октябрь", "ноябрь", "декабрь")
_ROMAN = ("I", "II", "III", "IV")
_CODE = re.compile(r"^\s*(\d{4})(?:\s*[-.]\s*(\d{1,2})|\s*[QqКк]\s*([1-4]))?\s*$")


class PeriodError(ValueError):
    """A period code that cannot be read; the message is Russian."""


@dataclass(frozen=True, order=True)
class Period:
    """A month (``number`` 1–12), a quarter (1–4) or a year (``number`` 0)."""

    year: int
    kind: Kind
    number: int = 0

    def __post_init__(self) -> None:
        limit = {"month": 12, "quarter": 4, "year": 0}[self.kind]
        if (self.kind == "year" and self.number != 0) or (self.kind != "year" and not 1 <= self.number <= limit):
            raise PeriodError(f"Нет такого периода: {self.kind} {self.number} {self.year} г.")

    # --- constructors ----------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(year, "month", month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls(year, "quarter", quarter)

    @classmethod
    def whole_year(cls, year: int) -> Period:
        return cls(year, "year", 0)

    @classmethod
    def containing(cls, day: date, kind: Kind) -> Period:
        if kind == "month":
            return cls.month(day.year, day.month)
        if kind == "quarter":
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        return cls.whole_year(day.year)

    @classmethod
    def parse(cls, code: str) -> Period:
        """``2026``, ``2026Q3`` (also ``2026К3``, ``2026 q3``), ``2026-07`` (also ``2026.7``)."""
        match = _CODE.match(code or "")
        if not match:
            raise PeriodError(
                f"Период «{code}» не распознан. Укажите год (2026), квартал (2026Q3) или месяц (2026-07).")
        year = int(match.group(1))
        if match.group(2):
            return cls.month(year, int(match.group(2)))
        if match.group(3):
            return cls.quarter(year, int(match.group(3)))
        return cls.whole_year(year)

    # --- properties ------------------------------------------------------------------------
    @property
    def start(self) -> date:
        if self.kind == "month":
            return date(self.year, self.number, 1)
        if self.kind == "quarter":
            return date(self.year, 3 * self.number - 2, 1)
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        """The first day after the period (half-open interval)."""
        return self.next().start

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def code(self) -> str:
        if self.kind == "month":
            return f"{self.year}-{self.number:02d}"
        if self.kind == "quarter":
            return f"{self.year}Q{self.number}"
        return str(self.year)

    @property
    def title(self) -> str:
        """Russian title: «июль 2026 г.», «III квартал 2026 г.», «2026 год»."""
        if self.kind == "month":
            return f"{MONTHS_NOMINATIVE[self.number - 1]} {self.year} г."
        if self.kind == "quarter":
            return f"{_ROMAN[self.number - 1]} квартал {self.year} г."
        return f"{self.year} год"

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    # --- arithmetic ------------------------------------------------------------------------
    def shift(self, steps: int) -> Period:
        """The period ``steps`` periods of the same kind later (negative: earlier)."""
        if self.kind == "year":
            return Period.whole_year(self.year + steps)
        size = 12 if self.kind == "month" else 4
        index = self.year * size + self.number - 1 + steps
        return Period(index // size, self.kind, index % size + 1)

    def next(self) -> Period:
        return self.shift(1)

    def previous(self) -> Period:
        return self.shift(-1)

    def months(self) -> list[Period]:
        """The calendar months inside the period, in order."""
        first = Period.containing(self.start, "month")
        count = {"month": 1, "quarter": 3, "year": 12}[self.kind]
        return [first.shift(i) for i in range(count)]

    def quarters(self) -> list[Period]:
        """The quarters inside the period (a month lies inside none: empty list)."""
        if self.kind == "month":
            return []
        first = Period.containing(self.start, "quarter")
        return [first.shift(i) for i in range(1 if self.kind == "quarter" else 4)]


def periods_between(first: Period, last: Period) -> list[Period]:
    """Every period of ``first``'s kind from ``first`` to ``last`` inclusive."""
    if first.kind != last.kind:
        raise PeriodError("Начало и конец ряда периодов должны быть одного вида.")
    result, current = [], first
    while current <= last:
        result.append(current)
        current = current.next()
    return result
