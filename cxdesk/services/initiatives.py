"""Improvement measures (initiatives, R7) and legal-act proposals (R8). An initiative has a type, an
owner from the staff directory, pilot offices, dates, links to problems, recommendations, journeys and
touchpoints (UUID strings: those records belong to other areas and arrive in any order), the KPI
indicators and periods by which its effect is measured (values come from the KPI area when it lands),
and a lifecycle whose every transition is recorded with who, when and why. Writes need
``Action.PROBLEMS_EDIT`` («ведение проблем и мер»); every role reads. Board counts come from SQL.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select

from cxdesk.core import meetings_lifecycle as life
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.roles import Action
from cxdesk.services.working_group import _log, check_own, live, staff_names
from cxdesk.store.database import Database
from cxdesk.store.working_group import Initiative, InitiativeTransition, LegalProposal

_LISTS = ("pilot_offices", "problem_ids", "recommendation_ids", "journey_ids", "touchpoint_ids", "kpi_codes")


@dataclass(frozen=True)
class InitiativeFields:
    title: str
    kind: str
    description: str = ""
    owner_staff_id: str | None = None
    started_on: date | None = None
    due_on: date | None = None
    pilot_offices: tuple[str, ...] = ()
    problem_ids: tuple[str, ...] = ()
    recommendation_ids: tuple[str, ...] = ()
    journey_ids: tuple[str, ...] = ()
    touchpoint_ids: tuple[str, ...] = ()
    kpi_codes: tuple[str, ...] = ()
    baseline_period: str = ""
    result_period: str = ""
    meeting_id: str | None = None


@dataclass(frozen=True)
class TransitionInfo:
    from_stage: str
    to_stage: str
    at: datetime
    actor: str
    comment: str


@dataclass(frozen=True)
class InitiativeInfo:
    id: str
    office_code: str
    fields: InitiativeFields
    stage: str
    finished_on: date | None
    owner: str
    overdue: bool
    history: tuple[TransitionInfo, ...] = field(default=())

    @property
    def stage_title(self) -> str:
        return life.STAGE_TITLES[self.stage]

    @property
    def kind_title(self) -> str:
        return life.KINDS.get(self.fields.kind, self.fields.kind)


def _check(f: InitiativeFields) -> None:
    if len(f.title.strip()) < 5:
        raise ValidationError("Назовите меру (не короче 5 знаков).")
    if f.kind not in life.KINDS:
        raise ValidationError(f"Неизвестный тип меры «{f.kind}».")
    if f.started_on and f.due_on and f.due_on < f.started_on:
        raise ValidationError("Плановый срок завершения раньше даты начала.")


def _info(i: Initiative, staff, today: date, history=()) -> InitiativeInfo:
    lists = {name: tuple(json.loads(getattr(i, name) or "[]")) for name in _LISTS}
    fields = InitiativeFields(i.title, i.kind, i.description, i.owner_staff_id, i.started_on, i.due_on,
                              baseline_period=i.baseline_period, result_period=i.result_period,
                              meeting_id=i.meeting_id, **lists)
    owner = staff[i.owner_staff_id].full_name if i.owner_staff_id in staff else ""
    return InitiativeInfo(i.id, i.office_code, fields, i.stage, i.finished_on, owner,
                          life.is_overdue(i.stage, i.due_on, today), tuple(history))


def _check_new_problems(s, chosen: tuple[str, ...], stored: list[str]) -> None:
    """A newly linked problem must exist (links kept from before stay, even if their problem is gone)."""
    from cxdesk.store.problems import Problem

    new = [p for p in chosen if p and p not in stored]
    if not new:
        return
    found = set(s.scalars(select(Problem.id).where(Problem.id.in_(new), Problem.deleted.is_(False))))
    if any(p not in found for p in new):
        raise ValidationError("Мера не сохранена: одна из выбранных проблем не найдена (удалена или ещё не "
                              "получена из другого центра). Выберите проблемы заново кнопкой «Проблемы…».")


def save_initiative(db: Database, actor: Actor, fields: InitiativeFields, initiative_id: str | None = None) -> str:
    """Create an initiative (stage «идея», the first history entry) or change its content."""
    require(db, actor, Action.PROBLEMS_EDIT)
    _check(fields)
    with db.uow() as uow:
        s = uow.session
        if fields.owner_staff_id and fields.owner_staff_id not in staff_names(s, [fields.owner_staff_id]):
            raise ValidationError("Ответственный за меру не найден в справочнике сотрудников.")
        if initiative_id is None:
            _check_new_problems(s, fields.problem_ids, [])
            item = Initiative(office_code=db.office_code, stage=life.IDEA)
            s.add(item)
        else:
            item = live(s, Initiative, initiative_id, "Мера")
            check_own(db, item.office_code)
            _check_new_problems(s, fields.problem_ids, json.loads(item.problem_ids or "[]"))
        for name, value in fields.__dict__.items():
            if name in _LISTS:
                value = json.dumps([v for v in value if v], ensure_ascii=False)
            elif isinstance(value, str):
                value = value.strip()
            setattr(item, name, value)
        s.flush()
        if initiative_id is None:
            s.add(InitiativeTransition(initiative_id=item.id, from_stage="", to_stage=life.IDEA,
                                       actor=actor.full_name, comment="Мера зарегистрирована"))
        _log(s, actor, db, "initiatives.save", "wg_initiative", item.id)
        uow.commit()
        return item.id


def move(db: Database, actor: Actor, initiative_id: str, to_stage: str, comment: str = "",
         on: date | None = None) -> InitiativeInfo:
    """Move an initiative along its lifecycle; the transition is kept in its history."""
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        item = live(s, Initiative, initiative_id, "Мера")
        check_own(db, item.office_code)
        if not life.can_move(item.stage, to_stage):
            allowed = ", ".join(f"«{life.STAGE_TITLES[x]}»" for x in life.allowed_next(item.stage)) or "никуда"
            raise ValidationError(f"Меру на этапе «{life.STAGE_TITLES[item.stage]}» можно перевести только: "
                                  f"{allowed}. Этап не изменён.")
        if to_stage == life.REJECTED and not comment.strip():
            raise ValidationError("Укажите причину отклонения меры.")
        s.add(InitiativeTransition(initiative_id=item.id, from_stage=item.stage, to_stage=to_stage,
                                   actor=actor.full_name, comment=comment.strip()))
        item.stage = to_stage
        item.finished_on = (on or date.today()) if to_stage in life.FINAL_STAGES else None
        if to_stage != life.IDEA and item.started_on is None:
            item.started_on = on or date.today()
        s.flush()
        _log(s, actor, db, f"initiatives.{to_stage}", "wg_initiative", item.id)
        uow.commit()
    return get_initiative(db, initiative_id)


def remove_initiative(db: Database, actor: Actor, initiative_id: str) -> None:
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        item = live(uow.session, Initiative, initiative_id, "Мера")
        check_own(db, item.office_code)
        item.deleted = True
        _log(uow.session, actor, db, "initiatives.remove", "wg_initiative", item.id)
        uow.commit()


def get_initiative(db: Database, initiative_id: str, today: date | None = None) -> InitiativeInfo:
    with db.uow() as uow:
        s = uow.session
        item = live(s, Initiative, initiative_id, "Мера")
        history = [TransitionInfo(t.from_stage, t.to_stage, t.at, t.actor, t.comment) for t in s.scalars(
            select(InitiativeTransition).where(InitiativeTransition.initiative_id == item.id,
                                               InitiativeTransition.deleted.is_(False))
            .order_by(InitiativeTransition.at, InitiativeTransition.hlc))]
        return _info(item, staff_names(s, [item.owner_staff_id]), today or date.today(), history)


def list_initiatives(db: Database, *, office_code: str | None = None, stage: str | None = None,
                     kind: str | None = None, search: str = "", overdue_only: bool = False,
                     today: date | None = None) -> list[InitiativeInfo]:
    """The list view: filtered in SQL, newest plans first."""
    today = today or date.today()
    query = (select(Initiative).where(Initiative.deleted.is_(False),
                                      Initiative.office_code == (office_code or db.office_code))
             .order_by(Initiative.due_on.is_(None), Initiative.due_on, Initiative.title))
    if stage:
        query = query.where(Initiative.stage == stage)
    if kind:
        query = query.where(Initiative.kind == kind)
    if overdue_only:
        query = query.where(Initiative.stage.in_(life.OPEN_STAGES), Initiative.due_on < today)
    for word in search.split():
        query = query.where(Initiative.title.contains(word, autoescape=True))
    with db.uow() as uow:
        rows = list(uow.session.scalars(query))
        staff = staff_names(uow.session, [r.owner_staff_id for r in rows])
        return [_info(r, staff, today) for r in rows]


def initiatives_for_problem(db: Database, problem_id: str, today: date | None = None) -> list[InitiativeInfo]:
    """The live measures of any office that name the problem among their ``problem_ids``."""
    today = today or date.today()
    query = (select(Initiative).where(Initiative.deleted.is_(False),
                                      Initiative.problem_ids.contains(json.dumps(problem_id), autoescape=True))
             .order_by(Initiative.title))
    with db.uow() as uow:
        rows = list(uow.session.scalars(query))
        staff = staff_names(uow.session, [r.owner_staff_id for r in rows])
        return [_info(r, staff, today) for r in rows]


def board_counts(db: Database, office_code: str | None = None) -> dict[str, int]:
    """How many initiatives stand at each stage (the board's column headers)."""
    query = (select(Initiative.stage, func.count()).where(Initiative.deleted.is_(False),
                                                          Initiative.office_code == (office_code or db.office_code))
             .group_by(Initiative.stage))
    with db.uow() as uow:
        counts = dict(uow.session.execute(query).all())
    return {stage: counts.get(stage, 0) for stage in life.STAGES}


# --- legal-act proposals (R8) ---------------------------------------------------------------------

@dataclass(frozen=True)
class ProposalFields:
    act: str
    level: str = "regional"
    proposed_change: str = ""
    justification: str = ""
    sent_to: str = ""
    sent_on: date | None = None
    answer: str = ""
    answer_on: date | None = None
    status: str = "draft"
    initiative_id: str | None = None


@dataclass(frozen=True)
class ProposalInfo:
    id: str
    office_code: str
    fields: ProposalFields

    @property
    def status_title(self) -> str:
        return life.PROPOSAL_STATUSES.get(self.fields.status, self.fields.status)

    @property
    def level_title(self) -> str:
        return life.PROPOSAL_LEVELS.get(self.fields.level, self.fields.level)


def save_proposal(db: Database, actor: Actor, fields: ProposalFields, proposal_id: str | None = None) -> str:
    require(db, actor, Action.PROBLEMS_EDIT)
    if len(fields.act.strip()) < 5:
        raise ValidationError("Укажите нормативный правовой акт (название, дату и номер).")
    if fields.status not in life.PROPOSAL_STATUSES or fields.level not in life.PROPOSAL_LEVELS:
        raise ValidationError("Неизвестное состояние или уровень акта.")
    if fields.status != "draft" and (not fields.sent_to.strip() or fields.sent_on is None):
        raise ValidationError("Для направленного предложения укажите, куда и когда оно направлено.")
    if fields.status in ("answered", "accepted", "rejected") and not fields.answer.strip():
        raise ValidationError("Внесите содержание полученного ответа.")
    with db.uow() as uow:
        s = uow.session
        if proposal_id is None:
            item = LegalProposal(office_code=db.office_code)
            s.add(item)
        else:
            item = live(s, LegalProposal, proposal_id, "Предложение по НПА")
            check_own(db, item.office_code)
        for name, value in fields.__dict__.items():
            setattr(item, name, value.strip() if isinstance(value, str) else value)
        s.flush()
        _log(s, actor, db, "legal_proposals.save", "wg_legal_proposal", item.id)
        uow.commit()
        return item.id


def remove_proposal(db: Database, actor: Actor, proposal_id: str) -> None:
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        item = live(uow.session, LegalProposal, proposal_id, "Предложение по НПА")
        check_own(db, item.office_code)
        item.deleted = True
        _log(uow.session, actor, db, "legal_proposals.remove", "wg_legal_proposal", item.id)
        uow.commit()


def list_proposals(db: Database, *, office_code: str | None = None, status: str | None = None) -> list[ProposalInfo]:
    query = (select(LegalProposal).where(LegalProposal.deleted.is_(False),
                                         LegalProposal.office_code == (office_code or db.office_code))
             .order_by(LegalProposal.sent_on.is_(None), LegalProposal.sent_on.desc(), LegalProposal.act))
    if status:
        query = query.where(LegalProposal.status == status)
    with db.uow() as uow:
        return [ProposalInfo(p.id, p.office_code, ProposalFields(
            p.act, p.level, p.proposed_change, p.justification, p.sent_to, p.sent_on, p.answer, p.answer_on,
            p.status, p.initiative_id)) for p in uow.session.scalars(query)]
