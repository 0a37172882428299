"""Intake forms: a complaints-book entry, an appeal (59-ФЗ) and an open-source mention.

Built for fast keyboard entry: Enter moves to the next field (Shift+Enter makes a new line in the
text), Ctrl+S saves, and «Save and new» starts the next entry with sensible defaults (now, the same
kind and touchpoint). Forms return plain dicts for the services; they never touch the database.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services.feedback_terms import APPEAL_CHANNELS, AUDIENCES, BOOK_KINDS, PLATFORMS


def touchpoint_choices(ctx) -> list[tuple[str, str]]:
    """(id, «journey · stage · touchpoint») from the journeys area, or nothing if it is not there."""
    try:
        from cxdesk.services.journeys import list_touchpoints
    except ImportError:
        return []
    try:
        return [
            (t.id, f"{t.journey_title} · {t.stage_name} · {t.name}")
            for t in list_touchpoints(ctx.db, ctx.actor)
        ]
    except Exception:  # the journeys area is optional for intake: degrade to no picker
        return []


def profile_choices(ctx) -> list[tuple[str, str]]:
    """(id, name) of the active client-group profiles, or nothing if the profiles area is not there."""
    try:
        from cxdesk.services.profiles import profile_names

        return profile_names(ctx.db, ctx.actor)
    except Exception:  # profiles are optional for intake: degrade to no picker
        return []


class EnterMovesOn(QObject):
    """Event filter: Enter/Return in a field moves focus to the next field (Shift+Enter in text = newline);
    Ctrl+S in a field saves."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        dialog = self.parent()
        if event.matches(QKeySequence.StandardKey.Save) and isinstance(dialog, IntakeDialog):
            dialog._finish(False)  # also when the window-level shortcut is not active (e.g. no focus)
            return True
        modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & modifiers:
            return False
        if isinstance(watched, QPushButton):
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False  # Enter picks the item in an open drop-down list
        if isinstance(dialog, IntakeDialog):
            dialog.focusNextChild()
            return True
        return False


class IntakeDialog(QDialog):
    """Common frame: a form, an error label, Save / Save and new / Cancel; Ctrl+S saves."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, long_form: bool = False, scrolling: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.save_and_new = False
        self.form = QFormLayout()
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        self.long_form = long_form
        if long_form:  # questions above their fields, the whole form scrolls on small screens
            holder = QWidget()
            self.rows = QVBoxLayout(holder)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(holder)
            scroll.setMinimumHeight(480)
            layout.addWidget(scroll, 1)
        elif scrolling:  # labels beside fields, but a long form scrolls on a 768-pixel screen
            holder = QWidget()
            holder.setLayout(self.form)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(holder)
            self.scroll = scroll
            layout.addWidget(scroll, 1)
        else:
            layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("intakeSave")
        self.save_new_button = QPushButton(self.tr("Save and new"))
        self.save_new_button.setObjectName("intakeSaveNew")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_new_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self._finish(False))
        self.save_new_button.clicked.connect(lambda: self._finish(True))
        self.buttons.rejected.connect(self.reject)
        self._enter = EnterMovesOn(self)
        for button in (self.save_button, self.save_new_button):
            button.setAutoDefault(
                True
            )  # Enter on a focused button presses it (fields handle Enter themselves)
            button.installEventFilter(self._enter)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self._finish(False))

    def add_row(self, label: str, widget: QWidget, name: str) -> QWidget:
        widget.setObjectName(name)
        widget.installEventFilter(self._enter)
        caption = QLabel(label)
        caption.setBuddy(widget)
        if self.long_form:
            caption.setWordWrap(True)
            self.rows.addWidget(caption)
            self.rows.addWidget(widget)
            self.rows.addSpacing(4)
        else:
            self.form.addRow(caption, widget)
        return widget

    def combo(self, items: dict[str, str] | list[str], editable: bool = False) -> QComboBox:
        box = QComboBox()
        box.setEditable(editable)
        pairs = items.items() if isinstance(items, dict) else ((i, i) for i in items)
        for code, title in pairs:
            box.addItem(title, code)
        return box

    def text_area(self) -> QPlainTextEdit:
        area = QPlainTextEdit()
        area.setTabChangesFocus(True)
        area.setMinimumHeight(90)
        return area

    def touchpoint_combo(self, choices: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("— not specified —"), None)
        for tid, title in choices:
            box.addItem(title, tid)
        box.setEnabled(bool(choices))
        if not choices:
            box.setToolTip(self.tr("No journey touchpoints yet: draw a journey map first"))
        return box

    def _finish(self, and_new: bool) -> None:
        problem = self.validate()
        if problem:
            self.error.show_error(problem)
            return
        self.save_and_new = and_new
        self.accept()

    def validate(self) -> str:
        return ""


class BookEntryDialog(IntakeDialog):
    """An entry of the complaints and suggestions book."""

    def __init__(
        self, touchpoints: list[tuple[str, str]], defaults: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Complaints and suggestions book entry"), parent)
        defaults = defaults or {}
        self.when = self.add_row(
            self.tr("Date and time"), QDateTimeEdit(QDateTime.currentDateTime()), "bookWhen"
        )
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.kind = self.add_row(self.tr("Kind"), self.combo(BOOK_KINDS), "bookKind")
        self.kind.setCurrentIndex(max(0, self.kind.findData(defaults.get("kind", "complaint"))))
        self.author = self.add_row(self.tr("Author (optional)"), QLineEdit(), "bookAuthor")
        self.contacts = self.add_row(self.tr("Contacts"), QLineEdit(), "bookContacts")
        self.address = self.add_row(self.tr("Postal address"), QLineEdit(), "bookAddress")
        self.text = self.add_row(self.tr("Text of the entry"), self.text_area(), "bookText")
        self.touchpoint = self.add_row(
            self.tr("Touchpoint"), self.touchpoint_combo(touchpoints), "bookTouchpoint"
        )
        if defaults.get("touchpoint_id"):
            self.touchpoint.setCurrentIndex(max(0, self.touchpoint.findData(defaults["touchpoint_id"])))
        self.responsible = self.add_row(
            self.tr("Responsible employee"), QLineEdit(defaults.get("responsible", "")), "bookResponsible"
        )
        self.measures = self.add_row(self.tr("Measures taken"), QLineEdit(), "bookMeasures")
        self.when.setFocus()

    def validate(self) -> str:
        return "" if self.text.toPlainText().strip() else self.tr("Copy the text of the entry from the book.")

    def data(self) -> dict:
        return {
            "received_at": self.when.dateTime().toPython().astimezone(),
            "kind": self.kind.currentData(),
            "author": self.author.text(),
            "contacts": self.contacts.text(),
            "address": self.address.text(),
            "text": self.text.toPlainText(),
            "touchpoint_id": self.touchpoint.currentData(),
            "responsible": self.responsible.text(),
            "measures": self.measures.text(),
        }

    def next_defaults(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "touchpoint_id": self.touchpoint.currentData(),
            "responsible": self.responsible.text(),
        }


class AppealDialog(IntakeDialog):
    """A registered appeal under 59-ФЗ; deadlines are computed when it is saved."""

    def __init__(
        self, touchpoints: list[tuple[str, str]], defaults: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Register an appeal"), parent)
        defaults = defaults or {}
        self.received = self.add_row(
            self.tr("Date received"), QDateEdit(QDate.currentDate()), "appealReceived"
        )
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.received.setCalendarPopup(True)
        self.channel = self.add_row(self.tr("Channel"), self.combo(APPEAL_CHANNELS), "appealChannel")
        self.channel.setCurrentIndex(max(0, self.channel.findData(defaults.get("channel", "written"))))
        self.audience = self.add_row(self.tr("Applicant"), self.combo(AUDIENCES), "appealAudience")
        self.author = self.add_row(self.tr("Name (organisation)"), QLineEdit(), "appealAuthor")
        self.address = self.add_row(self.tr("Postal address"), QLineEdit(), "appealAddress")
        self.contacts = self.add_row(self.tr("Phone, e-mail"), QLineEdit(), "appealContacts")
        self.subject = self.add_row(self.tr("Subject"), QLineEdit(), "appealSubject")
        self.text = self.add_row(self.tr("Text of the appeal"), self.text_area(), "appealText")
        self.touchpoint = self.add_row(
            self.tr("Touchpoint"), self.touchpoint_combo(touchpoints), "appealTouchpoint"
        )
        self.responsible = self.add_row(
            self.tr("Responsible employee"), QLineEdit(defaults.get("responsible", "")), "appealResponsible"
        )
        self.received.setFocus()

    def validate(self) -> str:
        if not self.author.text().strip():
            return self.tr(
                "Enter the applicant's name: an appeal without a name is not registered for an answer."
            )
        if not self.text.toPlainText().strip():
            return self.tr("Enter the text of the appeal.")
        return ""

    def data(self) -> dict:
        return {
            "received_on": self.received.date().toPython(),
            "channel": self.channel.currentData(),
            "audience": self.audience.currentData(),
            "author": self.author.text(),
            "address": self.address.text(),
            "contacts": self.contacts.text(),
            "subject": self.subject.text(),
            "text": self.text.toPlainText(),
            "touchpoint_id": self.touchpoint.currentData(),
            "responsible": self.responsible.text(),
        }

    def next_defaults(self) -> dict:
        return {"channel": self.channel.currentData(), "responsible": self.responsible.text()}


class MentionDialog(IntakeDialog):
    """A mention in the media or a social network."""

    def __init__(
        self, touchpoints: list[tuple[str, str]], defaults: dict | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Open-source mention"), parent)
        defaults = defaults or {}
        self.date = self.add_row(self.tr("Date"), QDateEdit(QDate.currentDate()), "mentionDate")
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.platform = self.add_row(
            self.tr("Platform"), self.combo(PLATFORMS, editable=True), "mentionPlatform"
        )
        if defaults.get("channel"):
            self.platform.setCurrentText(defaults["channel"])
        self.url = self.add_row(self.tr("Link"), QLineEdit(), "mentionUrl")
        self.author = self.add_row(self.tr("Author"), QLineEdit(), "mentionAuthor")
        self.text = self.add_row(self.tr("Text"), self.text_area(), "mentionText")
        self.reach = self.add_row(self.tr("Reach"), QSpinBox(), "mentionReach")
        self.reach.setRange(0, 100_000_000)
        self.reach.setGroupSeparatorShown(True)
        self.audience = self.add_row(self.tr("Audience"), self.combo(AUDIENCES), "mentionAudience")
        self.touchpoint = self.add_row(
            self.tr("Touchpoint"), self.touchpoint_combo(touchpoints), "mentionTouchpoint"
        )

    def validate(self) -> str:
        return "" if self.text.toPlainText().strip() else self.tr("Enter the text of the publication.")

    def data(self) -> dict:
        return {
            "received_on": self.date.date().toPython(),
            "channel": self.platform.currentText(),
            "url": self.url.text(),
            "author": self.author.text(),
            "text": self.text.toPlainText(),
            "reach": self.reach.value() or None,
            "audience": self.audience.currentData(),
            "touchpoint_id": self.touchpoint.currentData(),
        }

    def next_defaults(self) -> dict:
        return {"channel": self.platform.currentText()}
