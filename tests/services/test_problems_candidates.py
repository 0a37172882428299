"""Candidate problems from a period's negative feedback: the topic that grows at a touchpoint is
suggested with exactly its records, accepting makes a problem with that evidence, and a decided
candidate is not suggested again for the period."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cxdesk.core.periods import Period
from cxdesk.services import journeys
from cxdesk.services import problem_candidates as cand
from cxdesk.services import problems as pr
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.feedback_register import RegisterFilter, register_ids
from tests.services.test_problems import HEAD, OPERATOR, READER, SPECIALIST, add_records

Q3 = Period.parse("2026Q3")


@pytest.fixture
def points(db):
    return journeys.list_touchpoints(db, SPECIALIST)[:2]


@pytest.fixture
def growing(db, points):
    """At the first touchpoint queue complaints grow 2 → 6; phone stays at 4; positive ones do not count."""
    a, b = points
    before = add_records(db, 2, day=date(2026, 5, 3), touchpoint_id=a.id, topics="|queue|")
    now = add_records(db, 5, day=date(2026, 8, 3), touchpoint_id=a.id, topics="|queue|phone|")
    now += add_records(db, 1, day=date(2026, 9, 30), touchpoint_id=a.id, topics="|queue|", sentiment="neutral",
                       kind="complaint")
    add_records(db, 4, day=date(2026, 8, 4), touchpoint_id=a.id, topics="|queue|", sentiment="positive")
    add_records(db, 5, day=date(2026, 4, 4), touchpoint_id=a.id, topics="|phone|")
    add_records(db, 2, day=date(2026, 8, 4), touchpoint_id=a.id, topics="|queue|", deleted=True)
    add_records(db, 3, day=date(2026, 10, 1), touchpoint_id=a.id, topics="|queue|")  # the next quarter
    # another office: in the region's candidates, not in this office's
    add_records(db, 4, day=date(2026, 8, 4), touchpoint_id=b.id, topics="|premises|", office="TC02")
    return {"before": before, "now": now}


def test_the_growing_topic_is_suggested_with_exactly_its_records(db, points, growing):
    [c] = cand.suggest(db, SPECIALIST, Q3, "TC01")
    assert (c.touchpoint_id, c.topic, c.topic_title, c.current, c.previous) == (
        points[0].id, "queue", "Очередь и ожидание", 6, 2)
    assert c.journey_title == points[0].journey_title
    assert sorted(cand.record_ids(db, SPECIALIST, c)) == sorted(growing["now"])
    shown = register_ids(db, SPECIALIST, RegisterFilter(scope=cand.candidate_scope(c)))
    assert sorted(shown) == sorted(growing["now"])
    region = cand.suggest(db, SPECIALIST, Q3, None)
    assert {(x.topic, x.current) for x in region} == {("queue", 6), ("premises", 4)}


def test_accepting_makes_a_problem_with_that_evidence_and_it_is_not_suggested_again(db, growing):
    [c] = cand.suggest(db, SPECIALIST, Q3, "TC01")
    problem = cand.accept(db, HEAD, c)
    assert problem.evidence == 6
    assert problem.fields.title == c.default_title and problem.fields.touchpoint_id == c.touchpoint_id
    shown = register_ids(db, SPECIALIST, RegisterFilter(scope=pr.evidence_scope(problem.id, problem.fields.title)))
    assert sorted(shown) == sorted(growing["now"])
    assert cand.suggest(db, SPECIALIST, Q3, "TC01") == []
    with pytest.raises(ValidationError, match="уже принято решение"):
        cand.dismiss(db, SPECIALIST, c)
    # the region's view is another scope: the specialist there still decides on its own
    assert {x.topic for x in cand.suggest(db, SPECIALIST, Q3, None)} == {"queue", "premises"}


def test_a_dismissed_candidate_is_not_suggested_again_for_that_period(db, growing):
    [c] = cand.suggest(db, SPECIALIST, Q3, "TC01")
    cand.dismiss(db, SPECIALIST, c)
    assert cand.suggest(db, SPECIALIST, Q3, "TC01") == []
    with db.uow() as uow:
        from cxdesk.store.problems import Problem

        assert uow.session.scalars(select(Problem)).all() == []
    # in the next quarter the same topic is judged afresh: 3 now against 6 before is no growth
    assert cand.suggest(db, SPECIALIST, Period.parse("2026Q4"), "TC01") == []


def test_only_problem_editors_decide_and_feedback_readers_see_candidates(db, growing):
    [c] = cand.suggest(db, HEAD, Q3, "TC01")
    with pytest.raises(PermissionDenied):
        cand.dismiss(db, OPERATOR, c)
    with pytest.raises(PermissionDenied):
        cand.suggest(db, READER, Q3, "TC01")
    assert cand.suggest(db, SPECIALIST, Q3, "TC01") == [c]
