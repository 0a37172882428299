"""Words of the problems area: severities, statuses of problems and recommendations with their Russian
titles, and the rules the services, the GUI and the printed register share (which statuses close a
problem, when a recommendation is overdue)."""

from __future__ import annotations

from datetime import date

SEVERITIES = {"low": "низкая", "medium": "средняя", "high": "высокая", "critical": "критическая"}
SEVERITY_RANK = {"low": 1, "medium": 2, "high": 3, "critical": 4}

STATUSES = {"identified": "выявлена", "in_progress": "в работе", "solved": "решена", "rejected": "отклонена"}
CLOSED_STATUSES = ("solved", "rejected")
STATUS_RANK = {"identified": 1, "in_progress": 2, "solved": 3, "rejected": 4}

RECOMMENDATION_STATUSES = {"new": "новая", "in_progress": "в работе", "done": "выполнена",
                           "cancelled": "отменена"}
RECOMMENDATION_CLOSED = ("done", "cancelled")

ENTITY = "problem"
CHANGES = ("problem", "problem_evidence", "problem_recommendation", "problem_candidate_decision")


def title_of(mapping: dict[str, str], code: str | None) -> str:
    return mapping.get(code or "", code or "")


def is_overdue(status: str, due_on: date | None, today: date) -> bool:
    """An open recommendation past its due date."""
    return status not in RECOMMENDATION_CLOSED and due_on is not None and due_on < today
