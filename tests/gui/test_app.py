"""The entry point: which database is opened, a database the program cannot open (exit code 2
with a Russian message), the benchmark hooks (auto-login, exit when shown) and a light start-up
that imports neither matplotlib nor reportlab."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gui_support import ADMIN_LOGIN, ADMIN_PASSWORD, make_context

from cxdesk import paths
from cxdesk.gui import app as gui_app
from cxdesk.gui import ui_state
from cxdesk.gui.login import LoginDialog
from cxdesk.gui.startup import Startup
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role


def test_database_path_given_then_remembered_then_default(tmp_path, monkeypatch):
    given = tmp_path / "given.db"
    assert gui_app.resolve_database_path(given) == given
    monkeypatch.setattr(paths, "default_db_path", lambda: tmp_path / "default.db")
    assert gui_app.resolve_database_path(None) == tmp_path / "default.db"
    remembered = tmp_path / "remembered.db"
    remembered.write_bytes(b"")
    ui_state.remember_database(remembered)
    assert gui_app.resolve_database_path(None) == remembered.resolve()
    remembered.unlink()  # moved away: fall back to the default instead of creating an empty one there
    assert gui_app.resolve_database_path(None) == tmp_path / "default.db"


def test_a_file_that_is_not_a_database_gives_exit_code_2(tmp_path, message_boxes):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not SQLite at all, just some text " * 100)
    assert gui_app.run_gui(bad) == gui_app.EXIT_CANNOT_OPEN
    assert message_boxes.last.kind == "error"
    assert message_boxes.last.title == "cxdesk — не удаётся открыть базу данных"
    assert str(bad) in message_boxes.last.text
    assert bad.read_bytes().startswith(b"this is not SQLite")  # untouched


def test_a_path_that_cannot_be_created_gives_exit_code_2(tmp_path, message_boxes):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert gui_app.run_gui(blocker / "x.db") == 2
    assert message_boxes.last.text.startswith("Не удаётся открыть базу данных")
    assert message_boxes.last.details  # the technical reason, under «Подробнее»


def test_wrong_autologin_shows_the_login_dialog_with_the_reason(qtbot, initialized_db, find_dialog):
    flow = Startup(initialized_db, autologin=(ADMIN_LOGIN, "Wrong-2024"))
    flow.start()
    dialog = find_dialog(LoginDialog)
    qtbot.addWidget(dialog)
    assert flow.main_window is None
    assert dialog.error_label.text().endswith("Осталось попыток до блокировки: 4.")


def test_autologin_and_exit_when_shown_in_a_fresh_process(initialized_db, tmp_path):
    """What the start-up benchmark runs: no dialog, main window shown and painted, exit code 0."""
    settings_dir = str(tmp_path / "cfg")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {settings_dir!r})\n"
        "from cxdesk.gui.app import run_gui\n"
        f"code = run_gui(Path({str(initialized_db.path)!r}))\n"
        "heavy = sorted(m for m in ('matplotlib', 'reportlab') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(code)\n"
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CXDESK_AUTOLOGIN=f"{ADMIN_LOGIN}:{ADMIN_PASSWORD}",
        CXDESK_EXIT_WHEN_SHOWN="1",
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(paths.install_root()),
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout

    ctx = make_context(initialized_db, Actor(ADMIN_LOGIN, "", Role.ADMIN, 1))
    actions = [row.action for row in audit.recent(ctx.db, ctx.actor, 5)]
    assert actions[:2] == ["logout", "login"]  # logged in without a dialog, window closed cleanly


def test_a_database_from_a_newer_program_gives_exit_code_2(initialized_db, message_boxes):
    import sqlite3

    path = initialized_db.path
    initialized_db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('f999_from_the_future')")
    assert gui_app.run_gui(path) == 2
    assert "создана более новой версией cxdesk" in message_boxes.last.text


def test_cancelling_the_wizard_ends_the_program(qtbot, new_db, find_dialog):
    from cxdesk.gui.wizard import FirstRunWizard

    flow = Startup(new_db)
    with qtbot.waitSignal(flow.finished) as finished:
        flow.start()
        find_dialog(FirstRunWizard).reject()
    assert finished.args == [0]
