"""Annual KPI targets (R12): drafts, approval only by a recorded working-group decision, revisions.

A target is the value an indicator should reach in a year, for the region (``office_code`` "") or for
one office, which then overrides the regional one. It is entered as a draft (``Action.KPI_EDIT``) and
becomes approved only when linked to a decision of a held working-group meeting that approves that
year's targets (:func:`cxdesk.services.meetings.targets_decisions`, ``Action.TARGETS_APPROVE``).
Changing an approved value makes it a draft again. Every change and approval adds a revision row, so
the history of each target is kept; the compliance self-audit reads :func:`targets_status`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.kpi import KpiIndicator, KpiTarget, KpiTargetRevision
from cxdesk.store.types import utc_now

ENTITY = "kpi_target"
STATUS_TITLES = {"draft": "проект", "approved": "утверждено"}


@dataclass(frozen=True)
class Decision:
    """A working-group decision that approves a year's targets."""

    item_id: str
    protocol: str
    meeting_date: date
    text: str
    office_code: str = ""  # whose working group decided

    @property
    def ref(self) -> str:
        office = f"{self.office_code}, " if self.office_code else ""
        return f"{office}протокол № {self.protocol} от {self.meeting_date:%d.%m.%Y}"


@dataclass(frozen=True)
class TargetInfo:
    id: str
    indicator_code: str
    year: int
    office_code: str  # "" = the region
    value: float
    status: str
    decision_item_id: str | None
    decision_ref: str
    note: str
    revision: int
    updated_at: datetime | None

    @property
    def approved(self) -> bool:
        return self.status == "approved"

    @property
    def status_title(self) -> str:
        return STATUS_TITLES.get(self.status, self.status)


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    value: float
    status: str
    decision_ref: str
    note: str
    changed_by: str
    changed_at: datetime


@dataclass(frozen=True)
class TargetsStatus:
    year: int
    indicators: int  # active indicators of the catalogue
    approved: int  # indicators with an approved target (regional, or the office's own)
    drafts: int  # indicators whose target is still a draft
    decisions: list[str]  # protocol references of the approving decisions used

    @property
    def missing(self) -> int:
        return self.indicators - self.approved - self.drafts

    @property
    def complete(self) -> bool:
        return self.indicators > 0 and self.approved == self.indicators


def _info(t: KpiTarget) -> TargetInfo:
    return TargetInfo(t.id, t.indicator_code, t.year, t.office_code, t.value, t.status, t.decision_item_id,
                      t.decision_ref, t.note, t.revision, t.updated_at)


def decisions(db: Database, year: int) -> list[Decision]:
    """Held meetings' decisions approving the targets of ``year`` (newest last)."""
    from cxdesk.services.meetings import targets_decisions
    from cxdesk.store.working_group import AgendaItem, Meeting

    found = targets_decisions(db, year)
    with db.uow() as uow:  # whose working group held the meeting (the УЦЗН holds every office's minutes)
        offices = dict(uow.session.execute(select(AgendaItem.id, Meeting.office_code)
                                           .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                                           .where(AgendaItem.id.in_([str(f[0]) for f in found]))).all())
    return [Decision(str(i), str(n), d, str(t or ""), offices.get(str(i), "")) for i, n, d, t in found]


def _revise(session, target: KpiTarget, actor: Actor, note: str) -> None:
    session.add(KpiTargetRevision(target_id=target.id, revision=target.revision, value=target.value,
                                  status=target.status, decision_ref=target.decision_ref, note=note,
                                  changed_by=actor.full_name or actor.login, changed_at=utc_now()))


def target_id(indicator_code: str, year: int, office_code: str) -> str:
    """The same id for the same (indicator, year, office) in every database: a draft entered at an office
    and the managing centre's target for the same key are one record, and the centre's version replaces
    the office's when its bundle arrives (instead of two records clashing on the key)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cxdesk:kpi_target:{indicator_code}:{int(year)}:{office_code}"))


def _check_year(year: int) -> None:
    if not 2000 < int(year) < 2100:
        raise ValidationError(f"Год «{year}» указан неверно. Укажите год целевых значений, например 2026.")


def set_target(db: Database, actor: Actor, indicator_code: str, year: int, value: float,
               office_code: str = "", note: str = "") -> TargetInfo:
    """Enter or change a target; it is (again) a draft until a decision approves it."""
    require(db, actor, Action.KPI_EDIT)
    _check_year(year)
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Целевое значение должно быть числом, а указано «{value}». Ничего не сохранено.") \
            from None
    office_code = (office_code or "").strip()
    with db.uow() as uow:
        s = uow.session
        if not s.scalar(select(func.count()).select_from(KpiIndicator)
                        .where(KpiIndicator.code == indicator_code, KpiIndicator.deleted.is_(False))):
            raise NotFoundError(f"Показатель «{indicator_code}» не найден в каталоге. Целевое значение не "
                                "сохранено; обновите каталог.")
        t = s.scalar(select(KpiTarget).where(KpiTarget.indicator_code == indicator_code, KpiTarget.year == year,
                                             KpiTarget.office_code == office_code))
        if t is not None and not t.deleted and t.value == value and t.note == note.strip():
            return _info(t)
        if t is None:
            t = KpiTarget(id=target_id(indicator_code, year, office_code), indicator_code=indicator_code,
                          year=year, office_code=office_code, value=value, status="draft", revision=1)
            s.add(t)
        else:
            t.deleted, t.value, t.status, t.revision = False, value, "draft", t.revision + 1
            t.decision_item_id, t.decision_ref = None, ""
        t.note, t.updated_by, t.updated_at = note.strip(), actor.login, utc_now()
        s.flush()
        _revise(s, t, actor, "проект" if t.revision == 1 else "изменено значение (снова проект)")
        audit.append(s, actor, "kpi.target_set", office=db.office_code, entity=ENTITY, record_id=t.id,
                     details={"indicator": indicator_code, "year": year, "office": office_code, "value": value})
        info = _info(t)
        uow.commit()
    return info


def approve(db: Database, actor: Actor, year: int, decision_item_id: str | None,
            target_ids: list[str] | None = None) -> int:
    """Approve the year's drafts (or the given ones) by a working-group decision; returns how many."""
    require(db, actor, Action.TARGETS_APPROVE)
    _check_year(year)
    known = {d.item_id: d for d in decisions(db, year)}
    if not decision_item_id or decision_item_id not in known:
        raise ValidationError(
            f"Целевые значения на {year} год утверждаются только решением рабочей группы. "
            + ("Выбранное решение не утверждает целевые значения этого года. " if decision_item_id else "")
            + ("Проведённых заседаний с таким решением нет: " if not known else "Выберите решение из списка. ")
            + ("внесите в протокол заседания решение «утверждает целевые значения КПЭ» на этот год "
               "(раздел «Рабочая группа»), затем повторите. " if not known else "")
            + "Целевые значения остались проектами.")
    decision = known[decision_item_id]
    with db.uow() as uow:
        s = uow.session
        query = select(KpiTarget).where(KpiTarget.year == year, KpiTarget.status == "draft",
                                        KpiTarget.deleted.is_(False))
        if target_ids is not None:
            query = query.where(KpiTarget.id.in_(list(target_ids)))
        rows = list(s.scalars(query))
        if not rows:
            raise ValidationError(f"Нет проектов целевых значений на {year} год для утверждения. "
                                  "Сначала внесите значения.")
        for t in rows:
            t.status, t.decision_item_id, t.decision_ref = "approved", decision.item_id, decision.ref
            t.revision, t.updated_by, t.updated_at = t.revision + 1, actor.login, utc_now()
            _revise(s, t, actor, f"утверждено: {decision.ref}")
        audit.append(s, actor, "kpi.targets_approve", office=db.office_code, entity=ENTITY,
                     record_id=decision.item_id, details={"year": year, "count": len(rows), "decision": decision.ref})
        uow.commit()
    return len(rows)


def remove_target(db: Database, actor: Actor, target_id: str) -> None:
    """Remove a draft target (approved ones are changed, not removed: the decision stays on record)."""
    require(db, actor, Action.KPI_EDIT)
    with db.uow() as uow:
        t = uow.session.get(KpiTarget, target_id)
        if t is None or t.deleted:
            raise NotFoundError("Целевое значение не найдено: возможно, его уже удалили. Обновите список.")
        if t.status == "approved":
            raise ValidationError("Утверждённое целевое значение удалить нельзя: оно принято решением рабочей "
                                  "группы. Измените значение (оно станет проектом) или оставьте как есть.")
        t.deleted, t.revision, t.updated_at = True, t.revision + 1, utc_now()
        _revise(uow.session, t, actor, "проект удалён")
        audit.append(uow.session, actor, "kpi.target_remove", office=db.office_code, entity=ENTITY,
                     record_id=t.id, details={"indicator": t.indicator_code, "year": t.year})
        uow.commit()


def list_targets(db: Database, year: int, office_code: str | None = None) -> list[TargetInfo]:
    """The year's targets: the regional ones and, with ``office_code``, that office's own."""
    offices = [""] + ([office_code] if office_code else [])
    with db.uow() as uow:
        return [_info(t) for t in uow.session.scalars(
            select(KpiTarget).where(KpiTarget.year == year, KpiTarget.deleted.is_(False),
                                    KpiTarget.office_code.in_(offices))
            .order_by(KpiTarget.indicator_code, KpiTarget.office_code))]


def all_targets(db: Database, year: int) -> dict[tuple[str, str], TargetInfo]:
    """(indicator code, office code or "") → target, for every office of the year (offices compared)."""
    with db.uow() as uow:
        return {(t.indicator_code, t.office_code): _info(t) for t in uow.session.scalars(
            select(KpiTarget).where(KpiTarget.year == year, KpiTarget.deleted.is_(False)))}


def effective_targets(db: Database, year: int, office_code: str | None) -> dict[str, TargetInfo]:
    """Indicator code → the target that applies: the office's own if it has one, else the region's."""
    result: dict[str, TargetInfo] = {}
    for t in list_targets(db, year, office_code):
        if t.indicator_code not in result or t.office_code:
            result[t.indicator_code] = t
    return result


def history(db: Database, target_id: str) -> list[RevisionInfo]:
    with db.uow() as uow:
        return [RevisionInfo(r.revision, r.value, r.status, r.decision_ref, r.note, r.changed_by, r.changed_at)
                for r in uow.session.scalars(select(KpiTargetRevision)
                                             .where(KpiTargetRevision.target_id == target_id)
                                             .order_by(KpiTargetRevision.revision))]


def targets_status(db: Database, year: int, office_code: str | None = None) -> TargetsStatus:
    """How far the year's targets are approved (for the compliance self-audit and the dashboard)."""
    from cxdesk.services.kpi_catalogue import list_indicators

    codes = {i.code for i in list_indicators(db)}
    targets = {c: t for c, t in effective_targets(db, year, office_code).items() if c in codes}
    approved = [t for t in targets.values() if t.approved]
    refs = sorted({t.decision_ref for t in approved if t.decision_ref})
    return TargetsStatus(year, len(codes), len(approved), len(targets) - len(approved), refs)
