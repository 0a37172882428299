"""Password dialogs: changing one's own password (Файл → Сменить пароль…) and an administrator
resetting another user's password. Both ask for the new password twice, call the service through
the operation runner, and show the service's message (policy, wrong current password) in place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cxdesk.gui.context import AppContext
from cxdesk.gui.widgets import ErrorLabel, chain_tab_order, hint_label, password_edit
from cxdesk.services import users
from cxdesk.services.errors import ServiceError

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class _PasswordDialog(QDialog):
    """New password twice (plus whatever rows a subclass adds first); OK runs :meth:`save`."""

    changes: frozenset[str] = frozenset()
    save: Callable[[], Any]

    def __init__(
        self, ctx: AppContext, title: str, intro: str, accept_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.new_edit = password_edit("newPassword")
        self.repeat_edit = password_edit("repeatPassword")
        self.error_label = ErrorLabel()
        self.buttons = QDialogButtonBox()
        ok = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        self.buttons.addButton(translate("PasswordDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)

    def _finish_layout(self) -> None:
        self.form.addRow(translate("PasswordDialog", "&New password:"), self.new_edit)
        self.form.addRow(translate("PasswordDialog", "Re&peat new password:"), self.repeat_edit)
        hint = hint_label(
            translate("PasswordDialog", "At least 8 characters, both letters and digits or other signs.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fields = [
            self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            for row in range(self.form.rowCount())
        ]
        chain_tab_order(*fields, *self.buttons.buttons())

    def submit(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self.error_label.show_error(
                translate("PasswordDialog", "The new passwords do not match. Enter the same password twice.")
            )
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        outcome = self.ctx.runner.run(self.save, changes=self.changes, parent=self, on_error=self._show_error)
        if outcome.ok:
            self.accept()

    def _show_error(self, exc: BaseException) -> bool:
        if isinstance(exc, ServiceError):
            self.error_label.show_error(exc.message)
            return True
        return False


class ChangePasswordDialog(_PasswordDialog):
    """The logged-in user changes their own password (the current one is asked first)."""

    changes = frozenset({"app_user"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("PasswordDialog", "Change password"),
            translate("PasswordDialog", "Enter your current password, then the new one twice."),
            translate("PasswordDialog", "Change password"),
            parent,
        )
        self.setObjectName("changePasswordDialog")
        self.current_edit = password_edit("currentPassword")
        self.form.addRow(translate("PasswordDialog", "&Current password:"), self.current_edit)
        self._finish_layout()
        self.current_edit.setFocus()

    def save(self) -> None:
        users.change_own_password(self.ctx.db, self.ctx.actor, self.current_edit.text(), self.new_edit.text())


class ResetPasswordDialog(_PasswordDialog):
    """An administrator sets a new password for a user (this also unlocks the account)."""

    changes = frozenset({"app_user"})

    def __init__(self, ctx: AppContext, login: str, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            translate("PasswordDialog", "Reset password"),
            translate(
                "PasswordDialog",
                "A new password for {name} ({login}). Tell it to the employee in person; the account is "
                "unlocked as well.",
            ).format(name=full_name, login=login),
            translate("PasswordDialog", "Reset password"),
            parent,
        )
        self.setObjectName("resetPasswordDialog")
        self.login = login
        self._finish_layout()
        self.new_edit.setFocus()

    def save(self) -> None:
        users.reset_password(self.ctx.db, self.ctx.actor, self.login, self.new_edit.text())
