"""The main window: navigation list of the areas on the left, the current area's page on the
right, menus (built by :mod:`cxdesk.gui.main_menus`), the status bar (office, user, database) and
the idle auto-lock.

Pages are created when an area is first shown (so their modules are imported lazily) and kept.
The window remembers its geometry, state, splitter and last area in QSettings. It emits
``logout_requested(message)`` when the user switches user or the account got locked while the
session was locked, and ``closed`` when the user exits. Before closing, pages that have a
``maybe_close()`` method (unsaved work) are asked and may keep the window open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages, ui_state
from cxdesk.gui.areas import AREAS, Area, area, area_summary, area_title, create_page
from cxdesk.gui.context import AppContext
from cxdesk.gui.icons import icon
from cxdesk.gui.idle_lock import IdleWatcher, LockDialog
from cxdesk.gui.pages.placeholder import UnavailablePage
from cxdesk.gui.widgets import actor_title, office_title
from cxdesk.services import auth, settings


class MainWindow(QMainWindow):
    logout_requested = Signal(str)
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pages: dict[str, QWidget] = {}
        self._logout_message: str | None = None
        self._force_close = False
        self._closing = False
        self.lock_dialog: LockDialog | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("cxdesk — {office}").format(office=ctx.office.name))
        self.setWindowIcon(icon("app"))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        for item_area in AREAS:
            item = QListWidgetItem(icon(item_area.icon), area_title(item_area))
            item.setData(Qt.ItemDataRole.UserRole, item_area.id)
            item.setToolTip(area_summary(item_area))
            self.navigation.addItem(item)
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + 24)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([self.navigation.minimumWidth() + 20, 1000])

        self.locked_panel = QWidget()
        self.locked_panel.setObjectName("lockedPanel")
        locked_icon = QLabel()
        locked_icon.setPixmap(icon("lock").pixmap(64, 64))
        locked_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        locked_text = QLabel(self.tr("The program is locked."))
        locked_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        locked_layout = QVBoxLayout(self.locked_panel)
        locked_layout.addStretch(1)
        locked_layout.addWidget(locked_icon)
        locked_layout.addWidget(locked_text)
        locked_layout.addStretch(1)
        self.central = QStackedWidget()
        self.central.addWidget(self.splitter)
        self.central.addWidget(self.locked_panel)
        self.setCentralWidget(self.central)

        self._build_status_bar()
        from cxdesk.gui.main_menus import MainMenus  # after the widgets the actions refer to

        self.menus = MainMenus(self)

        minutes = settings.get_settings(ctx.db).idle_lock_minutes
        self.idle = IdleWatcher(minutes * 60_000, self)
        self.idle.idle.connect(lambda: self.lock_now(reason="idle_lock"))
        ctx.bus.changed.connect(self._on_changed)

        self.navigation.currentRowChanged.connect(self._show_row)
        self._restore_state()
        self.idle.start()
        from cxdesk.gui.backup import IntervalBackups

        self.interval_backups = IntervalBackups(ctx, self)  # automatic copies of changed data
        self.interval_backups.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self.interval_backups.start()

    # --- areas --------------------------------------------------------------------------------
    def show_area(self, area_id: str) -> None:
        row = next(i for i, item in enumerate(AREAS) if item.id == area_id)
        self.navigation.setCurrentRow(row)

    def current_area(self) -> Area:
        return AREAS[max(self.navigation.currentRow(), 0)]

    def current_page(self) -> QWidget | None:
        return self._pages.get(self.current_area().id)

    def page(self, area_id: str) -> QWidget | None:
        return self._pages.get(area_id)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(AREAS):
            return
        item = AREAS[row]
        page = self._pages.get(item.id)
        if isinstance(page, UnavailablePage):  # it failed last time: try again
            self.pages.removeWidget(page)
            page.deleteLater()
            page = None
        if page is None:
            try:
                page = create_page(item, self.ctx)
            except Exception as exc:  # a broken page must not take the window down with it
                messages.report_exception(self, exc)
                page = UnavailablePage(item)
            self._pages[item.id] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        ui_state.set_value(ui_state.LAST_AREA, item.id)

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def _on_changed(self, names: set[str]) -> None:
        if "installation" in names or "office" in names:
            self._update_status_bar()
        if "local_setting" in names:  # the idle auto-lock time may have changed
            outcome = self.ctx.runner.run(lambda: settings.get_settings(self.ctx.db), parent=self)
            if outcome.ok:
                self.idle.set_interval_ms(outcome.value.idle_lock_minutes * 60_000)

    # --- status bar ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.office_label = QLabel()
        self.office_label.setObjectName("statusOffice")
        self.user_label = QLabel(actor_title(self.ctx.actor))
        self.user_label.setObjectName("statusUser")
        self.database_label = QLabel()
        self.database_label.setObjectName("statusDatabase")
        bar.addWidget(self.office_label)
        bar.addWidget(_separator())
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.database_label)
        self._update_status_bar()

    def _update_status_bar(self) -> None:
        self.office_label.setText(office_title(self.ctx.office))
        path = self.ctx.db.display()
        text = self.tr("Database: {path}").format(path=path)
        metrics = QFontMetrics(self.database_label.font())
        self.database_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 420))
        self.database_label.setToolTip(path)

    # --- locking ------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    def lock_now(self, reason: str = "lock") -> None:
        """Hide the content behind the lock dialog (Ctrl+L, or when the idle timer runs out)."""
        if self.locked or self._closing:
            return
        self.idle.stop()
        self.central.setCurrentWidget(self.locked_panel)
        self.menuBar().setEnabled(False)
        self.ctx.runner.run(lambda: auth.log_event(self.ctx.db, self.ctx.actor, reason), parent=self)
        dialog = LockDialog(self.ctx.db, self.ctx.actor, self.ctx.runner, self)
        dialog.unlocked.connect(self._unlocked)
        dialog.switch_user.connect(self._switch_user_from_lock)
        dialog.account_locked.connect(self._account_locked)
        self.lock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _release_lock_dialog(self) -> None:
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
            self.lock_dialog.deleteLater()
            self.lock_dialog = None

    def _unlocked(self) -> None:
        self._release_lock_dialog()
        self.central.setCurrentWidget(self.splitter)
        self.menuBar().setEnabled(True)
        self.idle.start()

    def _switch_user_from_lock(self) -> None:
        self.log_out("")
        if not self._closing and self.lock_dialog is not None:  # a page kept the session: stay locked
            self.lock_dialog.show()
            self.lock_dialog.raise_()

    def _account_locked(self, message: str) -> None:
        messages.error(self, message)
        self.log_out(message, force=True)  # the account is locked: the session ends whatever is open

    def log_out(self, message: str = "", *, force: bool = False) -> None:
        """Close this session and go back to the login dialog (showing ``message`` there).

        Pages with unsaved work are asked first (``maybe_close()``) unless ``force``.
        """
        self._logout_message = message
        self._force_close = force
        self.close()

    def pages_agree_to_close(self) -> bool:
        """Ask every open page that has ``maybe_close()`` (unsaved work) whether it may close."""
        return all(page.maybe_close() for page in self._pages.values() if hasattr(page, "maybe_close"))

    # --- state --------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = ui_state.value_bytes(ui_state.WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            if available is not None and available.width() > 0:
                self.resize(
                    min(1280, int(available.width() * 0.92)), min(760, int(available.height() * 0.92))
                )
            else:
                self.resize(1280, 760)
        state = ui_state.value_bytes(ui_state.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = ui_state.value_bytes(ui_state.SPLITTER_STATE)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last = ui_state.value_str(ui_state.LAST_AREA)
        try:
            self.show_area(area(last).id if last else AREAS[0].id)
        except (KeyError, StopIteration):
            self.show_area(AREAS[0].id)

    def save_state(self) -> None:
        ui_state.set_value(ui_state.WINDOW_GEOMETRY, self.saveGeometry())
        ui_state.set_value(ui_state.WINDOW_STATE, self.saveState())
        ui_state.set_value(ui_state.SPLITTER_STATE, self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        if not self._force_close and not self.pages_agree_to_close():
            event.ignore()
            self._logout_message = None
            return
        self._closing = True
        self.save_state()
        self.idle.uninstall()
        self.interval_backups.stop()
        self._release_lock_dialog()
        self.ctx.runner.run(lambda: auth.log_event(self.ctx.db, self.ctx.actor, "logout"), parent=self)
        event.accept()
        if self._logout_message is not None:
            self.logout_requested.emit(self._logout_message)
        else:
            self.closed.emit()


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
