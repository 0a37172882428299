"""Bundles write thousands of feedback records at once with the per-row KPI change triggers set aside
(they doubled the time of a bulk insert): the УЦЗН's cached KPI values must still follow every record a
bundle adds, changes or moves to another month, exactly as a computation from scratch; the triggers are
back afterwards, also after a refused bundle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete

from cxdesk.core.periods import Period
from cxdesk.services import feedback as fb
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services import kpi_monitoring as km
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Role
from cxdesk.store.kpi import TRIGGERS, KpiCacheMonth, KpiCacheValue
from tests import backends

CX = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
Q2 = Period.parse("2025Q2")


def _answers(db, scores_and_days) -> list[str]:
    return [surveys.enter_response(db, CX, "ref-employer", {"e1": score, "e2": score, "e10": 2 * score},
                                   received_on=day) for score, day in scores_and_days]


def _values(db) -> dict:
    return {(v.code, v.audience): (v.value, v.records) for v in km.indicator_values(db, CX, Q2, "TC01")}


def _from_scratch(db) -> dict:
    with db.uow() as uow:
        uow.session.execute(delete(KpiCacheValue))
        uow.session.execute(delete(KpiCacheMonth))
        uow.commit()
    return _values(db)




def test_cached_values_follow_what_bundles_add_change_and_move(pair):
    ids = _answers(pair.office, [(5, date(2025, 4, 3)), (4, date(2025, 4, 9)), (2, date(2025, 5, 15))])
    assert pair.receive(pair.region, pair.send(pair.office).path).ok
    first = _values(pair.region)  # the УЦЗН looks: April and May are now cached
    assert any(records for _value, records in first.values())

    _answers(pair.office, [(1, date(2025, 5, 21))])  # April changes only by the record leaving it
    fb.update_record(pair.office, CX, ids[0], {"received_on": date(2025, 6, 2)})  # April → June
    assert pair.receive(pair.region, pair.send(pair.office).path).ok

    cached = _values(pair.region)
    assert cached != first
    assert cached == _from_scratch(pair.region)
    assert set(TRIGGERS) <= backends.trigger_names(pair.region)


def test_a_refused_bundle_leaves_the_triggers_in_place(pair, tmp_path):
    _answers(pair.office, [(5, date(2025, 4, 3))])
    sent = pair.send(pair.office).path
    broken = tmp_path / "broken.cxb"
    data = bytearray(sent.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    assert not pair.receive(pair.region, broken).ok
    assert set(TRIGGERS) <= backends.trigger_names(pair.region)
    assert pair.receive(pair.region, sent).ok
    assert set(TRIGGERS) <= backends.trigger_names(pair.region)
