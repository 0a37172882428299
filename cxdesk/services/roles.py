"""Roles, actions and the permission matrix (data checked by every service call)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    HEAD = "head"
    CX_SPECIALIST = "cx_specialist"
    OPERATOR = "operator"
    READER = "reader"


ROLE_TITLES: dict[Role, str] = {
    Role.ADMIN: "Администратор",
    Role.HEAD: "Руководитель центра",
    Role.CX_SPECIALIST: "Специалист по КО",
    Role.OPERATOR: "Оператор ввода",
    Role.READER: "Сотрудник (чтение)",
}


class Action(StrEnum):
    USERS_MANAGE = "users.manage"
    SETTINGS_MANAGE = "settings.manage"
    OFFICES_MANAGE = "offices.manage"
    STAFF_EDIT = "staff.edit"
    AUDIT_READ = "audit.read"
    BACKUP_RUN = "backup.run"
    RESTORE_RUN = "restore.run"
    REFERENCE_EDIT = "reference.edit"  # profiles, journeys
    FEEDBACK_ENTER = "feedback.enter"
    FEEDBACK_READ = "feedback.read"
    PERSONAL_DATA_READ = "personal_data.read"
    KPI_EDIT = "kpi.edit"
    TARGETS_APPROVE = "targets.approve"
    PROBLEMS_EDIT = "problems.edit"
    MEETINGS_EDIT = "meetings.edit"
    EVENTS_EDIT = "events.edit"
    REPORTS_READ = "reports.read"
    REPORTS_GENERATE = "reports.generate"
    KNOWLEDGE_READ = "knowledge.read"
    KNOWLEDGE_PROPOSE = "knowledge.propose"
    KNOWLEDGE_PUBLISH = "knowledge.publish"
    COMPLIANCE_READ = "compliance.read"
    SYNC_EXCHANGE = "sync.exchange"
    RETENTION_MANAGE = "retention.manage"  # 152-ФЗ: retention periods, anonymisation, destruction acts


_EVERYONE = {Action.REPORTS_READ, Action.KNOWLEDGE_READ, Action.KNOWLEDGE_PROPOSE, Action.COMPLIANCE_READ}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(
        _EVERYONE
        | {
            Action.USERS_MANAGE,
            Action.SETTINGS_MANAGE,
            Action.OFFICES_MANAGE,
            Action.STAFF_EDIT,
            Action.AUDIT_READ,
            Action.BACKUP_RUN,
            Action.RESTORE_RUN,
            Action.SYNC_EXCHANGE,
            Action.KPI_EDIT,
            Action.RETENTION_MANAGE,
        }
    ),
    Role.HEAD: frozenset(
        _EVERYONE
        | {
            Action.AUDIT_READ,
            Action.STAFF_EDIT,
            Action.FEEDBACK_READ,
            Action.PERSONAL_DATA_READ,
            Action.KPI_EDIT,
            Action.TARGETS_APPROVE,
            Action.PROBLEMS_EDIT,
            Action.MEETINGS_EDIT,
            Action.EVENTS_EDIT,
            Action.REPORTS_GENERATE,
            Action.KNOWLEDGE_PUBLISH,
            Action.BACKUP_RUN,
        }
    ),
    Role.CX_SPECIALIST: frozenset(
        _EVERYONE
        | {
            Action.REFERENCE_EDIT,
            Action.STAFF_EDIT,
            Action.FEEDBACK_ENTER,
            Action.FEEDBACK_READ,
            Action.PERSONAL_DATA_READ,
            Action.KPI_EDIT,
            Action.TARGETS_APPROVE,
            Action.PROBLEMS_EDIT,
            Action.MEETINGS_EDIT,
            Action.EVENTS_EDIT,
            Action.REPORTS_GENERATE,
            Action.KNOWLEDGE_PUBLISH,
            Action.SYNC_EXCHANGE,
            Action.BACKUP_RUN,
        }
    ),
    Role.OPERATOR: frozenset(
        _EVERYONE | {Action.FEEDBACK_ENTER, Action.FEEDBACK_READ, Action.PERSONAL_DATA_READ}
    ),
    Role.READER: frozenset(_EVERYONE),
}


def can(role: Role | str, action: Action) -> bool:
    return action in PERMISSIONS[Role(role)]


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        known = ", ".join(r.value for r in Role)
        from cxdesk.services.errors import ValidationError

        raise ValidationError(f"Неизвестная роль «{value}». Допустимые роли: {known}.") from None
