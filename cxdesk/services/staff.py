"""The staff directory: add, edit, archive and search the office's employees.

Working-group members, meeting attendance, assignments and competency events refer to staff
members by id, so a member is archived (``active = False``), never removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.staff import StaffMember

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class StaffInfo:
    id: str
    office_code: str
    full_name: str
    position: str
    unit: str
    email: str
    phone: str
    active: bool
    note: str

    @property
    def short_name(self) -> str:
        """«Иванова И. И.» — how Russian documents name a person."""
        parts = self.full_name.split()
        if len(parts) < 2:
            return self.full_name
        return parts[0] + " " + " ".join(p[0] + "." for p in parts[1:3])


@dataclass(frozen=True)
class StaffFields:
    full_name: str
    position: str = ""
    unit: str = ""
    email: str = ""
    phone: str = ""
    note: str = ""


def _info(m: StaffMember) -> StaffInfo:
    return StaffInfo(m.id, m.office_code, m.full_name, m.position, m.unit, m.email, m.phone, m.active, m.note)


def _clean(fields: StaffFields) -> StaffFields:
    full_name = " ".join(fields.full_name.split())
    if len(full_name.split()) < 2:
        raise ValidationError("Укажите фамилию и имя сотрудника (лучше полностью: фамилия, имя, отчество).")
    email = fields.email.strip()
    if email and not EMAIL_PATTERN.match(email):
        raise ValidationError(f"Адрес электронной почты «{email}» указан неверно.")
    return StaffFields(full_name, " ".join(fields.position.split()), " ".join(fields.unit.split()), email,
                       fields.phone.strip(), fields.note.strip())


def add_member(db: Database, actor: Actor, fields: StaffFields) -> StaffInfo:
    require(db, actor, Action.STAFF_EDIT)
    fields = _clean(fields)
    with db.uow() as uow:
        member = StaffMember(office_code=db.office_code, **fields.__dict__,
                             search_text=search_key(fields.full_name, fields.position, fields.unit))
        uow.session.add(member)
        uow.session.flush()
        audit.append(uow.session, actor, "staff.add", office=db.office_code, entity="staff_member",
                     record_id=member.id)
        uow.commit()
        return _info(member)


def _load(session, member_id: str) -> StaffMember:
    member = session.get(StaffMember, member_id)
    if member is None or member.deleted:
        raise NotFoundError("Сотрудник не найден в справочнике (возможно, удалён на другом рабочем месте).")
    return member


def update_member(db: Database, actor: Actor, member_id: str, fields: StaffFields) -> StaffInfo:
    require(db, actor, Action.STAFF_EDIT)
    fields = _clean(fields)
    with db.uow() as uow:
        member = _load(uow.session, member_id)
        for name, value in fields.__dict__.items():
            setattr(member, name, value)
        member.search_text = search_key(fields.full_name, fields.position, fields.unit)
        audit.append(uow.session, actor, "staff.update", office=db.office_code, entity="staff_member",
                     record_id=member.id)
        uow.commit()
        return _info(member)


def set_active(db: Database, actor: Actor, member_id: str, active: bool) -> StaffInfo:
    """Archive (or bring back) a member; references from minutes and events stay valid."""
    require(db, actor, Action.STAFF_EDIT)
    with db.uow() as uow:
        member = _load(uow.session, member_id)
        member.active = active
        audit.append(uow.session, actor, "staff.activate" if active else "staff.archive",
                     office=db.office_code, entity="staff_member", record_id=member.id)
        uow.commit()
        return _info(member)


def list_members(db: Database, *, search: str = "", include_archived: bool = False,
                 office_code: str | None = None) -> list[StaffInfo]:
    """Every role may read the directory (it names who is responsible for what)."""
    query = select(StaffMember).where(StaffMember.deleted.is_(False))
    if not include_archived:
        query = query.where(StaffMember.active.is_(True))
    if office_code:
        query = query.where(StaffMember.office_code == office_code)
    for word in search_key(search).split():
        query = query.where(StaffMember.search_text.contains(word, autoescape=True))
    with db.uow() as uow:
        return [_info(m) for m in uow.session.scalars(query.order_by(StaffMember.full_name))]


def get_member(db: Database, member_id: str) -> StaffInfo:
    with db.uow() as uow:
        return _info(_load(uow.session, member_id))
