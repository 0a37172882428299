"""The targets tab (R12): a year's target of every indicator for the region or one office, entered as
drafts, approved only by choosing a working-group decision, with the history of each target.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import kpi_formula as kf
from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.kpi.dashboard import GROUP_ORDER, SortItem
from cxdesk.gui.table_model import RIGHT
from cxdesk.gui.widgets import read_only_table
from cxdesk.services import kpi_catalogue, kpi_monitoring, kpi_targets
from cxdesk.services.roles import Action

CHANGES = ("kpi_target",)
CODE_ROLE = Qt.ItemDataRole.UserRole + 5


class TargetDialog(QDialog):
    """The value of one target and a note."""

    def __init__(self, name: str, unit: str, value: float | None, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTargetDialog")
        self.setWindowTitle(self.tr("Target value"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{escape(name)}</b>"))
        self.value = QDoubleSpinBox()
        self.value.setObjectName("kpiTargetValue")
        self.value.setRange(-1000, 1_000_000)
        self.value.setDecimals(2)
        self.value.setSuffix(f" {unit}")
        self.value.setValue(value or 0)
        self.note = QLineEdit(note)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(QLabel(self.tr("A changed target becomes a draft until a working-group decision approves it.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DecisionDialog(QDialog):
    """Choose the working-group decision that approves the year's targets."""

    def __init__(self, year: int, decisions: list[kpi_targets.Decision], drafts: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiDecisionDialog")
        self.setWindowTitle(self.tr("Approve targets by a decision"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Drafts of {year} to approve: {n}").format(year=year, n=drafts)))
        self.decision = QComboBox()
        self.decision.setObjectName("kpiDecision")
        for d in decisions:
            self.decision.addItem(f"{d.ref}: {d.text[:80]}", d.item_id)
        form.addRow(self.tr("&Decision:"), self.decision)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class TargetsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.targets: dict[str, kpi_targets.TargetInfo] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("kpiTargetsYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.office = QComboBox()
        self.office.setObjectName("kpiTargetsOffice")
        self.office.addItem(self.tr("Region (all offices)"), "")
        for code, name in kpi_monitoring.compared_offices(ctx.db):
            self.office.addItem(f"{code} — {name}", code)
        caption = QLabel(self.tr("&Year:"))
        caption.setBuddy(self.year)
        bar.addWidget(caption)
        bar.addWidget(self.year)
        bar.addWidget(self.office)
        bar.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, action in (
                ("set", self.tr("Set value…"), self.set_selected, Action.KPI_EDIT),
                ("approve", self.tr("Approve by a decision…"), self.approve, Action.TARGETS_APPROVE),
                ("history", self.tr("History…"), self.show_history, None),
                ("remove", self.tr("Remove draft"), self.remove_selected, Action.KPI_EDIT)):
            button = QPushButton(text)
            button.setObjectName(f"kpiTargets_{key}")
            button.clicked.connect(slot)
            button.setEnabled(action is None or ctx.can(action))
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("kpiTargetsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headers = [self.tr("Group"), self.tr("Indicator"), self.tr("Target"), self.tr("Applies"), self.tr("Status"),
                   self.tr("Decision"), self.tr("Revision")]
        self.table = read_only_table(headers, "kpiTargets")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((40, 380, 110, 110, 100, 230)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.set_selected())
        layout.addWidget(self.table, 1)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        year, office = self.year.value(), self.office.currentData() or None
        outcome = self.ctx.runner.run(lambda: (kpi_catalogue.list_indicators(self.ctx.db),
                                               kpi_targets.effective_targets(self.ctx.db, year, office),
                                               kpi_targets.targets_status(self.ctx.db, year, office)), parent=self)
        if not outcome.ok:
            return
        self.indicators, self.targets, status = outcome.value
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.indicators))
        for row, ind in enumerate(self.indicators):
            t = self.targets.get(ind.code)
            applies = "" if t is None else (t.office_code or self.tr("region"))
            cells = [ind.data.group, ind.data.name, "—" if t is None else kf.format_value(t.value, ind.data.unit),
                     applies, self.tr("none") if t is None else t.status_title, "" if t is None else t.decision_ref,
                     "" if t is None else str(t.revision)]
            for col, text in enumerate(cells):
                item = SortItem(text, (GROUP_ORDER.get(ind.data.group, 9), row)) if col == 0 else QTableWidgetItem(text)
                item.setData(CODE_ROLE, ind.code)
                if col in (2, 6):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.summary.setText(self.tr("{year}: indicators {n}, approved {a}, drafts {d}, without a target {m}. "
                                     "Decisions: {refs}").format(year=year, n=status.indicators, a=status.approved,
                                                                 d=status.drafts, m=status.missing,
                                                                 refs=", ".join(status.decisions) or "—"))

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(CODE_ROLE) if rows else None

    def _target_dialog(self, name, unit, value, note) -> TargetDialog:
        """Made in one place so tests can fill and accept it."""
        return TargetDialog(name, unit, value, note, self)

    def _decision_dialog(self, year, decisions, drafts) -> DecisionDialog:
        return DecisionDialog(year, decisions, drafts, self)

    def set_selected(self) -> None:
        code = self.selected_code()
        if code is None or not self.ctx.can(Action.KPI_EDIT):
            return
        ind = next(i for i in self.indicators if i.code == code)
        office = self.office.currentData() or ""
        current = self.targets.get(code)
        own = current if current is not None and current.office_code == office else None
        dialog = self._target_dialog(ind.data.name, ind.data.unit, current.value if current else ind.data.green,
                                     own.note if own else "")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: kpi_targets.set_target(self.ctx.db, self.ctx.actor, code, self.year.value(),
                                                               dialog.value.value(), office, dialog.note.text()),
                                changes=CHANGES, parent=self)

    def approve(self) -> None:
        year = self.year.value()
        decisions = kpi_targets.decisions(self.ctx.db, year)
        drafts = [t for t in kpi_targets.list_targets(self.ctx.db, year, self.office.currentData() or None)
                  if not t.approved]
        if not drafts:
            messages.info(self, self.tr("There are no draft targets for {year}.").format(year=year))
            return
        if not decisions:  # the service refuses too; its message says what to do
            self.ctx.runner.run(lambda: kpi_targets.approve(self.ctx.db, self.ctx.actor, year, None), parent=self)
            return
        dialog = self._decision_dialog(year, decisions, len(drafts))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            item_id = dialog.decision.currentData()
            self.ctx.runner.run(lambda: kpi_targets.approve(self.ctx.db, self.ctx.actor, year, item_id,
                                                            [t.id for t in drafts]), changes=CHANGES, parent=self)

    def show_history(self) -> None:
        code = self.selected_code()
        t = self.targets.get(code) if code else None
        if t is None:
            return
        rows = kpi_targets.history(self.ctx.db, t.id)
        dialog = QDialog(self)
        dialog.setObjectName("kpiTargetHistory")
        dialog.setWindowTitle(self.tr("History of the target"))
        dialog.resize(640, 360)
        view = QTextBrowser(dialog)
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in (
            self.tr("Revision"), self.tr("Value"), self.tr("Status"), self.tr("Decision"), self.tr("Changed"),
            self.tr("Note")))
        body = "".join(
            f"<tr><td>{r.revision}</td><td>{r.value:g}</td><td>{escape(kpi_targets.STATUS_TITLES.get(r.status, ''))}"
            f"</td><td>{escape(r.decision_ref)}</td><td>{escape(r.changed_by)}, {r.changed_at.astimezone():%d.%m.%Y %H:%M}"
            f"</td><td>{escape(r.note)}</td></tr>" for r in rows)
        view.setHtml(f"<table cellpadding='3'><tr>{head}</tr>{body}</table>")
        box = QVBoxLayout(dialog)
        box.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        box.addWidget(buttons)
        dialog.exec()

    def remove_selected(self) -> None:
        code = self.selected_code()
        t = self.targets.get(code) if code else None
        if t is None or not self.ctx.can(Action.KPI_EDIT):
            return
        if messages.confirm(self, self.tr("Remove the draft target? Approved targets cannot be removed."),
                            self.tr("Remove")):
            self.ctx.runner.run(lambda: kpi_targets.remove_target(self.ctx.db, self.ctx.actor, t.id),
                                changes=CHANGES, parent=self)
