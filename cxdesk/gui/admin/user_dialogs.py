"""The dialog that adds a user account: login, full name, role, password twice. The service
checks everything (login format, unique login, password policy) and its message appears in the
dialog; the dialog stays open until the account is saved or the user cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui.context import AppContext
from cxdesk.gui.widgets import ErrorLabel, chain_tab_order, hint_label, password_edit
from cxdesk.services import users
from cxdesk.services.errors import ServiceError
from cxdesk.services.roles import ROLE_TITLES, Role


class AddUserDialog(QDialog):
    """On success ``created`` holds the new account's :class:`~cxdesk.services.users.UserInfo`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: users.UserInfo | None = None
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("newUserLogin")
        self.login_edit.setPlaceholderText(self.tr("Latin letters and digits, for example, ivanova"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("newUserFullName")
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("newUserRole")
        for role in Role:
            self.role_combo.addItem(ROLE_TITLES[role], str(role))
        self.role_combo.setCurrentIndex(self.role_combo.findData(str(Role.CX_SPECIALIST)))
        self.password_edit = password_edit("newUserPassword")
        self.repeat_edit = password_edit("newUserPasswordRepeat")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.login_edit)
        form.addRow(self.tr("&Full name:"), self.full_name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("Re&peat password:"), self.repeat_edit)
        hint = hint_label(
            self.tr(
                "The password needs at least 8 characters, both letters and digits or other "
                "signs. Tell it to the employee in person."
            )
        )
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addUserButton")
        self.add_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        chain_tab_order(
            self.login_edit,
            self.full_name_edit,
            self.role_combo,
            self.password_edit,
            self.repeat_edit,
            *self.buttons.buttons(),
        )
        self.login_edit.setFocus()

    def submit(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.show_error(self.tr("The passwords do not match. Enter the same password twice."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        ctx = self.ctx
        outcome = ctx.runner.run(
            lambda: users.add_user(
                ctx.db,
                ctx.actor,
                self.login_edit.text(),
                self.full_name_edit.text(),
                str(self.role_combo.currentData()),
                self.password_edit.text(),
            ),
            changes={"app_user"},
            parent=self,
            on_error=self._show_error,
        )
        if outcome.ok:
            self.created = outcome.value
            self.accept()

    def _show_error(self, exc: BaseException) -> bool:
        if isinstance(exc, ServiceError):
            self.error_label.show_error(exc.message)
            return True
        return False
