"""Knowledge base services: the workflow and who may do what, revisions and restore, conflicts,
Russian search by word forms, filters, visibility of drafts, and the quarterly freshness check."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cxdesk.core.knowledge import ARCHIVED, DRAFT, PUBLISHED, REVIEW
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_freshness as freshness
from cxdesk.services import knowledge_history as history
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.roles import Role
from cxdesk.store.knowledge import KnowledgeArticle

READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)
OPERATOR = Actor("oper", "Сидорова Анна Ивановна", Role.OPERATOR)
SPECIALIST = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
HEAD = Actor("head", "Ёлкина Ольга Сергеевна", Role.HEAD)
ADMIN = Actor("admin", "Соколова Анна Викторовна", Role.ADMIN)

BODY = ("# Консультирование по телефону\n\nСпециалисты **отвечают** на звонки граждан и записывают "
        "на приём.\n\n- Ведём журнал звонков\n- Перезваниваем в течение дня\n")


def _data(title="Телефонное консультирование граждан", body=BODY, tags=("телефон", "Консультации"), kind="practice"):
    return kb.ArticleData(title, kind, body, tuple(tags))


@pytest.mark.parametrize("actor", [READER, OPERATOR, ADMIN, SPECIALIST, HEAD], ids=lambda a: a.role)
def test_every_role_may_propose_an_article_for_review(db, actor):
    info = kb.create_article(db, actor, _data(), status=REVIEW)
    assert info.status == REVIEW and info.revision_no == 1 and info.author_login == actor.login


@pytest.mark.parametrize("actor", [READER, OPERATOR, ADMIN], ids=lambda a: a.role)
def test_staff_without_the_publish_right_cannot_publish(db, actor):
    with pytest.raises(PermissionDenied):
        kb.create_article(db, actor, _data(), status=PUBLISHED)
    proposed = kb.create_article(db, actor, _data(), status=REVIEW)
    assert PUBLISHED not in proposed.allowed
    with pytest.raises(PermissionDenied, match="редактор"):
        kb.change_status(db, actor, proposed.id, PUBLISHED)
    assert kb.get_article(db, SPECIALIST, proposed.id).status == REVIEW


@pytest.mark.parametrize("editor", [SPECIALIST, HEAD], ids=lambda a: a.role)
def test_editors_publish_archive_and_bring_back(db, editor):
    proposed = kb.create_article(db, READER, _data(), status=REVIEW)
    assert kb.change_status(db, editor, proposed.id, PUBLISHED).published_at is not None
    assert kb.change_status(db, editor, proposed.id, ARCHIVED).status == ARCHIVED
    assert kb.change_status(db, editor, proposed.id, PUBLISHED).status == PUBLISHED


def test_workflow_refuses_jumps_and_authors_only_move_their_own(db):
    draft = kb.create_article(db, READER, _data())
    with pytest.raises(ValidationError):
        kb.change_status(db, SPECIALIST, draft.id, ARCHIVED)  # a draft is not archived: publish or delete it
    other = Actor("ivanova", "Иванова Ирина", Role.READER)
    with pytest.raises(Exception):  # noqa: B017 - another reader does not even see the draft
        kb.change_status(db, other, draft.id, REVIEW)
    assert kb.change_status(db, READER, draft.id, REVIEW).status == REVIEW
    assert kb.change_status(db, SPECIALIST, draft.id, DRAFT).status == DRAFT  # returned for rework


def test_a_reader_cannot_edit_a_published_article_but_an_editor_can(db):
    info = kb.create_article(db, SPECIALIST, _data(), status=PUBLISHED)
    with pytest.raises(PermissionDenied):
        kb.update_article(db, READER, info.id, _data(title="Чужая правка"), info.head_revision_id)
    updated = kb.update_article(db, HEAD, info.id, _data(title="Телефонная линия центра"), info.head_revision_id)
    assert updated.status == PUBLISHED and updated.revision_no == 2


def test_drafts_are_seen_by_their_author_and_editors_only(db):
    draft = kb.create_article(db, READER, _data(title="Мой черновик про ярмарку вакансий"))
    other = Actor("ivanova", "Иванова Ирина", Role.READER)
    assert draft.id in kb.list_article_ids(db, READER, show="mine")
    assert draft.id in kb.list_article_ids(db, SPECIALIST, show=DRAFT)
    assert draft.id not in kb.list_article_ids(db, other, show="all")


def test_revisions_diff_and_restore(db):
    first = kb.create_article(db, SPECIALIST, _data(), status=PUBLISHED)
    new_body = BODY.replace("Перезваниваем в течение дня", "Перезваниваем в течение часа")
    second = kb.update_article(db, SPECIALIST, first.id, _data(body=new_body, tags=("телефон",)),
                               first.head_revision_id)
    revisions = history.list_revisions(db, READER, first.id)
    assert [r.number for r in revisions] == [2, 1]
    assert revisions[0].base_revision_id == revisions[1].id  # the base a sync can fast-forward from
    diff = history.diff_revisions(db, READER, revisions[1].id, revisions[0].id)
    assert ("-", "- Перезваниваем в течение дня") in [(d.op, d.text) for d in diff.lines]
    assert ("+", "- Перезваниваем в течение часа") in [(d.op, d.text) for d in diff.lines]
    assert diff.fields == [("Теги", "телефон, консультации", "телефон")]

    restored = history.restore_revision(db, SPECIALIST, revisions[1].id, second.head_revision_id)
    assert restored.revision_no == 3 and restored.data.body == first.data.body
    assert restored.data.tags == first.data.tags
    assert history.list_revisions(db, READER, first.id)[0].note == "Восстановлена редакция № 1"
    assert kb.update_article(db, SPECIALIST, first.id, _data(), restored.head_revision_id).revision_no == 3, \
        "saving the same content adds no empty revision"


def test_a_save_based_on_an_old_revision_is_a_conflict(db):
    info = kb.create_article(db, SPECIALIST, _data(), status=PUBLISHED)
    kb.update_article(db, HEAD, info.id, _data(title="Правка руководителя"), info.head_revision_id)
    with pytest.raises(ValidationError, match="уже изменён"):
        kb.update_article(db, SPECIALIST, info.id, _data(title="Правка специалиста"), info.head_revision_id)
    assert kb.get_article(db, READER, info.id).data.title == "Правка руководителя"


@pytest.mark.parametrize("query", ["консультацию", "Консультирования", "звонками", "телефонов", "журналы",
                                   "ЕЛКИНА"], ids=str)
def test_search_finds_word_forms(db, query):
    kb.create_article(db, HEAD, _data(title="Ёлкина: консультации по телефону"), status=PUBLISHED)
    kb.create_article(db, HEAD, _data(title="Ярмарка вакансий", body="Работодатели приходят на ярмарку.",
                                      tags=("ярмарка",)), status=PUBLISHED)
    found = kb.article_rows(db, READER, kb.list_article_ids(db, READER, search=query))
    assert [r.title for r in found] == ["Ёлкина: консультации по телефону"]


def test_search_ranks_title_matches_first_and_filters_by_kind_and_tag(db):
    in_body = kb.create_article(db, HEAD, _data(title="Памятка", body="Ярмарки вакансий проводим ежемесячно.",
                                                kind="info", tags=("работодатели",)), status=PUBLISHED)
    in_title = kb.create_article(db, HEAD, _data(title="Ярмарка вакансий в центре", body="Опыт проведения.",
                                                 tags=("ярмарка",)), status=PUBLISHED)
    assert kb.list_article_ids(db, READER, search="ярмарок", sort="relevance") == [in_title.id, in_body.id]
    assert kb.list_article_ids(db, READER, search="ярмарок", kind="info") == [in_body.id]
    assert kb.list_article_ids(db, READER, tag="Ярмарка") == [in_title.id]
    assert kb.list_article_ids(db, READER, search="ярм") == kb.list_article_ids(db, READER, search="ярмарка")
    assert kb.list_article_ids(db, READER, search='"; DROP TABLE knowledge_article; --') == []


def test_most_read_and_newest(db):
    a = kb.create_article(db, HEAD, _data(title="Первый"), status=PUBLISHED)
    b = kb.create_article(db, HEAD, _data(title="Второй"), status=PUBLISHED)
    for _ in range(3):
        kb.get_article(db, READER, a.id, count_view=True)
    assert kb.list_article_ids(db, READER, sort="views") == [a.id, b.id]
    assert kb.list_article_ids(db, READER, sort="updated") == [b.id, a.id]
    assert kb.get_article(db, READER, a.id).views == 3


def _backdate(db, article_id: str, when: datetime) -> None:
    with db.uow() as uow:
        uow.session.get(KnowledgeArticle, article_id).updated_at = when
        uow.commit()


def test_quarterly_freshness_check(db):
    assert not freshness.knowledge_updated_in_quarter(db, 2026, 1)
    draft = kb.create_article(db, READER, _data())
    _backdate(db, draft.id, datetime(2026, 2, 10, tzinfo=UTC))
    assert not freshness.knowledge_updated_in_quarter(db, 2026, 1), "a draft is not an update of the knowledge base"
    published = kb.create_article(db, HEAD, _data(), status=PUBLISHED)
    _backdate(db, published.id, datetime(2026, 3, 31, 23, 0, tzinfo=UTC))
    assert freshness.knowledge_updated_in_quarter(db, 2026, 1)
    assert not freshness.knowledge_updated_in_quarter(db, 2026, 2)
    assert freshness.last_updated(db) == datetime(2026, 3, 31, 23, 0, tzinfo=UTC)


def test_links_must_name_existing_journeys_and_initiatives(db):
    import uuid

    from cxdesk.services import journeys
    from cxdesk.services.initiatives import InitiativeFields, save_initiative

    journey = journeys.create_journey(db, SPECIALIST, "Регистрация в качестве безработного")
    measure = save_initiative(db, HEAD, InitiativeFields("Электронная запись на приём", "optimisation"))
    unknown = kb.ArticleLink("journey", str(uuid.uuid4()), "Нет такого маршрута")
    with pytest.raises(ValidationError, match="такой записи нет"):
        kb.create_article(db, SPECIALIST, kb.ArticleData("Памятка", "info", links=(unknown,)))
    links = (kb.ArticleLink("journey", journey.id, "старое название"), kb.ArticleLink("initiative", measure, ""))
    info = kb.create_article(db, SPECIALIST, kb.ArticleData("Памятка", "info", links=links))
    assert kb.link_titles(db, SPECIALIST, info.data.links) == {
        ("journey", journey.id): "Регистрация в качестве безработного",
        ("initiative", measure): "Электронная запись на приём"}
    with pytest.raises(ValidationError, match="такой записи нет"):
        kb.update_article(db, SPECIALIST, info.id, kb.ArticleData(
            "Памятка", "info", links=(*links, kb.ArticleLink("initiative", str(uuid.uuid4())))), info.head_revision_id)
    journeys.set_archived(db, SPECIALIST, journey.id, True)  # archived is still a record: the link stays valid
    with db.uow() as uow:  # a link kept from before survives the removal of its record («удалено»)
        from cxdesk.store.journeys import Journey
        uow.session.get(Journey, journey.id).deleted = True
        uow.commit()
    assert kb.link_titles(db, SPECIALIST, info.data.links)[("journey", journey.id)] is None
    saved = kb.update_article(db, SPECIALIST, info.id, kb.ArticleData("Памятка по записи", "info", links=links),
                              info.head_revision_id)
    assert len(saved.data.links) == 2


def test_links_to_problems_are_checked_and_show_the_problems_title(db):
    import uuid

    from cxdesk.services import problems

    problem = problems.create_problem(db, SPECIALIST, problems.ProblemFields(
        title="Очередь к инспектору по понедельникам", description="Ожидание больше часа"))
    with pytest.raises(ValidationError, match="такой записи нет"):
        kb.create_article(db, SPECIALIST, kb.ArticleData(
            "Памятка", "info", links=(kb.ArticleLink("problem", str(uuid.uuid4()), "Нет такой проблемы"),)))
    info = kb.create_article(db, SPECIALIST, kb.ArticleData(
        "Как разгрузить понедельник", "practice", links=(kb.ArticleLink("problem", problem.id, "старое"),)))
    assert kb.link_titles(db, SPECIALIST, info.data.links) == {
        ("problem", problem.id): "Очередь к инспектору по понедельникам"}
