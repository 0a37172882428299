"""The audit chain finds an edited, deleted or reordered row and names it."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from cxdesk.services import audit, users


@pytest.fixture
def busy_db(db, admin):
    for n in range(5):
        users.add_user(db, admin, f"user{n}", f"Сотрудник Номер {n}", "reader", f"Pass-{n}-2024")
    return db


def _sql(db, statement: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_untouched_chain_verifies(busy_db, admin):
    result = audit.verify(busy_db, admin)
    assert result.ok and result.rows >= 7


def test_edited_row_is_named(busy_db, admin):
    _sql(busy_db, "UPDATE audit_log SET details = '{\"login\": \"someone-else\"}' WHERE seq = 4")
    result = audit.verify(busy_db, admin)
    assert not result.ok
    assert any("Запись № 4" in p and "содержимое изменено" in p for p in result.problems)


def test_deleted_row_is_named(busy_db, admin):
    _sql(busy_db, "DELETE FROM audit_log WHERE seq = 3")
    problems = audit.verify(busy_db, admin).problems
    assert any("Запись № 3 удалена" in p for p in problems)


def test_deleted_tail_is_found(busy_db, admin):
    before = audit.verify(busy_db, admin).rows  # the verification itself adds no row
    _sql(busy_db, "DELETE FROM audit_log WHERE seq = :seq", seq=before)
    problems = audit.verify(busy_db, admin).problems
    assert any("в конце журнала" in p for p in problems)


def test_reordered_rows_are_found(busy_db, admin):
    with busy_db.engine.begin() as conn:
        columns = [c["name"] for c in inspect(conn).get_columns("audit_log") if c["name"] != "seq"]
        listed = ", ".join(f'"{c}"' for c in columns)
        a = conn.execute(text(f"SELECT {listed} FROM audit_log WHERE seq = 3")).one()
        b = conn.execute(text(f"SELECT {listed} FROM audit_log WHERE seq = 4")).one()
        assignments = ", ".join(f'"{c}" = :{c}' for c in columns)
        conn.execute(text(f"UPDATE audit_log SET {assignments} WHERE seq = 3"), dict(zip(columns, b, strict=True)))
        conn.execute(text(f"UPDATE audit_log SET {assignments} WHERE seq = 4"), dict(zip(columns, a, strict=True)))
    problems = audit.verify(busy_db, admin).problems
    assert any("Запись № 3" in p for p in problems)
