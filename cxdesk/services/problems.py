"""The problem register (R5): register, edit and delete problems, link the feedback records behind them
(evidence), and the period view the quarterly report and the compliance self-audit read.

A problem names its journey and touchpoint (``cxdesk.services.journeys``), its owner from the staff
directory and the office that registered it; those are UUID strings of other areas, checked here. Its
frequency is the number of its live evidence records, counted in SQL. Every role reads the register;
writes need ``Action.PROBLEMS_EDIT`` and touch only problems of this installation's office (problems of
other offices arrive by exchange and are read-only here). Deletes are tombstones that take the problem's
evidence links and recommendations with them. Recommendations live in ``problems_recommendations``,
the register's lists in ``problems_lists``, suggested candidates in ``problem_candidates``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from cxdesk.core.periods import Period
from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.problems_terms import (
    CLOSED_STATUSES,
    ENTITY,
    SEVERITIES,
    SEVERITY_RANK,
    STATUSES,
)
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord
from cxdesk.store.journeys import Journey, Touchpoint
from cxdesk.store.problems import Problem, ProblemEvidence, Recommendation
from cxdesk.store.staff import StaffMember
from cxdesk.store.types import utc_now

CHUNK = 500


# --- the API of the quarterly report and the compliance self-audit ---------------------------------

@dataclass(frozen=True)
class RecommendationSummary:
    text: str
    addressee: str
    due: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class ProblemSummary:
    id: str
    title: str
    journey_title: str
    touchpoint_title: str
    severity: str
    status: str
    owner: str
    office_code: str
    evidence_total: int
    evidence_in_period: int
    recommendations: list[RecommendationSummary]


# --- the register ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProblemFields:
    title: str
    description: str = ""
    journey_id: str | None = None
    touchpoint_id: str | None = None
    severity: str = "medium"
    status: str = "identified"
    owner_staff_id: str | None = None
    identified_on: date | None = None  # today when not given
    status_note: str = ""  # why it was rejected, how it was solved


@dataclass(frozen=True)
class ProblemInfo:
    id: str
    office_code: str
    fields: ProblemFields
    closed_on: date | None
    journey_title: str
    touchpoint_title: str
    owner: str
    evidence: int
    editable: bool  # registered by this office
    updated_at: datetime | None = None
    created_by: str = ""
    recommendations: tuple = field(default=())  # RecommendationInfo of problems_recommendations

    @property
    def severity_title(self) -> str:
        return SEVERITIES.get(self.fields.severity, self.fields.severity)

    @property
    def status_title(self) -> str:
        return STATUSES.get(self.fields.status, self.fields.status)


def live_evidence():
    """Evidence links that count: the link and the feedback record are both live. The record's flag is
    wrapped so that the planner reaches the few evidence records by id, never through an index that
    starts with ``deleted`` (which would walk the whole register for every problem)."""
    return and_(ProblemEvidence.deleted.is_(False),
                func.coalesce(FeedbackRecord.deleted, FeedbackRecord.deleted).is_(False))


def received_in(period: Period):
    """The evidence record was received in the period. The date is wrapped so that the planner looks the
    few evidence records up by id instead of walking the whole register's date index for every problem."""
    day = func.coalesce(FeedbackRecord.received_on, FeedbackRecord.received_on)
    return and_(day >= period.start, day < period.end)


def evidence_count(*extra):
    """Correlated subquery: a problem's frequency (live evidence records), optionally narrowed."""
    return (select(func.count()).select_from(ProblemEvidence)
            .join(FeedbackRecord, FeedbackRecord.id == ProblemEvidence.record_id)
            .where(ProblemEvidence.problem_id == Problem.id, live_evidence(), *extra)
            .correlate(Problem).scalar_subquery())


def load(session: Session, problem_id: str) -> Problem:
    problem = session.get(Problem, problem_id)
    if problem is None or problem.deleted:
        raise NotFoundError("Проблема не найдена: возможно, её удалили. Обновите список.")
    return problem


def check_own(db: Database, problem: Problem) -> None:
    if problem.office_code != db.office_code:
        raise ValidationError(f"Проблема зарегистрирована в центре {problem.office_code} и пришла по обмену; "
                              "изменить её может только этот центр. Ничего не изменено.")


def titles_of(session: Session, problems: Iterable[Problem]) -> tuple[dict, dict, dict]:
    problems = list(problems)
    journeys = {p.journey_id for p in problems if p.journey_id}
    points = {p.touchpoint_id for p in problems if p.touchpoint_id}
    owners = {p.owner_staff_id for p in problems if p.owner_staff_id}
    j = dict(session.execute(select(Journey.id, Journey.title).where(Journey.id.in_(journeys))).all()) if journeys \
        else {}
    t = dict(session.execute(select(Touchpoint.id, Touchpoint.name).where(Touchpoint.id.in_(points))).all()) \
        if points else {}
    o = dict(session.execute(select(StaffMember.id, StaffMember.full_name).where(StaffMember.id.in_(owners))).all()) \
        if owners else {}
    return j, t, o


def _clean(session: Session, f: ProblemFields) -> ProblemFields:
    title = " ".join(f.title.split())
    if len(title) < 5:
        raise ValidationError("Сформулируйте проблему (название не короче 5 знаков). Ничего не сохранено.")
    if f.severity not in SEVERITIES:
        raise ValidationError(f"Неизвестная значимость «{f.severity}». Выберите из списка.")
    if f.status not in STATUSES:
        raise ValidationError(f"Неизвестное состояние проблемы «{f.status}». Выберите из списка.")
    note = f.status_note.strip()
    if f.status == "rejected" and not note:
        raise ValidationError("Укажите, почему проблема отклонена (поле «Комментарий к состоянию»). "
                              "Ничего не сохранено.")
    identified = f.identified_on or date.today()
    if identified > date.today():
        raise ValidationError("Дата выявления проблемы не может быть в будущем.")
    journey_id, touchpoint_id = f.journey_id or None, f.touchpoint_id or None
    if touchpoint_id:
        point = session.get(Touchpoint, touchpoint_id)
        if point is None or point.deleted:
            raise ValidationError("Точка контакта не найдена (возможно, её удалили из карты маршрута). "
                                  "Выберите другую; ничего не сохранено.")
        if journey_id and point.journey_id != journey_id:
            raise ValidationError("Точка контакта относится к другому клиентскому маршруту. Выберите точку "
                                  "контакта выбранного маршрута.")
        journey_id = point.journey_id
    if journey_id:
        journey = session.get(Journey, journey_id)
        if journey is None or journey.deleted:
            raise ValidationError("Клиентский маршрут не найден (возможно, его удалили). Выберите другой.")
    if f.owner_staff_id:
        owner = session.get(StaffMember, f.owner_staff_id)
        if owner is None or owner.deleted:
            raise ValidationError("Ответственный не найден в справочнике сотрудников. Выберите другого.")
    return ProblemFields(title, f.description.strip(), journey_id, touchpoint_id, f.severity, f.status,
                         f.owner_staff_id or None, identified, note)


def _apply(problem: Problem, f: ProblemFields) -> None:
    was_closed = problem.status in CLOSED_STATUSES if problem.status else False
    for name, value in f.__dict__.items():
        if getattr(problem, name) != value:
            setattr(problem, name, value)
    if f.status in CLOSED_STATUSES and not was_closed:
        problem.closed_on = date.today()
    elif f.status not in CLOSED_STATUSES and problem.closed_on is not None:
        problem.closed_on = None
    problem.search_text = search_key(f.title, f.description)
    problem.updated_at = utc_now()


def info(db: Database, session: Session, problem: Problem) -> ProblemInfo:
    from cxdesk.services.problems_recommendations import recommendations_of

    j, t, o = titles_of(session, [problem])
    count = session.scalar(select(evidence_count()).where(Problem.id == problem.id)) or 0
    f = ProblemFields(problem.title, problem.description, problem.journey_id, problem.touchpoint_id,
                      problem.severity, problem.status, problem.owner_staff_id, problem.identified_on,
                      problem.status_note)
    return ProblemInfo(problem.id, problem.office_code, f, problem.closed_on, j.get(problem.journey_id, ""),
                       t.get(problem.touchpoint_id, ""), o.get(problem.owner_staff_id, ""), count,
                       problem.office_code == db.office_code, problem.updated_at, problem.created_by,
                       tuple(recommendations_of(session, [problem.id], date.today()).get(problem.id, [])))


def create_problem(db: Database, actor: Actor, fields: ProblemFields, record_ids: Sequence[str] = (),
                   *, also: Callable[[Session, Problem], None] | None = None) -> ProblemInfo:
    """Register a problem (with its first evidence records, if any) in one transaction; ``also`` writes
    more in the same transaction (an accepted candidate records its decision)."""
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        f = _clean(s, fields)
        problem = Problem(office_code=db.office_code, created_by=actor.login)
        _apply(problem, f)
        s.add(problem)
        s.flush()
        linked = _link(s, actor, problem.id, record_ids)
        if also is not None:
            also(s, problem)
        audit.append(s, actor, "problems.create", office=db.office_code, entity=ENTITY, record_id=problem.id,
                     details={"evidence": linked} if linked else None)
        uow.commit()
        return info(db, s, problem)


def update_problem(db: Database, actor: Actor, problem_id: str, fields: ProblemFields) -> ProblemInfo:
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        problem = load(s, problem_id)
        check_own(db, problem)
        _apply(problem, _clean(s, fields))
        audit.append(s, actor, "problems.update", office=db.office_code, entity=ENTITY, record_id=problem.id)
        uow.commit()
        return info(db, s, problem)


def delete_problem(db: Database, actor: Actor, problem_id: str) -> None:
    """A tombstone; its evidence links and recommendations are marked deleted with it."""
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        problem = load(s, problem_id)
        check_own(db, problem)
        problem.deleted = True
        for model in (ProblemEvidence, Recommendation):
            for row in s.scalars(select(model).where(model.problem_id == problem.id, model.deleted.is_(False))):
                row.deleted = True
        audit.append(s, actor, "problems.delete", office=db.office_code, entity=ENTITY, record_id=problem.id)
        uow.commit()


def get_problem(db: Database, actor: Actor, problem_id: str) -> ProblemInfo:
    with db.uow() as uow:
        return info(db, uow.session, load(uow.session, problem_id))


# --- evidence ----------------------------------------------------------------------------------------

def _link(s: Session, actor: Actor, problem_id: str, record_ids: Sequence[str]) -> int:
    wanted = list(dict.fromkeys(i for i in record_ids if i))
    if not wanted:
        return 0
    found: set[str] = set()
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i:i + CHUNK]
        found.update(s.scalars(select(FeedbackRecord.id).where(FeedbackRecord.id.in_(chunk),
                                                               FeedbackRecord.deleted.is_(False))))
    missing = len(wanted) - len(found)
    if missing:
        raise ValidationError(f"{missing} из {len(wanted)} записей обратной связи не найдены (возможно, их "
                              "удалили). Связи не изменены; обновите реестр и выберите записи снова.")
    linked = 0
    for i in range(0, len(wanted), CHUNK):
        chunk = wanted[i:i + CHUNK]
        have = {e.record_id: e for e in s.scalars(select(ProblemEvidence).where(
            ProblemEvidence.problem_id == problem_id, ProblemEvidence.record_id.in_(chunk)))}
        for record_id in chunk:
            row = have.get(record_id)
            if row is None:
                s.add(ProblemEvidence(problem_id=problem_id, record_id=record_id, added_by=actor.login))
                linked += 1
            elif row.deleted:
                row.deleted, row.added_by, row.added_at = False, actor.login, utc_now()
                linked += 1
    s.flush()
    return linked


def link_records(db: Database, actor: Actor, problem_id: str, record_ids: Sequence[str]) -> int:
    """Add feedback records (of any office) to a problem's evidence; returns how many were new."""
    require(db, actor, Action.PROBLEMS_EDIT)
    if not record_ids:
        raise ValidationError("Не выбрано ни одной записи обратной связи.")
    with db.uow() as uow:
        s = uow.session
        problem = load(s, problem_id)
        check_own(db, problem)
        linked = _link(s, actor, problem.id, record_ids)
        audit.append(s, actor, "problems.link", office=db.office_code, entity=ENTITY, record_id=problem.id,
                     details={"records": len(record_ids), "new": linked})
        uow.commit()
        return linked


def unlink_records(db: Database, actor: Actor, problem_id: str, record_ids: Sequence[str]) -> int:
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        problem = load(s, problem_id)
        check_own(db, problem)
        count = 0
        ids = list(record_ids)
        for i in range(0, len(ids), CHUNK):
            for row in s.scalars(select(ProblemEvidence).where(
                    ProblemEvidence.problem_id == problem.id, ProblemEvidence.record_id.in_(ids[i:i + CHUNK]),
                    ProblemEvidence.deleted.is_(False))):
                row.deleted = True
                count += 1
        audit.append(s, actor, "problems.unlink", office=db.office_code, entity=ENTITY, record_id=problem.id,
                     details={"records": count})
        uow.commit()
        return count


def evidence_scope(problem_id: str, title: str = ""):
    """The problem's evidence as a scope of the feedback register (``RecordScope``)."""
    from cxdesk.services.feedback_register import RecordScope

    note = f"основание проблемы «{title}»" if title else "основание проблемы"
    return RecordScope(note, lambda: select(ProblemEvidence.record_id).where(
        ProblemEvidence.problem_id == problem_id, ProblemEvidence.deleted.is_(False)),
        remove_label="Убрать выбранные записи из основания проблемы",
        remove=lambda db, actor, ids: unlink_records(db, actor, problem_id, ids))


# --- the period view ---------------------------------------------------------------------------------

def _in_period(period: Period):
    """Open at some time during the period, or with evidence received in it."""
    open_during = and_(Problem.identified_on < period.end,
                       or_(Problem.closed_on.is_(None), Problem.closed_on >= period.start))
    evidence_in = exists().where(ProblemEvidence.problem_id == Problem.id, live_evidence(),
                                 FeedbackRecord.id == ProblemEvidence.record_id, received_in(period))
    return and_(Problem.deleted.is_(False), or_(open_during, evidence_in))


def _office(query, office_code: str | None):
    return query.where(Problem.office_code == office_code) if office_code else query


def problems_for_period(db: Database, actor: Actor, period: Period, office_code: str | None,
                        today: date | None = None) -> list[ProblemSummary]:
    """Problems open during the period or with evidence in it (``office_code`` None: the whole region;
    otherwise the problems that office registered), most severe and most frequent first."""
    require(db, actor, Action.REPORTS_READ)
    today = today or date.today()
    from cxdesk.services.problems_recommendations import recommendations_of

    in_period = evidence_count(received_in(period))
    rank = case(*((Problem.severity == k, v) for k, v in SEVERITY_RANK.items()), else_=0)
    query = _office(select(Problem, evidence_count(), in_period).where(_in_period(period)), office_code)
    query = query.order_by(rank.desc(), in_period.desc(), Problem.title, Problem.id)
    with db.uow() as uow:
        s = uow.session
        rows = s.execute(query).all()
        j, t, o = titles_of(s, [r[0] for r in rows])
        recs = recommendations_of(s, [r[0].id for r in rows], today)
        return [ProblemSummary(
            p.id, p.title, j.get(p.journey_id, ""), t.get(p.touchpoint_id, ""), p.severity, p.status,
            o.get(p.owner_staff_id, ""), p.office_code, total or 0, inside or 0,
            [RecommendationSummary(r.text, r.addressee, r.due_on, r.status, r.overdue) for r in recs.get(p.id, [])])
            for p, total, inside in rows]


def problem_counts(db: Database, period: Period, office_code: str | None) -> dict[str, int]:
    """Counts of :func:`problems_for_period`'s problems and their recommendations (all, and done)."""
    chosen = _office(select(Problem.id).where(_in_period(period)), office_code).subquery()
    with db.uow() as uow:
        s = uow.session
        problems = s.scalar(select(func.count()).select_from(chosen)) or 0
        total, done = s.execute(
            select(func.count(), func.coalesce(func.sum(case((Recommendation.status == "done", 1), else_=0)), 0))
            .where(Recommendation.problem_id.in_(select(chosen.c.id)), Recommendation.deleted.is_(False))).one()
    return {"problems": problems, "recommendations": total or 0, "recommendations_done": done or 0}

