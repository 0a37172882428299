"""Fixtures of the GUI tests: offscreen Qt, isolated QSettings, Russian translations, temporary
databases (migrated once per session and copied per test), an administrator's context, and the
answering of message boxes.

Every message box goes through ``cxdesk.gui.messages.present``; the autouse ``message_boxes``
fixture replaces it, records what would have been shown and answers with ``replies`` (a queue of
True/False, default True), so no test ever blocks on a modal dialog.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from gui_support import (
    ADMIN_LOGIN,
    ADMIN_NAME,
    ADMIN_PASSWORD,
    OFFICE_NAME,
    READER_LOGIN,
    READER_NAME,
    READER_PASSWORD,
    make_context,
    visible_dialog,
)
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from cxdesk.gui import i18n, messages
from cxdesk.gui.context import AppContext
from cxdesk.services import offices, users
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.database import Database, open_database


def _copy_database(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return target


@pytest.fixture(scope="session")
def new_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def gui_template(tmp_path_factory, new_template) -> Path:
    path = _copy_database(new_template, tmp_path_factory.mktemp("template") / "initialized.db")
    db = open_database(path)
    offices.initialize(
        db,
        office_code="TC01",
        office_name=OFFICE_NAME,
        kind="tczn",
        region="Тестовская область",
        admin_login=ADMIN_LOGIN,
        admin_full_name=ADMIN_NAME,
        admin_password=ADMIN_PASSWORD,
    )
    admin = Actor(ADMIN_LOGIN, ADMIN_NAME, Role.ADMIN, 1)
    users.add_user(db, admin, READER_LOGIN, READER_NAME, Role.READER, READER_PASSWORD)
    db.close()
    return path


@pytest.fixture(scope="session", autouse=True)
def russian(qapp):
    """The GUI tests see what a Russian user sees."""
    translators = i18n.install_translators(qapp, "ru")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def gui_settings(qapp, tmp_path):
    """QSettings of each test live in its own folder."""
    qapp.setOrganizationName("cxdesk-tests")
    qapp.setApplicationName("cxdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def flush_deleted_widgets(qapp):
    """Delete the windows earlier tests closed, so none of them still listens to the change bus."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass
class MessageBoxes:
    """Stands in for :func:`cxdesk.gui.messages.present`."""

    shown: list[messages.Message] = field(default_factory=list)
    replies: list[bool] = field(default_factory=list)

    def __call__(self, parent, message: messages.Message) -> bool:
        self.shown.append(message)
        return self.replies.pop(0) if self.replies else True

    @property
    def last(self) -> messages.Message:
        assert self.shown, "no message box was shown"
        return self.shown[-1]

    def kinds(self) -> list[str]:
        return [m.kind for m in self.shown]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()
    monkeypatch.setattr(messages, "present", boxes)
    return boxes


@dataclass
class PrintPreviews:
    """Stands in for :func:`cxdesk.gui.print_preview.run_dialog`: records each print preview (its
    title, the pages it shows, the PDF) and closes it, after pressing the buttons queued in
    ``actions`` for it ("save" = «Сохранить PDF…»); any other dialog (the system print dialog) is
    rejected."""

    shown: list = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    def __call__(self, dialog) -> int:
        from PySide6.QtWidgets import QDialog

        from cxdesk.gui.print_preview import PdfPreviewDialog

        if isinstance(dialog, PdfPreviewDialog):
            self.shown.append(dialog.describe())
            if self.actions and self.actions.pop(0) == "save":
                dialog.save_button.click()
        return QDialog.DialogCode.Rejected

    @property
    def last(self):
        assert self.shown, "no print preview was shown"
        return self.shown[-1]


@pytest.fixture(autouse=True)
def print_previews(monkeypatch) -> PrintPreviews:
    from cxdesk.gui import print_preview

    previews = PrintPreviews()
    monkeypatch.setattr(print_preview, "run_dialog", previews)
    return previews


@pytest.fixture
def new_db(tmp_path, new_template) -> Database:
    """A migrated database that is not set up yet (the first-run wizard shows)."""
    database = open_database(_copy_database(new_template, tmp_path / "t.db"))
    yield database
    database.close()


@pytest.fixture
def initialized_db(tmp_path, gui_template) -> Database:
    """Set up: office TC01, administrator «admin» / Admin-2024 and reader «petrov» / Reader-2024."""
    database = open_database(_copy_database(gui_template, tmp_path / "t.db"))
    yield database
    database.close()


@pytest.fixture
def admin_ctx(initialized_db) -> AppContext:
    return make_context(initialized_db, Actor(ADMIN_LOGIN, ADMIN_NAME, Role.ADMIN, 1))


@pytest.fixture
def reader_ctx(initialized_db) -> AppContext:
    return make_context(initialized_db, Actor(READER_LOGIN, READER_NAME, Role.READER, 2))


@pytest.fixture
def main_window(qtbot, admin_ctx):
    from cxdesk.gui.main_window import MainWindow

    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def find_dialog():
    return visible_dialog
