"""Files of the competency events register: materials attached to an event (up to 50 MB each, bytes
once per SHA-256 in ``knowledge_blob``, the same branch's content-addressed store), and the register
of events for a period as a PDF (``register_pdf`` returns the bytes; the GUI previews, prints or saves
them). Anyone may read and print; attaching and removing need ``EVENTS_EDIT``.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from cxdesk.core import knowledge as rules
from cxdesk.services import audit, blobs
from cxdesk.services.actor import Actor
from cxdesk.services.blobs import FileInfo
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.events import ENTITY, _load, _participants_count, quarter_summaries
from cxdesk.services.guard import require
from cxdesk.services.offices import own_office
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.events import CompetencyEvent, EventMaterial
from cxdesk.store.knowledge import KnowledgeBlob


def add_material(db: Database, actor: Actor, event_id: str, filename: str, data: bytes, mime: str = "") -> FileInfo:
    require(db, actor, Action.EVENTS_EDIT)
    name = blobs.check(filename, len(data))
    with db.uow() as uow:
        s = uow.session
        e = _load(s, event_id)
        row = EventMaterial(event_id=e.id, filename=name, mime=blobs.guess_mime(name, mime), size=len(data),
                            sha256=blobs.store(s, KnowledgeBlob, data), added_by=actor.login)
        s.add(row)
        s.flush()
        audit.append(s, actor, "events.material_add", office=db.office_code, entity=ENTITY, record_id=e.id,
                     details={"file": name, "sha256": row.sha256})
        uow.commit()
        return FileInfo(row.id, row.filename, row.mime, row.size, row.sha256)


def add_material_file(db: Database, actor: Actor, event_id: str, path: Path) -> FileInfo:
    name, data = blobs.read_file(path)
    return add_material(db, actor, event_id, name, data)


def _material(session, material_id: str) -> EventMaterial:
    row = session.get(EventMaterial, material_id)
    if row is None or row.deleted:
        raise NotFoundError("Файл материалов не найден: возможно, его уже убрали. Обновите карточку.")
    return row


def remove_material(db: Database, actor: Actor, material_id: str) -> None:
    require(db, actor, Action.EVENTS_EDIT)
    with db.uow() as uow:
        s = uow.session
        row = _material(s, material_id)
        row.deleted = True
        audit.append(s, actor, "events.material_remove", office=db.office_code, entity=ENTITY,
                     record_id=row.event_id, details={"file": row.filename})
        uow.commit()


def material_bytes(db: Database, material_id: str) -> tuple[str, bytes]:
    with db.uow() as uow:
        row = _material(uow.session, material_id)
        return row.filename, blobs.load(uow.session, KnowledgeBlob, row.sha256, row.filename)


def save_material(db: Database, material_id: str, target: Path) -> Path:
    _name, data = material_bytes(db, material_id)
    Path(target).write_bytes(data)
    return Path(target)


# --- the register for a period ----------------------------------------------------------------

def register_data(db: Database, start: date, end: date, office_code: str | None = None):
    """The plain content of the register from ``start`` to ``end`` (both inclusive)."""
    from cxdesk.reports.events_register import EventsRegister, RegisterQuarter, RegisterRow

    if end < start:
        raise ValidationError("Конец периода раньше его начала: исправьте даты.")
    if (end - start).days > 366 * 5:
        raise ValidationError("Период реестра не может быть длиннее пяти лет: выберите период короче.")
    office = office_code or db.office_code
    E = CompetencyEvent  # noqa: N806
    with db.uow() as uow:
        s = uow.session
        events = s.execute(select(E.id, E.held_on, E.title, E.kind, E.format, E.organiser, _participants_count(),
                                  E.outcome, E.materials)
                           .where(E.deleted.is_(False), E.office_code == office, E.held_on >= start,
                                  E.held_on < end + timedelta(days=1))
                           .order_by(E.held_on, E.title)).all()
        files: dict[str, list[str]] = {}
        for event_id, name in s.execute(select(EventMaterial.event_id, EventMaterial.filename).where(
                EventMaterial.event_id.in_([e[0] for e in events]), EventMaterial.deleted.is_(False))
                .order_by(EventMaterial.added_at)):
            files.setdefault(event_id, []).append(name)
    rows = []
    for eid, held_on, title, kind, fmt, organiser, n, outcome, materials in events:
        typed = [line.strip() for line in materials.splitlines() if line.strip()]
        rows.append(RegisterRow(held_on, title, rules.EVENT_KINDS.get(kind, kind), rules.EVENT_FORMATS.get(fmt, fmt),
                                organiser, n, outcome, tuple(typed + files.get(eid, []))))
    today = date.today()
    quarters = []
    for q in quarter_summaries(db, rules.quarter_of(start), rules.quarter_of(end), office):
        share = "—" if q.share is None else f"{q.participants} из {q.staff} ({q.share:.0%})".replace("%", " %")
        current = (q.year, q.quarter) == rules.quarter_of(today)
        check = ("мероприятий пока нет" if current else "нет мероприятий — нарушение") if q.flagged else "выполнено"
        quarters.append(RegisterQuarter(q.title, q.events, share, check))
    return EventsRegister(own_office(db).name, start, end, tuple(rows), tuple(quarters))


def register_pdf(db: Database, actor: Actor, start: date, end: date, office_code: str | None = None) -> bytes:
    """The register of events for the period as PDF bytes (for print preview, printing or saving)."""
    from cxdesk.reports.events_register import write_events_register

    require(db, actor, Action.REPORTS_READ)
    data = register_data(db, start, end, office_code)
    buffer = io.BytesIO()
    write_events_register(buffer, data, printed_by=actor.full_name)
    audit.append_now(db, actor, "events.print_register", entity=ENTITY,
                     details={"from": start.isoformat(), "to": end.isoformat(), "events": len(data.rows)})
    return buffer.getvalue()
