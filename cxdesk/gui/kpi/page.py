"""The «Показатели (КПЭ)» page: the monitoring dashboard, the catalogue of indicators, the annual
targets and the monthly denominators, one tab each. A tab re-reads its data when it is shown and
when the change bus reports a change to what it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from cxdesk.gui.areas import Area
from cxdesk.gui.context import AppContext
from cxdesk.gui.kpi.catalogue import CatalogueTab
from cxdesk.gui.kpi.dashboard import Dashboard
from cxdesk.gui.kpi.denominators import DenominatorsTab
from cxdesk.gui.kpi.targets import TargetsTab
from cxdesk.gui.pages.base import AreaPage

WATCHED = {"feedback_record", "kpi_indicator", "kpi_target", "kpi_denominator", "survey_template", "office",
           "wg_agenda_item", "wg_meeting"}


class KpiPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("kpiTabs")
        self.dashboard = Dashboard(ctx)
        self.catalogue = CatalogueTab(ctx)
        self.targets = TargetsTab(ctx)
        self.denominators = DenominatorsTab(ctx)
        self.tabs.addTab(self.dashboard, self.tr("Monitoring"))
        self.tabs.addTab(self.catalogue, self.tr("Catalogue"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.denominators, self.tr("Monthly denominators"))
        self.body.addWidget(self.tabs, 1)
        self._stale: set[int] = set(range(self.tabs.count()))
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self._stale = set(range(self.tabs.count()))
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self.tabs.widget(index).refresh()

    def _on_changed(self, names: set[str]) -> None:
        if set(names) & WATCHED:
            self.refresh()


def create_kpi_page(ctx: AppContext, area: Area) -> QWidget:
    return KpiPage(ctx, area)
