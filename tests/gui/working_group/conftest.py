"""Fixtures of the working-group GUI tests: a secretary's context on
a database with a working group (staff directory, composition)."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.services import users
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from tests.services.working_group_support import make_group


@pytest.fixture
def secretary_ctx(initialized_db):
    admin = Actor("admin", "Администратор", Role.ADMIN, 1)
    users.add_user(initialized_db, admin, "pavlova", "Павлова Наталья Викторовна", Role.CX_SPECIALIST,
                   "Secretary-2024-x")
    actor = Actor("pavlova", "Павлова Наталья Викторовна", Role.CX_SPECIALIST)
    ctx = make_context(initialized_db, actor)
    ctx.staff_ids = make_group(initialized_db, actor)
    return ctx
