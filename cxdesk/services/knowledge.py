"""The knowledge base (R17): write, review, publish and archive articles; find them.

Every role reads and proposes (``KNOWLEDGE_PROPOSE``): a staff member's article is a draft or goes
to review; editors (``KNOWLEDGE_PUBLISH``: head, CX specialist) publish, return, archive and edit
any article. Each save writes an immutable revision naming its base revision; a save whose base is
not the current head is refused as a conflict (someone else saved first), the same rule sync uses.
Lists are filtered, ranked and sorted in SQL (FTS5 over lemmas for the search); history, diffs and
restore live in ``knowledge_history``, attachments, export/import and printing in ``knowledge_files``.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge_markdown import plain_text
from cxdesk.core.text import normalise
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, PermissionDenied, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, can
from cxdesk.store import knowledge_fts
from cxdesk.store.database import Database
from cxdesk.store.knowledge import KnowledgeArticle, KnowledgeAttachment, KnowledgeRead, KnowledgeRevision
from cxdesk.store.types import utc_now

ENTITY = "knowledge_article"


@dataclass(frozen=True)
class ArticleLink:
    kind: str  # journey | problem | initiative
    id: str
    title: str = ""


@dataclass(frozen=True)
class ArticleData:
    """What an author writes; ``body`` is Markdown (see ``cxdesk.core.knowledge_markdown``)."""

    title: str
    kind: str
    body: str = ""
    tags: tuple[str, ...] = ()
    links: tuple[ArticleLink, ...] = ()
    note: str = ""  # what changed, shown in the history


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    filename: str
    mime: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str
    kind: str
    status: str
    author_name: str
    updated_at: datetime
    views: int
    tags: tuple[str, ...]

    @property
    def kind_title(self) -> str:
        return rules.KINDS.get(self.kind, self.kind)

    @property
    def status_title(self) -> str:
        return rules.STATUSES.get(self.status, self.status)


@dataclass(frozen=True)
class ArticleInfo:
    id: str
    data: ArticleData
    status: str
    author_login: str
    author_name: str
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    revision_no: int
    head_revision_id: str | None
    origin: str
    attachments: tuple[AttachmentInfo, ...] = ()
    views: int = 0
    allowed: tuple[str, ...] = field(default=())  # statuses this actor may move the article to
    can_edit: bool = False

    @property
    def kind_title(self) -> str:
        return rules.KINDS.get(self.data.kind, self.data.kind)

    @property
    def status_title(self) -> str:
        return rules.STATUSES.get(self.status, self.status)


def is_editor(actor: Actor) -> bool:
    return can(actor.role, Action.KNOWLEDGE_PUBLISH)


def _links_json(links: tuple[ArticleLink, ...]) -> str:
    return json.dumps([asdict(link) for link in links], ensure_ascii=False)


def _links(value: str) -> tuple[ArticleLink, ...]:
    return tuple(ArticleLink(**item) for item in json.loads(value or "[]"))


def clean(data: ArticleData) -> ArticleData:
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("Укажите название материала. Ничего не сохранено.")
    if len(title) > 300:
        raise ValidationError("Название длиннее 300 знаков: сократите его. Ничего не сохранено.")
    if data.kind not in rules.KINDS:
        raise ValidationError(f"Неизвестный вид материала «{data.kind}». Выберите вид из списка.")
    links = []
    for link in data.links:
        if link.kind not in rules.LINK_KINDS:
            raise ValidationError(f"Неизвестный вид связи «{link.kind}».")
        try:
            link_id = str(uuid.UUID(link.id.strip()))
        except ValueError:
            raise ValidationError(f"Связь «{link.title or link.id}»: идентификатор записи должен быть UUID "
                                  "(скопируйте его из карточки записи).") from None
        if all(x.id != link_id for x in links):
            links.append(ArticleLink(link.kind, link_id, link.title.strip()))
    return ArticleData(title, data.kind, (data.body or "").rstrip() + "\n" if data.body.strip() else "",
                       tuple(rules.clean_tags(list(data.tags))), tuple(links), data.note.strip()[:500])


# Kinds whose target the service looks up (every kind an article links to).
CHECKED_LINK_KINDS = ("journey", "initiative", "problem")


def _targets(session: Session, kind: str, ids: list[str]) -> dict[str, str]:
    """Titles of the live records of ``kind`` among ``ids`` (journeys, initiatives and problems live in
    other areas: links are UUID strings, looked up here)."""
    from cxdesk.store.journeys import Journey
    from cxdesk.store.problems import Problem
    from cxdesk.store.working_group import Initiative

    model = {"journey": Journey, "initiative": Initiative, "problem": Problem}.get(kind)
    if model is None or not ids:
        return {}
    return dict(session.execute(select(model.id, model.title).where(model.id.in_(ids),
                                                                      model.deleted.is_(False))).all())


def _check_links(session: Session, links: tuple[ArticleLink, ...], kept: tuple[ArticleLink, ...] = ()) -> None:
    """Refuse a new link to a journey, initiative or problem that does not exist. Links the article
    already had are kept even if their record was deleted since (they show as «удалено»)."""
    old = {(x.kind, x.id) for x in kept}
    for kind in CHECKED_LINK_KINDS:
        new = [x for x in links if x.kind == kind and (x.kind, x.id) not in old]
        found = _targets(session, kind, [x.id for x in new])
        for link in new:
            if link.id not in found:
                raise ValidationError(
                    f"Связь с записью «{link.title or link.id}» ({rules.LINK_KINDS[kind].lower()}) не сохранена: "
                    "такой записи нет или она удалена. Материал не сохранён: уберите эту связь "
                    "и выберите запись через «Связать…».")


def link_titles(db: Database, actor: Actor, links: tuple[ArticleLink, ...]) -> dict[tuple[str, str], str | None]:
    """The current title of each linked record by (kind, id); ``None`` when the record is gone.
    Links of an unknown kind keep their stored title."""
    result: dict[tuple[str, str], str | None] = {}
    with db.uow() as uow:
        for kind in CHECKED_LINK_KINDS:
            ids = [x.id for x in links if x.kind == kind]
            found = _targets(uow.session, kind, ids)
            result.update({(kind, i): found.get(i) for i in ids})
    for link in links:
        result.setdefault((link.kind, link.id), link.title)
    return result


def _data(a: KnowledgeArticle | KnowledgeRevision) -> ArticleData:
    return ArticleData(a.title, a.kind, a.body, tuple(rules.tags_list(a.tags)), _links(a.links))


def _attachments(session: Session, article_id: str) -> tuple[AttachmentInfo, ...]:
    rows = session.scalars(select(KnowledgeAttachment).where(
        KnowledgeAttachment.article_id == article_id, KnowledgeAttachment.deleted.is_(False))
        .order_by(KnowledgeAttachment.added_at, KnowledgeAttachment.filename))
    return tuple(AttachmentInfo(r.id, r.filename, r.mime, r.size, r.sha256) for r in rows)


def _allowed(actor: Actor, a: KnowledgeArticle) -> tuple[str, ...]:
    author = a.author_login == actor.login
    return tuple(t for t in rules.STATUSES if t != a.status and rules.transition_allowed(
        a.status, t, is_author=author, is_editor=is_editor(actor)))


def _may_edit(actor: Actor, a: KnowledgeArticle) -> bool:
    return is_editor(actor) or (a.author_login == actor.login and a.status in (rules.DRAFT, rules.REVIEW))


def to_info(session: Session, actor: Actor, a: KnowledgeArticle) -> ArticleInfo:
    views = session.scalar(select(KnowledgeRead.views).where(KnowledgeRead.article_id == a.id)) or 0
    return ArticleInfo(a.id, _data(a), a.status, a.author_login, a.author_name, a.created_at, a.updated_at,
                       a.published_at, a.revision_no, a.head_revision_id, a.origin,
                       _attachments(session, a.id), views, _allowed(actor, a), _may_edit(actor, a))


def load(session: Session, actor: Actor, article_id: str) -> KnowledgeArticle:
    a = session.get(KnowledgeArticle, article_id)
    if a is None or a.deleted or not _visible(actor, a):
        raise NotFoundError("Материал не найден: возможно, его удалили или он ещё не опубликован. "
                            "Обновите список.")
    return a


def _visible(actor: Actor, a: KnowledgeArticle) -> bool:
    return is_editor(actor) or a.status in (rules.PUBLISHED, rules.ARCHIVED) or a.author_login == actor.login


def _deny(db: Database, actor: Actor, action: str, text: str) -> None:
    audit.append_now(db, actor, action, result="denied")
    raise PermissionDenied(text + " Ничего не изменено.")


def write_revision(session: Session, actor: Actor, a: KnowledgeArticle, base: str | None, note: str) -> None:
    """Snapshot the article's content as its next revision and make it the head."""
    snapshot = [{"sha256": x.sha256, "filename": x.filename, "mime": x.mime, "size": x.size}
                for x in _attachments(session, a.id)]
    rev = KnowledgeRevision(article_id=a.id, number=a.revision_no + 1, base_revision_id=base, title=a.title,
                            kind=a.kind, body=a.body, tags=a.tags, links=a.links,
                            attachments=json.dumps(snapshot, ensure_ascii=False), author_login=actor.login,
                            author_name=actor.full_name, note=note)
    session.add(rev)
    session.flush()
    a.revision_no, a.head_revision_id, a.updated_at = rev.number, rev.id, utc_now()


def reindex(session: Session, a: KnowledgeArticle) -> None:
    knowledge_fts.index_article(session, a.id, a.title, plain_text(a.body), rules.tags_list(a.tags))


def apply(a: KnowledgeArticle, data: ArticleData) -> None:
    a.title, a.kind, a.body = data.title, data.kind, data.body
    a.tags, a.links = rules.tags_value(list(data.tags)), _links_json(data.links)
    a.title_key = normalise(data.title)


def create_article(db: Database, actor: Actor, data: ArticleData, *, status: str = rules.DRAFT) -> ArticleInfo:
    """A new article as a draft, sent to review, or (editors only) published at once."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    if status == rules.PUBLISHED:
        require(db, actor, Action.KNOWLEDGE_PUBLISH)
    elif status not in (rules.DRAFT, rules.REVIEW):
        raise ValidationError("Новый материал может быть черновиком, отправленным на рассмотрение "
                              "или опубликованным.")
    data = clean(data)
    with db.uow() as uow:
        s = uow.session
        a = KnowledgeArticle(status=status, author_login=actor.login, author_name=actor.full_name,
                             revision_no=0, published_at=utc_now() if status == rules.PUBLISHED else None)
        _check_links(s, data.links)
        apply(a, data)
        s.add(a)
        s.flush()
        write_revision(s, actor, a, None, data.note or "Создан материал")
        reindex(s, a)
        audit.append(s, actor, "knowledge.create", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"status": status})
        uow.commit()
        return to_info(s, actor, a)


def _check_base(a: KnowledgeArticle, base_revision_id: str | None) -> None:
    if base_revision_id is not None and base_revision_id != a.head_revision_id:
        raise ValidationError(
            f"Материал «{a.title}» уже изменён другим сотрудником (сейчас редакция № {a.revision_no}). "
            "Ваши правки не сохранены: скопируйте их, откройте материал заново и внесите ещё раз.")


def update_article(db: Database, actor: Actor, article_id: str, data: ArticleData,
                   base_revision_id: str | None) -> ArticleInfo:
    """Save a new revision; ``base_revision_id`` is the head the editor started from."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    data = clean(data)
    with db.uow() as uow:
        s = uow.session
        a = load(s, actor, article_id)
        if not _may_edit(actor, a):
            _deny(db, actor, "knowledge.update", "Опубликованные и архивные материалы изменяют редакторы базы "
                  "знаний (руководитель, специалист по КО); предложите правки новым материалом.")
        _check_base(a, base_revision_id)
        if _data(a) == ArticleData(*[getattr(data, f) for f in ("title", "kind", "body", "tags", "links")]):
            return to_info(s, actor, a)  # nothing changed: no empty revision
        _check_links(s, data.links, _links(a.links))
        apply(a, data)
        write_revision(s, actor, a, a.head_revision_id, data.note or "Изменён текст")
        reindex(s, a)
        audit.append(s, actor, "knowledge.update", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"revision": a.revision_no})
        uow.commit()
        return to_info(s, actor, a)


def change_status(db: Database, actor: Actor, article_id: str, target: str) -> ArticleInfo:
    """Move an article along the workflow if this actor may (services decide, not buttons)."""
    require(db, actor, Action.KNOWLEDGE_READ)
    if target not in rules.STATUSES:
        raise ValidationError(f"Неизвестное состояние «{target}».")
    with db.uow() as uow:
        s = uow.session
        a = load(s, actor, article_id)
        if a.status == target:
            return to_info(s, actor, a)
        if (a.status, target) not in rules.TRANSITIONS:
            raise ValidationError(f"Материал в состоянии «{rules.STATUSES[a.status]}» нельзя перевести в "
                                  f"«{rules.STATUSES[target]}».")
        if not rules.transition_allowed(a.status, target, is_author=a.author_login == actor.login,
                                        is_editor=is_editor(actor)):
            _deny(db, actor, f"knowledge.status.{target}",
                  f"Перевести материал в состояние «{rules.STATUSES[target]}» может только редактор базы "
                  "знаний (руководитель центра или специалист по КО).")
        before, a.status = a.status, target
        if target == rules.PUBLISHED:
            a.published_at = utc_now()
        a.updated_at = utc_now()
        audit.append(s, actor, f"knowledge.status.{target}", office=db.office_code, entity=ENTITY,
                     record_id=a.id, details={"from": before})
        uow.commit()
        return to_info(s, actor, a)


def remove_article(db: Database, actor: Actor, article_id: str) -> None:
    """Delete (a tombstone): an author's own draft, or any article by an editor."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    with db.uow() as uow:
        s = uow.session
        a = load(s, actor, article_id)
        if not (is_editor(actor) or (a.author_login == actor.login and a.status == rules.DRAFT)):
            _deny(db, actor, "knowledge.delete", "Удалить можно только собственный черновик.")
        a.deleted = True
        knowledge_fts.remove_article(s, a.id)
        audit.append(s, actor, "knowledge.delete", office=db.office_code, entity=ENTITY, record_id=a.id)
        uow.commit()


def get_article(db: Database, actor: Actor, article_id: str, *, count_view: bool = False) -> ArticleInfo:
    """The article; ``count_view`` records a reading for «самые читаемые» (local, not synced)."""
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        s = uow.session
        a = load(s, actor, article_id)
        if count_view:
            read = s.get(KnowledgeRead, a.id) or KnowledgeRead(article_id=a.id, views=0)
            read.views, read.last_read_at = read.views + 1, utc_now()
            s.add(read)
            uow.commit()
        return to_info(s, actor, a)


def _query(actor: Actor, *, search: str, kind: str | None, tag: str | None, show: str):
    """``show``: published | review | draft | archived | mine | all (what this actor may see of it)."""
    A = KnowledgeArticle  # noqa: N806
    q = select(A.id).where(A.deleted.is_(False))
    if not is_editor(actor):
        q = q.where(or_(A.status.in_((rules.PUBLISHED, rules.ARCHIVED)), A.author_login == actor.login))
    if show == "mine":
        q = q.where(A.author_login == actor.login)
    elif show in rules.STATUSES:
        q = q.where(A.status == show)
    if kind:
        q = q.where(A.kind == kind)
    if tag:
        q = q.where(A.tags.contains("|" + rules.clean_tags(tag)[0] + "|", autoescape=True))
    fts = None
    expression = knowledge_fts.match_expression(search) if search.strip() else None
    if expression:
        fts = knowledge_fts.matches_with_rank(expression)
        q = q.join(fts, fts.c.article_id == A.id)
    return q, fts, expression


def list_article_ids(db: Database, actor: Actor, *, search: str = "", kind: str | None = None,
                     tag: str | None = None, show: str = rules.PUBLISHED, sort: str = "updated",
                     descending: bool = True, limit: int | None = None) -> list[str]:
    require(db, actor, Action.KNOWLEDGE_READ)
    A = KnowledgeArticle  # noqa: N806
    q, fts, expression = _query(actor, search=search, kind=kind, tag=tag, show=show)
    if search.strip() and expression is None:
        return []
    if sort == "views":
        q = q.outerjoin(KnowledgeRead, KnowledgeRead.article_id == A.id)
    keys = {"updated": A.updated_at, "title": A.title_key, "kind": A.kind, "status": A.status,
            "author": A.author_name, "views": func.coalesce(KnowledgeRead.views, 0)}
    if sort == "relevance" and fts is not None:
        q = q.order_by(fts.c.rank, A.updated_at.desc())
    else:
        key = keys.get(sort, A.updated_at)
        q = q.order_by(key.desc() if descending else key, A.updated_at.desc())
    if limit:
        q = q.limit(limit)
    with db.uow() as uow:
        return list(uow.session.scalars(q))


def article_rows(db: Database, actor: Actor, ids: list[str]) -> list[ArticleRow]:
    require(db, actor, Action.KNOWLEDGE_READ)
    A = KnowledgeArticle  # noqa: N806
    q = (select(A.id, A.title, A.kind, A.status, A.author_name, A.updated_at, func.coalesce(KnowledgeRead.views, 0),
                A.tags)
         .outerjoin(KnowledgeRead, KnowledgeRead.article_id == A.id).where(A.id.in_(ids)))
    with db.uow() as uow:
        return [ArticleRow(*row[:7], tuple(rules.tags_list(row[7]))) for row in uow.session.execute(q)]


def tag_counts(db: Database, actor: Actor) -> list[tuple[str, int]]:
    """Tags of published articles with how many articles carry each, most used first."""
    require(db, actor, Action.KNOWLEDGE_READ)
    A = KnowledgeArticle  # noqa: N806
    q = (select(A.tags, func.count()).where(A.deleted.is_(False), A.status == rules.PUBLISHED, A.tags != "")
         .group_by(A.tags))
    counts: dict[str, int] = {}
    with db.uow() as uow:
        for value, n in uow.session.execute(q):
            for tag in rules.tags_list(value):
                counts[tag] = counts.get(tag, 0) + n
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def count_articles(db: Database, actor: Actor, show: str = rules.PUBLISHED) -> int:
    require(db, actor, Action.KNOWLEDGE_READ)
    q, _fts, _e = _query(actor, search="", kind=None, tag=None, show=show)
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(q.subquery())) or 0
