"""Questionnaire templates and survey responses: reference questionnaires, paper entry, answer checks.

A template is a JSON list of questions (scale 1–5, NPS 0–10, effort «легко … очень сложно», single
and multiple choice, free text), separate for citizens and employers; the two reference
questionnaires in ``resources/reference`` cover the five KPI groups (а–д) of R10. A response is a
register record of source ``survey`` whose ``ratings`` hold the answers by question code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cxdesk import paths
from cxdesk.core.tabular import CellError, parse_int, text
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.feedback import SurveyTemplate

QUESTION_TYPES = {
    "scale5": "шкала 1–5",
    "nps": "NPS 0–10",
    "effort": "усилия",
    "single": "один вариант",
    "multi": "несколько вариантов",
    "text": "свободный ответ",
}
EFFORT = {"легко": 5, "скорее легко": 4, "ни легко ни сложно": 3, "скорее сложно": 2, "очень сложно": 1}
REFERENCE_FILES = ("questionnaire_citizen.json", "questionnaire_employer.json")


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    title: str
    audience: str
    questions: list[dict]
    column_mapping: dict[str, str]
    is_reference: bool


def _info(t: SurveyTemplate) -> TemplateInfo:
    return TemplateInfo(
        t.id,
        t.code,
        t.title,
        t.audience,
        json.loads(t.questions),
        json.loads(t.column_mapping),
        t.is_reference,
    )


def reference_documents() -> list[dict]:
    folder = paths.resources_dir() / "reference"
    return [json.loads((folder / name).read_text(encoding="utf-8")) for name in REFERENCE_FILES]


def validate_questions(questions: list[dict]) -> None:
    codes = set()
    for q in questions:
        if not q.get("code") or not q.get("text"):
            raise ValidationError("У каждого вопроса должны быть код и текст.")
        if q["code"] in codes:
            raise ValidationError(f"Код вопроса «{q['code']}» повторяется.")
        codes.add(q["code"])
        if q.get("type") not in QUESTION_TYPES:
            raise ValidationError(f"Вопрос «{q['code']}»: неизвестный тип «{q.get('type')}».")
        if q["type"] in ("single", "multi") and not q.get("options"):
            raise ValidationError(f"Вопрос «{q['code']}»: перечислите варианты ответа.")


def ensure_reference_templates(db: Database, actor: Actor) -> None:
    """Create the reference questionnaires in the database when they are missing."""
    with db.uow() as uow:
        existing = set(uow.session.scalars(select(SurveyTemplate.code)))
        added = False
        for doc in reference_documents():
            if doc["code"] not in existing:
                uow.session.add(
                    SurveyTemplate(
                        code=doc["code"],
                        title=doc["title"],
                        audience=doc["audience"],
                        questions=json.dumps(doc["questions"], ensure_ascii=False),
                        is_reference=True,
                    )
                )
                added = True
        if added:
            uow.session.flush()
            audit.append(
                uow.session,
                actor,
                "feedback.survey.reference",
                office=db.office_code,
                entity="survey_template",
            )
            uow.commit()


def list_templates(db: Database, actor: Actor) -> list[TemplateInfo]:
    require(db, actor, Action.FEEDBACK_READ)
    if db.office_code:
        ensure_reference_templates(db, actor)
    with db.uow() as uow:
        rows = uow.session.scalars(
            select(SurveyTemplate)
            .where(SurveyTemplate.deleted.is_(False))
            .order_by(SurveyTemplate.audience, SurveyTemplate.title)
        )
        return [_info(t) for t in rows]


def get_template(db: Database, actor: Actor, code: str) -> TemplateInfo:
    for t in list_templates(db, actor):
        if code in (t.code, t.id):
            return t
    raise NotFoundError(f"Анкета «{code}» не найдена. Список анкет: cxdesk import survey --help.")


def save_template(
    db: Database, actor: Actor, code: str, title: str, audience: str, questions: list[dict]
) -> TemplateInfo:
    require(db, actor, Action.FEEDBACK_ENTER)
    validate_questions(questions)
    if audience not in ("citizen", "employer"):
        raise ValidationError("Анкета для граждан (citizen) или для работодателей (employer).")
    with db.uow() as uow:
        t = uow.session.scalar(select(SurveyTemplate).where(SurveyTemplate.code == code))
        if t is None:
            t = SurveyTemplate(code=code, title=title, audience=audience)
            uow.session.add(t)
        t.title, t.audience = title.strip(), audience
        t.questions = json.dumps(questions, ensure_ascii=False)
        uow.session.flush()
        audit.append(
            uow.session,
            actor,
            "feedback.survey.save",
            office=db.office_code,
            entity="survey_template",
            record_id=t.id,
            details={"code": code},
        )
        uow.commit()
        return _info(t)


def save_mapping(db: Database, actor: Actor, code: str, mapping: dict[str, str]) -> None:
    """Remember which file column feeds which question (``@date``, ``@office``, ``@touchpoint`` too)."""
    require(db, actor, Action.FEEDBACK_ENTER)
    with db.uow() as uow:
        t = uow.session.scalar(select(SurveyTemplate).where(SurveyTemplate.code == code))
        if t is None:
            raise NotFoundError(f"Анкета «{code}» не найдена.")
        t.column_mapping = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
        audit.append(
            uow.session,
            actor,
            "feedback.survey.mapping",
            office=db.office_code,
            entity="survey_template",
            record_id=t.id,
        )
        uow.commit()


def answer_value(question: dict, raw: object) -> object:
    """One answer checked against its question; raises CellError with a Russian reason."""
    kind = question["type"]
    value = text(raw)
    if value == "":
        return None
    if kind == "scale5":
        return parse_int(raw, 1, 5)
    if kind == "nps":
        return parse_int(raw, 0, 10)
    if kind == "effort":
        key = value.lower().replace("ё", "е").replace(",", "").replace("…", "").strip()
        if key in EFFORT:
            return EFFORT[key]
        return parse_int(raw, 1, 5)
    if kind == "single":
        if value not in question["options"]:
            raise CellError(f"«{value}» нет среди вариантов ответа")
        return value
    if kind == "multi":
        chosen = [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
        wrong = [v for v in chosen if v not in question["options"]]
        if wrong:
            raise CellError(f"«{wrong[0]}» нет среди вариантов ответа")
        return chosen
    return value


def response_record(template: TemplateInfo, answers: dict[str, object]) -> dict:
    """Column values of a survey record: answers by code, mean of 1–5 scales, free text joined."""
    ratings = {k: v for k, v in answers.items() if v not in (None, "", [])}
    scales = [
        v
        for q in template.questions
        if q["type"] == "scale5" and isinstance(v := ratings.get(q["code"]), int)
    ]
    free = [
        str(ratings[q["code"]]) for q in template.questions if q["type"] == "text" and ratings.get(q["code"])
    ]
    return {
        "ratings": ratings,
        "rating": round(sum(scales) / len(scales), 2) if scales else None,
        "text": "\n".join(free),
        "template_id": template.id,
        "audience": template.audience,
        "subject": template.title,
    }


def enter_response(
    db: Database,
    actor: Actor,
    template_code: str,
    answers: dict[str, object],
    received_on: date | None = None,
    **extra,
) -> str:
    """Fast entry of a paper questionnaire; returns the new record id."""
    from cxdesk.services.feedback import create_record

    template = get_template(db, actor, template_code)
    checked = {}
    for q in template.questions:
        try:
            checked[q["code"]] = answer_value(q, answers.get(q["code"]))
        except CellError as exc:
            raise ValidationError(f"Вопрос «{q['text']}»: {exc}.") from None
    values = response_record(template, checked)
    values.update(extra, received_on=received_on or date.today(), channel="paper")
    return create_record(db, actor, "survey", values).id
