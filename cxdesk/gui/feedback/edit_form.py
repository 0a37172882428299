"""The form of an existing record: every field its source has, filled in, saved as the changed fields only.

Opened from the register with Enter, a double click or «Изменить». A book entry also gets its status and
the answer (date, method, text); an appeal keeps its status and answer in the lifecycle actions of the
«Запись» menu (extension, answer, redirection follow 59-ФЗ rules there), so here they are shown, not
edited. Attached scans can be opened with the system viewer or saved to a file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.feedback.forms import IntakeDialog
from cxdesk.services import feedback
from cxdesk.services.feedback import RecordInfo
from cxdesk.services.feedback_terms import (
    ANSWER_METHODS,
    APPEAL_CHANNELS,
    AUDIENCES,
    BOOK_KINDS,
    PLATFORMS,
    SOURCE_STATUSES,
    STATUSES,
    title,
)


class RecordEditDialog(IntakeDialog):
    """Edit one record of any source; :meth:`changes` is what differs from the record as loaded."""

    def __init__(
        self,
        ctx,
        info: RecordInfo,
        touchpoints: list[tuple[str, str]],
        profiles: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        heading = {
            "book": self.tr("Complaints and suggestions book entry № {n}"),
            "appeal": self.tr("Appeal № {n}"),
            "open": self.tr("Open-source mention"),
            "survey": self.tr("Questionnaire"),
            "metric": self.tr("Satisfaction metric"),
        }[info.source]
        super().__init__(heading.format(n=info.number), parent, scrolling=True)
        self.setObjectName("recordEditDialog")
        self.ctx, self.info = ctx, info
        self.save_new_button.hide()  # editing one record: nothing "new" follows
        self.fields: dict[str, QWidget] = {}
        self.saver: Callable[[dict], bool] | None = None  # saves the changes; False keeps the form open
        source = info.source
        if source == "book":
            moment = info.received_at.astimezone() if info.received_at else None
            day = moment.date() if moment else info.received_on
            when = QDateTimeEdit(
                QDateTime(
                    QDate(day.year, day.month, day.day),
                    QTime(moment.hour, moment.minute) if moment else QTime(0, 0),
                )
            )
            when.setDisplayFormat("dd.MM.yyyy HH:mm")
            when.setCalendarPopup(True)
            self._field("received_at", self.tr("Date and time"), when)
            self._field("kind", self.tr("Kind"), self._choice(BOOK_KINDS, info.kind))
        else:
            self._field("received_on", self.tr("Date received"), self._date(info.received_on))
        if source == "appeal":
            self._field("channel", self.tr("Channel"), self._choice(APPEAL_CHANNELS, info.channel))
        if source == "open":
            platform = self.combo(PLATFORMS, editable=True)
            platform.setCurrentText(info.channel)
            self._field("channel", self.tr("Platform"), platform)
            self._field("url", self.tr("Link"), QLineEdit(info.url))
        self._field("audience", self.tr("Audience"), self._choice(AUDIENCES, info.audience))
        if source in ("book", "appeal", "open"):
            hidden = info.personal_data_hidden
            for key, label in (
                ("author", self.tr("Author (applicant)")),
                ("address", self.tr("Postal address")),
                ("contacts", self.tr("Contacts")),
            ):
                edit = self._field(key, label, QLineEdit(getattr(info, key)))
                edit.setReadOnly(hidden)
        if source == "appeal":
            self._field("subject", self.tr("Subject"), QLineEdit(info.subject))
        text = self.text_area()
        text.setPlainText(info.text)
        self._field("text", self.tr("Comment") if source in ("survey", "metric") else self.tr("Text"), text)
        if source == "open":
            reach = QSpinBox()
            reach.setRange(0, 100_000_000)
            reach.setGroupSeparatorShown(True)
            reach.setValue(info.reach or 0)
            self._field("reach", self.tr("Reach"), reach)
        self._field("touchpoint_id", self.tr("Touchpoint"), self._picker(touchpoints, info.touchpoint_id))
        profile = self._picker(profiles, info.profile_id)
        profile.setItemText(0, self.tr("— no profile —"))
        profile.setToolTip(self.tr("Client-group profiles are described in «Профили клиентских групп»"))
        self._field("profile_id", self.tr("Client-group profile"), profile)
        if source in ("book", "appeal", "open"):
            self._field("responsible", self.tr("Responsible employee"), QLineEdit(info.responsible))
            self._field("measures", self.tr("Measures taken"), QLineEdit(info.measures))
        if source in ("book", "open"):
            statuses = {code: STATUSES[code] for code in SOURCE_STATUSES[source]}
            self._field("status", self.tr("Status"), self._choice(statuses, info.status))
        if source == "book":
            answered = QCheckBox(self.tr("The author was answered"))
            answered.setChecked(info.answer_on is not None)
            self.add_row(self.tr("Answer"), answered, "edit_answered")
            self.answered = answered
            answer_on = self._date(info.answer_on or date.today())
            self._field("answer_on", self.tr("Answer date"), answer_on)
            method = self.combo({"": self.tr("— not specified —"), **ANSWER_METHODS})
            method.setCurrentIndex(max(0, method.findData(info.answer_method)))
            self._field("answer_method", self.tr("Answer method"), method)
            self._field("answer", self.tr("Text of the answer"), QLineEdit(info.answer))
            answered.toggled.connect(self._answer_enabled)
            self._answer_enabled(answered.isChecked())
        if source == "appeal":
            state = self.tr("{status}; answer due {due}").format(
                status=title(STATUSES, info.status),
                due=info.answer_due.strftime("%d.%m.%Y") if info.answer_due else "—",
            )
            note = QLabel(
                state + "\n" + self.tr("Status, extension and answer: the «Record» menu of the register.")
            )
            note.setWordWrap(True)
            self.add_row(self.tr("Status"), note, "edit_appeal_state")
        self._build_attachments()
        self.loaded = self._values()
        # the whole form when it fits, else a scrolling one that still fits a 768-pixel screen
        content = self.scroll.widget().sizeHint()
        self.scroll.setMinimumWidth(content.width() + self.scroll.verticalScrollBar().sizeHint().width())
        self.scroll.setMinimumHeight(min(content.height(), 380))
        extra = self.sizeHint().height() - self.scroll.sizeHint().height()
        self.resize(self.sizeHint().width(), min(content.height() + extra + 4, 660))
        first = next(iter(self.fields.values()))
        first.setFocus()

    # --- building -----------------------------------------------------------------------------
    def _field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        return self.add_row(label, widget, f"edit_{key}")

    def _choice(self, items: dict[str, str], current: str) -> QComboBox:
        box = self.combo(items)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _date(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        return edit

    def _picker(self, choices: list[tuple[str, str]], current: str | None) -> QComboBox:
        box = self.touchpoint_combo(choices)
        box.setEnabled(True)
        if current and box.findData(current) < 0:
            box.addItem(self.tr("(not in the list: {id})").format(id=current[:8]), current)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setMinimumContentsLength(30)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    def _build_attachments(self) -> None:
        self.attachments = QListWidget()
        self.attachments.setObjectName("edit_attachments")
        if not self.info.attachments:
            note = QLabel(self.tr("No scans attached (the «Record» menu attaches one)"))
            note.setWordWrap(True)
            self.add_row(self.tr("Scans"), note, "edit_scans")
            return
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.attachments.setMaximumHeight(70)
        for attachment_id, name, size in self.info.attachments:
            item = QListWidgetItem(f"{name} ({size // 1024 + 1} КБ)")
            item.setData(Qt.ItemDataRole.UserRole, attachment_id)
            self.attachments.addItem(item)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_attachment())
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("edit_open_scan")
        self.open_button.clicked.connect(self.open_attachment)
        self.save_scan_button = QPushButton(self.tr("Save as…"))
        self.save_scan_button.setObjectName("edit_save_scan")
        self.save_scan_button.clicked.connect(self.save_attachment)
        for button in (self.open_button, self.save_scan_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.setOrientation(Qt.Orientation.Vertical)
        row.addWidget(self.attachments, 1)
        row.addWidget(buttons)
        self.add_row(self.tr("Scans"), holder, "edit_scans")

    def _answer_enabled(self, on: bool) -> None:
        for key in ("answer_on", "answer_method", "answer"):
            self.fields[key].setEnabled(on)

    # --- values -------------------------------------------------------------------------------
    def _values(self) -> dict:
        values: dict = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
                values[key] = widget.dateTime().toPython().astimezone()
            elif isinstance(widget, QDateEdit):
                values[key] = widget.date().toPython()
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentText() if widget.isEditable() else widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QSpinBox):
                values[key] = widget.value() or None
            else:
                values[key] = widget.toPlainText().strip()
        if "received_at" in values:
            values["received_at"] = values["received_at"].replace(second=0, microsecond=0)
        if hasattr(self, "answered") and not self.answered.isChecked():
            values.update(answer_on=None, answer_method="", answer="")
        if self.info.personal_data_hidden:
            for key in ("author", "address", "contacts"):
                values.pop(key, None)
        return values

    def changes(self) -> dict:
        """Only what the user changed (the service re-checks everything and keeps the rest)."""
        now = self._values()
        changed = {k: v for k, v in now.items() if v != self.loaded.get(k)}
        if "received_at" in changed:
            changed["received_on"] = changed["received_at"].date()
        return changed

    def _finish(self, and_new: bool) -> None:
        problem = self.validate()
        if problem:
            self.error.show_error(problem)
            return
        if self.saver is None or self.saver(self.changes()):
            self.accept()

    def validate(self) -> str:
        values = self._values()
        source = self.info.source
        if source in ("book", "appeal", "open") and not values.get("text"):
            return self.tr("The text is empty: copy the text of the entry, appeal or publication.")
        if source == "appeal" and not self.info.personal_data_hidden and not values.get("author"):
            return self.tr(
                "Enter the applicant's name: an appeal without a name is not registered for an answer."
            )
        if source == "open" and not values.get("channel"):
            return self.tr("Enter the platform where the mention was published.")
        received = values.get("received_on") or values["received_at"].date()
        if received > date.today():
            return self.tr("The date received is in the future: check the date.")
        answer_on = values.get("answer_on")
        if answer_on is not None:
            if answer_on < received:
                return self.tr("The answer date is earlier than the date of the entry.")
            if not values.get("answer_method"):
                return self.tr("Choose how the answer was given (in writing, by e-mail, orally …).")
        return ""

    # --- scans --------------------------------------------------------------------------------
    def _selected_attachment(self) -> str | None:
        item = self.attachments.currentItem() or self.attachments.item(0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and self.info.attachments else None

    def _attachment(self) -> tuple[str, bytes] | None:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            return None
        outcome = self.ctx.runner.run(
            lambda: feedback.attachment_data(self.ctx.db, self.ctx.actor, attachment_id), parent=self
        )
        return outcome.value if outcome.ok else None

    def save_attachment(self) -> Path | None:
        found = self._attachment()
        if found is None:
            return None
        name, data = found
        path = messages.choose_save_path(
            self,
            self.tr("Save the scan"),
            Path.home() / name,
            self.tr("Scan (*{ext})").format(ext=Path(name).suffix or ".*"),
        )
        if path is None:
            return None
        try:
            path.write_bytes(data)
        except OSError as exc:
            messages.error(
                self,
                self.tr("The scan was not saved to {path}: {reason}. Choose another folder.").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return None
        return path

    def open_attachment(self) -> Path | None:
        """Write the scan to a temporary file and open it with the system's viewer."""
        found = self._attachment()
        if found is None:
            return None
        name, data = found
        folder = Path(tempfile.mkdtemp(prefix="cxdesk-scan-"))
        path = folder / Path(name).name
        path.write_bytes(data)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.warning(
                self,
                self.tr("No program opens this file here. Use «Save as…» and open the copy."),
            )
        return path


def edit_record(page) -> None:
    """Open the single selected record of the register in its form; saving goes through the operation
    runner, and a refusal of the service is shown in the form, which stays open with the user's edits."""
    from cxdesk.gui.feedback.forms import profile_choices
    from cxdesk.services.errors import ServiceError
    from cxdesk.services.roles import Action

    ids = page.selected_ids()
    if len(ids) != 1:
        page.status.setText(QCoreApplication.translate("FeedbackPage", "Select one record to open it."))
        return
    outcome = page.ctx.runner.run(
        lambda: feedback.get_record(page.ctx.db, page.ctx.actor, ids[0]), parent=page
    )
    if not outcome.ok:
        return
    dialog = page.edit_dialog(outcome.value, profile_choices(page.ctx))
    dialog.save_button.setEnabled(page.ctx.can(Action.FEEDBACK_ENTER))

    def in_form(exc: BaseException) -> bool:
        if isinstance(exc, ServiceError):
            dialog.error.show_error(exc.message)
            return True
        return False

    def save(changes: dict) -> bool:
        if not changes:
            return True
        saved = page.ctx.runner.run(
            lambda: feedback.update_record(page.ctx.db, page.ctx.actor, ids[0], changes),
            changes=("feedback_record",),
            parent=dialog,
            on_error=in_form,
        )
        if saved.ok:
            page.last_saved = saved.value
        return saved.ok

    dialog.saver = save
    if dialog.exec() == dialog.DialogCode.Accepted:
        row = page.model.row_for_id(ids[0])
        if row >= 0:
            page.table.selectRow(row)
