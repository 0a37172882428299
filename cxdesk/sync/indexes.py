"""Derived local indexes kept up to date for the records an import wrote: the full-text search of the
feedback register and of the knowledge base (both built by the areas' own helpers, in the import's
transaction). A record type without a derived index needs nothing here.
"""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select

BATCH = 500


def bodies(entity: str, names: list[str], rows: list[tuple]) -> dict[tuple, str]:
    """Search bodies of records (tuples in ``names`` order, not yet bound) made ahead of the write by the
    helper process of a batch, keyed by (id, version, hlc) so that only the version written uses its body."""
    if entity != "feedback_record":
        return {}
    from cxdesk.services.feedback import search_body

    made = (SimpleNamespace(**dict(zip(names, row, strict=True))) for row in rows)
    return {(v.id, v.version, v.hlc): search_body(v) for v in made if not v.deleted}


def refresh(session, touched: dict[str, tuple[list[str], list[str]]], ready: dict[tuple, str] | None = None) -> None:
    """``touched``: table → (ids of rows created, ids of rows updated) by the import; ``ready``: search
    bodies made ahead (:func:`bodies`)."""
    if "feedback_record" in touched:
        _feedback(session, *touched["feedback_record"], ready or {})
    if "knowledge_article" in touched:
        _knowledge(session, [*touched["knowledge_article"][0], *touched["knowledge_article"][1]])


def _feedback(session, created: list[str], updated: list[str], ready: dict[tuple, str]) -> None:
    from cxdesk.services.feedback import search_body
    from cxdesk.store import feedback_fts
    from cxdesk.store.feedback import FeedbackRecord as R  # noqa: N814

    for ids, new in ((created, True), (updated, False)):
        for i in range(0, len(ids), BATCH):
            rows = session.execute(select(R.id, R.deleted, R.version, R.hlc).where(R.id.in_(ids[i:i + BATCH]))).all()
            texts = {r.id: ready.get((r.id, r.version, r.hlc)) for r in rows if not r.deleted}
            missing = [rid for rid, text in texts.items() if text is None]  # not made ahead: read the text
            for r in (session.execute(select(R.id, R.number, R.subject, R.text, R.channel).where(R.id.in_(missing)))
                      if missing else ()):
                texts[r.id] = search_body(r)
            live = list(texts.items())
            if new:
                feedback_fts.insert_new(session, live)
            else:
                feedback_fts.index_rows(session, live)
            _remove(session, [r.id for r in rows if r.deleted])


def _remove(session, gone: list[str]) -> None:
    from cxdesk.store import feedback_fts

    if gone:
        feedback_fts.remove_rows(session, gone)


def _knowledge(session, ids: list[str]) -> None:
    from cxdesk.services.knowledge import reindex
    from cxdesk.store import knowledge_fts
    from cxdesk.store.knowledge import KnowledgeArticle

    for i in range(0, len(ids), BATCH):
        for article in session.scalars(select(KnowledgeArticle).where(KnowledgeArticle.id.in_(ids[i:i + BATCH]))):
            if article.deleted:
                knowledge_fts.remove_article(session, article.id)
            else:
                reindex(session, article)
            session.expunge(article)
