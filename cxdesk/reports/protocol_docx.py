"""The protocol (and the extract for one executor) as a Word document, for offices that sign in Word:
the same content and order as the PDF, Times New Roman 14 pt as Russian office documents are typed, A4
with margins 20 mm left, 10 mm right, 20 mm top and bottom, assignments in a table, signature lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cxdesk.core.meetings import initials_surname, of_the_group, russian_date, short_date, surname_initials
from cxdesk.core.meetings_protocol import Person, ProtocolAssignment, ProtocolData

FONT = "Times New Roman"


def _who(person: Person | None) -> str:
    if person is None:
        return "не назначен"
    return surname_initials(person.full_name) + (f", {person.position[:1].lower()}{person.position[1:]}"
                                                 if person.position else "")


def _para(doc, text: str = "", *, bold: bool = False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size: float = 14,
          indent: bool = False, space_before: float = 0):
    p = doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(space_before)
    if indent:
        p.paragraph_format.first_line_indent = Mm(12.5)
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return p


def _table(doc, head: list[str], rows: list[list[str]], widths_mm: list[float]) -> None:
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text, width in zip(t.rows[0].cells, head, widths_mm, strict=True):
        cell.width = Mm(width)
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text, width in zip(cells, row, widths_mm, strict=True):
            cell.width = Mm(width)
            cell.paragraphs[0].add_run(text)
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(12)


def _assignments(doc, rows: tuple[ProtocolAssignment, ...], control: bool = False) -> None:
    if control:
        _table(doc, ["№", "Поручение", "Ответственный", "Срок", "Состояние"],
               [[a.number, a.text, a.responsible, a.due, a.status] for a in rows], [38, 62, 32, 24, 24])
    else:
        _table(doc, ["№", "Поручение", "Ответственный", "Срок"],
               [[a.number, a.text, a.responsible, a.due] for a in rows], [12, 104, 38, 26])


def _signature(doc, role: str, person: Person | None) -> None:
    t = doc.add_table(rows=1, cols=3)
    texts = (role, "____________________", initials_surname(person.full_name) if person else "")
    for cell, text, width in zip(t.rows[0].cells, texts, (60, 55, 65), strict=True):
        cell.width = Mm(width)
        cell.paragraphs[0].add_run(text).font.size = Pt(14)
    doc.add_paragraph()


def build_document(data: ProtocolData):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(20), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    extract = bool(data.extract_for)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, data.organisation, bold=True, align=center)
    _para(doc, "ВЫПИСКА ИЗ ПРОТОКОЛА" if extract else "ПРОТОКОЛ", bold=True, align=center, size=16, space_before=18)
    _para(doc, f"заседания {of_the_group(data.group_name)}", align=center)
    head = doc.add_table(rows=1, cols=2)
    head.rows[0].cells[0].paragraphs[0].add_run(short_date(data.meeting_date))
    right = head.rows[0].cells[1].paragraphs[0]
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.add_run(f"№ {data.number}")
    _para(doc, data.city, align=center)
    _para(doc)
    left = WD_ALIGN_PARAGRAPH.LEFT
    _para(doc, f"Председатель — {_who(data.chair)}", align=left)
    _para(doc, f"Секретарь — {_who(data.secretary)}", align=left)
    _para(doc, "Присутствовали:", bold=True, align=left, space_before=6)
    for p in data.present or (Person("—"),):
        _para(doc, _who(p) if p.full_name != "—" else "—", align=left)
    if data.absent and not extract:
        _para(doc, "Отсутствовали:", bold=True, align=left, space_before=6)
        for p, reason in data.absent:
            _para(doc, _who(p) + (f" ({reason})" if reason else ""), align=left)
    if data.invited:
        _para(doc, "Приглашённые:", bold=True, align=left, space_before=6)
        for p in data.invited:
            _para(doc, _who(p), align=left)
    _para(doc, data.quorum_text, align=left, space_before=6)
    place = ", ".join(x for x in (data.start_time, data.place) if x)
    if place:
        _para(doc, f"Время и место проведения: {place}.", align=left)
    _para(doc, "ПОВЕСТКА ДНЯ:", bold=True, align=left, space_before=6)
    for item in data.items:
        speakers = f" Докладчик: {item.speakers}." if item.speakers else ""
        _para(doc, f"{item.number}. {item.title}.{speakers}".replace("..", "."), align=left)
        if item.materials:
            _para(doc, "Материалы: " + "; ".join(item.materials) + ".", align=left, size=12)
    for item in data.items:
        _para(doc, f"{item.number}. {item.title}", bold=True, align=left, space_before=12)
        if item.heard or item.speakers:
            _para(doc, "СЛУШАЛИ:", bold=True, align=left, space_before=6)
            text = f"{item.speakers} — {item.heard}" if item.speakers and item.heard else (item.heard or item.speakers)
            _para(doc, text, indent=True)
        if item.discussion:
            _para(doc, "ВЫСТУПИЛИ:", bold=True, align=left, space_before=6)
            for line in item.discussion.splitlines():
                if line.strip():
                    _para(doc, line.strip(), indent=True)
        if item.carried:
            _para(doc, "Находятся на контроле поручения:", align=left)
            _assignments(doc, item.carried, control=True)
        decisions = [line.strip() for line in item.decision.splitlines() if line.strip()]
        if decisions or item.assignments:
            _para(doc, "РЕШИЛИ:", bold=True, align=left, space_before=6)
            for n, line in enumerate(decisions, start=1):
                _para(doc, (f"{item.number}.{n}. " if len(decisions) > 1 else "") + line, indent=True)
            if item.approves_targets_year and str(item.approves_targets_year) not in item.decision:
                _para(doc, f"Утвердить целевые значения клиентских показателей эффективности на "
                           f"{item.approves_targets_year} год (приложение к протоколу).", indent=True)
            if item.assignments:
                _para(doc, "Поручить:", align=left)
                _assignments(doc, item.assignments)
    _para(doc)
    _para(doc)
    if extract:
        _para(doc, "Выписка верна", align=left)
        _signature(doc, "Секретарь рабочей группы", data.secretary)
        _para(doc, russian_date(None), align=left)
    else:
        _signature(doc, "Председатель", data.chair)
        _signature(doc, "Секретарь", data.secretary)
    return doc


def write_protocol_docx(target: Path | str | IO[bytes], data: ProtocolData) -> None:
    build_document(data).save(str(target) if isinstance(target, Path) else target)
