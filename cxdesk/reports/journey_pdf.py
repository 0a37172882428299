"""The journey map in print: A3 landscape, stages in columns and lanes in rows, the emotion curve drawn.

A wide map is split into pages of at most :data:`STAGES_PER_PAGE` stages; every page repeats the
lane names on the left, so each page reads on its own. Cards keep their colour tags; touchpoints
show their channel. The emotion curve is followed by a row with each stage's emotion note (what the
client feels there and why) when a stage on the page has one. Hidden stages and lanes are not printed.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import IO

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from cxdesk.core.journey import COLOURS, VERSION_TITLES, JourneyDocument, LaneKind, Stage, VersionLabel
from cxdesk.reports.pdf import FONT, DocumentInfo, build_pdf, content_width, paragraph, styles

STAGES_PER_PAGE = 6
LANE_COLUMN = 38 * mm
EMOTION_HEIGHT = 28 * mm


def _card_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return {
        "card": ParagraphStyle("card", parent=st["cell"], fontSize=8.5, leading=10.5),
        "channel": ParagraphStyle("channel", parent=st["cell"], fontSize=7.5, leading=9,
                                  textColor=colors.HexColor("#555555")),
        "lane": ParagraphStyle("lane", parent=st["cell_bold"], fontSize=9, leading=11),
        "note": ParagraphStyle("note", parent=st["cell"], fontSize=8, leading=10,
                               textColor=colors.HexColor("#333333")),
        "stage": ParagraphStyle("stage", parent=st["cell_bold"], fontSize=9.5, leading=12,
                                textColor=colors.white),
    }


def _card(text: str, colour: str, channel: str, width: float, cs: dict) -> Table:
    content = [paragraph(text, cs["card"])]
    if channel:
        content.append(paragraph(channel, cs["channel"]))
    box = Table([[content]], colWidths=[width - 6])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(COLOURS.get(colour, "#FFFFFF"))),
        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return box


def emotion_drawing(stages: list[Stage], col_width: float) -> Drawing:
    """The curve over one page's stages: −2 at the bottom, +2 at the top, a dashed neutral line."""
    width = col_width * len(stages)
    d = Drawing(width, EMOTION_HEIGHT)
    top, bottom = EMOTION_HEIGHT - 5 * mm, 5 * mm

    def y(value: float) -> float:
        return bottom + (value + 2) / 4 * (top - bottom)

    d.add(Line(0, y(0), width, y(0), strokeColor=colors.HexColor("#B0B0B0"), strokeDashArray=[2, 2]))
    points = [(col_width * (i + 0.5), y(s.emotion)) for i, s in enumerate(stages) if s.emotion is not None]
    if len(points) > 1:
        d.add(PolyLine([c for p in points for c in p], strokeColor=colors.HexColor("#2F6DB5"), strokeWidth=1.8))
    values = [s for s in stages if s.emotion is not None]
    for (px, py), stage in zip(points, values, strict=True):
        fill = "#3C9D4E" if stage.emotion > 0.25 else "#C0392B" if stage.emotion < -0.25 else "#E0A800"
        d.add(Circle(px, py, 3.2, fillColor=colors.HexColor(fill), strokeColor=colors.white))
        d.add(String(px + 5, py + 3, f"{stage.emotion:+.1f}".replace(".", ","), fontName=FONT, fontSize=7))
    return d


def _emotion_note(stage: Stage) -> str:
    value = "" if stage.emotion is None else f"{stage.emotion:+.1f}".replace(".", ",") + " — "
    return value + stage.emotion_note.strip()


def _page(doc: JourneyDocument, stages: list[Stage], total_width: float, first_number: int) -> Table:
    cs = _card_styles()
    col = (total_width - LANE_COLUMN) / STAGES_PER_PAGE
    header = [paragraph("Этап →", cs["lane"])] + [
        paragraph(f"{first_number + i}. {s.name}", cs["stage"]) for i, s in enumerate(stages)
    ]
    rows: list[list] = [header]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#C5CCD6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#34495E")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF1F5")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for lane in doc.lanes:
        if lane.hidden:
            continue
        row: list = [paragraph(lane.name, cs["lane"])]
        if lane.kind == LaneKind.EMOTIONS:
            row.append(emotion_drawing(stages, col))
            row.extend("" for _ in stages[1:])
            r = len(rows)
            commands.append(("SPAN", (1, r), (len(stages), r)))
            commands.append(("LEFTPADDING", (1, r), (1, r), 0))
            if any(s.emotion_note.strip() for s in stages):
                rows.append(row)
                row = [paragraph("Эмоции: пояснения", cs["lane"])] + [
                    paragraph(_emotion_note(s), cs["note"]) if s.emotion_note.strip() else "" for s in stages
                ]
        else:
            for s in stages:
                row.append([_card(c.text, c.color, c.channel, col, cs) for c in doc.cell(lane.id, s.id)] or "")
        rows.append(row)
    table = Table(rows, colWidths=[LANE_COLUMN] + [col] * len(stages), repeatRows=1, splitByRow=True, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def journey_story(doc: JourneyDocument, info: DocumentInfo, profile_names: list[str]) -> list:
    st = styles()
    width = content_width(info)
    version = VERSION_TITLES.get(VersionLabel(doc.version_label), doc.version_label)
    story: list = [paragraph(doc.title, "title")]
    facts = [f"Версия: {version}"]
    if doc.owner:
        facts.append(f"Владелец: {doc.owner}")
    if profile_names:
        facts.append("Профили: " + "; ".join(profile_names))
    story.append(paragraph(" · ".join(facts), "small"))
    if doc.goal:
        story.append(paragraph(f"Цель: {doc.goal}", "body"))
    story.append(Spacer(1, 3 * mm))
    stages = [s for s in doc.stages if not s.hidden]
    if not stages:
        story.append(paragraph("В маршруте нет этапов.", st["body"]))
    pages = max(1, math.ceil(len(stages) / STAGES_PER_PAGE))
    per_page = max(1, math.ceil(len(stages) / pages))  # 10 stages print as 5 + 5, not 6 + 4
    for start in range(0, len(stages), per_page):
        if start:
            story.append(PageBreak())
            story.append(paragraph(f"{doc.title} — этапы {start + 1}–{min(start + per_page, len(stages))}"
                                   f" из {len(stages)}", "heading"))
        story.append(_page(doc, stages[start:start + per_page], width, start + 1))
    return story


def export_journey_pdf(target: Path | str | IO[bytes], doc: JourneyDocument, *, organisation: str,
                       printed_by: str, profile_names: list[str] | None = None) -> None:
    info = DocumentInfo(title=f"Карта клиентского пути: {doc.title}", organisation=organisation,
                        printed_by=printed_by, page_size="A3", landscape=True)
    build_pdf(target, journey_story(doc, info, profile_names or []), info)

