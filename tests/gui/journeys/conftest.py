"""Fixtures of the journey and profile GUI tests: a CX specialist's context on a database with the
reference library installed."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.gui.context import AppContext
from cxdesk.services import users
from cxdesk.services.actor import Actor
from cxdesk.services.journeys_library import install_reference_library
from cxdesk.services.roles import Role


@pytest.fixture
def cx_ctx(initialized_db) -> AppContext:
    install_reference_library(initialized_db)
    admin = Actor("admin", "Администратор", Role.ADMIN, 1)
    users.add_user(initialized_db, admin, "cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST, "Special-2024-x")
    return make_context(initialized_db, Actor("cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST))


@pytest.fixture
def library_reader_ctx(reader_ctx) -> AppContext:
    install_reference_library(reader_ctx.db)
    return reader_ctx
