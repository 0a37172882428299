"""Questionnaire templates edited through the services: create, copy, archive, the rules that keep
answers readable (answered questions, types and options stay), permissions, audit, and the column
mapping saved per template and proposed again for a file with the same columns."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cxdesk.services import feedback_imports as imp
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.roles import Role

QUESTIONS = [
    {"text": "Оцените вежливость", "type": "scale5", "group": "а", "required": True},
    {"text": "Порекомендуете ли вы центр?", "type": "nps", "group": "д"},
    {"text": "Зачем пришли?", "type": "single", "options": ["Пособие", "Вакансии"], "group": "б"},
]


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


def _audit_ops(db) -> list[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT action FROM audit_log WHERE action LIKE 'feedback.survey.%' ORDER BY seq"))
        return [r[0] for r in rows]


def test_create_edit_copy_and_archive(db, cx):
    made = surveys.create_template(db, cx, " Экспресс-опрос ", "citizen", QUESTIONS)
    assert made.title == "Экспресс-опрос" and [q["code"] for q in made.questions] == ["q1", "q2", "q3"]
    assert made.questions[0]["required"] is True and made.questions[2]["options"] == ["Пособие", "Вакансии"]
    # without answers anything may change
    edited = surveys.update_template(db, cx, made.id, "Экспресс", "employer", made.questions[1:])
    assert edited.audience == "employer" and len(edited.questions) == 2
    copy = surveys.copy_template(db, cx, made.id)
    assert copy.title == "Экспресс (копия)" and copy.code != made.code
    surveys.archive_template(db, cx, made.id)
    listed = {t.id: t for t in surveys.list_templates(db, cx)}
    assert made.id not in listed and copy.id in listed
    archived = {t.id: t for t in surveys.list_templates(db, cx, include_archived=True)}[made.id]
    assert archived.archived and surveys.get_template(db, cx, made.code).archived
    assert not surveys.archive_template(db, cx, made.id, archived=False).archived
    ops = _audit_ops(db)
    assert {"feedback.survey.create", "feedback.survey.update", "feedback.survey.archive"} <= set(ops)
    assert ops[-1] == "feedback.survey.restore"


def test_answered_questions_stay(db, cx):
    made = surveys.create_template(db, cx, "Экспресс-опрос", "citizen", QUESTIONS)
    surveys.enter_response(db, cx, made.code, {"q1": 5, "q2": 9, "q3": "Пособие"})
    assert surveys.get_template(db, cx, made.code).answers == 1
    with pytest.raises(ValidationError, match="не может быть удалён"):
        surveys.update_template(db, cx, made.id, made.title, "citizen", made.questions[:2])
    changed_type = [dict(made.questions[0], type="nps"), *made.questions[1:]]
    with pytest.raises(ValidationError, match="тип не меняется"):
        surveys.update_template(db, cx, made.id, made.title, "citizen", changed_type)
    fewer_options = [*made.questions[:2], dict(made.questions[2], options=["Пособие"])]
    with pytest.raises(ValidationError, match="Вариант «Вакансии»"):
        surveys.update_template(db, cx, made.id, made.title, "citizen", fewer_options)
    # text, order, group and new questions and options are fine
    allowed = [
        dict(made.questions[2], options=["Пособие", "Вакансии", "Обучение"]),
        dict(made.questions[0], text="Насколько вежливы сотрудники?"),
        made.questions[1],
        {"text": "Что улучшить?", "type": "text"},
    ]
    saved = surveys.update_template(db, cx, made.id, made.title, "citizen", allowed)
    assert [q["code"] for q in saved.questions] == ["q3", "q1", "q2", "q4"]


def test_validation_and_permissions(db, cx):
    with pytest.raises(ValidationError, match="название"):
        surveys.create_template(db, cx, " ", "citizen", QUESTIONS)
    with pytest.raises(ValidationError, match="варианты ответа"):
        surveys.create_template(db, cx, "Опрос", "citizen", [{"text": "Выбор", "type": "single"}])
    with pytest.raises(ValidationError, match="группа"):
        surveys.create_template(db, cx, "Опрос", "citizen", [{"text": "А?", "type": "nps", "group": "е"}])
    made = surveys.create_template(db, cx, "Опрос", "citizen", QUESTIONS)
    with pytest.raises(ValidationError, match="обязательный"):
        surveys.enter_response(db, cx, made.code, {"q2": 9})
    operator = Actor("op", "Оператор", Role.OPERATOR)  # enters answers, does not edit templates
    with pytest.raises(PermissionDenied):
        surveys.create_template(db, operator, "Опрос", "citizen", QUESTIONS)
    with pytest.raises(PermissionDenied):
        surveys.archive_template(db, operator, made.id)


def test_mapping_saved_and_proposed_again(db, cx, tmp_path):
    made = surveys.create_template(db, cx, "Экспресс-опрос", "citizen", QUESTIONS)
    path = tmp_path / "answers.csv"
    path.write_text("Дата;Вежливость;Рекомендация;Лишнее\n20.05.2025;5;10;x\n", encoding="utf-8")
    first = imp.survey_columns(db, cx, path, made.code)
    assert not first.saved and first.headers == ["Дата", "Вежливость", "Рекомендация", "Лишнее"]
    assert first.mapping == {"Дата": "@date"}  # nothing matches the question texts
    mapping = {"Дата": "@date", "Вежливость": "q1", "Рекомендация": "q2"}
    surveys.save_mapping(db, cx, made.code, mapping)
    again = imp.survey_columns(db, cx, path, made.code)
    assert again.saved and again.mapping == mapping and again.rows == [["20.05.2025", "5", "10", "x"]]
    preview = imp.preview_import(db, cx, "survey", path, made.code)
    assert preview.errors == [] and preview.rows_valid == 1
    assert surveys.copy_template(db, cx, made.id).column_mapping == mapping
