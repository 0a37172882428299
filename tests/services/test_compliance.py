"""The compliance self-audit evaluated from a real database: statuses flip when the data changes."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.core.compliance import MET, NO_DATA, NOT_MET, SOURCES
from cxdesk.services import compliance, events, meetings, profiles, quarterly_reports
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ValidationError
from cxdesk.services.events import EventData
from cxdesk.services.meetings import MeetingFields
from cxdesk.services.profiles import ProfileData
from cxdesk.services.roles import Role
from cxdesk.store.feedback import FeedbackRecord
from tests.services.working_group_support import make_group

QUARTER = "2026Q1"
AFTER = date(2026, 5, 20)  # the quarter has ended


@pytest.fixture
def cx() -> Actor:
    return Actor("orlova", "Орлова Мария Петровна", Role.CX_SPECIALIST)


def status(db, actor, rid: str, period: str = QUARTER, today: date = AFTER) -> str:
    return compliance.evaluate(db, actor, period, today=today).check(rid).status


def add_records(db, sources, day: date = date(2026, 2, 10)) -> None:
    with db.uow() as uow:
        for source in sources:
            uow.session.add(FeedbackRecord(office_code="TC01", source=source, received_on=day, status="new",
                                           text="Долго ждали приёма"))
        uow.commit()


def test_every_requirement_is_evaluated_with_evidence_and_a_screen(db, admin):
    result = compliance.evaluate(db, admin, QUARTER, today=AFTER)
    assert [c.id for c in result.checks] == [f"R{n}" for n in range(1, 19)]
    for item in result.as_list():
        assert item["status"] in (MET, NOT_MET, NO_DATA)
        assert item["summary"] and item["area"]
    assert result.scope.code == "TC01"  # a ТЦЗН checks itself by default
    assert "не получены" in result.check("R13").summary  # no exchange bundle from the УЦЗН yet


def test_profiles_minimum_flips_with_the_tenth_profile(db, admin, cx):
    ids = profiles.list_profile_ids(db, cx)
    for profile_id in ids[: len(ids) - 9]:  # leave nine active profiles
        profiles.set_archived(db, cx, profile_id, True)
    check = compliance.evaluate(db, admin, QUARTER, today=AFTER).check("R1")
    assert check.status == NOT_MET and check.evidence == {"count": 9, "minimum": 10}
    profiles.create_profile(db, cx, ProfileData(name="Участники СВО и члены их семей"))
    check = compliance.evaluate(db, admin, QUARTER, today=AFTER).check("R1")
    assert check.status == MET and check.evidence["count"] == 10


def test_five_sources_are_needed_and_the_missing_one_is_named(db, admin):
    assert status(db, admin, "R3") == NOT_MET
    add_records(db, SOURCES[:4])
    check = compliance.evaluate(db, admin, QUARTER, today=AFTER).check("R3")
    assert check.status == NOT_MET and "метрики удовлетворённости" in check.summary
    add_records(db, ["metric"], date(2026, 3, 31))
    assert status(db, admin, "R3") == MET
    add_records(db, SOURCES, date(2026, 4, 1))  # next quarter's records do not count for this one
    assert compliance.evaluate(db, admin, QUARTER, today=AFTER).check("R3").evidence["records"]["book"] == 1


def test_a_meeting_in_the_missing_month_makes_the_monthly_check_met(db, admin, cx):
    make_group(db, cx)
    for day in (date(2026, 1, 20), date(2026, 3, 18)):
        meeting = meetings.create_meeting(db, cx, MeetingFields(day))
        meetings.set_status(db, cx, meeting.id, "held")
    check = compliance.evaluate(db, admin, QUARTER, today=AFTER).check("R15")
    assert check.status == NOT_MET and "февраль 2026" in check.summary
    meeting = meetings.create_meeting(db, cx, MeetingFields(date(2026, 2, 17)))
    assert status(db, admin, "R15") == NOT_MET  # planned is not held
    meetings.set_status(db, cx, meeting.id, "held")
    assert status(db, admin, "R15") == MET
    assert status(db, admin, "R14") == NOT_MET  # no regulation and roadmap stored yet


def test_no_month_ended_yet_is_no_data(db, admin, cx):
    make_group(db, cx)
    assert status(db, admin, "R15", "2026Q2", today=date(2026, 4, 10)) == NO_DATA


def test_publishing_last_quarters_report_meets_r5(db, admin, cx):
    assert status(db, admin, "R5", "2026Q2") == NOT_MET
    row = quarterly_reports.generate(db, cx, QUARTER)
    assert status(db, admin, "R5", "2026Q2") == NOT_MET  # a draft is not enough
    quarterly_reports.publish(db, cx, row.id)
    check = compliance.evaluate(db, admin, "2026Q2", today=AFTER).check("R5")
    assert check.status == MET and check.evidence["period"] == QUARTER and check.evidence["edition"] == 1


def test_an_event_in_the_quarter_meets_r16(db, admin, cx):
    assert status(db, admin, "R16") == NOT_MET
    events.create_event(db, cx, EventData("Деловая игра «Клиентский путь»", "business_game", "offline",
                                          date(2026, 3, 5)))
    assert status(db, admin, "R16") == MET
    assert status(db, admin, "R16", "2026Q2") == NOT_MET


def test_targets_cannot_be_met_without_a_decision(db, admin):
    check = compliance.evaluate(db, admin, QUARTER, today=AFTER).check("R12")
    assert check.status != MET


def test_every_role_may_run_the_self_audit(db):
    reader = Actor("petrov", "Петров Пётр Петрович", Role.READER)
    assert len(compliance.evaluate(db, reader, QUARTER, today=AFTER).checks) == 18


def test_an_unknown_office_or_a_region_at_a_territorial_centre_is_refused(db, admin):
    with pytest.raises(ValidationError, match="не найден"):
        compliance.evaluate(db, admin, QUARTER, "TC77")
    with pytest.raises(ValidationError, match="только в базе УЦЗН"):
        compliance.evaluate(db, admin, QUARTER, "REGION")


def test_region_scope_names_offices_short_of_sources(db, admin):
    from cxdesk.services import offices
    from cxdesk.store.models import Office

    with db.uow() as uow:  # this database becomes the region's managing centre
        uow.session.query(Office).filter(Office.code == "TC01").one().kind = "uczn"
        uow.commit()
    offices.add_office(db, admin, code="TC02", name="ТЦЗН по Лесному району", kind="tczn", region="Энская область")
    add_records(db, SOURCES)
    with db.uow() as uow:
        uow.session.add(FeedbackRecord(office_code="TC02", source="book", received_on=date(2026, 1, 9),
                                       status="new", text="Спасибо"))
        uow.commit()
    check = compliance.evaluate(db, admin, QUARTER, "REGION", today=AFTER).check("R3")
    assert check.status == MET  # the region as a whole has all five
    assert check.evidence["offices_short"] == {"TC02": ["обращения граждан и работодателей", "открытые источники",
                                                        "опросы", "метрики удовлетворённости"]}
