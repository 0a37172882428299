"""The sequence of a GUI session: first-run wizard (only for a new database) → login dialog →
main window, and back to the login dialog when the user switches user or the account gets locked.

:class:`Startup` shows each step without a nested event loop (dialogs are shown, not
``exec()``-ed), so tests drive the whole flow with clicks and key presses. It starts with a
quick integrity check of the database (a damaged one is offered its newest good backup copy) and
makes an automatic backup copy when the user exits. It emits
``finished(exit_code)`` when the user exits (wizard or login cancelled, main window closed);
:func:`cxdesk.gui.app.run_gui` ends the application with that code.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from cxdesk.gui import backup
from cxdesk.gui.context import AppContext
from cxdesk.gui.login import LoginDialog
from cxdesk.gui.operations import OperationRunner
from cxdesk.gui.wizard import FirstRunWizard
from cxdesk.services import auth, maintenance, offices
from cxdesk.services.errors import ServiceError
from cxdesk.store.database import Database


class Startup(QObject):
    finished = Signal(int)

    def __init__(
        self,
        db: Database,
        *,
        autologin: tuple[str, str] | None = None,
        exit_when_shown: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = OperationRunner(parent=self)
        self._autologin = autologin
        self._exit_when_shown = exit_when_shown
        self.wizard: FirstRunWizard | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window = None

    def start(self) -> None:
        self.check_database()
        outcome = self.runner.run(lambda: offices.is_initialized(self.db))
        if not outcome.ok:
            self.finished.emit(2)
        elif outcome.value:
            self.show_login()
        else:
            self.show_wizard()

    def check_database(self) -> None:
        """The quick check at start; a damaged database is offered its newest good backup copy."""
        if self.db.path is None:  # a server database is checked by its server
            return
        problems = maintenance.quick_check(self.db.path)
        if problems:
            self.db.close()  # every connection closed before a restore replaces the file
            if backup.offer_newest_copy(None, self.db.path, problems):
                self.db.refresh()

    def show_wizard(self) -> None:
        self.wizard = FirstRunWizard(self.db, self.runner)
        self.wizard.accepted.connect(lambda: self.show_login())
        self.wizard.rejected.connect(lambda: self.finished.emit(0))
        self.wizard.show()

    def show_login(self, message: str = "") -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        outcome = self.runner.run(lambda: offices.own_office(self.db))
        if not outcome.ok:
            self.finished.emit(2)
            return
        office = outcome.value
        if self._autologin is not None:
            login, password = self._autologin
            self._autologin = None  # once: after a logout the dialog is shown

            def keep_message(exc: BaseException) -> bool:
                nonlocal message
                if isinstance(exc, ServiceError):
                    message = exc.message
                    return True
                return False

            logged = self.runner.run(
                lambda: auth.authenticate(self.db, login, password), on_error=keep_message
            )
            if logged.ok:
                self.show_main(logged.value)
                return
        dialog = LoginDialog(self.db, self.runner, office, message=message)
        dialog.logged_in.connect(self.show_main)
        dialog.rejected.connect(lambda: self.finished.emit(0))
        self.login_dialog = dialog
        dialog.show()

    def show_main(self, actor) -> None:
        from cxdesk.gui.main_window import MainWindow

        if self.login_dialog is not None:
            self.login_dialog.hide()
            self.login_dialog.deleteLater()
            self.login_dialog = None
        ctx = AppContext(self.db, actor, offices.own_office(self.db), self.runner.bus, self.runner)
        window = MainWindow(ctx)
        window.logout_requested.connect(self._logged_out)
        window.closed.connect(self._window_closed)
        self.main_window = window
        window.show()
        if self._exit_when_shown:
            QApplication.processEvents()
            QTimer.singleShot(0, lambda: self.finished.emit(0))

    def _window_closed(self) -> None:
        """The user exits: an automatic backup copy first (if the data changed), then the end."""
        window = self.main_window
        if self._exit_when_shown or window is None:
            self.finished.emit(0)
            return
        job = backup.start_closing_backup(window.ctx)
        job.finished.connect(lambda _outcome: self.finished.emit(0))

    def _logged_out(self, message: str) -> None:
        """The session ends (switch user, or the account got locked), possibly while one of its dialogs
        is open: the idle lock comes up over a dialog in ``exec()``. Those dialogs are ended (their
        ``exec()`` returns «Отмена» to the code that opened them) and the window is deleted from the
        main loop, once their loops are gone — deleted inside them, the window's pages went while
        their frames were still running (a crash after a double-click had opened the dialog)."""
        window = self.main_window
        self.main_window = None
        if window is not None and shiboken6.isValid(window):
            window.hide()
            for dialog in _dialogs_of(window):
                dialog.done(QDialog.DialogCode.Rejected)
            QTimer.singleShot(0, window.deleteLater)  # one window per session
        self.show_login(message)

    def close_main_window(self) -> None:
        """Close the session's window (saving its state, auditing the logout) when the app ends."""
        window = self.main_window
        if window is not None and shiboken6.isValid(window) and window.isVisible():
            window.closed.disconnect()
            window.close()


def _dialogs_of(window: QWidget) -> list[QDialog]:
    """The open dialogs of ``window`` (and of its pages' dialogs); the progress of work still running is
    left to its work."""
    def belongs(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            parent = parent.parentWidget()
        return parent is window

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and not isinstance(w, QProgressDialog) and w.isVisible() and belongs(w)]
