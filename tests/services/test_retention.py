"""152-ФЗ retention: periods as data, anonymisation of expired personal data, the surname's bytes
gone from the database and WAL files, the destruction act with the audit extract."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from cxdesk.services import audit, retention
from cxdesk.services import feedback as fb
from cxdesk.services.actor import Actor
from cxdesk.services.errors import PermissionDenied, ValidationError
from cxdesk.services.roles import Role
from tests import backends

SURNAME = "Шереметьева"
TODAY = date(2026, 11, 27)


@pytest.fixture
def cx() -> Actor:
    return Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)


def _book(db, cx, received: date, author: str, address: str, text: str):
    return fb.create_record(db, cx, "book", {
        "kind": "complaint", "author": author, "address": address, "contacts": "+7 912 345-67-89",
        "text": text, "received_at": datetime(received.year, received.month, received.day, 10),
    })


@pytest.fixture
def records(db, cx):
    old = _book(db, cx, date(2020, 3, 2), f"{SURNAME} Алла Игоревна", "г. Заречный, ул. Мира, д. 5, кв. 12",
                f"Я, {SURNAME} А.И., жалуюсь. Шереметьеву не перезвонили на 8-912-345-67-89, пишите alla@mail.ru.")
    recent = _book(db, cx, date(2025, 6, 2), "Кузнецов Илья Петрович", "г. Заречный, ул. Садовая, д. 1",
                   "Спасибо за помощь.")
    return old, recent


def test_the_periods_are_data_the_administrator_edits(db, admin):
    rules = {r.record_type: r for r in retention.list_rules(db, admin)}
    assert rules["feedback:appeal"].months == 60 and "Росархива" in rules["feedback:appeal"].basis
    assert set(rules) == {f"feedback:{s}" for s in ("book", "appeal", "open", "survey", "metric")}
    changed = retention.set_rule(db, admin, "feedback:open", 24, "Локальный акт № 7")
    assert (changed.months, changed.basis) == (24, "Локальный акт № 7")
    with pytest.raises(ValidationError, match="от 1 до 1200"):
        retention.set_rule(db, admin, "feedback:open", 0, "")
    assert audit.recent(db, admin, 1)[0].action == "retention.rule"


def test_only_the_administrator_runs_retention(db, cx):
    with pytest.raises(PermissionDenied):
        retention.run(db, cx, TODAY, dry_run=True)


def test_a_dry_run_names_the_expired_records_and_changes_nothing(db, admin, records, cx):
    old, recent = records
    found = retention.run(db, admin, TODAY, dry_run=True)
    assert [r.id for r in found.records] == [old.id]
    assert found.records[0].expired_on == date(2025, 3, 2)
    assert found.by_type == {"Книга жалоб и предложений": 1}
    assert fb.get_record(db, cx, old.id).author.startswith(SURNAME)
    assert retention.list_acts(db, admin) == []


def test_expired_personal_data_is_anonymised(db, admin, records, cx):
    old, recent = records
    result = retention.run(db, admin, TODAY)
    assert result.total == 1 and result.act_id is not None and result.cleaned
    after = fb.get_record(db, cx, old.id)
    assert (after.author, after.address, after.contacts) == ("", "", "")
    assert SURNAME not in after.text and "[ФИО]" in after.text
    assert "[телефон]" in after.text and "[e-mail]" in after.text and "жалуюсь" in after.text
    assert fb.get_record(db, cx, recent.id).author == "Кузнецов Илья Петрович", "unexpired data stays"
    assert retention.list_acts(db, admin)[0].cleaned


@backends.sqlite_only
def test_expired_personal_data_bytes_are_gone_from_the_files(db, admin, records):
    result = retention.run(db, admin, TODAY)
    assert result.total == 1 and result.cleaned
    db.close()
    for path in (db.path, db.path.with_name(db.path.name + "-wal")):
        data = path.read_bytes() if path.exists() else b""
        for needle in (SURNAME, SURNAME.lower(), "Шереметьеву", "alla@mail.ru", "ул. Мира"):
            assert needle.encode() not in data, f"{needle} is still in {path.name}"
    assert b"\xd0\x9a\xd1\x83\xd0\xb7\xd0\xbd\xd0\xb5\xd1\x86\xd0\xbe\xd0\xb2" in db.path.read_bytes()  # Кузнецов
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_second_run_finds_nothing_more(db, admin, records):
    retention.run(db, admin, TODAY)
    again = retention.run(db, admin, TODAY)
    assert again.total == 0 and again.act_id is None


def test_the_destruction_act_lists_the_records_and_the_audit_extract(db, admin, records, tmp_path):
    old, _recent = records
    result = retention.run(db, admin, TODAY)
    pdf = retention.print_act(db, admin, result.act_id, tmp_path / "act.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert f"Акт № {result.act_id}" in text and "уничтожении" in text
    assert old.number in text and "02.03.2020" in text and "02.03.2025" in text
    assert "retention.anonymise" in text and "Выписка из журнала аудита" in text
    assert SURNAME not in text, "the act does not keep the data it certifies as destroyed"
    flat = " ".join(text.split())
    assert ("secure_delete" in flat) == db.is_sqlite and ("VACUUM FULL" in flat) != db.is_sqlite, \
        "the act names how the freed space was wiped on this engine"
    assert audit.recent(db, admin, 1)[0].action == "retention.act.print"


def test_months_are_added_like_a_calendar():
    assert retention.add_months(date(2020, 2, 29), 12) == date(2021, 2, 28)
    assert retention.add_months(date(2026, 11, 27), -60) == date(2021, 11, 27)


@backends.sqlite_only
def test_a_file_held_open_elsewhere_is_cleaned_by_the_next_run(db, admin, records):
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM feedback_record").fetchone()  # another workstation reading
    result = retention.run(db, admin, TODAY)
    assert result.total == 1 and not result.cleaned
    assert not retention.list_acts(db, admin)[0].cleaned
    reader.rollback()
    reader.close()
    again = retention.run(db, admin, TODAY)
    assert again.total == 0 and again.cleaned
    assert retention.list_acts(db, admin)[0].cleaned
    assert SURNAME.encode() not in db.path.read_bytes()
