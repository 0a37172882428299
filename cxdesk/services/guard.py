"""Permission checks: a refused call is audited and raises a Russian error."""

from __future__ import annotations

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied
from cxdesk.services.roles import ROLE_TITLES, Action, Role, can
from cxdesk.store.database import Database

ACTION_TITLES: dict[Action, str] = {
    Action.USERS_MANAGE: "управление пользователями",
    Action.SETTINGS_MANAGE: "изменение настроек",
    Action.OFFICES_MANAGE: "ведение справочника центров занятости",
    Action.STAFF_EDIT: "ведение справочника сотрудников",
    Action.AUDIT_READ: "просмотр журнала аудита",
    Action.BACKUP_RUN: "резервное копирование",
    Action.RESTORE_RUN: "восстановление из резервной копии",
    Action.REFERENCE_EDIT: "изменение профилей и клиентских маршрутов",
    Action.FEEDBACK_ENTER: "ввод обратной связи",
    Action.FEEDBACK_READ: "просмотр обратной связи",
    Action.PERSONAL_DATA_READ: "просмотр персональных данных заявителей",
    Action.KPI_EDIT: "изменение каталога КПЭ",
    Action.TARGETS_APPROVE: "утверждение целевых значений",
    Action.PROBLEMS_EDIT: "ведение проблем и мер",
    Action.MEETINGS_EDIT: "ведение заседаний рабочей группы",
    Action.EVENTS_EDIT: "ведение мероприятий",
    Action.REPORTS_READ: "просмотр отчётов",
    Action.REPORTS_GENERATE: "формирование отчётов",
    Action.KNOWLEDGE_READ: "чтение базы знаний",
    Action.KNOWLEDGE_PROPOSE: "предложение материалов в базу знаний",
    Action.KNOWLEDGE_PUBLISH: "публикация материалов базы знаний",
    Action.COMPLIANCE_READ: "самопроверка соответствия Стандарту",
    Action.SYNC_EXCHANGE: "обмен пакетами с УЦЗН",
    Action.RETENTION_MANAGE: "сроки хранения и обезличивание персональных данных",
}


def require(db: Database, actor: Actor, action: Action) -> None:
    """Raise :class:`PermissionDenied` (and audit the refusal) unless the actor's role allows it."""
    if can(actor.role, action):
        return
    audit.append_now(db, actor, str(action), result="denied")
    raise PermissionDenied(
        f"Недостаточно прав: действие «{ACTION_TITLES[action]}» недоступно для роли "
        f"«{ROLE_TITLES[Role(actor.role)]}». Ничего не изменено; обратитесь к администратору."
    )
