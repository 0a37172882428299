"""Moving an office's SQLite file to a PostgreSQL server (``cxdesk transfer``): the same records, searches,
KPI values, audit chain and numbering on the server; a used server database is refused untouched. The
copying tests need a server (CXDESK_TEST_DATABASE_URL); the refusal of a file target runs everywhere."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxdesk.core.periods import Period
from cxdesk.services import audit, exchange, offices, transfer
from cxdesk.services import feedback as fb
from cxdesk.services import feedback_surveys as surveys
from cxdesk.services import kpi_monitoring as km
from cxdesk.services.actor import Actor
from cxdesk.services.errors import ServiceError, ValidationError
from cxdesk.services.feedback_register import RegisterFilter, register_ids
from cxdesk.services.roles import Role
from cxdesk.store.database import Database, open_database
from tests import backends

CX = Actor("cx.petrova", "Петрова Ольга Ивановна", Role.CX_SPECIALIST)
ADMIN = Actor.command_line()
YEAR = Period.parse("2025")


@pytest.fixture
def office_file(tmp_path):
    """A set-up office database file with records of every kind and its exchange keys."""
    path = tmp_path / "office" / "tc01.db"
    path.parent.mkdir()
    db = open_database(path)
    offices.initialize(db, office_code="TC01", office_name="ТЦЗН по г. Заречный", kind="tczn",
                       region="Энская область", admin_login="admin",
                       admin_full_name="Соколова Анна Викторовна", admin_password="Admin-2024")
    fb.create_record(db, CX, "book", {"kind": "complaint", "author": "Сидорова Анна",
                                      "text": "Простояла в очереди полтора часа, сотрудница нагрубила.",
                                      "received_at": datetime(2025, 3, 3, 10)})
    fb.create_record(db, CX, "appeal", {"channel": "pos", "author": "Фёдоров Пётр",
                                        "text": "Не начислили пособие по безработице за февраль.",
                                        "received_on": date(2025, 3, 4)})
    for day, score in ((3, 5), (4, 2), (5, 4)):
        surveys.enter_response(db, CX, "ref-employer", {"e1": score, "e2": 4, "e10": 9, "e11": "Спасибо"},
                               received_on=date(2025, 4, day))
    exchange.export_public_key(db, ADMIN, path.with_suffix(".pub"))  # makes the key file
    db.close()
    return path


@pytest.fixture
def server(tmp_path):
    if not backends.on_server():
        pytest.skip(f"no PostgreSQL server ({backends.URL_ENV} is not set)")
    location = backends.location(tmp_path / "server", "region.db")
    yield location
    backends.drop(location)


def _facts(db: Database) -> dict:
    search = register_ids(db, CX, RegisterFilter(search="очередь"))
    everything = register_ids(db, CX, RegisterFilter())
    values = {(v.code, v.audience): v.value for v in km.indicator_values(db, CX, YEAR, None)}
    return {"search": search, "all": everything, "kpi": values, "audit": audit.verify(db, ADMIN).ok}


def test_a_file_moves_to_the_server_with_everything_the_office_sees(office_file, server):
    source = Database(office_file)
    before = _facts(source)
    source.close()

    result = transfer.copy_to_server(office_file, server)

    assert result.rows > 0 and result.key_file == server.key_file() and server.key_file().exists()
    moved = Database(server)
    try:
        source = Database(office_file)
        file_counts = {t: n for t, n in backends.row_counts(source).items() if "_fts_" not in t}  # FTS5 shadows
        source.close()
        assert backends.row_counts(moved) | {t: 0 for t in transfer.CACHE_TABLES} == \
            file_counts | {t: 0 for t in transfer.CACHE_TABLES}
        after = _facts(moved)
        assert after == before and len(after["search"]) == 1 and any(v is not None for v in after["kpi"].values())
        assert moved.office_code == "TC01"
        # numbering continues on the server: the next book entry and change-log row follow the copied ones
        entry = fb.create_record(moved, CX, "book", {"kind": "gratitude", "text": "Спасибо за помощь",
                                                     "received_at": datetime(2025, 5, 5, 9)})
        assert entry.number.endswith("-2")
        assert exchange.own_keys(moved, ADMIN).office_code == "TC01"  # the copied key file is the node's
    finally:
        moved.close()


def test_a_used_server_database_is_refused_and_left_as_it_was(office_file, server):
    transfer.copy_to_server(office_file, server)
    moved = Database(server)
    before = backends.dump(moved)
    with pytest.raises(ServiceError, match="уже содержит данные"):
        transfer.copy_to_server(office_file, server)
    assert backends.dump(moved) == before
    moved.close()


def test_a_file_is_not_a_transfer_target(office_file, tmp_path):
    with pytest.raises(ValidationError, match="сервер PostgreSQL"):
        transfer.copy_to_server(office_file, tmp_path / "other.db")
    assert not (tmp_path / "other.db").exists()
