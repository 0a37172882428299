"""The quarter and office choosers shared by the «Отчёты» and «Соответствие Стандарту» pages: the last
quarters (the current one first), and the region (at the УЦЗН) followed by every known office."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSizePolicy

from cxdesk.core.periods import Period
from cxdesk.gui.context import AppContext
from cxdesk.services import compliance

QUARTERS_SHOWN = 12


def quarter_combo(*, today: date | None = None, select_previous: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("quarterChooser")
    current = Period.containing(today or date.today(), "quarter")
    for n in range(QUARTERS_SHOWN):
        period = current.shift(-n)
        combo.addItem(period.title, period.code)
    combo.setCurrentIndex(1 if select_previous else 0)
    return combo


def office_combo(ctx: AppContext) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("officeChooser")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    for code, title in compliance.offices_for_choice(ctx.db):
        combo.addItem(title, code)
        combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
    own = combo.findData(ctx.db.office_code)
    combo.setCurrentIndex(0 if combo.itemData(0) == compliance.REGION or own < 0 else own)
    return combo
