"""Meetings of the working group: planning, attendance and quorum, decisions, assignments carried over
to the next meeting, the monthly check, the KPI-targets decision seam, permissions and audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cxdesk.services import assignments, meetings, working_group
from cxdesk.services.actor import Actor
from cxdesk.services.assignments import AssignmentFields
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.meetings import ItemFields, MeetingFields
from cxdesk.services.roles import Role
from cxdesk.store.models import AuditEntry
from tests.services.working_group_support import make_group, make_meeting

HEAD = Actor("head", "Ветров Андрей Борисович", Role.HEAD)


@pytest.fixture
def ids(db):
    return make_group(db, HEAD)


def test_a_new_meeting_lists_the_members_and_checks_the_quorum(db, ids):
    detail = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 1, 15)))
    assert detail.fields.number == "1" and detail.fields.place == "каб. 305"
    assert detail.fields.chair_staff_id == ids["chair"] and detail.fields.secretary_staff_id == ids["secretary"]
    members = [a for a in detail.attendance if a.kind == "member"]
    assert len(members) == 6 and [a.full_name for a in detail.attendance if a.kind == "invited"] == [
        "Гусева Ольга Павловна"]
    assert detail.quorum.reached and detail.quorum.required == 4
    for person in members[:3]:
        meetings.set_attendance(db, HEAD, person.id, False, "командировка")
    after = meetings.get_meeting(db, detail.id)
    assert after.quorum.present == 3 and not after.quorum.reached
    assert meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 2, 12))).fields.number == "2"


def test_open_assignments_are_carried_into_the_next_meeting(db, ids):
    first, _item, tasks = make_meeting(db, HEAD, ids)
    assignments.set_assignment_status(db, HEAD, tasks[1], "done", done_on=date(2026, 1, 30))
    second = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 2, 12)))
    control = second.items[0]
    assert control.is_control and control.fields.title == meetings.CONTROL_TITLE
    from cxdesk.services.meetings_protocol import protocol_data

    carried = protocol_data(db, second.id).items[0].carried
    assert [c.text for c in carried] == ["Подготовить регламент электронной записи на приём"]
    assert carried[0].number.startswith("п. 1, протокол № 1 от 15.01.2026")
    assignments.set_assignment_status(db, HEAD, tasks[0], "done", done_on=date(2026, 2, 5))
    third = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 3, 12)))
    assert not any(i.is_control for i in third.items)


def test_control_lists_and_load_per_person(db, ids):
    _m, _i, tasks = make_meeting(db, HEAD, ids)
    today = date(2026, 2, 25)
    overdue = assignments.control_list(db, state="overdue", today=today)
    assert [r.id for r in overdue] == [tasks[0]] and overdue[0].state == "overdue"
    assert [r.id for r in assignments.control_list(db, state="due_soon", today=today)] == [tasks[1]]
    assert [r.id for r in assignments.control_list(db, responsible_staff_id=ids["member4"], today=today)] == [tasks[1]]
    load = assignments.per_person(db, today=today)
    assert [(p.full_name, p.open, p.overdue, p.due_soon) for p in load] == [
        ("Щукин Юрий Эдуардович", 1, 1, 0), ("Ёлкина Жанна Фёдоровна", 1, 0, 1)]
    with pytest.raises(ValidationError, match="дату исполнения"):
        assignments.save_assignment(db, HEAD, _m, AssignmentFields("Сделать отчёт", ids["member3"], None, "done"))


def test_the_monthly_check_flags_a_month_without_a_held_meeting(db, ids):
    for month in (1, 2, 4):
        detail = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, month, 14)))
        meetings.set_status(db, HEAD, detail.id, "held")
    planned = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 3, 14)))  # planned, never held
    assert meetings.months_without_meeting(db, "TC01", 2026, today=date(2026, 6, 2)) == [3, 5]
    checks = meetings.month_checks(db, "TC01", 2026, today=date(2026, 6, 2))
    assert checks[5].state == "pending" and checks[0].meetings == 1
    meetings.delete_meeting(db, HEAD, planned.id)
    assert len(meetings.list_meetings(db, year=2026)) == 3


def test_a_decision_can_approve_the_kpi_targets_of_a_year(db, ids):
    detail = meetings.create_meeting(db, HEAD, MeetingFields(date(2026, 1, 20)))
    with pytest.raises(ValidationError, match="год"):
        meetings.save_item(db, HEAD, detail.id, ItemFields("Об утверждении целевых значений", decision_kind="kpi_targets"))
    item = meetings.save_item(db, HEAD, detail.id, ItemFields(
        "Об утверждении целевых значений КПЭ", decision="Утвердить целевые значения на 2026 год.",
        decision_kind="kpi_targets", approves_targets_year=2026))
    assert meetings.targets_decisions(db, 2026) == []  # not held yet
    meetings.set_status(db, HEAD, detail.id, "held")
    assert [d[0] for d in meetings.targets_decisions(db, 2026)] == [item]


def test_agenda_items_move_and_are_removed_with_their_assignments(db, ids):
    meeting, item, _tasks = make_meeting(db, HEAD, ids)
    second = meetings.save_item(db, HEAD, meeting, ItemFields("О плане работы на 2026 год"))
    meetings.move_item(db, HEAD, second, -1)
    assert [i.id for i in meetings.get_meeting(db, meeting).items] == [second, item]
    meetings.remove_item(db, HEAD, item)
    assert assignments.meeting_assignments(db, meeting) == []
    assert [i.position for i in meetings.get_meeting(db, meeting).items] == [1]


def test_readers_read_but_cannot_write_and_writes_are_audited(db, ids):
    reader = Actor("r", "Читатель", Role.READER)
    with pytest.raises(PermissionDenied):
        meetings.create_meeting(db, reader, MeetingFields(date(2026, 1, 15)))
    meeting, _item, _tasks = make_meeting(db, HEAD, ids)
    assert meetings.get_meeting(db, meeting).status == "held"
    with db.uow() as uow:
        actions = set(uow.session.scalars(select(AuditEntry.action)))
    assert {"meetings.create", "meetings.item", "assignments.save", "meetings.held",
            "working_group.member"} <= actions
    with pytest.raises(ValidationError, match="ещё не наступило"):
        later = meetings.create_meeting(db, HEAD, MeetingFields(date(2099, 1, 15)))
        meetings.set_status(db, HEAD, later.id, "held")


def test_composition_documents_and_roadmap(db, ids):
    group = working_group.get_group(db)
    members = working_group.list_members(db, group.id)
    assert [m.role_title for m in members[:3]] == ["Председатель", "Заместитель председателя", "Секретарь"]
    doc = working_group.add_document(db, HEAD, "regulation", "Положение о рабочей группе", "12-п",
                                     date(2025, 1, 10), "положение.pdf", b"%PDF-1.4")
    assert working_group.list_documents(db, group.id)[0].size == 8
    assert working_group.document_file(db, doc.id) == ("положение.pdf", b"%PDF-1.4")
    milestone = working_group.save_milestone(db, HEAD, working_group.MilestoneFields(
        "Утвердить Положение о рабочей группе", date(2025, 2, 1), ids["chair"]))
    assert working_group.list_milestones(db, group.id, today=date(2025, 3, 1))[0].overdue
    working_group.remove_milestone(db, HEAD, milestone)
    assert working_group.list_milestones(db, group.id) == []
