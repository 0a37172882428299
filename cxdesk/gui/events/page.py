"""The «Мероприятия» page: the register of competency events (lazy table, filters by year, type
and format), the quarterly check beside it (events per quarter, a quarter with none marked, the
share of staff who took part) and the selected event's card with its material files; create, edit
and delete; print or save the register of events for a period (``register``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import knowledge as rules
from cxdesk.gui import messages
from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.events import register
from cxdesk.gui.events.dialog import EventDialog
from cxdesk.gui.knowledge.file_list import FileListPanel
from cxdesk.gui.knowledge.render import shrinkable
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import events, events_files, staff
from cxdesk.services.roles import Action
from cxdesk.store.types import utc_now

CHANGES = ("competency_event",)
QUARTERS_SHOWN = 8


class EventsPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        can_edit = ctx.can(Action.EVENTS_EDIT)
        actions = QToolBar()  # a narrow window folds buttons into the » menu
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("new", self.tr("Add event"), self.create_event),
                                ("edit", self.tr("Edit"), self.edit_selected),
                                ("delete", self.tr("Delete"), self.delete_selected)):
            button = QPushButton(text)
            button.setObjectName(f"events_{key}")
            button.clicked.connect(slot)
            button.setEnabled(can_edit)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addSeparator()
        for key, text, tip, slot in (
                ("print", self.tr("Print…"), self.tr("Print the register of events for a period (Ctrl+P)"),
                 lambda: register.print_register(self)),
                ("pdf", self.tr("Save PDF…"), self.tr("Save the register of events for a period as PDF"),
                 lambda: register.save_register(self))):
            button = QPushButton(text)
            button.setObjectName(f"events_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        self.body.addWidget(actions)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title or organiser…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.model.refresh())
        self.year = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for key, text in rules.EVENT_KINDS.items():
            self.kind.addItem(text, key)
        self.format = QComboBox()
        self.format.addItem(self.tr("Online and offline"), None)
        for key, text in rules.EVENT_FORMATS.items():
            self.format.addItem(text, key)
        for combo in (self.year, self.kind, self.format):
            combo.currentIndexChanged.connect(lambda _i: self.model.refresh())
        filters.addWidget(self.search, 1)
        for combo in (self.year, self.kind, self.format):
            shrinkable(combo)
            filters.addWidget(combo)
        self.body.addLayout(filters)
        self.model = LazyIdTableModel(
            [Column("held_on", self.tr("Date"), display=lambda r: r.held_on.strftime("%d.%m.%Y")),
             Column("title", self.tr("Event")),
             Column("kind", self.tr("Type"), display=lambda r: r.kind_title),
             Column("format", self.tr("Format"), display=lambda r: r.format_title),
             Column("participants", self.tr("Participants"), RIGHT, display=lambda r: str(r.participants)),
             Column("organiser", self.tr("Organiser"))],
            self._ids, self._rows, sort_key="held_on", sort_order=Qt.SortOrder.DescendingOrder, parent=self)
        self.table = DataTableView()
        self.table.setObjectName("eventsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(2, 140)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        check_title = QLabel(self.tr("Quarterly check (R16: at least one event every quarter)"))
        check_title.setWordWrap(True)
        column.addWidget(check_title)
        self.quarters = QTableWidget(0, 4)
        self.quarters.setObjectName("quarterCheck")
        self.quarters.setHorizontalHeaderLabels([self.tr("Quarter"), self.tr("Events"), self.tr("Staff took part"),
                                                 self.tr("Check")])
        self.quarters.verticalHeader().setVisible(False)
        self.quarters.horizontalHeader().setStretchLastSection(True)
        self.quarters.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        column.addWidget(self.quarters, 1)
        self.card = QTextBrowser()
        self.card.setObjectName("eventCard")
        column.addWidget(self.card, 1)
        self.files = FileListPanel(
            ctx, list_files=lambda event_id: events.get_event(ctx.db, ctx.actor, event_id).files,
            add_file=lambda event_id, path: events_files.add_material_file(ctx.db, ctx.actor, event_id, path),
            save_file=lambda file_id, path: events_files.save_material(ctx.db, file_id, path),
            remove_file=lambda file_id: events_files.remove_material(ctx.db, ctx.actor, file_id),
            changes=CHANGES, name="eventFiles")
        column.addWidget(QLabel(self.tr("Materials (files)")))
        column.addWidget(self.files)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([700, 460])
        self.body.addWidget(splitter, 1)
        self.status = QLabel()
        self.body.addWidget(self.status)
        for key, slot in ((QKeySequence.StandardKey.New, self.create_event),
                          (QKeySequence.StandardKey.Print, lambda: register.print_register(self)),
                          (QKeySequence.StandardKey.Delete, self.delete_selected)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.reloaded.connect(self._update_status)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def _ids(self, sort_key, order, _text) -> list[str]:
        return events.list_event_ids(self.ctx.db, self.ctx.actor, year=self.year.currentData(),
                                     kind=self.kind.currentData(), format=self.format.currentData(),
                                     search=self.search.text(), sort=sort_key or "held_on",
                                     descending=order == Qt.SortOrder.DescendingOrder)

    def _rows(self, ids) -> dict:
        return {r.id: r for r in events.event_rows(self.ctx.db, self.ctx.actor, list(ids))}

    def _fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in events.event_years(self.ctx.db):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def refresh(self) -> None:
        self._fill_years()
        self.model.refresh()
        self._fill_quarters()
        self._show_selected()

    def _fill_quarters(self) -> None:
        last = rules.quarter_of(utc_now().date())
        first = rules.quarters_between((last[0] - 3, 1), last)[-QUARTERS_SHOWN]
        summary = list(reversed(events.quarter_summaries(self.ctx.db, first, last, self.ctx.db.office_code)))
        self.quarters.setRowCount(len(summary))
        for row, q in enumerate(summary):
            share = "—" if q.share is None else f"{q.participants} из {q.staff} ({q.share:.0%})".replace("%", " %")
            current = (q.year, q.quarter) == last
            if q.flagged and current:
                check = self.tr("○ none yet")
            elif q.flagged:
                check = self.tr("⚠ no events")
            else:
                check = self.tr("✔ held")
            cells = [q.title, str(q.events), share, check]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2):
                    item.setTextAlignment(RIGHT)
                if q.flagged and not current:
                    item.setBackground(QBrush(QColor("#fde7e7")))
                self.quarters.setItem(row, col, item)
        self.quarters.resizeColumnsToContents()
        self.title_label.setText(self.tr("{title} · {count} this quarter").format(title=area_title(self.area),
                                                                                  count=summary[0].events))

    def _update_status(self) -> None:
        self.status.setText(self.tr("{rows} records").format(rows=self.model.rowCount()))

    def _on_changed(self, names: set[str]) -> None:
        if names & {"competency_event", "staff_member"}:
            self.refresh()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        event_id = self.selected_id()
        self.buttons["edit"].setEnabled(event_id is not None and self.ctx.can(Action.EVENTS_EDIT))
        self.buttons["delete"].setEnabled(event_id is not None and self.ctx.can(Action.EVENTS_EDIT))
        self.files.set_owner(event_id, self.ctx.can(Action.EVENTS_EDIT))
        if event_id is None:
            self.card.setHtml("<p>" + escape(self.tr("Select an event to see its participants and outcome.")) + "</p>")
            return
        outcome = self.ctx.runner.run(lambda: events.get_event(self.ctx.db, self.ctx.actor, event_id), parent=self)
        if not outcome.ok:
            return
        info = outcome.value
        d = info.data
        facts = [(self.tr("Date"), d.held_on.strftime("%d.%m.%Y")),
                 (self.tr("Type"), rules.EVENT_KINDS.get(d.kind, d.kind)),
                 (self.tr("Format"), rules.EVENT_FORMATS.get(d.format, d.format)),
                 (self.tr("Organiser"), d.organiser)]
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts if v)
        html = [f"<h3>{escape(d.title)}</h3><table cellpadding='2'>{rows}</table>"]
        heading = self.tr("Participants ({n})").format(n=len(info.participant_names))
        html.append(f"<h4>{escape(heading)}</h4><ul>"
                    + "".join(f"<li>{escape(n)}</li>" for n in info.participant_names) + "</ul>")
        for title, text in ((self.tr("Materials"), d.materials), (self.tr("Outcome"), d.outcome)):
            if text:
                html.append(f"<h4>{escape(title)}</h4><p>{escape(text)}</p>")
        self.card.setHtml("".join(html))

    def _dialog(self, info=None) -> EventDialog:
        """Made in one place so tests can fill and accept it."""
        people = staff.list_members(self.ctx.db, office_code=self.ctx.db.office_code)
        return EventDialog(people, info, self)

    def _register_dialog(self, start, end) -> register.RegisterPeriodDialog:
        """Made in one place so tests can answer it."""
        return register.RegisterPeriodDialog(start, end, self)

    def create_event(self) -> None:
        dialog = self._dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: events.create_event(self.ctx.db, self.ctx.actor, dialog.data()),
                                changes=CHANGES, parent=self)

    def edit_selected(self) -> None:
        event_id = self.selected_id()
        if event_id is None or not self.ctx.can(Action.EVENTS_EDIT):
            return
        current = self.ctx.runner.run(lambda: events.get_event(self.ctx.db, self.ctx.actor, event_id), parent=self)
        if not current.ok:
            return
        dialog = self._dialog(current.value)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.runner.run(lambda: events.update_event(self.ctx.db, self.ctx.actor, event_id, dialog.data()),
                                changes=CHANGES, parent=self)

    def delete_selected(self) -> None:
        event_id = self.selected_id()
        if event_id is None or not self.ctx.can(Action.EVENTS_EDIT):
            return
        if messages.confirm(self, self.tr("Delete the selected event from the register?"), self.tr("Delete")):
            self.ctx.runner.run(lambda: events.delete_event(self.ctx.db, self.ctx.actor, event_id),
                                changes=CHANGES, parent=self)


def create_events_page(ctx: AppContext, area: Area) -> QWidget:
    return EventsPage(ctx, area)
