"""The KPI dashboard: period, office and audience; the traffic-light table against targets; group
indices and the selected indicator's trend as embedded charts; offices compared side by side (at the
managing centre); and drill-down from any value to the records behind it in the feedback register.
"""

from __future__ import annotations

from datetime import date

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import kpi_formula as kf
from cxdesk.core.periods import Period
from cxdesk.gui.context import AppContext
from cxdesk.gui.table_model import RIGHT
from cxdesk.gui.widgets import read_only_table
from cxdesk.reports import kpi_charts
from cxdesk.services import kpi_monitoring as km
from cxdesk.services.offices import OfficeKind

STATUS_COLOURS = {"green": "#dff0d8", "amber": "#fcf1d2", "red": "#f6d6d6", "none": "#ffffff"}
STATUS_MARKS = {"green": "●", "amber": "◐", "red": "○", "none": "–"}
PERIODS_SHOWN = {"month": 24, "quarter": 12, "year": 5}
TREND_POINTS = {"month": 12, "quarter": 8, "year": 5}
CODE_ROLE = Qt.ItemDataRole.UserRole + 7
GROUP_ORDER = {code: n for n, (code, _title) in enumerate(kf.GROUPS)}


class SortItem(QTableWidgetItem):
    """A cell that sorts by its number (or text) rather than by the shown text."""

    def __init__(self, text: str, key=None) -> None:
        super().__init__(text)
        self.key = text if key is None else key

    def __lt__(self, other) -> bool:
        a, b = self.key, getattr(other, "key", other.text())
        if isinstance(a, tuple) and isinstance(b, tuple):
            return a < b
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return a < b
        if isinstance(a, (int, float)) != isinstance(b, (int, float)):
            return isinstance(a, (int, float))  # empty values last
        return str(a) < str(b)


def _canvas(fig) -> FigureCanvasQTAgg:
    canvas = FigureCanvasQTAgg(fig)
    canvas.setMinimumSize(280, 220)  # a collapsed canvas would make matplotlib warn about its layout
    return canvas


class Dashboard(QWidget):
    """Monitoring: the values of every indicator for one period, office and audience."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values: list[km.IndicatorValue] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("kpiPeriodKind")
        for key, text in (("month", self.tr("Month")), ("quarter", self.tr("Quarter")), ("year", self.tr("Year"))):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        self.period.setObjectName("kpiPeriod")
        self.period.setMinimumContentsLength(18)
        self.office = QComboBox()
        self.office.setObjectName("kpiOffice")
        self.office.setMinimumContentsLength(22)
        self.audience = QComboBox()
        self.audience.setObjectName("kpiAudience")
        for key, text in ((None, self.tr("Citizens and employers")), ("citizen", self.tr("Citizens")),
                          ("employer", self.tr("Employers"))):
            self.audience.addItem(text, key)
        self.drill = QPushButton(self.tr("Records behind the value…"))
        self.drill.setObjectName("kpiDrill")
        self.drill.setToolTip(self.tr("Open the feedback register with exactly the records the selected value "
                                      "counts (Enter)"))
        self.drill.clicked.connect(self.drill_down)
        for label, widget in ((self.tr("&Period:"), self.kind), (None, self.period), (self.tr("&Office:"), self.office),
                              (self.tr("&Audience:"), self.audience)):
            if label:
                caption = QLabel(label)
                caption.setBuddy(widget)
                bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.drill)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("kpiSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        headers = [self.tr("Group"), self.tr("Indicator"), self.tr("For"), self.tr("Value"), self.tr("Target"),
                   self.tr("Status"), self.tr("Records")]
        self.table = read_only_table(headers, "kpiTable")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        for col, width in enumerate((34, 250, 95, 85, 100, 115, 55)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.drill_down())
        self.table.itemSelectionChanged.connect(self._show_trend)
        self.compare = QTableWidget(0, 1)  # the indicator column; one column per office is added when filled
        self.compare.setObjectName("kpiCompare")
        self.compare.setHorizontalHeaderLabels([self.tr("Indicator")])
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSortingEnabled(True)
        self.compare.doubleClicked.connect(self._drill_compare)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("kpiDashboardTabs")
        self.tabs.addTab(self.table, self.tr("Traffic light"))
        self.compare_index = self.tabs.addTab(self.compare, self.tr("Offices compared"))

        charts = QWidget()
        column = QVBoxLayout(charts)
        column.setContentsMargins(0, 0, 0, 0)
        self.index_canvas = _canvas(kpi_charts.group_index_figure([], width=4.2, height=2.8))
        self.trend_canvas = _canvas(kpi_charts.trend_figure("", [], width=4.2, height=2.8))
        self.index_canvas.setObjectName("kpiIndexChart")
        self.trend_canvas.setObjectName("kpiTrendChart")
        column.addWidget(self.index_canvas, 1)
        column.addWidget(self.trend_canvas, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 400])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("kpiStatus")
        layout.addWidget(self.status)

        self._fill_offices()
        self.kind.setCurrentIndex(1)
        self._fill_periods()
        self.kind.currentIndexChanged.connect(lambda _i: (self._fill_periods(), self.refresh()))
        for combo in (self.period, self.office, self.audience):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.installEventFilter(self)
        self.compare.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Enter on a value drills down to its records (as a double-click does)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.table:
                self.drill_down()
                return True
            if watched is self.compare and self.compare.currentIndex().isValid():
                self._drill_compare(self.compare.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # --- choices -------------------------------------------------------------------------------
    def _fill_offices(self) -> None:
        self.offices = km.compared_offices(self.ctx.db)
        self.office.blockSignals(True)
        self.office.clear()
        if self.ctx.office.kind == OfficeKind.UCZN or len(self.offices) > 1:
            self.office.addItem(self.tr("Region (all offices)"), None)
            for code, name in self.offices:
                self.office.addItem(f"{code} — {name}", code)
        else:
            self.office.addItem(f"{self.ctx.office.code} — {self.ctx.office.name}", self.ctx.office.code)
        self.office.blockSignals(False)

    def _fill_periods(self) -> None:
        kind = self.kind.currentData() or "quarter"
        current = Period.containing(date.today(), kind)
        self.period.blockSignals(True)
        self.period.clear()
        for n in range(PERIODS_SHOWN[kind]):
            p = current.shift(-n)
            self.period.addItem(p.title, p.code)
        self.period.blockSignals(False)

    def set_period(self, code: str) -> None:
        """Choose a period by its code (``2026Q3``, ``2026-07``, ``2026``)."""
        p = Period.parse(code)
        self.kind.setCurrentIndex(self.kind.findData(p.kind))
        index = self.period.findData(p.code)
        if index < 0:
            self.period.addItem(p.title, p.code)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)

    def set_office(self, code: str | None) -> None:
        self.office.setCurrentIndex(max(0, self.office.findData(code)))

    def current_period(self) -> Period:
        return Period.parse(self.period.currentData())

    # --- data ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        period, office, audience = self.current_period(), self.office.currentData(), self.audience.currentData()
        outcome = self.ctx.runner.run(lambda: km.dashboard(self.ctx.db, self.ctx.actor, period, office, audience),
                                      parent=self)
        if not outcome.ok:
            return
        self.values, indices = outcome.value
        self._fill_table()
        self._set_figure(self.index_canvas, kpi_charts.group_index_figure(
            indices, title=self.tr("Group indices (0–100)"), width=4.2, height=2.8))
        self._fill_compare(period, audience)
        counts = {s: sum(1 for v in self.values if v.status == s) for s in STATUS_MARKS}
        self.summary.setText(self.tr("{period}, {office}: target reached {green}, close {amber}, missed {red}, "
                                     "no data {none}.").format(period=period.title, office=self.office.currentText(),
                                                               **counts))
        self.status.setText(self.tr("{n} indicators · double-click a value or press Enter to see its records")
                            .format(n=len(self.values)))
        if self.table.rowCount():
            self.table.selectRow(0)
        self._show_trend()

    def _fill_table(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.values))
        for row, v in enumerate(self.values):
            target = "—" if v.target is None else kf.format_value(v.target, v.unit)
            if v.target is not None and not v.target_approved:
                target += self.tr(" (draft)")
            name = v.name + (self.tr(" [additional]") if v.additional else "")
            cells = [SortItem(v.group, (GROUP_ORDER.get(v.group, 9), row)), SortItem(name),
                     SortItem(km.AUDIENCE_TITLES.get(v.audience, v.audience)),
                     SortItem(v.text, v.value), SortItem(target, v.target),
                     SortItem(f"{STATUS_MARKS[v.status]} {kf.STATUS_TITLES[v.status]}", v.status),
                     SortItem(str(v.records), v.records)]
            colour = QBrush(QColor(STATUS_COLOURS[v.status]))
            for col, item in enumerate(cells):
                item.setData(CODE_ROLE, v.code)
                if col in (3, 4, 6):
                    item.setTextAlignment(RIGHT)
                if col in (3, 5):
                    item.setBackground(colour)
                self.table.setItem(row, col, item)
            self.table.item(row, 1).setToolTip(f"{v.code}: {v.name}\n{v.group_title}")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _fill_compare(self, period: Period, audience: str | None) -> None:
        several = len(self.offices) > 1 and self.office.currentData() is None
        self.tabs.setTabVisible(self.compare_index, several)
        if not several:
            return
        outcome = self.ctx.runner.run(lambda: km.office_values(self.ctx.db, self.ctx.actor, period, audience),
                                      parent=self)
        if not outcome.ok:
            return
        by_code = outcome.value
        offices = sorted({o.office_code for rows in by_code.values() for o in rows})
        self.compare.setSortingEnabled(False)
        self.compare.clear()
        self.compare.setColumnCount(len(offices) + 1)
        self.compare.setRowCount(len(self.values))
        self.compare.setHorizontalHeaderLabels([self.tr("Indicator")] + offices)
        for row, v in enumerate(self.values):
            item = SortItem(v.name)
            item.setData(CODE_ROLE, v.code)
            self.compare.setItem(row, 0, item)
            cells = {o.office_code: o for o in by_code.get(v.code, [])}
            for col, office in enumerate(offices, start=1):
                o = cells.get(office)
                text = "—" if o is None else f"{STATUS_MARKS[o.status]} {kf.format_value(o.value, v.unit)}"
                cell = SortItem(text, None if o is None else o.value)
                cell.setData(CODE_ROLE, v.code)
                cell.setTextAlignment(RIGHT)
                if o is not None:
                    cell.setBackground(QBrush(QColor(STATUS_COLOURS[o.status])))
                    cell.setToolTip(self.tr("{office}: {n} records").format(office=office, n=o.records))
                self.compare.setItem(row, col, cell)
        self.compare.setColumnWidth(0, 280)
        self.compare.setWordWrap(False)
        self.compare.setSortingEnabled(True)

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(CODE_ROLE) if rows else None

    def _show_trend(self) -> None:
        code = self.selected_code()
        self.drill.setEnabled(code is not None)
        if code is None:
            return
        value = next(v for v in self.values if v.code == code)
        period, office, audience = self.current_period(), self.office.currentData(), self.audience.currentData()
        periods = [period.shift(-n) for n in range(TREND_POINTS[period.kind] - 1, -1, -1)]
        calls = [(office or self.tr("region"), office)]
        if office is not None and len(self.offices) > 1:
            calls.append((self.tr("region"), None))
        outcome = self.ctx.runner.run(lambda: [(name, km.trend(self.ctx.db, self.ctx.actor, code, periods, o,
                                                               audience)) for name, o in calls], parent=self)
        if not outcome.ok:
            return
        series = [(name, [(kpi_charts.short_label(p), v) for p, v in points]) for name, points in outcome.value]
        self._set_figure(self.trend_canvas, kpi_charts.trend_figure(
            value.name, series, target=value.target, unit=value.unit, width=4.2, height=2.8))

    def _set_figure(self, canvas: FigureCanvasQTAgg, fig) -> None:
        """Show a new figure in the canvas at the canvas's current size."""
        canvas.figure = fig
        fig.set_canvas(canvas)
        if canvas.width() > 50 and canvas.height() > 50:
            ratio = canvas.device_pixel_ratio or 1
            fig.set_size_inches(canvas.width() * ratio / fig.dpi, canvas.height() * ratio / fig.dpi, forward=False)
        canvas.draw_idle()

    # --- drill-down ----------------------------------------------------------------------------
    def drill_down(self, code: str | None = None, office: str | None = None) -> None:
        """Open the feedback register with the records behind the selected value."""
        code = code or self.selected_code()
        if code is None:
            return
        office = office if office is not None else self.office.currentData()
        period, audience = self.current_period(), self.audience.currentData()
        outcome = self.ctx.runner.run(lambda: km.drilldown_scope(self.ctx.db, code, period, office, audience),
                                      parent=self)
        if not outcome.ok:
            return
        window = self.window()
        if not hasattr(window, "show_area"):
            return
        window.show_area("feedback")
        page = window.page("feedback")
        if page is not None and hasattr(page, "show_scope"):
            page.show_scope(outcome.value)

    def _drill_compare(self, index) -> None:
        item = self.compare.item(index.row(), index.column())
        if item is None or index.column() == 0:
            return
        office = self.compare.horizontalHeaderItem(index.column()).text()
        self.drill_down(item.data(CODE_ROLE), office)

