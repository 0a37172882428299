"""The region's reference data is read-only in an office once it came from the УЦЗН; an office's own
drafts stay editable; the УЦЗН edits its reference data freely."""

from __future__ import annotations

import pytest

from cxdesk.services import journeys, profiles
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.roles import Role
from tests.sync.conftest import dump

CX = Actor("cx", "Орлова Елена Петровна", Role.CX_SPECIALIST)


@pytest.fixture
def received(pair):
    """The office after the УЦЗН's first reference bundle (its typical profiles and journeys)."""
    report = pair.receive(pair.office, pair.send(pair.region).path)
    assert report.ok, report.bundles[0].message
    return pair


def test_a_profile_from_the_region_is_read_only_in_an_office(received):
    target = _region_profile(received.office)
    data = profiles.get_profile(received.office, CX, target).data
    before = dump(received.office)
    with pytest.raises(ValidationError, match="ведёт УЦЗН"):
        profiles.update_profile(received.office, CX, target, data)
    with pytest.raises(ValidationError, match="только для чтения"):
        profiles.set_archived(received.office, CX, target, True)
    assert dump(received.office) == before


def test_a_journey_from_the_region_is_read_only_in_an_office_but_can_be_copied(received):
    journey_id = _region_journey(received.office)
    doc = journeys.load_journey(received.office, CX, journey_id)
    doc.title = "Свой вариант"
    with pytest.raises(ValidationError, match="ведёт УЦЗН"):
        journeys.save_journey(received.office, CX, doc)
    with pytest.raises(ValidationError, match="ведёт УЦЗН"):
        journeys.set_archived(received.office, CX, journey_id, True)
    copy = journeys.duplicate_journey(received.office, CX, journey_id, title="Наш маршрут")
    copy.goal = "Проверить запись"
    assert journeys.save_journey(received.office, CX, copy).goal == "Проверить запись"


def test_the_region_edits_its_reference_data(received):
    target = _region_profile(received.region)
    data = profiles.get_profile(received.region, CX, target).data
    assert profiles.update_profile(received.region, CX, target, data).data == data


def _region_profile(db) -> str:
    from sqlalchemy import select

    from cxdesk.store.journeys import Profile

    with db.uow() as uow:
        return uow.session.scalar(select(Profile.id).where(Profile.origin == "UC01").limit(1))


def _region_journey(db) -> str:
    from sqlalchemy import select

    from cxdesk.store.journeys import Journey

    with db.uow() as uow:
        return uow.session.scalar(select(Journey.id).where(Journey.origin == "UC01").limit(1))
