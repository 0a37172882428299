"""The numbered sections of the quarterly report (``quarterly_pdf``): each function takes the report's
:class:`~cxdesk.reports.quarterly_pdf.QuarterlyData` and returns platypus flowables. A section without
data says so in words («нет данных: …») instead of staying silent. Traffic-light cells carry the word
as well as the colour (a black-and-white print must still read).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Image, KeepTogether, Spacer, TableStyle

from cxdesk.reports.pdf import FONT_BOLD, paragraph, styles, table, toc_heading

if TYPE_CHECKING:
    from cxdesk.reports.quarterly_pdf import QuarterlyData

WIDTH = 180 * mm  # A4 portrait between the margins of the common frame
NO_DATA = "нет данных"
LIGHTS = {"green": ("#d7f0d4", "зелёная зона"), "amber": ("#fbeec5", "жёлтая зона"),
          "red": ("#f8d4d4", "красная зона"), "none": ("#eeeeee", "нет оценки")}
COMPLIANCE_COLOURS = {"met": "#d7f0d4", "not_met": "#f8d4d4", "no_data": "#eeeeee"}
SEVERITIES = {"low": "низкая", "medium": "средняя", "high": "высокая", "critical": "критическая"}
PROBLEM_STATUSES = {"identified": "выявлена", "in_progress": "в работе", "solved": "решена", "rejected": "отклонена"}
AUDIENCES = {"citizen": "граждане", "employer": "работодатели", "all": "все"}
RECOMMENDATION_STATUSES = {"new": "новая", "in_progress": "в работе", "done": "выполнена", "cancelled": "отменена"}


def section(title: str) -> list:
    """A numbered section's heading, moved to the next page when too little room is left under it."""
    return [CondPageBreak(35 * mm), toc_heading(title)]


def number(value: float | None, unit: str = "") -> str:
    if value is None:
        return NO_DATA
    text = f"{value:.1f}".replace(".", ",") if abs(value - round(value)) > 1e-9 else str(round(value))
    return f"{text} {unit}".strip() if unit else text


def _coloured(tbl, cells: list[tuple[int, int, str]]) -> Any:
    tbl.setStyle(TableStyle([("BACKGROUND", (col, row), (col, row), colors.HexColor(colour))
                             for row, col, colour in cells]))
    return tbl


def figure_image(figure: Any, width: float = WIDTH) -> Image:
    """A matplotlib Figure drawn into the PDF (PNG at 150 dpi, scaled to ``width``)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, bbox_inches="tight")
    buffer.seek(0)
    image = Image(buffer)
    scale = min(1.0, width / image.drawWidth)
    image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
    return image


# --- 1. summary ---------------------------------------------------------------------------------------

def summary(data: QuarterlyData) -> list:
    st = styles()
    records = sum(sum(by.values()) for by in data.coverage.values())
    present = {s for by in data.coverage.values() for s, n in by.items() if n}
    lines = [f"Обратная связь за квартал: {records} записей из {len(present)} источников из пяти."]
    overall = next((g for g in data.group_indices if g.group == "all"), None)
    if data.kpi_note:
        lines.append(f"Клиентские показатели эффективности: {data.kpi_note}.")
    else:
        green = sum(1 for v in data.indicators if v.status == "green")
        lines.append(f"Показателей КПЭ: {len(data.indicators)}, из них достигли цели: {green}.")
        if overall is not None:
            lines.append(f"Общий индекс клиентоцентричности: {number(overall.index)} из 100.")
    if data.targets_note:
        lines.append(f"Целевые значения: {data.targets_note}.")
    if data.problems_note:
        lines.append(f"Проблемы: {data.problems_note}.")
    else:
        recs = [r for p in data.problems for r in p.recommendations]
        done = sum(1 for r in recs if r.status == "done")
        lines.append(f"Выявлено и отслеживается проблем: {len(data.problems)}; рекомендаций: {len(recs)}, "
                     f"выполнено: {done}.")
    implemented = sum(1 for m in data.measures if m.stage == "Внедрено")
    lines.append(f"Мер по повышению качества КО: {len(data.measures)}, внедрено: {implemented}.")
    if data.compliance:
        met = sum(1 for c in data.compliance if c.status == "met")
        lines.append(f"Соответствие Стандарту: выполнено {met} требований из {len(data.compliance)}.")
    return [*section("1. Краткие итоги"), *[paragraph("• " + line, st["body"]) for line in lines]]


# --- 2. source coverage -------------------------------------------------------------------------------

def coverage(data: QuarterlyData) -> list:
    st = styles()
    story: list = [*section("2. Охват источников обратной связи"),
                   paragraph("Число записей за квартал по каждому из пяти источников пункта 61 «б» Стандарта; "
                             "«нет» — источник без записей.", st["small"])]
    head = ["Центр", *[title for _code, title in data.sources], "Всего"]
    rows, marks = [], []
    offices = sorted(data.coverage) or ["—"]
    for r, office in enumerate(offices, start=1):
        by = data.coverage.get(office, {})
        cells = [office]
        for c, (code, _title) in enumerate(data.sources, start=1):
            cells.append(str(by[code]) if by.get(code) else "нет")
            if not by.get(code):
                marks.append((r, c, "#f8d4d4"))
        rows.append([*cells, str(sum(by.values()))])
    if len(offices) > 1:
        totals = [sum(data.coverage[o].get(code, 0) for o in offices) for code, _t in data.sources]
        rows.append(["Итого", *[str(n) for n in totals], str(sum(totals))])
    widths = [24 * mm] + [(WIDTH - 44 * mm) / max(1, len(data.sources))] * len(data.sources) + [20 * mm]
    story.append(_coloured(table([head, *rows], widths), marks))
    return story


# --- 3. KPI -------------------------------------------------------------------------------------------

def _kpi_table(values: list[Any]) -> Any:
    st = styles()
    head = ["Показатель (код)", "Аудитория", "Значение", "Цель", "Оценка"]
    rows, marks = [], []
    for r, v in enumerate(values, start=1):
        colour, word = LIGHTS.get(v.status, LIGHTS["none"])
        target = number(v.target, v.unit) if v.target is not None else "не задана"
        if v.target is not None and not getattr(v, "target_approved", False):
            target += " (проект)"
        name = v.name + (" (дополнительный)" if getattr(v, "additional", False) else "")
        rows.append([[paragraph(name, st["cell"]), paragraph(v.code, st["small"])],
                     AUDIENCES.get(v.audience, v.audience), number(v.value, v.unit), target, word])
        marks.append((r, 4, colour))
    return _coloured(table([head, *rows], [82 * mm, 26 * mm, 22 * mm, 26 * mm, 24 * mm]), marks)


def kpi(data: QuarterlyData) -> list:
    st = styles()
    story: list = [*section("3. Клиентские показатели эффективности и целевые значения")]
    if data.targets_note:
        story.append(paragraph(f"Целевые значения на год: {data.targets_note}.", st["body"]))
    if data.kpi_note:
        story.append(paragraph(f"Значения показателей: {data.kpi_note}.", st["body"]))
    indices = {(g.group, g.audience): g.index for g in data.group_indices}
    for n, (code, title) in enumerate(data.groups, start=1):
        block: list = [toc_heading(f"3.{n}. {title}", 1)]
        values = [v for v in data.indicators if v.group == code]
        index = [f"{AUDIENCES.get(aud, aud)}: {number(i)}" for (g, aud), i in indices.items() if g == code]
        if index:
            block.append(paragraph("Индекс группы (0–100) — " + "; ".join(index), st["body"]))
        if values:
            block.append(_kpi_table(values))
        elif not data.kpi_note:
            block.append(paragraph("В каталоге нет показателей этой группы.", st["body"]))
        comment = data.commentary.get(code, "").strip()
        block.append(Spacer(1, 1.5 * mm))
        block.append(paragraph("Комментарий: " + (comment or "не внесён."), st["body"]))
        story.append(KeepTogether(block[:3]))
        story += block[3:]
    for n, (caption, figure) in enumerate(data.charts):
        chart = [figure_image(figure), paragraph(caption, st["small"]), Spacer(1, 3 * mm)]
        if n == 0:
            chart.insert(0, toc_heading(f"3.{len(data.groups) + 1}. Графики", 1))
        story.append(KeepTogether(chart))
    return story


# --- 4, 5. problems and recommendations ----------------------------------------------------------------

def problems(data: QuarterlyData) -> list:
    st = styles()
    story: list = [*section("4. Выявленные проблемы")]
    if data.problems_note:
        return [*story, paragraph(f"{data.problems_note}.", st["body"])]
    if not data.problems:
        return [*story, paragraph("За квартал проблем не выявлено и не отслеживалось.", st["body"])]
    story.append(paragraph("Записи — записи обратной связи, подтверждающие проблему: за квартал / всего.",
                           st["small"]))
    head = ["№", "Проблема", "Маршрут, точка контакта", "Важность", "Состояние", "Записи", "Ответственный"]
    rows = [[str(n), p.title + (f" ({p.office_code})" if data.is_region else ""),
             " / ".join(x for x in (p.journey_title, p.touchpoint_title) if x) or "—",
             SEVERITIES.get(p.severity, p.severity), PROBLEM_STATUSES.get(p.status, p.status),
             f"{p.evidence_in_period} / {p.evidence_total}", p.owner or "—"]
            for n, p in enumerate(data.problems, start=1)]
    story.append(table([head, *rows], [9 * mm, 42 * mm, 36 * mm, 24 * mm, 22 * mm, 16 * mm, 31 * mm],
                       plain_columns=(0, 3, 4, 5)))
    return story


def recommendations(data: QuarterlyData) -> list:
    st = styles()
    story: list = [*section("5. Рекомендации")]
    if data.problems_note:
        return [*story, paragraph(f"{data.problems_note}.", st["body"])]
    rows, marks = [], []
    for n, p in enumerate(data.problems, start=1):
        for r in p.recommendations:
            status = RECOMMENDATION_STATUSES.get(r.status, r.status) + ("\nпросрочено" if r.overdue else "")
            rows.append([str(n), r.text, r.addressee or "—", f"{r.due:%d.%m.%Y}" if r.due else "—", status])
            if r.overdue:
                marks.append((len(rows), 4, "#f8d4d4"))
    if not rows:
        return [*story, paragraph("Рекомендаций по проблемам квартала нет.", st["body"])]
    story.append(paragraph("№ — номер проблемы в разделе 4.", st["small"]))
    head = ["№", "Рекомендация", "Адресат", "Срок", "Состояние"]
    story.append(_coloured(table([head, *rows], [10 * mm, 82 * mm, 36 * mm, 22 * mm, 30 * mm],
                                 plain_columns=(0, 3, 4)), marks))
    return story


# --- 6. measures ----------------------------------------------------------------------------------------

def measures(data: QuarterlyData) -> list:
    st = styles()
    story: list = [*section("6. Состояние мер по повышению качества клиентского опыта")]
    if not data.measures:
        return [*story, paragraph("Меры не зарегистрированы.", st["body"])]
    by_stage: dict[str, int] = {}
    for m in data.measures:
        by_stage[m.stage] = by_stage.get(m.stage, 0) + 1
    story.append(paragraph("По этапам: " + "; ".join(f"{k.lower()} — {v}" for k, v in by_stage.items()) + ".",
                           st["body"]))
    head = ["Мера", "Вид", "Этап", "Ответственный", "Срок", "Центр"]
    rows, marks = [], []
    for m in data.measures:
        rows.append([m.title, m.kind, m.stage, m.owner or "—", m.due + ("\nпросрочено" if m.overdue else ""),
                     m.office_code])
        if m.overdue:
            marks.append((len(rows), 4, "#f8d4d4"))
    story.append(_coloured(table([head, *rows], [50 * mm, 30 * mm, 31 * mm, 32 * mm, 22 * mm, 15 * mm],
                                 plain_columns=(4, 5)), marks))
    return story


# --- 7. compliance --------------------------------------------------------------------------------------

def compliance(data: QuarterlyData) -> list:
    st = styles()
    story: list = [*section("7. Соответствие требованиям Стандарта (самопроверка)")]
    if not data.compliance:
        return [*story, paragraph(f"{NO_DATA}: самопроверка не выполнена.", st["body"])]
    head = ["Треб.", "Требование", "Состояние", "Основание"]
    rows = [[c.id, c.title, c.status_title, c.summary] for c in data.compliance]
    marks = [(r, 2, COMPLIANCE_COLOURS[c.status]) for r, c in enumerate(data.compliance, start=1)]
    tbl = _coloured(table([head, *rows], [13 * mm, 62 * mm, 25 * mm, 80 * mm]), marks)
    tbl.setStyle(TableStyle([("FONTNAME", (0, 1), (0, -1), FONT_BOLD)]))
    story.append(tbl)
    return story
