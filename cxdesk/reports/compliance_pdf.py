"""The printed compliance self-audit (R18), A4 in the common print frame: the office or region and the
quarter, the counts of requirements met / not met / without data, then one row per requirement R1–R18
with the item of the Standard, the rule the program applied, the status (colour and word) and the
evidence. Takes the plain result of ``cxdesk.services.compliance.evaluate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from cxdesk.core import compliance as rules
from cxdesk.core.compliance import Check
from cxdesk.core.periods import Period
from cxdesk.reports.pdf import DocumentInfo, build_pdf, content_width, paragraph, styles, table

COLOURS = {rules.MET: "#d7f0d4", rules.NOT_MET: "#f8d4d4", rules.NO_DATA: "#eeeeee"}


def _requirement_cell(check: Check, st: dict) -> list:
    req = check.requirement
    return [paragraph(req.title, st["cell_bold"]), paragraph(f"П. {req.item}. Проверка: {req.rule}", st["small"])]


def compliance_story(checks: tuple[Check, ...], period: Period, scope_title: str, width: float) -> list:
    st = styles()
    counts = rules.overall(checks)
    story: list = [paragraph("Самопроверка соответствия Стандарту организации деятельности органов службы "
                             "занятости (раздел VI)", st["title"]),
                   paragraph(f"{scope_title}, {period.title}", st["body"]), Spacer(1, 2 * mm),
                   paragraph(f"Выполнено: {counts[rules.MET]}; не выполнено: {counts[rules.NOT_MET]}; "
                             f"нет данных: {counts[rules.NO_DATA]} (из {len(checks)} требований).", st["body"]),
                   Spacer(1, 3 * mm)]
    head = ["Треб.", "Требование и правило проверки", "Состояние", "Основание (данные программы)"]
    rows = [[c.id, _requirement_cell(c, st), f"{rules.STATUS_MARKS[c.status]} {c.status_title}", c.summary]
            for c in checks]
    fixed = [14 * mm, 30 * mm]
    rest = width - sum(fixed)
    grid = table([head, *rows], [fixed[0], rest * 0.52, fixed[1], rest * 0.48])
    grid.setStyle(TableStyle([("BACKGROUND", (2, r), (2, r), colors.HexColor(COLOURS[c.status]))
                              for r, c in enumerate(checks, start=1)]))
    story.append(grid)
    return story


def write_compliance(target: Path | str | IO[bytes], checks: tuple[Check, ...], period: Period, scope_title: str,
                     *, organisation: str, printed_by: str) -> None:
    info = DocumentInfo(title=f"Самопроверка соответствия Стандарту, {period.title}", organisation=organisation,
                        printed_by=printed_by)
    build_pdf(target, compliance_story(checks, period, scope_title, content_width(info)), info)
