"""The «Заседания» tab: the monthly check of the chosen year (a mark per month: held, missed, pending,
with text and colour), the meetings of the office, and the actions: plan a meeting and open its editor,
mark it held or cancelled, delete it (with confirmation), print the protocol as PDF or .docx and the
extract for one executor. Shortcuts: Ctrl+N new, Enter open, Del delete, Ctrl+P print.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from cxdesk.core import meetings as rules
from cxdesk.gui import messages
from cxdesk.gui.table_model import RIGHT, Column
from cxdesk.gui.widgets import DataTableView
from cxdesk.gui.working_group.common import (
    STATE_COLOURS,
    FieldSpec,
    RecordsTab,
    button_row,
    list_model,
)
from cxdesk.services import assignments, meetings, meetings_protocol
from cxdesk.services.meetings import MeetingFields
from cxdesk.services.roles import Action

CHANGES = ("wg_meeting", "wg_agenda_item", "wg_attendance", "wg_assignment")
MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
MARKS = {"held": "✓", "missed": "✗", "pending": "…", "future": ""}


class MeetingsTab(RecordsTab):
    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.editor = None
        layout = QVBoxLayout(self)
        check = QHBoxLayout()
        check.addWidget(QLabel(self.tr("Monthly meetings (item 70 of the Standard), year:")))
        self.year = QSpinBox()
        self.year.setObjectName("wgYear")
        self.year.setRange(2020, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        check.addWidget(self.year)
        check.addStretch(1)
        layout.addLayout(check)
        self.months = QGridLayout()
        self.month_labels = []
        for month in range(12):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumWidth(48)
            self.months.addWidget(label, 0, month)
            self.month_labels.append(label)
        months_row = QHBoxLayout()  # its own row: twelve marks beside the title do not fit 1366 px
        months_row.addLayout(self.months)
        months_row.addStretch(1)
        layout.addLayout(months_row)
        self.summary = QLabel()
        self.summary.setObjectName("wgMonthSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        can = self.ctx.can(Action.MEETINGS_EDIT)
        row, self.buttons = button_row(self, [
            ("new", self.tr("Plan a meeting"), self.create_meeting, True, "Ctrl+N"),
            ("open", self.tr("Open"), self.open_selected, False, None),
            ("held", self.tr("Mark held"), lambda: self.set_status("held"), True, None),
            ("cancel", self.tr("Cancel meeting"), lambda: self.set_status("cancelled"), True, None),
            ("delete", self.tr("Delete"), self.delete_selected, True, "Del"),
            ("pdf", self.tr("Print protocol…"), lambda: self.print_selected("pdf"), False, "Ctrl+P"),
            ("docx", self.tr("Protocol (Word)…"), lambda: self.print_selected("docx"), False, None),
            ("extract", self.tr("Extract for an executor…"), self.print_extract, False, None),
        ], can, "meetings")
        layout.addLayout(row)
        self.model = list_model([
            Column("number", self.tr("Protocol №")),
            Column("meeting_date", self.tr("Date"), display=lambda r: rules.short_date(r.meeting_date)),
            Column("status", self.tr("Status"), display=lambda r: r.status_title),
            Column("items", self.tr("Agenda items"), RIGHT),
            Column("assignments", self.tr("Assignments"), RIGHT),
            Column("open_assignments", self.tr("Still open"), RIGHT),
        ], lambda: meetings.list_meetings(self.ctx.db, self.page.office_code(), self.year.value()), self)
        self.table = DataTableView()
        self.table.setObjectName("meetingsTable")
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        for column, width in enumerate((110, 110, 150, 110, 110)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No meetings in this year. Plan a meeting with «Plan a meeting» (Ctrl+N)."))
        layout.addWidget(self.empty)

    def refresh(self) -> None:
        self.model.refresh()
        self.empty.setVisible(self.model.rowCount() == 0)
        checks = meetings.month_checks(self.ctx.db, self.page.office_code(), self.year.value())
        for label, check in zip(self.month_labels, checks, strict=True):
            label.setText(f"{MONTHS_SHORT[check.month - 1]} {MARKS[check.state]}")
            label.setToolTip(f"{check.title}: {rules.MONTH_STATE_TITLES[check.state]}")
            colour = STATE_COLOURS.get(check.state, "")
            label.setStyleSheet(f"background:{colour}; padding:2px;" if colour else "padding:2px;")
        missed = [rules.MONTHS_NOMINATIVE[c.month - 1] for c in checks if c.state == rules.MISSED]
        self.summary.setText(self.tr("Months without a held meeting: {months}").format(months=", ".join(missed))
                             if missed else self.tr("Every month that has ended had a held meeting."))
        own = self.page.own_office() and self.ctx.can(Action.MEETINGS_EDIT)
        for key in ("new", "held", "cancel", "delete"):
            self.buttons[key].setEnabled(own)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, meeting_id: str) -> None:
        row = self.model.row_for_id(meeting_id)
        if row >= 0:
            self.table.selectRow(row)

    def create_meeting(self) -> None:
        outcome = self.ctx.runner.run(
            lambda: meetings.create_meeting(self.ctx.db, self.ctx.actor, MeetingFields(date.today())),
            changes=CHANGES, parent=self)
        if outcome.ok:
            self.year.setValue(outcome.value.fields.meeting_date.year)
            self.select_id(outcome.value.id)
            self.open_editor(outcome.value.id)

    def open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.open_editor(meeting_id)

    def open_editor(self, meeting_id: str) -> None:
        from cxdesk.gui.working_group.meeting_editor import MeetingEditor

        if self.editor is not None:
            self.editor.close()
        self.editor = MeetingEditor(self.ctx, meeting_id, self)
        self.editor.show()

    def set_status(self, status: str) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        if status == "cancelled" and not messages.confirm(
                self, self.tr("Mark the selected meeting as cancelled? It will not count for the monthly check."),
                self.tr("Cancel meeting")):
            return
        self.ctx.runner.run(lambda: meetings.set_status(self.ctx.db, self.ctx.actor, meeting_id, status),
                            changes=CHANGES, parent=self)

    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        row = self.model.row_data(self.model.row_for_id(meeting_id))
        if not messages.confirm(self, self.tr("Delete the meeting of {date} (protocol № {number}) with its agenda, "
                                              "attendance and assignments?").format(
                date=rules.short_date(row.meeting_date), number=row.number), self.tr("Delete")):
            return
        self.ctx.runner.run(lambda: meetings.delete_meeting(self.ctx.db, self.ctx.actor, meeting_id),
                            changes=CHANGES, parent=self)

    def print_selected(self, fmt: str, meeting_id: str | None = None, executor: str | None = None) -> None:
        meeting_id = meeting_id or self.selected_id()
        if meeting_id is None:
            return
        print_protocol(self, self.ctx, meeting_id, fmt, executor)

    def print_extract(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        tasks = assignments.meeting_assignments(self.ctx.db, meeting_id)
        people = {t.fields.responsible_staff_id: t.responsible for t in tasks if t.fields.responsible_staff_id}
        if not people:
            messages.info(self, self.tr("This meeting gave no assignments, so there is nobody to send an extract to."))
            return
        dialog = self._dialog(self.tr("Extract from the protocol"), [
            FieldSpec("executor", self.tr("Executor"), "combo", next(iter(people)), sorted(
                people.items(), key=lambda p: p[1])),
            FieldSpec("format", self.tr("Format"), "combo", "pdf", (("pdf", "PDF"), ("docx", "Word (.docx)")))])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.print_selected(values["format"], meeting_id, values["executor"])


def print_protocol(parent, ctx, meeting_id: str, fmt: str, executor: str | None = None) -> None:
    """PDF: the print preview (then the printer, or «Сохранить PDF…»); Word: ask where to save, then
    write the protocol (or the extract) through the operation runner."""
    detail = meetings.get_meeting(ctx.db, meeting_id)
    translate = QCoreApplication.translate
    kind = translate("MeetingsTab", "Extract") if executor else translate("MeetingsTab", "Protocol")
    suggested = Path(f"{kind} № {detail.fields.number} от {rules.short_date(detail.fields.meeting_date)}.{fmt}")
    if fmt == "pdf":
        from cxdesk.gui import print_preview

        print_preview.print_document(
            parent, ctx.runner, suggested.stem,
            lambda target: meetings_protocol.print_protocol(ctx.db, ctx.actor, meeting_id, target, fmt,
                                                            executor_staff_id=executor),
            suggested_name=suggested.name)
        return
    file_filter = (translate("MeetingsTab", "PDF documents (*.pdf)") if fmt == "pdf"
                   else translate("MeetingsTab", "Word documents (*.docx)"))
    path = messages.choose_save_path(parent, translate("MeetingsTab", "Save the protocol"), suggested, file_filter)
    if path is None:
        return
    ctx.runner.run(lambda: meetings_protocol.print_protocol(ctx.db, ctx.actor, meeting_id, path, fmt,
                                                            executor_staff_id=executor), parent=parent)
