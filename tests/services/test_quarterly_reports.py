"""The archive of quarterly reports: editions, commentary, publishing, and reading by every role."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from cxdesk.services import (
    audit,
    kpi_catalogue,
    kpi_targets,
    problems,
    problems_recommendations,
    quarterly_reports,
)
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, PermissionDenied, ValidationError
from cxdesk.services.problems import ProblemFields
from cxdesk.services.problems_recommendations import RecommendationFields
from cxdesk.services.roles import Role
from cxdesk.store.database import Database

QUARTER = "2026Q1"


@pytest.fixture
def cx() -> Actor:
    return Actor("orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST)


@pytest.fixture
def reader() -> Actor:
    return Actor("petrov", "Петров Пётр Петрович", Role.READER)


def text_of(pdf: bytes) -> str:
    """The PDF's text with every line break and run of spaces as one space (table cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_report_shows_the_problems_recommendations_and_targets(db, cx):
    problem = problems.create_problem(db, cx, ProblemFields("Длительное ожидание в очереди на приём",
                                                            severity="high", identified_on=date(2026, 2, 1)))
    problems_recommendations.add_recommendation(db, cx, problem.id, RecommendationFields(
        "Ввести предварительную запись через портал «Работа России»", "Отдел трудоустройства", date(2026, 6, 1)))
    kpi_catalogue.ensure_catalogue(db)
    kpi_targets.set_target(db, cx, "a_friendly_citizen", 2026, 87.5)
    row = quarterly_reports.generate(db, cx, QUARTER)
    text = text_of(quarterly_reports.report_pdf(db, cx, row.id))
    assert "Длительное ожидание в очереди на приём" in text
    assert "Ввести предварительную запись через портал" in text
    assert "87,5 % (проект)" in text  # the draft target, marked as not approved yet
    assert "I квартал 2026 г." in text and "Содержание" in text and "■" not in text
    assert f"стр. 1 из {row.pages}" in text


def test_every_generation_is_a_new_draft_edition(db, cx):
    first = quarterly_reports.generate(db, cx, QUARTER)
    second = quarterly_reports.generate(db, cx, QUARTER)
    assert (first.edition, second.edition) == (1, 2)
    assert {r.status for r in quarterly_reports.list_reports(db, cx)} == {"draft"}
    assert first.pdf_size > 0 and first.pages >= 3


def test_an_edition_saved_elsewhere_while_this_one_was_drawn_is_not_numbered_twice(db, cx, monkeypatch):
    """Two specialists on one server database make the same report at once: the one who saves second is
    told so and nothing of theirs is saved (the report's edition number is printed in its PDF)."""
    drawn = quarterly_reports.render
    other_workstation = Database(db.location)

    def render_while_another_saves(*args, **kwargs):
        result = drawn(*args, **kwargs)
        monkeypatch.setattr(quarterly_reports, "render", drawn)
        quarterly_reports.generate(other_workstation, cx, QUARTER)  # edition 1, saved meanwhile
        return result

    monkeypatch.setattr(quarterly_reports, "render", render_while_another_saves)
    try:
        with pytest.raises(ValidationError, match="другой специалист сохранил редакцию № 1"):
            quarterly_reports.generate(db, cx, QUARTER)
    finally:
        other_workstation.close()
    assert [r.edition for r in quarterly_reports.list_reports(db, cx)] == [1]
    assert quarterly_reports.generate(db, cx, QUARTER).edition == 2


def test_publishing_a_new_edition_supersedes_the_old_one(db, cx):
    first = quarterly_reports.generate(db, cx, QUARTER)
    quarterly_reports.publish(db, cx, first.id)
    second = quarterly_reports.generate(db, cx, QUARTER)
    quarterly_reports.publish(db, cx, second.id)
    statuses = {r.edition: r.status for r in quarterly_reports.list_reports(db, cx)}
    assert statuses == {1: "superseded", 2: "published"}
    with pytest.raises(ValidationError, match="публикуется только проект"):
        quarterly_reports.publish(db, cx, second.id)


def test_the_reader_reads_published_reports_only(db, cx, reader):
    draft = quarterly_reports.generate(db, cx, QUARTER)
    assert quarterly_reports.list_reports(db, reader) == []
    with pytest.raises(NotFoundError):
        quarterly_reports.report_pdf(db, reader, draft.id)
    quarterly_reports.publish(db, cx, draft.id)
    assert [r.id for r in quarterly_reports.list_reports(db, reader)] == [draft.id]
    assert quarterly_reports.report_pdf(db, reader, draft.id).startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        quarterly_reports.generate(db, reader, QUARTER)


def test_commentary_goes_into_the_pdf_of_a_draft_only(db, cx):
    row = quarterly_reports.generate(db, cx, QUARTER)
    saved = quarterly_reports.save_commentary(db, cx, row.id, {"а": "Сотрудники стали вежливее после тренинга."})
    assert "Сотрудники стали вежливее после тренинга." in text_of(quarterly_reports.report_pdf(db, cx, row.id))
    assert quarterly_reports.get_report(db, cx, row.id).commentary == {"а": "Сотрудники стали вежливее после тренинга."}
    assert saved.edition == 1
    quarterly_reports.publish(db, cx, row.id)
    before = quarterly_reports.report_pdf(db, cx, row.id)
    with pytest.raises(ValidationError, match="Опубликованный отчёт не изменяется"):
        quarterly_reports.save_commentary(db, cx, row.id, {"а": "Другой текст"})
    assert quarterly_reports.report_pdf(db, cx, row.id) == before


def test_a_refused_commentary_changes_nothing(db, cx):
    row = quarterly_reports.generate(db, cx, QUARTER)
    before = quarterly_reports.report_pdf(db, cx, row.id)
    with pytest.raises(ValidationError, match="длиннее 4000 знаков"):
        quarterly_reports.save_commentary(db, cx, row.id, {"б": "очень " * 1000})
    with pytest.raises(ValidationError, match="Неизвестная группа"):
        quarterly_reports.save_commentary(db, cx, row.id, {"я": "текст"})
    assert quarterly_reports.report_pdf(db, cx, row.id) == before
    assert quarterly_reports.get_report(db, cx, row.id).commentary == {}


def test_only_a_quarter_can_be_reported(db, cx):
    with pytest.raises(ValidationError, match="не квартал"):
        quarterly_reports.generate(db, cx, "2026-07")
    with pytest.raises(ValidationError, match="не распознан"):
        quarterly_reports.generate(db, cx, "третий квартал")
    assert quarterly_reports.list_reports(db, cx) == []


def test_generating_and_publishing_are_audited(db, admin, cx):
    row = quarterly_reports.generate(db, cx, QUARTER)
    quarterly_reports.publish(db, cx, row.id)
    entries = [(e.action, e.actor) for e in audit.recent(db, admin, 10) if e.record_id == row.id]
    assert ("reports.generate", "orlova") in entries and ("reports.publish", "orlova") in entries
