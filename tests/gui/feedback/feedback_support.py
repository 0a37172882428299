"""Helpers of the feedback GUI tests: answer a modal dialog once it opens, type Cyrillic text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def when_dialog_opens(action, problems: list, tries: int = 100) -> None:
    """Run ``action(dialog)`` as soon as a modal dialog is shown; failures are kept, the dialog closed."""
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        if tries:
            QTimer.singleShot(20, lambda: when_dialog_opens(action, problems, tries - 1))
        else:
            problems.append("the dialog did not open")
        return
    try:
        action(dialog)
    except Exception as exc:  # an exception must not escape into Qt's event loop
        problems.append(repr(exc))
        dialog.reject()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks cannot type Cyrillic: it maps characters to Latin keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
