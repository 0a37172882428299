"""The installation's own office (first-run set-up) and the other offices known to it."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotInitializedError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, Role
from cxdesk.services.users import create_user
from cxdesk.store.database import Database
from cxdesk.store.models import Installation, Office

CODE_PATTERN = re.compile(r"^[A-Za-z0-9_\-]{2,16}$")


class OfficeKind(StrEnum):
    TCZN = "tczn"
    UCZN = "uczn"


OFFICE_KIND_TITLES = {OfficeKind.TCZN: "ТЦЗН", OfficeKind.UCZN: "УЦЗН"}


@dataclass(frozen=True)
class OfficeInfo:
    id: str
    code: str
    name: str
    kind: OfficeKind
    region: str

    @property
    def kind_title(self) -> str:
        return OFFICE_KIND_TITLES[self.kind]


def _info(office: Office) -> OfficeInfo:
    return OfficeInfo(office.id, office.code, office.name, OfficeKind(office.kind), office.region)


def _validated(code: str, name: str, kind: str, region: str) -> tuple[str, str, OfficeKind, str]:
    code = code.strip().upper()
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            "Код центра: от 2 до 16 латинских букв, цифр, знаков «-» или «_» (например, TC01)."
        )
    name = " ".join(name.split())
    if len(name) < 3:
        raise ValidationError("Укажите полное наименование центра занятости.")
    try:
        kind_value = OfficeKind(kind)
    except ValueError:
        raise ValidationError("Тип центра: ТЦЗН (tczn) или УЦЗН (uczn).") from None
    return code, name, kind_value, " ".join(region.split())


def is_initialized(db: Database) -> bool:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Installation)) > 0


def initialize(
    db: Database,
    *,
    office_code: str,
    office_name: str,
    kind: str,
    region: str,
    admin_login: str,
    admin_full_name: str,
    admin_password: str,
) -> OfficeInfo:
    """First run: record which office this database belongs to and create its administrator."""
    code, name, kind_value, region = _validated(office_code, office_name, kind, region)
    with db.uow() as uow:
        if uow.session.scalar(select(func.count()).select_from(Installation)):
            raise ValidationError("База данных уже настроена: центр занятости и администратор заданы.")
        office = Office(code=code, name=name, kind=str(kind_value), region=region, origin=code)
        uow.session.add(office)
        uow.session.flush()
        uow.session.add(Installation(id=1, office_id=office.id, node_id=str(uuid.uuid4())))
        admin = create_user(uow.session, admin_login, admin_full_name, Role.ADMIN, admin_password)
        actor = Actor(admin.login, admin.full_name, Role.ADMIN, admin.id)
        audit.append(uow.session, actor, "installation.init", office=code, entity="office",
                     record_id=office.id, details={"code": code, "kind": str(kind_value)})
        uow.commit()
        info = _info(office)
    db.refresh()
    # The typical profiles and journeys of the Standard's minimum and the default KPI catalogue come with
    # every new database (the same ids everywhere, so the УЦЗН's versions replace them on exchange).
    from cxdesk.services.journeys_library import install_reference_library
    from cxdesk.services.kpi_catalogue import ensure_catalogue

    install_reference_library(db, actor)
    ensure_catalogue(db)
    return info


def own_office(db: Database) -> OfficeInfo:
    with db.uow() as uow:
        office = uow.session.scalar(
            select(Office).join(Installation, Installation.office_id == Office.id)
        )
        if office is None:
            raise NotInitializedError(
                "База данных ещё не настроена. Выполните первоначальную настройку "
                "(мастер при запуске программы или команда «cxdesk init»)."
            )
        return _info(office)


def list_offices(db: Database) -> list[OfficeInfo]:
    with db.uow() as uow:
        rows = uow.session.scalars(select(Office).where(Office.deleted.is_(False)).order_by(Office.code))
        return [_info(o) for o in rows]


def add_office(db: Database, actor: Actor, *, code: str, name: str, kind: str, region: str = "") -> OfficeInfo:
    """Register another office known to this one (a peer ТЦЗН or the region's УЦЗН)."""
    require(db, actor, Action.OFFICES_MANAGE)
    code, name, kind_value, region = _validated(code, name, kind, region)
    with db.uow() as uow:
        if uow.session.scalar(select(Office.id).where(Office.code == code)) is not None:
            raise ValidationError(f"Центр с кодом {code} уже есть в справочнике.")
        office = Office(code=code, name=name, kind=str(kind_value), region=region)
        uow.session.add(office)
        uow.session.flush()
        audit.append(uow.session, actor, "office.add", office=db.office_code, entity="office",
                     record_id=office.id, details={"code": code})
        uow.commit()
        return _info(office)
