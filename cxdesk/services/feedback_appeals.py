"""The life of an appeal under 59-ФЗ: work, one extension with notice, redirection, answer, closing.

Deadlines come from ``cxdesk.core.deadlines`` with the production calendar in force; the lists of
overdue and due-soon appeals are SQL queries over the register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import false, func, select

from cxdesk.core import deadlines
from cxdesk.services import audit, feedback_reference
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.feedback import HIDDEN, RecordInfo, _load, to_info
from cxdesk.services.feedback_terms import ANSWER_METHODS, DONE_STATUSES
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, can
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord as R


def _appeal(session, record_id: str) -> R:
    record = _load(session, record_id)
    if record.source != "appeal":
        raise ValidationError("Действие относится только к обращениям по 59-ФЗ.")
    return record


def _change(
    db: Database, actor: Actor, record_id: str, action: str, apply, details: dict | None = None
) -> RecordInfo:
    require(db, actor, Action.FEEDBACK_ENTER)
    with db.uow() as uow:
        record = _appeal(uow.session, record_id)
        apply(record)
        record.updated_at = datetime.now(UTC)
        audit.append(
            uow.session,
            actor,
            f"feedback.appeal.{action}",
            office=db.office_code,
            entity="feedback_record",
            record_id=record_id,
            details=details or {},
        )
        uow.commit()
        return to_info(record, True)


def take_into_work(db: Database, actor: Actor, record_id: str, responsible: str) -> RecordInfo:
    def apply(r: R) -> None:
        if r.status in DONE_STATUSES:
            raise ValidationError("Обращение уже исполнено; в работу его не вернуть.")
        r.responsible = responsible.strip() or r.responsible
        if r.status == "registered":
            r.status = "in_progress"

    return _change(db, actor, record_id, "work", apply, {"responsible": responsible})


def extend(db: Database, actor: Actor, record_id: str, days: int, applicant_notified: bool) -> RecordInfo:
    """The one allowed extension (≤ 30 days), only with the applicant notified."""
    cal = feedback_reference.calendar(db)

    def apply(r: R) -> None:
        if r.extended_days:
            raise ValidationError("Срок уже продлевался: по 59-ФЗ продление допускается один раз.")
        if r.status in DONE_STATUSES:
            raise ValidationError("Обращение уже исполнено; продлевать срок не нужно.")
        if not applicant_notified:
            raise ValidationError(
                "Продление возможно только с уведомлением заявителя. Отметьте, что заявитель "
                "уведомлён, и повторите."
            )
        try:
            r.answer_due = deadlines.extended_due(cal, r.answer_due, days)
        except ValueError as exc:
            raise ValidationError(f"Срок не продлён: {exc}.") from None
        r.extended_days = days
        r.applicant_notified = True
        r.status = "extended"

    return _change(db, actor, record_id, "extend", apply, {"days": days})


def redirect(db: Database, actor: Actor, record_id: str, body: str) -> RecordInfo:
    def apply(r: R) -> None:
        if not body.strip():
            raise ValidationError("Укажите орган, которому перенаправлено обращение.")
        r.status = "redirected"
        r.answer = f"Перенаправлено: {body.strip()}"
        r.answer_on = date.today()

    return _change(db, actor, record_id, "redirect", apply, {"to": body})


def answer(
    db: Database, actor: Actor, record_id: str, text: str, method: str, on: date | None = None
) -> RecordInfo:
    def apply(r: R) -> None:
        if not text.strip():
            raise ValidationError("Текст ответа пуст. Ответ не сохранён.")
        if method not in ANSWER_METHODS:
            raise ValidationError("Укажите способ ответа: " + ", ".join(ANSWER_METHODS.values()) + ".")
        r.answer, r.answer_method, r.answer_on, r.status = (
            text.strip(),
            method,
            on or date.today(),
            "answered",
        )

    return _change(db, actor, record_id, "answer", apply, {"method": method})


def close(db: Database, actor: Actor, record_id: str) -> RecordInfo:
    def apply(r: R) -> None:
        if r.status not in ("answered", "redirected"):
            raise ValidationError(
                "Закрыть можно обращение, по которому дан ответ или которое перенаправлено."
            )
        r.status = "closed"

    return _change(db, actor, record_id, "close", apply)


@dataclass(frozen=True)
class DueAppeal:
    id: str
    number: str
    author: str
    subject: str
    answer_due: date
    state: str  # overdue | due_soon
    days_left: int


def due_appeals(db: Database, actor: Actor, today: date | None = None) -> list[DueAppeal]:
    """Open appeals past their answer deadline or within the due-soon window, most urgent first."""
    require(db, actor, Action.FEEDBACK_READ)
    today = today or date.today()
    rules = deadlines.DeadlineRules()
    horizon = today + timedelta(days=rules.due_soon_days)
    query = (
        select(R.id, R.number, R.author, R.subject, R.answer_due)
        .where(  # the deadline index drives; the other columns only check the rows it finds
            func.coalesce(R.deleted, R.deleted) == false(),
            func.coalesce(R.source, R.source) == "appeal",
            func.coalesce(R.status, R.status).not_in(DONE_STATUSES),
            R.answer_due <= horizon,
        )
        .order_by(R.answer_due)
    )
    with db.uow() as uow:
        rows = uow.session.execute(query).all()
    show = can(actor.role, Action.PERSONAL_DATA_READ)
    return [
        DueAppeal(
            rid,
            number,
            author if show or not author else HIDDEN,
            subject,
            due,
            str(deadlines.deadline_state(due, today, False, rules)),
            (due - today).days,
        )
        for rid, number, author, subject, due in rows
    ]
