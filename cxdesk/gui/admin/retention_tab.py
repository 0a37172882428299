"""The «Персональные данные» tab (152-ФЗ): the retention period of each record type (editable,
with its basis), a check of what has expired, the anonymisation after a confirmation, and the
destruction acts, each of which can be saved as PDF again. Everything goes through
``services.retention`` (administrator only, audited).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.table_model import Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import retention


class _Rows:
    """A small list served to a lazy table model: fetched whole, sorted here."""

    def __init__(self, fetch, key) -> None:
        self.fetch, self.key, self._rows = fetch, key, {}

    def ids(self, sort_key: str | None, order: Qt.SortOrder, _text: str) -> list:
        rows = self.fetch()
        self._rows = {self.key(r): r for r in rows}
        if sort_key:
            rows = sorted(rows, key=lambda r: getattr(r, sort_key), reverse=order == Qt.SortOrder.DescendingOrder)
        return [self.key(r) for r in rows]

    def rows(self, ids: Sequence[Hashable]) -> dict:
        return {i: self._rows[i] for i in ids if i in self._rows}


class RetentionTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("retentionTab")
        self.job = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._rules_box(), 3)
        layout.addWidget(self._run_box())
        layout.addWidget(self._acts_box(), 2)
        self.refresh()

    # --- periods ------------------------------------------------------------------------------
    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Retention periods of applicants' personal data"))
        self.rules = _Rows(lambda: retention.list_rules(self.ctx.db, self.ctx.actor), lambda r: r.record_type)
        self.rules_model = LazyIdTableModel(
            [Column("title", self.tr("Records")),
             Column("months", self.tr("Period, months"), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
             Column("basis", self.tr("Basis"))],
            self.rules.ids, self.rules.rows, parent=self,
        )
        self.rules_view = DataTableView()
        self.rules_view.setObjectName("retentionRules")
        self.rules_view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.rules_view.setModel(self.rules_model)
        self.rules_view.selectionModel().selectionChanged.connect(self._rule_selected)
        self.rules_view.setColumnWidth(0, 260)
        self.rules_view.setColumnWidth(1, 110)
        self.months_spin = QSpinBox()
        self.months_spin.setObjectName("retentionMonths")
        self.months_spin.setRange(*retention.MONTHS_RANGE)
        self.months_spin.setSuffix(self.tr(" months"))
        self.basis_edit = QLineEdit()
        self.basis_edit.setObjectName("retentionBasis")
        self.save_button = QPushButton(self.tr("Save the period"))
        self.save_button.setObjectName("saveRetentionRule")
        self.save_button.clicked.connect(self.save_rule)
        row = QHBoxLayout()
        months_label = QLabel(self.tr("&Period:"))
        months_label.setBuddy(self.months_spin)
        basis_label = QLabel(self.tr("&Basis:"))
        basis_label.setBuddy(self.basis_edit)
        row.addWidget(months_label)
        row.addWidget(self.months_spin)
        row.addWidget(basis_label)
        row.addWidget(self.basis_edit, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.rules_view, 1)
        layout.addLayout(row)
        return box

    def selected_rule(self) -> retention.RuleInfo | None:
        rows = self.rules_view.selectionModel().selectedRows()
        return self.rules_model.row_data(rows[0].row()) if rows else None

    def _rule_selected(self) -> None:
        rule = self.selected_rule()
        if rule is not None:
            self.months_spin.setValue(rule.months)
            self.basis_edit.setText(rule.basis)
        for widget in (self.save_button, self.months_spin, self.basis_edit):
            widget.setEnabled(rule is not None)

    def save_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None:
            return
        months, basis = self.months_spin.value(), self.basis_edit.text()
        outcome = self.ctx.runner.run(
            lambda: retention.set_rule(self.ctx.db, self.ctx.actor, rule.record_type, months, basis),
            changes={"retention_rule", "audit_log"}, parent=self,
        )
        if outcome.ok:
            self.status_label.setText(self.tr("Saved: {title} — {months} months.").format(
                title=rule.title, months=months))
            self.refresh()

    # --- the run ------------------------------------------------------------------------------
    def _run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Anonymisation of expired personal data"))
        intro = QLabel(self.tr(
            "When the period is over, the applicant's name, address and contacts are removed from the record "
            "and from its texts (with e-mails and telephone numbers); the records themselves stay for the "
            "statistics. The freed space of the file is overwritten and a destruction act is made."))
        intro.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check what has expired"))
        self.check_button.setObjectName("checkRetention")
        self.check_button.clicked.connect(self.check)
        self.run_button = QPushButton(self.tr("Anonymise…"))
        self.run_button.setObjectName("runRetention")
        self.run_button.clicked.connect(self.run)
        self.status_label = QLabel()
        self.status_label.setObjectName("retentionStatus")
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.run_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        return box

    def _found_text(self, found: retention.RetentionResult) -> str:
        if not found.records:
            return self.tr("No personal data has outlived its retention period.")
        parts = "; ".join(f"{title}: {count}" for title, count in found.by_type.items())
        return self.tr("The retention period is over for {count} records ({parts}).").format(
            count=found.total, parts=parts)

    def check(self) -> retention.RetentionResult | None:
        outcome = self.ctx.runner.run(lambda: retention.find_expired(self.ctx.db, self.ctx.actor), parent=self)
        if outcome.ok:
            self.status_label.setText(self._found_text(outcome.value))
            return outcome.value
        return None

    def run(self) -> None:
        found = self.check()
        if found is None or not found.records or self.job is not None:
            return
        question = self.tr(
            "{found}\n\nAnonymise them now? The names, addresses and contacts cannot be brought back (backup "
            "copies made earlier still hold them until they are thinned out). Other workstations should close "
            "the program: the file is compacted afterwards."
        ).format(found=self._found_text(found))
        if not messages.confirm(self, question, self.tr("Anonymise"), self.tr("Anonymisation")):
            self.status_label.setText(self.tr("Cancelled: nothing was changed."))
            return
        self.run_button.setEnabled(False)
        self.job = self.ctx.runner.start(
            lambda: retention.run(self.ctx.db, self.ctx.actor),
            label=self.tr("Anonymising personal data and cleaning the file…"),
            title=self.tr("Anonymisation"),
            changes={"feedback_record", "retention_act", "audit_log"},
            parent=self, on_done=self._done,
        )
        self.job.finished.connect(self._finished)

    def _done(self, result: retention.RetentionResult) -> None:
        text = self.tr("Anonymised: {count} records. Destruction act No. {act} is made.").format(
            count=result.total, act=result.act_id)
        if not result.cleaned:
            text += " " + self.tr("The WAL file could not be emptied because another program has the database open; "
                                  "run the anonymisation again when it is closed.")
        self.status_label.setText(text)
        if messages.confirm(self, text + "\n\n" + self.tr("Save the act as PDF now?"), self.tr("Save…")):
            self.save_act(result.act_id)

    def _finished(self, _outcome) -> None:
        self.job = None
        self.run_button.setEnabled(True)
        self.refresh()

    # --- acts ---------------------------------------------------------------------------------
    def _acts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Destruction acts"))
        self.acts = _Rows(lambda: retention.list_acts(self.ctx.db, self.ctx.actor), lambda a: a.id)
        self.acts_model = LazyIdTableModel(
            [Column("id", self.tr("No."), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
             Column("performed_at", self.tr("Made"), display=lambda a: _local(a.performed_at)),
             Column("records", self.tr("Records"), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
             Column("actor_name", self.tr("By"))],
            self.acts.ids, self.acts.rows, sort_key="id", sort_order=Qt.SortOrder.DescendingOrder, parent=self,
        )
        self.acts_view = DataTableView()
        self.acts_view.setObjectName("retentionActs")
        self.acts_view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.acts_view.setModel(self.acts_model)
        self.acts_view.doubleClicked.connect(lambda _i: self.save_selected_act())
        self.acts_view.selectionModel().selectionChanged.connect(self._update_buttons)
        for column, width in enumerate((60, 140, 80)):
            self.acts_view.setColumnWidth(column, width)
        self.save_act_button = QPushButton(self.tr("Save the act as PDF…"))
        self.save_act_button.setObjectName("saveRetentionAct")
        self.save_act_button.clicked.connect(self.save_selected_act)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_act_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.acts_view, 1)
        layout.addLayout(row)
        return box

    def _update_buttons(self) -> None:
        self.save_act_button.setEnabled(bool(self.acts_view.selectionModel().selectedRows()))
        self._rule_selected()

    def save_selected_act(self) -> None:
        rows = self.acts_view.selectionModel().selectedRows()
        if rows:
            self.save_act(self.acts_model.row_data(rows[0].row()).id)

    def save_act(self, act_id: int) -> None:
        suggested = Path.home() / f"акт-{act_id}-уничтожение-ПДн.pdf"
        path = messages.choose_save_path(self, self.tr("Destruction act"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        outcome = self.ctx.runner.run(
            lambda: retention.print_act(self.ctx.db, self.ctx.actor, act_id, path), changes={"audit_log"}, parent=self)
        if outcome.ok:
            self.status_label.setText(self.tr("The act is saved: {path}").format(path=path))

    def refresh(self) -> None:
        self.rules_model.refresh()
        self.acts_model.refresh()
        self._update_buttons()


def _local(at: datetime) -> str:
    return at.astimezone().strftime("%d.%m.%Y %H:%M")
