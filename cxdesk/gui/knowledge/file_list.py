"""A compact list of attached files with «Прикрепить…», «Сохранить как…» and «Убрать», shared by the
screens that keep files: the materials of a working-group agenda item and of a competency event.

The owner (an item, an event) is set with :meth:`FileListPanel.set_owner`; the panel calls the
service functions it was given, every write through the operation runner (errors in Russian, the
change broadcast), removal after a confirmation. Files are chosen with ``choose_open_path`` of the
article editor, so tests answer both the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from cxdesk.gui import messages
from cxdesk.gui.knowledge import editor as article_editor
from cxdesk.services.blobs import FileInfo


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} Б"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} КБ".replace(".", ",")
    return f"{size / 1024 / 1024:.1f} МБ".replace(".", ",")


class FileListPanel(QWidget):
    def __init__(self, ctx, *, list_files: Callable[[str], Sequence[FileInfo]],
                 add_file: Callable[[str, Path], Any], save_file: Callable[[str, Path], Any],
                 remove_file: Callable[[str], Any], changes: Sequence[str] = (), name: str = "files",
                 buttons_beside: bool = False, parent: QWidget | None = None) -> None:
        """``buttons_beside``: the buttons in one row right of a low list (a form short of height)."""
        super().__init__(parent)
        self.ctx = ctx
        self._list, self._add, self._save, self._remove = list_files, add_file, save_file, remove_file
        self.changes = tuple(changes)
        self.owner_id: str | None = None
        self.editable = False
        self.rows: list[FileInfo] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.files = QListWidget()
        self.files.setObjectName(f"{name}List")
        self.files.setMaximumHeight(54 if buttons_beside else 92)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its size visible
        self.files.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files.setToolTip(self.tr("Files up to 50 MB; double-click a file to save a copy"))
        self.files.itemDoubleClicked.connect(lambda _i: self.save_selected())
        self.files.currentRowChanged.connect(lambda _r: self._enable())
        layout.addWidget(self.files, 1)
        column = QHBoxLayout() if buttons_beside else QVBoxLayout()
        column.setSpacing(2)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (
                ("attach", self.tr("Attach…"), self.tr("Attach a file (up to 50 MB)"), self.attach),
                ("save", self.tr("Save as…"), self.tr("Save a copy of the selected file"), self.save_selected),
                ("remove", self.tr("Remove"), self.tr("Remove the selected file"), self.remove_selected)):
            button = QPushButton(text)
            button.setObjectName(f"{name}_{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[key] = button
        column.addStretch(1)
        layout.addLayout(column)
        self._enable()

    def set_owner(self, owner_id: str | None, editable: bool) -> None:
        self.owner_id, self.editable = owner_id, editable
        self.reload()

    def reload(self) -> None:
        self.rows = list(self._list(self.owner_id)) if self.owner_id else []
        self.files.clear()
        for info in self.rows:
            item = QListWidgetItem(f"{info.filename} ({size_text(info.size)})")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(item.text())
            self.files.addItem(item)
        if not self.rows:
            placeholder = QListWidgetItem(self.tr("No files attached") if self.owner_id
                                          else self.tr("Save first, then attach files"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.files.addItem(placeholder)
        self._enable()

    def selected(self) -> FileInfo | None:
        row = self.files.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.buttons["attach"].setEnabled(self.owner_id is not None and self.editable)
        self.buttons["save"].setEnabled(chosen)
        self.buttons["remove"].setEnabled(chosen and self.editable)

    def attach(self) -> None:
        owner = self.owner_id
        if owner is None or not self.editable:
            return
        path = article_editor.choose_open_path(self, self.tr("Attach a file"))
        if path is not None:
            outcome = self.ctx.runner.run(lambda: self._add(owner, path), changes=self.changes, parent=self)
            if outcome.ok:
                self.reload()

    def save_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        path = messages.choose_save_path(self, self.tr("Save the file"), Path(info.filename),
                                         self.tr("All files (*)"))
        if path is not None:
            self.ctx.runner.run(lambda: self._save(info.id, path), parent=self)

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None or not self.editable or not messages.confirm(
                self, self.tr("Remove the file «{name}»?").format(name=info.filename), self.tr("Remove")):
            return
        outcome = self.ctx.runner.run(lambda: self._remove(info.id), changes=self.changes, parent=self)
        if outcome.ok:
            self.reload()
