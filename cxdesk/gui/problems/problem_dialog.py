"""The form of a problem: title, description, the client journey and its touchpoint (pickers one can type
into; choosing a journey narrows the touchpoints to it), severity, status with a comment (required for a
rejected problem), owner from the staff directory and the date it was found. Enter in a one-line field
moves to the next field, Ctrl+S saves; mistakes are shown in the form and the focus goes to the field.
``fields()`` returns the service's ``ProblemFields``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.problems.common import fill, searchable
from cxdesk.gui.widgets import ErrorLabel, chain_tab_order
from cxdesk.gui.working_group.common import date_edit, date_of
from cxdesk.services.journeys import TouchpointInfo
from cxdesk.services.problems import ProblemFields
from cxdesk.services.problems_terms import SEVERITIES, STATUSES
from cxdesk.services.staff import StaffInfo


class ProblemDialog(QDialog):
    def __init__(self, journeys: list[tuple[str, str]], touchpoints: list[TouchpointInfo], people: list[StaffInfo],
                 current: ProblemFields | None = None, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("problemDialog")
        self.setWindowTitle(title or self.tr("Problem"))
        self.resize(720, 560)
        self._touchpoints = touchpoints
        f = current or ProblemFields("")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(f.title)
        self.title.setObjectName("problemTitle")
        self.title.setPlaceholderText(self.tr("What goes wrong for clients, in one sentence"))
        self.description = QPlainTextEdit(f.description)
        self.description.setObjectName("problemDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.journey = searchable(QComboBox())
        self.journey.setObjectName("problemJourney")
        fill(self.journey, journeys, self.tr("— not chosen —"), f.journey_id)
        self.touchpoint = searchable(QComboBox())
        self.touchpoint.setObjectName("problemTouchpoint")
        self.journey.currentIndexChanged.connect(lambda _i: self._fill_touchpoints())
        self._fill_touchpoints(f.touchpoint_id)
        self.severity = QComboBox()
        self.severity.setObjectName("problemSeverity")
        fill(self.severity, SEVERITIES.items(), current=f.severity)
        self.status = QComboBox()
        self.status.setObjectName("problemStatus")
        fill(self.status, STATUSES.items(), current=f.status)
        self.status_note = QLineEdit(f.status_note)
        self.status_note.setObjectName("problemStatusNote")
        self.status_note.setPlaceholderText(self.tr("Required for a rejected problem: why"))
        self.owner = searchable(QComboBox())
        self.owner.setObjectName("problemOwner")
        fill(self.owner, [(p.id, f"{p.full_name} — {p.position}" if p.position else p.full_name) for p in people],
             self.tr("— not chosen —"), f.owner_staff_id)
        self.identified_on = date_edit(f.identified_on, optional=False)
        self.identified_on.setObjectName("problemIdentifiedOn")
        form.addRow(self.tr("&Problem: *"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Client &journey:"), self.journey)
        form.addRow(self.tr("&Touchpoint:"), self.touchpoint)
        form.addRow(self.tr("S&everity:"), self.severity)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Status co&mment:"), self.status_note)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&Found on:"), self.identified_on)
        layout.addLayout(form, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self._accept)
        chain_tab_order(self.title, self.description, self.journey, self.touchpoint, self.severity, self.status,
                        self.status_note, self.owner, self.identified_on)
        self.title.setFocus()

    def _fill_touchpoints(self, current: str | None = None) -> None:
        journey_id = self.journey.currentData()
        items = [(t.id, f"{t.stage_name} · {t.name}" if journey_id else f"{t.journey_title} · {t.name}")
                 for t in self._touchpoints if not journey_id or t.journey_id == journey_id]
        fill(self.touchpoint, items, self.tr("— not chosen —"), current)

    def fields(self) -> ProblemFields:
        return ProblemFields(self.title.text(), self.description.toPlainText(), self.journey.currentData(),
                             self.touchpoint.currentData(), self.severity.currentData(), self.status.currentData(),
                             self.owner.currentData(), date_of(self.identified_on), self.status_note.text())

    def _accept(self) -> None:
        if len(" ".join(self.title.text().split())) < 5:
            self.error.show_error(self.tr("Describe the problem in at least 5 characters."))
            self.title.setFocus()
            return
        if self.status.currentData() == "rejected" and not self.status_note.text().strip():
            self.error.show_error(self.tr("Say why the problem is rejected in the status comment."))
            self.status_note.setFocus()
            return
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a picker chooses the item and moves on; it must not save a half-filled form
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focus is not None \
                and not isinstance(focus, QPlainTextEdit | QAbstractButton):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
