"""The protocol of a meeting and the extract for one executor, as PDF (through the common print frame)
and as .docx (for offices that sign in Word). This module gathers the plain ``ProtocolData`` from the
database; ``cxdesk.reports.protocol_pdf`` and ``protocol_docx`` lay it out. Every role may print.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

from sqlalchemy import select

from cxdesk.core import meetings as rules
from cxdesk.core.meetings_protocol import Person, ProtocolAssignment, ProtocolData, ProtocolItem
from cxdesk.services.actor import Actor
from cxdesk.services.assignments import STATUSES as TASK_STATUSES
from cxdesk.services.errors import ValidationError
from cxdesk.services.meetings import carried_assignments, get_meeting
from cxdesk.services.meetings_materials import materials_of
from cxdesk.services.working_group import live, staff_names
from cxdesk.store.database import Database
from cxdesk.store.models import Office
from cxdesk.store.working_group import AgendaItem, Assignment, Meeting, WorkingGroup

FORMATS = ("pdf", "docx")


def _due(task: Assignment) -> str:
    return f"до {rules.short_date(task.due_on)}" if task.due_on else "постоянно"


def protocol_data(db: Database, meeting_id: str) -> ProtocolData:
    detail = get_meeting(db, meeting_id)
    with db.uow() as uow:
        s = uow.session
        meeting = live(s, Meeting, meeting_id, "Заседание")
        group = s.get(WorkingGroup, meeting.group_id)
        office = s.scalar(select(Office).where(Office.code == meeting.office_code))
        tasks = list(s.scalars(select(Assignment).where(Assignment.meeting_id == meeting.id,
                                                        Assignment.deleted.is_(False))
                               .order_by(Assignment.position)))
        carried = carried_assignments(s, meeting)
        earlier = {m.id: m for m in s.scalars(select(Meeting).where(Meeting.id.in_({t.meeting_id for t in carried})))}
        item_pos = {i.id: i.position for i in s.scalars(select(AgendaItem).where(
            AgendaItem.meeting_id.in_({t.meeting_id for t in carried} | {meeting.id})))}
        staff = staff_names(s, [t.responsible_staff_id for t in tasks + carried]
                            + [meeting.chair_staff_id, meeting.secretary_staff_id])

        def name(staff_id: str | None) -> str:
            return rules.surname_initials(staff[staff_id].full_name) if staff_id in staff else ""

        def person(staff_id: str | None) -> Person | None:
            return Person(staff[staff_id].full_name, staff[staff_id].position) if staff_id in staff else None

        files = materials_of(s, [i.id for i in detail.items])
        items = []
        for item in detail.items:
            mine = [t for t in tasks if t.item_id == item.id]
            numbered = tuple(ProtocolAssignment(f"{item.position}.{n}", t.text, name(t.responsible_staff_id),
                                                t.responsible_staff_id, _due(t), TASK_STATUSES[t.status])
                             for n, t in enumerate(mine, start=1))
            control = ()
            if item.is_control:
                control = tuple(
                    ProtocolAssignment(
                        f"п. {item_pos.get(t.item_id, '')}, протокол № {earlier[t.meeting_id].number} от "
                        f"{rules.short_date(earlier[t.meeting_id].meeting_date)}",
                        t.text, name(t.responsible_staff_id), t.responsible_staff_id, _due(t),
                        rules.DEADLINE_TITLES[rules.deadline_state(t.due_on, t.status, t.done_on,
                                                                   meeting.meeting_date)])
                    for t in carried)
            f = item.fields
            listed = [line.strip() for line in f.materials.splitlines() if line.strip()]
            listed += [x.filename for x in files.get(item.id, []) if x.filename not in listed]
            items.append(ProtocolItem(item.position, f.title, f.speakers, f.heard, f.discussion, f.decision, numbered,
                                      f.approves_targets_year if f.decision_kind == "kpi_targets" else None, control,
                                      tuple(listed)))
        loose = [t for t in tasks if t.item_id is None]
        if loose:
            items.append(ProtocolItem(len(items) + 1, "Разное", "", "", "", "", tuple(
                ProtocolAssignment(f"{len(items) + 1}.{n}", t.text, name(t.responsible_staff_id), t.responsible_staff_id,
                                   _due(t), TASK_STATUSES[t.status]) for n, t in enumerate(loose, start=1))))
        chair_id, secretary_id = detail.fields.chair_staff_id, detail.fields.secretary_staff_id
        present = tuple(Person(a.full_name, a.position) for a in detail.attendance
                        if a.kind == "member" and a.present and a.staff_id not in (chair_id, secretary_id))
        absent = tuple((Person(a.full_name, a.position), a.absence_reason) for a in detail.attendance
                       if a.kind == "member" and not a.present)
        invited = tuple(Person(a.full_name, a.position) for a in detail.attendance if a.kind == "invited" and a.present)
        q = detail.quorum
        quorum_text = (f"Присутствуют {q.present} из {q.members} членов рабочей группы. "
                       + ("Кворум имеется." if q.reached else f"Кворума нет (требуется не менее {q.required})."))
        city = ""
        if office is not None:
            found = re.search(r"г\.\s*([А-ЯЁ][\w-]+)", office.name)
            city = f"г. {found.group(1)}" if found else office.region
        return ProtocolData(
            organisation=office.name if office else meeting.office_code, group_name=group.name if group else "",
            number=detail.fields.number, meeting_date=detail.fields.meeting_date, start_time=detail.fields.start_time,
            place=detail.fields.place, city=city, chair=person(chair_id), secretary=person(secretary_id),
            present=present, absent=absent, invited=invited, quorum_text=quorum_text, items=tuple(items))


def print_protocol(db: Database, actor: Actor, meeting_id: str, target: Path | str | IO[bytes],
                   fmt: str = "pdf", *, executor_staff_id: str | None = None) -> None:
    """Write the protocol (or, with ``executor_staff_id``, the extract for that executor)."""
    if fmt not in FORMATS:
        raise ValidationError(f"Неизвестный формат «{fmt}»: pdf или docx.")
    data = protocol_data(db, meeting_id)
    if executor_staff_id is not None:
        with db.uow() as uow:
            people = {k: m.full_name for k, m in staff_names(uow.session, [executor_staff_id]).items()}
        if executor_staff_id not in people:
            raise ValidationError("Исполнитель не найден в справочнике сотрудников.")
        data = data.extract(executor_staff_id, people[executor_staff_id])
        if not data.items:
            raise ValidationError("В этом протоколе нет поручений выбранному исполнителю; выписка не нужна.")
    if fmt == "pdf":
        from cxdesk.reports.protocol_pdf import write_protocol_pdf

        write_protocol_pdf(target, data, printed_by=actor.full_name)
    else:
        from cxdesk.reports.protocol_docx import write_protocol_docx

        write_protocol_docx(target, data)
