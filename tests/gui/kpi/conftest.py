"""Fixtures of the KPI GUI tests: a CX specialist on a database holding two offices' hand-made
feedback (the register of the service tests), visits entered for TC01, the default catalogue
archived and the hand-made indicators in its place."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.gui.context import AppContext
from cxdesk.services import offices
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from tests.services import test_kpi_monitoring as hand_made


@pytest.fixture
def kpi_ctx(initialized_db) -> AppContext:
    admin = Actor("admin", "Администратор", Role.ADMIN, 1)
    offices.add_office(initialized_db, admin, code="TC02", name="ТЦЗН по г. Лесной", kind="tczn")
    hand_made.build_register(initialized_db)
    return make_context(initialized_db, Actor("orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST))
