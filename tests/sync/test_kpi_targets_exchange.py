"""KPI targets are the managing centre's reference data. A draft an office entered for the same indicator,
year and office is the same record (its id comes from that key), so the centre's target replaces it when
the bundle arrives instead of the bundle being refused on the clashing key."""

from __future__ import annotations

from sqlalchemy import select

from cxdesk.services import kpi_targets
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.kpi import KpiIndicator, KpiTarget

CX = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


def _targets(db, code: str) -> list[tuple]:
    with db.uow() as uow:
        return [(t.office_code, t.value, t.origin) for t in uow.session.scalars(
            select(KpiTarget).where(KpiTarget.indicator_code == code, KpiTarget.year == 2026))]


def test_the_centres_target_replaces_an_office_draft_of_the_same_key(pair):
    with pair.office.uow() as uow:
        code = uow.session.scalar(select(KpiIndicator.code).order_by(KpiIndicator.position).limit(1))
    kpi_targets.set_target(pair.office, CX, code, 2026, 70.0)  # the region's value, guessed at the office
    kpi_targets.set_target(pair.office, CX, code, 2026, 75.0, office_code="TC01")
    kpi_targets.set_target(pair.region, CX, code, 2026, 80.0)
    kpi_targets.set_target(pair.region, CX, code, 2026, 85.0, office_code="TC01")

    result = pair.receive(pair.office, pair.send(pair.region).path)

    assert result.ok, [b.message for b in result.bundles]
    assert sorted(_targets(pair.office, code)) == [("", 80.0, "UC01"), ("TC01", 85.0, "UC01")]
