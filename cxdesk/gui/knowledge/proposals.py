"""Proposed changes to published articles: the list (pending ones, or all with their decisions), what
the selected proposal would change (the same diff as the history), and for editors «Принять» (it becomes
the published revision) and «Отклонить…» (with a reason the author reads). A reader sees their own
proposals and how they were decided. The service decides who may do what.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cxdesk.core import knowledge as rules
from cxdesk.gui import messages
from cxdesk.gui.context import AppContext
from cxdesk.gui.knowledge.editor import ArticleEditor
from cxdesk.gui.knowledge.render import diff_html
from cxdesk.services import knowledge as kb
from cxdesk.services import knowledge_files as files
from cxdesk.services import knowledge_proposals as proposals
from cxdesk.services.knowledge import ArticleInfo

CHANGES = ("knowledge_article", "knowledge_proposal")


class ProposalsDialog(QDialog):
    def __init__(self, ctx: AppContext, article_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsDialog")
        self.ctx = ctx
        self.article_id = article_id
        self.editor = kb.is_editor(ctx.actor)
        self.items: list[proposals.ProposalInfo] = []
        self.setWindowTitle(self.tr("Proposed changes"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setObjectName("proposalScope")
        self.scope.addItem(self.tr("Awaiting review"), proposals.REVIEW)
        self.scope.addItem(self.tr("All, with decisions"), None)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        hint = QLabel(self.tr("The published text stays as it is until an editor accepts a proposal.")
                      if self.editor else self.tr("Your proposals and the editors' decisions."))
        hint.setWordWrap(True)
        top.addWidget(hint, 1)
        top.addWidget(self.scope)
        layout.addLayout(top)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("proposalList")
        self.list.setWordWrap(True)
        self.diff = QTextBrowser()
        self.diff.setObjectName("proposalDiff")
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff)
        splitter.setSizes([340, 660])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.accept_button = QPushButton(self.tr("Accept and publish"))
        self.accept_button.setObjectName("proposalAccept")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("proposalReject")
        self.reject_button.clicked.connect(self.reject_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.accept_button, self.reject_button, close):
            row.addWidget(button)
        self.accept_button.setVisible(self.editor)
        self.reject_button.setVisible(self.editor)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(lambda _r: self._show())
        self.reload()

    def reload(self) -> None:
        status = self.scope.currentData()
        outcome = self.ctx.runner.run(lambda: proposals.list_proposals(
            self.ctx.db, self.ctx.actor, article_id=self.article_id, status=status), parent=self)
        self.items = outcome.value if outcome.ok else []
        self.list.clear()
        for p in self.items:
            text = self.tr("{article}\n{when} · {author} · {state}").format(
                article=p.article_title, when=p.proposed_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                author=p.author_name, state=p.status_title)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
        if not self.items:
            self.diff.setHtml("<p>" + escape(self.tr("No proposals here.")) + "</p>")
        self.list.setCurrentRow(0 if self.items else -1)
        self._enable()

    def selected(self) -> proposals.ProposalInfo | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _enable(self) -> None:
        p = self.selected()
        pending = p is not None and p.status == proposals.REVIEW
        self.accept_button.setEnabled(self.editor and pending and not p.outdated)
        self.reject_button.setEnabled(self.editor and pending)

    def _show(self) -> None:
        self._enable()
        p = self.selected()
        if p is None:
            return
        outcome = self.ctx.runner.run(lambda: proposals.proposal_diff(self.ctx.db, self.ctx.actor, p.id), parent=self)
        if not outcome.ok:
            return
        head = []
        if p.data.note:
            head.append(self.tr("Author's note: {note}").format(note=p.data.note))
        if p.outdated:
            head.append(self.tr("⚠ The article changed after this proposal: it cannot be accepted as it is."))
        if p.status != proposals.REVIEW:
            head.append(self.tr("{state} by {who}{reason}").format(
                state=p.status_title.capitalize(), who=p.decided_by,
                reason=f": {p.decision_note}" if p.decision_note else ""))
        html = "".join(f"<p><b>{escape(line)}</b></p>" for line in head)
        self.diff.setHtml(html + diff_html(outcome.value.fields, outcome.value.lines,
                                           unchanged_text=self.tr("No differences.")))

    def accept_selected(self) -> None:
        p = self.selected()
        if p is None or not messages.confirm(
                self, self.tr("Publish the text proposed by {author} as the new revision of «{title}»?").format(
                    author=p.author_name, title=p.article_title), self.tr("Accept")):
            return
        outcome = self.ctx.runner.run(lambda: proposals.accept_proposal(self.ctx.db, self.ctx.actor, p.id),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            self.reload()

    def ask_reason(self) -> str | None:
        """The reason of a rejection (a method, so tests can answer it)."""
        text, ok = QInputDialog.getText(self, self.tr("Reject the proposal"),
                                        self.tr("Why is the proposal rejected? Its author will read this."))
        return text if ok else None

    def reject_selected(self) -> None:
        p = self.selected()
        reason = self.ask_reason() if p is not None else None
        if p is None or reason is None:
            return
        outcome = self.ctx.runner.run(lambda: proposals.reject_proposal(self.ctx.db, self.ctx.actor, p.id, reason),
                                      changes=CHANGES, parent=self)
        if outcome.ok:
            self.reload()


def propose(page, info: ArticleInfo) -> bool:
    """Open the article's text in the editor as a proposal and send it to review (``page._run_editor``
    runs the modal editor, so tests can fill it). True when the proposal was sent."""
    if info.status != rules.PUBLISHED:
        return False
    ctx = page.ctx
    dialog = ArticleEditor(info, editor=False, proposal=True, parent=page, ctx=ctx,
                           loader=lambda sha: files.blob_bytes(ctx.db, ctx.actor, sha))
    if page._run_editor(dialog) != QDialog.DialogCode.Accepted:
        return False
    outcome = ctx.runner.run(lambda: proposals.propose_change(ctx.db, ctx.actor, info.id, dialog.data(),
                                                              info.head_revision_id),
                             changes=("knowledge_proposal",), parent=page)
    if outcome.ok:
        messages.info(page, QCoreApplication.translate(
            "ProposalsDialog", "Your proposal was sent to the editors. The article stays as published until they "
            "accept it; see «Proposals» for their decision."))
    return outcome.ok
