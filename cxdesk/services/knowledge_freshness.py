"""Freshness of the knowledge base (R17 «регулярно обновляться»): when a published article last
changed, and whether the base was updated in a given quarter — the check the compliance self-audit
uses (``knowledge_updated_in_quarter``). Counted in SQL; drafts and articles under review do not
count as updates of the base, archiving an outdated article does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, func, select

from cxdesk.core import knowledge as rules
from cxdesk.services.actor import Actor
from cxdesk.services.guard import require
from cxdesk.services.knowledge import count_articles
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.knowledge import KnowledgeArticle
from cxdesk.store.types import utc_now


@dataclass(frozen=True)
class Freshness:
    last_updated: datetime | None
    published: int
    updated_this_quarter: bool


def _published_changes(start: datetime | None = None, end: datetime | None = None):
    A = KnowledgeArticle  # noqa: N806
    cond = [A.deleted.is_(False), A.status.in_((rules.PUBLISHED, rules.ARCHIVED))]
    if start is not None:
        cond.append(and_(A.updated_at >= start, A.updated_at < end))
    return cond


def last_updated(db: Database) -> datetime | None:
    """When a published article last changed (added, edited, published or archived)."""
    with db.uow() as uow:
        return uow.session.scalar(select(func.max(KnowledgeArticle.updated_at)).where(*_published_changes()))


def knowledge_updated_in_quarter(db: Database, year: int, quarter: int) -> bool:
    """R17 «регулярно обновляться»: a published article was added or changed in the quarter
    (quarter bounds in UTC). Used by the compliance self-audit."""
    return updates_in_quarter(db, year, quarter) > 0


def updates_in_quarter(db: Database, year: int, quarter: int) -> int:
    start, end = rules.quarter_bounds(year, quarter)
    begin = datetime(start.year, start.month, 1, tzinfo=UTC)
    finish = datetime(end.year, end.month, 1, tzinfo=UTC)
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(KnowledgeArticle)
                                  .where(*_published_changes(begin, finish))) or 0


def freshness(db: Database, actor: Actor) -> Freshness:
    require(db, actor, Action.KNOWLEDGE_READ)
    year, quarter = rules.quarter_of(utc_now().date())
    return Freshness(last_updated(db), count_articles(db, actor, rules.PUBLISHED),
                     knowledge_updated_in_quarter(db, year, quarter))
