"""Deadlines of appeals under Federal Law 59-ФЗ, on top of the production calendar.

Registration within 3 days of receipt; an answer within 30 days of registration; one extension
of at most 30 days with the applicant notified. A deadline falling on a non-working day moves to
the next working day. The day counts are data (``DeadlineRules``) so a region may change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cxdesk.core.calendar import ProductionCalendar


@dataclass(frozen=True)
class DeadlineRules:
    register_days: int = 3
    answer_days: int = 30
    max_extension_days: int = 30
    due_soon_days: int = 5


class DeadlineState(StrEnum):
    OK = "ok"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    DONE = "done"


DEADLINE_TITLES = {
    DeadlineState.OK: "в срок",
    DeadlineState.DUE_SOON: "срок истекает",
    DeadlineState.OVERDUE: "просрочено",
    DeadlineState.DONE: "исполнено",
}


def _due(calendar: ProductionCalendar, start: date, days: int) -> date:
    return calendar.next_working_day(start + timedelta(days=days))


def registration_due(
    calendar: ProductionCalendar, received: date, rules: DeadlineRules = DeadlineRules()
) -> date:
    return _due(calendar, received, rules.register_days)


def answer_due(
    calendar: ProductionCalendar, registered: date, rules: DeadlineRules = DeadlineRules()
) -> date:
    return _due(calendar, registered, rules.answer_days)


def extended_due(
    calendar: ProductionCalendar, current_due: date, days: int, rules: DeadlineRules = DeadlineRules()
) -> date:
    """The answer deadline after the one allowed extension by ``days`` (1 … max_extension_days)."""
    if not 1 <= days <= rules.max_extension_days:
        raise ValueError(f"продление возможно на срок от 1 до {rules.max_extension_days} дней")
    return _due(calendar, current_due, days)


def deadline_state(
    due: date | None, today: date, done: bool, rules: DeadlineRules = DeadlineRules()
) -> DeadlineState:
    if done:
        return DeadlineState.DONE
    if due is None:
        return DeadlineState.OK
    if today > due:
        return DeadlineState.OVERDUE
    if (due - today).days <= rules.due_soon_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.OK
