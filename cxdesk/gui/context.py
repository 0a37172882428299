"""What every page of a logged-in session gets: the database, who is acting, the office, the
change bus and the operation runner. Built by the main window after login; pages keep no ORM
objects and open no sessions, they call services with ``ctx.db`` and ``ctx.actor``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.gui.operations import ChangeBus, OperationRunner
from cxdesk.services.actor import Actor
from cxdesk.services.offices import OfficeInfo
from cxdesk.services.roles import Action, can
from cxdesk.store.database import Database


@dataclass
class AppContext:
    db: Database
    actor: Actor
    office: OfficeInfo
    bus: ChangeBus
    runner: OperationRunner

    def can(self, action: Action) -> bool:
        """A courtesy check for showing or enabling controls; services enforce permissions."""
        return can(self.actor.role, action)
