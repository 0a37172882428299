"""Improvement initiatives move through their lifecycle with a history; legal-act proposals."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cxdesk.core import meetings_lifecycle as life
from cxdesk.services import initiatives, problems, staff
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.initiatives import InitiativeFields, ProposalFields
from cxdesk.services.roles import Role
from cxdesk.services.staff import StaffFields

CX = Actor("cx", "Орлова Мария Петровна", Role.CX_SPECIALIST)


def test_an_initiative_moves_through_its_lifecycle_with_history(db):
    owner = staff.add_member(db, CX, StaffFields("Орлова Мария Петровна", "Специалист по КО"))
    problem = problems.create_problem(db, CX, problems.ProblemFields("Долгое ожидание приёма"))
    fields = InitiativeFields(
        "Электронная запись на приём", "optimisation", owner_staff_id=owner.id, due_on=date(2026, 6, 30),
        pilot_offices=("TC01", "TC02"), problem_ids=("8a1e0f0e-0000-4000-8000-000000000001",),
        kpi_codes=("minimum_effort_wait",), baseline_period="2025-Q4", result_period="2026-Q3")
    with pytest.raises(ValidationError, match="не найдена"):  # a problem that does not exist
        initiatives.save_initiative(db, CX, fields)
    item = initiatives.save_initiative(db, CX, replace(fields, problem_ids=(problem.id,)))
    assert [i.id for i in initiatives.initiatives_for_problem(db, problem.id)] == [item]
    with pytest.raises(ValidationError, match="только"):
        initiatives.move(db, CX, item, life.PILOT)
    for stage in (life.DESIGN, life.DEVELOPMENT, life.PILOT):
        initiatives.move(db, CX, item, stage, on=date(2026, 2, 1))
    with pytest.raises(ValidationError, match="причину"):
        initiatives.move(db, CX, item, life.REJECTED)
    done = initiatives.move(db, CX, item, life.IMPLEMENTED, "Пилот успешен", on=date(2026, 5, 20))
    assert done.stage == life.IMPLEMENTED and done.finished_on == date(2026, 5, 20)
    assert [(h.from_stage, h.to_stage) for h in done.history] == [
        ("", "idea"), ("idea", "design"), ("design", "development"), ("development", "pilot"),
        ("pilot", "implemented")]
    assert done.history[-1].comment == "Пилот успешен" and done.owner == "Орлова Мария Петровна"
    assert done.fields.pilot_offices == ("TC01", "TC02") and done.fields.kpi_codes == ("minimum_effort_wait",)
    assert initiatives.board_counts(db)["implemented"] == 1


def test_filters_and_overdue(db):
    late = initiatives.save_initiative(db, CX, InitiativeFields("Навигация в зале приёма", "innovation",
                                                                due_on=date(2026, 1, 31)))
    initiatives.save_initiative(db, CX, InitiativeFields("Мониторинг отзывов в соцсетях", "monitoring"))
    assert [i.id for i in initiatives.list_initiatives(db, overdue_only=True, today=date(2026, 3, 1))] == [late]
    assert len(initiatives.list_initiatives(db, kind="monitoring")) == 1
    assert len(initiatives.list_initiatives(db, search="Навигация")) == 1
    with pytest.raises(PermissionDenied):
        initiatives.save_initiative(db, Actor("r", "Читатель", Role.READER), InitiativeFields("Мера мера", "innovation"))


def test_legal_act_proposal_register(db):
    proposal = ProposalFields("Постановление Правительства области от 10.02.2023 № 55-п", "regional",
                              "Сократить перечень документов", "Жалобы заявителей", status="sent")
    with pytest.raises(ValidationError, match="куда и когда"):
        initiatives.save_proposal(db, CX, proposal)
    from dataclasses import replace

    pid = initiatives.save_proposal(db, CX, replace(proposal, sent_to="Министерство труда области",
                                                    sent_on=date(2026, 3, 1)))
    row = initiatives.list_proposals(db)[0]
    assert row.id == pid and row.status_title == "Направлено" and row.level_title == "Региональный"
    initiatives.remove_proposal(db, CX, pid)
    assert initiatives.list_proposals(db) == []
