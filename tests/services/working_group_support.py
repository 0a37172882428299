"""A small working group for the tests of the working-group area: staff, composition, one meeting with a
decision and two assignments (used by the service, report and GUI tests)."""

from __future__ import annotations

from datetime import date

from cxdesk.services import assignments, meetings, staff, working_group
from cxdesk.services.assignments import AssignmentFields
from cxdesk.services.meetings import ItemFields, MeetingFields
from cxdesk.services.staff import StaffFields
from cxdesk.services.working_group import MemberFields

PEOPLE = [
    ("chair", "Ветров Андрей Борисович", "Директор"),
    ("deputy", "Кошкина Елена Сергеевна", "Заместитель директора"),
    ("secretary", "Павлова Наталья Викторовна", "Ведущий специалист службы дизайна КО"),
    ("member", "Щукин Юрий Эдуардович", "Начальник отдела трудоустройства"),
    ("member", "Ёлкина Жанна Фёдоровна", "Руководитель ТЦЗН по г. Заречный"),
    ("member", "Цой Игорь Владимирович", "Главный специалист"),
]


def make_group(db, actor) -> dict[str, str]:
    """Staff directory entries, the group and its members; returns {short key: staff id}."""
    ids: dict[str, str] = {}
    working_group.save_group(db, actor, "Рабочая группа по клиентоцентричности", "каб. 305")
    for n, (role, name, position) in enumerate(PEOPLE):
        person = staff.add_member(db, actor, StaffFields(name, position))
        ids[f"{role}{n}" if role == "member" else role] = person.id
        working_group.save_member(db, actor, MemberFields(role, person.id, term_from=date(2025, 1, 1)))
    working_group.save_member(db, actor, MemberFields("invited", None, "Гусева Ольга Павловна",
                                                      "Представитель общества инвалидов"))
    return ids


def make_meeting(db, actor, ids, day: date = date(2026, 1, 15)) -> tuple[str, str, list[str]]:
    """A held meeting with one decision and two assignments; returns (meeting id, item id, assignment ids)."""
    detail = meetings.create_meeting(db, actor, MeetingFields(day, "10:00", "ул. Ленина, 5, каб. 305"))
    item = meetings.save_item(db, actor, detail.id, ItemFields(
        "Об итогах анализа жалоб граждан за IV квартал 2025 года", speakers="Павлова Н. В.",
        heard="об основных причинах жалоб: очереди в зале приёма и сроки ответа на обращения.",
        discussion="Щукин Ю. Э. — предложил ввести электронную запись на приём.",
        decision="Информацию принять к сведению.\nОдобрить пилот электронной записи в ТЦЗН по г. Заречный."))
    tasks = [
        assignments.save_assignment(db, actor, detail.id, AssignmentFields(
            "Подготовить регламент электронной записи на приём", ids["member3"], date(2026, 2, 10)), item_id=item),
        assignments.save_assignment(db, actor, detail.id, AssignmentFields(
            "Провести опрос посетителей о времени ожидания", ids["member4"], date(2026, 3, 1)), item_id=item),
    ]
    meetings.set_status(db, actor, detail.id, "held")
    return detail.id, item, tasks
