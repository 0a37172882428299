"""Assignments (поручения) of the working group's meetings and their control: each has a text, a
responsible employee from the staff directory, a due date, a status (открыто → в работе → исполнено,
or снято с контроля) and the date done. The control lists (all, overdue, due soon, per person) are
filtered and counted in SQL; the deadline state itself is the pure rule of ``cxdesk.core.meetings``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from cxdesk.core import meetings as rules
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.services.working_group import _log, check_own, live, staff_names
from cxdesk.store.database import Database
from cxdesk.store.staff import StaffMember
from cxdesk.store.working_group import AgendaItem, Assignment, Meeting

STATUSES = {"open": "открыто", "in_progress": "в работе", "done": "исполнено", "cancelled": "снято с контроля"}
OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True)
class AssignmentFields:
    text: str
    responsible_staff_id: str | None
    due_on: date | None
    status: str = "open"
    done_on: date | None = None
    report: str = ""


@dataclass(frozen=True)
class AssignmentRow:
    id: str
    meeting_id: str
    item_id: str | None
    protocol: str  # «№ 3 от 15.01.2026»
    fields: AssignmentFields
    responsible: str
    state: str  # ok | due_soon | overdue | done | cancelled

    @property
    def status_title(self) -> str:
        return STATUSES.get(self.fields.status, self.fields.status)

    @property
    def state_title(self) -> str:
        return rules.DEADLINE_TITLES[self.state]


def _check(f: AssignmentFields) -> None:
    if len(f.text.strip()) < 5:
        raise ValidationError("Сформулируйте поручение (не короче 5 знаков).")
    if f.status not in STATUSES:
        raise ValidationError(f"Неизвестное состояние поручения «{f.status}».")
    if f.responsible_staff_id is None:
        raise ValidationError("Назначьте ответственного за исполнение поручения.")
    if f.status == "done" and f.done_on is None:
        raise ValidationError("Укажите дату исполнения поручения.")


def save_assignment(db: Database, actor: Actor, meeting_id: str, fields: AssignmentFields, *,
                    item_id: str | None = None, assignment_id: str | None = None) -> str:
    require(db, actor, Action.MEETINGS_EDIT)
    _check(fields)
    with db.uow() as uow:
        s = uow.session
        meeting = live(s, Meeting, meeting_id, "Заседание")
        check_own(db, meeting.office_code)
        if fields.responsible_staff_id not in staff_names(s, [fields.responsible_staff_id]):
            raise ValidationError("Ответственный не найден в справочнике сотрудников.")
        if item_id is not None and live(s, AgendaItem, item_id, "Вопрос повестки").meeting_id != meeting.id:
            raise ValidationError("Вопрос повестки относится к другому заседанию.")
        if assignment_id is None:
            last = s.scalar(select(func.max(Assignment.position)).where(Assignment.meeting_id == meeting.id))
            task = Assignment(meeting_id=meeting.id, office_code=meeting.office_code, position=(last or 0) + 1,
                              item_id=item_id)
            s.add(task)
        else:
            task = live(s, Assignment, assignment_id, "Поручение")
            if item_id is not None:
                task.item_id = item_id
        task.text, task.responsible_staff_id, task.due_on = fields.text.strip(), fields.responsible_staff_id, \
            fields.due_on
        task.status, task.report = fields.status, fields.report.strip()
        task.done_on = fields.done_on if fields.status == "done" else None
        s.flush()
        _log(s, actor, db, "assignments.save", "wg_assignment", task.id)
        uow.commit()
        return task.id


def set_assignment_status(db: Database, actor: Actor, assignment_id: str, status: str,
                          done_on: date | None = None, report: str | None = None) -> None:
    """Record the execution: «исполнено» with its date (today by default), or another status."""
    require(db, actor, Action.MEETINGS_EDIT)
    if status not in STATUSES:
        raise ValidationError(f"Неизвестное состояние поручения «{status}».")
    with db.uow() as uow:
        task = live(uow.session, Assignment, assignment_id, "Поручение")
        check_own(db, task.office_code)
        task.status = status
        task.done_on = (done_on or date.today()) if status == "done" else None
        if report is not None:
            task.report = report.strip()
        _log(uow.session, actor, db, f"assignments.{status}", "wg_assignment", task.id)
        uow.commit()


def remove_assignment(db: Database, actor: Actor, assignment_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        task = live(uow.session, Assignment, assignment_id, "Поручение")
        check_own(db, task.office_code)
        task.deleted = True
        _log(uow.session, actor, db, "assignments.remove", "wg_assignment", task.id)
        uow.commit()


def _rows(session, query, today: date) -> list[AssignmentRow]:
    rows = list(session.execute(query))
    staff = staff_names(session, [a.responsible_staff_id for a, _n, _d in rows])
    return [AssignmentRow(a.id, a.meeting_id, a.item_id, f"№ {number} от {rules.short_date(day)}",
                          AssignmentFields(a.text, a.responsible_staff_id, a.due_on, a.status, a.done_on, a.report),
                          staff[a.responsible_staff_id].full_name if a.responsible_staff_id in staff else "",
                          rules.deadline_state(a.due_on, a.status, a.done_on, today))
            for a, number, day in rows]


def meeting_assignments(db: Database, meeting_id: str, today: date | None = None) -> list[AssignmentRow]:
    query = (select(Assignment, Meeting.number, Meeting.meeting_date).join(Meeting, Meeting.id == Assignment.meeting_id)
             .where(Assignment.meeting_id == meeting_id, Assignment.deleted.is_(False))
             .order_by(Assignment.position))
    with db.uow() as uow:
        return _rows(uow.session, query, today or date.today())


def control_list(db: Database, *, office_code: str | None = None, state: str = "open",
                 responsible_staff_id: str | None = None, today: date | None = None) -> list[AssignmentRow]:
    """The control list: ``state`` is all | open | overdue | due_soon | done; filtered in SQL."""
    today = today or date.today()
    query = (select(Assignment, Meeting.number, Meeting.meeting_date).join(Meeting, Meeting.id == Assignment.meeting_id)
             .where(Assignment.deleted.is_(False), Meeting.deleted.is_(False),
                    Assignment.office_code == (office_code or db.office_code))
             .order_by(Assignment.due_on.is_(None), Assignment.due_on, Meeting.meeting_date))
    if state == "open":
        query = query.where(Assignment.status.in_(OPEN_STATUSES))
    elif state == "overdue":
        query = query.where(Assignment.status.in_(OPEN_STATUSES), Assignment.due_on < today)
    elif state == "due_soon":
        query = query.where(Assignment.status.in_(OPEN_STATUSES),
                            Assignment.due_on.between(today, today + timedelta(days=rules.DUE_SOON_DAYS)))
    elif state == "done":
        query = query.where(Assignment.status == "done")
    if responsible_staff_id:
        query = query.where(Assignment.responsible_staff_id == responsible_staff_id)
    with db.uow() as uow:
        return _rows(uow.session, query, today)


@dataclass(frozen=True)
class PersonLoad:
    staff_id: str
    full_name: str
    open: int
    overdue: int
    due_soon: int


def per_person(db: Database, office_code: str | None = None, today: date | None = None) -> list[PersonLoad]:
    """Open, overdue and due-soon assignments per responsible employee (counted in SQL), most overdue first."""
    from sqlalchemy import case

    today = today or date.today()
    is_open = Assignment.status.in_(OPEN_STATUSES)
    overdue = func.sum(case((is_open & (Assignment.due_on < today), 1), else_=0))
    soon = func.sum(case((is_open & Assignment.due_on.between(today, today + timedelta(days=rules.DUE_SOON_DAYS)),
                          1), else_=0))
    query = (select(Assignment.responsible_staff_id, StaffMember.full_name, func.sum(case((is_open, 1), else_=0)),
                    overdue, soon)
             .join(StaffMember, StaffMember.id == Assignment.responsible_staff_id)
             .where(Assignment.deleted.is_(False), Assignment.office_code == (office_code or db.office_code))
             .group_by(Assignment.responsible_staff_id, StaffMember.full_name)
             .having(func.sum(case((is_open, 1), else_=0)) > 0)
             .order_by(overdue.desc(), StaffMember.full_name))
    with db.uow() as uow:
        return [PersonLoad(*row) for row in uow.session.execute(query)]
