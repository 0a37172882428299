"""The printed register of problems (R5): the problems of the register's current filter and sort order
with their recommendations, handed to ``cxdesk.reports.problems_register`` as plain values. Every role
may print it (the register is open to all staff); printing is audited."""

from __future__ import annotations

from datetime import date
from typing import IO

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.guard import require
from cxdesk.services.offices import own_office
from cxdesk.services.problems_lists import ProblemFilter, list_problem_ids, problem_rows
from cxdesk.services.problems_recommendations import recommendations_of
from cxdesk.services.problems_terms import ENTITY, SEVERITIES, STATUSES
from cxdesk.services.roles import Action
from cxdesk.store.database import Database


def conditions_text(flt: ProblemFilter, journey_title: str = "") -> str:
    """The filter in Russian words for the document's subtitle."""
    parts = []
    if flt.status == "open":
        parts.append("только нерешённые")
    elif flt.status:
        parts.append(f"состояние: {STATUSES.get(flt.status, flt.status)}")
    if flt.severity:
        parts.append(f"значимость: {SEVERITIES.get(flt.severity, flt.severity)}")
    if flt.office_code:
        parts.append(f"центр занятости: {flt.office_code}")
    if journey_title:
        parts.append(f"маршрут: «{journey_title}»")
    if flt.search.strip():
        parts.append(f"поиск: «{flt.search.strip()}»")
    return "; ".join(parts) or "все проблемы"


def print_register(db: Database, actor: Actor, flt: ProblemFilter, target: IO[bytes], *, sort: str = "severity",
                   descending: bool = True, journey_title: str = "", today: date | None = None) -> int:
    """Write the register as PDF to ``target``; returns the number of problems printed."""
    from cxdesk.reports.problems_register import (
        ProblemsRegister,
        RegisterProblem,
        RegisterRecommendation,
        write_problems_register,
    )

    require(db, actor, Action.REPORTS_READ)
    today = today or date.today()
    ids = list_problem_ids(db, actor, flt, sort, descending)
    rows = problem_rows(db, actor, ids, today)
    with db.uow() as uow:
        recs = recommendations_of(uow.session, ids, today)
    data = ProblemsRegister(own_office(db).name, conditions_text(flt, journey_title), tuple(
        RegisterProblem(r.title, " · ".join(x for x in (r.journey_title, r.touchpoint_title) if x), r.severity_title,
                        r.status_title, r.owner, r.office_code, r.identified_on, r.evidence,
                        tuple(RegisterRecommendation(x.text, x.addressee, x.due_on, x.status_title, x.overdue)
                              for x in recs.get(r.id, [])))
        for r in (rows[i] for i in ids if i in rows)), today)
    write_problems_register(target, data, printed_by=actor.full_name)
    audit.append_now(db, actor, "problems.print_register", entity=ENTITY, details={"problems": len(ids)})
    return len(ids)
