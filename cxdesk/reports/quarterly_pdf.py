"""The quarterly report on the results of the CX analysis (R5), A4 in the common print frame: the title
page, the table of contents, then the sections of :mod:`cxdesk.reports.quarterly_sections` (summary,
source coverage, KPI against targets with charts and the commentary per group, problems with their
evidence, recommendations, improvement measures, compliance summary).

Takes plain values (:class:`QuarterlyData`) collected by ``cxdesk.services.quarterly_reports``; the
charts arrive as matplotlib ``Figure`` objects and are drawn in as PNG images.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from cxdesk.reports import quarterly_sections as sections
from cxdesk.reports.pdf import DocumentInfo, build_pdf, paragraph, styles, table_of_contents


@dataclass(frozen=True)
class MeasureLine:
    title: str
    kind: str
    stage: str
    owner: str
    due: str
    office_code: str
    overdue: bool


@dataclass(frozen=True)
class ComplianceLine:
    id: str
    title: str
    status: str  # met | not_met | no_data
    status_title: str
    summary: str


@dataclass
class QuarterlyData:
    """Everything the report shows, gathered before rendering (no database access while drawing)."""

    organisation: str
    period_code: str
    period_title: str
    scope_title: str
    is_region: bool
    prepared_by: str
    edition: int = 1
    status_title: str = "проект"
    generated_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    # source coverage: office code -> source -> records; titles of the five sources in order
    coverage: dict[str, dict[str, int]] = field(default_factory=dict)
    sources: tuple[tuple[str, str], ...] = ()
    # KPI (IndicatorValue / GroupIndex objects of the KPI area, read by attribute)
    kpi_note: str = ""  # non-empty: why there are no KPI values («нет данных: …»)
    indicators: list[Any] = field(default_factory=list)
    group_indices: list[Any] = field(default_factory=list)
    targets_note: str = ""
    charts: list[tuple[str, Any]] = field(default_factory=list)  # (caption, matplotlib Figure)
    groups: tuple[tuple[str, str], ...] = ()  # KPI groups (code, title) for the commentary
    commentary: dict[str, str] = field(default_factory=dict)
    # problems (ProblemSummary objects of the problems area)
    problems_note: str = ""
    problems: list[Any] = field(default_factory=list)
    measures: list[MeasureLine] = field(default_factory=list)
    compliance: list[ComplianceLine] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"Ежеквартальный отчёт о результатах анализа качества КО за {self.period_title}"


def _title_page(data: QuarterlyData) -> list:
    st = styles()
    big = ParagraphStyle("cover", parent=st["title"], fontSize=18, leading=24, spaceAfter=8 * mm)
    centre = ParagraphStyle("centre", parent=st["body"], alignment=1, fontSize=12, leading=16)
    story: list = [Spacer(1, 35 * mm), paragraph(data.organisation, centre), Spacer(1, 25 * mm),
                   paragraph("ЕЖЕКВАРТАЛЬНЫЙ ОТЧЁТ", big),
                   paragraph("о результатах анализа качества клиентского опыта", centre), Spacer(1, 6 * mm),
                   paragraph(f"за {data.period_title}", centre), Spacer(1, 4 * mm),
                   paragraph(data.scope_title, centre), Spacer(1, 40 * mm)]
    facts = [("Редакция", f"{data.edition} ({data.status_title})"),
             ("Сформирован", f"{data.generated_at.astimezone():%d.%m.%Y %H:%M}"),
             ("Подготовил", data.prepared_by),
             ("Основание", "пункт 61 «г» Стандарта организации деятельности органов службы занятости "
                           "(приказ Минтруда России от 16.03.2023 № 156)")]
    for label, value in facts:
        story.append(paragraph(f"{label}: {value}", st["small"]))
    story.append(PageBreak())
    return story


def story(data: QuarterlyData) -> list:
    st = styles()
    result = _title_page(data)
    result += [paragraph("Содержание", st["title"]), table_of_contents(), PageBreak()]
    for make in (sections.summary, sections.coverage, sections.kpi, sections.problems,
                 sections.recommendations, sections.measures, sections.compliance):
        result += make(data)
    return result


def build(target: Path | str | IO[bytes], data: QuarterlyData) -> None:
    info = DocumentInfo(title=f"Отчёт о КО за {data.period_title}", organisation=data.organisation,
                        printed_by=data.prepared_by)
    build_pdf(target, story(data), info)


def render(data: QuarterlyData) -> bytes:
    buffer = io.BytesIO()
    build(buffer, data)
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    """Pages of a PDF made by reportlab (its page objects are never compressed)."""
    return len(re.findall(rb"/Type /Page[^s]", pdf))
