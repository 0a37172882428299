"""Shared fixtures: a migrated template database made once per session, copied per test (a SQLite file,
or a PostgreSQL database when CXDESK_TEST_DATABASE_URL is set, see tests/backends.py)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from cxdesk.services import auth, offices  # noqa: E402
from cxdesk.services.actor import Actor  # noqa: E402
from cxdesk.store.database import Database, open_database  # noqa: E402
from cxdesk.store.location import Location  # noqa: E402
from tests import backends, network_guard  # noqa: E402

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "Admin-2024"


@pytest.fixture(scope="session", autouse=True)
def _offline():
    """Any connection to a non-local address fails loudly (see tests/network_guard.py)."""
    network_guard.install()
    yield
    network_guard.uninstall()


@pytest.fixture(scope="session")
def _template_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("templates")


@pytest.fixture(scope="session")
def empty_template(_template_dir) -> Location:
    location = backends.location(_template_dir, "empty.db")
    open_database(location).close()
    yield location
    backends.drop(location)


@pytest.fixture(scope="session")
def initialized_template(_template_dir) -> Location:
    location = backends.location(_template_dir, "initialized.db")
    db = open_database(location)
    offices.initialize(
        db,
        office_code="TC01",
        office_name="ТЦЗН по г. Заречный",
        kind="tczn",
        region="Энская область",
        admin_login=ADMIN_LOGIN,
        admin_full_name="Соколова Анна Викторовна",
        admin_password=ADMIN_PASSWORD,
    )
    db.close()
    yield location
    backends.drop(location)


@pytest.fixture
def empty_db(empty_template, tmp_path) -> Database:
    db = Database(backends.copy(empty_template, tmp_path, "cxdesk.db"))
    yield db
    db.close()
    backends.drop(db.location)


@pytest.fixture
def db(initialized_template, tmp_path) -> Database:
    """An initialized ТЦЗН database with one administrator."""
    db = Database(backends.copy(initialized_template, tmp_path, "cxdesk.db"))
    yield db
    db.close()
    backends.drop(db.location)


@pytest.fixture
def admin(db) -> Actor:
    return auth.authenticate(db, ADMIN_LOGIN, ADMIN_PASSWORD)
