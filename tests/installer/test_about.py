"""Справка → «О программе»: version, database and schema revision, folders, and the licences of the
bundled fonts and libraries read from the installed metadata."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import cxdesk  # noqa: E402
from cxdesk.gui import about, i18n  # noqa: E402
from cxdesk.gui.about import AboutDialog  # noqa: E402
from cxdesk.store.migrate import current_revision  # noqa: E402


@pytest.fixture(autouse=True)
def russian_and_isolated(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    translators = i18n.install_translators(qapp, "ru")
    yield
    i18n.remove_translators(qapp, translators)


def test_dialog_shows_version_database_and_schema_revision(qtbot, db):
    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "О программе cxdesk"
    revision = current_revision(db.path)
    assert revision  # a migrated database has one
    shown = {caption: label.text() for caption, label in dialog.fact_labels.items()}
    assert shown["Версия"] == cxdesk.__version__
    assert shown["База данных"] == str(db.path)
    assert shown["Версия схемы"] == revision
    assert "_internal" not in shown["Папка данных"] and shown["Папка данных"].startswith(
        os.environ["XDG_DATA_HOME"]
    )
    assert dialog.width() <= 1366


def test_licences_table_lists_fonts_python_and_every_dependency(qtbot, db):
    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Шрифты DejaVu" in names
    assert "Python" in names
    for required in ("PySide6_Essentials", "SQLAlchemy", "reportlab", "pymorphy3", "pypdfium2", "matplotlib"):
        assert any(name.lower().replace("-", "_") == required.lower() for name in names), required
    assert "cxdesk" not in names
    # Every library row names a licence; none is left blank.
    for row in range(dialog.table.rowCount()):
        assert dialog.table.item(row, 2).text().strip(), names[row]


def test_choosing_a_component_shows_its_licence_text(qtbot, db):
    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    row_of = {dialog.table.item(row, 0).text(): row for row in range(dialog.table.rowCount())}
    dialog.table.selectRow(row_of["Шрифты DejaVu"])
    assert "Bitstream" in dialog.licence_text.toPlainText()  # the DejaVu licence's own words
    dialog.table.selectRow(row_of["reportlab"])
    assert "Copyright" in dialog.licence_text.toPlainText()


def test_copy_information_puts_the_facts_on_the_clipboard(qtbot, db):
    dialog = AboutDialog(db.path)
    qtbot.addWidget(dialog)
    dialog.copy_information()
    text = QApplication.clipboard().text()
    assert f"Версия: {cxdesk.__version__}" in text
    assert f"Версия схемы: {current_revision(db.path)}" in text
    assert "Python " in text


def test_help_menu_opens_the_dialog(qtbot, db, admin):
    from cxdesk.gui.context import AppContext
    from cxdesk.gui.main_window import MainWindow
    from cxdesk.gui.operations import ChangeBus, OperationRunner
    from cxdesk.services import offices

    bus = ChangeBus.instance()
    window = MainWindow(AppContext(db, admin, offices.own_office(db), bus, OperationRunner(bus)))
    qtbot.addWidget(window)
    assert window.menus.about_action.text().replace("&", "") == "О программе"
    window.menus.about_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].fact_labels["Версия схемы"].text() == current_revision(db.path)
    dialogs[0].reject()


def test_requirement_names_skip_optional_extras():
    assert about._requirement_name("pytest>=8; extra == \"test\"") is None
    assert about._requirement_name("colorama; platform_system == \"Windows\"") == "colorama"
    assert about._requirement_name("PySide6-Essentials<6.12,>=6.6") == "PySide6-Essentials"
