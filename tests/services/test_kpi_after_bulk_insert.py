"""Bulk inserts of feedback records (file imports, the demo) set SQLite's per-row KPI change triggers aside
and note the office-months themselves: cached values must follow them exactly, and the triggers must be
back after the insert, also after one that failed and was rolled back."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete

from cxdesk.core.periods import Period
from cxdesk.services import kpi_monitoring as km
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.feedback_bulk import insert_records
from cxdesk.store.kpi import TRIGGERS, KpiCacheMonth, KpiCacheValue
from tests import backends

CX = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
Q2 = Period.parse("2025Q2")


def _survey(day: date, score: int, record_id: str | None = None) -> dict:
    row = {"office_code": "TC01", "source": "survey", "received_on": day, "audience": "employer",
           "status": "accepted", "ratings": json.dumps({"e1": score, "e2": score, "e10": 2 * score})}
    return row | ({"id": record_id} if record_id else {})


def _insert(db, rows: list[dict]) -> None:
    with db.uow() as uow:
        insert_records(uow.session, rows, ["" for _ in rows])
        uow.commit()


def _values(db) -> dict:
    return {(v.code, v.audience): (v.value, v.records) for v in km.indicator_values(db, CX, Q2, None)}




def test_a_bulk_insert_into_a_cached_month_changes_the_value_as_a_fresh_computation(db):
    _insert(db, [_survey(date(2025, 4, 3), 5), _survey(date(2025, 4, 9), 4)])
    before = _values(db)  # April is cached now
    _insert(db, [_survey(date(2025, 4, 20), 1), _survey(date(2025, 4, 21), 1)])
    cached = _values(db)
    with db.uow() as uow:
        uow.session.execute(delete(KpiCacheValue))
        uow.session.execute(delete(KpiCacheMonth))
        uow.commit()
    assert cached != before and cached == _values(db)
    assert set(TRIGGERS) <= backends.trigger_names(db)


def test_a_failed_bulk_insert_leaves_the_triggers_in_place(db):
    _insert(db, [_survey(date(2025, 4, 3), 5, "00000000-0000-4000-8000-000000000001")])
    with pytest.raises(Exception, match="(?i)unique|duplicate"):  # the driver's own error: a raw executemany
        _insert(db, [_survey(date(2025, 4, 4), 3, "00000000-0000-4000-8000-000000000001")])
    assert set(TRIGGERS) <= backends.trigger_names(db)
