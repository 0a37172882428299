"""The «Поручения» tab: assignment control. A filter (open, overdue, due within a week, done, all) and a
responsible person, the list coloured by deadline state with the state also in words, the load per
person (open / overdue / due soon), and the actions: mark done (today), in progress, take off control,
open the meeting, print the extract for the responsible person.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from cxdesk.core.meetings import short_date
from cxdesk.gui import messages
from cxdesk.gui.table_model import RIGHT, Column
from cxdesk.gui.widgets import DataTableView
from cxdesk.gui.working_group.common import RecordsTab, button_row, list_model
from cxdesk.gui.working_group.meetings_tab import print_protocol
from cxdesk.services import assignments, staff
from cxdesk.services.roles import Action


class AssignmentsTab(RecordsTab):
    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.ctx = page, page.ctx
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.state = QComboBox()
        self.state.setObjectName("assignmentState")
        for key, text in (("open", self.tr("Open")), ("overdue", self.tr("Overdue")),
                          ("due_soon", self.tr("Due within a week")), ("done", self.tr("Done")), ("all", self.tr("All"))):
            self.state.addItem(text, key)
        self.person = QComboBox()
        self.person.setObjectName("assignmentPerson")
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.person.currentIndexChanged.connect(lambda _i: self.model.refresh())
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.state)
        filters.addWidget(QLabel(self.tr("Responsible:")))
        filters.addWidget(self.person, 1)
        layout.addLayout(filters)
        row, self.buttons = button_row(self, [
            ("done", self.tr("Mark done"), lambda: self.set_status("done"), True, None),
            ("progress", self.tr("In progress"), lambda: self.set_status("in_progress"), True, None),
            ("cancel", self.tr("Take off control"), lambda: self.set_status("cancelled"), True, None),
            ("open", self.tr("Open the meeting"), self.open_meeting, False, None),
            ("extract", self.tr("Extract for the responsible…"), self.print_extract, False, None),
        ], self.ctx.can(Action.MEETINGS_EDIT), "assignments")
        layout.addLayout(row)
        self.model = list_model([
            Column("text", self.tr("Assignment"), display=lambda r: r.fields.text),
            Column("responsible", self.tr("Responsible")),
            Column("due", self.tr("Due"), display=lambda r: short_date(r.fields.due_on) or self.tr("permanent")),
            Column("state", self.tr("Deadline"), display=lambda r: r.state_title),
            Column("status", self.tr("Status"), display=lambda r: r.status_title),
            Column("done_on", self.tr("Done on"), display=lambda r: short_date(r.fields.done_on)),
            Column("protocol", self.tr("Protocol")),
        ], self._load, self, state_of=lambda r: r.state)
        self.table = DataTableView()
        self.table.setObjectName("assignmentsTable")
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 420)
        self.table.setColumnWidth(1, 220)
        self.load_model = list_model([
            Column("full_name", self.tr("Employee")), Column("open", self.tr("Open"), RIGHT),
            Column("overdue", self.tr("Overdue"), RIGHT), Column("due_soon", self.tr("Due soon"), RIGHT)],
            lambda: [_Load(p) for p in assignments.per_person(self.ctx.db, self.page.office_code())], self,
            state_of=lambda r: "overdue" if r.overdue else ("due_soon" if r.due_soon else "ok"))
        self.load_table = DataTableView()
        self.load_table.setSortingEnabled(False)
        self.load_table.setModel(self.load_model)
        self.load_table.setColumnWidth(0, 240)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.load_table)
        splitter.setSizes([900, 380])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        layout.addWidget(self.status)

    def _load(self):
        return assignments.control_list(self.ctx.db, office_code=self.page.office_code(),
                                        state=self.state.currentData(), responsible_staff_id=self.person.currentData())

    def refresh(self) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("everybody"), None)
        for p in staff.list_members(self.ctx.db, include_archived=True, office_code=self.page.office_code()):
            self.person.addItem(p.full_name, p.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)
        self.model.refresh()
        self.load_model.refresh()
        self.status.setText(self.tr("{rows} assignments").format(rows=self.model.rowCount()))
        own = self.page.own_office() and self.ctx.can(Action.MEETINGS_EDIT)
        for key in ("done", "progress", "cancel"):
            self.buttons[key].setEnabled(own)

    def set_status(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        if status == "cancelled" and not messages.confirm(
                self, self.tr("Take the assignment «{text}» off control without execution?").format(
                    text=row.fields.text), self.tr("Take off control")):
            return
        self.ctx.runner.run(lambda: assignments.set_assignment_status(self.ctx.db, self.ctx.actor, row.id, status),
                            changes=("wg_assignment",), parent=self)

    def open_meeting(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.meetings.open_editor(row.meeting_id)

    def print_extract(self) -> None:
        row = self.selected()
        if row is not None:
            print_protocol(self, self.ctx, row.meeting_id, "pdf", row.fields.responsible_staff_id)


class _Load:
    """A per-person row with an id for the table model."""

    def __init__(self, load) -> None:
        self.id = load.staff_id
        self.full_name, self.open, self.overdue, self.due_soon = load.full_name, load.open, load.overdue, load.due_soon
