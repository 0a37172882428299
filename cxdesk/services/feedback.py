"""Intake of feedback from the five sources into the single register: create, edit, read, delete.

One function per use case; each checks the role (``FEEDBACK_ENTER`` to write, ``FEEDBACK_READ``
to read, ``PERSONAL_DATA_READ`` to see applicants' names, addresses and contacts), opens one unit
of work, applies topics and sentiment, keeps the full-text index in the same transaction, writes
the audit log and returns plain dataclasses. Numbering of book entries and appeals and the 59-ФЗ
deadlines are computed here; status changes of appeals live in ``feedback_appeals``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cxdesk.core import deadlines
from cxdesk.services import audit, feedback_reference
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.feedback_analysis import Analyser, topics_list, topics_value
from cxdesk.services.feedback_terms import (
    APPEAL_CHANNELS,
    AUDIENCES,
    BOOK_KINDS,
    INITIAL_STATUS,
    SOURCE_STATUSES,
    SOURCES,
)
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, can
from cxdesk.store import feedback_fts
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackAttachment, FeedbackRecord
from cxdesk.store.portable import serialize

PERSONAL = ("author", "address", "contacts")
EDITABLE = (
    "received_on",
    "received_at",
    "audience",
    "profile_id",
    "touchpoint_id",
    "kind",
    "channel",
    "author",
    "address",
    "contacts",
    "subject",
    "text",
    "rating",
    "ratings",
    "weight",
    "status",
    "responsible",
    "measures",
    "answer",
    "answer_on",
    "answer_method",
    "registered_on",
    "template_id",
    "url",
    "reach",
    "office_code",
    "book_no",
    "problem_ids",
)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
HIDDEN = "(скрыто)"


@dataclass(frozen=True)
class RecordInfo:
    id: str
    source: str
    number: str
    office_code: str
    received_on: date
    received_at: datetime | None
    audience: str
    profile_id: str | None
    touchpoint_id: str | None
    kind: str
    channel: str
    author: str
    address: str
    contacts: str
    subject: str
    text: str
    rating: float | None
    ratings: dict
    weight: int
    topics: list[str]
    topics_manual: bool
    sentiment: str
    sentiment_score: float
    status: str
    responsible: str
    measures: str
    answer: str
    answer_on: date | None
    answer_method: str
    registered_on: date | None
    register_due: date | None
    answer_due: date | None
    extended_days: int
    applicant_notified: bool
    template_id: str | None
    url: str
    reach: int | None
    problem_ids: list[str]
    book_no: int | None
    entry_no: int | None
    attachments: list[tuple[str, str, int]] = field(default_factory=list)  # (id, filename, size)
    personal_data_hidden: bool = False


def to_info(record: FeedbackRecord, show_personal: bool, attachments=()) -> RecordInfo:
    return RecordInfo(
        id=record.id,
        source=record.source,
        number=record.number,
        office_code=record.office_code,
        received_on=record.received_on,
        received_at=record.received_at,
        audience=record.audience,
        profile_id=record.profile_id,
        touchpoint_id=record.touchpoint_id,
        kind=record.kind,
        channel=record.channel,
        author=record.author if show_personal or not record.author else HIDDEN,
        address=record.address if show_personal or not record.address else HIDDEN,
        contacts=record.contacts if show_personal or not record.contacts else HIDDEN,
        subject=record.subject,
        text=record.text,
        rating=record.rating,
        ratings=json.loads(record.ratings or "{}"),
        weight=record.weight,
        topics=topics_list(record.topics),
        topics_manual=record.topics_manual,
        sentiment=record.sentiment,
        sentiment_score=record.sentiment_score,
        status=record.status,
        responsible=record.responsible,
        measures=record.measures,
        answer=record.answer,
        answer_on=record.answer_on,
        answer_method=record.answer_method,
        registered_on=record.registered_on,
        register_due=record.register_due,
        answer_due=record.answer_due,
        extended_days=record.extended_days,
        applicant_notified=record.applicant_notified,
        template_id=record.template_id,
        url=record.url,
        reach=record.reach,
        problem_ids=topics_list(record.problem_ids),
        book_no=record.book_no,
        entry_no=record.entry_no,
        attachments=[(a.id, a.filename, a.size) for a in attachments],
        personal_data_hidden=not show_personal,
    )


def _clean(source: str, data: dict, db: Database) -> dict:
    """Validated column values for a new record of ``source`` (Russian errors name the field)."""
    if source not in SOURCES:
        raise ValidationError(f"Неизвестный источник «{source}»: {', '.join(SOURCES)}.")
    unknown = set(data) - set(EDITABLE) - {"topics"}
    if unknown:
        raise ValidationError(f"Неизвестные поля записи: {', '.join(sorted(unknown))}.")
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in data.items()}
    values.setdefault("office_code", db.office_code)
    values.setdefault("audience", "citizen")
    if values["audience"] not in AUDIENCES:
        raise ValidationError("Аудитория: гражданин (citizen) или работодатель (employer).")
    for key in ("profile_id", "touchpoint_id", "template_id"):
        if values.get(key) in ("", None):
            values[key] = None
        elif not _UUID.match(str(values[key])):
            raise ValidationError(f"Поле {key}: ожидается идентификатор записи (UUID).")
    if isinstance(values.get("ratings"), dict):
        values["ratings"] = json.dumps(values["ratings"], ensure_ascii=False, sort_keys=True)
    if isinstance(values.get("problem_ids"), list):
        values["problem_ids"] = topics_value(values["problem_ids"])
    received = values.get("received_at")
    if received is not None and received.tzinfo is None:
        received = received.astimezone()
        values["received_at"] = received
    if values.get("received_on") is None:
        values["received_on"] = received.astimezone().date() if received else date.today()
    if values.get("status") is None:
        values["status"] = INITIAL_STATUS[source]
    elif values["status"] not in SOURCE_STATUSES[source]:
        raise ValidationError(f"Статус «{values['status']}» не подходит для источника «{SOURCES[source]}».")
    if source == "book" and values.get("kind") not in BOOK_KINDS:
        raise ValidationError("Укажите вид записи: жалоба, предложение или благодарность.")
    if source == "appeal":
        if values.get("channel") not in APPEAL_CHANNELS:
            raise ValidationError(
                "Укажите канал поступления обращения: письменно, электронно, на личном "
                "приёме или ПОС Госуслуг."
            )
        if not values.get("author"):
            raise ValidationError(
                "Укажите заявителя: обращение без фамилии (наименования) не регистрируется "
                "для ответа (59-ФЗ)."
            )
    if source == "open" and not values.get("channel"):
        raise ValidationError("Укажите площадку (социальная сеть или СМИ), где опубликовано упоминание.")
    if source in ("book", "appeal", "open") and not values.get("text"):
        raise ValidationError("Текст записи пуст: перепишите текст жалобы, обращения или публикации.")
    if values.get("rating") is not None and not 1 <= float(values["rating"]) <= 5:
        raise ValidationError("Оценка — число от 1 до 5.")
    return values


def _next_book_entry(session: Session, office: str, book_no: int | None) -> tuple[int, int]:
    serialize(session, f"feedback-book:{office}")
    if book_no is None:
        book_no = (
            session.scalar(
                select(func.max(FeedbackRecord.book_no)).where(
                    FeedbackRecord.office_code == office, FeedbackRecord.source == "book"
                )
            )
            or 1
        )
    last = session.scalar(
        select(func.max(FeedbackRecord.entry_no)).where(
            FeedbackRecord.office_code == office,
            FeedbackRecord.source == "book",
            FeedbackRecord.book_no == book_no,
        )
    )
    return book_no, (last or 0) + 1


def _next_appeal_no(session: Session, office: str, year: int) -> tuple[int, str]:
    serialize(session, f"feedback-appeal:{office}:{year}")
    last = session.scalar(
        select(func.max(FeedbackRecord.entry_no)).where(
            FeedbackRecord.office_code == office,
            FeedbackRecord.source == "appeal",
            FeedbackRecord.received_on >= date(year, 1, 1),
            FeedbackRecord.received_on <= date(year, 12, 31),
        )
    )
    seq = (last or 0) + 1
    return seq, f"{office}-{year}/{seq:05d}"


def apply_analysis(record: FeedbackRecord, analyser: Analyser) -> None:
    subject = "" if record.source in ("survey", "metric") else record.subject  # a questionnaire/service name
    result = analyser(subject, record.text, record.rating)
    if not record.topics_manual:
        record.topics = topics_value(result.topics)
    record.sentiment = result.sentiment
    record.sentiment_score = result.score


def search_body(record: FeedbackRecord) -> str:
    return feedback_fts.body(record.number, record.subject, record.text, record.channel)


def set_appeal_deadlines(db: Database, record: FeedbackRecord) -> None:
    cal = feedback_reference.calendar(db)
    record.registered_on = record.registered_on or record.received_on
    record.register_due = deadlines.registration_due(cal, record.received_on)
    base = deadlines.answer_due(cal, record.registered_on)
    record.answer_due = (
        deadlines.extended_due(cal, base, record.extended_days) if record.extended_days else base
    )


def create_record(db: Database, actor: Actor, source: str, data: dict) -> RecordInfo:
    """Register one record of ``source``; numbers, deadlines, topics and sentiment are filled in."""
    require(db, actor, Action.FEEDBACK_ENTER)
    values = _clean(source, data, db)
    manual_topics = values.pop("topics", None)
    analyser = Analyser(db)
    with db.uow() as uow:
        s = uow.session
        record = FeedbackRecord(source=source, created_by=actor.login, **values)
        if source == "book":
            record.book_no, record.entry_no = _next_book_entry(s, record.office_code, values.get("book_no"))
            record.number = f"{record.book_no}-{record.entry_no}"
        elif source == "appeal":
            record.entry_no, record.number = _next_appeal_no(s, record.office_code, record.received_on.year)
            set_appeal_deadlines(db, record)
        if manual_topics is not None:
            record.topics, record.topics_manual = topics_value(list(manual_topics)), True
        apply_analysis(record, analyser)
        s.add(record)
        s.flush()
        feedback_fts.index_rows(s, [(record.id, search_body(record))])
        audit.append(
            s,
            actor,
            f"feedback.{source}.create",
            office=db.office_code,
            entity="feedback_record",
            record_id=record.id,
            details={"number": record.number},
        )
        uow.commit()
        return to_info(record, True)


def _load(session: Session, record_id: str) -> FeedbackRecord:
    record = session.get(FeedbackRecord, record_id)
    if record is None or record.deleted:
        raise NotFoundError("Запись не найдена: возможно, её удалили. Обновите список.")
    return record


def get_record(db: Database, actor: Actor, record_id: str) -> RecordInfo:
    require(db, actor, Action.FEEDBACK_READ)
    show = can(actor.role, Action.PERSONAL_DATA_READ)
    with db.uow() as uow:
        record = _load(uow.session, record_id)
        files = uow.session.scalars(
            select(FeedbackAttachment).where(
                FeedbackAttachment.record_id == record_id, FeedbackAttachment.deleted.is_(False)
            )
        ).all()
        if show and (record.author or record.address or record.contacts):
            audit.append(
                uow.session,
                actor,
                "feedback.personal_data.read",
                office=db.office_code,
                entity="feedback_record",
                record_id=record_id,
            )
            uow.commit()
        return to_info(record, show, files)


def update_record(db: Database, actor: Actor, record_id: str, changes: dict) -> RecordInfo:
    """Edit fields of a record; text changes re-run analytics and the index; appeal dates re-run deadlines."""
    require(db, actor, Action.FEEDBACK_ENTER)
    with db.uow() as uow:
        s = uow.session
        record = _load(s, record_id)
        values = _clean(
            record.source,
            {
                **{
                    k: getattr(record, k)
                    for k in ("audience", "kind", "channel", "author", "text", "status", "received_on")
                },
                **changes,
            },
            db,
        )
        manual_topics = values.pop("topics", None)
        for key in changes:
            if key != "topics":
                setattr(record, key, values[key])
        if manual_topics is not None:
            record.topics, record.topics_manual = topics_value(list(manual_topics)), True
        if record.source == "appeal" and {"received_on", "registered_on"} & set(changes):
            set_appeal_deadlines(db, record)
        apply_analysis(record, Analyser(db))
        record.updated_at = datetime.now(UTC)
        feedback_fts.index_rows(s, [(record.id, search_body(record))])
        audit.append(
            s,
            actor,
            f"feedback.{record.source}.update",
            office=db.office_code,
            entity="feedback_record",
            record_id=record.id,
            details={"fields": sorted(changes)},
        )
        uow.commit()
        return to_info(record, True)


def delete_records(db: Database, actor: Actor, record_ids: list[str]) -> int:
    """Tombstone records (other offices learn of the deletion) and drop them from the index."""
    require(db, actor, Action.FEEDBACK_ENTER)
    with db.uow() as uow:
        for record_id in record_ids:
            _load(uow.session, record_id).deleted = True
        feedback_fts.remove_rows(uow.session, record_ids)
        audit.append(
            uow.session,
            actor,
            "feedback.delete",
            office=db.office_code,
            entity="feedback_record",
            details={"ids": record_ids[:50], "count": len(record_ids)},
        )
        uow.commit()
    return len(record_ids)


def attach_file(db: Database, actor: Actor, record_id: str, filename: str, data: bytes) -> str:
    """Attach the scan of a paper page (image or PDF, up to 20 MB)."""
    require(db, actor, Action.FEEDBACK_ENTER)
    lower = filename.lower()
    mime = (
        "application/pdf"
        if lower.endswith(".pdf")
        else "image/png"
        if lower.endswith(".png")
        else "image/jpeg"
        if lower.endswith((".jpg", ".jpeg"))
        else "image/tiff"
        if lower.endswith(".tif")
        else ""
    )
    if not mime:
        raise ValidationError("Прикрепить можно скан в формате PDF, PNG, JPEG или TIFF. Файл не прикреплён.")
    if len(data) > 20 * 1024 * 1024:
        raise ValidationError("Файл больше 20 МБ. Отсканируйте страницу с меньшим разрешением.")
    with db.uow() as uow:
        _load(uow.session, record_id)
        item = FeedbackAttachment(
            record_id=record_id, filename=filename, mime=mime, size=len(data), data=data
        )
        uow.session.add(item)
        uow.session.flush()
        audit.append(
            uow.session,
            actor,
            "feedback.attach",
            office=db.office_code,
            entity="feedback_attachment",
            record_id=item.id,
            details={"record": record_id, "filename": filename},
        )
        uow.commit()
        return item.id


def attachment_data(db: Database, actor: Actor, attachment_id: str) -> tuple[str, bytes]:
    require(db, actor, Action.FEEDBACK_READ)
    with db.uow() as uow:
        item = uow.session.get(FeedbackAttachment, attachment_id)
        if item is None or item.deleted:
            raise NotFoundError("Вложение не найдено.")
        return item.filename, item.data


def book_entry_to_appeal(db: Database, actor: Actor, record_id: str, channel: str = "written") -> RecordInfo:
    """Register a book entry that names its author and postal address as an appeal under 59-ФЗ."""
    require(db, actor, Action.FEEDBACK_ENTER)
    with db.uow() as uow:
        entry = _load(uow.session, record_id)
        if entry.source != "book":
            raise ValidationError("Обращением можно зарегистрировать только запись книги жалоб.")
        if not entry.author or not entry.address:
            raise ValidationError(
                "В записи нет фамилии или почтового адреса автора: по 59-ФЗ такое обращение "
                "не регистрируется для ответа. Дополните запись и повторите."
            )
        data = {
            k: getattr(entry, k)
            for k in (
                "office_code",
                "audience",
                "profile_id",
                "touchpoint_id",
                "author",
                "address",
                "contacts",
                "text",
            )
        }
        number = entry.number
    data.update(channel=channel, subject=f"Запись книги жалоб № {number}", received_on=date.today())
    appeal = create_record(db, actor, "appeal", data)
    update_record(
        db,
        actor,
        record_id,
        {"status": "in_progress", "measures": f"Зарегистрировано обращение № {appeal.number}"},
    )
    return appeal
