"""The working group of an office (R14): the group itself, its composition with roles and terms, its
documents (the regulation «Положение о рабочей группе» with the approval date, the roadmap, orders) and
the roadmap's milestones. Every role reads; writes need ``Action.MEETINGS_EDIT`` and touch only the
group of this installation's office (groups of other offices arrive by exchange and are read-only here).
People are staff-directory ids (``cxdesk.services.staff``), resolved to names on reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.staff import StaffMember
from cxdesk.store.working_group import WgDocument, WgMember, WgMilestone, WorkingGroup

ROLES = {"chair": "Председатель", "deputy": "Заместитель председателя", "secretary": "Секретарь",
         "member": "Член рабочей группы", "invited": "Приглашённый представитель"}
VOTING_ROLES = ("chair", "deputy", "secretary", "member")
DOCUMENT_KINDS = {"regulation": "Положение о рабочей группе", "roadmap": "Дорожная карта",
                  "order": "Приказ о создании", "other": "Другой документ"}
MILESTONE_STATUSES = {"planned": "запланировано", "in_progress": "выполняется", "done": "выполнено"}
DEFAULT_NAME = "Рабочая группа по клиентоцентричности"


@dataclass(frozen=True)
class GroupInfo:
    id: str
    office_code: str
    name: str
    place: str
    quorum_percent: int
    editable: bool


@dataclass(frozen=True)
class MemberFields:
    role: str
    staff_id: str | None = None
    person_name: str = ""  # invited outsiders who are not in the staff directory
    organisation: str = ""
    term_from: date | None = None
    term_to: date | None = None
    note: str = ""


@dataclass(frozen=True)
class MemberInfo:
    id: str
    fields: MemberFields
    full_name: str
    position: str

    @property
    def role_title(self) -> str:
        return ROLES.get(self.fields.role, self.fields.role)


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    kind: str
    title: str
    number: str
    approved_on: date | None
    filename: str
    size: int

    @property
    def kind_title(self) -> str:
        return DOCUMENT_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class MilestoneFields:
    title: str
    due_on: date | None = None
    owner_staff_id: str | None = None
    status: str = "planned"
    done_on: date | None = None


@dataclass(frozen=True)
class MilestoneInfo:
    id: str
    position: int
    fields: MilestoneFields
    owner: str
    overdue: bool


# --- helpers shared by the area's services -------------------------------------------------------

def staff_names(session: Session, ids) -> dict[str, StaffMember]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return {m.id: m for m in session.scalars(select(StaffMember).where(StaffMember.id.in_(wanted)))}


def group_for(session: Session, office_code: str | None) -> WorkingGroup | None:
    return session.scalar(select(WorkingGroup).where(WorkingGroup.office_code == office_code,
                                                     WorkingGroup.deleted.is_(False)))


def own_group(session: Session, db: Database) -> WorkingGroup:
    group = group_for(session, db.office_code)
    if group is None:
        raise ValidationError("Рабочая группа этого центра ещё не создана. Откройте вкладку «Состав и "
                              "документы» и создайте её; ничего не изменено.")
    return group


def check_own(db: Database, office_code: str) -> None:
    if office_code != db.office_code:
        raise ValidationError(f"Записи центра {office_code} получены при обмене и здесь только читаются; "
                              "изменения вносит сам этот центр. Ничего не изменено.")


def live(session: Session, model, record_id: str, what: str):
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise NotFoundError(f"{what} не найден(а) — возможно, удалено на другом рабочем месте. Обновите список.")
    return record


def _log(session, actor: Actor, db: Database, action: str, entity: str, record_id: str) -> None:
    audit.append(session, actor, action, office=db.office_code, entity=entity, record_id=record_id)


# --- the group ------------------------------------------------------------------------------------

def _group_info(g: WorkingGroup, db: Database) -> GroupInfo:
    return GroupInfo(g.id, g.office_code, g.name, g.place, g.quorum_percent, g.office_code == db.office_code)


def get_group(db: Database, office_code: str | None = None) -> GroupInfo | None:
    with db.uow() as uow:
        group = group_for(uow.session, office_code or db.office_code)
        return None if group is None else _group_info(group, db)


def group_offices(db: Database) -> list[str]:
    """Offices whose working group this database knows (the УЦЗН sees the whole region)."""
    with db.uow() as uow:
        return list(uow.session.scalars(select(WorkingGroup.office_code).where(WorkingGroup.deleted.is_(False))
                                        .order_by(WorkingGroup.office_code)))


def save_group(db: Database, actor: Actor, name: str = DEFAULT_NAME, place: str = "",
               quorum_percent: int = 50) -> GroupInfo:
    """Create this office's working group, or change its name, usual place and quorum rule."""
    require(db, actor, Action.MEETINGS_EDIT)
    name = " ".join(name.split())
    if len(name) < 5:
        raise ValidationError("Укажите название рабочей группы (не короче 5 знаков).")
    if not 1 <= quorum_percent <= 99:
        raise ValidationError("Кворум задаётся долей членов группы от 1 до 99 %.")
    with db.uow() as uow:
        group = group_for(uow.session, db.office_code)
        if group is None:
            group = WorkingGroup(office_code=db.office_code)
            uow.session.add(group)
        group.name, group.place, group.quorum_percent = name, place.strip(), quorum_percent
        uow.session.flush()
        _log(uow.session, actor, db, "working_group.save", "wg_group", group.id)
        uow.commit()
        return _group_info(group, db)


# --- members --------------------------------------------------------------------------------------

def _check_member(session: Session, f: MemberFields) -> None:
    if f.role not in ROLES:
        raise ValidationError(f"Неизвестная роль в рабочей группе «{f.role}».")
    if f.staff_id is None and not f.person_name.strip():
        raise ValidationError("Выберите сотрудника из справочника или укажите ФИО приглашённого.")
    if f.staff_id is not None and f.staff_id not in staff_names(session, [f.staff_id]):
        raise ValidationError("Сотрудник не найден в справочнике сотрудников.")
    if f.term_from and f.term_to and f.term_to < f.term_from:
        raise ValidationError("Срок полномочий заканчивается раньше, чем начинается.")


def _member_info(m: WgMember, staff: dict[str, StaffMember]) -> MemberInfo:
    person = staff.get(m.staff_id or "")
    fields = MemberFields(m.role, m.staff_id, m.person_name, m.organisation, m.term_from, m.term_to, m.note)
    return MemberInfo(m.id, fields, person.full_name if person else m.person_name,
                      person.position if person else m.organisation)


def save_member(db: Database, actor: Actor, fields: MemberFields, member_id: str | None = None) -> MemberInfo:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        group = own_group(uow.session, db)
        _check_member(uow.session, fields)
        if member_id is None:
            member = WgMember(group_id=group.id)
            uow.session.add(member)
        else:
            member = live(uow.session, WgMember, member_id, "Член рабочей группы")
        for name, value in fields.__dict__.items():
            setattr(member, name, value.strip() if isinstance(value, str) else value)
        uow.session.flush()
        _log(uow.session, actor, db, "working_group.member", "wg_member", member.id)
        uow.commit()
        return _member_info(member, staff_names(uow.session, [member.staff_id]))


def remove_member(db: Database, actor: Actor, member_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        member = live(uow.session, WgMember, member_id, "Член рабочей группы")
        member.deleted = True
        _log(uow.session, actor, db, "working_group.member_remove", "wg_member", member.id)
        uow.commit()


def list_members(db: Database, group_id: str, *, on: date | None = None) -> list[MemberInfo]:
    """The composition, chair first; with ``on`` only members whose term covers that date."""
    order = {role: i for i, role in enumerate(ROLES)}
    with db.uow() as uow:
        rows = list(uow.session.scalars(select(WgMember).where(WgMember.group_id == group_id,
                                                               WgMember.deleted.is_(False))))
        if on is not None:
            rows = [m for m in rows if (m.term_from is None or m.term_from <= on) and
                    (m.term_to is None or m.term_to >= on)]
        staff = staff_names(uow.session, [m.staff_id for m in rows])
        infos = [_member_info(m, staff) for m in rows]
    return sorted(infos, key=lambda i: (order.get(i.fields.role, 9), i.full_name))


# --- documents ------------------------------------------------------------------------------------

def add_document(db: Database, actor: Actor, kind: str, title: str, number: str = "",
                 approved_on: date | None = None, filename: str = "", data: bytes | None = None) -> DocumentInfo:
    require(db, actor, Action.MEETINGS_EDIT)
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(f"Неизвестный вид документа «{kind}».")
    if len(title.strip()) < 3:
        raise ValidationError("Укажите название документа.")
    with db.uow() as uow:
        group = own_group(uow.session, db)
        doc = WgDocument(group_id=group.id, kind=kind, title=title.strip(), number=number.strip(),
                         approved_on=approved_on, filename=filename, data=data)
        uow.session.add(doc)
        uow.session.flush()
        _log(uow.session, actor, db, "working_group.document", "wg_document", doc.id)
        uow.commit()
        return DocumentInfo(doc.id, kind, doc.title, doc.number, approved_on, filename, len(data or b""))


def remove_document(db: Database, actor: Actor, document_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        live(uow.session, WgDocument, document_id, "Документ").deleted = True
        _log(uow.session, actor, db, "working_group.document_remove", "wg_document", document_id)
        uow.commit()


def list_documents(db: Database, group_id: str) -> list[DocumentInfo]:
    from sqlalchemy import func

    size = func.coalesce(func.length(WgDocument.data), 0)
    query = (select(WgDocument.id, WgDocument.kind, WgDocument.title, WgDocument.number, WgDocument.approved_on,
                    WgDocument.filename, size)
             .where(WgDocument.group_id == group_id, WgDocument.deleted.is_(False))
             .order_by(WgDocument.approved_on.desc(), WgDocument.title))
    with db.uow() as uow:
        return [DocumentInfo(*row) for row in uow.session.execute(query)]


def document_file(db: Database, document_id: str) -> tuple[str, bytes]:
    with db.uow() as uow:
        doc = live(uow.session, WgDocument, document_id, "Документ")
        if not doc.data:
            raise ValidationError("К этой записи файл документа не приложен.")
        return doc.filename or "документ", doc.data


# --- roadmap --------------------------------------------------------------------------------------

def save_milestone(db: Database, actor: Actor, fields: MilestoneFields,
                   milestone_id: str | None = None) -> str:
    require(db, actor, Action.MEETINGS_EDIT)
    if len(fields.title.strip()) < 3:
        raise ValidationError("Укажите, что должно быть сделано по этому пункту дорожной карты.")
    if fields.status not in MILESTONE_STATUSES:
        raise ValidationError(f"Неизвестное состояние пункта «{fields.status}».")
    with db.uow() as uow:
        group = own_group(uow.session, db)
        if milestone_id is None:
            count = len(list(uow.session.scalars(select(WgMilestone.id).where(WgMilestone.group_id == group.id))))
            item = WgMilestone(group_id=group.id, position=count + 1)
            uow.session.add(item)
        else:
            item = live(uow.session, WgMilestone, milestone_id, "Пункт дорожной карты")
        item.title, item.due_on, item.owner_staff_id = fields.title.strip(), fields.due_on, fields.owner_staff_id
        item.status = fields.status
        item.done_on = fields.done_on if fields.status == "done" else None
        uow.session.flush()
        _log(uow.session, actor, db, "working_group.milestone", "wg_milestone", item.id)
        uow.commit()
        return item.id


def remove_milestone(db: Database, actor: Actor, milestone_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        live(uow.session, WgMilestone, milestone_id, "Пункт дорожной карты").deleted = True
        _log(uow.session, actor, db, "working_group.milestone_remove", "wg_milestone", milestone_id)
        uow.commit()


def list_milestones(db: Database, group_id: str, today: date | None = None) -> list[MilestoneInfo]:
    today = today or date.today()
    with db.uow() as uow:
        rows = list(uow.session.scalars(select(WgMilestone).where(WgMilestone.group_id == group_id,
                                                                  WgMilestone.deleted.is_(False))
                                        .order_by(WgMilestone.position)))
        staff = staff_names(uow.session, [m.owner_staff_id for m in rows])
        return [MilestoneInfo(m.id, m.position,
                              MilestoneFields(m.title, m.due_on, m.owner_staff_id, m.status, m.done_on),
                              staff[m.owner_staff_id].full_name if m.owner_staff_id in staff else "",
                              m.status != "done" and m.due_on is not None and m.due_on < today)
                for m in rows]
