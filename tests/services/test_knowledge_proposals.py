"""A reader proposes a change to a published article: the published text stays what everyone reads
until an editor accepts the proposal (it becomes the next revision, its author named) or rejects it
with a reason; decided proposals stay as history; an outdated proposal cannot overwrite a newer edit."""

from __future__ import annotations

import pytest

from cxdesk.core.knowledge import DRAFT, PUBLISHED
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_history as history
from cxdesk.services import knowledge_proposals as proposals
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, PermissionDenied, ValidationError
from cxdesk.services.roles import Role

READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)
OTHER = Actor("sidorova", "Сидорова Анна Павловна", Role.READER)
EDITOR = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
BODY = "## Порядок\n\nПринять заявление в течение 15 минут.\n"


@pytest.fixture
def article(db):
    return kb.create_article(db, EDITOR, kb.ArticleData("Памятка по приёму", "info", BODY, ("приём",)),
                             status=PUBLISHED)


def _proposed(article, body="## Порядок\n\nПринять заявление в течение 10 минут.\n", note="Срок сократили"):
    return kb.ArticleData(article.data.title, article.data.kind, body, article.data.tags, (), note)


def test_a_reader_proposes_and_the_published_text_stays_until_accepted(db, article):
    p = proposals.propose_change(db, READER, article.id, _proposed(article), article.head_revision_id)
    assert p.status_title == "на рассмотрении" and not p.outdated
    assert kb.get_article(db, READER, article.id).data.body == BODY  # everyone still reads the published text
    assert proposals.count_pending(db, EDITOR) == 1 and proposals.count_pending(db, OTHER) == 0
    assert [x.id for x in proposals.list_proposals(db, READER)] == [p.id]
    assert proposals.list_proposals(db, OTHER) == []
    diff = proposals.proposal_diff(db, EDITOR, p.id)
    assert [(d.op, d.text) for d in diff.lines if d.op != " "] == [
        ("-", "Принять заявление в течение 15 минут."), ("+", "Принять заявление в течение 10 минут.")]

    info = proposals.accept_proposal(db, EDITOR, p.id)
    assert info.status == PUBLISHED and "10 минут" in info.data.body and info.revision_no == 2
    head = history.list_revisions(db, READER, article.id)[0]
    assert head.author_name == "Петров Пётр Петрович"
    assert head.note == "Принято предложение Петров Пётр Петрович: Срок сократили"
    [done] = proposals.list_proposals(db, READER, article_id=article.id, status=None)
    assert (done.status_title, done.decided_by) == ("принято", "Орлова Мария Петровна")
    assert proposals.count_pending(db, EDITOR) == 0
    with pytest.raises(ValidationError, match="уже рассмотрено"):
        proposals.reject_proposal(db, EDITOR, p.id, "поздно")


def test_an_editor_rejects_with_a_reason_and_the_article_is_unchanged(db, article):
    p = proposals.propose_change(db, READER, article.id, _proposed(article), article.head_revision_id)
    with pytest.raises(ValidationError, match="причину"):
        proposals.reject_proposal(db, EDITOR, p.id, "  ")
    with pytest.raises(PermissionDenied):
        proposals.reject_proposal(db, READER, p.id, "сам передумал")
    with pytest.raises(PermissionDenied):
        proposals.accept_proposal(db, READER, p.id)
    rejected = proposals.reject_proposal(db, EDITOR, p.id, "Срок 15 минут установлен регламентом")
    assert rejected.status_title == "отклонено" and rejected.decision_note.startswith("Срок 15 минут")
    after = kb.get_article(db, READER, article.id)
    assert after.data.body == BODY and after.revision_no == 1


def test_an_outdated_proposal_cannot_overwrite_a_newer_edit(db, article):
    p = proposals.propose_change(db, READER, article.id, _proposed(article), article.head_revision_id)
    kb.update_article(db, EDITOR, article.id, kb.ArticleData(article.data.title, "info", BODY + "\nДополнено.\n",
                                                             article.data.tags), article.head_revision_id)
    assert proposals.list_proposals(db, EDITOR)[0].outdated
    with pytest.raises(ValidationError, match="изменили"):
        proposals.accept_proposal(db, EDITOR, p.id)
    assert "Дополнено." in kb.get_article(db, READER, article.id).data.body


def test_only_published_articles_take_proposals_and_empty_ones_are_refused(db, article):
    with pytest.raises(ValidationError, match="не отличается"):
        proposals.propose_change(db, READER, article.id, _proposed(article, BODY), article.head_revision_id)
    draft = kb.create_article(db, READER, kb.ArticleData("Мой черновик", "info", "Текст"), status=DRAFT)
    with pytest.raises(ValidationError, match="опубликованному"):
        proposals.propose_change(db, READER, draft.id, _proposed(draft, "Другой текст"), draft.head_revision_id)
    p = proposals.propose_change(db, READER, article.id, _proposed(article), article.head_revision_id)
    with pytest.raises(NotFoundError):
        proposals.proposal_diff(db, OTHER, p.id)
