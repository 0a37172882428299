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

from sqlalchemy import func, select

from cxdesk import paths
from cxdesk.core.tabular import CellError, parse_int, text
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord, SurveyTemplate

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
KPI_GROUPS = {
    "а": "доброжелательность и партнёрство",
    "б": "полезность посещения",
    "в": "минимум усилий",
    "г": "персонализация",
    "д": "внешний комфорт и удобство",
}
EDIT_ACTIONS = (Action.FEEDBACK_ENTER, Action.REFERENCE_EDIT)


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    title: str
    audience: str
    questions: list[dict]
    column_mapping: dict[str, str]
    is_reference: bool
    archived: bool = False
    answers: int = 0  # register records entered or imported with this template


def _info(t: SurveyTemplate, answers: int = 0) -> TemplateInfo:
    return TemplateInfo(
        t.id,
        t.code,
        t.title,
        t.audience,
        json.loads(t.questions),
        json.loads(t.column_mapping),
        t.is_reference,
        bool(t.archived),
        answers,
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
            raise ValidationError(f"Вопрос «{q['text']}»: перечислите варианты ответа.")
        options = q.get("options") or []
        if len(set(options)) != len(options):
            raise ValidationError(f"Вопрос «{q['text']}»: варианты ответа повторяются.")
        if q.get("group") and q["group"] not in KPI_GROUPS:
            raise ValidationError(f"Вопрос «{q['text']}»: группа показателей — одна из а–д.")


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


def list_templates(db: Database, actor: Actor, include_archived: bool = False) -> list[TemplateInfo]:
    """Templates by audience and title with the number of answers to each (archived ones on request)."""
    require(db, actor, Action.FEEDBACK_READ)
    if db.office_code:
        ensure_reference_templates(db, actor)
    with db.uow() as uow:
        query = select(SurveyTemplate).where(SurveyTemplate.deleted.is_(False))
        if not include_archived:
            query = query.where(SurveyTemplate.archived.is_(False))
        rows = list(uow.session.scalars(query.order_by(SurveyTemplate.audience, SurveyTemplate.title)))
        counts = dict(
            uow.session.execute(
                select(FeedbackRecord.template_id, func.count())
                .where(FeedbackRecord.deleted.is_(False), FeedbackRecord.template_id.is_not(None))
                .group_by(FeedbackRecord.template_id)
            ).all()
        )
        return [_info(t, counts.get(t.id, 0)) for t in rows]


def get_template(db: Database, actor: Actor, code: str) -> TemplateInfo:
    for t in list_templates(db, actor, include_archived=True):
        if code in (t.code, t.id):
            return t
    raise NotFoundError(f"Анкета «{code}» не найдена. Список анкет: cxdesk import survey --help.")


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


def _require_edit(db: Database, actor: Actor) -> None:
    """Templates are reference data every office shares: the roles that enter feedback and edit
    reference data (the CX specialist) change them."""
    for action in EDIT_ACTIONS:
        require(db, actor, action)


def _with_codes(questions: list[dict]) -> list[dict]:
    """Questions cleaned up; a new question (no code) gets the next free code ``qN``."""
    used = {q["code"] for q in questions if q.get("code")}
    result, n = [], 0
    for q in questions:
        q = {k: v for k, v in q.items() if v not in (None, "", [])}
        q["text"] = str(q.get("text", "")).strip()
        if q.get("type") not in ("single", "multi"):
            q.pop("options", None)
        if not q.get("code"):
            while f"q{(n := n + 1)}" in used:
                pass
            q["code"] = f"q{n}"
            used.add(q["code"])
        result.append(q)
    return result


def _check_answered(old: list[dict], new: list[dict]) -> None:
    """Answers stay readable: a template with answers keeps every question, its type and its options
    (text, order, group and «required» may change; questions and options may be added)."""
    by_code = {q["code"]: q for q in new}
    for q in old:
        kept = by_code.get(q["code"])
        if kept is None:
            raise ValidationError(
                f"Вопрос «{q['text']}» уже получил ответы и не может быть удалён. Анкета не сохранена: "
                "сделайте копию анкеты и измените её, а эту отправьте в архив."
            )
        if kept["type"] != q["type"]:
            raise ValidationError(
                f"У вопроса «{q['text']}» уже есть ответы: тип не меняется. Анкета не сохранена: "
                "сделайте копию анкеты."
            )
        lost = [o for o in q.get("options") or [] if o not in (kept.get("options") or [])]
        if lost:
            raise ValidationError(
                f"Вариант «{lost[0]}» вопроса «{q['text']}» уже выбирали: его нельзя удалить. "
                "Анкета не сохранена: варианты можно только добавлять."
            )


def _check_header(title: str, audience: str) -> None:
    if not title.strip():
        raise ValidationError("Укажите название анкеты. Анкета не сохранена.")
    if audience not in ("citizen", "employer"):
        raise ValidationError("Анкета для граждан (citizen) или для работодателей (employer).")


def _answers(session, template_id: str) -> int:
    return session.scalar(
        select(func.count())
        .select_from(FeedbackRecord)
        .where(FeedbackRecord.template_id == template_id, FeedbackRecord.deleted.is_(False))
    )


def _template(session, template_id: str) -> SurveyTemplate:
    t = session.get(SurveyTemplate, template_id)
    if t is None or t.deleted:
        raise NotFoundError("Анкета не найдена: её удалили в другом окне. Обновите список анкет.")
    return t


def _audit(uow, db: Database, actor: Actor, op: str, t: SurveyTemplate) -> None:
    uow.session.flush()
    audit.append(
        uow.session,
        actor,
        f"feedback.survey.{op}",
        office=db.office_code,
        entity="survey_template",
        record_id=t.id,
        details={"code": t.code},
    )


def create_template(
    db: Database, actor: Actor, title: str, audience: str, questions: list[dict]
) -> TemplateInfo:
    """A new questionnaire; its code is generated (``a-`` and 8 hex digits)."""
    import uuid

    _require_edit(db, actor)
    _check_header(title, audience)
    questions = _with_codes(questions)
    validate_questions(questions)
    with db.uow() as uow:
        t = SurveyTemplate(code=f"a-{uuid.uuid4().hex[:8]}", title=title.strip(), audience=audience)
        t.questions = json.dumps(questions, ensure_ascii=False)
        uow.session.add(t)
        _audit(uow, db, actor, "create", t)
        uow.commit()
        return _info(t)


def update_template(
    db: Database, actor: Actor, template_id: str, title: str, audience: str, questions: list[dict]
) -> TemplateInfo:
    """Edit in place; with answers already given, the rules of ``_check_answered`` apply."""
    _require_edit(db, actor)
    _check_header(title, audience)
    questions = _with_codes(questions)
    validate_questions(questions)
    with db.uow() as uow:
        t = _template(uow.session, template_id)
        answers = _answers(uow.session, t.id)
        if answers:
            _check_answered(json.loads(t.questions), questions)
            if audience != t.audience:
                raise ValidationError("У анкеты уже есть ответы: аудитория не меняется. Сделайте копию.")
        t.title, t.audience = title.strip(), audience
        t.questions = json.dumps(questions, ensure_ascii=False)
        _audit(uow, db, actor, "update", t)
        uow.commit()
        return _info(t, answers)


def copy_template(db: Database, actor: Actor, template_id: str) -> TemplateInfo:
    """A new version to change freely: same questions and mapping, title «… (копия)»."""
    source = next((t for t in list_templates(db, actor, True) if t.id == template_id), None)
    if source is None:
        raise NotFoundError("Анкета не найдена: её удалили в другом окне. Обновите список анкет.")
    made = create_template(db, actor, f"{source.title} (копия)"[:300], source.audience, source.questions)
    if source.column_mapping:
        save_mapping(db, actor, made.code, source.column_mapping)
    return get_template(db, actor, made.code)


def archive_template(db: Database, actor: Actor, template_id: str, archived: bool = True) -> TemplateInfo:
    """Hide a template from entry and import (or bring it back); answers and the template stay."""
    _require_edit(db, actor)
    with db.uow() as uow:
        t = _template(uow.session, template_id)
        t.archived = archived
        _audit(uow, db, actor, "archive" if archived else "restore", t)
        uow.commit()
        return _info(t, _answers(uow.session, t.id))


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
            if q.get("required") and checked[q["code"]] in (None, "", []):
                raise CellError("обязательный вопрос, ответ не указан")
        except CellError as exc:
            raise ValidationError(f"Вопрос «{q['text']}»: {exc}.") from None
    values = response_record(template, checked)
    values.update(extra, received_on=received_on or date.today(), channel="paper")
    return create_record(db, actor, "survey", values).id
