"""The whole role × action matrix, checked in the services (not in buttons)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cxdesk.services import audit, guard, maintenance, offices, settings, users
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ServiceError
from cxdesk.services.roles import PERMISSIONS, Action, Role
from cxdesk.store.models import AuditEntry

A, H, C, OP, R = Role.ADMIN, Role.HEAD, Role.CX_SPECIALIST, Role.OPERATOR, Role.READER

# Who may do what, written out as the product owner reads it (independent of PERMISSIONS).
EXPECTED: dict[Action, set[Role]] = {
    Action.USERS_MANAGE: {A},
    Action.SETTINGS_MANAGE: {A},
    Action.OFFICES_MANAGE: {A},
    Action.STAFF_EDIT: {A, H, C},
    Action.AUDIT_READ: {A, H},
    Action.BACKUP_RUN: {A, H, C},
    Action.RESTORE_RUN: {A},
    Action.REFERENCE_EDIT: {C},
    Action.FEEDBACK_ENTER: {C, OP},
    Action.FEEDBACK_READ: {H, C, OP},
    Action.PERSONAL_DATA_READ: {H, C, OP},
    Action.KPI_EDIT: {A, H, C},
    Action.TARGETS_APPROVE: {H, C},
    Action.PROBLEMS_EDIT: {H, C},
    Action.MEETINGS_EDIT: {H, C},
    Action.EVENTS_EDIT: {H, C},
    Action.REPORTS_READ: {A, H, C, OP, R},
    Action.REPORTS_GENERATE: {H, C},
    Action.KNOWLEDGE_READ: {A, H, C, OP, R},
    Action.KNOWLEDGE_PROPOSE: {A, H, C, OP, R},
    Action.KNOWLEDGE_PUBLISH: {H, C},
    Action.COMPLIANCE_READ: {A, H, C, OP, R},
    Action.SYNC_EXCHANGE: {A, C},
    Action.RETENTION_MANAGE: {A},
}


def test_expected_table_covers_every_action():
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(db, role, action):
    actor = Actor(login=f"test-{role}", full_name="Тестовый Пользователь", role=role, user_id=None)
    if role in EXPECTED[action]:
        guard.require(db, actor, action)
        return
    with pytest.raises(PermissionDenied) as error:
        guard.require(db, actor, action)
    assert "Недостаточно прав" in error.value.message
    with db.uow() as uow:
        last = uow.session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
        assert (last.actor, last.action, last.result) == (actor.login, str(action), "denied")


def test_permissions_table_matches_expected():
    for action, roles in EXPECTED.items():
        assert {r for r in Role if action in PERMISSIONS[r]} == roles, action


# Real service calls for the actions that exist in this version (each gets the database, the actor and a
# scratch folder).
SERVICE_CALLS = {
    Action.USERS_MANAGE: lambda db, actor, _folder: users.add_user(db, actor, "newbie", "Новиков Николай",
                                                                   "reader", "Reader-2024"),
    Action.SETTINGS_MANAGE: lambda db, actor, _folder: settings.set_idle_lock_minutes(db, actor, 20),
    Action.OFFICES_MANAGE: lambda db, actor, _folder: offices.add_office(db, actor, code="TC02",
                                                                         name="ТЦЗН по г. Лесной", kind="tczn"),
    Action.AUDIT_READ: lambda db, actor, _folder: audit.verify(db, actor),
    Action.BACKUP_RUN: lambda db, actor, folder: maintenance.backup(db, actor, folder / "copy.db"),
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(SERVICE_CALLS))
def test_services_enforce_the_matrix(db, role, action, tmp_path):
    actor = Actor(login=f"svc-{role}", full_name="Тестовый Пользователь", role=role)
    call = SERVICE_CALLS[action]
    if role not in EXPECTED[action]:
        with pytest.raises(PermissionDenied):
            call(db, actor, tmp_path)
    elif action is Action.BACKUP_RUN and not db.is_sqlite:
        # allowed, but a server database is backed up by its administrator (pg_dump): a refusal that is
        # not about the role
        with pytest.raises(ServiceError, match="pg_dump") as error:
            call(db, actor, tmp_path)
        assert not isinstance(error.value, PermissionDenied)
    else:
        call(db, actor, tmp_path)
