"""The «Обмен с УЦЗН» page: the two actions of a weekly exchange (create a bundle to send, receive
bundles), and tabs for the centres and their keys, the exchange journal and the knowledge-base
conflicts. Everything reads and writes through :mod:`cxdesk.services.exchange`."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from cxdesk.gui.areas import Area
from cxdesk.gui.context import AppContext
from cxdesk.gui.exchange.centres_tab import CentresTab
from cxdesk.gui.exchange.conflicts_tab import ConflictsTab
from cxdesk.gui.exchange.journal_tab import JournalTab
from cxdesk.gui.pages.base import AreaPage
from cxdesk.gui.widgets import run_once
from cxdesk.services.roles import Action

AREA_TABLES = {"sync_node", "sync_peer", "sync_journal", "sync_conflict", "office"}


class ExchangePage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        self.allowed = ctx.can(Action.SYNC_EXCHANGE)
        actions = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Create a bundle to send…"))
        self.export_button.setObjectName("exchangeExport")
        self.export_button.setToolTip("Ctrl+E")
        self.export_button.clicked.connect(self.open_export)
        self.import_button = QPushButton(self.tr("&Receive bundles…"))
        self.import_button.setObjectName("exchangeImport")
        self.import_button.setToolTip("Ctrl+I")
        self.import_button.clicked.connect(self.open_import)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.notice = QLabel()
        self.notice.setObjectName("exchangeNotice")
        self.notice.setWordWrap(True)
        self.body.addWidget(self.notice)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_export)
        QShortcut(QKeySequence("Ctrl+I"), self, self.open_import)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        self.centres = CentresTab(ctx)
        self.journal = JournalTab(ctx)
        self.conflicts = ConflictsTab(ctx)
        self.tabs.addTab(self.centres, self.tr("Centres"))
        self.tabs.addTab(self.journal, self.tr("Exchange journal"))
        self.tabs.addTab(self.conflicts, self.tr("Knowledge-base conflicts"))
        self.body.addWidget(self.tabs, 1)
        for widget in (self.export_button, self.import_button, self.tabs):
            widget.setEnabled(self.allowed)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        if not self.allowed:
            self.notice.setText(self.tr("Your role does not exchange bundles. Ask the head of the centre or a "
                                        "CX specialist."))
            return
        self.centres.refresh()
        self.journal.refresh()
        self.conflicts.refresh()
        open_conflicts = self.conflicts.open_count()
        self.tabs.setTabText(2, self.tr("Knowledge-base conflicts ({n})").format(n=open_conflicts)
                             if open_conflicts else self.tr("Knowledge-base conflicts"))
        self.notice.setText(self.tr(
            "Weekly: create a bundle and hand it over on a removable drive or by e-mail; receive the bundles "
            "that came back. A lost or repeated file does no harm."))

    def _on_changed(self, names: set[str]) -> None:
        if names & (AREA_TABLES | {"knowledge_article"}):
            self.refresh()

    def open_export(self) -> None:
        if not self.allowed:
            return
        from cxdesk.gui.exchange.export_dialog import ExportDialog

        run_once(ExportDialog(self.ctx, self))

    def open_import(self) -> None:
        if not self.allowed:
            return
        from cxdesk.gui.exchange.import_dialog import ImportDialog

        run_once(ImportDialog(self.ctx, self))
        self.refresh()


def create_exchange_page(ctx: AppContext, area: Area) -> ExchangePage:
    return ExchangePage(ctx, area)
