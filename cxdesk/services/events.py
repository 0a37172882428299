"""The register of competency events for staff (R16): add, edit and remove events, name the
participants from the staff directory, and the quarterly check.

Reading is open to every role; writes need ``Action.EVENTS_EDIT``. The quarterly summary is SQL
aggregates: events per quarter (a quarter with none is flagged) and the share of the office's
active staff who took part in at least one event of the quarter. The staff directory has no
hiring dates, so the share is taken against today's active staff. The search matches title and
organiser case-insensitively in Cyrillic (a casefolded ``search_text`` column). Material files and
the printed register live in ``events_files``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import case, extract, func, select

from cxdesk.core import knowledge as rules
from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.blobs import FileInfo
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.events import CompetencyEvent, EventMaterial, EventParticipant
from cxdesk.store.staff import StaffMember
from cxdesk.store.types import utc_now

ENTITY = "competency_event"
SORTS = {"held_on", "title", "kind", "format", "organiser", "participants"}


@dataclass(frozen=True)
class EventData:
    title: str
    kind: str
    format: str
    held_on: date
    organiser: str = ""
    materials: str = ""
    outcome: str = ""
    participant_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRow:
    id: str
    title: str
    kind: str
    format: str
    held_on: date
    organiser: str
    participants: int

    @property
    def kind_title(self) -> str:
        return rules.EVENT_KINDS.get(self.kind, self.kind)

    @property
    def format_title(self) -> str:
        return rules.EVENT_FORMATS.get(self.format, self.format)


@dataclass(frozen=True)
class EventInfo:
    id: str
    office_code: str
    data: EventData
    participant_names: tuple[str, ...] = field(default=())
    updated_at: datetime | None = None
    files: tuple[FileInfo, ...] = ()  # the materials as files (``events_files``)


@dataclass(frozen=True)
class QuarterSummary:
    year: int
    quarter: int
    events: int
    participants: int  # distinct staff members who took part
    staff: int  # active staff of the office(s)

    @property
    def title(self) -> str:
        return rules.quarter_title(self.year, self.quarter)

    @property
    def flagged(self) -> bool:
        """R16: at least one event every quarter."""
        return self.events == 0

    @property
    def share(self) -> float | None:
        return None if not self.staff else self.participants / self.staff


def _clean(db: Database, session, data: EventData) -> EventData:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("Укажите название мероприятия. Ничего не сохранено.")
    if data.kind not in rules.EVENT_KINDS:
        raise ValidationError(f"Неизвестный вид мероприятия «{data.kind}». Выберите из списка.")
    if data.format not in rules.EVENT_FORMATS:
        raise ValidationError("Укажите формат мероприятия: онлайн или офлайн.")
    if not isinstance(data.held_on, date):
        raise ValidationError("Укажите дату проведения мероприятия.")
    ids = tuple(dict.fromkeys(data.participant_ids))
    if ids:
        known = set(session.scalars(select(StaffMember.id).where(StaffMember.id.in_(ids),
                                                                  StaffMember.deleted.is_(False))))
        missing = [i for i in ids if i not in known]
        if missing:
            raise ValidationError(f"{len(missing)} участник(ов) нет в справочнике сотрудников (возможно, их "
                                  "удалили на другом рабочем месте). Обновите список участников.")
    return EventData(title, data.kind, data.format, data.held_on, data.organiser.strip(), data.materials.strip(),
                     data.outcome.strip(), ids)


def _set_participants(session, event_id: str, staff_ids: tuple[str, ...]) -> None:
    rows = {p.staff_id: p for p in session.scalars(select(EventParticipant)
                                                    .where(EventParticipant.event_id == event_id))}
    for staff_id, row in rows.items():
        wanted = staff_id in staff_ids
        if row.deleted == wanted:
            row.deleted = not wanted
    for staff_id in staff_ids:
        if staff_id not in rows:
            session.add(EventParticipant(event_id=event_id, staff_id=staff_id))


def _load(session, event_id: str) -> CompetencyEvent:
    event = session.get(CompetencyEvent, event_id)
    if event is None or event.deleted:
        raise NotFoundError("Мероприятие не найдено: возможно, его удалили. Обновите список.")
    return event


def _info(session, e: CompetencyEvent) -> EventInfo:
    people = session.execute(
        select(StaffMember.id, StaffMember.full_name)
        .join(EventParticipant, EventParticipant.staff_id == StaffMember.id)
        .where(EventParticipant.event_id == e.id, EventParticipant.deleted.is_(False))
        .order_by(StaffMember.full_name)).all()
    data = EventData(e.title, e.kind, e.format, e.held_on, e.organiser, e.materials, e.outcome,
                     tuple(p[0] for p in people))
    files = session.scalars(select(EventMaterial).where(EventMaterial.event_id == e.id,
                                                        EventMaterial.deleted.is_(False))
                            .order_by(EventMaterial.added_at, EventMaterial.filename))
    return EventInfo(e.id, e.office_code, data, tuple(p[1] for p in people), e.updated_at,
                     tuple(FileInfo(f.id, f.filename, f.mime, f.size, f.sha256) for f in files))


def create_event(db: Database, actor: Actor, data: EventData) -> EventInfo:
    require(db, actor, Action.EVENTS_EDIT)
    with db.uow() as uow:
        s = uow.session
        data = _clean(db, s, data)
        e = CompetencyEvent(office_code=db.office_code, title=data.title, kind=data.kind, format=data.format,
                            held_on=data.held_on, organiser=data.organiser, materials=data.materials,
                            outcome=data.outcome, created_by=actor.login,
                            search_text=search_key(data.title, data.organiser))
        s.add(e)
        s.flush()
        _set_participants(s, e.id, data.participant_ids)
        audit.append(s, actor, "events.create", office=db.office_code, entity=ENTITY, record_id=e.id)
        uow.commit()
        return _info(s, e)


def update_event(db: Database, actor: Actor, event_id: str, data: EventData) -> EventInfo:
    require(db, actor, Action.EVENTS_EDIT)
    with db.uow() as uow:
        s = uow.session
        data = _clean(db, s, data)
        e = _load(s, event_id)
        e.title, e.kind, e.format, e.held_on = data.title, data.kind, data.format, data.held_on
        e.organiser, e.materials, e.outcome, e.updated_at = data.organiser, data.materials, data.outcome, utc_now()
        e.search_text = search_key(data.title, data.organiser)
        _set_participants(s, e.id, data.participant_ids)
        audit.append(s, actor, "events.update", office=db.office_code, entity=ENTITY, record_id=e.id)
        uow.commit()
        return _info(s, e)


def delete_event(db: Database, actor: Actor, event_id: str) -> None:
    require(db, actor, Action.EVENTS_EDIT)
    with db.uow() as uow:
        s = uow.session
        e = _load(s, event_id)
        e.deleted = True
        for model in (EventParticipant, EventMaterial):
            for row in s.scalars(select(model).where(model.event_id == e.id, model.deleted.is_(False))):
                row.deleted = True
        audit.append(s, actor, "events.delete", office=db.office_code, entity=ENTITY, record_id=e.id)
        uow.commit()


def get_event(db: Database, actor: Actor, event_id: str) -> EventInfo:
    with db.uow() as uow:
        return _info(uow.session, _load(uow.session, event_id))


def _participants_count():
    return (select(func.count()).where(EventParticipant.event_id == CompetencyEvent.id,
                                       EventParticipant.deleted.is_(False)).correlate(CompetencyEvent)
            .scalar_subquery())


def list_event_ids(db: Database, actor: Actor, *, year: int | None = None, kind: str | None = None,
                   format: str | None = None, search: str = "", sort: str = "held_on",
                   descending: bool = True) -> list[str]:
    E = CompetencyEvent  # noqa: N806
    q = select(E.id).where(E.deleted.is_(False))
    if year:
        q = q.where(E.held_on >= date(year, 1, 1), E.held_on < date(year + 1, 1, 1))
    if kind:
        q = q.where(E.kind == kind)
    if format:
        q = q.where(E.format == format)
    for word in search_key(search).split():
        q = q.where(E.search_text.contains(word, autoescape=True))
    key = _participants_count() if sort == "participants" else getattr(E, sort if sort in SORTS else "held_on")
    q = q.order_by(key.desc() if descending else key, E.held_on.desc())
    with db.uow() as uow:
        return list(uow.session.scalars(q))


def event_rows(db: Database, actor: Actor, ids: list[str]) -> list[EventRow]:
    E = CompetencyEvent  # noqa: N806
    q = select(E.id, E.title, E.kind, E.format, E.held_on, E.organiser, _participants_count()).where(E.id.in_(ids))
    with db.uow() as uow:
        return [EventRow(*row) for row in uow.session.execute(q)]


def event_years(db: Database) -> list[int]:
    with db.uow() as uow:
        years = uow.session.scalars(select(extract("year", CompetencyEvent.held_on)).distinct()
                                    .where(CompetencyEvent.deleted.is_(False)))
        return sorted({int(y) for y in years}, reverse=True)


def quarter_summaries(db: Database, first: tuple[int, int], last: tuple[int, int],
                      office_code: str | None = None) -> list[QuarterSummary]:
    """Per quarter from ``first`` to ``last`` (year, quarter), including quarters with no event."""
    E, P = CompetencyEvent, EventParticipant  # noqa: N806
    start, _ = rules.quarter_bounds(*first)
    _, end = rules.quarter_bounds(*last)
    year, month = extract("year", E.held_on), extract("month", E.held_on)
    quarter = case((month <= 3, 1), (month <= 6, 2), (month <= 9, 3), else_=4)  # portable SQL
    where = [E.deleted.is_(False), E.held_on >= start, E.held_on < end]
    staff_where = [StaffMember.deleted.is_(False), StaffMember.active.is_(True)]
    if office_code:
        where.append(E.office_code == office_code)
        staff_where.append(StaffMember.office_code == office_code)
    with db.uow() as uow:
        s = uow.session
        events = {(int(y), int(q)): n for y, q, n in s.execute(
            select(year, quarter, func.count()).where(*where).group_by(year, quarter))}
        people = {(int(y), int(q)): n for y, q, n in s.execute(
            select(year, quarter, func.count(P.staff_id.distinct())).join(P, P.event_id == E.id)
            .where(*where, P.deleted.is_(False)).group_by(year, quarter))}
        staff = s.scalar(select(func.count()).select_from(StaffMember).where(*staff_where)) or 0
    return [QuarterSummary(y, q, events.get((y, q), 0), people.get((y, q), 0), staff)
            for y, q in rules.quarters_between(first, last)]


def events_in_quarter(db: Database, year: int, quarter: int, office_code: str | None = None) -> int:
    """For the compliance self-audit (R16): how many events the quarter had."""
    return quarter_summaries(db, (year, quarter), (year, quarter), office_code)[0].events
