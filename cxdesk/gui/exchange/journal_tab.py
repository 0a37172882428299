"""«Журнал обмена»: every bundle sent and received, newest first, with its number, acknowledgement,
status and what it carried; filter by centre and direction."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from cxdesk.gui.context import AppContext
from cxdesk.gui.exchange.common import entities_html, fill, kind_title, selected_key, text_table
from cxdesk.services import exchange


class JournalTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: dict[int, exchange.JournalEntry] = {}
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.direction = QComboBox()
        self.direction.setObjectName("journalDirection")
        for text, value in ((self.tr("Sent and received"), None), (self.tr("Sent"), "out"),
                            (self.tr("Received"), "in")):
            self.direction.addItem(text, value)
        self.peer = QComboBox()
        self.peer.setObjectName("journalPeer")
        self.peer.addItem(self.tr("Every centre"), None)
        for combo in (self.direction, self.peer):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.direction)
        row.addWidget(self.peer)
        row.addStretch(1)
        layout.addLayout(row)
        splitter = QSplitter()
        self.table = text_table([self.tr("Date and time"), self.tr("Direction"), self.tr("Centre"), self.tr("No."),
                                 self.tr("Confirms No."), self.tr("Kind"), self.tr("Records"), self.tr("Status"),
                                 self.tr("File"), self.tr("User")], "journalTable")
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QTextBrowser()
        self.details.setObjectName("journalDetails")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([640, 460])
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        outcome = self.ctx.runner.run(lambda: (
            exchange.journal(self.ctx.db, self.ctx.actor, peer=self.peer.currentData(),
                             direction=self.direction.currentData()),
            exchange.list_peers(self.ctx.db, self.ctx.actor)), parent=self)
        if not outcome.ok:
            return
        entries, peers = outcome.value
        self._fill_peers([p.office_code for p in peers])
        self.entries = {e.seq: e for e in entries}
        rows = [(e.at.astimezone().strftime("%d.%m.%Y %H:%M"), e.direction_title, e.peer, e.msg_no, e.ack,
                 kind_title(e.kind),
                 e.records, e.status_title, e.file_name, e.actor) for e in entries]
        fill(self.table, rows, keys=[e.seq for e in entries])

    def _fill_peers(self, codes: list[str]) -> None:
        current = [self.peer.itemData(i) for i in range(1, self.peer.count())]
        if current == codes:
            return
        selected = self.peer.currentData()
        self.peer.blockSignals(True)
        while self.peer.count() > 1:
            self.peer.removeItem(1)
        for code in codes:
            self.peer.addItem(code, code)
        self.peer.setCurrentIndex(max(0, self.peer.findData(selected)) if selected else 0)
        self.peer.blockSignals(False)

    def _show_details(self) -> None:
        entry = self.entries.get(selected_key(self.table))
        if entry is None:
            self.details.clear()
            return
        self.details.setHtml(f"<p><b>{escape(entry.file_name)}</b><br>{escape(entry.bundle_id)}</p>"
                             + entities_html(entry.entities))
