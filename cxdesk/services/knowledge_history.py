"""Revision history of knowledge-base articles: the list of revisions, a readable diff of two of
them, and restoring an old revision (which writes a new revision with the old content, so nothing
is ever lost and the restore itself shows in the history).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge import DiffLine, diff_lines, field_changes
from cxdesk.core.text import normalise
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError
from cxdesk.services.guard import require
from cxdesk.services.knowledge import (
    ENTITY,
    ArticleInfo,
    _check_base,
    _deny,
    _may_edit,
    load,
    reindex,
    to_info,
    write_revision,
)
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.knowledge import KnowledgeAttachment, KnowledgeRevision


@dataclass(frozen=True)
class RevisionInfo:
    id: str
    number: int
    base_revision_id: str | None
    title: str
    author_name: str
    saved_at: datetime
    note: str
    origin: str


@dataclass(frozen=True)
class RevisionDiff:
    old_number: int
    new_number: int
    fields: list[tuple[str, str, str]]  # (field title, old, new)
    lines: list[DiffLine]

    @property
    def unchanged(self) -> bool:
        return not self.fields and not self.lines


FIELD_TITLES = {"title": "Название", "kind": "Вид", "tags": "Теги", "links": "Связи", "attachments": "Вложения"}


def list_revisions(db: Database, actor: Actor, article_id: str) -> list[RevisionInfo]:
    """Newest first."""
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        load(uow.session, actor, article_id)
        rows = uow.session.scalars(select(KnowledgeRevision).where(KnowledgeRevision.article_id == article_id)
                                   .order_by(KnowledgeRevision.number.desc()))
        return [RevisionInfo(r.id, r.number, r.base_revision_id, r.title, r.author_name, r.saved_at, r.note,
                             r.origin) for r in rows]


def _revision(session, actor: Actor, revision_id: str) -> KnowledgeRevision:
    rev = session.get(KnowledgeRevision, revision_id)
    if rev is None:
        raise NotFoundError("Редакция материала не найдена. Обновите историю.")
    load(session, actor, rev.article_id)  # visibility of the article
    return rev


def _summary(rev: KnowledgeRevision) -> dict[str, str]:
    links = ", ".join(f"{rules.LINK_KINDS.get(x['kind'], x['kind'])}: {x.get('title') or x['id']}"
                      for x in json.loads(rev.links or "[]"))
    files = ", ".join(x["filename"] for x in json.loads(rev.attachments or "[]"))
    return {FIELD_TITLES["title"]: rev.title, FIELD_TITLES["kind"]: rules.KINDS.get(rev.kind, rev.kind),
            FIELD_TITLES["tags"]: ", ".join(rules.tags_list(rev.tags)), FIELD_TITLES["links"]: links,
            FIELD_TITLES["attachments"]: files}


def revision_body(db: Database, actor: Actor, revision_id: str) -> str:
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        return _revision(uow.session, actor, revision_id).body


def diff_revisions(db: Database, actor: Actor, old_id: str, new_id: str) -> RevisionDiff:
    """What changed from revision ``old_id`` to ``new_id``: short fields, then the body line by line."""
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        old, new = _revision(uow.session, actor, old_id), _revision(uow.session, actor, new_id)
        return RevisionDiff(old.number, new.number, field_changes(_summary(old), _summary(new)),
                            diff_lines(old.body, new.body))


def restore_revision(db: Database, actor: Actor, revision_id: str, base_revision_id: str | None) -> ArticleInfo:
    """Make an old revision's content current again (as a new revision); attachments it listed
    that were removed since come back too (their bytes are immutable blobs, never deleted)."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    with db.uow() as uow:
        s = uow.session
        rev = _revision(s, actor, revision_id)
        a = load(s, actor, rev.article_id)
        if not _may_edit(actor, a):
            _deny(db, actor, "knowledge.restore", "Восстановить редакцию опубликованного материала может только "
                  "редактор базы знаний.")
        _check_base(a, base_revision_id)
        a.title, a.kind, a.body, a.tags, a.links = rev.title, rev.kind, rev.body, rev.tags, rev.links
        a.title_key = normalise(rev.title)
        current = {x.sha256 for x in s.scalars(select(KnowledgeAttachment).where(
            KnowledgeAttachment.article_id == a.id, KnowledgeAttachment.deleted.is_(False)))}
        for item in json.loads(rev.attachments or "[]"):
            if item["sha256"] not in current:
                s.add(KnowledgeAttachment(article_id=a.id, filename=item["filename"], mime=item.get("mime", ""),
                                          size=item.get("size", 0), sha256=item["sha256"], added_by=actor.login))
                current.add(item["sha256"])
        s.flush()
        write_revision(s, actor, a, a.head_revision_id, f"Восстановлена редакция № {rev.number}")
        reindex(s, a)
        audit.append(s, actor, "knowledge.restore", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"revision": rev.number})
        uow.commit()
        return to_info(s, actor, a)
