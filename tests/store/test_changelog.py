"""Every synced record type writes the change log in the same transaction as its change.

``SAMPLES`` must name a factory for every model with the sync identity columns: a new record
type that is not listed here fails ``test_every_synced_model_has_a_sample``, so no table can
forget the change log.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cxdesk.store.base import SyncedMixin, synced_models
from cxdesk.store.changelog import HardDeleteRefused, SyncContextMissing
from cxdesk.store.models import ChangeLog, Office

# model -> (factory making a valid new instance, a function making an ordinary edit)
SAMPLES: dict[type, tuple[Callable[[Session], SyncedMixin], Callable[[SyncedMixin], None]]] = {
    Office: (
        lambda s: Office(code="TC99", name="ТЦЗН по Заречному району", kind="tczn", region="Энская область"),
        lambda o: setattr(o, "name", "ТЦЗН по Заречному и Лесному районам"),
    ),
}


def _log_rows(db, record_id: str) -> list[tuple]:
    with db.uow() as uow:
        rows = uow.session.scalars(select(ChangeLog).where(ChangeLog.record_id == record_id)
                                   .order_by(ChangeLog.seq))
        return [(r.op, r.version, r.entity, r.origin, r.hlc) for r in rows]


def test_every_synced_model_has_a_sample():
    missing = [m.__name__ for m in synced_models() if m not in SAMPLES]
    assert not missing, f"add change-log samples for: {missing}"


def test_every_synced_table_has_the_identity_columns():
    for model in synced_models():
        columns = set(model.__table__.columns.keys())
        assert {"id", "origin", "version", "hlc", "deleted"} <= columns, model.__name__


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: m.__tablename__)
def test_insert_update_and_tombstone_are_logged(db, model):
    make, edit = SAMPLES[model]
    with db.uow() as uow:
        record = make(uow.session)
        uow.session.add(record)
        uow.commit()
        record_id = record.id
    with db.uow() as uow:
        record = uow.session.get(model, record_id)
        assert record.origin == "TC01" and record.version == 1 and record.hlc > 0
        first_hlc = record.hlc
        edit(record)
        uow.commit()
    with db.uow() as uow:
        record = uow.session.get(model, record_id)
        assert record.version == 2 and record.hlc > first_hlc
        record.deleted = True
        uow.commit()
    rows = _log_rows(db, record_id)
    assert [row[:4] for row in rows] == [
        ("insert", 1, model.__tablename__, "TC01"),
        ("update", 2, model.__tablename__, "TC01"),
        ("delete", 3, model.__tablename__, "TC01"),
    ]
    assert rows[0][4] < rows[1][4] < rows[2][4]


@pytest.mark.parametrize("model", synced_models(), ids=lambda m: m.__tablename__)
def test_rolled_back_change_leaves_no_log(db, model):
    make, _ = SAMPLES[model]
    with db.uow() as uow:
        record = make(uow.session)
        uow.session.add(record)
        uow.session.flush()
        record_id = record.id
        # leaving without commit rolls back
    assert _log_rows(db, record_id) == []


def test_hard_delete_of_a_synced_record_is_refused(db):
    with db.uow() as uow:
        office = uow.session.scalar(select(Office))
        uow.session.delete(office)
        with pytest.raises(HardDeleteRefused):
            uow.session.flush()


def test_synced_write_outside_a_unit_of_work_is_refused(db):
    with Session(db.engine) as session:
        session.add(Office(code="TC98", name="ТЦЗН", kind="tczn", region=""))
        with pytest.raises(SyncContextMissing):
            session.flush()


def test_clock_resumes_after_reopening(db):
    from cxdesk.store.database import Database

    with db.uow() as uow:
        last = max(r.hlc for r in uow.session.scalars(select(ChangeLog)))
    reopened = Database(db.path)
    try:
        assert reopened.clock.now() > last
    finally:
        reopened.close()
