"""The problem register as lists: filtered, sorted id lists in SQL (search, status, severity, office,
journey, open only) and pages of rows with the frequency (evidence count) and the number of open and
overdue recommendations, all counted by the database; the choices of the problem picker (initiatives
link to problems through it); the offices that have problems. Every role reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from cxdesk.core.text import search_key
from cxdesk.services.actor import Actor
from cxdesk.services.problems import evidence_count, titles_of
from cxdesk.services.problems_terms import (
    CLOSED_STATUSES,
    RECOMMENDATION_CLOSED,
    SEVERITIES,
    SEVERITY_RANK,
    STATUS_RANK,
    STATUSES,
)
from cxdesk.store.database import Database
from cxdesk.store.problems import Problem, Recommendation

SORTS = {"title", "severity", "status", "evidence", "identified_on", "office_code", "recommendations"}


@dataclass(frozen=True)
class ProblemFilter:
    search: str = ""
    status: str | None = None  # a status code, or "open" for every status that is not closed
    severity: str | None = None
    office_code: str | None = None
    journey_id: str | None = None


@dataclass(frozen=True)
class ProblemRow:
    id: str
    title: str
    severity: str
    status: str
    office_code: str
    identified_on: date
    journey_title: str
    touchpoint_title: str
    owner: str
    evidence: int
    recommendations: int  # open ones
    overdue: int  # open and past the due date

    @property
    def severity_title(self) -> str:
        return SEVERITIES.get(self.severity, self.severity)

    @property
    def status_title(self) -> str:
        return STATUSES.get(self.status, self.status)


def _open_recommendations(today: date | None = None):
    where = [Recommendation.problem_id == Problem.id, Recommendation.deleted.is_(False),
             Recommendation.status.not_in(RECOMMENDATION_CLOSED)]
    if today is not None:
        where.append(Recommendation.due_on < today)
    return select(func.count()).where(*where).correlate(Problem).scalar_subquery()


def list_problem_ids(db: Database, actor: Actor, flt: ProblemFilter, sort: str = "identified_on",
                     descending: bool = True) -> list[str]:
    query = select(Problem.id).where(Problem.deleted.is_(False))
    if flt.status == "open":
        query = query.where(Problem.status.not_in(CLOSED_STATUSES))
    elif flt.status:
        query = query.where(Problem.status == flt.status)
    if flt.severity:
        query = query.where(Problem.severity == flt.severity)
    if flt.office_code:
        query = query.where(Problem.office_code == flt.office_code)
    if flt.journey_id:
        query = query.where(Problem.journey_id == flt.journey_id)
    for word in search_key(flt.search).split():
        query = query.where(Problem.search_text.contains(word, autoescape=True))
    keys = {
        "title": Problem.title, "identified_on": Problem.identified_on, "office_code": Problem.office_code,
        "severity": case(*((Problem.severity == k, v) for k, v in SEVERITY_RANK.items()), else_=0),
        "status": case(*((Problem.status == k, v) for k, v in STATUS_RANK.items()), else_=0),
        "evidence": evidence_count(), "recommendations": _open_recommendations(),
    }
    key = keys[sort if sort in SORTS else "identified_on"]
    query = query.order_by(key.desc() if descending else key, Problem.identified_on.desc(), Problem.title,
                           Problem.id)
    with db.uow() as uow:
        return list(uow.session.scalars(query))


def problem_rows(db: Database, actor: Actor, ids: Sequence[str], today: date | None = None) -> dict[str, ProblemRow]:
    """One page of rows keyed by id; counts are subqueries of the same SELECT."""
    today = today or date.today()
    result: dict[str, ProblemRow] = {}
    with db.uow() as uow:
        s = uow.session
        ids = list(ids)
        for i in range(0, len(ids), 500):
            rows = s.execute(select(Problem, evidence_count(), _open_recommendations(), _open_recommendations(today))
                             .where(Problem.id.in_(ids[i:i + 500]))).all()
            j, t, o = titles_of(s, [r[0] for r in rows])
            for p, evidence, open_, late in rows:
                result[p.id] = ProblemRow(p.id, p.title, p.severity, p.status, p.office_code, p.identified_on,
                                          j.get(p.journey_id, ""), t.get(p.touchpoint_id, ""),
                                          o.get(p.owner_staff_id, ""), evidence or 0, open_ or 0, late or 0)
    return result


def problem_offices(db: Database) -> list[str]:
    with db.uow() as uow:
        return sorted(uow.session.scalars(select(Problem.office_code).distinct().where(Problem.deleted.is_(False))))


def problem_titles(db: Database, ids: Sequence[str]) -> dict[str, str]:
    """Titles of live problems by id (links from other areas show them; unknown ids are left out)."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    with db.uow() as uow:
        return dict(uow.session.execute(select(Problem.id, Problem.title).where(
            Problem.id.in_(wanted), Problem.deleted.is_(False))).all())
