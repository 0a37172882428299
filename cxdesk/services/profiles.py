"""Client-group profiles (persona cards, R1): list, read, create, edit, copy, archive.

Reading is open to every role; writes need ``Action.REFERENCE_EDIT``. Lists are filtered, sorted
and counted in SQL and return ids first (the GUI's lazy table fetches rows by id in pages).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func, select

from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.journeys import Journey, Profile
from cxdesk.sync.ownership import ensure_editable

STANDARD_MINIMUM = 10
AUDIENCES = {"citizen": "гражданин", "employer": "работодатель"}
CHANNELS = (
    "Личный визит", "Телефон", "Портал «Работа России»", "Госуслуги", "E-mail", "Мессенджеры",
    "Выездные мероприятия",
)
LIST_FIELDS = ("needs", "pains", "expectations", "barriers", "channels")


@dataclass(frozen=True)
class ProfileData:
    """The editable content of a profile card."""

    name: str
    audience: str = "citizen"
    category: str = ""
    description: str = ""
    age_range: str = ""
    education: str = ""
    employment_status: str = ""
    social_status: str = ""
    digital_skills: str = ""
    needs: tuple[str, ...] = ()
    pains: tuple[str, ...] = ()
    expectations: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    share_percent: float | None = None
    notes: str = ""
    image: bytes | None = None


@dataclass(frozen=True)
class ProfileInfo:
    id: str
    data: ProfileData
    archived: bool
    ref_key: str | None
    version: int
    journeys: tuple[tuple[str, str], ...] = field(default=())  # (journey id, title) using it

    @property
    def audience_title(self) -> str:
        return AUDIENCES.get(self.data.audience, self.data.audience)


@dataclass(frozen=True)
class ProfileRow:
    id: str
    name: str
    audience: str
    category: str
    share_percent: float | None
    archived: bool

    @property
    def audience_title(self) -> str:
        return AUDIENCES.get(self.audience, self.audience)


def _data(p: Profile) -> ProfileData:
    values = {f.name: getattr(p, f.name) for f in fields(ProfileData) if f.name not in LIST_FIELDS}
    lists = {name: tuple(json.loads(getattr(p, name) or "[]")) for name in LIST_FIELDS}
    return ProfileData(**values, **lists)


def _validated(data: ProfileData) -> ProfileData:
    name = " ".join(data.name.split())
    if len(name) < 3:
        raise ValidationError("Укажите название профиля (не короче 3 символов). Профиль не сохранён.")
    if data.audience not in AUDIENCES:
        raise ValidationError("Аудитория профиля: гражданин или работодатель. Профиль не сохранён.")
    share = data.share_percent
    if share is not None and not 0 <= share <= 100:
        raise ValidationError("Доля клиентов центра указывается в процентах от 0 до 100. Профиль не сохранён.")
    cleaned = {n: tuple(x.strip() for x in getattr(data, n) if x and x.strip()) for n in LIST_FIELDS}
    return replace(data, name=name, **cleaned)


def apply_data(p: Profile, data: ProfileData) -> None:
    for f in fields(ProfileData):
        value = getattr(data, f.name)
        if f.name in LIST_FIELDS:
            value = json.dumps(list(value), ensure_ascii=False)
        if getattr(p, f.name) != value:
            setattr(p, f.name, value)
    search = search_key(data.name, data.category, data.description)
    if p.search_text != search:
        p.search_text = search


def _journeys_using(session, profile_id: str) -> tuple[tuple[str, str], ...]:
    rows = session.execute(
        select(Journey.id, Journey.title)
        .where(Journey.deleted.is_(False), Journey.profile_ids.contains(profile_id))
        .order_by(Journey.title)
    )
    return tuple((r.id, r.title) for r in rows)


def _info(session, p: Profile) -> ProfileInfo:
    return ProfileInfo(p.id, _data(p), p.archived, p.ref_key, p.version, _journeys_using(session, p.id))


def _get(session, profile_id: str) -> Profile:
    p = session.get(Profile, profile_id)
    if p is None or p.deleted:
        raise NotFoundError("Профиль не найден: возможно, он удалён. Обновите список.")
    return p


def _filtered(search: str, audience: str | None, include_archived: bool):
    query = select(Profile.id).where(Profile.deleted.is_(False))
    if not include_archived:
        query = query.where(Profile.archived.is_(False))
    if audience:
        query = query.where(Profile.audience == audience)
    for word in search_key(search).split():
        query = query.where(Profile.search_text.contains(word, autoescape=True))
    return query


SORT_COLUMNS = {"name": Profile.name, "audience": Profile.audience, "category": Profile.category,
                "share": Profile.share_percent}


def list_profile_ids(db: Database, actor: Actor, *, search: str = "", audience: str | None = None,
                     include_archived: bool = False, sort: str = "name", descending: bool = False) -> list[str]:
    column = SORT_COLUMNS.get(sort, Profile.name)
    with db.uow() as uow:
        query = _filtered(search, audience, include_archived).order_by(
            column.desc() if descending else column.asc(), Profile.id)
        return list(uow.session.scalars(query))


def profile_rows(db: Database, actor: Actor, ids: list[str]) -> list[ProfileRow]:
    """Rows for a page of ids, in the order given (missing ids are skipped)."""
    with db.uow() as uow:
        found = {
            p.id: ProfileRow(p.id, p.name, p.audience, p.category, p.share_percent, p.archived)
            for p in uow.session.execute(
                select(Profile.id, Profile.name, Profile.audience, Profile.category, Profile.share_percent,
                       Profile.archived).where(Profile.id.in_(ids))
            )
        }
    return [found[i] for i in ids if i in found]


def count_profiles(db: Database) -> int:
    """Active (not archived) profiles: the number the Standard's minimum is checked against."""
    with db.uow() as uow:
        return uow.session.scalar(
            select(func.count()).select_from(Profile)
            .where(Profile.deleted.is_(False), Profile.archived.is_(False))
        )


def get_profile(db: Database, actor: Actor, profile_id: str) -> ProfileInfo:
    with db.uow() as uow:
        return _info(uow.session, _get(uow.session, profile_id))


def create_profile(db: Database, actor: Actor, data: ProfileData) -> ProfileInfo:
    require(db, actor, Action.REFERENCE_EDIT)
    data = _validated(data)
    with db.uow() as uow:
        p = Profile()
        apply_data(p, data)
        uow.session.add(p)
        uow.session.flush()
        audit.append(uow.session, actor, "profile.create", office=db.office_code, entity="profile",
                     record_id=p.id, details={"name": data.name})
        uow.commit()
        return _info(uow.session, p)


def update_profile(db: Database, actor: Actor, profile_id: str, data: ProfileData) -> ProfileInfo:
    require(db, actor, Action.REFERENCE_EDIT)
    data = _validated(data)
    with db.uow() as uow:
        p = _get(uow.session, profile_id)
        ensure_editable(uow.session, p)
        apply_data(p, data)
        audit.append(uow.session, actor, "profile.update", office=db.office_code, entity="profile",
                     record_id=p.id, details={"name": data.name})
        uow.commit()
        return _info(uow.session, p)


def copy_profile(db: Database, actor: Actor, profile_id: str) -> ProfileInfo:
    source = get_profile(db, actor, profile_id)
    return create_profile(db, actor, replace(source.data, name=f"{source.data.name} (копия)"))


def set_archived(db: Database, actor: Actor, profile_id: str, archived: bool) -> ProfileInfo:
    require(db, actor, Action.REFERENCE_EDIT)
    with db.uow() as uow:
        p = _get(uow.session, profile_id)
        ensure_editable(uow.session, p)
        if p.archived != archived:
            p.archived = archived
        audit.append(uow.session, actor, "profile.archive" if archived else "profile.restore",
                     office=db.office_code, entity="profile", record_id=p.id)
        uow.commit()
        return _info(uow.session, p)


def profile_names(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(id, name) of active profiles, for pickers."""
    with db.uow() as uow:
        rows = uow.session.execute(
            select(Profile.id, Profile.name)
            .where(Profile.deleted.is_(False), Profile.archived.is_(False)).order_by(Profile.name)
        )
        return [(r.id, r.name) for r in rows]


def print_profile(db: Database, actor: Actor, profile_id: str, target) -> None:
    """Write the profile card PDF (A4) to ``target`` (a path or a binary file)."""
    from cxdesk.reports.profile_pdf import export_profile_pdf
    from cxdesk.services.offices import own_office

    info = get_profile(db, actor, profile_id)
    export_profile_pdf(target, info.data, organisation=own_office(db).name, printed_by=actor.full_name,
                       journeys=[title for _, title in info.journeys])
