"""Models and SQL of the client-KPI area: the catalogue, annual targets with their revisions, the
monthly denominators entered by an office, and the monthly cache of KPI aggregates.

The catalogue and the targets are reference data of the managing centre (``owner: region``); the
denominators belong to the office that entered them. The cache tables are local to this database:
``kpi_cache_value`` holds numerator, denominator and record count per formula fingerprint, month,
office and audience; ``kpi_cache_month`` says which (fingerprint, month) pairs are computed. Triggers
on ``feedback_record`` (created by revision m001) note the office-months whose records changed in
``kpi_dirty``; the next read drops those months from the cache. A changed formula has a new
fingerprint, so its values are computed afresh. Months and JSON answers are read through the
portable expressions of :mod:`cxdesk.store.portable`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql import ColumnElement, Select

from cxdesk.core.kpi_formula import RATING, Formula
from cxdesk.store.base import Base, SyncedMixin
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.portable import JsonNumber, JsonText, YearMonth
from cxdesk.store.types import UTCDateTime, utc_now


class KpiIndicator(SyncedMixin, Base):
    __tablename__ = "kpi_indicator"
    __table_args__ = {"info": {"title": "Каталог клиентских показателей эффективности", "owner": "region"}}

    code: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    group_code: Mapped[str] = mapped_column(String(4), nullable=False)
    audience: Mapped[str] = mapped_column(String(16), nullable=False)  # citizen | employer | all
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    params: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON, with "source"
    unit: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    direction: Mapped[str] = mapped_column(String(8), nullable=False, default="higher")
    green: Mapped[float | None] = mapped_column(Float, nullable=True)
    red: Mapped[float | None] = mapped_column(Float, nullable=True)
    weight: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)
    scale_min: Mapped[float | None] = mapped_column(Float, nullable=True)
    scale_max: Mapped[float | None] = mapped_column(Float, nullable=True)
    additional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class KpiTarget(SyncedMixin, Base):
    """The annual target of an indicator for the region (``office_code`` "") or one office."""

    __tablename__ = "kpi_target"
    __table_args__ = (
        UniqueConstraint("indicator_code", "year", "office_code"),
        {"info": {"title": "Целевые значения КПЭ", "owner": "region"}},
    )

    indicator_code: Mapped[str] = mapped_column(String(64), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    office_code: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    value: Mapped[float] = mapped_column(Float, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="draft")  # draft | approved
    decision_item_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decision_ref: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class KpiTargetRevision(SyncedMixin, Base):
    """One state of a target in its history: every change and every approval adds a row."""

    __tablename__ = "kpi_target_revision"
    __table_args__ = {"info": {"title": "История целевых значений КПЭ", "owner": "region"}}

    target_id: Mapped[str] = mapped_column(ForeignKey("kpi_target.id"), nullable=False, index=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    decision_ref: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    changed_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class KpiDenominator(SyncedMixin, Base):
    """A monthly count entered by an office (visits, calls …) that ratio indicators divide by."""

    __tablename__ = "kpi_denominator"
    __table_args__ = (
        UniqueConstraint("office_code", "month", "code"),
        {"info": {"title": "Знаменатели КПЭ по месяцам"}},
    )

    office_code: Mapped[str] = mapped_column(String(16), nullable=False)
    month: Mapped[str] = mapped_column(String(7), nullable=False)  # 2026-07
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    entered_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utc_now)


class KpiCacheMonth(Base):
    __tablename__ = "kpi_cache_month"
    __table_args__ = {"info": {"title": "Кэш КПЭ: рассчитанные месяцы"}}

    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)


class KpiCacheValue(Base):
    __tablename__ = "kpi_cache_value"
    __table_args__ = {"info": {"title": "Кэш КПЭ: месячные агрегаты"}}

    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    audience: Mapped[str] = mapped_column(String(16), primary_key=True)
    num: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    den: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    n: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class KpiDirty(Base):
    """Office-months whose feedback records changed since the cache last looked (written by triggers)."""

    __tablename__ = "kpi_dirty"
    __table_args__ = {"info": {"title": "Кэш КПЭ: изменённые месяцы"}}

    office_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)


# --- SQL of the formulas ----------------------------------------------------------------------

def month_of(column) -> ColumnElement:
    """``2026-07`` of a date column."""
    return YearMonth(column)


def answer(field: str, as_text: bool = False) -> ColumnElement:
    """The answer to a question / metric criterion (as text when compared with text options), or the
    record's mean rating for ``rating``."""
    if field == RATING:
        return R.rating
    return JsonText(R.ratings, field) if as_text else JsonNumber(R.ratings, field)


def reads_text(formula: Formula) -> bool:
    """A share of answers equal to one of the options compares the answers as text."""
    return formula.kind == "share" and bool(formula.get("options"))


def _in_range(expr, formula: Formula) -> ColumnElement:
    options = formula.get("options")
    if options:
        if isinstance(expr.type, Float):  # the mean rating: numeric options only
            return expr.in_([float(o) for o in options if _is_number(o)])
        return expr.in_(list(options))
    return and_(expr >= formula.get("low"), expr <= formula.get("high"))


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class _Columns:
    """Where the terms read a record's columns: the table itself, or the rows of the cache query."""

    weight: Any
    kind: Any
    answer_on: Any
    answer_due: Any
    value: Callable[[str, bool], Any]  # (field, as text)


_RECORD = _Columns(R.weight, R.kind, R.answer_on, R.answer_due, answer)


def terms(formula: Formula, today: date, cols: _Columns = _RECORD
          ) -> tuple[ColumnElement, ColumnElement, ColumnElement]:
    """(condition a record must meet to count, its numerator term, its denominator term)."""
    weight = cols.weight
    if formula.kind == "ratio":
        cond = cols.kind == formula.get("record_kind") if formula.get("record_kind") else true()
        return cond, literal(1.0), literal(0.0)
    if formula.kind == "on_time":
        cond = or_(cols.answer_on.is_not(None), and_(cols.answer_due.is_not(None), cols.answer_due < today))
        on_time = and_(cols.answer_on.is_not(None), cols.answer_due.is_not(None), cols.answer_on <= cols.answer_due)
        return cond, case((on_time, 1.0), else_=0.0), literal(1.0)
    value = cols.value(formula.field, reads_text(formula))
    cond = value.is_not(None)
    if formula.kind == "mean":
        return cond, value * weight, weight
    if formula.kind == "share":
        return cond, case((_in_range(value, formula), weight), else_=0), weight
    if formula.kind == "effort":
        return cond, case((value >= formula.get("easy_from"), weight), else_=0), weight
    # nps
    promoter = case((value >= formula.get("promoters_from"), weight), else_=0)
    detractor = case((value <= formula.get("detractors_to"), weight), else_=0)
    return cond, promoter - detractor, weight


def record_conditions(formula: Formula, start: date, end: date, office_code: str | None,
                      audience: str | None) -> list[ColumnElement]:
    """The WHERE of the records behind a value (without the formula's own condition)."""
    where = [R.deleted.is_(False), R.source == formula.source, R.received_on >= start, R.received_on < end]
    if office_code:
        where.append(R.office_code == office_code)
    if audience in ("citizen", "employer"):
        where.append(R.audience == audience)
    return where


def _has_denominator(formula: Formula, office_col, month_col) -> ColumnElement:
    return exists().where(KpiDenominator.office_code == office_col, KpiDenominator.month == month_col,
                          KpiDenominator.code == formula.get("denominator"), KpiDenominator.deleted.is_(False))


def records_query(formula: Formula, start: date, end: date, office_code: str | None, audience: str | None,
                  today: date) -> Select:
    """SELECT of the ids of exactly the records a value counts (the drill-down)."""
    cond, _num, _den = terms(formula, today)
    query = select(R.id).where(*record_conditions(formula, start, end, office_code, audience), cond)
    if formula.kind == "ratio":
        query = query.where(_has_denominator(formula, R.office_code, month_of(R.received_on)))
    return query


def direct_sums(session: Session, formula: Formula, start: date, end: date, office_code: str | None,
                audience: str | None, today: date) -> tuple[float | None, float | None, int]:
    """(numerator, denominator, records) straight from the records, without the cache (previews)."""
    cond, num, den = terms(formula, today)
    where = [*record_conditions(formula, start, end, office_code, audience), cond]
    if formula.kind != "ratio":
        total, weight, n = session.execute(select(func.sum(num), func.sum(den), func.count()).where(*where)).one()
        return total, weight, int(n or 0)
    n = session.scalar(select(func.count()).where(
        *where, _has_denominator(formula, R.office_code, month_of(R.received_on))))
    d = KpiDenominator
    dwhere = [d.code == formula.get("denominator"), d.month >= f"{start:%Y-%m}", d.month < f"{end:%Y-%m}",
              d.deleted.is_(False)]
    if office_code:
        dwhere.append(d.office_code == office_code)
    denominator = session.scalar(select(func.sum(d.value)).where(*dwhere))
    return (float(n or 0) if denominator else None), denominator, int(n or 0)


# --- the monthly cache ---

# The triggers of revision m001 (kept here too: a later rebuild of feedback_record by a batch migration
# drops a table's triggers, and the cache must then not trust its months).
TRIGGERS = {
    "kpi_feedback_insert": "AFTER INSERT ON feedback_record BEGIN INSERT OR IGNORE INTO kpi_dirty "
    "(office_code, month) VALUES (NEW.office_code, substr(NEW.received_on, 1, 7)); END",
    "kpi_feedback_update": "AFTER UPDATE ON feedback_record BEGIN INSERT OR IGNORE INTO kpi_dirty "
    "(office_code, month) VALUES (OLD.office_code, substr(OLD.received_on, 1, 7)); INSERT OR IGNORE INTO "
    "kpi_dirty (office_code, month) VALUES (NEW.office_code, substr(NEW.received_on, 1, 7)); END",
    "kpi_feedback_delete": "AFTER DELETE ON feedback_record BEGIN INSERT OR IGNORE INTO kpi_dirty "
    "(office_code, month) VALUES (OLD.office_code, substr(OLD.received_on, 1, 7)); END",
}


def ensure_triggers(session: Session) -> bool:
    """Recreate missing change triggers (and empty the cache, which then may be stale); True if any were."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    present = _trigger_names(session)
    missing = [name for name in TRIGGERS if name not in present]
    for name in missing:
        session.execute(text(f"CREATE TRIGGER {name} {TRIGGERS[name]}"))
    if missing:
        session.execute(delete(KpiCacheMonth))
        session.execute(delete(KpiCacheValue))
    return bool(missing)


@contextmanager
def marking_in_bulk(session: Session) -> Iterator[Callable[[Sequence[str]], None]]:
    """For writers of thousands of feedback records at once (imports, exchange bundles): SQLite's per-row
    change triggers are set aside for the block (it doubled the time of a bulk insert), and ``mark(ids)``
    notes the office-months of those records with one statement per 500 — called before an update (the
    old months) and after every write (the new ones). It all happens in the caller's transaction, so a
    failure that rolls it back restores the triggers too. Other engines keep their triggers and
    ``mark`` does nothing."""
    if session.get_bind().dialect.name != "sqlite":
        yield lambda ids: None
        return
    present = [name for name in TRIGGERS if name in _trigger_names(session)]
    for name in present:
        session.execute(text(f"DROP TRIGGER {name}"))

    def mark(ids: Sequence[str]) -> None:
        for chunk in _chunks(list(ids), 500):
            session.execute(insert(KpiDirty).prefix_with("OR IGNORE").from_select(
                ["office_code", "month"],
                select(R.office_code, month_of(R.received_on)).where(R.id.in_(chunk)).distinct()))

    try:
        yield mark
    finally:
        for name in present:  # IF NOT EXISTS: after an engine-side rollback they are back already
            session.execute(text(f"CREATE TRIGGER IF NOT EXISTS {name} {TRIGGERS[name]}"))


def _trigger_names(session: Session) -> set[str]:
    return set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))


def forget_dirty_months(session: Session) -> int:
    """Drop the cached months whose records changed; returns how many months were dropped."""
    months = sorted(set(session.scalars(select(KpiDirty.month))))
    if not months:
        return 0
    for chunk in _chunks(months, 500):
        session.execute(delete(KpiCacheMonth).where(KpiCacheMonth.month.in_(chunk)))
        session.execute(delete(KpiCacheValue).where(KpiCacheValue.month.in_(chunk)))
    session.execute(delete(KpiDirty))
    return len(months)


def forget_fingerprints_except(session: Session, keep: Iterable[str]) -> None:
    """Drop cached values of formulas no longer in use (edited, archived, or yesterday's «on time»)."""
    keep = list(keep)
    if session.scalar(select(KpiCacheMonth.fingerprint).where(KpiCacheMonth.fingerprint.not_in(keep)).limit(1)):
        session.execute(delete(KpiCacheMonth).where(KpiCacheMonth.fingerprint.not_in(keep)))
        session.execute(delete(KpiCacheValue).where(KpiCacheValue.fingerprint.not_in(keep)))


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def ensure_cached(session: Session, formulas: dict[str, Formula], months: list[tuple[str, date, date]],
                  today: date) -> int:
    """Compute the missing (fingerprint, month) aggregates, one grouped query per source.

    ``months`` are (``2026-07``, first day, first day of the next month). Returns the number of
    (fingerprint, month) pairs computed now."""
    ensure_triggers(session)
    forget_dirty_months(session)
    codes = [m[0] for m in months]
    have = set(session.execute(select(KpiCacheMonth.fingerprint, KpiCacheMonth.month)
                               .where(KpiCacheMonth.fingerprint.in_(list(formulas)),
                                      KpiCacheMonth.month.in_(codes))).all())
    missing = {fp: [m for m in months if (fp, m[0]) not in have] for fp in formulas}
    by_source: dict[str, list[str]] = {}
    for fp, todo in missing.items():
        if todo:
            by_source.setdefault(formulas[fp].source, []).append(fp)
    computed = 0
    for source, fps in by_source.items():
        wanted = sorted({m for fp in fps for m in missing[fp]})
        start, end = wanted[0][1], wanted[-1][2]
        # each answer is read from the JSON once per record: the rows are materialised with one column per field
        fields = sorted({(formulas[fp].field, reads_text(formulas[fp])) for fp in fps if formulas[fp].field})
        rows_cte = (select(R.office_code.label("office_code"), month_of(R.received_on).label("month"),
                           R.audience.label("audience"), R.weight.label("weight"), R.kind.label("kind"),
                           R.answer_on.label("answer_on"), R.answer_due.label("answer_due"),
                           *[answer(*f).label(f"f{i}") for i, f in enumerate(fields)])
                    .where(R.deleted.is_(False), R.source == source, R.received_on >= start, R.received_on < end)
                    .cte("kpi_rows").prefix_with("MATERIALIZED"))
        c = rows_cte.c
        by_field = {f: c[f"f{i}"] for i, f in enumerate(fields)}
        cols = _Columns(c.weight, c.kind, c.answer_on, c.answer_due,
                        lambda field, as_text, columns=by_field: columns[(field, as_text)])
        columns = []
        for fp in fps:
            cond, num, den = terms(formulas[fp], today, cols)
            columns += [func.sum(case((cond, num))), func.sum(case((cond, den))), func.sum(case((cond, 1)))]
        query = select(c.office_code, c.month, c.audience, *columns).group_by(c.office_code, c.month, c.audience)
        todo = {(fp, m[0]) for fp in fps for m in missing[fp]}
        rows = []
        for row in session.execute(query):
            office, month_code, audience = row[0], row[1], row[2]
            for i, fp in enumerate(fps):
                n = row[5 + 3 * i]
                if n and (fp, month_code) in todo:
                    rows.append({"fingerprint": fp, "month": month_code, "office_code": office,
                                 "audience": audience, "num": row[3 + 3 * i] or 0.0,
                                 "den": row[4 + 3 * i] or 0.0, "n": n})
        if rows:
            session.execute(KpiCacheValue.__table__.insert(), rows)
        session.execute(KpiCacheMonth.__table__.insert(), [{"fingerprint": fp, "month": m} for fp, m in todo])
        computed += len(todo)
    return computed


def cached_totals(session: Session, formulas: dict[str, Formula], month_codes: list[str], office_code: str | None,
                  by_office: bool = False) -> tuple[dict[tuple, tuple[float, float, int]], dict[tuple, float]]:
    """Sums of the cached months in a few grouped queries.

    Returns ``{(fingerprint, audience[, office]): (numerator, denominator, records)}`` and, for ratio
    formulas, ``{(denominator code, office or None): total}``; a ratio's records and numerator count
    only the office-months that have the denominator."""
    c = KpiCacheValue
    keys = [c.fingerprint, c.audience] + ([c.office_code] if by_office else [])
    where = [c.month.in_(month_codes)] + ([c.office_code == office_code] if office_code else [])
    sums: dict[tuple, tuple[float, float, int]] = {}

    def collect(query) -> None:
        for row in session.execute(query):
            sums[tuple(row[:-3])] = (row[-3] or 0.0, row[-2] or 0.0, int(row[-1] or 0))

    plain = [fp for fp, f in formulas.items() if f.kind != "ratio"]
    if plain:
        collect(select(*keys, func.sum(c.num), func.sum(c.den), func.sum(c.n))
                .where(*where, c.fingerprint.in_(plain)).group_by(*keys))
    by_code: dict[str, list[str]] = {}
    for fp, f in formulas.items():
        if f.kind == "ratio":
            by_code.setdefault(str(f.get("denominator")), []).append(fp)
    totals: dict[tuple, float] = {}
    d = KpiDenominator
    for code, fps in by_code.items():
        entered = exists().where(d.office_code == c.office_code, d.month == c.month, d.code == code,
                                 d.deleted.is_(False))
        collect(select(*keys, func.sum(c.num), literal(0.0), func.sum(c.n))
                .where(*where, c.fingerprint.in_(fps), entered).group_by(*keys))
        dwhere = [d.code == code, d.month.in_(month_codes), d.deleted.is_(False)]
        dwhere += [d.office_code == office_code] if office_code else []
        if by_office:
            for office, total in session.execute(select(d.office_code, func.sum(d.value)).where(*dwhere)
                                                 .group_by(d.office_code)):
                totals[(code, office)] = total
        else:
            totals[(code, None)] = session.scalar(select(func.sum(d.value)).where(*dwhere))
    return sums, totals
