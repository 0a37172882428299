"""Idle auto-lock: an application-wide watcher of keyboard and mouse input, and the lock dialog.

:class:`IdleWatcher` restarts a single-shot timer on every key press, mouse click, move or wheel
anywhere in the application and emits ``idle`` when it runs out (the interval comes from
``settings.idle_lock_minutes`` and can be set in milliseconds for tests). The main window then
hides its content behind :class:`LockDialog`, which asks for the current user's password through
``auth.unlock_session`` (wrong passwords count towards the five-attempt lock-out) or lets another
user log in instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cxdesk.gui.icons import icon
from cxdesk.gui.operations import OperationRunner
from cxdesk.gui.widgets import ErrorLabel, password_edit
from cxdesk.services import auth
from cxdesk.services.actor import Actor
from cxdesk.services.errors import AccountLockedError, ServiceError
from cxdesk.store.database import Database

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without user input (while started)."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def uninstall(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USER_INPUT and self._timer.isActive():
            self._timer.start()
        return False


class LockDialog(QDialog):
    """Covers a locked session: ``unlocked``, ``switch_user`` or ``account_locked(message)``."""

    unlocked = Signal()
    switch_user = Signal()
    account_locked = Signal(str)

    def __init__(
        self, db: Database, actor: Actor, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = runner
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("cxdesk — locked"))
        self.setWindowIcon(icon("lock"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        text = QLabel(
            self.tr(
                "The program is locked. {name} ({login}), enter your password to continue, or let "
                "another user log in."
            ).format(name=actor.full_name, login=actor.login)
        )
        text.setObjectName("lockText")
        text.setWordWrap(True)
        self.password_edit = password_edit("lockPassword")
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.error_label = ErrorLabel()
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.switch_button = buttons.addButton(self.tr("Switch user"), QDialogButtonBox.ButtonRole.ResetRole)
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(self._switch_user)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.password_edit.setFocus()

    def submit(self) -> None:
        password = self.password_edit.text()
        if not password:
            self.password_edit.setFocus()
            return
        outcome = self.runner.run(
            lambda: auth.unlock_session(self.db, self.actor, password), parent=self, on_error=self._show_error
        )
        if outcome.ok:
            self._finish()
            self.unlocked.emit()

    def _show_error(self, exc: BaseException) -> bool:
        if isinstance(exc, AccountLockedError):
            self._finish()
            self.account_locked.emit(exc.message)
            return True
        if isinstance(exc, ServiceError):
            self.error_label.show_error(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return True
        return False

    def _switch_user(self) -> None:
        self._finish()
        self.switch_user.emit()

    def _finish(self) -> None:
        self.password_edit.clear()
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Escape does not close the lock: only the password or «Сменить пользователя» do."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the window's close button does not unlock either
