"""The login dialog: user name and password, checked by ``auth.authenticate``.

Errors are shown inside the dialog as the service words them (wrong password with the attempts
left, account locked, account disabled). Enter submits; with an empty password it only moves the
focus to the password field, so a stray Enter never costs one of the five attempts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import ui_state
from cxdesk.gui.icons import icon
from cxdesk.gui.operations import OperationRunner
from cxdesk.gui.widgets import ErrorLabel, hint_label, office_title, password_edit
from cxdesk.services import auth
from cxdesk.services.errors import ServiceError
from cxdesk.services.offices import OfficeInfo
from cxdesk.store.database import Database


class LoginDialog(QDialog):
    """Emits ``logged_in(Actor)`` and accepts when the password is right."""

    logged_in = Signal(object)

    def __init__(
        self,
        db: Database,
        runner: OperationRunner,
        office: OfficeInfo | None,
        parent: QWidget | None = None,
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.actor = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("cxdesk — log in"))
        self.setWindowIcon(icon("app"))

        header = QLabel(office_title(office) if office else "")
        header.setObjectName("loginOffice")
        header.setWordWrap(True)
        font = header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        header.setFont(font)
        database = hint_label(self.tr("Database: {path}").format(path=db.display()))

        self.login_edit = QLineEdit(ui_state.last_login())
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = password_edit("passwordEdit")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.error_label = ErrorLabel()
        self.error_label.show_error(message)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(database)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setTabOrder(self.login_edit, self.password_edit)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def submit(self) -> None:
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self.error_label.show_error(self.tr("Enter your user name."))
            self.login_edit.setFocus()
            return
        if not password:
            self.password_edit.setFocus()
            return
        outcome = self.runner.run(
            lambda: auth.authenticate(self.db, login, password), parent=self, on_error=self._show_error
        )
        if outcome.ok:
            self.actor = outcome.value
            ui_state.remember_login(self.actor.login)
            self.error_label.show_error("")
            self.logged_in.emit(self.actor)
            self.accept()

    def _show_error(self, exc: BaseException) -> bool:
        if not isinstance(exc, ServiceError):
            return False
        self.error_label.show_error(exc.message)
        self.password_edit.clear()
        self.password_edit.setFocus()
        return True
