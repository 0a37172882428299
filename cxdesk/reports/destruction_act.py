"""The act of destruction (anonymisation) of personal data, A4 in the common print frame.

It names the operator, the date, the reason (the retention periods of the record types), the
categories of personal data and the method; identifies every record whose applicant's data was
destroyed by its number, source and dates — not by the applicant's name, so the act does not
keep what it certifies as destroyed — and ends with the extract of the audit log for the run and
the signatures of the commission. Takes plain values, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table

SOURCE_TITLES = {
    "book": "Книга жалоб и предложений",
    "appeal": "Обращение (59-ФЗ)",
    "open": "Открытый источник",
    "survey": "Анкета",
    "metric": "Метрика",
}
METHOD = (
    "Обезличивание записей программой cxdesk: из записей удалены фамилия, имя, отчество, адрес и "
    "контактные данные заявителя; в текстах записей (предмет, текст, ответ, принятые меры) заменены "
    "фамилия, имя и отчество заявителя во всех падежах, его адрес и контакты, адреса электронной "
    "почты и номера телефонов; содержимое приложенных сканов удалено. "
)
WIPE = {  # how the freed space was wiped, by the engine the database is kept on
    "sqlite": "Освобождённые страницы файла базы данных перезаписаны нулями (PRAGMA secure_delete), "
              "полнотекстовый индекс перестроен, файл сжат (VACUUM), журнал предзаписи (WAL) очищен.",
    "postgresql": "Таблицы с персональными данными на сервере PostgreSQL перезаписаны заново (VACUUM FULL), "
                  "прежние версии строк в файлах сервера не сохранены.",
}


@dataclass(frozen=True)
class ActRecord:
    number: str
    source: str
    received_on: date
    kept_from: date
    expired_on: date


@dataclass(frozen=True)
class AuditLine:
    seq: int
    at: str
    actor: str
    action: str
    details: str


@dataclass(frozen=True)
class ActRule:
    title: str
    months: int
    basis: str


@dataclass(frozen=True)
class DestructionAct:
    number: int
    organisation: str
    performed_at: datetime
    performed_by: str
    rules: tuple[ActRule, ...]
    records: tuple[ActRecord, ...]
    audit: tuple[AuditLine, ...]
    cleaned: bool
    engine: str = "sqlite"  # sqlite | postgresql: how the freed space was wiped


def act_story(act: DestructionAct, width: float) -> list:
    st = styles()
    when = act.performed_at.astimezone().strftime("%d.%m.%Y %H:%M")
    story: list = [
        paragraph(f"Акт № {act.number}\nоб уничтожении (обезличивании) персональных данных", st["title"]),
        paragraph(f"Оператор: {act.organisation}.", st["body"]),
        paragraph(f"Дата и время уничтожения: {when}. Выполнил(а): {act.performed_by}.", st["body"]),
        paragraph("Основание: истечение сроков хранения персональных данных заявителей (ч. 7 ст. 5 "
                  "Федерального закона от 27.07.2006 № 152-ФЗ) по видам записей:", st["body"]),
        table([["Вид записей", "Срок, мес.", "Основание срока"],
               *[[r.title, str(r.months), r.basis] for r in act.rules]],
              [50 * mm, 20 * mm, width - 70 * mm]),
        Spacer(1, 2 * mm),
        paragraph("Категории персональных данных: фамилия, имя, отчество; почтовый адрес; контактные данные "
                  "(телефон, адрес электронной почты); сведения о заявителе в тексте обращения.", st["body"]),
        paragraph(f"Способ: {METHOD}{WIPE[act.engine]}", st["body"]),
        paragraph("Субъекты персональных данных указаны через записи реестра (номер, источник, даты), а не "
                  "по фамилии: акт не хранит уничтоженные сведения.", st["small"]),
        paragraph(f"Записи, персональные данные которых уничтожены (всего {len(act.records)})", st["heading"]),
    ]
    rows = [[str(n), r.number or "—", SOURCE_TITLES.get(r.source, r.source), f"{r.received_on:%d.%m.%Y}",
             f"{r.kept_from:%d.%m.%Y}", f"{r.expired_on:%d.%m.%Y}"] for n, r in enumerate(act.records, start=1)]
    fixed = [12 * mm, 45 * mm, 24 * mm, 26 * mm, 26 * mm]
    story.append(table([["№", "Источник", "Номер записи", "Поступила", "Срок считается с", "Срок истёк"],
                        *[[row[0], row[2], row[1], *row[3:]] for row in rows]],
                       [fixed[0], fixed[1], width - sum(fixed), *fixed[2:]]))
    if not act.cleaned:
        story.append(paragraph(
            "Внимание: журнал предзаписи не удалось очистить сразу (файл базы был открыт другой программой); "
            "он очищается при следующем закрытии всех рабочих мест.", st["body"]))
    story.append(paragraph("Выписка из журнала аудита", st["heading"]))
    story.append(table([["№ записи", "Время", "Пользователь", "Действие", "Сведения"],
                        *[[str(a.seq), a.at, a.actor, a.action, a.details] for a in act.audit]],
                       [15 * mm, 30 * mm, 30 * mm, 42 * mm, width - 117 * mm]))
    story.append(Spacer(1, 8 * mm))
    for role in ("Председатель комиссии", "Член комиссии", "Член комиссии"):
        story.append(paragraph(f"{role}: ____________________ / ____________________ /", st["body"]))
        story.append(Spacer(1, 4 * mm))
    return story


def write_destruction_act(target: Path | str | IO[bytes], act: DestructionAct, *, printed_by: str) -> None:
    info = DocumentInfo(title=f"Акт № {act.number} об уничтожении персональных данных",
                        organisation=act.organisation, printed_by=printed_by)
    build_pdf(target, act_story(act, content_width(info)), info)
