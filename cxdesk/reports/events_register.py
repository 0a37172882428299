"""The printed register of competency events for a period (R16), A4 in the common print frame: the
title with the period, one row per event (date, title with its outcome and materials, type and format,
organiser, number of participants), then the quarterly check: events per quarter, the share of staff
who took part, and a mark for a quarter without an event. Takes plain values, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table


@dataclass(frozen=True)
class RegisterRow:
    held_on: date
    title: str
    kind: str
    format: str
    organiser: str
    participants: int
    outcome: str = ""
    materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegisterQuarter:
    title: str
    events: int
    share: str  # «12 из 40 (30 %)» or «—»
    check: str


@dataclass(frozen=True)
class EventsRegister:
    organisation: str
    start: date
    end: date  # inclusive
    rows: tuple[RegisterRow, ...]
    quarters: tuple[RegisterQuarter, ...]

    @property
    def period(self) -> str:
        return f"с {self.start:%d.%m.%Y} по {self.end:%d.%m.%Y}"


def _event_cell(row: RegisterRow, st: dict) -> list:
    cell: list = [paragraph(row.title, st["cell_bold"])]
    if row.outcome:
        cell.append(paragraph(f"Итоги: {row.outcome}", st["note"]))
    if row.materials:
        cell.append(paragraph("Материалы: " + "; ".join(row.materials), st["note"]))
    return cell


def register_story(data: EventsRegister, width: float) -> list:
    st = dict(styles())
    st["note"] = ParagraphStyle("note", parent=st["cell"], fontSize=8, leading=10, spaceBefore=1)
    story: list = [paragraph("Реестр мероприятий по развитию клиентоцентричных компетенций", st["title"]),
                   paragraph(f"за период {data.period}", ParagraphStyle("period", parent=st["body"], alignment=1,
                                                                         spaceAfter=4 * mm))]
    if data.rows:
        head = ["№", "Дата", "Мероприятие", "Вид, формат", "Организатор", "Участники"]
        fixed = [8 * mm, 21 * mm, 33 * mm, 30 * mm, 22 * mm]
        widths = fixed[:2] + [width - sum(fixed)] + fixed[2:]
        body = [[str(n), f"{r.held_on:%d.%m.%Y}", _event_cell(r, st), f"{r.kind}, {r.format.lower()}",
                 r.organiser, Paragraph(str(r.participants), ParagraphStyle("num", parent=st["cell"], alignment=2))]
                for n, r in enumerate(data.rows, start=1)]
        story.append(table([head, *body], widths))
    else:
        story.append(paragraph("За период мероприятий не было.", st["body"]))
    total = sum(r.participants for r in data.rows)
    story.append(Spacer(1, 2 * mm))
    story.append(paragraph(f"Всего мероприятий: {len(data.rows)}; участий сотрудников: {total}.", st["body"]))
    if data.quarters:
        story.append(paragraph("Ежеквартальная проверка (не реже одного мероприятия в квартал)", st["heading"]))
        rows = [[q.title, str(q.events), q.share, q.check] for q in data.quarters]
        story.append(table([["Квартал", "Мероприятий", "Сотрудников приняли участие", "Проверка"], *rows],
                           [40 * mm, 28 * mm, 62 * mm, width - 130 * mm]))
    return story


def write_events_register(target: Path | str | IO[bytes], data: EventsRegister, *, printed_by: str) -> None:
    info = DocumentInfo(title=f"Реестр мероприятий {data.period}", organisation=data.organisation,
                        printed_by=printed_by)
    build_pdf(target, register_story(data, content_width(info)), info)
