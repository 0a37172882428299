"""Proposed changes to published articles (R17 «каждая роль читает и может предложить»): a reader
who may not edit a published article proposes a whole new text for it; the proposal waits for review
while the published version stays what everyone reads. An editor sees what would change (the same
readable diff as the history), then accepts it — the proposal becomes the article's next revision,
attributed to its author — or rejects it with a reason. Decided proposals stay as the history of the
article's proposals; an author sees their own, editors see all.

A proposal names the revision its author read (``base_revision_id``); if the article changed since,
accepting is refused, the same rule a direct edit follows, so nobody's edit is silently overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge import diff_lines, field_changes
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.knowledge import (
    ENTITY,
    ArticleData,
    ArticleInfo,
    _check_links,
    _data,
    _links,
    _links_json,
    apply,
    clean,
    is_editor,
    load,
    reindex,
    to_info,
    write_revision,
)
from cxdesk.services.knowledge_history import FIELD_TITLES, RevisionDiff
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.knowledge import KnowledgeArticle, KnowledgeProposal, KnowledgeRevision
from cxdesk.store.types import utc_now

REVIEW, ACCEPTED, REJECTED = "review", "accepted", "rejected"
STATUSES = {REVIEW: "на рассмотрении", ACCEPTED: "принято", REJECTED: "отклонено"}


@dataclass(frozen=True)
class ProposalInfo:
    id: str
    article_id: str
    article_title: str
    data: ArticleData
    author_login: str
    author_name: str
    proposed_at: datetime
    status: str
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    outdated: bool  # the article changed after the proposal was made

    @property
    def status_title(self) -> str:
        return STATUSES.get(self.status, self.status)


def _proposal_data(p: KnowledgeProposal) -> ArticleData:
    return ArticleData(p.title, p.kind, p.body, tuple(rules.tags_list(p.tags)), _links(p.links), p.note)


def _info(p: KnowledgeProposal, a: KnowledgeArticle) -> ProposalInfo:
    return ProposalInfo(p.id, a.id, a.title, _proposal_data(p), p.author_login, p.author_name, p.proposed_at,
                        p.status, p.decided_by, p.decided_at, p.decision_note,
                        p.status == REVIEW and p.base_revision_id != a.head_revision_id)


def _load(session, actor: Actor, proposal_id: str) -> tuple[KnowledgeProposal, KnowledgeArticle]:
    p = session.get(KnowledgeProposal, proposal_id)
    if p is None or p.deleted or not (is_editor(actor) or p.author_login == actor.login):
        raise NotFoundError("Предложение не найдено: возможно, его уже рассмотрели. Обновите список.")
    return p, load(session, actor, p.article_id)


def propose_change(db: Database, actor: Actor, article_id: str, data: ArticleData,
                   base_revision_id: str | None) -> ProposalInfo:
    """Send a proposed new text of a published article to review; the article itself is unchanged."""
    require(db, actor, Action.KNOWLEDGE_PROPOSE)
    data = clean(data)
    with db.uow() as uow:
        s = uow.session
        a = load(s, actor, article_id)
        if a.status != rules.PUBLISHED:
            raise ValidationError("Предложить правку можно к опубликованному материалу; черновик автор изменяет "
                                  "сам. Ничего не отправлено.")
        if _data(a) == ArticleData(data.title, data.kind, data.body, data.tags, data.links):
            raise ValidationError("Текст не отличается от опубликованного: внесите правки и отправьте снова.")
        _check_links(s, data.links, _links(a.links))
        p = KnowledgeProposal(article_id=a.id, base_revision_id=base_revision_id or a.head_revision_id,
                              title=data.title, kind=data.kind, body=data.body,
                              tags=rules.tags_value(list(data.tags)), links=_links_json(data.links),
                              note=data.note, author_login=actor.login, author_name=actor.full_name, status=REVIEW)
        s.add(p)
        s.flush()
        audit.append(s, actor, "knowledge.propose", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"proposal": p.id})
        uow.commit()
        return _info(p, a)


def list_proposals(db: Database, actor: Actor, *, article_id: str | None = None,
                   status: str | None = REVIEW) -> list[ProposalInfo]:
    """Newest first; editors see everyone's proposals, other roles only their own."""
    require(db, actor, Action.KNOWLEDGE_READ)
    P, A = KnowledgeProposal, KnowledgeArticle  # noqa: N806
    q = (select(P, A).join(A, A.id == P.article_id).where(P.deleted.is_(False), A.deleted.is_(False))
         .order_by(P.proposed_at.desc()))
    if article_id:
        q = q.where(P.article_id == article_id)
    if status:
        q = q.where(P.status == status)
    if not is_editor(actor):
        q = q.where(P.author_login == actor.login)
    with db.uow() as uow:
        return [_info(p, a) for p, a in uow.session.execute(q)]


def count_pending(db: Database, actor: Actor, article_id: str | None = None) -> int:
    require(db, actor, Action.KNOWLEDGE_READ)
    P = KnowledgeProposal  # noqa: N806
    q = select(func.count()).select_from(P).where(P.deleted.is_(False), P.status == REVIEW)
    if article_id:
        q = q.where(P.article_id == article_id)
    if not is_editor(actor):
        q = q.where(P.author_login == actor.login)
    with db.uow() as uow:
        return uow.session.scalar(q) or 0


def _summary(title: str, kind: str, tags: str) -> dict[str, str]:
    return {FIELD_TITLES["title"]: title, FIELD_TITLES["kind"]: rules.KINDS.get(kind, kind),
            FIELD_TITLES["tags"]: ", ".join(rules.tags_list(tags))}


def proposal_diff(db: Database, actor: Actor, proposal_id: str) -> RevisionDiff:
    """What the proposal would change in the revision its author read (or in the current one)."""
    require(db, actor, Action.KNOWLEDGE_READ)
    with db.uow() as uow:
        p, a = _load(uow.session, actor, proposal_id)
        base = uow.session.get(KnowledgeRevision, p.base_revision_id) if p.base_revision_id else None
        old = base or a
        number = base.number if base else a.revision_no
        return RevisionDiff(number, number + 1,
                            field_changes(_summary(old.title, old.kind, old.tags), _summary(p.title, p.kind, p.tags)),
                            diff_lines(old.body, p.body))


def accept_proposal(db: Database, actor: Actor, proposal_id: str, note: str = "") -> ArticleInfo:
    """The proposal becomes the article's next published revision (its author named in the history)."""
    require(db, actor, Action.KNOWLEDGE_PUBLISH)
    with db.uow() as uow:
        s = uow.session
        p, a = _load(s, actor, proposal_id)
        if p.status != REVIEW:
            raise ValidationError(f"Предложение уже рассмотрено ({STATUSES[p.status]}). Ничего не изменено.")
        if p.base_revision_id != a.head_revision_id:
            raise ValidationError(
                f"После предложения материал «{a.title}» изменили (сейчас редакция № {a.revision_no}). Принять "
                "его нельзя, чтобы не потерять эти изменения: отклоните предложение, указав причину, или внесите "
                "правки сами.")
        apply(a, _proposal_data(p))
        text = f"Принято предложение {p.author_name}" + (f": {p.note}" if p.note else "")
        write_revision(s, actor, a, a.head_revision_id, text[:500])
        rev = s.get(KnowledgeRevision, a.head_revision_id)
        rev.author_login, rev.author_name = p.author_login, p.author_name
        reindex(s, a)
        p.status, p.decided_by, p.decided_at = ACCEPTED, actor.full_name, utc_now()
        p.decision_note, p.revision_id = note.strip()[:500], rev.id
        audit.append(s, actor, "knowledge.proposal_accept", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"proposal": p.id, "revision": a.revision_no})
        uow.commit()
        return to_info(s, actor, a)


def reject_proposal(db: Database, actor: Actor, proposal_id: str, reason: str) -> ProposalInfo:
    """Decline a proposal with a reason its author will read; the article is unchanged."""
    require(db, actor, Action.KNOWLEDGE_PUBLISH)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("Укажите причину отказа: автор предложения увидит её. Ничего не изменено.")
    with db.uow() as uow:
        s = uow.session
        p, a = _load(s, actor, proposal_id)
        if p.status != REVIEW:
            raise ValidationError(f"Предложение уже рассмотрено ({STATUSES[p.status]}). Ничего не изменено.")
        p.status, p.decided_by, p.decided_at, p.decision_note = REJECTED, actor.full_name, utc_now(), reason[:500]
        audit.append(s, actor, "knowledge.proposal_reject", office=db.office_code, entity=ENTITY, record_id=a.id,
                     details={"proposal": p.id})
        uow.commit()
        return _info(p, a)
