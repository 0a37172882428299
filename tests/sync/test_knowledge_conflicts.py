"""A knowledge-base article edited at both ends converges on both sides; the losing version is kept."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cxdesk.services import exchange, knowledge
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.knowledge import KnowledgeRevision
from tests.sync.helpers import rows_by_id

EDITOR = Actor("editor", "Орлова Елена Петровна", Role.CX_SPECIALIST)


def _edit(db, article_id: str, body: str) -> None:
    info = knowledge.get_article(db, EDITOR, article_id)
    data = knowledge.ArticleData(title=info.data.title, kind=info.data.kind, body=body)
    knowledge.update_article(db, EDITOR, article_id, data, info.head_revision_id)


def _revisions(db, article_id: str) -> set[str]:
    with db.uow() as uow:
        return set(uow.session.scalars(select(KnowledgeRevision.body).where(
            KnowledgeRevision.article_id == article_id)))


def _exchange(pair, source, target):
    report = pair.receive(target, pair.send(source).path)
    assert report.ok, report.bundles[0].message
    return report.bundles[0]


REGION_TEXT = "Запись по телефону и через портал «Работа России»."
OFFICE_TEXT = "Запись по телефону; в пятницу — без записи."


@pytest.mark.parametrize("last", ["office", "region"], ids=["the office edits last", "the УЦЗН edits last"])
def test_edited_at_both_ends_converges_and_keeps_the_loser(pair, last):
    article = knowledge.create_article(pair.region, EDITOR, knowledge.ArticleData(
        title="Порядок записи на приём", kind="info", body="Запись по телефону."), status="published")
    _exchange(pair, pair.region, pair.office)
    assert _row(pair.office, article.id) == _row(pair.region, article.id)

    edits = [(pair.region, REGION_TEXT), (pair.office, OFFICE_TEXT)]
    for db, body in edits if last == "office" else reversed(edits):
        _edit(db, article.id, body)
    winner, loser = (OFFICE_TEXT, REGION_TEXT) if last == "office" else (REGION_TEXT, OFFICE_TEXT)
    loser_side = pair.region if last == "office" else pair.office

    up = _exchange(pair, pair.office, pair.region)
    down = _exchange(pair, pair.region, pair.office)
    assert up.totals().conflicts == 1  # found where the office's edit meets the УЦЗН's
    assert down.totals().conflicts == (1 if last == "region" else 0)

    # the same current version on both sides (the later edit), both revisions on both sides
    assert _row(pair.office, article.id) == _row(pair.region, article.id)
    for db in (pair.office, pair.region):
        assert _body(db, article.id) == winner
        assert {winner, loser} <= {b.strip() for b in _revisions(db, article.id)}
    # the losing version waits for an editor where it was written
    [conflict] = exchange.list_conflicts(loser_side, EDITOR)
    assert conflict.loser_body.strip() == loser and conflict.article_title == "Порядок записи на приём"

    # the editor brings the losing version back: a new revision that fast-forwards on the other side
    resolved = exchange.resolve_conflict(loser_side, EDITOR, conflict.id, restore_other=True)
    assert resolved.resolution == "restored" and not exchange.list_conflicts(loser_side, EDITOR)
    other = pair.region if loser_side is pair.office else pair.office
    report = _exchange(pair, loser_side, other)
    assert report.totals().conflicts == 0
    assert _body(other, article.id) == loser and _row(other, article.id) == _row(loser_side, article.id)
    word = "пятницу" if "пятницу" in loser else "портале"  # another word form: the search index follows
    assert knowledge.list_article_ids(other, EDITOR, search=word) == [article.id]


def _row(db, article_id: str) -> bytes:
    return rows_by_id(db, "knowledge_article")[article_id]


def _body(db, article_id: str) -> str:
    return knowledge.get_article(db, EDITOR, article_id).data.body.strip()


def test_an_edit_on_the_current_version_fast_forwards(pair):
    article = knowledge.create_article(pair.region, EDITOR, knowledge.ArticleData(
        title="Памятка", kind="info", body="Первая редакция."), status="published")
    _exchange(pair, pair.region, pair.office)
    _edit(pair.office, article.id, "Вторая редакция из центра.")
    up = _exchange(pair, pair.office, pair.region)
    assert up.totals().conflicts == 0
    assert _body(pair.region, article.id) == "Вторая редакция из центра."
    assert not exchange.list_conflicts(pair.region, EDITOR)


def test_attachments_travel_with_their_bytes(pair):
    from cxdesk.services import knowledge_files

    article = knowledge.create_article(pair.region, EDITOR, knowledge.ArticleData(
        title="Образец заявления", kind="info", body="См. вложение."), status="published")
    scan = bytes(range(256)) * 4000  # 1 MB, incompressible enough to span many chunks
    added = knowledge_files.add_attachment(pair.region, EDITOR, article.id, "заявление.pdf", scan)
    sent = pair.send(pair.region)
    assert sent.blobs == 1
    report = pair.receive(pair.office, sent.path)
    assert report.ok, report.bundles[0].message
    assert knowledge_files.attachment_bytes(pair.office, EDITOR, added.id) == ("заявление.pdf", scan)
    assert pair.receive(pair.region, pair.send(pair.office).path).ok  # the office acknowledges
    again = pair.send(pair.region)
    assert (again.blobs, again.records) == (0, 0)  # acknowledged: not sent twice
