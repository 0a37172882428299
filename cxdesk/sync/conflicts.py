"""The list of knowledge-base conflicts found by imports, and closing one: keep the current version, or
restore the other one as a new revision (through the knowledge base's own restore, so it is audited,
indexed and travels to the other side like any edit)."""

from __future__ import annotations

import json

from sqlalchemy import select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.store.database import Database
from cxdesk.store.knowledge import KnowledgeArticle
from cxdesk.store.sync import SyncConflict
from cxdesk.store.types import utc_now


def _info(row: SyncConflict, title: str):
    from cxdesk.services.exchange import ConflictInfo

    data = json.loads(row.loser_data or "{}")
    return ConflictInfo(row.id, row.record_id, title, row.winner_revision_id, row.loser_revision_id,
                        row.loser_origin, str(data.get("title", "")), str(data.get("body", "")), row.detected_at,
                        row.status, row.resolved_by, row.resolved_at, row.resolution)


def list_conflicts(db: Database, *, include_resolved: bool) -> list:
    with db.uow() as uow:
        query = (select(SyncConflict, KnowledgeArticle.title)
                 .outerjoin(KnowledgeArticle, KnowledgeArticle.id == SyncConflict.record_id)
                 .order_by(SyncConflict.detected_at.desc()))
        if not include_resolved:
            query = query.where(SyncConflict.status == "open")
        return [_info(row, title or "") for row, title in uow.session.execute(query)]


def resolve(db: Database, actor: Actor, conflict_id: str, *, restore_other: bool):
    with db.uow() as uow:
        row = uow.session.get(SyncConflict, conflict_id)
        if row is None:
            return None
        article_id, loser, is_open = row.record_id, row.loser_revision_id, row.status == "open"
        head = uow.session.scalar(select(KnowledgeArticle.head_revision_id).where(KnowledgeArticle.id == article_id))
    if restore_other and is_open:
        from cxdesk.services.knowledge_history import restore_revision

        restore_revision(db, actor, loser, head)
    with db.uow() as uow:
        row = uow.session.get(SyncConflict, conflict_id)
        if row.status == "open":
            row.status, row.resolved_by, row.resolved_at = "resolved", actor.full_name, utc_now()
            row.resolution = "restored" if restore_other else "kept"
            audit.append(uow.session, actor, "sync.conflict.resolve", office=db.office_code, entity=row.entity,
                         record_id=row.record_id, details={"resolution": row.resolution, "loser": loser})
            uow.commit()
        title = uow.session.scalar(select(KnowledgeArticle.title).where(KnowledgeArticle.id == article_id))
        return _info(row, title or "")
