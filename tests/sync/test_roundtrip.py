"""Round trip office → УЦЗН → office with a sample of every synced record type, and idempotency."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from cxdesk.services import exchange
from cxdesk.store.base import synced_models
from cxdesk.store.database import Database
from cxdesk.store.models import ChangeLog
from cxdesk.sync import ownership
from tests import backends
from tests.store.test_changelog import SAMPLES
from tests.sync.conftest import dump
from tests.sync.helpers import rezip, rows_by_id, synced_state


def _add_samples(db, owners: set[str]) -> dict[str, set[str]]:
    """One sample of every synced model whose table has one of ``owners``; the ids made, per table."""
    with db.uow() as uow:
        start = uow.session.scalar(select(func.max(ChangeLog.seq))) or 0
        for model in synced_models():
            if ownership.owner(model.__table__) not in owners or model not in SAMPLES:
                continue  # a model without a sample fails tests/store/test_changelog.py already
            uow.session.add(SAMPLES[model][0](uow.session))
            uow.session.flush()
        uow.commit()
    made: dict[str, set[str]] = {}
    with db.uow() as uow:
        for entity, record_id in uow.session.execute(
                select(ChangeLog.entity, ChangeLog.record_id).where(ChangeLog.seq > start)):
            made.setdefault(entity, set()).add(record_id)
    return made


def _assert_arrived(source, target, made: dict[str, set[str]]) -> None:
    for table, ids in made.items():
        there = rows_by_id(target, table)
        here = rows_by_id(source, table)
        for record_id in ids:
            assert there.get(record_id) == here[record_id], (table, record_id)


def test_every_record_type_travels_up_and_down(pair):
    up = _add_samples(pair.office, {ownership.ORIGIN, ownership.SHARED})
    down = _add_samples(pair.region, {ownership.REGION, ownership.SHARED})
    local_types = {m.__tablename__ for m in synced_models() if ownership.owner(m.__table__) == ownership.LOCAL}
    assert {m.__tablename__ for m in SAMPLES} - local_types <= set(up) | set(down)

    sent = pair.send(pair.office)
    assert sent.kind == "snapshot" and set(up) <= set(sent.entities)
    report = pair.receive(pair.region, sent.path)
    assert report.ok, report.bundles[0].message
    _assert_arrived(pair.office, pair.region, up)

    back = pair.send(pair.region)
    assert back.kind == "reference" and back.ack == 1
    assert not set(back.entities) & local_types
    report = pair.receive(pair.office, back.path)
    assert report.ok, report.bundles[0].message
    _assert_arrived(pair.region, pair.office, down)
    assert not set(sent.entities) & local_types

    # the office's next bundle starts after the acknowledged one: nothing changed, nothing sent
    again = pair.send(pair.office)
    assert (again.kind, again.msg_no, again.records) == ("delta", 2, 0)
    journal = exchange.journal(pair.office, exchange_actor())
    assert [(j.direction, j.msg_no, j.status) for j in journal] == [
        ("out", 2, "sent"), ("in", 1, "applied"), ("out", 1, "sent")]


def exchange_actor():
    from tests.sync.conftest import ADMIN

    return ADMIN


@pytest.mark.parametrize("repack", [False, True], ids=["same file", "renamed and re-zipped"])
def test_the_same_bundle_twice_changes_nothing(pair, repack, tmp_path):
    _add_samples(pair.office, {ownership.ORIGIN})
    sent = pair.send(pair.office)
    first = pair.receive(pair.region, sent.path).bundles[0]
    assert first.status == exchange.APPLIED and first.totals().created > 0
    before = dump(pair.region)
    copy = rezip(sent.path, tmp_path / "пакет от ТЦЗН.zip") if repack else sent.path
    second = pair.receive(pair.region, copy).bundles[0]
    assert second.status == exchange.ALREADY_APPLIED
    assert "уже был загружен" in second.message
    assert dump(pair.region) == before


def test_dry_run_reports_and_writes_nothing(pair):
    _add_samples(pair.office, {ownership.ORIGIN})
    sent = pair.send(pair.office)
    before = dump(pair.region)
    preview = exchange.preview_bundles(pair.region, exchange_actor(), [sent.path])
    assert preview.ok and preview.bundles[0].dry_run
    assert preview.bundles[0].totals().created == sent.records
    assert dump(pair.region) == before
    applied = pair.receive(pair.region, sent.path).bundles[0]
    assert [(e.entity, e.created) for e in applied.entities] == [
        (e.entity, e.created) for e in preview.bundles[0].entities]


def test_bundles_out_of_order_or_missing_end_in_the_same_state(pair, tmp_path):
    files = []
    for _ in range(3):
        with pair.office.uow() as uow:
            uow.session.add(SAMPLES[_staff()][0](uow.session))
            uow.commit()
        files.append(pair.send(pair.office).path)
    region_copies = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        pair.region.engine.dispose()
        region_copies.append(Database(backends.copy(pair.region.location, folder, "uc01.db")))
    try:
        in_order = pair.receive(pair.region, *files)
        assert [b.status for b in in_order.bundles] == [exchange.APPLIED] * 3
        out_of_order = [exchange.import_bundles(region_copies[0], exchange_actor(), [f]).bundles[0].status
                        for f in (files[2], files[0], files[1])]
        assert out_of_order == [exchange.APPLIED, exchange.SUPERSEDED, exchange.SUPERSEDED]
        missing = [exchange.import_bundles(region_copies[1], exchange_actor(), [f]).bundles[0].status
                   for f in (files[0], files[2])]
        assert missing == [exchange.APPLIED, exchange.APPLIED]
        expected = synced_state(pair.region)
        assert len(expected["staff_member"]) == 3
        for copy in region_copies:
            assert synced_state(copy) == expected
    finally:
        for copy in region_copies:
            copy.close()
            backends.drop(copy.location)


def _staff():
    from cxdesk.store.staff import StaffMember

    return StaffMember
