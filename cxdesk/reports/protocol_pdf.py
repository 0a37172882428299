"""The protocol of a working-group meeting in the customary Russian form (ГОСТ Р 7.0.97-2016), A4 in the
common print frame: the organisation, «ПРОТОКОЛ», date and number on one line and the place below, the
chair and the secretary, who was present and invited, the agenda, then per item СЛУШАЛИ — ВЫСТУПИЛИ —
РЕШИЛИ with its assignments (responsible, due date), and the signature lines. The extract (выписка) for
one executor has the same head (with who was present), only that person's items, and «Выписка верна» under the secretary's line.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from cxdesk.core.meetings import initials_surname, of_the_group, russian_date, short_date, surname_initials
from cxdesk.core.meetings_protocol import Person, ProtocolAssignment, ProtocolData, ProtocolItem
from cxdesk.reports.pdf import (
    FONT,
    FONT_BOLD,
    DocumentInfo,
    build_pdf,
    content_width,
    paragraph,
    styles,
    table,
)


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    body = ParagraphStyle("protocol", parent=base, fontSize=11, leading=15, alignment=4)  # justified
    return {
        "body": body,
        "org": ParagraphStyle("org", parent=body, fontName=FONT_BOLD, alignment=1, fontSize=11.5, leading=15),
        "doc": ParagraphStyle("doc", parent=body, fontName=FONT_BOLD, alignment=1, fontSize=15, leading=20,
                              spaceBefore=6 * mm),
        "sub": ParagraphStyle("sub", parent=body, alignment=1, spaceAfter=2 * mm),
        "center": ParagraphStyle("center", parent=body, alignment=1),
        "right": ParagraphStyle("right", parent=body, alignment=2),
        "left": ParagraphStyle("left", parent=body, alignment=0),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, alignment=0, spaceBefore=3 * mm,
                                spaceAfter=1 * mm),
        "item": ParagraphStyle("item", parent=body, fontName=FONT_BOLD, alignment=0, spaceBefore=5 * mm,
                               spaceAfter=1 * mm),
        "indent": ParagraphStyle("indent", parent=body, firstLineIndent=12.5 * mm),
        "materials": ParagraphStyle("materials", parent=body, alignment=0, leftIndent=6 * mm, fontSize=10,
                                    leading=13),
    }


def _who(person: Person | None) -> str:
    if person is None:
        return "не назначен"
    return surname_initials(person.full_name) + (f", {person.position.lower()[:1]}{person.position[1:]}"
                                                 if person.position else "")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _assignments_table(rows: tuple[ProtocolAssignment, ...], width: float, *, control: bool = False) -> Table:
    head = ["№", "Поручение", "Ответственный", "Срок"] + (["Состояние"] if control else [])
    if control:
        widths = [38 * mm, width - 38 * mm - 32 * mm - 24 * mm - 26 * mm, 32 * mm, 24 * mm, 26 * mm]
    else:
        widths = [12 * mm, width - 12 * mm - 38 * mm - 26 * mm, 38 * mm, 26 * mm]
    body = [[a.number, a.text, a.responsible, a.due] + ([a.status] if control else []) for a in rows]
    return table([head, *body], widths)


def _item_story(item: ProtocolItem, st: dict, width: float) -> list:
    story: list = [paragraph(f"{item.number}. {item.title}", st["item"])]
    heard = item.heard or (f"{item.speakers}." if item.speakers else "")
    if heard or item.speakers:
        story.append(paragraph("СЛУШАЛИ:", st["label"]))
        if item.speakers and item.heard:
            story.append(paragraph(f"{item.speakers} — {item.heard}", st["indent"]))
        else:
            story.append(paragraph(heard, st["indent"]))
    if item.discussion:
        story.append(paragraph("ВЫСТУПИЛИ:", st["label"]))
        story += [paragraph(line, st["indent"]) for line in _lines(item.discussion)]
    if item.carried:
        story.append(paragraph("Находятся на контроле поручения:", st["left"]))
        story.append(Spacer(1, 1.5 * mm))
        story.append(_assignments_table(item.carried, width, control=True))
    decisions = _lines(item.decision)
    if decisions or item.assignments:
        story.append(paragraph("РЕШИЛИ:", st["label"]))
        for n, line in enumerate(decisions, start=1):
            number = f"{item.number}.{n}. " if len(decisions) > 1 else ""
            story.append(paragraph(number + line, st["indent"]))
        if item.approves_targets_year and str(item.approves_targets_year) not in item.decision:
            story.append(paragraph(f"Утвердить целевые значения клиентских показателей эффективности на "
                                   f"{item.approves_targets_year} год (приложение к протоколу).", st["indent"]))
        if item.assignments:
            story.append(paragraph("Поручить:", st["left"]))
            story.append(Spacer(1, 1.5 * mm))
            story.append(_assignments_table(item.assignments, width))
    return story


def _signature(role: str, person: Person | None, width: float) -> Table:
    name = initials_surname(person.full_name) if person else ""
    t = Table([[paragraph(role, "body"), "", paragraph(name, "body")], ["", paragraph("(подпись)", "small"), ""]],
              colWidths=[60 * mm, 50 * mm, width - 110 * mm], rowHeights=[9 * mm, 5 * mm])
    t.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (1, 1), (1, 1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("TOPPADDING", (0, 1), (-1, 1), 0),
    ]))
    return t


def protocol_story(data: ProtocolData, width: float) -> list:
    st = _styles()
    extract = bool(data.extract_for)
    story: list = [paragraph(data.organisation, st["org"]),
                   paragraph("ВЫПИСКА ИЗ ПРОТОКОЛА" if extract else "ПРОТОКОЛ", st["doc"]),
                   paragraph(f"заседания {of_the_group(data.group_name)}", st["sub"])]
    head = Table([[paragraph(short_date(data.meeting_date), st["left"]), paragraph(f"№ {data.number}", st["right"])]],
                 colWidths=[width / 2, width / 2])
    head.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, paragraph(data.city, st["center"]), Spacer(1, 5 * mm)]
    story.append(paragraph(f"Председатель — {_who(data.chair)}", st["left"]))
    story.append(paragraph(f"Секретарь — {_who(data.secretary)}", st["left"]))
    # the extract names who was present too (it certifies a decision of a quorate meeting); absentees only
    # in the full protocol
    story.append(paragraph("Присутствовали:", st["label"]))
    story += [paragraph(_who(p), st["left"]) for p in data.present] or [paragraph("—", st["left"])]
    if data.absent and not extract:
        story.append(paragraph("Отсутствовали:", st["label"]))
        story += [paragraph(_who(p) + (f" ({reason})" if reason else ""), st["left"]) for p, reason in data.absent]
    if data.invited:
        story.append(paragraph("Приглашённые:", st["label"]))
        story += [paragraph(_who(p), st["left"]) for p in data.invited]
    story.append(Spacer(1, 2 * mm))
    story.append(paragraph(data.quorum_text, st["left"]))
    place = ", ".join(x for x in (f"{data.start_time}" if data.start_time else "", data.place) if x)
    if place:
        story.append(paragraph(f"Время и место проведения: {place}.", st["left"]))
    story.append(paragraph("ПОВЕСТКА ДНЯ:", st["label"]))
    for item in data.items:
        speakers = f" Докладчик: {item.speakers}." if item.speakers else ""
        story.append(paragraph(f"{item.number}. {item.title}.{speakers}".replace("..", "."), st["left"]))
        if item.materials:
            story.append(paragraph("Материалы: " + "; ".join(item.materials) + ".", st["materials"]))
    for item in data.items:
        story += _item_story(item, st, width)
    # the signatures never stand alone on the last page: the last lines of the text go with them
    tail = [story.pop()] if len(story) > 1 else []
    tail.append(Spacer(1, 8 * mm))
    if extract:
        tail += [paragraph("Выписка верна", st["left"]), _signature("Секретарь рабочей группы", data.secretary, width),
                 paragraph(russian_date(None), st["left"])]
    else:
        tail += [_signature("Председатель", data.chair, width), _signature("Секретарь", data.secretary, width)]
    story.append(KeepTogether(tail))
    return story


def write_protocol_pdf(target: Path | str | IO[bytes], data: ProtocolData, *, printed_by: str) -> None:
    title = ("Выписка из протокола" if data.extract_for else "Протокол") + f" № {data.number} от " \
        f"{short_date(data.meeting_date)}"
    info = DocumentInfo(title=title, organisation=data.organisation, printed_by=printed_by)
    build_pdf(target, protocol_story(data, content_width(info)), info)
