"""The «Соответствие Стандарту» page: the self-audit of R1–R18 for a quarter and an office (or the
region at the УЦЗН) — a table with the status of each requirement (colour and word), the evidence of
the selected one beside it, «Перейти» to the screen where it is fixed, and the printed self-audit.

The evaluation reads a few aggregates through the operation runner (its errors reach the user in
Russian); the page re-evaluates when the data changes while it is shown, or when it is shown next.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from cxdesk.core import compliance as rules
from cxdesk.core.periods import Period
from cxdesk.gui import print_preview
from cxdesk.gui.areas import Area, area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.reports.choosers import office_combo, quarter_combo
from cxdesk.services import compliance

COLOURS = {rules.MET: "#dff3dc", rules.NOT_MET: "#fbdcdc", rules.NO_DATA: "#ececec"}


class CompliancePage(AreaPage):
    def __init__(self, ctx: AppContext, page_area: Area, parent: QWidget | None = None) -> None:
        super().__init__(page_area, parent)
        self.ctx = ctx
        self.result: compliance.ComplianceResult | None = None
        self._stale = False
        bar = QHBoxLayout()
        self.period = quarter_combo()
        self.office = office_combo(ctx)
        bar.addWidget(QLabel(self.tr("Quarter:")))
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Office:")))
        bar.addWidget(self.office, 1)
        actions = QToolBar()
        self.go_button = QPushButton(self.tr("Go to the screen"))
        self.go_button.setObjectName("complianceGo")
        self.go_button.setToolTip(self.tr("Open the screen where the selected requirement is fixed (Enter)"))
        self.go_button.clicked.connect(self.go_to_area)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("compliancePrint")
        self.print_button.setToolTip(self.tr("Print the self-audit or save it as PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_audit)
        refresh = QPushButton(self.tr("Check again"))
        refresh.setToolTip(self.tr("Evaluate the requirements again from the current data (F5)"))
        refresh.clicked.connect(self.refresh)
        for button in (self.go_button, self.print_button, refresh):
            actions.addWidget(button)
        bar.addWidget(actions)
        self.body.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("complianceSummary")
        self.body.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("complianceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Req."), self.tr("Requirement"), self.tr("Status"),
                                              self.tr("Evidence")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(2, 120)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.itemActivated.connect(lambda _item: self.go_to_area())
        self.detail = QTextBrowser()
        self.detail.setObjectName("complianceEvidence")
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([760, 380])
        self.body.addWidget(splitter, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        for key, slot in ((QKeySequence.StandardKey.Print, self.print_audit),
                          (QKeySequence.StandardKey.Refresh, self.refresh)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # --- data -------------------------------------------------------------------------------------
    def _choice(self) -> tuple[Period, str | None]:
        return Period.parse(self.period.currentData()), self.office.currentData()

    def refresh(self) -> None:
        # a read of aggregates (the KPI values come from their cache): quick enough to run in place,
        # and a page closed meanwhile leaves no worker behind
        period, office = self._choice()
        self._stale = False
        outcome = self.ctx.runner.run(lambda: compliance.evaluate(self.ctx.db, self.ctx.actor, period, office),
                                      parent=self)
        if outcome.ok:
            self._show_result(outcome.value)

    def _on_changed(self, _names: set[str]) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show_result(self, result: compliance.ComplianceResult) -> None:
        self.result = result
        selected = self.selected_check()
        self.table.setRowCount(len(result.checks))
        for row, check in enumerate(result.checks):
            mark = f"{rules.STATUS_MARKS[check.status]} {check.status_title}"
            for col, text in enumerate((check.id, check.title, mark, check.summary)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 2:
                    item.setBackground(QBrush(QColor(COLOURS[check.status])))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        counts = result.counts
        self.summary.setText(self.tr("{scope}, {period}: met {met}, not met {not_met}, no data {no_data}").format(
            scope=result.scope.title, period=result.period.title, met=counts[rules.MET],
            not_met=counts[rules.NOT_MET], no_data=counts[rules.NO_DATA]))
        self.title_label.setText(self.tr("{title} · {met} of {total} met").format(
            title=area_title(self.area), met=counts[rules.MET], total=len(result.checks)))
        ids = [c.id for c in result.checks]
        self.table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)

    def selected_check(self) -> rules.Check | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.result is None:
            return None
        return self.result.checks[rows[0].row()]

    def _show_selected(self) -> None:
        check = self.selected_check()
        self.go_button.setEnabled(check is not None and check.area != self.area.id)
        if check is None:
            self.detail.setHtml("<p>" + escape(self.tr("Select a requirement to see its evidence.")) + "</p>")
            return
        req = check.requirement
        evidence = "".join(f"<tr><td><b>{escape(rules.EVIDENCE_TITLES.get(k, k))}</b></td>"
                           f"<td>{escape(rules.evidence_text(v))}</td></tr>" for k, v in check.evidence.items())
        screen = area_title(area(check.area)) if check.area else ""
        item_label = self.tr("Item of the Standard")
        rule_label = self.tr("How it is checked")
        screen_label = self.tr("Where it is fixed")
        evidence_label = self.tr("Evidence")
        self.detail.setHtml(
            f"<h3>{escape(check.id)}. {escape(req.title)}</h3>"
            f"<p><b>{escape(check.status_title.capitalize())}</b>: {escape(check.summary)}</p>"
            f"<p>{escape(item_label)}: {escape(req.item)}<br>{escape(rule_label)}: {escape(req.rule)}</p>"
            f"<p>{escape(screen_label)}: {escape(screen)}</p>"
            f"<h4>{escape(evidence_label)}</h4><table cellpadding='2'>{evidence}</table>")

    # --- actions ----------------------------------------------------------------------------------
    def go_to_area(self) -> None:
        check = self.selected_check()
        window = self.window()
        if check is None or not check.area or not hasattr(window, "show_area"):
            return
        window.show_area(check.area)

    def print_audit(self) -> None:
        period, office = self._choice()
        print_preview.print_document(
            self, self.ctx.runner, self.tr("Compliance self-audit"),
            lambda target: compliance.print_compliance(self.ctx.db, self.ctx.actor, period, office, target),
            suggested_name=f"Самопроверка {period.code}.pdf")


def create_compliance_page(ctx: AppContext, page_area: Area) -> QWidget:
    return CompliancePage(ctx, page_area)
