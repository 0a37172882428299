"""«Конфликты базы знаний»: articles edited at both ends. The current version won by the exchange rule;
the other one is kept here for an editor, who keeps the current version or makes the other current."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.exchange.common import fill, selected_key, text_table
from cxdesk.services import exchange
from cxdesk.services.roles import Action


class ConflictsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: dict[str, exchange.ConflictInfo] = {}
        layout = QVBoxLayout(self)
        self.resolved = QCheckBox(self.tr("Show resolved conflicts too"))
        self.resolved.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.resolved)
        splitter = QSplitter()
        self.table = text_table([self.tr("Article"), self.tr("Other version from"), self.tr("Found"),
                                 self.tr("State")], "conflictsTable")
        self.table.itemSelectionChanged.connect(self._show)
        self.other = QTextBrowser()
        self.other.setObjectName("conflictOther")
        splitter.addWidget(self.table)
        splitter.addWidget(self.other)
        splitter.setSizes([500, 500])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.keep = QPushButton(self.tr("&Keep the current version"))
        self.keep.clicked.connect(lambda: self.resolve(restore_other=False))
        self.restore = QPushButton(self.tr("Make the &other version current"))
        self.restore.clicked.connect(lambda: self.resolve(restore_other=True))
        row.addWidget(self.keep)
        row.addWidget(self.restore)
        row.addStretch(1)
        layout.addLayout(row)
        self.editor = ctx.can(Action.KNOWLEDGE_PUBLISH)
        self.keep.setVisible(self.editor)
        self.restore.setVisible(self.editor)

    def open_count(self) -> int:
        return sum(1 for c in self.conflicts.values() if c.open)

    def refresh(self) -> None:
        outcome = self.ctx.runner.run(lambda: exchange.list_conflicts(
            self.ctx.db, self.ctx.actor, include_resolved=self.resolved.isChecked()), parent=self)
        if not outcome.ok:
            return
        items = outcome.value
        self.conflicts = {c.id: c for c in items}
        rows = [(c.article_title, c.loser_origin, c.detected_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                 self.tr("open") if c.open else self.tr("resolved by {who}").format(who=c.resolved_by))
                for c in items]
        fill(self.table, rows, keys=[c.id for c in items])
        self._show()

    def _current(self) -> exchange.ConflictInfo | None:
        return self.conflicts.get(selected_key(self.table))

    def _show(self) -> None:
        conflict = self._current()
        for button in (self.keep, self.restore):
            button.setEnabled(conflict is not None and conflict.open)
        if conflict is None:
            self.other.setHtml(self.tr("<p>Choose a conflict to see the other version.</p>"))
            return
        self.other.setHtml(
            self.tr("<p>The version of <b>{origin}</b> that is not current:</p>").format(
                origin=escape(conflict.loser_origin))
            + f"<h3>{escape(conflict.loser_title)}</h3><pre style='white-space: pre-wrap'>"
            + escape(conflict.loser_body) + "</pre>")

    def resolve(self, restore_other: bool) -> None:
        conflict = self._current()
        if conflict is None:
            return
        if restore_other and not messages.confirm(self, self.tr(
                "Make the version of {origin} current? It becomes a new revision of «{title}»; the version "
                "current now stays in the article's history.").format(origin=conflict.loser_origin,
                                                                      title=conflict.article_title),
                self.tr("Make current")):
            return
        self.ctx.runner.run(lambda: exchange.resolve_conflict(self.ctx.db, self.ctx.actor, conflict.id,
                                                              restore_other=restore_other),
                            changes={"knowledge_article", "knowledge_revision", "sync_conflict"}, parent=self)
