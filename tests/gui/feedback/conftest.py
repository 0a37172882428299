"""Fixtures of the feedback GUI tests: an intake specialist's context on a set-up database and the
«Обратная связь» page shown at 1366 px."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.gui.areas import area
from cxdesk.gui.context import AppContext
from cxdesk.gui.feedback.page import FeedbackPage
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role


@pytest.fixture
def intake_ctx(initialized_db) -> AppContext:
    return make_context(initialized_db, Actor("operator1", "Зайцева Ирина Олеговна", Role.CX_SPECIALIST))


@pytest.fixture
def page(qtbot, intake_ctx) -> FeedbackPage:
    widget = FeedbackPage(intake_ctx, area("feedback"))
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
