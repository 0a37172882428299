"""Constants and helpers shared by the GUI tests (imported by ``conftest.py`` and the tests)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cxdesk.gui.context import AppContext
from cxdesk.gui.operations import ChangeBus, OperationRunner
from cxdesk.services import offices
from cxdesk.services.actor import Actor
from cxdesk.store.database import Database

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "Admin-2024"
ADMIN_NAME = "Иванова Ирина Ивановна"
READER_LOGIN = "petrov"
READER_PASSWORD = "Reader-2024"
READER_NAME = "Петров Пётр Петрович"
OFFICE_NAME = "ГКУ «Центр занятости населения города Тестограда»"


def visible_dialog(cls):
    """The visible top-level widget of type ``cls`` (dialogs are shown, not exec()-ed)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert found, f"no visible {cls.__name__}"
    return found[-1]


def type_into(qtbot, widget, text: str, *, clear: bool = True) -> None:
    """Focus a field and type into it key by key, as a user would.

    ``QTest.keyClicks`` handles ASCII only (it asserts on Cyrillic), so other characters are
    sent as key events carrying their text, which is what a Russian keyboard layout produces.
    """
    if clear:
        widget.clear()
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def make_context(database: Database, actor: Actor) -> AppContext:
    bus = ChangeBus.instance()
    return AppContext(database, actor, offices.own_office(database), bus, OperationRunner(bus))
