"""Feedback metrics of a journey's touchpoints: one SQL aggregate with exact counts and means, the
period and office filters, the permission, and the heat levels from the thresholds data."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from cxdesk.services import journey_metrics as jm
from cxdesk.services import journeys, users
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied
from cxdesk.services.journeys_library import install_reference_library, ref_id
from cxdesk.services.roles import Role
from cxdesk.store.feedback import FeedbackRecord

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def add(db, touchpoint_id, source, *, kind="", sentiment="neutral", rating=None, office="TC01",
        day=date(2026, 5, 10), deleted=False) -> None:
    with db.uow() as uow:
        uow.session.add(FeedbackRecord(office_code=office, source=source, kind=kind, sentiment=sentiment,
                                       rating=rating, received_on=day, status="new", touchpoint_id=touchpoint_id,
                                       deleted=deleted))
        uow.commit()


@pytest.fixture
def setup(db, admin):
    install_reference_library(db)
    users.add_user(db, admin, "cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST, "Special-2024-x")
    actor = Actor("cx1", "Орлова Мария Петровна", Role.CX_SPECIALIST)
    journey = ref_id("journey", "registration_unemployed_portal")
    t1, t2 = [t.id for t in journeys.list_touchpoints(db, actor, journey)[:2]]
    other = journeys.list_touchpoints(db, actor, ref_id("journey", "job_matching"))[0].id
    add(db, t1, "book", kind="complaint", sentiment="negative")
    add(db, t1, "book", kind="gratitude", sentiment="positive")
    add(db, t1, "appeal", sentiment="negative", office="TC02")
    add(db, t1, "survey", rating=4.0)
    add(db, t1, "metric", rating=2.0, sentiment="negative")
    add(db, t1, "book", kind="complaint", sentiment="negative", deleted=True)  # a tombstone: not counted
    add(db, t1, "book", kind="complaint", sentiment="negative", day=date(2024, 3, 1))  # before the period
    add(db, t2, "survey", rating=5.0, sentiment="positive")
    add(db, t2, "survey", rating=3.0)
    add(db, other, "book", kind="complaint", sentiment="negative")  # another journey
    add(db, None, "book", kind="complaint", sentiment="negative")  # no touchpoint
    return db, actor, journey, t1, t2


def test_counts_and_means_are_exact_in_one_query(setup):
    db, actor, journey, t1, t2 = setup
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        result = jm.touchpoint_metrics(db, actor, journey, YEAR, None)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "GROUP BY feedback_record.touchpoint_id" in selects[0]
    assert set(result) == {t1, t2}
    assert result[t1] == jm.TouchpointMetrics(complaints=2, negative_mentions=3, rated=2, mean_rating=3.0, total=5)
    assert result[t2] == jm.TouchpointMetrics(complaints=0, negative_mentions=0, rated=2, mean_rating=4.0, total=2)


def test_period_and_office_filters(setup):
    db, actor, journey, t1, _t2 = setup
    office = jm.touchpoint_metrics(db, actor, journey, YEAR, "TC01")[t1]
    assert (office.complaints, office.negative_mentions, office.rated, office.total) == (1, 2, 2, 4)
    ever = jm.touchpoint_metrics(db, actor, journey, (None, None), None)[t1]
    assert (ever.complaints, ever.negative_mentions, ever.total) == (3, 4, 6)
    assert jm.touchpoint_metrics(db, actor, journey, (date(2025, 1, 1), date(2025, 12, 31)), None) == {}
    assert jm.period_range("quarter", date(2026, 5, 10)) == (date(2026, 4, 1), None)
    assert jm.period_range("all", date(2026, 5, 10)) == (None, None)


def test_roles_without_feedback_access_get_no_metrics(setup, admin):
    db, _actor, journey, _t1, _t2 = setup
    with pytest.raises(PermissionDenied):
        jm.touchpoint_metrics(db, Actor("reader1", "Петрова О. И.", Role.READER), journey, YEAR, None)
    assert jm.touchpoint_metrics(db, Actor("op", "Оператор", Role.OPERATOR), journey, YEAR, None)


def test_heat_levels_follow_the_thresholds_data():
    rules = jm.heat_thresholds()
    assert {"red", "amber", "min_records"} <= set(rules)
    m = jm.TouchpointMetrics
    assert jm.heat_level(None) == jm.NO_DATA
    assert jm.heat_level(m(0, 0, 1, 5.0, 1)) == jm.NO_DATA  # too few records to judge
    assert jm.heat_level(m(0, 0, 10, 4.6, 10)) == jm.GREEN
    assert jm.heat_level(m(2, 1, 10, 4.5, 10)) == jm.AMBER  # a fifth are complaints
    assert jm.heat_level(m(0, 0, 10, 2.5, 10)) == jm.RED  # a poor mean rating alone
    stricter = {"min_records": 1, "red": {"complaints_share": 0.05}, "amber": {}}
    assert jm.heat_level(m(1, 0, 0, None, 10), stricter) == jm.RED
