"""Fixtures of the reports and compliance GUI tests: a CX specialist's context beside the reader's."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.gui.context import AppContext
from cxdesk.services import users
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role

SPECIALIST = Actor("orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST)


@pytest.fixture
def specialist_ctx(initialized_db) -> AppContext:
    admin = Actor("admin", "Администратор", Role.ADMIN, 1)
    users.add_user(initialized_db, admin, SPECIALIST.login, SPECIALIST.full_name, Role.CX_SPECIALIST,
                   "Special-2024-x")
    return make_context(initialized_db, SPECIALIST)
