"""Demo step of the KPI area: the default catalogue, monthly visits of every office, this year's
targets approved by the managing centre's working-group decision, a few office drafts, and one
additional regional indicator (R11).

Visits are made proportional to the office's records of the month (about 30 visits per record), so
«жалобы на 1 000 посещений» has realistic values. Regional targets are last year's value improved a
little (or the indicator's green threshold when last year has no data).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from cxdesk.core.periods import Period
from cxdesk.services import kpi_catalogue, kpi_denominators, kpi_monitoring, kpi_targets
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.feedback import FeedbackRecord as R
from cxdesk.store.kpi import month_of

if TYPE_CHECKING:
    from cxdesk.services.demo import DemoContext, DemoSpec

ADDITIONAL = kpi_catalogue.IndicatorData(
    code="reg_gratitude_per_1000",
    name="Благодарности в книге жалоб и предложений на 1 000 посещений",
    group="а", audience="all", kind="ratio",
    params={"source": "book", "record_kind": "gratitude", "denominator": "visits", "per": 1000},
    unit="на 1 000", direction="higher", green=1.0, red=0.5, weight=0.5, additional=True,
    description="Региональный показатель Энской области (решение рабочей группы): благодарности граждан "
                "и работодателей в книге жалоб и предложений.",
    scale_min=0, scale_max=3)
# How much a target improves on last year's value, by unit of the formula kind.
STEP = {"mean": 0.1, "nps": 5.0, "ratio": -0.2}


def units(spec: DemoSpec) -> int:
    return 3


def _specialist() -> Actor:
    return Actor("demo", "Демонстрационные данные", Role.CX_SPECIALIST)


def _visits(ctx: DemoContext, actor: Actor) -> None:
    month = month_of(R.received_on)
    with ctx.db.uow() as uow:
        counts = uow.session.execute(select(R.office_code, month, func.count())
                                     .where(R.deleted.is_(False)).group_by(R.office_code, month)).all()
    rows = [kpi_denominators.DenominatorValue(office, m, "visits", float(round(n * ctx.rng.uniform(24, 36))))
            for office, m, n in counts if m <= f"{ctx.today:%Y-%m}"]
    kpi_denominators.save(ctx.db, actor, rows)


def _target(value: float | None, kind: str, direction: str, green: float | None) -> float | None:
    if value is None:
        return green
    step = STEP.get(kind, 3.0)
    target = value + step if direction == "higher" else max(0.0, value + (step if step < 0 else -step))
    if kind in ("share", "effort", "on_time"):
        target = min(100.0, target)
    return round(target, 2 if kind == "mean" else 1)


def run(ctx: DemoContext) -> None:
    actor = _specialist()
    kpi_catalogue.ensure_catalogue(ctx.db)
    kpi_catalogue.save_indicator(ctx.db, actor, ADDITIONAL)
    _visits(ctx, actor)
    ctx.advance(1)
    year = ctx.today.year
    last_year = {v.code: v for v in kpi_monitoring.indicator_values(ctx.db, actor, Period.whole_year(year - 1), None)}
    for ind in kpi_catalogue.list_indicators(ctx.db):
        d = ind.data
        value = last_year[ind.code].value if ind.code in last_year else None
        target = _target(value, d.kind, d.direction, d.green)
        if target is not None:
            kpi_targets.set_target(ctx.db, actor, ind.code, year, target, note="Демонстрационное значение")
    decisions = kpi_targets.decisions(ctx.db, year)
    own = [d for d in decisions if d.office_code == (ctx.office.code if ctx.office else "")] or decisions
    if own:
        kpi_targets.approve(ctx.db, actor, year, own[0].item_id)
    ctx.advance(1)
    # a few office targets still in draft: the first two centres want more than the region
    for office in ctx.offices[:2]:
        for code, value in (("b_useful_citizen", 70.0), ("v_effort_citizen", 72.0), ("effort_wait_time", 75.0)):
            kpi_targets.set_target(ctx.db, actor, code, year, value, office_code=office.code,
                                   note="Предложение центра, на рассмотрении рабочей группы")
    ctx.advance(1)
