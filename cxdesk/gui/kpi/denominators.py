"""The monthly denominators tab: an office enters, for each month of a year, the counts that ratio
indicators divide by (visits …). Twelve editable cells, saved at once (Ctrl+S); an empty cell clears
the month's value.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.periods import MONTHS_NOMINATIVE
from cxdesk.gui.context import AppContext
from cxdesk.gui.table_model import RIGHT
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import kpi_catalogue, kpi_denominators, kpi_monitoring
from cxdesk.services.offices import OfficeKind

CHANGES = ("kpi_denominator",)


class DenominatorsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Monthly counts entered by the office for ratio indicators "
                                        "(e.g. complaints per 1,000 visits).")))
        bar = QHBoxLayout()
        self.office = QComboBox()
        self.office.setObjectName("kpiDenOffice")
        offices = kpi_monitoring.compared_offices(ctx.db)
        if ctx.office.kind != OfficeKind.UCZN or not offices:
            offices = [(ctx.office.code, ctx.office.name)]
        for code, name in offices:
            self.office.addItem(f"{code} — {name}", code)
        self.year = QSpinBox()
        self.year.setObjectName("kpiDenYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.code = QComboBox()
        self.code.setObjectName("kpiDenCode")
        for code, title in kpi_catalogue.denominator_titles().items():
            self.code.addItem(title, code)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("kpiDenSave")
        self.save_button.setToolTip(self.tr("Save the year's values (Ctrl+S)"))
        self.save_button.setEnabled(kpi_denominators.can_enter(ctx.actor))
        self.save_button.clicked.connect(self.save)
        for widget in (self.office, self.year, self.code):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.table = QTableWidget(12, 2)
        self.table.setObjectName("kpiDenominators")
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Value")])
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 140)
        self.table.setMaximumWidth(330)
        layout.addWidget(self.table, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        for widget in (self.office, self.code):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _month(self, row: int) -> str:
        return f"{self.year.value()}-{row + 1:02d}"

    def refresh(self) -> None:
        self.error.hide()
        values = kpi_denominators.values(self.ctx.db, self.office.currentData(), self.year.value(),
                                         self.code.currentData())
        for row in range(12):
            month = QTableWidgetItem(f"{MONTHS_NOMINATIVE[row]} {self.year.value()}")
            month.setFlags(month.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, month)
            value = values.get((self._month(row), self.code.currentData()))
            cell = QTableWidgetItem("" if value is None else f"{value:g}")
            cell.setTextAlignment(RIGHT)
            self.table.setItem(row, 1, cell)

    def save(self) -> None:
        rows = []
        for row in range(12):
            text = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip().replace(" ", "")
            try:
                value = float(text.replace(",", ".")) if text else None
            except ValueError:
                self.error.show_error(self.tr("{month}: «{text}» is not a number. Nothing was saved; correct the "
                                              "value and save again.").format(month=self.table.item(row, 0).text(),
                                                                              text=text))
                self.table.setCurrentCell(row, 1)
                return
            rows.append(kpi_denominators.DenominatorValue(self.office.currentData(), self._month(row),
                                                          self.code.currentData(), value))
        self.error.hide()
        self.ctx.runner.run(lambda: kpi_denominators.save(self.ctx.db, self.ctx.actor, rows), changes=CHANGES,
                            parent=self)
