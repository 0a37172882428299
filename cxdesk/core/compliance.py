"""The requirements of section VI of the Standard (R1–R18) as the self-audit sees them: each with its
Russian title, the item of the Standard, how cxdesk checks it from the data (the rule, in words a
head of a centre can verify) and the screen where it is fixed; the three statuses and their titles.

Pure data and rules: the services count what the database holds and hand the numbers to
:func:`at_least`, :func:`status_of` and :func:`overall`. Nothing here reads a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cxdesk.core.periods import Period

MET, NOT_MET, NO_DATA = "met", "not_met", "no_data"
STATUSES = (MET, NOT_MET, NO_DATA)
STATUS_TITLES = {MET: "выполнено", NOT_MET: "не выполнено", NO_DATA: "нет данных"}
STATUS_MARKS = {MET: "✔", NOT_MET: "✖", NO_DATA: "?"}

MIN_PROFILES = 10
MIN_JOURNEYS = 10
SOURCES = ("book", "appeal", "open", "survey", "metric")
SOURCE_TITLES = {
    "book": "книга жалоб и предложений",
    "appeal": "обращения граждан и работодателей",
    "open": "открытые источники",
    "survey": "опросы",
    "metric": "метрики удовлетворённости",
}


@dataclass(frozen=True)
class Requirement:
    id: str
    item: str  # the item of section VI
    title: str
    rule: str  # how the self-audit decides, in Russian
    area: str  # the area id of the screen where it is fixed


REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("R1", "61а", "Не менее 10 профилей клиентских групп",
                "Действующих (не архивных) профилей не меньше 10.", "profiles"),
    Requirement("R2", "61а", "Не менее 10 клиентских маршрутов",
                "Действующих (не архивных) клиентских маршрутов не меньше 10.", "journeys"),
    Requirement("R3", "61б", "Измерение качества КО по пяти источникам",
                "За квартал есть записи всех пяти источников обратной связи (для региона — в сумме по "
                "центрам; центры, где источников меньше пяти, названы).", "feedback"),
    Requirement("R4", "61в", "Единая база данных анализа КО по утверждённому регламенту",
                "В программе хранится положение (регламент) рабочей группы; в УЦЗН, кроме того, есть "
                "данные территориальных центров.", "working_group"),
    Requirement("R5", "61г", "Ежеквартальный отчёт с проблемами и рекомендациями, доступный сотрудникам",
                "Отчёт за предыдущий квартал опубликован (его может прочитать каждый сотрудник).", "reports"),
    Requirement("R6", "62а", "Работа с учётом профилей, маршрутов и отчётов",
                "Записи обратной связи за квартал привязаны к точкам контакта клиентских маршрутов "
                "(сколько мер связано с проблемами и маршрутами, показано справочно).", "journeys"),
    Requirement("R7", "62б", "Инновационные подходы, оптимизация и реинжиниринг процессов",
                "Есть хотя бы одна мера, которая прошла дальше идеи (в работе или внедрена).", "working_group"),
    Requirement("R8", "62в", "Предложения по совершенствованию НПА и локальных актов",
                "Зарегистрировано хотя бы одно предложение по совершенствованию НПА.", "working_group"),
    Requirement("R9", "62г, 63", "Мониторинг качества КО по КПЭ",
                "За квартал рассчитаны значения КПЭ и есть целевые значения для сравнения.", "kpi"),
    Requirement("R10", "64", "КПЭ в пяти группах пункта 64",
                "В каталоге КПЭ есть показатели каждой из пяти групп.", "kpi"),
    Requirement("R11", "65", "Дополнительные (региональные) показатели",
                "Каталог ведётся как данные: рабочая группа может добавлять показатели (их число "
                "показано; добавлять — право, а не обязанность).", "kpi"),
    Requirement("R12", "66", "Целевые значения утверждены рабочей группой на год",
                "Для каждого показателя каталога на год квартала утверждено целевое значение решением "
                "рабочей группы.", "kpi"),
    Requirement("R13", "67", "Служба дизайна КО в УЦЗН, сводные данные региона",
                "В базе УЦЗН есть данные территориальных центров (сведены обменом); в ТЦЗН применены "
                "пакеты обмена от УЦЗН (справочники, каталог КПЭ, отчёты).", "exchange"),
    Requirement("R14", "68–69", "Рабочая группа: состав, положение, дорожная карта",
                "У рабочей группы есть председатель, секретарь и члены, положение и дорожная карта.",
                "working_group"),
    Requirement("R15", "70", "Заседания рабочей группы не реже раза в месяц",
                "В каждом завершившемся месяце квартала проведено заседание (для региона — в каждой "
                "рабочей группе).", "working_group"),
    Requirement("R16", "71а", "Мероприятия по развитию компетенций не реже раза в квартал",
                "За квартал проведено хотя бы одно мероприятие для сотрудников.", "events"),
    Requirement("R17", "71б", "База знаний регулярно обновляется",
                "За квартал в базе знаний опубликован или изменён хотя бы один материал.", "knowledge"),
    Requirement("R18", "60–71", "Самопроверка соответствия Стандарту",
                "Каждое из требований R1–R17 удалось оценить по данным (нет требований «нет данных»).",
                "compliance"),
)
REQUIREMENT_IDS = tuple(r.id for r in REQUIREMENTS)


def requirement(requirement_id: str) -> Requirement:
    for item in REQUIREMENTS:
        if item.id == requirement_id:
            return item
    raise KeyError(requirement_id)


@dataclass(frozen=True)
class Check:
    """One requirement evaluated: its status, a one-line Russian summary, the evidence (numbers,
    dates, records — JSON-ready) and the area where it is fixed."""

    id: str
    status: str
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)
    area: str = ""

    @property
    def requirement(self) -> Requirement:
        return requirement(self.id)

    @property
    def title(self) -> str:
        return self.requirement.title

    @property
    def status_title(self) -> str:
        return STATUS_TITLES[self.status]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "status": self.status, "status_title": self.status_title,
                "summary": self.summary, "evidence": self.evidence, "area": self.area or self.requirement.area}


def status_of(ok: bool | None) -> str:
    """True → met, False → not met, None (the data to decide is missing) → no data."""
    if ok is None:
        return NO_DATA
    return MET if ok else NOT_MET


def at_least(count: int | None, minimum: int) -> str:
    return status_of(None if count is None else count >= minimum)


def missing_sources(counts: dict[str, int]) -> list[str]:
    """The sources of the five with no record (in the Standard's order)."""
    return [s for s in SOURCES if not counts.get(s)]


def completeness(checks: Iterable[Check]) -> str:
    """R18: the self-audit is complete when no other requirement lacks data."""
    others = [c for c in checks if c.id != "R18"]
    if not others:
        return NO_DATA
    return NO_DATA if any(c.status == NO_DATA for c in others) else MET


def overall(checks: Iterable[Check]) -> dict[str, int]:
    """How many requirements are met, not met and without data."""
    counts = dict.fromkeys(STATUSES, 0)
    for c in checks:
        counts[c.status] += 1
    return counts


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian plural form for ``n`` («1 профиль», «3 профиля», «10 профилей»)."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


EVIDENCE_TITLES = {
    "count": "число", "minimum": "минимум", "records": "записей по источникам", "missing": "нет записей",
    "offices_short": "центры, где источников меньше пяти", "regulations": "положение (регламент)",
    "offices_with_data": "центры с данными за квартал", "office_kind": "вид центра", "period": "квартал",
    "scope": "центр или регион", "edition": "редакция", "published_at": "опубликован",
    "feedback": "записей за квартал", "feedback_on_touchpoints": "привязано к точкам контакта",
    "measures": "мер", "measures_linked": "мер, связанных с проблемами или маршрутами", "by_stage": "по этапам",
    "by_status": "по состоянию", "indicators": "показателей", "computed": "рассчитано",
    "with_target": "с целевым значением", "groups": "групп", "groups_with_indicators": "групп с показателями",
    "additional": "дополнительные показатели", "reason": "причина", "year": "год", "approved": "утверждено",
    "drafts": "в проекте", "decisions": "решения рабочей группы", "offices": "по центрам",
    "problems": "замечания", "months_ended": "завершившиеся месяцы", "missed": "месяцы без заседаний",
    "events": "мероприятий", "updates": "обновлений", "last_updated": "последнее обновление",
    "no_data": "без данных", "evaluated": "оценено требований", "roles": "роли", "documents": "документы",
    "bundles_applied": "применено пакетов обмена", "last": "последний",
}
_VALUE_TITLES = {**SOURCE_TITLES, "uczn": "УЦЗН", "tczn": "ТЦЗН", "chair": "председатель",
                 "secretary": "секретарь", "member": "член", "deputy": "заместитель", "invited": "приглашённый",
                 "regulation": "положение", "roadmap": "дорожная карта", "order": "приказ", "other": "другое",
                 "REGION": "весь регион"}
_QUARTER = re.compile(r"^\d{4}Q[1-4]$")
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d")


def evidence_text(value: Any) -> str:
    """Evidence in words for the screen and print («—» for nothing)."""
    if value is None or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, dict):
        return "; ".join(f"{EVIDENCE_TITLES.get(str(k), _VALUE_TITLES.get(str(k), str(k)))}: {evidence_text(v)}"
                         for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(evidence_text(v) for v in value)
    text = str(value)
    if _QUARTER.match(text):
        return Period.parse(text).title
    if _TIMESTAMP.match(text):
        return f"{datetime.fromisoformat(text).astimezone():%d.%m.%Y %H:%M}"
    return _VALUE_TITLES.get(text, text)
