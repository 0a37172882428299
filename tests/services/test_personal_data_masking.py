"""Applicants' names, addresses and contacts reach only roles with PERSONAL_DATA_READ: a role that
reads feedback without it sees them masked in the register, the record card and the exports."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pytest

from cxdesk.services import feedback, feedback_appeals, feedback_exports, roles
from cxdesk.services import feedback_register as reg
from cxdesk.services.actor import Actor
from cxdesk.services.roles import Action, Role

CX = Actor("cx", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
ANALYST = Actor("analyst", "Аналитикова Нина", Role.READER)


@pytest.fixture
def analyst_reads_feedback(monkeypatch):
    """A reader allowed to read feedback but not personal data (no default role is like that)."""
    table = dict(roles.PERMISSIONS)
    table[Role.READER] = table[Role.READER] | {Action.FEEDBACK_READ}
    monkeypatch.setattr(roles, "PERMISSIONS", table)


@pytest.fixture
def record(db):
    return feedback.create_record(db, CX, "book", {
        "kind": "complaint", "author": "Гончарова Елена", "address": "ул. Луговая, 4",
        "contacts": "8-912-111-22-33", "text": "Очередь.", "received_at": datetime(2026, 3, 2, 10)})


def test_every_role_that_reads_feedback_by_default_also_needs_personal_data():
    for role in Role:
        if roles.can(role, Action.FEEDBACK_READ):
            assert roles.can(role, Action.PERSONAL_DATA_READ), role


def test_a_role_without_personal_data_sees_them_masked(db, record, analyst_reads_feedback, tmp_path):
    row = reg.register_rows(db, ANALYST, [record.id])[record.id]
    assert row["author"] == "(скрыто)"
    card = feedback.get_record(db, ANALYST, record.id)
    assert "Гончарова" not in f"{card.author}{card.address}{card.contacts}"
    book = feedback_exports.book_register_rows(db, ANALYST, date(2026, 1, 1), date(2026, 12, 31))
    assert all("Гончарова" not in str(r) and "Луговая" not in str(r) for r in book)
    target = tmp_path / "реестр.csv"
    feedback_exports.export_view(db, ANALYST, reg.RegisterFilter(), target)
    exported = target.read_text(encoding="utf-8-sig")
    assert "Гончарова" not in exported and "Очередь" in exported
    assert next(csv.reader(exported.splitlines()[1:], delimiter=";"))


def test_the_deadline_banner_masks_the_applicant_too(db, analyst_reads_feedback):
    appeal = feedback.create_record(db, CX, "appeal", {
        "channel": "written", "author": "Гончарова Елена", "address": "ул. Луговая, 4",
        "text": "Не начислено пособие.", "received_on": date.today()})
    due = {a.id: a for a in feedback_appeals.due_appeals(db, ANALYST, date.today() + timedelta(days=60))}
    assert due[appeal.id].author == "(скрыто)"
    assert {a.id: a for a in feedback_appeals.due_appeals(db, CX, date.today() + timedelta(days=60))}[
        appeal.id].author == "Гончарова Елена"


def test_a_role_with_personal_data_sees_them(db, record):
    assert reg.register_rows(db, CX, [record.id])[record.id]["author"] == "Гончарова Елена"
    assert feedback.get_record(db, CX, record.id).address == "ул. Луговая, 4"
