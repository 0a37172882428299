"""Meetings of the working group (R15, R12): planning with an agenda, attendance with the quorum check,
per item what was heard, said and decided, and the monthly check of item 70. A new meeting gets the
members as its attendance list and, when assignments of earlier meetings are still open, a first agenda
item «О ходе исполнения поручений» that lists them (computed, so it always shows the current state).
A decision may approve the KPI targets of a year (``decision_kind = "kpi_targets"`` with
``approves_targets_year``): the seam through which the KPI area accepts targets only from a recorded
decision. Assignments live in ``cxdesk.services.assignments``; printing in ``meetings_protocol``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, extract, func, select

from cxdesk.core import meetings as rules
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.meetings_materials import drop_materials
from cxdesk.services.roles import Action
from cxdesk.services.working_group import (
    VOTING_ROLES,
    _log,
    check_own,
    live,
    own_group,
    staff_names,
)
from cxdesk.store.database import Database
from cxdesk.store.working_group import AgendaItem, Assignment, Attendance, Meeting, WgMember, WorkingGroup

STATUSES = {"planned": "запланировано", "held": "проведено", "cancelled": "отменено"}
FORMS = {"in_person": "очное", "remote": "дистанционное (видеосвязь)"}
CONTROL_TITLE = "О ходе исполнения поручений предыдущих заседаний рабочей группы"


@dataclass(frozen=True)
class MeetingFields:
    meeting_date: date
    start_time: str = "10:00"
    place: str = ""
    form: str = "in_person"
    chair_staff_id: str | None = None
    secretary_staff_id: str | None = None
    number: str = ""  # empty: the next number of the year
    note: str = ""


@dataclass(frozen=True)
class MeetingRow:
    id: str
    office_code: str
    number: str
    meeting_date: date
    status: str
    items: int
    assignments: int
    open_assignments: int

    @property
    def status_title(self) -> str:
        return STATUSES.get(self.status, self.status)


@dataclass(frozen=True)
class ItemFields:
    title: str
    speakers: str = ""
    materials: str = ""
    heard: str = ""
    discussion: str = ""
    decision: str = ""
    decision_kind: str = "regular"
    approves_targets_year: int | None = None


@dataclass(frozen=True)
class ItemInfo:
    id: str
    position: int
    fields: ItemFields
    is_control: bool


@dataclass(frozen=True)
class AttendeeInfo:
    id: str
    staff_id: str | None
    full_name: str
    position: str
    kind: str  # member | invited
    present: bool
    absence_reason: str


@dataclass(frozen=True)
class MeetingDetail:
    id: str
    office_code: str
    group_id: str
    fields: MeetingFields
    status: str
    editable: bool
    items: tuple[ItemInfo, ...]
    attendance: tuple[AttendeeInfo, ...]
    quorum: rules.Quorum


# --- reading --------------------------------------------------------------------------------------

def list_meetings(db: Database, office_code: str | None = None, year: int | None = None) -> list[MeetingRow]:
    """Meetings newest first with their item and assignment counts (counted in SQL)."""
    items = (select(AgendaItem.meeting_id, func.count().label("n")).where(AgendaItem.deleted.is_(False))
             .group_by(AgendaItem.meeting_id).subquery())
    open_case = func.sum(case((Assignment.status.in_(("open", "in_progress")), 1), else_=0))
    tasks = (select(Assignment.meeting_id, func.count().label("n"), open_case.label("open"))
             .where(Assignment.deleted.is_(False)).group_by(Assignment.meeting_id).subquery())
    query = (select(Meeting.id, Meeting.office_code, Meeting.number, Meeting.meeting_date, Meeting.status,
                    func.coalesce(items.c.n, 0), func.coalesce(tasks.c.n, 0), func.coalesce(tasks.c.open, 0))
             .outerjoin(items, items.c.meeting_id == Meeting.id).outerjoin(tasks, tasks.c.meeting_id == Meeting.id)
             .where(Meeting.deleted.is_(False), Meeting.office_code == (office_code or db.office_code))
             .order_by(Meeting.meeting_date.desc()))
    if year is not None:
        query = query.where(Meeting.meeting_date.between(date(year, 1, 1), date(year, 12, 31)))
    with db.uow() as uow:
        return [MeetingRow(*row) for row in uow.session.execute(query)]


def _detail(session, db: Database, m: Meeting) -> MeetingDetail:
    items = list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == m.id,
                                                          AgendaItem.deleted.is_(False))
                                 .order_by(AgendaItem.position)))
    people = list(session.scalars(select(Attendance).where(Attendance.meeting_id == m.id,
                                                           Attendance.deleted.is_(False))))
    staff = staff_names(session, [p.staff_id for p in people])
    attendance = sorted(
        (AttendeeInfo(p.id, p.staff_id, staff[p.staff_id].full_name if p.staff_id in staff else p.person_name,
                      p.position or (staff[p.staff_id].position if p.staff_id in staff else ""), p.kind,
                      p.present, p.absence_reason) for p in people),
        key=lambda a: (a.kind != "member", a.full_name))
    members = [a for a in attendance if a.kind == "member"]
    percent = session.scalar(select(WorkingGroup.quorum_percent).where(WorkingGroup.id == m.group_id)) or 50
    quorum = rules.quorum(len(members), sum(1 for a in members if a.present), percent)
    fields = MeetingFields(m.meeting_date, m.start_time, m.place, m.form, m.chair_staff_id, m.secretary_staff_id,
                           m.number, m.note)
    return MeetingDetail(
        m.id, m.office_code, m.group_id, fields, m.status, m.office_code == db.office_code,
        tuple(ItemInfo(i.id, i.position, ItemFields(i.title, i.speakers, i.materials, i.heard, i.discussion,
                                                    i.decision, i.decision_kind, i.approves_targets_year),
                       i.is_control) for i in items),
        tuple(attendance), quorum)


def get_meeting(db: Database, meeting_id: str) -> MeetingDetail:
    with db.uow() as uow:
        return _detail(uow.session, db, live(uow.session, Meeting, meeting_id, "Заседание"))


def carried_assignments(session, meeting: Meeting) -> list[Assignment]:
    """Assignments of earlier meetings of the same group still open on this meeting's date."""
    rows = session.scalars(
        select(Assignment).join(Meeting, Meeting.id == Assignment.meeting_id)
        .where(Meeting.group_id == meeting.group_id, Meeting.deleted.is_(False), Assignment.deleted.is_(False),
               Meeting.meeting_date < meeting.meeting_date, Assignment.status != "cancelled")
        .order_by(Meeting.meeting_date, Assignment.position))
    return [a for a in rows if rules.is_open_at(a.status, a.done_on, meeting.meeting_date)]


# --- writing --------------------------------------------------------------------------------------

def _check_fields(f: MeetingFields) -> None:
    if f.form not in FORMS:
        raise ValidationError(f"Неизвестная форма заседания «{f.form}».")
    parts = f.start_time.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or not (0 <= int(parts[0]) < 24
                                                                     and 0 <= int(parts[1]) < 60):
        raise ValidationError(f"Время начала «{f.start_time}» укажите как ЧЧ:ММ, например 10:00.")


def _next_number(session, group_id: str, year: int) -> str:
    numbers = session.scalars(select(Meeting.number).where(
        Meeting.group_id == group_id, Meeting.deleted.is_(False),
        Meeting.meeting_date.between(date(year, 1, 1), date(year, 12, 31))))
    return rules.next_number(numbers)


def create_meeting(db: Database, actor: Actor, fields: MeetingFields) -> MeetingDetail:
    """Plan a meeting: members on the day become its attendance list; open assignments carry over."""
    require(db, actor, Action.MEETINGS_EDIT)
    _check_fields(fields)
    with db.uow() as uow:
        s = uow.session
        group = own_group(s, db)
        members = [m for m in s.scalars(select(WgMember).where(WgMember.group_id == group.id,
                                                               WgMember.deleted.is_(False)))
                   if (m.term_from is None or m.term_from <= fields.meeting_date)
                   and (m.term_to is None or m.term_to >= fields.meeting_date)]
        role_of = {m.role: m.staff_id for m in members}
        meeting = Meeting(
            group_id=group.id, office_code=db.office_code, meeting_date=fields.meeting_date,
            number=fields.number.strip() or _next_number(s, group.id, fields.meeting_date.year),
            start_time=fields.start_time, place=fields.place.strip() or group.place, form=fields.form,
            chair_staff_id=fields.chair_staff_id or role_of.get("chair"),
            secretary_staff_id=fields.secretary_staff_id or role_of.get("secretary"), note=fields.note,
            status="planned")
        s.add(meeting)
        s.flush()
        for m in members:
            s.add(Attendance(meeting_id=meeting.id, staff_id=m.staff_id, person_name=m.person_name,
                             position=m.organisation if m.staff_id is None else "",
                             kind="member" if m.role in VOTING_ROLES else "invited", present=True))
        if carried_assignments(s, meeting):
            s.add(AgendaItem(meeting_id=meeting.id, position=1, title=CONTROL_TITLE, is_control=True,
                             decision="Информацию принять к сведению. Исполненные поручения снять с контроля."))
        s.flush()
        _log(s, actor, db, "meetings.create", "wg_meeting", meeting.id)
        uow.commit()
        return _detail(s, db, meeting)


def update_meeting(db: Database, actor: Actor, meeting_id: str, fields: MeetingFields) -> MeetingDetail:
    require(db, actor, Action.MEETINGS_EDIT)
    _check_fields(fields)
    if not fields.number.strip():
        raise ValidationError("Укажите номер протокола.")
    with db.uow() as uow:
        meeting = live(uow.session, Meeting, meeting_id, "Заседание")
        check_own(db, meeting.office_code)
        for name, value in fields.__dict__.items():
            setattr(meeting, name, value.strip() if isinstance(value, str) else value)
        _log(uow.session, actor, db, "meetings.update", "wg_meeting", meeting.id)
        uow.commit()
        return _detail(uow.session, db, meeting)


def set_status(db: Database, actor: Actor, meeting_id: str, status: str) -> None:
    """Mark a meeting held (it then counts for the monthly check), cancelled, or planned again."""
    require(db, actor, Action.MEETINGS_EDIT)
    if status not in STATUSES:
        raise ValidationError(f"Неизвестное состояние заседания «{status}».")
    with db.uow() as uow:
        meeting = live(uow.session, Meeting, meeting_id, "Заседание")
        check_own(db, meeting.office_code)
        if status == "held" and meeting.meeting_date > date.today():
            raise ValidationError("Заседание ещё не наступило: отметить его проведённым можно в день заседания "
                                  "или позже.")
        meeting.status = status
        _log(uow.session, actor, db, f"meetings.{status}", "wg_meeting", meeting.id)
        uow.commit()


def delete_meeting(db: Database, actor: Actor, meeting_id: str) -> None:
    """Tombstone the meeting with its items, attendance and assignments."""
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        s = uow.session
        meeting = live(s, Meeting, meeting_id, "Заседание")
        check_own(db, meeting.office_code)
        drop_materials(s, s.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting.id)))
        for model in (AgendaItem, Attendance, Assignment):
            for row in s.scalars(select(model).where(model.meeting_id == meeting.id, model.deleted.is_(False))):
                row.deleted = True
        meeting.deleted = True
        _log(s, actor, db, "meetings.delete", "wg_meeting", meeting.id)
        uow.commit()


def save_item(db: Database, actor: Actor, meeting_id: str, fields: ItemFields, item_id: str | None = None) -> str:
    """Add an agenda item (at the end) or change one: title, speakers, materials, СЛУШАЛИ/ВЫСТУПИЛИ/РЕШИЛИ."""
    require(db, actor, Action.MEETINGS_EDIT)
    if len(fields.title.strip()) < 3:
        raise ValidationError("Сформулируйте вопрос повестки дня (не короче 3 знаков).")
    if fields.decision_kind not in ("regular", "kpi_targets"):
        raise ValidationError(f"Неизвестный вид решения «{fields.decision_kind}».")
    if fields.decision_kind == "kpi_targets" and not (fields.approves_targets_year or 0) > 2000:
        raise ValidationError("Для решения об утверждении целевых значений КПЭ укажите год.")
    with db.uow() as uow:
        s = uow.session
        meeting = live(s, Meeting, meeting_id, "Заседание")
        check_own(db, meeting.office_code)
        if item_id is None:
            last = s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id,
                                                                         AgendaItem.deleted.is_(False)))
            item = AgendaItem(meeting_id=meeting.id, position=(last or 0) + 1)
            s.add(item)
        else:
            item = live(s, AgendaItem, item_id, "Вопрос повестки")
        for name, value in fields.__dict__.items():
            setattr(item, name, value.strip() if isinstance(value, str) else value)
        if fields.decision_kind != "kpi_targets":
            item.approves_targets_year = None
        s.flush()
        _log(s, actor, db, "meetings.item", "wg_agenda_item", item.id)
        uow.commit()
        return item.id


def remove_item(db: Database, actor: Actor, item_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        s = uow.session
        item = live(s, AgendaItem, item_id, "Вопрос повестки")
        check_own(db, s.get(Meeting, item.meeting_id).office_code)
        for task in s.scalars(select(Assignment).where(Assignment.item_id == item.id, Assignment.deleted.is_(False))):
            task.deleted = True
        drop_materials(s, [item.id])
        item.deleted = True
        rest = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == item.meeting_id,
                                                  AgendaItem.deleted.is_(False), AgendaItem.id != item.id)
                         .order_by(AgendaItem.position))
        for position, other in enumerate(rest, start=1):
            if other.position != position:
                other.position = position
        _log(s, actor, db, "meetings.item_remove", "wg_agenda_item", item.id)
        uow.commit()


def move_item(db: Database, actor: Actor, item_id: str, delta: int) -> None:
    """Move an agenda item up (-1) or down (+1)."""
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        s = uow.session
        item = live(s, AgendaItem, item_id, "Вопрос повестки")
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == item.meeting_id,
                                                        AgendaItem.deleted.is_(False)).order_by(AgendaItem.position)))
        index = items.index(item)
        target = index + delta
        if 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
            for position, other in enumerate(items, start=1):
                if other.position != position:
                    other.position = position
            _log(s, actor, db, "meetings.item_move", "wg_agenda_item", item.id)
            uow.commit()


def set_attendance(db: Database, actor: Actor, attendee_id: str, present: bool, absence_reason: str = "") -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        row = live(uow.session, Attendance, attendee_id, "Участник заседания")
        check_own(db, uow.session.get(Meeting, row.meeting_id).office_code)
        row.present = present
        row.absence_reason = "" if present else absence_reason.strip()
        _log(uow.session, actor, db, "meetings.attendance", "wg_attendance", row.id)
        uow.commit()


def add_attendee(db: Database, actor: Actor, meeting_id: str, *, staff_id: str | None = None, person_name: str = "",
                 position: str = "", kind: str = "invited") -> str:
    """Add a guest (or a member missing from the list) to the meeting's attendance."""
    require(db, actor, Action.MEETINGS_EDIT)
    if kind not in ("member", "invited"):
        raise ValidationError(f"Неизвестный вид участника «{kind}».")
    if staff_id is None and len(person_name.split()) < 2:
        raise ValidationError("Укажите фамилию и инициалы приглашённого или выберите сотрудника.")
    with db.uow() as uow:
        meeting = live(uow.session, Meeting, meeting_id, "Заседание")
        check_own(db, meeting.office_code)
        row = Attendance(meeting_id=meeting.id, staff_id=staff_id, person_name=" ".join(person_name.split()),
                         position=position.strip(), kind=kind, present=True)
        uow.session.add(row)
        uow.session.flush()
        _log(uow.session, actor, db, "meetings.attendee_add", "wg_attendance", row.id)
        uow.commit()
        return row.id


def remove_attendee(db: Database, actor: Actor, attendee_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        row = live(uow.session, Attendance, attendee_id, "Участник заседания")
        check_own(db, uow.session.get(Meeting, row.meeting_id).office_code)
        row.deleted = True
        _log(uow.session, actor, db, "meetings.attendee_remove", "wg_attendance", row.id)
        uow.commit()


# --- the monthly check (R15) ----------------------------------------------------------------------

def month_checks(db: Database, office_code: str, year: int, today: date | None = None) -> list[rules.MonthCheck]:
    """Every month of ``year`` for one office: held / missed / pending / future (meetings counted in SQL)."""
    month = extract("month", Meeting.meeting_date)
    query = (select(month, func.count()).where(
        Meeting.office_code == office_code, Meeting.deleted.is_(False), Meeting.status == "held",
        Meeting.meeting_date.between(date(year, 1, 1), date(year, 12, 31))).group_by(month))
    with db.uow() as uow:
        counts = {int(m): n for m, n in uow.session.execute(query)}
    return rules.month_checks_from_counts(counts, year, today or date.today())


def months_without_meeting(db: Database, office_code: str, year: int, today: date | None = None) -> list[int]:
    """Months (1–12) of ``year`` that ended without a held meeting — for the page and the compliance audit."""
    return [c.month for c in month_checks(db, office_code, year, today) if c.state == rules.MISSED]


def targets_decisions(db: Database, year: int) -> list[tuple[str, str, date, str]]:
    """Held meetings' decisions approving the KPI targets of ``year``: (item id, protocol number, date,
    decision text). The KPI area accepts annual targets only with one of these (R12)."""
    query = (select(AgendaItem.id, Meeting.number, Meeting.meeting_date, AgendaItem.decision)
             .join(Meeting, Meeting.id == AgendaItem.meeting_id)
             .where(AgendaItem.deleted.is_(False), Meeting.deleted.is_(False), Meeting.status == "held",
                    AgendaItem.decision_kind == "kpi_targets", AgendaItem.approves_targets_year == year)
             .order_by(Meeting.meeting_date))
    with db.uow() as uow:
        return [tuple(row) for row in uow.session.execute(query)]
