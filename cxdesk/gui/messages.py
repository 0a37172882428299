"""Every message box and file chooser of the GUI goes through this module.

Widgets call :func:`error`, :func:`warning`, :func:`info`, :func:`confirm` and
:func:`report_exception`, all of which end in the module-level function :func:`present`; file
choosers go through :func:`choose_save_path`. Tests replace these two with ``monkeypatch`` to
answer dialogs without a nested event loop. The message box itself is a small dialog of ours, so
the technical details fold under a «Подробнее» button as UI.md asks (QMessageBox would say
«Показать подробности…»).
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.widgets import run_once
from cxdesk.services.errors import ServiceError

log = logging.getLogger(__name__)

ERROR, WARNING, INFO, QUESTION = "error", "warning", "info", "question"


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@dataclass(frozen=True)
class Message:
    """What a message box shows; ``accept_text`` names the confirming button of a question."""

    kind: str
    title: str
    text: str
    details: str = ""
    accept_text: str = ""


class MessageDialog(QDialog):
    """An icon, a text, optional details behind «Подробнее», and OK (or confirm / cancel)."""

    def __init__(self, parent: QWidget | None, message: Message) -> None:
        super().__init__(parent)
        self.setWindowTitle(message.title)
        self.setObjectName("messageDialog")
        icons = {
            ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
            WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
            QUESTION: QStyle.StandardPixmap.SP_MessageBoxQuestion,
        }
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(icons.get(message.kind, icons[INFO])).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(message.text)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setMinimumWidth(380)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text_label, 1)

        self.details = QPlainTextEdit(message.details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox()
        if message.kind == QUESTION:
            ok = buttons.addButton(
                message.accept_text or translate("Messages", "Yes"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            buttons.addButton(translate("Messages", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            ok = buttons.addButton(translate("Messages", "OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        self.details_button: QPushButton | None = None
        if message.details:
            self.details_button = buttons.addButton(
                translate("Messages", "Details"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.details_button.setCheckable(True)
            self.details_button.setAutoDefault(False)
            self.details_button.toggled.connect(self._toggle_details)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()


def present(parent: QWidget | None, message: Message) -> bool:
    """Show a message modally; True when the user accepted (OK / the confirming button)."""
    return run_once(MessageDialog(parent, message)) == QDialog.DialogCode.Accepted


def error(parent: QWidget | None, text: str, details: str = "", title: str = "") -> None:
    present(parent, Message(ERROR, title or translate("Messages", "Error"), text, details))


def warning(parent: QWidget | None, text: str, details: str = "", title: str = "") -> None:
    present(parent, Message(WARNING, title or translate("Messages", "Warning"), text, details))


def info(parent: QWidget | None, text: str, details: str = "", title: str = "") -> None:
    present(parent, Message(INFO, title or translate("Messages", "Information"), text, details))


def confirm(parent: QWidget | None, text: str, accept_text: str = "", title: str = "") -> bool:
    return present(
        parent, Message(QUESTION, title or translate("Messages", "Confirmation"), text, "", accept_text)
    )


def report_exception(parent: QWidget | None, exc: BaseException) -> None:
    """A service error as its Russian message; anything else as a generic message plus traceback."""
    if isinstance(exc, ServiceError):
        error(parent, exc.message, exc.details)
        return
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("Unexpected error in an operation:\n%s", details)
    error(
        parent,
        translate(
            "Messages",
            "The operation could not be completed because of an unexpected error. Data saved earlier "
            "is kept. Try again; if the error repeats, give the details below to your administrator.",
        ),
        details,
    )


def choose_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """A native "save as" dialog; None when the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None
