"""The problem register: validation with clear messages, permissions by role, tombstone deletes that
take evidence and recommendations along, evidence counted by the database, and the period view the
quarterly report and the compliance self-audit read."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cxdesk.core.periods import Period
from cxdesk.services import journeys, staff
from cxdesk.services import problems as pr
from cxdesk.services import problems_recommendations as recs
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.problems_lists import ProblemFilter, list_problem_ids, problem_rows
from cxdesk.services.roles import Role
from cxdesk.store.feedback import FeedbackRecord
from cxdesk.store.problems import Problem, ProblemEvidence, Recommendation

SPECIALIST = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
HEAD = Actor("head", "Громов Олег Ильич", Role.HEAD)
OPERATOR = Actor("op", "Лисина Вера Павловна", Role.OPERATOR)
READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)


def add_records(db, count: int, *, day: date, touchpoint_id: str | None = None, topics: str = "",
                office: str = "TC01", sentiment: str = "negative", kind: str = "", deleted: bool = False) -> list[str]:
    """Feedback records as intake (or an exchange bundle for another office) would leave them."""
    with db.uow() as uow:
        rows = [FeedbackRecord(office_code=office, origin=office, source="book", status="new", received_on=day,
                               text=f"Запись {n}", touchpoint_id=touchpoint_id, topics=topics, sentiment=sentiment,
                               kind=kind, deleted=deleted) for n in range(count)]
        uow.session.add_all(rows)
        uow.session.flush()
        ids = [r.id for r in rows]
        uow.commit()
    return ids


@pytest.fixture
def point(db):
    return journeys.list_touchpoints(db, SPECIALIST)[0]


@pytest.fixture
def owner(db):
    return staff.add_member(db, SPECIALIST, staff.StaffFields("Кузнецова Алла Сергеевна", "Начальник отдела"))


def _fields(point=None, **kw) -> pr.ProblemFields:
    base = dict(title="Долгое ожидание в очереди на приём", description="Жалобы на очередь по утрам",
                touchpoint_id=point.id if point else None, severity="high",
                identified_on=date(2026, 7, 10))
    base.update(kw)
    return pr.ProblemFields(**base)


def test_a_problem_is_registered_with_its_journey_owner_and_evidence_counted(db, point, owner):
    ids = add_records(db, 3, day=date(2026, 7, 5), touchpoint_id=point.id)
    gone = add_records(db, 1, day=date(2026, 7, 6), deleted=False)
    info = pr.create_problem(db, SPECIALIST, _fields(point, owner_staff_id=owner.id), ids + gone)
    assert (info.journey_title, info.touchpoint_title, info.owner) == (point.journey_title, point.name,
                                                                      "Кузнецова Алла Сергеевна")
    assert info.fields.journey_id == point.journey_id  # taken from the touchpoint
    assert info.evidence == 4
    # a feedback record deleted later no longer counts; linking the same record twice adds nothing
    with db.uow() as uow:
        uow.session.get(FeedbackRecord, gone[0]).deleted = True
        uow.commit()
    assert pr.link_records(db, SPECIALIST, info.id, ids[:2]) == 0
    assert pr.get_problem(db, READER, info.id).evidence == 3
    assert pr.unlink_records(db, SPECIALIST, info.id, ids[:1]) == 1
    assert pr.link_records(db, SPECIALIST, info.id, ids[:1]) == 1  # the link comes back
    [row] = problem_rows(db, READER, [info.id]).values()
    assert (row.evidence, row.severity_title, row.status_title) == (3, "высокая", "выявлена")


def test_invalid_problems_are_refused_with_clear_messages_and_nothing_is_written(db, point):
    with pytest.raises(ValidationError, match="не короче 5"):
        pr.create_problem(db, SPECIALIST, _fields(point, title="  Очер "))
    with pytest.raises(ValidationError, match="почему проблема отклонена"):
        pr.create_problem(db, SPECIALIST, _fields(point, status="rejected"))
    with pytest.raises(ValidationError, match="другому клиентскому маршруту"):
        other = next(t for t in journeys.list_touchpoints(db, SPECIALIST) if t.journey_id != point.journey_id)
        pr.create_problem(db, SPECIALIST, _fields(point, journey_id=other.journey_id))
    with pytest.raises(ValidationError, match="справочнике сотрудников"):
        pr.create_problem(db, SPECIALIST, _fields(point, owner_staff_id="00000000-0000-4000-8000-000000000001"))
    with pytest.raises(ValidationError, match="не найдены"):
        pr.create_problem(db, SPECIALIST, _fields(point), ["00000000-0000-4000-8000-000000000002"])
    with db.uow() as uow:
        assert uow.session.scalars(select(Problem)).all() == []


def test_only_problem_editors_write_and_everyone_reads(db, point):
    for actor in (OPERATOR, READER):
        with pytest.raises(PermissionDenied, match="ведение проблем и мер"):
            pr.create_problem(db, actor, _fields(point))
    info = pr.create_problem(db, HEAD, _fields(point))
    with pytest.raises(PermissionDenied):
        pr.delete_problem(db, READER, info.id)
    with pytest.raises(PermissionDenied):
        recs.add_recommendation(db, OPERATOR, info.id, recs.RecommendationFields("Открыть второе окно", "Отдел"))
    assert list_problem_ids(db, READER, ProblemFilter()) == [info.id]


def test_problems_of_another_office_are_read_only_here(db, point):
    with db.uow() as uow:
        other = Problem(office_code="TC02", origin="TC02", title="Нет пандуса у входа", identified_on=date(2026, 7, 1))
        uow.session.add(other)
        uow.session.flush()
        other_id = other.id
        uow.commit()
    assert not pr.get_problem(db, READER, other_id).editable
    with pytest.raises(ValidationError, match="TC02"):
        pr.update_problem(db, SPECIALIST, other_id, _fields(point))


def test_delete_is_a_tombstone_with_evidence_and_recommendations(db, point):
    ids = add_records(db, 2, day=date(2026, 7, 5), touchpoint_id=point.id)
    info = pr.create_problem(db, SPECIALIST, _fields(point), ids)
    recs.add_recommendation(db, SPECIALIST, info.id, recs.RecommendationFields("Открыть второе окно", "Директор"))
    pr.delete_problem(db, SPECIALIST, info.id)
    with db.uow() as uow:
        s = uow.session
        assert s.get(Problem, info.id).deleted
        assert all(e.deleted for e in s.scalars(select(ProblemEvidence)))
        assert all(r.deleted for r in s.scalars(select(Recommendation)))
    assert list_problem_ids(db, READER, ProblemFilter()) == []
    assert recs.list_recommendation_ids(db, READER, recs.RecommendationFilter()) == []


def test_closing_and_reopening_sets_the_closing_date(db, point):
    info = pr.create_problem(db, SPECIALIST, _fields(point))
    solved = pr.update_problem(db, SPECIALIST, info.id, _fields(point, status="solved"))
    assert solved.closed_on == date.today()
    reopened = pr.update_problem(db, SPECIALIST, info.id, _fields(point, status="in_progress"))
    assert reopened.closed_on is None


def test_filters_and_sorting_of_the_register(db, point):
    a = pr.create_problem(db, SPECIALIST, _fields(point, title="Очередь в зале приёма", severity="low"))
    b = pr.create_problem(db, SPECIALIST, _fields(point, title="Грубость специалиста", severity="critical"),
                          add_records(db, 2, day=date(2026, 7, 1)))
    c = pr.create_problem(db, SPECIALIST, _fields(None, title="Сайт не открывается", severity="medium",
                                                  status="solved"))
    assert list_problem_ids(db, READER, ProblemFilter(), "severity", True) == [b.id, c.id, a.id]
    assert list_problem_ids(db, READER, ProblemFilter(), "evidence", True)[0] == b.id
    assert list_problem_ids(db, READER, ProblemFilter(status="open"), "title", False) == [b.id, a.id]
    assert list_problem_ids(db, READER, ProblemFilter(search="грубост")) == [b.id]
    assert set(list_problem_ids(db, READER, ProblemFilter(journey_id=point.journey_id))) == {a.id, b.id}


def test_recommendations_with_due_dates_overdue_and_done(db, point):
    info = pr.create_problem(db, SPECIALIST, _fields(point))
    late = recs.add_recommendation(db, SPECIALIST, info.id, recs.RecommendationFields(
        "Открыть второе окно приёма", "Начальник отдела", date(2026, 8, 1), "in_progress"))
    done = recs.add_recommendation(db, SPECIALIST, info.id, recs.RecommendationFields(
        "Ввести электронную очередь", "Директор", date(2026, 8, 1), "done"))
    with pytest.raises(ValidationError, match="адресата"):
        recs.add_recommendation(db, SPECIALIST, info.id, recs.RecommendationFields("Проверить табло", " "))
    today = date(2026, 9, 1)
    rows = recs.recommendation_rows(db, READER, [late, done], today)
    assert (rows[late].overdue, rows[done].overdue, rows[done].done_on) == (True, False, date.today())
    assert recs.list_recommendation_ids(db, READER, recs.RecommendationFilter(overdue_only=True), today=today) == [late]
    assert recs.list_recommendation_ids(db, READER, recs.RecommendationFilter(search="электронн")) == [done]
    [row] = problem_rows(db, READER, [info.id], today).values()
    assert (row.recommendations, row.overdue) == (1, 1)
    recs.delete_recommendation(db, SPECIALIST, late)
    assert pr.get_problem(db, READER, info.id).recommendations[0].id == done


def test_problems_for_a_period_and_their_counts(db, point):
    q3 = Period.parse("2026Q3")
    # open during Q3, evidence both inside and before the quarter
    inside = add_records(db, 2, day=date(2026, 8, 10)) + add_records(db, 1, day=date(2026, 5, 10))
    a = pr.create_problem(db, SPECIALIST, _fields(point, title="Очередь в зале приёма"), inside)
    recs.add_recommendation(db, SPECIALIST, a.id, recs.RecommendationFields("Второе окно", "Отдел", date(2026, 8, 1)))
    recs.add_recommendation(db, SPECIALIST, a.id, recs.RecommendationFields("Электронная очередь", "Директор",
                                                                            None, "done"))
    # identified after the quarter and without evidence in it: not part of Q3
    pr.create_problem(db, SPECIALIST, _fields(point, title="Новая проблема октября", identified_on=date.today()))
    # another office's problem: in the region's view only
    with db.uow() as uow:
        uow.session.add(Problem(office_code="TC02", origin="TC02", title="Нет пандуса у входа",
                                identified_on=date(2026, 7, 1), severity="critical"))
        uow.commit()
    mine = pr.problems_for_period(db, READER, q3, "TC01", today=date(2026, 9, 1))
    assert [(p.title, p.evidence_total, p.evidence_in_period) for p in mine] == [("Очередь в зале приёма", 3, 2)]
    assert [(r.text, r.overdue) for r in mine[0].recommendations] == [("Второе окно", True),
                                                                      ("Электронная очередь", False)]
    assert (mine[0].journey_title, mine[0].touchpoint_title) == (point.journey_title, point.name)
    region = pr.problems_for_period(db, READER, q3, None)
    assert [p.office_code for p in region] == ["TC02", "TC01"]  # the critical one first
    assert pr.problem_counts(db, q3, "TC01") == {"problems": 1, "recommendations": 2, "recommendations_done": 1}
    assert pr.problem_counts(db, q3, None)["problems"] == 2
    assert pr.problem_counts(db, Period.parse("2025Q1"), None) == {"problems": 0, "recommendations": 0,
                                                                  "recommendations_done": 0}


def test_a_problem_closed_before_the_period_is_left_out_unless_evidence_falls_in_it(db, point):
    q3 = Period.parse("2026Q3")
    info = pr.create_problem(db, SPECIALIST, _fields(point, identified_on=date(2026, 1, 10), status="solved"))
    with db.uow() as uow:
        uow.session.get(Problem, info.id).closed_on = date(2026, 3, 1)
        uow.commit()
    assert pr.problems_for_period(db, READER, q3, None) == []
    pr.link_records(db, SPECIALIST, info.id, add_records(db, 1, day=date(2026, 9, 30)))
    assert [p.evidence_in_period for p in pr.problems_for_period(db, READER, q3, None)] == [1]
