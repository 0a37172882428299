"""The GUI entry point, :func:`run_gui`: application, translations, database, then the session.

``run_gui(db_path)`` creates the QApplication (organisation and application name "cxdesk"),
loads the translations of the chosen language (Russian by default), opens the database — the
given path, else the last one used (remembered in QSettings) if it still exists, else
``cxdesk.paths.default_db_path()`` — migrating it if needed (a database the program cannot open,
e.g. one made by a newer version, gives a Russian error dialog and exit code 2), and then runs
:class:`cxdesk.gui.startup.Startup`: first-run wizard if the database is new, login, main window.
Heavy libraries (matplotlib, reportlab) are not imported at start-up; area pages are imported when
first shown.

Benchmark hooks (used by the start-up benchmark in ``tests/perf``):

* ``CXDESK_AUTOLOGIN="login:password"`` logs in with these credentials instead of showing the
  login dialog (if they are wrong, the dialog appears with the service's message);
* ``CXDESK_EXIT_WHEN_SHOWN=1`` quits with exit code 0 as soon as the main window has been shown
  and painted (``processEvents()`` after ``show()``, then a zero-timer).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

import cxdesk
from cxdesk import paths
from cxdesk.gui import i18n, messages, ui_state
from cxdesk.store.location import Location, locate

AUTOLOGIN_ENV = "CXDESK_AUTOLOGIN"
EXIT_WHEN_SHOWN_ENV = "CXDESK_EXIT_WHEN_SHOWN"
EXIT_CANNOT_OPEN = 2


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def resolve_database_path(db_path: Location | Path | None) -> Location | Path:
    if db_path is not None:
        return db_path if isinstance(db_path, Location) else Path(db_path)
    last = ui_state.last_database()
    if last is not None and last.exists():
        return last
    return paths.default_db_path()


def autologin_from_env() -> tuple[str, str] | None:
    value = os.environ.get(AUTOLOGIN_ENV, "")
    login, sep, password = value.partition(":")
    return (login, password) if sep and login else None


def prepare_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("cxdesk")
    app.setApplicationName("cxdesk")
    app.setApplicationVersion(cxdesk.__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setQuitOnLastWindowClosed(False)  # the session decides when the program ends
    from cxdesk.gui.icons import icon

    app.setWindowIcon(icon("app"))
    return app


def open_or_report(path: Location | Path):
    """Open (and migrate) the database, or explain in Russian why not and return None."""
    from cxdesk.store.database import open_database
    from cxdesk.store.migrate import MigrationError

    try:
        return open_database(path)
    except Exception as exc:
        failure = exc
    if _restored_from_copy(path):  # a damaged file: the newest good backup copy was restored
        return open_or_report(path)
    if isinstance(failure, MigrationError):
        messages.error(None, str(failure), title=translate("Application", "cxdesk — cannot open the database"))
    else:  # a missing folder, no permission, a locked or damaged file…
        messages.error(
            None,
            translate(
                "Application",
                "Cannot open the database {path}. The file has not been changed. Check that the folder "
                "exists and that you may write to it, or choose another file.",
            ).format(path=locate(path).display()),
            details=f"{type(failure).__name__}: {failure}",
            title=translate("Application", "cxdesk — cannot open the database"),
        )
    return None

def _restored_from_copy(path: Location | Path) -> bool:
    from cxdesk.gui import backup
    from cxdesk.services import maintenance

    path = locate(path).path  # a server database has no file to check or restore
    problems = maintenance.quick_check(path) if path is not None and path.is_file() else []
    return bool(problems) and backup.offer_newest_copy(None, path, problems)


def run_gui(db_path: Location | Path | None = None) -> int:
    """Run the desktop application; returns the process exit code."""
    app = prepare_application()
    translators = i18n.install_translators(app, i18n.current_language())
    db = None
    try:
        path = resolve_database_path(db_path)
        db = open_or_report(path)
        if db is None:
            return EXIT_CANNOT_OPEN
        if db.path is not None:  # the last file is offered next time; a server address is given each time
            ui_state.remember_database(db.path)
        from cxdesk.gui.startup import Startup

        startup = Startup(
            db, autologin=autologin_from_env(), exit_when_shown=os.environ.get(EXIT_WHEN_SHOWN_ENV) == "1"
        )
        result: list[int] = []

        def finish(code: int) -> None:
            result.append(code)
            app.exit(code)

        startup.finished.connect(finish)
        startup.start()
        code = result[0] if result else app.exec()
        startup.close_main_window()
        return code
    finally:
        QThreadPool.globalInstance().waitForDone()
        if db is not None:
            db.close()
        i18n.remove_translators(app, translators)
