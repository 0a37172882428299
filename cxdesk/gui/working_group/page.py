"""The «Рабочая группа» page: tabs for the composition and documents, the meetings (with the monthly
check), the assignments under control, the improvement measures (board and list), the legal-act
proposals and the staff directory. In the УЦЗН an office chooser shows the groups of the territorial
centres received by exchange (read-only); every tab reads through services and writes through the
operation runner, and refreshes when the change bus names one of the area's tables.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QWidget

from cxdesk.gui.areas import Area
from cxdesk.gui.context import AppContext
from cxdesk.gui.pages.base import AreaPage
from cxdesk.services import working_group

AREA_TABLES = {"wg_group", "wg_member", "wg_document", "wg_milestone", "wg_meeting", "wg_agenda_item",
               "wg_attendance", "wg_assignment", "wg_initiative", "wg_initiative_transition", "wg_legal_proposal",
               "staff_member"}


class WorkingGroupPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        top = QHBoxLayout()
        self.office_label = QLabel(self.tr("Office:"))
        self.office = QComboBox()
        self.office.setObjectName("wgOffice")
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.office_label)
        top.addWidget(self.office)
        top.addStretch(1)
        self.body.addLayout(top)
        from cxdesk.gui.working_group.assignments_tab import AssignmentsTab
        from cxdesk.gui.working_group.composition_tab import CompositionTab
        from cxdesk.gui.working_group.initiatives_tab import InitiativesTab
        from cxdesk.gui.working_group.legal_tab import LegalTab
        from cxdesk.gui.working_group.meetings_tab import MeetingsTab
        from cxdesk.gui.working_group.staff_tab import StaffTab

        self.tabs = QTabWidget()
        self.tabs.setObjectName("wgTabs")
        self.composition = CompositionTab(self)
        self.meetings = MeetingsTab(self)
        self.assignments = AssignmentsTab(self)
        self.initiatives = InitiativesTab(self)
        self.legal = LegalTab(self)
        self.staff = StaffTab(self)
        for tab, title in ((self.composition, self.tr("Composition and documents")),
                           (self.meetings, self.tr("Meetings")), (self.assignments, self.tr("Assignments")),
                           (self.initiatives, self.tr("Measures (initiatives)")),
                           (self.legal, self.tr("Legal-act proposals")), (self.staff, self.tr("Staff"))):
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.body.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # the office whose records the tabs show (own office unless the УЦЗН looks at a territorial one)
    def office_code(self) -> str:
        return self.office.currentData() or self.ctx.db.office_code

    def own_office(self) -> bool:
        return self.office_code() == self.ctx.db.office_code

    def group(self):
        return working_group.get_group(self.ctx.db, self.office_code())

    def _fill_offices(self) -> None:
        codes = working_group.group_offices(self.ctx.db)
        own = self.ctx.db.office_code
        wanted = [own] + [c for c in codes if c != own]
        current = [self.office.itemData(i) for i in range(self.office.count())]
        if current != wanted:
            selected = self.office.currentData() or own
            self.office.blockSignals(True)
            self.office.clear()
            for code in wanted:
                self.office.addItem(code + (self.tr(" (this office)") if code == own else ""), code)
            self.office.setCurrentIndex(max(0, self.office.findData(selected)))
            self.office.blockSignals(False)
        visible = len(wanted) > 1
        self.office.setVisible(visible)
        self.office_label.setVisible(visible)

    def refresh(self) -> None:
        self._fill_offices()
        self._refresh_current()

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None:
            tab.refresh()

    def _on_changed(self, names: set[str]) -> None:
        if names & AREA_TABLES:
            self.refresh()


def create_working_group_page(ctx: AppContext, area: Area) -> QWidget:
    return WorkingGroupPage(ctx, area)
