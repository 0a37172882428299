"""Screenshots of the real program for the guides: ``docs/images/*.png``.

Builds the demo database (``cxdesk demo``, seed 1) in a temporary folder, starts the application
offscreen in Russian at 1366×768 (the smallest screen the program is made for), logs in as the
demo administrator and saves:

* ``first-run.png`` — the first-run wizard on a new database; ``login.png`` — the login dialog;
* ``<area>.png`` — the main window on every area of ``cxdesk.gui.areas.AREAS`` (profiles,
  journeys, feedback, …), so a newly built area gets its picture on the next run. The areas are
  shown to the demo CX specialist (who sees the feedback records), «Администрирование» to the
  administrator;
* ``journey-map.png`` — the first journey map opened in the editor; ``about.png`` — «О программе».

Usage: ``.venv/bin/python installer/screenshots.py [--out docs/images] [--only ID,…]``. The user's
own settings and data are not touched (a temporary HOME). A screen that fails is reported and
the others are still made; the exit code is 1 then.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1366, 768


def _isolate(home: Path) -> None:
    """Before Qt and platformdirs read them: offscreen, a fresh home, no saved window layout."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["HOME"] = str(home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "CXDESK_AUTOLOGIN"):
        os.environ.pop(name, None)


def settle(milliseconds: int = 400) -> None:
    """Let pages finish their background loads and repaint."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + milliseconds / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(50)
    QApplication.processEvents()


class Shooter:
    def __init__(self, out: Path, only: set[str]) -> None:
        self.out, self.only = out, only
        self.saved: list[Path] = []
        self.failed: list[str] = []

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def shoot(self, name: str, make: Callable[[], object]) -> None:
        """``make`` returns the widget to grab (already shown)."""
        if not self.wanted(name):
            return
        try:
            widget = make()
            settle()
            target = self.out / f"{name}.png"
            if not widget.grab().save(str(target)):
                raise OSError(f"cannot write {target}")
            self.saved.append(target)
            print(f"  {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
        except Exception as exc:  # one broken screen must not cost the others
            self.failed.append(f"{name}: {type(exc).__name__}: {exc}")
            print(f"  {name}: НЕ СНЯТ — {exc}", file=sys.stderr)


def run(out: Path, only: set[str], work: Path) -> int:
    _isolate(work / "home")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QLineEdit

    from cxdesk.gui import i18n
    from cxdesk.gui.app import prepare_application
    from cxdesk.services import demo

    data = work / "home" / ".local" / "share" / "cxdesk"
    print("Демонстрационная база…")
    result = demo.build_demo(data / "cxdesk-demo.db", "small", 1)
    admin = next(user for user in result.users if str(user.role) == "admin")
    specialist = next(user for user in result.users if str(user.role) == "cx_specialist")

    app = prepare_application()
    i18n.install_translators(app, "ru")
    out.mkdir(parents=True, exist_ok=True)
    shooter = Shooter(out, only)

    from cxdesk.gui.about import show_about
    from cxdesk.gui.areas import AREAS
    from cxdesk.gui.context import AppContext
    from cxdesk.gui.login import LoginDialog
    from cxdesk.gui.main_window import MainWindow
    from cxdesk.gui.operations import ChangeBus, OperationRunner
    from cxdesk.gui.wizard import FirstRunWizard
    from cxdesk.services import auth, offices
    from cxdesk.store.database import open_database

    bus = ChangeBus.instance()
    runner = OperationRunner(bus)
    fresh = open_database(data / "cxdesk.db")
    db = open_database(result.path)
    print("Снимки экрана:")

    def wizard():
        dialog = FirstRunWizard(fresh, runner)
        dialog.show()
        return dialog

    def login():
        dialog = LoginDialog(db, runner, offices.own_office(db))
        login_edit = dialog.findChildren(QLineEdit)[0]
        login_edit.setText(specialist.login)
        login_edit.deselect()
        dialog.show()
        return dialog

    shooter.shoot("first-run", wizard)
    shooter.shoot("login", login)

    def main_window(user) -> MainWindow:
        actor = auth.authenticate(db, user.login, user.password)
        shown = MainWindow(AppContext(db, actor, offices.own_office(db), bus, runner))
        shown.resize(WIDTH, HEIGHT)
        shown.show()
        settle()
        return shown

    def area_shot(shown: MainWindow, area_id: str):
        def make():
            shown.show_area(area_id)
            return shown
        return make

    window = main_window(specialist)
    for item in AREAS:
        if item.id != "admin":
            shooter.shoot(item.id, area_shot(window, item.id))

    def journey_map():
        window.show_area("journeys")
        page = window.current_page()
        page.table.selectRow(0)
        settle()
        if page.open_selected() is None:
            raise RuntimeError("no journey map opened")
        return window

    def about():
        return show_about(db.path, window)

    shooter.shoot("journey-map", journey_map)
    window.close()
    window = main_window(admin)
    shooter.shoot("admin", area_shot(window, "admin"))
    shooter.shoot("about", about)
    window.close()
    fresh.close()
    db.close()
    print(f"Сохранено снимков: {len(shooter.saved)} в {out}")
    for failure in shooter.failed:
        print(f"Ошибка: {failure}", file=sys.stderr)
    return 1 if shooter.failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", help="folder for the PNG files")
    parser.add_argument("--only", default="", help="comma-separated names, e.g. login,feedback")
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    with tempfile.TemporaryDirectory(prefix="cxdesk-screens-") as work:
        return run(args.out.resolve(), only, Path(work))


if __name__ == "__main__":
    sys.exit(main())
