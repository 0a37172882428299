"""What a quarterly report shows, gathered from the areas' services before it is drawn: the source
coverage (one SQL aggregate), the KPI values, group indices, targets and charts of the KPI area, the
problems and recommendations of the problem register, the improvement measures and the compliance
self-audit. An area that is not installed leaves an honest «нет данных: …» note instead of numbers.
"""

from __future__ import annotations

from datetime import date

from cxdesk.core import compliance as rules
from cxdesk.core import meetings_lifecycle as life
from cxdesk.core.periods import Period
from cxdesk.reports.quarterly_pdf import ComplianceLine, MeasureLine, QuarterlyData
from cxdesk.services import compliance, initiatives
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError
from cxdesk.store.database import Database

TREND_QUARTERS = 4
OVERALL = "all"  # the group code of the overall index in the KPI area
AUDIENCES = {"citizen": "граждане", "employer": "работодатели", "all": "все"}
_STANDARD_GROUPS = (("а", "Дружелюбие и партнёрство"), ("б", "Полезность обращения"),
                    ("в", "Минимизация усилий граждан и работодателей"), ("г", "Персонализация и адресность"),
                    ("д", "Внешний комфорт и удобство"))


def kpi_groups() -> tuple[tuple[str, str], ...]:
    """The five KPI groups of item 64 (code, title), as the KPI area names them."""
    formula = compliance.optional_module("cxdesk.core.kpi_formula")
    groups = getattr(formula, "GROUPS", None) if formula else None
    return tuple(groups) if groups else _STANDARD_GROUPS


def _step(progress, done: int, text: str) -> None:
    if progress is not None:
        progress.check()
        progress.report(done, 6, text)


def _kpi(data: QuarterlyData, db: Database, actor: Actor, period: Period, office: str | None) -> None:
    kpi = compliance.optional_module("cxdesk.services.kpi_monitoring")
    if kpi is None:
        data.kpi_note = "нет данных — модуль мониторинга КПЭ не установлен"
        return
    try:
        data.indicators = list(kpi.indicator_values(db, actor, period, office))
        data.group_indices = list(kpi.group_indices(db, actor, period, office))
    except ServiceError as exc:
        data.kpi_note = f"нет данных — {exc.message}"
        return
    charts = compliance.optional_module("cxdesk.reports.kpi_charts")
    if charts is None or not data.group_indices:
        return
    data.charts.append((f"Индексы групп показателей за {period.title} (0–100)",
                        charts.group_index_figure(data.group_indices)))
    periods = [period.shift(-n) for n in range(TREND_QUARTERS - 1, -1, -1)]
    series: dict[str, list[tuple[str, float | None]]] = {}
    for p in periods:
        indices = data.group_indices if p == period else kpi.group_indices(db, actor, p, office)
        for g in indices:
            if g.group == OVERALL:
                name = AUDIENCES.get(g.audience, g.audience)
                series.setdefault(name, []).append((p.title.replace(" квартал", " кв.").replace(" г.", ""), g.index))
    if series:
        data.charts.append(("Общий индекс клиентоцентричности (0–100) за четыре квартала, граждане и работодатели",
                            charts.trend_figure("Общий индекс клиентоцентричности", list(series.items()))))


def _targets(data: QuarterlyData, db: Database, period: Period, office: str | None) -> None:
    targets = compliance.optional_module("cxdesk.services.kpi_targets")
    if targets is None:
        data.targets_note = "нет данных — модуль целевых значений не установлен"
        return
    try:
        status = targets.targets_status(db, period.year, office_code=office)
    except ServiceError as exc:
        data.targets_note = f"нет данных — {exc.message}"
        return
    data.targets_note = (f"на {period.year} год утверждено {status.approved} из {status.indicators}"
                         + (f", в проекте — {status.drafts}" if status.drafts else ""))


def _problems(data: QuarterlyData, db: Database, actor: Actor, period: Period, office: str | None) -> None:
    problems = compliance.optional_module("cxdesk.services.problems")
    if problems is None:
        data.problems_note = "нет данных — реестр проблем не установлен"
        return
    try:
        data.problems = list(problems.problems_for_period(db, actor, period, office))
    except ServiceError as exc:
        data.problems_note = f"нет данных — {exc.message}"


def _measures(db: Database, period: Period, offices: tuple[str, ...]) -> list[MeasureLine]:
    """Measures under way in the quarter or finished in it (older finished ones are history)."""
    lines = []
    for code in offices:
        for m in initiatives.list_initiatives(db, office_code=code, today=min(period.last_day, date.today())):
            if m.finished_on is not None and m.finished_on < period.start:
                continue
            if m.fields.started_on is not None and m.fields.started_on >= period.end:
                continue
            lines.append(MeasureLine(m.fields.title, m.kind_title, life.STAGE_TITLES[m.stage], m.owner,
                                     f"{m.fields.due_on:%d.%m.%Y}" if m.fields.due_on else "—", m.office_code,
                                     m.overdue))
    return lines


def collect(db: Database, actor: Actor, period: Period, office_code: str | None = None, *,
            progress=None) -> QuarterlyData:
    scope = compliance.resolve_scope(db, office_code)
    office = None if scope.is_region else scope.code
    data = QuarterlyData(organisation=scope.organisation, period_code=period.code, period_title=period.title,
                         scope_title=scope.title, is_region=scope.is_region, prepared_by=actor.full_name,
                         sources=tuple((s, rules.SOURCE_TITLES[s]) for s in rules.SOURCES), groups=kpi_groups())
    _step(progress, 0, "Охват источников обратной связи…")
    data.coverage = compliance.source_counts(db, period, scope.offices)
    for code in scope.offices:
        data.coverage.setdefault(code, {})
    _step(progress, 1, "Клиентские показатели эффективности…")
    _kpi(data, db, actor, period, office)
    _targets(data, db, period, office)
    _step(progress, 2, "Проблемы и рекомендации…")
    _problems(data, db, actor, period, office)
    _step(progress, 3, "Меры по повышению качества…")
    data.measures = _measures(db, period, scope.offices)
    _step(progress, 4, "Самопроверка соответствия Стандарту…")
    result = compliance.evaluate(db, actor, period, scope.code)
    data.compliance = [ComplianceLine(c.id, c.title, c.status, c.status_title, c.summary) for c in result.checks]
    return data
