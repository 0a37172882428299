"""Candidate problems suggested from a period's negative feedback (R5): for every touchpoint, the topics
of negative records (negative sentiment, or a complaint) that grew most against the previous period.

The counts per touchpoint and topic are one SQL aggregate over the two periods (a pair of conditional
sums per topic code of the dictionary over ``feedback_record.topics``); ``cxdesk.core.problem_candidates`` ranks them. A
candidate's records are a scope of the feedback register (the same conditions as the count, so the
register shows exactly the records counted). A specialist accepts a candidate — a problem is registered
with those records as its evidence — or dismisses it; either decision is remembered, and the candidate
is not suggested again for that period and scope (an office, or the whole region at the УЦЗН).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from cxdesk.core import problem_candidates as ranking
from cxdesk.core.periods import Period
from cxdesk.services import audit, feedback_reference
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.guard import require
from cxdesk.services.problems import ProblemFields, ProblemInfo, create_problem
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.journeys import Journey, Touchpoint
from cxdesk.store.problems import CandidateDecision, Problem

ENTITY = "problem_candidate_decision"


@dataclass(frozen=True)
class Candidate:
    period: str  # period code, e.g. 2026Q3
    office_code: str | None  # None: the whole region
    touchpoint_id: str
    touchpoint_title: str
    journey_id: str
    journey_title: str
    topic: str
    topic_title: str
    current: int
    previous: int

    @property
    def growth(self) -> int:
        return self.current - self.previous

    @property
    def default_title(self) -> str:
        return f"{self.topic_title}: {self.touchpoint_title}"

    @property
    def description(self) -> str:
        p = Period.parse(self.period)
        return (f"Рост отрицательных отзывов по теме «{self.topic_title}» в точке контакта «{self.touchpoint_title}» "
                f"(маршрут «{self.journey_title}»): {self.current} за {p.title} против {self.previous} "
                f"за {p.previous().title}.")


def _negative():
    return or_(R.sentiment == "negative", R.kind == "complaint")


def _where(period: Period, office_code: str | None, start) -> list:
    where = [R.deleted.is_(False), R.touchpoint_id.is_not(None), _negative(), R.received_on >= start,
             R.received_on < period.end]
    if office_code:
        where.append(R.office_code == office_code)
    return where


def _counts(session: Session, period: Period, office_code: str | None, codes: list[str]) -> list:
    """Negative records per touchpoint and topic, now and in the period before, in one pass over the two
    periods (a pair of conditional sums per topic code: a join to the codes would read the rows once per
    code)."""
    now = R.received_on >= period.start
    sums = []
    for code in codes:
        has = R.topics.like(f"%|{code}|%")
        sums += [func.sum(case((and_(has, now), 1), else_=0)), func.sum(case((and_(has, ~now), 1), else_=0))]
    query = (select(R.touchpoint_id, *sums).where(*_where(period, office_code, period.previous().start))
             .group_by(R.touchpoint_id))
    result = []
    for touchpoint_id, *counts in session.execute(query):
        for n, code in enumerate(codes):
            current, previous = int(counts[2 * n] or 0), int(counts[2 * n + 1] or 0)
            if current or previous:
                result.append(ranking.TopicCounts(touchpoint_id, code, current, previous))
    return result


def _decided(session: Session, period: Period, office_code: str | None) -> set[tuple[str, str]]:
    return set(session.execute(select(CandidateDecision.touchpoint_id, CandidateDecision.topic).where(
        CandidateDecision.scope == (office_code or ""), CandidateDecision.period == period.code,
        CandidateDecision.deleted.is_(False))).all())


def suggest(db: Database, actor: Actor, period: Period, office_code: str | None, *, per_touchpoint: int = 3,
            min_current: int = 3, limit: int = 50) -> list[Candidate]:
    """The candidates of ``period`` for an office (None: the whole region), best first."""
    require(db, actor, Action.FEEDBACK_READ)
    titles = feedback_reference.topic_titles(db)
    if not titles:
        return []
    with db.uow() as uow:
        s = uow.session
        ranked = ranking.rank(_counts(s, period, office_code, sorted(titles)), per_touchpoint=per_touchpoint,
                              min_current=min_current, limit=limit, skip=_decided(s, period, office_code))
        points = {tid: (name, jid, jt) for tid, name, jid, jt in s.execute(
            select(Touchpoint.id, Touchpoint.name, Journey.id, Journey.title)
            .join(Journey, Journey.id == Touchpoint.journey_id)
            .where(Touchpoint.id.in_({c.touchpoint_id for c in ranked})))}
    return [Candidate(period.code, office_code, c.touchpoint_id, " ".join(points[c.touchpoint_id][0].split()),
                      points[c.touchpoint_id][1], points[c.touchpoint_id][2], c.topic, titles.get(c.topic, c.topic),
                      c.current, c.previous)
            for c in ranked if c.touchpoint_id in points]


def records_clause(candidate: Candidate):
    """SELECT of the ids of the candidate's records in its period (exactly those counted as ``current``)."""
    period = Period.parse(candidate.period)
    return select(R.id).where(*_where(period, candidate.office_code, period.start),
                              R.touchpoint_id == candidate.touchpoint_id,
                              R.topics.like(f"%|{candidate.topic}|%"))


def candidate_scope(candidate: Candidate):
    """The candidate's records as a scope of the feedback register (``RecordScope``)."""
    from cxdesk.services.feedback_register import RecordScope

    return RecordScope(f"кандидат «{candidate.default_title}», {Period.parse(candidate.period).title}",
                       lambda: records_clause(candidate))


def record_ids(db: Database, actor: Actor, candidate: Candidate) -> list[str]:
    require(db, actor, Action.FEEDBACK_READ)
    with db.uow() as uow:
        return list(uow.session.scalars(records_clause(candidate).order_by(R.received_on, R.id)))


def _decision(session: Session, actor: Actor, candidate: Candidate, decision: str, problem_id: str | None) -> None:
    if (candidate.touchpoint_id, candidate.topic) in _decided(session, Period.parse(candidate.period),
                                                              candidate.office_code):
        raise ValidationError("По этому кандидату уже принято решение (возможно, на другом рабочем месте). "
                              "Обновите список кандидатов; ничего не изменено.")
    session.add(CandidateDecision(scope=candidate.office_code or "", period=candidate.period,
                                  touchpoint_id=candidate.touchpoint_id, topic=candidate.topic, decision=decision,
                                  problem_id=problem_id, decided_by=actor.login))


def accept(db: Database, actor: Actor, candidate: Candidate, fields: ProblemFields | None = None) -> ProblemInfo:
    """Register a problem from the candidate with its records as evidence, and remember the decision."""
    require(db, actor, Action.PROBLEMS_EDIT)
    ids = record_ids(db, actor, candidate)
    if not ids:
        raise ValidationError("У кандидата больше нет записей за период (их удалили или изменили). Обновите "
                              "список кандидатов; ничего не изменено.")
    fields = fields or ProblemFields(candidate.default_title, candidate.description, candidate.journey_id,
                                     candidate.touchpoint_id, identified_on=min(date.today(),
                                                                                 Period.parse(candidate.period).last_day))

    def remember(session: Session, problem: Problem) -> None:
        _decision(session, actor, candidate, "accepted", problem.id)

    return create_problem(db, actor, fields, ids, also=remember)


def dismiss(db: Database, actor: Actor, candidate: Candidate) -> None:
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        _decision(s, actor, candidate, "dismissed", None)
        audit.append(s, actor, "problems.candidate.dismiss", office=db.office_code, entity=ENTITY,
                     details={"period": candidate.period, "touchpoint": candidate.touchpoint_id,
                              "topic": candidate.topic, "scope": candidate.office_code or ""})
        uow.commit()

