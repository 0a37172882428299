"""Getting data out of the register: the complaints-book register and the current view as PDF,
the current view as XLSX or CSV, and the blank paper questionnaire.

Exports stream the view in pages of ids so that a large view is never held whole; the CSV is
UTF-8 with a BOM and «;» (Excel in a Russian locale opens it as is).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cxdesk.reports.feedback_register import blank_questionnaire_pdf, book_register_pdf, register_view_pdf
from cxdesk.reports.pdf import DocumentInfo
from cxdesk.services import audit, feedback_reference
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.feedback import HIDDEN
from cxdesk.services.feedback_register import RegisterFilter, register_ids, register_rows
from cxdesk.services.feedback_surveys import get_template, reference_documents
from cxdesk.services.feedback_terms import (
    ANSWER_METHODS,
    AUDIENCES,
    BOOK_KINDS,
    SENTIMENTS,
    SOURCES,
    STATUSES,
    title,
)
from cxdesk.services.guard import require
from cxdesk.services.offices import own_office
from cxdesk.services.roles import Action, can
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord as R

EXPORT_HEADERS = [
    "Дата",
    "Источник",
    "Номер",
    "Офис",
    "Аудитория",
    "Вид / канал",
    "Автор",
    "Тема обращения",
    "Текст",
    "Оценка",
    "Темы",
    "Тональность",
    "Статус",
    "Срок ответа",
    "Ответственный",
]


def _info(db: Database, actor: Actor, title_: str, landscape: bool = True) -> DocumentInfo:
    office = own_office(db)
    return DocumentInfo(
        title=title_, organisation=office.name, printed_by=actor.full_name, landscape=landscape
    )


def book_register_rows(
    db: Database, actor: Actor, date_from: date, date_to: date, office: str | None = None
) -> list[dict]:
    require(db, actor, Action.FEEDBACK_READ)
    show = can(actor.role, Action.PERSONAL_DATA_READ)
    query = (
        select(R)
        .where(
            R.deleted.is_(False),
            R.source == "book",
            R.received_on >= date_from,
            R.received_on <= date_to,
            R.office_code == (office or db.office_code),
        )
        .order_by(R.book_no, R.entry_no)
    )
    rows = []
    with db.uow() as uow:
        for r in uow.session.scalars(query):
            when = (
                r.received_at.astimezone().strftime("%d.%m.%Y %H:%M")
                if r.received_at
                else (r.received_on.strftime("%d.%m.%Y"))
            )
            rows.append(
                {
                    "number": r.number,
                    "when": when,
                    "kind_title": title(BOOK_KINDS, r.kind),
                    "author": r.author if show else (HIDDEN if r.author else ""),
                    "contacts": r.contacts if show else "",
                    "address": r.address if show else "",
                    "text": r.text,
                    "responsible": r.responsible,
                    "measures": r.measures,
                    "answer_on": r.answer_on,
                    "answer_method_title": title(ANSWER_METHODS, r.answer_method),
                    "status_title": title(STATUSES, r.status),
                }
            )
    return rows


def print_book_register(
    db: Database, actor: Actor, target: Path, date_from: date, date_to: date, office: str | None = None
) -> int:
    rows = book_register_rows(db, actor, date_from, date_to, office)
    period = f"{date_from:%d.%m.%Y} — {date_to:%d.%m.%Y}"
    book_register_pdf(target, rows, _info(db, actor, "Реестр книги жалоб и предложений"), period)
    audit.append_now(db, actor, "feedback.print.book", details={"from": str(date_from), "to": str(date_to)})
    return len(rows)


def _view_rows(
    db: Database, actor: Actor, flt: RegisterFilter, sort: str, descending: bool, limit: int | None = None
) -> Iterator[dict]:
    ids = register_ids(db, actor, flt, sort, descending)
    if limit is not None:
        ids = ids[:limit]
    titles = feedback_reference.topic_titles(db)
    for i in range(0, len(ids), 2000):
        chunk = ids[i : i + 2000]
        page = register_rows(db, actor, chunk)
        for rid in chunk:
            row = page[rid]
            row["source_title"] = SOURCES[row["source"]]
            row["topics_title"] = ", ".join(titles.get(c, c) for c in row["topics"])
            row["sentiment_title"] = title(SENTIMENTS, row["sentiment"])
            row["status_title"] = title(STATUSES, row["status"])
            yield row


def _export_values(row: dict) -> list[object]:
    return [
        row["received_on"],
        row["source_title"],
        row["number"],
        row["office_code"],
        title(AUDIENCES, row["audience"]),
        title(BOOK_KINDS, row["kind"]) or row["channel"],
        row["author"],
        row["subject"],
        row["text"],
        row["rating"],
        row["topics_title"],
        row["sentiment_title"],
        row["status_title"],
        row["answer_due"],
        row["responsible"],
    ]


def export_view(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    path: Path,
    sort: str = "received_on",
    descending: bool = True,
) -> int:
    """Write the current view to ``path`` (.xlsx or .csv); returns the number of rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("Выгрузка возможна в файл XLSX или CSV. Укажите имя файла с таким расширением.")
    count = 0
    rows = _view_rows(db, actor, flt, sort, descending)
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(EXPORT_HEADERS)
            for row in rows:
                values = _export_values(row)
                writer.writerow(
                    [
                        ""
                        if v is None
                        else (
                            f"{v:%d.%m.%Y}"
                            if isinstance(v, date)
                            else str(v).replace(".", ",")
                            if isinstance(v, float)
                            else v
                        )
                        for v in values
                    ]
                )
                count += 1
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Реестр")
        sheet.append(EXPORT_HEADERS)
        for row in rows:
            sheet.append(_export_values(row))
            count += 1
        book.save(path)
    audit.append_now(db, actor, "feedback.export", details={"file": path.name, "rows": count})
    return count


def print_view(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    target: Path,
    sort: str = "received_on",
    descending: bool = True,
    limit: int = 2000,
) -> int:
    rows = list(_view_rows(db, actor, flt, sort, descending, limit))
    caption = f"Записей в печати: {len(rows)}" + (f" (первые {limit})" if len(rows) == limit else "") + "."
    register_view_pdf(target, rows, _info(db, actor, "Единый реестр обратной связи"), caption)
    return len(rows)


def print_blank_questionnaire(db: Database, actor: Actor, code: str, target: Path) -> None:
    template = get_template(db, actor, code)
    intro = next((d.get("intro", "") for d in reference_documents() if d["code"] == template.code), "")
    doc = {"title": template.title, "intro": intro, "questions": template.questions}
    blank_questionnaire_pdf(target, doc, _info(db, actor, "Анкета", landscape=False))
