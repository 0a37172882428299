"""Materials of a meeting's agenda items as files (R15 «повестка … материалы»): presentations, draft
decisions, reports attached to an item, up to 50 MB each, their bytes stored once per SHA-256 in
``wg_blob``. Anyone may list and save them; attaching and removing need ``MEETINGS_EDIT`` and an item
of this office. Removing marks the row deleted (a tombstone); the bytes stay, as blobs always do.
The protocol lists the files of each item by name (``meetings_protocol``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from cxdesk.services import blobs
from cxdesk.services.actor import Actor
from cxdesk.services.blobs import FileInfo
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.services.working_group import _log, check_own, live
from cxdesk.store.database import Database
from cxdesk.store.working_group import AgendaItem, AgendaMaterial, Meeting, WgBlob

ENTITY = "wg_agenda_material"


def _info(m: AgendaMaterial) -> FileInfo:
    return FileInfo(m.id, m.filename, m.mime, m.size, m.sha256)


def materials_of(session, item_ids) -> dict[str, list[FileInfo]]:
    """{item id: its files in the order they were attached}."""
    result: dict[str, list[FileInfo]] = {}
    rows = session.scalars(select(AgendaMaterial).where(AgendaMaterial.item_id.in_(list(item_ids)),
                                                        AgendaMaterial.deleted.is_(False))
                           .order_by(AgendaMaterial.added_at, AgendaMaterial.filename))
    for m in rows:
        result.setdefault(m.item_id, []).append(_info(m))
    return result


def list_materials(db: Database, item_id: str) -> list[FileInfo]:
    with db.uow() as uow:
        return materials_of(uow.session, [item_id]).get(item_id, [])


def add_material(db: Database, actor: Actor, item_id: str, filename: str, data: bytes, mime: str = "") -> FileInfo:
    require(db, actor, Action.MEETINGS_EDIT)
    name = blobs.check(filename, len(data))
    with db.uow() as uow:
        s = uow.session
        item = live(s, AgendaItem, item_id, "Вопрос повестки")
        check_own(db, s.get(Meeting, item.meeting_id).office_code)
        row = AgendaMaterial(item_id=item.id, filename=name, mime=blobs.guess_mime(name, mime), size=len(data),
                             sha256=blobs.store(s, WgBlob, data), added_by=actor.login)
        s.add(row)
        s.flush()
        _log(s, actor, db, "meetings.material_add", ENTITY, row.id)
        uow.commit()
        return _info(row)


def add_material_file(db: Database, actor: Actor, item_id: str, path: Path) -> FileInfo:
    name, data = blobs.read_file(path)
    return add_material(db, actor, item_id, name, data)


def remove_material(db: Database, actor: Actor, material_id: str) -> None:
    require(db, actor, Action.MEETINGS_EDIT)
    with db.uow() as uow:
        s = uow.session
        row = live(s, AgendaMaterial, material_id, "Файл материалов")
        item = s.get(AgendaItem, row.item_id)
        check_own(db, s.get(Meeting, item.meeting_id).office_code)
        row.deleted = True
        _log(s, actor, db, "meetings.material_remove", ENTITY, row.id)
        uow.commit()


def material_bytes(db: Database, material_id: str) -> tuple[str, bytes]:
    """(file name, bytes) — every role may read the materials."""
    with db.uow() as uow:
        row = live(uow.session, AgendaMaterial, material_id, "Файл материалов")
        return row.filename, blobs.load(uow.session, WgBlob, row.sha256, row.filename)


def save_material(db: Database, material_id: str, target: Path) -> Path:
    _name, data = material_bytes(db, material_id)
    Path(target).write_bytes(data)
    return Path(target)


def drop_materials(session, item_ids) -> None:
    """Tombstone the files of items being removed (called inside the caller's unit of work)."""
    for row in session.scalars(select(AgendaMaterial).where(AgendaMaterial.item_id.in_(list(item_ids)),
                                                            AgendaMaterial.deleted.is_(False))):
        row.deleted = True
