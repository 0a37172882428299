"""The printed register of problems and recommendations (R5), A4 landscape in the common print frame:
the title with what the list was filtered by, one row per problem (its journey and touchpoint, severity,
status, owner, office, frequency = number of feedback records behind it), its recommendations in the
last column (addressee, due date, status; an overdue one is marked in words), then the totals. Takes
plain values, never ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table


@dataclass(frozen=True)
class RegisterRecommendation:
    text: str
    addressee: str
    due: date | None
    status: str  # Russian title
    overdue: bool


@dataclass(frozen=True)
class RegisterProblem:
    title: str
    where: str  # «маршрут · точка контакта»
    severity: str  # Russian titles from here on
    status: str
    owner: str
    office_code: str
    identified_on: date
    evidence: int
    recommendations: tuple[RegisterRecommendation, ...] = ()


@dataclass(frozen=True)
class ProblemsRegister:
    organisation: str
    conditions: str  # what the list is filtered by, in words («все проблемы», «состояние: в работе»)
    rows: tuple[RegisterProblem, ...]
    printed_on: date


def _problem_cell(row: RegisterProblem, st: dict) -> list:
    cell: list = [paragraph(row.title, st["cell_bold"])]
    if row.where:
        cell.append(paragraph(row.where, st["note"]))
    cell.append(paragraph(f"Выявлена {row.identified_on:%d.%m.%Y}, {row.office_code}", st["note"]))
    return cell


def _recommendations_cell(row: RegisterProblem, st: dict) -> list | str:
    if not row.recommendations:
        return "—"
    cell: list = []
    for n, r in enumerate(row.recommendations, start=1):
        due = f" до {r.due:%d.%m.%Y}" if r.due else ""
        mark = " — ПРОСРОЧЕНА" if r.overdue else ""
        cell.append(paragraph(f"{n}. {r.text}", st["cell"]))
        cell.append(paragraph(f"{r.addressee}{due}; {r.status}{mark}", st["overdue" if r.overdue else "note"]))
    return cell


def register_story(data: ProblemsRegister, width: float) -> list:
    st = dict(styles())
    st["note"] = ParagraphStyle("note", parent=st["cell"], fontSize=8, leading=10, spaceBefore=1)
    st["overdue"] = ParagraphStyle("overdue", parent=st["note"], textColor="#b3261e")
    story: list = [paragraph("Реестр проблем клиентского опыта и рекомендаций", st["title"]),
                   paragraph(f"по состоянию на {data.printed_on:%d.%m.%Y}; {data.conditions}",
                             ParagraphStyle("sub", parent=st["body"], alignment=1, spaceAfter=4 * mm))]
    if not data.rows:
        story.append(paragraph("Проблем, отвечающих условиям отбора, нет.", st["body"]))
        return story
    head = ["№", "Проблема", "Значимость", "Состояние", "Ответственный", "Частота", "Рекомендации"]
    fixed = [9 * mm, 24 * mm, 22 * mm, 36 * mm, 18 * mm]
    rest = width - sum(fixed)
    widths = [fixed[0], rest * 0.45, fixed[1], fixed[2], fixed[3], fixed[4], rest * 0.55]
    body = [[str(n), _problem_cell(r, st), r.severity, r.status, r.owner or "—", str(r.evidence),
             _recommendations_cell(r, st)] for n, r in enumerate(data.rows, start=1)]
    story.append(table([head, *body], widths))
    recs = [x for r in data.rows for x in r.recommendations]
    story.append(Spacer(1, 3 * mm))
    story.append(paragraph(
        f"Всего проблем: {len(data.rows)}; записей обратной связи в их основании: "
        f"{sum(r.evidence for r in data.rows)}; рекомендаций: {len(recs)}, из них просрочено: "
        f"{sum(1 for x in recs if x.overdue)}.", st["body"]))
    return story


def write_problems_register(target: Path | str | IO[bytes], data: ProblemsRegister, *, printed_by: str) -> None:
    info = DocumentInfo(title="Реестр проблем и рекомендаций", organisation=data.organisation,
                        printed_by=printed_by, landscape=True)
    build_pdf(target, register_story(data, content_width(info)), info)
