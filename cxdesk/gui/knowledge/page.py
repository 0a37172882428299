"""The «База знаний» page: search with word forms, filters by kind, tag and state, the order
(newest, most read, relevance, title), a lazy table and the article beside it (with its files);
create, edit, the workflow buttons (to review, publish, return, archive), a reader's proposed change to
a published article and the proposals dialog (``proposals``), history, print, export,
import and delete. What a button does is decided by the service; the page only enables the
buttons the selected article allows. The header shows when the base was last updated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolBar,
    QToolButton,
    QWidget,
)

from cxdesk.core import knowledge as rules
from cxdesk.gui import messages
from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.knowledge.editor import ArticleEditor, choose_open_path
from cxdesk.gui.knowledge.history import HistoryDialog
from cxdesk.gui.knowledge.proposals import ProposalsDialog, propose
from cxdesk.gui.knowledge.reader import ArticleReader
from cxdesk.gui.knowledge.render import shrinkable
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.table_model import RIGHT, Column, LazyIdTableModel
from cxdesk.gui.widgets import DataTableView
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_files as files
from cxdesk.services import knowledge_proposals as proposals
from cxdesk.services.knowledge import ArticleInfo
from cxdesk.services.knowledge_freshness import freshness

CHANGES = ("knowledge_article",)
WORKFLOW = (("review", rules.REVIEW), ("publish", rules.PUBLISHED), ("rework", rules.DRAFT),
            ("archive", rules.ARCHIVED))


class KnowledgePage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        self.current: ArticleInfo | None = None
        self.buttons: dict[str, QPushButton] = {}
        actions = QToolBar()  # a narrow window folds buttons into the » menu
        for key, text, slot in (
            ("new", self.tr("Create"), self.create_article),
            ("edit", self.tr("Edit"), self.edit_selected),
            ("review", self.tr("Submit for review"), lambda: self.move_selected(rules.REVIEW)),
            ("publish", self.tr("Publish"), lambda: self.move_selected(rules.PUBLISHED)),
            ("rework", self.tr("Return for rework"), lambda: self.move_selected(rules.DRAFT)),
            ("archive", self.tr("To archive"), self.archive_selected),
            ("propose", self.tr("Propose a change"), self.propose_change),
            ("proposals", self.tr("Proposals"), self.show_proposals),
            ("history", self.tr("History"), self.show_history),
            ("print", self.tr("Print…"), self.print_selected),
        ):
            button = QPushButton(text)
            button.setObjectName(f"knowledge_{key}")
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[key] = button
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction(self.tr("Export selected to a file…"), self.export_selected)
        menu.addAction(self.tr("Import articles from a file…"), self.import_file)
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), self.delete_selected)
        more.setMenu(menu)
        actions.addWidget(more)
        self.body.addWidget(actions)
        self.freshness = QLabel()
        self.freshness.setObjectName("knowledgeFreshness")
        self.freshness.setWordWrap(True)
        self.body.addWidget(self.freshness)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("knowledgeSearch")
        self.search.setPlaceholderText(self.tr("Search in titles, tags and text (any word form)…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._search_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for key, title in rules.KINDS.items():
            self.kind.addItem(title, key)
        self.tag = QComboBox()
        self.tag.setObjectName("knowledgeTag")
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("knowledgeShow")
        for key, text in (("published", self.tr("Published")), ("review", self.tr("Under review")),
                          ("draft", self.tr("Drafts")), ("mine", self.tr("My articles")),
                          ("archived", self.tr("Archive")), ("all", self.tr("All I may see"))):
            self.show_filter.addItem(text, key)
        self.order = QComboBox()
        self.order.setObjectName("knowledgeOrder")
        for key, text in (("updated", self.tr("Newest first")), ("views", self.tr("Most read")),
                          ("relevance", self.tr("Best match")), ("title", self.tr("By title"))):
            self.order.addItem(text, key)
        for combo in (self.kind, self.tag, self.show_filter):
            combo.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.order.currentIndexChanged.connect(lambda _i: self._order_changed())
        filters.addWidget(self.search, 1)
        for combo in (self.kind, self.tag, self.show_filter, self.order):
            shrinkable(combo)
            filters.addWidget(combo)
        self.body.addLayout(filters)

        self.model = LazyIdTableModel(
            [Column("title", self.tr("Title")),
             Column("kind", self.tr("Kind"), display=lambda r: r.kind_title),
             Column("status", self.tr("State"), display=lambda r: r.status_title),
             Column("updated", self.tr("Updated"), display=lambda r: r.updated_at.astimezone().strftime("%d.%m.%Y")),
             Column("views", self.tr("Read"), RIGHT, display=lambda r: str(r.views)),
             Column("author", self.tr("Author"), display=lambda r: r.author_name)],
            self._ids, self._rows, sort_key="updated", sort_order=Qt.SortOrder.DescendingOrder, parent=self)
        self.table = DataTableView()
        self.table.setObjectName("knowledgeTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 120)
        self.table.setColumnWidth(3, 85)
        self.table.setColumnWidth(4, 70)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        splitter = QSplitter()
        splitter.addWidget(self.table)
        self.reader = ArticleReader(lambda sha: files.blob_bytes(self.ctx.db, self.ctx.actor, sha))
        self.reader.save_file.clicked.connect(self.save_attachment)
        self.reader.files.itemDoubleClicked.connect(lambda _i: self.save_attachment())
        splitter.addWidget(self.reader)
        splitter.setSizes([640, 520])
        self.body.addWidget(splitter, 1)
        self.status = QLabel()
        self.body.addWidget(self.status)
        # page-wide only (not window-wide): other pages in the same window use the same keys
        for key, slot in ((QKeySequence.StandardKey.Find, self.search.setFocus),
                          (QKeySequence.StandardKey.New, self.create_article),
                          (QKeySequence.StandardKey.Print, self.print_selected),
                          (QKeySequence.StandardKey.Delete, self.delete_selected)):
            QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.model.reloaded.connect(self._update_status)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # --- data ---------------------------------------------------------------------------------
    def _ids(self, sort_key, order, _text) -> list[str]:
        return kb.list_article_ids(self.ctx.db, self.ctx.actor, search=self.search.text(),
                                   kind=self.kind.currentData(), tag=self.tag.currentData(),
                                   show=self.show_filter.currentData(), sort=sort_key or "updated",
                                   descending=order == Qt.SortOrder.DescendingOrder)

    def _order_changed(self) -> None:
        key = self.order.currentData()
        self.model.sort_key = key
        self.model.sort_order = Qt.SortOrder.AscendingOrder if key == "title" else Qt.SortOrder.DescendingOrder
        self.model.refresh()

    def _rows(self, ids) -> dict:
        return {r.id: r for r in kb.article_rows(self.ctx.db, self.ctx.actor, list(ids))}

    def _search_changed(self) -> None:
        if self.search.text().strip() and self.order.currentData() == "updated":
            self.order.setCurrentIndex(self.order.findData("relevance"))  # refreshes
        elif not self.search.text().strip() and self.order.currentData() == "relevance":
            self.order.setCurrentIndex(self.order.findData("updated"))
        else:
            self.model.refresh()

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for tag, count in kb.tag_counts(self.ctx.db, self.ctx.actor)[:200]:
            self.tag.addItem(f"{tag} ({count})", tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def refresh(self) -> None:
        self._fill_tags()
        self.model.refresh()
        self._show_selected()

    def _update_status(self) -> None:
        fresh = freshness(self.ctx.db, self.ctx.actor)
        self.title_label.setText(self.tr("{title} · {count} published").format(
            title=area_title(self.area), count=fresh.published))
        if fresh.last_updated is None:
            text = self.tr("The knowledge base has no published articles yet. Add the first one: «Create».")
        else:
            when = fresh.last_updated.astimezone().strftime("%d.%m.%Y")
            mark = (self.tr("✔ updated in the current quarter") if fresh.updated_this_quarter
                    else self.tr("⚠ not updated in the current quarter (the Standard asks for regular updates)"))
            text = self.tr("Last updated {date} · {mark}").format(date=when, mark=mark)
        self.freshness.setText(text)
        self.status.setText(self.tr("{rows} articles").format(rows=self.model.rowCount()))

    def _on_changed(self, names: set[str]) -> None:
        if names & set(CHANGES):
            self.refresh()
        elif "knowledge_proposal" in names:
            self._count_proposals()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, article_id: str) -> None:
        row = self.model.row_for_id(article_id)
        if row >= 0:
            self.table.selectRow(row)

    def _show_selected(self) -> None:
        article_id = self.selected_id()
        info = None
        if article_id is not None:
            first_look = article_id != (self.current.id if self.current else None)  # refreshes are no reading
            outcome = self.ctx.runner.run(lambda: kb.get_article(self.ctx.db, self.ctx.actor, article_id,
                                                                 count_view=first_look), parent=self)
            info = outcome.value if outcome.ok else None
        self.current = info
        for key, target in WORKFLOW:
            self.buttons[key].setEnabled(info is not None and target in info.allowed)
        self.buttons["edit"].setEnabled(info is not None and info.can_edit)
        for key in ("history", "print"):
            self.buttons[key].setEnabled(info is not None)
        self.buttons["propose"].setEnabled(info is not None and info.status == rules.PUBLISHED and not info.can_edit)
        self._count_proposals()
        self.reader.show_article(info)

    # --- actions ------------------------------------------------------------------------------
    def _editor(self, info: ArticleInfo | None) -> ArticleEditor:
        """Made in one place so tests can fill and close it."""
        return ArticleEditor(info, editor=kb.is_editor(self.ctx.actor),
                             loader=lambda sha: files.blob_bytes(self.ctx.db, self.ctx.actor, sha), parent=self,
                             ctx=self.ctx)

    def _save_files(self, article_id: str, dialog: ArticleEditor) -> None:
        for att_id in dialog.removed_attachments:
            files.remove_attachment(self.ctx.db, self.ctx.actor, att_id)
        for name, data in dialog.pending_files:
            files.add_attachment(self.ctx.db, self.ctx.actor, article_id, name, data)

    def create_article(self) -> None:
        dialog = self._editor(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        status = {"save": rules.DRAFT, "review": rules.REVIEW, "publish": rules.PUBLISHED}[dialog.choice]

        def call() -> str:
            info = kb.create_article(self.ctx.db, self.ctx.actor, dialog.data(),
                                     status=rules.DRAFT if dialog.pending_files else status)
            self._save_files(info.id, dialog)
            if dialog.pending_files and status != rules.DRAFT:
                kb.change_status(self.ctx.db, self.ctx.actor, info.id, status)
            return info.id

        outcome = self.ctx.runner.run(call, changes=CHANGES, parent=self)
        if outcome.ok:
            self._reveal(outcome.value, status)

    def _reveal(self, article_id: str, status: str) -> None:
        """Show the article the user just saved, even if the current filter would hide it."""
        if self.model.row_for_id(article_id) < 0:
            wanted = "mine" if status in (rules.DRAFT, rules.REVIEW) else status
            self.show_filter.setCurrentIndex(self.show_filter.findData(wanted))
        self.select_id(article_id)

    def edit_selected(self) -> None:
        info = self.current
        if info is None or not info.can_edit:
            return
        dialog = self._editor(info)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return

        def call() -> str:
            saved = kb.update_article(self.ctx.db, self.ctx.actor, info.id, dialog.data(), info.head_revision_id)
            self._save_files(info.id, dialog)
            target = {"review": rules.REVIEW, "publish": rules.PUBLISHED}.get(dialog.choice)
            if target and target != saved.status:
                kb.change_status(self.ctx.db, self.ctx.actor, info.id, target)
            return info.id

        outcome = self.ctx.runner.run(call, changes=CHANGES, parent=self)
        if outcome.ok:
            self.select_id(info.id)

    def move_selected(self, target: str) -> None:
        info = self.current
        if info is None:
            return
        outcome = self.ctx.runner.run(lambda: kb.change_status(self.ctx.db, self.ctx.actor, info.id, target),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            self._reveal(info.id, target)

    def archive_selected(self) -> None:
        info = self.current
        if info is not None and messages.confirm(self, self.tr("Move «{title}» to the archive? It can be published "
                                                               "again later.").format(title=info.data.title),
                                                 self.tr("To archive")):
            self.move_selected(rules.ARCHIVED)

    def _count_proposals(self) -> None:
        pending = proposals.count_pending(self.ctx.db, self.ctx.actor)
        self.buttons["proposals"].setText(self.tr("Proposals ({n})").format(n=pending) if pending
                                          else self.tr("Proposals"))

    def propose_change(self) -> None:
        """A reader's proposed change to a published article: it goes to review; the article stays."""
        if self.current is not None and propose(self, self.current):
            self._count_proposals()

    def _run_editor(self, dialog) -> int:
        """Run a modal editor (tests replace this)."""
        return dialog.exec()

    def show_proposals(self) -> None:
        self._run_editor(ProposalsDialog(self.ctx, None, self))
        self._count_proposals()

    def show_history(self) -> None:
        if self.current is not None:
            HistoryDialog(self.ctx, self.current.id, self).exec()

    def print_selected(self) -> None:
        info = self.current
        if info is None:
            return
        from cxdesk.gui import print_preview  # «Печать»: the print preview, then the printer or a PDF

        print_preview.print_document(
            self, self.ctx.runner, info.data.title[:80],
            lambda target: files.print_article(self.ctx.db, self.ctx.actor, info.id, target),
            suggested_name=f"{info.data.title[:80]}.pdf")

    def save_attachment(self) -> None:
        item = self.reader.files.currentItem()
        if item is None:
            return
        att_id = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().rsplit(" (", 1)[0]
        path = messages.choose_save_path(self, self.tr("Save the file"), Path(name), self.tr("All files (*)"))
        if path is not None:
            self.ctx.runner.run(lambda: files.save_attachment(self.ctx.db, self.ctx.actor, att_id, path), parent=self)

    def export_selected(self) -> None:
        ids = [self.model.row_id(i.row()) for i in self.table.selectionModel().selectedRows()]
        if not ids:
            messages.info(self, self.tr("Select the articles to export in the list (Ctrl or Shift for several)."))
            return
        path = messages.choose_save_path(self, self.tr("Export articles"), Path("материалы базы знаний.zip"),
                                         self.tr("Knowledge-base archives (*.zip)"))
        if path is not None:
            self.ctx.runner.run(lambda: files.export_articles(self.ctx.db, self.ctx.actor, ids, path), parent=self)

    def import_file(self) -> None:
        path = choose_open_path(self, self.tr("Import articles"),
                                self.tr("Knowledge-base archives and texts (*.zip *.md *.txt)"))
        if path is None:
            return
        outcome = self.ctx.runner.run(lambda: files.import_articles(self.ctx.db, self.ctx.actor, path),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            messages.info(self, self.tr("Imported articles: {n}. They are drafts in «My articles».").format(
                n=len(outcome.value)))
            if outcome.value:
                self._reveal(outcome.value[0].id, rules.DRAFT)

    def delete_selected(self) -> None:
        info = self.current
        if info is None or not messages.confirm(
                self, self.tr("Delete «{title}»? Other offices will learn of the deletion.").format(
                    title=info.data.title), self.tr("Delete")):
            return
        self.ctx.runner.run(lambda: kb.remove_article(self.ctx.db, self.ctx.actor, info.id), changes=CHANGES,
                            parent=self)


def create_knowledge_page(ctx: AppContext, area: Area) -> QWidget:
    return KnowledgePage(ctx, area)
