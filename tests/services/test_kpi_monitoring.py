"""KPI monitoring on a small hand-made register: every formula kind against a hand calculation, an
edited formula changing the value with no code change, the cache following record changes, offices
and audiences apart, group indices, trends, and drill-down to exactly the records counted."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from cxdesk.core.periods import Period
from cxdesk.services import kpi_catalogue, kpi_denominators
from cxdesk.services import kpi_monitoring as km
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied
from cxdesk.services.kpi_catalogue import IndicatorData
from cxdesk.services.roles import Role
from cxdesk.store.feedback import FeedbackRecord
from cxdesk.store.feedback_bulk import insert_records
from cxdesk.store.kpi import KpiCacheMonth
from tests import backends

CX = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
READER = Actor("petrov", "Петров Пётр Петрович", Role.READER)
Q2 = Period.parse("2026Q2")
APRIL, MAY = Period.parse("2026-04"), Period.parse("2026-05")


def _survey(office, day, answers, audience="citizen", weight=1):
    return {"office_code": office, "source": "survey", "received_on": day, "audience": audience,
            "status": "accepted", "ratings": json.dumps(answers, ensure_ascii=False), "weight": weight}


def _book(office, day, kind):
    return {"office_code": office, "source": "book", "received_on": day, "kind": kind, "status": "new",
            "text": "запись книги"}


def _appeal(office, day, due, answered=None):
    return {"office_code": office, "source": "appeal", "received_on": day, "registered_on": day,
            "answer_due": due, "answer_on": answered, "status": "closed" if answered else "registered"}


ROWS = [
    # TC01, April: q1 5 4 3 2; effort q5 5 4 2 (one unanswered); NPS q13 10 9 6 7; q4 two answers
    _survey("TC01", date(2026, 4, 3), {"q1": 5, "q5": 5, "q13": 10, "q4": "Да, полностью"}),
    _survey("TC01", date(2026, 4, 9), {"q1": 4, "q5": 4, "q13": 9, "q4": "Частично"}),
    _survey("TC01", date(2026, 4, 15), {"q1": 3, "q5": 2, "q13": 6}),
    _survey("TC01", date(2026, 4, 28), {"q1": 2, "q13": 7}),
    # TC01, May: q1 5 1; NPS 3 10
    _survey("TC01", date(2026, 5, 6), {"q1": 5, "q13": 3}),
    _survey("TC01", date(2026, 5, 20), {"q1": 1, "q13": 10}),
    # TC02, April: one row standing for three respondents
    _survey("TC02", date(2026, 4, 11), {"q1": 4, "q13": 9}, weight=3),
    # an employer and a record outside the quarter, neither counted for citizens in Q2
    _survey("TC01", date(2026, 4, 12), {"e1": 5, "q1": 1}, audience="employer"),
    _survey("TC01", date(2026, 7, 1), {"q1": 1, "q13": 0}),
    # complaints book: TC01 two complaints and a gratitude in April, a complaint in May; TC02 one complaint
    _book("TC01", date(2026, 4, 2), "complaint"), _book("TC01", date(2026, 4, 20), "complaint"),
    _book("TC01", date(2026, 4, 21), "gratitude"), _book("TC01", date(2026, 5, 2), "complaint"),
    _book("TC02", date(2026, 4, 8), "complaint"),
    # appeals: on time; late; unanswered and overdue; not yet due (left out)
    _appeal("TC01", date(2026, 4, 1), date(2026, 4, 30), date(2026, 4, 20)),
    _appeal("TC01", date(2026, 4, 5), date(2026, 5, 5), date(2026, 5, 10)),
    _appeal("TC01", date(2026, 4, 10), date(2026, 5, 12)),
    _appeal("TC01", date(2026, 5, 25), date(2999, 1, 1)),
]

INDICATORS = {
    "t_share": ("share", {"source": "survey", "field": "q1", "low": 4, "high": 5}, "citizen", "%"),
    "t_mean": ("mean", {"source": "survey", "field": "q1"}, "citizen", "балл"),
    "t_nps": ("nps", {"source": "survey", "field": "q13"}, "citizen", "п."),
    "t_effort": ("effort", {"source": "survey", "field": "q5"}, "citizen", "%"),
    "t_options": ("share", {"source": "survey", "field": "q4", "options": ["Да, полностью"]}, "citizen", "%"),
    "t_ratio": ("ratio", {"source": "book", "record_kind": "complaint", "denominator": "visits", "per": 1000},
                "all", "на 1 000"),
    "t_on_time": ("on_time", {"source": "appeal"}, "all", "%"),
    "t_employer": ("share", {"source": "survey", "field": "e1", "low": 4, "high": 5}, "employer", "%"),
}


def _data(code, group="а", **changes) -> IndicatorData:
    kind, params, audience, unit = INDICATORS[code]
    fields = dict(code=code, name=f"Проверочный показатель {code}", group=group, audience=audience, kind=kind,
                  params=params, unit=unit, green=80, red=70)
    if kind == "ratio":
        fields.update(direction="lower", green=1, red=3)
    fields.update(changes)
    return IndicatorData(**fields)


def build_register(db):
    """The hand-made rows, the hand-made indicators instead of the default catalogue, TC01's visits."""
    with db.uow() as uow:
        insert_records(uow.session, ROWS, [""] * len(ROWS), origin_from="office_code")
        uow.commit()
    kpi_catalogue.ensure_catalogue(db)
    for code in kpi_catalogue.list_indicators(db):  # only the hand-made indicators take part here
        kpi_catalogue.set_archived(db, CX, code.code, True)
    for n, code in enumerate(INDICATORS):
        kpi_catalogue.save_indicator(db, CX, _data(code, group="абвгд"[n % 5]))
    kpi_denominators.save(db, CX, [kpi_denominators.DenominatorValue("TC01", "2026-04", "visits", 1000),
                                   kpi_denominators.DenominatorValue("TC01", "2026-05", "visits", 500)])
    return db


@pytest.fixture
def register(db):
    return build_register(db)


def _values(db, period=Q2, office=None, audience=None) -> dict[str, km.IndicatorValue]:
    return {v.code: v for v in km.indicator_values(db, READER, period, office, audience)}


def test_every_formula_kind_against_a_hand_calculation(register):
    v = _values(register)
    # share of 4–5: (2 of 4) + (1 of 2) + (3 of 3 weighted) = 6 of 9
    assert (v["t_share"].value, v["t_share"].records) == (pytest.approx(100 * 6 / 9), 7)
    assert v["t_mean"].value == pytest.approx((5 + 4 + 3 + 2 + 5 + 1 + 4 * 3) / 9)
    # promoters 10 9 10 + 3×9 = 6, detractors 6 3 = 2, of 9
    assert v["t_nps"].value == pytest.approx(100 * (6 - 2) / 9)
    assert (v["t_effort"].value, v["t_effort"].records) == (pytest.approx(100 * 2 / 3), 3)
    assert (v["t_options"].value, v["t_options"].records) == (pytest.approx(50.0), 2)
    # 3 complaints of TC01 over 1,500 visits; TC02 entered no visits, so its complaint is not counted
    assert (v["t_ratio"].value, v["t_ratio"].records) == (pytest.approx(2.0), 3)
    # one answered in time of three answered or overdue; the appeal not yet due is left out
    assert (v["t_on_time"].value, v["t_on_time"].records) == (pytest.approx(100 / 3), 3)
    assert (v["t_employer"].value, v["t_employer"].records) == (pytest.approx(100.0), 1)


def test_offices_months_and_audiences_apart(register):
    tc01 = _values(register, office="TC01")
    assert tc01["t_share"].value == pytest.approx(50.0)  # 3 of 6
    assert _values(register, office="TC02")["t_share"].value == pytest.approx(100.0)
    assert _values(register, office="TC02")["t_ratio"].value is None  # no denominator entered
    assert _values(register, APRIL, "TC01")["t_ratio"].value == pytest.approx(2.0)  # 2 per 1,000
    assert _values(register, MAY, "TC01")["t_ratio"].value == pytest.approx(2.0)  # 1 per 500
    citizens = _values(register, audience="citizen")
    assert "t_employer" not in citizens and citizens["t_on_time"].records == 3
    assert _values(register, audience="employer")["t_on_time"].value is None  # appeals are citizens'
    assert km.trend(register, READER, "t_share", [APRIL, MAY, Period.parse("2026-06")], "TC01") == [
        (APRIL, pytest.approx(50.0)), (MAY, pytest.approx(50.0)), (Period.parse("2026-06"), None)]
    compared = {o.office_code: o for o in km.office_values(register, READER, Q2)["t_share"]}
    assert compared["TC01"].value == pytest.approx(50.0) and compared["TC02"].records == 1


def test_an_edited_formula_changes_the_value_with_no_code_change(register):
    assert _values(register)["t_share"].value == pytest.approx(100 * 6 / 9)
    info = kpi_catalogue.get_indicator(register, "t_share")
    kpi_catalogue.save_indicator(register, CX, _data("t_share", params={"source": "survey", "field": "q1",
                                                                        "low": 5, "high": 5}), info.id)
    assert _values(register)["t_share"].value == pytest.approx(100 * 2 / 9)  # only the two fives
    kpi_catalogue.save_indicator(register, CX, _data("t_share", kind="mean", unit="балл"), info.id)
    assert _values(register)["t_share"].value == pytest.approx(32 / 9)


def test_the_cache_is_used_and_follows_changed_records(register):
    assert _values(register, office="TC01")["t_share"].value == pytest.approx(50.0)
    with register.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(KpiCacheMonth)) > 0
        record = uow.session.scalar(select(FeedbackRecord).where(FeedbackRecord.received_on == date(2026, 4, 28)))
        record.ratings = json.dumps({"q1": 5, "q13": 7})  # 2 → 5
        uow.commit()
    assert _values(register, office="TC01")["t_share"].value == pytest.approx(100 * 4 / 6)
    with register.uow() as uow:  # moved to another quarter: the old month is recomputed too
        record = uow.session.scalar(select(FeedbackRecord).where(FeedbackRecord.received_on == date(2026, 4, 28)))
        record.received_on = date(2026, 7, 2)
        uow.commit()
    assert _values(register, office="TC01")["t_share"].records == 5
    with register.uow() as uow:  # a tombstone leaves the value as well
        record = uow.session.scalar(select(FeedbackRecord).where(FeedbackRecord.received_on == date(2026, 5, 20)))
        record.deleted = True
        uow.commit()
    assert _values(register, office="TC01")["t_share"].value == pytest.approx(100 * 3 / 4)


@pytest.mark.parametrize("code", list(INDICATORS))
@pytest.mark.parametrize("office", [None, "TC01", "TC02"])
def test_drill_down_returns_exactly_the_records_counted(register, code, office):
    value = _values(register, office=office)[code]
    scope = km.drilldown_scope(register, code, Q2, office)
    with register.uow() as uow:
        ids = set(uow.session.scalars(scope.clause()))
        rows = list(uow.session.execute(select(FeedbackRecord.office_code, FeedbackRecord.received_on,
                                               FeedbackRecord.weight).where(FeedbackRecord.id.in_(ids))))
    assert len(ids) == value.records
    assert all(Q2.contains(r.received_on) and (office is None or r.office_code == office) for r in rows)
    if INDICATORS[code][0] not in ("ratio", "on_time"):  # answers: the weighted count is the denominator
        assert sum(r.weight for r in rows) == pytest.approx(value.denominator or 0)
    assert "Проверочный показатель" in scope.note


def test_drill_down_of_the_ratio_leaves_out_offices_without_a_denominator(register):
    scope = km.drilldown_scope(register, "t_ratio", Q2, None)
    with register.uow() as uow:
        offices = list(uow.session.scalars(select(FeedbackRecord.office_code)
                                           .where(FeedbackRecord.id.in_(scope.clause()))))
    assert sorted(offices) == ["TC01", "TC01", "TC01"]


def test_group_indices_per_audience(register):
    indices = {(g.audience, g.group): g.index for g in km.group_indices(register, READER, Q2, None)}
    v = _values(register, audience="citizen")
    # group а holds t_share (citizens) and t_ratio (all) on this register (group = n % 5)
    share_score = v["t_share"].value  # a share is its own 0–100 score
    ratio_score = 100 - v["t_ratio"].value  # lower is better on the default 0–100 scale
    assert indices[("citizen", "а")] == pytest.approx((share_score + ratio_score) / 2)
    known = [indices[("citizen", g)] for g in "абвгд" if indices[("citizen", g)] is not None]
    assert indices[("citizen", "all")] == pytest.approx(sum(known) / len(known))
    assert indices[("employer", "д")] is None or indices[("employer", "д")] >= 0


def test_writing_needs_permission_and_reading_does_not(register):
    with pytest.raises(PermissionDenied):
        kpi_catalogue.save_indicator(register, READER, _data("t_share"))
    with pytest.raises(PermissionDenied):
        kpi_denominators.save(register, READER, [kpi_denominators.DenominatorValue("TC01", "2026-06", "visits", 1)])
    assert _values(register)["t_share"].records == 7


@backends.sqlite_only  # SQLite's batch table rebuilds drop triggers; PostgreSQL keeps them (one trigger function)
def test_lost_change_triggers_are_recreated_and_the_cache_emptied(register):
    """A batch migration that rebuilds feedback_record drops its triggers; the cache must not go stale."""
    from sqlalchemy import text

    assert _values(register, office="TC01")["t_share"].value == pytest.approx(50.0)
    with register.uow() as uow:
        uow.session.execute(text("DROP TRIGGER kpi_feedback_update"))
        record = uow.session.scalar(select(FeedbackRecord).where(FeedbackRecord.received_on == date(2026, 4, 28)))
        record.ratings = json.dumps({"q1": 5})
        uow.commit()
    assert _values(register, office="TC01")["t_share"].value == pytest.approx(100 * 4 / 6)
    with register.uow() as uow:
        names = set(uow.session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert "kpi_feedback_update" in names
