"""Pure rules of the working group (no SQLAlchemy, no Qt): the monthly-meeting check of item 70 of the
Standard (R15), the quorum of a meeting, the deadline state of an assignment, and the Russian ways a
protocol writes dates and names («15» января 2026 г., И. И. Иванова). The services feed these functions
with values read from the database; the compliance audit calls the same monthly check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS_NOMINATIVE = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                     "октябрь", "ноябрь", "декабрь")
MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                   "октября", "ноября", "декабря")

HELD, MISSED, PENDING, FUTURE = "held", "missed", "pending", "future"
MONTH_STATE_TITLES = {HELD: "заседание проведено", MISSED: "заседаний не было", PENDING: "месяц не закончился",
                      FUTURE: "впереди"}

OK, DUE_SOON, OVERDUE, DONE, CANCELLED = "ok", "due_soon", "overdue", "done", "cancelled"
DEADLINE_TITLES = {OK: "в срок", DUE_SOON: "срок скоро", OVERDUE: "просрочено", DONE: "исполнено",
                   CANCELLED: "снято с контроля"}
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class MonthCheck:
    year: int
    month: int
    state: str  # held | missed | pending | future
    meetings: int

    @property
    def title(self) -> str:
        return f"{MONTHS_NOMINATIVE[self.month - 1].capitalize()} {self.year}"


def month_checks(held_on: Iterable[date], year: int, today: date) -> list[MonthCheck]:
    """Each month of ``year``: held when a meeting took place in it; a past month without one is
    missed; the current month is pending until it ends without a meeting; later months are future."""
    counts: dict[int, int] = {}
    for day in held_on:
        if day.year == year:
            counts[day.month] = counts.get(day.month, 0) + 1
    return month_checks_from_counts(counts, year, today)


def month_checks_from_counts(counts: dict[int, int], year: int, today: date) -> list[MonthCheck]:
    """The same check from meetings counted per month (1–12) by the database."""
    result = []
    for month in range(1, 13):
        held = counts.get(month, 0)
        if held:
            state = HELD
        elif (year, month) < (today.year, today.month):
            state = MISSED
        elif (year, month) == (today.year, today.month):
            state = PENDING
        else:
            state = FUTURE
        result.append(MonthCheck(year, month, state, held))
    return result


def months_without_meeting(held_on: Iterable[date], year: int, today: date) -> list[int]:
    """Numbers (1–12) of the months of ``year`` that ended without a held meeting."""
    return [c.month for c in month_checks(held_on, year, today) if c.state == MISSED]


@dataclass(frozen=True)
class Quorum:
    members: int  # voting members of the group (invited guests do not count)
    present: int
    required: int
    reached: bool


def quorum(members: int, present: int, percent: int = 50) -> Quorum:
    """A meeting is competent when more than ``percent`` % of the members are present (the model
    regulation's «более половины» for 50)."""
    required = members * percent // 100 + 1 if members else 0
    required = min(required, members)
    return Quorum(members, present, required, members > 0 and present >= required)


def deadline_state(due_on: date | None, status: str, done_on: date | None, today: date,
                   soon_days: int = DUE_SOON_DAYS) -> str:
    """Where an assignment stands against its due date (colour and text in the GUI)."""
    if status == "cancelled":
        return CANCELLED
    if status == "done":
        return DONE
    if due_on is None:
        return OK
    if due_on < today:
        return OVERDUE
    if due_on <= today + timedelta(days=soon_days):
        return DUE_SOON
    return OK


def is_open_at(status: str, done_on: date | None, at: date) -> bool:
    """Was an assignment still open on ``at`` (so that it goes to the control item of that meeting)?"""
    if status == "cancelled":
        return False
    if status == "done":
        return done_on is not None and done_on >= at
    return True


def russian_date(day: date | None) -> str:
    """«15» января 2026 г. — the date line of a protocol."""
    if day is None:
        return "«__» ________ 20__ г."
    return f"«{day.day:02d}» {MONTHS_GENITIVE[day.month - 1]} {day.year} г."


def short_date(day: date | None) -> str:
    return "" if day is None else f"{day:%d.%m.%Y}"


def surname_initials(full_name: str) -> str:
    """«Иванова И. И.» — lists of a protocol."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return parts[0] + " " + " ".join(p[0] + "." for p in parts[1:3])


def initials_surname(full_name: str) -> str:
    """«И. И. Иванова» — the decoding of a signature."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return " ".join(p[0] + "." for p in parts[1:3]) + " " + parts[0]


def next_number(existing: Iterable[str]) -> str:
    """The next protocol number of a year: one more than the largest numeric one."""
    numbers = [int(n) for n in existing if n.strip().isdigit()]
    return str(max(numbers, default=0) + 1)


def of_the_group(name: str) -> str:
    """«заседания рабочей группы по …»: the group's name after «заседания» (genitive of the usual name)."""
    text = name.strip() or "Рабочая группа по клиентоцентричности"
    for nominative, genitive in (("рабочая группа", "рабочей группы"), ("межведомственная рабочая группа",
                                                                         "межведомственной рабочей группы")):
        if text.casefold().startswith(nominative):
            return genitive + text[len(nominative):]
    return text[:1].lower() + text[1:]
