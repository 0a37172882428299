"""The article as a reader sees it beside the list: title, a line of facts (kind, state, revision,
author, tags, links), the body rendered from Markdown with its pictures, and the attached files
(the page saves a chosen file through the operation runner).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from cxdesk.gui.knowledge.render import ArticleBrowser, BlobLoader
from cxdesk.services.knowledge import ArticleInfo


class ArticleReader(QWidget):
    def __init__(self, loader: BlobLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("articleReaderTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.browser = ArticleBrowser(loader)
        self.browser.setObjectName("articleReader")
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.save_file = QPushButton(self.tr("Save file…"))
        column.addWidget(self.title)
        column.addWidget(self.meta)
        column.addWidget(self.browser, 1)
        column.addWidget(self.files)
        column.addWidget(self.save_file, 0, Qt.AlignmentFlag.AlignRight)
        self.show_article(None)

    def show_article(self, info: ArticleInfo | None) -> None:
        self.files.clear()
        self.files.setVisible(bool(info and info.attachments))
        self.save_file.setVisible(bool(info and info.attachments))
        if info is None:
            self.title.setText("")
            self.meta.setText("")
            self.browser.setHtml("<p>" + escape(self.tr("Select an article in the list to read it.")) + "</p>")
            return
        d = info.data
        self.title.setText(d.title)
        parts = [info.kind_title, info.status_title,
                 self.tr("revision {n} of {date}").format(n=info.revision_no,
                                                          date=info.updated_at.astimezone().strftime("%d.%m.%Y")),
                 info.author_name]
        if d.tags:
            parts.append(self.tr("tags: {tags}").format(tags=", ".join(d.tags)))
        if d.links:
            parts.append(self.tr("links: {n}").format(n=len(d.links)))
        self.meta.setText(" · ".join(parts))
        self.browser.setMarkdown(d.body)
        for att in info.attachments:
            item = QListWidgetItem(f"{att.filename} ({max(1, att.size // 1024)} КБ)")
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            self.files.addItem(item)
