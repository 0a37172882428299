"""Annual KPI targets (R12): drafts, approval only by a held working-group decision for that year, the
history of every target, office targets overriding the region's, and the status for the audit."""

from __future__ import annotations

from datetime import date

import pytest

from cxdesk.core.periods import Period
from cxdesk.services import kpi_catalogue, kpi_monitoring, kpi_targets, meetings
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.meetings import ItemFields, MeetingFields
from cxdesk.services.roles import Role
from tests.services.working_group_support import make_group

CX = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)
HEAD = Actor("head", "Ветров Андрей Борисович", Role.HEAD)
OPERATOR = Actor("op", "Зайцев Денис Валерьевич", Role.OPERATOR)


def _decision(db, year: int, held: bool = True) -> str:
    make_group(db, CX)
    detail = meetings.create_meeting(db, CX, MeetingFields(date(year, 1, 20), "10:00", "каб. 305"))
    item = meetings.save_item(db, CX, detail.id, ItemFields(
        f"Об утверждении целевых значений КПЭ на {year} год", decision=f"Утвердить целевые значения на {year} год.",
        decision_kind="kpi_targets", approves_targets_year=year))
    if held:
        meetings.set_status(db, CX, detail.id, "held")
    return item


@pytest.fixture
def drafts(db):
    codes = [i.code for i in kpi_catalogue.list_indicators(db)[:3]]
    for n, code in enumerate(codes):
        kpi_targets.set_target(db, CX, code, 2026, 80 + n)
    return codes


def test_targets_cannot_be_approved_without_a_decision(db, drafts):
    with pytest.raises(ValidationError, match="только решением рабочей группы") as error:
        kpi_targets.approve(db, HEAD, 2026, None)
    assert "остались проектами" in error.value.message
    status = kpi_targets.targets_status(db, 2026)
    assert (status.approved, status.drafts, status.decisions) == (0, 3, [])


def test_a_decision_of_another_year_or_of_a_planned_meeting_does_not_approve(db, drafts):
    other_year = _decision(db, 2025)
    with pytest.raises(ValidationError, match="не утверждает целевые значения этого года"):
        kpi_targets.approve(db, HEAD, 2026, other_year)
    assert kpi_targets.targets_status(db, 2026).approved == 0


def test_approval_by_a_decision_and_the_history_of_revisions(db, drafts):
    item = _decision(db, 2026)
    assert kpi_targets.approve(db, HEAD, 2026, item) == 3
    status = kpi_targets.targets_status(db, 2026)
    assert (status.approved, status.drafts) == (3, 0)
    assert status.decisions[0].endswith("протокол № 1 от 20.01.2026") and len(status.decisions) == 1
    target = kpi_targets.effective_targets(db, 2026, None)[drafts[0]]
    # changing an approved target makes it a draft again, until approved anew
    kpi_targets.set_target(db, CX, drafts[0], 2026, 85)
    assert kpi_targets.targets_status(db, 2026).drafts == 1
    history = kpi_targets.history(db, target.id)
    assert [(h.revision, h.value, h.status) for h in history] == [(1, 80, "draft"), (2, 80, "approved"),
                                                                   (3, 85, "draft")]
    assert "протокол № 1" in history[1].decision_ref
    with pytest.raises(ValidationError, match="удалить нельзя"):
        kpi_targets.remove_target(db, CX, kpi_targets.effective_targets(db, 2026, None)[drafts[1]].id)


def test_an_office_target_overrides_the_region_and_shows_on_the_dashboard(db, drafts):
    kpi_targets.set_target(db, CX, drafts[0], 2026, 95, office_code="TC01", note="Предложение центра")
    assert kpi_targets.effective_targets(db, 2026, None)[drafts[0]].value == 80
    assert kpi_targets.effective_targets(db, 2026, "TC01")[drafts[0]].value == 95
    values = {v.code: v for v in kpi_monitoring.indicator_values(db, OPERATOR, Period.parse("2026Q1"), "TC01")}
    assert (values[drafts[0]].target, values[drafts[0]].target_approved) == (95, False)
    assert values[drafts[0]].status == "none"  # no records: no value


def test_permissions(db, drafts):
    with pytest.raises(PermissionDenied):
        kpi_targets.set_target(db, OPERATOR, drafts[0], 2026, 70)
    item = _decision(db, 2026)
    with pytest.raises(PermissionDenied):
        kpi_targets.approve(db, OPERATOR, 2026, item)
    with pytest.raises(ValidationError, match="числом"):
        kpi_targets.set_target(db, CX, drafts[0], 2026, "много")
    assert kpi_targets.targets_status(db, 2026).drafts == 3
