"""The single CX register: filtered, sorted id lists in SQL, pages of rows, bulk assignment, coverage.

The GUI's lazy table model asks :func:`register_window` for the first ids and the count (so the first
rows show at once on a register of a million records), then :func:`register_ids` for the whole id
list in display order in the background (filters and sorting run in SQL, the Russian full-text search
through the FTS5 lemma index), and :func:`register_rows` for one page at a time. Other areas show
"the records behind" something (a KPI value, a problem's evidence) through a :class:`RecordScope`. Counts and the per-office, per-quarter source
coverage are SQL aggregates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Select, and_, false, func, select
from sqlalchemy.sql import ColumnElement

from cxdesk.services import audit
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.feedback import HIDDEN
from cxdesk.services.feedback_analysis import topics_value
from cxdesk.services.feedback_terms import DONE_STATUSES
from cxdesk.services.guard import require
from cxdesk.services.roles import Action, can
from cxdesk.store import feedback_fts
from cxdesk.store.database import Database
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.feedback_bulk import first_column
from cxdesk.store.portable import MonthNumber

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
INDEXED_SORTS = ("received_on", "rating", "status", "source")
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
class RecordScope:
    """A set of records another area points at, e.g. the records behind a KPI value.

    ``clause()`` returns a SELECT of ``feedback_record.id`` (built by the area that owns the rule);
    ``note`` is the Russian phrase the register's status line shows («показатель К-01, III квартал 2026 г.»).
    A set its area lets the user edit names the action (``remove_label``) and ``remove(db, actor, ids)``,
    which takes records out of the set (not out of the register) and returns how many.
    """

    note: str
    clause: Callable[[], Select]
    remove_label: str = ""
    remove: Callable[[Database, Actor, Sequence[str]], int] | None = None


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
    scope: RecordScope | None = None
    today: date = field(default_factory=date.today)


def _index_serves(flt: RegisterFilter, sort_key: str) -> bool:
    """The view is a walk of one covering index: only a period (indexes (deleted, key, received_on, id)
    for the date, rating and status sorts), or one source by date (deleted, source, received_on, id)."""
    if _by_date_only(flt, ignore_sources=True) and len(flt.sources) == 1 and sort_key == "received_on":
        return True
    return _by_date_only(flt) and sort_key in INDEXED_SORTS


def _by_date_only(flt: RegisterFilter, ignore_sources: bool = False) -> bool:
    """No filter but the period (and, with ``ignore_sources``, the source)."""
    return not (
        flt.offices
        or (flt.sources and not ignore_sources)
        or flt.scope
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
    live = R.deleted.is_(False) if use_index else func.coalesce(R.deleted, R.deleted) == false()
    where: list[ColumnElement] = [live]
    params: dict = {}
    if flt.date_from:
        where.append(R.received_on >= flt.date_from)
    if flt.date_to:
        where.append(R.received_on <= flt.date_to)
    if flt.offices:
        where.append(_plain(R.office_code, use_index).in_(flt.offices))
    if len(flt.sources) == 1:
        where.append(_plain(R.source, use_index) == flt.sources[0])
    elif flt.sources:
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
    if flt.scope is not None:
        where.append(R.id.in_(flt.scope.clause()))
    if flt.search.strip():
        expression = feedback_fts.match_expression(flt.search)
        if expression is None:
            where.append(R.id.is_(None))
        else:
            where.append(R.id.in_(feedback_fts.matching_ids_clause(expression)))
    return where, params


def _ordered_query(flt: RegisterFilter, sort_key: str | None, descending: bool):
    key_name = sort_key or "received_on"
    column = SORT_COLUMNS.get(key_name, R.received_on)
    use_index = _index_serves(flt, key_name)
    where, params = _conditions(flt, use_index)
    # a total order, so that a window and the whole list agree: ties broken by date and id where that is
    # a covering index's own order (free), by id alone elsewhere (a narrower sort)
    breakers = (R.received_on, R.id) if key_name in INDEXED_SORTS else (R.id,)
    chain = [column] + [c for c in breakers if c is not column]
    keys = [_plain(c, use_index) for c in chain]
    query = select(R.id).where(*where).order_by(*(k.desc() if descending else k.asc() for k in keys))
    return query, params, where, use_index


def register_ids(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    sort_key: str | None = "received_on",
    descending: bool = True,
) -> list[str]:
    """Ids of the records that pass ``flt`` in display order."""
    require(db, actor, Action.FEEDBACK_READ)
    query, params, _, _ = _ordered_query(flt, sort_key, descending)
    with db.uow() as uow:
        return first_column(uow.session, query, params)


def register_window(
    db: Database,
    actor: Actor,
    flt: RegisterFilter,
    sort_key: str | None = "received_on",
    descending: bool = True,
    first: int = 200,
) -> tuple[list[str], int]:
    """The first ``first`` ids in display order and how many records pass ``flt`` (one snapshot).

    Where an index serves the filter (a period, one source) this is a short walk of an index (or a
    top-N sort for the other sort keys) and an index count, and the ids are the start of
    :func:`register_ids`' list (the order is total), which the GUI fetches afterwards in the background.
    Where the filters need a scan of the table anyway, the whole list comes back at once (one scan
    instead of two)."""
    require(db, actor, Action.FEEDBACK_READ)
    query, params, where, _ = _ordered_query(flt, sort_key, descending)
    filters_scan = not (_by_date_only(flt) or _by_date_only(flt, ignore_sources=True) and len(flt.sources) == 1)
    with db.uow() as uow:
        if filters_scan:  # the filters need one scan of the table anyway: one scan, the whole list
            ids = first_column(uow.session, query, params)
            return ids, len(ids)
        ids = first_column(uow.session, query.limit(first), params)
        if len(ids) < first:
            return ids, len(ids)
        total = uow.session.scalar(select(func.count()).select_from(R).where(*where), params) or 0
        return ids, total


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
                    item["author"] = HIDDEN
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
) -> int:
    """Assign a touchpoint, profile or topic to many records at once (versions and change log kept).
    Records become evidence of a problem through :func:`cxdesk.services.problems.link_records`."""
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
            },
        )
        uow.commit()
    return count


def source_coverage(db: Database, actor: Actor, year: int) -> dict[tuple[str, int], dict[str, int]]:
    """(office, quarter) → {source: number of records}: which of the five sources have data."""
    require(db, actor, Action.FEEDBACK_READ)
    query = (
        select(R.office_code, MonthNumber(R.received_on), R.source, func.count())
        .where(R.deleted.is_(False), R.received_on >= date(year, 1, 1), R.received_on <= date(year, 12, 31))
        .group_by(R.office_code, MonthNumber(R.received_on), R.source)
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
