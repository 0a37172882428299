"""The «Проблемы и меры» page (R5, R7): tabs for the problem register, all recommendations, the
candidate problems suggested from negative feedback, and the improvement measures (the working group's
own measures tab, shown here too). The title counts the unsolved problems; tabs read through services,
write through the operation runner and refresh when the change bus names one of their tables.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from cxdesk.gui.areas import Area, area_title
from cxdesk.gui.context import AppContext
from cxdesk.gui.pages.base import AreaPage
from cxdesk.services import problems_recommendations as recs
from cxdesk.services.problems_lists import ProblemFilter, list_problem_ids
from cxdesk.services.problems_terms import CHANGES

WATCHED = set(CHANGES) | {"feedback_record", "journey", "journey_touchpoint", "staff_member", "wg_initiative",
                          "wg_initiative_transition", "feedback_dictionary"}


class ProblemsPage(AreaPage):
    def __init__(self, ctx: AppContext, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(area, parent)
        self.ctx = ctx
        from cxdesk.gui.problems.candidates_tab import CandidatesTab
        from cxdesk.gui.problems.problems_tab import ProblemsTab
        from cxdesk.gui.problems.recommendations_tab import RecommendationsTab
        from cxdesk.gui.working_group.initiatives_tab import InitiativesTab

        self.tabs = QTabWidget()
        self.tabs.setObjectName("problemsTabs")
        self.problems = ProblemsTab(self)
        self.recommendations = RecommendationsTab(self)
        self.candidates = CandidatesTab(self)
        self.initiatives = InitiativesTab(self)
        for tab, title in ((self.problems, self.tr("Problems")), (self.recommendations, self.tr("Recommendations")),
                           (self.candidates, self.tr("Candidates")),
                           (self.initiatives, self.tr("Improvement measures"))):
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.body.addWidget(self.tabs, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.refresh()

    # what the reused measures tab asks of its page: the office whose records it shows
    def office_code(self) -> str:
        return self.ctx.db.office_code

    def own_office(self) -> bool:
        return True

    def addressees(self) -> list[str]:
        return recs.addressees(self.ctx.db)

    def refresh(self) -> None:
        unsolved = len(list_problem_ids(self.ctx.db, self.ctx.actor, ProblemFilter(status="open")))
        self.title_label.setText(self.tr("{title} · {n} unsolved").format(title=area_title(self.area), n=unsolved))
        self._refresh_current()

    def _refresh_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None:
            tab.refresh()

    def _on_changed(self, names: set[str]) -> None:
        if names & WATCHED:
            self.refresh()

    def show_problem(self, problem_id: str) -> None:
        """The problems tab with every filter cleared and the problem selected."""
        tab = self.problems
        for combo in (tab.status, tab.severity, tab.office, tab.journey):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        tab.search.blockSignals(True)
        tab.search.clear()
        tab.search.blockSignals(False)
        self.tabs.setCurrentWidget(tab)
        tab.reload()
        tab.select(problem_id)


def create_problems_page(ctx: AppContext, area: Area) -> QWidget:
    return ProblemsPage(ctx, area)
