"""Small widgets and helpers shared by dialogs and pages: the in-place error label, a password
field, the data table view (sortable, row selection, copies the selection as text), a small
read-only table, how an office and a user are named on screen, and a dialog run once.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from cxdesk.services.actor import Actor
from cxdesk.services.offices import OfficeInfo
from cxdesk.services.roles import ROLE_TITLES, Role


class ErrorLabel(QLabel):
    """A red, wrapped message inside a dialog; hidden while empty (the text itself is the signal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#errorLabel { color: #b3261e; }")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        grow_to_fit(self.window())


def grow_to_fit(window: QWidget) -> None:
    """Make a dialog tall enough for its content (wrapped labels grow after it was sized)."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    layout.activate()
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(width, needed)


def hint_label(text: str) -> QLabel:
    """A secondary, wrapped explanation under a form (readable grey, not the faint disabled look)."""
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#hintLabel { color: #55595e; }")
    return label


def password_edit(object_name: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    if object_name:
        edit.setObjectName(object_name)
    return edit


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in this order (the form's order, not the creation order)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def office_title(office: OfficeInfo) -> str:
    """«ТЦЗН «Центр занятости …»» as the status bar and the login dialog show it."""
    return f"{office.kind_title} «{office.name}»"


def actor_title(actor: Actor) -> str:
    return f"{actor.full_name} ({ROLE_TITLES[Role(actor.role)]})"


class DataTableView(QTableView):
    """The table of every list page: sortable headers, whole-row selection, Ctrl+C copies the
    selected rows as tab-separated text (ready to paste into a spreadsheet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setHighlightSections(False)

    def selected_text(self) -> str:
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        lines: dict[int, list[str]] = {}
        for index in indexes:
            lines.setdefault(index.row(), []).append(str(index.data() or ""))
        return "\n".join("\t".join(cells) for cells in lines.values())

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)


def read_only_table(headers: Sequence[str], object_name: str) -> QTableWidget:
    """A small read-only table (a few hundred rows at most): whole-row single selection, sortable
    columns, no row numbers. Big lists use the lazy id-list model instead."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    return table


def run_once(dialog: QDialog) -> int:
    """``exec()`` a dialog, then let it go: a closed dialog kept as its page's child would go on
    listening to the change bus (re-reading its data on every change) until the session ends."""
    try:
        return dialog.exec()
    finally:
        if shiboken6.isValid(dialog):  # the session may have ended (and its window gone) meanwhile
            dialog.deleteLater()
