"""Settings of this installation that the administrator changes (stored in the database)."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.models import LocalSetting

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 15
IDLE_LOCK_RANGE = (1, 240)


@dataclass(frozen=True)
class InstallationSettings:
    idle_lock_minutes: int


def get_settings(db: Database) -> InstallationSettings:
    with db.uow() as uow:
        row = uow.session.get(LocalSetting, IDLE_LOCK_KEY)
        minutes = int(row.value) if row else DEFAULT_IDLE_LOCK_MINUTES
        return InstallationSettings(idle_lock_minutes=minutes)


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> InstallationSettings:
    require(db, actor, Action.SETTINGS_MANAGE)
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise ValidationError(f"Время до автоблокировки: от {low} до {high} минут.")
    with db.uow() as uow:
        row = uow.session.get(LocalSetting, IDLE_LOCK_KEY)
        if row is None:
            uow.session.add(LocalSetting(key=IDLE_LOCK_KEY, value=str(minutes)))
        else:
            row.value = str(minutes)
        audit.append(uow.session, actor, "settings.idle_lock", office=db.office_code,
                     details={"minutes": minutes})
        uow.commit()
    return InstallationSettings(idle_lock_minutes=minutes)
