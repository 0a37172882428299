"""The meeting editor the secretary works in during and after a meeting: the protocol's header (number,
date, time, place, form, chair, secretary), the attendance with the quorum shown live (tick who is
present, a reason for who is absent, invited guests), and the agenda with СЛУШАЛИ — ВЫСТУПИЛИ — РЕШИЛИ
and the assignments of each item (``meeting_agenda.AgendaPanel``). Every change is saved at once
through the operation runner; Ctrl+S saves the header and the open item, Ctrl+P prints the protocol.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.working_group.common import (
    FieldSpec,
    WgFormDialog,
    date_edit,
    date_of,
    set_date,
    staff_options,
)
from cxdesk.gui.working_group.meeting_agenda import AgendaPanel
from cxdesk.gui.working_group.meetings_tab import CHANGES, print_protocol
from cxdesk.services import meetings, staff
from cxdesk.services.meetings import FORMS, MeetingFields
from cxdesk.services.roles import Action


class MeetingEditor(QDialog):
    def __init__(self, ctx, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.setObjectName("meetingEditor")
        self.setWindowTitle(self.tr("Meeting of the working group"))
        self.resize(1240, 700)
        self.detail = meetings.get_meeting(ctx.db, meeting_id)
        self.editable = self.detail.editable and ctx.can(Action.MEETINGS_EDIT)
        self.people = staff.list_members(ctx.db, include_archived=True)
        layout = QVBoxLayout(self)
        header = QFormLayout()
        line = QHBoxLayout()
        self.number = QLineEdit()
        self.number.setObjectName("meetingNumber")
        self.number.setMaximumWidth(80)
        self.day = date_edit(optional=False)
        self.day.setObjectName("meetingDate")
        self.time = QLineEdit()
        self.time.setInputMask("99:99")
        self.time.setMaximumWidth(70)
        self.form = QComboBox()
        for key, title in FORMS.items():
            self.form.addItem(title, key)
        for label, widget in ((self.tr("Protocol №"), self.number), (self.tr("Date"), self.day),
                              (self.tr("Start"), self.time), (self.tr("Form"), self.form)):
            line.addWidget(QLabel(label))
            line.addWidget(widget)
        line.addStretch(1)
        header.addRow(line)
        self.place = QLineEdit()
        self.chair, self.secretary = QComboBox(), QComboBox()
        for combo in (self.chair, self.secretary):
            for data, text in staff_options(self.people, empty=self.tr("— not chosen —")):
                combo.addItem(text, data)
        people = QHBoxLayout()
        people.addWidget(QLabel(self.tr("Chair")))
        people.addWidget(self.chair, 1)
        people.addWidget(QLabel(self.tr("Secretary")))
        people.addWidget(self.secretary, 1)
        self.note = QLineEdit()
        place = QHBoxLayout()  # place and note share a line: the editor must fit a 768-pixel-high screen
        place.addWidget(self.place, 3)
        place.addWidget(QLabel(self.tr("Note")))
        place.addWidget(self.note, 2)
        header.addRow(self.tr("Place"), place)
        header.addRow(people)
        layout.addLayout(header)
        self.save_button = QPushButton(self.tr("Save header"))
        self.save_button.setObjectName("meetingSaveHeader")
        self.save_button.clicked.connect(self.save_header)
        self.status_label = QLabel()
        line.addWidget(self.status_label)
        line.addWidget(self.save_button)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        attendance = QWidget()
        a_layout = QVBoxLayout(attendance)
        self.quorum = QLabel()
        self.quorum.setObjectName("meetingQuorum")
        a_layout.addWidget(self.quorum)
        self.attendance = QTableWidget(0, 4)
        self.attendance.setObjectName("attendanceTable")
        self.attendance.setHorizontalHeaderLabels([self.tr("Present"), self.tr("Participant"), self.tr("Taking part as"),
                                                   self.tr("Reason for absence")])
        self.attendance.horizontalHeader().setStretchLastSection(True)
        self.attendance.setColumnWidth(0, 90)
        self.attendance.setColumnWidth(1, 380)
        self.attendance.setColumnWidth(2, 180)
        self.attendance.itemChanged.connect(self._attendance_changed)
        a_layout.addWidget(self.attendance, 1)
        a_buttons = QHBoxLayout()
        self.add_guest_button = QPushButton(self.tr("Add invited guest…"))
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_attendee_button = QPushButton(self.tr("Remove from the list"))
        self.remove_attendee_button.clicked.connect(self.remove_attendee)
        a_buttons.addWidget(self.add_guest_button)
        a_buttons.addWidget(self.remove_attendee_button)
        a_buttons.addStretch(1)
        a_layout.addLayout(a_buttons)
        self.agenda = AgendaPanel(self)
        self.tabs.addTab(self.agenda, self.tr("Agenda, decisions and assignments"))
        self.tabs.addTab(attendance, self.tr("Attendance and quorum"))

        bottom = QHBoxLayout()
        for text, fmt in ((self.tr("Print protocol…"), "pdf"), (self.tr("Protocol for Word (.docx)…"), "docx")):
            button = QPushButton(text)
            button.setObjectName(f"meetingPrint_{fmt}")
            button.clicked.connect(lambda _c=False, f=fmt: print_protocol(self, self.ctx, self.meeting_id, f))
            bottom.addWidget(button)
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_all)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=lambda: print_protocol(self, self.ctx,
                                                                                         self.meeting_id, "pdf"))
        for widget in (self.number, self.day, self.time, self.form, self.place, self.chair, self.secretary, self.note,
                       self.save_button, self.add_guest_button, self.remove_attendee_button):
            widget.setEnabled(self.editable)
        self.load()

    # --- loading --------------------------------------------------------------------------------
    def load(self, agenda: bool = True) -> None:
        self.detail = meetings.get_meeting(self.ctx.db, self.meeting_id)
        f = self.detail.fields
        self.setWindowTitle(self.tr("Meeting of the working group: protocol № {number} of {date}").format(
            number=f.number, date=f"{f.meeting_date:%d.%m.%Y}"))
        self.number.setText(f.number)
        set_date(self.day, f.meeting_date)
        self.time.setText(f.start_time)
        self.form.setCurrentIndex(max(0, self.form.findData(f.form)))
        self.place.setText(f.place)
        self.chair.setCurrentIndex(max(0, self.chair.findData(f.chair_staff_id)))
        self.secretary.setCurrentIndex(max(0, self.secretary.findData(f.secretary_staff_id)))
        self.note.setText(f.note)
        self.status_label.setText(self.tr("Status: {status}").format(status=meetings.STATUSES[self.detail.status]))
        self._load_attendance()
        if agenda:
            self.agenda.load()

    def _load_attendance(self) -> None:
        self.attendance.blockSignals(True)
        self.attendance.setRowCount(0)
        for person in self.detail.attendance:
            row = self.attendance.rowCount()
            self.attendance.insertRow(row)
            present = QTableWidgetItem(self.tr("present") if person.present else self.tr("absent"))
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                             if self.editable else Qt.ItemFlag.ItemIsEnabled)
            present.setCheckState(Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked)
            present.setData(Qt.ItemDataRole.UserRole, person.id)
            name = QTableWidgetItem(person.full_name + (f", {person.position}" if person.position else ""))
            kind = QTableWidgetItem(self.tr("member") if person.kind == "member" else self.tr("invited"))
            reason = QTableWidgetItem(person.absence_reason)
            for item in (name, kind):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if not self.editable or person.present:
                reason.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for column, item in enumerate((present, name, kind, reason)):
                self.attendance.setItem(row, column, item)
        self.attendance.blockSignals(False)
        q = self.detail.quorum
        text = self.tr("Present {present} of {members} members; at least {required} needed.").format(
            present=q.present, members=q.members, required=q.required)
        mark = self.tr("Quorum: yes") if q.reached else self.tr("Quorum: NO")
        self.quorum.setText(f"<b>{mark}</b> · {text}")
        self.quorum.setStyleSheet("" if q.reached else "color:#b3261e;")

    # --- writing --------------------------------------------------------------------------------
    def _run(self, call, agenda: bool = False) -> bool:
        """Save through the runner, then re-read (the agenda only when asked: it may hold unsaved edits)."""
        outcome = self.ctx.runner.run(call, changes=CHANGES, parent=self)
        if outcome.ok:
            self.load(agenda)
        return outcome.ok

    def header_fields(self) -> MeetingFields:
        return MeetingFields(date_of(self.day), self.time.text(), self.place.text(), self.form.currentData(),
                             self.chair.currentData(), self.secretary.currentData(), self.number.text(),
                             self.note.text())

    def save_header(self) -> bool:
        fields = self.header_fields()
        return self._run(lambda: meetings.update_meeting(self.ctx.db, self.ctx.actor, self.meeting_id, fields))

    def save_all(self) -> None:
        if self.editable:
            self.agenda.save_item()
            self.save_header()

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        attendee_id = self.attendance.item(row, 0).data(Qt.ItemDataRole.UserRole)
        present = self.attendance.item(row, 0).checkState() == Qt.CheckState.Checked
        reason = self.attendance.item(row, 3).text() if self.attendance.item(row, 3) else ""
        self._run(lambda: meetings.set_attendance(self.ctx.db, self.ctx.actor, attendee_id, present, reason))

    def set_present(self, row: int, present: bool) -> None:
        """Tick or untick «present» in a row (what a click on the check box does)."""
        self.attendance.item(row, 0).setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def add_guest(self) -> None:
        dialog = self._dialog(self.tr("Invited guest"), [
            FieldSpec("name", self.tr("Surname, name, patronymic"), required=True),
            FieldSpec("position", self.tr("Organisation and position"))])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self._run(lambda: meetings.add_attendee(self.ctx.db, self.ctx.actor, self.meeting_id,
                                                    person_name=v["name"], position=v["position"]))

    def remove_attendee(self) -> None:
        row = self.attendance.currentRow()
        if row < 0:
            return
        attendee_id = self.attendance.item(row, 0).data(Qt.ItemDataRole.UserRole)
        name = self.attendance.item(row, 1).text()
        if messages.confirm(self, self.tr("Remove «{name}» from the attendance of this meeting?").format(name=name),
                            self.tr("Remove")):
            self._run(lambda: meetings.remove_attendee(self.ctx.db, self.ctx.actor, attendee_id))

    def _dialog(self, title, specs, check=None) -> WgFormDialog:
        """Made in one place so tests can fill and accept it."""
        return WgFormDialog(title, specs, self, check)
