"""The staff directory shared by the working group and the competency events."""

from __future__ import annotations

import pytest

from cxdesk.services import staff
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.staff import StaffFields


def test_add_search_archive(db, admin):
    ivanova = staff.add_member(db, admin, StaffFields("Иванова  Ирина Ивановна", "Главный специалист",
                                                      "Отдел трудоустройства", "ivanova@czn.example"))
    staff.add_member(db, admin, StaffFields("Петров Пётр Петрович", "Начальник отдела", "Служба дизайна КО"))
    assert ivanova.short_name == "Иванова И. И."
    assert [m.full_name for m in staff.list_members(db, search="ИВАНОВА")] == ["Иванова Ирина Ивановна"]
    assert [m.full_name for m in staff.list_members(db, search="петр дизайн")] == ["Петров Пётр Петрович"]
    assert [m.full_name for m in staff.list_members(db, search="пётр")] == ["Петров Пётр Петрович"]
    staff.set_active(db, admin, ivanova.id, False)
    assert [m.full_name for m in staff.list_members(db)] == ["Петров Пётр Петрович"]
    assert len(staff.list_members(db, include_archived=True)) == 2
    assert staff.get_member(db, ivanova.id).office_code == "TC01"


def test_invalid_input_changes_nothing(db, admin):
    with pytest.raises(ValidationError, match="фамилию"):
        staff.add_member(db, admin, StaffFields("Иванова"))
    with pytest.raises(ValidationError, match="электронной почты"):
        staff.add_member(db, admin, StaffFields("Иванова Ирина", email="not-an-address"))
    assert staff.list_members(db, include_archived=True) == []


def test_operator_cannot_edit_but_can_read(db, admin):
    staff.add_member(db, admin, StaffFields("Иванова Ирина Ивановна"))
    operator = Actor("op", "Оператор", "operator")
    with pytest.raises(PermissionDenied):
        staff.add_member(db, operator, StaffFields("Сидоров Сидор"))
    assert len(staff.list_members(db)) == 1


def test_update(db, admin):
    member = staff.add_member(db, admin, StaffFields("Иванова Ирина Ивановна"))
    updated = staff.update_member(db, admin, member.id, StaffFields("Иванова Ирина Ивановна", "Заместитель директора"))
    assert updated.position == "Заместитель директора"
    assert staff.list_members(db, search="заместитель")[0].id == member.id
