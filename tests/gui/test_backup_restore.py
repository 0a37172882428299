"""Backups in the GUI: the check at start offers the newest good copy of a damaged database,
the administrator restores a chosen copy, and exiting the program makes an automatic copy."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import shiboken6
from gui_support import ADMIN_LOGIN, ADMIN_PASSWORD
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from cxdesk.gui.admin.page import AdminPage
from cxdesk.gui.login import LoginDialog
from cxdesk.gui.startup import Startup
from cxdesk.services import backup_schedule, offices, users
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store import backup as store_backup

ADMIN = Actor(ADMIN_LOGIN, "", Role.ADMIN, 1)


@pytest.fixture
def flows():
    """Start-up sequences made by a test; their windows are closed and deleted before they go."""
    made: list[Startup] = []
    yield made
    for flow in made:
        flow.close_main_window()
        for widget in (flow.wizard, flow.login_dialog, flow.main_window):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
                widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _damage(db) -> bytes:
    db.close()
    data = bytearray(db.path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), page):
        data[offset : offset + 200] = b"\xa5" * 200
    db.path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        db.path.with_name(db.path.name + suffix).unlink(missing_ok=True)
    return bytes(data)


def test_a_damaged_database_is_restored_from_the_newest_good_copy_at_start(
    qtbot, initialized_db, message_boxes, find_dialog, flows
):
    good = backup_schedule.run_automatic(initialized_db, ADMIN, "close", datetime(2026, 11, 20, 9, tzinfo=UTC))
    damaged = _damage(initialized_db)
    flows.append(flow := Startup(initialized_db))
    flow.start()
    question, done = message_boxes.shown[0], message_boxes.shown[1]
    assert question.kind == "question" and "повреждена" in question.text
    assert good.path.name in question.text and "20.11.2026" in question.text
    assert "восстановлена" in done.text
    login = find_dialog(LoginDialog)
    assert login.isVisible()
    assert offices.is_initialized(initialized_db)
    assert store_backup.integrity_problems(initialized_db.path) == []
    kept = [c for c in backup_schedule.list_copies(initialized_db.path) if c.label == "damaged"]
    assert len(kept) == 1 and kept[0].path.read_bytes() == damaged, "the damaged file is kept aside"


def test_without_a_good_copy_the_start_says_what_to_do(qtbot, initialized_db, message_boxes, flows):
    damaged = _damage(initialized_db)
    flows.append(flow := Startup(initialized_db))
    flow.start()
    error = message_boxes.shown[0]
    assert error.kind == "error" and "нет исправной резервной копии" in error.text
    assert "не изменён" in error.text
    assert initialized_db.path.read_bytes() == damaged


@pytest.fixture
def backup_tab(main_window):
    main_window.show_area("admin")
    page = main_window.current_page()
    assert isinstance(page, AdminPage)
    return page.backup_tab


def test_the_administrator_restores_a_chosen_copy_and_the_session_ends(
    qtbot, main_window, backup_tab, admin_ctx, message_boxes
):
    db = admin_ctx.db
    copy = backup_schedule.run_automatic(db, ADMIN, "close", datetime(2026, 11, 20, 9, tzinfo=UTC))
    users.add_user(db, ADMIN, "kozlova", "Козлова Ирина Сергеевна", Role.READER, "Kozlova-2024")
    backup_tab.refresh()
    model = backup_tab.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).path == copy.path)
    assert model.index(row, 1).data() == "автоматическая"
    assert not backup_tab.restore_button.isEnabled()
    rect = backup_tab.view.visualRect(model.index(row, 0))
    qtbot.mouseClick(backup_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert backup_tab.restore_button.isEnabled()
    with qtbot.waitSignal(main_window.logout_requested) as ended:
        qtbot.mouseClick(backup_tab.restore_button, Qt.MouseButton.LeftButton)
    assert "Заменить базу данных" in message_boxes.shown[0].text
    assert "Войдите снова" in ended.args[0]
    assert "kozlova" not in {u.login for u in users.list_users(db, ADMIN)}
    aside = [c for c in backup_schedule.list_copies(db.path) if c.label == "before-restore"]
    assert len(aside) == 1


def test_a_reader_sees_no_restore(qtbot, reader_ctx):
    from cxdesk.gui.admin.backup_tab import BackupTab

    tab = BackupTab(reader_ctx)  # the page hides the tab from a reader; the button refuses anyway
    qtbot.addWidget(tab)
    assert not tab.restore_button.isEnabled()


def test_exiting_the_program_makes_an_automatic_copy(qtbot, initialized_db, flows):
    flows.append(flow := Startup(initialized_db, autologin=(ADMIN_LOGIN, ADMIN_PASSWORD)))
    finished = []
    flow.finished.connect(finished.append)
    flow.start()
    window = flow.main_window
    users.add_user(initialized_db, ADMIN, "kozlova", "Козлова Ирина Сергеевна", Role.READER, "Kozlova-2024")
    window.close()
    qtbot.waitUntil(lambda: finished == [0], timeout=10_000)
    copies = backup_schedule.list_copies(initialized_db.path)
    assert [c.label for c in copies] == ["auto"]
    assert store_backup.integrity_problems(copies[0].path) == []


def test_the_interval_copy_is_made_in_the_background_and_told_in_the_status_bar(qtbot, russian, admin_ctx,
                                                                                monkeypatch):
    from cxdesk.gui.backup import IntervalBackups
    from cxdesk.services.errors import ServiceError

    backups = IntervalBackups(admin_ctx)
    told: list[str] = []
    backups.message.connect(told.append)
    backups.check()  # no copy yet and the data is new: one is due
    qtbot.waitUntil(lambda: backups.running is None, timeout=20000)
    made = [c for c in backup_schedule.list_copies(admin_ctx.db.path) if c.automatic]
    assert len(made) == 1 and told == [f"Автоматическая резервная копия сохранена и проверена: {made[0].path.name}"]
    backups.check()  # nothing changed since: no copy, nothing said
    qtbot.waitUntil(lambda: backups.running is None, timeout=20000)
    assert len(told) == 1

    def full_disk(*_a, **_k):
        raise ServiceError("на диске нет места")

    monkeypatch.setattr(backup_schedule, "run_automatic", full_disk)
    backups.check()
    qtbot.waitUntil(lambda: backups.running is None, timeout=20000)
    assert told[1] == "Автоматическая резервная копия не создана: на диске нет места"
