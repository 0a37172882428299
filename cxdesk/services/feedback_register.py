"""The single CX register: filtered, sorted id lists in SQL, pages of rows, bulk assignment, coverage.

The GUI's lazy table model asks :func:`register_ids` for the ids in display order (filters and
sorting run in SQL, the Russian full-text search through the FTS5 lemma index) and
:func:`register_rows` for one page at a time. Counts and the per-office, per-quarter source
coverage are SQL aggregates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.sql import ColumnElement

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.feedback_analysis import topics_value
from cxdesk.services.feedback_terms import DONE_STATUSES
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, can
from cxdesk.store import feedback_fts
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.feedback_bulk import first_column

SORT_COLUMNS = {
    "received_on": R.received_on,
    "number": R.number,
    "source": R.source,
    "office_code": R.office_code,
    "audience": R.audience,
    "status": R.status,
    "sentiment": R.sentiment,
    "rating": R.rating,
    "answer_due": R.answer_due,
    "subject": R.subject,
    "channel": R.channel,
    "topics": R.topics,
}
# sorts served in order by a covering index (deleted, key, received_on, id): no sort, no table lookups
INDEXED_SORTS = ("received_on", "rating", "status")
ROW_COLUMNS = (
    R.id,
    R.source,
    R.number,
    R.office_code,
    R.received_on,
    R.audience,
    R.kind,
    R.channel,
    R.author,
    R.subject,
    R.text,
    R.rating,
    R.topics,
    R.sentiment,
    R.status,
    R.answer_due,
    R.touchpoint_id,
    R.profile_id,
    R.responsible,
)


@dataclass(frozen=True)
class RegisterFilter:
    date_from: date | None = None
    date_to: date | None = None
    offices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    audience: str | None = None
    profile_id: str | None = None
    touchpoint_id: str | None = None
    topic: str | None = None
    sentiment: str | None = None
    statuses: tuple[str, ...] = ()
    search: str = ""
    overdue_only: bool = False
    due_before: date | None = None
    today: date = field(default_factory=date.today)


def _by_date_only(flt: RegisterFilter) -> bool:
    """No filter but the period: the covering index (deleted, received_on, id) serves the whole view."""
    return not (
        flt.offices
        or flt.sources
        or flt.audience
        or flt.topic
        or flt.sentiment
        or flt.statuses
        or flt.profile_id
        or flt.touchpoint_id
        or flt.search.strip()
        or flt.overdue_only
        or flt.due_before
    )


def _plain(column, use_index: bool):
    """The column itself, or an expression the planner cannot match to an index (a full scan instead of
    walking a wide index with a table lookup per row, which is far slower on a large register)."""
    return column if use_index else func.coalesce(column, column)


def _conditions(flt: RegisterFilter, use_index: bool = True) -> tuple[list[ColumnElement], dict]:
    """The WHERE clause. With ``use_index`` False the broad columns (deleted, office, source, status) are
    hidden from the planner, so it scans once, or drives from a selective index (full-text matches,
    touchpoint, profile, deadline) instead of walking a broad index with one table lookup per row."""
    live = R.deleted.is_(False) if use_index else func.coalesce(R.deleted, R.deleted) == 0
    where: list[ColumnElement] = [live]
    params: dict = {}
    if flt.date_from:
        where.append(R.received_on >= flt.date_from)
    if flt.date_to:
        where.append(R.received_on <= flt.date_to)
    if flt.offices:
        where.append(_plain(R.office_code, use_index).in_(flt.offices))
    if flt.sources:
        where.append(_plain(R.source, use_index).in_(flt.sources))
    if flt.audience:
        where.append(R.audience == flt.audience)
    if flt.profile_id:
        where.append(R.profile_id == flt.profile_id)
    if flt.touchpoint_id:
        where.append(R.touchpoint_id == flt.touchpoint_id)
    if flt.topic:
        where.append(R.topics.like(f"%|{flt.topic}|%"))
    if flt.sentiment:
        where.append(R.sentiment == flt.sentiment)
    if flt.statuses:
        where.append(_plain(R.status, use_index).in_(flt.statuses))
    if flt.overdue_only or flt.due_before:
        limit = flt.due_before or flt.today
        # the deadline index drives; source and status only check the rows it finds
        open_ = and_(_plain(R.source, False) == "appeal", _plain(R.status, False).not_in(DONE_STATUSES))
        where.append(and_(open_, R.answer_due < limit if flt.overdue_only else R.answer_due <= limit))
    if flt.search.strip():
        expression = feedback_fts.match_expression(flt.search)
        if expression is None:
            where.append(R.id.is_(None))
        else:
            where.append(R.id.in_(feedback_fts.matching_ids_clause(expression)))
    return where, params


def register_ids(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    sort_key: str | None = "received_on",
    descending: bool = True,
) -> list[str]:
    """Ids of the records that pass ``flt`` in display order."""
    require(db, actor, Action.FEEDBACK_READ)
    column = SORT_COLUMNS.get(sort_key or "received_on", R.received_on)
    use_index = _by_date_only(flt) and (sort_key or "received_on") in INDEXED_SORTS
    where, params = _conditions(flt, use_index)
    key = _plain(column, use_index)
    order = key.desc() if descending else key.asc()
    query = select(R.id).where(*where).order_by(order)
    with db.uow() as uow:
        return first_column(uow.session, query, params)


def register_count(db: Database, actor: Actor, flt: RegisterFilter) -> int:
    require(db, actor, Action.FEEDBACK_READ)
    where, params = _conditions(flt)
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(R).where(*where), params) or 0


def register_rows(db: Database, actor: Actor, ids: Sequence[str]) -> dict[str, dict]:
    """One page of rows (plain dicts) keyed by id; personal data masked for roles without access."""
    require(db, actor, Action.FEEDBACK_READ)
    show = can(actor.role, Action.PERSONAL_DATA_READ)
    result: dict[str, dict] = {}
    with db.uow() as uow:
        for i in range(0, len(ids), 500):
            chunk = list(ids[i : i + 500])
            for row in uow.session.execute(select(*ROW_COLUMNS).where(R.id.in_(chunk))).mappings():
                item = dict(row)
                if not show and item["author"]:
                    item["author"] = "(скрыто)"
                item["topics"] = [c for c in item["topics"].split("|") if c]
                result[item["id"]] = item
    return result


def assign(
    db: Database,
    actor: Actor,
    ids: Sequence[str],
    *,
    touchpoint_id: str | None = None,
    profile_id: str | None = None,
    add_topic: str | None = None,
    add_problem: str | None = None,
) -> int:
    """Assign a touchpoint, profile, topic or problem to many records at once (versions and change log kept)."""
    require(db, actor, Action.FEEDBACK_ENTER)
    if not ids:
        raise ValidationError("Не выбрано ни одной записи.")
    with db.uow() as uow:
        count = 0
        for i in range(0, len(ids), 500):
            for record in uow.session.scalars(
                select(R).where(R.id.in_(list(ids[i : i + 500])), R.deleted.is_(False))
            ):
                if touchpoint_id is not None:
                    record.touchpoint_id = touchpoint_id or None
                if profile_id is not None:
                    record.profile_id = profile_id or None
                if add_topic:
                    codes = [c for c in record.topics.split("|") if c]
                    record.topics = topics_value([*codes, add_topic])
                    record.topics_manual = True
                if add_problem:
                    codes = [c for c in record.problem_ids.split("|") if c]
                    record.problem_ids = topics_value([*codes, add_problem])
                count += 1
            uow.session.flush()
        audit.append(
            uow.session,
            actor,
            "feedback.assign",
            office=db.office_code,
            entity="feedback_record",
            details={
                "count": count,
                "touchpoint": touchpoint_id,
                "profile": profile_id,
                "topic": add_topic,
                "problem": add_problem,
            },
        )
        uow.commit()
    return count


def source_coverage(db: Database, actor: Actor, year: int) -> dict[tuple[str, int], dict[str, int]]:
    """(office, quarter) → {source: number of records}: which of the five sources have data."""
    require(db, actor, Action.FEEDBACK_READ)
    query = (
        select(R.office_code, func.strftime("%m", R.received_on), R.source, func.count())
        .where(R.deleted.is_(False), R.received_on >= date(year, 1, 1), R.received_on <= date(year, 12, 31))
        .group_by(R.office_code, func.strftime("%m", R.received_on), R.source)
    )
    result: dict[tuple[str, int], dict[str, int]] = {}
    with db.uow() as uow:
        for office, month, source, count in uow.session.execute(query):
            key = (office, (int(month) + 2) // 3)
            bucket = result.setdefault(key, {})
            bucket[source] = bucket.get(source, 0) + count
    return result


def counts_by(db: Database, actor: Actor, flt: RegisterFilter, column: str) -> dict[str, int]:
    """Number of records per value of ``column`` (source, status, sentiment, audience, office_code)."""
    require(db, actor, Action.FEEDBACK_READ)
    col = SORT_COLUMNS[column]
    where, params = _conditions(flt)
    with db.uow() as uow:
        return dict(uow.session.execute(select(col, func.count()).where(*where).group_by(col), params).all())


def mark_overdue_filter(today: date | None = None) -> RegisterFilter:
    return RegisterFilter(sources=("appeal",), overdue_only=True, today=today or date.today())
