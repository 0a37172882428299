"""Client journeys (R2): list, load and save the map document, duplicate, archive, list touchpoints.

A journey is edited in memory as a :class:`~cxdesk.core.journey.JourneyDocument` and saved in one
transaction that writes only what changed: new stages, cards and touchpoints are inserted with the
document's ids, changed ones updated, removed ones become tombstones (feedback that points at a
removed touchpoint keeps its UUID). Reading is open to every role; writes need
``Action.REFERENCE_EDIT``.

Save conflicts: a loaded document carries the map's *revision* — the sum of the versions of the
journey row and all its stage, card and touchpoint rows, tombstones included. Every write (here, on
another workstation of the same database, or merged from a sync bundle) raises some row's version,
so the sum only grows. Saving a document whose revision is no longer the stored one raises
:class:`SaveConflict` (nothing is written) unless the caller asks to overwrite.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.core.journey import Card, JourneyDocument, Lane, LaneKind, Stage, VersionLabel
from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ServiceError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.journeys import Journey, JourneyCard, JourneyStage, Profile, Touchpoint
from cxdesk.store.models import AuditEntry
from cxdesk.sync.ownership import ensure_editable

STANDARD_MINIMUM = 10


@dataclass(frozen=True)
class JourneyRow:
    id: str
    title: str
    version_label: str
    owner: str
    archived: bool
    stages: int
    touchpoints: int


@dataclass(frozen=True)
class TouchpointInfo:
    """What the feedback intake shows in its touchpoint picker."""

    id: str
    journey_id: str
    journey_title: str
    stage_id: str
    stage_name: str
    name: str
    channel: str


class SaveConflict(ServiceError):
    """The map was saved by someone else after it was opened; nothing was written."""


def _set(row, name: str, value) -> None:
    if getattr(row, name) != value:
        setattr(row, name, value)


def _get(session: Session, journey_id: str) -> Journey:
    j = session.get(Journey, journey_id)
    if j is None or j.deleted:
        raise NotFoundError("Клиентский маршрут не найден: возможно, он удалён. Обновите список.")
    return j


def _filtered(search: str, version_label: str | None, profile_id: str | None, include_archived: bool):
    query = select(Journey.id).where(Journey.deleted.is_(False))
    if not include_archived:
        query = query.where(Journey.archived.is_(False))
    if version_label:
        query = query.where(Journey.version_label == version_label)
    if profile_id:
        query = query.where(Journey.profile_ids.contains(profile_id))
    for word in search_key(search).split():
        query = query.where(Journey.search_text.contains(word, autoescape=True))
    return query


SORT_COLUMNS = {"title": Journey.title, "version": Journey.version_label, "owner": Journey.owner}


def list_journey_ids(db: Database, actor: Actor, *, search: str = "", version_label: str | None = None,
                     profile_id: str | None = None, include_archived: bool = False, sort: str = "title",
                     descending: bool = False) -> list[str]:
    column = SORT_COLUMNS.get(sort, Journey.title)
    with db.uow() as uow:
        query = _filtered(search, version_label, profile_id, include_archived).order_by(
            column.desc() if descending else column.asc(), Journey.id)
        return list(uow.session.scalars(query))


def journey_rows(db: Database, actor: Actor, ids: list[str]) -> list[JourneyRow]:
    """Rows for a page of ids, in the order given; stage and touchpoint counts come from SQL."""
    with db.uow() as uow:
        s = uow.session
        stages = dict(s.execute(
            select(JourneyStage.journey_id, func.count()).where(
                JourneyStage.journey_id.in_(ids), JourneyStage.deleted.is_(False)).group_by(JourneyStage.journey_id)
        ).all())
        points = dict(s.execute(
            select(Touchpoint.journey_id, func.count()).where(
                Touchpoint.journey_id.in_(ids), Touchpoint.deleted.is_(False)).group_by(Touchpoint.journey_id)
        ).all())
        found = {
            r.id: JourneyRow(r.id, r.title, r.version_label, r.owner, r.archived, stages.get(r.id, 0),
                             points.get(r.id, 0))
            for r in s.execute(select(Journey.id, Journey.title, Journey.version_label, Journey.owner,
                                      Journey.archived).where(Journey.id.in_(ids)))
        }
    return [found[i] for i in ids if i in found]


def count_journeys(db: Database) -> int:
    with db.uow() as uow:
        return uow.session.scalar(
            select(func.count()).select_from(Journey)
            .where(Journey.deleted.is_(False), Journey.archived.is_(False))
        )


# -- the document ------------------------------------------------------------------------------


def revision(session: Session, journey_id: str) -> int:
    """The map's revision: the sum of the versions of its rows (grows with every write)."""
    parts = [select(func.coalesce(func.sum(model.version), 0)).where(model.journey_id == journey_id)
             .scalar_subquery() for model in (JourneyStage, JourneyCard, Touchpoint)]
    own = select(Journey.version).where(Journey.id == journey_id).scalar_subquery()
    return int(session.scalar(select(func.coalesce(own, 0) + parts[0] + parts[1] + parts[2])) or 0)


def _conflict(session: Session, doc: JourneyDocument) -> SaveConflict:
    last = session.execute(
        select(AuditEntry.actor, AuditEntry.at, AuditEntry.office)
        .where(AuditEntry.entity == "journey", AuditEntry.record_id == doc.id, AuditEntry.result == "ok")
        .order_by(AuditEntry.seq.desc()).limit(1)).first()
    who = ""
    if last is not None:  # the audit log keeps UTC; people read their local time
        when = datetime.fromisoformat(last.at).astimezone().strftime("%d.%m.%Y %H:%M")
        who = f" (сохранил {last.actor}, {when})"
    return SaveConflict(
        f"Карту «{doc.title}» уже сохранили после того, как вы её открыли{who} — на другом рабочем месте "
        "или при обмене с УЦЗН. В базе осталась та, последняя сохранённая версия; ваши изменения пока "
        "только в открытом редакторе. «Перезаписать» заменит сохранённую версию вашей; «Отмена» ничего не "
        "запишет — тогда закройте карту без сохранения и откройте её заново, чтобы увидеть чужие правки.",
        details=f"journey {doc.id}: opened at revision {doc.revision}, stored {revision(session, doc.id)}")


def _document(session: Session, j: Journey) -> JourneyDocument:
    doc = JourneyDocument(
        id=j.id, title=j.title, goal=j.goal, version_label=j.version_label, owner=j.owner,
        description=j.description, profile_ids=json.loads(j.profile_ids or "[]"), counterpart_id=j.counterpart_id,
        revision=revision(session, j.id),
    )
    doc.lanes = [Lane(**ln) for ln in json.loads(j.lanes or "[]")]
    doc.stages = [
        Stage(s.id, s.name, s.hidden, s.emotion, s.emotion_note)
        for s in session.scalars(select(JourneyStage).where(
            JourneyStage.journey_id == j.id, JourneyStage.deleted.is_(False)).order_by(JourneyStage.position))
    ]
    for c in session.scalars(select(JourneyCard).where(JourneyCard.journey_id == j.id,
                                                       JourneyCard.deleted.is_(False))):
        doc.cards[c.id] = Card(c.id, c.lane_id, c.stage_id, c.text, c.color, "", c.position)
    for t in session.scalars(select(Touchpoint).where(Touchpoint.journey_id == j.id,
                                                      Touchpoint.deleted.is_(False))):
        doc.cards[t.id] = Card(t.id, t.lane_id, t.stage_id, t.name, t.color, t.channel, t.position)
    return doc


def _validate(doc: JourneyDocument) -> None:
    if len(doc.title.strip()) < 3:
        raise ValidationError("Укажите название маршрута (не короче 3 символов). Маршрут не сохранён.")
    if doc.version_label not in (VersionLabel.AS_IS, VersionLabel.TO_BE):
        raise ValidationError("Версия маршрута: «как есть» или «как должно быть». Маршрут не сохранён.")
    stage_ids = {s.id for s in doc.stages}
    lane_ids = {ln.id for ln in doc.lanes}
    for c in doc.cards.values():
        if c.stage_id not in stage_ids or c.lane_id not in lane_ids:
            raise ValidationError("Карточка ссылается на удалённый этап или дорожку. Маршрут не сохранён.")


def write_document(session: Session, doc: JourneyDocument, *, ref_key: str | None = None) -> Journey:
    """Insert or update the journey and its rows so that they equal ``doc`` (inside the caller's unit)."""
    j = session.get(Journey, doc.id)
    if j is None:
        j = Journey(id=doc.id, ref_key=ref_key)
        session.add(j)
    _set(j, "deleted", False)
    for name in ("title", "goal", "version_label", "owner", "description", "counterpart_id"):
        _set(j, name, str(getattr(doc, name)) if name == "version_label" else getattr(doc, name))
    _set(j, "profile_ids", json.dumps(doc.profile_ids))
    _set(j, "lanes", json.dumps([asdict(ln) for ln in doc.lanes], ensure_ascii=False))
    _set(j, "search_text", search_key(doc.title, doc.goal, doc.owner))
    session.flush()

    stages = {s.id: s for s in session.scalars(select(JourneyStage).where(JourneyStage.journey_id == j.id))}
    for position, st in enumerate(doc.stages):
        row = stages.pop(st.id, None)
        if row is None:
            row = JourneyStage(id=st.id, journey_id=j.id)
            session.add(row)
        for name, value in (("position", position), ("name", st.name), ("hidden", st.hidden),
                            ("emotion", st.emotion), ("emotion_note", st.emotion_note), ("deleted", False)):
            _set(row, name, value)
    session.flush()

    touch_lanes = {ln.id for ln in doc.lanes if ln.kind == LaneKind.TOUCHPOINTS}
    cards = {c.id: c for c in session.scalars(select(JourneyCard).where(JourneyCard.journey_id == j.id))}
    points = {t.id: t for t in session.scalars(select(Touchpoint).where(Touchpoint.journey_id == j.id))}
    for c in doc.cards.values():
        if c.lane_id in touch_lanes:
            row, values = points.pop(c.id, None), {"name": c.text, "channel": c.channel}
            if row is None:
                row = Touchpoint(id=c.id, journey_id=j.id)
                session.add(row)
        else:
            row, values = cards.pop(c.id, None), {"text": c.text}
            if row is None:
                row = JourneyCard(id=c.id, journey_id=j.id)
                session.add(row)
        values.update(stage_id=c.stage_id, lane_id=c.lane_id, position=c.position, color=c.color, deleted=False)
        for name, value in values.items():
            _set(row, name, value)
    for row in [*cards.values(), *points.values(), *stages.values()]:
        _set(row, "deleted", True)
    session.flush()
    return j


def load_journey(db: Database, actor: Actor, journey_id: str) -> JourneyDocument:
    with db.uow() as uow:
        return _document(uow.session, _get(uow.session, journey_id))


def save_journey(db: Database, actor: Actor, doc: JourneyDocument, *,
                 overwrite: bool = False) -> JourneyDocument:
    """Write the whole map in one transaction; returns the document as stored (with its new revision).

    Raises :class:`SaveConflict` when the stored map changed since ``doc`` was read (its ``revision``),
    unless ``overwrite``. On success ``doc.revision`` becomes the stored revision.
    """
    require(db, actor, Action.REFERENCE_EDIT)
    _validate(doc)
    with db.uow() as uow:
        current = uow.session.get(Journey, doc.id)
        existed = current is not None
        if existed:
            ensure_editable(uow.session, current)
        if existed and doc.revision and not overwrite and revision(uow.session, doc.id) != doc.revision:
            raise _conflict(uow.session, doc)
        j = write_document(uow.session, doc)
        audit.append(uow.session, actor, "journey.update" if existed else "journey.create",
                     office=db.office_code, entity="journey", record_id=j.id, details={"title": doc.title})
        uow.commit()
        stored = _document(uow.session, j)
        doc.revision = stored.revision  # the caller's document is the stored state: saving it again is fine
        return stored


def create_journey(db: Database, actor: Actor, title: str, *, stages: list[str] | None = None,
                   profile_ids: list[str] | None = None, goal: str = "", owner: str = "") -> JourneyDocument:
    doc = JourneyDocument.new(title.strip(), stages=stages or ["Этап 1", "Этап 2", "Этап 3"],
                              goal=goal, owner=owner or actor.full_name, profile_ids=list(profile_ids or []))
    return save_journey(db, actor, doc)


def duplicate_journey(db: Database, actor: Actor, journey_id: str, *, title: str | None = None,
                      version_label: str | None = None, link_versions: bool = False) -> JourneyDocument:
    """A copy with new ids: a template, or (``link_versions``) the «как должно быть» of an «как есть»."""
    require(db, actor, Action.REFERENCE_EDIT)
    source = load_journey(db, actor, journey_id)
    copy = source.duplicate(title or f"{source.title} (копия)", version_label)
    if link_versions:
        copy.counterpart_id = source.id
    with db.uow() as uow:
        j = write_document(uow.session, copy)
        if link_versions:
            ensure_editable(uow.session, _get(uow.session, source.id))
            _set(_get(uow.session, source.id), "counterpart_id", copy.id)
        audit.append(uow.session, actor, "journey.duplicate", office=db.office_code, entity="journey",
                     record_id=j.id, details={"source": source.id})
        uow.commit()
        return _document(uow.session, j)


def set_archived(db: Database, actor: Actor, journey_id: str, archived: bool) -> None:
    require(db, actor, Action.REFERENCE_EDIT)
    with db.uow() as uow:
        j = _get(uow.session, journey_id)
        ensure_editable(uow.session, j)
        _set(j, "archived", archived)
        audit.append(uow.session, actor, "journey.archive" if archived else "journey.restore",
                     office=db.office_code, entity="journey", record_id=journey_id)
        uow.commit()


def profile_titles(db: Database, ids: list[str]) -> dict[str, str]:
    with db.uow() as uow:
        return dict(uow.session.execute(select(Profile.id, Profile.name).where(Profile.id.in_(ids))).all())


def list_touchpoints(db: Database, actor: Actor, journey_id: str | None = None) -> list[TouchpointInfo]:
    """Live touchpoints of live journeys, by journey title, stage order and position."""
    with db.uow() as uow:
        query = (
            select(Touchpoint.id, Touchpoint.journey_id, Journey.title, Touchpoint.stage_id, JourneyStage.name,
                   Touchpoint.name.label("tp_name"), Touchpoint.channel)
            .join(Journey, Journey.id == Touchpoint.journey_id)
            .join(JourneyStage, JourneyStage.id == Touchpoint.stage_id)
            .where(Touchpoint.deleted.is_(False), Journey.deleted.is_(False), JourneyStage.deleted.is_(False))
            .order_by(Journey.title, Journey.id, JourneyStage.position, Touchpoint.position)
        )
        if journey_id is not None:
            query = query.where(Touchpoint.journey_id == journey_id)
        return [TouchpointInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in uow.session.execute(query)]


def print_journey(db: Database, actor: Actor, doc: JourneyDocument, target) -> None:
    """Write the map as it is now (saved or not) as an A3 landscape PDF to ``target``."""
    from cxdesk.reports.journey_pdf import export_journey_pdf
    from cxdesk.services.offices import own_office

    names = profile_titles(db, doc.profile_ids)
    export_journey_pdf(target, doc, organisation=own_office(db).name, printed_by=actor.full_name,
                       profile_names=[names[i] for i in doc.profile_ids if i in names])
