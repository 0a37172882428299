"""Fixtures of the feedback GUI tests: an intake specialist's context on a set-up database."""

from __future__ import annotations

import pytest
from gui_support import make_context

from cxdesk.gui.context import AppContext
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role


@pytest.fixture
def intake_ctx(initialized_db) -> AppContext:
    return make_context(initialized_db, Actor("operator1", "Зайцева Ирина Олеговна", Role.CX_SPECIALIST))
