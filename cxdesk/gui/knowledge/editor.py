"""The article editor: title, kind, tags, links to journeys/problems/initiatives, the body as rich
text (headings, lists, tables, links, images) kept as Markdown, the attached files, and a note of
what changed. The dialog only collects; the page saves through the operation runner, then adds
and removes the files (``pending_files`` / ``removed_attachments``). ``choice`` says which button
closed it: ``save`` (draft or keep state), ``review`` or ``publish``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextImageFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import knowledge as rules
from cxdesk.core.knowledge_markdown import BLOB_SCHEME
from cxdesk.gui import messages
from cxdesk.gui.knowledge.render import ArticleTextEdit, BlobLoader
from cxdesk.gui.widgets import ErrorLabel
from cxdesk.services import knowledge as kb
from cxdesk.services.knowledge import ArticleData, ArticleInfo, ArticleLink


def choose_open_path(parent: QWidget | None, title: str, file_filter: str = "") -> Path | None:
    """A native "open" dialog (a module function, so tests can answer it)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


class ArticleEditor(QDialog):
    def __init__(self, info: ArticleInfo | None, *, editor: bool, loader: BlobLoader | None = None,
                 proposal: bool = False, parent: QWidget | None = None, ctx=None) -> None:
        super().__init__(parent)
        self.ctx = ctx  # for the link picker and the titles of linked records; None: links are read-only
        self.setObjectName("articleEditor")
        self.proposal = proposal  # a reader's proposed change to a published article: text only, to review
        self.setWindowTitle(self.tr("Propose a change to the article") if proposal
                            else self.tr("New article") if info is None else self.tr("Edit article"))
        self.resize(1000, 720)
        self.info = info
        self.choice = ""
        self.pending_files: list[tuple[str, bytes]] = []
        self.removed_attachments: list[str] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("articleTitle")
        self.title.setMaxLength(300)
        self.kind = QComboBox()
        self.kind.setObjectName("articleKind")
        for key, title in rules.KINDS.items():
            self.kind.addItem(title, key)
        self.tags = QLineEdit()
        self.tags.setObjectName("articleTags")
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g.: employers, job fair"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("T&ags:"), self.tags)
        layout.addLayout(form)

        self.toolbar = QToolBar()
        self.body = ArticleTextEdit(loader)
        self.body.setObjectName("articleBody")
        self._build_toolbar()
        layout.addWidget(self.toolbar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.body)
        splitter.addWidget(self._side_panel())
        splitter.setSizes([480, 170])
        layout.addWidget(splitter, 1)
        self.note = QLineEdit()
        self.note.setObjectName("articleNote")
        self.note.setPlaceholderText(self.tr("What changed (shown in the history)"))
        layout.addWidget(self.note)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        status = info.status if info else rules.DRAFT
        self.buttons: dict[str, QPushButton] = {}
        specs = [("save", self.tr("Save draft") if status == rules.DRAFT else self.tr("Save"))]
        if status == rules.DRAFT:
            specs.append(("review", self.tr("Submit for review")))
        if editor and status != rules.PUBLISHED:
            specs.append(("publish", self.tr("Publish")))
        if proposal:
            specs = [("save", self.tr("Send the proposal for review"))]
            self.note.setPlaceholderText(self.tr("What you propose and why (the editor reads this)"))
        for key, text in specs:
            button = QPushButton(text)
            button.setObjectName(f"editor_{key}")
            button.clicked.connect(lambda _c=False, k=key: self._finish(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.buttons["save"].setDefault(True)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self._finish("save"))
        if info is not None:
            self._load(info)
        if proposal:  # files and pictures are not part of a proposal: an editor attaches them
            for widget in (self.files, self.attach_button, self.remove_file_button, self.image_action):
                widget.setEnabled(False)
            self.files.setToolTip(self.tr("Files are not part of a proposal; the editor can attach them."))

    # --- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = self.toolbar
        for text, tip, slot in (
            (self.tr("H2"), self.tr("Heading"), lambda: self._heading(2)),
            (self.tr("H3"), self.tr("Subheading"), lambda: self._heading(3)),
            (self.tr("Text"), self.tr("Ordinary paragraph"), lambda: self._heading(0)),
        ):
            action = bar.addAction(text, slot)
            action.setToolTip(tip)
        bold = bar.addAction(self.tr("B"), self._bold)
        bold.setShortcut(QKeySequence.StandardKey.Bold)
        bold.setToolTip(self.tr("Bold (Ctrl+B)"))
        italic = bar.addAction(self.tr("I"), self._italic)
        italic.setShortcut(QKeySequence.StandardKey.Italic)
        italic.setToolTip(self.tr("Italic (Ctrl+I)"))
        bar.addSeparator()
        for text, tip, slot in (
            (self.tr("• List"), self.tr("Bulleted list"), lambda: self._list(QTextListFormat.Style.ListDisc)),
            (self.tr("1. List"), self.tr("Numbered list"), lambda: self._list(QTextListFormat.Style.ListDecimal)),
            (self.tr("Table"), self.tr("Insert a table of 3 × 3 cells"), self._table),
            (self.tr("Link…"), self.tr("Make the selected text a link"), self._link),
            (self.tr("Image…"), self.tr("Insert a picture (it is attached to the article)"), self._image),
        ):
            action = bar.addAction(text, slot)
            action.setToolTip(tip)
        self.image_action = action  # the last one: «Image…»

    def _side_panel(self) -> QWidget:
        panel = QWidget()
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 0, 0, 0)
        files = QVBoxLayout()
        self.files = QListWidget()
        self.files.setObjectName("articleFiles")
        files.addWidget(self.files, 1)
        file_buttons = QHBoxLayout()
        add = self.attach_button = QPushButton(self.tr("Attach file…"))
        add.setObjectName("attachFile")
        add.clicked.connect(self._attach)
        remove = self.remove_file_button = QPushButton(self.tr("Remove file"))
        remove.clicked.connect(self._remove_file)
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        files.addLayout(file_buttons)
        links = QVBoxLayout()
        self.links = QTableWidget(0, 2)
        self.links.setObjectName("articleLinks")
        self.links.setHorizontalHeaderLabels([self.tr("Linked to"), self.tr("Title")])
        self.links.horizontalHeader().setStretchLastSection(True)
        self.links.setColumnWidth(0, 170)
        self.links.verticalHeader().setVisible(False)
        self.links.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.links.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.links.setToolTip(self.tr("Double-click a link to go to the record"))
        self.links.cellDoubleClicked.connect(lambda row, _col: self._open_link(row))
        links.addWidget(self.links, 1)
        link_buttons = QHBoxLayout()
        add_link = self.link_button = QPushButton(self.tr("Link to records…"))
        add_link.setObjectName("pickLinks")
        add_link.setToolTip(self.tr("Choose the journeys and measures the article is about"))
        add_link.clicked.connect(self.pick_links)
        add_link.setEnabled(self.ctx is not None)
        remove_link = QPushButton(self.tr("Remove link"))
        remove_link.clicked.connect(lambda: self.links.removeRow(self.links.currentRow()))
        link_buttons.addWidget(add_link)
        link_buttons.addWidget(remove_link)
        links.addLayout(link_buttons)
        row.addLayout(files, 1)
        row.addLayout(links, 2)
        return panel

    def _load(self, info: ArticleInfo) -> None:
        d = info.data
        self.title.setText(d.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.tags.setText(", ".join(d.tags))
        self.body.setMarkdown(d.body)
        self._set_links(d.links)
        for att in info.attachments:
            item = QListWidgetItem(f"{att.filename} ({max(1, att.size // 1024)} КБ)")
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            self.files.addItem(item)

    def _set_links(self, links) -> None:
        """Show the links with the current titles of their records (looked up by id), «удалено» if gone."""
        links = list(links)
        titles = kb.link_titles(self.ctx.db, self.ctx.actor, tuple(links)) if self.ctx is not None else {}
        self.links.setRowCount(0)
        for link in links:
            row = self.links.rowCount()
            self.links.insertRow(row)
            kind = QTableWidgetItem(rules.LINK_KINDS.get(link.kind, link.kind))
            kind.setData(Qt.ItemDataRole.UserRole, link)
            self.links.setItem(row, 0, kind)
            current = titles.get((link.kind, link.id), link.title)
            text = current or self.tr("deleted (was «{title}»)").format(title=link.title or link.id)
            title = QTableWidgetItem(text)
            title.setToolTip(link.id)
            if current is None:
                title.setForeground(Qt.GlobalColor.gray)
            self.links.setItem(row, 1, title)

    def current_links(self) -> list[ArticleLink]:
        return [self.links.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(self.links.rowCount())]

    def _picker(self):
        """Made in one place so tests can answer it."""
        from cxdesk.gui.knowledge.link_picker import LinkPicker

        return LinkPicker(self.ctx, tuple(self.current_links()), self)

    def pick_links(self) -> None:
        dialog = self._picker()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        picked = {(x.kind, x.id): x for x in dialog.chosen()}
        offered = {"journey", "initiative", "problem"}
        # links the picker does not offer (records of other offices, or gone) stay as they were
        kept = [x for x in self.current_links() if (x.kind, x.id) in picked or x.kind not in offered
                or dialog.item_for(x.kind, x.id) is None]
        known = {(x.kind, x.id) for x in kept}
        self._set_links(kept + [x for key, x in picked.items() if key not in known])

    def _open_link(self, row: int) -> None:
        from cxdesk.gui.knowledge.link_picker import open_link

        item = self.links.item(row, 0)
        if item is not None:  # the main window shows the record behind the editor; nothing typed is lost
            open_link(self, item.data(Qt.ItemDataRole.UserRole))

    # --- formatting ---------------------------------------------------------------------------
    def _heading(self, level: int) -> None:
        cursor = self.body.textCursor()
        block = cursor.blockFormat()
        block.setHeadingLevel(level)
        cursor.setBlockFormat(block)
        char = QTextCharFormat()
        sizes = {0: 0, 2: 4, 3: 2}
        char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, sizes[level])
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)

    def _bold(self) -> None:
        char = QTextCharFormat()
        bold = self.body.fontWeight() < QFont.Weight.Bold
        char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.body.mergeCurrentCharFormat(char)

    def _italic(self) -> None:
        self.body.setFontItalic(not self.body.fontItalic())

    def _list(self, style: QTextListFormat.Style) -> None:
        self.body.textCursor().createList(style)

    def _table(self) -> None:
        self.body.textCursor().insertTable(3, 3)

    def _link(self) -> None:
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            messages.info(self, self.tr("Select the text that should become a link first."))
            return
        url, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Address (https://…):"))
        if ok and url.strip():
            char = QTextCharFormat()
            char.setAnchor(True)
            char.setAnchorHref(url.strip())
            char.setFontUnderline(True)
            cursor.mergeCharFormat(char)

    def _read_file(self, path: Path) -> bytes | None:
        if path.stat().st_size > rules.MAX_ATTACHMENT_BYTES:
            messages.error(self, self.tr("The file «{name}» is larger than 50 MB and cannot be attached. "
                                         "Make it smaller or give a link to it.").format(name=path.name))
            return None
        return path.read_bytes()

    def _image(self) -> None:
        path = choose_open_path(self, self.tr("Insert a picture"), self.tr("Pictures (*.png *.jpg *.jpeg *.gif)"))
        data = self._read_file(path) if path else None
        if not data:
            return
        image = QImage.fromData(data)
        if image.isNull():
            messages.error(self, self.tr("The file «{name}» is not a picture.").format(name=path.name))
            return
        sha = hashlib.sha256(data).hexdigest()
        self.body.cache[sha] = data
        self._queue_file(path.name, data)
        fmt = QTextImageFormat()
        fmt.setName(BLOB_SCHEME + sha)
        fmt.setWidth(min(image.width(), 600))
        self.body.textCursor().insertImage(fmt)

    def _queue_file(self, name: str, data: bytes) -> None:
        self.pending_files.append((name, data))
        self.files.addItem(QListWidgetItem(self.tr("{name} (new)").format(name=name)))

    def _attach(self) -> None:
        path = choose_open_path(self, self.tr("Attach a file"))
        data = self._read_file(path) if path else None
        if data is not None:
            self._queue_file(path.name, data)

    def _remove_file(self) -> None:
        row = self.files.currentRow()
        if row < 0:
            return
        item = self.files.takeItem(row)
        att_id = item.data(Qt.ItemDataRole.UserRole)
        if att_id:
            self.removed_attachments.append(att_id)
        else:
            stored = sum(1 for i in range(row) if self.files.item(i).data(Qt.ItemDataRole.UserRole))
            del self.pending_files[row - stored]

    # --- result -------------------------------------------------------------------------------
    def data(self) -> ArticleData:
        links = self.current_links()
        return ArticleData(self.title.text(), self.kind.currentData(), self.body.toMarkdown(),
                           tuple(rules.clean_tags(self.tags.text())), tuple(links), self.note.text())

    def _finish(self, choice: str) -> None:
        if not self.title.text().strip():
            self.error.show_error(self.tr("Enter the title of the article."))
            self.title.setFocus()
            return
        self.choice = choice
        self.accept()
