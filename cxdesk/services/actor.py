"""Who is acting: the logged-in user (GUI) or the local operator of the command line."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from cxdesk.services.roles import Role


@dataclass(frozen=True)
class Actor:
    login: str
    full_name: str
    role: Role
    user_id: int | None = None

    @classmethod
    def command_line(cls) -> Actor:
        """Whoever can open the database file on this computer acts as its administrator."""
        try:
            who = getpass.getuser()
        except Exception:
            who = "unknown"
        return cls(login=f"cli:{who}", full_name="Командная строка", role=Role.ADMIN)
