"""Recommendations on problems (R5): text, addressee, due date and status, added to a problem of this
office, edited, deleted (tombstone); the list of every recommendation with filters (status, office,
overdue only, search) sorted in SQL. A recommendation is overdue while it is open past its due date.
Writes need ``Action.PROBLEMS_EDIT``; every role reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from cxdesk.core.text import search_key
from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.problems import check_own, load
from cxdesk.services.problems_terms import (
    RECOMMENDATION_CLOSED,
    RECOMMENDATION_STATUSES,
    is_overdue,
)
from cxdesk.services.roles import Action
from cxdesk.store.database import Database
from cxdesk.store.problems import Problem, Recommendation

ENTITY = "problem_recommendation"
SORTS = {"due_on", "status", "addressee", "text", "problem", "office_code"}


@dataclass(frozen=True)
class RecommendationFields:
    text: str
    addressee: str = ""
    due_on: date | None = None
    status: str = "new"


@dataclass(frozen=True)
class RecommendationInfo:
    id: str
    problem_id: str
    text: str
    addressee: str
    due_on: date | None
    status: str
    done_on: date | None
    overdue: bool
    problem_title: str = ""
    office_code: str = ""

    @property
    def status_title(self) -> str:
        return RECOMMENDATION_STATUSES.get(self.status, self.status)

    @property
    def fields(self) -> RecommendationFields:
        return RecommendationFields(self.text, self.addressee, self.due_on, self.status)


@dataclass(frozen=True)
class RecommendationFilter:
    search: str = ""
    status: str | None = None
    office_code: str | None = None
    overdue_only: bool = False
    problem_id: str | None = None


def _clean(f: RecommendationFields) -> RecommendationFields:
    text = f.text.strip()
    if len(text) < 5:
        raise ValidationError("Напишите текст рекомендации (не короче 5 знаков). Ничего не сохранено.")
    if f.status not in RECOMMENDATION_STATUSES:
        raise ValidationError(f"Неизвестное состояние рекомендации «{f.status}». Выберите из списка.")
    addressee = " ".join(f.addressee.split())
    if not addressee:
        raise ValidationError("Укажите адресата рекомендации: кому она направлена (подразделение, должность "
                              "или центр занятости). Ничего не сохранено.")
    return RecommendationFields(text, addressee, f.due_on, f.status)


def _apply(rec: Recommendation, f: RecommendationFields) -> None:
    for name, value in f.__dict__.items():
        if getattr(rec, name) != value:
            setattr(rec, name, value)
    if f.status == "done" and rec.done_on is None:
        rec.done_on = date.today()
    elif f.status != "done" and rec.done_on is not None:
        rec.done_on = None


def _info(rec: Recommendation, today: date, problem: Problem | None = None) -> RecommendationInfo:
    return RecommendationInfo(rec.id, rec.problem_id, rec.text, rec.addressee, rec.due_on, rec.status, rec.done_on,
                              is_overdue(rec.status, rec.due_on, today), problem.title if problem else "",
                              problem.office_code if problem else "")


def _load(session: Session, rec_id: str) -> Recommendation:
    rec = session.get(Recommendation, rec_id)
    if rec is None or rec.deleted:
        raise NotFoundError("Рекомендация не найдена: возможно, её удалили. Обновите список.")
    return rec


def add_recommendation(db: Database, actor: Actor, problem_id: str, fields: RecommendationFields) -> str:
    require(db, actor, Action.PROBLEMS_EDIT)
    f = _clean(fields)
    with db.uow() as uow:
        s = uow.session
        problem = load(s, problem_id)
        check_own(db, problem)
        rec = Recommendation(problem_id=problem.id, text=f.text)
        _apply(rec, f)
        s.add(rec)
        s.flush()
        audit.append(s, actor, "problems.recommendation.add", office=db.office_code, entity=ENTITY,
                     record_id=rec.id, details={"problem": problem.id})
        uow.commit()
        return rec.id


def update_recommendation(db: Database, actor: Actor, rec_id: str, fields: RecommendationFields) -> None:
    require(db, actor, Action.PROBLEMS_EDIT)
    f = _clean(fields)
    with db.uow() as uow:
        s = uow.session
        rec = _load(s, rec_id)
        check_own(db, load(s, rec.problem_id))
        _apply(rec, f)
        audit.append(s, actor, "problems.recommendation.update", office=db.office_code, entity=ENTITY,
                     record_id=rec.id)
        uow.commit()


def delete_recommendation(db: Database, actor: Actor, rec_id: str) -> None:
    require(db, actor, Action.PROBLEMS_EDIT)
    with db.uow() as uow:
        s = uow.session
        rec = _load(s, rec_id)
        check_own(db, load(s, rec.problem_id))
        rec.deleted = True
        audit.append(s, actor, "problems.recommendation.delete", office=db.office_code, entity=ENTITY,
                     record_id=rec.id)
        uow.commit()


def get_recommendation(db: Database, rec_id: str, today: date | None = None) -> RecommendationInfo:
    with db.uow() as uow:
        rec = _load(uow.session, rec_id)
        return _info(rec, today or date.today(), uow.session.get(Problem, rec.problem_id))


def recommendations_of(session: Session, problem_ids: Sequence[str], today: date) -> dict[str, list]:
    """Live recommendations per problem, by due date (none last)."""
    result: dict[str, list[RecommendationInfo]] = {}
    ids = list(problem_ids)
    for i in range(0, len(ids), 500):
        query = (select(Recommendation).where(Recommendation.problem_id.in_(ids[i:i + 500]),
                                              Recommendation.deleted.is_(False))
                 .order_by(Recommendation.due_on.is_(None), Recommendation.due_on, Recommendation.created_at))
        for rec in session.scalars(query):
            result.setdefault(rec.problem_id, []).append(_info(rec, today))
    return result


def list_recommendation_ids(db: Database, actor: Actor, flt: RecommendationFilter, sort: str = "due_on",
                            descending: bool = False, today: date | None = None) -> list[str]:
    today = today or date.today()
    R, P = Recommendation, Problem  # noqa: N806
    query = select(R.id).join(P, P.id == R.problem_id).where(R.deleted.is_(False), P.deleted.is_(False))
    if flt.status:
        query = query.where(R.status == flt.status)
    if flt.office_code:
        query = query.where(P.office_code == flt.office_code)
    if flt.problem_id:
        query = query.where(R.problem_id == flt.problem_id)
    if flt.overdue_only:
        query = query.where(R.status.not_in(RECOMMENDATION_CLOSED), R.due_on < today)
    for word in search_key(flt.search).split():
        query = query.where(P.search_text.contains(word, autoescape=True)
                            | R.addressee.contains(word, autoescape=True) | R.text.contains(word, autoescape=True))
    columns = {"due_on": R.due_on, "addressee": R.addressee, "text": R.text, "problem": P.title,
               "office_code": P.office_code,
               "status": case(*((R.status == k, n) for n, k in enumerate(RECOMMENDATION_STATUSES)), else_=9)}
    key = columns.get(sort if sort in SORTS else "due_on", R.due_on)
    nulls_last = R.due_on.is_(None)
    query = query.order_by(nulls_last, key.desc() if descending else key, R.id) if sort == "due_on" else \
        query.order_by(key.desc() if descending else key, nulls_last, R.due_on, R.id)
    with db.uow() as uow:
        return list(uow.session.scalars(query))


def recommendation_rows(db: Database, actor: Actor, ids: Sequence[str],
                        today: date | None = None) -> dict[str, RecommendationInfo]:
    today = today or date.today()
    result: dict[str, RecommendationInfo] = {}
    with db.uow() as uow:
        s = uow.session
        ids = list(ids)
        for i in range(0, len(ids), 500):
            for rec, problem in s.execute(select(Recommendation, Problem).join(
                    Problem, Problem.id == Recommendation.problem_id).where(Recommendation.id.in_(ids[i:i + 500]))):
                result[rec.id] = _info(rec, today, problem)
    return result


def addressees(db: Database) -> list[str]:
    """Addressees used before (the form offers them as the user types)."""
    with db.uow() as uow:
        return sorted(uow.session.scalars(select(Recommendation.addressee).distinct().where(
            Recommendation.deleted.is_(False), Recommendation.addressee != "")))
