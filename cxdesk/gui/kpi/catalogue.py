"""The KPI catalogue tab: the indicators of the five groups with search, sorting and the archive;
create and edit them in the form with a live preview, archive or restore (with confirmation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import kpi_formula as kf
from cxdesk.core.text import search_key
from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.kpi.dashboard import GROUP_ORDER, SortItem
from cxdesk.gui.kpi.indicator_form import IndicatorDialog
from cxdesk.gui.widgets import read_only_table
from cxdesk.services import kpi_catalogue
from cxdesk.services.roles import Action

CHANGES = ("kpi_indicator",)
ID_ROLE = Qt.ItemDataRole.UserRole + 3


class CatalogueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: list[kpi_catalogue.IndicatorInfo] = []
        can_edit = ctx.can(Action.KPI_EDIT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("kpiCatalogueSearch")
        self.search.setPlaceholderText(self.tr("Search by code or name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._fill())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _c: self.refresh())
        bar.addWidget(self.search, 1)
        bar.addWidget(self.archived)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", self.tr("New indicator"), self.create),
                                ("edit", self.tr("Open…"), self.edit_selected),
                                ("archive", self.tr("Archive"), self.toggle_archive)):
            button = QPushButton(text)
            button.setObjectName(f"kpi_{key}")
            button.clicked.connect(slot)
            button.setEnabled(can_edit or key == "edit")
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(bar)
        headers = [self.tr("Group"), self.tr("Code"), self.tr("Indicator"), self.tr("For"), self.tr("Formula"),
                   self.tr("Unit"), self.tr("Weight"), self.tr("Kind")]
        self.table = read_only_table(headers, "kpiCatalogue")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((40, 170, 380, 100, 170, 110, 50)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selected_changed)
        layout.addWidget(self.table, 1)
        self.status = QLabel()
        layout.addWidget(self.status)
        for key, slot in ((QKeySequence.StandardKey.New, self.create),
                          (QKeySequence.StandardKey.Find, self.search.setFocus),
                          (QKeySequence.StandardKey.Delete, self.toggle_archive)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refresh(self) -> None:
        outcome = self.ctx.runner.run(lambda: kpi_catalogue.list_indicators(self.ctx.db, self.archived.isChecked()),
                                      parent=self)
        if outcome.ok:
            self.items = outcome.value
            self._fill()

    def _fill(self) -> None:
        key = search_key(self.search.text())
        shown = [i for i in self.items if not key or key in search_key(i.code, i.data.name)]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for row, info in enumerate(shown):
            d = info.data
            kind = self.tr("additional") if d.additional else self.tr("basic")
            if info.archived:
                kind += self.tr(", archived")
            cells = [d.group, d.code, d.name, kf.AUDIENCES.get(d.audience, d.audience), kf.KINDS.get(d.kind, d.kind),
                     d.unit, f"{d.weight:g}".replace(".", ","), kind]
            for col, text in enumerate(cells):
                item = SortItem(text, (GROUP_ORDER.get(d.group, 9), row)) if col == 0 else QTableWidgetItem(text)
                item.setData(ID_ROLE, info.id)
                if info.archived:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
            self.table.item(row, 2).setToolTip(d.description or d.name)
        self.table.setSortingEnabled(True)
        additional = sum(1 for i in shown if i.data.additional)
        self.status.setText(self.tr("{n} indicators, of them additional (regional): {a}").format(n=len(shown),
                                                                                                 a=additional))
        self._selected_changed()

    def selected(self) -> kpi_catalogue.IndicatorInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        wanted = self.table.item(rows[0].row(), 0).data(ID_ROLE)
        return next((i for i in self.items if i.id == wanted), None)

    def _selected_changed(self) -> None:
        info = self.selected()
        can_edit = self.ctx.can(Action.KPI_EDIT)
        self.buttons["edit"].setEnabled(info is not None)
        self.buttons["archive"].setEnabled(info is not None and can_edit)
        self.buttons["archive"].setText(self.tr("Restore") if info is not None and info.archived
                                        else self.tr("Archive"))

    def select_code(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 1).text() == code:
                self.table.selectRow(row)
                return

    def _dialog(self, info=None) -> IndicatorDialog:
        """Made in one place so tests can fill and accept it."""
        return IndicatorDialog(self.ctx.db, info, self, editable=self.ctx.can(Action.KPI_EDIT))

    def create(self) -> None:
        if not self.ctx.can(Action.KPI_EDIT):
            return
        dialog = self._dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: kpi_catalogue.save_indicator(self.ctx.db, self.ctx.actor, dialog.data()),
                                changes=CHANGES, parent=self)

    def edit_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        dialog = self._dialog(info)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.ctx.can(Action.KPI_EDIT):
            self.ctx.runner.run(lambda: kpi_catalogue.save_indicator(self.ctx.db, self.ctx.actor, dialog.data(),
                                                                     info.id), changes=CHANGES, parent=self)

    def toggle_archive(self) -> None:
        info = self.selected()
        if info is None or not self.ctx.can(Action.KPI_EDIT):
            return
        if not info.archived and not messages.confirm(
                self, self.tr("Move «{name}» to the archive? It leaves the dashboard; its targets and history "
                              "are kept and it can be restored.").format(name=info.data.name), self.tr("Archive")):
            return
        self.ctx.runner.run(lambda: kpi_catalogue.set_archived(self.ctx.db, self.ctx.actor, info.code,
                                                               not info.archived), changes=CHANGES, parent=self)
