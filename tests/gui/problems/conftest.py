"""Fixtures of the problems GUI tests: a CX specialist's context (problems and feedback rights) on a
set-up database with a staff member, and the «Проблемы и меры» page shown at 1366 px."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.gui.areas import area
from cxdesk.gui.context import AppContext
from cxdesk.gui.problems.page import ProblemsPage
from cxdesk.services import staff
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role

SPECIALIST = Actor("orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST)


@pytest.fixture
def cx_ctx(initialized_db) -> AppContext:
    ctx = make_context(initialized_db, SPECIALIST)
    ctx.owner = staff.add_member(initialized_db, SPECIALIST, staff.StaffFields("Кузнецова Алла Сергеевна",
                                                                              "Начальник отдела"))
    return ctx


@pytest.fixture
def problems_page(qtbot, cx_ctx) -> ProblemsPage:
    page = ProblemsPage(cx_ctx, area("problems"))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page
