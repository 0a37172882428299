"""The «Рекомендации» tab: every recommendation on the register's problems as a lazy table sorted in SQL
(due date, status, addressee, problem), with search and filters (status, office, overdue only); an
overdue recommendation is on red with the word «просрочена» in its due column, a done one on green.
Actions: edit (Enter, double click), go to its problem, delete with confirmation (Del).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core.meetings import short_date
from cxdesk.gui import messages
from cxdesk.gui.knowledge.render import shrinkable
from cxdesk.gui.problems.common import fill
from cxdesk.gui.table_model import Column
from cxdesk.gui.widgets import DataTableView
from cxdesk.gui.working_group.common import StateTableModel
from cxdesk.services import problems_recommendations as recs
from cxdesk.services.problems_lists import problem_offices
from cxdesk.services.problems_terms import CHANGES, RECOMMENDATION_STATUSES
from cxdesk.services.roles import Action


def _state(row) -> str:
    return "overdue" if row.overdue else {"done": "done", "cancelled": "cancelled"}.get(row.status, "ok")


class RecommendationsTab(QWidget):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QToolBar()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("edit", self.tr("Edit…"), self.edit),
                                ("problem", self.tr("Go to the problem"), self.go_to_problem),
                                ("delete", self.tr("Delete"), self.delete)):
            button = QPushButton(text)
            button.setObjectName(f"recommendations_{key}")
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
        layout.addWidget(bar)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("recommendationsSearch")
        self.search.setPlaceholderText(self.tr("Search in recommendations, addressees and problems…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.status = QComboBox()
        self.status.setObjectName("recommendationsStatus")
        fill(self.status, RECOMMENDATION_STATUSES.items(), self.tr("All statuses"))
        self.office = QComboBox()
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("recommendationsOverdue")
        self.overdue.toggled.connect(lambda _c: self.reload())
        filters.addWidget(self.search, 1)
        for combo in (self.status, self.office):
            shrinkable(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            filters.addWidget(combo)
        filters.addWidget(self.overdue)
        layout.addLayout(filters)
        self.model = StateTableModel(
            [Column("due_on", self.tr("Due"), display=self._due_text),
             Column("text", self.tr("Recommendation")),
             Column("addressee", self.tr("Addressee")),
             Column("status", self.tr("Status"), display=lambda r: r.status_title),
             Column("problem", self.tr("Problem"), display=lambda r: r.problem_title),
             Column("office_code", self.tr("Office"))],
            self._ids, self._rows, sort_key="due_on", parent=self, state_of=_state)
        self.table = DataTableView()
        self.table.setObjectName("recommendationsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((140, 320, 200, 90, 260)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        self.status_line = QLabel()
        layout.addWidget(self.status_line)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete, context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.reloaded.connect(self._update_status)

    def _due_text(self, row) -> str:
        if row.due_on is None:
            return self.tr("no date")
        return short_date(row.due_on) + (self.tr(" · overdue") if row.overdue else "")

    def current_filter(self) -> recs.RecommendationFilter:
        return recs.RecommendationFilter(self.search.text(), self.status.currentData(), self.office.currentData(),
                                         self.overdue.isChecked())

    def _ids(self, sort_key, order, _text) -> list[str]:
        return recs.list_recommendation_ids(self.ctx.db, self.ctx.actor, self.current_filter(), sort_key or "due_on",
                                            order == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids) -> dict:
        return recs.recommendation_rows(self.ctx.db, self.ctx.actor, list(ids))

    def refresh(self) -> None:
        fill(self.office, [(c, c) for c in problem_offices(self.ctx.db)], self.tr("All offices"))
        self.office.setVisible(self.office.count() > 2)
        self.reload()

    def reload(self) -> None:
        self.model.refresh()
        self._update_buttons()

    def _update_status(self) -> None:
        rows = self.model.rowCount()
        self.status_line.setText(self.tr("{n} recommendations").format(n=rows) if rows else self.tr(
            "No recommendations for these filters. Add them to a problem on the «Problems» tab."))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        editable = row is not None and self.ctx.can(Action.PROBLEMS_EDIT) and row.office_code == self.ctx.db.office_code
        self.buttons["edit"].setEnabled(editable)
        self.buttons["delete"].setEnabled(editable)
        self.buttons["problem"].setEnabled(row is not None)

    def edit(self) -> None:
        row = self.selected()
        if row is None or not self.buttons["edit"].isEnabled():
            return
        dialog = self.page.problems.recommendation_dialog(row.problem_title, row.fields)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: recs.update_recommendation(self.ctx.db, self.ctx.actor, row.id,
                                                                   dialog.fields()), changes=CHANGES, parent=self)

    def go_to_problem(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.show_problem(row.problem_id)

    def delete(self) -> None:
        row = self.selected()
        if row is None or not self.buttons["delete"].isEnabled():
            return
        if messages.confirm(self, self.tr("Delete the recommendation «{text}»?").format(text=row.text[:80]),
                            self.tr("Delete")):
            self.ctx.runner.run(lambda: recs.delete_recommendation(self.ctx.db, self.ctx.actor, row.id),
                                changes=CHANGES, parent=self)
