"""The revision history of an article: the list of revisions (newest first), what each changed
against the one before it (or against the current text), and restoring a chosen revision.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.knowledge.render import diff_html
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_history as history

CHANGES = ("knowledge_article",)


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, article_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleHistory")
        self.ctx = ctx
        self.article_id = article_id
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        splitter = QSplitter()
        self.revisions = QListWidget()
        self.revisions.setObjectName("revisionList")
        self.diff = QTextBrowser()
        self.diff.setObjectName("revisionDiff")
        splitter.addWidget(self.revisions)
        splitter.addWidget(self.diff)
        splitter.setSizes([330, 670])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.against_current = QCheckBox(self.tr("Compare with the current revision"))
        self.against_current.toggled.connect(lambda _c: self._show())
        row.addWidget(self.against_current)
        row.addStretch(1)
        self.restore = QPushButton(self.tr("Restore this revision"))
        self.restore.setObjectName("restoreRevision")
        self.restore.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.restore)
        row.addWidget(close)
        layout.addLayout(row)
        self.revisions.currentRowChanged.connect(lambda _r: self._show())
        self.reload()

    def reload(self) -> None:
        outcome = self.ctx.runner.run(lambda: (history.list_revisions(self.ctx.db, self.ctx.actor, self.article_id),
                                               kb.get_article(self.ctx.db, self.ctx.actor, self.article_id)),
                                      parent=self)
        if not outcome.ok:
            return
        self.items, self.article = outcome.value
        self.revisions.clear()
        for rev in self.items:
            text = self.tr("No. {number} · {when} · {author}").format(
                number=rev.number, when=rev.saved_at.astimezone().strftime("%d.%m.%Y %H:%M"), author=rev.author_name)
            item = QListWidgetItem(text + (f"\n{rev.note}" if rev.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, rev.id)
            self.revisions.addItem(item)
        self.restore.setEnabled(self.article.can_edit)
        self.revisions.setCurrentRow(0)

    def _show(self) -> None:
        row = self.revisions.currentRow()
        if row < 0:
            return
        chosen = self.items[row]
        self.restore.setEnabled(self.article.can_edit and chosen.id != self.article.head_revision_id)
        if self.against_current.isChecked():
            old, new = chosen.id, self.items[0].id
        elif row + 1 < len(self.items):
            old, new = self.items[row + 1].id, chosen.id
        else:
            old = new = chosen.id
        outcome = self.ctx.runner.run(lambda: history.diff_revisions(self.ctx.db, self.ctx.actor, old, new),
                                      parent=self)
        if outcome.ok:
            first = old == new and not self.against_current.isChecked()
            unchanged = self.tr("The first revision of the article.") if first else self.tr("No differences.")
            if first:
                body = history.revision_body(self.ctx.db, self.ctx.actor, chosen.id)
                self.diff.setMarkdown(body)
            else:
                self.diff.setHtml(diff_html(outcome.value.fields, outcome.value.lines, unchanged_text=unchanged))

    def restore_selected(self) -> None:
        row = self.revisions.currentRow()
        if row < 0:
            return
        rev = self.items[row]
        if not messages.confirm(self, self.tr("Make revision No. {number} current again? The current text stays in "
                                              "the history.").format(number=rev.number), self.tr("Restore")):
            return
        outcome = self.ctx.runner.run(
            lambda: history.restore_revision(self.ctx.db, self.ctx.actor, rev.id, self.article.head_revision_id),
            changes=CHANGES, parent=self)
        if outcome.ok:
            self.reload()
