"""The form of a competency event: title, type, format, date, organiser, participants ticked in
the office's staff directory (archived people who took part stay listed), materials and outcome.
``data()`` returns the service's ``EventData``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import knowledge as rules
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services.events import EventData, EventInfo
from cxdesk.services.staff import StaffInfo


class EventDialog(QDialog):
    def __init__(self, people: list[StaffInfo], info: EventInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Competency event"))
        self.resize(640, 680)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("eventTitle")
        self.kind = QComboBox()
        for key, text in rules.EVENT_KINDS.items():
            self.kind.addItem(text, key)
        self.format = QComboBox()
        for key, text in rules.EVENT_FORMATS.items():
            self.format.addItem(text, key)
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.organiser = QLineEdit()
        self.participants = QListWidget()
        self.participants.setObjectName("eventParticipants")
        self.materials = QPlainTextEdit()
        self.materials.setPlaceholderText(self.tr("Materials in words or links, one per line; attach the files "
                                                  "in the event's card after saving"))
        self.materials.setMaximumHeight(80)
        self.outcome = QPlainTextEdit()
        self.outcome.setMaximumHeight(80)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("T&ype:"), self.kind)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Organiser:"), self.organiser)
        form.addRow(self.tr("&Participants:"), self.participants)
        form.addRow(self.tr("&Materials:"), self.materials)
        form.addRow(self.tr("O&utcome:"), self.outcome)
        layout.addLayout(form, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        chosen = set(info.data.participant_ids) if info else set()
        names = dict(zip(info.data.participant_ids, info.participant_names, strict=False)) if info else {}
        listed = set()
        for person in people:
            self._add_person(person.id, f"{person.full_name} — {person.position}" if person.position
                             else person.full_name, person.id in chosen)
            listed.add(person.id)
        for staff_id in chosen - listed:  # archived since: still a participant
            self._add_person(staff_id, names.get(staff_id, staff_id), True)
        if info is not None:
            d = info.data
            self.title.setText(d.title)
            self.kind.setCurrentIndex(self.kind.findData(d.kind))
            self.format.setCurrentIndex(self.format.findData(d.format))
            self.held_on.setDate(QDate(d.held_on.year, d.held_on.month, d.held_on.day))
            self.organiser.setText(d.organiser)
            self.materials.setPlainText(d.materials)
            self.outcome.setPlainText(d.outcome)

    def _add_person(self, staff_id: str, text: str, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, staff_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.participants.addItem(item)

    def set_checked(self, staff_ids: set[str]) -> None:
        for i in range(self.participants.count()):
            item = self.participants.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in staff_ids
                               else Qt.CheckState.Unchecked)

    def data(self) -> EventData:
        ids = tuple(self.participants.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.participants.count())
                    if self.participants.item(i).checkState() == Qt.CheckState.Checked)
        d = self.held_on.date()
        return EventData(self.title.text(), self.kind.currentData(), self.format.currentData(),
                         date(d.year(), d.month(), d.day()), self.organiser.text(), self.materials.toPlainText(),
                         self.outcome.toPlainText(), ids)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.show_error(self.tr("Enter the title of the event."))
            return
        self.accept()
