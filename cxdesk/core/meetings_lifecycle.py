"""The lifecycle of an improvement initiative (R7): идея → проектирование → разработка → пилотное
тестирование → внедрено, with «отклонено» possible from any open stage, a step back allowed while the
work is open, and a rejected idea reopenable. Also the kinds of initiatives and the statuses of legal-act
proposals (R8). Pure data and rules; the service records every transition with who, when and why.
"""

from __future__ import annotations

IDEA, DESIGN, DEVELOPMENT, PILOT, IMPLEMENTED, REJECTED = (
    "idea", "design", "development", "pilot", "implemented", "rejected")

STAGES = (IDEA, DESIGN, DEVELOPMENT, PILOT, IMPLEMENTED, REJECTED)
STAGE_TITLES = {
    IDEA: "Идея", DESIGN: "Проектирование", DEVELOPMENT: "Разработка", PILOT: "Пилотное тестирование",
    IMPLEMENTED: "Внедрено", REJECTED: "Отклонено",
}
OPEN_STAGES = (IDEA, DESIGN, DEVELOPMENT, PILOT)
FINAL_STAGES = (IMPLEMENTED, REJECTED)

_FORWARD = {IDEA: DESIGN, DESIGN: DEVELOPMENT, DEVELOPMENT: PILOT, PILOT: IMPLEMENTED}
_BACK = {DESIGN: IDEA, DEVELOPMENT: DESIGN, PILOT: DEVELOPMENT}

KINDS = {
    "innovation": "Инновационный подход",
    "optimisation": "Оптимизация процесса",
    "reengineering": "Реинжиниринг процесса",
    "legal_act": "Предложение по изменению НПА",
    "local_act": "Изменение локального акта",
    "monitoring": "Мониторинг",
}

PROPOSAL_STATUSES = {
    "draft": "Подготовка", "sent": "Направлено", "answered": "Получен ответ", "accepted": "Принято",
    "rejected": "Отклонено",
}
PROPOSAL_LEVELS = {"federal": "Федеральный", "regional": "Региональный", "local": "Локальный акт"}


def allowed_next(stage: str) -> tuple[str, ...]:
    """The stages an initiative may move to from ``stage``, the usual next one first."""
    if stage == REJECTED:
        return (IDEA,)
    if stage == IMPLEMENTED:
        return ()
    result = [_FORWARD[stage]]
    if stage in _BACK:
        result.append(_BACK[stage])
    result.append(REJECTED)
    return tuple(result)


def can_move(from_stage: str, to_stage: str) -> bool:
    return to_stage in allowed_next(from_stage)


def is_overdue(stage: str, due_on, today) -> bool:
    """An open initiative past its planned end date."""
    return stage in OPEN_STAGES and due_on is not None and due_on < today
