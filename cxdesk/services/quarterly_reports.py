"""Quarterly reports on the results of the CX analysis (R5): generate one for a quarter and an office
(or the region at the УЦЗН), keep every generation as a numbered edition in the archive with its PDF,
add the commentary per KPI group to a draft, publish it (the previously published edition becomes
superseded) and read the archive.

Generating and publishing need ``Action.REPORTS_GENERATE``; reading needs ``Action.REPORTS_READ``,
which every role has — a role that cannot generate sees only published editions (R5: «доступ для
всех сотрудников»). The data is gathered by :mod:`cxdesk.services.quarterly_data` and the PDF drawn
before the unit of work that archives the edition opens, so a failed or cancelled generation leaves
the archive as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from cxdesk.core.periods import Period, PeriodError
from cxdesk.reports import quarterly_pdf
from cxdesk.services import audit, blobs
from cxdesk.services.actor import Actor
from cxdesk.services.errors import NotFoundError, ValidationError
from cxdesk.services.guard import require
from cxdesk.services.quarterly_data import collect, kpi_groups
from cxdesk.services.roles import Action, can
from cxdesk.store.database import Database
from cxdesk.store.portable import serialize
from cxdesk.store.reports import QuarterlyReport, ReportBlob
from cxdesk.store.types import utc_now

ENTITY = "quarterly_report"
DRAFT, PUBLISHED, SUPERSEDED = "draft", "published", "superseded"
STATUS_TITLES = {DRAFT: "проект", PUBLISHED: "опубликован", SUPERSEDED: "заменён новой редакцией"}
MAX_COMMENT = 4000


@dataclass(frozen=True)
class ReportRow:
    id: str
    period: str
    scope: str
    edition: int
    status: str
    title: str
    pages: int
    pdf_size: int
    generated_at: datetime
    generated_by: str
    published_at: datetime | None
    published_by: str
    summary: str

    @property
    def status_title(self) -> str:
        return STATUS_TITLES.get(self.status, self.status)

    @property
    def period_title(self) -> str:
        return Period.parse(self.period).title


@dataclass(frozen=True)
class ReportInfo:
    row: ReportRow
    commentary: dict[str, str]
    groups: tuple[tuple[str, str], ...]


def _row(r: QuarterlyReport) -> ReportRow:
    return ReportRow(r.id, r.period, r.scope, r.edition, r.status, r.title, r.pages, r.pdf_size, r.generated_at,
                     r.generated_by, r.published_at, r.published_by, r.summary)


def parse_quarter(code: Period | str) -> Period:
    try:
        period = code if isinstance(code, Period) else Period.parse(code)
    except PeriodError as exc:
        raise ValidationError(str(exc)) from None
    if period.kind != "quarter":
        raise ValidationError(f"Отчёт составляется за квартал, а «{period.code}» — не квартал. Укажите квартал, "
                              "например 2026Q3.")
    return period


def _clean_commentary(commentary: dict[str, str] | None) -> dict[str, str]:
    known = dict(kpi_groups())
    result = {}
    for code, text in (commentary or {}).items():
        if code not in known:
            raise ValidationError(f"Неизвестная группа показателей «{code}». Комментарий не сохранён.")
        text = (text or "").strip()
        if len(text) > MAX_COMMENT:
            raise ValidationError(f"Комментарий к группе «{known[code]}» длиннее {MAX_COMMENT} знаков "
                                  f"({len(text)}). Ничего не сохранено: сократите текст.")
        if text:
            result[code] = text
    return result


def _load(session, report_id: str) -> QuarterlyReport:
    report = session.get(QuarterlyReport, report_id)
    if report is None or report.deleted:
        raise NotFoundError("Отчёт не найден: возможно, его удалили. Обновите список отчётов.")
    return report


def render(db: Database, actor: Actor, period: Period | str, office_code: str | None = None, *,
           commentary: dict[str, str] | None = None, edition: int = 0, status: str = DRAFT,
           progress=None) -> tuple[quarterly_pdf.QuarterlyData, bytes]:
    """The report's data and PDF, without archiving anything (the command line's and the benchmark's
    entry; :func:`generate` archives)."""
    require(db, actor, Action.REPORTS_GENERATE)
    period = parse_quarter(period)
    cleaned = _clean_commentary(commentary)
    data = collect(db, actor, period, office_code, progress=progress)
    data.commentary = cleaned
    data.edition, data.status_title = edition or 1, STATUS_TITLES[status]
    if progress is not None:
        progress.report(5, 6, "Оформление PDF…")
        progress.check()
    return data, quarterly_pdf.render(data)


def _summary(data: quarterly_pdf.QuarterlyData) -> str:
    records = sum(sum(by.values()) for by in data.coverage.values())
    met = sum(1 for c in data.compliance if c.status == "met")
    return (f"Записей обратной связи: {records}; проблем: {len(data.problems)}; мер: {len(data.measures)}; "
            f"требований выполнено: {met} из {len(data.compliance)}")


def _last_edition(session, period_code: str, scope_code: str) -> int:
    return session.scalar(select(func.max(QuarterlyReport.edition)).where(
        QuarterlyReport.period == period_code, QuarterlyReport.scope == scope_code,
        QuarterlyReport.deleted.is_(False))) or 0


def generate(db: Database, actor: Actor, period: Period | str, office_code: str | None = None, *,
             commentary: dict[str, str] | None = None, progress=None) -> ReportRow:
    """A new draft edition of the quarter's report for the office (or the region), archived with its PDF."""
    from cxdesk.services.compliance import resolve_scope

    require(db, actor, Action.REPORTS_GENERATE)
    period = parse_quarter(period)
    scope = resolve_scope(db, office_code)
    with db.uow() as uow:
        last = _last_edition(uow.session, period.code, scope.code)
    data, pdf = render(db, actor, period, scope.code, commentary=commentary, edition=last + 1, progress=progress)
    with db.uow() as uow:
        s = uow.session
        serialize(s, f"report-edition:{period.code}:{scope.code}")
        newest = _last_edition(s, period.code, scope.code)
        if newest != last:  # another workstation saved an edition while this one was drawn
            raise ValidationError(
                f"Пока отчёт формировался, другой специалист сохранил редакцию № {newest} этого отчёта. Эта "
                "редакция не сохранена: сформируйте отчёт ещё раз.")
        report = QuarterlyReport(office_code=db.office_code, period=period.code, scope=scope.code, edition=last + 1,
                                 status=DRAFT, title=f"{data.title} — {data.scope_title}",
                                 commentary=json.dumps(data.commentary, ensure_ascii=False), summary=_summary(data),
                                 pages=quarterly_pdf.page_count(pdf), pdf_sha256=blobs.store(s, ReportBlob, pdf),
                                 pdf_size=len(pdf), generated_by=actor.full_name)
        s.add(report)
        s.flush()
        audit.append(s, actor, "reports.generate", office=db.office_code, entity=ENTITY, record_id=report.id,
                     details={"period": period.code, "scope": scope.code, "edition": report.edition})
        uow.commit()
        return _row(report)


def save_commentary(db: Database, actor: Actor, report_id: str, commentary: dict[str, str], *,
                    progress=None) -> ReportRow:
    """Replace a draft's commentary per KPI group and draw its PDF again with it."""
    require(db, actor, Action.REPORTS_GENERATE)
    commentary = _clean_commentary(commentary)
    with db.uow() as uow:
        report = _load(uow.session, report_id)
        if report.status != DRAFT:
            raise ValidationError("Опубликованный отчёт не изменяется. Комментарий не сохранён: сформируйте новую "
                                  "редакцию отчёта и внесите комментарий в неё.")
        period, scope, edition = report.period, report.scope, report.edition
    data, pdf = render(db, actor, period, scope, commentary=commentary, edition=edition, progress=progress)
    with db.uow() as uow:
        s = uow.session
        report = _load(s, report_id)
        if report.status != DRAFT:
            raise ValidationError("Отчёт опубликовали, пока формировался PDF. Комментарий не сохранён.")
        report.commentary = json.dumps(data.commentary, ensure_ascii=False)
        report.pdf_sha256, report.pdf_size = blobs.store(s, ReportBlob, pdf), len(pdf)
        report.pages, report.summary, report.generated_at = quarterly_pdf.page_count(pdf), _summary(data), utc_now()
        audit.append(s, actor, "reports.commentary", office=db.office_code, entity=ENTITY, record_id=report.id)
        uow.commit()
        return _row(report)


def publish(db: Database, actor: Actor, report_id: str) -> ReportRow:
    """Publish a draft: every role can read it; the edition published before it is superseded."""
    require(db, actor, Action.REPORTS_GENERATE)
    with db.uow() as uow:
        s = uow.session
        report = _load(s, report_id)
        if report.status != DRAFT:
            raise ValidationError(f"Отчёт уже {STATUS_TITLES[report.status]}; публикуется только проект.")
        for older in s.scalars(select(QuarterlyReport).where(
                QuarterlyReport.period == report.period, QuarterlyReport.scope == report.scope,
                QuarterlyReport.status == PUBLISHED, QuarterlyReport.deleted.is_(False))):
            older.status = SUPERSEDED
        report.status, report.published_at, report.published_by = PUBLISHED, utc_now(), actor.full_name
        audit.append(s, actor, "reports.publish", office=db.office_code, entity=ENTITY, record_id=report.id)
        uow.commit()
        return _row(report)


def delete_draft(db: Database, actor: Actor, report_id: str) -> None:
    require(db, actor, Action.REPORTS_GENERATE)
    with db.uow() as uow:
        report = _load(uow.session, report_id)
        if report.status != DRAFT:
            raise ValidationError("Удалить можно только проект. Опубликованный отчёт хранится в архиве.")
        report.deleted = True
        audit.append(uow.session, actor, "reports.delete", office=db.office_code, entity=ENTITY, record_id=report_id)
        uow.commit()


def _visible(actor: Actor):
    """Roles that cannot generate reports read only what was published (and what it replaced)."""
    if can(actor.role, Action.REPORTS_GENERATE):
        return QuarterlyReport.deleted.is_(False)
    return QuarterlyReport.deleted.is_(False) & QuarterlyReport.status.in_((PUBLISHED, SUPERSEDED))


def list_reports(db: Database, actor: Actor, *, period: str | None = None, scope: str | None = None,
                 search: str = "") -> list[ReportRow]:
    """The archive, newest quarter and edition first."""
    require(db, actor, Action.REPORTS_READ)
    query = select(QuarterlyReport).where(_visible(actor))
    if period:
        query = query.where(QuarterlyReport.period == period)
    if scope:
        query = query.where(QuarterlyReport.scope == scope)
    for word in search.split():
        query = query.where(QuarterlyReport.title.contains(word, autoescape=True))
    query = query.order_by(QuarterlyReport.period.desc(), QuarterlyReport.scope, QuarterlyReport.edition.desc())
    with db.uow() as uow:
        return [_row(r) for r in uow.session.scalars(query)]


def get_report(db: Database, actor: Actor, report_id: str) -> ReportInfo:
    require(db, actor, Action.REPORTS_READ)
    with db.uow() as uow:
        report = uow.session.scalar(select(QuarterlyReport).where(QuarterlyReport.id == report_id, _visible(actor)))
        if report is None:
            raise NotFoundError("Отчёт не найден или ещё не опубликован. Обновите список отчётов.")
        return ReportInfo(_row(report), json.loads(report.commentary or "{}"), kpi_groups())


def report_pdf(db: Database, actor: Actor, report_id: str) -> bytes:
    """The archived PDF of an edition (a draft only for those who can generate reports)."""
    info = get_report(db, actor, report_id)
    with db.uow() as uow:
        report = _load(uow.session, report_id)
        data = blobs.load(uow.session, ReportBlob, report.pdf_sha256, info.row.title)
    audit.append_now(db, actor, "reports.read", entity=ENTITY, record_id=report_id)
    return data
